/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-text-flow.c: paragraphs shaped once, lines placed on pages. */
#include "config.h"

#include <pango/pangocairo.h>

#include "od-text-context.h"
#include "od-text-flow.h"
#include "od-text-han.h"

typedef struct _Block Block;

typedef struct {
  PangoLayoutLine *line;    /* a reference, or NULL for a block */
  /* A reference to the line's layout: the line alone forgets its layout
   * when the layout is freed, and drawn without it Pango hands cairo the
   * glyphs without their text, so the PDF's copyable text is cairo's
   * guess from the font (⼀ U+2F00 for 一 U+4E00 in Noto Sans CJK). */
  PangoLayout     *layout;
  Block           *block;   /* owned by the flow's list of blocks */
  double           x;
  double           baseline; /* the top, for a block */
  double           r, g, b;
} PlacedLine;

struct _Block {
  double             height;
  OdTextFlowDrawFunc draw;
  gpointer           data;
  GDestroyNotify     destroy;
};

typedef enum {
  ITEM_PARAGRAPH,
  ITEM_BLOCK,
  ITEM_MARK,
} ItemKind;

/* Something waiting to be placed while a keep group is open. */
typedef struct {
  ItemKind     kind;
  PangoLayout *layout;
  OdTextStyle  style;
  double       indent;
  Block       *block;
  guint        level;
  char        *title;
} Item;

struct _OdTextFlow {
  double        width, height;
  OdLang        lang;
  OdLang        han_lang;   /* of the Chinese quoted in it (od-text-han.h) */
  PangoContext *context;
  GPtrArray    *pages;      /* GArray of PlacedLine per page */
  double        y;          /* where the next line goes on the last page */
  GPtrArray    *blocks;     /* Block*, every block added */
  GArray       *marks;      /* OdTextFlowMark */
  GArray       *pending;    /* Item, while a keep group is open */
  guint         keep_depth;
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
    {
      PlacedLine *l = &g_array_index (lines, PlacedLine, i);

      if (l->line != NULL)
        pango_layout_line_unref (l->line);
      g_clear_object (&l->layout);
    }
  g_array_unref (lines);
}

static void
block_free (gpointer data)
{
  Block *block = data;

  if (block->destroy != NULL)
    block->destroy (block->data);
  g_free (block);
}

static void
mark_clear (gpointer data)
{
  g_free (((OdTextFlowMark *) data)->title);
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
  self->han_lang = lang;
  /* Points, unhinted, shaped as the reader's language (od-text-context.h). */
  self->context = od_text_context_new (lang);
  self->pages = g_ptr_array_new_with_free_func (placed_lines_free);
  self->blocks = g_ptr_array_new_with_free_func (block_free);
  self->marks = g_array_new (FALSE, TRUE, sizeof (OdTextFlowMark));
  g_array_set_clear_func (self->marks, mark_clear);
  self->pending = g_array_new (FALSE, TRUE, sizeof (Item));
  new_page (self);
  return self;
}

void
od_text_flow_free (OdTextFlow *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->pages);
  g_ptr_array_unref (self->blocks);
  g_array_unref (self->marks);
  for (guint i = 0; i < self->pending->len; i++)
    {
      Item *item = &g_array_index (self->pending, Item, i);

      g_clear_object (&item->layout);
      g_free (item->title);
    }
  g_array_unref (self->pending);
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

static gboolean
is_heading (OdTextStyle style)
{
  return style == OD_TEXT_TITLE || style == OD_TEXT_HEADING || style == OD_TEXT_SUBHEADING;
}

