/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-file-precheck.c: what a file's bytes must be before they are parsed.
 *
 * libxml2 2.9 cannot be told to limit entity amplification, and its own
 * messages mislead (a NUL byte reads as "premature end of data").  So the
 * bytes are checked here first, and each problem gets a message a user can
 * act on, naming the file and line.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "od-file-private.h"

G_DEFINE_QUARK (od-file-error-quark, od_file_error)

static guint
line_of (const char *data,
         gsize       offset)
{
  guint line = 1;

  for (gsize i = 0; i < offset; i++)
    if (data[i] == '\n')
      line++;
  return line;
}

static gboolean
has_prefix (const guchar *data,
            gsize         size,
            const char   *magic,
            gsize         magic_len)
{
  return size >= magic_len && memcmp (data, magic, magic_len) == 0;
}

/* The first occurrence of @needle outside comments, or NULL. */
static const char *
find_markup (const char *data,
             gsize       size,
             const char *needle)
{
  gsize needle_len = strlen (needle);
  const char *end = data + size;

  for (const char *p = data; p + needle_len <= end; p++)
    {
      if (*p != '<')
        continue;
      if (p + 4 <= end && memcmp (p, "<!--", 4) == 0)
        {
          const char *close = g_strstr_len (p + 4, end - (p + 4), "-->");
          if (close == NULL)
            return NULL;
          p = close + 2;
          continue;
        }
      if (memcmp (p, needle, needle_len) == 0)
        return p;
    }
  return NULL;
}

gboolean
_od_file_check_bytes (GBytes      *bytes,
                      const char  *display_name,
                      GError     **error)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  const guchar *u = (const guchar *) data;
  const char *bad;
  const char *markup;

  if (size > OD_FILE_MAX_BYTES)
    {
      g_set_error (error, OD_FILE_ERROR, OD_FILE_ERROR_TOO_LARGE,
                   _("%s is larger than %d MiB, more than any organisation needs; it was not opened"),
                   display_name, OD_FILE_MAX_BYTES / (1024 * 1024));
      return FALSE;
    }
  if (size == 0)
    {
      g_set_error (error, OD_FILE_ERROR, OD_FILE_ERROR_MALFORMED,
                   _("%s is empty"), display_name);
      return FALSE;
    }
  /* Compressed data is refused rather than unpacked: a small gzip file can
   * unpack to gigabytes. */
  if (has_prefix (u, size, "\x1f\x8b", 2) || has_prefix (u, size, "BZh", 3) ||
      has_prefix (u, size, "\xfd" "7zXZ", 5) || has_prefix (u, size, "\x28\xb5\x2f\xfd", 4) ||
      has_prefix (u, size, "PK\x03\x04", 4))
    {
      g_set_error (error, OD_FILE_ERROR, OD_FILE_ERROR_COMPRESSED,
                   _("%s is compressed or an archive, not an Org Designer document"), display_name);
      return FALSE;
    }
  if (has_prefix (u, size, "\xff\xfe", 2) || has_prefix (u, size, "\xfe\xff", 2))
    {
      g_set_error (error, OD_FILE_ERROR, OD_FILE_ERROR_ENCODING,
                   _("%s is in UTF-16; Org Designer documents are UTF-8"), display_name);
      return FALSE;
    }
  if (!g_utf8_validate (data, (gssize) size, &bad))
    {
      g_set_error (error, OD_FILE_ERROR, OD_FILE_ERROR_ENCODING,
                   *bad == '\0'
                   ? _("%s:%u: the file contains a NUL byte; it is damaged or not a text file")
                   : _("%s:%u: the text is not valid UTF-8 (is the file in another encoding?)"),
                   display_name, line_of (data, bad - data));
      return FALSE;
    }
  for (gsize i = 0; i < size; i++)
    {
      /* XML 1.0 allows only tab, line feed and carriage return below space. */
      if (u[i] < 0x20 && u[i] != '\t' && u[i] != '\n' && u[i] != '\r')
        {
          g_set_error (error, OD_FILE_ERROR, OD_FILE_ERROR_ENCODING,
                       _("%s:%u: the file contains a control character (U+%04X) that a document cannot hold"),
                       display_name, line_of (data, i), u[i]);
          return FALSE;
        }
    }
  /* No DOCTYPE means no DTD and no entity declarations: every entity
   * expansion attack and every external reference starts there. */
  if ((markup = find_markup (data, size, "<!DOCTYPE")) != NULL ||
      (markup = find_markup (data, size, "<!ENTITY")) != NULL)
    {
      g_set_error (error, OD_FILE_ERROR, OD_FILE_ERROR_DOCTYPE,
                   _("%s:%u: the file declares a DOCTYPE or entities, which Org Designer documents never use; it was not opened for safety"),
                   display_name, line_of (data, markup - data));
      return FALSE;
    }
  return TRUE;
}
