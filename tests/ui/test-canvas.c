/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-canvas.c: the chart canvas in a window: fitting, hit-testing,
 * selection shared with the outline, zoom keys, drag and drop onto a new
 * manager (refused on a cycle), and drawing only what is visible. */
#include "config.h"

#include <math.h>

#include "od-chart-canvas.h"
#include "od-outline.h"
#include "od-ui-test.h"

static OdApplication *app;

typedef struct {
  OdWindow       *window;
  OdOrganisation *org;
  OdUnitTree     *tree;
  OdChartCanvas  *canvas;
  OdViewport     *viewport;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->window = od_application_new_window (app);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1400, 900);
  gtk_window_present (GTK_WINDOW (fixture->window));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-from-template", "s", "medium");
  fixture->org = od_document_get_organisation (od_window_get_document (fixture->window));
  fixture->tree = od_window_get_unit_tree (fixture->window);
  fixture->canvas = OD_CHART_CANVAS (od_ui_test_find_widget (GTK_WIDGET (fixture->window), OD_TYPE_CHART_CANVAS, NULL));
  g_assert_nonnull (fixture->canvas);
  fixture->viewport = od_chart_canvas_get_viewport (fixture->canvas);
  /* Until the canvas has a size. */
  for (int i = 0; i < 100 && gtk_widget_get_width (GTK_WIDGET (fixture->canvas)) == 0; i++)
    od_ui_test_drain ();
  od_ui_test_drain ();
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  od_ui_test_drain ();
}

static OdUnit *
unit (Fixture    *fixture,
      const char *id)
{
  return od_organisation_lookup_unit (fixture->org, id);
}

static void
test_fit_and_hit (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) units = od_organisation_list_units (fixture->org);
  double width = gtk_widget_get_width (GTK_WIDGET (fixture->canvas));
  double height = gtk_widget_get_height (GTK_WIDGET (fixture->canvas));

  g_assert_cmpfloat (width, >, 0);
  /* Opened fitted: every unit's box centre is inside the canvas, and the
   * unit found there is that unit. */
  for (guint i = 0; i < units->len; i++)
    {
      double x, y;

      g_assert_true (od_chart_canvas_get_unit_centre (fixture->canvas, units->pdata[i], &x, &y));
      g_assert_cmpfloat (x, >, 0);
      g_assert_cmpfloat (x, <, width);
      g_assert_cmpfloat (y, >, 0);
      g_assert_cmpfloat (y, <, height);
      g_assert_true (od_chart_canvas_unit_at (fixture->canvas, x, y) == units->pdata[i]);
    }
  /* Between boxes there is nothing. */
  g_assert_null (od_chart_canvas_unit_at (fixture->canvas, 1, 1));
}

static void
test_zoom_keys (Fixture       *fixture,
                gconstpointer  data)
{
  double fitted = od_viewport_get_zoom (fixture->viewport);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.zoom-in", NULL));
  g_assert_cmpfloat_with_epsilon (od_viewport_get_zoom (fixture->viewport), fitted * OD_VIEWPORT_ZOOM_STEP, 1e-9);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.zoom-out", NULL);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.zoom-out", NULL);
  g_assert_cmpfloat_with_epsilon (od_viewport_get_zoom (fixture->viewport), fitted / OD_VIEWPORT_ZOOM_STEP, 1e-9);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.zoom-reset", NULL);
  g_assert_cmpfloat (od_viewport_get_zoom (fixture->viewport), ==, 1.0);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.zoom-fit", NULL);
  g_assert_cmpfloat_with_epsilon (od_viewport_get_zoom (fixture->viewport), fitted, 1e-9);
}

static void
test_selection_follows (Fixture       *fixture,
                        gconstpointer  data)
{
  double x, y;

  /* Zoomed right in, choosing a unit elsewhere brings it into view. */
  od_viewport_zoom_at (fixture->viewport, 4.0, 0, 0);
  od_unit_tree_select (fixture->tree, "logistics");
  g_assert_true (od_chart_canvas_get_unit_centre (fixture->canvas, unit (fixture, "logistics"), &x, &y));
  g_assert_cmpfloat (x, >, 0);
  g_assert_cmpfloat (x, <, gtk_widget_get_width (GTK_WIDGET (fixture->canvas)));
  g_assert_cmpfloat (y, >, 0);
  g_assert_cmpfloat (y, <, gtk_widget_get_height (GTK_WIDGET (fixture->canvas)));
}

