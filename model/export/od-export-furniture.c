/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-export-furniture.c: what every page carries: the organisation's name,
 * size and date at the top; the page number and, on chart pages, a legend
 * at the bottom, in the document's language (od-lang-catalog.h). */
#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "od-export-private.h"
#include "od-severity-badge.h"
#include "od-text-context.h"
#include "od-text-han.h"
#include "od-text-sink.h"

PangoLayout *
_od_export_text_layout (cairo_t    *cr,
                        OdLang      lang,
                        const char *font,
                        const char *text,
                        double      width)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoContext *context = pango_layout_get_context (layout);
  PangoFontDescription *desc = od_text_font_new (lang, font);

  /* Points, and the glyph forms of the text's language. */
  pango_cairo_context_set_resolution (context, 72);
  pango_context_set_language (context, pango_language_from_string (od_lang_pango_tag (lang)));
  pango_layout_context_changed (layout);
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_text (layout, text, -1);
  od_text_no_ligatures (layout);
  od_text_set_han_language (layout, lang);
  return layout;
}

double
_od_export_draw_text (cairo_t    *cr,
                      OdLang      lang,
                      const char *font,
                      const char *text,
                      double      x,
                      double      y,
                      double      align)
{
  g_autoptr(PangoLayout) layout = _od_export_text_layout (cr, lang, font, text, -1);
  int width;

  pango_layout_get_size (layout, &width, NULL);
  cairo_move_to (cr, x - align * width / PANGO_SCALE, y);
  od_text_show_layout (cr, layout);
  return (double) width / PANGO_SCALE;
}

/* The legend from (@x, @y); returns where it ends.  Department pages
 * (@plan) draw neither dotted lines nor finding badges, but stubs. */
static double
draw_legend (OdExportDocument *self,
             cairo_t          *cr,
             double            x,
             double            y,
             gboolean          plan)
{
  double rgb[3];

  for (OdUnitKind kind = 0; kind < OD_N_UNIT_KINDS; kind++)
    {
      /* The same marks as the boxes, so the legend reads in greyscale too. */
      OdPlacedBox sample = { 0, OD_PLACED_UNIT, x, y };
      guint first = 0;

      _od_export_draw_kind_boxes (cr, kind, &sample, 1, &first, 1, 16, 10, 0.6);
      cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
      x += 19 + _od_export_draw_text (cr, self->lang, "Sans 7", od_unit_kind_get_display_name_in (kind, self->lang), x + 19, y, FALSE) + 10;
    }
  if (plan)
    {
      cairo_rectangle (cr, x + 1.5, y + 1.5, 16, 10);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_fill_preserve (cr);
      cairo_set_source_rgb (cr, 0.4, 0.4, 0.4);
      cairo_set_line_width (cr, 0.5);
      cairo_stroke (cr);
      cairo_rectangle (cr, x, y, 16, 10);
      cairo_set_source_rgb (cr, 0.95, 0.95, 0.95);
      cairo_fill_preserve (cr);
      cairo_set_source_rgb (cr, 0.4, 0.4, 0.4);
      cairo_stroke (cr);
      cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
      /* TRANSLATORS: legend of a stub box, a department drawn on another page */
      return x + 21 + _od_export_draw_text (cr, self->lang, "Sans 7", od_lang_gettext (self->lang, N_("Department on its own page (→ p. N)")), x + 21, y, FALSE);
    }
  cairo_save (cr);
  _od_export_dotted_colour (self, rgb);
  cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
  cairo_set_line_width (cr, 0.8);
  cairo_set_dash (cr, (double[]) { 3, 2 }, 2, 0);
  cairo_move_to (cr, x, y + 5);
  cairo_line_to (cr, x + 16, y + 5);
  cairo_stroke (cr);
  cairo_restore (cr);
  cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
  x += 19 + _od_export_draw_text (cr, self->lang, "Sans 7", od_lang_gettext (self->lang, N_("Dotted line")), x + 19, y, FALSE) + 10;
  for (int s = OD_SEVERITY_ERROR; s >= OD_SEVERITY_INFO; s--)
    {
      /* The badges' own shapes, so the legend reads in greyscale. */
      _od_export_severity_colour (self, s, rgb);
      od_severity_badge_draw (cr, s, x + 4.5, y + 5, 9, rgb, (double[]) { 1, 1, 1 });
      cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
      x += 11 + _od_export_draw_text (cr, self->lang, "Sans 7", od_severity_get_display_name_in (s, self->lang), x + 11, y, FALSE) + 10;
    }
  return x - 10;
}

double
_od_export_image_legend_width (OdExportDocument *self)
{
  cairo_surface_t *scratch = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);
  cairo_t *cr = cairo_create (scratch);
  double width = draw_legend (self, cr, 0, 0, FALSE);

  cairo_destroy (cr);
  cairo_surface_destroy (scratch);
  return width;
}

void
_od_export_draw_image_furniture (OdExportDocument *self,
                                 cairo_t          *cr,
                                 double            width,
                                 double            height)
{
  g_autofree char *details = g_strdup_printf ("%s · %s", od_size_get_display_name_in (od_organisation_get_size (self->org), self->lang),
                                              self->date);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  _od_export_draw_text (cr, od_organisation_get_lang (self->org), "Sans Bold 12",
                        od_organisation_get_name (self->org), 0, 0, FALSE);
  cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
  _od_export_draw_text (cr, self->lang, "Sans 8", details, 0, 17, FALSE);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, 0, OD_EXPORT_IMAGE_HEADER - 6);
  cairo_line_to (cr, width, OD_EXPORT_IMAGE_HEADER - 6);
  cairo_stroke (cr);
  draw_legend (self, cr, 0, height - OD_EXPORT_IMAGE_LEGEND + 8, FALSE);
  cairo_restore (cr);
}

void
_od_export_draw_furniture (OdExportDocument *self,
                           cairo_t          *cr,
                           guint             index)
{
  const OdPageSetup *s = &self->setup;
  OdExportPageKind kind = g_array_index (self->pages, OdExportPage, index).kind;
  g_autofree char *details = NULL;
  g_autofree char *number = NULL;
  double right = s->width - s->margin;
  double bottom = s->height - s->margin;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  /* The name is the document's own text: shape it in the document's language. */
  _od_export_draw_text (cr, od_organisation_get_lang (self->org), "Sans Bold 12",
                        od_organisation_get_name (self->org), s->margin, s->margin, FALSE);
  if (_od_export_document_get_section (self, index) != NULL)
    /* A report's running header: the section, then the firm size and date. */
    details = g_strdup_printf ("%s · %s · %s", _od_export_document_get_section (self, index),
                               od_size_get_display_name_in (od_organisation_get_size (self->org), self->lang), self->date);
  else
    details = g_strdup_printf ("%s · %s", od_size_get_display_name_in (od_organisation_get_size (self->org), self->lang), self->date);
  cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
  _od_export_draw_text (cr, self->lang, "Sans 8", details, right, s->margin + 3, TRUE);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, s->margin, s->margin + s->header - 8);
  cairo_line_to (cr, right, s->margin + s->header - 8);
  cairo_stroke (cr);

  /* TRANSLATORS: the page number at the foot of every page */
  number = g_strdup_printf (od_lang_gettext (self->lang, N_("Page %u of %u")), index + 1, self->pages->len);
  _od_export_draw_text (cr, self->lang, "Sans 8", number, right, bottom - 11, TRUE);
  if (kind == OD_EXPORT_PAGE_CHART)
    draw_legend (self, cr, s->margin, bottom - 11, self->plan != NULL);
  cairo_restore (cr);
}
