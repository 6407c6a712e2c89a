/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-export-pages.c: draws the department pages of od-page-plan: each
 * section's chain of command (each name a link to its page), connectors in
 * one stroke, boxes in one path per kind, then the text, fitted into each
 * box (a long name is set smaller, never cut), and stubs that say how many
 * units their subtree holds and link to its page.
 */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "od-export-private.h"
#include "od-text-context.h"
#include "od-text-han.h"
#include "od-text-sink.h"

#define BOX_PADDING 3.0

void
_od_export_draw_kind_boxes (cairo_t            *cr,
                            OdUnitKind          kind,
                            const OdPlacedBox  *boxes,
                            guint               n_boxes,
                            const guint        *which,
                            guint               n_which,
                            double              width,
                            double              height,
                            double              scale)
{
  double fill[3], border[3];
  double inset = 1.6 * scale;

  if (n_which == 0)
    return;
  od_chart_theme_get_kind_colours (OD_CHART_THEME_LIGHT, kind, fill, border);
  for (guint i = 0; i < n_which; i++)
    cairo_rectangle (cr, boxes[which[i]].x, boxes[which[i]].y, width, height);
  cairo_set_source_rgb (cr, fill[0], fill[1], fill[2]);
  cairo_fill_preserve (cr);
  cairo_set_source_rgb (cr, border[0], border[1], border[2]);
  /* Solid lines only: cairo 1.16's PDF surface spends milliseconds on every
   * dashed path, and a department page has hundreds of boxes. */
  cairo_set_line_width (cr, (kind == OD_UNIT_KIND_EXECUTIVE ? 1.8 : 0.7) * scale);
  cairo_stroke (cr);
  switch (kind)
    {
    case OD_UNIT_KIND_BACK:
      /* A double border. */
      for (guint i = 0; i < n_which; i++)
        cairo_rectangle (cr, boxes[which[i]].x + inset, boxes[which[i]].y + inset,
                         width - 2 * inset, height - 2 * inset);
      cairo_set_line_width (cr, 0.5 * scale);
      cairo_stroke (cr);
      break;
    case OD_UNIT_KIND_SUPPORT:
      /* A bar down the left edge. */
      for (guint i = 0; i < n_which; i++)
        cairo_rectangle (cr, boxes[which[i]].x, boxes[which[i]].y, 2.4 * scale, height);
      cairo_fill (cr);
      break;
    case OD_UNIT_KIND_EXECUTIVE:
    case OD_UNIT_KIND_FRONT:
    default:
      break;
    }
}

guint
_od_export_section_sheet (OdExportDocument *self,
                          guint             section)
{
  const OdPlanSection *sections = od_page_plan_get_sections (self->plan, NULL);

  return self->first_chart_page + sections[section].page;
}

/* @layout set to @text at @size, @width wide (0: one line), centred.
 * The font is set only when it changes: setting it makes Pango itemize
 * afresh, and most boxes share one size. */
static PangoLayout *
set_text (PangoLayout *layout,
          const char  *text,
          double       size,
          double       width,
          gboolean     bold)
{
  const PangoFontDescription *current = pango_layout_get_font_description (layout);
  int pango_size = (int) (size * PANGO_SCALE);
  PangoWeight weight = bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL;

  if (current == NULL || pango_font_description_get_size (current) != pango_size ||
      pango_font_description_get_weight (current) != weight)
    {
      PangoFontDescription *desc = pango_font_description_new ();

      pango_font_description_set_family (desc, od_text_families (od_text_context_get_lang (pango_layout_get_context (layout))));
      pango_font_description_set_weight (desc, weight);
      pango_font_description_set_absolute_size (desc, pango_size);
      pango_layout_set_font_description (layout, desc);
      pango_font_description_free (desc);
    }
  pango_layout_set_width (layout, width > 0 ? (int) (width * PANGO_SCALE) : -1);
  od_text_set_name (layout, od_text_context_get_lang (pango_layout_get_context (layout)), text);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return logical.height / (double) PANGO_SCALE;
}

static double
layout_width (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return logical.width / (double) PANGO_SCALE;
}

static char *
link_to_sheet (guint sheet)
{
  return g_strdup_printf ("page=%u", sheet + 1);
}

