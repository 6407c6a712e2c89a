/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-presentation.c: the chart on a projector: F5 and back, the arrow
 * walk with each department filling the screen, a readable fit of 10,000
 * units with "+N" badges, folding in step with the outline, the mini-map
 * and the legend. */
#include "config.h"

#include <math.h>

#include "model/layout/layout-test-util.h"
#include "od-chart-canvas.h"
#include "od-command.h"
#include "od-fold-state.h"
#include "od-legend.h"
#include "od-minimap.h"
#include "od-presentation.h"
#include "od-ui-test.h"
#include "od-undo-stack.h"

static OdApplication *app;

typedef struct {
  OdWindow       *window;
  OdOrganisation *org;
  OdUnitTree     *tree;
  OdChartCanvas  *canvas;
  OdViewport     *viewport;
} Fixture;

/* A window of @width × @height showing @org (NULL: the medium template). */
static void
open_window (Fixture        *fixture,
             OdOrganisation *org,
             int             width,
             int             height)
{
  fixture->window = od_application_new_window (app);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), width, height);
  gtk_window_present (GTK_WINDOW (fixture->window));
  if (org != NULL)
    {
      g_autoptr(OdDocument) document = od_document_new (org);

      od_window_set_document (fixture->window, document);
    }
  else
    gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-from-template", "s", "medium");
  fixture->org = od_document_get_organisation (od_window_get_document (fixture->window));
  fixture->tree = od_window_get_unit_tree (fixture->window);
  fixture->canvas = OD_CHART_CANVAS (od_ui_test_find_widget (GTK_WIDGET (fixture->window), OD_TYPE_CHART_CANVAS, NULL));
  fixture->viewport = od_chart_canvas_get_viewport (fixture->canvas);
  for (int i = 0; i < 100 && gtk_widget_get_width (GTK_WIDGET (fixture->canvas)) == 0; i++)
    od_ui_test_drain ();
  /* From 2,000 units the first layout is made in a (low-priority) thread:
   * on a loaded machine it arrives after any fixed wait. */
  {
    gint64 end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

    while (od_chart_canvas_get_layout (fixture->canvas) == NULL && g_get_monotonic_time () < end)
      g_main_context_iteration (NULL, TRUE);
  }
  od_ui_test_drain ();
}

static void
close_window (Fixture *fixture)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  od_ui_test_drain ();
}

static OdOrganisation *
random_org (guint seed,
            guint n_units,
            guint max_children,
            guint max_depth)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  OdRandomTreeSpec spec = {
    .n_units = n_units,
    .max_children = max_children,
    .max_depth = max_depth,
    .long_name_rate = 0.1,
    .n_tops = 1,
  };

  return od_test_random_tree (rand, &spec);
}

static gboolean
panel_visible (Fixture *fixture)
{
  GtkWidget *outline = od_ui_test_find_widget (GTK_WIDGET (fixture->window), g_type_from_name ("OdOutline"), NULL);

  return gtk_widget_get_visible (outline);
}

static void
assert_inside (Fixture            *fixture,
               const OdLayoutRect *rect)
{
  double x0, y0, x1, y1;

  od_viewport_to_widget (fixture->viewport, rect->x, rect->y, &x0, &y0);
  od_viewport_to_widget (fixture->viewport, rect->x + rect->width, rect->y + rect->height, &x1, &y1);
  g_assert_cmpfloat (x0, >=, -0.5);
  g_assert_cmpfloat (y0, >=, -0.5);
  g_assert_cmpfloat (x1, <=, gtk_widget_get_width (GTK_WIDGET (fixture->canvas)) + 0.5);
  g_assert_cmpfloat (y1, <=, gtk_widget_get_height (GTK_WIDGET (fixture->canvas)) + 0.5);
}

/* F5 hides the panels, draws large high-contrast text, and F5 again puts
 * panels, zoom and view back as they were; Esc leaves too. */
