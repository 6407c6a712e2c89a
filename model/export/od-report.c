/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-report.c: the findings and the diagnosis as paragraphs. */
#include "config.h"

#include <glib/gi18n.h>

#include "od-catalog.h"
#include "od-check.h"
#include "od-report.h"

static void
add_printf (OdTextFlow  *flow,
            OdTextStyle  style,
            double       indent,
            const char  *format,
            ...) G_GNUC_PRINTF (4, 5);

static void
add_printf (OdTextFlow  *flow,
            OdTextStyle  style,
            double       indent,
            const char  *format,
            ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  od_text_flow_add (flow, style, indent, text);
}

static void
write_findings (OdTextFlow *flow,
                GPtrArray  *findings)
{
  od_text_flow_add (flow, OD_TEXT_HEADING, 0, _("Boundary findings"));
  if (findings->len == 0)
    {
      od_text_flow_add (flow, OD_TEXT_BODY, 0, _("No findings: the boundaries follow the seeds for this firm size."));
      return;
    }
  {
    guint errors = od_check_count (findings, OD_SEVERITY_ERROR);
    guint warnings = od_check_count (findings, OD_SEVERITY_WARNING);
    guint notes = od_check_count (findings, OD_SEVERITY_INFO);
    g_autofree char *e = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u error", "%u errors", errors), errors);
    g_autofree char *w = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings", warnings), warnings);
    g_autofree char *n = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u note", "%u notes", notes), notes);

    /* TRANSLATORS: "1 error, 2 warnings, 0 notes." */
    add_printf (flow, OD_TEXT_BODY, 0, _("%s, %s, %s."), e, w, n);
  }
  for (int severity = OD_SEVERITY_ERROR; severity >= OD_SEVERITY_INFO; severity--)
    {
      guint n = od_check_count (findings, severity);

      if (n == 0)
        continue;
      add_printf (flow, OD_TEXT_SUBHEADING, 0, "%s (%u)", od_severity_get_display_name (severity), n);
      for (guint i = 0; i < findings->len; i++)
        {
          const OdFinding *f = findings->pdata[i];

          if ((int) f->severity != severity)
            continue;
          add_printf (flow, OD_TEXT_BODY, 0, "• %s", f->message);
          if (f->fix_label != NULL)
            add_printf (flow, OD_TEXT_BODY, 12, _("Fix: %s"), f->fix_label);
          if (f->accepted)
            add_printf (flow, OD_TEXT_BODY, 12, _("Accepted as an exception: %s"), f->acceptance_reason);
          od_text_flow_add (flow, OD_TEXT_NOTE, 12, f->reason);
        }
    }
}

static void
write_scores (OdTextFlow        *flow,
              const OdDiagnosis *d)
{
  od_text_flow_add (flow, OD_TEXT_SUBHEADING, 0, _("Questionnaire"));
  if (d->respondents->len == 0)
    od_text_flow_add (flow, OD_TEXT_BODY, 0, _("No answers recorded."));
  for (guint i = 0; i < d->respondents->len; i++)
    {
      const OdRespondentScore *r = d->respondents->pdata[i];
      const char *side = od_side_get_display_name (r->respondent->side);

      if (r->complete)
        add_printf (flow, OD_TEXT_BODY, 0, _("%s (%s): %u of 100, %s"), r->respondent->name, side,
                    r->total, od_stage_get_display_name (r->band));
      else
        add_printf (flow, OD_TEXT_BODY, 0,
                    g_dngettext (GETTEXT_PACKAGE, "%s (%s): incomplete, not scored (%u statement not answered)",
                                 "%s (%s): incomplete, not scored (%u statements not answered)", r->n_missing),
                    r->respondent->name, side, r->n_missing);
    }
  for (OdSide side = 0; side < OD_N_SIDES; side++)
    if (d->sides[side].n_complete > 0)
      add_printf (flow, OD_TEXT_BODY, 0, _("%s side: %.1f, %s"), od_side_get_display_name (side),
                  d->sides[side].mean, od_stage_get_display_name (d->sides[side].band));
  if (d->has_gap)
    add_printf (flow, OD_TEXT_BODY, 0, d->gap_is_finding
                ? _("Gap between sales and marketing: %.1f points. The two sides see the relationship differently; discuss why before acting.")
                : _("Gap between sales and marketing: %.1f points."), d->gap);
}