/* Detail lines at their first size, each laid out once: most boxes say
 * one of a few dozen things ("12人", "42 units → p. 7"), and shaping them
 * again for every box was a sixth of drawing a page. */
#define DETAIL_CACHE_MAX 4096

static PangoLayout *
cached_detail (OdExportDocument *self,
               const char       *detail,
               double            width)
{
  PangoLayout *layout;

  if (self->plan_details == NULL)
    self->plan_details = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  layout = g_hash_table_lookup (self->plan_details, detail);
  if (layout != NULL)
    return layout;
  if (g_hash_table_size (self->plan_details) >= DETAIL_CACHE_MAX)
    return set_text (self->plan_detail, detail, self->plan_font * 0.85, width, FALSE);
  layout = set_text (pango_layout_copy (self->plan_detail), detail, self->plan_font * 0.85, width, FALSE);
  g_hash_table_insert (self->plan_details, g_strdup (detail), layout);
  return layout;
}

/* Detail lines from kept pieces.  The lines of 10,000 units are some
 * 8,000 distinct strings ("李伟 · 27人 · 合计 1,234"), too many to keep,
 * but their pieces (a head's name, a headcount, a roll-up) recur: each
 * piece is shaped once, and a line whose pieces all fit side by side is
 * their glyphs one after another.  That is what shaping the whole line
 * gives only where nothing crosses a join: Chinese documents (an English
 * line could kern or join glyphs across it, so it is shaped whole), the
 * separator kept with the piece before it (a "·" takes the script of what
 * precedes it), and a piece that starts with digits or punctuation only
 * after a piece of the same script (they take the script of what comes
 * first, whole or alone). */
#define DETAIL_PIECES_MAX 32768
#define DETAIL_PIECES_PER_LINE 8
#define DETAIL_SEPARATOR " \xc2\xb7 "  /* · */

static gboolean
script_is_strong (GUnicodeScript script)
{
  return script != G_UNICODE_SCRIPT_COMMON && script != G_UNICODE_SCRIPT_INHERITED &&
         script != G_UNICODE_SCRIPT_UNKNOWN;
}

/* The script of the first (or last) character of [@start, @end) that has
 * one of its own; COMMON where none has. */
static GUnicodeScript
strong_script (const char *start,
               const char *end,
               gboolean    last)
{
  GUnicodeScript found = G_UNICODE_SCRIPT_COMMON;

  for (const char *p = start; p < end; p = g_utf8_next_char (p))
    {
      GUnicodeScript script = g_unichar_get_script (g_utf8_get_char (p));

      if (script_is_strong (script))
        {
          found = script;
          if (!last)
            break;
        }
    }
  return found;
}

static void
piece_free (gpointer line)
{
  od_glyph_line_free (line);
}

/* The kept glyphs of @piece at the detail lines' first size; NULL when
 * they cannot be kept. */
static const OdGlyphLine *
kept_piece (OdExportDocument *self,
            const char       *piece)
{
  gpointer line;
  OdGlyphLine *kept;

  if (self->plan_pieces == NULL)
    {
      self->plan_pieces = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, piece_free);
      self->plan_piece = pango_layout_copy (self->plan_detail);
    }
  if (g_hash_table_lookup_extended (self->plan_pieces, piece, NULL, &line))
    return line;
  set_text (self->plan_piece, piece, self->plan_font * 0.85, 0, FALSE);
  kept = od_glyph_line_new (self->plan_piece);
  if (g_hash_table_size (self->plan_pieces) < DETAIL_PIECES_MAX)
    g_hash_table_insert (self->plan_pieces, g_strdup (piece), kept);
  else if (kept != NULL)
    {
      /* Past the cap a line with this piece is shaped whole, as before. */
      od_glyph_line_free (kept);
      kept = NULL;
    }
  return kept;
}

/* Fills @pieces with the kept pieces of @detail, @x with where the line
 * starts in a box of @width (as a centred layout would put it) and
 * @height with its height; FALSE where the line must be shaped whole. */
