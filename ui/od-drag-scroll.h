/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-drag-scroll.h: how fast the chart scrolls while a drag (a rubber
 * band, a unit being moved) holds the pointer at or past its edge, so a
 * band can grow and a unit can travel beyond what the window shows. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Pixels from the edge where scrolling starts. */
#define OD_DRAG_SCROLL_ZONE 32.0
/* Pixels a second at the edge (more past it, up to twice). */
#define OD_DRAG_SCROLL_SPEED 900.0

/* The scroll velocity, in widget pixels a second, for the pointer at
 * (@x, @y) in a widget of @width × @height: positive where the view should
 * move right or down (the pointer at the right or bottom edge), 0 in the
 * middle.  FALSE when both are 0. */
gboolean od_drag_scroll_velocity (double  x,
                                  double  y,
                                  double  width,
                                  double  height,
                                  double *vx,
                                  double *vy);

G_END_DECLS
