/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cli-diagnose-text.c: the diagnosis as text a consultant can read aloud. */
#include "config.h"

#include <glib/gi18n.h>

#include "od-cli-diagnose.h"
#include "od-sources.h"

static void
heading (const char *title)
{
  g_print ("\n%s\n", title);
}

static void
print_scores (const OdDiagnosis *d)
{
  heading (_("Questionnaire"));
  if (d->respondents->len == 0)
    {
      g_print ("  %s\n", _("No answers recorded."));
      return;
    }
  for (guint i = 0; i < d->respondents->len; i++)
    {
      const OdRespondentScore *r = d->respondents->pdata[i];

      if (r->complete)
        /* Translators: respondent (side): total — stage; full-width punctuation in Chinese */
        g_print (_("  %s (%s): %u — %s\n"), r->respondent->name, od_side_get_display_name (r->respondent->side),
                 r->total, od_stage_get_display_name (r->band));
      else
        {
          g_autoptr(GString) items = g_string_new (NULL);

          for (guint j = 0; j < r->n_missing; j++)
            g_string_append_printf (items, j ? ", %u" : "%u", r->missing[j]);
          /* Translators: respondent (side), before what is missing */
          g_print (_("  %s (%s): "), r->respondent->name, od_side_get_display_name (r->respondent->side));
          g_print (_("incomplete, not scored (statements not answered: %s)"), items->str);
          g_print ("\n");
        }
    }
  for (OdSide side = 0; side < OD_N_SIDES; side++)
    if (d->sides[side].n_complete > 0)
      /* Translators: side: mean score — stage */
      g_print (_("  %s: %.1f — %s\n"), od_side_get_display_name (side), d->sides[side].mean,
               od_stage_get_display_name (d->sides[side].band));
  if (d->has_gap)
    {
      g_print ("  ");
      g_print (_("Gap between sales and marketing: %.1f points"), d->gap);
      if (d->gap_is_finding)
        g_print (_(" — %s"), _("the two sides see the relationship differently; discuss why before acting"));
      g_print ("\n");
    }
}

static void
print_evidence (const OdDiagnosis *d)
{
  heading (_("Evidence in the structure"));
  if (d->evidence->len == 0)
    g_print ("  %s\n", _("None: no mechanism recorded and no structural sign of collaboration."));
  for (guint i = 0; i < d->evidence->len; i++)
    {
      const OdEvidence *e = d->evidence->pdata[i];

      /* "+ Defined: ..." supports a stage, "− Integrated: ..." argues against it. */
      /* Evidence of no stage above the first (a small firm's merged
       * department) is a plain note, not a "+". */
      if (!e->against && e->stage == OD_STAGE_UNDEFINED)
        g_print ("  · %s\n", e->text);
      else
        /* Translators: + or −, the stage, the evidence */
        g_print (_("  %s %s: %s\n"), e->unproven ? "?" : e->against ? "−" : "+", od_stage_get_display_name (e->stage), e->text);
    }
  if (d->contradictions->len > 0)
    {
      heading (_("Contradictions between answers and structure"));
      for (guint i = 0; i < d->contradictions->len; i++)
        g_print ("  ! %s\n", ((OdContradiction *) d->contradictions->pdata[i])->text);
    }
}

static void
print_moves (const OdDiagnosis *d)
{
  heading (_("Next moves"));
  for (guint i = 0; i < d->move_need_reasons->len; i++)
    g_print ("  %s\n", (char *) d->move_need_reasons->pdata[i]);
  for (guint i = 0; i < d->next_moves->len; i++)
    {
      const OdNextMove *m = d->next_moves->pdata[i];

      const OdNextMove *next = i + 1 < d->next_moves->len ? d->next_moves->pdata[i + 1] : NULL;

      g_print ("  [%s] %s\n", m->present ? "✓" : " ", m->text);
      /* The title once after each run of moves from the same text. */
      if (next == NULL || g_strcmp0 (next->source, m->source) != 0)
        /* Translators: after a list of next moves, the text they come from */
        g_print (_("      (Source: %s)\n"), m->source);
    }
}

/* The texts the verdict, the moves and the causes rest on, by title. */
static void
print_sources (void)
{
  guint n = 0;
  const OdSource *sources = od_sources_get (&n);
  OdLang lang = od_lang_for_user ();

  heading (_("Sources"));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *citation = od_source_dup_citation (&sources[i], lang);
      g_print ("  %u. %s\n", i + 1, citation);
    }
}

static void
print_causes (const OdDiagnosis *d)
{
  heading (_("Why front and back office fight"));
  for (guint i = 0; i < d->causes->len; i++)
    {
      const OdCauseReport *c = d->causes->pdata[i];
      const char *state = c->state == OD_CAUSE_PRESENT ? _("present")
                        : c->state == OD_CAUSE_ABSENT ? _("absent") : _("not discussed");

      /* Translators: cause number, name — whether it was found */
      g_print (_("  %u. %s — %s\n"), c->cause, c->name, state);
      if (c->note != NULL)
        g_print ("     %s\n", c->note);
      for (guint j = 0; j < c->signals->len; j++)
        g_print ("     · %s\n", (char *) c->signals->pdata[j]);
    }
}

void
od_cli_diagnose_print_text (const OdDiagnosis *d)
{
  g_print (_("Stage: %s\n"), od_stage_get_display_name (d->stage));
  for (guint i = 0; i < d->reasons->len; i++)
    g_print ("  %s\n", (char *) d->reasons->pdata[i]);
  print_scores (d);
  print_evidence (d);
  print_moves (d);
  print_causes (d);
  print_sources ();
}
