/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-layout-tree.c: from the reporting tree to boxes and connectors.
 *
 * The organisation's tree is turned into a geometric tree of OdTNodes for
 * the tidy algorithm (od-layout-tidy.c):
 *
 *  - a unit with assistants becomes one compound node: its box on top, its
 *    assistants' subtrees (laid out on their own, as separate runs) beside
 *    the trunk that leads down to its children, so that assistants sit next
 *    to their manager, outside the span of regular children;
 *  - in compact mode the leaf children of a parent become one block node,
 *    stacked in columns with a spine each, placed where the first leaf was;
 *  - several top units hang under one invisible root, so their trees are
 *    packed side by side like siblings.
 *
 * Assistant runs are laid out deepest first, so a compound node's size is
 * known when the run that holds it is laid out; every unit is in exactly one
 * run, so the whole stays linear.  Everything is computed in abstract
 * coordinates (u across levels, v down them) and turned into chart
 * coordinates at the end, which is all the left-right orientation needs.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "od-layout-private.h"

typedef enum {
  ROLE_TOP,
  ROLE_NORMAL,
  ROLE_ASSISTANT,
  ROLE_STACKED,
} Role;

typedef struct {
  gint32 parent;           /* layout index, -1 for a top unit */
  gint32 tnode;            /* its node, or its block's for a stacked leaf */
  gint32 block;            /* the block of its stacked leaves, or -1 */
  guint  depth;
  Role   role;
  gint32 n_assistants;
  double bu, bv;           /* the box's breadth (u) and depth (v) */
  double off_u, off_v;     /* the box inside its node's extent (or block) */
  double asst_u, asst_v;   /* assistant: its run's box inside the manager's extent */
  double run_u0, run_v0, run_u1, run_v1;  /* assistant: its run's content, relative */
  double org_u, org_v;     /* the origin of the run it was placed in */
  double top_shift;        /* top unit: where its whole tree moves */
  gboolean right;          /* assistant: on the right of the trunk */
} UnitInfo;

typedef struct {
  OdLayout        *layout;
  const OdLayoutOptions *opt;
  guint            n;
  UnitInfo        *info;
  OdTNode         *nodes;
  guint            n_nodes;
  gint32          *node_unit;  /* node → layout index (-1: root or block) */
  gint32          *kids;
} Build;

static inline double
side_gap (Build    *b,
          UnitInfo *info)
{
  return b->opt->sibling_gap;
}

/* Roles from the flat tree od-layout.c listed. */
static void
collect_units (Build *b)
{
  OdLayout *self = b->layout;

  for (guint i = 0; i < b->n; i++)
    {
      UnitInfo *info = &b->info[i];

      info->parent = self->parent_of[i];
      info->depth = self->depth_of[i];
      info->block = -1;
      info->tnode = -1;
      if (info->parent < 0)
        info->role = ROLE_TOP;
      else if (self->flags_of[i] & OD_LAYOUT_FLAG_ASSISTANT)
        info->role = ROLE_ASSISTANT;
      else
        info->role = ROLE_NORMAL;
    }
}

/* Children of unit @i in index space: the first is the next unit in
 * document order, the rest follow next_of. */
#define FOR_CHILDREN(b, i, c) \
  for (gint32 c = ((b)->layout->flags_of[i] & OD_LAYOUT_FLAG_HAS_CHILDREN) ? (gint32) (i) + 1 : -1; \
       c >= 0; c = (b)->layout->next_of[c])

static inline gboolean
is_leaf (Build  *b,
         gint32  i)
{
  return !(b->layout->flags_of[i] & OD_LAYOUT_FLAG_HAS_CHILDREN);
}

static inline gboolean
is_assistant (Build  *b,
              gint32  i)
{
  return b->info[i].role == ROLE_ASSISTANT;
}

