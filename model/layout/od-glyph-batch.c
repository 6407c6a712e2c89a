/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-glyph-batch.c: glyphs of many layouts shown in one run per font and
 * colour (see od-glyph-batch.h for why). */
#include "config.h"

#include <string.h>

#include "od-glyph-batch.h"
#include "od-text-sink.h"

/* What is shown in one cairo_show_text_glyphs(). */
typedef struct {
  cairo_scaled_font_t *font;
  double               rgba[4];
  double               xx, yx, xy, yy;   /* the CTM without its translation */
  GArray              *glyphs;           /* cairo_glyph_t, in that matrix's space */
  GArray              *clusters;         /* cairo_text_cluster_t */
  GString             *utf8;
} Run;

struct _OdGlyphBatch {
  GPtrArray *runs;     /* Run, kept (emptied) across flushes: a page uses the same few */
  guint      last;     /* the run added to last, tried first */
};

static void
run_free (gpointer data)
{
  Run *run = data;

  cairo_scaled_font_destroy (run->font);
  g_array_unref (run->glyphs);
  g_array_unref (run->clusters);
  g_string_free (run->utf8, TRUE);
  g_free (run);
}

OdGlyphBatch *
od_glyph_batch_new (void)
{
  OdGlyphBatch *self = g_new0 (OdGlyphBatch, 1);

  self->runs = g_ptr_array_new_with_free_func (run_free);
  return self;
}

void
od_glyph_batch_free (OdGlyphBatch *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->runs);
  g_free (self);
}

static gboolean
run_matches (const Run            *run,
             cairo_scaled_font_t  *font,
             const double          rgba[4],
             const cairo_matrix_t *m)
{
  return run->font == font && memcmp (run->rgba, rgba, sizeof run->rgba) == 0 &&
         run->xx == m->xx && run->yx == m->yx && run->xy == m->xy && run->yy == m->yy;
}

static Run *
find_run (OdGlyphBatch         *self,
          cairo_scaled_font_t  *font,
          const double          rgba[4],
          const cairo_matrix_t *m)
{
  Run *run;

  if (self->last < self->runs->len && run_matches (self->runs->pdata[self->last], font, rgba, m))
    return self->runs->pdata[self->last];
  for (guint i = 0; i < self->runs->len; i++)
    if (run_matches (self->runs->pdata[i], font, rgba, m))
      {
        self->last = i;
        return self->runs->pdata[i];
      }
  run = g_new0 (Run, 1);
  run->font = cairo_scaled_font_reference (font);
  memcpy (run->rgba, rgba, sizeof run->rgba);
  run->xx = m->xx, run->yx = m->yx, run->xy = m->xy, run->yy = m->yy;
  run->glyphs = g_array_new (FALSE, FALSE, sizeof (cairo_glyph_t));
  run->clusters = g_array_new (FALSE, FALSE, sizeof (cairo_text_cluster_t));
  run->utf8 = g_string_new (NULL);
  self->last = self->runs->len;
  g_ptr_array_add (self->runs, run);
  return run;
}

/* Attributes that change only which glyphs Pango chose, not how they are
 * drawn: the glyphs already say all there is.  Colours, underlines,
 * backgrounds and the like are Pango's renderer's to draw. */
