/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-document.h: one open organisation with its undo stack, its file and
 * its boundary findings.  GTK-free, so that it can be tested anywhere; the
 * window shows one document. */
#pragma once

#include <gio/gio.h>

#include "od-command.h"
#include "od-organisation.h"
#include "od-undo-stack.h"

G_BEGIN_DECLS

#define OD_TYPE_DOCUMENT (od_document_get_type ())
G_DECLARE_FINAL_TYPE (OdDocument, od_document, OD, DOCUMENT, GObject)

/* An untitled document holding @org (which it references). */
OdDocument     *od_document_new                (OdOrganisation      *org);
/* A document restored from a recovery copy: @org as it was, @file the file
 * it came from (NULL: untitled), unsaved until saved. */
OdDocument     *od_document_new_restored       (OdOrganisation      *org,
                                                GFile               *file);
/* An untitled document from the template of @size, in the user's language. */
OdDocument     *od_document_new_from_template  (OdSize               size,
                                                GError             **error);
/* Reads @file in a worker thread: a large file never freezes the window. */
void            od_document_load_async         (GFile               *file,
                                                GCancellable        *cancellable,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
/* The same, storing how far it is in *@permille (0 to 1000, written
 * atomically from the thread; read it with g_atomic_int_get()), which must
 * live until @callback runs. */
void            od_document_load_async_full    (GFile               *file,
                                                gint                *permille,
                                                GCancellable        *cancellable,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
OdDocument     *od_document_load_finish        (GAsyncResult        *result,
                                                GError             **error);

OdOrganisation *od_document_get_organisation   (OdDocument          *self);
OdUndoStack    *od_document_get_undo_stack     (OdDocument          *self);
/* The file it was read from or last saved to, or NULL when untitled. */
GFile          *od_document_get_file           (OdDocument          *self);
/* What the window calls it: the file's name, else the organisation's. */
const char     *od_document_get_title          (OdDocument          *self);
/* Where the file lives ("~/Documents"), or NULL when untitled. */
char           *od_document_dup_location       (OdDocument          *self);
gboolean        od_document_get_modified       (OdDocument          *self);

/* Applies @command (taking ownership) as one undoable step. */
gboolean        od_document_push               (OdDocument          *self,
                                                OdCommand           *command,
                                                GError             **error);

/* Saves to @file (NULL: the document's file).  Unless @overwrite, refuses
 * with OD_FILE_ERROR_CHANGED_ON_DISK when another program changed the file
 * since it was read or saved.  On success the document takes @file. */
gboolean        od_document_save               (OdDocument          *self,
                                                GFile               *file,
                                                gboolean             overwrite,
                                                GError             **error);

/* The entity tag of the file as read or last saved, or NULL. */
const char     *od_document_get_etag           (OdDocument          *self);
/* Reads the document's file again, replacing the organisation's content
 * and forgetting the undo history (another program changed the file and
 * the user chose its version); on failure nothing changes. */
gboolean        od_document_reload             (OdDocument          *self,
                                                GError             **error);

/* The boundary findings of the organisation as it is now (array of
 * OdFinding*, transfer none).  They are computed again after edits, at
 * most once per main-loop turn, and ::findings-changed says so. */
GPtrArray      *od_document_get_findings       (OdDocument          *self);
/* What the window shows: the same, except that in a large organisation,
 * where the checks run in a worker thread, the findings of the last pass
 * until the next one is done (none before the first) and ::findings-changed
 * follows.  Never blocks on the checks there. */
GPtrArray      *od_document_peek_findings      (OdDocument          *self);
/* The worst open severity of the findings last computed that name @unit,
 * or -1; never runs the checks (rows made in the middle of an edit ask). */
int             od_document_get_unit_severity  (OdDocument          *self,
                                                const OdUnit        *unit);
/* The same for every unit, by serial (see od_check_cache_get_severities). */
const gint8    *od_document_get_severities     (OdDocument          *self,
                                                guint               *n_serials);

G_END_DECLS
