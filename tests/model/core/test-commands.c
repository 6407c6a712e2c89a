/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-commands.c: every edit is a command that undo reverts exactly (the
 * saved bytes come back), redo reapplies, and the stack knows whether the
 * document differs from the last save.  A long random session keeps the
 * model's invariants at every step. */
#include "config.h"

#include <locale.h>

#include "od-catalog.h"
#include "od-command.h"
#include "od-template.h"
#include "od-undo-stack.h"
#include "od-test-util.h"
#include "../od-test-random.h"

static OdOrganisation *
medium (void)
{
  g_autoptr(GError) error = NULL;
  OdOrganisation *org = od_template_create (OD_SIZE_MEDIUM, OD_LANG_ZH_CN, "测试公司", &error);

  g_assert_no_error (error);
  return org;
}

/* A unit id of the medium template by a function it owns, so the test does
 * not depend on the template's ids. */
static const char *
owner_of (OdOrganisation *org,
          const char     *function_id)
{
  g_autoptr(GPtrArray) holders = od_organisation_find_holders (org, function_id);

  for (guint i = 0; i < holders->len; i++)
    {
      OdRole role = od_unit_get_role (holders->pdata[i], function_id);
      if (role == OD_ROLE_OWNER || role == OD_ROLE_LEAD)
        return od_unit_get_id (holders->pdata[i]);
    }
  g_assert_not_reached ();
}

/* Pushes @command, checks undo gives back @before and redo the state after. */
static void
check_undoable (OdUndoStack *stack,
                OdCommand   *command)
{
  OdOrganisation *org = od_undo_stack_get_organisation (stack);
  g_autofree char *before = od_test_serialize (org);
  g_autofree char *after = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (command);
  g_assert_true (od_undo_stack_push (stack, command, &error));
  g_assert_no_error (error);
  after = od_test_serialize (org);
  g_assert_cmpstr (before, !=, after);
  g_assert_true (od_undo_stack_undo (stack));
  undone = od_test_serialize (org);
  g_assert_cmpstr (before, ==, undone);
  g_assert_true (od_undo_stack_redo (stack));
  redone = od_test_serialize (org);
  g_assert_cmpstr (after, ==, redone);
}

