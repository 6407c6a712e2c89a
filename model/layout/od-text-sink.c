/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-text-sink.c: records shown layouts and writes them as SVG <text>. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "od-text-sink.h"

struct _OdTextSink {
  GString *svg;       /* the <text> elements so far */
  guint    n_texts;
};

static cairo_user_data_key_t sink_key;

OdTextSink *
od_text_sink_new (void)
{
  OdTextSink *self = g_new0 (OdTextSink, 1);

  self->svg = g_string_new (NULL);
  return self;
}

void
od_text_sink_free (OdTextSink *self)
{
  if (self == NULL)
    return;
  g_string_free (self->svg, TRUE);
  g_free (self);
}

void
od_text_sink_attach (OdTextSink *self,
                     cairo_t    *cr)
{
  g_return_if_fail (cr != NULL);
  cairo_set_user_data (cr, &sink_key, self, NULL);
}

OdTextSink *
od_text_sink_get (cairo_t *cr)
{
  g_return_val_if_fail (cr != NULL, NULL);
  return cairo_get_user_data (cr, &sink_key);
}

guint
od_text_sink_get_n_texts (OdTextSink *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_texts;
}

void
od_text_sink_write_svg (OdTextSink *self,
                        GString    *out)
{
  g_return_if_fail (self != NULL && out != NULL);
  g_string_append (out, self->svg->str);
}

/* "zh-cn" → "zh-CN", as xml:lang writes a region. */
static char *
xml_lang (PangoLayout *layout)
{
  PangoLanguage *language = pango_context_get_language (pango_layout_get_context (layout));
  char *tag = g_strdup (language != NULL ? pango_language_to_string (language) : "en");
  char *dash = strchr (tag, '-');

  if (dash != NULL)
    for (char *p = dash + 1; *p != '\0'; p++)
      *p = g_ascii_toupper (*p);
  return tag;
}

/* The faces Pango chose for @line, in order, then the generic family, as
 * a font-family value (quoted, escaped). */
static char *
line_families (PangoLayoutLine *line,
               gboolean        *bold)
{
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  GString *value = g_string_new (NULL);

  *bold = FALSE;
  for (GSList *l = line->runs; l != NULL; l = l->next)
    {
      PangoGlyphItem *run = l->data;
      PangoFontDescription *desc = pango_font_describe (run->item->analysis.font);
      const char *family = pango_font_description_get_family (desc);
      gboolean known = FALSE;

      if (pango_font_description_get_weight (desc) >= PANGO_WEIGHT_SEMIBOLD)
        *bold = TRUE;
      for (guint i = 0; i < seen->len && family != NULL; i++)
        known |= g_str_equal (seen->pdata[i], family);
      if (family != NULL && !known)
        g_ptr_array_add (seen, g_strdup (family));
      pango_font_description_free (desc);
    }
  for (guint i = 0; i < seen->len; i++)
    {
      g_autofree char *escaped = g_markup_escape_text (seen->pdata[i], -1);
      g_string_append_printf (value, "'%s', ", escaped);
    }
  g_string_append (value, "sans-serif");
  return g_string_free (value, FALSE);
}

static void
record (OdTextSink  *self,
        cairo_t     *cr,
        PangoLayout *layout)
{
  const char *text = pango_layout_get_text (layout);
  const PangoFontDescription *font = pango_layout_get_font_description (layout);
  g_autofree char *lang = xml_lang (layout);
  PangoLayoutIter *iter;
  cairo_pattern_t *source = cairo_get_source (cr);
  double r = 0, g = 0, b = 0, a = 1, x0 = 0, y0 = 0, dx = 1, dy = 0, scale, size;
  gboolean opened = FALSE;
  char opacity[32] = "";

  if (text == NULL || *text == '\0')
    return;
  if (cairo_has_current_point (cr))
    cairo_get_current_point (cr, &x0, &y0);
  cairo_user_to_device_distance (cr, &dx, &dy);
  scale = hypot (dx, dy);
  size = font != NULL ? pango_font_description_get_size (font) / (double) PANGO_SCALE : 10;
  if (cairo_pattern_get_type (source) == CAIRO_PATTERN_TYPE_SOLID)
    cairo_pattern_get_rgba (source, &r, &g, &b, &a);
  if (a < 1)
    g_snprintf (opacity, sizeof opacity, " fill-opacity=\"%.2f\"", a);

  iter = pango_layout_get_iter (layout);
  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      PangoRectangle logical;
      g_autofree char *families = NULL;
      g_autofree char *piece = NULL;
      double x, y;
      gboolean bold;

      if (line->length == 0 && line->runs == NULL)
        continue;
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      x = x0 + logical.x / (double) PANGO_SCALE;
      y = y0 + pango_layout_iter_get_baseline (iter) / (double) PANGO_SCALE;
      cairo_user_to_device (cr, &x, &y);
      families = line_families (line, &bold);
      if (!opened)
        {
          g_string_append_printf (self->svg,
                                  "<text xml:lang=\"%s\" font-family=\"%s\" font-size=\"%.2f\" font-weight=\"%s\" "
                                  "fill=\"#%02x%02x%02x\"%s>",
                                  lang, families, size * scale, bold ? "bold" : "normal",
                                  (int) lround (r * 255), (int) lround (g * 255), (int) lround (b * 255),
                                  opacity);
          opened = TRUE;
        }
      piece = g_markup_escape_text (text + line->start_index, line->length);
      /* textLength: the viewer's face may be wider or narrower than the
       * one measured; the line keeps the width the box was made for. */
      g_string_append_printf (self->svg, "<tspan x=\"%.2f\" y=\"%.2f\" textLength=\"%.2f\" "
                              "lengthAdjust=\"spacingAndGlyphs\">%s</tspan>",
                              x, y, logical.width / (double) PANGO_SCALE * scale, piece);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  if (opened)
    {
      g_string_append (self->svg, "</text>\n");
      self->n_texts++;
    }
}

void
od_text_show_layout (cairo_t     *cr,
                     PangoLayout *layout)
{
  OdTextSink *sink = cairo_get_user_data (cr, &sink_key);

  if (sink == NULL)
    pango_cairo_show_layout (cr, layout);
  else
    record (sink, cr, layout);
}
