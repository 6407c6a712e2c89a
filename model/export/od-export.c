/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-export.c: writes PDF, SVG, PNG and .orgdesign files through a
 * temporary file, so a failed export leaves the destination as it was. */
#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "od-atomic-file.h"
#include "od-export-private.h"
#include "od-file.h"
#include "od-pdf-fonts.h"
#include "od-text-sink.h"

/* Points of white (or clear) round a chart image. */
#define IMAGE_MARGIN 18.0
/* cairo cannot make an image wider or taller than this. */
#define MAX_IMAGE_SIDE 32767
/* Beyond this an image is more than any viewer will open (1 GiB of pixels). */
#define MAX_IMAGE_BYTES (G_GUINT64_CONSTANT (1) << 30)

G_DEFINE_QUARK (od-export-error-quark, od_export_error)

void
od_export_options_init (OdExportOptions *options)
{
  *options = (OdExportOptions) {
    .format = OD_EXPORT_FORMAT_PDF,
    .paper = OD_PAPER_A4,
    .fit = OD_EXPORT_FIT_AUTO,
    .dpi = 150,
  };
}

void
od_export_options_get_page_setup (const OdExportOptions *options,
                                  OdPageSetup           *setup)
{
  g_return_if_fail (options != NULL && setup != NULL);

  if (options->paper == OD_PAPER_CUSTOM && options->paper_width > 0 && options->paper_height > 0)
    od_page_setup_init_size (setup, options->paper_width, options->paper_height, options->landscape);
  else
    od_page_setup_init (setup, options->paper, options->landscape);
  setup->density = options->density;
}

gboolean
od_export_format_from_path (const char     *path,
                            OdExportFormat *format)
{
  static const struct { const char *suffix; OdExportFormat format; } formats[] = {
    { ".pdf", OD_EXPORT_FORMAT_PDF }, { ".svg", OD_EXPORT_FORMAT_SVG },
    { ".png", OD_EXPORT_FORMAT_PNG }, { ".orgdesign", OD_EXPORT_FORMAT_ORGDESIGN },
  };
  g_autofree char *lower = g_ascii_strdown (path, -1);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_str_has_suffix (lower, formats[i].suffix))
      {
        *format = formats[i].format;
        return TRUE;
      }
  return FALSE;
}

/* cairo writes a PDF in pieces of a few bytes: they are gathered here and
 * written a buffer at a time (a system call each was a fifth of an
 * export's time). */
#define SINK_BUFFER 65536

typedef struct {
  OdAtomicFile *out;
  GError       *error;   /* the first write error */
  gsize         used;
  guint8       *buffer;  /* SINK_BUFFER bytes, made on the first write */
  GByteArray   *copy;    /* every byte written, when set: read back at the end */
  gboolean      hold;    /* keep the bytes in @copy only, written later */
} Sink;

static gboolean
sink_flush (Sink *sink)
{
  gboolean ok = sink->error == NULL &&
                (sink->used == 0 || od_atomic_file_write (sink->out, sink->buffer, sink->used, &sink->error));

  sink->used = 0;
  return ok;
}

