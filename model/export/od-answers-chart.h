/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-answers-chart.h: the per-statement comparison of the sales and the
 * marketing answers, drawn onto any cairo_t: the report draws it on paper
 * and the diagnosis window on screen (gtk_snapshot_append_cairo), so both
 * show the same picture.
 *
 * Each of the twenty statements is a row: its text, then the 1–5 scale
 * with a dot for each side's mean answer joined by a line, so a wide gap
 * stands out as a long line. */
#pragma once

#include <cairo.h>
#include "od-organisation.h"

G_BEGIN_DECLS

/* Two sides whose means for a statement differ by this much see that
 * statement differently: the row is marked. */
#define OD_ANSWERS_GAP_MARK 1.5

typedef struct {
  double mean[OD_N_SIDES][OD_N_QUESTIONS];  /* 0 when no one of that side answered */
  guint  n[OD_N_SIDES][OD_N_QUESTIONS];     /* how many answered */
} OdAnswerMeans;

/* The mean answer per side and statement, over every respondent (complete
 * or not: a statement answered is an answer). */
void    od_answer_means_compute      (OdOrganisation      *org,
                                      OdAnswerMeans       *means);

/* The height the chart needs at @width points. */
double  od_answers_chart_get_height  (double               width);

/* Draws the chart with its top left at the origin, @width points wide,
 * text in @lang; @focus (1..20, 0 for none) is highlighted. */
void    od_answers_chart_draw        (cairo_t             *cr,
                                      const OdAnswerMeans *means,
                                      double               width,
                                      OdLang               lang,
                                      guint                focus);

G_END_DECLS
