/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-check-coordination.c: work coordination sheets and the 313 rule's
 * plans are checked as records, and the diagnosis counts what is shown,
 * not what is ticked.  Each case follows the text it comes from, quoted
 * beside it and cited by title. */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "od-diagnosis.h"
#include "od-sources.h"
#include "od-test-util.h"
#include "../od-test-doc.h"

/* 《营销前后台协同机制设计》: "部门间合作必须采用工作协调单的形式,包括协同的
 * 工作要求、完成时间、评估标准和责任人,而且必须由双方负责人签字,明确工作协同
 * 的责任与权力界定,以及相关的奖惩措施" — a sheet with all of it. */
static OdCoordinationSheet *
complete_sheet (const char *from,
                const char *to)
{
  OdCoordinationSheet *sheet = od_coordination_sheet_new ();

  sheet->unit[OD_SHEET_FROM] = g_strdup (from);
  sheet->unit[OD_SHEET_TO] = g_strdup (to);
  sheet->requirement = g_strdup ("新品上市前提供销售工具包");
  sheet->deadline = g_strdup ("2026-12-15");
  sheet->standard = g_strdup ("销售部试用后确认");
  sheet->responsible = g_strdup ("市场部张经理");
  sheet->rewards = g_strdup ("按时完成计入季度考核，延误扣分");
  sheet->signature[OD_SHEET_FROM].is_signed = TRUE;
  sheet->signature[OD_SHEET_TO].is_signed = TRUE;
  return sheet;
}

static gboolean
has_rule_prefix (GPtrArray  *findings,
                 const char *prefix)
{
  for (guint i = 0; i < findings->len; i++)
    if (g_str_has_prefix (((OdFinding *) findings->pdata[i])->rule, prefix))
      return TRUE;
  return FALSE;
}

static const OdEvidence *
evidence (const OdDiagnosis *d,
          const char        *id)
{
  for (guint i = 0; i < d->evidence->len; i++)
    if (g_str_equal (((OdEvidence *) d->evidence->pdata[i])->id, id))
      return d->evidence->pdata[i];
  return NULL;
}

/* The three templates carry neither sheets nor plans, and say nothing about them. */
static void
test_templates_clean (void)
{
  for (OdSize size = OD_SIZE_SMALL; size <= OD_SIZE_LARGE; size++)
    {
      g_auto(Doc) doc = { 0 };
      g_autoptr(GPtrArray) findings = NULL;

      doc_init (&doc, size);
      findings = od_check_run (doc.org);
      g_assert_false (has_rule_prefix (findings, "coordination-"));
      g_assert_false (has_rule_prefix (findings, "rule-313"));
    }
}

static void
test_complete_sheet (void)
{
  g_auto(Doc) doc = { 0 };
  g_autoptr(OdCoordinationSheet) sheet = complete_sheet ("marketing", "sales");
  g_autoptr(GPtrArray) findings = NULL;

  doc_init (&doc, OD_SIZE_MEDIUM);
  push (&doc, od_command_set_sheet (doc.org, sheet, NULL));
  findings = od_check_run (doc.org);
  g_assert_false (has_rule_prefix (findings, "coordination-"));
  g_assert_cmpuint (od_organisation_count_complete_sheets (doc.org), ==, 1);
}

/* "包括协同的工作要求、完成时间、评估标准和责任人…以及相关的奖惩措施":
 * each missing field is named. */
static void
test_missing_fields (void)
{
  g_auto(Doc) doc = { 0 };
  g_autoptr(OdCoordinationSheet) sheet = complete_sheet ("marketing", "sales");
  g_autoptr(GPtrArray) findings = NULL;
  const OdFinding *f;

  doc_init (&doc, OD_SIZE_MEDIUM);
  g_clear_pointer (&sheet->standard, g_free);
  g_clear_pointer (&sheet->rewards, g_free);
  push (&doc, od_command_set_sheet (doc.org, sheet, NULL));
  findings = od_check_run (doc.org);
  f = find (findings, "coordination-sheet-incomplete", "marketing");
  g_assert_nonnull (f);
  g_assert_cmpint (f->severity, ==, OD_SEVERITY_WARNING);
  g_assert_cmpstr (f->source, ==, OD_SOURCE_MECHANISMS);
  g_assert_nonnull (strstr (f->message, "the evaluation standard, the rewards and penalties"));
  g_assert_null (strstr (f->message, "deadline"));
  g_assert_nonnull (strstr (f->message, "新品上市前提供销售工具包"));
  g_assert_true (g_strv_contains ((const char * const *) f->units, "sales"));
  g_assert_nonnull (f->fix_label);
  /* The source is cited by its title, never by a number. */
  g_assert_nonnull (strstr (f->reason, od_source_get_title (od_sources_lookup (OD_SOURCE_MECHANISMS), OD_LANG_EN)));
  g_assert_null (strstr (f->reason, "seed"));
  g_assert_cmpuint (od_organisation_count_complete_sheets (doc.org), ==, 0);
}

