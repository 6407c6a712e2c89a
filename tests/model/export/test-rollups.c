/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-rollups.c: headcount roll-ups on department boxes equal the sum of
 * the subtree's headcounts (checked against a plain recursive sum) on
 * random fan-out trees, one manager with thousands of reports and the
 * deepest chain a file may hold; boxes without children show none; a
 * subtree with a unit of unknown headcount is marked "+"; the numbers are
 * grouped by commas whatever the locale. */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "od-export-private.h"
#include "od-file.h"
#include "od-test-util.h"

typedef struct {
  guint64  total;
  gboolean partial;
  gboolean known;
} Sum;

static Sum
naive_sum (OdUnit *unit)
{
  Sum sum = { 0, FALSE, FALSE };
  int own = od_unit_get_headcount (unit);

  if (own >= 0)
    sum.total = own, sum.known = TRUE;
  else
    sum.partial = TRUE;
  for (OdUnit *c = od_unit_get_first_child (unit); c != NULL; c = od_unit_get_next_sibling (c))
    {
      Sum s = naive_sum (c);

      sum.total += s.total;
      sum.partial |= s.partial;
      sum.known |= s.known;
    }
  return sum;
}

static char *
grouped (guint64 v)
{
  if (v < 1000)
    return g_strdup_printf ("%" G_GUINT64_FORMAT, v);
  {
    g_autofree char *high = grouped (v / 1000);
    return g_strdup_printf ("%s,%03u", high, (guint) (v % 1000));
  }
}

/* Every unit's roll-up against the recursive sum; returns how many boxes
 * carry one. */
static guint
check_all (OdOrganisation *org)
{
  OdPageSetup setup;
  g_autoptr(GError) error = NULL;
  g_autoptr(OdExportDocument) doc = NULL;
  g_autoptr(GPtrArray) units = od_organisation_list_units (org);
  guint shown = 0;

  od_page_setup_init (&setup, OD_PAPER_A4, FALSE);
  doc = od_export_document_new (org, &setup, OD_EXPORT_FIT_TILE, FALSE, "2026-12-01", &error);
  g_assert_no_error (error);
  g_assert_null (_od_export_rollup_text (doc, units->pdata[0]));   /* off at first */
  od_export_document_set_rollups (doc, TRUE);
  for (guint i = 0; i < units->len; i++)
    {
      OdUnit *u = units->pdata[i];
      g_autofree char *text = _od_export_rollup_text (doc, u);

      if (od_unit_get_first_child (u) == NULL)
        {
          g_assert_null (text);
          continue;
        }
      {
        Sum sum = naive_sum (u);
        g_autofree char *number = grouped (sum.total);
        g_autofree char *expected = sum.known ? g_strdup_printf ("Σ %s%s", number, sum.partial ? "+" : "") : NULL;

        g_assert_cmpstr (text, ==, expected);
        shown += text != NULL;
      }
    }
  return shown;
}

static OdOrganisation *
load (GString *xml)
{
  g_autoptr(GError) error = NULL;
  OdOrganisation *org = od_test_load_string (xml->str, OD_LOAD_DEFAULT, &error);

  g_assert_no_error (error);
  return org;
}

static void
open_doc (GString *xml)
{
  g_string_append (xml, "<organisation xmlns='urn:org-designer:1' version='1' name='Roll-ups' size='large' lang='en'>");
}

/* Random fan-out: each unit's parent is an earlier unit; most units have a
 * headcount, some (when @gaps) none. */
static void
test_random (void)
{
  for (guint seed = 1; seed <= 4; seed++)
    {
      g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
      g_autoptr(GString) xml = g_string_new (NULL);
      guint n = 3000;
      g_autofree guint *parent = g_new (guint, n);
      g_autoptr(GPtrArray) kids = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
      g_autoptr(OdOrganisation) org = NULL;
      g_autofree guint *stack = g_new (guint, n);
      g_autofree guint *next = g_new0 (guint, n);
      guint depth = 0;

      for (guint i = 0; i < n; i++)
        {
          g_ptr_array_add (kids, g_array_new (FALSE, FALSE, sizeof (guint)));
          if (i > 0)
            {
              /* Recent parents more often: deep and wide branches both. */
              parent[i] = g_rand_boolean (rand) ? g_rand_int_range (rand, MAX ((int) i - 20, 0), i)
                                                : g_rand_int_range (rand, 0, i);
              g_array_append_val (g_ptr_array_index (kids, parent[i]), i);
            }
        }
      open_doc (xml);
      stack[depth++] = 0;
      g_string_append_printf (xml, "<unit id='u0' name='Top' headcount='%u'>", g_rand_int_range (rand, 0, 5000));
      while (depth > 0)
        {
          guint top = stack[depth - 1];
          GArray *children = g_ptr_array_index (kids, top);

          if (next[top] < children->len && depth < 240)
            {
              guint c = g_array_index (children, guint, next[top]++);

              if (seed % 2 == 0 && g_rand_int_range (rand, 0, 50) == 0)
                g_string_append_printf (xml, "<unit id='u%u' name='Unit %u'>", c, c);
              else
                g_string_append_printf (xml, "<unit id='u%u' name='Unit %u' headcount='%u'>", c, c,
                                        g_rand_int_range (rand, 0, 900));
              stack[depth++] = c;
            }
          else
            {
              g_string_append (xml, "</unit>");
              depth--;
            }
        }
      g_string_append (xml, "</organisation>");
      org = load (xml);
      g_assert_cmpuint (check_all (org), >, 100);
    }
}

/* One manager with 5,000 reports, and a chain as deep as a file may be. */
static void
test_wide_and_deep (void)
{
  g_autoptr(GString) wide = g_string_new (NULL);
  g_autoptr(GString) deep = g_string_new (NULL);
  g_autoptr(OdOrganisation) org = NULL;
  guint chain = 250;   /* the deepest a file may nest units */

  open_doc (wide);
  g_string_append (wide, "<unit id='boss' name='Boss' headcount='1'>");
  for (guint i = 0; i < 5000; i++)
    g_string_append_printf (wide, "<unit id='r%u' name='Report %u' headcount='%u'/>", i, i, 1 + i % 7);
  g_string_append (wide, "</unit></organisation>");
  org = load (wide);
  g_assert_cmpuint (check_all (org), ==, 1);
  g_clear_object (&org);

  open_doc (deep);
  for (guint i = 0; i < chain; i++)
    g_string_append_printf (deep, "<unit id='c%u' name='Level %u' headcount='1000'>", i, i);
  for (guint i = 0; i < chain; i++)
    g_string_append (deep, "</unit>");
  g_string_append (deep, "</organisation>");
  org = load (deep);
  g_assert_cmpuint (check_all (org), ==, chain - 1);
}

int
main (int    argc,
      char **argv)
{
  /* A German locale would group "1.234": the chart must not. */
  setlocale (LC_ALL, "de_DE.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/model/export/rollups/random", test_random);
  g_test_add_func ("/model/export/rollups/wide-and-deep", test_wide_and_deep);
  return g_test_run ();
}
