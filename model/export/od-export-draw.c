/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-export-draw.c: draws the planned pages: the overview of a tiled
 * chart, the chart pages with their "continued" notes, the report pages. */
#include "config.h"

#include <glib/gi18n.h>

#include "od-export-private.h"

/* Boxes on the overview page are drawn as one path, so the page stays one
 * shape however large the chart (cairo's PDF surface slows down with the
 * number of shapes on a page); above this many they are left out. */
#define OVERVIEW_MAX_BOXES 50000

static void
draw_overview (OdExportDocument *self,
               cairo_t          *cr)
{
  const OdPageSetup *s = &self->setup;
  double cw = od_page_setup_content_width (s);
  double ch = od_page_setup_content_height (s) - 16;
  double scale = MIN (cw / MAX (self->bounds.width, 1), ch / MAX (self->bounds.height, 1));
  double x0 = s->margin + (cw - self->bounds.width * scale) / 2;
  double y0 = s->margin + s->header + 16;
  const OdLayoutRect *boxes;
  guint n_boxes;

  cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
  _od_export_draw_text (cr, self->ui_lang, "Sans Bold 9", _("Overview: which part of the chart is on which page"),
                        s->margin, s->margin + s->header - 4, FALSE);
  cairo_save (cr);
  cairo_translate (cr, x0, y0);
  cairo_scale (cr, scale, scale);
  cairo_translate (cr, -self->bounds.x, -self->bounds.y);
  boxes = od_layout_get_boxes (self->layout, &n_boxes);
  if (n_boxes <= OVERVIEW_MAX_BOXES)
    {
      for (guint i = 0; i < n_boxes; i++)
        cairo_rectangle (cr, boxes[i].x, boxes[i].y, boxes[i].width, boxes[i].height);
      cairo_set_source_rgb (cr, 0.75, 0.78, 0.82);
      cairo_fill (cr);
    }
  cairo_restore (cr);

  for (guint i = 0; i < self->pages->len; i++)
    {
      const OdExportPage *page = &g_array_index (self->pages, OdExportPage, i);
      const OdPage *tile;
      g_autofree char *label = NULL;
      double x, y, w, h;

      if (page->kind != OD_EXPORT_PAGE_CHART)
        continue;
      tile = od_pagination_get_page (self->pagination, page->index);
      x = x0 + (tile->area.x - self->bounds.x) * scale;
      y = y0 + (tile->area.y - self->bounds.y) * scale;
      w = tile->area.width * scale;
      h = tile->area.height * scale;
      cairo_rectangle (cr, x, y, w, h);
      cairo_set_source_rgb (cr, 0.15, 0.35, 0.7);
      cairo_set_line_width (cr, 0.8);
      cairo_stroke (cr);
      label = g_strdup_printf ("%u", i + 1);
      _od_export_draw_text (cr, self->ui_lang, MIN (w, h) > 24 ? "Sans Bold 9" : "Sans 5", label, x + 2, y + 1, FALSE);
    }
}

static void
draw_markers (OdExportDocument   *self,
              cairo_t            *cr,
              const OdExportPage *page)
{
  for (guint i = 0; i < page->markers->len; i++)
    {
      const OdPageMarker *m = &g_array_index (page->markers, OdPageMarker, i);

      cairo_set_source_rgb (cr, 0.15, 0.35, 0.7);
      _od_export_draw_text (cr, self->ui_lang, "Sans Italic 7", m->text, m->x + 3, m->above ? m->y - 11 : m->y + 2, FALSE);
    }
}

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

  if (self->pagination == NULL)
    {
      area = self->bounds;
      /* One page: the chart centred in the content area. */
      x0 = s->margin + (cw - area.width * self->scale) / 2;
      y0 = s->margin + s->header + (ch - area.height * self->scale) / 2;
      clip = area;
    }
  else
    {
      const OdPage *tile = od_pagination_get_page (self->pagination, page->index);

      area = (OdLayoutRect) { tile->area.x, tile->area.y, tile->area.width, tile->area.height };
      x0 = s->margin + (cw - area.width) / 2;
      y0 = s->margin + s->header + 14;
      /* Tiles do not overlap, so clipping to this one's area shows no part
       * of a neighbour's box; lines leaving it stop at its edge, where a
       * marker says where they continue. */
      clip = (OdLayoutRect) { area.x - 1, area.y - 1, area.width + 2, area.height + 2 };
    }

  cairo_save (cr);
  cairo_translate (cr, x0, y0);
  cairo_scale (cr, self->scale, self->scale);
  cairo_translate (cr, -area.x, -area.y);
  cairo_save (cr);
  cairo_rectangle (cr, clip.x, clip.y, clip.width, clip.height);
  cairo_clip (cr);
  _od_export_draw_chart_area (self, cr, &clip, self->scale);
  cairo_restore (cr);
  if (page->markers != NULL)
    draw_markers (self, cr, page);
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
    case OD_EXPORT_PAGE_OVERVIEW:
      draw_overview (self, cr);
      break;
    case OD_EXPORT_PAGE_CHART:
      draw_chart_page (self, cr, page);
      break;
    case OD_EXPORT_PAGE_REPORT:
      cairo_translate (cr, self->setup.margin, self->setup.margin + self->setup.header);
      od_text_flow_draw_page (self->report, cr, page->index);
      break;
    default:
      g_assert_not_reached ();
    }
  cairo_restore (cr);
  _od_export_draw_furniture (self, cr, index);
}

void
od_export_document_draw_chart (OdExportDocument *self,
                               cairo_t          *cr,
                               double            scale)
{
  g_return_if_fail (self != NULL && cr != NULL && scale > 0);

  cairo_save (cr);
  cairo_scale (cr, scale, scale);
  cairo_translate (cr, -self->bounds.x, -self->bounds.y);
  _od_export_draw_chart_area (self, cr, &self->bounds, scale);
  cairo_restore (cr);
}
