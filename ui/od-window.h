/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-window.h: a window showing one document, or the welcome page. */
#pragma once

#include <adwaita.h>

#include "od-document.h"
#include "od-recovery.h"
#include "od-unit-tree.h"

G_BEGIN_DECLS

typedef struct _OdApplication OdApplication;

#define OD_TYPE_WINDOW (od_window_get_type ())
G_DECLARE_FINAL_TYPE (OdWindow, od_window, OD, WINDOW, AdwApplicationWindow)

OdWindow   *od_window_new          (OdApplication *app);
/* The document shown, or NULL on the welcome page. */
OdDocument *od_window_get_document (OdWindow      *self);
/* The units of the document and the selection every view shares, or NULL. */
OdUnitTree *od_window_get_unit_tree (OdWindow     *self);
/* Shows @document (NULL: the welcome page). */
void        od_window_set_document (OdWindow      *self,
                                    OdDocument    *document);
/* Reads @file in the background and shows it; a failure is reported in a
 * dialog that names the file. */
void        od_window_open_file    (OdWindow      *self,
                                    GFile         *file);
/* Shows the import dialog for the HR export @file; the units arrive here
 * when this window is empty, else in a new window. */
void        od_window_import_file  (OdWindow      *self,
                                    GFile         *file);
/* TRUE while the welcome page shows and no file is being opened. */
gboolean    od_window_is_empty     (OdWindow      *self);
gboolean    od_window_has_file     (OdWindow      *self,
                                    GFile         *file);
/* Makes @unit_id report to @new_parent_id (NULL: the top), as one
 * undoable step; a refusal (a cycle) is shown in a toast. */
gboolean    od_window_move_unit    (OdWindow      *self,
                                    const char    *unit_id,
                                    const char    *new_parent_id);

/* Shows the document a recovery copy holds, unsaved, in this window. */
gboolean    od_window_restore      (OdWindow              *self,
                                    const OdRecoveryEntry *entry,
                                    GError               **error);

G_END_DECLS
