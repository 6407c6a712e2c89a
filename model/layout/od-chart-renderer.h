/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-chart-renderer.h: draws a laid-out chart onto any cairo_t.
 *
 * One renderer serves the screen (the canvas hands it the cairo_t of a
 * snapshot), printing and file export (PDF, SVG, PNG surfaces), so what
 * users see is what they print.  It knows nothing of pages or widgets: the
 * caller sets up the cairo transformation from chart points to its device,
 * then asks for a rectangle of the chart; only what intersects that
 * rectangle is drawn, so a frame costs what it shows.
 *
 * The renderer keeps a pointer to the layout, which must outlive it.
 */
#pragma once

#include <cairo.h>

#include "od-layout.h"

G_BEGIN_DECLS

typedef enum {
  OD_CHART_THEME_LIGHT,
  OD_CHART_THEME_DARK,
  OD_CHART_THEME_HIGH_CONTRAST,   /* projectors: black on white, thick lines */
} OdChartTheme;

/* The worst severity of @unit's open findings (an OdSeverity), or -1. */
typedef int (*OdSeverityFunc) (const OdUnit *unit,
                               gpointer      user_data);

typedef struct _OdChartRenderer OdChartRenderer;

OdChartRenderer *od_chart_renderer_new             (OdLayout         *layout);
void             od_chart_renderer_free            (OdChartRenderer  *self);

void             od_chart_renderer_set_theme       (OdChartRenderer  *self,
                                                    OdChartTheme      theme);
OdChartTheme     od_chart_renderer_get_theme       (OdChartRenderer  *self);
/* The unit drawn highlighted, or NULL. */
void             od_chart_renderer_set_selected    (OdChartRenderer  *self,
                                                    const OdUnit     *unit);
/* Finding badges: either an array indexed by unit serial holding an
 * OdSeverity or -1 (transfer none: it must stay valid while drawing;
 * serials at or past @n_severities have none), or a function.  The function
 * wins when both are set.  NULL clears. */
void             od_chart_renderer_set_severities  (OdChartRenderer  *self,
                                                    const gint8      *severities,
                                                    guint             n_severities);
void             od_chart_renderer_set_severity_func (OdChartRenderer *self,
                                                    OdSeverityFunc    func,
                                                    gpointer          user_data,
                                                    GDestroyNotify    destroy);
/* Whether draw() first fills the clip with the theme's background
 * (default TRUE; a canvas that paints its own may turn it off). */
void             od_chart_renderer_set_paint_background (OdChartRenderer *self,
                                                    gboolean          paint);
/* The theme's background colour, for callers painting margins. */
void             od_chart_renderer_get_background  (OdChartRenderer  *self,
                                                    double           *red,
                                                    double           *green,
                                                    double           *blue);

/* Draws the part of the chart inside @clip (chart points; NULL: all of it)
 * onto @cr, whose current transformation maps chart points to the device.
 * @scale is device pixels per chart point (0: read it from @cr); below a
 * few pixels per line of text, boxes are drawn without text.  Returns
 * FALSE, drawing nothing, if @cr is in an error state or a number is not
 * finite, and FALSE if cairo reports an error afterwards. */
gboolean         od_chart_renderer_draw            (OdChartRenderer  *self,
                                                    cairo_t          *cr,
                                                    const OdLayoutRect *clip,
                                                    double            scale);
/* Where the "+N" badge of a folded unit (od_layout_get_n_hidden()) is
 * drawn, in chart points; FALSE when @unit has none. */
gboolean         od_chart_renderer_get_fold_badge  (OdChartRenderer  *self,
                                                    const OdUnit     *unit,
                                                    OdLayoutRect     *rect);
/* The theme's colours, for a legend drawn beside the chart. */
void             od_chart_renderer_get_kind_colours (OdChartRenderer *self,
                                                    OdUnitKind        kind,
                                                    double            fill[3],
                                                    double            border[3]);
void             od_chart_renderer_get_severity_colour (OdChartRenderer *self,
                                                    OdSeverity        severity,
                                                    double            rgb[3]);
void             od_chart_renderer_get_dotted_colour (OdChartRenderer *self,
                                                    double            rgb[3]);

/* The same colours for a theme, without a renderer (paper pages drawn
 * from a page plan rather than a layout). */
void             od_chart_theme_get_kind_colours   (OdChartTheme      theme,
                                                    OdUnitKind        kind,
                                                    double            fill[3],
                                                    double            border[3]);
void             od_chart_theme_get_severity_colour (OdChartTheme     theme,
                                                    OdSeverity        severity,
                                                    double            rgb[3]);
void             od_chart_theme_get_dotted_colour  (OdChartTheme      theme,
                                                    double            rgb[3]);

/* How many boxes the last draw() drew (tests, benchmarks). */
guint            od_chart_renderer_get_n_drawn     (OdChartRenderer  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OdChartRenderer, od_chart_renderer_free)

G_END_DECLS
