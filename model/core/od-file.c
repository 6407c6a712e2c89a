/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-file.c: loading from and saving to files, around the reader and writer.
 *
 * Reading takes the bytes itself (only from a regular file, with a size cap)
 * because libxml2's own file reading silently gunzips and follows anything.
 * Saving never writes over the only copy: a temporary file in the same
 * folder is written, synced and renamed over the target.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "od-atomic-file.h"
#include "od-file-private.h"

static char *
display_name_for (GFile *file)
{
  return g_file_get_parse_name (file);
}

/* Reads what the file's size says, plus one byte to see whether it grew
 * meanwhile, and then on up to one byte more than the cap (which the loader
 * refuses): a buffer of the cap itself would reserve 256 MiB for every
 * load, too much under an address-space limit. */
static GBytes *
read_sized (GInputStream  *stream,
            gsize          size,
            GCancellable  *cancellable,
            GError       **error)
{
  gsize want = MIN (size, (gsize) OD_FILE_MAX_BYTES) + 1;
  gsize have = 0;
  guint8 *buffer = g_malloc (want);

  for (;;)
    {
      gsize n = 0;

      if (!g_input_stream_read_all (stream, buffer + have, want - have, &n, cancellable, error))
        {
          g_free (buffer);
          return NULL;
        }
      have += n;
      if (have < want || want > (gsize) OD_FILE_MAX_BYTES)
        break;
      /* It grew: read on, in steps, up to the cap. */
      want = MIN (want * 2, (gsize) OD_FILE_MAX_BYTES + 1);
      buffer = g_realloc (buffer, want);
    }
  return g_bytes_new_take (g_realloc (buffer, MAX (have, 1)), have);
}

GBytes *
od_file_read_regular (GFile         *file,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autofree char *name = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  GBytes *bytes = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = display_name_for (file);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info == NULL)
    {
      g_set_error (error, OD_FILE_ERROR, OD_FILE_ERROR_READ, _("%s cannot be opened: %s"), name, local_error->message);
      return NULL;
    }
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, OD_FILE_ERROR, OD_FILE_ERROR_READ,
                   g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY
                   ? _("%s is a folder, not a document") : _("%s is not a regular file"), name);
      return NULL;
    }
  if (g_file_info_get_size (info) > OD_FILE_MAX_BYTES)
    {
      g_set_error (error, OD_FILE_ERROR, OD_FILE_ERROR_TOO_LARGE,
                   _("%s is larger than %d MiB, more than any organisation needs; it was not opened"),
                   name, OD_FILE_MAX_BYTES / (1024 * 1024));
      return NULL;
    }
  stream = g_file_read (file, cancellable, &local_error);
  if (stream != NULL)
    bytes = read_sized (G_INPUT_STREAM (stream), (gsize) g_file_info_get_size (info), cancellable, &local_error);
  if (bytes == NULL)
    g_set_error (error, OD_FILE_ERROR, OD_FILE_ERROR_READ, _("%s cannot be read: %s"), name, local_error->message);
  return bytes;
}

gboolean
od_file_load_full (OdOrganisation     *org,
                   GFile              *file,
                   OdLoadFlags         flags,
                   OdLoadProgressFunc  progress,
                   gpointer            progress_data,
                   GCancellable       *cancellable,
                   GError            **error)
{
  g_autofree char *name = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (OD_IS_ORGANISATION (org), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  bytes = od_file_read_regular (file, cancellable, error);
  if (bytes == NULL)
    return FALSE;
  name = display_name_for (file);
  return od_file_load_bytes_full (org, bytes, name, flags, progress, progress_data, cancellable, error);
}

gboolean
od_file_load (OdOrganisation *org,
              GFile          *file,
              OdLoadFlags     flags,
              GCancellable   *cancellable,
              GError        **error)
{
  return od_file_load_full (org, file, flags, NULL, NULL, cancellable, error);
}

OdOrganisation *
od_file_load_new (GFile       *file,
                  OdLoadFlags  flags,
                  GError     **error)
{
  g_autoptr(OdOrganisation) org = od_organisation_new ();

  if (!od_file_load (org, file, flags, NULL, error))
    return NULL;
  return g_steal_pointer (&org);
}

gboolean
od_file_save (OdOrganisation *org,
              GFile          *file,
              GCancellable   *cancellable,
              GError        **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  OdAtomicFile *out;
  gsize size;
  const guint8 *data;

  g_return_val_if_fail (OD_IS_ORGANISATION (org), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  name = display_name_for (file);
  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error (error, OD_FILE_ERROR, OD_FILE_ERROR_WRITE, _("%s is not a local file; save it to a folder on this computer"), name);
      return FALSE;
    }
  out = od_atomic_file_open (path, name, _("was not saved"), OD_FILE_ERROR, OD_FILE_ERROR_WRITE, error);
  if (out == NULL)
    return FALSE;
  bytes = od_file_serialize (org);
  data = g_bytes_get_data (bytes, &size);
  if (!od_atomic_file_write (out, data, size, error))
    {
      od_atomic_file_abort (out);
      return FALSE;
    }
  return od_atomic_file_commit (out, TRUE, error);
}

char *
od_file_get_etag (GFile        *file,
                  GCancellable *cancellable)
{
  g_autoptr(GFileInfo) info = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  /* A local file's GIO etag is its modification time, which the kernel
   * keeps in ticks of a few milliseconds: a program replacing the file in
   * the same tick would go unseen.  Its size and inode (a replacing
   * rename makes a new one) tell those apart. */
  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_ETAG_VALUE "," G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                            G_FILE_ATTRIBUTE_UNIX_INODE,
                            G_FILE_QUERY_INFO_NONE, cancellable, NULL);
  if (info == NULL || g_file_info_get_etag (info) == NULL)
    return NULL;
  return g_strdup_printf ("%s:%" G_GOFFSET_FORMAT ":%" G_GUINT64_FORMAT, g_file_info_get_etag (info),
                          g_file_info_get_size (info),
                          g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_UNIX_INODE));
}

gboolean
od_file_save_checked (OdOrganisation *org,
                      GFile          *file,
                      const char     *expected_etag,
                      char          **new_etag,
                      GCancellable   *cancellable,
                      GError        **error)
{
  g_autofree char *current = NULL;

  g_return_val_if_fail (OD_IS_ORGANISATION (org), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  current = od_file_get_etag (file, cancellable);
  if (g_strcmp0 (current, expected_etag) != 0)
    {
      g_autofree char *name = display_name_for (file);
      g_set_error (error, OD_FILE_ERROR, OD_FILE_ERROR_CHANGED_ON_DISK,
                   current == NULL
                   ? _("%s was deleted or moved by another program since it was opened; nothing was saved")
                   : _("%s was changed by another program since it was opened; nothing was saved"),
                   name);
      return FALSE;
    }
  if (!od_file_save (org, file, cancellable, error))
    return FALSE;
  if (new_etag != NULL)
    *new_etag = od_file_get_etag (file, cancellable);
  return TRUE;
}
