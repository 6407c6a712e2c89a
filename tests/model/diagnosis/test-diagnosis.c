/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-diagnosis.c: the maturity diagnosis a consultant reads to a client:
 * band edges, sides weighed equally, the sales–marketing gap, incomplete
 * answers never scored, each piece of structural evidence with and without
 * its cause, contradictions both ways, next moves by stage and size, the
 * "is a move needed?" conditions, and the conflict-cause checklist. */
#include "config.h"

#include <locale.h>

#include "od-catalog.h"
#include "od-command.h"
#include "od-diagnosis.h"
#include "od-template.h"
#include "od-undo-stack.h"
#include "od-test-util.h"
#include "../od-test-doc.h"

static gboolean
has_contradiction (const OdDiagnosis *d,
                   const char        *id)
{
  for (guint i = 0; i < d->contradictions->len; i++)
    if (g_str_equal (((OdContradiction *) d->contradictions->pdata[i])->id, id))
      return TRUE;
  return FALSE;
}

static void
test_questionnaire_data (void)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint moves_from[OD_N_STAGES] = { 0 };
  GPtrArray *moves = od_questionnaire_get_moves ();

  for (guint item = 1; item <= OD_N_QUESTIONS; item++)
    {
      const OdStatement *s = od_questionnaire_get_statement (item);

      g_assert_cmpuint (s->item, ==, item);
      for (OdLang lang = 0; lang < OD_N_LANGS; lang++)
        {
          g_assert_nonnull (s->text[lang]);
          g_assert_cmpuint (strlen (s->text[lang]), >, 10);
          /* Each statement says something of its own. */
          g_assert_false (g_hash_table_contains (seen, s->text[lang]));
          g_hash_table_add (seen, (gpointer) s->text[lang]);
        }
      g_assert_nonnull (od_questionnaire_dimension_name (s->dimension, OD_LANG_ZH_TW));
    }
  for (guint i = 0; i < moves->len; i++)
    {
      const OdMove *m = moves->pdata[i];
      g_assert_cmpint (m->to, ==, m->from + 1);
      g_assert_nonnull (m->text[OD_LANG_ZH_CN]);
      moves_from[m->from]++;
    }
  for (OdStage s = OD_STAGE_UNDEFINED; s < OD_STAGE_INTEGRATED; s++)
    g_assert_cmpuint (moves_from[s], >=, 3);
  g_assert_cmpuint (moves_from[OD_STAGE_INTEGRATED], ==, 0);
  g_assert_cmpuint (od_questionnaire_get_facts ()->len, >=, 6);
}

/* The published key: 20–39, 40–59, 60–79, 80–100, inclusive. */
static void
test_band_edges_single (void)
{
  static const struct { guint total; OdStage stage; } cases[] = {
    { 20, OD_STAGE_UNDEFINED }, { 39, OD_STAGE_UNDEFINED },
    { 40, OD_STAGE_DEFINED }, { 59, OD_STAGE_DEFINED },
    { 60, OD_STAGE_ALIGNED }, { 79, OD_STAGE_ALIGNED },
    { 80, OD_STAGE_INTEGRATED }, { 100, OD_STAGE_INTEGRATED },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Doc) doc = { 0 };
      g_autoptr(OdDiagnosis) d = NULL;
      const OdRespondentScore *score;

      doc_init (&doc, OD_SIZE_MEDIUM);
      add_respondent (&doc, "李经理", OD_SIDE_SALES, cases[i].total);
      d = od_diagnosis_run (doc.org);
      score = d->respondents->pdata[0];
      g_assert_true (score->complete);
      g_assert_cmpuint (score->total, ==, cases[i].total);
      g_assert_cmpint (score->band, ==, cases[i].stage);
      g_assert_cmpint (d->sides[OD_SIDE_SALES].band, ==, cases[i].stage);
      /* The verdict is the band, capped at what the structure supports. */
      g_assert_cmpint (d->stage, ==, MIN (cases[i].stage, d->structural_stage));
      g_assert_cmpint (d->capped, ==, cases[i].stage > d->structural_stage);
      g_assert_cmpint (d->basis, ==, OD_DIAGNOSIS_BASIS_ANSWERS);
      g_assert_false (d->has_gap);
      g_assert_true (d->provisional);
    }
}

/* Several respondents of one side: the mean, and a mean between two bands
 * goes down (59.5 is not yet 60). */
