/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-export.h: writing an organisation as PDF (chart, tiled chart or
 * report), SVG, PNG or its own .orgdesign format, without a display.
 *
 * Every export goes through a temporary file in the destination's folder
 * and replaces the destination only when complete (cairo's PDF surface
 * writes in place otherwise), so a failed export never damages a file.
 */
#pragma once

#include <gio/gio.h>
#include "od-organisation.h"
#include "od-paper.h"

G_BEGIN_DECLS

typedef enum {
  OD_EXPORT_FORMAT_PDF,
  OD_EXPORT_FORMAT_SVG,
  OD_EXPORT_FORMAT_PNG,
  OD_EXPORT_FORMAT_ORGDESIGN,
} OdExportFormat;

typedef enum {
  OD_EXPORT_FIT_AUTO,    /* one page when the text stays readable, else tiles */
  OD_EXPORT_FIT_PAGE,    /* the whole chart on one page, or an error */
  OD_EXPORT_FIT_TILE,    /* at full size over as many pages as it needs */
} OdExportFit;

/* Below this the text of a chart cannot be read on paper. */
#define OD_EXPORT_MIN_TEXT_SIZE 5.0

typedef struct {
  OdExportFormat format;
  OdPaper        paper;
  double         paper_width;   /* OD_PAPER_CUSTOM: the portrait sheet, points */
  double         paper_height;
  gboolean       landscape;
  OdDensity      density;
  OdExportFit    fit;
  gboolean       report;     /* PDF: the chart, then findings and diagnosis */
  double         dpi;        /* PNG, recorded in the file */
  gboolean       transparent; /* PNG: no background behind the chart */
  gboolean       rollups;    /* each department's subtree headcount on its box */
  gboolean       pages;      /* SVG, PNG: one file per page of the plan (OUT-1.svg…) */
  const char    *date;       /* printed on every page; NULL: today */
} OdExportOptions;

#define OD_EXPORT_ERROR (od_export_error_quark ())
typedef enum {
  OD_EXPORT_ERROR_UNREADABLE,  /* fitting would shrink the text below 5 pt */
  OD_EXPORT_ERROR_TOO_LARGE,   /* an image or a box too large for the medium */
  OD_EXPORT_ERROR_WRITE,       /* the destination cannot be written */
  OD_EXPORT_ERROR_FORMAT,      /* an unknown file type */
  OD_EXPORT_ERROR_CANCELLED,
} OdExportError;

GQuark   od_export_error_quark      (void);

/* The page setup @options ask for (paper, orientation, density). */
void     od_export_options_get_page_setup (const OdExportOptions *options,
                                           OdPageSetup           *setup);

/* Defaults: PDF, A4 portrait, fit when readable, no report, 150 dpi. */
void     od_export_options_init     (OdExportOptions *options);
/* The format a file name asks for (.pdf, .svg, .png, .orgdesign). */
gboolean od_export_format_from_path (const char      *path,
                                     OdExportFormat  *format);

/* Called after each page or step with the fraction done (0..1). */
typedef void (*OdExportProgressFunc) (double   fraction,
                                      gpointer user_data);

/* The file page @page (0-based) of @n_pages goes to when @options->pages
 * splits an SVG or PNG: "chart.svg" → "chart-1.svg" (numbers padded to
 * the same width, "chart-01.svg" from 10 pages on, so they sort). */
char    *od_export_page_path        (const char            *path,
                                     guint                  page,
                                     guint                  n_pages);

gboolean od_export_to_file          (OdOrganisation        *org,
                                     const char            *path,
                                     const OdExportOptions *options,
                                     OdExportProgressFunc   progress,
                                     gpointer               user_data,
                                     GCancellable          *cancellable,
                                     GError               **error);

/* Writes the before/after report of a redesign from @before to @after as
 * a PDF (@options: paper, orientation, date), replaced whole or not at all. */
gboolean od_export_compare_to_file  (OdOrganisation        *before,
                                     OdOrganisation        *after,
                                     const char            *path,
                                     const OdExportOptions *options,
                                     GError               **error);

G_END_DECLS