static void
test_each_kind (void)
{
  g_autoptr(OdOrganisation) org = medium ();
  g_autoptr(OdUndoStack) stack = od_undo_stack_new (org);
  const char *sales = owner_of (org, "customer-development");
  const char *marketing = owner_of (org, "market-research");
  OdUnit *top = od_organisation_get_first_top_unit (org);
  const char *top_id = od_unit_get_id (top);
  OdRespondent respondent = { "李经理", OD_SIDE_SALES, "2026-11-20", { 3, 4, 5 } };
  g_autoptr(GError) error = NULL;
  OdCommand *add;
  g_autofree char *new_id = NULL;

  add = od_command_add_unit (org, sales, -1, NULL, "华南大区", OD_UNIT_KIND_FRONT, &error);
  g_assert_no_error (error);
  check_undoable (stack, add);
  new_id = g_strdup (od_command_get_new_unit_id (add));
  g_assert_nonnull (od_organisation_lookup_unit (org, new_id));
  g_assert_true (od_unit_get_parent (od_organisation_lookup_unit (org, new_id)) == od_organisation_lookup_unit (org, sales));

  check_undoable (stack, od_command_add_unit (org, top_id, 0, "first", "First", OD_UNIT_KIND_SUPPORT, NULL));
  g_assert_cmpstr (od_unit_get_id (od_unit_get_first_child (top)), ==, "first");
  check_undoable (stack, od_command_set_unit_prop (org, new_id, OD_UNIT_PROP_NAME, "华南区", NULL));
  check_undoable (stack, od_command_set_unit_prop (org, new_id, OD_UNIT_PROP_KIND, "back", NULL));
  check_undoable (stack, od_command_set_unit_prop (org, new_id, OD_UNIT_PROP_HEAD, "赵经理", NULL));
  check_undoable (stack, od_command_set_unit_prop (org, new_id, OD_UNIT_PROP_HEADCOUNT, "12", NULL));
  check_undoable (stack, od_command_set_unit_prop (org, new_id, OD_UNIT_PROP_NOTES, "新设\n待定", NULL));
  check_undoable (stack, od_command_set_unit_prop (org, new_id, OD_UNIT_PROP_ASSISTANT, "true", NULL));
  check_undoable (stack, od_command_move_unit (org, new_id, marketing, -1, NULL));
  check_undoable (stack, od_command_move_unit (org, sales, top_id, 0, NULL));
  check_undoable (stack, od_command_set_assignment (org, new_id, "customer-maintenance", OD_ROLE_OWNER, NULL));
  check_undoable (stack, od_command_set_assignment (org, marketing, "market-research", OD_ROLE_PARTICIPANT, NULL));
  check_undoable (stack, od_command_set_assignment (org, marketing, "market-research", OD_ROLE_NONE, NULL));
  check_undoable (stack, od_command_add_dotted_line (org, new_id, marketing, "每天两小时", NULL));
  check_undoable (stack, od_command_remove_dotted_line (org, 0, NULL));
  check_undoable (stack, od_command_set_mechanism (org, "joint-meeting", TRUE, "每月", NULL));
  check_undoable (stack, od_command_set_mechanism (org, "joint-meeting", TRUE, "每周", NULL));
  check_undoable (stack, od_command_set_mechanism (org, "joint-meeting", FALSE, NULL, NULL));
  check_undoable (stack, od_command_set_respondent (org, 0, &respondent, NULL));
  respondent.answers[5] = 2;
  check_undoable (stack, od_command_set_respondent (org, 0, &respondent, NULL));
  check_undoable (stack, od_command_set_respondent (org, 0, NULL, NULL));
  check_undoable (stack, od_command_set_cause (org, 2, OD_CAUSE_PRESENT, "各自为政", NULL));
  check_undoable (stack, od_command_set_fact (org, "short-sales-cycle", "yes", NULL));
  check_undoable (stack, od_command_set_acceptance (org, "span-too-wide", "b a", "", "过渡期", NULL));
  g_assert_nonnull (od_organisation_find_acceptance (org, "span-too-wide", "a b", NULL));
  check_undoable (stack, od_command_set_acceptance (org, "span-too-wide", "a b", "", NULL, NULL));
  check_undoable (stack, od_command_set_org_prop (org, OD_ORG_PROP_NAME, "新名字", NULL));
  check_undoable (stack, od_command_set_org_prop (org, OD_ORG_PROP_SIZE, "large", NULL));
  check_undoable (stack, od_command_set_org_prop (org, OD_ORG_PROP_FOCUS, "brand", NULL));
  check_undoable (stack, od_command_set_org_prop (org, OD_ORG_PROP_LANG, "en", NULL));
  check_undoable (stack, od_command_set_org_prop (org, OD_ORG_PROP_ASSESSMENT_DATE, "2026-12-01", NULL));

  /* Removing a unit takes its subtree and its dotted lines, and undo brings
   * all of them back in place. */
  g_assert_true (od_undo_stack_push (stack, od_command_add_dotted_line (org, new_id, marketing, NULL, NULL), NULL));
  g_assert_true (od_undo_stack_push (stack, od_command_add_dotted_line (org, marketing, top_id, "x", NULL), NULL));
  check_undoable (stack, od_command_remove_unit (org, marketing, NULL));
  g_assert_null (od_organisation_lookup_unit (org, marketing));
  g_assert_null (od_organisation_lookup_unit (org, new_id));
  g_assert_cmpuint (od_organisation_get_dotted_lines (org)->len, ==, 0);
}

/* Coordination sheets and the 313 plans: each edit one undo step that
 * gives back the saved bytes, with the same text rules as names. */
