/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-layout-fold.c: a layout that shows only part of the tree. */
#include "config.h"

#include <locale.h>

#include "layout-test-util.h"
#include "od-command.h"
#include "od-layout.h"
#include "od-undo-stack.h"
#include "../od-test-random.h"

static gboolean
in_set_cb (const OdUnit *unit,
           gpointer      user_data)
{
  return g_hash_table_contains (user_data, unit);
}

static gboolean
has_folded_ancestor (const OdUnit *unit,
                     GHashTable   *folded)
{
  for (const OdUnit *p = od_unit_get_parent (unit); p != NULL; p = od_unit_get_parent (p))
    if (g_hash_table_contains (folded, p))
      return TRUE;
  return FALSE;
}

static guint
count_below (const OdUnit *unit)
{
  guint n = 0;

  for (OdUnit *c = od_unit_get_first_child (unit); c != NULL; c = od_unit_get_next_sibling (c))
    n += 1 + count_below (c);
  return n;
}

static gboolean
overlaps (const OdLayoutRect *a,
          const OdLayoutRect *b)
{
  return a->x < b->x + b->width - 0.01 && b->x < a->x + a->width - 0.01 &&
         a->y < b->y + b->height - 0.01 && b->y < a->y + a->height - 0.01;
}

/* Random trees of every shape with random units folded: exactly the units
 * outside folded subtrees are laid out, without overlaps; a folded unit
 * knows how many it hides; unfolding gives back the whole chart. */
static void
test_random (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (1601);

  for (guint round = 0; round < 40; round++)
    {
      OdRandomTreeSpec spec = {
        .n_units = g_rand_int_range (rand, 2, 1500),
        .max_children = g_rand_int_range (rand, 1, round % 5 == 0 ? 400 : 8),
        .max_depth = g_rand_int_range (rand, 2, round % 7 == 0 ? 60 : 8),
        .assistant_rate = 0.05,
        .long_name_rate = 0.1,
        .n_tops = g_rand_int_range (rand, 1, 3),
        .n_dotted = g_rand_int_range (rand, 0, 20),
      };
      g_autoptr(OdOrganisation) org = od_test_random_tree (rand, &spec);
      g_autoptr(GHashTable) folded = g_hash_table_new (NULL, NULL);
      g_autoptr(GPtrArray) units = od_organisation_list_units (org);
      g_autoptr(OdLayout) layout = od_layout_new (org, NULL);
      g_autofree OdLayoutRect *whole = NULL;
      const OdLayoutRect *boxes;
      guint n_boxes, n_shown = 0, n_whole;
      OdLayoutRect bounds;

      boxes = od_layout_get_boxes (layout, &n_whole);
      g_assert_cmpuint (n_whole, ==, units->len);
      whole = g_memdup2 (boxes, sizeof (OdLayoutRect) * n_whole);

      for (guint i = 0; i < units->len; i++)
        if (od_unit_get_n_children (units->pdata[i]) > 0 && g_rand_double (rand) < 0.2)
          g_hash_table_add (folded, units->pdata[i]);
      od_layout_set_collapsed_func (layout, in_set_cb, folded, NULL);
      od_layout_update (layout);

      for (guint i = 0; i < units->len; i++)
        {
          const OdUnit *unit = units->pdata[i];
          gboolean shown = !has_folded_ancestor (unit, folded);
          OdLayoutRect box, sub;

          g_assert_cmpint (od_layout_get_box (layout, unit, &box), ==, shown);
          if (!shown)
            {
              g_assert_cmpuint (od_layout_get_n_hidden (layout, unit), ==, 0);
              g_assert_false (od_layout_get_subtree_bounds (layout, unit, &sub));
              continue;
            }
          n_shown++;
          g_assert_cmpuint (od_layout_get_n_hidden (layout, unit), ==,
                            g_hash_table_contains (folded, unit) ? count_below (unit) : 0);
          g_assert_true (od_layout_get_subtree_bounds (layout, unit, &sub));
          g_assert_cmpfloat (sub.x, <=, box.x);
          g_assert_cmpfloat (sub.y, <=, box.y);
          g_assert_cmpfloat (sub.x + sub.width, >=, box.x + box.width);
          g_assert_cmpfloat (sub.y + sub.height, >=, box.y + box.height);
          /* Every shown report lies inside its manager's subtree. */
          if (od_unit_get_parent (unit) != NULL)
            {
              OdLayoutRect parent_sub;

              g_assert_true (od_layout_get_subtree_bounds (layout, od_unit_get_parent (unit), &parent_sub));
              g_assert_cmpfloat (parent_sub.x, <=, box.x + 0.001);
              g_assert_cmpfloat (parent_sub.x + parent_sub.width, >=, box.x + box.width - 0.001);
            }
        }
      boxes = od_layout_get_boxes (layout, &n_boxes);
      g_assert_cmpuint (n_boxes, ==, n_shown);
      if (n_boxes < 400)
        for (guint a = 0; a < n_boxes; a++)
          for (guint b = a + 1; b < n_boxes; b++)
            g_assert_false (overlaps (&boxes[a], &boxes[b]));
      od_layout_get_bounds (layout, &bounds);
      for (guint a = 0; a < n_boxes; a++)
        g_assert_cmpfloat (boxes[a].x + boxes[a].width, <=, bounds.width + 0.001);

      /* Unfolded, the chart is the one laid out without folding. */
      g_hash_table_remove_all (folded);
      od_layout_collapsed_changed (layout);
      od_layout_update (layout);
      boxes = od_layout_get_boxes (layout, &n_boxes);
      g_assert_cmpuint (n_boxes, ==, n_whole);
      for (guint a = 0; a < n_boxes; a++)
        {
          g_assert_cmpfloat_with_epsilon (boxes[a].x, whole[a].x, 1e-6);
          g_assert_cmpfloat_with_epsilon (boxes[a].y, whole[a].y, 1e-6);
        }
    }
}