static cairo_status_t
sink_write_cb (void                *closure,
               const unsigned char *data,
               unsigned int         length)
{
  Sink *sink = closure;

  if (sink->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (sink->copy != NULL)
    g_byte_array_append (sink->copy, data, length);
  if (sink->hold)
    return CAIRO_STATUS_SUCCESS;
  if (sink->buffer == NULL)
    sink->buffer = g_malloc (SINK_BUFFER);
  if (sink->used + length > SINK_BUFFER && !sink_flush (sink))
    return CAIRO_STATUS_WRITE_ERROR;
  if (length >= SINK_BUFFER)
    return od_atomic_file_write (sink->out, data, length, &sink->error) ? CAIRO_STATUS_SUCCESS
                                                                       : CAIRO_STATUS_WRITE_ERROR;
  memcpy (sink->buffer + sink->used, data, length);
  sink->used += length;
  return CAIRO_STATUS_SUCCESS;
}

/* Writes what is gathered and frees the buffer; FALSE (and @error) when
 * a write failed. */
static gboolean
sink_finish (Sink    *sink,
             GError **error)
{
  gboolean ok = sink_flush (sink);

  g_clear_pointer (&sink->buffer, g_free);
  g_clear_pointer (&sink->copy, g_byte_array_unref);
  if (!ok && sink->error != NULL && error != NULL && *error == NULL)
    g_propagate_error (error, g_steal_pointer (&sink->error));
  return ok;
}

/* Ends the file: what the buffer still holds is written, then the file
 * takes the old one's place when all went well (@ok), else it is removed.
 * Every export ends here, so no file can miss its last buffer. */
static gboolean
sink_close (Sink     *sink,
            gboolean  ok,
            GError  **error)
{
  if (!sink_finish (sink, ok ? error : NULL))
    ok = FALSE;
  g_clear_error (&sink->error);
  if (!ok)
    {
      od_atomic_file_abort (sink->out);
      return FALSE;
    }
  return od_atomic_file_commit (sink->out, FALSE, error);
}

static gboolean
cairo_failed (cairo_status_t status,
              Sink          *sink,
              const char    *name,
              GError       **error)
{
  if (sink->error != NULL)
    g_propagate_error (error, g_steal_pointer (&sink->error));
  else
    g_set_error (error, OD_EXPORT_ERROR, OD_EXPORT_ERROR_WRITE, _("%s was not exported: %s"),
                 name, cairo_status_to_string (status));
  return FALSE;
}

static gboolean
cancelled (GCancellable *cancellable,
           GError      **error)
{
  if (g_cancellable_is_cancelled (cancellable))
    {
      g_set_error (error, OD_EXPORT_ERROR, OD_EXPORT_ERROR_CANCELLED, _("The export was cancelled"));
      return TRUE;
    }
  return FALSE;
}

static gboolean
write_document_pdf (OdExportDocument     *doc,
                    OdOrganisation       *org,
                    Sink                 *sink,
                    const char           *name,
                    const OdPageSetup    *page_setup,
                    OdExportProgressFunc  progress,
                    gpointer              user_data,
                    GCancellable         *cancellable,
                    GError              **error)
{
  OdPageSetup setup = *page_setup;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  guint n_pages;

  /* The PDF is held back to rid its fonts of unused subroutines
   * (od-pdf-fonts.h); the contents' and index's links are added to it. */
  _od_export_gather_pdf_links (doc);
  sink->copy = g_byte_array_new ();
  sink->hold = TRUE;
  surface = cairo_pdf_surface_create_for_stream (sink_write_cb, sink, setup.width, setup.height);
  n_pages = od_export_document_get_n_pages (doc);
  cr = cairo_create (surface);
  /* One structure element around everything: cairo 1.16 writes link
   * annotations' structure parents to an object it never writes unless the
   * document has a structure tree (qpdf: "file is damaged"). */
  cairo_tag_begin (cr, "Document", NULL);
  /* Page by page: cairo's PDF surface is linear in the pages, quadratic in
   * the shapes of one page. */
  for (guint i = 0; i < n_pages; i++)
    {
      g_autofree char *label = NULL;

      if (cancelled (cancellable, error))
        {
          cairo_destroy (cr);
          cairo_surface_destroy (surface);
          return FALSE;
        }
      /* TRANSLATORS: the page label a PDF viewer shows: page n of N */
      label = g_strdup_printf (od_lang_gettext (doc->lang, N_("%u of %u")), i + 1, n_pages);
      cairo_pdf_surface_set_page_label (surface, label);
      od_export_document_draw_page (doc, cr, i);
      cairo_show_page (cr);
      status = cairo_status (cr);
      if (status != CAIRO_STATUS_SUCCESS)
        {
          cairo_destroy (cr);
          cairo_surface_destroy (surface);
          return cairo_failed (status, sink, name, error);
        }
      if (progress != NULL)
        progress ((double) (i + 1) / n_pages, user_data);
    }
  cairo_tag_end (cr, "Document");
  cairo_destroy (cr);
  od_export_document_write_navigation (doc, surface);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS || sink->error != NULL)
    return cairo_failed (status, sink, name, error);
  {
    g_autoptr(GByteArray) copy = g_steal_pointer (&sink->copy);
    /* OD_PDF_KEEP_FONTS: cairo's fonts as they were, to compare with. */
    g_autoptr(GBytes) compact = g_getenv ("OD_PDF_KEEP_FONTS") == NULL ? od_pdf_fonts_compact (copy->data, copy->len)
                                                                       : NULL;
    const guint8 *pdf = compact != NULL ? g_bytes_get_data (compact, NULL) : copy->data;
    gsize length = compact != NULL ? g_bytes_get_size (compact) : copy->len;
    g_autoptr(GBytes) update = NULL;

    sink->hold = FALSE;
    if (sink_write_cb (sink, pdf, length) != CAIRO_STATUS_SUCCESS)
      return cairo_failed (CAIRO_STATUS_WRITE_ERROR, sink, name, error);
    update = _od_export_pdf_links_update (doc, pdf, length);

    if (update != NULL &&
        sink_write_cb (sink, g_bytes_get_data (update, NULL), g_bytes_get_size (update)) != CAIRO_STATUS_SUCCESS)
      return cairo_failed (CAIRO_STATUS_WRITE_ERROR, sink, name, error);
  }
  return TRUE;
}

