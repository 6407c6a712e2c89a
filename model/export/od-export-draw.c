/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-export-draw.c: draws the planned pages: the overview of a tiled
 * chart, the chart pages with their "continued" notes, the report pages. */
#include "config.h"

#include <glib/gi18n.h>

#include "od-export-private.h"

static void
draw_chart_page (OdExportDocument   *self,
                 cairo_t            *cr,
                 const OdExportPage *page)
{
  const OdPageSetup *s = &self->setup;
  double cw = od_page_setup_content_width (s);
  double ch = od_page_setup_content_height (s);
  OdLayoutRect area, clip;
  double x0, y0;

  if (self->plan != NULL)
    {
      _od_export_draw_plan_page (self, cr, page->index);
      return;
    }
  area = self->bounds;
  /* One page: the chart centred in the content area. */
  x0 = s->margin + (cw - area.width * self->scale) / 2;
  y0 = s->margin + s->header + (ch - area.height * self->scale) / 2;
  clip = area;

  cairo_save (cr);
  cairo_translate (cr, x0, y0);
  cairo_scale (cr, self->scale, self->scale);
  cairo_translate (cr, -area.x, -area.y);
  cairo_save (cr);
  cairo_rectangle (cr, clip.x, clip.y, clip.width, clip.height);
  cairo_clip (cr);
  _od_export_draw_chart_area (self, cr, &clip, self->scale);
  cairo_restore (cr);
  cairo_restore (cr);
}

void
od_export_document_draw_page (OdExportDocument *self,
                              cairo_t          *cr,
                              guint             index)
{
  const OdExportPage *page;

  g_return_if_fail (self != NULL && cr != NULL);
  g_return_if_fail (index < self->pages->len);

  page = &g_array_index (self->pages, OdExportPage, index);
  cairo_save (cr);
  switch (page->kind)
    {
    case OD_EXPORT_PAGE_CHART:
      draw_chart_page (self, cr, page);
      break;
    case OD_EXPORT_PAGE_DIRECTORY:
      _od_export_draw_directory_page (self, cr, page->index);
      break;
    case OD_EXPORT_PAGE_REPORT:
      cairo_translate (cr, self->setup.margin, self->setup.margin + self->setup.header);
      od_text_flow_draw_page (self->report, cr, page->index);
      break;
    case OD_EXPORT_PAGE_FRONT:
      cairo_translate (cr, self->setup.margin, self->setup.margin + self->setup.header);
      od_text_flow_draw_page (self->front, cr, page->index);
      break;
    default:
      g_assert_not_reached ();
    }
  cairo_restore (cr);
  /* The cover carries no page furniture. */
  if (!(page->kind == OD_EXPORT_PAGE_FRONT && page->index == 0))
    _od_export_draw_furniture (self, cr, index);
}

void
od_export_document_draw_chart (OdExportDocument *self,
                               cairo_t          *cr,
                               double            scale,
                               gboolean          background)
{
  g_return_if_fail (self != NULL && cr != NULL && scale > 0);

  od_export_document_get_layout (self);
  _od_export_chart_background (self, background);
  cairo_save (cr);
  cairo_scale (cr, scale, scale);
  cairo_translate (cr, -self->bounds.x, -self->bounds.y);
  _od_export_draw_chart_area (self, cr, &self->bounds, scale);
  cairo_restore (cr);
}
