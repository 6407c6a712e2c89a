/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-diagnosis.c: scores the questionnaire, runs the structural parts and
 * reaches the verdict. */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "od-coordination.h"
#include "od-diagnosis-private.h"

static void
score_respondent (const OdRespondent *respondent,
                  OdRespondentScore  *out)
{
  *out = (OdRespondentScore) { .respondent = respondent };
  for (guint i = 0; i < OD_N_QUESTIONS; i++)
    {
      guint value = respondent->answers[i];

      if (value >= OD_ANSWER_MIN && value <= OD_ANSWER_MAX)
        out->total += value;
      else
        out->missing[out->n_missing++] = i + 1;
    }
  out->complete = out->n_missing == 0;
  out->band = od_questionnaire_band (out->total);
}

static void
score_answers (OdDiagnosisContext *ctx)
{
  OdDiagnosis *d = ctx->result;
  GPtrArray *respondents = od_organisation_get_respondents (ctx->org);
  double sums[OD_N_SIDES] = { 0 };
  guint n_sides = 0;

  for (guint i = 0; i < respondents->len; i++)
    {
      const OdRespondent *r = respondents->pdata[i];
      OdRespondentScore *score = g_new (OdRespondentScore, 1);

      score_respondent (r, score);
      g_ptr_array_add (d->respondents, score);
      /* An incomplete questionnaire is reported, never scored: a missing
       * answer is not a 1, and scaling up would invent opinions. */
      if (score->complete)
        {
          d->sides[r->side].n_complete++;
          sums[r->side] += score->total;
        }
      else
        d->sides[r->side].n_incomplete++;
    }

  d->overall = 0;
  for (OdSide side = 0; side < OD_N_SIDES; side++)
    {
      OdSideScore *s = &d->sides[side];

      if (s->n_complete == 0)
        continue;
      s->mean = sums[side] / s->n_complete;
      s->band = od_questionnaire_band (s->mean);
      /* Each side weighs the same whatever its number of respondents: forty
       * salespeople must not outvote a marketing team of three. */
      d->overall += s->mean;
      n_sides++;
    }
  d->has_score = n_sides > 0;
  if (d->has_score)
    {
      d->overall /= n_sides;
      d->answers_stage = od_questionnaire_band (d->overall);
    }
  d->has_gap = n_sides == OD_N_SIDES;
  if (d->has_gap)
    {
      d->gap = fabs (d->sides[OD_SIDE_SALES].mean - d->sides[OD_SIDE_MARKETING].mean);
      d->gap_is_finding = d->sides[OD_SIDE_SALES].band != d->sides[OD_SIDE_MARKETING].band ||
                          d->gap >= OD_DIAGNOSIS_GAP_THRESHOLD;
    }
}

/* The ladder: each stage needs the one below it.  Defined needs one piece
 * of evidence and nothing against; Aligned and Integrated need two, since
 * a single mechanism (one meeting, one shared metric) does not make a
 * relationship (Kahn: interaction is not collaboration). */
static OdStage
structural_stage (OdDiagnosis *d)
{
  static const guint needed[OD_N_STAGES] = { 0, 1, 2, 2 };
  guint n_for[OD_N_STAGES] = { 0 };
  guint n_against[OD_N_STAGES] = { 0 };
  OdStage stage = OD_STAGE_UNDEFINED;

  for (guint i = 0; i < d->evidence->len; i++)
    {
      const OdEvidence *e = d->evidence->pdata[i];

      if (e->unproven)
        continue;
      if (e->against)
        n_against[e->stage]++;
      else
        n_for[e->stage]++;
    }
  for (OdStage s = OD_STAGE_DEFINED; s < OD_N_STAGES; s++)
    {
      if (n_for[s] < needed[s] || n_against[s] > 0)
        break;
      stage = s;
    }
  return stage;
}

static void
add_reason (OdDiagnosis *d,
            char        *text)
{
  g_ptr_array_add (d->reasons, text);
}

