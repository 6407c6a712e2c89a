/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-rubber-band.h: the selection rectangle a primary drag on empty chart
 * space draws.  It is anchored in chart coordinates, so scrolling or
 * zooming during the drag keeps its start where it was pressed; the boxes
 * it touches are outlined as it grows, and releasing it selects them. */
#pragma once

#include <gtk/gtk.h>

#include "od-layout.h"
#include "od-selection.h"
#include "od-viewport.h"

G_BEGIN_DECLS

typedef struct _OdRubberBand OdRubberBand;

/* A band from the widget point (@x, @y); @add: Shift or Ctrl held, the
 * units join the selection instead of replacing it. */
OdRubberBand *od_rubber_band_new    (OdLayout     *layout,
                                     OdViewport   *viewport,
                                     double        x,
                                     double        y,
                                     gboolean      add);
void          od_rubber_band_free   (OdRubberBand *self);
/* The pointer is now at the widget point (@x, @y). */
void          od_rubber_band_update (OdRubberBand *self,
                                     double        x,
                                     double        y);
/* The band in chart points. */
void          od_rubber_band_get_rect (OdRubberBand *self,
                                       OdLayoutRect *rect);
/* The units whose boxes it touches, in the organisation's order. */
GPtrArray    *od_rubber_band_dup_units (OdRubberBand *self);
/* The translucent accent rectangle and outlines on the boxes it touches,
 * in @widget's coordinates and colours. */
void          od_rubber_band_draw   (OdRubberBand *self,
                                     GtkWidget    *widget,
                                     cairo_t      *cr);
/* Selects what it touches in @selection. */
void          od_rubber_band_finish (OdRubberBand *self,
                                     OdSelection  *selection);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OdRubberBand, od_rubber_band_free)

G_END_DECLS