static void
test_enter_leave (void)
{
  Fixture f;
  OdLayout *layout;
  double zoom, x, y, font;
  GtkWidget *legend;

  open_window (&f, NULL, 1400, 900);
  layout = od_chart_canvas_get_layout (f.canvas);
  font = od_layout_get_options (layout)->font_size;
  legend = od_presentation_get_legend (GTK_WINDOW (f.window));
  g_assert_false (gtk_widget_get_visible (legend));
  /* A zoom of the user's own, to come back to. */
  gtk_widget_activate_action (GTK_WIDGET (f.window), "win.zoom-in", NULL);
  od_viewport_pan (f.viewport, 37, -11);
  zoom = od_viewport_get_zoom (f.viewport);
  od_viewport_get_offset (f.viewport, &x, &y);
  g_assert_true (panel_visible (&f));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.window), "view.presentation", NULL));
  od_ui_test_drain ();
  g_assert_true (od_presentation_is_active (GTK_WINDOW (f.window)));
  g_assert_true (od_chart_canvas_get_presenting (f.canvas));
  g_assert_false (panel_visible (&f));
  g_assert_cmpfloat (od_layout_get_options (od_chart_canvas_get_layout (f.canvas))->font_size, ==, font * 2);
  g_assert_cmpint (od_chart_canvas_get_theme (f.canvas), ==, OD_CHART_THEME_HIGH_CONTRAST);
  g_assert_true (gtk_widget_get_visible (legend));
  g_assert_true (od_chart_canvas_get_fitted (f.canvas));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.window), "view.presentation", NULL));
  od_ui_test_drain ();
  g_assert_false (od_presentation_is_active (GTK_WINDOW (f.window)));
  g_assert_false (od_chart_canvas_get_presenting (f.canvas));
  g_assert_true (panel_visible (&f));
  g_assert_false (gtk_window_is_fullscreen (GTK_WINDOW (f.window)));
  g_assert_false (gtk_widget_get_visible (legend));
  g_assert_cmpfloat (od_layout_get_options (od_chart_canvas_get_layout (f.canvas))->font_size, ==, font);
  g_assert_cmpint (od_chart_canvas_get_theme (f.canvas), !=, OD_CHART_THEME_HIGH_CONTRAST);
  {
    double x2, y2;

    od_viewport_get_offset (f.viewport, &x2, &y2);
    g_assert_cmpfloat_with_epsilon (od_viewport_get_zoom (f.viewport), zoom, 1e-9);
    g_assert_cmpfloat_with_epsilon (x2, x, 1e-6);
    g_assert_cmpfloat_with_epsilon (y2, y, 1e-6);
  }

  /* Fitted before, fitted after (Esc is pressed in the e2e test). */
  gtk_widget_activate_action (GTK_WIDGET (f.window), "win.zoom-fit", NULL);
  gtk_widget_activate_action (GTK_WIDGET (f.window), "view.presentation", NULL);
  od_ui_test_drain ();
  g_assert_true (od_presentation_is_active (GTK_WINDOW (f.window)));
  gtk_widget_activate_action (GTK_WIDGET (f.window), "view.presentation", NULL);
  od_ui_test_drain ();
  g_assert_false (od_presentation_is_active (GTK_WINDOW (f.window)));
  g_assert_true (od_chart_canvas_get_fitted (f.canvas));
  close_window (&f);
}

/* Presenting, the arrows walk the chart and each unit's department fills
 * the screen, unfolding what it needs. */
