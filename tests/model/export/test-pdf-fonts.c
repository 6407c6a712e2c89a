/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The unused subroutines of CFF fonts emptied (od-cff-subrs.c) and a PDF's
 * font streams rewritten with them (od-pdf-fonts.c): hand-made fonts for
 * the charstring rules and the give-up cases, and PDFs cairo writes with
 * Noto Sans CJK checked against the original with qpdf, pdftotext and
 * pdftoppm. */
#define _GNU_SOURCE  /* memmem */
#include <cairo-pdf.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "od-cff-subrs.h"
#include "od-pdf-fonts.h"

/* Hand-made fonts */

/* An INDEX of @n objects. */
static void
append_index (GByteArray  *out,
              const char **objects,
              const gsize *lengths,
              guint        n)
{
  guint8 head[3] = { n >> 8, n & 0xff, 2 };
  guint total = 1;

  if (n == 0)
    {
      g_byte_array_append (out, head, 2);
      return;
    }
  g_byte_array_append (out, head, 3);
  for (guint i = 0; i <= n; i++)
    {
      guint8 off[2] = { total >> 8, total & 0xff };

      g_byte_array_append (out, off, 2);
      if (i < n)
        total += lengths[i];
    }
  for (guint i = 0; i < n; i++)
    g_byte_array_append (out, (const guint8 *) objects[i], lengths[i]);
}

static gsize
index_size (const gsize *lengths,
            guint        n)
{
  gsize size = n == 0 ? 2 : 3 + (gsize) (n + 1) * 2;

  for (guint i = 0; i < n; i++)
    size += lengths[i];
  return size;
}

static void
put_int5 (guint8 *at,
          guint32 v)
{
  at[0] = 29;
  at[1] = v >> 24;
  at[2] = v >> 16;
  at[3] = v >> 8;
  at[4] = v;
}

typedef struct {
  const char **glyphs;
  guint        n_glyphs;
  const char **subrs;       /* local */
  guint        n_subrs;
  const char **gsubrs;
  guint        n_gsubrs;
  gboolean     short_offset; /* CharStrings' offset as a 3-byte integer */
} Spec;

static gsize *
lengths_of (const char **objects,
            guint        n)
{
  gsize *lengths = g_new0 (gsize, MAX (n, 1));

  /* Objects are written as C strings with \x escapes and no NUL inside. */
  for (guint i = 0; i < n; i++)
    lengths[i] = strlen (objects[i]);
  return lengths;
}

/* A non-CID CFF: header, Name, Top DICT, String, Global Subr INDEXes,
 * CharStrings, Private DICT, local Subrs. */
static GByteArray *
make_cff (const Spec *spec)
{
  g_autofree gsize *glyph_lengths = lengths_of (spec->glyphs, spec->n_glyphs);
  g_autofree gsize *subr_lengths = lengths_of (spec->subrs, spec->n_subrs);
  g_autofree gsize *gsubr_lengths = lengths_of (spec->gsubrs, spec->n_gsubrs);
  GByteArray *out = g_byte_array_new ();
  const char *name = "A";
  gsize name_length = 1;
  guint8 top[15];
  guint8 private[6];
  const char *top_object = (const char *) top;
  gsize top_length = sizeof top;
  gsize charstrings, private_offset;
  static const guint8 header[4] = { 1, 0, 4, 4 };

  charstrings = 4 + index_size (&name_length, 1) + index_size (&top_length, 1) + 2 +
                index_size (gsubr_lengths, spec->n_gsubrs);
  private_offset = charstrings + index_size (glyph_lengths, spec->n_glyphs);
  /* CharStrings, then Private (size, offset) */
  put_int5 (top, charstrings);
  top[5] = 17;
  if (spec->short_offset)
    {
      /* CharStrings as a 3-byte integer, then a harmless UniqueID (13)
       * for the DICT to keep its length. */
      top[0] = 28;
      top[1] = charstrings >> 8;
      top[2] = charstrings & 0xff;
      top[3] = 17;
      top[4] = 139 + 1;
      top[5] = 13;
    }
  top[6] = 28;
  top[7] = 0;
  top[8] = sizeof private;
  put_int5 (top + 9, private_offset);
  top[14] = 18;
  put_int5 (private, sizeof private);
  private[5] = 19;

  g_byte_array_append (out, header, 4);
  append_index (out, &name, &name_length, 1);
  append_index (out, &top_object, &top_length, 1);
  append_index (out, NULL, NULL, 0);
  append_index (out, spec->gsubrs, gsubr_lengths, spec->n_gsubrs);
  g_assert_cmpuint (out->len, ==, charstrings);
  append_index (out, spec->glyphs, glyph_lengths, spec->n_glyphs);
  g_assert_cmpuint (out->len, ==, private_offset);
  g_byte_array_append (out, private, sizeof private);
  append_index (out, spec->subrs, subr_lengths, spec->n_subrs);
  return out;
}