static gboolean
detail_pieces (OdExportDocument   *self,
               const char         *detail,
               double              width,
               const OdGlyphLine **pieces,
               guint              *n_pieces,
               double             *x,
               double             *height)
{
  OdLang lang = od_text_context_get_lang (pango_layout_get_context (self->plan_detail));
  int layout_width = (int) (width * PANGO_SCALE), total = 0, offset;
  GUnicodeScript before = G_UNICODE_SCRIPT_COMMON;
  const char *start = detail;
  double baseline = 0;
  guint n = 0;
  static int whole = -1;

  *n_pieces = 0;
  /* OD_DETAIL_WHOLE: every line shaped whole, for tests to compare with. */
  if (whole < 0)
    whole = g_getenv ("OD_DETAIL_WHOLE") != NULL;
  if (whole || (lang != OD_LANG_ZH_CN && lang != OD_LANG_ZH_TW) || *detail == '\0')
    return FALSE;
  while (*start != '\0')
    {
      const char *sep = strstr (start, DETAIL_SEPARATOR);
      const char *end = sep != NULL ? sep + strlen (DETAIL_SEPARATOR) : start + strlen (start);
      g_autofree char *text = g_strndup (start, (gsize) (end - start));
      const OdGlyphLine *line;
      double line_w, line_h;

      if (n == DETAIL_PIECES_PER_LINE)
        return FALSE;
      if (n > 0 && !script_is_strong (g_unichar_get_script (g_utf8_get_char (start))) &&
          strong_script (start, end, FALSE) != before)
        return FALSE;
      before = strong_script (start, end, TRUE);
      if (!script_is_strong (before))
        return FALSE;
      line = kept_piece (self, text);
      if (line == NULL)
        return FALSE;
      od_glyph_line_get_extents (line, NULL, &line_w, &line_h);
      /* One line: every piece on the same baseline, at the same height. */
      if (n > 0 && (od_glyph_line_get_baseline (line) != baseline || line_h != *height))
        return FALSE;
      baseline = od_glyph_line_get_baseline (line);
      *height = line_h;
      total += (int) round (line_w * PANGO_SCALE);
      pieces[n++] = line;
      start = end;
    }
  /* A point to spare: a line that might wrap when shaped whole is. */
  if (total > layout_width - PANGO_SCALE)
    return FALSE;
  /* Where Pango centres a line: in whole points when both widths are. */
  offset = (layout_width - total) / 2;
  if (((layout_width | total) & (PANGO_SCALE - 1)) == 0)
    offset = PANGO_UNITS_ROUND (offset);
  *x = offset / (double) PANGO_SCALE;
  *n_pieces = n;
  return TRUE;
}

/* Shows @pieces side by side from the current point; FALSE (nothing
 * shown) where the batch cannot hold them. */
static gboolean
show_pieces (OdExportDocument   *self,
             cairo_t            *cr,
             const OdGlyphLine **pieces,
             guint               n_pieces)
{
  double x, y;

  cairo_get_current_point (cr, &x, &y);
  for (guint i = 0; i < n_pieces; i++)
    {
      double w;

      cairo_move_to (cr, x, y);
      /* The batch refuses by the state of @cr alone: the first or none. */
      if (!_od_export_show_line (self, cr, pieces[i]))
        return FALSE;
      od_glyph_line_get_extents (pieces[i], NULL, &w, NULL);
      x += w;
    }
  return TRUE;
}

/* Box and index text goes into the page's glyph batch, shown when the
 * page is done; the text of a link is shown at once, as cairo makes a
 * link's area from what is drawn between its tags. */
void
_od_export_show_text (OdExportDocument *self,
                      cairo_t          *cr,
                      PangoLayout      *layout,
                      gboolean          linked)
{
  if (linked)
    {
      od_text_show_layout (cr, layout);
      return;
    }
  if (self->plan_glyphs == NULL)
    self->plan_glyphs = od_glyph_batch_new ();
  od_glyph_batch_add (self->plan_glyphs, cr, layout);
}

void
_od_export_flush_text (OdExportDocument *self,
                       cairo_t          *cr)
{
  if (self->plan_glyphs != NULL)
    od_glyph_batch_flush (self->plan_glyphs, cr);
}

/* The name, then the detail line, inside the box at (@x, @y); both are set
 * smaller until they fit, so no text leaves its box. */
