/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-export-directory.c: the contents (every department with a page of
 * its own, indented by rank, with its page) and the name index (every
 * unit, in the order of the document's language, with the page it is
 * drawn on) that close a chart of department pages.  Each entry is a link
 * to its page; entries run in columns down the page.  On a PDF the links
 * are gathered while the pages are drawn and added to cairo's file
 * afterwards in a compact form (od-pdf-links.c): cairo's own cost 400
 * bytes each, 4 MB for the index of 10,000 units, more than the chart. */
#include "config.h"

#include <glib/gi18n.h>

#include "od-collate.h"
#include "od-export-private.h"
#include "od-pdf-links.h"
#include "od-text-context.h"
#include "od-text-han.h"
#include "od-text-sink.h"

/* Beyond this many units an index would run to hundreds of pages: the
 * bookmarks and the contents find a department, the viewer's search a
 * name. */
#define INDEX_MAX_UNITS 20000
#define LINE_HEIGHT 10.5
#define COLUMN_WIDTH 170.0
#define COLUMN_GAP 12.0
#define FONT_SIZE 6.5

typedef struct {
  char   *text;         /* NULL: a heading (@sheet is then unused) */
  guint   indent;
  guint   sheet;
  char   *key;          /* collation key, for sorting the index */
} DirEntry;

static void
dir_entry_clear (DirEntry *entry)
{
  g_free (entry->text);
  g_free (entry->key);
}

static int
compare_keys (gconstpointer a,
              gconstpointer b)
{
  return g_strcmp0 (((const DirEntry *) a)->key, ((const DirEntry *) b)->key);
}

static void
add_heading (GArray     *entries,
             const char *title)
{
  DirEntry heading = { g_strdup (title), 0, G_MAXUINT, NULL };
  g_array_append_val (entries, heading);
}

guint
_od_export_plan_directory (OdExportDocument *self)
{
  const OdPlanSection *sections;
  guint n_sections, per_column, columns;
  g_autoptr(GArray) index = NULL;

  self->directory = g_array_new (FALSE, TRUE, sizeof (DirEntry));
  g_array_set_clear_func (self->directory, (GDestroyNotify) dir_entry_clear);
  sections = od_page_plan_get_sections (self->plan, &n_sections);
  if (od_page_plan_get_n_pages (self->plan) < 2)
    return 0;

  add_heading (self->directory, od_lang_gettext (self->lang, N_("Contents")));
  for (guint s = 0; s < n_sections; s++)
    {
      OdUnit *root = self->plan_units[sections[s].root];
      DirEntry entry;

      if (sections[s].part > 0)
        continue;
      entry = (DirEntry) { g_strdup (od_unit_get_name (root)), MIN (od_unit_get_depth (root), 12),
                           _od_export_section_sheet (self, s), NULL };
      g_array_append_val (self->directory, entry);
    }
  if (self->n_plan_units <= INDEX_MAX_UNITS)
    {
      index = g_array_sized_new (FALSE, FALSE, sizeof (DirEntry), self->n_plan_units);
      for (guint i = 0; i < self->n_plan_units; i++)
        {
          const char *name = od_unit_get_name (self->plan_units[i]);
          DirEntry entry = { g_strdup (name), 0,
                             _od_export_section_sheet (self, od_page_plan_section_of_node (self->plan, i)),
                             od_collate_key (self->lang, name) };
          g_array_append_val (index, entry);
        }
      g_array_sort (index, compare_keys);
      add_heading (self->directory, od_lang_gettext (self->lang, N_("Index")));
      g_array_append_vals (self->directory, index->data, index->len);
    }

  self->directory_font = od_text_font_new (self->lang, "Sans");
  pango_font_description_set_absolute_size (self->directory_font, FONT_SIZE * PANGO_SCALE);
  self->directory_numbers = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) od_glyph_line_free);

  per_column = MAX (1, (guint) (od_page_setup_content_height (&self->setup) / LINE_HEIGHT));
  columns = MAX (1, (guint) ((od_page_setup_content_width (&self->setup) + COLUMN_GAP) / (COLUMN_WIDTH + COLUMN_GAP)));
  self->directory_per_page = per_column * columns;
  self->directory_per_column = per_column;
  return (self->directory->len + self->directory_per_page - 1) / self->directory_per_page;
}

/* Notes a link from (@x0, @y0)–(@x1, @y1), user space of @cr, on sheet
 * @sheet to sheet @target, in the PDF's own coordinates (y upwards). */
