/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-glyph-batch.h: text collected over a page, shown in few glyph runs.
 *
 * cairo's PDF surface pays for every drawing operation three times (it
 * records it, analyses it and replays it into the page), and
 * pango_cairo_show_layout() makes one operation per run of every layout:
 * two or more per box, thousands per department page.  A batch takes the
 * glyphs of each layout added (where they land, in the source colour at
 * the time) and shows them at od_glyph_batch_flush() with one
 * cairo_show_text_glyphs() per font, colour and transformation.  The
 * clusters go with them, so the PDF's text is the layouts' text (it can
 * be searched and copied as before). */
#pragma once

#include <pango/pangocairo.h>

G_BEGIN_DECLS

typedef struct _OdGlyphBatch OdGlyphBatch;

OdGlyphBatch *od_glyph_batch_new   (void);
void          od_glyph_batch_free  (OdGlyphBatch *self);
/* Adds @layout as pango_cairo_show_layout (@cr, @layout) would show it at
 * the current point.  What a batch cannot hold (right-to-left runs,
 * glyphs missing from every face, decorated or shifted runs, a source
 * that is not a solid colour) is shown at once; while an SVG text sink is
 * attached to @cr the layout goes to the sink (od-text-sink.h). */
void          od_glyph_batch_add   (OdGlyphBatch *self,
                                    cairo_t      *cr,
                                    PangoLayout  *layout);
/* Shows what was added on @cr (clipped by its clip now) and empties the
 * batch.  Text drawn later covers it: flush before drawing over text. */
void          od_glyph_batch_flush (OdGlyphBatch *self,
                                    cairo_t      *cr);

/* The glyphs of a layout of one line, kept to be shown again without
 * shaping it again (a box's name, shown once more in the index).  NULL
 * when @layout has more than one line or a run a batch cannot hold. */
typedef struct _OdGlyphLine OdGlyphLine;

OdGlyphLine  *od_glyph_line_new       (PangoLayout       *layout);
void          od_glyph_line_free      (OdGlyphLine       *line);
/* The line's logical width, in the layout's units (points). */
double        od_glyph_line_get_width (const OdGlyphLine *line);
/* The line's logical extents in the layout it was kept from: @x is where
 * the layout's alignment put it, @height the layout's height. */
void          od_glyph_line_get_extents (const OdGlyphLine *line,
                                         double            *x,
                                         double            *width,
                                         double            *height);
/* Where the line's baseline is, below its top: lines shown side by side
 * as one line are only that line where their baselines agree. */
double        od_glyph_line_get_baseline (const OdGlyphLine *line);
/* Adds @line as a left-aligned layout of that one line would be shown at
 * the current point.  FALSE (nothing added) where od_glyph_batch_add()
 * would show a layout at once: the caller shows the layout instead. */
gboolean      od_glyph_batch_add_line (OdGlyphBatch      *self,
                                       cairo_t           *cr,
                                       const OdGlyphLine *line);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OdGlyphBatch, od_glyph_batch_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (OdGlyphLine, od_glyph_line_free)

G_END_DECLS