static void
draw_box_text (OdExportDocument *self,
               cairo_t          *cr,
               const char       *name,
               const char       *detail,
               double            x,
               double            y,
               double            w,
               double            h,
               gboolean          linked)
{
  double inner_w = w - 2 * BOX_PADDING, inner_h = h - 2 * BOX_PADDING;
  double size = self->plan_font, name_h = 0, detail_h = 0, top;
  PangoLayout *name_layout = self->plan_text, *detail_layout = self->plan_detail;
  /* A name set before at the first size is not shaped again: most names
   * recur (every region has its 销售部), and shaping was most of the
   * cost of a page. */
  const OdGlyphLine *kept = linked ? NULL : _od_export_kept_box_name (self, name, (int) (inner_w * PANGO_SCALE));
  const OdGlyphLine *shown = NULL;
  const OdGlyphLine *pieces[DETAIL_PIECES_PER_LINE];
  guint n_pieces = 0;
  double pieces_x = 0;
  gboolean layout_set = FALSE;

  for (guint attempt = 0; attempt < 12; attempt++)
    {
      double name_w;

      if (detail != NULL && (attempt == 0 || detail_h > 0))
        {
          if (attempt == 0 && !linked &&
              detail_pieces (self, detail, inner_w, pieces, &n_pieces, &pieces_x, &detail_h))
            detail_layout = NULL;
          else
            {
              n_pieces = 0;
              detail_layout = attempt == 0 ? cached_detail (self, detail, inner_w)
                                           : set_text (self->plan_detail, detail, size * 0.85, inner_w, FALSE);
              detail_h = layout_height (detail_layout);
            }
        }
      if (attempt == 0 && kept != NULL)
        od_glyph_line_get_extents (kept, NULL, &name_w, &name_h);
      else
        {
          name_h = layout_height (set_text (name_layout, name, size, inner_w, FALSE));
          name_w = layout_width (name_layout);
          layout_set = TRUE;
          if (attempt == 0)
            _od_export_keep_box_name (self, name, name_layout);
        }
      if ((name_h + detail_h <= inner_h + 0.01 && name_w <= inner_w + 0.01) || size < 2.5)
        {
          shown = attempt == 0 ? kept : NULL;
          break;
        }
      size *= 0.88;
    }
  top = y + BOX_PADDING + MAX ((inner_h - name_h - detail_h) / 2, 0);
  if (shown != NULL)
    {
      double line_x;

      od_glyph_line_get_extents (shown, &line_x, NULL, NULL);
      cairo_move_to (cr, x + BOX_PADDING + line_x, top);
      if (!_od_export_show_line (self, cr, shown))
        shown = NULL;
    }
  if (shown == NULL)
    {
      if (!layout_set)
        set_text (name_layout, name, size, inner_w, FALSE);
      cairo_move_to (cr, x + BOX_PADDING, top);
      _od_export_show_text (self, cr, name_layout, linked);
    }
  if (n_pieces > 0)
    {
      cairo_move_to (cr, x + BOX_PADDING + pieces_x, top + name_h);
      if (!show_pieces (self, cr, pieces, n_pieces))
        {
          n_pieces = 0;
          detail_layout = cached_detail (self, detail, inner_w);
        }
    }
  if (detail != NULL && n_pieces == 0)
    {
      cairo_move_to (cr, x + BOX_PADDING, top + name_h);
      _od_export_show_text (self, cr, detail_layout, linked);
    }
}

/* The section's chain of command, nearest unit last, as many links as fit
 * @width; what does not fit is replaced by "…" at the start. */
