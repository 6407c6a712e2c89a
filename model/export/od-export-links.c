/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-export-links.c: the stub links of department pages, placed where
 * od-export-pages.c draws the stubs. */
#include "config.h"

#include "od-export-links.h"
#include "od-export-private.h"

GArray *
od_export_document_get_links (OdExportDocument *self,
                              guint             index)
{
  GArray *links = g_array_new (FALSE, FALSE, sizeof (OdExportLink));
  const OdExportPage *page;
  const OdPlanSection *sections;
  const OdPagePlanMetrics *m;
  const OdPlacedBox *boxes;
  const guint *on_page;
  guint n;
  double x0, y0;

  g_return_val_if_fail (self != NULL, links);
  g_return_val_if_fail (index < self->pages->len, links);

  page = &g_array_index (self->pages, OdExportPage, index);
  if (page->kind != OD_EXPORT_PAGE_CHART || self->plan == NULL)
    return links;

  sections = od_page_plan_get_sections (self->plan, NULL);
  m = od_page_plan_get_metrics (self->plan);
  boxes = od_page_plan_get_boxes (self->plan, NULL);
  on_page = od_page_plan_page_sections (self->plan, page->index, &n);
  /* The same origin as _od_export_draw_plan_page(). */
  _od_export_plan_page_origin (self, page->index, &x0, &y0);
  for (guint k = 0; k < n; k++)
    {
      const OdPlanSection *s = &sections[on_page[k]];

      for (guint i = s->first_box; i < s->first_box + s->n_boxes; i++)
        {
          OdExportLink link;
          int target;

          if (boxes[i].kind != OD_PLACED_STUB)
            continue;
          target = od_page_plan_section_of_root (self->plan, boxes[i].node);
          if (target < 0)
            continue;
          link.x = x0 + s->x + boxes[i].x;
          link.y = y0 + s->y + boxes[i].y;
          link.width = m->box_width;
          link.height = m->box_height;
          link.target = _od_export_section_sheet (self, (guint) target);
          g_array_append_val (links, link);
        }
    }
  return links;
}

int
od_export_document_link_at (OdExportDocument *self,
                            guint             index,
                            double            x,
                            double            y)
{
  g_autoptr(GArray) links = od_export_document_get_links (self, index);

  for (guint i = 0; i < links->len; i++)
    {
      const OdExportLink *link = &g_array_index (links, OdExportLink, i);

      if (x >= link->x && x < link->x + link->width && y >= link->y && y < link->y + link->height)
        return (int) link->target;
    }
  return -1;
}
