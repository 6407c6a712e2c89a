/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-report-cover.c: what a CEO reads first: the cover, the contents and a
 * one-page executive summary. */
#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "od-export-private.h"
#include "od-report.h"
#include "od-report-private.h"

void
_od_report_key_figures (OdOrganisation *org,
                        OdKeyFigures   *k)
{
  g_autoptr(GPtrArray) units = od_organisation_list_units (org);
  guint spans = 0;

  *k = (OdKeyFigures) { units->len, 0, FALSE, 0, 0, 0, 0 };
  for (guint i = 0; i < units->len; i++)
    {
      OdUnit *u = units->pdata[i];
      guint span = 0;

      if (od_unit_get_headcount (u) >= 0)
        {
          k->headcount += od_unit_get_headcount (u);
          k->headcount_known = TRUE;
        }
      k->layers = MAX (k->layers, od_unit_get_depth (u) + 1);
      for (OdUnit *c = od_unit_get_first_child (u); c != NULL; c = od_unit_get_next_sibling (c))
        if (!od_unit_get_assistant (c))
          span++;
      if (span > 0)
        {
          k->managers++;
          spans += span;
          k->widest_span = MAX (k->widest_span, span);
        }
    }
  k->mean_span = k->managers > 0 ? (double) spans / k->managers : 0;
}

/* ---- the cover ---- */

typedef struct {
  OdLang  lang, doc_lang;
  char   *name;
  char   *size;
  char   *date;
  char   *assessed;
  char   *stage;
  char   *figures;
  double  height;
} Cover;

static void
cover_free (gpointer data)
{
  Cover *c = data;

  g_free (c->name);
  g_free (c->size);
  g_free (c->date);
  g_free (c->assessed);
  g_free (c->stage);
  g_free (c->figures);
  g_free (c);
}

/* Draws @text wrapped at @width with its top left at (@x, @y); returns its height. */
static double
show (cairo_t    *cr,
      OdLang      lang,
      const char *font,
      const char *text,
      double      x,
      double      y,
      double      width)
{
  g_autoptr(PangoLayout) layout = _od_export_text_layout (cr, lang, font, text, width);
  int h;

  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  pango_layout_get_size (layout, NULL, &h);
  return (double) h / PANGO_SCALE;
}

static void
draw_cover_cb (cairo_t  *cr,
               double    width,
               gpointer  data)
{
  Cover *c = data;
  double y = c->height * 0.22;

  cairo_rectangle (cr, 0, y - 30, 6, 200);
  cairo_set_source_rgb (cr, 0.16, 0.42, 0.75);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
  y += show (cr, c->lang, "Sans 13", _("Organisation design report"), 20, y - 30, width - 20);
  cairo_set_source_rgb (cr, 0.05, 0.05, 0.05);
  y += show (cr, c->doc_lang, "Sans Bold 28", c->name, 20, y - 20, width - 20) + 4;
  cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
  y += show (cr, c->lang, "Sans 11", c->size, 20, y - 10, width - 20) + 30;
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  y += show (cr, c->lang, "Sans Bold 13", c->stage, 20, y, width - 20) + 60;
  cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
  y += show (cr, c->lang, "Sans 10", c->figures, 20, y, width - 20) + 12;
  y = MAX (y, c->height * 0.72);
  cairo_set_source_rgb (cr, 0.25, 0.25, 0.25);
  y += show (cr, c->lang, "Sans 10", c->date, 20, y, width - 20) + 6;
  y += show (cr, c->lang, "Sans 10", c->assessed, 20, y, width - 20) + 14;
  show (cr, c->lang, "Sans 10", _("Prepared by: ______________________"), 20, y, width - 20);
}

