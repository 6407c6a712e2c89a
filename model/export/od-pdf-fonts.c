/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-pdf-fonts.c: a finished PDF's CFF fonts rid of unused subroutines
 * (see the header).
 *
 * Only what cairo writes is read: the last cross-reference table (one
 * subsection from object 0) gives each object's offset; an object runs to
 * the next one (or the table).  A stream named by some /FontFile3 is
 * replaced, and so is the object holding its /Length; every other byte is
 * copied, and the table and startxref are written for the new offsets.
 */
#define _GNU_SOURCE  /* memmem */
#include "config.h"

#include <gio/gio.h>
#include <stdlib.h>
#include <string.h>

#include "od-cff-subrs.h"
#include "od-pdf-fonts.h"

typedef struct {
  guint  number;
  gsize  start, end;           /* the object's bytes [start, end) */
  GBytes *replacement;         /* what to write instead, when set */
} Object;

static gint
compare_objects (gconstpointer a,
                 gconstpointer b)
{
  const Object *oa = a, *ob = b;

  return oa->start < ob->start ? -1 : oa->start > ob->start;
}

static const char *
find (const char *data,
      gsize       from,
      gsize       to,
      const char *needle)
{
  return to > from ? memmem (data + from, to - from, needle, strlen (needle)) : NULL;
}

/* A decimal number at *p (after spaces), moving *p past it. */
static gboolean
read_number (const char  *data,
             gsize        to,
             gsize       *p,
             guint64     *value)
{
  guint64 v = 0;
  gsize start;

  while (*p < to && (data[*p] == ' ' || data[*p] == '\n' || data[*p] == '\r'))
    (*p)++;
  start = *p;
  while (*p < to && data[*p] >= '0' && data[*p] <= '9' && *p - start < 15)
    v = v * 10 + (guint64) (data[(*p)++] - '0');
  *value = v;
  return *p > start && (*p == to || data[*p] < '0' || data[*p] > '9');
}

/* "N 0 R" after @key in [from, to). */
static gboolean
read_reference (const char *data,
                gsize       from,
                gsize       to,
                const char *key,
                guint64    *number)
{
  const char *at = find (data, from, to, key);
  gsize p;
  guint64 gen;

  if (at == NULL)
    return FALSE;
  p = (gsize) (at - data) + strlen (key);
  return read_number (data, to, &p, number) && read_number (data, to, &p, &gen) && gen == 0 &&
         p + 2 <= to && data[p] == ' ' && data[p + 1] == 'R';
}

static GByteArray *
convert (GConverter   *converter,
         const guint8 *data,
         gsize         length)
{
  GByteArray *out = g_byte_array_new ();
  gsize in = 0;

  for (;;)
    {
      gsize read = 0, written = 0;
      GConverterResult result;
      gsize used = out->len;

      g_byte_array_set_size (out, used + MAX (length, 65536));
      result = g_converter_convert (converter, data + in, length - in, out->data + used,
                                    out->len - used, G_CONVERTER_INPUT_AT_END, &read, &written, NULL);
      in += read;
      g_byte_array_set_size (out, used + written);
      if (result == G_CONVERTER_FINISHED)
        return out;
      if (result == G_CONVERTER_ERROR)
        {
          g_byte_array_unref (out);
          return NULL;
        }
    }
}

/* The compacted and re-compressed stream data of a font object, or NULL. */
static GBytes *
compact_stream (const guint8 *data,
                gsize         length)
{
  g_autoptr(GConverter) inflater = G_CONVERTER (g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_ZLIB));
  g_autoptr(GConverter) deflater = NULL;
  g_autoptr(GByteArray) cff = convert (inflater, data, length);
  g_autoptr(GBytes) compact = NULL;
  GByteArray *packed;

  if (cff == NULL)
    return NULL;
  compact = od_cff_subrs_compact (cff->data, cff->len);
  if (compact == NULL || g_bytes_get_size (compact) >= cff->len)
    return NULL;
  deflater = G_CONVERTER (g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_ZLIB, -1));
  packed = convert (deflater, g_bytes_get_data (compact, NULL), g_bytes_get_size (compact));
  if (packed == NULL || packed->len >= length)
    {
      if (packed != NULL)
        g_byte_array_unref (packed);
      return NULL;
    }
  return g_byte_array_free_to_bytes (packed);
}

