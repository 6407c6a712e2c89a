/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-report-diagnosis.c: the maturity diagnosis as pictures: the
 * four-band scale, the statements compared side by side, the evidence
 * for and against each stage, the moves as a checklist to fill in. */
#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "od-answers-chart.h"
#include "od-catalog.h"
#include "od-export-private.h"
#include "od-report-private.h"
#include "od-text-context.h"

#define SCALE_HEIGHT 78.0
/* Signals listed per conflict cause. */
#define MAX_SIGNALS 6

static const double band_colours[OD_N_STAGES][3] = {
  { 0.96, 0.80, 0.78 }, { 0.99, 0.90, 0.72 }, { 0.84, 0.92, 0.78 }, { 0.72, 0.86, 0.80 },
};


typedef struct {
  OdLang  lang;
  gboolean has[OD_N_SIDES + 1];
  double   score[OD_N_SIDES + 1];   /* sales, marketing, overall */
} Scale;

static void
draw_scale_cb (cairo_t  *cr,
               double    width,
               gpointer  data)
{
  Scale *s = data;
  double x0 = 10, x1 = width - 10, top = 22, h = 18;
  double unit = (x1 - x0) / 80.0;   /* totals run from 20 to 100 */
  const char *names[] = { od_side_get_display_name (OD_SIDE_SALES), od_side_get_display_name (OD_SIDE_MARKETING), _("Overall") };

  for (OdStage st = 0; st < OD_N_STAGES; st++)
    {
      double bx = x0 + st * 20 * unit;

      cairo_rectangle (cr, bx, top, 20 * unit, h);
      cairo_set_source_rgb (cr, band_colours[st][0], band_colours[st][1], band_colours[st][2]);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
      _od_export_draw_text (cr, s->lang, "Sans Bold 8", od_stage_get_display_name (st), bx + 10 * unit, top + 3, 0.5);
    }
  for (int v = 20; v <= 100; v += 20)
    {
      g_autofree char *n = g_strdup_printf ("%d", v);

      cairo_set_source_rgb (cr, 0.4, 0.4, 0.4);
      _od_export_draw_text (cr, s->lang, "Sans 6.5", n, x0 + (v - 20) * unit, top + h + 1, 0.5);
    }
  /* The markers: above the bar for the sides, below for the overall score. */
  for (guint i = 0; i <= OD_N_SIDES; i++)
    {
      g_autofree char *label = NULL;
      double x, y;
      gboolean below = i == OD_N_SIDES;

      if (!s->has[i])
        continue;
      x = x0 + (CLAMP (s->score[i], 20, 100) - 20) * unit;
      y = below ? top + h : top;
      cairo_move_to (cr, x, y);
      cairo_line_to (cr, x - 4, below ? y + 7 : y - 7);
      cairo_line_to (cr, x + 4, below ? y + 7 : y - 7);
      cairo_close_path (cr);
      if (i == OD_SIDE_SALES)
        cairo_set_source_rgb (cr, 0.16, 0.42, 0.75);
      else if (i == OD_SIDE_MARKETING)
        cairo_set_source_rgb (cr, 0.90, 0.48, 0.10);
      else
        cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
      cairo_fill (cr);
      label = g_strdup_printf ("%s %.1f", names[i], s->score[i]);
      _od_export_draw_text (cr, s->lang, below ? "Sans Bold 8" : "Sans 7.5", label, x,
               below ? y + 16 : (i == OD_SIDE_SALES ? 0 : 9) , 0.5);
    }
}

void
_od_report_add_band_scale (OdReportWriter *w)
{
  const OdDiagnosis *d = w->diagnosis;
  Scale *s = g_new0 (Scale, 1);

  s->lang = w->lang;
  for (OdSide side = 0; side < OD_N_SIDES; side++)
    {
      s->has[side] = d->sides[side].n_complete > 0;
      s->score[side] = d->sides[side].mean;
    }
  s->has[OD_N_SIDES] = d->has_score;
  s->score[OD_N_SIDES] = d->overall;
  od_text_flow_add_block (w->flow, SCALE_HEIGHT, draw_scale_cb, s, g_free);
}