static char *
join_respondents (OdOrganisation *org,
                  OdLang          lang)
{
  GPtrArray *respondents = od_organisation_get_respondents (org);
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; i < respondents->len; i++)
    {
      const OdRespondent *r = respondents->pdata[i];

      if (s->len > 0)
        g_string_append (s, lang == OD_LANG_EN ? ", " : "、");
      /* TRANSLATORS: a respondent: name (side) */
      g_string_append_printf (s, _("%s (%s)"), r->name, od_side_get_display_name (r->side));
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static char *
stage_line (const OdDiagnosis *d)
{
  if (d->basis == OD_DIAGNOSIS_BASIS_ANSWERS)
    return g_strdup_printf (_("Sales–marketing collaboration: %s (from the questionnaire, %.1f of 100)"),
                            od_stage_get_display_name (d->stage), d->overall);
  return g_strdup_printf (_("Sales–marketing collaboration: %s (from the structure; no complete answers yet)"),
                          od_stage_get_display_name (d->stage));
}

static char *
figures_line (OdOrganisation *org)
{
  OdKeyFigures k;
  g_autofree char *units = NULL;
  g_autofree char *layers = NULL;
  g_autofree char *people = NULL;

  _od_report_key_figures (org, &k);
  units = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u unit", "%u units", k.units), k.units);
  layers = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u layer", "%u layers", k.layers), k.layers);
  if (!k.headcount_known)
    return g_strdup_printf (_("%s, %s"), units, layers);
  people = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person", "%u people", k.headcount), k.headcount);
  /* TRANSLATORS: "120 units, 5 layers, 3,400 people" */
  return g_strdup_printf (_("%s, %s, %s"), units, layers, people);
}

static void
write_cover (OdReportWriter *w,
             const char     *date)
{
  Cover *c = g_new0 (Cover, 1);
  g_autofree char *respondents = join_respondents (w->org, w->lang);

  c->lang = w->lang;
  c->doc_lang = od_organisation_get_lang (w->org);
  c->name = g_strdup (od_organisation_get_name (w->org));
  c->size = g_strdup (od_size_get_display_name (od_organisation_get_size (w->org)));
  c->date = g_strdup_printf (_("Date: %s"), date);
  c->assessed = *respondents != '\0' ? g_strdup_printf (_("Questionnaire answered by: %s"), respondents)
                                     : g_strdup (_("Questionnaire answered by: no one yet"));
  c->stage = stage_line (w->diagnosis);
  c->figures = figures_line (w->org);
  c->height = od_text_flow_get_height (w->flow);
  od_text_flow_add_block (w->flow, c->height, draw_cover_cb, c, cover_free);
}

/* ---- the contents ---- */

typedef struct {
  OdLang  lang;
  guint   level;
  char   *title;
  char   *page;
} Entry;

static void
entry_free (gpointer data)
{
  Entry *e = data;

  g_free (e->title);
  g_free (e->page);
  g_free (e);
}

static void
draw_entry_cb (cairo_t  *cr,
               double    width,
               gpointer  data)
{
  Entry *e = data;
  double indent = e->level > 1 ? 16 : 0;
  g_autoptr(PangoLayout) page = pango_cairo_create_layout (cr);
  PangoFontDescription *desc = pango_font_description_from_string (e->level > 1 ? "Sans 9" : "Sans Bold 10");
  int pw;

  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  show (cr, e->lang, e->level > 1 ? "Sans 9" : "Sans Bold 10", e->title, indent, 2, width - indent - 50);
  pango_cairo_context_set_resolution (pango_layout_get_context (page), 72);
  pango_layout_context_changed (page);
  pango_layout_set_font_description (page, desc);
  pango_font_description_free (desc);
  pango_layout_set_text (page, e->page, -1);
  pango_layout_get_size (page, &pw, NULL);
  cairo_move_to (cr, width - (double) pw / PANGO_SCALE, 2);
  pango_cairo_show_layout (cr, page);
}

static void
write_contents (OdReportWriter *w,
                GArray         *contents)
{
  _od_report_section (w, _("Contents"));
  for (guint i = 0; i < contents->len; i++)
    {
      const OdTextFlowMark *m = &g_array_index (contents, OdTextFlowMark, i);
      Entry *e = g_new0 (Entry, 1);

      e->lang = w->lang;
      e->level = m->level;
      e->title = g_strdup (m->title);
      e->page = g_strdup_printf ("%u", m->page);
      od_text_flow_add_block (w->flow, m->level > 1 ? 14 : 18, draw_entry_cb, e, entry_free);
    }
}

/* ---- the executive summary ---- */

static void
write_summary (OdReportWriter *w)
{
  const OdDiagnosis *d = w->diagnosis;
  OdKeyFigures k;
  guint shown = 0;

  _od_report_section (w, _("Executive summary"));
  {
    g_autofree char *stage = stage_line (d);
    guint n_for = 0, n_against = 0;

    for (guint i = 0; i < d->evidence->len; i++)
      (((OdEvidence *) d->evidence->pdata[i])->against ? n_against++ : n_for++);
    od_text_flow_add (w->flow, OD_TEXT_SUBHEADING, 0, stage);
    if (d->reasons->len > 0)
      od_text_flow_add (w->flow, OD_TEXT_BODY, 0, d->reasons->pdata[0]);
    if (d->has_score)
      _od_report_add_band_scale (w);
    if (d->has_gap)
      _od_report_printf (w->flow, OD_TEXT_BODY, 0, d->gap_is_finding
                         ? _("Sales and marketing are %.1f points apart: they see the relationship differently, which is itself a finding.")
                         : _("Sales and marketing are %.1f points apart."), d->gap);
    {
      g_autofree char *f = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u sign for the stage reached", "%u signs for the stage reached", n_for), n_for);
      g_autofree char *a = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u against", "%u against", n_against), n_against);

      /* TRANSLATORS: "The structure shows 3 signs for the stage reached and 1 against: “Defined”." */
      _od_report_printf (w->flow, OD_TEXT_BODY, 0, _("The structure shows %s and %s; on its own it points to “%s”."),
                         f, a, od_stage_get_display_name (d->structural_stage));
    }
  }

  od_text_flow_keep_begin (w->flow);
  od_text_flow_add (w->flow, OD_TEXT_SUBHEADING, 0, _("The findings that matter most"));
  for (guint i = 0; i < w->groups->len && shown < 5; i++)
    {
      const OdFindingGroup *g = w->groups->pdata[i];
      g_autofree char *title = NULL;

      if (((const OdFinding *) g->findings->pdata[0])->accepted)
        continue;
      title = _od_report_group_title (w, g);
      _od_report_printf (w->flow, OD_TEXT_BODY, 0, "%u. %s · %s", ++shown, od_severity_get_display_name (g->severity), title);
    }
  if (shown == 0)
    od_text_flow_add (w->flow, OD_TEXT_BODY, 0, _("No open findings: the boundaries follow the source texts."));
  od_text_flow_keep_end (w->flow);

  od_text_flow_keep_begin (w->flow);
  od_text_flow_add (w->flow, OD_TEXT_SUBHEADING, 0, _("The next move"));
  for (guint i = 0, n = 0; i < d->next_moves->len && n < 2; i++)
    {
      const OdNextMove *m = d->next_moves->pdata[i];

      if (m->present)
        continue;
      _od_report_printf (w->flow, OD_TEXT_BODY, 0, "☐ %s", m->text);
      n++;
    }
  if (d->next_moves->len == 0)
    od_text_flow_add (w->flow, OD_TEXT_BODY, 0, _("None: the last stage is reached; keep the mechanisms in place."));
  od_text_flow_keep_end (w->flow);

  _od_report_key_figures (w->org, &k);
  od_text_flow_keep_begin (w->flow);
  od_text_flow_add (w->flow, OD_TEXT_SUBHEADING, 0, _("The chart in figures"));
  {
    g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
    const char *header[] = { _("Units"), _("Headcount"), _("Layers"), _("Managers"), _("Widest span"), _("Mean span") };
    const double widths[] = { 1, 1, 1, 1, 1, 1 };
    char **row = g_new0 (char *, 7);

    row[0] = g_strdup_printf ("%u", k.units);
    row[1] = k.headcount_known ? g_strdup_printf ("%u", k.headcount) : g_strdup ("—");
    row[2] = g_strdup_printf ("%u", k.layers);
    row[3] = g_strdup_printf ("%u", k.managers);
    row[4] = g_strdup_printf ("%u", k.widest_span);
    row[5] = g_strdup_printf ("%.1f", k.mean_span);
    g_ptr_array_add (rows, row);
    _od_report_table (w, 6, widths, header, rows);
  }
  od_text_flow_keep_end (w->flow);
}

void
od_report_write_front (OdTextFlow        *flow,
                       OdOrganisation    *org,
                       GPtrArray         *findings,
                       const OdDiagnosis *diagnosis,
                       const char        *date,
                       GArray            *contents)
{
  OdReportWriter w = { 0 };

  g_return_if_fail (flow != NULL && OD_IS_ORGANISATION (org) && findings != NULL && diagnosis != NULL);

  _od_report_writer_init (&w, flow, org, findings, diagnosis);
  write_cover (&w, date);
  write_contents (&w, contents);
  write_summary (&w);
  _od_report_writer_clear (&w);
}
