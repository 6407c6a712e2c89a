/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-pagination.c: page cuts between boxes (see the header). */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>

#include "od-pagination.h"

G_DEFINE_QUARK (od-pagination-error-quark, od_pagination_error)

/* Rows (bands of levels) are cut first; each row is then cut into columns
 * of its own, because a cut that is clean in one band (between subtrees)
 * would run through a parent box in the band above it. */
typedef struct {
  GArray *x_cuts;       /* double: column edges of this row */
  GArray *x_extents;    /* Span per column: what the page shows */
  double  top, bottom;  /* what the row shows */
  GArray *cell_page;    /* guint per column: page number, or 0 when empty */
} Row;

struct _OdPagination
{
  GArray *pages;        /* OdPage */
  GArray *y_cuts;       /* double: row edges, n_rows + 1 */
  GArray *rows;         /* Row */
  guint   max_columns;
};

typedef struct {
  double start, end;
} Span;

static int
compare_spans (gconstpointer a,
               gconstpointer b)
{
  const Span *sa = a, *sb = b;
  return sa->start < sb->start ? -1 : sa->start > sb->start ? 1 : 0;
}

/* Merges overlapping spans into the solid blocks a cut may not cross. */
static GArray *
solid_blocks (GArray *spans)
{
  GArray *blocks = g_array_new (FALSE, FALSE, sizeof (Span));

  g_array_sort (spans, compare_spans);
  for (guint i = 0; i < spans->len; i++)
    {
      Span s = g_array_index (spans, Span, i);
      Span *last = blocks->len ? &g_array_index (blocks, Span, blocks->len - 1) : NULL;

      if (last != NULL && s.start <= last->end)
        last->end = MAX (last->end, s.end);
      else
        g_array_append_val (blocks, s);
    }
  return blocks;
}

/* Greedy cuts along one axis: each page runs from the start of a block to
 * the end of the last block that still fits; the cut goes in the middle of
 * the gap after it.  Returns the edges (first = @lo, last = @hi), which
 * decide where a box belongs, and appends to @extents what each page shows
 * (from its first block's start to its last block's end). */
static GArray *
cut_axis (GArray      *spans,
          double       lo,
          double       hi,
          double       page,
          const char  *axis_name,
          GArray      *extents,
          GError     **error)
{
  g_autoptr(GArray) blocks = solid_blocks (spans);
  GArray *cuts = g_array_new (FALSE, FALSE, sizeof (double));
  guint i = 0;

  g_array_append_val (cuts, lo);
  while (i < blocks->len)
    {
      double start = g_array_index (blocks, Span, i).start;
      guint last = i;

      if (g_array_index (blocks, Span, i).end - start > page)
        {
          g_set_error (error, OD_PAGINATION_ERROR, OD_PAGINATION_ERROR_BOX_TOO_LARGE,
                       _("A unit is %s than a page at this scale; choose a larger paper or landscape"), axis_name);
          g_array_unref (cuts);
          return NULL;
        }
      while (last + 1 < blocks->len && g_array_index (blocks, Span, last + 1).end - start <= page)
        last++;
      {
        Span extent = { start, g_array_index (blocks, Span, last).end };
        g_array_append_val (extents, extent);
      }
      i = last + 1;
      if (i < blocks->len)
        {
          double cut = (g_array_index (blocks, Span, last).end + g_array_index (blocks, Span, i).start) / 2;
          g_array_append_val (cuts, cut);
        }
    }
  g_array_append_val (cuts, hi);
  return cuts;
}

/* Index of the interval of @cuts that holds @v. */
static guint
interval_of (GArray *cuts,
             double  v)
{
  guint lo = 0, hi = cuts->len - 1;

  while (hi - lo > 1)
    {
      guint mid = (lo + hi) / 2;
      if (v < g_array_index (cuts, double, mid))
        hi = mid;
      else
        lo = mid;
    }
  return lo;
}

/* Boxes whose centre lies in [y0, y1), as x spans. */
static GArray *
spans_in_band (const OdPageRect *boxes,
               gsize             n_boxes,
               double            y0,
               double            y1)
{
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (Span));

  for (gsize i = 0; i < n_boxes; i++)
    {
      double cy = boxes[i].y + boxes[i].height / 2;
      if (cy >= y0 && cy < y1)
        {
          Span x = { boxes[i].x, boxes[i].x + boxes[i].width };
          g_array_append_val (spans, x);
        }
    }
  return spans;
}

