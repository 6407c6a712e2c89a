/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-drag-scroll.c: scrolling at the edge during a drag. */
#include "config.h"

#include "od-drag-scroll.h"

/* One axis: from nothing at the zone's inner side to full speed at the
 * edge, up to twice that well past it (the pointer is grabbed, so it may
 * leave the widget). */
static double
axis (double at,
      double size)
{
  double depth;

  if (size < 4 * OD_DRAG_SCROLL_ZONE)
    return 0;   /* too small a view to have a middle */
  if (at < OD_DRAG_SCROLL_ZONE)
    depth = OD_DRAG_SCROLL_ZONE - at;
  else if (at > size - OD_DRAG_SCROLL_ZONE)
    depth = at - (size - OD_DRAG_SCROLL_ZONE);
  else
    return 0;
  depth = MIN (depth / OD_DRAG_SCROLL_ZONE, 2.0);
  return (at < size / 2 ? -1 : 1) * OD_DRAG_SCROLL_SPEED * depth;
}

gboolean
od_drag_scroll_velocity (double  x,
                         double  y,
                         double  width,
                         double  height,
                         double *vx,
                         double *vy)
{
  *vx = axis (x, width);
  *vy = axis (y, height);
  return *vx != 0 || *vy != 0;
}
