/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-export-run.h: the application's Export dialog: a file chooser with
 * the format and paper choices, then the export in a worker thread with
 * its progress shown, so a 10,000-unit chart never freezes the window. */
#pragma once

#include <adwaita.h>

#include "od-export.h"

G_BEGIN_DECLS

/* Asks where and how to export @org, then exports a snapshot of it (later
 * edits do not disturb the export).  @suggested_name is the file name
 * without extension; progress and the outcome appear in @toasts. */
void     od_export_run_dialog (GtkWindow       *parent,
                               AdwToastOverlay *toasts,
                               OdOrganisation  *org,
                               const char      *suggested_name);

/* Exports a snapshot of @org to @path in a worker thread. */
void     od_export_run_async  (OdOrganisation        *org,
                               const char            *path,
                               const OdExportOptions *options,
                               GCancellable          *cancellable,
                               OdExportProgressFunc   progress,
                               gpointer               progress_data,
                               GAsyncReadyCallback    callback,
                               gpointer               user_data);
gboolean od_export_run_finish (GAsyncResult          *result,
                               GError               **error);

G_END_DECLS