static void
test_band_edges_several (void)
{
  static const struct { guint a, b; OdStage stage; } cases[] = {
    { 39, 41, OD_STAGE_DEFINED }, { 38, 39, OD_STAGE_UNDEFINED },
    { 59, 60, OD_STAGE_DEFINED }, { 60, 60, OD_STAGE_ALIGNED },
    { 79, 80, OD_STAGE_ALIGNED }, { 80, 81, OD_STAGE_INTEGRATED },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Doc) doc = { 0 };
      g_autoptr(OdDiagnosis) d = NULL;

      doc_init (&doc, OD_SIZE_MEDIUM);
      add_respondent (&doc, "甲", OD_SIDE_MARKETING, cases[i].a);
      add_respondent (&doc, "乙", OD_SIDE_MARKETING, cases[i].b);
      d = od_diagnosis_run (doc.org);
      g_assert_cmpuint (d->sides[OD_SIDE_MARKETING].n_complete, ==, 2);
      g_assert_cmpfloat_with_epsilon (d->sides[OD_SIDE_MARKETING].mean, (cases[i].a + cases[i].b) / 2.0, 1e-9);
      g_assert_cmpint (d->answers_stage, ==, cases[i].stage);
      g_assert_cmpint (d->stage, ==, MIN (cases[i].stage, d->structural_stage));
    }
}

/* Forty salespeople must not outvote three marketers: each side counts once. */
static void
test_sides_weigh_equally (void)
{
  g_auto(Doc) doc = { 0 };
  g_autoptr(OdDiagnosis) d = NULL;

  doc_init (&doc, OD_SIZE_MEDIUM);
  add_respondent (&doc, "s1", OD_SIDE_SALES, 30);
  add_respondent (&doc, "s2", OD_SIDE_SALES, 30);
  add_respondent (&doc, "s3", OD_SIDE_SALES, 30);
  add_respondent (&doc, "m1", OD_SIDE_MARKETING, 70);
  d = od_diagnosis_run (doc.org);
  g_assert_cmpfloat_with_epsilon (d->overall, 50.0, 1e-9);
  g_assert_cmpint (d->answers_stage, ==, OD_STAGE_DEFINED);
}

static void
test_gap (void)
{
  static const struct { guint sales, marketing; gboolean finding; } cases[] = {
    { 50, 58, FALSE },   /* same band, under the threshold */
    { 58, 61, TRUE },    /* only 3 points, but across a band */
    { 40, 50, TRUE },    /* same band, at the threshold */
    { 61, 70, FALSE },
    { 90, 30, TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Doc) doc = { 0 };
      g_autoptr(OdDiagnosis) d = NULL;

      doc_init (&doc, OD_SIZE_LARGE);
      add_respondent (&doc, "销售", OD_SIDE_SALES, cases[i].sales);
      add_respondent (&doc, "市场", OD_SIDE_MARKETING, cases[i].marketing);
      d = od_diagnosis_run (doc.org);
      g_assert_true (d->has_gap);
      g_assert_cmpfloat_with_epsilon (d->gap, ABS ((double) cases[i].sales - cases[i].marketing), 1e-9);
      g_assert_cmpint (d->gap_is_finding, ==, cases[i].finding);
    }
}

/* A questionnaire with blanks is reported with its blanks and left out of
 * every score; with nothing else the verdict rests on structure. */
static void
test_incomplete (void)
{
  g_auto(Doc) doc = { 0 };
  g_autoptr(OdDiagnosis) d = NULL;
  OdRespondent r = { .name = (char *) "王", .side = OD_SIDE_SALES };
  const OdRespondentScore *score;

  doc_init (&doc, OD_SIZE_MEDIUM);
  fill_answers (&r, 100);
  r.answers[4] = 0;
  r.answers[11] = 0;
  push (&doc, od_command_set_respondent (doc.org, 0, &r, NULL));
  d = od_diagnosis_run (doc.org);
  score = d->respondents->pdata[0];
  g_assert_false (score->complete);
  g_assert_cmpuint (score->n_missing, ==, 2);
  g_assert_cmpuint (score->missing[0], ==, 5);
  g_assert_cmpuint (score->missing[1], ==, 12);
  g_assert_cmpuint (d->sides[OD_SIDE_SALES].n_complete, ==, 0);
  g_assert_cmpuint (d->sides[OD_SIDE_SALES].n_incomplete, ==, 1);
  g_assert_false (d->has_score);
  /* 92 points answered would read as Integrated if scored. */
  g_assert_cmpint (d->basis, ==, OD_DIAGNOSIS_BASIS_STRUCTURE);
  g_assert_cmpint (d->stage, ==, d->structural_stage);
  g_assert_cmpint (d->stage, !=, OD_STAGE_INTEGRATED);
}