static void
draw_header (OdExportDocument    *self,
             cairo_t             *cr,
             const OdPlanSection *s,
             double               width,
             double               size)
{
  g_autoptr(GPtrArray) chain = g_ptr_array_new ();
  const char *sep = " \xe2\x80\xba ";  /* › */
  g_autofree char *suffix = NULL;
  double used = 0, x = 0, sep_w, ellipsis_w;
  guint shown = 0;
  PangoLayout *layout;

  for (OdUnit *u = od_unit_get_parent (self->plan_units[s->root]); u != NULL; u = od_unit_get_parent (u))
    g_ptr_array_add (chain, u);
  if (s->n_parts > 1 && s->part > 0)
    /* TRANSLATORS: a department's reports continue from the page before;
     * %u of %u count the parts */
    suffix = g_strdup_printf (od_lang_gettext (self->lang, N_("%s (continued, %u of %u)")), od_unit_get_name (self->plan_units[s->root]),
                              s->part + 1, s->n_parts);
  if (chain->len == 0 && suffix == NULL)
    return;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.25, 0.25, 0.3);
  sep_w = layout_width (set_text (self->plan_text, sep, size, 0, FALSE));
  ellipsis_w = layout_width (set_text (self->plan_text, "\xe2\x80\xa6", size, 0, FALSE)) + sep_w;
  if (suffix != NULL)
    used += layout_width (set_text (self->plan_text, suffix, size, 0, TRUE)) + (chain->len > 0 ? sep_w : 0);
  /* Nearest first, as long as the rest still fits. */
  for (guint i = 0; i < chain->len; i++)
    {
      double w = layout_width (set_text (self->plan_text, od_unit_get_name (chain->pdata[i]), size, 0, FALSE));
      double more = i + 1 < chain->len ? ellipsis_w : 0;

      if (used + w + more > width && shown > 0)
        break;
      if (used + w > width)
        break;
      used += w + (i + 1 < chain->len ? sep_w : 0);
      shown++;
    }
  if (shown < chain->len)
    {
      layout = set_text (self->plan_text, "\xe2\x80\xa6", size, 0, FALSE);
      cairo_move_to (cr, x, 0);
      od_text_show_layout (cr, layout);
      x += layout_width (layout);
      layout = set_text (self->plan_text, sep, size, 0, FALSE);
      cairo_move_to (cr, x, 0);
      od_text_show_layout (cr, layout);
      x += sep_w;
    }
  for (guint k = shown; k > 0; k--)
    {
      OdUnit *u = chain->pdata[k - 1];
      guint node = self->plan_node_of_serial[od_unit_get_serial (u)];
      g_autofree char *link = NULL;

      layout = set_text (self->plan_text, od_unit_get_name (u), size, 0, FALSE);
      link = link_to_sheet (_od_export_section_sheet (self, od_page_plan_section_of_node (self->plan, node)));
      cairo_tag_begin (cr, CAIRO_TAG_LINK, link);
      cairo_move_to (cr, x, 0);
      od_text_show_layout (cr, layout);
      cairo_tag_end (cr, CAIRO_TAG_LINK);
      x += layout_width (layout);
      if (k > 1 || suffix != NULL)
        {
          layout = set_text (self->plan_text, sep, size, 0, FALSE);
          cairo_move_to (cr, x, 0);
          od_text_show_layout (cr, layout);
          x += sep_w;
        }
    }
  if (suffix != NULL)
    {
      layout = set_text (self->plan_text, suffix, size, 0, TRUE);
      cairo_move_to (cr, x, 0);
      od_text_show_layout (cr, layout);
    }
  cairo_restore (cr);
}

/* @detail, then the subtree's headcount when roll-ups are on. */
static char *
with_rollup (OdExportDocument *self,
             OdUnit           *unit,
             char             *detail)
{
  g_autofree char *rollup = _od_export_rollup_text (self, unit);
  char *both;

  if (rollup == NULL)
    return detail;
  if (detail == NULL)
    return g_steal_pointer (&rollup);
  both = g_strconcat (detail, " \xc2\xb7 ", rollup, NULL);  /* · */
  g_free (detail);
  return both;
}