static void
write_scores (OdReportWriter *w)
{
  const OdDiagnosis *d = w->diagnosis;

  od_text_flow_keep_begin (w->flow);
  _od_report_subsection (w, _("Questionnaire scores"));
  if (d->respondents->len == 0)
    od_text_flow_add (w->flow, OD_TEXT_BODY, 0, _("No answers recorded."));
  else
    _od_report_add_band_scale (w);
  od_text_flow_keep_end (w->flow);
  for (guint i = 0; i < d->respondents->len; i++)
    {
      const OdRespondentScore *r = d->respondents->pdata[i];
      const char *side = od_side_get_display_name (r->respondent->side);

      if (r->complete)
        _od_report_printf (w->flow, OD_TEXT_BODY, 0, _("%s (%s): %u of 100, %s"), r->respondent->name, side,
                           r->total, od_stage_get_display_name (r->band));
      else
        _od_report_printf (w->flow, OD_TEXT_BODY, 0,
                           g_dngettext (GETTEXT_PACKAGE, "%s (%s): incomplete, not scored (%u statement not answered)",
                                        "%s (%s): incomplete, not scored (%u statements not answered)", r->n_missing),
                           r->respondent->name, side, r->n_missing);
    }
  if (d->has_gap)
    _od_report_printf (w->flow, OD_TEXT_BODY, 0, d->gap_is_finding
                       ? _("Gap between sales and marketing: %.1f points. The two sides see the relationship differently; discuss why before acting.")
                       : _("Gap between sales and marketing: %.1f points."), d->gap);
}

static void
draw_answers_cb (cairo_t  *cr,
                 double    width,
                 gpointer  data)
{
  OdAnswerMeans *means = data;

  od_answers_chart_draw (cr, means, width, od_lang_for_user (), 0);
}

static void
write_statements (OdReportWriter *w)
{
  OdAnswerMeans *means;

  if (w->diagnosis->respondents->len == 0)
    return;
  means = g_new0 (OdAnswerMeans, 1);
  od_answer_means_compute (w->org, means);
  od_text_flow_keep_begin (w->flow);
  _od_report_subsection (w, _("Statement by statement"));
  od_text_flow_add (w->flow, OD_TEXT_NOTE, 0,
                    _("The mean answer of each side to each statement (1 strongly disagree … 5 strongly agree). A long line is a statement the two sides see differently; those differing by 1.5 or more are in red."));
  od_text_flow_add_block (w->flow, od_answers_chart_get_height (od_text_flow_get_width (w->flow)),
                          draw_answers_cb, means, g_free);
  od_text_flow_keep_end (w->flow);
}

static void
write_evidence (OdReportWriter *w)
{
  const OdDiagnosis *d = w->diagnosis;

  od_text_flow_keep_begin (w->flow);
  _od_report_subsection (w, _("Evidence in the structure"));
  if (d->evidence->len == 0)
    od_text_flow_add (w->flow, OD_TEXT_BODY, 0, _("None: no mechanism recorded and no structural sign of collaboration."));
  _od_report_printf (w->flow, OD_TEXT_BODY, 0, _("The structure alone points to the stage “%s”."),
                     od_stage_get_display_name (d->structural_stage));
  od_text_flow_keep_end (w->flow);
  for (OdStage stage = 0; stage < OD_N_STAGES; stage++)
    {
      guint n_for = 0, n_against = 0;
      g_autofree char *f = NULL;
      g_autofree char *a = NULL;

      for (guint i = 0; i < d->evidence->len; i++)
        {
          const OdEvidence *e = d->evidence->pdata[i];

          /* A mechanism ticked without its records is listed, not counted. */
          if (e->stage == stage && !e->unproven)
            (e->against ? n_against++ : n_for++);
        }
      if (n_for + n_against == 0)
        continue;
      f = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u sign for", "%u signs for", n_for), n_for);
      a = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u against", "%u against", n_against), n_against);
      od_text_flow_keep_begin (w->flow);
      /* TRANSLATORS: a stage, then "2 signs for", "1 against" */
      _od_report_printf (w->flow, OD_TEXT_SUBHEADING, 0, _("%s: %s, %s"), od_stage_get_display_name (stage), f, a);
      for (guint pass = 0; pass < 2; pass++)
        for (guint i = 0; i < d->evidence->len; i++)
          {
            const OdEvidence *e = d->evidence->pdata[i];

            if (e->stage == stage && e->against == (pass == 1))
              _od_report_printf (w->flow, OD_TEXT_BODY, 10, e->against ? "− %s" : "+ %s", e->text);
          }
      od_text_flow_keep_end (w->flow);
    }
  if (d->contradictions->len > 0)
    {
      od_text_flow_keep_begin (w->flow);
      _od_report_subsection (w, _("Contradictions between answers and structure"));
      for (guint i = 0; i < d->contradictions->len; i++)
        _od_report_printf (w->flow, OD_TEXT_BODY, 0, "• %s", ((OdContradiction *) d->contradictions->pdata[i])->text);
      od_text_flow_keep_end (w->flow);
    }
}

typedef struct {
  OdLang lang;
} Blanks;

