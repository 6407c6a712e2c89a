/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-page-plan.c: department pages (see the header).
 *
 * Each section is planned top-down by fit(): a node's leaf children (and
 * the subtrees that cannot be shown in full) go into a stack of columns
 * under it, its other children side by side; when the row is wider than
 * the page, the widest child subtree becomes a stub, until it fits.  A
 * stubbed subtree is planned later as a section of its own (depth first,
 * so a department's pages follow it), and sections are then packed onto
 * pages in shelves.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "od-page-plan.h"

#define EPS 1e-6

enum {
  CHILD_INLINE,     /* drawn as a subtree beside its siblings */
  CHILD_LEAF,       /* a leaf in the stacked columns */
  CHILD_STUB,       /* a stub in the stacked columns */
};

struct _OdPagePlan
{
  OdPagePlanMetrics m;
  guint    n;
  gint32  *first_child;
  gint32  *next_sibling;
  guint32 *size;
  /* Scratch of the last fit() of each node. */
  double  *bw, *bh;
  guint8  *state;          /* as a child: CHILD_* */
  guint32 *cols;           /* stacked columns under the node */
  /* Results. */
  gint32  *root_section;
  guint32 *node_section;
  GArray  *sections;       /* OdPlanSection */
  GArray  *boxes;          /* OdPlacedBox */
  GArray  *segments;       /* OdPlanSegment */
  GArray  *page_first;     /* guint: into page_order, per page, and the end */
  GArray  *page_order;     /* guint: section indices, page by page */
  GArray  *tmp;            /* guint32: inline children during fit() */
  GArray  *pending;        /* guint32: stubs of the section being placed */
  GArray  *stack;          /* guint32: section roots still to plan */
};

static double
column_width (const OdPagePlanMetrics *m)
{
  return m->indent + m->box_width;
}

static double
grid_width (const OdPagePlanMetrics *m,
            guint                    cols)
{
  return cols == 0 ? 0 : cols * column_width (m) + (cols - 1) * m->sibling_gap;
}

static guint
rows_in (const OdPagePlanMetrics *m,
         double                   height)
{
  double rows = floor ((height + m->stack_gap + EPS) / (m->box_height + m->stack_gap));
  return rows < 1 ? 1 : (guint) MIN (rows, 1e6);
}

/* Scales the metrics down until a page holds a box with two levels of
 * children under it and a header, and two stacked columns side by side:
 * tiny custom paper still gets a chart. */
static void
normalise_metrics (OdPagePlanMetrics *m)
{
  for (guint i = 0; i < 40; i++)
    {
      double need_w = MAX (2 * column_width (m) + m->sibling_gap, m->min_section_width);
      double need_h = m->header_height + 3 * m->box_height + m->level_gap + 2 * m->stack_gap;

      if (m->page_width + EPS >= need_w && m->page_height + EPS >= need_h)
        return;
      m->box_width *= 0.8;
      m->box_height *= 0.8;
      m->level_gap *= 0.8;
      m->sibling_gap *= 0.8;
      m->stack_gap *= 0.8;
      m->indent *= 0.8;
      m->header_height *= 0.8;
      m->section_gap *= 0.8;
      m->min_section_width *= 0.8;
    }
}

static int
compare_wider_first (gconstpointer a,
                     gconstpointer b,
                     gpointer      data)
{
  const double *bw = data;
  double wa = bw[*(const guint32 *) a], wb = bw[*(const guint32 *) b];

  if (wa != wb)
    return wa > wb ? -1 : 1;
  /* Equal widths: the later sibling goes first, so stubs gather at the end. */
  return *(const guint32 *) a > *(const guint32 *) b ? -1 : 1;
}

/* Decides how @v's subtree is shown in at most @max_w × @max_h; FALSE when
 * it cannot be (then @v is shown as a stub). */
static gboolean
fit (OdPagePlan *self,
     guint32     v,
     double      max_w,
     double      max_h)
{
  const OdPagePlanMetrics *m = &self->m;
  double W = m->box_width, H = m->box_height;
  double avail_h, inline_w = 0, inline_h = 0, total, gh;
  guint base = self->tmp->len, next_stub, n_inline, ngrid = 0, rows_max, cols;

  if (self->first_child[v] < 0)
    {
      self->bw[v] = W;
      self->bh[v] = H;
      return W <= max_w + EPS && H <= max_h + EPS;
    }
  if (2 * H + m->level_gap > max_h + EPS || W > max_w + EPS)
    return FALSE;
  avail_h = max_h - H - m->level_gap;

  for (gint32 c = self->first_child[v]; c >= 0; c = self->next_sibling[c])
    {
      if (self->first_child[c] < 0)
        {
          self->state[c] = CHILD_LEAF;
          ngrid++;
        }
      else if (fit (self, (guint32) c, max_w, avail_h))
        {
          guint32 cc = (guint32) c;
          self->state[c] = CHILD_INLINE;
          g_array_append_val (self->tmp, cc);
          inline_w += self->bw[c];
        }
      else
        {
          self->state[c] = CHILD_STUB;
          ngrid++;
        }
    }
  n_inline = self->tmp->len - base;
  if (n_inline > 1)
    g_qsort_with_data (&g_array_index (self->tmp, guint32, base), (gint) n_inline, sizeof (guint32),
                       compare_wider_first, self->bw);

  rows_max = rows_in (m, avail_h);
  next_stub = base;
  for (;;)
    {
      guint blocks;

      cols = ngrid == 0 ? 0 : (ngrid + rows_max - 1) / rows_max;
      blocks = (cols > 0 ? 1 : 0) + (self->tmp->len - next_stub);
      total = grid_width (m, cols) + inline_w + (blocks > 0 ? (blocks - 1) * m->sibling_gap : 0);
      if (total <= max_w + EPS)
        break;
      if (next_stub == self->tmp->len)
        {
          g_array_set_size (self->tmp, base);
          return FALSE;
        }
      /* The widest subtree is shown narrower (its own departments as
       * stubs), or else goes to a page of its own. */
      {
        guint32 c = g_array_index (self->tmp, guint32, next_stub);
        double old_w = self->bw[c], target = old_w - (total - max_w);

        if (target >= W && fit (self, c, target, avail_h))
          {
            inline_w += self->bw[c] - old_w;
            /* Shown narrower once; if still too wide it goes next time. */
            g_array_index (self->tmp, guint32, next_stub) = c;
            if (self->bw[c] >= old_w - EPS)
              {
                self->state[c] = CHILD_STUB;
                inline_w -= self->bw[c];
                ngrid++;
                next_stub++;
              }
            continue;
          }
        self->state[c] = CHILD_STUB;
        inline_w -= old_w;
        ngrid++;
        next_stub++;
      }
    }
  for (guint i = next_stub; i < self->tmp->len; i++)
    inline_h = MAX (inline_h, self->bh[g_array_index (self->tmp, guint32, i)]);

  /* Beside subtrees, a stack need not be taller than they are when the
   * width allows more columns. */
  if (cols > 0 && inline_h > 0)
    {
      guint rows_t = rows_in (m, inline_h);
      guint cols_bal = (ngrid + rows_t - 1) / rows_t;

      if (cols_bal > cols)
        {
          guint extra = (guint) floor ((max_w - total + EPS) / (column_width (m) + m->sibling_gap));
          guint new_cols = MIN (cols_bal, cols + extra);

          total += grid_width (m, new_cols) - grid_width (m, cols);
          cols = new_cols;
        }
    }
  gh = 0;
  if (cols > 0)
    {
      guint rows = (ngrid + cols - 1) / cols;
      gh = rows * (H + m->stack_gap) - m->stack_gap;
    }
  self->cols[v] = cols;
  self->bw[v] = MAX (W, total);
  self->bh[v] = H + m->level_gap + MAX (gh, inline_h);
  g_array_set_size (self->tmp, base);
  return TRUE;
}

static void
add_segment (OdPagePlan *self,
             double      x0,
             double      y0,
             double      x1,
             double      y1)
{
  OdPlanSegment s = { x0, y0, x1, y1 };
  g_array_append_val (self->segments, s);
}

static void
add_box (OdPagePlan *self,
         guint32     node,
         guint32     kind,
         double      x,
         double      y)
{
  OdPlacedBox b = { node, kind, x, y };

  g_array_append_val (self->boxes, b);
  if (kind == OD_PLACED_UNIT)
    self->node_section[node] = self->sections->len - 1;
  else
    g_array_append_val (self->pending, node);
}

/* Stacked columns of @n items (@items, or @v's children marked as leaves
 * or stubs when @items is NULL), column by column, top left at (@x, @y),
 * hanging from the bus at @bus_y. */
static void
place_grid (OdPagePlan    *self,
            gint32         v,
            const guint32 *items,
            guint          n,
            guint          cols,
            double         x,
            double         y,
            double         bus_y,
            double        *lo,
            double        *hi)
{
  const OdPagePlanMetrics *m = &self->m;
  guint rows = (n + cols - 1) / cols, i = 0;
  gint32 c = items == NULL ? self->first_child[v] : -1;

  for (guint k = 0; k < n; k++)
    {
      guint32 item, kind;
      guint col = i / rows, row = i % rows;
      double colx = x + col * (column_width (m) + m->sibling_gap);
      double spine = colx + m->indent / 2;
      double by = y + row * (m->box_height + m->stack_gap);

      if (items != NULL)
        {
          item = items[k];
          kind = self->first_child[item] < 0 ? OD_PLACED_UNIT : OD_PLACED_STUB;
        }
      else
        {
          while (self->state[c] == CHILD_INLINE)
            c = self->next_sibling[c];
          item = (guint32) c;
          kind = self->state[c] == CHILD_LEAF ? OD_PLACED_UNIT : OD_PLACED_STUB;
          c = self->next_sibling[c];
        }
      add_box (self, item, kind, colx + m->indent, by);
      add_segment (self, spine, by + m->box_height / 2, colx + m->indent, by + m->box_height / 2);
      if (row == rows - 1 || k == n - 1)
        {
          add_segment (self, spine, bus_y, spine, by + m->box_height / 2);
          *lo = MIN (*lo, spine);
          *hi = MAX (*hi, spine);
        }
      i++;
    }
}

/* Places @v's block (as fit() decided it) with its top left at (@x, @y). */
static void
place (OdPagePlan *self,
       guint32     v,
       double      x,
       double      y)
{
  const OdPagePlanMetrics *m = &self->m;
  double W = m->box_width, H = m->box_height;
  double box_x = x + (self->bw[v] - W) / 2, px = box_x + W / 2;
  double cy = y + H + m->level_gap, bus_y = y + H + m->level_gap / 2;
  double lo = px, hi = px, cx, row_w;
  guint ngrid = 0;
  guint cols = self->cols[v];

  add_box (self, v, OD_PLACED_UNIT, box_x, y);
  if (self->first_child[v] < 0)
    return;
  add_segment (self, px, y + H, px, bus_y);
  row_w = grid_width (m, cols);
  for (gint32 c = self->first_child[v]; c >= 0; c = self->next_sibling[c])
    if (self->state[c] == CHILD_INLINE)
      row_w += (row_w > 0 ? m->sibling_gap : 0) + self->bw[c];
    else
      ngrid++;
  cx = x + (self->bw[v] - row_w) / 2;
  if (cols > 0)
    {
      place_grid (self, (gint32) v, NULL, ngrid, cols, cx, cy, bus_y, &lo, &hi);
      cx += grid_width (m, cols) + m->sibling_gap;
    }
  for (gint32 c = self->first_child[v]; c >= 0; c = self->next_sibling[c])
    {
      double attach;

      if (self->state[c] != CHILD_INLINE)
        continue;
      place (self, (guint32) c, cx, cy);
      attach = cx + self->bw[c] / 2;
      add_segment (self, attach, bus_y, attach, cy);
      lo = MIN (lo, attach);
      hi = MAX (hi, attach);
      cx += self->bw[c] + m->sibling_gap;
    }
  if (hi > lo)
    add_segment (self, lo, bus_y, hi, bus_y);
}

static OdPlanSection *
begin_section (OdPagePlan *self,
               guint32     root,
               guint       part,
               guint       n_parts)
{
  OdPlanSection s = { 0 };

  s.root = root;
  s.part = part;
  s.n_parts = n_parts;
  s.first_box = self->boxes->len;
  s.first_segment = self->segments->len;
  if (part == 0)
    self->root_section[root] = (gint32) self->sections->len;
  g_array_append_val (self->sections, s);
  g_array_set_size (self->pending, 0);
  return &g_array_index (self->sections, OdPlanSection, self->sections->len - 1);
}

static void
end_section (OdPagePlan *self,
             double      width,
             double      height)
{
  OdPlanSection *s = &g_array_index (self->sections, OdPlanSection, self->sections->len - 1);

  s->width = MAX (width, self->m.min_section_width);
  s->height = self->m.header_height + height;
  s->n_boxes = self->boxes->len - s->first_box;
  s->n_segments = self->segments->len - s->first_segment;
  /* Depth first, in document order: a department's own pages follow it. */
  for (guint i = self->pending->len; i > 0; i--)
    g_array_append_val (self->stack, g_array_index (self->pending, guint32, i - 1));
}

/* A unit with more reports than a page holds: its boxes continue over as
 * many sections as they need, each headed by the unit again. */
static void
plan_continued (OdPagePlan *self,
                guint32     root)
{
  const OdPagePlanMetrics *m = &self->m;
  double W = m->box_width, H = m->box_height;
  double avail = m->page_height - m->header_height;
  guint rows_max = rows_in (m, avail - H - m->level_gap);
  guint cols_max = MAX (1, (guint) floor ((m->page_width + m->sibling_gap + EPS) / (column_width (m) + m->sibling_gap)));
  guint cap = rows_max * cols_max;
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (guint32));
  guint n_parts;

  for (gint32 c = self->first_child[root]; c >= 0; c = self->next_sibling[c])
    {
      guint32 cc = (guint32) c;
      g_array_append_val (items, cc);
    }
  n_parts = (items->len + cap - 1) / cap;
  for (guint part = 0; part < n_parts; part++)
    {
      guint first = part * cap, n = MIN (cap, items->len - first);
      guint cols = (n + rows_max - 1) / rows_max;
      double gw = grid_width (m, cols), bw = MAX (W, gw);
      guint rows = (n + cols - 1) / cols;
      double box_x = (bw - W) / 2, px = box_x + W / 2, y0 = m->header_height;
      double bus_y = y0 + H + m->level_gap / 2, lo = px, hi = px;

      begin_section (self, root, part, n_parts);
      add_box (self, root, OD_PLACED_UNIT, box_x, y0);
      if (part > 0)
        self->node_section[root] = (guint32) self->root_section[root];
      add_segment (self, px, y0 + H, px, bus_y);
      place_grid (self, -1, &g_array_index (items, guint32, first), n, cols, (bw - gw) / 2,
                  y0 + H + m->level_gap, bus_y, &lo, &hi);
      if (hi > lo)
        add_segment (self, lo, bus_y, hi, bus_y);
      end_section (self, bw, H + m->level_gap + rows * (H + m->stack_gap) - m->stack_gap);
    }
}