/* Cuts the y blocks [first, last] into rows appended to @self: as many
 * levels per row as fit a page, fewer when a row of several levels cannot
 * be cut into columns (a parent straddles the gap between its subtrees). */
static gboolean
cut_rows (OdPagination     *self,
          GArray           *blocks,
          guint             first,
          guint             last,
          const OdPageRect *bounds,
          const OdPageRect *boxes,
          gsize             n_boxes,
          double            page_width,
          double            page_height,
          GError          **error)
{
  guint i = first;

  while (i <= last)
    {
      double top = g_array_index (blocks, Span, i).start;
      guint end = i;
      g_autoptr(GArray) spans = NULL;
      g_autoptr(GError) local_error = NULL;
      double y0, y1;
      Row row = { 0 };

      if (g_array_index (blocks, Span, i).end - top > page_height)
        {
          g_set_error (error, OD_PAGINATION_ERROR, OD_PAGINATION_ERROR_BOX_TOO_LARGE,
                       _("A unit is taller than a page at this scale; choose a larger paper or landscape"));
          return FALSE;
        }
      while (end < last && g_array_index (blocks, Span, end + 1).end - top <= page_height)
        end++;
      /* Row edges sit in the middle of the gaps between blocks. */
      y0 = i == 0 ? bounds->y : (g_array_index (blocks, Span, i - 1).end + top) / 2;
      y1 = end + 1 == blocks->len ? bounds->y + bounds->height
           : (g_array_index (blocks, Span, end).end + g_array_index (blocks, Span, end + 1).start) / 2;
      spans = spans_in_band (boxes, n_boxes, y0, y1);
      row.x_extents = g_array_new (FALSE, FALSE, sizeof (Span));
      row.x_cuts = cut_axis (spans, bounds->x, bounds->x + bounds->width, page_width, _("wider"),
                             row.x_extents, &local_error);
      if (row.x_cuts == NULL)
        {
          g_array_unref (row.x_extents);
          if (end == i)
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return FALSE;
            }
          /* Try again with half as many levels in this row. */
          if (!cut_rows (self, blocks, i, i + (end - i) / 2, bounds, boxes, n_boxes, page_width, page_height, error))
            return FALSE;
          i = i + (end - i) / 2 + 1;
          continue;
        }
      row.cell_page = g_array_new (FALSE, TRUE, sizeof (guint));
      g_array_set_size (row.cell_page, row.x_cuts->len - 1);
      row.top = top;
      row.bottom = g_array_index (blocks, Span, end).end;
      g_array_append_val (self->rows, row);
      g_array_append_val (self->y_cuts, y1);
      self->max_columns = MAX (self->max_columns, row.x_cuts->len - 1);
      i = end + 1;
    }
  return TRUE;
}

