/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-check.c: every boundary rule fires on a document that breaks it and
 * stays quiet on the closest one that does not; each fix removes its
 * finding without creating an error, and undo brings it back; accepted
 * findings are reported as accepted. */
#include "config.h"

#include <locale.h>

#include "od-check.h"
#include "od-command.h"
#include "od-template.h"
#include "od-undo-stack.h"
#include "od-test-util.h"
#include "../od-test-doc.h"

/* The unit owning (or leading) @function_id. */
static const char *
owner (Doc        *doc,
       const char *function_id)
{
  g_autoptr(GPtrArray) holders = od_organisation_find_holders (doc->org, function_id);

  for (guint i = 0; i < holders->len; i++)
    if (od_unit_get_role (holders->pdata[i], function_id) != OD_ROLE_PARTICIPANT)
      return od_unit_get_id (holders->pdata[i]);
  g_assert_not_reached ();
}

static const char *
top (Doc *doc)
{
  return od_unit_get_id (od_organisation_get_first_top_unit (doc->org));
}

static gboolean
fires (Doc        *doc,
       const char *rule,
       const char *unit)
{
  g_autoptr(GPtrArray) findings = od_check_run (doc->org);
  return find (findings, rule, unit) != NULL;
}

/* Applies the fix of the finding of @rule on @unit: it disappears, no error
 * appears that was not there, and undo brings the finding back. */
static void
check_fix (Doc        *doc,
           const char *rule,
           const char *unit)
{
  g_autoptr(GPtrArray) before = od_check_run (doc->org);
  const OdFinding *f = find (before, rule, unit);
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GError) error = NULL;
  OdCommand *fix;

  g_assert_nonnull (f);
  g_assert_nonnull (f->fix_label);
  fix = od_finding_build_fix (f, doc->org, &error);
  g_assert_no_error (error);
  push (doc, fix);
  after = od_check_run (doc->org);
  g_assert_null (find (after, rule, unit));
  for (guint i = 0; i < after->len; i++)
    {
      const OdFinding *a = after->pdata[i];
      if (a->severity == OD_SEVERITY_ERROR && find (before, a->rule, a->units[0]) == NULL)
        g_error ("fixing %s created a new error: %s", rule, a->message);
    }
  g_assert_true (od_undo_stack_undo (doc->stack));
  g_assert_true (fires (doc, rule, unit));
}

static void
test_templates_clean (void)
{
  for (OdSize s = 0; s < OD_N_SIZES; s++)
    for (OdLang l = 0; l < OD_N_LANGS; l++)
      {
        g_autoptr(OdOrganisation) org = od_template_create (s, l, NULL, NULL);
        g_autoptr(GPtrArray) findings = od_check_run (org);

        for (guint i = 0; i < findings->len; i++)
          g_test_message ("%s: %s", od_size_to_string (s), ((OdFinding *) findings->pdata[i])->message);
        g_assert_cmpuint (od_check_count (findings, OD_SEVERITY_ERROR), ==, 0);
        /* Not even warnings: the templates are what the seeds prescribe. */
        g_assert_cmpuint (od_check_count (findings, OD_SEVERITY_WARNING), ==, 0);
      }
}

static void
test_other_size_misplaced (void)
{
  for (OdSize s = 0; s < OD_N_SIZES; s++)
    for (OdSize declared = 0; declared < OD_N_SIZES; declared++)
      {
        g_auto(Doc) doc = { 0 };

        if (s == declared)
          continue;
        doc_init (&doc, s);
        push (&doc, od_command_set_org_prop (doc.org, OD_ORG_PROP_SIZE, od_size_to_string (declared), NULL));
        if (!fires (&doc, "misplaced-structure", NULL))
          g_error ("the %s template declared %s shows no misplaced structure",
                   od_size_to_string (s), od_size_to_string (declared));
      }
}

