/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-viewport.c: zoom, offset and coordinate transforms of a canvas. */
#include "config.h"

#include <math.h>

#include "od-viewport.h"

/* Pixels of chart that stay in view however far it is panned, and the
 * margin kept round the chart when fitting or scrolling to a box. */
#define KEEP_VISIBLE 48.0
#define MARGIN       24.0

struct _OdViewport
{
  GObject      parent_instance;

  double       width, height;     /* pixels */
  OdLayoutRect bounds;            /* chart points */
  double       zoom;
  double       x, y;              /* chart point at the top-left corner */
};

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (OdViewport, od_viewport, G_TYPE_OBJECT)

static void
od_viewport_class_init (OdViewportClass *klass)
{
  /**
   * OdViewport::changed:
   *
   * The zoom or the offset changed: what is shown must be drawn again.
   */
  signals[CHANGED] = g_signal_new ("changed",
                                   G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
}

static void
od_viewport_init (OdViewport *self)
{
  self->zoom = 1.0;
}

OdViewport *
od_viewport_new (void)
{
  return g_object_new (OD_TYPE_VIEWPORT, NULL);
}

/* Keeps part of the chart in view, so it cannot be lost off screen. */
static void
clamp_offset (OdViewport *self)
{
  double keep = MIN (KEEP_VISIBLE, MIN (self->width, self->height) / 2) / self->zoom;
  double view_w = self->width / self->zoom;
  double view_h = self->height / self->zoom;
  double min_x = self->bounds.x + MIN (keep, self->bounds.width) - view_w;
  double max_x = self->bounds.x + self->bounds.width - MIN (keep, self->bounds.width);
  double min_y = self->bounds.y + MIN (keep, self->bounds.height) - view_h;
  double max_y = self->bounds.y + self->bounds.height - MIN (keep, self->bounds.height);

  if (self->width <= 0 || self->height <= 0)
    return;
  self->x = CLAMP (self->x, min_x, MAX (min_x, max_x));
  self->y = CLAMP (self->y, min_y, MAX (min_y, max_y));
}

static void
changed (OdViewport *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

void
od_viewport_set_size (OdViewport *self,
                      double      width,
                      double      height)
{
  g_return_if_fail (OD_IS_VIEWPORT (self));

  if (!isfinite (width) || !isfinite (height))
    return;
  self->width = MAX (width, 0);
  self->height = MAX (height, 0);
  clamp_offset (self);
  changed (self);
}

double
od_viewport_get_width (OdViewport *self)
{
  g_return_val_if_fail (OD_IS_VIEWPORT (self), 0);
  return self->width;
}

double
od_viewport_get_height (OdViewport *self)
{
  g_return_val_if_fail (OD_IS_VIEWPORT (self), 0);
  return self->height;
}

void
od_viewport_set_bounds (OdViewport         *self,
                        const OdLayoutRect *bounds)
{
  g_return_if_fail (OD_IS_VIEWPORT (self));
  g_return_if_fail (bounds != NULL);

  self->bounds = *bounds;
  clamp_offset (self);
  changed (self);
}

double
od_viewport_get_zoom (OdViewport *self)
{
  g_return_val_if_fail (OD_IS_VIEWPORT (self), 1.0);
  return self->zoom;
}

void
od_viewport_zoom_at (OdViewport *self,
                     double      zoom,
                     double      x,
                     double      y)
{
  double chart_x, chart_y;

  g_return_if_fail (OD_IS_VIEWPORT (self));

  if (!isfinite (zoom) || !isfinite (x) || !isfinite (y) || zoom <= 0)
    return;
  od_viewport_to_chart (self, x, y, &chart_x, &chart_y);
  self->zoom = CLAMP (zoom, OD_VIEWPORT_MIN_ZOOM, OD_VIEWPORT_MAX_ZOOM);
  self->x = chart_x - x / self->zoom;
  self->y = chart_y - y / self->zoom;
  clamp_offset (self);
  changed (self);
}

void
od_viewport_zoom_by (OdViewport *self,
                     double      factor)
{
  g_return_if_fail (OD_IS_VIEWPORT (self));

  od_viewport_zoom_at (self, self->zoom * factor, self->width / 2, self->height / 2);
}

void
od_viewport_fit (OdViewport *self)
{
  double zoom;

  g_return_if_fail (OD_IS_VIEWPORT (self));

  if (self->width <= 2 * MARGIN || self->height <= 2 * MARGIN
      || self->bounds.width <= 0 || self->bounds.height <= 0)
    zoom = 1.0;
  else
    zoom = MIN ((self->width - 2 * MARGIN) / self->bounds.width,
                (self->height - 2 * MARGIN) / self->bounds.height);
  /* A small chart is enlarged a little for reading across a room (a
   * workshop's projector), not blown up to fill the screen. */
  self->zoom = CLAMP (MIN (zoom, OD_VIEWPORT_MAX_FIT_ZOOM), OD_VIEWPORT_MIN_ZOOM, OD_VIEWPORT_MAX_ZOOM);
  self->x = self->bounds.x + self->bounds.width / 2 - self->width / 2 / self->zoom;
  self->y = self->bounds.y + self->bounds.height / 2 - self->height / 2 / self->zoom;
  clamp_offset (self);
  changed (self);
}

double
od_viewport_get_fit_zoom (OdViewport         *self,
                          const OdLayoutRect *rect)
{
  double zoom;

  g_return_val_if_fail (OD_IS_VIEWPORT (self), 1.0);
  g_return_val_if_fail (rect != NULL, 1.0);

  if (self->width <= 2 * MARGIN || self->height <= 2 * MARGIN
      || rect->width <= 0 || rect->height <= 0)
    return 1.0;
  zoom = MIN ((self->width - 2 * MARGIN) / rect->width,
              (self->height - 2 * MARGIN) / rect->height);
  return CLAMP (zoom, OD_VIEWPORT_MIN_ZOOM, OD_VIEWPORT_MAX_ZOOM);
}

void
od_viewport_fit_rect (OdViewport         *self,
                      const OdLayoutRect *rect,
                      double              max_zoom)
{
  g_return_if_fail (OD_IS_VIEWPORT (self));
  g_return_if_fail (rect != NULL);

  self->zoom = CLAMP (MIN (od_viewport_get_fit_zoom (self, rect), max_zoom),
                      OD_VIEWPORT_MIN_ZOOM, OD_VIEWPORT_MAX_ZOOM);
  self->x = rect->x + rect->width / 2 - self->width / 2 / self->zoom;
  self->y = rect->y + rect->height / 2 - self->height / 2 / self->zoom;
  clamp_offset (self);
  changed (self);
}

void
od_viewport_get_offset (OdViewport *self,
                        double     *x,
                        double     *y)
{
  g_return_if_fail (OD_IS_VIEWPORT (self));

  if (x != NULL)
    *x = self->x;
  if (y != NULL)
    *y = self->y;
}

void
od_viewport_set_offset (OdViewport *self,
                        double      x,
                        double      y)
{
  g_return_if_fail (OD_IS_VIEWPORT (self));

  if (!isfinite (x) || !isfinite (y))
    return;
  self->x = x;
  self->y = y;
  clamp_offset (self);
  changed (self);
}

void
od_viewport_pan (OdViewport *self,
                 double      dx,
                 double      dy)
{
  g_return_if_fail (OD_IS_VIEWPORT (self));

  od_viewport_set_offset (self, self->x - dx / self->zoom, self->y - dy / self->zoom);
}

void
od_viewport_scroll_to (OdViewport         *self,
                       const OdLayoutRect *rect)
{
  double margin, view_w, view_h, x, y;

  g_return_if_fail (OD_IS_VIEWPORT (self));
  g_return_if_fail (rect != NULL);

  margin = MARGIN / self->zoom;
  view_w = self->width / self->zoom;
  view_h = self->height / self->zoom;
  x = self->x;
  y = self->y;
  if (rect->x + rect->width + margin > x + view_w)
    x = rect->x + rect->width + margin - view_w;
  if (rect->x - margin < x)
    x = rect->x - margin;
  if (rect->y + rect->height + margin > y + view_h)
    y = rect->y + rect->height + margin - view_h;
  if (rect->y - margin < y)
    y = rect->y - margin;
  if (x != self->x || y != self->y)
    od_viewport_set_offset (self, x, y);
}

void
od_viewport_to_chart (OdViewport *self,
                      double      x,
                      double      y,
                      double     *chart_x,
                      double     *chart_y)
{
  g_return_if_fail (OD_IS_VIEWPORT (self));

  *chart_x = self->x + x / self->zoom;
  *chart_y = self->y + y / self->zoom;
}

void
od_viewport_to_widget (OdViewport *self,
                       double      chart_x,
                       double      chart_y,
                       double     *x,
                       double     *y)
{
  g_return_if_fail (OD_IS_VIEWPORT (self));

  *x = (chart_x - self->x) * self->zoom;
  *y = (chart_y - self->y) * self->zoom;
}

void
od_viewport_get_visible (OdViewport   *self,
                         OdLayoutRect *rect)
{
  g_return_if_fail (OD_IS_VIEWPORT (self));
  g_return_if_fail (rect != NULL);

  rect->x = self->x;
  rect->y = self->y;
  rect->width = self->width / self->zoom;
  rect->height = self->height / self->zoom;
}