/* "必须由双方负责人签字": one signature is not enough, none is worse. */
static void
test_signatures (void)
{
  g_auto(Doc) doc = { 0 };
  g_autoptr(OdCoordinationSheet) sheet = complete_sheet ("marketing", "sales");
  g_autoptr(GPtrArray) one = NULL;
  g_autoptr(GPtrArray) none = NULL;
  const OdFinding *f;

  doc_init (&doc, OD_SIZE_MEDIUM);
  sheet->signature[OD_SHEET_TO].is_signed = FALSE;
  push (&doc, od_command_set_sheet (doc.org, sheet, NULL));
  one = od_check_run (doc.org);
  f = find (one, "coordination-sheet-one-signature", NULL);
  g_assert_nonnull (f);
  g_assert_nonnull (strstr (f->message, od_unit_get_name (od_organisation_lookup_unit (doc.org, "sales"))));
  g_assert_null (find (one, "coordination-sheet-unsigned", NULL));

  g_free (sheet->id);
  sheet->id = g_strdup ("sheet-1");
  sheet->signature[OD_SHEET_FROM].is_signed = FALSE;
  push (&doc, od_command_set_sheet (doc.org, sheet, NULL));
  none = od_check_run (doc.org);
  g_assert_nonnull (find (none, "coordination-sheet-unsigned", "marketing"));
  g_assert_null (find (none, "coordination-sheet-one-signature", NULL));
}

/* A sheet is "部门间合作": two departments that exist. */
static void
test_units (void)
{
  g_auto(Doc) doc = { 0 };
  g_autoptr(OdCoordinationSheet) same = complete_sheet ("sales", "sales");
  g_autoptr(OdCoordinationSheet) sheet = complete_sheet ("marketing", "rnd");
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) undone = NULL;
  const OdFinding *f;

  doc_init (&doc, OD_SIZE_MEDIUM);
  push (&doc, od_command_set_sheet (doc.org, same, NULL));
  push (&doc, od_command_set_sheet (doc.org, sheet, NULL));
  /* Removing a unit leaves the sheet, which now names a unit not in the chart. */
  push (&doc, od_command_remove_unit (doc.org, "rnd", NULL));
  findings = od_check_run (doc.org);
  g_assert_nonnull (find (findings, "coordination-sheet-same-unit", "sales"));
  f = find (findings, "coordination-sheet-unknown-unit", "marketing");
  g_assert_nonnull (f);
  g_assert_nonnull (strstr (f->message, "“rnd”"));
  g_assert_cmpuint (od_organisation_count_complete_sheets (doc.org), ==, 0);

  g_assert_true (od_undo_stack_undo (doc.stack));
  undone = od_check_run (doc.org);
  g_assert_null (find (undone, "coordination-sheet-unknown-unit", NULL));
  g_assert_cmpuint (od_organisation_count_complete_sheets (doc.org), ==, 1);
}

/* The mechanism ticked with no sheet: a claim, named as such in the
 * checks and the diagnosis; sheets recorded without the tick count. */
static void
test_ticked_without_sheets (void)
{
  g_auto(Doc) doc = { 0 };
  g_autoptr(OdCoordinationSheet) sheet = complete_sheet ("marketing", "sales");
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) recorded = NULL;
  g_autoptr(OdDiagnosis) ticked = NULL;
  g_autoptr(OdDiagnosis) shown = NULL;
  g_autoptr(OdDiagnosis) untick = NULL;
  const OdEvidence *e;

  doc_init (&doc, OD_SIZE_MEDIUM);
  add_mechanism (&doc, "work-coordination-form");
  findings = od_check_run (doc.org);
  g_assert_nonnull (find (findings, "coordination-sheets-unrecorded", NULL));
  ticked = od_diagnosis_run (doc.org);
  e = evidence (ticked, "unproven:work-coordination-form");
  g_assert_nonnull (e);
  g_assert_true (e->unproven);
  g_assert_nonnull (strstr (e->text, "not counted"));
  g_assert_null (evidence (ticked, "mechanism:work-coordination-form"));
  /* The move toward Defined is still open: nothing shows it. */
  for (guint i = 0; i < ticked->next_moves->len; i++)
    {
      const OdNextMove *m = ticked->next_moves->pdata[i];
      if (g_strcmp0 (m->move->mechanism, "work-coordination-form") == 0)
        g_assert_false (m->present);
    }

  push (&doc, od_command_set_sheet (doc.org, sheet, NULL));
  recorded = od_check_run (doc.org);
  g_assert_null (find (recorded, "coordination-sheets-unrecorded", NULL));
  shown = od_diagnosis_run (doc.org);
  e = evidence (shown, "mechanism:work-coordination-form");
  g_assert_nonnull (e);
  g_assert_false (e->unproven);
  g_assert_cmpint (e->stage, ==, OD_STAGE_DEFINED);
  g_assert_nonnull (strstr (e->text, "1 complete sheet"));
  g_assert_null (evidence (shown, "unproven:work-coordination-form"));

  /* Untick it: the sheet still shows the mechanism. */
  push (&doc, od_command_set_mechanism (doc.org, "work-coordination-form", FALSE, NULL, NULL));
  untick = od_diagnosis_run (doc.org);
  g_assert_nonnull (evidence (untick, "mechanism:work-coordination-form"));
}