/* Which parents stack their leaves, and in how many columns (0: none). */
static guint
compact_columns (Build   *b,
                 guint    i,
                 guint    n_leaves,
                 GArray  *level_width)
{
  OdLayout *self = b->layout;
  OdCompactMode mode = self->compact[self->measure_of[i] - self->measures];
  guint max_cols = b->opt->compact_max_columns;
  guint cols;

  if (n_leaves == 0 || mode == OD_COMPACT_OFF)
    return 0;
  if (mode == OD_COMPACT_DEFAULT)
    {
      if (max_cols == 0 || n_leaves < 2)
        return 0;
      if (b->opt->auto_compact)
        {
          guint d = b->info[i].depth + 1;

          if (d >= level_width->len ||
              g_array_index (level_width, double, d) <= b->opt->auto_compact_width)
            return 0;
        }
    }
  max_cols = MAX (max_cols, 1);
  /* Fill a column with four leaves before opening another. */
  cols = (n_leaves + 3) / 4;
  return CLAMP (cols, 1, max_cols);
}

static void
decide_roles (Build *b)
{
  g_autoptr(GArray) level_width = g_array_new (FALSE, TRUE, sizeof (double));

  /* How wide each level would be if spread out (auto compact). */
  for (guint i = 0; i < b->n; i++)
    {
      UnitInfo *info = &b->info[i];

      if (info->role == ROLE_ASSISTANT)
        continue;
      if (info->depth >= level_width->len)
        g_array_set_size (level_width, info->depth + 1);
      g_array_index (level_width, double, info->depth) += info->bu + b->opt->sibling_gap;
    }

  for (guint i = 0; i < b->n; i++)
    {
      guint n_leaves = 0;

      FOR_CHILDREN (b, i, c)
        {
          if (is_assistant (b, c))
            b->info[i].n_assistants++;
          else if (is_leaf (b, c))
            n_leaves++;
        }
      if (compact_columns (b, i, n_leaves, level_width) == 0)
        continue;
      b->info[i].block = 1;   /* a node number is given below */
      FOR_CHILDREN (b, i, c)
        if (!is_assistant (b, c) && is_leaf (b, c))
          b->info[c].role = ROLE_STACKED;
    }
}

/* Nodes and their children lists; node 0 is the invisible root. */
static void
build_nodes (Build *b)
{
  OdLayout *self = b->layout;
  guint n_nodes = 1;
  guint n_kids = 0;
  gint32 next = 1;

  for (guint i = 0; i < b->n; i++)
    {
      if (b->info[i].role != ROLE_STACKED)
        n_nodes++;
      if (b->info[i].block >= 0)
        n_nodes++;
    }
  b->n_nodes = n_nodes;
  b->nodes = g_new0 (OdTNode, n_nodes);
  b->node_unit = g_new (gint32, n_nodes);
  b->kids = g_new (gint32, n_nodes);
  b->node_unit[0] = -1;
  b->nodes[0].parent = -1;

  for (guint i = 0; i < b->n; i++)
    {
      UnitInfo *info = &b->info[i];

      if (info->role != ROLE_STACKED)
        {
          info->tnode = next++;
          b->node_unit[info->tnode] = i;
        }
      if (info->block >= 0)
        {
          info->block = next++;
          b->node_unit[info->block] = -1;
        }
    }
  for (guint i = 0; i < b->n; i++)
    if (b->info[i].role == ROLE_STACKED)
      b->info[i].tnode = b->info[b->info[i].parent].block;

  /* Children lists: the root's are the top units; a unit's are its regular
   * children, with its block where its first stacked leaf was. */
  b->nodes[0].first = n_kids;
  for (gint32 u = b->n > 0 ? 0 : -1; u >= 0; u = self->next_of[u])
    {
      gint32 t = b->info[u].tnode;

      b->kids[n_kids++] = t;
      b->nodes[t].parent = 0;
    }
  b->nodes[0].n = n_kids - b->nodes[0].first;
  for (guint i = 0; i < b->n; i++)
    {
      UnitInfo *info = &b->info[i];
      OdTNode *node;
      gboolean block_added = FALSE;

      if (info->role == ROLE_STACKED)
        continue;
      node = &b->nodes[info->tnode];
      node->first = n_kids;
      FOR_CHILDREN (b, i, c)
        {
          UnitInfo *ci = &b->info[c];
          gint32 t;

          if (ci->role == ROLE_ASSISTANT)
            continue;
          if (ci->role == ROLE_STACKED)
            {
              if (block_added)
                continue;
              block_added = TRUE;
              t = info->block;
            }
          else
            t = ci->tnode;
          b->kids[n_kids++] = t;
          b->nodes[t].parent = info->tnode;
        }
      node->n = n_kids - node->first;
    }
  g_assert (n_kids < n_nodes);
}

