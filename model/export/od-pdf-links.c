/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-pdf-links.c: link annotations added to a finished PDF (see the
 * header).
 *
 * The update holds: one object stream with the annotations and a new
 * version of each page that gets links (its dictionary as cairo wrote it,
 * with the annotations added to /Annots), then a cross-reference stream
 * for them whose /Prev is cairo's table.  Reading cairo's file needs only
 * its last table, its trailer, the catalog, the page tree and the pages'
 * dictionaries, all plain text objects.
 */
#include "config.h"

#include <gio/gio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "od-pdf-links.h"

typedef struct {
  const char *data;
  gsize       length;
  guint64    *offset;    /* per object number; 0 when free */
  guint       size;      /* the trailer's /Size */
} Pdf;

static gboolean
fail (GError    **error,
      const char *what)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "unexpected PDF: %s", what);
  return FALSE;
}

/* The first @needle in @data[@from, @to), or NULL. */
static const char *
find (const char *data,
      gsize       from,
      gsize       to,
      const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = from; i + n <= to; i++)
    if (data[i] == needle[0] && memcmp (data + i, needle, n) == 0)
      return data + i;
  return NULL;
}

/* A decimal number at @p (after spaces), read no further than @end;
 * *@next is where it ends (@p when there is none). */
static guint64
read_number (const char  *p,
             const char  *end,
             char       **next)
{
  guint64 v = 0;

  while (p < end && (*p == ' ' || *p == '\n' || *p == '\r'))
    p++;
  *next = (char *) p;
  for (; p < end && g_ascii_isdigit (*p) && v < G_MAXUINT64 / 10 - 10; p++)
    v = v * 10 + (guint64) (*p - '0');
  if (p > *next)
    *next = (char *) p;
  return v;
}

/* The number after @key ("/Root" → 12 in "/Root 12 0 R") in @text. */
static gboolean
number_after (const char *text,
              gsize       length,
              const char *key,
              guint64    *out)
{
  const char *at = find (text, 0, length, key);
  char *end;

  if (at == NULL)
    return FALSE;
  at += strlen (key);
  while (at < text + length && (*at == ' ' || *at == '\n' || *at == '\r'))
    at++;
  *out = read_number (at, text + length, &end);
  return end != at;
}

/* Object @num's text between "obj" and "endobj". */
static gboolean
object_text (const Pdf   *pdf,
             guint64      num,
             const char **text,
             gsize       *length)
{
  g_autofree char *head = NULL;
  const char *start, *end;
  guint64 at;

  if (num == 0 || num >= pdf->size || pdf->offset[num] == 0 || pdf->offset[num] >= pdf->length)
    return FALSE;
  at = pdf->offset[num];
  head = g_strdup_printf ("%" G_GUINT64_FORMAT " 0 obj", num);
  if (pdf->length - at < strlen (head) || memcmp (pdf->data + at, head, strlen (head)) != 0)
    return FALSE;
  start = pdf->data + at + strlen (head);
  end = find (pdf->data, start - pdf->data, pdf->length, "endobj");
  if (end == NULL)
    return FALSE;
  *text = start;
  *length = end - start;
  return TRUE;
}

/* Reads the last cross-reference table and the trailer after it. */
static gboolean
read_xref (Pdf         *pdf,
           guint64     *xref_at,
           const char **trailer,
           gsize       *trailer_length,
           GError     **error)
{
  gsize tail = pdf->length > 1024 ? pdf->length - 1024 : 0;
  const char *sx = NULL, *p, *end = pdf->data + pdf->length, *t;
  guint64 size;

  for (const char *q = find (pdf->data, tail, pdf->length, "startxref"); q != NULL;
       q = find (pdf->data, q - pdf->data + 1, pdf->length, "startxref"))
    sx = q;
  if (sx == NULL)
    return fail (error, "no startxref");
  {
    char *next;

    *xref_at = read_number (sx + strlen ("startxref"), end, &next);
    if (next == sx + strlen ("startxref"))
      return fail (error, "no startxref offset");
  }
  if (*xref_at >= pdf->length || pdf->length - *xref_at < 4 || memcmp (pdf->data + *xref_at, "xref", 4) != 0)
    return fail (error, "no cross-reference table");
  t = find (pdf->data, *xref_at, pdf->length, "trailer");
  if (t == NULL)
    return fail (error, "no trailer");
  *trailer = t;
  *trailer_length = sx - t;
  if (!number_after (t, *trailer_length, "/Size", &size) || size == 0 || size > G_MAXUINT32)
    return fail (error, "no /Size");
  pdf->size = (guint) size;
  pdf->offset = g_new0 (guint64, pdf->size);
  /* Subsections "first count", then 20-byte entries "offset gen n|f". */
  p = pdf->data + *xref_at + 4;
  while (p < t)
    {
      char *next;
      guint64 first, count;

      while (p < t && g_ascii_isspace (*p))
        p++;
      if (p >= t)
        break;
      first = read_number (p, t, &next);
      if (next == p)
        return fail (error, "bad cross-reference subsection");
      count = read_number (next, t, &next);
      p = next;
      for (guint64 k = 0; k < count; k++)
        {
          guint64 off;

          while (p < end && g_ascii_isspace (*p))
            p++;
          off = read_number (p, end, &next);
          if (next == p || next + 8 > end)
            return fail (error, "bad cross-reference entry");
          read_number (next, end, &next);
          while (next < end && *next == ' ')
            next++;
          if (first + k < pdf->size && *next == 'n')
            pdf->offset[first + k] = off;
          p = next + 1;
        }
    }
  return TRUE;
}