static void
plan_section (OdPagePlan *self,
              guint32     root)
{
  double avail = self->m.page_height - self->m.header_height;

  if (fit (self, root, self->m.page_width, avail))
    {
      begin_section (self, root, 0, 1);
      place (self, root, 0, self->m.header_height);
      end_section (self, self->bw[root], self->bh[root]);
    }
  else
    plan_continued (self, root);
}

/* A page's skyline: spans of its width, each with the height already
 * used under it, left to right, covering the whole width. */
typedef struct {
  double x, width, top;
} Span;

typedef struct {
  GArray *skyline;        /* Span */
} PageSpace;

/* Puts @s at the lowest place on @space where it fits (leftmost of equal
 * ones), raising the skyline under it; FALSE when the page has no room. */
static gboolean
try_page (const OdPagePlanMetrics *m,
          PageSpace               *space,
          OdPlanSection           *s)
{
  GArray *sky = space->skyline;
  double best_y = G_MAXDOUBLE, best_x = 0;
  guint n = sky->len;
  Span placed;
  g_autoptr(GArray) next = NULL;

  for (guint i = 0; i < n; i++)
    {
      double x = g_array_index (sky, Span, i).x, y = 0;

      if (x + s->width > m->page_width + EPS)
        break;
      for (guint j = i; j < n; j++)
        {
          const Span *sp = &g_array_index (sky, Span, j);

          if (sp->x >= x + s->width - EPS)
            break;
          y = MAX (y, sp->top);
        }
      if (y + s->height <= m->page_height + EPS && y < best_y - EPS)
        {
          best_y = y;
          best_x = x;
        }
    }
  if (best_y == G_MAXDOUBLE)
    return FALSE;
  s->x = best_x;
  s->y = best_y;

  /* The new skyline: spans left of the section, the section (with the gap
   * below it), spans right of it. */
  placed = (Span) { best_x, MIN (s->width + m->section_gap, m->page_width - best_x), best_y + s->height + m->section_gap };
  next = g_array_sized_new (FALSE, FALSE, sizeof (Span), n + 2);
  for (guint i = 0; i < n; i++)
    {
      Span sp = g_array_index (sky, Span, i);
      double end = sp.x + sp.width;

      if (end <= placed.x + EPS)
        g_array_append_val (next, sp);
      else if (sp.x < placed.x)
        {
          Span left = { sp.x, placed.x - sp.x, sp.top };
          g_array_append_val (next, left);
        }
    }
  g_array_append_val (next, placed);
  for (guint i = 0; i < n; i++)
    {
      Span sp = g_array_index (sky, Span, i);
      double end = sp.x + sp.width, pend = placed.x + placed.width;

      if (end <= pend + EPS)
        continue;
      if (sp.x < pend)
        {
          sp.width = end - pend;
          sp.x = pend;
        }
      g_array_append_val (next, sp);
    }
  g_array_set_size (sky, 0);
  g_array_append_vals (sky, next->data, next->len);
  return TRUE;
}