static void
gather_link (OdExportDocument *self,
             cairo_t          *cr,
             GArray           *links,
             guint             sheet,
             guint             target,
             double            x0,
             double            y0,
             double            x1,
             double            y1)
{
  OdPdfLink link = { sheet, target, 0, 0, 0, 0 };

  cairo_user_to_device (cr, &x0, &y0);
  cairo_user_to_device (cr, &x1, &y1);
  link.x0 = MIN (x0, x1);
  link.x1 = MAX (x0, x1);
  link.y0 = self->setup.height - MAX (y0, y1);
  link.y1 = self->setup.height - MIN (y0, y1);
  g_array_append_val (links, link);
}

gboolean
_od_export_gather_pdf_links (OdExportDocument *self)
{
  if (self->directory == NULL || self->directory->len == 0)
    return FALSE;
  g_clear_pointer (&self->pdf_links, g_array_unref);
  self->pdf_links = g_array_new (FALSE, FALSE, sizeof (OdPdfLink));
  return TRUE;
}

GBytes *
_od_export_pdf_links_update (OdExportDocument *self,
                             const guint8     *pdf,
                             gsize             length)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) links = g_steal_pointer (&self->pdf_links);
  GBytes *update;

  if (links == NULL || links->len == 0)
    return NULL;
  update = od_pdf_links_update (pdf, length, (const OdPdfLink *) links->data, links->len, &error);
  /* cairo wrote something else than cairo 1.16 does: the PDF is whole,
   * only the contents and index entries are not links. */
  if (update == NULL)
    g_warning ("The contents and index entries are not links: %s", error->message);
  return update;
}

/* Names kept at most: a name is a few hundred bytes of glyphs, and a
 * large organisation repeats its few names (every region has a 销售部). */
#define PLAN_NAMES_MAX 32768

void
_od_export_keep_box_name (OdExportDocument *self,
                          const char       *name,
                          PangoLayout      *layout)
{
  const PangoFontDescription *desc = pango_layout_get_font_description (layout);
  OdGlyphLine *line;

  if (self->plan_names == NULL)
    {
      self->plan_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                (GDestroyNotify) od_glyph_line_free);
      self->plan_names_font = pango_font_description_copy (desc);
      self->plan_names_width = pango_layout_get_width (layout);
    }
  /* The first size is the same for every box of a plan, and so is the
   * width: checked all the same, kept glyphs must be what Pango would
   * give. */
  if (g_hash_table_size (self->plan_names) >= PLAN_NAMES_MAX ||
      pango_layout_get_width (layout) != self->plan_names_width ||
      !pango_font_description_equal (desc, self->plan_names_font) ||
      g_hash_table_contains (self->plan_names, name))
    return;
  line = od_glyph_line_new (layout);
  if (line != NULL)
    g_hash_table_insert (self->plan_names, g_strdup (name), line);
}

const OdGlyphLine *
_od_export_kept_box_name (OdExportDocument *self,
                          const char       *name,
                          int               width)
{
  if (self->plan_names == NULL || width != self->plan_names_width)
    return NULL;
  return g_hash_table_lookup (self->plan_names, name);
}

gboolean
_od_export_show_line (OdExportDocument  *self,
                      cairo_t           *cr,
                      const OdGlyphLine *line)
{
  if (line == NULL)
    return FALSE;
  if (self->plan_glyphs == NULL)
    self->plan_glyphs = od_glyph_batch_new ();
  return od_glyph_batch_add_line (self->plan_glyphs, cr, line);
}

/* The glyphs of page number @number, shaped once for the whole index:
 * a layout shaped per entry was a third of an index page. */
static const OdGlyphLine *
number_line (OdExportDocument *self,
             PangoLayout      *number_layout,
             guint             number)
{
  OdGlyphLine *line = g_hash_table_lookup (self->directory_numbers, GUINT_TO_POINTER (number));

  if (line == NULL)
    {
      g_autofree char *text = g_strdup_printf ("%u", number);

      pango_layout_set_text (number_layout, text, -1);
      line = od_glyph_line_new (number_layout);
      if (line == NULL)
        return NULL;
      g_hash_table_insert (self->directory_numbers, GUINT_TO_POINTER (number), line);
    }
  return line;
}