static gboolean
glyphs_say_all (const PangoAttribute *attr)
{
  switch (attr->klass->type)
    {
    case PANGO_ATTR_FAMILY:
    case PANGO_ATTR_STYLE:
    case PANGO_ATTR_WEIGHT:
    case PANGO_ATTR_VARIANT:
    case PANGO_ATTR_STRETCH:
    case PANGO_ATTR_SIZE:
    case PANGO_ATTR_ABSOLUTE_SIZE:
    case PANGO_ATTR_FONT_DESC:
    case PANGO_ATTR_LANGUAGE:
    case PANGO_ATTR_FONT_FEATURES:
    case PANGO_ATTR_FALLBACK:
    case PANGO_ATTR_INSERT_HYPHENS:
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
layout_batchable (PangoLayout *layout)
{
  PangoAttrList *attrs = pango_layout_get_attributes (layout);
  GSList *list;
  gboolean ok = TRUE;

  if (attrs == NULL)
    return TRUE;
  list = pango_attr_list_get_attributes (attrs);
  for (GSList *l = list; l != NULL; l = l->next)
    ok &= glyphs_say_all (l->data);
  g_slist_free_full (list, (GDestroyNotify) pango_attribute_destroy);
  return ok;
}

static gboolean
drawn_as_glyphs (const PangoGlyphItem *item)
{
  if (item->item->analysis.level % 2 != 0 || item->y_offset != 0 ||
      item->start_x_offset != 0 || item->end_x_offset != 0)
    return FALSE;
  for (GSList *l = item->item->analysis.extra_attrs; l != NULL; l = l->next)
    if (!glyphs_say_all (l->data))
      return FALSE;
  for (int i = 0; i < item->glyphs->num_glyphs; i++)
    if (item->glyphs->glyphs[i].glyph & PANGO_GLYPH_UNKNOWN_FLAG)
      return FALSE;   /* drawn by Pango as a box with the code point */
  return TRUE;
}

/* The glyphs of @item with their clusters (left to right: a cluster's
 * glyphs follow each other and its bytes are its text), placed as Pango's
 * renderer places them from the baseline origin (@x, @y). */
static void
add_item (Run                  *run,
          const char           *text,
          const PangoGlyphItem *item,
          double                x,
          double                y)
{
  const PangoGlyphString *gs = item->glyphs;
  const char *utf8 = text + item->item->offset;
  int length = item->item->length, at = 0, i = 0;

  while (i < gs->num_glyphs)
    {
      int start = gs->log_clusters[i], end;
      cairo_text_cluster_t cluster = { 0, 0 };

      for (; i < gs->num_glyphs && gs->log_clusters[i] == start; i++)
        {
          const PangoGlyphInfo *gi = &gs->glyphs[i];

          if (gi->glyph != PANGO_GLYPH_EMPTY)
            {
              cairo_glyph_t g = {
                gi->glyph,
                x + (at + gi->geometry.x_offset) / (double) PANGO_SCALE,
                y + gi->geometry.y_offset / (double) PANGO_SCALE,
              };
              g_array_append_val (run->glyphs, g);
              cluster.num_glyphs++;
            }
          at += gi->geometry.width;
        }
      end = i < gs->num_glyphs ? gs->log_clusters[i] : length;
      cluster.num_bytes = CLAMP (end, start, length) - start;
      if (cluster.num_bytes == 0 && cluster.num_glyphs == 0)
        continue;
      g_string_append_len (run->utf8, utf8 + start, cluster.num_bytes);
      g_array_append_val (run->clusters, cluster);
    }
}

/* Where the current point of @cr is in the space of its CTM's linear
 * part (*@m is the CTM, (*@ox, *@oy) its translation there), or FALSE when
 * glyphs cannot be batched on @cr now: the layout is to be shown at once. */
static gboolean
batch_origin (cairo_t        *cr,
              double          rgba[4],
              cairo_matrix_t *m,
              double         *x0,
              double         *y0,
              double         *ox,
              double         *oy)
{
  cairo_pattern_t *source = cairo_get_source (cr);
  cairo_matrix_t linear;

  if (od_text_sink_get (cr) != NULL || cairo_pattern_get_type (source) != CAIRO_PATTERN_TYPE_SOLID ||
      !cairo_has_current_point (cr))
    return FALSE;
  cairo_pattern_get_rgba (source, &rgba[0], &rgba[1], &rgba[2], &rgba[3]);
  cairo_get_current_point (cr, x0, y0);
  cairo_get_matrix (cr, m);
  /* Glyphs are kept in the space of the CTM's linear part, so layouts
   * added under different translations (sections of a page) share runs:
   * a point p in user space is p + L⁻¹t there. */
  linear = *m;
  linear.x0 = linear.y0 = 0;
  *ox = m->x0, *oy = m->y0;
  if (cairo_matrix_invert (&linear) != CAIRO_STATUS_SUCCESS)
    return FALSE;
  cairo_matrix_transform_distance (&linear, ox, oy);
  *x0 += *ox;
  *y0 += *oy;
  return TRUE;
}

void
od_glyph_batch_add (OdGlyphBatch *self,
                    cairo_t      *cr,
                    PangoLayout  *layout)
{
  const char *text = pango_layout_get_text (layout);
  double rgba[4], x0, y0, ox, oy;
  cairo_matrix_t m;
  PangoLayoutIter *iter;

  g_return_if_fail (self != NULL && cr != NULL && PANGO_IS_LAYOUT (layout));

  if (!layout_batchable (layout) || !batch_origin (cr, rgba, &m, &x0, &y0, &ox, &oy))
    {
      od_text_show_layout (cr, layout);
      return;
    }

  iter = pango_layout_get_iter (layout);
  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      PangoRectangle logical;
      double x, y;
      int along = 0;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      x = x0 + logical.x / (double) PANGO_SCALE;
      y = y0 + pango_layout_iter_get_baseline (iter) / (double) PANGO_SCALE;
      for (GSList *l = line->runs; l != NULL; l = l->next)
        {
          PangoGlyphItem *item = l->data;
          double rx = x + along / (double) PANGO_SCALE;
          cairo_scaled_font_t *font = pango_cairo_font_get_scaled_font ((PangoCairoFont *) item->item->analysis.font);

          along += pango_glyph_string_get_width (item->glyphs);
          if (font != NULL && drawn_as_glyphs (item))
            add_item (find_run (self, font, rgba, &m), text, item, rx, y);
          else
            {
              /* Shown now, where Pango would show it (in user space). */
              cairo_move_to (cr, rx - ox, y - oy);
              pango_cairo_show_glyph_item (cr, text, item);
            }
        }
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

/* A line's glyphs per font, placed from the line's left end on its
 * baseline (the Run's colour and matrix are unused). */
struct _OdGlyphLine {
  GPtrArray *runs;
  double     x, width, height;   /* in the layout it was kept from */
  double     baseline;   /* below the top of the line */
};

OdGlyphLine *
od_glyph_line_new (PangoLayout *layout)
{
  const char *text;
  PangoLayoutLine *line;
  PangoLayoutIter *iter;
  PangoRectangle logical;
  OdGlyphLine *self;
  int along = 0;

  g_return_val_if_fail (PANGO_IS_LAYOUT (layout), NULL);

  if (pango_layout_get_line_count (layout) != 1 || !layout_batchable (layout))
    return NULL;
  text = pango_layout_get_text (layout);
  line = pango_layout_get_line_readonly (layout, 0);
  self = g_new0 (OdGlyphLine, 1);
  self->runs = g_ptr_array_new_with_free_func (run_free);
  iter = pango_layout_get_iter (layout);
  pango_layout_iter_get_line_extents (iter, NULL, &logical);
  self->x = logical.x / (double) PANGO_SCALE;
  self->width = logical.width / (double) PANGO_SCALE;
  self->height = logical.height / (double) PANGO_SCALE;
  self->baseline = (pango_layout_iter_get_baseline (iter) - logical.y) / (double) PANGO_SCALE;
  pango_layout_iter_free (iter);
  for (GSList *l = line->runs; l != NULL; l = l->next)
    {
      PangoGlyphItem *item = l->data;
      cairo_scaled_font_t *font = pango_cairo_font_get_scaled_font ((PangoCairoFont *) item->item->analysis.font);
      Run *run = self->runs->len > 0 ? self->runs->pdata[self->runs->len - 1] : NULL;

      if (font == NULL || !drawn_as_glyphs (item))
        {
          od_glyph_line_free (self);
          return NULL;
        }
      if (run == NULL || run->font != font)
        {
          run = g_new0 (Run, 1);
          run->font = cairo_scaled_font_reference (font);
          run->glyphs = g_array_new (FALSE, FALSE, sizeof (cairo_glyph_t));
          run->clusters = g_array_new (FALSE, FALSE, sizeof (cairo_text_cluster_t));
          run->utf8 = g_string_new (NULL);
          g_ptr_array_add (self->runs, run);
        }
      add_item (run, text, item, along / (double) PANGO_SCALE, 0);
      along += pango_glyph_string_get_width (item->glyphs);
    }
  return self;
}

void
od_glyph_line_free (OdGlyphLine *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->runs);
  g_free (self);
}

double
od_glyph_line_get_width (const OdGlyphLine *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->width;
}

void
od_glyph_line_get_extents (const OdGlyphLine *self,
                           double            *x,
                           double            *width,
                           double            *height)
{
  g_return_if_fail (self != NULL);
  if (x != NULL)
    *x = self->x;
  if (width != NULL)
    *width = self->width;
  if (height != NULL)
    *height = self->height;
}

double
od_glyph_line_get_baseline (const OdGlyphLine *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->baseline;
}

gboolean
od_glyph_batch_add_line (OdGlyphBatch      *self,
                         cairo_t           *cr,
                         const OdGlyphLine *line)
{
  double rgba[4], x0, y0, ox, oy;
  cairo_matrix_t m;

  g_return_val_if_fail (self != NULL && cr != NULL && line != NULL, FALSE);

  if (!batch_origin (cr, rgba, &m, &x0, &y0, &ox, &oy))
    return FALSE;
  y0 += line->baseline;
  for (guint i = 0; i < line->runs->len; i++)
    {
      const Run *from = line->runs->pdata[i];
      Run *to = find_run (self, from->font, rgba, &m);
      guint first = to->glyphs->len;

      g_array_append_vals (to->glyphs, from->glyphs->data, from->glyphs->len);
      for (guint k = first; k < to->glyphs->len; k++)
        {
          cairo_glyph_t *g = &g_array_index (to->glyphs, cairo_glyph_t, k);

          g->x += x0;
          g->y += y0;
        }
      g_array_append_vals (to->clusters, from->clusters->data, from->clusters->len);
      g_string_append_len (to->utf8, from->utf8->str, (gssize) from->utf8->len);
    }
  return TRUE;
}

void
od_glyph_batch_flush (OdGlyphBatch *self,
                      cairo_t      *cr)
{
  g_return_if_fail (self != NULL && cr != NULL);

  for (guint i = 0; i < self->runs->len; i++)
    {
      Run *run = self->runs->pdata[i];
      cairo_matrix_t linear = { run->xx, run->yx, run->xy, run->yy, 0, 0 };

      if (run->glyphs->len == 0)
        continue;
      cairo_save (cr);
      cairo_set_matrix (cr, &linear);
      cairo_set_source_rgba (cr, run->rgba[0], run->rgba[1], run->rgba[2], run->rgba[3]);
      cairo_set_scaled_font (cr, run->font);
      cairo_show_text_glyphs (cr, run->utf8->str, (int) run->utf8->len,
                              (const cairo_glyph_t *) run->glyphs->data, (int) run->glyphs->len,
                              (const cairo_text_cluster_t *) run->clusters->data, (int) run->clusters->len, 0);
      cairo_restore (cr);
      g_array_set_size (run->glyphs, 0);
      g_array_set_size (run->clusters, 0);
      g_string_truncate (run->utf8, 0);
    }
}