static void
test_coordination (void)
{
  g_autoptr(OdOrganisation) org = medium ();
  g_autoptr(OdUndoStack) stack = od_undo_stack_new (org);
  g_autoptr(OdCoordinationSheet) sheet = od_coordination_sheet_new ();
  g_autoptr(OdPlanHorizon) plan = od_plan_horizon_new (OD_HORIZON_3_MONTHS);
  const char *sales = owner_of (org, "customer-development");
  const char *marketing = owner_of (org, "market-research");
  g_autoptr(GError) error = NULL;
  const OdCoordinationSheet *added;
  GPtrArray *plans;

  sheet->unit[OD_SHEET_FROM] = g_strdup (sales);
  sheet->unit[OD_SHEET_TO] = g_strdup (marketing);
  sheet->requirement = g_strdup ("季度促销方案\n含物料清单");
  sheet->deadline = g_strdup ("");   /* "" is "not filled in" */
  check_undoable (stack, od_command_set_sheet (org, sheet, NULL));
  added = od_organisation_find_sheet (org, "sheet-1");
  g_assert_nonnull (added);
  g_assert_null (added->deadline);
  g_assert_cmpstr (added->requirement, ==, "季度促销方案\n含物料清单");

  /* A second sheet gets the next id; editing one replaces it in place. */
  check_undoable (stack, od_command_set_sheet (org, sheet, NULL));
  g_assert_nonnull (od_organisation_find_sheet (org, "sheet-2"));
  g_free (sheet->id);
  sheet->id = g_strdup ("sheet-1");
  sheet->signature[OD_SHEET_FROM].is_signed = TRUE;
  sheet->signature[OD_SHEET_FROM].by = g_strdup ("李经理");
  sheet->signature[OD_SHEET_FROM].date = g_strdup ("2026-11-20");
  check_undoable (stack, od_command_set_sheet (org, sheet, NULL));
  g_assert_cmpuint (od_organisation_get_sheets (org)->len, ==, 2);
  added = od_organisation_get_sheets (org)->pdata[0];
  g_assert_cmpstr (added->id, ==, "sheet-1");
  g_assert_true (added->signature[OD_SHEET_FROM].is_signed);
  g_assert_false (added->signature[OD_SHEET_TO].is_signed);
  check_undoable (stack, od_command_remove_sheet (org, "sheet-2", NULL));
  g_assert_null (od_organisation_find_sheet (org, "sheet-2"));

  /* Refused: a bad date, a control character, a unit id that cannot be one, an unknown sheet. */
  g_free (sheet->deadline);
  sheet->deadline = g_strdup ("下周五");
  g_assert_null (od_command_set_sheet (org, sheet, &error));
  g_assert_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_INVALID);
  g_clear_error (&error);
  g_clear_pointer (&sheet->deadline, g_free);
  g_free (sheet->responsible);
  sheet->responsible = g_strdup ("张\x01三");
  g_assert_null (od_command_set_sheet (org, sheet, &error));
  g_assert_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_INVALID);
  g_clear_error (&error);
  g_clear_pointer (&sheet->responsible, g_free);
  g_free (sheet->unit[OD_SHEET_TO]);
  sheet->unit[OD_SHEET_TO] = g_strdup ("市场 部");
  g_assert_null (od_command_set_sheet (org, sheet, &error));
  g_assert_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (od_command_remove_sheet (org, "sheet-9", &error));
  g_assert_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Plans: added in horizon order whatever the order of entry. */
  plan->summary = g_strdup ("Q1 活动及费用预算");
  check_undoable (stack, od_command_set_plan (org, plan, NULL));
  plan->horizon = OD_HORIZON_3_YEARS;
  check_undoable (stack, od_command_set_plan (org, plan, NULL));
  plan->horizon = OD_HORIZON_1_YEAR;
  plan->owner = g_strdup ("市场部");
  check_undoable (stack, od_command_set_plan (org, plan, NULL));
  plans = od_organisation_get_plans (org);
  g_assert_cmpuint (plans->len, ==, 3);
  for (guint i = 0; i < plans->len; i++)
    g_assert_cmpint (((OdPlanHorizon *) plans->pdata[i])->horizon, ==, i);
  g_assert_true (od_organisation_has_313_plans (org));
  plan->basis = g_strdup ("去年各区域销量");
  check_undoable (stack, od_command_set_plan (org, plan, NULL));
  g_assert_cmpuint (plans->len, ==, 3);
  g_assert_cmpstr (od_organisation_find_plan (org, OD_HORIZON_1_YEAR)->basis, ==, "去年各区域销量");
  check_undoable (stack, od_command_remove_plan (org, OD_HORIZON_3_YEARS, NULL));
  g_assert_false (od_organisation_has_313_plans (org));
  g_assert_null (od_command_remove_plan (org, OD_HORIZON_3_YEARS, &error));
  g_assert_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_NOT_FOUND);
}

