/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-check-cache.c: the incremental checker gives, after every edit,
 * undo and redo of a long random session, exactly the findings a full run
 * gives, in the same order; and a single edit re-checks only a few units. */
#include "config.h"

#include <locale.h>

#include "od-check.h"
#include "od-check-cache.h"
#include "od-template.h"
#include "od-undo-stack.h"
#include "od-test-util.h"
#include "../od-test-random.h"

static void
assert_same_strv (GStrv a,
                  GStrv b)
{
  g_assert_cmpuint (g_strv_length (a), ==, g_strv_length (b));
  for (guint i = 0; a[i] != NULL; i++)
    g_assert_cmpstr (a[i], ==, b[i]);
}

static void
assert_same_findings (GPtrArray *expected,
                      GPtrArray *actual)
{
  g_assert_cmpuint (actual->len, ==, expected->len);
  for (guint i = 0; i < expected->len; i++)
    {
      const OdFinding *e = expected->pdata[i];
      const OdFinding *a = actual->pdata[i];

      g_assert_cmpstr (a->rule, ==, e->rule);
      g_assert_cmpint (a->severity, ==, e->severity);
      g_assert_cmpstr (a->message, ==, e->message);
      g_assert_cmpstr (a->fix_label, ==, e->fix_label);
      g_assert_cmpint (a->accepted, ==, e->accepted);
      g_assert_cmpstr (a->acceptance_reason, ==, e->acceptance_reason);
      assert_same_strv (a->units, e->units);
      assert_same_strv (a->functions, e->functions);
    }
}

/* The index by unit the outline and the chart read says for every unit
 * what a scan of the findings says. */
static void
assert_same_severities (OdOrganisation *org,
                        OdCheckCache   *cache,
                        GPtrArray      *expected)
{
  g_autoptr(GPtrArray) units = od_organisation_list_units (org);
  guint n_serials;

  od_check_cache_get_severities (cache, &n_serials);
  g_assert_cmpuint (n_serials, ==, od_organisation_get_serial_bound (org));
  for (guint i = 0; i < units->len; i++)
    g_assert_cmpint (od_check_cache_get_worst (cache, units->pdata[i]), ==,
                     od_check_worst_for_unit (expected, od_unit_get_id (units->pdata[i])));
}

/* The same for a sample of units: a scan per unit is quadratic. */
static void
assert_sampled_severities (OdOrganisation *org,
                           OdCheckCache   *cache,
                           GPtrArray      *expected)
{
  g_autoptr(GPtrArray) units = od_organisation_list_units (org);

  for (guint k = 0; k < 40; k++)
    {
      const OdUnit *unit = units->pdata[g_test_rand_int_range (0, (int) units->len)];

      g_assert_cmpint (od_check_cache_get_worst (cache, unit), ==,
                       od_check_worst_for_unit (expected, od_unit_get_id (unit)));
    }
}

static void
random_session (gconstpointer data)
{
  OdSize size = GPOINTER_TO_INT (data);
  g_autoptr(OdOrganisation) org = od_template_create (size, OD_LANG_ZH_CN, NULL, NULL);
  g_autoptr(OdUndoStack) stack = od_undo_stack_new (org);
  g_autoptr(OdCheckCache) cache = od_check_cache_new (org);
  guint steps = g_test_slow () ? 10000 : 1500;

  for (guint i = 0; i < steps; i++)
    {
      int action = g_test_rand_int_range (0, 10);
      g_autoptr(GPtrArray) expected = NULL;

      if (action == 0)
        od_undo_stack_undo (stack);
      else if (action == 1)
        od_undo_stack_redo (stack);
      else
        {
          OdCommand *command = random_command (org);
          if (command != NULL)
            od_undo_stack_push (stack, command, NULL);
        }
      /* Now and then several edits pile up before the findings are read. */
      if (g_test_rand_int_range (0, 4) == 0)
        continue;
      expected = od_check_run (org);
      assert_same_findings (expected, od_check_cache_get_findings (cache));
      assert_same_severities (org, cache, expected);
    }
}

/* In a large organisation, renaming one unit re-checks that unit and the
 * two above it, not the 3,000 others. */
static void
test_one_edit_is_local (void)
{
  g_autoptr(OdOrganisation) org = od_template_create (OD_SIZE_LARGE, OD_LANG_ZH_CN, NULL, NULL);
  g_autoptr(OdUndoStack) stack = od_undo_stack_new (org);
  g_autoptr(OdCheckCache) cache = NULL;
  g_autoptr(GPtrArray) expected = NULL;
  g_autofree char *leaf = NULL;

  for (guint i = 0; i < 3000; i++)
    {
      g_autoptr(GPtrArray) units = od_organisation_list_units (org);
      OdUnit *parent = units->pdata[g_test_rand_int_range (0, (int) units->len)];
      OdCommand *add = od_command_add_unit (org, od_unit_get_id (parent), -1, NULL, "团队", OD_UNIT_KIND_FRONT, NULL);

      g_assert_true (od_undo_stack_push (stack, add, NULL));
    }
  cache = od_check_cache_new (org);
  od_check_cache_get_findings (cache);
  g_assert_cmpuint (od_check_cache_get_n_rechecked (cache), >=, 3000);

  {
    g_autoptr(GPtrArray) units = od_organisation_list_units (org);
    leaf = g_strdup (od_unit_get_id (units->pdata[units->len - 1]));
  }
  g_assert_true (od_undo_stack_push (stack, od_command_set_unit_prop (org, leaf, OD_UNIT_PROP_NAME, "新名字", NULL), NULL));
  expected = od_check_run (org);
  assert_same_findings (expected, od_check_cache_get_findings (cache));
  g_assert_cmpuint (od_check_cache_get_n_rechecked (cache), <=, 3);

  /* Nothing changed: nothing re-checked. */
  od_check_cache_get_findings (cache);
  g_assert_cmpuint (od_check_cache_get_n_rechecked (cache), ==, 0);
}