/* The plain node of a unit without assistants. */
static void
size_simple_node (Build *b,
                  guint  i)
{
  UnitInfo *info = &b->info[i];
  OdTNode *node = &b->nodes[info->tnode];
  double gap = side_gap (b, info);

  node->w = info->bu + gap;
  node->h = info->bv + b->opt->level_gap;
  node->lo = gap / 2;
  node->hi = node->w - gap / 2;
  info->off_u = gap / 2;
  info->off_v = 0;
}

/* The block of @i's stacked leaves: columns of boxes, each column with a
 * spine on its left, column-major in the children's order. */
static void
size_block (Build *b,
            guint  i)
{
  OdLayout *self = b->layout;
  UnitInfo *info = &b->info[i];
  OdTNode *node = &b->nodes[info->block];
  const OdLayoutOptions *opt = b->opt;
  g_autoptr(GArray) leaves = g_array_new (FALSE, FALSE, sizeof (gint32));
  guint cols, rows, m;
  double u, content_w, content_h = 0;
  double gap = opt->sibling_gap;

  FOR_CHILDREN (b, i, c)
    if (b->info[c].role == ROLE_STACKED)
      g_array_append_val (leaves, c);
  m = leaves->len;
  {
    OdCompactMode mode = self->compact[self->measure_of[i] - self->measures];
    guint max_cols = MAX (opt->compact_max_columns, 1);

    cols = (mode == OD_COMPACT_ON && opt->compact_max_columns == 0) ? 1 : CLAMP ((m + 3) / 4, 1, max_cols);
  }
  rows = (m + cols - 1) / cols;

  u = gap / 2;
  for (guint c = 0; c < cols; c++)
    {
      double col_w = 0, v = 0;

      for (guint r = 0; r < rows && c * rows + r < m; r++)
        {
          UnitInfo *leaf = &b->info[g_array_index (leaves, gint32, c * rows + r)];

          col_w = MAX (col_w, leaf->bu);
          leaf->off_u = u + opt->compact_indent;
          leaf->off_v = v;
          v += leaf->bv + opt->compact_gap;
        }
      content_h = MAX (content_h, v - opt->compact_gap);
      u += opt->compact_indent + col_w + gap;
    }
  content_w = u - gap - gap / 2;
  node->w = content_w + gap;
  node->h = content_h + opt->level_gap;
  node->lo = gap / 2;
  node->hi = node->w - gap / 2;
}

/* A manager's compound node: the box on top, assistants' runs in rows
 * below it beside the trunk, the first on the right, the next on the left. */
static void
size_compound_node (Build  *b,
                    guint   i,
                    GArray *scratch)
{
  UnitInfo *info = &b->info[i];
  OdTNode *node = &b->nodes[info->tnode];
  const OdLayoutOptions *opt = b->opt;
  double gap = side_gap (b, info);
  double half = info->bu / 2;
  double v, trunk;
  const gint32 *asst;

  g_array_set_size (scratch, 0);
  FOR_CHILDREN (b, i, c)
    {
      UnitInfo *a = &b->info[c];

      if (a->role != ROLE_ASSISTANT)
        continue;
      g_array_append_val (scratch, c);
      half = MAX (half, (a->run_u1 - a->run_u0) + opt->sibling_gap / 2);
    }
  asst = (const gint32 *) (gpointer) scratch->data;
  trunk = gap / 2 + half;

  v = info->bv + opt->level_gap / 2;
  for (guint k = 0; k < scratch->len; k += 2)
    {
      UnitInfo *right = &b->info[asst[k]];
      UnitInfo *left = k + 1 < scratch->len ? &b->info[asst[k + 1]] : NULL;
      double row_h = right->run_v1 - right->run_v0;

      right->right = TRUE;
      right->asst_u = trunk + opt->sibling_gap / 2;
      right->asst_v = v;
      if (left != NULL)
        {
          left->right = FALSE;
          left->asst_u = trunk - opt->sibling_gap / 2 - (left->run_u1 - left->run_u0);
          left->asst_v = v;
          row_h = MAX (row_h, left->run_v1 - left->run_v0);
        }
      v += row_h + opt->level_gap / 2;
    }
  v -= opt->level_gap / 2;

  node->w = 2 * half + gap;
  node->h = v + opt->level_gap;
  node->lo = trunk - info->bu / 2;
  node->hi = trunk + info->bu / 2;
  info->off_u = trunk - info->bu / 2;
  info->off_v = 0;
}

