/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-selection.c: selecting on the chart and moving what is selected.
 *
 * The drags go through the canvas's drag entry points, the same path its
 * gesture takes: a rubber band over random trees selects exactly the boxes
 * it touches (checked against the layout's boxes, not its index), with
 * Shift it adds, the outline marks the same rows; a drag of one selected
 * box moves every top-most selected unit as one undo step that restores
 * the saved XML exactly; refusals change nothing.  Also Shift+click ranges
 * on the chart, Ctrl+A, Esc, panning with the middle button and Space, and
 * Move To… for several units. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "model/layout/layout-test-util.h"
#include "od-chart-canvas.h"
#include "od-drag-scroll.h"
#include "od-file.h"
#include "od-layout.h"
#include "od-multi-move.h"
#include "od-selection.h"
#include "od-ui-test.h"
#include "od-unit-chooser.h"
#include "od-unit-item.h"

static OdApplication *app;

typedef struct {
  OdWindow       *window;
  OdOrganisation *org;
  OdUnitTree     *tree;
  OdSelection    *selection;
  OdChartCanvas  *canvas;
} Fixture;

static void
show (Fixture    *fixture,
      OdDocument *document)
{
  fixture->window = od_application_new_window (app);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1400, 900);
  gtk_window_present (GTK_WINDOW (fixture->window));
  od_window_set_document (fixture->window, document);
  fixture->org = od_document_get_organisation (document);
  fixture->tree = od_window_get_unit_tree (fixture->window);
  fixture->selection = od_selection_get_for_tree (fixture->tree);
  fixture->canvas = OD_CHART_CANVAS (od_ui_test_find_widget (GTK_WIDGET (fixture->window), OD_TYPE_CHART_CANVAS, NULL));
  g_assert_nonnull (fixture->canvas);
  for (int i = 0; i < 100 && gtk_widget_get_width (GTK_WIDGET (fixture->canvas)) == 0; i++)
    od_ui_test_drain ();
  /* A large chart's first layout comes from a thread. */
  for (int i = 0; i < 1200 && od_chart_canvas_get_layout (fixture->canvas) == NULL; i++)
    od_ui_test_drain ();
  od_ui_test_drain ();
  /* Fitted, a big tree may be shown folded to its readable top levels;
   * these tests band and drag over the whole tree. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->canvas), "chart.expand-all", NULL);
  od_ui_test_drain ();
}

static void
show_template (Fixture    *fixture,
               const char *size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OdDocument) document = od_document_new_from_template (g_str_equal (size, "large") ? OD_SIZE_LARGE
                                                                                             : OD_SIZE_MEDIUM,
                                                                  &error);

  g_assert_no_error (error);
  show (fixture, document);
}

static void
show_random (Fixture *fixture,
             guint32  seed,
             guint    n_units)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  OdRandomTreeSpec spec = { n_units, g_rand_int_range (rand, 2, 9), g_rand_int_range (rand, 3, 8),
                            0.05, 0.1, 1, 0 };
  g_autoptr(OdOrganisation) org = od_test_random_tree (rand, &spec);
  g_autoptr(OdDocument) document = od_document_new (org);

  show (fixture, document);
}

static void
fixture_teardown (Fixture *fixture)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (OD_IS_UNIT_CHOOSER (l->data))
      gtk_window_destroy (l->data);
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  od_ui_test_drain ();
}

static char *
saved_xml (Fixture *fixture)
{
  g_autoptr(GBytes) bytes = od_file_serialize (fixture->org);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* A canvas point with no box under it, away from the edges, near (@x, @y). */
static void
empty_point_near (Fixture *fixture,
                  double  *x,
                  double  *y)
{
  for (double r = 0; r < 400; r += 3)
    for (int k = 0; k < 8; k++)
      {
        double px = *x + r * ((k & 1) ? 1 : -1) * (k < 4);
        double py = *y + r * ((k & 2) ? 1 : -1) * (k >= 2);

        if (px > 2 && py > 2 && px < gtk_widget_get_width (GTK_WIDGET (fixture->canvas)) - 2 &&
            py < gtk_widget_get_height (GTK_WIDGET (fixture->canvas)) - 2 &&
            od_chart_canvas_unit_at (fixture->canvas, px, py) == NULL)
          {
            *x = px;
            *y = py;
            return;
          }
      }
  g_assert_not_reached ();
}

static void
drag (Fixture        *fixture,
      double          x0,
      double          y0,
      double          x1,
      double          y1,
      guint           button,
      GdkModifierType state)
{
  od_chart_canvas_drag_begin (fixture->canvas, x0, y0, button, state, FALSE);
  /* A few steps, as a pointer moves. */
  for (int i = 1; i <= 4; i++)
    od_chart_canvas_drag_update (fixture->canvas, (x1 - x0) * i / 4, (y1 - y0) * i / 4);
  od_chart_canvas_drag_end (fixture->canvas, x1 - x0, y1 - y0);
  od_ui_test_drain ();
}

/* The units whose boxes (as a layout of the same organisation places
 * them) intersect the chart rectangle from widget (@x0, @y0) to (@x1, @y1). */
static GHashTable *
boxes_in_chart (Fixture *fixture,
                double   cx0,
                double   cy0,
                double   cx1,
                double   cy1)
{
  /* The chart's own layout: at fit it may show a big tree folded, and a
   * band selects the boxes that are drawn. */
  OdLayout *layout = od_chart_canvas_get_layout (fixture->canvas);
  GHashTable *hits = g_hash_table_new (g_str_hash, g_str_equal);
  OdUnit * const *units;
  const OdLayoutRect *boxes;
  guint n;

  boxes = od_layout_get_boxes (layout, &n);
  units = od_layout_get_units (layout, &n);
  for (guint i = 0; i < n; i++)
    if (boxes[i].x <= cx1 && boxes[i].x + boxes[i].width >= cx0 &&
        boxes[i].y <= cy1 && boxes[i].y + boxes[i].height >= cy0)
      g_hash_table_add (hits, (gpointer) od_unit_get_id (units[i]));
  return hits;
}

static GHashTable *
boxes_in (Fixture *fixture,
          double   x0,
          double   y0,
          double   x1,
          double   y1)
{
  OdViewport *viewport = od_chart_canvas_get_viewport (fixture->canvas);
  double cx0, cy0, cx1, cy1;

  od_viewport_to_chart (viewport, MIN (x0, x1), MIN (y0, y1), &cx0, &cy0);
  od_viewport_to_chart (viewport, MAX (x0, x1), MAX (y0, y1), &cx1, &cy1);
  return boxes_in_chart (fixture, cx0, cy0, cx1, cy1);
}

/* Exactly @expected is selected, in the selection and the outline rows. */
static void
assert_selected (Fixture    *fixture,
                 GHashTable *expected)
{
  g_autoptr(GPtrArray) all = od_organisation_list_units (fixture->org);
  g_auto(GStrv) ids = od_selection_dup_ids (fixture->selection);
  GtkWidget *outline = od_ui_test_find_widget (GTK_WIDGET (fixture->window), GTK_TYPE_LIST_VIEW, NULL);
  guint rows = 0;

  g_assert_cmpuint (g_strv_length (ids), ==, g_hash_table_size (expected));
  for (guint i = 0; i < all->len; i++)
    g_assert_cmpint (od_selection_contains (fixture->selection, od_unit_get_id (all->pdata[i])), ==,
                     g_hash_table_contains (expected, od_unit_get_id (all->pdata[i])));
  /* The outline's rows shown mark the same units (the primary one is the
   * list's own selected row). */
  g_assert_nonnull (outline);
  for (GtkWidget *row = gtk_widget_get_first_child (outline); row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *expander = od_ui_test_find_widget (row, GTK_TYPE_TREE_EXPANDER, NULL);
      OdUnitItem *item = expander != NULL ? gtk_tree_expander_get_item (GTK_TREE_EXPANDER (expander)) : NULL;
      const char *id;

      if (item == NULL)
        continue;
      id = od_unit_item_get_id (item);
      if (g_strcmp0 (id, od_unit_tree_get_selected_id (fixture->tree)) != 0)
        {
          g_assert_cmpint (gtk_widget_has_css_class (expander, "od-marked"), ==,
                           g_hash_table_size (expected) > 1 && g_hash_table_contains (expected, id));
          rows++;
        }
      g_object_unref (item);
    }
  g_assert_cmpuint (rows, >, 0);
}

static void
test_rubber_band_random (void)
{
  for (guint32 seed = 1; seed <= 6; seed++)
    {
      Fixture fixture = { 0 };
      g_autoptr(GRand) rand = g_rand_new_with_seed (seed * 7919);
      double width, height, x0, y0, x1, y1;
      g_autoptr(GHashTable) first = NULL;
      g_autoptr(GHashTable) second = NULL;
      g_autoptr(GHashTable) both = g_hash_table_new (g_str_hash, g_str_equal);
      GHashTableIter iter;
      gpointer id;

      show_random (&fixture, seed, g_rand_int_range (rand, 40, 400));
      width = gtk_widget_get_width (GTK_WIDGET (fixture.canvas));
      height = gtk_widget_get_height (GTK_WIDGET (fixture.canvas));

      /* A band from empty space over a random part of the chart. */
      x0 = g_rand_double_range (rand, 0.05, 0.5) * width;
      y0 = g_rand_double_range (rand, 0.05, 0.5) * height;
      empty_point_near (&fixture, &x0, &y0);
      x1 = g_rand_double_range (rand, 0.5, 0.95) * width;
      y1 = g_rand_double_range (rand, 0.5, 0.95) * height;
      drag (&fixture, x0, y0, x1, y1, GDK_BUTTON_PRIMARY, 0);
      first = boxes_in (&fixture, x0, y0, x1, y1);
      g_assert_cmpuint (g_hash_table_size (first), >, 0);
      assert_selected (&fixture, first);

      /* Shift+drag elsewhere (dragged up and left) adds to it. */
      x0 = g_rand_double_range (rand, 0.6, 0.95) * width;
      y0 = g_rand_double_range (rand, 0.05, 0.95) * height;
      empty_point_near (&fixture, &x0, &y0);
      x1 = x0 - g_rand_double_range (rand, 0.1, 0.4) * width;
      y1 = g_rand_double_range (rand, 0.05, 0.95) * height;
      drag (&fixture, x0, y0, x1, y1, GDK_BUTTON_PRIMARY, GDK_SHIFT_MASK);
      second = boxes_in (&fixture, x0, y0, x1, y1);
      g_hash_table_iter_init (&iter, first);
      while (g_hash_table_iter_next (&iter, &id, NULL))
        g_hash_table_add (both, id);
      g_hash_table_iter_init (&iter, second);
      while (g_hash_table_iter_next (&iter, &id, NULL))
        g_hash_table_add (both, id);
      assert_selected (&fixture, both);

      /* A fresh band over nothing but empty space selects nothing. */
      x0 = 3;
      y0 = 3;
      empty_point_near (&fixture, &x0, &y0);
      drag (&fixture, x0, y0, x0 + 1, y0 + 9, GDK_BUTTON_PRIMARY, 0);
      {
        g_autoptr(GHashTable) none = boxes_in (&fixture, x0, y0, x0 + 1, y0 + 9);

        if (g_hash_table_size (none) == 0)
          g_assert_null (od_unit_tree_get_selected_id (fixture.tree));
      }
      fixture_teardown (&fixture);
    }
}

/* A band over the whole canvas on a hundred thousand units selects every
 * box in view (the selection's index keeps marking them linear), and
 * Ctrl+A all of them. */
static void
test_rubber_band_large (void)
{
  Fixture fixture = { 0 };
  g_autoptr(GTimer) timer = g_timer_new ();
  double width, height;

  show_random (&fixture, 42, 100000);
  width = gtk_widget_get_width (GTK_WIDGET (fixture.canvas));
  height = gtk_widget_get_height (GTK_WIDGET (fixture.canvas));
  g_assert_null (od_chart_canvas_unit_at (fixture.canvas, 1, 1));
  g_timer_start (timer);
  drag (&fixture, 1, 1, width - 1, height - 1, GDK_BUTTON_PRIMARY, 0);
  g_test_message ("band over %u boxes: %.0f ms", od_selection_get_n_marked (fixture.selection) + 1,
                  g_timer_elapsed (timer, NULL) * 1000);
  /* Every box the canvas shows inside the band is selected and none
   * outside it (a second layout of 100,000 units would cost more than the
   * rest of the test: the canvas's own boxes, in whole pixels, with a
   * pixel's doubt at the band's edges). */
  {
    g_autoptr(GPtrArray) all = od_organisation_list_units (fixture.org);
    guint inside = 0;

    for (guint i = 0; i < all->len; i++)
      {
        GdkRectangle r;
        gboolean selected = od_selection_contains (fixture.selection, od_unit_get_id (all->pdata[i]));

        g_assert_true (od_chart_canvas_get_unit_rect (fixture.canvas, all->pdata[i], &r));
        if (r.x + r.width < 0 || r.y + r.height < 0 || r.x > width + 1 || r.y > height + 1)
          g_assert_false (selected);
        else if (r.x + r.width > 3 && r.y + r.height > 3 && r.x < width - 3 && r.y < height - 3)
          {
            g_assert_true (selected);
            inside++;
          }
      }
    g_assert_cmpuint (inside, >, 500);
    g_assert_cmpuint (inside, <=, od_selection_get_n_marked (fixture.selection) + 1);
  }
  /* Move To… asks of every row whether the selection may go there: each
   * answer walks up from the row, whatever the number of units moving. */
  {
    g_autoptr(GPtrArray) all = od_organisation_list_units (fixture.org);
    g_autoptr(OdMultiMove) moving = NULL;
    guint allowed = 0;

    g_timer_start (timer);
    moving = od_multi_move_new (fixture.tree, od_unit_tree_get_selected_id (fixture.tree));
    for (guint i = 0; i < all->len; i++)
      allowed += od_multi_move_allows (moving, od_unit_get_id (all->pdata[i]));
    g_test_message ("Move To… rows for %u moving subtrees: %u of %u allowed, %.0f ms",
                    od_multi_move_get_n_roots (moving), allowed, all->len, g_timer_elapsed (timer, NULL) * 1000);
    g_assert_cmpuint (allowed, >, 0);
    g_assert_cmpuint (allowed, <, all->len);
  }
  g_timer_start (timer);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.window), "unit.select-all", NULL));
  od_ui_test_drain ();
  g_test_message ("select all of 100000: %.0f ms", g_timer_elapsed (timer, NULL) * 1000);
  g_assert_cmpuint (od_selection_get_n_marked (fixture.selection) + 1, ==, 100000);
  fixture_teardown (&fixture);
}

