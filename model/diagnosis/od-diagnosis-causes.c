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

/* The boundary rules whose findings are symptoms of each cause. */
static gboolean
rule_signals_cause (const char *rule,
                    guint       cause)
{
  switch (cause)
    {
    case 2:
      return g_str_equal (rule, "duplicate-function") || g_str_equal (rule, "collaboration-multiple-leads") ||
             g_str_equal (rule, "missing-function") || g_str_equal (rule, "collaboration-no-participant");
    case 3:
      return g_str_equal (rule, "misplaced-structure") || g_str_equal (rule, "power-concentration") ||
             g_str_equal (rule, "too-many-layers") || g_str_equal (rule, "span-too-wide");
    default:
      return FALSE;
    }
}

static void
add_signals (OdDiagnosisContext *ctx,
             OdCauseReport      *report)
{
  guint item = cause_statement[report->cause];
  gboolean any_present = FALSE;

  for (guint i = 0; i < ctx->findings->len; i++)
    {
      const OdFinding *f = ctx->findings->pdata[i];
      if (!f->accepted && rule_signals_cause (f->rule, report->cause))
        g_ptr_array_add (report->signals, g_strdup (f->message));
    }

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
  if (!any_present && report->mechanisms->len > 0)
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
