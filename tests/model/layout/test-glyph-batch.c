/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-glyph-batch.c: text shown through a glyph batch looks as
 * pango_cairo_show_layout() shows it (Chinese, mixed scripts, wrapped
 * lines, right-to-left, missing glyphs, coloured spans, under translations
 * and scales), keeps its colour, and goes to an SVG text sink when one is
 * attached; a line kept to be shown again lands where its layout would. */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "od-glyph-batch.h"
#include "od-text-context.h"
#include "od-text-sink.h"

#define W 480
#define H 360

static const char *const texts[] = {
  "华东销售一部",
  "Sales 销售 Vertrieb Ärger",
  "一个很长的部门名称需要换行才能放进盒子里面去",
  "מחלקת מכירות",              /* right to left: shown at once */
  "Mixed עברית and 中文",
  "\xf4\x8f\xbf\xbd missing",   /* U+10FFFD, drawn as a hex box */
  "12人 · 42 units \xe2\x86\x92 p. 7",
};

static PangoLayout *
make_layout (PangoContext *context,
             const char   *text,
             gboolean      coloured)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *desc = pango_font_description_from_string ("Sans 9");

  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  pango_layout_set_width (layout, 90 * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_set_text (layout, text, -1);
  if (coloured)
    {
      PangoAttrList *attrs = pango_attr_list_new ();
      PangoAttribute *red = pango_attr_foreground_new (65535, 0, 0);

      red->start_index = 0;
      red->end_index = 3;
      pango_attr_list_insert (attrs, red);
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }
  return layout;
}

/* Every text at a few places, in two colours, under a translation per
 * block and a scale: with pango_cairo_show_layout() or through @batch. */
static cairo_surface_t *
draw (OdGlyphBatch *batch)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, W, H);
  cairo_t *cr = cairo_create (surface);
  PangoContext *context = od_text_context_new (OD_LANG_ZH_CN);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, 1.25, 1.25);
  for (guint block = 0; block < 2; block++)
    {
      cairo_save (cr);
      cairo_translate (cr, block * 190 + 0.3, block * 7.7);
      for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
        {
          g_autoptr(PangoLayout) layout = make_layout (context, texts[i], i == 1 && block == 1);

          if (i % 2 == 0)
            cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
          else
            cairo_set_source_rgb (cr, 0.2, 0.3, 0.7);
          cairo_move_to (cr, 4.5 + (i % 2) * 95, 4 + i * 36.3);
          if (batch != NULL)
            od_glyph_batch_add (batch, cr, layout);
          else
            pango_cairo_show_layout (cr, layout);
        }
      cairo_restore (cr);
    }
  if (batch != NULL)
    od_glyph_batch_flush (batch, cr);
  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static guint
count_inked (cairo_surface_t *surface)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint n = 0;

  for (int y = 0; y < H; y++)
    for (int x = 0; x < W; x++)
      n += ((const guint32 *) (data + y * stride))[x] != 0xffffffff;
  return n;
}

/* Ink (255 - grey, summed) of the 4 × 4 block at (@bx, @by). */
static int
block_ink (cairo_surface_t *surface,
           int              bx,
           int              by)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface), ink = 0;

  for (int y = by * 4; y < by * 4 + 4; y++)
    for (int x = bx * 4; x < bx * 4 + 4; x++)
      {
        guint32 p = ((const guint32 *) (data + y * stride))[x];
        ink += 255 - (int) (((p >> 16 & 0xff) + (p >> 8 & 0xff) + (p & 0xff)) / 3);
      }
  return ink;
}