static void
test_refusals (void)
{
  g_autoptr(OdOrganisation) org = medium ();
  OdUnit *top = od_organisation_get_first_top_unit (org);
  const char *top_id = od_unit_get_id (top);
  const char *sales = owner_of (org, "customer-development");
  g_autoptr(GError) error = NULL;

  g_assert_null (od_command_move_unit (org, top_id, sales, -1, &error));
  g_assert_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_CYCLE);
  g_clear_error (&error);
  g_assert_null (od_command_move_unit (org, sales, sales, -1, &error));
  g_assert_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_CYCLE);
  g_clear_error (&error);
  g_assert_null (od_command_add_unit (org, "ghost", -1, NULL, "X", OD_UNIT_KIND_FRONT, &error));
  g_assert_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (od_command_add_unit (org, NULL, -1, sales, "X", OD_UNIT_KIND_FRONT, &error));
  g_assert_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_DUPLICATE);
  g_clear_error (&error);
  g_assert_null (od_command_add_unit (org, NULL, -1, NULL, "", OD_UNIT_KIND_FRONT, &error));
  g_assert_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (od_command_set_unit_prop (org, sales, OD_UNIT_PROP_NAME, "bad\x01name", &error));
  g_assert_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (od_command_set_unit_prop (org, sales, OD_UNIT_PROP_HEAD, "bad\xef\xbf\xbf", &error));
  g_assert_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (od_command_set_unit_prop (org, sales, OD_UNIT_PROP_HEADCOUNT, "-3", &error));
  g_assert_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (od_command_set_assignment (org, sales, "time-travel", OD_ROLE_OWNER, &error));
  g_assert_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (od_command_set_assignment (org, sales, "marketing-plan", OD_ROLE_OWNER, &error));
  g_assert_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (od_command_add_dotted_line (org, sales, sales, NULL, &error));
  g_assert_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_CYCLE);
  g_clear_error (&error);
  g_assert_null (od_command_set_org_prop (org, OD_ORG_PROP_SIZE, "huge", &error));
  g_assert_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (od_command_set_org_prop (org, OD_ORG_PROP_ASSESSMENT_DATE, "2026-02-30", &error));
  g_assert_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (od_command_set_mechanism (org, "telepathy", TRUE, NULL, &error));
  g_assert_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_NOT_FOUND);
}

static void
test_modified_tracking (void)
{
  g_autoptr(OdOrganisation) org = medium ();
  g_autoptr(OdUndoStack) stack = od_undo_stack_new (org);
  const char *sales = owner_of (org, "customer-development");

  g_assert_false (od_undo_stack_get_modified (stack));
  g_assert_false (od_undo_stack_can_undo (stack));
  od_undo_stack_push (stack, od_command_set_unit_prop (org, sales, OD_UNIT_PROP_NAME, "A", NULL), NULL);
  g_assert_true (od_undo_stack_get_modified (stack));
  g_assert_cmpstr (od_undo_stack_get_undo_label (stack), ==, "Rename unit");
  od_undo_stack_mark_saved (stack);
  g_assert_false (od_undo_stack_get_modified (stack));
  od_undo_stack_push (stack, od_command_set_unit_prop (org, sales, OD_UNIT_PROP_NAME, "B", NULL), NULL);
  g_assert_true (od_undo_stack_get_modified (stack));
  od_undo_stack_undo (stack);
  g_assert_false (od_undo_stack_get_modified (stack));
  od_undo_stack_undo (stack);
  g_assert_true (od_undo_stack_get_modified (stack));
  g_assert_cmpstr (od_undo_stack_get_redo_label (stack), ==, "Rename unit");
  od_undo_stack_redo (stack);
  g_assert_false (od_undo_stack_get_modified (stack));
  /* Undo past the save, then a new edit: the saved state is gone for good. */
  od_undo_stack_undo (stack);
  od_undo_stack_push (stack, od_command_set_unit_prop (org, sales, OD_UNIT_PROP_NAME, "C", NULL), NULL);
  g_assert_false (od_undo_stack_can_redo (stack));
  g_assert_true (od_undo_stack_get_modified (stack));
  od_undo_stack_undo (stack);
  g_assert_true (od_undo_stack_get_modified (stack));
}

static void
test_group (void)
{
  g_autoptr(OdOrganisation) org = medium ();
  g_autoptr(OdUndoStack) stack = od_undo_stack_new (org);
  const char *sales = owner_of (org, "customer-development");
  const char *marketing = owner_of (org, "market-research");
  GPtrArray *steps = g_ptr_array_new ();
  g_autofree char *before = od_test_serialize (org);
  g_autofree char *after = NULL;

  g_ptr_array_add (steps, od_command_set_assignment (org, marketing, "market-research", OD_ROLE_NONE, NULL));
  g_ptr_array_add (steps, od_command_set_assignment (org, sales, "market-research", OD_ROLE_OWNER, NULL));
  g_assert_true (od_undo_stack_push (stack, od_command_group_new ("Give market research to sales", steps), NULL));
  g_assert_cmpint (od_unit_get_role (od_organisation_lookup_unit (org, sales), "market-research"), ==, OD_ROLE_OWNER);
  g_assert_cmpint (od_unit_get_role (od_organisation_lookup_unit (org, marketing), "market-research"), ==, OD_ROLE_NONE);
  g_assert_cmpstr (od_undo_stack_get_undo_label (stack), ==, "Give market research to sales");
  od_undo_stack_undo (stack);
  after = od_test_serialize (org);
  g_assert_cmpstr (before, ==, after);
}