static void
test_walk (void)
{
  g_autoptr(OdOrganisation) org = random_org (16, 3000, 12, 6);
  Fixture f;
  OdUnit *top = od_organisation_get_first_top_unit (org), *child, *next;
  OdLayoutRect sub;
  int depth;

  open_window (&f, org, 1024, 768);
  gtk_widget_activate_action (GTK_WIDGET (f.window), "view.presentation", NULL);
  od_ui_test_drain ();
  od_unit_tree_select (f.tree, od_unit_get_id (top));
  od_ui_test_drain ();

  g_assert_true (od_chart_canvas_walk (f.canvas, GTK_DIR_DOWN));
  child = od_unit_get_first_child (top);
  g_assert_true (od_unit_tree_get_selected_unit (f.tree) == child);
  g_assert_true (od_layout_get_subtree_bounds (od_chart_canvas_get_layout (f.canvas), child, &sub));
  assert_inside (&f, &sub);
  /* Walking onto it opened it, and it fills the screen: one side or the
   * other nearly touches, unless it is shown at the largest zoom. */
  g_assert_cmpuint (od_layout_get_n_hidden (od_chart_canvas_get_layout (f.canvas), child), ==, 0);
  g_assert_true (od_layout_get_box (od_chart_canvas_get_layout (f.canvas), od_unit_get_first_child (child), NULL));
  g_assert_true (od_viewport_get_zoom (f.viewport) >= OD_VIEWPORT_MAX_FIT_ZOOM - 1e-9
                 || MAX (sub.width * od_viewport_get_zoom (f.viewport) / gtk_widget_get_width (GTK_WIDGET (f.canvas)),
                         sub.height * od_viewport_get_zoom (f.viewport) / gtk_widget_get_height (GTK_WIDGET (f.canvas))) > 0.8);

  next = od_unit_get_next_sibling (child);
  g_assert_nonnull (next);
  g_assert_true (od_chart_canvas_walk (f.canvas, GTK_DIR_RIGHT));
  g_assert_true (od_unit_tree_get_selected_unit (f.tree) == next);
  g_assert_true (od_layout_get_subtree_bounds (od_chart_canvas_get_layout (f.canvas), next, &sub));
  assert_inside (&f, &sub);
  g_assert_true (od_chart_canvas_walk (f.canvas, GTK_DIR_LEFT));
  g_assert_true (od_unit_tree_get_selected_unit (f.tree) == child);

  /* Down twice more, into levels the fit had folded, and all the way up. */
  for (depth = 1; depth < 3 && od_unit_get_first_child (od_unit_tree_get_selected_unit (f.tree)) != NULL; depth++)
    {
      OdUnit *below = od_unit_get_first_child (od_unit_tree_get_selected_unit (f.tree));
      OdLayoutRect box;

      g_assert_true (od_chart_canvas_walk (f.canvas, GTK_DIR_DOWN));
      g_assert_true (od_unit_tree_get_selected_unit (f.tree) == below);
      g_assert_true (od_layout_get_box (od_chart_canvas_get_layout (f.canvas), below, &box));
      assert_inside (&f, &box);
    }
  for (; depth > 0; depth--)
    g_assert_true (od_chart_canvas_walk (f.canvas, GTK_DIR_UP));
  g_assert_true (od_unit_tree_get_selected_unit (f.tree) == top);
  g_assert_false (od_chart_canvas_walk (f.canvas, GTK_DIR_UP));
  g_assert_true (od_unit_tree_get_selected_unit (f.tree) == top);
  close_window (&f);
}

/* Fitting 10,000 units at 1024×768 shows the top levels with names at
 * least 12 px high; the "+N" badges add up to the units not shown, and a
 * click on one opens one more level. */
