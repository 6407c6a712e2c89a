/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-diagnosis-contradictions.c: where the answers and the structure
 * disagree (issue: "answers say Integrated but no one executive leads both
 * sides; answers say Undefined but joint meetings exist"). */
#include "config.h"

#include <glib/gi18n.h>

#include "od-diagnosis-private.h"

static void
add (OdDiagnosisContext *ctx,
     const char         *id,
     char               *text)
{
  OdContradiction *c = g_new (OdContradiction, 1);

  c->id = g_strdup (id);
  c->text = text;
  g_ptr_array_add (ctx->result->contradictions, c);
}

/* The texts of the evidence for stages above @stage (@against FALSE), or
 * against stages up to @stage (@against TRUE), joined. */
static char *
join_evidence (OdDiagnosisContext *ctx,
               OdStage             stage,
               gboolean            against)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < ctx->result->evidence->len; i++)
    {
      const OdEvidence *e = ctx->result->evidence->pdata[i];

      if (e->unproven || e->against != against || (against ? e->stage > stage : e->stage <= stage))
        continue;
      if (out->len > 0)
        g_string_append (out, _("; "));
      g_string_append (out, e->text);
    }
  return g_string_free (out, FALSE);
}

void
_od_diagnosis_contradictions (OdDiagnosisContext *ctx)
{
  OdDiagnosis *d = ctx->result;
  double same_executive = _od_diagnosis_item_mean (ctx, 17);

  if (!d->has_score)
    return;

  if (d->answers_stage > d->structural_stage)
    {
      g_autofree char *against = join_evidence (ctx, d->answers_stage, TRUE);

      if (against[0] != '\0')
        add (ctx, "answers-above-structure",
             g_strdup_printf (_("The answers say %s, but the structure shows only %s: %s."),
                              od_stage_get_display_name (d->answers_stage),
                              od_stage_get_display_name (d->structural_stage), against));
      else
        add (ctx, "answers-above-structure",
             g_strdup_printf (_("The answers say %s, but the structure shows only %s: the mechanisms of the higher stages are not recorded."),
                              od_stage_get_display_name (d->answers_stage),
                              od_stage_get_display_name (d->structural_stage)));
    }
  else if (d->answers_stage < d->structural_stage)
    {
      g_autofree char *above = join_evidence (ctx, d->answers_stage, FALSE);

      add (ctx, "answers-below-structure",
           g_strdup_printf (_("The answers say %s, but the structure shows %s: %s."),
                            od_stage_get_display_name (d->answers_stage),
                            od_stage_get_display_name (d->structural_stage), above));
    }

  /* Statement 17 is a fact about the chart, not an opinion: check it. */
  if ((d->answers_stage == OD_STAGE_INTEGRATED || same_executive >= 4) && !_od_diagnosis_single_head (ctx))
    add (ctx, "no-single-executive",
         g_strdup (_("The answers describe sales and marketing under one executive, but no one unit below the chief executive leads both.")));
  else if (same_executive >= 0 && same_executive <= 2 &&
           (od_diagnosis_has_evidence (d, "one-executive") || od_diagnosis_has_evidence (d, "merged-department")))
    add (ctx, "single-executive-not-seen",
         g_strdup (_("The chart puts sales and marketing under one head, but the respondents disagree that they report to the same executive.")));
}
