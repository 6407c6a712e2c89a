/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-diagnosis-moves.c: the next moves toward the next stage, and whether a
 * move is worth it at all (maturity.md §3, "Is a move needed?"), so the
 * advice is never "always integrate". */
#include "config.h"

#include <glib/gi18n.h>

#include "od-diagnosis-private.h"
#include "od-sources.h"

static gboolean
fact_is (OdDiagnosisContext *ctx,
         const char         *key,
         const char         *value)
{
  return g_strcmp0 (od_organisation_get_fact (ctx->org, key), value) == 0;
}

static guint
count_findings (OdDiagnosisContext *ctx,
                const char         *rule)
{
  guint n = 0;

  for (guint i = 0; i < ctx->findings->len; i++)
    {
      const OdFinding *f = ctx->findings->pdata[i];
      if (!f->accepted && g_str_equal (f->rule, rule))
        n++;
    }
  return n;
}

/* The move counts as present when its mechanism is recorded or, for the
 * structural ones, when the chart itself shows it. */
static gboolean
move_present (OdDiagnosisContext *ctx,
              const OdMove       *move)
{
  if (_od_diagnosis_has_mechanism (ctx, move->mechanism))
    return TRUE;
  if (g_str_equal (move->mechanism, "cro"))
    return od_diagnosis_has_evidence (ctx->result, "one-executive");
  if (g_str_equal (move->mechanism, "upstream-downstream-split"))
    return od_diagnosis_has_evidence (ctx->result, "upstream-downstream-split");
  return FALSE;
}

static void
reason (GPtrArray *reasons,
        char      *text)
{
  g_ptr_array_add (reasons, text);
}

/* Fills @go with reasons to move on and @stay with reasons to stay. */
static void
weigh (OdDiagnosisContext *ctx,
       GPtrArray          *go,
       GPtrArray          *stay)
{
  guint n_duplicates = count_findings (ctx, "duplicate-function") +
                       count_findings (ctx, "collaboration-multiple-leads");
  guint n_missing = count_findings (ctx, "missing-function");
  gboolean conflict = fact_is (ctx, "visible-conflict", "yes");

  /* Kotler, Rackham & Krishnaswamy: "如果事業單位或公司規模小,銷售與行銷人員
   * 可能維持著良好、非正式的關係,沒有必要打亂它".  Read for every stage, not
   * only the first: a small firm whose informal ties work and which records
   * no conflict needs no new structure, whatever its stage. */
  if (od_organisation_get_size (ctx->org) == OD_SIZE_SMALL && fact_is (ctx, "informal-relations-good", "yes") &&
      !conflict && ctx->result->stage != OD_STAGE_UNDEFINED)
    reason (stay, g_strdup (_("A small firm whose people get on well informally may rightly stay as it is.")));

  switch (ctx->result->stage)
    {
    case OD_STAGE_UNDEFINED:
      if (od_diagnosis_has_evidence (ctx->result, "single-track"))
        reason (go, g_strdup (_("Marketing works in the rear of a single-track organisation while conflict is recorded: dual-track management, with one responsible party and one advisor in every shared activity, is the move.")));
      if (conflict)
        reason (go, g_strdup (_("Conflict between sales and marketing is visible.")));
      if (n_duplicates > 0)
        reason (go, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                  "The boundary checks find %u duplicated task.",
                                                  "The boundary checks find %u duplicated tasks.", n_duplicates), n_duplicates));
      if (n_missing > 0)
        reason (go, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                  "The boundary checks find %u dropped task.",
                                                  "The boundary checks find %u dropped tasks.", n_missing), n_missing));
      if (od_organisation_get_size (ctx->org) == OD_SIZE_SMALL && fact_is (ctx, "informal-relations-good", "yes"))
        reason (stay, g_strdup (_("A small firm whose people get on well informally may rightly stay as it is.")));
      break;
    case OD_STAGE_DEFINED:
      if (fact_is (ctx, "commoditisation", "yes"))
        reason (go, g_strdup (_("Commoditisation makes field selling costly: marketing must help sell.")));
      if (fact_is (ctx, "customised-offerings", "yes"))
        reason (go, g_strdup (_("Offerings are customised or prototyped during the sale.")));
      if (n_duplicates > 0)
        reason (go, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                  "Duplication persists: the boundary checks find %u duplicated task.",
                                                  "Duplication persists: the boundary checks find %u duplicated tasks.", n_duplicates), n_duplicates));
      if (fact_is (ctx, "offerings-standard", "yes"))
        reason (stay, g_strdup (_("Offerings are standard and the traditional roles still work.")));
      break;
    case OD_STAGE_ALIGNED:
      if (fact_is (ctx, "complex-or-fast-changing", "yes"))
        reason (go, g_strdup (_("The business is complex or changes fast: a common revenue process pays off.")));
      if (fact_is (ctx, "short-sales-cycle", "yes"))
        reason (stay, g_strdup (_("Sales cycles are short and simple: Aligned is enough.")));
      if (fact_is (ctx, "shared-responsibility-culture", "no"))
        reason (stay, g_strdup (_("There is no culture of shared responsibility to build integration on.")));
      break;
    case OD_STAGE_INTEGRATED:
    case OD_N_STAGES:
    default:
      break;
    }
}

