/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-compare.c: what a redesign changes, as compare reports it. */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "od-command.h"
#include "od-compare.h"
#include "od-template.h"
#include "od-undo-stack.h"
#include "od-test-util.h"

static const OdDiff *
find (GPtrArray  *diffs,
      OdDiffKind  kind,
      const char *unit,
      const char *field)
{
  for (guint i = 0; i < diffs->len; i++)
    {
      const OdDiff *d = diffs->pdata[i];
      if (d->kind == kind && g_strcmp0 (d->unit, unit) == 0 && g_strcmp0 (d->field, field) == 0)
        return d;
    }
  return NULL;
}

static void
test_changes (void)
{
  g_autoptr(OdOrganisation) before = od_template_create (OD_SIZE_MEDIUM, OD_LANG_ZH_CN, "A", NULL);
  g_autoptr(OdOrganisation) after = od_template_create (OD_SIZE_MEDIUM, OD_LANG_ZH_CN, "A", NULL);
  g_autoptr(OdUndoStack) stack = od_undo_stack_new (after);
  g_autoptr(GPtrArray) same = od_compare (before, after);
  g_autoptr(GPtrArray) diffs = NULL;
  g_autoptr(GPtrArray) holders = od_organisation_find_holders (after, "customer-development");
  const char *sales = od_unit_get_id (holders->pdata[0]);
  const char *top = od_unit_get_id (od_organisation_get_first_top_unit (after));
  OdCommand *add;
  g_autofree char *new_id = NULL;
  OdUnit *first_child = od_unit_get_first_child (od_organisation_get_first_top_unit (after));
  g_autofree char *removed_id = NULL;

  g_assert_cmpuint (same->len, ==, 0);

  add = od_command_add_unit (after, sales, -1, NULL, "华南大区", OD_UNIT_KIND_FRONT, NULL);
  od_undo_stack_push (stack, add, NULL);
  new_id = g_strdup (od_command_get_new_unit_id (add));
  od_undo_stack_push (stack, od_command_set_unit_prop (after, sales, OD_UNIT_PROP_NAME, "销售中心", NULL), NULL);
  od_undo_stack_push (stack, od_command_set_unit_prop (after, sales, OD_UNIT_PROP_HEADCOUNT, "99", NULL), NULL);
  od_undo_stack_push (stack, od_command_set_assignment (after, sales, "market-research", OD_ROLE_PARTICIPANT, NULL), NULL);
  od_undo_stack_push (stack, od_command_set_assignment (after, sales, "customer-development", OD_ROLE_NONE, NULL), NULL);
  od_undo_stack_push (stack, od_command_move_unit (after, new_id, top, -1, NULL), NULL);
  od_undo_stack_push (stack, od_command_set_mechanism (after, "joint-meeting", TRUE, NULL, NULL), NULL);
  od_undo_stack_push (stack, od_command_set_org_prop (after, OD_ORG_PROP_SIZE, "large", NULL), NULL);
  removed_id = g_strdup (od_unit_get_id (first_child));
  if (g_strcmp0 (removed_id, sales) != 0)
    od_undo_stack_push (stack, od_command_remove_unit (after, removed_id, NULL), NULL);

  diffs = od_compare (before, after);
  g_assert_nonnull (find (diffs, OD_DIFF_UNIT_ADDED, new_id, "parent"));
  g_assert_cmpstr (find (diffs, OD_DIFF_UNIT_ADDED, new_id, "parent")->new_value, ==, top);
  g_assert_cmpstr (find (diffs, OD_DIFF_UNIT_RENAMED, sales, "name")->new_value, ==, "销售中心");
  g_assert_cmpstr (find (diffs, OD_DIFF_UNIT_CHANGED, sales, "headcount")->new_value, ==, "99");
  g_assert_cmpstr (find (diffs, OD_DIFF_FUNCTION_ADDED, sales, "market-research")->new_value, ==, "participant");
  g_assert_nonnull (find (diffs, OD_DIFF_FUNCTION_REMOVED, sales, "customer-development"));
  g_assert_nonnull (find (diffs, OD_DIFF_MECHANISM_ADDED, NULL, "joint-meeting"));
  g_assert_cmpstr (find (diffs, OD_DIFF_ORGANISATION, NULL, "size")->new_value, ==, "large");
  if (g_strcmp0 (removed_id, sales) != 0)
    g_assert_nonnull (find (diffs, OD_DIFF_UNIT_REMOVED, removed_id, "parent"));
  for (guint i = 0; i < diffs->len; i++)
    g_assert_nonnull (((OdDiff *) diffs->pdata[i])->message);
}

/* Coordination sheets and 313 plans: added, removed, and each changed
 * field named, by sheet id or horizon. */