/* A pass computed in a worker thread while the findings of the last one
 * stay on show, as the application does at 100,000 units.  Now and then
 * the pass is cancelled half-way (an edit came) or an edit lands after it
 * finished and before it is published (then it is refused); every pass
 * published gives what a full run gives. */
typedef struct {
  OdCheckCache *cache;
  gint          cancel;
} Worker;

static gpointer
worker_thread (gpointer data)
{
  Worker *worker = data;

  return od_check_cache_compute (worker->cache, &worker->cancel);
}

/* A tree of the shape users bring: one manager with @wide reports, a chain
 * @deep long under another, random fan-out elsewhere. */
static OdOrganisation *
shaped_organisation (guint wide,
                     guint deep)
{
  OdOrganisation *org = od_template_create (OD_SIZE_MEDIUM, OD_LANG_ZH_CN, NULL, NULL);
  g_autoptr(OdUndoStack) stack = od_undo_stack_new (org);
  g_autoptr(GPtrArray) units = od_organisation_list_units (org);
  g_autofree char *manager = g_strdup (od_unit_get_id (units->pdata[1]));
  g_autofree char *chain = g_strdup (od_unit_get_id (units->pdata[2]));

  /* Ids given: finding a free one for each of 10,000 new units is quadratic. */
  for (guint i = 0; i < wide; i++)
    {
      g_autofree char *id = g_strdup_printf ("wide-%u", i);

      g_assert_true (od_undo_stack_push (stack, od_command_add_unit (org, manager, -1, id, "销售组",
                                                                     OD_UNIT_KIND_FRONT, NULL), NULL));
    }
  for (guint i = 0; i < deep; i++)
    {
      g_autofree char *id = g_strdup_printf ("deep-%u", i);
      OdCommand *add = od_command_add_unit (org, chain, -1, id, "分部", OD_UNIT_KIND_BACK, NULL);

      g_free (chain);
      chain = g_strdup (od_command_get_new_unit_id (add));
      g_assert_true (od_undo_stack_push (stack, add, NULL));
    }
  return org;
}

static void
threaded_session (gconstpointer data)
{
  gboolean shaped = GPOINTER_TO_INT (data);
  g_autoptr(OdOrganisation) org = shaped ? shaped_organisation (10000, 200)
                                         : od_template_create (OD_SIZE_LARGE, OD_LANG_ZH_CN, NULL, NULL);
  g_autoptr(OdUndoStack) stack = od_undo_stack_new (org);
  g_autoptr(OdCheckCache) cache = od_check_cache_new (org);
  guint steps = shaped ? 40 : 200;
  guint published = 0, refused = 0, cancelled = 0;

  for (guint i = 0; i < steps; i++)
    {
      Worker worker = { cache, 0 };
      g_autoptr(GPtrArray) expected = NULL;
      GThread *thread;
      OdCheckPass *pass;
      int action = g_test_rand_int_range (0, 10);
      int fate = g_test_rand_int_range (0, 4);

      if (action == 0)
        od_undo_stack_undo (stack);
      else if (action == 1)
        od_undo_stack_redo (stack);
      else
        {
          OdCommand *command = random_command (org);
          if (command != NULL)
            od_undo_stack_push (stack, command, NULL);
        }

      thread = g_thread_new ("checks", worker_thread, &worker);
      if (fate == 0)
        g_atomic_int_set (&worker.cancel, 1);
      pass = g_thread_join (thread);
      if (pass == NULL)
        {
          /* Only a cancelled pass gives nothing. */
          g_assert_cmpint (fate, ==, 0);
          cancelled++;
          continue;
        }
      if (fate == 1)
        {
          OdCommand *command = random_command (org);
          guint64 before = od_organisation_get_generation (org);

          /* (A command that changes nothing leaves the pass valid.) */
          if (command != NULL && od_undo_stack_push (stack, command, NULL)
              && od_organisation_get_generation (org) != before)
            {
              g_assert_false (od_check_cache_commit (cache, pass));
              refused++;
              continue;
            }
        }
      g_assert_true (od_check_cache_commit (cache, pass));
      published++;
      expected = od_check_run (org);
      assert_same_findings (expected, od_check_cache_get_findings (cache));
      assert_sampled_severities (org, cache, expected);
    }
  /* Whatever was cancelled or refused, the next reading is right. */
  {
    g_autoptr(GPtrArray) expected = od_check_run (org);

    assert_same_findings (expected, od_check_cache_get_findings (cache));
    assert_sampled_severities (org, cache, expected);
  }
  g_assert_cmpuint (published, >, 0);
  g_assert_cmpuint (refused + cancelled, >, 0);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_data_func ("/model/check/cache/random-session/small", GINT_TO_POINTER (OD_SIZE_SMALL), random_session);
  g_test_add_data_func ("/model/check/cache/random-session/medium", GINT_TO_POINTER (OD_SIZE_MEDIUM), random_session);
  g_test_add_data_func ("/model/check/cache/random-session/large", GINT_TO_POINTER (OD_SIZE_LARGE), random_session);
  g_test_add_func ("/model/check/cache/one-edit-is-local", test_one_edit_is_local);
  g_test_add_data_func ("/model/check/cache/threaded/large", GINT_TO_POINTER (FALSE), threaded_session);
  g_test_add_data_func ("/model/check/cache/threaded/wide-and-deep", GINT_TO_POINTER (TRUE), threaded_session);
  return g_test_run ();
}
