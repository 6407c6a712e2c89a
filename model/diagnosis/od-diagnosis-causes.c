/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-diagnosis-causes.c: seed 000's six causes of front/back-office
 * conflict as a checklist: what the workshop recorded, what the model sees
 * that points to each cause, and the mechanisms that address it. */
#include "config.h"

#include <glib/gi18n.h>

#include "od-diagnosis-private.h"

/* The statement whose low score points to each cause (0: none).  Cause 3
 * (an organisation lagging growth) shows in the structure, not in opinions. */
static const guint cause_statement[OD_N_CAUSES + 1] = { 0, 6, 2, 0, 12, 18, 16 };

/* Functions whose absence leaves one side not knowing the other. */
static const char *const information_functions[] = {
  "sales-information-flow", "market-feedback", "sps-information-flow", "supply-production-sales-meeting", NULL
};

static gboolean
about_information (const OdFinding *f)
{
  return f->functions[0] != NULL && g_strv_contains (information_functions, f->functions[0]);
}

/* Which of 《营销前后台发生冲突的原因》's causes a finding is a symptom of:
 *  1 信息不对称 — the information processes missing or one-sided;
 *  2 定位不清、本位主义 — two owners or two leads, leads against the focus
 *    ("到底是以后台管控为中心，还是以一线经营需求为中心，没有明确界定");
 *  3 组织发育滞后 — misplaced structure, power, layers, spans, empty posts,
 *    functions never set up ("无法准确判断如何动态发育职能"). */
static gboolean
finding_signals_cause (const OdFinding *f,
                       guint            cause)
{
  const char *rule = f->rule;

  switch (cause)
    {
    case 1:
      return (g_str_equal (rule, "missing-function") || g_str_equal (rule, "collaboration-no-participant")) &&
             about_information (f);
    case 2:
      return g_str_equal (rule, "duplicate-function") || g_str_equal (rule, "collaboration-multiple-leads") ||
             g_str_equal (rule, "lead-against-focus") ||
             (g_str_equal (rule, "collaboration-no-participant") && !about_information (f));
    case 3:
      return g_str_equal (rule, "misplaced-structure") || g_str_equal (rule, "power-concentration") ||
             g_str_equal (rule, "too-many-layers") || g_str_equal (rule, "span-too-wide") ||
             g_str_equal (rule, "empty-unit") ||
             (g_str_equal (rule, "missing-function") && !about_information (f));
    default:
      return FALSE;
    }
}

static gboolean
has_any (OdDiagnosisContext *ctx,
         const char *const  *refs)
{
  for (guint i = 0; refs[i] != NULL; i++)
    if (_od_diagnosis_has_mechanism (ctx, refs[i]))
      return TRUE;
  return FALSE;
}

/* What the structure lacks that the cause's own text points at; TRUE when
 * it added a signal. */
static gboolean
add_missing_mechanism_signal (OdDiagnosisContext *ctx,
                              OdCauseReport      *report)
{
  static const char *const meetings[] = { "joint-meeting", "sps-coordination-meeting", "sales-rnd-weekly-meeting", NULL };
  static const char *const shared_measures[] = { "shared-kpi", "shared-rewards", "shared-commission", NULL };
  static const char *const both_sides[] = { "job-rotation", "joint-training", NULL };
  const char *text = NULL;

  switch (report->cause)
    {
    case 1:   /* "后台部门与销售部极少沟通" */
      if (!has_any (ctx, meetings))
        text = _("No regular joint meeting between the front and the back office is recorded.");
      break;
    case 4:   /* "销售部是绩效导向…后台部门是过程导向" */
      if (!has_any (ctx, shared_measures))
        text = _("No shared KPI, target or reward links the front and the back office.");
      break;
    case 5:   /* "很难找到既懂一线业务又懂后台管理的复合型人才" */
      if (!has_any (ctx, both_sides))
        text = _("No job rotation or joint training builds people who know both sides.");
      break;
    case 6:   /* "“销售部重于其他部门”的意识" */
      if (od_diagnosis_has_evidence (ctx->result, "single-track"))
        text = _("Marketing works in the rear while sales carries the business: the sales department weighs more than the others.");
      break;
    default:
      break;
    }
  if (text != NULL)
    g_ptr_array_add (report->signals, g_strdup (text));
  return text != NULL;
}

static void
add_signals (OdDiagnosisContext *ctx,
             OdCauseReport      *report)
{
  guint item = cause_statement[report->cause];
  gboolean any_present = FALSE;

  gboolean specific;

  for (guint i = 0; i < ctx->findings->len; i++)
    {
      const OdFinding *f = ctx->findings->pdata[i];
      if (!f->accepted && finding_signals_cause (f, report->cause))
        g_ptr_array_add (report->signals, g_strdup (f->message));
    }
  specific = add_missing_mechanism_signal (ctx, report);

  if (item != 0)
    {
      double mean = _od_diagnosis_item_mean (ctx, item);
      const OdStatement *s = od_questionnaire_get_statement (item);

      /* Below "neither agree nor disagree" on average. */
      if (mean >= 0 && mean < 3)
        g_ptr_array_add (report->signals,
                         g_strdup_printf (_("Statement %u (“%s”) averages %.1f of 5."),
                                          item, s->text[ctx->lang], mean));
    }

  for (guint i = 0; i < report->mechanism_present->len; i++)
    any_present |= g_array_index (report->mechanism_present, gboolean, i);
  if (!any_present && !specific && report->mechanisms->len > 0)
    g_ptr_array_add (report->signals, g_strdup (_("None of the mechanisms that address it is recorded.")));
}

void
_od_diagnosis_causes (OdDiagnosisContext *ctx)
{
  GPtrArray *mechanisms = od_catalog_get_mechanisms (ctx->catalog);

  for (guint cause = 1; cause <= OD_N_CAUSES; cause++)
    {
      OdCauseReport *report = g_new0 (OdCauseReport, 1);
      const OdCause *c = od_catalog_lookup_cause (ctx->catalog, cause);
      const OdCauseAnswer *answer = od_organisation_get_cause (ctx->org, cause);

      report->cause = cause;
      report->name = c ? c->name[ctx->lang] : "";
      report->state = answer ? answer->state : OD_CAUSE_UNKNOWN;
      report->note = answer ? answer->note : NULL;
      report->signals = g_ptr_array_new_with_free_func (g_free);
      report->mechanisms = g_ptr_array_new ();
      report->mechanism_present = g_array_new (FALSE, FALSE, sizeof (gboolean));
      for (guint i = 0; i < mechanisms->len; i++)
        {
          const OdMechanism *m = mechanisms->pdata[i];
          gboolean present;

          if ((m->causes & (1u << cause)) == 0)
            continue;
          present = _od_diagnosis_has_mechanism (ctx, m->id);
          g_ptr_array_add (report->mechanisms, (gpointer) m);
          g_array_append_val (report->mechanism_present, present);
        }
      add_signals (ctx, report);
      g_ptr_array_add (ctx->result->causes, report);
    }
}