static void
test_drop (Fixture       *fixture,
           gconstpointer  data)
{
  OdUndoStack *stack = od_document_get_undo_stack (od_window_get_document (fixture->window));

  g_assert_true (od_chart_canvas_drop_unit (fixture->canvas, "sales-admin", "sales"));
  g_assert_true (od_unit_get_parent (unit (fixture, "sales-admin")) == unit (fixture, "sales"));
  g_assert_cmpstr (od_unit_tree_get_selected_id (fixture->tree), ==, "sales-admin");
  od_ui_test_drain ();

  /* Onto its own subordinate: refused, nothing changes. */
  g_assert_false (od_chart_canvas_drop_unit (fixture->canvas, "sales", "sales-admin"));
  g_assert_true (od_unit_get_parent (unit (fixture, "sales")) == unit (fixture, "gm"));
  /* Onto itself or its own manager: nothing to do. */
  g_assert_false (od_chart_canvas_drop_unit (fixture->canvas, "sales", "sales"));
  g_assert_false (od_chart_canvas_drop_unit (fixture->canvas, "sales", "gm"));

  g_assert_true (od_undo_stack_undo (stack));
  g_assert_true (od_unit_get_parent (unit (fixture, "sales-admin")) == unit (fixture, "gm"));
  g_assert_false (od_undo_stack_can_undo (stack));
}

static void
press (Fixture *fixture,
       guint    keyval)
{
  GtkEventController *keys = NULL;
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (fixture->canvas));
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && keys == NULL; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        keys = controller;
    }
  g_assert_nonnull (keys);
  g_signal_emit_by_name (keys, "key-pressed", keyval, 0, 0, &handled);
  g_assert_true (handled);
}

static void
test_keyboard (Fixture       *fixture,
               gconstpointer  data)
{
  od_unit_tree_select (fixture->tree, "production");
  press (fixture, GDK_KEY_Down);
  g_assert_cmpstr (od_unit_tree_get_selected_id (fixture->tree), ==, "workshop");
  press (fixture, GDK_KEY_Right);
  g_assert_cmpstr (od_unit_tree_get_selected_id (fixture->tree), ==, "warehouse");
  press (fixture, GDK_KEY_Left);
  press (fixture, GDK_KEY_Left);   /* the first one: stays, with a bell */
  g_assert_cmpstr (od_unit_tree_get_selected_id (fixture->tree), ==, "workshop");
  press (fixture, GDK_KEY_Up);
  press (fixture, GDK_KEY_Up);
  g_assert_cmpstr (od_unit_tree_get_selected_id (fixture->tree), ==, "production-vp");
}

static void
test_draws (Fixture       *fixture,
            gconstpointer  data)
{
  GtkWidget *widget = GTK_WIDGET (fixture->canvas);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  guint32 first, *pixels;
  gboolean varied = FALSE;

  GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  /* Boxes were drawn: the picture is not one flat colour. */
  pixels = (guint32 *) cairo_image_surface_get_data (surface);
  first = pixels[0];
  for (int i = 0; i < width * height && !varied; i++)
    varied = pixels[i] != first;
  g_assert_true (varied);
  cairo_surface_destroy (surface);
}

/* Runs the main loop until the canvas is @width wide or 5 s pass. */
static gboolean
wait_for_width (Fixture *fixture,
                int      width,
                gboolean wider)
{
  gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < end)
    {
      int now = gtk_widget_get_width (GTK_WIDGET (fixture->canvas));

      if (wider ? now > width : now < width)
        return TRUE;
      g_main_context_iteration (NULL, FALSE);
    }
  return FALSE;
}

/* F9 hides the outline and the side panel; a fitted chart refits to the
 * room it gets, and shrinks again when they come back; after a zoom of the
 * user's own, a resize leaves the zoom alone. */
