/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-file.h: reading and writing the .orgdesign file format.
 *
 * The format is XML in the namespace urn:org-designer:1, described by the
 * RelaxNG schema resources/schema/orgdesign.rng.  Reading never touches the
 * network or another file, refuses DOCTYPEs (and so every entity trick),
 * bounds size and depth, and reports problems as translated messages that
 * name the file and line.  A failed load leaves the target organisation
 * exactly as it was.
 */
#pragma once

#include <gio/gio.h>
#include "od-organisation.h"

G_BEGIN_DECLS

#define OD_FILE_NAMESPACE  "urn:org-designer:1"
#define OD_FILE_VERSION    "1"
#define OD_FILE_MIME_TYPE  "application/x-org-designer+xml"
/* Larger files are refused before reading: 100,000 units take about 10 MiB. */
#define OD_FILE_MAX_BYTES  (256 * 1024 * 1024)
#define OD_FILE_MAX_DEPTH  256

#define OD_FILE_ERROR (od_file_error_quark ())
typedef enum {
  OD_FILE_ERROR_READ,             /* cannot open or read; not a regular file */
  OD_FILE_ERROR_TOO_LARGE,
  OD_FILE_ERROR_COMPRESSED,       /* gzip or other compressed data */
  OD_FILE_ERROR_ENCODING,         /* not UTF-8, or a NUL or control character */
  OD_FILE_ERROR_MALFORMED,        /* not well-formed XML, or truncated */
  OD_FILE_ERROR_DOCTYPE,          /* DOCTYPE, DTD or entities */
  OD_FILE_ERROR_NOT_ORGDESIGN,    /* wrong root element or namespace */
  OD_FILE_ERROR_VERSION,          /* made by a newer major version */
  OD_FILE_ERROR_INVALID,          /* does not follow the schema */
  OD_FILE_ERROR_TOO_DEEP,
  OD_FILE_ERROR_DUPLICATE_ID,
  OD_FILE_ERROR_UNKNOWN_REFERENCE,/* a function or mechanism id not in the catalog */
  OD_FILE_ERROR_DANGLING,         /* a dotted line to a unit that does not exist */
  OD_FILE_ERROR_OUT_OF_RANGE,     /* an answer outside 1..5, a negative headcount... */
  OD_FILE_ERROR_WRITE,            /* saving failed; the old file is intact */
  OD_FILE_ERROR_CHANGED_ON_DISK,  /* another program changed the file since it was read */
} OdFileError;

GQuark          od_file_error_quark       (void);

typedef enum {
  OD_LOAD_DEFAULT = 0,
  /* Refuse function ids the catalog does not know (validate does).  Without
   * it they are kept, saved back, and reported by the unknown-function check. */
  OD_LOAD_STRICT  = 1 << 0,
  /* Also validate a version-1 document against the RelaxNG schema
   * (validate and the tests do): the reader enforces the same rules itself,
   * much faster, so loading needs no schema. */
  OD_LOAD_SCHEMA  = 1 << 1,
} OdLoadFlags;

/* Reads @bytes into @org, replacing its content, or leaves @org untouched
 * and fails.  @display_name names the file in messages. */
gboolean        od_file_load_bytes        (OdOrganisation *org,
                                           GBytes         *bytes,
                                           const char     *display_name,
                                           OdLoadFlags     flags,
                                           GError        **error);
/* How far a load is (0 to 1, by the bytes read); called in the loading
 * thread. */
typedef void (*OdLoadProgressFunc) (double   fraction,
                                    gpointer user_data);
/* As od_file_load_bytes(), telling @progress (may be NULL) how far it is
 * and giving up, with G_IO_ERROR_CANCELLED, when @cancellable is. */
gboolean        od_file_load_bytes_full   (OdOrganisation     *org,
                                           GBytes             *bytes,
                                           const char         *display_name,
                                           OdLoadFlags         flags,
                                           OdLoadProgressFunc  progress,
                                           gpointer            progress_data,
                                           GCancellable       *cancellable,
                                           GError            **error);
/* The bytes of a regular file of at most OD_FILE_MAX_BYTES (never a device,
 * a pipe or a folder: reading /dev/zero must not hang); the error names the
 * file.  Shared by every reader of user files (documents, CSV). */
GBytes         *od_file_read_regular      (GFile          *file,
                                           GCancellable   *cancellable,
                                           GError        **error);
/* Reads a regular file with od_file_read_regular(), then as above. */
gboolean        od_file_load              (OdOrganisation *org,
                                           GFile          *file,
                                           OdLoadFlags     flags,
                                           GCancellable   *cancellable,
                                           GError        **error);
/* As od_file_load(), with progress and cancellation as
 * od_file_load_bytes_full(). */
gboolean        od_file_load_full         (OdOrganisation     *org,
                                           GFile              *file,
                                           OdLoadFlags         flags,
                                           OdLoadProgressFunc  progress,
                                           gpointer            progress_data,
                                           GCancellable       *cancellable,
                                           GError            **error);
/* Convenience: a new organisation from a file. */
OdOrganisation *od_file_load_new          (GFile          *file,
                                           OdLoadFlags     flags,
                                           GError        **error);

/* The document as the bytes a save writes (deterministic). */
GBytes         *od_file_serialize         (OdOrganisation *org);
/* The same from a worker that must give way to an edit: NULL as soon as
 * *@cancel is non-zero (read atomically, once per unit). */
GBytes         *od_file_serialize_cancellable (OdOrganisation *org,
                                               const gint     *cancel);
/* Writes atomically: a temporary file in the same folder, fsync, rename
 * over the target; the previous version is kept as FILE~.  On failure the
 * old file is intact and @error says what failed. */
gboolean        od_file_save              (OdOrganisation *org,
                                           GFile          *file,
                                           GCancellable   *cancellable,
                                           GError        **error);

/* The file's entity tag (changes whenever the file does), or NULL if it
 * does not exist; transfer full. */
char           *od_file_get_etag          (GFile          *file,
                                           GCancellable   *cancellable);
/* Like od_file_save(), but refuses with OD_FILE_ERROR_CHANGED_ON_DISK when
 * the file's entity tag is no longer @expected_etag (the tag when it was
 * read or last saved; NULL: the file must not exist yet), so another
 * program's version is never silently overwritten.  On success *@new_etag
 * (if not NULL) is the saved file's tag. */
gboolean        od_file_save_checked      (OdOrganisation *org,
                                           GFile          *file,
                                           const char     *expected_etag,
                                           char          **new_etag,
                                           GCancellable   *cancellable,
                                           GError        **error);

G_END_DECLS