/* The canvas's key controller. */
static GtkEventController *
canvas_keys (Fixture *fixture)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (fixture->canvas));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        return GTK_EVENT_CONTROLLER (controller);
    }
  g_assert_not_reached ();
}

static gboolean
press_key (Fixture *fixture,
           guint    keyval)
{
  gboolean handled = FALSE;

  g_signal_emit_by_name (canvas_keys (fixture), "key-pressed", keyval, 0, 0, &handled);
  od_ui_test_drain ();
  return handled;
}

static void
test_pan_gestures (void)
{
  Fixture fixture = { 0 };
  OdViewport *viewport;
  double x, y, ox, oy, nx, ny;
  OdUnit *sales;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  show_template (&fixture, "medium");
  viewport = od_chart_canvas_get_viewport (fixture.canvas);
  sales = od_organisation_lookup_unit (fixture.org, "sales");
  before = saved_xml (&fixture);

  /* The middle button pans, even when pressed on a box. */
  g_assert_true (od_chart_canvas_get_unit_centre (fixture.canvas, sales, &x, &y));
  od_viewport_get_offset (viewport, &ox, &oy);
  drag (&fixture, x, y, x + 100, y + 40, GDK_BUTTON_MIDDLE, 0);
  od_viewport_get_offset (viewport, &nx, &ny);
  g_assert_cmpfloat (fabs ((ox - nx) * od_viewport_get_zoom (viewport) - 100), <, 1);
  g_assert_cmpfloat (fabs ((oy - ny) * od_viewport_get_zoom (viewport) - 40), <, 1);

  /* Space held: the primary button pans too, without selecting. */
  od_unit_tree_select (fixture.tree, NULL);
  g_assert_true (od_chart_canvas_get_unit_centre (fixture.canvas, sales, &x, &y));
  x = x + 5;
  empty_point_near (&fixture, &x, &y);
  gtk_widget_grab_focus (GTK_WIDGET (fixture.canvas));
  {
    GtkEventController *keys = canvas_keys (&fixture);

    g_assert_true (press_key (&fixture, GDK_KEY_space));
    od_viewport_get_offset (viewport, &ox, &oy);
    drag (&fixture, x, y, x - 60, y - 30, GDK_BUTTON_PRIMARY, 0);
    od_viewport_get_offset (viewport, &nx, &ny);
    g_assert_cmpfloat (fabs ((nx - ox) * od_viewport_get_zoom (viewport) - 60), <, 1);
    g_assert_null (od_unit_tree_get_selected_id (fixture.tree));
    g_signal_emit_by_name (keys, "key-released", GDK_KEY_space, 0, 0);
  }
  /* Released, the same drag is a band again. */
  drag (&fixture, x, y, x + 400, y + 200, GDK_BUTTON_PRIMARY, 0);
  g_assert_nonnull (od_unit_tree_get_selected_id (fixture.tree));
  after = saved_xml (&fixture);
  g_assert_cmpstr (before, ==, after);
  fixture_teardown (&fixture);
}