/* 《某某软件公司市场部与销售部协调之道》: "坚持313原则,即:勾勒3年市场增长点与
 * 需求变化点;预测1年重点目标市场及市场成本控制;指导3个月市场活动及费用预算". */
static void
test_313_horizons (void)
{
  g_auto(Doc) doc = { 0 };
  g_autoptr(OdPlanHorizon) plan = od_plan_horizon_new (OD_HORIZON_3_YEARS);
  g_autoptr(GPtrArray) bare = NULL;
  g_autoptr(GPtrArray) partial = NULL;
  g_autoptr(GPtrArray) whole = NULL;
  g_autoptr(OdDiagnosis) ticked = NULL;
  g_autoptr(OdDiagnosis) planned = NULL;
  const OdFinding *f;

  doc_init (&doc, OD_SIZE_MEDIUM);
  add_mechanism (&doc, "rule-313");
  bare = od_check_run (doc.org);
  f = find (bare, "rule-313-horizon-missing", NULL);
  g_assert_nonnull (f);
  g_assert_cmpstr (f->source, ==, OD_SOURCE_DUAL_TRACK);
  g_assert_nonnull (strstr (f->message, "3-year plan, 1-year plan, 3-month plan"));
  ticked = od_diagnosis_run (doc.org);
  g_assert_true (evidence (ticked, "unproven:rule-313")->unproven);

  plan->summary = g_strdup ("勾勒市场增长点与需求变化点");
  plan->basis = g_strdup ("行业报告、三年销量");
  push (&doc, od_command_set_plan (doc.org, plan, NULL));
  plan->horizon = OD_HORIZON_3_MONTHS;
  push (&doc, od_command_set_plan (doc.org, plan, NULL));
  partial = od_check_run (doc.org);
  f = find (partial, "rule-313-horizon-missing", NULL);
  g_assert_nonnull (f);
  g_assert_nonnull (strstr (f->message, "lacks 1-year plan"));
  g_assert_null (strstr (f->message, "3-month"));

  /* "没有足够量化信息的支持,313计划是站不住脚的": a plan without figures. */
  plan->horizon = OD_HORIZON_1_YEAR;
  g_clear_pointer (&plan->basis, g_free);
  push (&doc, od_command_set_plan (doc.org, plan, NULL));
  whole = od_check_run (doc.org);
  g_assert_null (find (whole, "rule-313-horizon-missing", NULL));
  f = find (whole, "rule-313-unquantified", NULL);
  g_assert_nonnull (f);
  g_assert_cmpint (f->severity, ==, OD_SEVERITY_INFO);
  g_assert_nonnull (strstr (f->message, "1-year plan"));
  planned = od_diagnosis_run (doc.org);
  g_assert_nonnull (evidence (planned, "mechanism:rule-313"));
  g_assert_null (evidence (planned, "unproven:rule-313"));
  g_assert_true (od_diagnosis_has_evidence (planned, "mechanism:rule-313"));
}

/* Complete records raise the structural stage where the ticks alone no
 * longer do: sheets (rules of engagement) and the 313 plans (joint
 * planning) with a joint meeting make the structure Aligned. */
static void
test_records_raise_stage (void)
{
  g_auto(Doc) doc = { 0 };
  g_autoptr(OdCoordinationSheet) sheet = complete_sheet ("marketing", "sales");
  g_autoptr(OdDiagnosis) ticks = NULL;
  g_autoptr(OdDiagnosis) records = NULL;

  doc_init (&doc, OD_SIZE_SMALL);
  add_mechanism (&doc, "work-coordination-form");
  add_mechanism (&doc, "rule-313");
  add_mechanism (&doc, "joint-meeting");
  ticks = od_diagnosis_run (doc.org);
  push (&doc, od_command_set_sheet (doc.org, sheet, NULL));
  for (OdHorizon h = 0; h < OD_N_HORIZONS; h++)
    {
      g_autoptr(OdPlanHorizon) plan = od_plan_horizon_new (h);
      plan->summary = g_strdup ("计划");
      plan->basis = g_strdup ("数据");
      push (&doc, od_command_set_plan (doc.org, plan, NULL));
    }
  records = od_diagnosis_run (doc.org);
  g_assert_cmpint (records->structural_stage, >, ticks->structural_stage);
  g_assert_cmpint (records->structural_stage, ==, OD_STAGE_ALIGNED);
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/model/check/coordination/templates-clean", test_templates_clean);
  g_test_add_func ("/model/check/coordination/complete-sheet", test_complete_sheet);
  g_test_add_func ("/model/check/coordination/missing-fields", test_missing_fields);
  g_test_add_func ("/model/check/coordination/signatures", test_signatures);
  g_test_add_func ("/model/check/coordination/units", test_units);
  g_test_add_func ("/model/check/coordination/ticked-without-sheets", test_ticked_without_sheets);
  g_test_add_func ("/model/check/coordination/313-horizons", test_313_horizons);
  g_test_add_func ("/model/check/coordination/records-raise-stage", test_records_raise_stage);
  return g_test_run ();
}