static Object *
object_numbered (GArray *objects,
                 guint64 number)
{
  for (guint i = 0; i < objects->len; i++)
    if (g_array_index (objects, Object, i).number == number)
      return &g_array_index (objects, Object, i);
  return NULL;
}

/* Replaces the font stream @font (and its /Length object) when it can be
 * made smaller; FALSE only when the file is not as expected. */
static gboolean
compact_font (const char *data,
              GArray     *objects,
              Object     *font)
{
  const char *stream = find (data, font->start, font->end, "stream");
  gsize head, begin, p;
  guint64 length_number, length;
  Object *length_object;
  g_autoptr(GBytes) packed = NULL;
  GString *text;

  if (stream == NULL || font->replacement != NULL)
    return FALSE;
  head = (gsize) (stream - data);
  if (find (data, font->start, head, "/Filter /FlateDecode") == NULL ||
      find (data, font->start, head, "/DecodeParms") != NULL ||
      (find (data, font->start, head, "/Subtype /CIDFontType0C") == NULL &&
       find (data, font->start, head, "/Subtype /Type1C") == NULL) ||
      !read_reference (data, font->start, head, "/Length", &length_number))
    return FALSE;
  length_object = object_numbered (objects, length_number);
  if (length_object == NULL || length_object == font || length_object->replacement != NULL)
    return FALSE;
  p = length_object->start;
  {
    guint64 n, gen;

    if (!read_number (data, length_object->end, &p, &n) || !read_number (data, length_object->end, &p, &gen) ||
        find (data, p, MIN (p + 6, length_object->end), "obj") == NULL)
      return FALSE;
    p += 4;
    if (!read_number (data, length_object->end, &p, &length))
      return FALSE;
  }
  begin = head + strlen ("stream");
  if (begin < font->end && data[begin] == '\r')
    begin++;
  if (begin >= font->end || data[begin] != '\n')
    return FALSE;
  begin++;
  if (begin + length > font->end || find (data, begin + length, font->end, "endstream") == NULL)
    return FALSE;

  packed = compact_stream ((const guint8 *) data + begin, length);
  if (packed == NULL)
    return TRUE;
  {
    GByteArray *bytes = g_byte_array_sized_new (begin - font->start + g_bytes_get_size (packed) +
                                                font->end - begin - length);

    g_byte_array_append (bytes, (const guint8 *) data + font->start, begin - font->start);
    g_byte_array_append (bytes, g_bytes_get_data (packed, NULL), g_bytes_get_size (packed));
    g_byte_array_append (bytes, (const guint8 *) data + begin + length, font->end - begin - length);
    font->replacement = g_byte_array_free_to_bytes (bytes);
  }
  text = g_string_new (NULL);
  g_string_printf (text, "%u 0 obj\n   %" G_GSIZE_FORMAT "\nendobj\n", length_object->number,
                   g_bytes_get_size (packed));
  length_object->replacement = g_string_free_to_bytes (text);
  return TRUE;
}

static void
clear_object (gpointer data)
{
  Object *object = data;

  g_clear_pointer (&object->replacement, g_bytes_unref);
}

