/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-legend.h: the key to the chart, shown over it: the colour of each
 * kind of unit, the dotted line, the finding badges and the "+N" badge,
 * in the colours the chart is drawn in (a presentation's high contrast
 * included). */
#pragma once

#include "od-chart-canvas.h"

G_BEGIN_DECLS

#define OD_TYPE_LEGEND (od_legend_get_type ())
G_DECLARE_FINAL_TYPE (OdLegend, od_legend, OD, LEGEND, GtkWidget)

GtkWidget *od_legend_new        (OdChartCanvas *canvas);
/* How many entries the legend shows (tests). */
guint      od_legend_get_n_rows (OdLegend      *self);

G_END_DECLS
