/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-atomic-file.h: writing a file so that it is either wholly replaced or
 * left as it was.
 *
 * The new contents go to a temporary file in the target's folder, which
 * has the target's mode, owner and group from its first byte; commit syncs
 * it to disk and renames it over the target (through a symbolic link, even
 * a dangling one, to the file it points at), then syncs the folder.  A
 * hard-linked file, one whose owner a new file cannot take and a writable
 * file in a folder that takes no new file are rewritten in place instead
 * (the old bytes are written back if that fails).  Abort, or any failure,
 * removes the temporary file and leaves the target untouched.  Every error
 * names the file (by @display_name) and what failed.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _OdAtomicFile OdAtomicFile;

/* Starts writing @path.  Fails when its folder cannot take a new file or a
 * folder of that name is in the way; @error's domain is @error_domain with
 * @error_code, and messages read "<name> was not <verb> (…)". */
OdAtomicFile *od_atomic_file_open     (const char   *path,
                                       const char   *display_name,
                                       const char   *not_done,
                                       GQuark        error_domain,
                                       int           error_code,
                                       GError      **error);
/* Appends @size bytes; after a failure every later call fails too. */
gboolean      od_atomic_file_write    (OdAtomicFile *self,
                                       const void   *data,
                                       gsize         size,
                                       GError      **error);
/* The path finally written (the target of a symbolic link). */
const char   *od_atomic_file_get_path (OdAtomicFile *self);
/* Syncs, keeps the old version as PATH~ when @keep_backup, renames over the
 * target and frees @self, whatever the result. */
gboolean      od_atomic_file_commit   (OdAtomicFile *self,
                                       gboolean      keep_backup,
                                       GError      **error);
/* Removes the temporary file and frees @self; NULL is ignored. */
void          od_atomic_file_abort    (OdAtomicFile *self);

/* For a command-line program: SIGTERM, SIGINT and SIGHUP remove the
 * temporaries being written before the process ends, and SIGXFSZ is
 * ignored so that a file-size limit fails the write with a message. */
void          od_atomic_file_install_signal_cleanup (void);
/* Removes the temporaries being written now (async-signal-safe), for a
 * program that handles those signals itself. */
void          od_atomic_file_remove_temporaries_now (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OdAtomicFile, od_atomic_file_abort)

G_END_DECLS