/* The page objects in order, walking the page tree from @node. */
static gboolean
collect_pages (const Pdf *pdf,
               guint64    node,
               GArray    *pages,
               guint      depth)
{
  const char *text, *kids, *p, *close;
  gsize length;

  if (depth > 32 || !object_text (pdf, node, &text, &length))
    return FALSE;
  kids = find (text, 0, length, "/Kids");
  if (kids == NULL)
    {
      guint32 n = (guint32) node;
      g_array_append_val (pages, n);
      return TRUE;
    }
  p = find (text, kids - text, length, "[");
  close = p != NULL ? find (text, p - text, length, "]") : NULL;
  if (close == NULL)
    return FALSE;
  for (p++; p < close;)
    {
      char *next;
      guint64 kid = read_number (p, close, &next);

      if (next == p)
        {
          p++;
          continue;
        }
      /* "n 0 R": skip the generation and the R. */
      read_number (next, close, &next);
      p = next;
      while (p < close && (*p == ' ' || *p == 'R' || *p == '\n' || *p == '\r'))
        p++;
      if (!collect_pages (pdf, kid, pages, depth + 1))
        return FALSE;
    }
  return TRUE;
}

static void
append_uint (GString *s,
             guint64  v)
{
  char buf[24];
  guint n = sizeof buf;

  do
    buf[--n] = (char) ('0' + v % 10);
  while ((v /= 10) > 0);
  g_string_append_len (s, buf + n, sizeof buf - n);
}

/* @v to a tenth, as "%.1f" writes it (a value within 1e-16 of a
 * half-tenth may round the other way), without printf: a 10,000-unit
 * index has 40,000 numbers in its link rectangles, and g_ascii_formatd()
 * took 2,200 instructions for each, 30 % of building the update. */
static void
append_number (GString *s,
               double   v)
{
  double tenths = rint (v * 10);  /* to even at .x5, as printf does */
  guint64 t;

  if (!(fabs (tenths) < 1e15))
    {
      char buf[G_ASCII_DTOSTR_BUF_SIZE];

      g_string_append (s, g_ascii_formatd (buf, sizeof buf, "%.1f", v));
      return;
    }
  if (signbit (tenths))
    g_string_append_c (s, '-');
  t = (guint64) fabs (tenths);
  append_uint (s, t / 10);
  g_string_append_c (s, '.');
  g_string_append_c (s, (char) ('0' + t % 10));
}

/* A page's dictionary with @refs (" n 0 R" each) added to its /Annots. */
static gboolean
page_with_annots (const char *text,
                  gsize       length,
                  const char *refs,
                  GString    *out)
{
  const char *annots = find (text, 0, length, "/Annots");
  const char *last = NULL;

  for (const char *q = find (text, 0, length, ">>"); q != NULL; q = find (text, q - text + 2, length, ">>"))
    last = q;
  if (last == NULL)
    return FALSE;
  if (annots != NULL)
    {
      const char *open = annots + strlen ("/Annots");

      while (open < text + length && *open == ' ')
        open++;
      if (open >= text + length || *open != '[')
        return FALSE;
      g_string_append_len (out, text, open + 1 - text);
      g_string_append (out, refs);
      g_string_append_len (out, open + 1, text + length - (open + 1));
      return TRUE;
    }
  g_string_append_len (out, text, last - text);
  g_string_append (out, "/Annots [");
  g_string_append (out, refs);
  g_string_append (out, " ]\n");
  g_string_append_len (out, last, text + length - last);
  return TRUE;
}

