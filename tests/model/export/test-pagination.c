/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-pagination.c: a chart cut into pages never cuts through a box, every
 * box is on exactly one page, pages fit, and empty cells are skipped. */
#include "config.h"

#include <locale.h>

#include "od-pagination.h"

/* Every box lies wholly inside exactly the page find_page gives it. */
static void
assert_boxes_whole (OdPagination     *p,
                    const OdPageRect *boxes,
                    gsize             n,
                    double            pw,
                    double            ph)
{
  for (guint i = 0; i < od_pagination_get_n_pages (p); i++)
    {
      const OdPage *page = od_pagination_get_page (p, i);
      g_assert_cmpfloat (page->area.width, <=, pw + 1e-9);
      g_assert_cmpfloat (page->area.height, <=, ph + 1e-9);
      g_assert_cmpuint (page->number, ==, i + 1);
    }
  for (gsize b = 0; b < n; b++)
    {
      const OdPage *page = od_pagination_find_page (p, &boxes[b]);
      guint holders = 0;

      g_assert_nonnull (page);
      /* Within rounding: the area is stored as origin and size. */
      g_assert_cmpfloat (boxes[b].x, >=, page->area.x - 1e-6);
      g_assert_cmpfloat (boxes[b].y, >=, page->area.y - 1e-6);
      g_assert_cmpfloat (boxes[b].x + boxes[b].width, <=, page->area.x + page->area.width + 1e-6);
      g_assert_cmpfloat (boxes[b].y + boxes[b].height, <=, page->area.y + page->area.height + 1e-6);
      for (guint i = 0; i < od_pagination_get_n_pages (p); i++)
        {
          const OdPageRect *a = &od_pagination_get_page (p, i)->area;
          if (boxes[b].x < a->x + a->width && boxes[b].x + boxes[b].width > a->x &&
              boxes[b].y < a->y + a->height && boxes[b].y + boxes[b].height > a->y)
            holders++;
        }
      g_assert_cmpuint (holders, ==, 1);
    }
}

static void
test_fits_one_page (void)
{
  OdPageRect boxes[] = { { 0, 0, 100, 40 }, { 150, 100, 100, 40 } };
  OdPageRect bounds = { 0, 0, 250, 140 };
  g_autoptr(OdPagination) p = od_pagination_new (&bounds, boxes, 2, 500, 500, NULL);

  g_assert_cmpuint (od_pagination_get_n_pages (p), ==, 1);
  assert_boxes_whole (p, boxes, 2, 500, 500);
}

static void
test_random_charts (void)
{
  for (int round = 0; round < 200; round++)
    {
      /* Rows of boxes with gaps, like a layered tree layout. */
      g_autoptr(GArray) boxes = g_array_new (FALSE, FALSE, sizeof (OdPageRect));
      int rows = g_test_rand_int_range (1, 8);
      double maxx = 0;
      OdPageRect bounds;
      double pw = g_test_rand_double_range (300, 900), ph = g_test_rand_double_range (200, 600);
      g_autoptr(OdPagination) p = NULL;
      g_autoptr(GError) error = NULL;

      for (int r = 0; r < rows; r++)
        {
          double x = g_test_rand_double_range (0, 50);
          int n = g_test_rand_int_range (1, 60);
          for (int i = 0; i < n; i++)
            {
              OdPageRect b = { x, r * 100.0, g_test_rand_double_range (40, 160), 50 };
              g_array_append_val (boxes, b);
              x += b.width + g_test_rand_double_range (10, 40);
            }
          maxx = MAX (maxx, x);
        }
      bounds = (OdPageRect) { 0, 0, maxx, rows * 100.0 };
      p = od_pagination_new (&bounds, (OdPageRect *) boxes->data, boxes->len, pw, ph, &error);
      g_assert_no_error (error);
      assert_boxes_whole (p, (OdPageRect *) boxes->data, boxes->len, pw, ph);
      g_assert_cmpuint (od_pagination_get_n_pages (p), <=, od_pagination_get_n_rows (p) * od_pagination_get_n_columns (p));
    }
}

static void
test_empty_cells_skipped (void)
{
  /* Top-left and bottom-right only: the cells between are empty. */
  OdPageRect boxes[] = { { 0, 0, 100, 50 }, { 1000, 1000, 100, 50 } };
  OdPageRect bounds = { 0, 0, 1100, 1050 };
  g_autoptr(OdPagination) p = od_pagination_new (&bounds, boxes, 2, 300, 300, NULL);

  g_assert_cmpuint (od_pagination_get_n_rows (p), ==, 2);
  g_assert_cmpuint (od_pagination_get_n_pages (p), ==, 2);
  g_assert_cmpuint (od_pagination_find_page (p, &boxes[1])->number, ==, 2);
}

/* A parent centred over two subtrees straddles the gap between them: the
 * band below may be cut there, the band with the parent may not. */
static void
test_cut_per_band (void)
{
  OdPageRect boxes[] = {
    { 350, 0, 100, 50 },                         /* the parent, over the gap */
    { 0, 400, 380, 50 }, { 420, 400, 380, 50 },  /* two subtrees below */
  };
  OdPageRect bounds = { 0, 0, 800, 450 };
  g_autoptr(OdPagination) p = od_pagination_new (&bounds, boxes, 3, 500, 300, NULL);

  g_assert_nonnull (p);
  g_assert_cmpuint (od_pagination_get_n_rows (p), ==, 2);
  g_assert_cmpuint (od_pagination_get_n_pages (p), ==, 3);
  assert_boxes_whole (p, boxes, 3, 500, 300);
}

static void
test_box_too_large (void)
{
  OdPageRect boxes[] = { { 0, 0, 700, 50 } };
  OdPageRect bounds = { 0, 0, 700, 50 };
  g_autoptr(GError) error = NULL;
  g_autoptr(OdPagination) p = od_pagination_new (&bounds, boxes, 1, 500, 500, &error);

  g_assert_null (p);
  g_assert_error (error, OD_PAGINATION_ERROR, OD_PAGINATION_ERROR_BOX_TOO_LARGE);
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/model/pagination/fits-one-page", test_fits_one_page);
  g_test_add_func ("/model/pagination/random-charts", test_random_charts);
  g_test_add_func ("/model/pagination/empty-cells-skipped", test_empty_cells_skipped);
  g_test_add_func ("/model/pagination/cut-per-band", test_cut_per_band);
  g_test_add_func ("/model/pagination/box-too-large", test_box_too_large);
  return g_test_run ();
}
