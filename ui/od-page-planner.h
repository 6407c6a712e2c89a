/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-page-planner.h: plans the printed pages of an organisation (the
 * export's od-export-document) in a worker thread, on a copy of the
 * organisation as it is when asked (made by the worker, edits waiting for
 * it: od_page_planner_wait()), so that the window goes on editing
 * while a large organisation is cut into pages.  With @report, the pages
 * are the report's (cover, contents, findings, diagnosis, the chart), as
 * the PDF report and the printout with the report have them. */
#pragma once

#include <gio/gio.h>

#include "od-export-document.h"

G_BEGIN_DECLS

void              od_page_planner_run_async  (OdOrganisation      *org,
                                              const OdPageSetup   *setup,
                                              OdExportFit          fit,
                                              gboolean             report,
                                              GCancellable        *cancellable,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data);
/* Returns once no plan is reading @org any more (the worker copies it
 * first): call before changing @org (OdUndoStack::about-to-change). */
void              od_page_planner_wait       (OdOrganisation      *org);
/* The pages (free with od_export_document_free()), or NULL with @error. */
OdExportDocument *od_page_planner_run_finish (GAsyncResult        *result,
                                              GError             **error);

G_END_DECLS
