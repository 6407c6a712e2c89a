/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-diagnosis-domain.c: the diagnosis on cases built from the source
 * texts' own examples (issue 14), each beside the passage it rests on. */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "od-catalog.h"
#include "od-check.h"
#include "od-command.h"
#include "od-diagnosis.h"
#include "od-template.h"
#include "od-undo-stack.h"
#include "od-test-util.h"
#include "../od-test-doc.h"

static void
set_fact (Doc        *doc,
          const char *key,
          const char *value)
{
  push (doc, od_command_set_fact (doc->org, key, value, NULL));
}

/* 《营销前后台协同机制设计》: "中型企业可以由老总直接管理市场部和销售部，减少
 * 组织管理的层级".  A 营销总部 in a medium firm is what the checks call
 * misplaced; the diagnosis must not count it as integration, and applying
 * the check's fix must not lower the stage. */
static void
test_one_judgement_for_check_and_diagnosis (void)
{
  g_auto(Doc) doc = { 0 };
  g_autoptr(OdDiagnosis) layered = NULL;
  g_autoptr(OdDiagnosis) fixed = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autofree char *hq = NULL;
  g_autoptr(GError) error = NULL;
  const OdFinding *misplaced = NULL;

  doc_init (&doc, OD_SIZE_MEDIUM);
  add_mechanism (&doc, "joint-meeting");
  add_mechanism (&doc, "shared-kpi");
  hq = add_unit (&doc, "gm", "营销总部");
  push (&doc, od_command_move_unit (doc.org, "marketing", hq, -1, NULL));
  push (&doc, od_command_move_unit (doc.org, "sales", hq, -1, NULL));
  layered = od_diagnosis_run (doc.org);
  g_assert_false (od_diagnosis_has_evidence (layered, "one-executive"));
  g_assert_true (od_diagnosis_has_evidence (layered, "misplaced-executive"));

  findings = od_check_run (doc.org);
  for (guint i = 0; i < findings->len; i++)
    if (g_str_equal (((OdFinding *) findings->pdata[i])->rule, "misplaced-structure"))
      misplaced = findings->pdata[i];
  g_assert_nonnull (misplaced);
  push (&doc, od_finding_build_fix (misplaced, doc.org, &error));
  g_assert_no_error (error);
  fixed = od_diagnosis_run (doc.org);
  g_assert_cmpint (fixed->structural_stage, >=, layered->structural_stage);
  g_assert_cmpint (fixed->stage, >=, layered->stage);
}

/* Kotler, Rackham & Krishnaswamy: "大部分小型企業…把行銷與銷售畫上等號" and
 * 《营销前后台协同机制设计》: "小企业可以将市场部和销售部合并为营销部" — the
 * merged department is the prescribed form, not evidence of alignment. */
static void
test_small_merged_is_not_alignment (void)
{
  g_auto(Doc) doc = { 0 };
  g_autoptr(OdDiagnosis) d = NULL;

  doc_init (&doc, OD_SIZE_SMALL);
  d = od_diagnosis_run (doc.org);
  g_assert_true (od_diagnosis_has_evidence (d, "merged-department"));
  for (guint i = 0; i < d->evidence->len; i++)
    {
      const OdEvidence *e = d->evidence->pdata[i];
      if (g_str_equal (e->id, "merged-department"))
        g_assert_cmpint (e->stage, ==, OD_STAGE_UNDEFINED);
    }
  g_assert_cmpint (d->structural_stage, <=, OD_STAGE_DEFINED);
}

/* "如果事業單位或公司規模小,銷售與行銷人員可能維持著良好、非正式的關係,沒有
 * 必要打亂它": at any stage, a small firm with good informal ties and no
 * recorded conflict needs no move; and no move offered to one department is
 * between it and itself (co-location, liaison, rotation). */
static void
test_small_informal_needs_no_move (void)
{
  for (guint total = 40; total <= 79; total += 39)
    {
      g_auto(Doc) doc = { 0 };
      g_autoptr(OdDiagnosis) d = NULL;

      doc_init (&doc, OD_SIZE_SMALL);
      add_mechanism (&doc, "rules-of-engagement");
      add_mechanism (&doc, "structured-sales-feedback");
      add_mechanism (&doc, "shared-lead-definition");
      add_respondent (&doc, "甲", OD_SIDE_SALES, total);
      add_respondent (&doc, "乙", OD_SIDE_MARKETING, total);
      set_fact (&doc, "informal-relations-good", "yes");
      d = od_diagnosis_run (doc.org);
      g_assert_cmpint (d->stage, ==, OD_STAGE_DEFINED);
      g_assert_cmpint (d->move_need, ==, OD_MOVE_NEED_NO);
      g_assert_null (find_move (d, "co-location"));
      g_assert_null (find_move (d, "liaison"));
      g_assert_null (find_move (d, "job-rotation"));
      g_assert_null (find_move (d, "contact-directory"));

      /* Recorded conflict means the informal ties no longer work. */
      set_fact (&doc, "visible-conflict", "yes");
      g_clear_pointer (&d, od_diagnosis_free);
      d = od_diagnosis_run (doc.org);
      g_assert_cmpint (d->move_need, !=, OD_MOVE_NEED_NO);
    }
}

