/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-severity-badge.h: the badge a finding puts on a box, the same on
 * screen, on paper and in the legend. */
#pragma once

#include <cairo.h>
#include "od-types.h"

G_BEGIN_DECLS

/* Draws the badge of @severity centred on (@cx, @cy), about @size points
 * across, filled with @colour and edged with @ring (the background, so it
 * stands off a box's border).  Each severity has its own shape and mark —
 * error a square with ✕, warning a triangle with !, information a circle
 * with i — so they stay apart on a black-and-white printer; the mark is
 * dark on a light fill and white on a dark one. */
void od_severity_badge_draw (cairo_t      *cr,
                             OdSeverity    severity,
                             double        cx,
                             double        cy,
                             double        size,
                             const double  colour[3],
                             const double  ring[3]);

G_END_DECLS
