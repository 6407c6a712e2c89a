/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-rubber-band.c: the chart's selection rectangle. */
#include "config.h"

#include <math.h>

#include "od-rubber-band.h"

struct _OdRubberBand
{
  OdLayout   *layout;     /* the canvas's; outlives the band */
  OdViewport *viewport;
  double      x0, y0;     /* chart points: where it was pressed */
  double      x1, y1;     /* chart points: where the pointer is */
  gboolean    add;
};

OdRubberBand *
od_rubber_band_new (OdLayout   *layout,
                    OdViewport *viewport,
                    double      x,
                    double      y,
                    gboolean    add)
{
  OdRubberBand *self = g_new0 (OdRubberBand, 1);

  self->layout = layout;
  self->viewport = viewport;
  self->add = add;
  od_viewport_to_chart (viewport, x, y, &self->x0, &self->y0);
  self->x1 = self->x0;
  self->y1 = self->y0;
  return self;
}

void
od_rubber_band_free (OdRubberBand *self)
{
  g_free (self);
}

void
od_rubber_band_update (OdRubberBand *self,
                       double        x,
                       double        y)
{
  od_viewport_to_chart (self->viewport, x, y, &self->x1, &self->y1);
}

void
od_rubber_band_get_rect (OdRubberBand *self,
                         OdLayoutRect *rect)
{
  rect->x = MIN (self->x0, self->x1);
  rect->y = MIN (self->y0, self->y1);
  rect->width = ABS (self->x1 - self->x0);
  rect->height = ABS (self->y1 - self->y0);
}

GPtrArray *
od_rubber_band_dup_units (OdRubberBand *self)
{
  GPtrArray *units = g_ptr_array_new ();
  OdLayoutRect rect;

  od_rubber_band_get_rect (self, &rect);
  od_layout_query_rect (self->layout, &rect, units);
  return units;
}

/* The theme's accent (libadwaita's accent_bg_color), GNOME blue without. */
static void
accent_colour (GtkWidget *widget,
               GdkRGBA   *rgba)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  if (!gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), "accent_bg_color", rgba))
    gdk_rgba_parse (rgba, "#3584e4");
  G_GNUC_END_IGNORE_DEPRECATIONS
}

void
od_rubber_band_draw (OdRubberBand *self,
                     GtkWidget    *widget,
                     cairo_t      *cr)
{
  g_autoptr(GPtrArray) units = g_ptr_array_new ();
  OdLayoutRect rect, visible, shown;
  double x0, y0, x1, y1;
  GdkRGBA accent;

  accent_colour (widget, &accent);
  od_rubber_band_get_rect (self, &rect);
  cairo_save (cr);

  /* The boxes it will select, as far as they are in view: the frame costs
   * what is shown even when the band covers the whole chart. */
  od_viewport_get_visible (self->viewport, &visible);
  shown.x = MAX (rect.x, visible.x);
  shown.y = MAX (rect.y, visible.y);
  shown.width = MIN (rect.x + rect.width, visible.x + visible.width) - shown.x;
  shown.height = MIN (rect.y + rect.height, visible.y + visible.height) - shown.y;
  if (shown.width >= 0 && shown.height >= 0)
    od_layout_query_rect (self->layout, &shown, units);
  cairo_set_source_rgba (cr, accent.red, accent.green, accent.blue, 0.75);
  cairo_set_line_width (cr, 2.0);
  for (guint i = 0; i < units->len; i++)
    {
      OdLayoutRect box;

      if (!od_layout_get_box (self->layout, units->pdata[i], &box))
        continue;
      od_viewport_to_widget (self->viewport, box.x, box.y, &x0, &y0);
      od_viewport_to_widget (self->viewport, box.x + box.width, box.y + box.height, &x1, &y1);
      cairo_rectangle (cr, x0 - 2, y0 - 2, x1 - x0 + 4, y1 - y0 + 4);
    }
  cairo_stroke (cr);

  /* The band itself, as GTK draws its own: a fifth of the accent, a
   * one-pixel border on whole pixels. */
  od_viewport_to_widget (self->viewport, rect.x, rect.y, &x0, &y0);
  od_viewport_to_widget (self->viewport, rect.x + rect.width, rect.y + rect.height, &x1, &y1);
  x0 = floor (x0) + 0.5;
  y0 = floor (y0) + 0.5;
  x1 = floor (x1) + 0.5;
  y1 = floor (y1) + 0.5;
  cairo_rectangle (cr, x0, y0, x1 - x0, y1 - y0);
  cairo_set_source_rgba (cr, accent.red, accent.green, accent.blue, 0.2);
  cairo_fill_preserve (cr);
  cairo_set_source_rgba (cr, accent.red, accent.green, accent.blue, 1.0);
  cairo_set_line_width (cr, 1.0);
  cairo_stroke (cr);
  cairo_restore (cr);
}

void
od_rubber_band_finish (OdRubberBand *self,
                       OdSelection  *selection)
{
  g_autoptr(GPtrArray) units = od_rubber_band_dup_units (self);

  od_selection_select_units (selection, units, self->add);
}