/* What each stage rests on, as evidence ids or mechanisms; a group with
 * none of them present is named as missing when the answers claim the
 * stage.  Integrated: "以共享結構、系統,以及報酬" (Kotler, Rackham &
 * Krishnaswamy, type 4); Aligned: "共同進行規劃和訓練…行銷人員會針對重要的
 * 客戶與銷售人員協商" (type 3); Defined: "制訂一些流程及規則" (type 2). */
typedef struct {
  OdStage             stage;
  const char         *name;          /* translatable */
  const char *const   ids[6];        /* evidence ids, or "mechanism:<id>" */
} StageNeed;

static const StageNeed stage_needs[] = {
  { OD_STAGE_DEFINED, N_("clear roles or rules of engagement"),
    { "roles-defined", "mechanism:rules-of-engagement", "mechanism:handoff-points",
      "mechanism:work-coordination-form", "mechanism:dual-track", NULL } },
  { OD_STAGE_ALIGNED, N_("joint planning"),
    { "joint-planning", "mechanism:joint-planning", "mechanism:rule-313", NULL } },
  { OD_STAGE_ALIGNED, N_("joint training or rotation"),
    { "mechanism:joint-training", "mechanism:job-rotation", NULL } },
  { OD_STAGE_ALIGNED, N_("marketing in key accounts"),
    { "marketing-in-key-accounts", "mechanism:liaison", NULL } },
  { OD_STAGE_INTEGRATED, N_("a shared structure (one executive over both sides, a CRO)"),
    { "one-executive", "mechanism:cro", NULL } },
  { OD_STAGE_INTEGRATED, N_("shared systems (a shared customer database, a defined funnel)"),
    { "mechanism:shared-crm", "mechanism:funnel-definition", NULL } },
  { OD_STAGE_INTEGRATED, N_("shared rewards (shared revenue targets, metrics or commission)"),
    { "mechanism:shared-rewards", "mechanism:shared-kpi", "mechanism:shared-commission", NULL } },
  { OD_STAGE_INTEGRATED, N_("an upstream/downstream split of marketing"),
    { "upstream-downstream-split", "mechanism:upstream-downstream-split", NULL } },
};

static gboolean
need_met (const OdDiagnosis *d,
          const StageNeed   *need)
{
  for (guint i = 0; need->ids[i] != NULL; i++)
    if (od_diagnosis_has_evidence (d, need->ids[i]))
      return TRUE;
  return FALSE;
}

/* The groups of evidence missing for the stages above @from up to @to, joined. */
static char *
missing_evidence (const OdDiagnosis *d,
                  OdStage            from,
                  OdStage            to)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (stage_needs); i++)
    {
      const StageNeed *need = &stage_needs[i];

      if (need->stage <= from || need->stage > to || need_met (d, need))
        continue;
      if (out->len > 0)
        g_string_append (out, _("; "));
      g_string_append (out, _(need->name));
    }
  return g_string_free (out, FALSE);
}

