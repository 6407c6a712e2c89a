/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-layout-index.c: a uniform grid over the chart, so that "what lies in
 * this rectangle" (a viewport, a page, a click) costs what is there, not
 * what the chart holds.
 *
 * Each cell lists the items whose rectangles touch it, stored as compressed
 * rows (a prefix sum of counts, then the items), built in two linear passes.
 * An item spanning several cells is listed in each; queries return it once
 * by stamping items as they are seen.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "od-layout-private.h"

void
_od_layout_index_clear (OdLayoutIndex *index)
{
  g_clear_pointer (&index->cell_start, g_free);
  g_clear_pointer (&index->items, g_free);
  g_clear_pointer (&index->stamps, g_free);
  index->cols = index->rows = 0;
  index->n_items = 0;
  index->stamp = 0;
}

static inline guint
clamp_cell (double v,
            double origin,
            double cell,
            guint  count)
{
  double c = floor ((v - origin) / cell);

  if (!(c >= 0))          /* also catches NaN */
    return 0;
  if (c >= count)
    return count - 1;
  return (guint) c;
}

/* How many cell entries @n_rects items take on a grid of @cell with
 * @cols × @rows cells, counting no further than @cap. */
static guint64
count_entries (const OdLayoutRect *rects,
               guint               n_rects,
               double              x0,
               double              y0,
               double              cell,
               guint               cols,
               guint               rows,
               guint64             cap)
{
  guint64 total = 0;

  for (guint i = 0; i < n_rects && total <= cap; i++)
    {
      const OdLayoutRect *r = &rects[i];
      guint64 w = clamp_cell (r->x + r->width, x0, cell, cols) - clamp_cell (r->x, x0, cell, cols) + 1;
      guint64 h = clamp_cell (r->y + r->height, y0, cell, rows) - clamp_cell (r->y, y0, cell, rows) + 1;

      total += w * h;
    }
  return total;
}

void
_od_layout_index_build (OdLayoutIndex      *index,
                        const OdLayoutRect *bounds,
                        const OdLayoutRect *rects,
                        guint               n_rects,
                        double              cell)
{
  guint n_cells;
  guint32 *fill;
  /* The index holds at most this many cell entries and cells: a few per
   * item.  Long items (the connector bar of a manager with thousands of
   * reports spans the chart) would otherwise be listed in every cell they
   * cross, which grows with the square of the chart (and wrapped 32-bit
   * counts at 300,000 units). */
  guint64 budget = 8 * (guint64) MAX (n_rects, 1) + 1024;

  _od_layout_index_clear (index);
  if (!(cell > 0) || !isfinite (cell))
    cell = 256;
  /* Keep the grid's cell count near the item count: a cell much smaller
   * than the chart's area per item would only cost memory. */
  {
    double area = MAX (bounds->width, 1) * MAX (bounds->height, 1);
    double min_cell = sqrt (area / MAX (n_rects, 1) / 4);

    cell = MAX (cell, min_cell);
  }
  index->x0 = bounds->x;
  index->y0 = bounds->y;
  /* Coarser cells until cells and entries fit the budget: each doubling
   * at least halves the cells an item crosses along its long side. */
  for (guint attempt = 0; ; attempt++)
    {
      double cols = MAX (ceil (MAX (bounds->width, 0) / cell), 1);
      double rows = MAX (ceil (MAX (bounds->height, 0) / cell), 1);

      if (cols * rows <= (double) budget)
        {
          index->cols = (guint) cols;
          index->rows = (guint) rows;
          if (attempt >= 64 ||
              count_entries (rects, n_rects, index->x0, index->y0, cell, index->cols, index->rows, budget) <= budget)
            break;
        }
      cell *= 2;
    }
  index->cell = cell;
  n_cells = index->cols * index->rows;
  index->n_items = n_rects;
  index->cell_start = g_new0 (guint32, n_cells + 1);
  index->stamps = g_new0 (guint32, MAX (n_rects, 1));

  /* Count, prefix-sum, then fill. */
  for (guint i = 0; i < n_rects; i++)
    {
      const OdLayoutRect *r = &rects[i];
      guint c0 = clamp_cell (r->x, index->x0, cell, index->cols);
      guint c1 = clamp_cell (r->x + r->width, index->x0, cell, index->cols);
      guint r0 = clamp_cell (r->y, index->y0, cell, index->rows);
      guint r1 = clamp_cell (r->y + r->height, index->y0, cell, index->rows);

      for (guint row = r0; row <= r1; row++)
        for (guint col = c0; col <= c1; col++)
          index->cell_start[row * index->cols + col + 1]++;
    }
  for (guint c = 0; c < n_cells; c++)
    index->cell_start[c + 1] += index->cell_start[c];
  index->items = g_new (guint32, MAX (index->cell_start[n_cells], 1));
  fill = g_memdup2 (index->cell_start, sizeof (guint32) * n_cells);
  for (guint i = 0; i < n_rects; i++)
    {
      const OdLayoutRect *r = &rects[i];
      guint c0 = clamp_cell (r->x, index->x0, cell, index->cols);
      guint c1 = clamp_cell (r->x + r->width, index->x0, cell, index->cols);
      guint r0 = clamp_cell (r->y, index->y0, cell, index->rows);
      guint r1 = clamp_cell (r->y + r->height, index->y0, cell, index->rows);

      for (guint row = r0; row <= r1; row++)
        for (guint col = c0; col <= c1; col++)
          index->items[fill[row * index->cols + col]++] = i;
    }
  g_free (fill);
}