static void
test_drag_scroll_velocity (void)
{
  double vx, vy;

  /* Still in the middle; towards the edge it pointed at, faster the
   * closer, twice as fast at most well past it. */
  g_assert_false (od_drag_scroll_velocity (500, 400, 1000, 800, &vx, &vy));
  g_assert_cmpfloat (vx, ==, 0);
  g_assert_true (od_drag_scroll_velocity (999, 400, 1000, 800, &vx, &vy));
  g_assert_cmpfloat (vx, >, 0);
  g_assert_cmpfloat (vy, ==, 0);
  {
    double near_edge = vx;

    od_drag_scroll_velocity (1000 - OD_DRAG_SCROLL_ZONE / 2, 400, 1000, 800, &vx, &vy);
    g_assert_cmpfloat (vx, >, 0);
    g_assert_cmpfloat (vx, <, near_edge);
  }
  g_assert_true (od_drag_scroll_velocity (-500, -500, 1000, 800, &vx, &vy));
  g_assert_cmpfloat (vx, ==, -2 * OD_DRAG_SCROLL_SPEED);
  g_assert_cmpfloat (vy, ==, -2 * OD_DRAG_SCROLL_SPEED);
  g_assert_true (od_drag_scroll_velocity (500, 799, 1000, 800, &vx, &vy));
  g_assert_cmpfloat (vy, >, 0);
  /* A view too small to have a middle does not scroll. */
  g_assert_false (od_drag_scroll_velocity (2, 2, 60, 60, &vx, &vy));
}

