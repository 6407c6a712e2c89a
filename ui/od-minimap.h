/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-minimap.h: the whole chart in small, with the part the canvas shows
 * framed; a click or a drag moves the canvas there.  It hides itself when
 * the canvas shows the whole chart anyway. */
#pragma once

#include "od-chart-canvas.h"

G_BEGIN_DECLS

#define OD_TYPE_MINIMAP (od_minimap_get_type ())
G_DECLARE_FINAL_TYPE (OdMinimap, od_minimap, OD, MINIMAP, GtkWidget)

GtkWidget *od_minimap_new         (OdChartCanvas *canvas);
/* Whether the user wants it (the View menu); it still hides while the
 * whole chart is in view. */
void       od_minimap_set_enabled (OdMinimap     *self,
                                   gboolean       enabled);
gboolean   od_minimap_get_enabled (OdMinimap     *self);
/* Centres the canvas on the chart point under the mini-map's widget
 * point (@x, @y), as a click does. */
void       od_minimap_pan_to      (OdMinimap     *self,
                                   double         x,
                                   double         y);

G_END_DECLS