static void
test_panels_and_refit (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkWidget *outline = od_ui_test_find_widget (GTK_WIDGET (fixture->window), OD_TYPE_OUTLINE, NULL);
  int width = gtk_widget_get_width (GTK_WIDGET (fixture->canvas));
  double fitted, zoom;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.zoom-fit", NULL));
  od_ui_test_drain ();
  fitted = od_viewport_get_zoom (fixture->viewport);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.toggle-panels", NULL));
  g_assert_false (gtk_widget_get_visible (outline));
  g_assert_true (wait_for_width (fixture, width, TRUE));
  od_ui_test_drain ();
  g_assert_cmpfloat (od_viewport_get_zoom (fixture->viewport), >, fitted * 1.05);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.toggle-panels", NULL));
  g_assert_true (gtk_widget_get_visible (outline));
  g_assert_true (wait_for_width (fixture, width + 1, FALSE));
  od_ui_test_drain ();
  g_assert_cmpfloat (fabs (od_viewport_get_zoom (fixture->viewport) - fitted), <, fitted * 0.01);

  /* The user's zoom stays through a resize. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.zoom-in", NULL));
  od_ui_test_drain ();
  zoom = od_viewport_get_zoom (fixture->viewport);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.toggle-panels", NULL));
  g_assert_true (wait_for_width (fixture, width, TRUE));
  od_ui_test_drain ();
  g_assert_cmpfloat (od_viewport_get_zoom (fixture->viewport), ==, zoom);
}

/* F2 on the chart opens an editor over the selected box; Enter renames
 * the unit as one undoable step and gives the keys back to the chart. */
static void
test_inline_rename (Fixture       *fixture,
                    gconstpointer  data)
{
  OdUnit *sales = od_organisation_lookup_unit (fixture->org, "sales");
  OdUndoStack *stack = od_document_get_undo_stack (od_window_get_document (fixture->window));
  g_autofree char *old = g_strdup (od_unit_get_name (sales));
  GtkWidget *popover = NULL, *entry;

  g_assert_true (od_unit_tree_select (fixture->tree, "sales"));
  gtk_widget_grab_focus (GTK_WIDGET (fixture->canvas));
  od_ui_test_drain ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "unit.rename", NULL));
  od_ui_test_drain ();
  for (GtkWidget *c = gtk_widget_get_first_child (GTK_WIDGET (fixture->canvas)); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (GTK_IS_POPOVER (c))
      popover = c;
  g_assert_nonnull (popover);
  g_assert_true (gtk_widget_get_visible (popover));
  entry = gtk_popover_get_child (GTK_POPOVER (popover));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, old);

  gtk_editable_set_text (GTK_EDITABLE (entry), "华北销售部");
  g_signal_emit_by_name (entry, "activate");
  od_ui_test_drain ();
  g_assert_cmpstr (od_unit_get_name (sales), ==, "华北销售部");
  /* The window's focus widget, whichever window the X server made active
   * (ui tests share one display). */
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (fixture->window)) == GTK_WIDGET (fixture->canvas));
  od_undo_stack_undo (stack);
  g_assert_cmpstr (od_unit_get_name (sales), ==, old);
}

int
main (int    argc,
      char **argv)
{
  int status;

  app = od_ui_test_init (&argc, &argv);

  g_test_add ("/ui/canvas/fit-and-hit", Fixture, NULL, fixture_setup, test_fit_and_hit, fixture_teardown);
  g_test_add ("/ui/canvas/zoom-keys", Fixture, NULL, fixture_setup, test_zoom_keys, fixture_teardown);
  g_test_add ("/ui/canvas/selection-follows", Fixture, NULL, fixture_setup, test_selection_follows, fixture_teardown);
  g_test_add ("/ui/canvas/drop", Fixture, NULL, fixture_setup, test_drop, fixture_teardown);
  g_test_add ("/ui/canvas/keyboard", Fixture, NULL, fixture_setup, test_keyboard, fixture_teardown);
  g_test_add ("/ui/canvas/panels-and-refit", Fixture, NULL, fixture_setup, test_panels_and_refit, fixture_teardown);
  g_test_add ("/ui/canvas/inline-rename", Fixture, NULL, fixture_setup, test_inline_rename, fixture_teardown);
  g_test_add ("/ui/canvas/draws", Fixture, NULL, fixture_setup, test_draws, fixture_teardown);
  status = g_test_run ();
  g_object_unref (app);
  return status;
}