static void
reach_verdict (OdDiagnosisContext *ctx)
{
  OdDiagnosis *d = ctx->result;
  guint n_for = 0, n_against = 0;

  for (guint i = 0; i < d->evidence->len; i++)
    {
      const OdEvidence *e = d->evidence->pdata[i];
      if (e->unproven)
        continue;
      if (e->against)
        n_against++;
      else
        n_for++;
    }

  if (d->has_score && d->answers_stage > d->structural_stage)
    {
      g_autofree char *missing = missing_evidence (d, d->structural_stage, d->answers_stage);

      /* Opinions cannot outrank the chart: a stage nothing in the structure
       * or the mechanisms shows is not reached.  The contradiction comes
       * first, with what is missing, so nobody is told to "maintain" what
       * does not exist. */
      d->stage = d->structural_stage;
      d->basis = OD_DIAGNOSIS_BASIS_ANSWERS;
      d->capped = TRUE;
      add_reason (d, g_strdup_printf (_("The answers claim %s, but the structure and mechanisms support only %s: the verdict is capped at %s."),
                                      od_stage_get_display_name (d->answers_stage),
                                      od_stage_get_display_name (d->structural_stage),
                                      od_stage_get_display_name (d->structural_stage)));
      if (missing[0] != '\0')
        add_reason (d, g_strdup_printf (_("Missing: %s."), missing));
      add_reason (d, g_strdup_printf (_("The questionnaire scores %.1f of 100, in the %s band."),
                                      d->overall, od_stage_get_display_name (d->answers_stage)));
    }
  else if (d->has_score)
    {
      d->stage = d->answers_stage;
      d->basis = OD_DIAGNOSIS_BASIS_ANSWERS;
      add_reason (d, g_strdup_printf (_("The questionnaire scores %.1f of 100, in the %s band."),
                                      d->overall, od_stage_get_display_name (d->answers_stage)));
    }
  else
    {
      d->stage = d->structural_stage;
      d->basis = OD_DIAGNOSIS_BASIS_STRUCTURE;
      add_reason (d, g_strdup (_("No complete questionnaire yet: this verdict rests on the structure alone.")));
    }
  add_reason (d, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "The structure shows %s (%u piece of evidence for, %u against).",
                                               "The structure shows %s (%u pieces of evidence for, %u against).",
                                               n_for),
                                  od_stage_get_display_name (d->structural_stage), n_for, n_against));
  /* The authors have both sides answer: they often see the relationship
   * quite differently, and that gap is itself a finding. */
  if (d->has_score && !d->has_gap)
    {
      d->provisional = TRUE;
      add_reason (d, g_strdup (d->sides[OD_SIDE_SALES].n_complete > 0
                               ? _("Provisional: only the sales side has answered the questionnaire; ask marketing to answer it too.")
                               : _("Provisional: only the marketing side has answered the questionnaire; ask sales to answer it too.")));
    }
  if (d->has_gap && d->gap_is_finding)
    add_reason (d, g_strdup_printf (_("Sales (%.1f) and marketing (%.1f) see the relationship differently: a gap of %.1f points."),
                                    d->sides[OD_SIDE_SALES].mean, d->sides[OD_SIDE_MARKETING].mean, d->gap));
  if (d->contradictions->len > 0)
    add_reason (d, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                 "Answers and structure disagree in %u place.",
                                                 "Answers and structure disagree in %u places.",
                                                 d->contradictions->len),
                                    d->contradictions->len));
}

OdEvidence *
_od_diagnosis_add_evidence (OdDiagnosisContext *ctx,
                            const char         *id,
                            OdStage             stage,
                            gboolean            against,
                            OdUnit            **units,
                            const char         *format,
                            ...)
{
  OdEvidence *e = g_new0 (OdEvidence, 1);
  GStrvBuilder *builder = g_strv_builder_new ();
  va_list args;

  e->id = g_strdup (id);
  e->stage = stage;
  e->against = against;
  for (guint i = 0; units != NULL && units[i] != NULL; i++)
    g_strv_builder_add (builder, od_unit_get_id (units[i]));
  e->units = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  va_start (args, format);
  e->text = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (ctx->result->evidence, e);
  return e;
}

double
_od_diagnosis_item_mean (OdDiagnosisContext *ctx,
                         guint               item)
{
  GPtrArray *scores = ctx->result->respondents;
  double sum = 0;
  guint n = 0;

  for (guint i = 0; i < scores->len; i++)
    {
      const OdRespondentScore *s = scores->pdata[i];
      if (s->complete)
        {
          sum += s->respondent->answers[item - 1];
          n++;
        }
    }
  return n > 0 ? sum / n : -1;
}

