/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-viewport.c: the canvas's viewport arithmetic, without a display. */
#include "config.h"

#include <math.h>

#include "od-viewport.h"

#define EPS 1e-9

static OdViewport *
make (void)
{
  OdViewport *viewport = od_viewport_new ();
  OdLayoutRect bounds = { 0, 0, 2000, 1000 };

  od_viewport_set_size (viewport, 800, 600);
  od_viewport_set_bounds (viewport, &bounds);
  return viewport;
}

static void
test_transforms (void)
{
  g_autoptr(OdViewport) viewport = make ();
  double cx, cy, wx, wy;

  od_viewport_set_offset (viewport, 100, 50);
  od_viewport_zoom_at (viewport, 2.0, 0, 0);
  od_viewport_to_chart (viewport, 40, 60, &cx, &cy);
  g_assert_cmpfloat_with_epsilon (cx, 120, EPS);
  g_assert_cmpfloat_with_epsilon (cy, 80, EPS);
  od_viewport_to_widget (viewport, cx, cy, &wx, &wy);
  g_assert_cmpfloat_with_epsilon (wx, 40, EPS);
  g_assert_cmpfloat_with_epsilon (wy, 60, EPS);
}

static void
test_zoom_at_keeps_point (void)
{
  g_autoptr(OdViewport) viewport = make ();
  double before_x, before_y, after_x, after_y;

  od_viewport_set_offset (viewport, 300, 200);
  od_viewport_to_chart (viewport, 123, 456, &before_x, &before_y);
  od_viewport_zoom_at (viewport, 3.0, 123, 456);
  g_assert_cmpfloat_with_epsilon (od_viewport_get_zoom (viewport), 3.0, EPS);
  od_viewport_to_chart (viewport, 123, 456, &after_x, &after_y);
  g_assert_cmpfloat_with_epsilon (before_x, after_x, 1e-6);
  g_assert_cmpfloat_with_epsilon (before_y, after_y, 1e-6);

  /* In then out by one step comes back. */
  od_viewport_zoom_by (viewport, OD_VIEWPORT_ZOOM_STEP);
  od_viewport_zoom_by (viewport, 1 / OD_VIEWPORT_ZOOM_STEP);
  g_assert_cmpfloat_with_epsilon (od_viewport_get_zoom (viewport), 3.0, 1e-9);
}

static void
test_zoom_limits (void)
{
  g_autoptr(OdViewport) viewport = make ();

  od_viewport_zoom_at (viewport, 1000, 0, 0);
  g_assert_cmpfloat (od_viewport_get_zoom (viewport), ==, OD_VIEWPORT_MAX_ZOOM);
  od_viewport_zoom_at (viewport, 1e-9, 0, 0);
  g_assert_cmpfloat (od_viewport_get_zoom (viewport), ==, OD_VIEWPORT_MIN_ZOOM);
  /* Nonsense is ignored rather than poisoning the transform. */
  od_viewport_zoom_at (viewport, NAN, 0, 0);
  od_viewport_zoom_at (viewport, -2, 0, 0);
  od_viewport_set_offset (viewport, INFINITY, 0);
  g_assert_cmpfloat (od_viewport_get_zoom (viewport), ==, OD_VIEWPORT_MIN_ZOOM);
  {
    double x, y;

    od_viewport_get_offset (viewport, &x, &y);
    g_assert_true (isfinite (x) && isfinite (y));
  }
}