static void
test_structure_only (void)
{
  static const struct { OdSize size; const char *present; const char *absent; } cases[] = {
    { OD_SIZE_SMALL, "merged-department", "one-executive" },
    { OD_SIZE_MEDIUM, "separate-reporting-lines", "one-executive" },
    { OD_SIZE_LARGE, "one-executive", "separate-reporting-lines" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Doc) doc = { 0 };
      g_autoptr(OdDiagnosis) d = NULL;

      doc_init (&doc, cases[i].size);
      d = od_diagnosis_run (doc.org);
      g_assert_cmpint (d->basis, ==, OD_DIAGNOSIS_BASIS_STRUCTURE);
      g_assert_false (d->has_score);
      g_assert_true (od_diagnosis_has_evidence (d, "roles-defined"));
      g_assert_true (od_diagnosis_has_evidence (d, cases[i].present));
      g_assert_false (od_diagnosis_has_evidence (d, cases[i].absent));
      g_assert_cmpint (d->structural_stage, ==, OD_STAGE_DEFINED);
      g_assert_cmpint (d->stage, ==, OD_STAGE_DEFINED);
      /* The first reason says the verdict rests on structure alone. */
      g_assert_nonnull (strstr (d->reasons->pdata[0], "structure alone"));
      g_assert_cmpuint (d->contradictions->len, ==, 0);
    }
}

/* Overlapping roles argue against Defined and knock the ladder down. */
static void
test_evidence_roles_overlap (void)
{
  g_auto(Doc) doc = { 0 };
  g_autoptr(OdDiagnosis) before = NULL;
  g_autoptr(OdDiagnosis) after = NULL;

  doc_init (&doc, OD_SIZE_MEDIUM);
  before = od_diagnosis_run (doc.org);
  g_assert_false (od_diagnosis_has_evidence (before, "roles-overlap"));
  assign (&doc, "sales", "market-research", OD_ROLE_OWNER);
  after = od_diagnosis_run (doc.org);
  g_assert_true (od_diagnosis_has_evidence (after, "roles-overlap"));
  g_assert_false (od_diagnosis_has_evidence (after, "roles-defined"));
  g_assert_cmpint (after->structural_stage, ==, OD_STAGE_UNDEFINED);
}

static void
test_evidence_mechanism (void)
{
  g_auto(Doc) doc = { 0 };
  g_autoptr(OdDiagnosis) with = NULL;
  g_autoptr(OdDiagnosis) without = NULL;

  doc_init (&doc, OD_SIZE_MEDIUM);
  add_mechanism (&doc, "joint-meeting");
  with = od_diagnosis_run (doc.org);
  g_assert_true (od_diagnosis_has_evidence (with, "mechanism:joint-meeting"));
  for (guint i = 0; i < with->evidence->len; i++)
    {
      const OdEvidence *e = with->evidence->pdata[i];
      if (g_strcmp0 (e->mechanism, "joint-meeting") == 0)
        g_assert_cmpint (e->stage, ==, OD_STAGE_ALIGNED);
    }
  od_undo_stack_undo (doc.stack);
  without = od_diagnosis_run (doc.org);
  g_assert_false (od_diagnosis_has_evidence (without, "mechanism:joint-meeting"));
}

static void
test_evidence_key_accounts_and_dotted (void)
{
  g_auto(Doc) doc = { 0 };
  g_autoptr(OdDiagnosis) plain = NULL;
  g_autoptr(OdDiagnosis) joined = NULL;

  doc_init (&doc, OD_SIZE_MEDIUM);
  plain = od_diagnosis_run (doc.org);
  g_assert_false (od_diagnosis_has_evidence (plain, "marketing-in-key-accounts"));
  g_assert_false (od_diagnosis_has_evidence (plain, "dotted-line"));
  g_assert_true (od_diagnosis_has_evidence (plain, "joint-planning"));

  assign (&doc, "marketing", "key-account-management", OD_ROLE_PARTICIPANT);
  push (&doc, od_command_add_dotted_line (doc.org, "marketing", "sales", "联络", NULL));
  joined = od_diagnosis_run (doc.org);
  g_assert_true (od_diagnosis_has_evidence (joined, "marketing-in-key-accounts"));
  g_assert_true (od_diagnosis_has_evidence (joined, "dotted-line"));
  /* Joint planning, key accounts and the dotted line: three for Aligned. */
  g_assert_cmpint (joined->structural_stage, ==, OD_STAGE_ALIGNED);
}