/* Level 1: the annotations repeat themselves so much that it packs the
 * 1.3 MB of a 10,000-unit index within 5 % of level 6 (184 against 176
 * kB), in a quarter of the time. */
static GBytes *
deflate (const char *data,
         gsize       length)
{
  g_autoptr(GZlibCompressor) zlib = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_ZLIB, 1);
  g_autoptr(GByteArray) out = g_byte_array_new ();
  gsize done = 0;

  for (;;)
    {
      guint8 buf[65536];
      gsize read = 0, written = 0;
      GConverterResult r;

      r = g_converter_convert (G_CONVERTER (zlib), data + done, length - done, buf, sizeof buf,
                               G_CONVERTER_INPUT_AT_END, &read, &written, NULL);
      done += read;
      g_byte_array_append (out, buf, written);
      if (r == G_CONVERTER_FINISHED || r == G_CONVERTER_ERROR)
        break;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}

static void
put_entry (GByteArray *xref,
           guint       type,
           guint64     field2,
           guint       field3)
{
  guint8 e[7] = { type, field2 >> 24, field2 >> 16, field2 >> 8, field2, field3 >> 8, field3 };

  g_byte_array_append (xref, e, sizeof e);
}

typedef struct {
  guint32 num;         /* the page object */
  guint   index;       /* in the object stream */
} ChangedPage;

static int
compare_changed (gconstpointer a,
                 gconstpointer b)
{
  guint32 x = ((const ChangedPage *) a)->num, y = ((const ChangedPage *) b)->num;

  return x < y ? -1 : x > y;
}

