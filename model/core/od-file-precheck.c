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

/* A DOCTYPE (or any other "<!" declaration) in the prolog, found by
 * reading the prolog as XML does: the XML declaration and processing
 * instructions end at "?>", comments at "-->", whatever they contain (so
 * "<!--" inside an instruction hides nothing).  A DOCTYPE can only stand
 * before the root element; anywhere else it is not well-formed, which the
 * parser reports.  NULL when there is none (or the prolog is broken, which
 * the parser reports too). */
static const char *
find_declaration_in_prolog (const char *data,
                            gsize       size)
{
  const char *p = data;
  const char *end = data + size;

  if (size >= 3 && memcmp (p, "\xef\xbb\xbf", 3) == 0)
    p += 3;
  for (;;)
    {
      const char *close;

      while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
        p++;
      if (end - p < 2 || p[0] != '<')
        return NULL;
      if (p[1] == '?')
        {
          close = g_strstr_len (p + 2, end - (p + 2), "?>");
          if (close == NULL)
            return NULL;
          p = close + 2;
        }
      else if (end - p >= 4 && memcmp (p, "<!--", 4) == 0)
        {
          close = g_strstr_len (p + 4, end - (p + 4), "-->");
          if (close == NULL)
            return NULL;
          p = close + 3;
        }
      else if (p[1] == '!')
        return p;
      else
        return NULL;   /* the root element */
    }
}

/* The encoding the XML declaration names, with where its value starts and
 * ends in @data, or NULL when the declaration names none. */
static char *
declared_encoding (const char  *data,
                   gsize        size,
                   const char **value_start,
                   const char **value_end)
{
  const char *end, *p;
  char quote;

  if (size < 6 || memcmp (data, "<?xml", 5) != 0)
    return NULL;
  end = g_strstr_len (data, MIN (size, 1024), "?>");
  if (end == NULL)
    return NULL;
  p = g_strstr_len (data, end - data, "encoding");
  if (p == NULL)
    return NULL;
  p += strlen ("encoding");
  while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n'))
    p++;
  if (p >= end || *p++ != '=')
    return NULL;
  while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n'))
    p++;
  if (p >= end || (*p != '"' && *p != '\''))
    return NULL;
  quote = *p++;
  *value_start = p;
  while (p < end && *p != quote)
    p++;
  if (p >= end)
    return NULL;
  *value_end = p;
  return g_strndup (*value_start, p - *value_start);
}

static gboolean
is_utf8_name (const char *name)
{
  return g_ascii_strcasecmp (name, "UTF-8") == 0 || g_ascii_strcasecmp (name, "UTF8") == 0;
}

/* XML processors must read UTF-16 (with its byte-order mark), and Chinese
 * tools often write GB18030, GBK or Big5: text in any encoding the
 * declaration names and iconv knows is converted to UTF-8 here, and the
 * declaration made to say so, before the parser sees it (which then never
 * switches encodings itself, nor prints its raw "encoder error" lines).
 * Returns a new reference to the bytes to parse, or NULL with @error. */
static GBytes *
to_utf8 (GBytes      *bytes,
         const char  *display_name,
         GError     **error)
{
  gsize size, read = 0, written = 0;
  const char *data = g_bytes_get_data (bytes, &size);
  const char *from = NULL;
  const char *value_start = NULL, *value_end = NULL;
  g_autofree char *declared = NULL;
  g_autofree char *converted = NULL;
  g_autoptr(GError) local_error = NULL;
  GString *result;

  if (size >= 2 && memcmp (data, "\xff\xfe", 2) == 0)
    from = "UTF-16LE";
  else if (size >= 2 && memcmp (data, "\xfe\xff", 2) == 0)
    from = "UTF-16BE";
  if (from != NULL)
    {
      data += 2;
      size -= 2;
    }
  else
    {
      declared = declared_encoding (data, size, &value_start, &value_end);
      if (declared == NULL || is_utf8_name (declared))
        return g_bytes_ref (bytes);
      if (g_ascii_strncasecmp (declared, "UTF-16", 6) == 0 || g_ascii_strncasecmp (declared, "UTF-32", 6) == 0)
        {
          /* The declaration was readable as ASCII: it is not UTF-16. */
          g_set_error (error, OD_FILE_ERROR, OD_FILE_ERROR_ENCODING,
                       _("%s:1: the file says it is in %s, but it is not"), display_name, declared);
          return NULL;
        }
      from = declared;
    }
  converted = g_convert (data, (gssize) size, "UTF-8", from, &read, &written, &local_error);
  /* A partial character at the end is no error to g_convert(). */
  if (converted != NULL && read != size)
    {
      g_clear_pointer (&converted, g_free);
      g_set_error_literal (&local_error, G_CONVERT_ERROR, G_CONVERT_ERROR_PARTIAL_INPUT, "");
    }
  if (converted == NULL)
    {
      if (g_error_matches (local_error, G_CONVERT_ERROR, G_CONVERT_ERROR_NO_CONVERSION))
        g_set_error (error, OD_FILE_ERROR, OD_FILE_ERROR_ENCODING,
                     _("%s:1: the file is in the encoding “%s”, which this computer cannot read"),
                     display_name, from);
      else
        {
          /* Lines counted in what was converted before the bad bytes. */
          g_autofree char *before = g_convert (data, (gssize) read, "UTF-8", from, NULL, NULL, NULL);
          g_set_error (error, OD_FILE_ERROR, OD_FILE_ERROR_ENCODING,
                       _("%s:%u: the text is not valid %s"), display_name,
                       before ? line_of (before, strlen (before)) : 1, from);
        }
      return NULL;
    }
  result = g_string_new_len (converted, (gssize) written);
  /* Make the declaration name what the text now is. */
  if (declared != NULL)
    {
      gsize offset = (gsize) (value_start - (const char *) g_bytes_get_data (bytes, NULL));
      g_string_erase (result, (gssize) offset, value_end - value_start);
      g_string_insert (result, (gssize) offset, "UTF-8");
    }
  else if (g_str_has_prefix (result->str, "<?xml"))
    {
      const char *start = NULL, *stop = NULL;
      g_autofree char *name = declared_encoding (result->str, result->len, &start, &stop);

      if (name != NULL)
        {
          gsize offset = (gsize) (start - result->str);
          g_string_erase (result, (gssize) offset, stop - start);
          g_string_insert (result, (gssize) offset, "UTF-8");
        }
    }
  return g_string_free_to_bytes (result);
}