/* A band held at the edge of a chart at 100 % scrolls the view and grows
 * with it: it selects boxes that were out of view when it began. */
static void
test_rubber_band_scrolls (void)
{
  Fixture fixture = { 0 };
  OdViewport *viewport;
  g_autoptr(GHashTable) expected = NULL;
  double width, height, x0, y0, cx0, cy0, cx1, cy1, ox, oy, nx, ny, start_ox;
  gint64 end;

  /* One manager with sixty reports: a row far wider than the view. */
  {
    g_autoptr(GString) xml = g_string_new ("<organisation xmlns=\"urn:org-designer:1\" version=\"1\" name=\"宽\">"
                                           "<unit id=\"top\" name=\"总部\">");
    g_autoptr(GError) error = NULL;
    g_autoptr(OdOrganisation) org = NULL;
    g_autoptr(OdDocument) document = NULL;

    for (guint i = 0; i < 60; i++)
      g_string_append_printf (xml, "<unit id=\"r%u\" name=\"第%u区\"/>", i, i);
    g_string_append (xml, "</unit></organisation>\n");
    org = od_test_load_string (xml->str, OD_LOAD_DEFAULT, &error);
    g_assert_no_error (error);
    document = od_document_new (org);
    show (&fixture, document);
  }
  viewport = od_chart_canvas_get_viewport (fixture.canvas);
  width = gtk_widget_get_width (GTK_WIDGET (fixture.canvas));
  height = gtk_widget_get_height (GTK_WIDGET (fixture.canvas));
  /* At 100 %, the first unit of a long row of colleagues near the left
   * edge: the rest of the row is out of view to the right. */
  {
    g_autoptr(GPtrArray) all = od_organisation_list_units (fixture.org);
    g_autoptr(OdLayout) layout = od_layout_new (fixture.org, NULL);
    OdUnit *first = NULL;
    OdLayoutRect box;
    guint best = 0;

    od_layout_update (layout);
    for (guint i = 0; i < all->len; i++)
      if (od_unit_get_prev_sibling (all->pdata[i]) == NULL && od_unit_get_parent (all->pdata[i]) != NULL &&
          od_unit_get_n_children (od_unit_get_parent (all->pdata[i])) > best)
        {
          first = all->pdata[i];
          best = od_unit_get_n_children (od_unit_get_parent (first));
        }
    g_assert_nonnull (first);
    g_assert_true (od_layout_get_box (layout, first, &box));
    od_viewport_zoom_at (viewport, 1.0, width / 2, height / 2);
    od_viewport_set_offset (viewport, box.x - 60, box.y - height / 2);
    od_ui_test_drain ();
    x0 = 52;
    y0 = height / 2 - 8;
  }
  empty_point_near (&fixture, &x0, &y0);
  od_viewport_to_chart (viewport, x0, y0, &cx0, &cy0);
  od_viewport_get_offset (viewport, &ox, &oy);
  start_ox = ox;

  od_chart_canvas_drag_begin (fixture.canvas, x0, y0, GDK_BUTTON_PRIMARY, 0, FALSE);
  od_chart_canvas_drag_update (fixture.canvas, (width - 2 - x0) / 2, 60);
  od_chart_canvas_drag_update (fixture.canvas, width - 2 - x0, 60);
  /* The view scrolls by the time between frames (at most 0.1 s each): on
   * a loaded machine frames come seldom, so wait for a distance, not for a
   * time: half a view (about what 0.7 s scroll on a quiet machine), more
   * than a box and its gap, so the band reaches boxes that were out of
   * view. */
  end = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  do
    {
      g_main_context_iteration (NULL, TRUE);
      od_viewport_get_offset (viewport, &nx, &ny);
    }
  while (nx <= ox + width / 2 / od_viewport_get_zoom (viewport) && g_get_monotonic_time () < end);
  g_assert_cmpfloat (nx, >, ox + width / 2 / od_viewport_get_zoom (viewport));
  od_viewport_to_chart (viewport, width - 2, y0 + 60, &cx1, &cy1);
  od_chart_canvas_drag_end (fixture.canvas, width - 2 - x0, 60);
  od_ui_test_drain ();
  /* Where the scrolling stopped: the view no longer moves. */
  od_viewport_get_offset (viewport, &ox, &oy);
  od_ui_test_drain ();
  od_viewport_get_offset (viewport, &nx, &ny);
  g_assert_cmpfloat (nx, ==, ox);

  expected = boxes_in_chart (&fixture, cx0, cy0, cx1, cy1);
  g_assert_cmpuint (g_hash_table_size (expected), >, 0);
  /* Some of them were out of view when the band began. */
  {
    g_autoptr(GHashTable) first_view = boxes_in_chart (&fixture, cx0, cy0, start_ox + width / od_viewport_get_zoom (viewport), cy1);

    g_assert_cmpuint (g_hash_table_size (expected), >, g_hash_table_size (first_view));
  }
  assert_selected (&fixture, expected);
  fixture_teardown (&fixture);
}

