/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-text-flow.h: running text broken into pages, for reports.
 *
 * Paragraphs are shaped with Pango once, when added, and their lines are
 * assigned to pages then, so the number of pages is known before anything
 * is drawn (a print dialog and "page n of N" need it).  A page is drawn
 * onto any cairo_t whose origin is the top left of the text area.
 */
#pragma once

#include <cairo.h>
#include "od-types.h"

G_BEGIN_DECLS

typedef enum {
  OD_TEXT_TITLE,
  OD_TEXT_HEADING,
  OD_TEXT_SUBHEADING,
  OD_TEXT_BODY,
  OD_TEXT_NOTE,          /* smaller and grey: sources, reasons */
} OdTextStyle;

typedef struct _OdTextFlow OdTextFlow;

/* A flow into pages of @width × @height points; text shaped for @lang. */
OdTextFlow *od_text_flow_new         (double       width,
                                      double       height,
                                      OdLang       lang);
void        od_text_flow_free        (OdTextFlow  *self);

/* Adds a paragraph indented by @indent points.  Headings never end a page. */
void        od_text_flow_add         (OdTextFlow  *self,
                                      OdTextStyle  style,
                                      double       indent,
                                      const char  *text);
void        od_text_flow_page_break  (OdTextFlow  *self);

guint       od_text_flow_get_n_pages (OdTextFlow  *self);
void        od_text_flow_draw_page   (OdTextFlow  *self,
                                      cairo_t     *cr,
                                      guint        page);

/* Turns ligatures off in @layout (a PangoLayout): text copied from a PDF
 * must read "fi", not the single character "ﬁ". */
void        od_text_no_ligatures     (gpointer     layout);


G_DEFINE_AUTOPTR_CLEANUP_FUNC (OdTextFlow, od_text_flow_free)

G_END_DECLS
