/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-text-flow.c: paragraphs shaped once, lines placed on pages. */
#include "config.h"

#include <pango/pangocairo.h>

#include "od-text-context.h"
#include "od-text-flow.h"

typedef struct {
  PangoLayoutLine *line;    /* a reference */
  double           x;
  double           baseline;
  double           r, g, b;
} PlacedLine;

struct _OdTextFlow {
  double        width, height;
  OdLang        lang;
  PangoContext *context;
  GPtrArray    *pages;      /* GArray of PlacedLine per page */
  double        y;          /* where the next line goes on the last page */
};

static const struct {
  const char *font;
  double      space_before;
  double      gray;
} styles[] = {
  [OD_TEXT_TITLE]      = { "Sans Bold 18",  0,  0.10 },
  [OD_TEXT_HEADING]    = { "Sans Bold 13",  16, 0.10 },
  [OD_TEXT_SUBHEADING] = { "Sans Bold 10.5", 10, 0.15 },
  [OD_TEXT_BODY]       = { "Sans 9.5",      4,  0.10 },
  [OD_TEXT_NOTE]       = { "Sans 8",        1,  0.40 },
};

void
od_text_no_ligatures (gpointer layout)
{
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs, pango_attr_font_features_new ("liga 0, clig 0, dlig 0"));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
}

static void
placed_lines_free (gpointer data)
{
  GArray *lines = data;

  for (guint i = 0; i < lines->len; i++)
    pango_layout_line_unref (g_array_index (lines, PlacedLine, i).line);
  g_array_unref (lines);
}

static void
new_page (OdTextFlow *self)
{
  g_ptr_array_add (self->pages, g_array_new (FALSE, FALSE, sizeof (PlacedLine)));
  self->y = 0;
}

OdTextFlow *
od_text_flow_new (double width,
                  double height,
                  OdLang lang)
{
  OdTextFlow *self = g_new0 (OdTextFlow, 1);

  self->width = width;
  self->height = height;
  self->lang = lang;
  /* Points, unhinted, shaped as the reader's language (od-text-context.h). */
  self->context = od_text_context_new (lang);
  self->pages = g_ptr_array_new_with_free_func (placed_lines_free);
  new_page (self);
  return self;
}

void
od_text_flow_free (OdTextFlow *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->pages);
  g_object_unref (self->context);
  g_free (self);
}

void
od_text_flow_page_break (OdTextFlow *self)
{
  GArray *last = g_ptr_array_index (self->pages, self->pages->len - 1);

  if (last->len > 0)
    new_page (self);
}

void
od_text_flow_add (OdTextFlow  *self,
                  OdTextStyle  style,
                  double       indent,
                  const char  *text)
{
  g_autoptr(PangoLayout) layout = NULL;
  PangoFontDescription *font;
  PangoLayoutIter *iter;
  gboolean heading = style == OD_TEXT_TITLE || style == OD_TEXT_HEADING || style == OD_TEXT_SUBHEADING;
  int layout_height;

  g_return_if_fail (self != NULL && text != NULL);

  layout = pango_layout_new (self->context);
  font = pango_font_description_from_string (styles[style].font);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_width (layout, (int) ((self->width - indent) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text, -1);
  od_text_no_ligatures (layout);
  pango_layout_get_size (layout, NULL, &layout_height);

  if (self->y > 0)
    self->y += styles[style].space_before;
  /* A heading never ends a page: it needs its own height and a few lines. */
  if (heading && self->y > 0 && self->y + (double) layout_height / PANGO_SCALE + 36 > self->height)
    new_page (self);

  iter = pango_layout_get_iter (layout);
  do
    {
      PangoRectangle logical;
      PlacedLine placed;
      double top, line_height;
      GArray *page;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      top = (double) logical.y / PANGO_SCALE;
      line_height = (double) logical.height / PANGO_SCALE;
      if (self->y > 0 && self->y + line_height > self->height)
        new_page (self);
      page = g_ptr_array_index (self->pages, self->pages->len - 1);
      placed.line = pango_layout_line_ref (pango_layout_iter_get_line_readonly (iter));
      placed.x = indent + (double) logical.x / PANGO_SCALE;
      placed.baseline = self->y + ((double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE - top);
      placed.r = placed.g = placed.b = styles[style].gray;
      g_array_append_val (page, placed);
      self->y += line_height;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

guint
od_text_flow_get_n_pages (OdTextFlow *self)
{
  GArray *last = g_ptr_array_index (self->pages, self->pages->len - 1);

  /* A trailing empty page (after a final break) is not a page. */
  return self->pages->len - (last->len == 0 && self->pages->len > 1 ? 1 : 0);
}

void
od_text_flow_draw_page (OdTextFlow *self,
                        cairo_t    *cr,
                        guint       page)
{
  GArray *lines;

  g_return_if_fail (page < self->pages->len);

  lines = g_ptr_array_index (self->pages, page);
  cairo_save (cr);
  for (guint i = 0; i < lines->len; i++)
    {
      const PlacedLine *l = &g_array_index (lines, PlacedLine, i);

      cairo_set_source_rgb (cr, l->r, l->g, l->b);
      cairo_move_to (cr, l->x, l->baseline);
      pango_cairo_show_layout_line (cr, l->line);
    }
  cairo_restore (cr);
}