/* The selected units that are not below another selected one. */
static GPtrArray *
top_most (Fixture *fixture)
{
  g_autoptr(GPtrArray) all = od_organisation_list_units (fixture->org);
  GPtrArray *roots = g_ptr_array_new ();

  for (guint i = 0; i < all->len; i++)
    {
      gboolean inside = FALSE;

      if (!od_selection_contains (fixture->selection, od_unit_get_id (all->pdata[i])))
        continue;
      for (OdUnit *up = od_unit_get_parent (all->pdata[i]); up != NULL && !inside; up = od_unit_get_parent (up))
        inside = od_selection_contains (fixture->selection, od_unit_get_id (up));
      if (!inside)
        g_ptr_array_add (roots, all->pdata[i]);
    }
  return roots;
}

static void
test_multi_move_random (void)
{
  guint tried = 0;

  for (guint32 seed = 11; seed <= 40 && tried < 5; seed++)
    {
      Fixture fixture = { 0 };
      g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
      g_autoptr(GPtrArray) all = NULL;
      g_autoptr(GPtrArray) roots = NULL;
      g_autoptr(GHashTable) parents = g_hash_table_new (NULL, NULL);
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;
      g_autofree char *undone = NULL;
      g_autofree char *redone = NULL;
      OdUndoStack *stack;
      OdUnit *dragged = NULL, *target = NULL;
      double x0, y0, x1, y1;
      guint n_units;

      show_random (&fixture, seed, g_rand_int_range (rand, 30, 120));
      all = od_organisation_list_units (fixture.org);
      n_units = all->len;
      stack = od_document_get_undo_stack (od_window_get_document (fixture.window));
      before = saved_xml (&fixture);

      /* Ctrl+click a handful of units (some inside others' subtrees). */
      od_unit_tree_select (fixture.tree, od_unit_get_id (all->pdata[g_rand_int_range (rand, 1, all->len)]));
      for (int i = 0; i < 5; i++)
        od_selection_toggle (fixture.selection, od_unit_get_id (all->pdata[g_rand_int_range (rand, 1, all->len)]));
      roots = top_most (&fixture);
      /* A target outside every moved subtree, not all their manager. */
      for (guint tries = 0; tries < 200 && target == NULL; tries++)
        {
          OdUnit *candidate = all->pdata[g_rand_int_range (rand, 0, all->len)];
          gboolean ok = TRUE, any = FALSE;

          for (guint i = 0; i < roots->len; i++)
            {
              ok = ok && !od_unit_is_within (candidate, roots->pdata[i]);
              any = any || od_unit_get_parent (roots->pdata[i]) != candidate;
            }
          if (ok && any)
            target = candidate;
        }
      if (target == NULL || roots->len < 2)
        {
          fixture_teardown (&fixture);
          continue;
        }
      tried++;
      for (guint i = 0; i < all->len; i++)
        g_hash_table_insert (parents, all->pdata[i], od_unit_get_parent (all->pdata[i]));
      dragged = roots->pdata[roots->len - 1];

      /* Press on one selected box, drop on the target's. */
      g_assert_true (od_chart_canvas_get_unit_centre (fixture.canvas, dragged, &x0, &y0));
      g_assert_true (od_chart_canvas_get_unit_centre (fixture.canvas, target, &x1, &y1));
      g_assert_true (od_chart_canvas_unit_at (fixture.canvas, x0, y0) == dragged);
      g_assert_true (od_chart_canvas_unit_at (fixture.canvas, x1, y1) == target);
      drag (&fixture, x0, y0, x1, y1, GDK_BUTTON_PRIMARY, 0);

      /* Every top-most selected unit reports to the target, in the
       * organisation's order, after its old reports; the rest of the tree
       * is as it was. */
      g_assert_cmpuint (od_organisation_get_n_units (fixture.org), ==, n_units);
      for (guint i = 0; i < all->len; i++)
        {
          OdUnit *unit = all->pdata[i];

          if (g_ptr_array_find (roots, unit, NULL))
            g_assert_true (od_unit_get_parent (unit) == target);
          else
            g_assert_true (od_unit_get_parent (unit) == g_hash_table_lookup (parents, unit));
        }
      {
        g_autoptr(GPtrArray) moved = g_ptr_array_new ();
        OdUnit *last = od_unit_get_last_child (target);

        for (guint i = 0; i < roots->len; i++)
          if (g_hash_table_lookup (parents, roots->pdata[i]) != target)
            g_ptr_array_add (moved, roots->pdata[i]);
        for (guint i = moved->len; i-- > 0; last = od_unit_get_prev_sibling (last))
          g_assert_true (last == moved->pdata[i]);
      }
      /* Still selected, ready for another move. */
      for (guint i = 0; i < roots->len; i++)
        g_assert_true (od_selection_contains (fixture.selection, od_unit_get_id (roots->pdata[i])));
      after = saved_xml (&fixture);
      g_assert_cmpstr (after, !=, before);

      /* One undo step restores the saved document exactly; redo again. */
      g_assert_true (od_undo_stack_undo (stack));
      undone = saved_xml (&fixture);
      g_assert_cmpstr (undone, ==, before);
      g_assert_false (od_undo_stack_can_undo (stack));
      g_assert_true (od_undo_stack_redo (stack));
      redone = saved_xml (&fixture);
      g_assert_cmpstr (redone, ==, after);
      fixture_teardown (&fixture);
    }
  g_assert_cmpuint (tried, ==, 5);
}