/* "Owner ______  Due ______  Done ☐": the lines a workshop fills in. */
static void
draw_blanks_cb (cairo_t  *cr,
                double    width,
                gpointer  data)
{
  Blanks *b = data;
  const char *labels[] = { _("Action owner"), _("Due"), _("Notes") };
  double x = 14;
  double widths[] = { 0.28, 0.22, 0.5 };

  cairo_set_line_width (cr, 0.5);
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      double cw = (width - 14) * widths[i] - 8;

      double label;

      cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
      label = _od_export_draw_text (cr, b->lang, "Sans 7.5", labels[i], x, 3, 0);
      cairo_move_to (cr, x + label + 4, 14);
      cairo_line_to (cr, x + cw, 14);
      cairo_set_source_rgb (cr, 0.6, 0.6, 0.6);
      cairo_stroke (cr);
      x += cw + 8;
    }
}

static void
write_moves (OdReportWriter *w)
{
  const OdDiagnosis *d = w->diagnosis;

  od_text_flow_keep_begin (w->flow);
  _od_report_subsection (w, _("Next moves: a checklist"));
  for (guint i = 0; i < d->move_need_reasons->len; i++)
    od_text_flow_add (w->flow, OD_TEXT_BODY, 0, d->move_need_reasons->pdata[i]);
  od_text_flow_keep_end (w->flow);
  for (guint i = 0; i < d->next_moves->len; i++)
    {
      const OdNextMove *m = d->next_moves->pdata[i];
      g_autofree char *cite = _od_report_cite (m->move->source, w->lang);
      Blanks *b = g_new0 (Blanks, 1);

      b->lang = w->lang;
      /* The move, where the texts say it and the blanks stay together. */
      od_text_flow_keep_begin (w->flow);
      _od_report_printf (w->flow, OD_TEXT_BODY, 0, m->present ? _("☑ %s (already in place)") : _("☐ %s"), m->text);
      if (cite != NULL)
        _od_report_printf (w->flow, OD_TEXT_NOTE, 14, _("Source: %s"), cite);
      if (!m->present)
        od_text_flow_add_block (w->flow, 20, draw_blanks_cb, b, g_free);
      else
        g_free (b);
      od_text_flow_keep_end (w->flow);
    }
}

static void
write_causes (OdReportWriter *w)
{
  const OdDiagnosis *d = w->diagnosis;

  od_text_flow_keep_begin (w->flow);
  _od_report_subsection (w, _("Why front and back office fight"));
  for (guint i = 0; i < d->causes->len; i++)
    {
      const OdCauseReport *c = d->causes->pdata[i];
      const char *state = c->state == OD_CAUSE_PRESENT ? _("present")
                        : c->state == OD_CAUSE_ABSENT ? _("absent") : _("not discussed");
      g_autoptr(GString) mechanisms = g_string_new (NULL);

      if (i > 0)
        od_text_flow_keep_begin (w->flow);
      _od_report_printf (w->flow, OD_TEXT_BODY, 0, w->lang == OD_LANG_EN ? "%u. %s — %s" : "%u. %s——%s",
                         c->cause, c->name, state);
      if (c->note != NULL)
        od_text_flow_add (w->flow, OD_TEXT_BODY, 14, c->note);
      /* A few signals make the point; the findings section has them all. */
      for (guint j = 0; j < MIN (c->signals->len, MAX_SIGNALS); j++)
        _od_report_printf (w->flow, OD_TEXT_BODY, 14, "· %s", (char *) c->signals->pdata[j]);
      if (c->signals->len > MAX_SIGNALS)
        _od_report_printf (w->flow, OD_TEXT_BODY, 14,
                           g_dngettext (GETTEXT_PACKAGE, " … and %u more", " … and %u more", c->signals->len - MAX_SIGNALS),
                           c->signals->len - MAX_SIGNALS);
      for (guint j = 0; j < c->mechanisms->len; j++)
        {
          const OdMechanism *m = c->mechanisms->pdata[j];

          if (j > 0)
            g_string_append (mechanisms, _(", "));
          g_string_append (mechanisms, m->name[w->lang]);
          if (g_array_index (c->mechanism_present, gboolean, j))
            g_string_append (mechanisms, " ✓");
        }
      if (mechanisms->len > 0)
        _od_report_printf (w->flow, OD_TEXT_NOTE, 14, _("Addressed by: %s"), mechanisms->str);
      od_text_flow_keep_end (w->flow);
    }
  if (d->causes->len == 0)
    od_text_flow_keep_end (w->flow);
}

void
_od_report_write_diagnosis (OdReportWriter *w)
{
  const OdDiagnosis *d = w->diagnosis;

  _od_report_section (w, _("Sales–marketing collaboration"));
  _od_report_printf (w->flow, OD_TEXT_SUBHEADING, 0, _("Stage: %s"), od_stage_get_display_name (d->stage));
  for (guint i = 0; i < d->reasons->len; i++)
    od_text_flow_add (w->flow, OD_TEXT_BODY, 0, d->reasons->pdata[i]);
  write_scores (w);
  write_statements (w);
  write_evidence (w);
  write_moves (w);
  write_causes (w);
}
