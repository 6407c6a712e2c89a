/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-export-document.h: the pages of a printed or exported chart and
 * report, planned before anything is drawn.
 *
 * One plan serves the PDF export and the application's GtkPrintOperation,
 * so what prints is what exports: an overview page when the chart is
 * tiled (which part of the chart is on which page), the chart pages (one
 * page when it fits readably, else tiles cut between boxes by
 * od-pagination), then, for a report, the findings and the diagnosis.
 * Every page carries the organisation's name, size and date, "page n of
 * N", and chart pages a legend and "continued on page N" markers where a
 * reporting line crosses to another page.
 */
#pragma once

#include <cairo.h>
#include "od-export.h"
#include "od-layout.h"

G_BEGIN_DECLS

typedef struct _OdExportDocument OdExportDocument;

typedef enum {
  OD_EXPORT_PAGE_CHART,
  OD_EXPORT_PAGE_REPORT,
  OD_EXPORT_PAGE_FRONT,     /* a report's cover, contents and summary */
  OD_EXPORT_PAGE_DIRECTORY,   /* contents and name index of department pages */
} OdExportPageKind;

/* Plans the pages of @org on @setup's paper.  Fails with
 * OD_EXPORT_ERROR_UNREADABLE when @fit is OD_EXPORT_FIT_PAGE and the text
 * would shrink below OD_EXPORT_MIN_TEXT_SIZE, or OD_EXPORT_ERROR_TOO_LARGE
 * when a box does not fit on a page. */
OdExportDocument *od_export_document_new        (OdOrganisation    *org,
                                                 const OdPageSetup *setup,
                                                 OdExportFit        fit,
                                                 gboolean           report,
                                                 const char        *date,
                                                 GError           **error);
void              od_export_document_free       (OdExportDocument  *self);
/* Whether every box with children shows the headcount of its whole
 * subtree ("Σ 1,234"); off at first.  Summed once, in O(n). */
void              od_export_document_set_rollups (OdExportDocument *self,
                                                 gboolean          rollups);

guint             od_export_document_get_n_pages (OdExportDocument *self);
OdLayout         *od_export_document_get_layout (OdExportDocument  *self);

/* Draws page @index (0-based) on @cr, whose origin is the sheet's top left
 * corner in points. */
void              od_export_document_draw_page  (OdExportDocument  *self,
                                                 cairo_t           *cr,
                                                 guint              index);
/* Adds to @surface (a PDF surface the pages were drawn on) the outline
 * mirroring the department tree, the report's sections (the department tree under its chart entry), and the
 * document's metadata. */
void              od_export_document_write_navigation (OdExportDocument *self,
                                                 cairo_surface_t   *surface);
/* Draws the whole chart at @scale with its top left corner at the origin
 * (SVG and PNG export), on white when @background is TRUE. */
void              od_export_document_draw_chart (OdExportDocument  *self,
                                                 cairo_t           *cr,
                                                 double             scale,
                                                 gboolean           background);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OdExportDocument, od_export_document_free)

G_END_DECLS