static void
test_evidence_joint_planning_needs_a_participant (void)
{
  g_auto(Doc) doc = { 0 };
  g_autoptr(OdDiagnosis) d = NULL;

  doc_init (&doc, OD_SIZE_MEDIUM);
  assign (&doc, "sales", "marketing-plan", OD_ROLE_NONE);
  assign (&doc, "sales", "promotion-planning", OD_ROLE_NONE);
  d = od_diagnosis_run (doc.org);
  g_assert_false (od_diagnosis_has_evidence (d, "joint-planning"));
}

/* Marketing split into an upstream and a downstream group (S1 p.55). */
static void
test_evidence_upstream_downstream (void)
{
  static const char *const up[] = { "market-research", "product-planning", "competitor-analysis", NULL };
  static const char *const down[] = { "marketing-promotion", "sales-collateral", "lead-generation-support", NULL };
  g_auto(Doc) doc = { 0 };
  g_autoptr(OdDiagnosis) before = NULL;
  g_autoptr(OdDiagnosis) after = NULL;

  doc_init (&doc, OD_SIZE_MEDIUM);
  before = od_diagnosis_run (doc.org);
  g_assert_false (od_diagnosis_has_evidence (before, "upstream-downstream-split"));

  push (&doc, od_command_add_unit (doc.org, "marketing", -1, "mkt-up", "战略市场", OD_UNIT_KIND_FRONT, NULL));
  push (&doc, od_command_add_unit (doc.org, "marketing", -1, "mkt-down", "市场推广", OD_UNIT_KIND_FRONT, NULL));
  for (guint i = 0; up[i] != NULL; i++)
    {
      assign (&doc, "marketing", up[i], OD_ROLE_NONE);
      assign (&doc, "mkt-up", up[i], OD_ROLE_OWNER);
    }
  for (guint i = 0; down[i] != NULL; i++)
    {
      assign (&doc, "marketing", down[i], OD_ROLE_NONE);
      assign (&doc, "mkt-down", down[i], OD_ROLE_OWNER);
    }
  after = od_diagnosis_run (doc.org);
  g_assert_true (od_diagnosis_has_evidence (after, "upstream-downstream-split"));
}

/* The ladder: Integrated needs its evidence and nothing against it. */
static void
test_structural_ladder (void)
{
  g_auto(Doc) doc = { 0 };
  g_autoptr(OdDiagnosis) aligned = NULL;
  g_autoptr(OdDiagnosis) blocked = NULL;
  g_autoptr(OdDiagnosis) integrated = NULL;

  doc_init (&doc, OD_SIZE_MEDIUM);
  add_mechanism (&doc, "joint-meeting");
  add_mechanism (&doc, "liaison");
  aligned = od_diagnosis_run (doc.org);
  g_assert_cmpint (aligned->structural_stage, ==, OD_STAGE_ALIGNED);

  add_mechanism (&doc, "shared-kpi");
  add_mechanism (&doc, "funnel-definition");
  blocked = od_diagnosis_run (doc.org);
  /* Separate reporting lines hold it at Aligned (maturity.md §3). */
  g_assert_true (od_diagnosis_has_evidence (blocked, "separate-reporting-lines"));
  g_assert_cmpint (blocked->structural_stage, ==, OD_STAGE_ALIGNED);

  add_mechanism (&doc, "cro");
  integrated = od_diagnosis_run (doc.org);
  g_assert_false (od_diagnosis_has_evidence (integrated, "separate-reporting-lines"));
  g_assert_cmpint (integrated->structural_stage, ==, OD_STAGE_INTEGRATED);
}