/* Layered charts, second half: a manager's assistants make its node
 * deeper than its box, which would push its children below their cousins.
 * Every unit node of a level gets the level's deepest extent, so children
 * start at one depth across the run.  (Blocks of stacked leaves have no
 * children and keep their own depth.) */
static void
align_extents (Build        *b,
               const gint32 *order,
               guint         n_order,
               GArray       *level)
{
  guint base = G_MAXUINT;

  g_array_set_size (level, 0);
  for (guint k = 0; k < n_order; k++)
    {
      gint32 ui = b->node_unit[order[k]];
      guint d;
      gint32 *slot;
      gint32 h;

      if (ui < 0)
        continue;
      base = MIN (base, b->info[ui].depth);
      d = b->info[ui].depth - base;
      if (d >= level->len)
        {
          gint32 zero = 0;
          while (level->len <= d)
            g_array_append_val (level, zero);
        }
      /* Depths in 1/64 pt, in the gint32 scratch array. */
      slot = &g_array_index (level, gint32, d);
      h = (gint32) ceil (b->nodes[order[k]].h * 64);
      *slot = MAX (*slot, h);
    }
  for (guint k = 0; k < n_order; k++)
    {
      gint32 ui = b->node_unit[order[k]];

      if (ui >= 0)
        b->nodes[order[k]].h = g_array_index (level, gint32, b->info[ui].depth - base) / 64.0;
    }
}

/* Lays out the run under node @root (an assistant's subtree, or the whole
 * chart under the invisible root): sizes of compound nodes, then the tidy
 * tree.  Returns the extent of its boxes in @ext (u0, v0, u1, v1). */
static void
layout_run (Build  *b,
            gint32  root,
            GArray *order,
            GArray *scratch,
            double  ext[4])
{
  const OdLayoutOptions *opt = b->opt;
  const gint32 *o;

  g_array_set_size (order, 0);
  _od_tidy_collect (b->nodes, b->kids, root, order);
  o = (const gint32 *) (gpointer) order->data;
  for (guint k = 0; k < order->len; k++)
    {
      gint32 ui = b->node_unit[o[k]];

      if (ui >= 0 && b->info[ui].n_assistants > 0)
        size_compound_node (b, ui, scratch);
    }
  if (opt->layered)
    align_extents (b, o, order->len, scratch);
  b->nodes[root].y = 0;
  _od_tidy_layout (b->nodes, b->kids, o, order->len);

  ext[0] = ext[1] = G_MAXDOUBLE;
  ext[2] = ext[3] = -G_MAXDOUBLE;
  for (guint k = 0; k < order->len; k++)
    {
      const OdTNode *t = &b->nodes[o[k]];
      gint32 ui = b->node_unit[o[k]];
      double gap;

      if (o[k] == 0)
        continue;   /* the invisible root */
      gap = ui >= 0 ? side_gap (b, &b->info[ui]) : opt->sibling_gap;
      ext[0] = MIN (ext[0], t->x + gap / 2);
      ext[1] = MIN (ext[1], t->y);
      ext[2] = MAX (ext[2], t->x + t->w - gap / 2);
      ext[3] = MAX (ext[3], t->y + t->h - opt->level_gap);
    }
  if (ext[0] > ext[2])
    ext[0] = ext[1] = ext[2] = ext[3] = 0;
}

/* The trees of several top units go side by side, each within its own
 * band: the tidy tree would tuck one tree's lower levels under its
 * neighbour's top, which reads as if they were related. */
static void
place_trees (Build  *b,
             GArray *order)
{
  const gint32 *o = (const gint32 *) (gpointer) order->data;
  double cursor = 0;
  guint k = 1;   /* order[0] is the invisible root */

  while (k < order->len)
    {
      gint32 top = b->node_unit[o[k]];
      double lo = G_MAXDOUBLE, hi = -G_MAXDOUBLE;

      do
        {
          const OdTNode *t = &b->nodes[o[k]];
          lo = MIN (lo, t->x + b->opt->sibling_gap / 2);
          hi = MAX (hi, t->x + t->w - b->opt->sibling_gap / 2);
          k++;
        }
      while (k < order->len && b->nodes[o[k]].parent != 0);
      b->info[top].top_shift = cursor - lo;
      cursor += (hi - lo) + b->opt->tree_gap;
    }
}