gboolean
_od_diagnosis_has_mechanism (OdDiagnosisContext *ctx,
                             const char         *ref)
{
  /* Two mechanisms have records: those, not the tick, say they exist. */
  if (g_str_equal (ref, "work-coordination-form"))
    return od_organisation_count_complete_sheets (ctx->org) > 0;
  if (g_str_equal (ref, "rule-313"))
    return od_organisation_has_313_plans (ctx->org);
  return od_organisation_find_mechanism (ctx->org, ref) != NULL;
}

gboolean
_od_diagnosis_single_head (OdDiagnosisContext *ctx)
{
  return od_diagnosis_has_evidence (ctx->result, "one-executive") ||
         od_diagnosis_has_evidence (ctx->result, "merged-department") ||
         _od_diagnosis_has_mechanism (ctx, "cro");
}

gboolean
od_diagnosis_has_evidence (const OdDiagnosis *self,
                           const char        *id)
{
  g_return_val_if_fail (self != NULL && id != NULL, FALSE);

  for (guint i = 0; i < self->evidence->len; i++)
    if (g_str_equal (((OdEvidence *) self->evidence->pdata[i])->id, id))
      return TRUE;
  return FALSE;
}

const char *
od_move_need_to_string (OdMoveNeed need)
{
  switch (need)
    {
    case OD_MOVE_NEED_YES: return "yes";
    case OD_MOVE_NEED_NO: return "no";
    case OD_MOVE_NEED_NONE: return "none";
    case OD_MOVE_NEED_UNKNOWN:
    default: return "unknown";
    }
}

static void
evidence_free (OdEvidence *e)
{
  g_free (e->id);
  g_strfreev (e->units);
  g_free (e->mechanism);
  g_free (e->text);
  g_free (e);
}

static void
contradiction_free (OdContradiction *c)
{
  g_free (c->id);
  g_free (c->text);
  g_free (c);
}

static void
cause_report_free (OdCauseReport *c)
{
  g_ptr_array_unref (c->signals);
  g_ptr_array_unref (c->mechanisms);
  g_array_unref (c->mechanism_present);
  g_free (c);
}

OdDiagnosis *
od_diagnosis_run (OdOrganisation *org)
{
  OdDiagnosisContext ctx = { 0 };
  OdDiagnosis *d;

  g_return_val_if_fail (OD_IS_ORGANISATION (org), NULL);

  d = g_new0 (OdDiagnosis, 1);
  d->reasons = g_ptr_array_new_with_free_func (g_free);
  d->respondents = g_ptr_array_new_with_free_func (g_free);
  d->evidence = g_ptr_array_new_with_free_func ((GDestroyNotify) evidence_free);
  d->contradictions = g_ptr_array_new_with_free_func ((GDestroyNotify) contradiction_free);
  d->next_moves = g_ptr_array_new_with_free_func (g_free);
  d->move_need_reasons = g_ptr_array_new_with_free_func (g_free);
  d->causes = g_ptr_array_new_with_free_func ((GDestroyNotify) cause_report_free);

  ctx.org = org;
  ctx.catalog = od_catalog_get_default ();
  ctx.profiles = od_profiles_new (org);
  ctx.findings = od_check_run (org);
  ctx.lang = od_lang_for_user ();
  ctx.result = d;

  score_answers (&ctx);
  _od_diagnosis_evidence (&ctx);
  d->structural_stage = structural_stage (d);
  _od_diagnosis_contradictions (&ctx);
  reach_verdict (&ctx);
  _od_diagnosis_moves (&ctx);
  _od_diagnosis_causes (&ctx);

  g_ptr_array_unref (ctx.findings);
  od_profiles_free (ctx.profiles);
  return d;
}

void
od_diagnosis_free (OdDiagnosis *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->reasons);
  g_ptr_array_unref (self->respondents);
  g_ptr_array_unref (self->evidence);
  g_ptr_array_unref (self->contradictions);
  g_ptr_array_unref (self->next_moves);
  g_ptr_array_unref (self->move_need_reasons);
  g_ptr_array_unref (self->causes);
  g_free (self);
}
