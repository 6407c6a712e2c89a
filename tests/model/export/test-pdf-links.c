/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-pdf-links.c: links added to a finished cairo PDF as an incremental
 * update: the update points back to cairo's table, the changed pages keep
 * cairo's own annotations, and a file that is not what cairo writes (cut
 * short, garbage, a link to a page it lacks) gives an error, never a
 * crash.  tests/cli (od_pdfcheck.index_link_problems) reads real exports
 * with qpdf. */
#include "config.h"

#include <cairo-pdf.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "od-pdf-links.h"

static cairo_status_t
append_cb (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* Three pages; the second has a link of cairo's own. */
static GByteArray *
three_pages (void)
{
  GByteArray *pdf = g_byte_array_new ();
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (append_cb, pdf, 200, 300);
  cairo_t *cr = cairo_create (surface);

  cairo_tag_begin (cr, "Document", NULL);
  for (int p = 0; p < 3; p++)
    {
      g_autofree char *text = g_strdup_printf ("page %d", p + 1);

      if (p == 1)
        cairo_tag_begin (cr, CAIRO_TAG_LINK, "page=1");
      cairo_move_to (cr, 20, 20);
      cairo_show_text (cr, text);
      if (p == 1)
        cairo_tag_end (cr, CAIRO_TAG_LINK);
      cairo_show_page (cr);
    }
  cairo_tag_end (cr, "Document");
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return pdf;
}

static gboolean
contains (GBytes     *bytes,
          const char *needle)
{
  gsize n, k = strlen (needle);
  const char *data = g_bytes_get_data (bytes, &n);

  for (gsize i = 0; i + k <= n; i++)
    if (memcmp (data + i, needle, k) == 0)
      return TRUE;
  return FALSE;
}

static void
test_update (void)
{
  g_autoptr(GByteArray) pdf = three_pages ();
  const OdPdfLink links[] = {
    { 1, 2, 10, 10, 50, 20 }, { 2, 0, 10, 30, 50, 40.5 }, { 1, 0, 60, 10, 90, 20 },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) update = od_pdf_links_update (pdf->data, pdf->len, links, G_N_ELEMENTS (links), &error);
  g_autofree char *prev = NULL;
  const char *tail = (const char *) pdf->data + pdf->len - 40;

  g_assert_no_error (error);
  g_assert_nonnull (update);
  /* A cross-reference stream whose /Prev is cairo's table. */
  g_assert_true (contains (update, "/Type /XRef"));
  g_assert_true (contains (update, "/Type /ObjStm /N 5 "));
  tail = g_strrstr_len (tail, 40, "startxref");
  g_assert_nonnull (tail);
  prev = g_strdup_printf ("/Prev %" G_GUINT64_FORMAT " ", g_ascii_strtoull (tail + strlen ("startxref"), NULL, 10));
  g_assert_true (contains (update, prev));
  g_assert_cmpmem ((const char *) g_bytes_get_data (update, NULL) + g_bytes_get_size (update) - 6, 6, "%%EOF\n", 6);

  /* qpdf reads the whole: no damage, cairo's link and the three new ones,
   * on the pages given. */
  {
    g_autofree char *dir = g_dir_make_tmp ("od-pdf-links-XXXXXX", NULL);
    g_autofree char *path = g_build_filename (dir, "links.pdf", NULL);
    g_autofree char *out = NULL;
    g_autofree char *json = NULL;
    int status;
    guint n = 0;

    g_autofree char *cairo_path = g_build_filename (dir, "cairo.pdf", NULL);
    g_autofree char *text_before = NULL;
    g_autofree char *text_after = NULL;

    g_assert_true (g_file_set_contents (cairo_path, (const char *) pdf->data, pdf->len, NULL));
    g_byte_array_append (pdf, g_bytes_get_data (update, NULL), g_bytes_get_size (update));
    g_assert_true (g_file_set_contents (path, (const char *) pdf->data, pdf->len, NULL));
    /* The update changes no text a reader copies. */
    {
      const char *before[] = { "pdftotext", cairo_path, "-", NULL };
      const char *after[] = { "pdftotext", path, "-", NULL };

      g_assert_true (g_spawn_sync (NULL, (char **) before, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &text_before, NULL, &status, NULL));
      g_assert_true (g_spawn_check_wait_status (status, NULL));
      g_assert_true (g_spawn_sync (NULL, (char **) after, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &text_after, NULL, &status, NULL));
      g_assert_true (g_spawn_check_wait_status (status, NULL));
      g_assert_nonnull (strstr (text_after, "page 3"));
      g_assert_cmpstr (text_before, ==, text_after);
    }
    {
      const char *check[] = { "qpdf", "--check", path, NULL };
      const char *dump[] = { "qpdf", "--json", "--json-key=pages", "--json-key=qpdf", path, NULL };

      g_assert_true (g_spawn_sync (NULL, (char **) check, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, NULL, &status, NULL));
      g_assert_true (g_spawn_check_wait_status (status, NULL));
      g_assert_nonnull (strstr (out, "No syntax or stream encoding errors"));
      g_assert_null (strstr (out, "WARNING"));
      g_assert_true (g_spawn_sync (NULL, (char **) dump, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &json, NULL, &status, NULL));
      g_assert_true (g_spawn_check_wait_status (status, NULL));
    }
    for (const char *q = strstr (json, "\"/Subtype\": \"/Link\""); q != NULL; q = strstr (q + 1, "\"/Subtype\": \"/Link\""))
      n++;
    g_assert_cmpuint (n, ==, 4);
    /* Written in the C locale whatever the reader's (no "40,5"). */
    g_assert_nonnull (strstr (json, "40.5"));
    g_remove (path);
    g_remove (cairo_path);
    g_rmdir (dir);
  }
}

static void
test_bad_input (void)
{
  g_autoptr(GByteArray) pdf = three_pages ();
  const OdPdfLink link = { 0, 1, 0, 0, 10, 10 };
  const OdPdfLink beyond = { 0, 3, 0, 0, 10, 10 };
  const char *garbage = "%PDF-1.5\nstartxref\n999999\n%%EOF\n";

  /* Up to the end of the number after startxref ("\n%%EOF\n" follows). */
  for (gsize cut = 0; cut < pdf->len - 7; cut += 1 + pdf->len / 97)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) update = od_pdf_links_update (pdf->data, cut, &link, 1, &error);

      /* Cut short: the table or the trailer is gone, or it points past
       * the end. */
      g_assert_null (update);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
    }
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GBytes) update = od_pdf_links_update ((const guint8 *) garbage, strlen (garbage), &link, 1, &error);

    g_assert_null (update);
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  }
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GBytes) update = od_pdf_links_update (pdf->data, pdf->len, &beyond, 1, &error);

    g_assert_null (update);
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  }
}

