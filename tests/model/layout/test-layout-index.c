/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-layout-index.c: the spatial index at 300,000 units, in the shapes
 * that made it explode: one manager with every unit reporting to him (the
 * connector bar spans the whole chart, so every connector crosses every
 * cell), and wide random trees.  The index must stay a few entries per
 * item, and queries must still find exactly what a scan of the boxes
 * finds.  Meant to run under AddressSanitizer (tools/test does). */
#include "config.h"

#include "layout-test-util.h"
#include "od-layout-private.h"

#define N_UNITS 300000

static OdOrganisation *
one_manager (guint n)
{
  g_autoptr(GString) xml = g_string_new ("<organisation xmlns=\"urn:org-designer:1\" version=\"1\" name=\"集团\" size=\"large\" lang=\"zh-CN\">"
                                         "<unit id=\"u0\" name=\"总经理\" kind=\"executive\">");

  for (guint i = 1; i < n; i++)
    g_string_append_printf (xml, "<unit id=\"u%u\" name=\"销售%u组\" kind=\"front\"/>", i, i % 100);
  g_string_append (xml, "</unit></organisation>");
  g_autoptr(GError) error = NULL;
  OdOrganisation *org = od_test_load_string (xml->str, OD_LOAD_DEFAULT, &error);

  g_assert_no_error (error);
  return org;
}

/* The index lists each item in a few cells at most, and a query finds
 * exactly the boxes a scan finds. */
static void
assert_index_sound (OdLayout *layout)
{
  OdLayoutRect bounds;
  guint n_boxes;
  const OdLayoutRect *boxes = od_layout_get_boxes (layout, &n_boxes);
  guint64 entries = layout->box_index.cell_start[layout->box_index.cols * layout->box_index.rows];
  guint64 connector_entries = layout->connector_index.cell_start[layout->connector_index.cols * layout->connector_index.rows];

  od_layout_get_bounds (layout, &bounds);
  g_assert_cmpuint (entries, <=, 8 * (guint64) n_boxes + 1024);
  g_assert_cmpuint (connector_entries, <=, 8 * (guint64) layout->connectors->len + 1024);
  g_assert_cmpuint ((guint64) layout->box_index.cols * layout->box_index.rows, <=, 8 * (guint64) n_boxes + 1024);

  for (guint q = 0; q < 20; q++)
    {
      OdLayoutRect view = { g_test_rand_double_range (bounds.x, bounds.x + bounds.width),
                            g_test_rand_double_range (bounds.y, bounds.y + bounds.height), 1920, 1080 };
      g_autoptr(GPtrArray) found = g_ptr_array_new ();
      OdUnit * const *units = od_layout_get_units (layout, NULL);
      g_autoptr(GHashTable) expected = g_hash_table_new (NULL, NULL);

      for (guint i = 0; i < n_boxes; i++)
        if (boxes[i].x <= view.x + view.width && view.x <= boxes[i].x + boxes[i].width &&
            boxes[i].y <= view.y + view.height && view.y <= boxes[i].y + boxes[i].height)
          g_hash_table_add (expected, units[i]);
      od_layout_query_rect (layout, &view, found);
      g_assert_cmpuint (found->len, ==, g_hash_table_size (expected));
      for (guint i = 0; i < found->len; i++)
        g_assert_true (g_hash_table_contains (expected, found->pdata[i]));
    }
}

static void
test_one_manager (void)
{
  g_autoptr(OdOrganisation) org = one_manager (N_UNITS);
  OdLayoutOptions options;
  g_autoptr(OdLayout) layout = NULL;

  g_assert_nonnull (org);
  /* The screen's layout: no stacking, so the manager's reports spread
   * across 48 million points. */
  od_layout_options_init (&options);
  layout = od_layout_new (org, &options);
  assert_index_sound (layout);
  /* The manager's box is found where it is drawn. */
  {
    OdLayoutRect box;

    g_assert_true (od_layout_get_box (layout, od_organisation_get_first_top_unit (org), &box));
    g_assert_true (od_layout_hit_test (layout, box.x + box.width / 2, box.y + box.height / 2) ==
                   od_organisation_get_first_top_unit (org));
  }
}

static void
test_random_wide (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (g_test_rand_int ());
  OdRandomTreeSpec spec = { .n_units = 60000, .max_children = 400, .max_depth = 4, .n_tops = 1 };
  g_autoptr(OdOrganisation) org = od_test_random_tree (rand, &spec);
  g_autoptr(OdLayout) layout = od_layout_new (org, NULL);

  assert_index_sound (layout);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/model/layout/index/one-manager-300k", test_one_manager);
  g_test_add_func ("/model/layout/index/random-wide-60k", test_random_wide);
  return g_test_run ();
}