GBytes *
od_pdf_fonts_compact (const guint8 *pdf,
                      gsize         length)
{
  const char *data = (const char *) pdf;
  g_autoptr(GArray) objects = g_array_new (FALSE, FALSE, sizeof (Object));
  g_autoptr(GByteArray) out = NULL;
  g_autofree gsize *offset_of = NULL;
  const char *at;
  gsize p, xref, trailer;
  guint64 value, first, count;
  gboolean changed = FALSE;
  GString *table;

  g_array_set_clear_func (objects, clear_object);
  if (length < 64 || memcmp (data, "%PDF-", 5) != 0)
    return NULL;
  /* startxref, then the table it points to. */
  at = NULL;
  for (gsize from = length > 1024 ? length - 1024 : 0; ; )
    {
      const char *next = find (data, from, length, "startxref");

      if (next == NULL)
        break;
      at = next;
      from = (gsize) (next - data) + 1;
    }
  if (at == NULL)
    return NULL;
  p = (gsize) (at - data) + strlen ("startxref");
  if (!read_number (data, length, &p, &value) || value >= length)
    return NULL;
  xref = value;
  if (length - xref < 8 || memcmp (data + xref, "xref", 4) != 0)
    return NULL;
  p = xref + 4;
  if (!read_number (data, length, &p, &first) || !read_number (data, length, &p, &count) ||
      first != 0 || count == 0 || count > 10000000)
    return NULL;
  while (p < length && (data[p] == ' ' || data[p] == '\r' || data[p] == '\n'))
    p++;
  if (p + count * 20 > length)
    return NULL;
  trailer = p + count * 20;
  /* One table: an earlier one (/Prev) would hold objects not read here. */
  if (find (data, trailer, MIN (trailer + 16, length), "trailer") == NULL ||
      find (data, trailer, length, "/Prev") != NULL)
    return NULL;
  offset_of = g_new0 (gsize, count);
  for (guint64 i = 0; i < count; i++)
    {
      const char *entry = data + p + i * 20;
      gsize q = 0;
      guint64 offset;

      if (entry[17] != 'n')
        continue;
      if (!read_number (entry, 10, &q, &offset) || offset == 0 || offset >= xref)
        return NULL;
      {
        Object object = { (guint) i, offset, 0, NULL };

        g_array_append_val (objects, object);
      }
    }
  if (objects->len == 0)
    return NULL;
  g_array_sort (objects, compare_objects);
  for (guint i = 0; i < objects->len; i++)
    {
      Object *object = &g_array_index (objects, Object, i);
      g_autofree char *head = g_strdup_printf ("%u 0 obj", object->number);

      object->end = i + 1 < objects->len ? g_array_index (objects, Object, i + 1).start : xref;
      if (object->end <= object->start || object->end - object->start < strlen (head) ||
          memcmp (data + object->start, head, strlen (head)) != 0)
        return NULL;
    }

  /* The font streams, named by the font descriptors. */
  for (guint i = 0; i < objects->len; i++)
    {
      Object *object = &g_array_index (objects, Object, i);
      const char *stream = find (data, object->start, object->end, "stream");
      gsize end = stream != NULL ? (gsize) (stream - data) : object->end;
      guint64 number;
      Object *font;

      if (!read_reference (data, object->start, end, "/FontFile3", &number))
        continue;
      font = object_numbered (objects, number);
      if (font == NULL)
        return NULL;
      if (font->replacement != NULL)
        continue;
      if (!compact_font (data, objects, font))
        return NULL;
      changed |= font->replacement != NULL;
    }
  if (!changed)
    return NULL;

  /* The file again, then its table. */
  out = g_byte_array_sized_new (length);
  g_byte_array_append (out, pdf, g_array_index (objects, Object, 0).start);
  for (guint i = 0; i < objects->len; i++)
    {
      Object *object = &g_array_index (objects, Object, i);

      offset_of[object->number] = out->len;
      if (object->replacement != NULL)
        g_byte_array_append (out, g_bytes_get_data (object->replacement, NULL),
                             g_bytes_get_size (object->replacement));
      else
        g_byte_array_append (out, pdf + object->start, object->end - object->start);
    }
  xref = out->len;
  table = g_string_sized_new (32 + count * 20);
  g_string_append_printf (table, "xref\n0 %" G_GUINT64_FORMAT "\n", count);
  for (guint64 i = 0; i < count; i++)
    {
      if (offset_of[i] != 0)
        g_string_append_printf (table, "%010" G_GSIZE_FORMAT " 00000 n \n", offset_of[i]);
      else
        g_string_append_len (table, data + p + i * 20, 20);
    }
  g_byte_array_append (out, (const guint8 *) table->str, table->len);
  g_string_free (table, TRUE);
  /* The trailer as it was, up to its startxref. */
  at = find (data, trailer, length, "startxref");
  if (at == NULL)
    return NULL;
  g_byte_array_append (out, pdf + trailer, (gsize) (at - data) - trailer);
  {
    g_autofree char *tail = g_strdup_printf ("startxref\n%" G_GSIZE_FORMAT "\n%%%%EOF\n", xref);

    g_byte_array_append (out, (const guint8 *) tail, strlen (tail));
  }
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}
