/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-page-plan.c: department pages (see the header).
 *
 * Each section is planned top-down by fit(): a node's leaf children (and
 * the subtrees that cannot be shown in full) go into a stack of columns
 * under it, its other children side by side; when the row is wider than
 * the page, the widest child subtree becomes a stub, until it fits.  A
 * stubbed subtree is planned later as a section of its own (depth first,
 * so a department's pages follow it).  Each section is placed as soon as
 * it is planned, on a page's skyline: the lowest free place on one of the
 * latest pages (never the page of the stub that leads to it), else the
 * section planned again to a page's free part, else a new page.  The
 * skyline follows what a section draws, not its rectangle, so the room
 * under a department's shorter columns takes later sections.
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
  guint32 *stub_page;      /* the page of the stub leading to a node */
  GArray  *pages;          /* GArray of Span: each page's skyline while planning */
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
    {
      self->stub_page[node] = g_array_index (self->sections, OdPlanSection, self->sections->len - 1).page;
      g_array_append_val (self->pending, node);
    }
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

/* A page's skyline: spans of its width, each with the height already
 * used under it, left to right, covering the whole width. */
typedef struct {
  double x, width, top;
} Span;

/* The lowest place on @sky where a block of @w × @h fits (leftmost of
 * equal ones); FALSE when the page has no room. */
static gboolean
find_spot (const OdPagePlanMetrics *m,
           GArray                  *sky,
           double                   w,
           double                   h,
           double                  *out_x,
           double                  *out_y)
{
  double best_y = G_MAXDOUBLE, best_x = 0;

  for (guint i = 0; i < sky->len; i++)
    {
      double x = g_array_index (sky, Span, i).x, y = 0;

      if (x + w > m->page_width + EPS)
        break;
      for (guint j = i; j < sky->len; j++)
        {
          const Span *sp = &g_array_index (sky, Span, j);

          if (sp->x >= x + w - EPS)
            break;
          y = MAX (y, sp->top);
        }
      if (y + h <= m->page_height + EPS && y < best_y - EPS)
        {
          best_y = y;
          best_x = x;
        }
    }
  if (best_y == G_MAXDOUBLE)
    return FALSE;
  *out_x = best_x;
  *out_y = best_y;
  return TRUE;
}

static GArray *
page_sky (OdPagePlan *self,
          guint       page)
{
  return g_array_index (self->pages, GArray *, page);
}

/* Raises the skyline to at least @top over [@x0, @x1), merging spans
 * that end up level. */
static void
raise_sky (const OdPagePlanMetrics *m,
           GArray                  *sky,
           double                   x0,
           double                   x1,
           double                   top)
{
  g_autoptr(GArray) next = NULL;

  x0 = MAX (x0, 0);
  x1 = MIN (x1, m->page_width);
  if (x1 <= x0 + EPS)
    return;
  next = g_array_sized_new (FALSE, FALSE, sizeof (Span), sky->len + 2);
  for (guint i = 0; i < sky->len; i++)
    {
      Span sp = g_array_index (sky, Span, i);
      double end = sp.x + sp.width;
      Span part[3] = {
        { sp.x, MIN (end, x0) - sp.x, sp.top },
        { MAX (sp.x, x0), MIN (end, x1) - MAX (sp.x, x0), MAX (sp.top, top) },
        { MAX (sp.x, x1), end - MAX (sp.x, x1), sp.top },
      };

      for (guint k = 0; k < 3; k++)
        {
          Span *last = next->len > 0 ? &g_array_index (next, Span, next->len - 1) : NULL;

          if (part[k].width <= EPS)
            continue;
          if (last != NULL && fabs (last->top - part[k].top) <= EPS)
            last->width = part[k].x + part[k].width - last->x;
          else
            g_array_append_val (next, part[k]);
        }
    }
  g_array_set_size (sky, 0);
  g_array_append_vals (sky, next->data, next->len);
}

/* Raises the page's skyline under what section @s draws, with the gap
 * sections keep around them: under its header line, and under each box
 * and connector, not the whole rectangle, so the next sections may use
 * the room below a department's shorter columns. */
typedef struct {
  double x0, x1, bottom;
} Reach;

static int
compare_reach (gconstpointer a,
               gconstpointer b)
{
  const Reach *ra = a, *rb = b;

  if (ra->x0 != rb->x0)
    return ra->x0 < rb->x0 ? -1 : 1;
  if (ra->x1 != rb->x1)
    return ra->x1 < rb->x1 ? -1 : 1;
  return 0;
}

static void
occupy (OdPagePlan          *self,
        const OdPlanSection *s)
{
  const OdPagePlanMetrics *m = &self->m;
  GArray *sky = page_sky (self, s->page);
  double gap = m->section_gap;
  g_autoptr(GArray) reach = g_array_sized_new (FALSE, FALSE, sizeof (Reach), s->n_boxes + s->n_segments + 1);
  guint n = 0;

  for (guint i = s->first_box; i < s->first_box + s->n_boxes; i++)
    {
      const OdPlacedBox *b = &g_array_index (self->boxes, OdPlacedBox, i);
      /* The indent left of a box holds its connector. */
      Reach r = { b->x - m->indent - gap, b->x + m->box_width + gap, b->y + m->box_height + gap };

      g_array_append_val (reach, r);
    }
  for (guint i = s->first_segment; i < s->first_segment + s->n_segments; i++)
    {
      const OdPlanSegment *g = &g_array_index (self->segments, OdPlanSegment, i);
      Reach r = { MIN (g->x0, g->x1) - gap, MAX (g->x0, g->x1) + gap, MAX (g->y0, g->y1) + gap };

      g_array_append_val (reach, r);
    }
  /* Boxes stacked in a column reach across the same width: only the
   * lowest of each raises the skyline. */
  g_array_sort (reach, compare_reach);
  for (guint i = 0; i < reach->len; i++)
    {
      Reach *r = &g_array_index (reach, Reach, i), *last = n > 0 ? &g_array_index (reach, Reach, n - 1) : NULL;

      if (last != NULL && last->x0 == r->x0 && last->x1 == r->x1)
        last->bottom = MAX (last->bottom, r->bottom);
      else
        g_array_index (reach, Reach, n++) = *r;
    }
  raise_sky (m, sky, s->x, s->x + s->width + gap, s->y + m->header_height + gap);
  for (guint i = 0; i < n; i++)
    {
      const Reach *r = &g_array_index (reach, Reach, i);

      raise_sky (m, sky, s->x + r->x0, s->x + r->x1, s->y + r->bottom);
    }
}

/* The free room at the height of skyline span @i: the run of spans
 * around it no higher than it, to the left as well as to the right (a
 * hole under a department's tallest column in the middle also reaches
 * under its shorter columns left of it).  Returns the run's left edge;
 * its width in *@width. */
static double
hole_at (GArray *sky,
         guint   i,
         double *width)
{
  const Span *start = &g_array_index (sky, Span, i);
  guint first = i;
  double x0, w = 0;

  while (first > 0 && g_array_index (sky, Span, first - 1).top <= start->top + EPS)
    first--;
  x0 = g_array_index (sky, Span, first).x;
  for (guint j = first; j < sky->len; j++)
    {
      const Span *sp = &g_array_index (sky, Span, j);

      if (sp->top > start->top + EPS)
        break;
      w = sp->x + sp->width - x0;
    }
  *width = w;
  return x0;
}

/* How many of the latest pages a section may go back to: enough to fill
 * the gaps departments leave, few enough that a department stays near the
 * pages of its parent. */
#define PACK_LOOKBACK 16

static guint
first_open_page (OdPagePlan *self)
{
  return self->pages->len > PACK_LOOKBACK ? self->pages->len - PACK_LOOKBACK : 0;
}

static guint
new_page (OdPagePlan *self)
{
  GArray *sky = g_array_new (FALSE, FALSE, sizeof (Span));
  Span all = { 0, self->m.page_width, 0 };

  g_array_append_val (sky, all);
  g_array_append_val (self->pages, sky);
  return self->pages->len - 1;
}

/* A place for a section of @w × @h on one of the latest pages, but not on
 * @avoid (the page of the stub that leads to it: a link should turn the
 * page); else on a new page. */
static void
locate (OdPagePlan *self,
        double      w,
        double      h,
        guint       avoid,
        guint      *page,
        double     *x,
        double     *y)
{
  if (self->m.share_pages)
    for (guint p = first_open_page (self); p < self->pages->len; p++)
      if (p != avoid && find_spot (&self->m, page_sky (self, p), w, h, x, y))
        {
          *page = p;
          return;
        }
  *page = new_page (self);
  *x = *y = 0;
}

static OdPlanSection *
begin_section (OdPagePlan *self,
               guint32     root,
               guint       part,
               guint       n_parts,
               guint       page,
               double      x,
               double      y)
{
  OdPlanSection s = { 0 };

  s.root = root;
  s.part = part;
  s.n_parts = n_parts;
  s.page = page;
  s.x = x;
  s.y = y;
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
  occupy (self, s);
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
      double height = H + m->level_gap + rows * (H + m->stack_gap) - m->stack_gap;
      guint page;
      double sx, sy;

      locate (self, MAX (bw, m->min_section_width), m->header_height + height, self->stub_page[root],
              &page, &sx, &sy);
      begin_section (self, root, part, n_parts, page, sx, sy);
      add_box (self, root, OD_PLACED_UNIT, box_x, y0);
      if (part > 0)
        self->node_section[root] = (guint32) self->root_section[root];
      add_segment (self, px, y0 + H, px, bus_y);
      place_grid (self, -1, &g_array_index (items, guint32, first), n, cols, (bw - gw) / 2,
                  y0 + H + m->level_gap, bus_y, &lo, &hi);
      if (hi > lo)
        add_segment (self, lo, bus_y, hi, bus_y);
      end_section (self, bw, height);
    }
}

