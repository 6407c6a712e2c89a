/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-text-sink.h: text that an SVG export writes as real <text>.
 *
 * cairo's SVG surface draws glyphs as outlines (<symbol>/<use>): the names
 * on a chart could not be searched, copied or edited.  While a sink is
 * attached to a cairo_t, od_text_show_layout() records each layout there
 * (its lines, where they land on the device, their faces, size, colour and
 * language) instead of drawing it; the export then writes them as <text>
 * elements into the SVG cairo wrote for the shapes. */
#pragma once

#include <pango/pangocairo.h>

G_BEGIN_DECLS

typedef struct _OdTextSink OdTextSink;

OdTextSink *od_text_sink_new       (void);
void        od_text_sink_free      (OdTextSink  *self);
/* Text shown on @cr from now on goes to @self (NULL: drawn again). */
void        od_text_sink_attach    (OdTextSink  *self,
                                    cairo_t     *cr);
/* The sink attached to @cr, or NULL. */
OdTextSink *od_text_sink_get       (cairo_t     *cr);
guint       od_text_sink_get_n_texts (OdTextSink *self);
/* Appends one <text> element per layout recorded (a <tspan> per line, so
 * the element's text is the layout's text whole), escaped, with its
 * xml:lang, font-family, font-size, font-weight, fill and the measured
 * textLength of each line. */
void        od_text_sink_write_svg (OdTextSink  *self,
                                    GString     *out);

/* pango_cairo_show_layout (@cr, @layout) at the current point, or the
 * layout recorded into the sink attached to @cr. */
void        od_text_show_layout    (cairo_t     *cr,
                                    PangoLayout *layout);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OdTextSink, od_text_sink_free)

G_END_DECLS