/* How many of the latest pages a section may go back to: enough to fill
 * the gaps departments leave, few enough that a department stays near the
 * pages of its parent. */
#define PACK_LOOKBACK 16

/* Sections in the order they were planned, each on the first of the
 * latest pages with room for it (bottom-left on a skyline), else a new
 * page. */
static void
pack (OdPagePlan *self)
{
  const OdPagePlanMetrics *m = &self->m;
  g_autoptr(GArray) pages = g_array_new (FALSE, TRUE, sizeof (PageSpace));
  g_autofree guint *count = NULL;
  guint n_pages;

  for (guint i = 0; i < self->sections->len; i++)
    {
      OdPlanSection *s = &g_array_index (self->sections, OdPlanSection, i);
      gboolean placed = FALSE;
      guint from = pages->len > PACK_LOOKBACK ? pages->len - PACK_LOOKBACK : 0;

      if (m->share_pages)
        for (guint p = from; p < pages->len && !placed; p++)
          if (try_page (m, &g_array_index (pages, PageSpace, p), s))
            {
              s->page = p;
              placed = TRUE;
            }
      if (!placed)
        {
          PageSpace space = { g_array_new (FALSE, FALSE, sizeof (Span)) };
          Span all = { 0, self->m.page_width, 0 };

          g_array_append_val (space.skyline, all);
          g_array_append_val (pages, space);
          s->page = pages->len - 1;
          try_page (m, &g_array_index (pages, PageSpace, pages->len - 1), s);
        }
    }
  n_pages = MAX (pages->len, 1);
  for (guint p = 0; p < pages->len; p++)
    g_array_unref (g_array_index (pages, PageSpace, p).skyline);

  /* Each page's sections, in planning order. */
  count = g_new0 (guint, n_pages + 1);
  for (guint i = 0; i < self->sections->len; i++)
    count[g_array_index (self->sections, OdPlanSection, i).page + 1]++;
  for (guint p = 0; p < n_pages; p++)
    count[p + 1] += count[p];
  g_array_set_size (self->page_first, n_pages + 1);
  memcpy (self->page_first->data, count, sizeof (guint) * (n_pages + 1));
  g_array_set_size (self->page_order, self->sections->len);
  for (guint i = 0; i < self->sections->len; i++)
    g_array_index (self->page_order, guint, count[g_array_index (self->sections, OdPlanSection, i).page]++) = i;
}

