/* SPDX-License-Identifier: GPL-3.0-or-later */
/* layout-test-util.h: random organisations for the layout and renderer
 * tests (header-only, like od-test-util.h). */
#pragma once

#include "od-test-util.h"

G_BEGIN_DECLS

typedef struct {
  guint    n_units;
  guint    max_children;
  guint    max_depth;
  double   assistant_rate;   /* chance that a non-top unit is an assistant */
  double   long_name_rate;   /* chance of a name long enough to wrap */
  guint    n_tops;
  guint    n_dotted;
} OdRandomTreeSpec;

static const char *const od_test_syllables[] = {
  "销售", "市场", "财务", "人事", "研发", "采购", "物流", "客服", "品牌", "渠道",
  "华东", "华南", "质量", "生产", "行政", "法务", "信息", "战略", "运营", "培训",
};

/* A random organisation as .orgdesign XML: @spec->n_units units under
 * @spec->n_tops tops, children per unit up to max_children, depth up to
 * max_depth; every choice is drawn from @rand, so a seed gives one tree. */
static inline char *
od_test_random_tree_xml (GRand                  *rand,
                         const OdRandomTreeSpec *spec)
{
  g_autoptr(GString) xml = g_string_new (NULL);
  g_autofree guint *parent = g_new0 (guint, spec->n_units);
  g_autofree guint *depth = g_new0 (guint, spec->n_units);
  g_autofree guint *n_children = g_new0 (guint, spec->n_units);
  g_autofree gboolean *assistant = g_new0 (gboolean, spec->n_units);
  g_autofree guint *stack = g_new0 (guint, spec->n_units + 1);
  g_autoptr(GPtrArray) kids = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  guint n_tops = CLAMP (spec->n_tops, 1, spec->n_units);

  /* Parents first (each unit picks an earlier unit with room), then the
   * XML in pre-order from the children lists. */
  for (guint i = 0; i < spec->n_units; i++)
    {
      g_ptr_array_add (kids, g_array_new (FALSE, FALSE, sizeof (guint)));
      if (i < n_tops)
        {
          parent[i] = G_MAXUINT;
          continue;
        }
      for (int tries = 0;; tries++)
        {
          guint p = g_rand_int_range (rand, 0, i);

          if ((depth[p] + 1 < spec->max_depth && n_children[p] < spec->max_children) || tries > 50)
            {
              parent[i] = p;
              depth[i] = depth[p] + 1;
              n_children[p]++;
              g_array_append_val (g_ptr_array_index (kids, p), i);
              break;
            }
        }
      assistant[i] = g_rand_double (rand) < spec->assistant_rate;
    }

  g_string_append (xml, "<organisation xmlns=\"urn:org-designer:1\" version=\"1\" name=\"随机\" "
                        "size=\"large\" lang=\"zh-CN\">\n");
  {
    /* Pre-order with an explicit stack of (unit, next child) pairs. */
    g_autofree guint *next = g_new0 (guint, spec->n_units);
    guint sp = 0;

    for (guint t = 0; t < n_tops; t++)
      {
        stack[sp++] = t;
        while (sp > 0)
          {
            guint u = stack[sp - 1];
            GArray *ch = g_ptr_array_index (kids, u);

            if (next[u] == 0)
              {
                guint syl = g_rand_int_range (rand, 1, 3);
                const char *kinds[] = { "executive", "front", "back", "support" };

                if (g_rand_double (rand) < spec->long_name_rate)
                  syl = g_rand_int_range (rand, 6, 14);
                g_string_append_printf (xml, "<unit id=\"u%u\" name=\"", u);
                for (guint s = 0; s < syl; s++)
                  g_string_append (xml, od_test_syllables[g_rand_int_range (rand, 0, G_N_ELEMENTS (od_test_syllables))]);
                g_string_append_printf (xml, "%u部\" kind=\"%s\"", u, kinds[g_rand_int_range (rand, 0, 4)]);
                if (g_rand_boolean (rand))
                  g_string_append_printf (xml, " head=\"王%u\"", u);
                if (g_rand_boolean (rand))
                  g_string_append_printf (xml, " headcount=\"%d\"", g_rand_int_range (rand, 1, 300));
                if (assistant[u])
                  g_string_append (xml, " assistant=\"true\"");
                g_string_append (xml, ch->len > 0 ? ">\n" : "/>\n");
              }
            if (next[u] < ch->len)
              {
                stack[sp++] = g_array_index (ch, guint, next[u]);
                next[u]++;
                continue;
              }
            if (ch->len > 0)
              g_string_append (xml, "</unit>\n");
            sp--;
          }
      }
  }
  for (guint d = 0; d < spec->n_dotted && spec->n_units > 1; d++)
    {
      guint a = g_rand_int_range (rand, 0, spec->n_units);
      guint b = g_rand_int_range (rand, 0, spec->n_units);

      if (a == b)
        continue;
      g_string_append_printf (xml, "<dotted from=\"u%u\" to=\"u%u\" label=\"支持%u\"/>\n", a, b, d);
    }
  g_string_append (xml, "</organisation>\n");
  return g_string_free (g_steal_pointer (&xml), FALSE);
}

static inline OdOrganisation *
od_test_random_tree (GRand                  *rand,
                     const OdRandomTreeSpec *spec)
{
  g_autofree char *xml = od_test_random_tree_xml (rand, spec);
  g_autoptr(GError) error = NULL;
  OdOrganisation *org = od_test_load_string (xml, OD_LOAD_DEFAULT, &error);

  g_assert_no_error (error);
  g_assert_nonnull (org);
  return org;
}

G_END_DECLS