static void
write_evidence (OdTextFlow        *flow,
                const OdDiagnosis *d)
{
  od_text_flow_add (flow, OD_TEXT_SUBHEADING, 0, _("Evidence in the structure"));
  if (d->evidence->len == 0)
    od_text_flow_add (flow, OD_TEXT_BODY, 0, _("None: no mechanism recorded and no structural sign of collaboration."));
  for (guint i = 0; i < d->evidence->len; i++)
    {
      const OdEvidence *e = d->evidence->pdata[i];

      add_printf (flow, OD_TEXT_BODY, 0, e->against ? _("− against %s: %s") : _("+ for %s: %s"),
                  od_stage_get_display_name (e->stage), e->text);
    }
  if (d->contradictions->len > 0)
    {
      od_text_flow_add (flow, OD_TEXT_SUBHEADING, 0, _("Contradictions between answers and structure"));
      for (guint i = 0; i < d->contradictions->len; i++)
        add_printf (flow, OD_TEXT_BODY, 0, "• %s", ((OdContradiction *) d->contradictions->pdata[i])->text);
    }
}

static void
write_moves (OdTextFlow        *flow,
             const OdDiagnosis *d)
{
  od_text_flow_add (flow, OD_TEXT_SUBHEADING, 0, _("Next moves"));
  for (guint i = 0; i < d->move_need_reasons->len; i++)
    od_text_flow_add (flow, OD_TEXT_BODY, 0, d->move_need_reasons->pdata[i]);
  for (guint i = 0; i < d->next_moves->len; i++)
    {
      const OdNextMove *m = d->next_moves->pdata[i];

      add_printf (flow, OD_TEXT_BODY, 0, m->present ? _("☑ %s (already in place)") : _("☐ %s"), m->text);
      od_text_flow_add (flow, OD_TEXT_NOTE, 14, m->move->source);
    }
}

static void
write_causes (OdTextFlow        *flow,
              const OdDiagnosis *d)
{
  od_text_flow_add (flow, OD_TEXT_SUBHEADING, 0, _("Why front and back office fight"));
  for (guint i = 0; i < d->causes->len; i++)
    {
      const OdCauseReport *c = d->causes->pdata[i];
      const char *state = c->state == OD_CAUSE_PRESENT ? _("present")
                        : c->state == OD_CAUSE_ABSENT ? _("absent") : _("not discussed");
      g_autoptr(GString) mechanisms = g_string_new (NULL);

      add_printf (flow, OD_TEXT_BODY, 0, "%u. %s — %s", c->cause, c->name, state);
      if (c->note != NULL)
        od_text_flow_add (flow, OD_TEXT_BODY, 14, c->note);
      for (guint j = 0; j < c->signals->len; j++)
        add_printf (flow, OD_TEXT_BODY, 14, "· %s", (char *) c->signals->pdata[j]);
      for (guint j = 0; j < c->mechanisms->len; j++)
        {
          const OdMechanism *m = c->mechanisms->pdata[j];

          if (j > 0)
            g_string_append (mechanisms, _(", "));
          g_string_append (mechanisms, m->name[od_lang_for_user ()]);
          if (g_array_index (c->mechanism_present, gboolean, j))
            g_string_append (mechanisms, " ✓");
        }
      if (mechanisms->len > 0)
        add_printf (flow, OD_TEXT_NOTE, 14, _("Addressed by: %s"), mechanisms->str);
    }
}

static void
write_diagnosis (OdTextFlow        *flow,
                 const OdDiagnosis *d)
{
  od_text_flow_add (flow, OD_TEXT_HEADING, 0, _("Sales–marketing collaboration"));
  add_printf (flow, OD_TEXT_SUBHEADING, 0, _("Stage: %s"), od_stage_get_display_name (d->stage));
  for (guint i = 0; i < d->reasons->len; i++)
    od_text_flow_add (flow, OD_TEXT_BODY, 0, d->reasons->pdata[i]);
  write_scores (flow, d);
  write_evidence (flow, d);
  write_moves (flow, d);
  write_causes (flow, d);
}

void
od_report_write (OdTextFlow        *flow,
                 OdOrganisation    *org,
                 GPtrArray         *findings,
                 const OdDiagnosis *diagnosis)
{
  g_return_if_fail (flow != NULL && OD_IS_ORGANISATION (org) && findings != NULL && diagnosis != NULL);

  add_printf (flow, OD_TEXT_TITLE, 0, _("Organisation design report: %s"), od_organisation_get_name (org));
  add_printf (flow, OD_TEXT_BODY, 0, _("%s, %u units"), od_size_get_display_name (od_organisation_get_size (org)),
              od_organisation_get_n_units (org));
  write_findings (flow, findings);
  write_diagnosis (flow, diagnosis);
}