static void
check_readable_fit (OdOrganisation *org,
                    gboolean        presenting)
{
  Fixture f;
  OdLayout *layout;
  guint n_boxes, hidden = 0, n_badges = 0;
  OdUnit * const *units;
  OdUnit *folded = NULL;

  open_window (&f, org, 1024, 768);
  if (presenting)
    gtk_widget_activate_action (GTK_WIDGET (f.window), "view.presentation", NULL);
  else
    gtk_widget_activate_action (GTK_WIDGET (f.window), "win.zoom-fit", NULL);
  od_ui_test_drain ();
  layout = od_chart_canvas_get_layout (f.canvas);
  g_assert_cmpfloat (od_viewport_get_zoom (f.viewport) * od_layout_get_options (layout)->font_size, >=, 12.0);
  units = od_layout_get_units (layout, &n_boxes);
  g_assert_cmpuint (n_boxes, <, od_organisation_get_n_units (f.org));
  for (guint i = 0; i < n_boxes; i++)
    {
      guint n = od_layout_get_n_hidden (layout, units[i]);
      OdLayoutRect box;

      od_layout_get_box (layout, units[i], &box);
      assert_inside (&f, &box);
      hidden += n;
      if (n > 0)
        {
          n_badges++;
          if (folded == NULL)
            folded = units[i];
        }
    }
  g_assert_cmpuint (n_badges, >, 0);
  g_assert_cmpuint (n_boxes + hidden, ==, od_organisation_get_n_units (f.org));

  /* A click on a badge (found where the renderer drew it) opens one level. */
  {
    OdChartRenderer *renderer = od_chart_renderer_new (layout);
    OdLayoutRect badge;
    double x, y;
    guint before = n_boxes, n_children = od_unit_get_n_children (folded);

    g_assert_true (od_chart_renderer_get_fold_badge (renderer, folded, &badge));
    od_chart_renderer_free (renderer);
    od_viewport_to_widget (f.viewport, badge.x + badge.width / 2, badge.y + badge.height / 2, &x, &y);
    g_assert_true (od_chart_canvas_fold_badge_at (f.canvas, x, y) == folded);
    od_fold_state_expand_level (od_fold_state_get_for_tree (f.tree), od_unit_get_id (folded));
    od_ui_test_drain ();
    layout = od_chart_canvas_get_layout (f.canvas);
    od_layout_get_units (layout, &n_boxes);
    g_assert_cmpuint (n_boxes, ==, before + n_children);
    g_assert_cmpuint (od_layout_get_n_hidden (layout, folded), ==, 0);
    for (OdUnit *c = od_unit_get_first_child (folded); c != NULL; c = od_unit_get_next_sibling (c))
      g_assert_cmpint (od_layout_get_n_hidden (layout, c) > 0, ==, od_unit_get_first_child (c) != NULL);
  }
  close_window (&f);
}

static void
test_readable_fit (void)
{
  g_autoptr(OdOrganisation) fan = random_org (10000, 10000, 9, 12);
  g_autoptr(OdOrganisation) wide = random_org (77, 10000, 2000, 3);

  check_readable_fit (fan, TRUE);
  check_readable_fit (fan, FALSE);
  check_readable_fit (wide, TRUE);
}

/* A chain of command as deep as the model allows (250): the readable
 * fit, folding deep down and walking it neither overflow nor hang. */
static void
test_deep_chain (void)
{
  g_autoptr(OdOrganisation) org = od_test_load_string ("<organisation xmlns=\"urn:org-designer:1\" version=\"1\" name=\"链\">"
                                                       "<unit id=\"c0\" name=\"总裁\" kind=\"executive\"/></organisation>",
                                                       OD_LOAD_DEFAULT, NULL);
  g_autoptr(OdUndoStack) stack = od_undo_stack_new (org);
  g_autofree char *last = g_strdup ("c0");
  OdFoldState *fold;
  OdUnit *deep;
  Fixture f;
  guint n;

  for (guint i = 1; i < 250; i++)
    {
      g_autoptr(GError) error = NULL;
      OdCommand *command = od_command_add_unit (org, last, -1, NULL, "层", OD_UNIT_KIND_BACK, &error);

      g_assert_no_error (error);
      g_free (last);
      last = g_strdup (od_command_get_new_unit_id (command));
      g_assert_true (od_undo_stack_push (stack, command, &error));
    }
  open_window (&f, org, 1024, 768);
  fold = od_fold_state_get_for_tree (f.tree);
  gtk_widget_activate_action (GTK_WIDGET (f.window), "view.presentation", NULL);
  od_ui_test_drain ();
  od_layout_get_units (od_chart_canvas_get_layout (f.canvas), &n);
  g_assert_cmpuint (n, <, 250);
  g_assert_cmpfloat (od_viewport_get_zoom (f.viewport) * od_layout_get_options (od_chart_canvas_get_layout (f.canvas))->font_size, >=, 12.0);
  /* The last unit selected: every manager above it opens. */
  deep = od_organisation_lookup_unit (f.org, last);
  od_unit_tree_select (f.tree, last);
  od_ui_test_drain ();
  g_assert_true (od_layout_get_box (od_chart_canvas_get_layout (f.canvas), deep, NULL));
  g_assert_true (od_chart_canvas_walk (f.canvas, GTK_DIR_UP));
  od_fold_state_set_collapsed (fold, od_unit_get_id (od_unit_get_parent (deep)), TRUE);
  g_assert_false (od_layout_get_box (od_chart_canvas_get_layout (f.canvas), deep, NULL));
  gtk_widget_activate_action (GTK_WIDGET (f.window), "view.presentation", NULL);
  od_ui_test_drain ();
  close_window (&f);
}