static void
test_names_do_not_matter (void)
{
  g_auto(Doc) doc = { 0 };

  /* A user may call the merged department anything; what it owns decides. */
  doc_init (&doc, OD_SIZE_SMALL);
  push (&doc, od_command_set_unit_prop (doc.org, owner (&doc, "market-research"), OD_UNIT_PROP_NAME, "Marketing & Sales", NULL));
  g_assert_false (fires (&doc, "misplaced-structure", NULL));
  /* And a unit named 营销部 that is really only marketing is no merged 营销部. */
  doc_clear (&doc);
  doc_init (&doc, OD_SIZE_MEDIUM);
  push (&doc, od_command_set_unit_prop (doc.org, owner (&doc, "market-research"), OD_UNIT_PROP_NAME, "营销部", NULL));
  push (&doc, od_command_set_org_prop (doc.org, OD_ORG_PROP_SIZE, "small", NULL));
  g_assert_true (fires (&doc, "misplaced-structure", owner (&doc, "market-research")));
}

static void
test_duplicate (void)
{
  g_auto(Doc) doc = { 0 };
  g_autofree char *team = NULL;

  doc_init (&doc, OD_SIZE_MEDIUM);
  team = add_unit (&doc, owner (&doc, "customer-development"), "华南大区");
  push (&doc, od_command_set_assignment (doc.org, team, "market-research", OD_ROLE_PARTICIPANT, NULL));
  g_assert_false (fires (&doc, "duplicate-function", NULL));
  push (&doc, od_command_set_assignment (doc.org, team, "market-research", OD_ROLE_OWNER, NULL));
  g_assert_true (fires (&doc, "duplicate-function", team));
  g_assert_true (fires (&doc, "duplicate-function", owner (&doc, "brand-management")));
  check_fix (&doc, "duplicate-function", team);
}

static void
test_missing (void)
{
  g_auto(Doc) doc = { 0 };
  g_autofree char *marketing = NULL;

  doc_init (&doc, OD_SIZE_MEDIUM);
  marketing = g_strdup (owner (&doc, "market-research"));
  g_assert_false (fires (&doc, "missing-function", NULL));
  push (&doc, od_command_set_assignment (doc.org, marketing, "market-research", OD_ROLE_NONE, NULL));
  g_assert_true (fires (&doc, "missing-function", NULL));
  check_fix (&doc, "missing-function", NULL);
  /* Not required for a small firm: competitor analysis on its own. */
  doc_clear (&doc);
  doc_init (&doc, OD_SIZE_SMALL);
  push (&doc, od_command_set_assignment (doc.org, owner (&doc, "competitor-analysis"), "competitor-analysis", OD_ROLE_NONE, NULL));
  g_assert_false (fires (&doc, "missing-function", NULL));
}

static void
test_collaboration (void)
{
  g_auto(Doc) doc = { 0 };
  g_autofree char *sales = NULL;

  doc_init (&doc, OD_SIZE_MEDIUM);
  sales = g_strdup (owner (&doc, "customer-development"));
  g_assert_false (fires (&doc, "collaboration-multiple-leads", NULL));
  g_assert_false (fires (&doc, "collaboration-no-participant", NULL));
  push (&doc, od_command_set_assignment (doc.org, sales, "marketing-plan", OD_ROLE_LEAD, NULL));
  g_assert_true (fires (&doc, "collaboration-multiple-leads", sales));
  check_fix (&doc, "collaboration-multiple-leads", sales);
  g_assert_true (od_undo_stack_undo (doc.stack));
  push (&doc, od_command_set_assignment (doc.org, sales, "marketing-plan", OD_ROLE_NONE, NULL));
  g_assert_true (fires (&doc, "collaboration-no-participant", owner (&doc, "marketing-plan")));
  check_fix (&doc, "collaboration-no-participant", NULL);
}