/* One manager with thousands of reports, folded: one box, and the count. */
static void
test_wide (void)
{
  g_autoptr(GString) xml = g_string_new ("<organisation xmlns=\"urn:org-designer:1\" version=\"1\" name=\"宽\">"
                                         "<unit id=\"top\" name=\"总经理\" kind=\"executive\">");
  g_autoptr(GHashTable) folded = g_hash_table_new (NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(OdOrganisation) org = NULL;
  g_autoptr(OdLayout) layout = NULL;
  OdUnit *top;
  guint n;

  for (guint i = 0; i < 5000; i++)
    g_string_append_printf (xml, "<unit id=\"r%u\" name=\"销售%u组\" kind=\"front\"/>", i, i);
  g_string_append (xml, "</unit></organisation>");
  org = od_test_load_string (xml->str, OD_LOAD_DEFAULT, &error);
  g_assert_no_error (error);
  top = od_organisation_lookup_unit (org, "top");
  g_hash_table_add (folded, top);
  layout = od_layout_new (org, NULL);
  od_layout_set_collapsed_func (layout, in_set_cb, g_hash_table_ref (folded),
                                (GDestroyNotify) g_hash_table_unref);
  od_layout_update (layout);
  od_layout_get_boxes (layout, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (od_layout_get_n_hidden (layout, top), ==, 5000);
  od_layout_get_connectors (layout, &n);
  g_assert_cmpuint (n, ==, 0);
  /* An edit of a hidden unit changes nothing shown. */
  {
    g_autoptr(OdUndoStack) stack = od_undo_stack_new (org);
    OdCommand *command = od_command_set_unit_prop (org, "r7", OD_UNIT_PROP_NAME, "新名", &error);

    g_assert_no_error (error);
    g_assert_true (od_undo_stack_push (stack, command, &error));
    g_assert_no_error (error);
  }
  od_layout_update (layout);
  od_layout_get_boxes (layout, &n);
  g_assert_cmpuint (n, ==, 1);
  /* A unit added out of sight, then taken away by undo: the count follows. */
  {
    g_autoptr(OdUndoStack) stack = od_undo_stack_new (org);
    OdCommand *command = od_command_add_unit (org, "r7", -1, NULL, "新组", OD_UNIT_KIND_FRONT, &error);

    g_assert_no_error (error);
    g_assert_true (od_undo_stack_push (stack, command, &error));
    od_layout_update (layout);
    g_assert_cmpuint (od_layout_get_n_hidden (layout, top), ==, 5001);
    od_undo_stack_undo (stack);
    od_layout_update (layout);
    g_assert_cmpuint (od_layout_get_n_hidden (layout, top), ==, 5000);
  }
}

/* The layout a window keeps through edits equals one made afresh: box for
 * box (exactly), with the same connectors, the same hit tests, and every
 * folded unit counting what it hides.  @layout is the kept one. */
static gboolean
id_in_set_cb (const OdUnit *unit,
              gpointer      user_data)
{
  return g_hash_table_contains (user_data, od_unit_get_id (unit));
}

static void
assert_as_fresh (OdLayout       *layout,
                 OdOrganisation *org,
                 GHashTable     *folded)
{
  g_autoptr(OdLayout) fresh = od_layout_new (org, NULL);
  const OdLayoutRect *a, *b;
  const OdLayoutConnector *ca, *cb;
  OdUnit * const *ua, * const *ub;
  guint na, nb;

  od_layout_set_collapsed_func (fresh, id_in_set_cb, folded, NULL);
  od_layout_update (fresh);
  od_layout_update (layout);
  a = od_layout_get_boxes (layout, &na);
  b = od_layout_get_boxes (fresh, &nb);
  g_assert_cmpuint (na, ==, nb);
  ua = od_layout_get_units (layout, NULL);
  ub = od_layout_get_units (fresh, NULL);
  for (guint i = 0; i < na; i++)
    {
      g_assert_true (ua[i] == ub[i]);
      g_assert_cmpfloat (a[i].x, ==, b[i].x);
      g_assert_cmpfloat (a[i].y, ==, b[i].y);
      g_assert_cmpfloat (a[i].width, ==, b[i].width);
      g_assert_cmpfloat (a[i].height, ==, b[i].height);
      g_assert_cmpuint (od_layout_get_n_hidden (layout, ua[i]), ==,
                        id_in_set_cb (ua[i], folded) ? count_below (ua[i]) : 0);
      g_assert_true (od_layout_hit_test (layout, a[i].x + a[i].width / 2, a[i].y + a[i].height / 2) == ua[i]);
    }
  ca = od_layout_get_connectors (layout, &na);
  cb = od_layout_get_connectors (fresh, &nb);
  g_assert_cmpuint (na, ==, nb);
  for (guint i = 0; i < na; i++)
    {
      g_assert_true (ca[i].child == cb[i].child);
      g_assert_cmpuint (ca[i].n_points, ==, cb[i].n_points);
      for (guint k = 0; k < ca[i].n_points; k++)
        {
          g_assert_cmpfloat (ca[i].points[k].x, ==, cb[i].points[k].x);
          g_assert_cmpfloat (ca[i].points[k].y, ==, cb[i].points[k].y);
        }
    }
}

/* Random edits of every kind (add, remove, move, rename, kind, undo,
 * redo, folding and unfolding) on random trees, a 200-deep chain and a
 * manager with 3,000 reports, the layout brought up to date after one
 * edit or a few: it stays equal to a fresh layout.  Folded subtrees keep
 * their counts across edits, so a wrong one would show here. */
static void
test_edits (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (1603);

  for (guint round = 0; round < 12; round++)
    {
      g_autoptr(OdOrganisation) org = NULL;
      /* By id: a unit removed for good is freed, its id may come back. */
      g_autoptr(GHashTable) folded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_autoptr(OdLayout) layout = NULL;
      g_autoptr(OdUndoStack) stack = NULL;
      g_autoptr(GError) error = NULL;

      if (round == 0 || round == 1)
        {
          /* A 200-deep chain, or one manager with 3,000 reports. */
          g_autoptr(GString) xml = g_string_new ("<organisation xmlns=\"urn:org-designer:1\" version=\"1\" name=\"链\">");
          guint n = round == 0 ? 200 : 3000;

          if (round == 1)
            g_string_append (xml, "<unit id=\"top\" name=\"总经理\" kind=\"executive\">");
          for (guint i = 0; i < n; i++)
            g_string_append_printf (xml, "<unit id=\"u%u\" name=\"销售%u组\" kind=\"front\"%s>", i, i,
                                    round == 1 ? "/" : "");
          for (guint i = 0; i < (round == 0 ? n : 1); i++)
            g_string_append (xml, "</unit>");
          g_string_append (xml, "</organisation>");
          org = od_test_load_string (xml->str, OD_LOAD_DEFAULT, &error);
          g_assert_no_error (error);
        }
      else
        {
          OdRandomTreeSpec spec = {
            .n_units = g_rand_int_range (rand, 2, 600),
            .max_children = g_rand_int_range (rand, 1, round % 4 == 0 ? 200 : 6),
            .max_depth = g_rand_int_range (rand, 2, round % 5 == 0 ? 40 : 8),
            .assistant_rate = 0.05,
            .long_name_rate = 0.1,
            .n_tops = g_rand_int_range (rand, 1, 3),
            .n_dotted = g_rand_int_range (rand, 0, 10),
          };

          org = od_test_random_tree (rand, &spec);
        }
      layout = od_layout_new (org, NULL);
      od_layout_set_collapsed_func (layout, id_in_set_cb, folded, NULL);
      stack = od_undo_stack_new (org);
      for (guint step = 0; step < (round == 1 ? 25 : 60); step++)
        {
          guint what = g_test_rand_int_range (0, 10);

          if (what == 0 || what == 1)
            {
              /* Fold or unfold a unit that has reports. */
              OdUnit *unit = random_unit (org);

              if (unit != NULL && od_unit_get_n_children (unit) > 0
                  && !g_hash_table_remove (folded, od_unit_get_id (unit)))
                g_hash_table_add (folded, g_strdup (od_unit_get_id (unit)));
              od_layout_collapsed_changed (layout);
            }
          else if (what == 2)
            od_undo_stack_undo (stack);
          else if (what == 3)
            od_undo_stack_redo (stack);
          else
            {
              OdCommand *command = random_command (org);

              if (command != NULL && !od_undo_stack_push (stack, command, NULL))
                continue;
            }
          if (g_test_rand_int_range (0, 3) > 0)
            assert_as_fresh (layout, org, folded);
        }
      assert_as_fresh (layout, org, folded);
    }
}

/* A count is kept for refolding: a unit moved out from under a unit shown
 * unfolded, then the unit folded again, counts one fewer. */
static void
test_refold_after_move (void)
{
  g_autoptr(GHashTable) folded = g_hash_table_new (NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(OdOrganisation) org = od_test_load_string (
      "<organisation xmlns=\"urn:org-designer:1\" version=\"1\" name=\"折\">"
      "<unit id=\"top\" name=\"总经理\" kind=\"executive\">"
      "<unit id=\"a\" name=\"销售部\" kind=\"front\"><unit id=\"a1\" name=\"一组\" kind=\"front\"/>"
      "<unit id=\"a2\" name=\"二组\" kind=\"front\"><unit id=\"a21\" name=\"甲\" kind=\"front\"/></unit></unit>"
      "<unit id=\"b\" name=\"市场部\" kind=\"front\"/></unit></organisation>", OD_LOAD_DEFAULT, &error);
  g_autoptr(OdLayout) layout = NULL;
  g_autoptr(OdUndoStack) stack = od_undo_stack_new (org);
  OdUnit *a = od_organisation_lookup_unit (org, "a");

  g_assert_no_error (error);
  layout = od_layout_new (org, NULL);
  od_layout_set_collapsed_func (layout, in_set_cb, folded, NULL);
  g_hash_table_add (folded, a);
  od_layout_collapsed_changed (layout);
  od_layout_update (layout);
  g_assert_cmpuint (od_layout_get_n_hidden (layout, a), ==, 3);
  g_hash_table_remove (folded, a);
  od_layout_collapsed_changed (layout);
  od_layout_update (layout);
  g_assert_true (od_undo_stack_push (stack, od_command_move_unit (org, "a2", "b", -1, NULL), &error));
  g_assert_no_error (error);
  od_layout_update (layout);
  g_hash_table_add (folded, a);
  od_layout_collapsed_changed (layout);
  od_layout_update (layout);
  g_assert_cmpuint (od_layout_get_n_hidden (layout, a), ==, 1);
  od_undo_stack_undo (stack);
  od_layout_update (layout);
  g_assert_cmpuint (od_layout_get_n_hidden (layout, a), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/model/layout/fold/random", test_random);
  g_test_add_func ("/model/layout/fold/wide", test_wide);
  g_test_add_func ("/model/layout/fold/edits", test_edits);
  g_test_add_func ("/model/layout/fold/refold-after-move", test_refold_after_move);
  return g_test_run ();
}