static gboolean
contains (GBytes     *bytes,
          const char *needle)
{
  return memmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), needle, strlen (needle)) != NULL;
}

/* Numbers: 139 + v for -107..107; "\x20" is -107, the first subroutine
 * with 107 as the bias, "\x21" the second, "\x22" the third.
 * Operators: \x0a callsubr, \x1d callgsubr, \x0b return, \x0e endchar,
 * \x05 rlineto, \x12 hstemhm, \x03 vstem, \x13 hintmask. */

static void
test_used_kept (void)
{
  const char *glyphs[] = { "\x8c\x8d\x05\x20\x0a\x20\x1d\x0e" };
  const char *subrs[] = { "\x91\x92\x05\x0b", "\x93\x94\x95\x96\x05\x0b" };
  const char *gsubrs[] = { "\x97\x98\x05\x0b", "\x99\x9a\x9b\x9c\x05\x0b" };
  Spec spec = { glyphs, 1, subrs, 2, gsubrs, 2, FALSE };
  g_autoptr(GByteArray) cff = make_cff (&spec);
  g_autoptr(GBytes) compact = od_cff_subrs_compact (cff->data, cff->len);
  g_autoptr(GBytes) again = NULL;

  g_assert_nonnull (compact);
  /* The called ones and the glyph as they were; the others are return. */
  g_assert_true (contains (compact, subrs[0]));
  g_assert_true (contains (compact, gsubrs[0]));
  g_assert_true (contains (compact, glyphs[0]));
  g_assert_false (contains (compact, subrs[1]));
  g_assert_false (contains (compact, gsubrs[1]));
  /* Each INDEX loses 5 bytes of its second subroutine and 3 of its
   * offsets (now 1 byte each, not 2). */
  g_assert_cmpuint (g_bytes_get_size (compact), ==, cff->len - 2 * (strlen (subrs[1]) - 1) - 2 * 3);
  /* The offsets were fixed: the result reads again, to itself. */
  again = od_cff_subrs_compact (g_bytes_get_data (compact, NULL), g_bytes_get_size (compact));
  g_assert_nonnull (again);
  g_assert_true (g_bytes_equal (again, compact));
}

/* cairo 1.16's mistake: a subroutine with stem hints, used by two glyphs,
 * must be read again for the second, or its hint mask has the wrong
 * length and what follows (a call) is misread. */
static void
test_shared_hints (void)
{
  const char *glyphs[] = {
    /* 2 stems in subr 0, a 1-byte mask */
    "\x20\x0a\x13\xc0\x8c\x8d\x05\x0e",
    /* 2 stems in subr 0 + 7 implicit = 9: a 2-byte mask (its second byte
     * is endchar to a reader that counted 7), then subr 1 */
    "\x20\x0a\x8b\x8c\x8b\x8c\x8b\x8c\x8b\x8c\x8b\x8c\x8b\x8c\x8b\x8c\x13\xff\x0e\x21\x0a\x0e",
  };
  const char *subrs[] = { "\x8b\x8c\x8d\x8e\x12\x0b", "\x93\x94\x95\x96\x05\x0b", "\x97\x98\x99\x9a\x05\x0b" };
  Spec spec = { glyphs, 2, subrs, 3, NULL, 0, FALSE };
  g_autoptr(GByteArray) cff = make_cff (&spec);
  g_autoptr(GBytes) compact = od_cff_subrs_compact (cff->data, cff->len);

  g_assert_nonnull (compact);
  g_assert_true (contains (compact, subrs[0]));
  g_assert_true (contains (compact, subrs[1]));
  g_assert_false (contains (compact, subrs[2]));
}

/* What is not understood leaves the font alone. */
static void
test_give_up (void)
{
  const char *subrs[] = { "\x20\x0a\x0b", "\x93\x94\x05\x0b" };
  struct {
    const char *glyph;
    gboolean    short_offset;
  } cases[] = {
    { "\x8c\x8d\x0c\x0a\x0a\x0e", FALSE },  /* 1 2 add callsubr: computed */
    { "\x90\x0a\x0e", FALSE },              /* subr 5 + bias of 2 subrs */
    { "\x20\x0a\x0e", FALSE },              /* subr 0 calls itself */
    { "\x21\x1d\x0e", FALSE },              /* a global subr, none there */
    { "\x8b\x02\x0e", FALSE },              /* a reserved operator */
    { "\x21\x0a\x0e", TRUE },               /* an offset not 5 bytes long */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *glyphs[] = { cases[i].glyph };
      Spec spec = { glyphs, 1, subrs, 2, NULL, 0, cases[i].short_offset };
      g_autoptr(GByteArray) cff = make_cff (&spec);

      g_test_message ("case %u", i);
      g_assert_null (od_cff_subrs_compact (cff->data, cff->len));
    }
}