static inline gboolean
intersects (const OdLayoutRect *a,
            const OdLayoutRect *b)
{
  return a->x <= b->x + b->width && b->x <= a->x + a->width &&
         a->y <= b->y + b->height && b->y <= a->y + a->height;
}

void
_od_layout_index_query (OdLayoutIndex      *index,
                        const OdLayoutRect *rects,
                        const OdLayoutRect *rect,
                        GArray             *out)
{
  guint c0, c1, r0, r1;

  if (index->n_items == 0 || index->cell_start == NULL)
    return;
  if (!isfinite (rect->x) || !isfinite (rect->y) ||
      !isfinite (rect->width) || !isfinite (rect->height) ||
      rect->width < 0 || rect->height < 0)
    return;
  /* Entirely outside the grid: nothing (clamping would find the border). */
  if (rect->x > index->x0 + index->cols * index->cell ||
      rect->y > index->y0 + index->rows * index->cell ||
      rect->x + rect->width < index->x0 || rect->y + rect->height < index->y0)
    return;

  if (++index->stamp == 0)
    {
      /* Wrapped after four billion queries: start the stamps afresh. */
      memset (index->stamps, 0, sizeof (guint32) * index->n_items);
      index->stamp = 1;
    }
  c0 = clamp_cell (rect->x, index->x0, index->cell, index->cols);
  c1 = clamp_cell (rect->x + rect->width, index->x0, index->cell, index->cols);
  r0 = clamp_cell (rect->y, index->y0, index->cell, index->rows);
  r1 = clamp_cell (rect->y + rect->height, index->y0, index->cell, index->rows);
  for (guint row = r0; row <= r1; row++)
    for (guint col = c0; col <= c1; col++)
      {
        guint cell = row * index->cols + col;

        for (guint32 k = index->cell_start[cell]; k < index->cell_start[cell + 1]; k++)
          {
            guint32 item = index->items[k];

            if (index->stamps[item] == index->stamp)
              continue;
            index->stamps[item] = index->stamp;
            if (intersects (&rects[item], rect))
              g_array_append_val (out, item);
          }
      }
}

int
_od_layout_index_find (OdLayoutIndex      *index,
                       const OdLayoutRect *rects,
                       double              x,
                       double              y)
{
  guint cell;

  if (index->n_items == 0 || index->cell_start == NULL || !isfinite (x) || !isfinite (y))
    return -1;
  if (x < index->x0 || y < index->y0 ||
      x > index->x0 + index->cols * index->cell || y > index->y0 + index->rows * index->cell)
    return -1;
  cell = clamp_cell (y, index->y0, index->cell, index->rows) * index->cols +
         clamp_cell (x, index->x0, index->cell, index->cols);
  for (guint32 k = index->cell_start[cell]; k < index->cell_start[cell + 1]; k++)
    {
      const OdLayoutRect *r = &rects[index->items[k]];

      if (x >= r->x && x <= r->x + r->width && y >= r->y && y <= r->y + r->height)
        return (int) index->items[k];
    }
  return -1;
}

guint
_od_layout_index_count_overlaps (OdLayoutIndex      *index,
                                 const OdLayoutRect *rects,
                                 const OdLayoutRect *rect,
                                 int                 skip_a,
                                 int                 skip_b,
                                 guint               cap)
{
  const double eps = 0.01;
  guint c0, c1, r0, r1, count = 0;

  if (index->n_items == 0 || index->cell_start == NULL || cap == 0)
    return 0;
  if (!isfinite (rect->x) || !isfinite (rect->y) ||
      !isfinite (rect->width) || !isfinite (rect->height))
    return 0;
  if (++index->stamp == 0)
    {
      memset (index->stamps, 0, sizeof (guint32) * index->n_items);
      index->stamp = 1;
    }
  c0 = clamp_cell (rect->x, index->x0, index->cell, index->cols);
  c1 = clamp_cell (rect->x + rect->width, index->x0, index->cell, index->cols);
  r0 = clamp_cell (rect->y, index->y0, index->cell, index->rows);
  r1 = clamp_cell (rect->y + rect->height, index->y0, index->cell, index->rows);
  for (guint row = r0; row <= r1; row++)
    for (guint col = c0; col <= c1; col++)
      {
        guint cell = row * index->cols + col;

        for (guint32 k = index->cell_start[cell]; k < index->cell_start[cell + 1]; k++)
          {
            guint32 item = index->items[k];
            const OdLayoutRect *r = &rects[item];

            if (index->stamps[item] == index->stamp)
              continue;
            index->stamps[item] = index->stamp;
            if ((int) item == skip_a || (int) item == skip_b)
              continue;
            /* The open insides meet: touching an edge is no crossing. */
            if (rect->x + rect->width > r->x + eps && rect->x < r->x + r->width - eps &&
                rect->y + rect->height > r->y + eps && rect->y < r->y + r->height - eps &&
                ++count >= cap)
              return count;
          }
      }
  return count;
}
