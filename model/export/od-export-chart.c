/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-export-chart.c: the export's use of the shared chart renderer, so a
 * printed or exported chart is drawn by the same code as the screen. */
#include "config.h"

#include "od-export-private.h"

static OdChartRenderer *
renderer (OdExportDocument *self)
{
  if (self->renderer == NULL)
    {
      self->renderer = od_chart_renderer_new (self->layout);
      /* Paper is white whatever the desktop's theme. */
      od_chart_renderer_set_theme (self->renderer, OD_CHART_THEME_LIGHT);
      od_chart_renderer_set_severities (self->renderer, self->severity, self->n_serials);
    }
  return self->renderer;
}

void
_od_export_kind_colours (OdExportDocument *self,
                         OdUnitKind        kind,
                         double            fill[3],
                         double            border[3])
{
  /* Paper is white whatever the desktop's theme. */
  od_chart_theme_get_kind_colours (OD_CHART_THEME_LIGHT, kind, fill, border);
}

void
_od_export_severity_colour (OdExportDocument *self,
                            OdSeverity        severity,
                            double            rgb[3])
{
  od_chart_theme_get_severity_colour (OD_CHART_THEME_LIGHT, severity, rgb);
}

void
_od_export_dotted_colour (OdExportDocument *self,
                          double            rgb[3])
{
  od_chart_theme_get_dotted_colour (OD_CHART_THEME_LIGHT, rgb);
}

void
_od_export_draw_chart_area (OdExportDocument   *self,
                            cairo_t            *cr,
                            const OdLayoutRect *clip,
                            double              detail)
{
  od_chart_renderer_draw (renderer (self), cr, clip, detail);
  _od_export_draw_rollup_tags (self, cr, clip);
}

void
_od_export_chart_background (OdExportDocument *self,
                             gboolean          paint)
{
  od_chart_renderer_set_paint_background (renderer (self), paint);
}
