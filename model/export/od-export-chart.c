/* od-export-chart.c: INTERIM drawing of chart areas until the shared
 * renderer (model/layout/od-chart-renderer) lands; replace, do not keep. */
#include "config.h"

#include <pango/pangocairo.h>
#include <string.h>

#include "od-export-private.h"

void
_od_export_kind_colour (OdUnitKind kind,
                        double     rgb[3])
{
  static const double colours[OD_N_UNIT_KINDS][3] = {
    { 0.85, 0.80, 0.95 }, { 0.80, 0.90, 1.00 }, { 0.85, 0.95, 0.85 }, { 0.95, 0.92, 0.80 },
  };
  memcpy (rgb, colours[kind], sizeof colours[kind]);
}

void
_od_export_draw_chart_area (OdExportDocument   *self,
                            cairo_t            *cr,
                            const OdLayoutRect *clip,
                            double              detail)
{
  g_autoptr(GPtrArray) units = g_ptr_array_new ();
  g_autoptr(GPtrArray) connectors = g_ptr_array_new ();

  od_layout_query_connectors (self->layout, clip, connectors);
  cairo_set_source_rgb (cr, 0.4, 0.4, 0.4);
  cairo_set_line_width (cr, 0.8);
  for (guint i = 0; i < connectors->len; i++)
    {
      const OdLayoutConnector *c = connectors->pdata[i];
      for (guint j = 0; j < c->n_points; j++)
        (j ? cairo_line_to : cairo_move_to) (cr, c->points[j].x, c->points[j].y);
    }
  cairo_stroke (cr);
  od_layout_query_rect (self->layout, clip, units);
  for (guint i = 0; i < units->len; i++)
    {
      OdUnit *u = units->pdata[i];
      OdLayoutRect box;
      double rgb[3];

      od_layout_get_box (self->layout, u, &box);
      _od_export_kind_colour (od_unit_get_kind (u), rgb);
      cairo_rectangle (cr, box.x, box.y, box.width, box.height);
      cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
      cairo_fill_preserve (cr);
      cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
      cairo_stroke (cr);
      cairo_set_source_rgb (cr, 0, 0, 0);
      _od_export_draw_text (cr, od_organisation_get_lang (self->org), "Sans 10", od_unit_get_name (u), box.x + 4, box.y + 4, FALSE);
    }
}