static void
test_contradiction_answers_above (void)
{
  g_auto(Doc) doc = { 0 };
  g_autoptr(OdDiagnosis) d = NULL;

  doc_init (&doc, OD_SIZE_MEDIUM);
  add_respondent (&doc, "乐观的销售", OD_SIDE_SALES, 100);
  d = od_diagnosis_run (doc.org);
  /* Kotler, Rackham & Krishnaswamy, type 4: "以共享結構、系統,以及報酬" —
   * answers claiming 整合 on a chart with none of it are capped at what
   * the chart shows, the contradiction first, the missing evidence named. */
  g_assert_cmpint (d->answers_stage, ==, OD_STAGE_INTEGRATED);
  g_assert_cmpint (d->structural_stage, ==, OD_STAGE_DEFINED);
  g_assert_cmpint (d->stage, ==, OD_STAGE_DEFINED);
  g_assert_true (d->capped);
  g_assert_nonnull (strstr (d->reasons->pdata[0], "capped at Defined"));
  g_assert_nonnull (strstr (d->reasons->pdata[1], "shared structure"));
  g_assert_nonnull (strstr (d->reasons->pdata[1], "shared systems"));
  g_assert_nonnull (strstr (d->reasons->pdata[1], "shared rewards"));
  g_assert_nonnull (strstr (d->reasons->pdata[1], "upstream/downstream"));
  /* Never the advice to keep what does not exist. */
  g_assert_cmpint (d->move_need, !=, OD_MOVE_NEED_NONE);
  for (guint i = 0; i < d->move_need_reasons->len; i++)
    g_assert_null (strstr (d->move_need_reasons->pdata[i], "keep the shared"));
  g_assert_true (has_contradiction (d, "answers-above-structure"));
  g_assert_true (has_contradiction (d, "no-single-executive"));
}

static void
test_contradiction_answers_below (void)
{
  g_auto(Doc) doc = { 0 };
  g_autoptr(OdDiagnosis) d = NULL;
  const OdContradiction *c;

  doc_init (&doc, OD_SIZE_MEDIUM);
  add_mechanism (&doc, "joint-meeting");
  add_mechanism (&doc, "work-coordination-form");
  /* The sheets are shown, not only ticked (a tick alone is unproven). */
  {
    g_autoptr(OdCoordinationSheet) sheet = od_coordination_sheet_new ();

    sheet->unit[OD_SHEET_FROM] = g_strdup ("sales");
    sheet->unit[OD_SHEET_TO] = g_strdup ("marketing");
    sheet->requirement = g_strdup ("重点客户拜访前提供竞品分析");
    sheet->deadline = g_strdup ("2026-12-15");
    sheet->standard = g_strdup ("销售部确认可用");
    sheet->responsible = g_strdup ("市场部王经理");
    sheet->rewards = g_strdup ("按时完成计入考核");
    sheet->signature[OD_SHEET_FROM].is_signed = sheet->signature[OD_SHEET_TO].is_signed = TRUE;
    push (&doc, od_command_set_sheet (doc.org, sheet, NULL));
  }
  add_respondent (&doc, "悲观的市场", OD_SIDE_MARKETING, 25);
  d = od_diagnosis_run (doc.org);
  g_assert_cmpint (d->stage, ==, OD_STAGE_UNDEFINED);
  g_assert_cmpint (d->structural_stage, ==, OD_STAGE_ALIGNED);
  g_assert_true (has_contradiction (d, "answers-below-structure"));
  c = d->contradictions->pdata[0];
  /* It names what the structure shows (tests run with LANGUAGE=en). */
  g_assert_nonnull (strstr (c->text, "Regular joint meetings"));
  g_assert_nonnull (strstr (c->text, od_catalog_lookup_mechanism (od_catalog_get_default (), "work-coordination-form")->name[OD_LANG_EN]));
  g_assert_false (has_contradiction (d, "answers-above-structure"));
}

static void
test_no_contradiction_when_they_agree (void)
{
  g_auto(Doc) doc = { 0 };
  g_autoptr(OdDiagnosis) d = NULL;

  doc_init (&doc, OD_SIZE_MEDIUM);
  add_respondent (&doc, "销售", OD_SIDE_SALES, 50);
  add_respondent (&doc, "市场", OD_SIDE_MARKETING, 52);
  d = od_diagnosis_run (doc.org);
  g_assert_cmpint (d->stage, ==, OD_STAGE_DEFINED);
  g_assert_cmpuint (d->contradictions->len, ==, 0);
  g_assert_false (d->gap_is_finding);
}