/* Damaged fonts: every truncation and many flipped bytes, read without
 * overrunning (under the sanitizers) and, when read, still whole. */
static void
test_damaged (void)
{
  const char *glyphs[] = { "\x8c\x8d\x05\x20\x0a\x20\x1d\x0e", "\x21\x0a\x13\x0e" };
  const char *subrs[] = { "\x8b\x8c\x8d\x8e\x12\x0b", "\x93\x94\x95\x96\x05\x0b" };
  const char *gsubrs[] = { "\x97\x98\x05\x0b" };
  Spec spec = { glyphs, 2, subrs, 2, gsubrs, 1, FALSE };
  g_autoptr(GByteArray) cff = make_cff (&spec);
  static const guint8 values[] = { 0x00, 0x01, 0x0a, 0x0b, 0x0c, 0x1c, 0x1d, 0x1e, 0x7f, 0xff };

  for (gsize n = 0; n < cff->len; n++)
    {
      g_autofree guint8 *copy = g_memdup2 (cff->data, n);
      g_autoptr(GBytes) compact = od_cff_subrs_compact (copy, n);

      /* Cut inside the last INDEX: it no longer fits. */
      if (n + 6 < cff->len)
        g_assert_null (compact);
    }
  for (gsize at = 0; at < cff->len; at++)
    for (guint v = 0; v < G_N_ELEMENTS (values); v++)
      {
        g_autofree guint8 *copy = g_memdup2 (cff->data, cff->len);
        g_autoptr(GBytes) compact = NULL;

        copy[at] = values[v];
        compact = od_cff_subrs_compact (copy, cff->len);
        if (compact != NULL)
          g_assert_cmpuint (g_bytes_get_size (compact), <=, cff->len);
      }
  g_assert_null (od_cff_subrs_compact ((const guint8 *) "", 0));
  g_assert_null (od_cff_subrs_compact ((const guint8 *) "\x01\x00\x04\x04", 4));
}

/* PDFs written by cairo */

static cairo_status_t
append_cb (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* @text in @font (a Pango description), a line at a time, as cairo writes
 * it to a PDF. */
static GByteArray *
make_pdf (const char *font,
          const char *language,
          const char *text)
{
  GByteArray *pdf = g_byte_array_new ();
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (append_cb, pdf, 595, 842);
  cairo_t *cr = cairo_create (surface);
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *desc = pango_font_description_from_string (font);
  PangoContext *context = pango_layout_get_context (layout);

  pango_context_set_language (context, pango_language_from_string (language));
  pango_layout_context_changed (layout);
  pango_layout_set_font_description (layout, desc);
  pango_layout_set_width (layout, 540 * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text, -1);
  cairo_move_to (cr, 28, 28);
  pango_cairo_show_layout (cr, layout);
  pango_font_description_free (desc);
  g_object_unref (layout);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return pdf;
}

static char *
run (const char *const *argv,
     int               *status)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, status, &error));
  g_assert_no_error (error);
  return out;
}