void
_od_export_draw_directory_page (OdExportDocument *self,
                                cairo_t          *cr,
                                guint             page)
{
  const OdPageSetup *s = &self->setup;
  guint first = page * self->directory_per_page;
  guint last = MIN (first + self->directory_per_page, self->directory->len);
  double column_width = MIN (COLUMN_WIDTH, od_page_setup_content_width (s));
  PangoLayout *layout = pango_layout_copy (self->plan_text), *number_layout;
  GArray *links = cairo_surface_get_type (cairo_get_target (cr)) == CAIRO_SURFACE_TYPE_PDF ? self->pdf_links : NULL;
  guint sheet = 0;
  int number_width;
  /* Kept box names are shown as they are where their font is the index's. */
  gboolean same_font = self->plan_names != NULL &&
                       pango_font_description_equal (self->plan_names_font, self->directory_font);

  for (guint i = 0; i < self->pages->len; i++)
    {
      const OdExportPage *p = &g_array_index (self->pages, OdExportPage, i);

      if (p->kind == OD_EXPORT_PAGE_DIRECTORY && p->index == page)
        sheet = i;
    }
  pango_layout_set_font_description (layout, self->directory_font);
  pango_layout_set_alignment (layout, PANGO_ALIGN_LEFT);
  pango_layout_set_wrap (layout, PANGO_WRAP_CHAR);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  /* One layout for the page numbers too: a layout made per entry costs a
   * Pango context each, a third of the time of an index page. */
  number_layout = pango_layout_copy (layout);
  pango_layout_set_width (number_layout, -1);
  pango_layout_set_ellipsize (number_layout, PANGO_ELLIPSIZE_NONE);
  cairo_save (cr);
  cairo_translate (cr, s->margin, s->margin + s->header);
  for (guint i = first; i < last; i++)
    {
      const DirEntry *e = &g_array_index (self->directory, DirEntry, i);
      guint k = i - first;
      double x = (k / self->directory_per_column) * (column_width + COLUMN_GAP);
      double y = (k % self->directory_per_column) * LINE_HEIGHT;
      double indent = MIN (e->indent * 6.0, column_width / 3);

      if (e->sheet == G_MAXUINT)
        {
          cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
          /* 7 pt: a line of Noto CJK at 7.5 pt is taller than LINE_HEIGHT,
           * and the heading is now in the document's language. */
          _od_export_draw_text (cr, self->lang, "Sans Bold 7", e->text, x, y, FALSE);
          continue;
        }
      {
        g_autofree char *link = g_strdup_printf ("page=%u", e->sheet + 1);
        g_autofree char *number = g_strdup_printf ("%u", e->sheet + 1);
        const OdGlyphLine *name_line, *number_glyphs;
        int name_width;

        cairo_set_source_rgb (cr, 0.15, 0.15, 0.2);
        if (links != NULL)
          gather_link (self, cr, links, sheet, e->sheet, x + indent, y, x + column_width, y + LINE_HEIGHT);
        else
          cairo_tag_begin (cr, CAIRO_TAG_LINK, link);
        /* The name, cut short before the page number if it must be.  A
         * name a box showed in this font is not shaped again when it fits
         * whole: it would come out the same. */
        name_width = (int) ((column_width - indent - 28) * PANGO_SCALE);
        name_line = links != NULL && same_font ? g_hash_table_lookup (self->plan_names, e->text) : NULL;
        if (name_line != NULL && od_glyph_line_get_width (name_line) * PANGO_SCALE > name_width)
          name_line = NULL;
        cairo_move_to (cr, x + indent, y);
        if (!_od_export_show_line (self, cr, name_line))
          {
            pango_layout_set_width (layout, name_width);
            od_text_set_name (layout, self->lang, e->text);
            _od_export_show_text (self, cr, layout, links == NULL);
          }
        number_glyphs = links != NULL ? number_line (self, number_layout, e->sheet + 1) : NULL;
        if (number_glyphs != NULL)
          cairo_move_to (cr, x + column_width - od_glyph_line_get_width (number_glyphs), y);
        if (!_od_export_show_line (self, cr, number_glyphs))
          {
            pango_layout_set_text (number_layout, number, -1);
            pango_layout_get_size (number_layout, &number_width, NULL);
            cairo_move_to (cr, x + column_width - (double) number_width / PANGO_SCALE, y);
            _od_export_show_text (self, cr, number_layout, links == NULL);
          }
        if (links == NULL)
          cairo_tag_end (cr, CAIRO_TAG_LINK);
      }
    }
  _od_export_flush_text (self, cr);
  cairo_restore (cr);
  g_object_unref (number_layout);
  g_object_unref (layout);
}