/* How many units of @v's subtree its last fit() shows (not as stubs). */
static guint
count_shown (OdPagePlan *self,
             guint32     v)
{
  guint n = 1;

  for (gint32 c = self->first_child[v]; c >= 0; c = self->next_sibling[c])
    if (self->state[c] == CHILD_LEAF)
      n++;
    else if (self->state[c] == CHILD_INLINE)
      n += count_shown (self, (guint32) c);
  return n;
}

typedef struct {
  guint  page;
  double x, top, width;
} Hole;

static int
compare_holes (gconstpointer a,
               gconstpointer b)
{
  const Hole *ha = a, *hb = b;

  if (ha->page != hb->page)
    return ha->page < hb->page ? -1 : 1;
  if (ha->top != hb->top)
    return ha->top < hb->top ? -1 : 1;
  return ha->x < hb->x ? -1 : (ha->x > hb->x);
}

/* When the section as planned for a whole page finds no room on the
 * latest pages, a page's free part may still take it planned to that
 * shape (shorter and wider, or narrower and taller), showing at least half
 * the units the whole-page plan shows (the rest become stubs with pages
 * of their own): that fills the bottoms of pages that would otherwise
 * stay empty.  Leaves the fit() of the place found; FALSE (and the
 * whole-page fit) when none. */