OdPagePlan *
od_page_plan_new (const gint32            *parent,
                  guint                    n_nodes,
                  const OdPagePlanMetrics *metrics)
{
  OdPagePlan *self;
  g_autofree gint32 *last_child = NULL;

  g_return_val_if_fail (n_nodes == 0 || parent != NULL, NULL);
  g_return_val_if_fail (metrics != NULL && metrics->page_width > 0 && metrics->page_height > 0, NULL);

  self = g_new0 (OdPagePlan, 1);
  self->m = *metrics;
  normalise_metrics (&self->m);
  self->n = n_nodes;
  self->first_child = g_new (gint32, MAX (n_nodes, 1));
  self->next_sibling = g_new (gint32, MAX (n_nodes, 1));
  self->size = g_new (guint32, MAX (n_nodes, 1));
  self->bw = g_new0 (double, MAX (n_nodes, 1));
  self->bh = g_new0 (double, MAX (n_nodes, 1));
  self->state = g_new0 (guint8, MAX (n_nodes, 1));
  self->cols = g_new0 (guint32, MAX (n_nodes, 1));
  self->root_section = g_new (gint32, MAX (n_nodes, 1));
  self->node_section = g_new0 (guint32, MAX (n_nodes, 1));
  self->sections = g_array_new (FALSE, TRUE, sizeof (OdPlanSection));
  self->boxes = g_array_sized_new (FALSE, FALSE, sizeof (OdPlacedBox), n_nodes + n_nodes / 8 + 1);
  self->segments = g_array_sized_new (FALSE, FALSE, sizeof (OdPlanSegment), 2 * n_nodes + 1);
  self->page_first = g_array_new (FALSE, FALSE, sizeof (guint));
  self->page_order = g_array_new (FALSE, FALSE, sizeof (guint));
  self->tmp = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->pending = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->stack = g_array_new (FALSE, FALSE, sizeof (guint32));

  last_child = g_new (gint32, MAX (n_nodes, 1));
  for (guint i = 0; i < n_nodes; i++)
    {
      self->first_child[i] = self->next_sibling[i] = last_child[i] = -1;
      self->root_section[i] = -1;
      self->size[i] = 1;
      if (parent[i] >= 0)
        {
          gint32 p = parent[i];

          g_return_val_if_fail ((guint) p < i, (od_page_plan_free (self), NULL));
          if (last_child[p] < 0)
            self->first_child[p] = (gint32) i;
          else
            self->next_sibling[last_child[p]] = (gint32) i;
          last_child[p] = (gint32) i;
        }
    }
  /* Pre-order: children after parents, so a backward pass sums subtrees. */
  for (guint i = n_nodes; i > 0; i--)
    if (parent[i - 1] >= 0)
      self->size[parent[i - 1]] += self->size[i - 1];

  /* Top nodes in order, each followed by its departments. */
  for (guint i = n_nodes; i > 0; i--)
    if (parent[i - 1] < 0)
      {
        guint32 top = i - 1;
        g_array_append_val (self->stack, top);
      }
  while (self->stack->len > 0)
    {
      guint32 root = g_array_index (self->stack, guint32, self->stack->len - 1);

      g_array_set_size (self->stack, self->stack->len - 1);
      plan_section (self, root);
    }
  pack (self);
  /* Planning scratch is not needed for drawing. */
  g_clear_pointer (&self->bw, g_free);
  g_clear_pointer (&self->bh, g_free);
  g_clear_pointer (&self->state, g_free);
  g_clear_pointer (&self->cols, g_free);
  return self;
}