/* PNG: cairo writes no resolution, so the pHYs chunk (pixels per metre)
 * goes in after the signature and IHDR as the stream passes. */
#define PNG_HEAD 33   /* signature (8) and IHDR (4 + 4 + 13 + 4) */

typedef struct {
  Sink   *sink;
  double  dpi;
  guint8  head[PNG_HEAD];
  guint   n_head;
} PngSink;

static guint32
png_crc (const guint8 *data,
         gsize         len)
{
  guint32 crc = 0xffffffff;

  for (gsize i = 0; i < len; i++)
    {
      crc ^= data[i];
      for (int k = 0; k < 8; k++)
        crc = (crc >> 1) ^ (0xedb88320 & (0 - (crc & 1)));
    }
  return crc ^ 0xffffffff;
}

static void
put_be32 (guint8  *p,
          guint32  v)
{
  p[0] = v >> 24;
  p[1] = v >> 16;
  p[2] = v >> 8;
  p[3] = v;
}

static cairo_status_t
png_write_cb (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  PngSink *png = closure;

  while (png->n_head < PNG_HEAD && length > 0)
    {
      png->head[png->n_head++] = *data++;
      length--;
      if (png->n_head == PNG_HEAD)
        {
          guint32 ppm = (guint32) (png->dpi / 0.0254 + 0.5);
          guint8 chunk[4 + 4 + 9 + 4];
          cairo_status_t status;

          put_be32 (chunk, 9);
          memcpy (chunk + 4, "pHYs", 4);
          put_be32 (chunk + 8, ppm);
          put_be32 (chunk + 12, ppm);
          chunk[16] = 1;   /* the unit is the metre */
          put_be32 (chunk + 17, png_crc (chunk + 4, 4 + 9));
          status = sink_write_cb (png->sink, png->head, PNG_HEAD);
          if (status == CAIRO_STATUS_SUCCESS)
            status = sink_write_cb (png->sink, chunk, sizeof chunk);
          if (status != CAIRO_STATUS_SUCCESS)
            return status;
        }
    }
  return length > 0 ? sink_write_cb (png->sink, data, length) : CAIRO_STATUS_SUCCESS;
}

static gboolean
write_pdf (OdOrganisation        *org,
           Sink                  *sink,
           const char            *name,
           const OdExportOptions *options,
           OdExportProgressFunc   progress,
           gpointer               user_data,
           GCancellable          *cancellable,
           GError               **error)
{
  g_autoptr(OdExportDocument) doc = NULL;
  OdPageSetup setup;

  od_export_options_get_page_setup (options, &setup);
  doc = od_export_document_new (org, &setup, options->fit, options->report, options->date, error);
  if (doc == NULL)
    return FALSE;
  od_export_document_set_rollups (doc, options->rollups);
  return write_document_pdf (doc, org, sink, name, &setup, progress, user_data, cancellable, error);
}

/* The image: a margin round the title, the chart and the legend
 * (@content_width × @content_height points between the margins). */