/* Whether @data is valid UTF-8 (as g_utf8_validate() judges) with no NUL
 * and no control character XML refuses: the common case, checked eight
 * ASCII bytes at a time.  FALSE says only that the careful checks below
 * must find and name the problem. */
static gboolean
is_clean_text (const guchar *u,
               gsize         size)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 highs = G_GUINT64_CONSTANT (0x8080808080808080);
  gsize i = 0;

  while (i < size)
    {
      guchar c = u[i];
      gunichar value;
      guint n;

      if (i + 8 <= size)
        {
          guint64 word;

          memcpy (&word, u + i, 8);
          /* No byte with the high bit, none below 0x20. */
          if ((word & highs) == 0 && ((word - ones * 0x20) & ~word & highs) == 0)
            {
              i += 8;
              continue;
            }
        }
      if (c < 0x80)
        {
          if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
            return FALSE;
          i++;
          continue;
        }
      if (c >= 0xc2 && c <= 0xdf)
        n = 1, value = c & 0x1f;
      else if (c >= 0xe0 && c <= 0xef)
        n = 2, value = c & 0x0f;
      else if (c >= 0xf0 && c <= 0xf4)
        n = 3, value = c & 0x07;
      else
        return FALSE;
      if (i + n >= size)
        return FALSE;
      for (guint k = 1; k <= n; k++)
        {
          if ((u[i + k] & 0xc0) != 0x80)
            return FALSE;
          value = (value << 6) | (u[i + k] & 0x3f);
        }
      /* Overlong, a surrogate, or beyond U+10FFFF. */
      if ((n == 2 && value < 0x800) || (n == 3 && value < 0x10000) || value > 0x10ffff ||
          (value >= 0xd800 && value <= 0xdfff))
        return FALSE;
      i += n + 1;
    }
  return TRUE;
}

/* Finds the problem is_clean_text() saw and names it with its line. */
static gboolean
name_unclean_text (const char  *data,
                   gsize        size,
                   const char  *display_name,
                   GError     **error)
{
  const guchar *u = (const guchar *) data;
  const char *bad;

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
  return TRUE;
}

/* What UTF-8 text must be before it is parsed. */
static gboolean
check_utf8_bytes (GBytes      *bytes,
                  const char  *display_name,
                  GError     **error)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  const guchar *u = (const guchar *) data;
  const char *markup;

  if (size == 0)
    {
      g_set_error (error, OD_FILE_ERROR, OD_FILE_ERROR_MALFORMED,
                   _("%s is empty"), display_name);
      return FALSE;
    }
  if (!is_clean_text (u, size) && !name_unclean_text (data, size, display_name, error))
    return FALSE;
  /* No DOCTYPE means no DTD and no entity declarations: every entity
   * expansion attack and every external reference starts there. */
  if ((markup = find_declaration_in_prolog (data, size)) != NULL)
    {
      g_set_error (error, OD_FILE_ERROR, OD_FILE_ERROR_DOCTYPE,
                   _("%s:%u: the file declares a DOCTYPE or entities, which Org Designer documents never use; it was not opened for safety"),
                   display_name, line_of (data, markup - data));
      return FALSE;
    }
  return TRUE;
}

GBytes *
_od_file_prepare_bytes (GBytes      *bytes,
                        const char  *display_name,
                        GError     **error)
{
  gsize size;
  const guchar *u = g_bytes_get_data (bytes, &size);
  g_autoptr(GBytes) utf8 = NULL;

  if (size > OD_FILE_MAX_BYTES)
    {
      g_set_error (error, OD_FILE_ERROR, OD_FILE_ERROR_TOO_LARGE,
                   _("%s is larger than %d MiB, more than any organisation needs; it was not opened"),
                   display_name, OD_FILE_MAX_BYTES / (1024 * 1024));
      return NULL;
    }
  /* Compressed data is refused rather than unpacked: a small gzip file can
   * unpack to gigabytes. */
  if (has_prefix (u, size, "\x1f\x8b", 2) || has_prefix (u, size, "BZh", 3) ||
      has_prefix (u, size, "\xfd" "7zXZ", 5) || has_prefix (u, size, "\x28\xb5\x2f\xfd", 4) ||
      has_prefix (u, size, "PK\x03\x04", 4))
    {
      g_set_error (error, OD_FILE_ERROR, OD_FILE_ERROR_COMPRESSED,
                   _("%s is compressed or an archive, not an Org Designer document"), display_name);
      return NULL;
    }
  utf8 = to_utf8 (bytes, display_name, error);
  if (utf8 == NULL || !check_utf8_bytes (utf8, display_name, error))
    return NULL;
  return g_steal_pointer (&utf8);
}