/* ---- random sessions ---- */

static void
check_invariants (OdOrganisation *org)
{
  g_autoptr(GHashTable) seen_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) seen_units = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) units = od_organisation_list_units (org);
  GPtrArray *lines = od_organisation_get_dotted_lines (org);
  guint bound = od_organisation_get_serial_bound (org);

  g_assert_cmpuint (units->len, ==, od_organisation_get_n_units (org));
  for (guint i = 0; i < units->len; i++)
    {
      OdUnit *unit = units->pdata[i];
      guint n = 0;
      OdUnit *prev = NULL;

      /* Each unit appears once in the walk: one tree, no cycles. */
      g_assert_false (g_hash_table_contains (seen_units, unit));
      g_hash_table_add (seen_units, unit);
      g_assert_false (g_hash_table_contains (seen_ids, od_unit_get_id (unit)));
      g_hash_table_add (seen_ids, (gpointer) od_unit_get_id (unit));
      g_assert_true (od_organisation_lookup_unit (org, od_unit_get_id (unit)) == unit);
      g_assert_cmpuint (od_unit_get_serial (unit), <, bound);
      for (OdUnit *child = od_unit_get_first_child (unit); child != NULL; child = od_unit_get_next_sibling (child))
        {
          g_assert_true (od_unit_get_parent (child) == unit);
          g_assert_true (od_unit_get_prev_sibling (child) == prev);
          prev = child;
          n++;
        }
      g_assert_true (od_unit_get_last_child (unit) == prev);
      g_assert_cmpuint (od_unit_get_n_children (unit), ==, n);
    }
  for (guint i = 0; i < lines->len; i++)
    {
      const OdDottedLine *line = lines->pdata[i];
      g_assert_nonnull (od_organisation_lookup_unit (org, line->from));
      g_assert_nonnull (od_organisation_lookup_unit (org, line->to));
    }
}

static void
random_session (gconstpointer data)
{
  OdSize size = GPOINTER_TO_INT (data);
  g_autoptr(GError) error = NULL;
  g_autoptr(OdOrganisation) org = od_template_create (size, OD_LANG_ZH_CN, NULL, &error);
  g_autoptr(OdUndoStack) stack = od_undo_stack_new (org);
  g_autofree char *original = od_test_serialize (org);
  g_autofree char *at_end = NULL;
  g_autofree char *redone = NULL;
  g_autofree char *undone = NULL;
  guint steps = g_test_slow () ? 20000 : 3000;
  guint applied = 0;
  guint depth = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < steps; i++)
    {
      int action = g_test_rand_int_range (0, 10);

      if (action == 0)
        od_undo_stack_undo (stack);
      else if (action == 1)
        od_undo_stack_redo (stack);
      else
        {
          OdCommand *command = random_command (org);
          if (command != NULL && od_undo_stack_push (stack, command, NULL))
            applied++;
        }
      check_invariants (org);
    }
  g_test_message ("%u commands applied", applied);
  g_assert_cmpuint (applied, >, steps / 2);

  /* Undoing everything gives back the template's bytes; redoing as many
   * steps gives back where the session ended (the session may have ended
   * with more on the redo side). */
  at_end = od_test_serialize (org);
  while (od_undo_stack_undo (stack))
    depth++;
  check_invariants (org);
  undone = od_test_serialize (org);
  g_assert_cmpstr (undone, ==, original);
  for (guint i = 0; i < depth; i++)
    g_assert_true (od_undo_stack_redo (stack));
  redone = od_test_serialize (org);
  g_assert_cmpstr (redone, ==, at_end);
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/model/commands/each-kind", test_each_kind);
  g_test_add_func ("/model/commands/refusals", test_refusals);
  g_test_add_func ("/model/commands/coordination", test_coordination);
  g_test_add_func ("/model/commands/modified-tracking", test_modified_tracking);
  g_test_add_func ("/model/commands/group", test_group);
  g_test_add_data_func ("/model/commands/random-session/small", GINT_TO_POINTER (OD_SIZE_SMALL), random_session);
  g_test_add_data_func ("/model/commands/random-session/medium", GINT_TO_POINTER (OD_SIZE_MEDIUM), random_session);
  g_test_add_data_func ("/model/commands/random-session/large", GINT_TO_POINTER (OD_SIZE_LARGE), random_session);
  return g_test_run ();
}