/* 《某某软件公司市场部与销售部协调之道》: "销售部承担业务压力，在前面与客户沟通，
 * 属于一线队伍；市场部则在后方活动…只能算准一线队伍", and the two in conflict
 * ("市场部认为销售部在方案执行时总是变形").  The firm is 未界定, a move is
 * needed, and 双轨制 is that move. */
static void
test_single_track (void)
{
  g_auto(Doc) doc = { 0 };
  g_autoptr(OdDiagnosis) d = NULL;
  GPtrArray *functions = od_catalog_get_functions (od_catalog_get_default ());

  doc_init (&doc, OD_SIZE_MEDIUM);
  for (guint i = 0; i < functions->len; i++)
    {
      const OdFunction *fn = functions->pdata[i];
      g_autoptr(GPtrArray) holders = NULL;

      if (fn->type != OD_FUNCTION_COLLABORATION || !od_function_has_side (fn, "marketing") ||
          !od_function_has_side (fn, "sales"))
        continue;
      holders = od_organisation_find_holders (doc.org, fn->id);
      for (guint h = 0; h < holders->len; h++)
        assign (&doc, od_unit_get_id (holders->pdata[h]), fn->id, OD_ROLE_NONE);
      assign (&doc, "sales", fn->id, OD_ROLE_LEAD);
      assign (&doc, "sales-admin", fn->id, OD_ROLE_PARTICIPANT);
    }
  d = od_diagnosis_run (doc.org);
  /* Without a recorded conflict it is not called single-track. */
  g_assert_false (od_diagnosis_has_evidence (d, "single-track"));

  set_fact (&doc, "visible-conflict", "yes");
  g_clear_pointer (&d, od_diagnosis_free);
  d = od_diagnosis_run (doc.org);
  g_assert_true (od_diagnosis_has_evidence (d, "single-track"));
  g_assert_cmpint (d->stage, ==, OD_STAGE_UNDEFINED);
  g_assert_cmpint (d->move_need, ==, OD_MOVE_NEED_YES);
  g_assert_cmpuint (d->next_moves->len, >, 0);
  g_assert_cmpstr (((OdNextMove *) d->next_moves->pdata[0])->move->mechanism, ==, "dual-track");
  /* The user recorded the conflict: no asking for context again. */
  for (guint i = 0; i < d->move_need_reasons->len; i++)
    g_assert_null (strstr (d->move_need_reasons->pdata[i], "Record the facts"));

  /* Marketing taking part in one shared process ends single-track. */
  assign (&doc, "marketing", "marketing-plan", OD_ROLE_PARTICIPANT);
  g_clear_pointer (&d, od_diagnosis_free);
  d = od_diagnosis_run (doc.org);
  g_assert_false (od_diagnosis_has_evidence (d, "single-track"));
}

/* The questionnaire's authors have both heads and their staffs answer: an
 * assessment by one side is provisional and says whom to ask. */
static void
test_one_side_is_provisional (void)
{
  g_auto(Doc) doc = { 0 };
  g_autoptr(OdDiagnosis) one = NULL;
  g_autoptr(OdDiagnosis) both = NULL;
  gboolean asked = FALSE;

  doc_init (&doc, OD_SIZE_MEDIUM);
  add_respondent (&doc, "销售经理", OD_SIDE_SALES, 50);
  one = od_diagnosis_run (doc.org);
  g_assert_true (one->provisional);
  for (guint i = 0; i < one->reasons->len; i++)
    asked |= strstr (one->reasons->pdata[i], "ask marketing") != NULL;
  g_assert_true (asked);
  add_respondent (&doc, "市场经理", OD_SIDE_MARKETING, 50);
  both = od_diagnosis_run (doc.org);
  g_assert_false (both->provisional);
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/model/diagnosis/domain/one-judgement", test_one_judgement_for_check_and_diagnosis);
  g_test_add_func ("/model/diagnosis/domain/small-merged-not-alignment", test_small_merged_is_not_alignment);
  g_test_add_func ("/model/diagnosis/domain/small-informal-no-move", test_small_informal_needs_no_move);
  g_test_add_func ("/model/diagnosis/domain/single-track", test_single_track);
  g_test_add_func ("/model/diagnosis/domain/one-side-provisional", test_one_side_is_provisional);
  return g_test_run ();
}