static gboolean
fit_a_hole (OdPagePlan *self,
            guint32     root,
            guint      *page,
            double     *x,
            double     *y)
{
  const OdPagePlanMetrics *m = &self->m;
  guint shown = count_shown (self, root), avoid = self->stub_page[root];
  g_autoptr(GArray) holes = g_array_new (FALSE, FALSE, sizeof (Hole));

  for (guint p = first_open_page (self); p < self->pages->len; p++)
    {
      GArray *sky = page_sky (self, p);

      if (p == avoid)
        continue;
      for (guint i = 0; i < sky->len; i++)
        {
          const Span *sp = &g_array_index (sky, Span, i);
          Hole h = { p, 0, sp->top, 0 };
          double hh = m->page_height - sp->top - m->header_height;
          guint cols;

          h.x = hole_at (sky, i, &h.width);
          cols = (guint) floor ((h.width + m->sibling_gap + EPS) / (column_width (m) + m->sibling_gap));
          /* Room for a box and its reports under it at least, and for
           * half the units even stacked without levels between them. */
          if (hh < 2 * m->box_height + m->level_gap || h.width + EPS < m->min_section_width ||
              2 * cols * rows_in (m, hh) < shown)
            continue;
          /* A hole inside one already listed on the page and no higher
           * would give the same plan or a worse one. */
          if (holes->len > 0)
            {
              const Hole *last = &g_array_index (holes, Hole, holes->len - 1);

              if (last->page == p && last->top <= h.top + EPS && last->x <= h.x + EPS &&
                  last->x + last->width >= h.x + h.width - EPS)
                continue;
            }
          g_array_append_val (holes, h);
        }
    }
  g_array_sort (holes, compare_holes);
  for (guint k = 0; k < holes->len; k++)
    {
      const Hole *h = &g_array_index (holes, Hole, k);
      double hw = h->width;

      if (fit (self, root, hw, m->page_height - h->top - m->header_height) &&
          count_shown (self, root) * 2 >= shown)
        {
          *page = h->page;
          *x = h->x;
          *y = h->top;
          return TRUE;
        }
    }
  fit (self, root, m->page_width, m->page_height - m->header_height);
  return FALSE;
}