static void
test_same_pixels (void)
{
  g_autoptr(OdGlyphBatch) batch = od_glyph_batch_new ();
  cairo_surface_t *direct = draw (NULL), *batched = draw (batch);
  guint inked_blocks = 0, differ = 0;

  if (g_getenv ("OD_BATCH_OUTPUT") != NULL)
    {
      cairo_surface_write_to_png (direct, "batch-direct.png");
      cairo_surface_write_to_png (batched, "batch-batched.png");
    }
  /* Compared by 4 × 4 blocks: the image surface rounds each glyph to a
   * pixel, and a position computed in another order may round the other
   * way at a tie; a glyph out of place, missing or in another colour
   * changes its blocks' ink by far more. */
  for (int by = 0; by < H / 4; by++)
    for (int bx = 0; bx < W / 4; bx++)
      {
        int a = block_ink (direct, bx, by), b = block_ink (batched, bx, by);

        inked_blocks += a > 0;
        differ += ABS (a - b) > MAX (MAX (a, b) / 3, 400);
      }
  g_test_message ("%u inked blocks, %u differ", inked_blocks, differ);
  g_assert_cmpuint (count_inked (direct), >, 3000);
  g_assert_cmpuint (differ, <=, inked_blocks / 100);
  cairo_surface_destroy (direct);
  cairo_surface_destroy (batched);

  /* A flushed batch is empty: flushing again draws nothing. */
  {
    cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, W, H);
    cairo_t *cr = cairo_create (surface);

    cairo_set_source_rgb (cr, 1, 1, 1);
    cairo_paint (cr);
    od_glyph_batch_flush (batch, cr);
    cairo_surface_flush (surface);
    g_assert_cmpuint (count_inked (surface), ==, 0);
    cairo_destroy (cr);
    cairo_surface_destroy (surface);
  }
}

/* Glyphs keep the colour the source had when they were added. */
static void
test_colour (void)
{
  g_autoptr(OdGlyphBatch) batch = od_glyph_batch_new ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 200, 60);
  cairo_t *cr = cairo_create (surface);
  PangoContext *context = od_text_context_new (OD_LANG_ZH_CN);
  g_autoptr(PangoLayout) layout = make_layout (context, "销售部门", FALSE);
  const guint8 *data;
  int stride;
  guint red = 0, blue = 0;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 1, 0, 0);
  cairo_move_to (cr, 0, 10);
  od_glyph_batch_add (batch, cr, layout);
  cairo_set_source_rgb (cr, 0, 0, 1);
  cairo_move_to (cr, 100, 10);
  od_glyph_batch_add (batch, cr, layout);
  cairo_set_source_rgb (cr, 0, 1, 0);   /* the source at flush time does not count */
  od_glyph_batch_flush (batch, cr);
  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < 60; y++)
    for (int x = 0; x < 200; x++)
      {
        guint32 p = ((const guint32 *) (data + y * stride))[x];
        guint r = p >> 16 & 0xff, g = p >> 8 & 0xff, b = p & 0xff;

        g_assert_cmpuint (g, >=, MIN (r, b));   /* no green ink */
        if (x < 100 && r > 200 && b < 100)
          red++;
        if (x >= 100 && b > 200 && r < 100)
          blue++;
      }
  g_assert_cmpuint (red, >, 15);
  g_assert_cmpuint (blue, >, 15);
  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* With an SVG text sink attached, the layout is recorded as text and not
 * drawn as glyphs. */