void
od_page_plan_free (OdPagePlan *self)
{
  if (self == NULL)
    return;
  g_free (self->first_child);
  g_free (self->next_sibling);
  g_free (self->size);
  g_free (self->bw);
  g_free (self->bh);
  g_free (self->state);
  g_free (self->cols);
  g_free (self->root_section);
  g_free (self->node_section);
  g_array_unref (self->sections);
  g_array_unref (self->boxes);
  g_array_unref (self->segments);
  g_array_unref (self->page_first);
  g_array_unref (self->page_order);
  g_array_unref (self->tmp);
  g_array_unref (self->pending);
  g_array_unref (self->stack);
  g_free (self);
}

const OdPagePlanMetrics *
od_page_plan_get_metrics (OdPagePlan *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return &self->m;
}

guint
od_page_plan_get_n_pages (OdPagePlan *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->page_first->len - 1;
}

const OdPlanSection *
od_page_plan_get_sections (OdPagePlan *self,
                           guint      *n_sections)
{
  g_return_val_if_fail (self != NULL, NULL);
  if (n_sections != NULL)
    *n_sections = self->sections->len;
  return (const OdPlanSection *) self->sections->data;
}

const OdPlacedBox *
od_page_plan_get_boxes (OdPagePlan *self,
                        guint      *n_boxes)
{
  g_return_val_if_fail (self != NULL, NULL);
  if (n_boxes != NULL)
    *n_boxes = self->boxes->len;
  return (const OdPlacedBox *) self->boxes->data;
}