static void
test_multi_move_refused (void)
{
  Fixture fixture = { 0 };
  OdUndoStack *stack;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  OdUnit *sales, *marketing, *inside;
  double x0, y0, x1, y1;

  show_template (&fixture, "medium");
  stack = od_document_get_undo_stack (od_window_get_document (fixture.window));
  sales = od_organisation_lookup_unit (fixture.org, "production-vp");
  marketing = od_organisation_lookup_unit (fixture.org, "marketing");
  g_assert_nonnull (sales);
  g_assert_nonnull (marketing);
  inside = od_unit_get_first_child (sales);
  g_assert_nonnull (inside);
  before = saved_xml (&fixture);

  /* Production and marketing selected; marketing dropped onto a unit
   * below production: refused, nothing changes, nothing to undo. */
  od_unit_tree_select (fixture.tree, "production-vp");
  od_selection_toggle (fixture.selection, "marketing");
  g_assert_true (od_chart_canvas_get_unit_centre (fixture.canvas, marketing, &x0, &y0));
  g_assert_true (od_chart_canvas_get_unit_centre (fixture.canvas, inside, &x1, &y1));
  drag (&fixture, x0, y0, x1, y1, GDK_BUTTON_PRIMARY, 0);
  after = saved_xml (&fixture);
  g_assert_cmpstr (after, ==, before);
  g_assert_false (od_undo_stack_can_undo (stack));
  g_assert_true (od_selection_contains (fixture.selection, "marketing"));
  g_assert_true (od_selection_contains (fixture.selection, "production-vp"));

  /* The reason names both units. */
  {
    g_autoptr(OdMultiMove) moving = od_multi_move_new (fixture.tree, "marketing");
    g_autofree char *why = NULL;

    g_assert_false (od_multi_move_check (moving, inside, &why));
    g_assert_nonnull (why);
    g_test_message ("refused: %s", why);
    g_assert_nonnull (strstr (why, od_unit_get_name (inside)));
    g_assert_nonnull (strstr (why, od_unit_get_name (sales)));
    g_clear_pointer (&why, g_free);
    /* Onto one of the moved units. */
    g_assert_false (od_multi_move_check (moving, sales, &why));
    g_assert_nonnull (why);
  }
  fixture_teardown (&fixture);
}

/* A chain as deep as the nesting limit allows: a two-level subtree moved
 * under its bottom would go past it, and is refused with a reason. */