/* The moves come from the current stage and fit the firm's size. */
static void
test_next_moves_by_stage_and_size (void)
{
  static const struct { OdSize size; guint total; const char *expect; const char *not_expect; } cases[] = {
    { OD_SIZE_SMALL, 25, "rules-of-engagement", "joint-meeting" },
    { OD_SIZE_MEDIUM, 50, "joint-meeting", "rules-of-engagement" },
    { OD_SIZE_LARGE, 70, "cro", "joint-meeting" },
    { OD_SIZE_MEDIUM, 70, "upstream-downstream-split", "cro" },
    { OD_SIZE_SMALL, 70, "shared-kpi", "upstream-downstream-split" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Doc) doc = { 0 };
      g_autoptr(OdDiagnosis) d = NULL;

      doc_init (&doc, cases[i].size);
      add_respondent (&doc, "甲", OD_SIDE_SALES, cases[i].total);
      /* The structure must support the answers' stage, or it is capped. */
      if (cases[i].total >= 60)
        {
          add_mechanism (&doc, "joint-meeting");
          add_mechanism (&doc, "joint-training");
        }
      d = od_diagnosis_run (doc.org);
      g_assert_cmpint (d->stage, ==, od_questionnaire_band (cases[i].total));
      g_assert_cmpuint (d->next_moves->len, >, 0);
      g_assert_nonnull (find_move (d, cases[i].expect));
      g_assert_null (find_move (d, cases[i].not_expect));
      for (guint j = 0; j < d->next_moves->len; j++)
        g_assert_cmpint (((OdNextMove *) d->next_moves->pdata[j])->move->from, ==, d->stage);
    }
}

static void
test_next_moves_present (void)
{
  g_auto(Doc) doc = { 0 };
  g_autoptr(OdDiagnosis) d = NULL;
  g_autoptr(OdDiagnosis) large = NULL;
  g_auto(Doc) big = { 0 };

  doc_init (&doc, OD_SIZE_SMALL);
  add_mechanism (&doc, "rules-of-engagement");
  add_respondent (&doc, "甲", OD_SIDE_SALES, 25);
  d = od_diagnosis_run (doc.org);
  g_assert_true (find_move (d, "rules-of-engagement")->present);
  g_assert_false (find_move (d, "handoff-points")->present);

  /* A CRO shown by the chart counts without being recorded as a mechanism. */
  doc_init (&big, OD_SIZE_LARGE);
  add_respondent (&big, "甲", OD_SIDE_SALES, 70);
  /* Aligned in the structure too, or the verdict is capped below it. */
  add_mechanism (&big, "joint-meeting");
  add_mechanism (&big, "joint-training");
  large = od_diagnosis_run (big.org);
  g_assert_true (find_move (large, "cro")->present);
}

static void
test_integrated_has_no_next_stage (void)
{
  g_auto(Doc) doc = { 0 };
  g_autoptr(OdDiagnosis) d = NULL;

  doc_init (&doc, OD_SIZE_LARGE);
  add_respondent (&doc, "甲", OD_SIDE_SALES, 90);
  /* The structure supports it: a 营销总部, shared metrics, joint work. */
  add_mechanism (&doc, "joint-meeting");
  add_mechanism (&doc, "joint-training");
  add_mechanism (&doc, "shared-kpi");
  d = od_diagnosis_run (doc.org);
  g_assert_cmpint (d->stage, ==, OD_STAGE_INTEGRATED);
  g_assert_cmpuint (d->next_moves->len, ==, 0);
  g_assert_cmpint (d->move_need, ==, OD_MOVE_NEED_NONE);
}