const OdPlanSegment *
od_page_plan_get_segments (OdPagePlan *self,
                           guint      *n_segments)
{
  g_return_val_if_fail (self != NULL, NULL);
  if (n_segments != NULL)
    *n_segments = self->segments->len;
  return (const OdPlanSegment *) self->segments->data;
}

int
od_page_plan_section_of_root (OdPagePlan *self,
                              guint32     node)
{
  g_return_val_if_fail (self != NULL && node < self->n, -1);
  return self->root_section[node];
}

guint
od_page_plan_section_of_node (OdPagePlan *self,
                              guint32     node)
{
  g_return_val_if_fail (self != NULL && node < self->n, 0);
  return self->node_section[node];
}

guint
od_page_plan_subtree_size (OdPagePlan *self,
                           guint32     node)
{
  g_return_val_if_fail (self != NULL && node < self->n, 0);
  return self->size[node];
}

const guint *
od_page_plan_page_sections (OdPagePlan *self,
                            guint       page,
                            guint      *n_sections)
{
  guint start;

  g_return_val_if_fail (self != NULL && n_sections != NULL, NULL);
  if (page + 1 >= self->page_first->len)
    {
      *n_sections = 0;
      return NULL;
    }
  start = g_array_index (self->page_first, guint, page);
  *n_sections = g_array_index (self->page_first, guint, page + 1) - start;
  return &g_array_index (self->page_order, guint, start);
}
