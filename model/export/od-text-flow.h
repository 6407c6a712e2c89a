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

/* A drawn block (a chart, a table row) placed like a line: @draw gets a
 * cairo_t whose origin is the block's top left, and the text width. */
typedef void (*OdTextFlowDrawFunc) (cairo_t  *cr,
                                    double    width,
                                    gpointer  data);

void        od_text_flow_add_block   (OdTextFlow        *self,
                                      double             height,
                                      OdTextFlowDrawFunc draw,
                                      gpointer           data,
                                      GDestroyNotify     destroy);

/* What is added between these two calls stays on one page when it fits on
 * one (keep with next: a heading with its paragraph, a reference with the
 * text it backs). */
void        od_text_flow_keep_begin  (OdTextFlow  *self);
void        od_text_flow_keep_end    (OdTextFlow  *self);

/* Marks the place of the next item as an entry of the contents and the PDF
 * outline at @level (1 = section, 2 = subsection). */
void        od_text_flow_mark        (OdTextFlow  *self,
                                      guint        level,
                                      const char  *title);

typedef struct {
  guint  level;
  char  *title;
  guint  page;             /* 0-based page of the flow */
} OdTextFlowMark;

/* The marks in order (OdTextFlowMark); transfer none. */
GArray     *od_text_flow_get_marks   (OdTextFlow  *self);
/* The title of the level-1 mark in force on @page, or NULL. */
const char *od_text_flow_get_section (OdTextFlow  *self,
                                      guint        page);
double      od_text_flow_get_width   (OdTextFlow  *self);
double      od_text_flow_get_height  (OdTextFlow  *self);
OdLang      od_text_flow_get_lang    (OdTextFlow  *self);
/* The language of the Chinese names quoted in the text (the document's),
 * when it differs from the text's own: @lang at first. */
void        od_text_flow_set_han_lang (OdTextFlow *self,
                                      OdLang      lang);
OdLang      od_text_flow_get_han_lang (OdTextFlow *self);

/* Turns ligatures off in @layout (a PangoLayout): text copied from a PDF
 * must read "fi", not the single character "ﬁ". */
void        od_text_no_ligatures     (gpointer     layout);


G_DEFINE_AUTOPTR_CLEANUP_FUNC (OdTextFlow, od_text_flow_free)

G_END_DECLS