static gboolean
image_size (OdExportDocument *doc,
            double            scale,
            const char       *name,
            double           *content_width,
            double           *content_height,
            int              *width,
            int              *height,
            GError          **error)
{
  OdLayoutRect bounds;
  double w, h;

  od_layout_get_bounds (od_export_document_get_layout (doc), &bounds);
  *content_width = MAX (bounds.width, _od_export_image_legend_width (doc));
  *content_height = OD_EXPORT_IMAGE_HEADER + bounds.height + OD_EXPORT_IMAGE_LEGEND;
  w = ceil ((*content_width + 2 * IMAGE_MARGIN) * scale);
  h = ceil ((*content_height + 2 * IMAGE_MARGIN) * scale);
  if (w > MAX_IMAGE_SIDE || h > MAX_IMAGE_SIDE || w * h * 4 > (double) MAX_IMAGE_BYTES)
    {
      g_set_error (error, OD_EXPORT_ERROR, OD_EXPORT_ERROR_TOO_LARGE,
                   _("%s was not exported: the chart would be %.0f × %.0f pixels, more than an image can hold; choose a lower resolution or export a PDF"),
                   name, w, h);
      return FALSE;
    }
  *width = MAX (1, (int) w);
  *height = MAX (1, (int) h);
  return TRUE;
}

static cairo_status_t
bytes_write_cb (void                *closure,
                const unsigned char *data,
                unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* The SVG cairo wrote for the shapes, with the recorded text as <text>
 * elements last (above the shapes, as they were drawn), to @sink. */
static gboolean
write_svg_with_text (Sink        *sink,
                     GByteArray  *svg,
                     OdTextSink  *text,
                     GError     **error)
{
  g_autoptr(GString) texts = g_string_new ("<g id=\"text\">\n");
  const char *end = g_strrstr_len ((const char *) svg->data, svg->len, "</svg>");
  gsize head = end != NULL ? (gsize) (end - (const char *) svg->data) : svg->len;

  od_text_sink_write_svg (text, texts);
  g_string_append (texts, "</g>\n");
  return od_atomic_file_write (sink->out, svg->data, head, error) &&
         od_atomic_file_write (sink->out, texts->str, texts->len, error) &&
         od_atomic_file_write (sink->out, svg->data + head, svg->len - head, error);
}

static gboolean
write_image (OdOrganisation        *org,
             Sink                  *sink,
             const char            *name,
             const OdExportOptions *options,
             GError               **error)
{
  g_autoptr(OdExportDocument) doc = NULL;
  g_autoptr(OdTextSink) text = NULL;
  g_autoptr(GByteArray) svg = NULL;
  OdPageSetup setup;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  double scale = options->format == OD_EXPORT_FORMAT_PNG ? options->dpi / 72.0 : 1.0;
  double content_width, content_height;
  int width, height;

  if (!(scale > 0 && scale <= 20))
    {
      g_set_error (error, OD_EXPORT_ERROR, OD_EXPORT_ERROR_FORMAT, _("%s was not exported: the resolution must be between 1 and 1440 dpi"), name);
      return FALSE;
    }
  od_export_options_get_page_setup (options, &setup);
  doc = od_export_document_new (org, &setup, OD_EXPORT_FIT_TILE, FALSE, options->date, error);
  if (doc == NULL || !image_size (doc, scale, name, &content_width, &content_height, &width, &height, error))
    return FALSE;
  od_export_document_set_rollups (doc, options->rollups);
  if (options->format == OD_EXPORT_FORMAT_SVG)
    {
      /* Shapes by cairo, text as <text> (od-text-sink.h): kept in memory
       * until both are known. */
      svg = g_byte_array_new ();
      text = od_text_sink_new ();
      surface = cairo_svg_surface_create_for_stream (bytes_write_cb, svg, width, height);
    }
  else
    surface = cairo_image_surface_create (options->transparent ? CAIRO_FORMAT_ARGB32 : CAIRO_FORMAT_RGB24,
                                          width, height);
  cr = cairo_create (surface);
  if (text != NULL)
    od_text_sink_attach (text, cr);
  if (!options->transparent)
    {
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
    }
  cairo_translate (cr, IMAGE_MARGIN * scale, IMAGE_MARGIN * scale);
  /* Title and legend, so an image pasted into a slide says what it is. */
  cairo_save (cr);
  cairo_scale (cr, scale, scale);
  _od_export_draw_image_furniture (doc, cr, content_width, content_height);
  cairo_restore (cr);
  cairo_translate (cr, 0, OD_EXPORT_IMAGE_HEADER * scale);
  od_export_document_draw_chart (doc, cr, scale, !options->transparent);
  status = cairo_status (cr);
  cairo_destroy (cr);
  if (status == CAIRO_STATUS_SUCCESS && options->format == OD_EXPORT_FORMAT_PNG)
    {
      PngSink png = { sink, options->dpi, { 0 }, 0 };
      status = cairo_surface_write_to_png_stream (surface, png_write_cb, &png);
    }
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS || sink->error != NULL)
    return cairo_failed (status, sink, name, error);
  if (svg != NULL)
    return write_svg_with_text (sink, svg, text, error);
  return TRUE;
}