/* Refits @root in @width to the height, down from its last fit(), that
 * gives the section the least area while it shows as many units: long
 * lists beside short ones are cut into more columns when that makes the
 * section smaller, not merely flatter. */
static void
lower (OdPagePlan *self,
       guint32     root,
       double      width)
{
  const OdPagePlanMetrics *m = &self->m;
  guint shown = count_shown (self, root);
  double lo = 2 * m->box_height + m->level_gap, hi = self->bh[root];
  double best_h = hi, best_area = MAX (self->bw[root], m->min_section_width) * (self->bh[root] + m->header_height);

  if (self->first_child[root] < 0)
    return;
  for (guint i = 0; i < 8 && hi - lo > m->box_height + m->stack_gap; i++)
    {
      double mid = (lo + hi) / 2;

      if (fit (self, root, width, mid) && count_shown (self, root) >= shown)
        {
          double area = MAX (self->bw[root], m->min_section_width) * (self->bh[root] + m->header_height);
          hi = self->bh[root];
          if (area < best_area)
            {
              best_area = area;
              best_h = hi;
            }
        }
      else
        lo = mid;
    }
  fit (self, root, width, best_h);
}

static void
plan_section (OdPagePlan *self,
              guint32     root)
{
  const OdPagePlanMetrics *m = &self->m;
  double avail = m->page_height - m->header_height;
  guint page = 0;
  double x = 0, y = 0;
  gboolean found = FALSE;

  if (!fit (self, root, m->page_width, avail))
    {
      plan_continued (self, root);
      return;
    }
  lower (self, root, m->page_width);
  if (m->share_pages)
    {
      double w = MAX (self->bw[root], m->min_section_width), h = m->header_height + self->bh[root];

      for (guint p = first_open_page (self); p < self->pages->len && !found; p++)
        if (p != self->stub_page[root] && find_spot (m, page_sky (self, p), w, h, &x, &y))
          {
            page = p;
            found = TRUE;
          }
      if (!found)
        found = fit_a_hole (self, root, &page, &x, &y);
    }
  if (!found)
    page = new_page (self);
  begin_section (self, root, 0, 1, page, x, y);
  place (self, root, 0, m->header_height);
  end_section (self, self->bw[root], self->bh[root]);
}

/* Each page's sections, in planning order. */
static void
index_pages (OdPagePlan *self)
{
  g_autofree guint *count = NULL;
  guint n_pages = MAX (self->pages->len, 1);

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

static void
clear_sky (GArray **sky)
{
  g_clear_pointer (sky, g_array_unref);
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
  self->stub_page = g_new (guint32, MAX (n_nodes, 1));
  memset (self->stub_page, 0xff, sizeof (guint32) * MAX (n_nodes, 1));
  self->pages = g_array_new (FALSE, FALSE, sizeof (GArray *));
  g_array_set_clear_func (self->pages, (GDestroyNotify) clear_sky);
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
  index_pages (self);
  /* Planning scratch is not needed for drawing. */
  g_clear_pointer (&self->pages, g_array_unref);
  g_clear_pointer (&self->stub_page, g_free);
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
  g_free (self->stub_page);
  g_clear_pointer (&self->pages, g_array_unref);
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