static void
draw_section (OdExportDocument    *self,
              cairo_t             *cr,
              const OdPlanSection *s)
{
  const OdPagePlanMetrics *m = od_page_plan_get_metrics (self->plan);
  const OdPlacedBox *boxes = od_page_plan_get_boxes (self->plan, NULL) + s->first_box;
  const OdPlanSegment *segments = od_page_plan_get_segments (self->plan, NULL) + s->first_segment;
  double W = m->box_width, H = m->box_height, line_scale = m->box_height / 28.0;

  draw_header (self, cr, s, s->width, self->plan_font * 0.95);

  cairo_set_line_width (cr, 0.7 * line_scale);
  for (guint i = 0; i < s->n_segments; i++)
    {
      cairo_move_to (cr, segments[i].x0, segments[i].y0);
      cairo_line_to (cr, segments[i].x1, segments[i].y1);
    }
  cairo_set_source_rgb (cr, 0.45, 0.45, 0.48);
  cairo_stroke (cr);

  /* Stubs: a second sheet behind the box says "more on another page". */
  for (guint i = 0; i < s->n_boxes; i++)
    if (boxes[i].kind == OD_PLACED_STUB)
      cairo_rectangle (cr, boxes[i].x + 2 * line_scale, boxes[i].y + 2 * line_scale, W, H);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill_preserve (cr);
  cairo_set_source_rgb (cr, 0.4, 0.4, 0.4);
  cairo_set_line_width (cr, 0.6 * line_scale);
  cairo_stroke (cr);

  {
    g_autofree guint *which = g_new (guint, MAX (s->n_boxes, 1));

    for (OdUnitKind kind = 0; kind < OD_N_UNIT_KINDS; kind++)
      {
        guint n = 0;

        for (guint i = 0; i < s->n_boxes; i++)
          if (od_unit_get_kind (self->plan_units[boxes[i].node]) == kind)
            which[n++] = i;
        _od_export_draw_kind_boxes (cr, kind, boxes, s->n_boxes, which, n, W, H, line_scale);
      }
  }

  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  for (guint i = 0; i < s->n_boxes; i++)
    {
      const OdPlacedBox *b = &boxes[i];
      OdUnit *unit = self->plan_units[b->node];
      g_autofree char *detail = NULL;

      if (b->kind == OD_PLACED_STUB)
        {
          int section = od_page_plan_section_of_root (self->plan, b->node);
          guint sheet = section >= 0 ? _od_export_section_sheet (self, (guint) section) : 0;
          guint n = od_page_plan_subtree_size (self->plan, b->node);
          g_autofree char *link = link_to_sheet (sheet);

          /* TRANSLATORS: on a stub box: how many units the department
           * holds, and the page it is drawn on */
          detail = g_strdup_printf (od_lang_ngettext (self->lang, "%u unit \xe2\x86\x92 p. %u", "%u units \xe2\x86\x92 p. %u", n),
                                    n, sheet + 1);
          detail = with_rollup (self, unit, g_steal_pointer (&detail));
          cairo_tag_begin (cr, CAIRO_TAG_LINK, link);
          draw_box_text (self, cr, od_unit_get_name (unit), detail, b->x, b->y, W, H, TRUE);
          cairo_tag_end (cr, CAIRO_TAG_LINK);
        }
      else
        {
          detail = od_layout_unit_detail (unit, od_organisation_get_lang (self->org));
          detail = with_rollup (self, unit, g_steal_pointer (&detail));
          draw_box_text (self, cr, od_unit_get_name (unit), detail, b->x, b->y, W, H, FALSE);
        }
    }
}

void
_od_export_plan_page_origin (OdExportDocument *self,
                             guint             plan_page,
                             double           *x0,
                             double           *y0)
{
  const OdPlanSection *sections = od_page_plan_get_sections (self->plan, NULL);
  const OdPagePlanMetrics *m = od_page_plan_get_metrics (self->plan);
  guint n;
  const guint *on_page = od_page_plan_page_sections (self->plan, plan_page, &n);
  double right = 0;

  for (guint k = 0; k < n; k++)
    right = MAX (right, sections[on_page[k]].x + sections[on_page[k]].width);
  /* Whole points: where the plan's own coordinates are whole points (its
   * boxes and gaps usually are), cairo then writes "84 604 m" instead of
   * "84.273 603.5 m", a tenth fewer bytes of content for it to write and
   * deflate.  The shift is under half a point, down from the header band. */
  *x0 = round (self->setup.margin + MAX ((m->page_width - right) / 2, 0));
  *y0 = ceil (self->setup.margin + self->setup.header);
}

void
_od_export_draw_plan_page (OdExportDocument *self,
                           cairo_t          *cr,
                           guint             plan_page)
{
  const OdPlanSection *sections = od_page_plan_get_sections (self->plan, NULL);
  guint n;
  const guint *on_page = od_page_plan_page_sections (self->plan, plan_page, &n);
  double x0, y0;

  _od_export_plan_page_origin (self, plan_page, &x0, &y0);
  for (guint k = 0; k < n; k++)
    {
      const OdPlanSection *s = &sections[on_page[k]];

      cairo_save (cr);
      cairo_translate (cr, x0 + s->x, y0 + s->y);
      draw_section (self, cr, s);
      cairo_restore (cr);
    }
  _od_export_flush_text (self, cr);
}
