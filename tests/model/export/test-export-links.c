/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-export-links.c: the stub links of department pages, as the page
 * view follows them: each lies on a stub box as drawn (the sheet is not
 * white there) and leads to a page of the document; a chart of one page
 * has none. */
#include "config.h"

#include <cairo.h>

#include "od-export-links.h"
#include "model/layout/layout-test-util.h"

static gboolean
is_white (cairo_surface_t *surface,
          int              x,
          int              y)
{
  guint32 *row = (guint32 *) (cairo_image_surface_get_data (surface) + y * cairo_image_surface_get_stride (surface));

  return (row[x] & 0xffffff) == 0xffffff;
}

static void
check_links (OdOrganisation *org,
             OdPaper         paper,
             OdDensity       density,
             guint          *n_links)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OdExportDocument) doc = NULL;
  OdPageSetup setup;
  guint n_pages;

  od_page_setup_init (&setup, paper, FALSE);
  setup.density = density;
  doc = od_export_document_new (org, &setup, OD_EXPORT_FIT_AUTO, FALSE, "2026-12-01", &error);
  g_assert_no_error (error);
  n_pages = od_export_document_get_n_pages (doc);
  for (guint p = 0; p < n_pages; p++)
    {
      g_autoptr(GArray) links = od_export_document_get_links (doc, p);
      cairo_surface_t *surface;
      cairo_t *cr;

      if (links->len == 0)
        continue;
      surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) setup.width, (int) setup.height);
      cr = cairo_create (surface);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      od_export_document_draw_page (doc, cr, p);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      for (guint i = 0; i < links->len; i++)
        {
          const OdExportLink *link = &g_array_index (links, OdExportLink, i);
          double cx = link->x + link->width / 2, cy = link->y + link->height / 4;

          g_assert_cmpuint (link->target, <, n_pages);
          g_assert_cmpfloat (link->x, >=, 0);
          g_assert_cmpfloat (link->x + link->width, <=, setup.width);
          g_assert_cmpfloat (link->y + link->height, <=, setup.height);
          /* The stub box is drawn there (its fill is tinted). */
          g_assert_false (is_white (surface, (int) (link->x + 4), (int) cy));
          g_assert_cmpint (od_export_document_link_at (doc, p, cx, cy), ==, (int) link->target);
        }
      (*n_links) += links->len;
      /* The corner of the sheet (the margin) is no link. */
      g_assert_cmpint (od_export_document_link_at (doc, p, 1, 1), ==, -1);
      cairo_surface_destroy (surface);
    }
}

static void
test_random_trees (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261202);
  OdRandomTreeSpec specs[] = {
    { .n_units = 1000, .max_children = 12, .max_depth = 8, .long_name_rate = 0.1, .n_tops = 1 },
    { .n_units = 1500, .max_children = 400, .max_depth = 3, .n_tops = 1 },   /* long leaf lists */
    { .n_units = 400, .max_children = 2, .max_depth = 60, .n_tops = 1 },     /* deep chains */
  };
  guint n_links = 0;

  for (guint i = 0; i < G_N_ELEMENTS (specs); i++)
    {
      g_autoptr(OdOrganisation) org = od_test_random_tree (rand, &specs[i]);

      check_links (org, OD_PAPER_A4, OD_DENSITY_STANDARD, &n_links);
      check_links (org, OD_PAPER_A3, OD_DENSITY_DENSE, &n_links);
      check_links (org, OD_PAPER_A4, OD_DENSITY_DEPARTMENT, &n_links);
    }
  /* Charts this size do need stubs. */
  g_assert_cmpuint (n_links, >, 10);
}

/* A chart on one page has no stubs, and so no links. */
static void
test_one_page (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  OdRandomTreeSpec spec = { .n_units = 12, .max_children = 4, .max_depth = 3, .n_tops = 1 };
  g_autoptr(OdOrganisation) org = od_test_random_tree (rand, &spec);
  g_autoptr(GError) error = NULL;
  g_autoptr(OdExportDocument) doc = NULL;
  g_autoptr(GArray) links = NULL;
  OdPageSetup setup;

  od_page_setup_init (&setup, OD_PAPER_A4, FALSE);
  doc = od_export_document_new (org, &setup, OD_EXPORT_FIT_AUTO, FALSE, "2026-12-01", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (od_export_document_get_n_pages (doc), ==, 1);
  links = od_export_document_get_links (doc, 0);
  g_assert_cmpuint (links->len, ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/model/export/links/random-trees", test_random_trees);
  g_test_add_func ("/model/export/links/one-page", test_one_page);
  return g_test_run ();
}