static PangoLayout *
shape (OdTextFlow  *self,
       OdTextStyle  style,
       double       indent,
       const char  *text)
{
  PangoLayout *layout = pango_layout_new (self->context);
  PangoFontDescription *font = od_text_font_new (self->lang, styles[style].font);

  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_width (layout, (int) ((self->width - indent) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text, -1);
  od_text_no_ligatures (layout);
  od_text_set_han_language (layout, self->han_lang);
  return layout;
}

/* Marks waiting for a line get the page it landed on. */
static void
settle_marks (OdTextFlow *self)
{
  for (guint i = self->marks->len; i > 0; i--)
    {
      OdTextFlowMark *m = &g_array_index (self->marks, OdTextFlowMark, i - 1);

      if (m->page != G_MAXUINT)
        break;
      m->page = self->pages->len - 1;
    }
}

static void
place_paragraph (OdTextFlow  *self,
                 PangoLayout *layout,
                 OdTextStyle  style,
                 double       indent)
{
  PangoLayoutIter *iter;
  int layout_height;

  pango_layout_get_size (layout, NULL, &layout_height);
  if (self->y > 0)
    self->y += styles[style].space_before;
  /* A heading never ends a page: it needs its own height and a few lines. */
  if (is_heading (style) && self->y > 0 && self->y + (double) layout_height / PANGO_SCALE + 36 > self->height)
    new_page (self);

  iter = pango_layout_get_iter (layout);
  do
    {
      PangoRectangle logical;
      PlacedLine placed = { 0 };
      double top, line_height;
      GArray *page;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      top = (double) logical.y / PANGO_SCALE;
      line_height = (double) logical.height / PANGO_SCALE;
      if (self->y > 0 && self->y + line_height > self->height)
        new_page (self);
      page = g_ptr_array_index (self->pages, self->pages->len - 1);
      placed.line = pango_layout_line_ref (pango_layout_iter_get_line_readonly (iter));
      placed.layout = g_object_ref (layout);
      placed.x = indent + (double) logical.x / PANGO_SCALE;
      placed.baseline = self->y + ((double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE - top);
      placed.r = placed.g = placed.b = styles[style].gray;
      g_array_append_val (page, placed);
      settle_marks (self);
      self->y += line_height;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

static void
place_block (OdTextFlow *self,
             Block      *block)
{
  PlacedLine placed = { 0 };
  GArray *page;

  if (self->y > 0 && self->y + block->height > self->height)
    new_page (self);
  page = g_ptr_array_index (self->pages, self->pages->len - 1);
  placed.block = block;
  placed.baseline = self->y;
  g_array_append_val (page, placed);
  settle_marks (self);
  self->y += block->height;
}

static void
place_mark (OdTextFlow *self,
            guint       level,
            char       *title)
{
  /* The page is known once the next line lands (settle_marks). */
  OdTextFlowMark mark = { level, title, G_MAXUINT };

  g_array_append_val (self->marks, mark);
}

static double
item_height (OdTextFlow *self,
             const Item *item,
             gboolean    first)
{
  int height;

  switch (item->kind)
    {
    case ITEM_PARAGRAPH:
      pango_layout_get_size (item->layout, NULL, &height);
      return (double) height / PANGO_SCALE + (first ? 0 : styles[item->style].space_before);
    case ITEM_BLOCK:
      return item->block->height;
    case ITEM_MARK:
    default:
      return 0;
    }
}

static void
place_item (OdTextFlow *self,
            Item       *item)
{
  switch (item->kind)
    {
    case ITEM_PARAGRAPH:
      place_paragraph (self, item->layout, item->style, item->indent);
      g_clear_object (&item->layout);
      break;
    case ITEM_BLOCK:
      place_block (self, item->block);
      break;
    case ITEM_MARK:
      place_mark (self, item->level, g_steal_pointer (&item->title));
      break;
    }
}

static void
add_item (OdTextFlow *self,
          Item       *item)
{
  if (self->keep_depth > 0)
    g_array_append_val (self->pending, *item);
  else
    place_item (self, item);
}

void
od_text_flow_add (OdTextFlow  *self,
                  OdTextStyle  style,
                  double       indent,
                  const char  *text)
{
  Item item = { ITEM_PARAGRAPH, NULL, style, indent, NULL, 0, NULL };

  g_return_if_fail (self != NULL && text != NULL);

  item.layout = shape (self, style, indent, text);
  add_item (self, &item);
}

void
od_text_flow_add_block (OdTextFlow        *self,
                        double             height,
                        OdTextFlowDrawFunc draw,
                        gpointer           data,
                        GDestroyNotify     destroy)
{
  Item item = { ITEM_BLOCK, NULL, 0, 0, NULL, 0, NULL };
  Block *block;

  g_return_if_fail (self != NULL && draw != NULL && height >= 0);

  block = g_new0 (Block, 1);
  block->height = MIN (height, self->height);
  block->draw = draw;
  block->data = data;
  block->destroy = destroy;
  g_ptr_array_add (self->blocks, block);
  item.block = block;
  add_item (self, &item);
}

void
od_text_flow_mark (OdTextFlow *self,
                   guint       level,
                   const char *title)
{
  Item item = { ITEM_MARK, NULL, 0, 0, NULL, level, NULL };

  g_return_if_fail (self != NULL && title != NULL);

  item.title = g_strdup (title);
  add_item (self, &item);
}

void
od_text_flow_keep_begin (OdTextFlow *self)
{
  self->keep_depth++;
}

void
od_text_flow_keep_end (OdTextFlow *self)
{
  double total = 0;

  g_return_if_fail (self->keep_depth > 0);

  if (--self->keep_depth > 0)
    return;
  for (guint i = 0; i < self->pending->len; i++)
    total += item_height (self, &g_array_index (self->pending, Item, i), i == 0);
  /* Together on the next page when they do not fit here but fit on a page;
   * a group taller than a page flows as usual. */
  if (self->y > 0 && self->y + total > self->height && total <= self->height)
    new_page (self);
  for (guint i = 0; i < self->pending->len; i++)
    {
      place_item (self, &g_array_index (self->pending, Item, i));
    }
  g_array_set_size (self->pending, 0);
}

GArray *
od_text_flow_get_marks (OdTextFlow *self)
{
  return self->marks;
}

const char *
od_text_flow_get_section (OdTextFlow *self,
                          guint       page)
{
  const char *section = NULL;

  for (guint i = 0; i < self->marks->len; i++)
    {
      const OdTextFlowMark *m = &g_array_index (self->marks, OdTextFlowMark, i);

      if (m->page > page)
        break;
      if (m->level == 1)
        section = m->title;
    }
  return section;
}

double
od_text_flow_get_width (OdTextFlow *self)
{
  return self->width;
}

double
od_text_flow_get_height (OdTextFlow *self)
{
  return self->height;
}

OdLang
od_text_flow_get_lang (OdTextFlow *self)
{
  return self->lang;
}

void
od_text_flow_set_han_lang (OdTextFlow *self,
                           OdLang      lang)
{
  self->han_lang = lang;
}

OdLang
od_text_flow_get_han_lang (OdTextFlow *self)
{
  return self->han_lang;
}

guint
od_text_flow_get_n_pages (OdTextFlow *self)
{
  GArray *last = g_ptr_array_index (self->pages, self->pages->len - 1);

  settle_marks (self);
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

      if (l->block != NULL)
        {
          cairo_save (cr);
          cairo_translate (cr, 0, l->baseline);
          l->block->draw (cr, self->width, l->block->data);
          cairo_restore (cr);
          continue;
        }
      cairo_set_source_rgb (cr, l->r, l->g, l->b);
      cairo_move_to (cr, l->x, l->baseline);
      pango_cairo_show_layout_line (cr, l->line);
    }
  cairo_restore (cr);
}