static void
test_fit (void)
{
  g_autoptr(OdViewport) viewport = make ();
  OdLayoutRect visible;
  OdLayoutRect small = { 0, 0, 100, 50 };

  od_viewport_fit (viewport);
  /* 2000 × 1000 into 800 × 600 less margins: width decides. */
  g_assert_cmpfloat_with_epsilon (od_viewport_get_zoom (viewport), (800.0 - 48) / 2000, EPS);
  od_viewport_get_visible (viewport, &visible);
  g_assert_cmpfloat (visible.x, <=, 0);
  g_assert_cmpfloat (visible.x + visible.width, >=, 2000);
  g_assert_cmpfloat (visible.y, <=, 0);
  g_assert_cmpfloat (visible.y + visible.height, >=, 1000);
  /* Centred. */
  g_assert_cmpfloat_with_epsilon (visible.x + visible.width / 2, 1000, 1e-6);
  g_assert_cmpfloat_with_epsilon (visible.y + visible.height / 2, 500, 1e-6);

  /* A small chart is not blown up. */
  od_viewport_set_bounds (viewport, &small);
  od_viewport_fit (viewport);
  g_assert_cmpfloat (od_viewport_get_zoom (viewport), ==, OD_VIEWPORT_MAX_FIT_ZOOM);
}

static void
test_pan_and_clamp (void)
{
  g_autoptr(OdViewport) viewport = make ();
  double x, y;
  OdLayoutRect visible;

  od_viewport_set_offset (viewport, 0, 0);
  od_viewport_pan (viewport, -100, -40);   /* drag left and up: see further right */
  od_viewport_get_offset (viewport, &x, &y);
  g_assert_cmpfloat_with_epsilon (x, 100, EPS);
  g_assert_cmpfloat_with_epsilon (y, 40, EPS);

  /* However far it is thrown, some of the chart stays in view. */
  od_viewport_pan (viewport, -1e7, -1e7);
  od_viewport_get_visible (viewport, &visible);
  g_assert_cmpfloat (visible.x, <, 2000);
  g_assert_cmpfloat (visible.y, <, 1000);
  od_viewport_pan (viewport, 1e7, 1e7);
  od_viewport_get_visible (viewport, &visible);
  g_assert_cmpfloat (visible.x + visible.width, >, 0);
  g_assert_cmpfloat (visible.y + visible.height, >, 0);
}

static void
test_scroll_to (void)
{
  g_autoptr(OdViewport) viewport = make ();
  OdLayoutRect box = { 1500, 900, 80, 40 };
  OdLayoutRect visible;
  double x0, y0, x1, y1;

  od_viewport_set_offset (viewport, 0, 0);
  od_viewport_scroll_to (viewport, &box);
  od_viewport_get_visible (viewport, &visible);
  g_assert_cmpfloat (box.x, >=, visible.x);
  g_assert_cmpfloat (box.x + box.width, <=, visible.x + visible.width);
  g_assert_cmpfloat (box.y, >=, visible.y);
  g_assert_cmpfloat (box.y + box.height, <=, visible.y + visible.height);

  /* Already in view: nothing moves. */
  od_viewport_get_offset (viewport, &x0, &y0);
  box.x -= 10;
  od_viewport_scroll_to (viewport, &box);
  od_viewport_get_offset (viewport, &x1, &y1);
  g_assert_cmpfloat (x0, ==, x1);
  g_assert_cmpfloat (y0, ==, y1);
}

static void
count_cb (guint *count)
{
  (*count)++;
}

static void
test_changed_signal (void)
{
  g_autoptr(OdViewport) viewport = make ();
  guint count = 0;

  g_signal_connect_swapped (viewport, "changed", G_CALLBACK (count_cb), &count);
  od_viewport_pan (viewport, 5, 5);
  od_viewport_zoom_by (viewport, 2);
  od_viewport_fit (viewport);
  g_assert_cmpuint (count, ==, 3);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/viewport/transforms", test_transforms);
  g_test_add_func ("/ui/viewport/zoom-at-keeps-point", test_zoom_at_keeps_point);
  g_test_add_func ("/ui/viewport/zoom-limits", test_zoom_limits);
  g_test_add_func ("/ui/viewport/fit", test_fit);
  g_test_add_func ("/ui/viewport/pan-and-clamp", test_pan_and_clamp);
  g_test_add_func ("/ui/viewport/scroll-to", test_scroll_to);
  g_test_add_func ("/ui/viewport/changed-signal", test_changed_signal);
  return g_test_run ();
}