static void
test_power (void)
{
  g_auto(Doc) doc = { 0 };
  g_autofree char *sales = NULL;
  g_autofree char *admin = NULL;

  doc_init (&doc, OD_SIZE_MEDIUM);
  sales = g_strdup (owner (&doc, "customer-development"));
  admin = g_strdup (owner (&doc, "customer-credit-check"));
  /* Sales checking its own customers' credit: control and execution in one. */
  push (&doc, od_command_set_assignment (doc.org, admin, "customer-credit-check", OD_ROLE_PARTICIPANT, NULL));
  g_assert_false (fires (&doc, "power-concentration", NULL));
  push (&doc, od_command_set_assignment (doc.org, sales, "customer-credit-check", OD_ROLE_OWNER, NULL));
  g_assert_true (fires (&doc, "power-concentration", sales));
  check_fix (&doc, "power-concentration", sales);
}

static void
test_power_many_functions (void)
{
  g_auto(Doc) doc = { 0 };
  const char *moved[] = { "channel-management", "quotation-management", "order-management", "delivery-management",
                          "invoice-and-returns", "sales-statistics", "management-sales-liaison",
                          "market-research", "brand-management", "marketing-promotion", "product-planning" };
  g_autofree char *sales = NULL;

  doc_init (&doc, OD_SIZE_MEDIUM);
  sales = g_strdup (owner (&doc, "customer-development"));
  for (guint i = 0; i < G_N_ELEMENTS (moved); i++)
    {
      const char *from = owner (&doc, moved[i]);
      push (&doc, od_command_set_assignment (doc.org, from, moved[i], OD_ROLE_NONE, NULL));
      push (&doc, od_command_set_assignment (doc.org, sales, moved[i], OD_ROLE_OWNER, NULL));
      /* Not yet far beyond the others with the first few. */
      if (i == 2)
        g_assert_false (fires (&doc, "power-concentration", sales));
    }
  g_assert_true (fires (&doc, "power-concentration", sales));
}

static void
test_spans_and_layers (void)
{
  g_auto(Doc) doc = { 0 };
  g_autofree char *relay = NULL;
  g_autofree char *mid = NULL;
  g_autofree char *leaf = NULL;
  g_autofree char *deep = NULL;

  doc_init (&doc, OD_SIZE_MEDIUM);
  /* The CEO has 8 reports; assistants do not count toward the 12 allowed. */
  for (int i = 0; i < 6; i++)
    {
      g_autofree char *a = add_unit (&doc, top (&doc), "秘书");
      push (&doc, od_command_set_unit_prop (doc.org, a, OD_UNIT_PROP_ASSISTANT, "true", NULL));
      push (&doc, od_command_set_assignment (doc.org, a, "training", OD_ROLE_PARTICIPANT, NULL));
    }
  g_assert_false (fires (&doc, "span-too-wide", top (&doc)));
  for (int i = 0; i < 4; i++)
    {
      g_autofree char *u = add_unit (&doc, top (&doc), "新部门");
      push (&doc, od_command_set_assignment (doc.org, u, "training", OD_ROLE_PARTICIPANT, NULL));
    }
  g_assert_false (fires (&doc, "span-too-wide", top (&doc)));
  {
    g_autofree char *u = add_unit (&doc, top (&doc), "第十三个");
    push (&doc, od_command_set_assignment (doc.org, u, "training", OD_ROLE_PARTICIPANT, NULL));
  }
  g_assert_true (fires (&doc, "span-too-wide", top (&doc)));

  /* A relay: one report with a team of its own, nothing owned. */
  relay = add_unit (&doc, owner (&doc, "customer-development"), "中转");
  mid = add_unit (&doc, relay, "片区");
  leaf = add_unit (&doc, mid, "小组");
  g_assert_true (fires (&doc, "span-too-narrow", relay));
  push (&doc, od_command_set_unit_prop (doc.org, relay, OD_UNIT_PROP_KIND, "executive", NULL));
  g_assert_false (fires (&doc, "span-too-narrow", relay));

  /* Levels: 总经理 > 销售部 > 中转 > 片区 > 小组 is 5, the most a medium firm has. */
  g_assert_false (fires (&doc, "too-many-layers", NULL));
  deep = add_unit (&doc, leaf, "个人");
  g_assert_true (fires (&doc, "too-many-layers", deep));
}

