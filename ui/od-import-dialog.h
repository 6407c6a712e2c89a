/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-import-dialog.h: Import… an HR export (CSV or tab-separated): the file
 * read in a worker thread with progress and cancel, its encoding detected
 * (and changeable), each column's meaning guessed from its header and
 * changeable over a preview of the first rows, then the units built in a
 * worker thread; ::imported hands over the new, unsaved document. */
#pragma once

#include <adwaita.h>

#include "od-csv-import.h"
#include "od-document.h"

G_BEGIN_DECLS

#define OD_TYPE_IMPORT_DIALOG (od_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (OdImportDialog, od_import_dialog, OD, IMPORT_DIALOG, AdwWindow)

/* Starts reading @file and shows the dialog over @parent. */
OdImportDialog *od_import_dialog_new          (GtkWindow      *parent,
                                               GFile          *file);
/* TRUE once the preview shows and Import can be pressed. */
gboolean        od_import_dialog_get_ready    (OdImportDialog *self);
/* The encoding the file is read in (detected, or chosen). */
OdTextEncoding  od_import_dialog_get_encoding (OdImportDialog *self);
void            od_import_dialog_set_encoding (OdImportDialog *self,
                                               OdTextEncoding  encoding);
guint           od_import_dialog_get_n_columns (OdImportDialog *self);
OdCsvColumn     od_import_dialog_get_column   (OdImportDialog *self,
                                               guint           column);
void            od_import_dialog_set_column   (OdImportDialog *self,
                                               guint           column,
                                               OdCsvColumn     meaning);
/* The message shown when the import was refused, or NULL. */
const char     *od_import_dialog_get_error    (OdImportDialog *self);
/* What the Import button does: builds the units in the background. */
void            od_import_dialog_import       (OdImportDialog *self);

/* TRUE if @file looks like a spreadsheet export rather than a design
 * (.csv, .tsv, .txt), which opening should import. */
gboolean        od_import_dialog_is_import_file (GFile        *file);

G_END_DECLS