char *
od_export_page_path (const char *path,
                     guint       page,
                     guint       n_pages)
{
  const char *base = strrchr (path, G_DIR_SEPARATOR);
  const char *dot = strrchr (base != NULL ? base : path, '.');
  int digits = 1;

  g_return_val_if_fail (path != NULL && page < n_pages, NULL);
  for (guint n = n_pages; n >= 10; n /= 10)
    digits++;
  if (dot == NULL || dot == path || (base != NULL && dot == base + 1))
    dot = path + strlen (path);
  return g_strdup_printf ("%.*s-%0*u%s", (int) (dot - path), path, digits, page + 1, dot);
}

/* Each page of the plan to a file of its own, as the PDF would print it:
 * each file is replaced whole or not at all. */
static gboolean
write_image_pages (OdOrganisation        *org,
                   const char            *path,
                   const OdExportOptions *options,
                   OdExportProgressFunc   progress,
                   gpointer               user_data,
                   GCancellable          *cancellable,
                   GError               **error)
{
  g_autoptr(OdExportDocument) doc = NULL;
  gboolean svg_format = options->format == OD_EXPORT_FORMAT_SVG;
  double scale = svg_format ? 1.0 : options->dpi / 72.0;
  OdPageSetup setup;
  guint n_pages;
  int width, height;

  if (!(scale > 0 && scale <= 20))
    {
      g_autofree char *name = g_filename_display_name (path);
      g_set_error (error, OD_EXPORT_ERROR, OD_EXPORT_ERROR_FORMAT, _("%s was not exported: the resolution must be between 1 and 1440 dpi"), name);
      return FALSE;
    }
  od_export_options_get_page_setup (options, &setup);
  doc = od_export_document_new (org, &setup, options->fit, FALSE, options->date, error);
  if (doc == NULL)
    return FALSE;
  od_export_document_set_rollups (doc, options->rollups);
  n_pages = od_export_document_get_n_pages (doc);
  width = MAX (1, (int) ceil (setup.width * scale));
  height = MAX (1, (int) ceil (setup.height * scale));
  if ((double) width * height * 4 > (double) MAX_IMAGE_BYTES || width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE)
    {
      g_autofree char *name = g_filename_display_name (path);
      g_set_error (error, OD_EXPORT_ERROR, OD_EXPORT_ERROR_TOO_LARGE,
                   _("%s was not exported: the chart would be %.0f × %.0f pixels, more than an image can hold; choose a lower resolution or export a PDF"),
                   name, (double) width, (double) height);
      return FALSE;
    }
  for (guint i = 0; i < n_pages; i++)
    {
      g_autofree char *page_path = od_export_page_path (path, i, n_pages);
      g_autofree char *name = g_filename_display_name (page_path);
      g_autoptr(OdTextSink) text = NULL;
      g_autoptr(GByteArray) svg = NULL;
      cairo_surface_t *surface;
      cairo_status_t status;
      Sink sink = { NULL, NULL };
      gboolean ok;
      cairo_t *cr;

      if (cancelled (cancellable, error))
        return FALSE;
      sink.out = od_atomic_file_open (page_path, name, _("was not exported"), OD_EXPORT_ERROR, OD_EXPORT_ERROR_WRITE, error);
      if (sink.out == NULL)
        return FALSE;
      if (svg_format)
        {
          svg = g_byte_array_new ();
          text = od_text_sink_new ();
          surface = cairo_svg_surface_create_for_stream (bytes_write_cb, svg, setup.width, setup.height);
        }
      else
        surface = cairo_image_surface_create (options->transparent ? CAIRO_FORMAT_ARGB32 : CAIRO_FORMAT_RGB24,
                                              width, height);
      cr = cairo_create (surface);
      if (text != NULL)
        od_text_sink_attach (text, cr);
      if (!options->transparent)
        {
          cairo_set_source_rgb (cr, 1, 1, 1);
          cairo_paint (cr);
        }
      cairo_scale (cr, scale, scale);
      od_export_document_draw_page (doc, cr, i);
      status = cairo_status (cr);
      cairo_destroy (cr);
      if (status == CAIRO_STATUS_SUCCESS && !svg_format)
        {
          PngSink png = { &sink, options->dpi, { 0 }, 0 };
          status = cairo_surface_write_to_png_stream (surface, png_write_cb, &png);
        }
      cairo_surface_finish (surface);
      if (status == CAIRO_STATUS_SUCCESS)
        status = cairo_surface_status (surface);
      cairo_surface_destroy (surface);
      if (status != CAIRO_STATUS_SUCCESS || sink.error != NULL)
        ok = cairo_failed (status, &sink, name, error);
      else
        ok = svg == NULL || write_svg_with_text (&sink, svg, text, error);
      if (!sink_close (&sink, ok, error))
        return FALSE;
      if (progress != NULL)
        progress ((double) (i + 1) / n_pages, user_data);
    }
  return TRUE;
}

