/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-viewport.h: which part of a chart a canvas shows, and at what zoom.
 *
 * GTK-free (GObject only), so that its arithmetic is tested without a
 * display.  Widget coordinates are pixels from the canvas's top-left
 * corner; chart coordinates are points, as the layout gives them:
 *
 *   widget = (chart - offset) × zoom
 */
#pragma once

#include <glib-object.h>

#include "od-layout.h"

G_BEGIN_DECLS

#define OD_VIEWPORT_MIN_ZOOM  0.02
#define OD_VIEWPORT_MAX_ZOOM  8.0
/* Fitting never enlarges a small chart more than this. */
#define OD_VIEWPORT_MAX_FIT_ZOOM 1.5
/* One press of zoom in or out. */
#define OD_VIEWPORT_ZOOM_STEP 1.25

#define OD_TYPE_VIEWPORT (od_viewport_get_type ())
G_DECLARE_FINAL_TYPE (OdViewport, od_viewport, OD, VIEWPORT, GObject)

OdViewport *od_viewport_new              (void);

/* The widget's size in pixels. */
void        od_viewport_set_size         (OdViewport         *self,
                                          double              width,
                                          double              height);
double      od_viewport_get_width        (OdViewport         *self);
double      od_viewport_get_height       (OdViewport         *self);
/* The chart's extent; panning keeps some of it in view. */
void        od_viewport_set_bounds       (OdViewport         *self,
                                          const OdLayoutRect *bounds);

/* Pixels per chart point. */
double      od_viewport_get_zoom         (OdViewport         *self);
/* Sets the zoom (clamped) keeping the chart point under the widget point
 * (@x, @y) where it is. */
void        od_viewport_zoom_at          (OdViewport         *self,
                                          double              zoom,
                                          double              x,
                                          double              y);
/* Multiplies the zoom by @factor about the widget's centre. */
void        od_viewport_zoom_by          (OdViewport         *self,
                                          double              factor);
/* The whole chart in view, centred, at most OD_VIEWPORT_MAX_FIT_ZOOM. */
void        od_viewport_fit              (OdViewport         *self);

/* The zoom at which @rect (chart points) just fits the widget, margins
 * kept (not limited to OD_VIEWPORT_MAX_FIT_ZOOM). */
double      od_viewport_get_fit_zoom     (OdViewport         *self,
                                          const OdLayoutRect *rect);
/* Shows @rect centred and as large as fits, at most @max_zoom (a
 * department filling the screen in a presentation). */
void        od_viewport_fit_rect         (OdViewport         *self,
                                          const OdLayoutRect *rect,
                                          double              max_zoom);

/* The chart point shown at the widget's top-left corner. */
void        od_viewport_get_offset       (OdViewport         *self,
                                          double             *x,
                                          double             *y);
void        od_viewport_set_offset       (OdViewport         *self,
                                          double              x,
                                          double              y);
/* Moves the view by a drag of (@dx, @dy) pixels (the chart follows the
 * pointer). */
void        od_viewport_pan              (OdViewport         *self,
                                          double              dx,
                                          double              dy);
/* Pans the least needed for @rect (chart points) to be in view, with a
 * margin; a rectangle larger than the view gets its top-left corner in. */
void        od_viewport_scroll_to        (OdViewport         *self,
                                          const OdLayoutRect *rect);

void        od_viewport_to_chart         (OdViewport         *self,
                                          double              x,
                                          double              y,
                                          double             *chart_x,
                                          double             *chart_y);
void        od_viewport_to_widget        (OdViewport         *self,
                                          double              chart_x,
                                          double              chart_y,
                                          double             *x,
                                          double             *y);
/* The part of the chart in view, in chart points. */
void        od_viewport_get_visible      (OdViewport         *self,
                                          OdLayoutRect       *rect);

G_END_DECLS