/* Page 1 of @pdf at 100 dpi, as a PGM file's bytes. */
static GBytes *
render (const char *dir,
        const char *pdf,
        const char *stem)
{
  g_autofree char *prefix = g_build_filename (dir, stem, NULL);
  g_autofree char *page = g_strconcat (prefix, "-1.pgm", NULL);
  const char *argv[] = { "pdftoppm", "-r", "100", "-gray", "-f", "1", "-l", "1", pdf, prefix, NULL };
  g_autofree char *ignored = NULL;
  char *pixels = NULL;
  gsize length;
  int status;

  ignored = run (argv, &status);
  g_assert_true (g_file_get_contents (page, &pixels, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_unlink (page);
  return g_bytes_new_take (pixels, length);
}

/* The font program of the first CIDFontType0C stream of @pdf. */
static GByteArray *
first_cff (GByteArray *pdf)
{
  g_autoptr(GConverter) inflater = G_CONVERTER (g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_ZLIB));
  guint8 *type = memmem (pdf->data, pdf->len, "/CIDFontType0C", 14);
  guint8 *stream = memmem (type, pdf->len - (type - pdf->data), "stream\n", 7) + 7;
  GByteArray *cff = g_byte_array_new ();
  gsize read = 0, written = 0;

  g_byte_array_set_size (cff, 4 << 20);
  g_assert_cmpint (g_converter_convert (inflater, stream, pdf->len - (stream - pdf->data), cff->data, cff->len,
                                        G_CONVERTER_INPUT_AT_END, &read, &written, NULL), ==, G_CONVERTER_FINISHED);
  g_byte_array_set_size (cff, written);
  return cff;
}

typedef struct {
  const char *font, *language, *text;
  gboolean    shrinks;    /* cairo keeps unused subroutines here */
} PdfCase;

static void
check_pdf (gconstpointer data)
{
  const PdfCase *c = data;
  g_autoptr(GByteArray) pdf = NULL;
  g_autoptr(GBytes) compact = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *before = NULL, *after = NULL;
  g_autofree char *qpdf = g_find_program_in_path ("qpdf");
  g_autofree char *pdftoppm = g_find_program_in_path ("pdftoppm");

  if (qpdf == NULL || pdftoppm == NULL)
    {
      g_test_skip ("no qpdf or pdftoppm");
      return;
    }
  pdf = make_pdf (c->font, c->language, c->text);
  compact = od_pdf_fonts_compact (pdf->data, pdf->len);
  if (!c->shrinks)
    {
      /* Nothing to gain, but the glyphs were understood all the same. */
      if (compact == NULL)
        {
          g_autoptr(GByteArray) cff = first_cff (pdf);
          g_autoptr(GBytes) same = od_cff_subrs_compact (cff->data, cff->len);

          g_assert_nonnull (same);
          g_assert_cmpuint (g_bytes_get_size (same), <=, cff->len);
          return;
        }
    }
  else
    {
      g_assert_nonnull (compact);
      g_test_message ("%s: %u -> %" G_GSIZE_FORMAT " bytes", c->font, pdf->len, g_bytes_get_size (compact));
      /* The unused subroutines were most of it. */
      g_assert_cmpuint (g_bytes_get_size (compact), <, pdf->len / 3);
    }
  dir = g_dir_make_tmp ("od-pdf-fonts-XXXXXX", NULL);
  before = g_build_filename (dir, "before.pdf", NULL);
  after = g_build_filename (dir, "after.pdf", NULL);
  g_assert_true (g_file_set_contents (before, (const char *) pdf->data, pdf->len, NULL));
  g_assert_true (g_file_set_contents (after, g_bytes_get_data (compact, NULL), g_bytes_get_size (compact), NULL));
  {
    const char *check[] = { "qpdf", "--check", after, NULL };
    const char *text_before[] = { "pdftotext", before, "-", NULL };
    const char *text_after[] = { "pdftotext", after, "-", NULL };
    g_autofree char *out = NULL, *t1 = NULL, *t2 = NULL;
    g_autoptr(GBytes) p1 = NULL, p2 = NULL;
    int status;

    out = run (check, &status);
    g_assert_true (g_spawn_check_wait_status (status, NULL));
    t1 = run (text_before, &status);
    t2 = run (text_after, &status);
    g_assert_cmpstr (t1, ==, t2);
    p1 = render (dir, before, "b");
    p2 = render (dir, after, "a");
    g_assert_true (g_bytes_equal (p1, p2));
  }
  g_unlink (before);
  g_unlink (after);
  g_rmdir (dir);
}

/* A PDF that is not cairo's, or damaged, is left alone. */
static void
test_pdf_unexpected (void)
{
  g_autoptr(GByteArray) pdf = make_pdf ("Noto Sans CJK SC 12", "zh-cn", "FI一");
  g_autoptr(GByteArray) latin = make_pdf ("DejaVu Sans 12", "en", "Org Designer");
  g_autoptr(GBytes) whole = od_pdf_fonts_compact (pdf->data, pdf->len);

  g_assert_nonnull (whole);
  g_assert_null (od_pdf_fonts_compact ((const guint8 *) "%PDF-1.5\n", 9));
  /* Cut anywhere (every 997th byte): no table to read, or a stream cut. */
  for (gsize n = 0; n < pdf->len; n += 997)
    g_assert_null (od_pdf_fonts_compact (pdf->data, n));
  /* A table pointing elsewhere. */
  {
    g_autofree guint8 *copy = g_memdup2 (pdf->data, pdf->len);
    guint8 *xref = memmem (copy, pdf->len, "\nxref\n", 6);

    g_assert_nonnull (xref);
    xref[1] = 'X';
    g_assert_null (od_pdf_fonts_compact (copy, pdf->len));
  }
  /* An incremental update (as the links are added later) repeating
   * cairo's table: an earlier table is not read here, so it is given up. */
  {
    g_autoptr(GByteArray) updated = g_byte_array_new ();
    const guint8 *xref = (const guint8 *) memmem (pdf->data, pdf->len, "\nxref\n", 6) + 1;
    const guint8 *trailer = memmem (xref, pdf->len - (xref - pdf->data), "trailer", 7);
    g_autofree char *tail = g_strdup_printf ("trailer\n<< /Size %u /Prev %u >>\nstartxref\n%u\n%%%%EOF\n",
                                             (guint) ((trailer - xref) / 20), (guint) (xref - pdf->data), pdf->len);

    g_byte_array_append (updated, pdf->data, pdf->len);
    g_byte_array_append (updated, xref, trailer - xref);
    g_byte_array_append (updated, (const guint8 *) tail, strlen (tail));
    g_assert_null (od_pdf_fonts_compact (updated->data, updated->len));
  }
  /* A damaged font stream. */
  {
    g_autofree guint8 *copy = g_memdup2 (pdf->data, pdf->len);
    guint8 *type = memmem (copy, pdf->len, "/CIDFontType0C", 14);
    guint8 *stream = memmem (type, pdf->len - (type - copy), "stream\n", 7);

    memset (stream + 7, 0x55, 40);
    g_assert_null (od_pdf_fonts_compact (copy, pdf->len));
  }
  /* DejaVu is a TrueType font: no FontFile3, nothing to do. */
  g_assert_null (od_pdf_fonts_compact (latin->data, latin->len));
}

/* A real subset as cairo writes it (~1 MB, nearly all of it unused
 * subroutines) with bytes changed here and there: read without
 * overrunning, never grown. */
static void
test_damaged_real (void)
{
  g_autoptr(GByteArray) pdf = make_pdf ("Noto Sans CJK SC 12", "zh-cn", "FI一二三组织");
  g_autoptr(GByteArray) cff = first_cff (pdf);
  g_autoptr(GBytes) whole = od_cff_subrs_compact (cff->data, cff->len);
  guint n = g_test_slow () ? 2000 : 150;

  g_assert_nonnull (whole);
  for (guint i = 0; i < n; i++)
    {
      /* Half of them in the first 4 KB: header, DICTs, the INDEXes' heads. */
      gsize at = i % 2 ? (gsize) g_test_rand_int_range (0, 4096) : (gsize) g_test_rand_int_range (0, cff->len);
      guint8 old = cff->data[at];
      g_autoptr(GBytes) compact = NULL;

      cff->data[at] = g_test_rand_int_range (0, 256);
      compact = od_cff_subrs_compact (cff->data, cff->len);
      if (compact != NULL)
        g_assert_cmpuint (g_bytes_get_size (compact), <=, cff->len);
      cff->data[at] = old;
    }
}

int
main (int    argc,
      char **argv)
{
  /* Regular: cairo 1.16 keeps every subroutine of the ideographs' Font
   * DICT once F and I (sharing a hinted subroutine) precede them.  Bold
   * and the English text: cairo's subsets are right, nothing to gain. */
  static const PdfCase cases[] = {
    { "Noto Sans CJK SC 12", "zh-cn", "FI一", TRUE },
    { "Noto Sans CJK SC 12", "zh-cn", "FIRST 组织设计销售市场协作阶段诊断部门集团总部人力资源财务法务采购研发", TRUE },
    { "Noto Sans CJK TC 12", "zh-tw", "FI組織設計銷售與市場協作階段診斷", TRUE },
    { "Noto Sans CJK SC Bold 12", "zh-cn",
      "组织设计销售市场协作阶段诊断部门集团总部人力资源财务法务采购研发生产质量物流客服信息技术战略规划品牌渠道", FALSE },
    { "Noto Sans CJK TC Bold 12", "zh-tw", "FI組織設計銷售與市場協作階段診斷人力資源財務", FALSE },
    { "Noto Sans CJK SC 12", "en", "Organisation chart: Sales and Marketing, Finance, HR", FALSE },
  };

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/cff-subrs/used-kept", test_used_kept);
  g_test_add_func ("/cff-subrs/shared-hints", test_shared_hints);
  g_test_add_func ("/cff-subrs/give-up", test_give_up);
  g_test_add_func ("/cff-subrs/damaged", test_damaged);
  g_test_add_func ("/cff-subrs/damaged-real", test_damaged_real);
  g_test_add_func ("/pdf-fonts/unexpected", test_pdf_unexpected);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/pdf-fonts/same-pages/%u", i);

      g_test_add_data_func (path, &cases[i], check_pdf);
    }
  return g_test_run ();
}
