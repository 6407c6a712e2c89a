/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-answers-chart.c: the twenty statements as a dumbbell chart. */
#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "od-answers-chart.h"
#include "od-export-private.h"
#include "od-questionnaire.h"
#include "od-text-flow.h"

#define ROW_HEIGHT 15.0
#define HEADER_HEIGHT 26.0
#define LABEL_SHARE 0.55

static const double side_colours[OD_N_SIDES][3] = {
  [OD_SIDE_SALES] = { 0.16, 0.42, 0.75 },
  [OD_SIDE_MARKETING] = { 0.90, 0.48, 0.10 },
};

void
od_answer_means_compute (OdOrganisation *org,
                         OdAnswerMeans  *means)
{
  GPtrArray *respondents;
  guint sums[OD_N_SIDES][OD_N_QUESTIONS] = { { 0 } };

  g_return_if_fail (OD_IS_ORGANISATION (org) && means != NULL);

  memset (means, 0, sizeof *means);
  respondents = od_organisation_get_respondents (org);
  for (guint i = 0; i < respondents->len; i++)
    {
      const OdRespondent *r = respondents->pdata[i];

      for (guint q = 0; q < OD_N_QUESTIONS; q++)
        if (r->answers[q] >= OD_ANSWER_MIN && r->answers[q] <= OD_ANSWER_MAX)
          {
            sums[r->side][q] += r->answers[q];
            means->n[r->side][q]++;
          }
    }
  for (OdSide s = 0; s < OD_N_SIDES; s++)
    for (guint q = 0; q < OD_N_QUESTIONS; q++)
      means->mean[s][q] = means->n[s][q] > 0 ? (double) sums[s][q] / means->n[s][q] : 0;
}

double
od_answers_chart_get_height (double width)
{
  return HEADER_HEIGHT + OD_N_QUESTIONS * ROW_HEIGHT + 4;
}

static void
show_text (cairo_t    *cr,
           OdLang      lang,
           const char *font,
           const char *text,
           double      x,
           double      y,
           double      width,
           double      align)    /* 0 left, 0.5 centre, 1 right */
{
  /* Points, and the glyph forms of the reader's language. */
  g_autoptr(PangoLayout) layout = _od_export_text_layout (cr, lang, font, text, -1);
  int w, h;

  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  pango_layout_get_size (layout, &w, &h);
  if (width <= 0)
    x -= align * w / PANGO_SCALE;
  cairo_move_to (cr, x, y - (double) h / PANGO_SCALE / 2);
  pango_cairo_show_layout (cr, layout);
}

static void
dot (cairo_t *cr,
     double   x,
     double   y,
     OdSide   side)
{
  cairo_arc (cr, x, y, 3.6, 0, 2 * G_PI);
  cairo_set_source_rgb (cr, side_colours[side][0], side_colours[side][1], side_colours[side][2]);
  cairo_fill (cr);
}

void
od_answers_chart_draw (cairo_t             *cr,
                       const OdAnswerMeans *means,
                       double               width,
                       OdLang               lang,
                       guint                focus)
{
  double label_width = width * LABEL_SHARE;
  double x0 = label_width + 14, x1 = width - 12;
  double step = (x1 - x0) / (OD_ANSWER_MAX - OD_ANSWER_MIN);
  double y;

  g_return_if_fail (cr != NULL && means != NULL);

  cairo_save (cr);
  /* Legend and the scale's numbers. */
  y = 7;
  for (OdSide s = 0; s < OD_N_SIDES; s++)
    {
      double lx = s * 110;

      dot (cr, lx + 4, y, s);
      cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
      show_text (cr, lang, "Sans 8", od_side_get_display_name (s), lx + 12, y, 0, 0);
    }
  cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
  for (int v = OD_ANSWER_MIN; v <= OD_ANSWER_MAX; v++)
    {
      g_autofree char *n = g_strdup_printf ("%d", v);

      show_text (cr, lang, "Sans 7", n, x0 + (v - OD_ANSWER_MIN) * step, HEADER_HEIGHT - 6, 0, 0.5);
    }

  for (guint q = 0; q < OD_N_QUESTIONS; q++)
    {
      const OdStatement *st = od_questionnaire_get_statement (q + 1);
      g_autofree char *label = NULL;
      double cy = HEADER_HEIGHT + q * ROW_HEIGHT + ROW_HEIGHT / 2;
      double sales = means->mean[OD_SIDE_SALES][q], marketing = means->mean[OD_SIDE_MARKETING][q];
      gboolean gap = sales > 0 && marketing > 0 && ABS (sales - marketing) >= OD_ANSWERS_GAP_MARK;

      if (q + 1 == focus || q % 2 == 0)
        {
          cairo_rectangle (cr, 0, cy - ROW_HEIGHT / 2, width, ROW_HEIGHT);
          if (q + 1 == focus)
            cairo_set_source_rgb (cr, 1.0, 0.95, 0.70);
          else
            cairo_set_source_rgb (cr, 0.96, 0.96, 0.97);
          cairo_fill (cr);
        }
      /* Grid lines at each value of the scale. */
      cairo_set_line_width (cr, 0.4);
      cairo_set_source_rgb (cr, 0.80, 0.80, 0.80);
      for (int v = OD_ANSWER_MIN; v <= OD_ANSWER_MAX; v++)
        {
          cairo_move_to (cr, x0 + (v - OD_ANSWER_MIN) * step, cy - ROW_HEIGHT / 2);
          cairo_line_to (cr, x0 + (v - OD_ANSWER_MIN) * step, cy + ROW_HEIGHT / 2);
        }
      cairo_stroke (cr);

      label = g_strdup_printf ("%u. %s", q + 1, st != NULL ? st->text[lang] : "");
      if (gap)
        cairo_set_source_rgb (cr, 0.70, 0.10, 0.10);
      else
        cairo_set_source_rgb (cr, 0.15, 0.15, 0.15);
      show_text (cr, lang, gap ? "Sans Bold 7.5" : "Sans 7.5", label, 2, cy, label_width, 0);

      if (sales > 0 && marketing > 0)
        {
          cairo_set_line_width (cr, gap ? 2.4 : 1.4);
          if (gap)
            cairo_set_source_rgb (cr, 0.80, 0.20, 0.20);
          else
            cairo_set_source_rgb (cr, 0.55, 0.55, 0.55);
          cairo_move_to (cr, x0 + (sales - OD_ANSWER_MIN) * step, cy);
          cairo_line_to (cr, x0 + (marketing - OD_ANSWER_MIN) * step, cy);
          cairo_stroke (cr);
        }
      if (sales > 0)
        dot (cr, x0 + (sales - OD_ANSWER_MIN) * step, cy, OD_SIDE_SALES);
      if (marketing > 0)
        dot (cr, x0 + (marketing - OD_ANSWER_MIN) * step, cy, OD_SIDE_MARKETING);
    }
  cairo_restore (cr);
}