/* The rectangles' numbers, which od-pdf-links.c writes without printf:
 * one decimal, the sign kept, carried into the whole part (9.96 is 10.0),
 * huge values through the slow path, each within a twentieth of a point
 * of what was asked. */
static void
test_numbers (void)
{
  g_autoptr(GByteArray) pdf = three_pages ();
  const double values[] = { 0, 0.04, -0.04, 12.25, 12.75, 9.96, -3.15, 7.63, 40.5, 1234567.89, 595.2756, 1e20, -1e20 };
  OdPdfLink links[G_N_ELEMENTS (values)];
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) update = NULL;
  g_autoptr(GConverter) zlib = G_CONVERTER (g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_ZLIB));
  g_autoptr(GRegex) number = g_regex_new ("^-?[0-9]+\\.[0-9]$", 0, 0, NULL);
  g_autofree char *text = g_malloc0 (1 << 20);
  const char *data, *stream, *at;
  gsize size, read = 0, written = 0;
  guint seen = 0;

  /* Each value as every coordinate of one link. */
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    links[i] = (OdPdfLink) { 0, 1, values[i], values[i], values[i], values[i] };
  update = od_pdf_links_update (pdf->data, pdf->len, links, G_N_ELEMENTS (links), &error);
  g_assert_no_error (error);
  data = g_bytes_get_data (update, &size);
  stream = g_strstr_len (data, size, "/Type /ObjStm");
  g_assert_nonnull (stream);
  stream = g_strstr_len (stream, size - (stream - data), ">>\nstream\n");
  g_assert_nonnull (stream);
  stream += strlen (">>\nstream\n");
  g_converter_convert (zlib, stream, size - (stream - data), text, (1 << 20) - 1, G_CONVERTER_INPUT_AT_END,
                       &read, &written, &error);
  g_assert_no_error (error);
  for (at = strstr (text, "/Rect["); at != NULL; at = strstr (at + 1, "/Rect["))
    {
      g_autofree char *rect = g_strndup (at + strlen ("/Rect["), strcspn (at + strlen ("/Rect["), "]"));
      g_auto(GStrv) parts = g_strsplit (rect, " ", -1);
      double v = values[seen];

      g_assert_cmpuint (g_strv_length (parts), ==, 4);
      for (guint k = 0; k < 4; k++)
        {
          double back = g_ascii_strtod (parts[k], NULL);

          g_assert_true (g_regex_match (number, parts[k], 0, NULL));
          g_assert_cmpfloat (fabs (back - v), <=, fabs (v) > 1e15 ? fabs (v) * 1e-15 : 0.05 + 1e-9);
          /* The sign of what was asked, even when it rounds to 0. */
          g_assert_cmpint (parts[k][0] == '-', ==, v < 0);
        }
      seen++;
    }
  g_assert_cmpuint (seen, ==, G_N_ELEMENTS (values));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/model/pdf-links/update", test_update);
  g_test_add_func ("/model/pdf-links/bad-input", test_bad_input);
  g_test_add_func ("/model/pdf-links/numbers", test_numbers);
  return g_test_run ();
}