static void
test_multi_move_nesting_limit (void)
{
  Fixture fixture = { 0 };
  g_autoptr(GString) xml = g_string_new ("<organisation xmlns=\"urn:org-designer:1\" version=\"1\" name=\"深\">\n"
                                         "<unit id=\"top\" name=\"总部\"><unit id=\"a\" name=\"甲\"><unit id=\"a1\" name=\"甲一\"/></unit>"
                                         "<unit id=\"b\" name=\"乙\"/>");
  g_autoptr(GError) error = NULL;
  g_autoptr(OdOrganisation) org = NULL;
  g_autoptr(OdDocument) document = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *why = NULL;
  char bottom[16];

  for (guint i = 1; i < OD_UNIT_MAX_LEVELS - 1; i++)
    g_string_append_printf (xml, "<unit id=\"c%u\" name=\"链%u\">", i, i);
  for (guint i = 1; i < OD_UNIT_MAX_LEVELS - 1; i++)
    g_string_append (xml, "</unit>");
  g_string_append (xml, "</unit></organisation>\n");
  org = od_test_load_string (xml->str, OD_LOAD_DEFAULT, &error);
  g_assert_no_error (error);
  document = od_document_new (org);
  show (&fixture, document);
  g_snprintf (bottom, sizeof bottom, "c%u", OD_UNIT_MAX_LEVELS - 2);
  g_assert_cmpuint (od_unit_get_depth (od_organisation_lookup_unit (org, bottom)), ==, OD_UNIT_MAX_LEVELS - 2);
  before = saved_xml (&fixture);

  od_unit_tree_select (fixture.tree, "a");
  od_selection_toggle (fixture.selection, "b");
  {
    g_autoptr(OdMultiMove) moving = od_multi_move_new (fixture.tree, "b");

    g_assert_cmpuint (od_multi_move_get_n_roots (moving), ==, 2);
    /* "a" has two levels: under the bottom (depth 248) it would reach 251. */
    g_assert_false (od_multi_move_check (moving, od_organisation_lookup_unit (org, bottom), &why));
    g_assert_nonnull (why);
    g_assert_nonnull (strstr (why, "250"));
    g_test_message ("refused: %s", why);
    g_assert_false (od_multi_move_to (moving, bottom, &error));
    g_assert_nonnull (error);
    g_clear_error (&error);
    after = saved_xml (&fixture);
    g_assert_cmpstr (after, ==, before);
    /* One level higher they fit. */
    g_snprintf (bottom, sizeof bottom, "c%u", OD_UNIT_MAX_LEVELS - 3);
    g_assert_true (od_multi_move_to (moving, bottom, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (od_unit_get_depth (od_organisation_lookup_unit (org, "a1")), ==, OD_UNIT_MAX_LEVELS - 1);
  }
  fixture_teardown (&fixture);
}

static void
test_move_to_several (void)
{
  Fixture fixture = { 0 };
  g_autofree char *before = NULL;
  g_autofree char *undone = NULL;
  OdUnit *sales, *marketing, *target, *inside;
  GtkWindow *chooser = NULL;

  show_template (&fixture, "medium");
  sales = od_organisation_lookup_unit (fixture.org, "production-vp");
  marketing = od_organisation_lookup_unit (fixture.org, "marketing");
  inside = od_unit_get_first_child (sales);
  target = od_unit_get_parent (sales);
  /* A unit that is neither moved nor their manager: the first below the
   * top that is not sales, marketing or within them. */
  for (OdUnit *u = od_unit_get_first_child (target); u != NULL; u = od_unit_get_next_sibling (u))
    if (u != sales && u != marketing)
      {
        target = u;
        break;
      }
  before = saved_xml (&fixture);
  od_unit_tree_select (fixture.tree, "production-vp");
  od_selection_toggle (fixture.selection, "marketing");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.window), "unit.move-to", NULL));
  od_ui_test_drain ();
  {
    g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

    for (GList *l = toplevels; l != NULL; l = l->next)
      if (OD_IS_UNIT_CHOOSER (l->data) && gtk_widget_get_visible (l->data))
        chooser = l->data;
  }
  g_assert_nonnull (chooser);
  /* Neither moved unit nor anything below either can be chosen. */
  {
    GtkWidget *list = od_ui_test_find_widget (GTK_WIDGET (chooser), GTK_TYPE_LIST_BOX, NULL);
    GtkWidget *chosen = NULL;

    for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
      {
        const char *id = g_object_get_data (G_OBJECT (row), "od-unit-id");
        OdUnit *unit;

        if (id == NULL)
          continue;
        unit = od_organisation_lookup_unit (fixture.org, id);
        if (od_unit_is_within (unit, sales) || od_unit_is_within (unit, marketing))
          g_assert_false (gtk_widget_get_sensitive (row));
        if (unit == inside)
          g_assert_false (gtk_widget_get_sensitive (row));
        if (unit == target)
          chosen = row;
      }
    g_assert_nonnull (chosen);
    g_assert_true (gtk_widget_get_sensitive (chosen));
    g_signal_emit_by_name (list, "row-activated", chosen);
    od_ui_test_drain ();
  }
  g_assert_true (od_unit_get_parent (sales) == target);
  g_assert_true (od_unit_get_parent (marketing) == target);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.window), "win.undo", NULL));
  undone = saved_xml (&fixture);
  g_assert_cmpstr (undone, ==, before);
  fixture_teardown (&fixture);
}

/* The canvas's click gesture for @button. */
static GtkGesture *
click_gesture (Fixture *fixture,
               guint    button)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (fixture->canvas));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_CLICK (controller) &&
          gtk_gesture_single_get_button (GTK_GESTURE_SINGLE (controller)) == button)
        return GTK_GESTURE (controller);
    }
  g_assert_not_reached ();
}

/* A press on one of several selected boxes keeps them all selected (a
 * drag of all of them may follow); released without a drag, it selects
 * that unit alone.  A right-click on one keeps them for the menu. */
static void
test_click_on_selected (void)
{
  Fixture fixture = { 0 };
  GtkGesture *primary, *secondary;
  double x, y;

  show_template (&fixture, "medium");
  primary = click_gesture (&fixture, GDK_BUTTON_PRIMARY);
  secondary = click_gesture (&fixture, GDK_BUTTON_SECONDARY);
  od_unit_tree_select (fixture.tree, "sales");
  od_selection_toggle (fixture.selection, "marketing");
  od_selection_toggle (fixture.selection, "finance");

  g_assert_true (od_chart_canvas_get_unit_centre (fixture.canvas, od_organisation_lookup_unit (fixture.org, "finance"),
                                                  &x, &y));
  g_signal_emit_by_name (secondary, "pressed", 1, x, y);
  od_ui_test_drain ();
  g_assert_cmpuint (od_selection_get_n_marked (fixture.selection), ==, 2);
  {
    GtkWidget *menu = od_ui_test_find_widget (GTK_WIDGET (fixture.canvas), GTK_TYPE_POPOVER_MENU, NULL);

    g_assert_nonnull (menu);
    gtk_popover_popdown (GTK_POPOVER (menu));
  }

  g_signal_emit_by_name (primary, "pressed", 1, x, y);
  g_assert_cmpuint (od_selection_get_n_marked (fixture.selection), ==, 2);
  g_signal_emit_by_name (primary, "released", 1, x, y);
  g_assert_cmpuint (od_selection_get_n_marked (fixture.selection), ==, 0);
  g_assert_cmpstr (od_unit_tree_get_selected_id (fixture.tree), ==, "finance");

  /* A right-click on a unit not selected selects it alone. */
  od_selection_toggle (fixture.selection, "marketing");
  g_assert_true (od_chart_canvas_get_unit_centre (fixture.canvas, od_organisation_lookup_unit (fixture.org, "hr"),
                                                  &x, &y));
  g_signal_emit_by_name (secondary, "pressed", 1, x, y);
  od_ui_test_drain ();
  g_assert_cmpuint (od_selection_get_n_marked (fixture.selection), ==, 0);
  g_assert_cmpstr (od_unit_tree_get_selected_id (fixture.tree), ==, "hr");
  gtk_popover_popdown (GTK_POPOVER (od_ui_test_find_widget (GTK_WIDGET (fixture.canvas), GTK_TYPE_POPOVER_MENU, NULL)));
  od_ui_test_drain ();
  fixture_teardown (&fixture);
}