static void
decide (OdDiagnosisContext *ctx)
{
  OdDiagnosis *d = ctx->result;
  g_autoptr(GPtrArray) go = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) stay = g_ptr_array_new_with_free_func (g_free);

  if (d->stage == OD_STAGE_INTEGRATED)
    {
      d->move_need = OD_MOVE_NEED_NONE;
      reason (d->move_need_reasons, g_strdup (_("Integrated is the last stage: keep the shared structures, metrics and culture alive.")));
      return;
    }
  weigh (ctx, go, stay);
  if (go->len > 0)
    d->move_need = OD_MOVE_NEED_YES;
  else if (stay->len > 0)
    d->move_need = OD_MOVE_NEED_NO;
  else
    {
      d->move_need = OD_MOVE_NEED_UNKNOWN;
      reason (d->move_need_reasons, g_strdup (_("Record the facts about the firm (conflict, offerings, sales cycle, culture) to tell whether a move is worth it.")));
    }
  for (guint i = 0; i < go->len; i++)
    reason (d->move_need_reasons, g_strdup (go->pdata[i]));
  for (guint i = 0; i < stay->len; i++)
    reason (d->move_need_reasons, d->move_need == OD_MOVE_NEED_YES
            ? g_strdup_printf (_("Yet: %s"), (char *) stay->pdata[i])
            : g_strdup (stay->pdata[i]));
}

/* Moves that only make sense between two separate departments. */
static gboolean
between_two_departments (const OdMove *move)
{
  static const char *const ids[] = {
    "co-location", "liaison", "job-rotation", "contact-directory", "joint-training", "joint-meeting", NULL
  };

  return g_strv_contains (ids, move->mechanism);
}

void
_od_diagnosis_moves (OdDiagnosisContext *ctx)
{
  OdDiagnosis *d = ctx->result;
  GPtrArray *moves = od_questionnaire_get_moves ();
  guint size_bit = 1u << od_organisation_get_size (ctx->org);
  /* One department runs both sides: no liaison, co-location or rotation
   * between a department and itself. */
  gboolean merged = od_diagnosis_has_evidence (d, "merged-department");
  gboolean single_track = od_diagnosis_has_evidence (d, "single-track");

  for (guint i = 0; i < moves->len; i++)
    {
      const OdMove *move = moves->pdata[i];
      OdNextMove *next;

      if (move->from != d->stage || (move->sizes & size_bit) == 0)
        continue;
      if (merged && between_two_departments (move))
        continue;
      next = g_new (OdNextMove, 1);
      /* The software company's answer to single-track management comes first. */
      if (single_track && g_str_equal (move->mechanism, "dual-track"))
        {
          g_ptr_array_insert (d->next_moves, 0, next);
          next->move = move;
          next->present = move_present (ctx, move);
          next->text = move->text[ctx->lang];
          next->source = od_source_get_title (od_sources_lookup (move->source), ctx->lang);
          continue;
        }
      next->move = move;
      next->present = move_present (ctx, move);
      next->text = move->text[ctx->lang];
      next->source = od_source_get_title (od_sources_lookup (move->source), ctx->lang);
      g_ptr_array_add (d->next_moves, next);
    }
  decide (ctx);
}