OdPagination *
od_pagination_new (const OdPageRect *bounds,
                   const OdPageRect *boxes,
                   gsize             n_boxes,
                   double            page_width,
                   double            page_height,
                   GError          **error)
{
  g_autoptr(GArray) ys = g_array_sized_new (FALSE, FALSE, sizeof (Span), n_boxes);
  g_autoptr(GArray) blocks = NULL;
  g_autoptr(OdPagination) self = g_new0 (OdPagination, 1);

  g_return_val_if_fail (bounds != NULL, NULL);
  g_return_val_if_fail (n_boxes == 0 || boxes != NULL, NULL);
  g_return_val_if_fail (page_width > 0 && page_height > 0 && isfinite (page_width) && isfinite (page_height), NULL);

  self->pages = g_array_new (FALSE, FALSE, sizeof (OdPage));
  self->rows = g_array_new (FALSE, TRUE, sizeof (Row));
  self->y_cuts = g_array_new (FALSE, FALSE, sizeof (double));
  g_array_append_val (self->y_cuts, bounds->y);
  for (gsize i = 0; i < n_boxes; i++)
    {
      Span y = { boxes[i].y, boxes[i].y + boxes[i].height };
      g_array_append_val (ys, y);
    }
  blocks = solid_blocks (ys);
  if (blocks->len == 0)
    {
      /* Nothing to show: one empty page. */
      Row row = { g_array_new (FALSE, FALSE, sizeof (double)), g_array_new (FALSE, FALSE, sizeof (Span)),
                  bounds->y, bounds->y + bounds->height, g_array_new (FALSE, TRUE, sizeof (guint)) };
      double right = bounds->x + bounds->width, bottom = bounds->y + bounds->height;
      Span all = { bounds->x, right };
      g_array_append_val (row.x_cuts, bounds->x);
      g_array_append_val (row.x_cuts, right);
      g_array_append_val (row.x_extents, all);
      g_array_set_size (row.cell_page, 1);
      g_array_append_val (self->rows, row);
      g_array_append_val (self->y_cuts, bottom);
      self->max_columns = 1;
    }
  else if (!cut_rows (self, blocks, 0, blocks->len - 1, bounds, boxes, n_boxes, page_width, page_height, error))
    return NULL;

  for (gsize i = 0; i < n_boxes; i++)
    {
      Row *row = &g_array_index (self->rows, Row, interval_of (self->y_cuts, boxes[i].y + boxes[i].height / 2));
      g_array_index (row->cell_page, guint, interval_of (row->x_cuts, boxes[i].x + boxes[i].width / 2)) = 1;
    }
  /* Number the cells that hold something, row by row. */
  for (guint r = 0; r < self->rows->len; r++)
    {
      Row *row = &g_array_index (self->rows, Row, r);

      for (guint c = 0; c + 1 < row->x_cuts->len; c++)
        {
          guint *cell = &g_array_index (row->cell_page, guint, c);
          const Span *x = &g_array_index (row->x_extents, Span, c);
          OdPage page;

          if (*cell == 0 && n_boxes > 0)
            continue;
          page.number = self->pages->len + 1;
          page.row = r;
          page.column = c;
          page.area = (OdPageRect) { x->start, row->top, x->end - x->start, row->bottom - row->top };
          g_array_append_val (self->pages, page);
          *cell = page.number;
        }
    }
  return g_steal_pointer (&self);
}

void
od_pagination_free (OdPagination *self)
{
  if (self == NULL)
    return;
  for (guint r = 0; self->rows != NULL && r < self->rows->len; r++)
    {
      Row *row = &g_array_index (self->rows, Row, r);
      g_clear_pointer (&row->x_cuts, g_array_unref);
      g_clear_pointer (&row->x_extents, g_array_unref);
      g_clear_pointer (&row->cell_page, g_array_unref);
    }
  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_pointer (&self->pages, g_array_unref);
  g_clear_pointer (&self->y_cuts, g_array_unref);
  g_free (self);
}

guint
od_pagination_get_n_pages (OdPagination *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->pages->len;
}

const OdPage *
od_pagination_get_page (OdPagination *self,
                        guint         index)
{
  g_return_val_if_fail (self != NULL && index < self->pages->len, NULL);
  return &g_array_index (self->pages, OdPage, index);
}

guint
od_pagination_get_n_rows (OdPagination *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->y_cuts->len - 1;
}

guint
od_pagination_get_n_columns (OdPagination *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->max_columns;
}

const OdPage *
od_pagination_find_page (OdPagination     *self,
                         const OdPageRect *box)
{
  double cx, cy;
  Row *row;
  guint number;

  g_return_val_if_fail (self != NULL && box != NULL, NULL);
  cx = box->x + box->width / 2;
  cy = box->y + box->height / 2;
  if (cy < g_array_index (self->y_cuts, double, 0) || cy > g_array_index (self->y_cuts, double, self->y_cuts->len - 1))
    return NULL;
  row = &g_array_index (self->rows, Row, interval_of (self->y_cuts, cy));
  if (cx < g_array_index (row->x_cuts, double, 0) || cx > g_array_index (row->x_cuts, double, row->x_cuts->len - 1))
    return NULL;
  number = g_array_index (row->cell_page, guint, interval_of (row->x_cuts, cx));
  return number ? &g_array_index (self->pages, OdPage, number - 1) : NULL;
}