static void
test_coordination (void)
{
  g_autoptr(OdOrganisation) before = od_template_create (OD_SIZE_MEDIUM, OD_LANG_ZH_CN, "A", NULL);
  g_autoptr(OdOrganisation) after = od_template_create (OD_SIZE_MEDIUM, OD_LANG_ZH_CN, "A", NULL);
  g_autoptr(OdUndoStack) old_stack = od_undo_stack_new (before);
  g_autoptr(OdUndoStack) stack = od_undo_stack_new (after);
  g_autoptr(OdCoordinationSheet) sheet = od_coordination_sheet_new ();
  g_autoptr(OdPlanHorizon) plan = od_plan_horizon_new (OD_HORIZON_1_YEAR);
  g_autoptr(GPtrArray) diffs = NULL;
  const OdDiff *d;

  sheet->id = g_strdup ("s1");
  sheet->requirement = g_strdup ("提供销售工具包");
  sheet->deadline = g_strdup ("2026-12-01");
  g_assert_true (od_undo_stack_push (old_stack, od_command_set_sheet (before, sheet, NULL), NULL));
  g_free (sheet->id);
  sheet->id = g_strdup ("gone");
  g_assert_true (od_undo_stack_push (old_stack, od_command_set_sheet (before, sheet, NULL), NULL));
  plan->summary = g_strdup ("重点目标市场");
  g_assert_true (od_undo_stack_push (old_stack, od_command_set_plan (before, plan, NULL), NULL));
  plan->horizon = OD_HORIZON_3_MONTHS;
  g_assert_true (od_undo_stack_push (old_stack, od_command_set_plan (before, plan, NULL), NULL));

  g_free (sheet->id);
  sheet->id = g_strdup ("s1");
  g_free (sheet->deadline);
  sheet->deadline = g_strdup ("2026-12-15");
  sheet->signature[OD_SHEET_TO].is_signed = TRUE;
  sheet->unit[OD_SHEET_FROM] = g_strdup ("sales");
  g_assert_true (od_undo_stack_push (stack, od_command_set_sheet (after, sheet, NULL), NULL));
  g_free (sheet->id);
  sheet->id = g_strdup ("new");
  g_assert_true (od_undo_stack_push (stack, od_command_set_sheet (after, sheet, NULL), NULL));
  plan->horizon = OD_HORIZON_1_YEAR;
  g_free (plan->summary);
  plan->summary = g_strdup ("重点目标市场及成本控制");
  g_assert_true (od_undo_stack_push (stack, od_command_set_plan (after, plan, NULL), NULL));
  plan->horizon = OD_HORIZON_3_YEARS;
  g_assert_true (od_undo_stack_push (stack, od_command_set_plan (after, plan, NULL), NULL));

  diffs = od_compare (before, after);
  d = find (diffs, OD_DIFF_SHEET_CHANGED, NULL, "s1/deadline");
  g_assert_nonnull (d);
  g_assert_cmpstr (d->old_value, ==, "2026-12-01");
  g_assert_cmpstr (d->new_value, ==, "2026-12-15");
  g_assert_nonnull (strstr (d->message, "提供销售工具包"));
  d = find (diffs, OD_DIFF_SHEET_CHANGED, NULL, "s1/to-signed");
  g_assert_nonnull (d);
  g_assert_cmpstr (d->new_value, ==, "true");
  g_assert_null (find (diffs, OD_DIFF_SHEET_CHANGED, NULL, "s1/requirement"));
  d = find (diffs, OD_DIFF_SHEET_CHANGED, NULL, "s1/from");
  g_assert_nonnull (d);
  g_assert_null (d->old_value);
  g_assert_cmpstr (d->new_value, ==, "sales");
  g_assert_nonnull (find (diffs, OD_DIFF_SHEET_ADDED, NULL, "new"));
  g_assert_nonnull (find (diffs, OD_DIFF_SHEET_REMOVED, NULL, "gone"));
  d = find (diffs, OD_DIFF_PLAN_CHANGED, NULL, "1-year/summary");
  g_assert_nonnull (d);
  g_assert_cmpstr (d->new_value, ==, "重点目标市场及成本控制");
  g_assert_nonnull (find (diffs, OD_DIFF_PLAN_ADDED, NULL, "3-year"));
  g_assert_nonnull (find (diffs, OD_DIFF_PLAN_REMOVED, NULL, "3-month"));
  g_assert_cmpstr (od_diff_kind_to_string (OD_DIFF_PLAN_CHANGED), ==, "plan-changed");
  /* Nothing else differs. */
  g_assert_cmpuint (diffs->len, ==, 8);
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/model/compare/changes", test_changes);
  g_test_add_func ("/model/compare/coordination", test_coordination);
  return g_test_run ();
}