static void
layout_runs (Build *b)
{
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (gint32));
  g_autoptr(GArray) scratch = g_array_new (FALSE, FALSE, sizeof (gint32));
  g_autoptr(GArray) by_depth = g_array_new (FALSE, FALSE, sizeof (gint32));
  g_autofree guint *count = NULL;
  guint max_depth = 0;
  double ext[4];

  for (guint i = 0; i < b->n; i++)
    {
      UnitInfo *info = &b->info[i];

      if (info->role != ROLE_STACKED)
        size_simple_node (b, i);
      if (info->block >= 0)
        size_block (b, i);
      max_depth = MAX (max_depth, info->depth);
    }

  /* Assistants, deepest first (a counting sort keeps this linear). */
  count = g_new0 (guint, max_depth + 2);
  for (guint i = 0; i < b->n; i++)
    if (b->info[i].role == ROLE_ASSISTANT)
      count[max_depth - b->info[i].depth + 1]++;
  for (guint d = 1; d <= max_depth + 1; d++)
    count[d] += count[d - 1];
  g_array_set_size (by_depth, count[max_depth + 1]);
  for (guint i = 0; i < b->n; i++)
    if (b->info[i].role == ROLE_ASSISTANT)
      g_array_index (by_depth, gint32, count[max_depth - b->info[i].depth]++) = i;

  for (guint k = 0; k < by_depth->len; k++)
    {
      UnitInfo *a = &b->info[g_array_index (by_depth, gint32, k)];

      layout_run (b, a->tnode, order, scratch, ext);
      a->run_u0 = ext[0];
      a->run_v0 = ext[1];
      a->run_u1 = ext[2];
      a->run_v1 = ext[3];
    }
  layout_run (b, 0, order, scratch, ext);
  place_trees (b, order);
}

/* A rectangle in abstract coordinates, as chart coordinates. */
static inline OdLayoutRect
to_chart_rect (Build *b,
               double u,
               double v,
               double bu,
               double bv)
{
  if (b->opt->orientation == OD_ORIENTATION_LEFT_RIGHT)
    return (OdLayoutRect) { v, u, bv, bu };
  return (OdLayoutRect) { u, v, bu, bv };
}

static inline OdLayoutPoint
to_chart_point (Build *b,
                double u,
                double v)
{
  if (b->opt->orientation == OD_ORIENTATION_LEFT_RIGHT)
    return (OdLayoutPoint) { v, u };
  return (OdLayoutPoint) { u, v };
}

static void
place_units (Build   *b,
             double  *au,
             double  *av)
{
  OdLayout *self = b->layout;

  for (guint i = 0; i < b->n; i++)
    {
      UnitInfo *info = &b->info[i];
      const OdTNode *t = &b->nodes[info->tnode];

      switch (info->role)
        {
        case ROLE_TOP:
          info->org_u = info->top_shift;
          info->org_v = 0;
          break;
        case ROLE_NORMAL:
        case ROLE_STACKED:
          info->org_u = b->info[info->parent].org_u;
          info->org_v = b->info[info->parent].org_v;
          break;
        case ROLE_ASSISTANT:
          {
            UnitInfo *m = &b->info[info->parent];
            const OdTNode *mt = &b->nodes[m->tnode];

            info->org_u = m->org_u + mt->x + info->asst_u - info->run_u0;
            info->org_v = m->org_v + mt->y + info->asst_v - info->run_v0;
          }
          break;
        default:
          g_assert_not_reached ();
        }
      au[i] = info->org_u + t->x + info->off_u;
      av[i] = info->org_v + t->y + info->off_v;
      self->boxes[i] = to_chart_rect (b, au[i], av[i], info->bu, info->bv);
    }
}

static void
add_connector (Build               *b,
               guint                child,
               const OdLayoutPoint *abstract,
               guint                n_points)
{
  OdLayout *self = b->layout;
  OdLayoutConnector c = { 0 };

  c.parent = self->units[b->info[child].parent];
  c.child = self->units[child];
  for (guint k = 0; k < n_points; k++)
    {
      /* Drop repeated points (a child right below its parent). */
      OdLayoutPoint p = to_chart_point (b, abstract[k].x, abstract[k].y);

      if (c.n_points > 0 && c.points[c.n_points - 1].x == p.x && c.points[c.n_points - 1].y == p.y)
        continue;
      c.points[c.n_points++] = p;
    }
  g_array_append_val (self->connectors, c);
}