static void
test_empty_and_orphan (void)
{
  g_auto(Doc) doc = { 0 };
  g_autofree char *empty = NULL;
  g_autofree char *orphan = NULL;

  doc_init (&doc, OD_SIZE_MEDIUM);
  empty = add_unit (&doc, top (&doc), "新部门");
  g_assert_true (fires (&doc, "empty-unit", empty));
  push (&doc, od_command_set_assignment (doc.org, empty, "training", OD_ROLE_PARTICIPANT, NULL));
  g_assert_false (fires (&doc, "empty-unit", empty));

  g_assert_false (fires (&doc, "orphan-unit", NULL));
  orphan = add_unit (&doc, NULL, "飘");
  g_assert_true (fires (&doc, "orphan-unit", orphan));
  check_fix (&doc, "orphan-unit", orphan);
}

static void
test_unknown_function (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OdOrganisation) org = od_test_load_string (
    "<organisation xmlns='urn:org-designer:1' version='1' size='small'>"
    "<unit id='a' name='A'><function ref='time-travel' role='owner'/><function ref='training' role='participant'/></unit>"
    "</organisation>", OD_LOAD_DEFAULT, &error);
  g_autoptr(OdUndoStack) stack = od_undo_stack_new (org);
  g_autoptr(GPtrArray) findings = od_check_run (org);
  g_autoptr(GPtrArray) after = NULL;
  const OdFinding *f = find (findings, "unknown-function", "a");

  g_assert_no_error (error);
  g_assert_nonnull (f);
  g_assert_cmpint (f->severity, ==, OD_SEVERITY_ERROR);
  g_assert_true (od_undo_stack_push (stack, od_finding_build_fix (f, org, NULL), NULL));
  after = od_check_run (org);
  g_assert_null (find (after, "unknown-function", "a"));
}

static void
test_accepted (void)
{
  g_auto(Doc) doc = { 0 };
  g_autofree char *team = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autofree char *saved = NULL;
  const OdFinding *f;

  doc_init (&doc, OD_SIZE_MEDIUM);
  team = add_unit (&doc, owner (&doc, "customer-development"), "品牌小组");
  push (&doc, od_command_set_assignment (doc.org, team, "brand-management", OD_ROLE_OWNER, NULL));
  findings = od_check_run (doc.org);
  f = find (findings, "duplicate-function", team);
  g_assert_nonnull (f);
  g_assert_cmpuint (od_check_count (findings, OD_SEVERITY_ERROR), ==, 1);
  push (&doc, od_finding_build_accept (f, doc.org, "过渡期双重负责", NULL));

  /* Still reported, marked accepted, and no longer counted as an error. */
  again = od_check_run (doc.org);
  f = find (again, "duplicate-function", team);
  g_assert_nonnull (f);
  g_assert_true (f->accepted);
  g_assert_cmpstr (f->acceptance_reason, ==, "过渡期双重负责");
  g_assert_cmpuint (od_check_count (again, OD_SEVERITY_ERROR), ==, 0);
  saved = od_test_serialize (doc.org);
  g_assert_nonnull (strstr (saved, "<accepted rule=\"duplicate-function\""));
  g_assert_nonnull (strstr (saved, "reason=\"过渡期双重负责\""));
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/model/check/templates-clean", test_templates_clean);
  g_test_add_func ("/model/check/other-size-misplaced", test_other_size_misplaced);
  g_test_add_func ("/model/check/names-do-not-matter", test_names_do_not_matter);
  g_test_add_func ("/model/check/duplicate", test_duplicate);
  g_test_add_func ("/model/check/missing", test_missing);
  g_test_add_func ("/model/check/collaboration", test_collaboration);
  g_test_add_func ("/model/check/power-control-and-execution", test_power);
  g_test_add_func ("/model/check/power-many-functions", test_power_many_functions);
  g_test_add_func ("/model/check/spans-and-layers", test_spans_and_layers);
  g_test_add_func ("/model/check/empty-and-orphan", test_empty_and_orphan);
  g_test_add_func ("/model/check/unknown-function", test_unknown_function);
  g_test_add_func ("/model/check/accepted", test_accepted);
  return g_test_run ();
}