/* A unit collapsed on the chart closes its row in the outline, and a row
 * closed in the outline folds the unit on the chart. */
static void
test_fold_outline (void)
{
  Fixture f;
  OdFoldState *fold;
  OdUnit *top, *child;
  GtkTreeListModel *rows;
  g_autoptr(GtkTreeListRow) top_row = NULL;
  g_autoptr(GtkTreeListRow) child_row = NULL;
  guint n_before, n;

  open_window (&f, NULL, 1400, 900);
  fold = od_fold_state_get_for_tree (f.tree);
  rows = GTK_TREE_LIST_MODEL (gtk_single_selection_get_model (od_unit_tree_get_selection (f.tree)));
  top = od_organisation_get_first_top_unit (f.org);
  for (child = od_unit_get_first_child (top); child != NULL && od_unit_get_first_child (child) == NULL;
       child = od_unit_get_next_sibling (child))
    ;
  g_assert_nonnull (child);
  top_row = gtk_tree_list_model_get_child_row (rows, 0);
  child_row = gtk_tree_list_row_get_child_row (top_row, od_unit_get_position (child));
  g_assert_true (gtk_tree_list_row_get_expanded (child_row));
  od_layout_get_units (od_chart_canvas_get_layout (f.canvas), &n_before);

  /* Chart → outline, with the keys' action on the selected unit. */
  od_unit_tree_select (f.tree, od_unit_get_id (child));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.canvas), "chart.collapse", NULL));
  g_assert_true (od_fold_state_is_collapsed (fold, child));
  g_assert_false (gtk_tree_list_row_get_expanded (child_row));
  od_layout_get_units (od_chart_canvas_get_layout (f.canvas), &n);
  g_assert_cmpuint (n, <, n_before);
  g_assert_cmpuint (od_layout_get_n_hidden (od_chart_canvas_get_layout (f.canvas), child), ==, n_before - n);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.canvas), "chart.expand", NULL));
  g_assert_true (gtk_tree_list_row_get_expanded (child_row));
  od_layout_get_units (od_chart_canvas_get_layout (f.canvas), &n);
  g_assert_cmpuint (n, ==, n_before);

  /* Outline → chart (the row as the user's click leaves it). */
  gtk_tree_list_row_set_expanded (top_row, FALSE);
  od_ui_test_drain ();
  g_assert_true (od_fold_state_is_collapsed (fold, top));
  od_layout_get_units (od_chart_canvas_get_layout (f.canvas), &n);
  g_assert_cmpuint (n, ==, 1);
  /* Opened again, one level shows, on the chart as in the outline. */
  gtk_tree_list_row_set_expanded (top_row, TRUE);
  od_ui_test_drain ();
  g_assert_false (od_fold_state_is_collapsed (fold, top));
  g_assert_true (od_fold_state_is_collapsed (fold, child));
  od_layout_get_units (od_chart_canvas_get_layout (f.canvas), &n);
  g_assert_cmpuint (n, ==, 1 + od_unit_get_n_children (top));
  g_clear_object (&child_row);
  child_row = gtk_tree_list_row_get_child_row (top_row, od_unit_get_position (child));
  g_assert_false (gtk_tree_list_row_get_expanded (child_row));
  gtk_widget_activate_action (GTK_WIDGET (f.window), "view.expand-all", NULL);
  od_layout_get_units (od_chart_canvas_get_layout (f.canvas), &n);
  g_assert_cmpuint (n, ==, n_before);
  g_assert_true (gtk_tree_list_row_get_expanded (child_row));

  /* Selecting a unit inside a folded department shows it. */
  od_fold_state_set_collapsed (fold, od_unit_get_id (child), TRUE);
  od_unit_tree_select (f.tree, od_unit_get_id (od_unit_get_first_child (child)));
  g_assert_false (od_fold_state_is_collapsed (fold, child));
  g_assert_true (od_layout_get_box (od_chart_canvas_get_layout (f.canvas), od_unit_get_first_child (child), NULL));
  /* Not an edit. */
  g_assert_false (od_undo_stack_can_undo (od_document_get_undo_stack (od_window_get_document (f.window))));
  close_window (&f);
}