GBytes *
od_pdf_links_update (const guint8    *data,
                     gsize            length,
                     const OdPdfLink *links,
                     guint            n_links,
                     GError         **error)
{
  Pdf pdf = { (const char *) data, length, NULL, 0 };
  g_autoptr(GArray) pages = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GArray) changed = g_array_new (FALSE, FALSE, sizeof (ChangedPage));
  g_autoptr(GString) objects = g_string_new (NULL);
  g_autoptr(GString) header = g_string_new (NULL);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GByteArray) xref = g_byte_array_new ();
  g_autoptr(GBytes) packed = NULL;
  g_autoptr(GBytes) packed_xref = NULL;
  g_autofree guint *first_link = NULL;
  g_autofree char *id = NULL;
  const char *trailer, *text;
  gsize trailer_length, text_length;
  guint64 xref_at, root, info = 0, pages_root, stream_at, xref_stream_at;
  guint n_objects, stm;
  GBytes *update = NULL;

  if (!read_xref (&pdf, &xref_at, &trailer, &trailer_length, error))
    goto out;
  if (!number_after (trailer, trailer_length, "/Root", &root) || !object_text (&pdf, root, &text, &text_length) ||
      !number_after (text, text_length, "/Pages", &pages_root) || !collect_pages (&pdf, pages_root, pages, 0))
    {
      fail (error, "no page tree");
      goto out;
    }
  number_after (trailer, trailer_length, "/Info", &info);
  {
    const char *at = find (trailer, 0, trailer_length, "/ID");
    const char *close = at != NULL ? find (trailer, at - trailer, trailer_length, "]") : NULL;

    if (close != NULL)
      id = g_strndup (at, close + 1 - at);
  }
  for (guint i = 0; i < n_links; i++)
    if (links[i].page >= pages->len || links[i].target >= pages->len)
      {
        fail (error, "a link to a page it does not have");
        goto out;
      }

  /* Objects: the stream is number Size, the annotations follow it, then
   * the cross-reference stream. */
  stm = pdf.size;
  for (guint i = 0; i < n_links; i++)
    {
      const OdPdfLink *l = &links[i];

      append_uint (header, stm + 1 + i);
      g_string_append_c (header, ' ');
      append_uint (header, objects->len);
      g_string_append_c (header, ' ');
      g_string_append (objects, "<</Type/Annot/Subtype/Link/Border[0 0 0]/Rect[");
      append_number (objects, l->x0);
      g_string_append_c (objects, ' ');
      append_number (objects, l->y0);
      g_string_append_c (objects, ' ');
      append_number (objects, l->x1);
      g_string_append_c (objects, ' ');
      append_number (objects, l->y1);
      g_string_append (objects, "]/Dest[");
      append_uint (objects, g_array_index (pages, guint32, l->target));
      g_string_append (objects, " 0 R/XYZ null null 0]>>\n");
    }
  /* Each page with links, again, with them in its /Annots (links are
   * given page by page, but need not be). */
  first_link = g_new (guint, pages->len);
  for (guint p = 0; p < pages->len; p++)
    first_link[p] = G_MAXUINT;
  for (guint i = 0; i < n_links; i++)
    first_link[links[i].page] = MIN (first_link[links[i].page], i);
  for (guint p = 0; p < pages->len; p++)
    {
      g_autoptr(GString) refs = NULL;
      guint32 num = g_array_index (pages, guint32, p);
      ChangedPage c = { num, n_links + changed->len };

      if (first_link[p] == G_MAXUINT)
        continue;
      refs = g_string_new (NULL);
      for (guint i = first_link[p]; i < n_links; i++)
        if (links[i].page == p)
          {
            g_string_append_c (refs, ' ');
            append_uint (refs, stm + 1 + i);
            g_string_append (refs, " 0 R");
          }
      if (!object_text (&pdf, num, &text, &text_length))
        {
          fail (error, "a page object is missing");
          goto out;
        }
      g_string_append_printf (header, "%u %" G_GSIZE_FORMAT " ", num, objects->len);
      if (!page_with_annots (text, text_length, refs->str, objects))
        {
          fail (error, "a page's /Annots is not an array");
          goto out;
        }
      g_string_append_c (objects, '\n');
      g_array_append_val (changed, c);
    }
  n_objects = n_links + changed->len;
  g_string_append_c (header, '\n');
  g_string_prepend (objects, header->str);
  packed = deflate (objects->str, objects->len);

  if (length > 0 && data[length - 1] != '\n')
    g_string_append_c (out, '\n');
  stream_at = length + out->len;
  g_string_append_printf (out, "%u 0 obj\n<< /Type /ObjStm /N %u /First %" G_GSIZE_FORMAT
                          " /Filter /FlateDecode /Length %" G_GSIZE_FORMAT " >>\nstream\n",
                          stm, n_objects, header->len, g_bytes_get_size (packed));
  g_string_append_len (out, g_bytes_get_data (packed, NULL), g_bytes_get_size (packed));
  g_string_append (out, "\nendstream\nendobj\n");
  xref_stream_at = length + out->len;
  if (xref_stream_at > G_MAXUINT32)
    {
      fail (error, "larger than 4 GB");
      goto out;
    }

  /* The cross-reference stream: the changed pages (ascending), then the
   * new objects. */
  g_array_sort (changed, compare_changed);
  g_string_truncate (header, 0);
  for (guint i = 0; i < changed->len; i++)
    {
      const ChangedPage *c = &g_array_index (changed, ChangedPage, i);

      g_string_append_printf (header, "%u 1 ", c->num);
      put_entry (xref, 2, stm, c->index);
    }
  g_string_append_printf (header, "%u %u", stm, n_links + 2);
  put_entry (xref, 1, stream_at, 0);
  for (guint i = 0; i < n_links; i++)
    put_entry (xref, 2, stm, i);
  put_entry (xref, 1, xref_stream_at, 0);
  packed_xref = deflate ((const char *) xref->data, xref->len);
  g_string_append_printf (out, "%u 0 obj\n<< /Type /XRef /Size %u /Root %" G_GUINT64_FORMAT " 0 R",
                          stm + n_links + 1, stm + n_links + 2, root);
  if (info != 0)
    g_string_append_printf (out, " /Info %" G_GUINT64_FORMAT " 0 R", info);
  if (id != NULL)
    g_string_append_printf (out, " %s", id);
  g_string_append_printf (out, " /Prev %" G_GUINT64_FORMAT " /Index [%s] /W [1 4 2] /Filter /FlateDecode"
                          " /Length %" G_GSIZE_FORMAT " >>\nstream\n",
                          xref_at, header->str, g_bytes_get_size (packed_xref));
  g_string_append_len (out, g_bytes_get_data (packed_xref, NULL), g_bytes_get_size (packed_xref));
  g_string_append_printf (out, "\nendstream\nendobj\nstartxref\n%" G_GUINT64_FORMAT "\n%%%%EOF\n", xref_stream_at);
  update = g_bytes_new (out->str, out->len);

out:
  g_free (pdf.offset);
  return update;
}