/* Parent-child connectors, built in abstract coordinates: (x, y) below
 * stand for (u, v). */
static void
build_connectors (Build        *b,
                  const double *au,
                  const double *av)
{
  const OdLayoutOptions *opt = b->opt;

  for (guint i = 0; i < b->n; i++)
    {
      UnitInfo *info = &b->info[i];
      UnitInfo *p;
      double pu, pv, cu, mid;
      gint32 pi = info->parent;

      if (pi < 0)
        continue;
      p = &b->info[pi];
      pu = au[pi] + p->bu / 2;          /* the trunk */
      pv = av[pi] + p->bv;              /* the parent's bottom */
      cu = au[i] + info->bu / 2;
      switch (info->role)
        {
        case ROLE_NORMAL:
          {
            mid = av[i] - opt->level_gap / 2;
            add_connector (b, i, (OdLayoutPoint[]) {
                { pu, pv }, { pu, mid }, { cu, mid }, { cu, av[i] } }, 4);
          }
          break;
        case ROLE_STACKED:
          {
            double block_top = p->org_v + b->nodes[p->block].y;
            double spine = au[i] - opt->compact_indent / 2;
            double cv = av[i] + info->bv / 2;

            mid = block_top - opt->level_gap / 2;
            add_connector (b, i, (OdLayoutPoint[]) {
                { pu, pv }, { pu, mid }, { spine, mid }, { spine, cv }, { au[i], cv } }, 5);
          }
          break;
        case ROLE_ASSISTANT:
          {
            double cv = av[i] + info->bv / 2;
            double edge = info->right ? au[i] : au[i] + info->bu;

            add_connector (b, i, (OdLayoutPoint[]) { { pu, pv }, { pu, cv }, { edge, cv } }, 3);
          }
          break;
        case ROLE_TOP:
        default:
          break;
        }
    }
}

/* Layered charts: every regular box of a level takes the level's largest
 * depth, so that with the tidy tree's "children right below the parent"
 * all levels line up. */
static void
align_levels (Build *b)
{
  g_autoptr(GArray) level = g_array_new (FALSE, TRUE, sizeof (double));

  for (guint i = 0; i < b->n; i++)
    {
      UnitInfo *info = &b->info[i];

      if (info->role != ROLE_TOP && info->role != ROLE_NORMAL)
        continue;
      if (info->depth >= level->len)
        g_array_set_size (level, info->depth + 1);
      g_array_index (level, double, info->depth) = MAX (g_array_index (level, double, info->depth), info->bv);
    }
  for (guint i = 0; i < b->n; i++)
    {
      UnitInfo *info = &b->info[i];

      if (info->role == ROLE_TOP || info->role == ROLE_NORMAL)
        info->bv = g_array_index (level, double, info->depth);
    }
}

void
_od_layout_run (OdLayout *self)
{
  Build b = { 0 };
  g_autofree double *au = NULL;
  g_autofree double *av = NULL;
  const OdLayoutOptions *opt = &self->options;

  b.layout = self;
  b.opt = opt;
  b.n = self->n_units;
  b.info = g_new0 (UnitInfo, MAX (b.n, 1));
  collect_units (&b);
  for (guint i = 0; i < b.n; i++)
    {
      const OdMeasure *m = self->measure_of[i];

      if (opt->orientation == OD_ORIENTATION_LEFT_RIGHT)
        {
          b.info[i].bu = m->height;
          b.info[i].bv = m->width;
        }
      else
        {
          b.info[i].bu = m->width;
          b.info[i].bv = m->height;
        }
    }
  decide_roles (&b);
  if (opt->layered)
    align_levels (&b);
  build_nodes (&b);
  layout_runs (&b);

  au = g_new (double, MAX (b.n, 1));
  av = g_new (double, MAX (b.n, 1));
  place_units (&b, au, av);
  g_array_set_size (self->connectors, 0);
  build_connectors (&b, au, av);

  g_free (b.info);
  g_free (b.nodes);
  g_free (b.node_unit);
  g_free (b.kids);
}