/* The mini-map shows on a chart larger than the view; a click on it
 * centres the canvas there. */
static void
test_minimap (void)
{
  g_autoptr(OdOrganisation) org = random_org (5, 2000, 8, 6);
  Fixture f;
  GtkWidget *minimap;
  OdLayoutRect bounds, visible;
  double cx, cy;

  open_window (&f, org, 1200, 800);
  minimap = od_presentation_get_minimap (GTK_WINDOW (f.window));
  /* Everything fits at first: nothing to find one's way in. */
  gtk_widget_activate_action (GTK_WIDGET (f.window), "view.expand-all", NULL);
  gtk_widget_activate_action (GTK_WIDGET (f.window), "win.zoom-reset", NULL);
  od_ui_test_drain ();
  g_assert_true (gtk_widget_get_visible (minimap));
  od_layout_get_bounds (od_chart_canvas_get_layout (f.canvas), &bounds);
  /* Its right-hand end, three quarters down. */
  od_minimap_pan_to (OD_MINIMAP (minimap), gtk_widget_get_width (minimap) - 8, gtk_widget_get_height (minimap) * 0.75);
  od_viewport_get_visible (f.viewport, &visible);
  cx = visible.x + visible.width / 2;
  cy = visible.y + visible.height / 2;
  g_assert_cmpfloat (cx, >, bounds.x + bounds.width * 0.6);
  g_assert_cmpfloat (cy, >, bounds.y + bounds.height * 0.4);
  /* And back to the left. */
  od_minimap_pan_to (OD_MINIMAP (minimap), 8, gtk_widget_get_height (minimap) / 2);
  od_viewport_get_visible (f.viewport, &visible);
  g_assert_cmpfloat (visible.x + visible.width / 2, <, bounds.x + bounds.width * 0.4);

  /* Hidden when the chart fits, and when switched off. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.window), "view.minimap", NULL));
  g_assert_false (gtk_widget_get_visible (minimap));
  gtk_widget_activate_action (GTK_WIDGET (f.window), "view.minimap", NULL);
  g_assert_true (gtk_widget_get_visible (minimap));
  od_fold_state_show_levels (od_fold_state_get_for_tree (f.tree), 1);
  gtk_widget_activate_action (GTK_WIDGET (f.window), "win.zoom-fit", NULL);
  od_ui_test_drain ();
  g_assert_false (gtk_widget_get_visible (minimap));
  close_window (&f);
}

/* The legend is off in the editor, toggled from the View menu, and
 * explains every kind, the dotted line, findings and folds. */
static void
test_legend (void)
{
  Fixture f;
  GtkWidget *legend;

  open_window (&f, NULL, 1400, 900);
  legend = od_presentation_get_legend (GTK_WINDOW (f.window));
  g_assert_false (gtk_widget_get_visible (legend));
  g_assert_cmpuint (od_legend_get_n_rows (OD_LEGEND (legend)), ==, OD_N_UNIT_KINDS + 1 + OD_N_SEVERITIES + 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.window), "view.legend", NULL));
  g_assert_true (gtk_widget_get_visible (legend));
  gtk_widget_activate_action (GTK_WIDGET (f.window), "view.legend", NULL);
  g_assert_false (gtk_widget_get_visible (legend));
  close_window (&f);
}

int
main (int   argc,
      char *argv[])
{
  app = od_ui_test_init (&argc, &argv);

  g_test_add_func ("/ui/presentation/enter-leave", test_enter_leave);
  g_test_add_func ("/ui/presentation/walk", test_walk);
  g_test_add_func ("/ui/presentation/readable-fit", test_readable_fit);
  g_test_add_func ("/ui/presentation/deep-chain", test_deep_chain);
  g_test_add_func ("/ui/presentation/fold-outline", test_fold_outline);
  g_test_add_func ("/ui/presentation/minimap", test_minimap);
  g_test_add_func ("/ui/presentation/legend", test_legend);
  return g_test_run ();
}