gboolean
od_export_to_file (OdOrganisation        *org,
                   const char            *path,
                   const OdExportOptions *options,
                   OdExportProgressFunc   progress,
                   gpointer               user_data,
                   GCancellable          *cancellable,
                   GError               **error)
{
  g_autofree char *name = NULL;
  Sink sink = { NULL, NULL };
  gboolean ok;

  g_return_val_if_fail (OD_IS_ORGANISATION (org), FALSE);
  g_return_val_if_fail (path != NULL && options != NULL, FALSE);

  if (options->pages && (options->format == OD_EXPORT_FORMAT_SVG || options->format == OD_EXPORT_FORMAT_PNG))
    return write_image_pages (org, path, options, progress, user_data, cancellable, error);
  name = g_filename_display_name (path);
  sink.out = od_atomic_file_open (path, name, _("was not exported"), OD_EXPORT_ERROR, OD_EXPORT_ERROR_WRITE, error);
  if (sink.out == NULL)
    return FALSE;
  switch (options->format)
    {
    case OD_EXPORT_FORMAT_PDF:
      ok = write_pdf (org, &sink, name, options, progress, user_data, cancellable, error);
      break;
    case OD_EXPORT_FORMAT_SVG:
    case OD_EXPORT_FORMAT_PNG:
      ok = write_image (org, &sink, name, options, error);
      break;
    case OD_EXPORT_FORMAT_ORGDESIGN:
    default:
      {
        g_autoptr(GBytes) bytes = od_file_serialize (org);
        ok = od_atomic_file_write (sink.out, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), error);
      }
      break;
    }
  if (!sink_close (&sink, ok, error))
    return FALSE;
  if (progress != NULL)
    progress (1.0, user_data);
  return TRUE;
}

gboolean
od_export_compare_to_file (OdOrganisation        *before,
                           OdOrganisation        *after,
                           const char            *path,
                           const OdExportOptions *options,
                           GError               **error)
{
  g_autoptr(OdExportDocument) doc = NULL;
  g_autofree char *name = NULL;
  g_autofree char *today = NULL;
  Sink sink = { NULL, NULL };
  OdPageSetup setup;
  gboolean ok;

  g_return_val_if_fail (OD_IS_ORGANISATION (before) && OD_IS_ORGANISATION (after), FALSE);
  g_return_val_if_fail (path != NULL && options != NULL, FALSE);

  if (options->date == NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      today = g_date_time_format (now, "%Y-%m-%d");
    }
  od_page_setup_init (&setup, options->paper, options->landscape);
  doc = _od_export_document_new_compare (before, after, &setup, options->date != NULL ? options->date : today);
  name = g_filename_display_name (path);
  sink.out = od_atomic_file_open (path, name, _("was not exported"), OD_EXPORT_ERROR, OD_EXPORT_ERROR_WRITE, error);
  if (sink.out == NULL)
    return FALSE;
  ok = write_document_pdf (doc, after, &sink, name, &setup, NULL, NULL, NULL, error);
  return sink_close (&sink, ok, error);
}