/* "Is a move needed?": never "always integrate". */
static void
test_move_needed (void)
{
  static const struct {
    OdSize size; guint total; const char *facts[3]; OdMoveNeed need;
  } cases[] = {
    { OD_SIZE_SMALL, 25, { NULL }, OD_MOVE_NEED_UNKNOWN },
    { OD_SIZE_SMALL, 25, { "informal-relations-good=yes", NULL }, OD_MOVE_NEED_NO },
    { OD_SIZE_SMALL, 25, { "informal-relations-good=yes", "visible-conflict=yes", NULL }, OD_MOVE_NEED_YES },
    { OD_SIZE_MEDIUM, 25, { "informal-relations-good=yes", NULL }, OD_MOVE_NEED_UNKNOWN },
    { OD_SIZE_MEDIUM, 50, { "offerings-standard=yes", NULL }, OD_MOVE_NEED_NO },
    { OD_SIZE_MEDIUM, 50, { "offerings-standard=yes", "commoditisation=yes", NULL }, OD_MOVE_NEED_YES },
    { OD_SIZE_MEDIUM, 70, { "short-sales-cycle=yes", NULL }, OD_MOVE_NEED_NO },
    { OD_SIZE_MEDIUM, 70, { "shared-responsibility-culture=no", NULL }, OD_MOVE_NEED_NO },
    { OD_SIZE_MEDIUM, 70, { "complex-or-fast-changing=yes", NULL }, OD_MOVE_NEED_YES },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Doc) doc = { 0 };
      g_autoptr(OdDiagnosis) d = NULL;

      doc_init (&doc, cases[i].size);
      add_respondent (&doc, "甲", OD_SIDE_SALES, cases[i].total);
      if (cases[i].total >= 60)
        {
          /* Aligned in the structure too, or the verdict is capped below it. */
          add_mechanism (&doc, "joint-meeting");
          add_mechanism (&doc, "joint-training");
        }
      for (guint j = 0; cases[i].facts[j] != NULL; j++)
        {
          g_auto(GStrv) kv = g_strsplit (cases[i].facts[j], "=", 2);
          push (&doc, od_command_set_fact (doc.org, kv[0], kv[1], NULL));
        }
      d = od_diagnosis_run (doc.org);
      g_assert_cmpint (d->move_need, ==, cases[i].need);
      g_assert_cmpuint (d->move_need_reasons->len, >, 0);
    }
}

/* Duplicated tasks are a reason to define roles, whatever the facts say. */
static void
test_move_needed_from_structure (void)
{
  g_auto(Doc) doc = { 0 };
  g_autoptr(OdDiagnosis) d = NULL;

  doc_init (&doc, OD_SIZE_MEDIUM);
  assign (&doc, "sales", "market-research", OD_ROLE_OWNER);
  d = od_diagnosis_run (doc.org);
  g_assert_cmpint (d->stage, ==, OD_STAGE_UNDEFINED);
  g_assert_cmpint (d->move_need, ==, OD_MOVE_NEED_YES);
}

static const OdCauseReport *
cause (const OdDiagnosis *d,
       guint              n)
{
  const OdCauseReport *c = d->causes->pdata[n - 1];
  g_assert_cmpuint (c->cause, ==, n);
  return c;
}

static gboolean
signals_contain (const OdCauseReport *c,
                 const char          *text)
{
  for (guint i = 0; i < c->signals->len; i++)
    if (strstr (c->signals->pdata[i], text) != NULL)
      return TRUE;
  return FALSE;
}

static void
test_causes (void)
{
  g_auto(Doc) doc = { 0 };
  g_autoptr(OdDiagnosis) plain = NULL;
  g_autoptr(OdDiagnosis) d = NULL;
  gboolean joint_meeting_listed = FALSE;

  doc_init (&doc, OD_SIZE_MEDIUM);
  plain = od_diagnosis_run (doc.org);
  g_assert_cmpuint (plain->causes->len, ==, OD_N_CAUSES);
  for (guint n = 1; n <= OD_N_CAUSES; n++)
    {
      g_assert_cmpint (cause (plain, n)->state, ==, OD_CAUSE_UNKNOWN);
      g_assert_cmpuint (cause (plain, n)->mechanisms->len, >, 0);
    }
  /* Each cause names what its own text points at (《营销前后台发生冲突的原因》):
   * 1 "后台部门与销售部极少沟通", 4 "销售部是绩效导向…后台部门是过程导向",
   * 5 "很难找到既懂一线业务又懂后台管理的复合型人才". */
  g_assert_true (signals_contain (cause (plain, 1), "No regular joint meeting"));
  g_assert_true (signals_contain (cause (plain, 4), "No shared KPI"));
  g_assert_true (signals_contain (cause (plain, 5), "No job rotation or joint training"));
  g_assert_true (signals_contain (cause (plain, 2), "None of the mechanisms"));
  g_assert_false (signals_contain (cause (plain, 2), "owned by"));

  push (&doc, od_command_set_cause (doc.org, 4, OD_CAUSE_PRESENT, "销售看回款，市场看活动数", NULL));
  add_mechanism (&doc, "joint-meeting");
  assign (&doc, "sales", "market-research", OD_ROLE_OWNER);
  add_respondent (&doc, "甲", OD_SIDE_SALES, 20);
  d = od_diagnosis_run (doc.org);
  g_assert_cmpint (cause (d, 4)->state, ==, OD_CAUSE_PRESENT);
  g_assert_cmpstr (cause (d, 4)->note, ==, "销售看回款，市场看活动数");
  /* The joint meeting addresses cause 1 and is marked present there. */
  for (guint i = 0; i < cause (d, 1)->mechanisms->len; i++)
    if (g_str_equal (((OdMechanism *) cause (d, 1)->mechanisms->pdata[i])->id, "joint-meeting"))
      {
        joint_meeting_listed = TRUE;
        g_assert_true (g_array_index (cause (d, 1)->mechanism_present, gboolean, i));
      }
  g_assert_true (joint_meeting_listed);
  g_assert_false (signals_contain (cause (d, 1), "None of the mechanisms"));
  g_assert_false (signals_contain (cause (d, 1), "No regular joint meeting"));
  /* Low answers to statement 6 point to information asymmetry. */
  g_assert_true (signals_contain (cause (d, 1), "Statement 6"));
  /* The duplicated function points to unclear positioning (cause 2). */
  g_assert_true (signals_contain (cause (d, 2), "owned by"));
  g_assert_false (signals_contain (cause (d, 3), "owned by"));
}

