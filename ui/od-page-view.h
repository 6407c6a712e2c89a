/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-page-view.h: the document's pages as the PDF export and printing lay
 * them out (od-export-document: department pages, stubs, contents, index)
 * on the paper, orientation and density chosen here or last in the export
 * dialog, drawn by the export's own code.  Planned again a moment after
 * each edit, in a worker thread; a click on a stub ("→ p. 7") goes to its
 * page. */
#pragma once

#include <gtk/gtk.h>

#include "od-document.h"
#include "od-page-sheets.h"
#include "od-paper.h"

G_BEGIN_DECLS

#define OD_TYPE_PAGE_VIEW (od_page_view_get_type ())
G_DECLARE_FINAL_TYPE (OdPageView, od_page_view, OD, PAGE_VIEW, GtkWidget)

GtkWidget    *od_page_view_new            (void);
void          od_page_view_set_document   (OdPageView  *self,
                                           OdDocument  *document);
/* The pages shown (0 before the first plan or when it failed). */
guint         od_page_view_get_n_pages    (OdPageView  *self);
/* TRUE while pages are being planned (the "planning" property). */
gboolean      od_page_view_get_planning   (OdPageView  *self);
/* The sheet, orientation and density the pages are planned for. */
void          od_page_view_get_page_setup (OdPageView  *self,
                                           OdPageSetup *setup);
/* As the choosers do: @paper as the CLI's --paper (A4, A3, …, letter). */
gboolean      od_page_view_set_paper      (OdPageView  *self,
                                           const char  *paper);
void          od_page_view_set_landscape  (OdPageView  *self,
                                           gboolean     landscape);
void          od_page_view_set_density    (OdPageView  *self,
                                           OdDensity    density);
OdPageSheets *od_page_view_get_sheets     (OdPageView  *self);
/* Whether the pages are the report's (as the export's and the print
 * dialog's "findings and diagnosis" choice, which they share). */
gboolean      od_page_view_get_report     (OdPageView  *self);
void          od_page_view_set_report     (OdPageView  *self,
                                           gboolean     report);

G_END_DECLS