static void
test_click_keys (void)
{
  Fixture fixture = { 0 };
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GHashTable) expected = g_hash_table_new (g_str_hash, g_str_equal);
  guint from = 2, to = 9;

  show_template (&fixture, "medium");
  all = od_organisation_list_units (fixture.org);
  g_assert_cmpuint (all->len, >, to);

  /* Shift+click on the chart: the range in the organisation's order,
   * whichever way round. */
  od_unit_tree_select (fixture.tree, od_unit_get_id (all->pdata[to]));
  od_selection_extend_in_order (fixture.selection, od_unit_get_id (all->pdata[from]));
  for (guint i = from; i <= to; i++)
    g_hash_table_add (expected, (gpointer) od_unit_get_id (all->pdata[i]));
  assert_selected (&fixture, expected);
  g_assert_cmpstr (od_unit_tree_get_selected_id (fixture.tree), ==, od_unit_get_id (all->pdata[to]));

  /* Shift+Down and Shift+Up in the outline grow and shrink the range at
   * its moving end (the rows are the units' order, all unfolded). */
  {
    GtkWidget *list = od_ui_test_find_widget (GTK_WIDGET (fixture.window), GTK_TYPE_LIST_VIEW, NULL);
    g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (list);
    GObject *keys = NULL;
    gboolean handled = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (controllers) && keys == NULL; i++)
      {
        g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

        if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
          keys = controller;
      }
    g_assert_nonnull (keys);
    od_unit_tree_select (fixture.tree, od_unit_get_id (all->pdata[from]));
    for (int i = 0; i < 3; i++)
      g_signal_emit_by_name (keys, "key-pressed", GDK_KEY_Down, 0, GDK_SHIFT_MASK, &handled);
    g_assert_true (handled);
    g_hash_table_remove_all (expected);
    for (guint i = from; i <= from + 3; i++)
      g_hash_table_add (expected, (gpointer) od_unit_get_id (all->pdata[i]));
    assert_selected (&fixture, expected);
    g_signal_emit_by_name (keys, "key-pressed", GDK_KEY_Up, 0, GDK_SHIFT_MASK, &handled);
    g_hash_table_remove (expected, od_unit_get_id (all->pdata[from + 3]));
    assert_selected (&fixture, expected);
    /* Without Shift the list's own keys act. */
    g_signal_emit_by_name (keys, "key-pressed", GDK_KEY_Down, 0, 0, &handled);
    g_assert_false (handled);
  }

  /* Ctrl+A: every unit. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.window), "unit.select-all", NULL));
  g_assert_cmpuint (od_selection_get_n_marked (fixture.selection) + 1, ==, all->len);
  /* Esc on the chart: the marks go, the selected unit stays; again: it
   * goes too; with nothing selected Esc is left to others. */
  gtk_widget_grab_focus (GTK_WIDGET (fixture.canvas));
  g_assert_true (press_key (&fixture, GDK_KEY_Escape));
  g_assert_cmpuint (od_selection_get_n_marked (fixture.selection), ==, 0);
  g_assert_nonnull (od_unit_tree_get_selected_id (fixture.tree));
  g_assert_true (press_key (&fixture, GDK_KEY_Escape));
  g_assert_null (od_unit_tree_get_selected_id (fixture.tree));
  g_assert_false (press_key (&fixture, GDK_KEY_Escape));
  /* The window's Select None (Esc in the outline) does the same. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.window), "unit.select-all", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.window), "unit.select-none", NULL));
  g_assert_cmpuint (od_selection_get_n_marked (fixture.selection), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.window), "unit.select-none", NULL));
  g_assert_null (od_unit_tree_get_selected_id (fixture.tree));

  /* Esc during a rubber band abandons it: nothing is selected. */
  {
    double x = 3, y = 3;

    empty_point_near (&fixture, &x, &y);
    od_chart_canvas_drag_begin (fixture.canvas, x, y, GDK_BUTTON_PRIMARY, 0, FALSE);
    od_chart_canvas_drag_update (fixture.canvas, 600, 400);
    g_assert_true (press_key (&fixture, GDK_KEY_Escape));
    od_chart_canvas_drag_end (fixture.canvas, 600, 400);
    g_assert_null (od_unit_tree_get_selected_id (fixture.tree));
  }
  fixture_teardown (&fixture);
}

int
main (int    argc,
      char **argv)
{
  int status;

  app = od_ui_test_init (&argc, &argv);

  g_test_add_func ("/ui/selection/rubber-band-random", test_rubber_band_random);
  g_test_add_func ("/ui/selection/rubber-band-large", test_rubber_band_large);
  g_test_add_func ("/ui/selection/pan-gestures", test_pan_gestures);
  g_test_add_func ("/ui/selection/drag-scroll-velocity", test_drag_scroll_velocity);
  g_test_add_func ("/ui/selection/rubber-band-scrolls", test_rubber_band_scrolls);
  g_test_add_func ("/ui/selection/multi-move-random", test_multi_move_random);
  g_test_add_func ("/ui/selection/multi-move-refused", test_multi_move_refused);
  g_test_add_func ("/ui/selection/multi-move-nesting-limit", test_multi_move_nesting_limit);
  g_test_add_func ("/ui/selection/move-to-several", test_move_to_several);
  g_test_add_func ("/ui/selection/click-keys", test_click_keys);
  g_test_add_func ("/ui/selection/click-on-selected", test_click_on_selected);
  status = g_test_run ();
  g_object_unref (app);
  return status;
}