/* A missing function is a sign of an organisation that has not grown its
 * functions (cause 3), or, for the information processes, of information
 * asymmetry (cause 1) — not of unclear positioning. */
static void
test_causes_missing_functions (void)
{
  g_auto(Doc) doc = { 0 };
  g_autoptr(OdDiagnosis) d = NULL;

  doc_init (&doc, OD_SIZE_MEDIUM);
  assign (&doc, "sales", "market-feedback", OD_ROLE_NONE);
  assign (&doc, "marketing", "brand-management", OD_ROLE_NONE);
  d = od_diagnosis_run (doc.org);
  g_assert_true (signals_contain (cause (d, 1), "Market feedback"));
  g_assert_true (signals_contain (cause (d, 3), "Brand management"));
  g_assert_false (signals_contain (cause (d, 2), "Brand management"));
  g_assert_false (signals_contain (cause (d, 2), "Market feedback"));
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/diagnosis/questionnaire-data", test_questionnaire_data);
  g_test_add_func ("/model/diagnosis/band-edges-single", test_band_edges_single);
  g_test_add_func ("/model/diagnosis/band-edges-several", test_band_edges_several);
  g_test_add_func ("/model/diagnosis/sides-weigh-equally", test_sides_weigh_equally);
  g_test_add_func ("/model/diagnosis/gap", test_gap);
  g_test_add_func ("/model/diagnosis/incomplete", test_incomplete);
  g_test_add_func ("/model/diagnosis/structure-only", test_structure_only);
  g_test_add_func ("/model/diagnosis/evidence/roles-overlap", test_evidence_roles_overlap);
  g_test_add_func ("/model/diagnosis/evidence/mechanism", test_evidence_mechanism);
  g_test_add_func ("/model/diagnosis/evidence/key-accounts-and-dotted", test_evidence_key_accounts_and_dotted);
  g_test_add_func ("/model/diagnosis/evidence/joint-planning", test_evidence_joint_planning_needs_a_participant);
  g_test_add_func ("/model/diagnosis/evidence/upstream-downstream", test_evidence_upstream_downstream);
  g_test_add_func ("/model/diagnosis/structural-ladder", test_structural_ladder);
  g_test_add_func ("/model/diagnosis/contradiction/answers-above", test_contradiction_answers_above);
  g_test_add_func ("/model/diagnosis/contradiction/answers-below", test_contradiction_answers_below);
  g_test_add_func ("/model/diagnosis/contradiction/none", test_no_contradiction_when_they_agree);
  g_test_add_func ("/model/diagnosis/next-moves/by-stage-and-size", test_next_moves_by_stage_and_size);
  g_test_add_func ("/model/diagnosis/next-moves/present", test_next_moves_present);
  g_test_add_func ("/model/diagnosis/next-moves/integrated", test_integrated_has_no_next_stage);
  g_test_add_func ("/model/diagnosis/move-needed/facts", test_move_needed);
  g_test_add_func ("/model/diagnosis/move-needed/structure", test_move_needed_from_structure);
  g_test_add_func ("/model/diagnosis/causes/missing-functions", test_causes_missing_functions);
  g_test_add_func ("/model/diagnosis/causes", test_causes);

  return g_test_run ();
}