static void
test_sink (void)
{
  g_autoptr(OdGlyphBatch) batch = od_glyph_batch_new ();
  g_autoptr(OdTextSink) sink = od_text_sink_new ();
  g_autoptr(GString) svg = g_string_new (NULL);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, W, H);
  cairo_t *cr = cairo_create (surface);
  PangoContext *context = od_text_context_new (OD_LANG_ZH_CN);
  g_autoptr(PangoLayout) layout = make_layout (context, "华东销售一部", FALSE);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  od_text_sink_attach (sink, cr);
  cairo_move_to (cr, 10, 10);
  od_glyph_batch_add (batch, cr, layout);
  od_glyph_batch_flush (batch, cr);
  cairo_surface_flush (surface);
  g_assert_cmpuint (od_text_sink_get_n_texts (sink), ==, 1);
  od_text_sink_write_svg (sink, svg);
  g_assert_nonnull (strstr (svg->str, "华东销售一部"));
  g_assert_cmpuint (count_inked (surface), ==, 0);
  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* A layout of one line kept as an OdGlyphLine (here centred in a wider
 * box, as a box's name is) and shown again through a batch lands where a
 * left-aligned layout of the same text lands, under a translation and a
 * scale; what a line cannot hold gives no line. */
static void
test_line (void)
{
  static const char *const one_line[] = { "华东销售一部", "Sales 销售 Ärger", "Vertrieb Nord 7" };
  PangoContext *context = od_text_context_new (OD_LANG_ZH_CN);
  cairo_surface_t *surfaces[2];

  for (guint pass = 0; pass < 2; pass++)
    {
      g_autoptr(OdGlyphBatch) batch = od_glyph_batch_new ();
      cairo_t *cr;

      surfaces[pass] = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, W, H);
      cr = cairo_create (surfaces[pass]);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      cairo_scale (cr, 1.5, 1.5);
      cairo_translate (cr, 7.3, 2.1);
      cairo_set_source_rgb (cr, 0.1, 0.1, 0.3);
      for (guint i = 0; i < G_N_ELEMENTS (one_line); i++)
        {
          g_autoptr(PangoLayout) layout = make_layout (context, one_line[i], FALSE);

          cairo_move_to (cr, 3.5 + i * 11, 5 + i * 40.6);
          if (pass == 0)
            {
              PangoRectangle logical;
              g_autoptr(OdGlyphLine) line = NULL;

              pango_layout_set_width (layout, 250 * PANGO_SCALE);
              line = od_glyph_line_new (layout);
              g_assert_nonnull (line);
              pango_layout_get_extents (layout, NULL, &logical);
              g_assert_cmpfloat (od_glyph_line_get_width (line), ==, logical.width / (double) PANGO_SCALE);
              g_assert_true (od_glyph_batch_add_line (batch, cr, line));
            }
          else
            {
              pango_layout_set_width (layout, -1);
              pango_layout_set_alignment (layout, PANGO_ALIGN_LEFT);
              pango_cairo_show_layout (cr, layout);
            }
        }
      od_glyph_batch_flush (batch, cr);
      cairo_destroy (cr);
      cairo_surface_flush (surfaces[pass]);
    }
  {
    guint inked_blocks = 0, differ = 0;

    for (int by = 0; by < H / 4; by++)
      for (int bx = 0; bx < W / 4; bx++)
        {
          int a = block_ink (surfaces[1], bx, by), b = block_ink (surfaces[0], bx, by);

          inked_blocks += a > 0;
          differ += ABS (a - b) > MAX (MAX (a, b) / 3, 400);
        }
    g_test_message ("%u inked blocks, %u differ", inked_blocks, differ);
    g_assert_cmpuint (count_inked (surfaces[1]), >, 1000);
    g_assert_cmpuint (differ, <=, inked_blocks / 100);
  }
  cairo_surface_destroy (surfaces[0]);
  cairo_surface_destroy (surfaces[1]);

  /* Two lines, right to left, a missing glyph: no line. */
  {
    g_autoptr(PangoLayout) wrapped = make_layout (context, texts[2], FALSE);
    g_autoptr(PangoLayout) rtl = make_layout (context, texts[3], FALSE);
    g_autoptr(PangoLayout) missing = make_layout (context, texts[5], FALSE);

    g_assert_cmpint (pango_layout_get_line_count (wrapped), >, 1);
    g_assert_null (od_glyph_line_new (wrapped));
    g_assert_null (od_glyph_line_new (rtl));
    g_assert_null (od_glyph_line_new (missing));
  }

  /* With an SVG text sink attached the line is refused (the caller shows
   * its layout to the sink) and nothing is drawn. */
  {
    g_autoptr(OdGlyphBatch) batch = od_glyph_batch_new ();
    g_autoptr(OdTextSink) sink = od_text_sink_new ();
    g_autoptr(PangoLayout) layout = make_layout (context, one_line[0], FALSE);
    g_autoptr(OdGlyphLine) line = od_glyph_line_new (layout);
    cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, W, H);
    cairo_t *cr = cairo_create (surface);

    cairo_set_source_rgb (cr, 1, 1, 1);
    cairo_paint (cr);
    cairo_set_source_rgb (cr, 0, 0, 0);
    od_text_sink_attach (sink, cr);
    cairo_move_to (cr, 10, 10);
    g_assert_false (od_glyph_batch_add_line (batch, cr, line));
    od_glyph_batch_flush (batch, cr);
    cairo_surface_flush (surface);
    g_assert_cmpuint (count_inked (surface), ==, 0);
    cairo_destroy (cr);
    cairo_surface_destroy (surface);
  }
  g_object_unref (context);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/glyph-batch/same-pixels", test_same_pixels);
  g_test_add_func ("/glyph-batch/colour", test_colour);
  g_test_add_func ("/glyph-batch/sink", test_sink);
  g_test_add_func ("/glyph-batch/line", test_line);
  return g_test_run ();
}
