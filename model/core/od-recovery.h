/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-recovery.h: recovery copies of documents with unsaved changes.
 *
 * While a document has unsaved changes the application writes a recovery
 * copy every few seconds (od_recovery_write() is safe to call from a worker
 * thread); a clean close discards it.  Copies still present at start-up are
 * what a crash or kill -9 left behind, and are offered for restoring.
 *
 * Each copy is two files in the recovery folder: ID.orgdesign (the
 * document) and ID.ini (where it came from, its title, when it was last
 * edited).  Both are written atomically, the document first, so a listing
 * never shows a copy without its document.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _OdRecovery OdRecovery;

typedef struct {
  char   *id;
  char   *document_path;   /* the recovery copy */
  char   *original_uri;    /* the file it was opened from, or NULL (untitled) */
  char   *title;
  gint64  edited_usec;     /* wall-clock time of the last edit */
} OdRecoveryEntry;

/* $OD_RECOVERY_DIR if set (tests), else $XDG_DATA_HOME/org-designer/recovery. */
char       *od_recovery_get_dir        (void);

/* A recovery slot for one open document; nothing is written yet. */
OdRecovery *od_recovery_new            (void);
/* Takes over the slot of a restored entry, so that the copy keeps being
 * updated (and is discarded on a clean close) under the same id. */
OdRecovery *od_recovery_new_for_entry  (const OdRecoveryEntry *entry);
void        od_recovery_free           (OdRecovery *self);
const char *od_recovery_get_id         (OdRecovery *self);

/* Writes @document (the bytes a save would write) with its origin and title. */
gboolean    od_recovery_write          (OdRecovery  *self,
                                        GBytes      *document,
                                        const char  *original_uri,
                                        const char  *title,
                                        gint64       edited_usec,
                                        GError     **error);
/* Removes the copy (after a save or a clean close). */
void        od_recovery_discard        (OdRecovery  *self);

/* The copies left in the recovery folder, most recently edited first;
 * array of OdRecoveryEntry*, transfer full. */
GPtrArray  *od_recovery_list           (void);
void        od_recovery_entry_free     (OdRecoveryEntry *entry);
/* Deletes an entry's files (the user declined to restore it). */
void        od_recovery_entry_delete   (const OdRecoveryEntry *entry);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OdRecovery, od_recovery_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (OdRecoveryEntry, od_recovery_entry_free)

G_END_DECLS
