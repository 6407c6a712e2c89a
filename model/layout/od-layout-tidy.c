/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-layout-tidy.c: the tidy tree, in linear time.
 *
 * This is van der Ploeg's non-layered variant ("Drawing non-layered tidy
 * trees in linear time", 2014) of Walker's algorithm as made linear by
 * Buchheim, Jünger and Leipert.  Non-layered means a node's children start
 * right below it, whatever the depth of its neighbours' boxes, so boxes of
 * different heights (a wrapped name, a stack of leaves, a manager with
 * assistants) pack as tightly as their own contours allow.
 *
 * Each subtree is summarised by its left and right contours, walked through
 * threads (tl, tr) that link a contour's end to the next subtree's contour,
 * and by its extreme nodes (el, er) with their accumulated modifiers (msel,
 * mser), so that placing a subtree beside its left siblings costs only the
 * contour depth they share.  Shifts of the subtrees in between are spread
 * evenly and applied in one pass (shift, change), as in Walker.
 *
 * Unlike the paper this runs without recursion (charts can be deep), over
 * nodes in flat arrays, processing a reversed pre-order for the first walk:
 * all of a node's children are laid out before the node, and separating
 * child i only involves children 0..i, so doing all children first is the
 * same as interleaving.
 */
#include "config.h"

#include "od-layout-private.h"

void
_od_tidy_collect (OdTNode      *nodes,
                  const gint32 *kids,
                  gint32        root,
                  GArray       *order)
{
  /* Pre-order by appending children in reverse on a stack; the array itself
   * serves as the queue of nodes seen so far. */
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (gint32));

  g_array_append_val (stack, root);
  while (stack->len > 0)
    {
      gint32 t = g_array_index (stack, gint32, stack->len - 1);

      g_array_set_size (stack, stack->len - 1);
      g_array_append_val (order, t);
      for (gint32 i = nodes[t].n - 1; i >= 0; i--)
        g_array_append_val (stack, kids[nodes[t].first + i]);
    }
}

static inline double
bottom (const OdTNode *t)
{
  return t->y + t->h;
}

static inline gint32
next_left_contour (const OdTNode *nodes,
                   const gint32  *kids,
                   gint32         t)
{
  return nodes[t].n == 0 ? nodes[t].tl : kids[nodes[t].first];
}

static inline gint32
next_right_contour (const OdTNode *nodes,
                    const gint32  *kids,
                    gint32         t)
{
  return nodes[t].n == 0 ? nodes[t].tr : kids[nodes[t].first + nodes[t].n - 1];
}

static void
set_extremes (OdTNode      *nodes,
              const gint32 *kids,
              gint32        t)
{
  OdTNode *node = &nodes[t];

  if (node->n == 0)
    {
      node->el = t;
      node->er = t;
      node->msel = node->mser = 0;
    }
  else
    {
      const OdTNode *first = &nodes[kids[node->first]];
      const OdTNode *last = &nodes[kids[node->first + node->n - 1]];

      node->el = first->el;
      node->msel = first->msel;
      node->er = last->er;
      node->mser = last->mser;
    }
}

/* The "index of lowest y" list of the paper: for the left siblings seen so
 * far, which one's contour is lowest down to which depth.  A stack: the
 * newest entry is on top, each entry's successor is the one below it. */
typedef struct {
  double low_y;
  gint32 index;
} OdIyl;

static void
distribute_extra (OdTNode      *nodes,
                  const gint32 *c,
                  gint32        i,
                  gint32        si,
                  double        dist)
{
  /* The siblings between si and i move by a share of dist each, so that
   * the smaller subtrees between two big ones are spaced evenly. */
  if (si != i - 1)
    {
      double nr = i - si;

      nodes[c[si + 1]].shift += dist / nr;
      nodes[c[i]].shift -= dist / nr;
      nodes[c[i]].change -= dist - dist / nr;
    }
}

static void
move_subtree (OdTNode      *nodes,
              const gint32 *c,
              gint32        i,
              gint32        si,
              double        dist)
{
  OdTNode *ci = &nodes[c[i]];

  ci->mod += dist;
  ci->msel += dist;
  ci->mser += dist;
  distribute_extra (nodes, c, i, si, dist);
}

static void
set_left_thread (OdTNode      *nodes,
                 const gint32 *c,
                 gint32        i,
                 gint32        cl,
                 double        modsum_cl)
{
  OdTNode *c0 = &nodes[c[0]];
  OdTNode *li = &nodes[c0->el];
  double diff;

  li->tl = cl;
  /* The thread's target sits at an accumulated modifier the extreme node
   * does not see: fold the difference into the extreme's own modifier. */
  diff = (modsum_cl - nodes[cl].mod) - c0->msel;
  li->mod += diff;
  li->prelim -= diff;
  c0->el = nodes[c[i]].el;
  c0->msel = nodes[c[i]].msel;
}

static void
set_right_thread (OdTNode      *nodes,
                  const gint32 *c,
                  gint32        i,
                  gint32        sr,
                  double        modsum_sr)
{
  OdTNode *ci = &nodes[c[i]];
  OdTNode *ri = &nodes[ci->er];
  double diff;

  ri->tr = sr;
  diff = (modsum_sr - nodes[sr].mod) - ci->mser;
  ri->mod += diff;
  ri->prelim -= diff;
  ci->er = nodes[c[i - 1]].er;
  ci->mser = nodes[c[i - 1]].mser;
}

static void
separate (OdTNode      *nodes,
          const gint32 *kids,
          const gint32 *c,
          gint32        i,
          const OdIyl  *iyl,
          gint32        ih)
{
  gint32 sr = c[i - 1];
  gint32 cl = c[i];
  double mssr = nodes[sr].mod;
  double mscl = nodes[cl].mod;

  while (sr >= 0 && cl >= 0)
    {
      double dist, sy, cy;

      if (ih > 0 && bottom (&nodes[sr]) > iyl[ih].low_y)
        ih--;
      dist = (mssr + nodes[sr].prelim + nodes[sr].w) - (mscl + nodes[cl].prelim);
      if (dist > 0)
        {
          mscl += dist;
          move_subtree (nodes, c, i, iyl[ih].index, dist);
        }
      sy = bottom (&nodes[sr]);
      cy = bottom (&nodes[cl]);
      if (sy <= cy)
        {
          sr = next_right_contour (nodes, kids, sr);
          if (sr >= 0)
            mssr += nodes[sr].mod;
        }
      if (sy >= cy)
        {
          cl = next_left_contour (nodes, kids, cl);
          if (cl >= 0)
            mscl += nodes[cl].mod;
        }
    }
  if (sr < 0 && cl >= 0)
    set_left_thread (nodes, c, i, cl, mscl);
  else if (sr >= 0 && cl < 0)
    set_right_thread (nodes, c, i, sr, mssr);
}

static gint32
update_iyl (GArray *iyl,
            double  min_y,
            gint32  i)
{
  OdIyl entry = { min_y, i };

  while (iyl->len > 0 && min_y >= g_array_index (iyl, OdIyl, iyl->len - 1).low_y)
    g_array_set_size (iyl, iyl->len - 1);
  g_array_append_val (iyl, entry);
  return iyl->len - 1;
}

static void
first_walk (OdTNode      *nodes,
            const gint32 *kids,
            gint32        t,
            GArray       *iyl)
{
  OdTNode *node = &nodes[t];
  const gint32 *c = kids + node->first;
  gint32 ih;

  if (node->n == 0)
    {
      set_extremes (nodes, kids, t);
      return;
    }
  g_array_set_size (iyl, 0);
  ih = update_iyl (iyl, bottom (&nodes[nodes[c[0]].el]), 0);
  for (gint32 i = 1; i < node->n; i++)
    {
      double min_y = bottom (&nodes[nodes[c[i]].er]);

      separate (nodes, kids, c, i, (const OdIyl *) (gpointer) iyl->data, ih);
      ih = update_iyl (iyl, min_y, i);
    }
  /* Centre the parent's box over the span from its first child's box to
   * its last child's (the paper centres extents; a child's extent may be
   * wider than its box when it has assistants). */
  {
    const OdTNode *first = &nodes[c[0]];
    const OdTNode *last = &nodes[c[node->n - 1]];

    node->prelim = (first->prelim + first->mod + first->lo + last->mod + last->prelim + last->hi) / 2
                   - (node->lo + node->hi) / 2;
  }
  set_extremes (nodes, kids, t);
}

static void
add_child_spacing (OdTNode      *nodes,
                   const gint32 *kids,
                   gint32        t)
{
  double d = 0, modsum_delta = 0;

  for (gint32 i = 0; i < nodes[t].n; i++)
    {
      OdTNode *ci = &nodes[kids[nodes[t].first + i]];

      d += ci->shift;
      modsum_delta += d + ci->change;
      ci->mod += modsum_delta;
    }
}

void
_od_tidy_layout (OdTNode      *nodes,
                 const gint32 *kids,
                 const gint32 *order,
                 guint         n_order)
{
  g_autoptr(GArray) iyl = g_array_new (FALSE, FALSE, sizeof (OdIyl));

  if (n_order == 0)
    return;

  /* Depths: each child starts right below its parent's extent. */
  for (guint k = 0; k < n_order; k++)
    {
      OdTNode *t = &nodes[order[k]];

      t->prelim = t->mod = t->shift = t->change = t->msel = t->mser = 0;
      t->tl = t->tr = t->el = t->er = -1;
      for (gint32 i = 0; i < t->n; i++)
        nodes[kids[t->first + i]].y = t->y + t->h;
    }

  for (guint k = n_order; k-- > 0;)
    first_walk (nodes, kids, order[k], iyl);

  /* Second walk, in pre-order: a node's accumulated modifier is its
   * parent's plus its own, after the parent spread its children's shifts.
   * A node's change field has served its purpose once its parent spread
   * the shifts, so it carries the accumulated modifier to the children. */
  for (guint k = 0; k < n_order; k++)
    {
      OdTNode *t = &nodes[order[k]];
      double modsum = (k > 0 ? nodes[t->parent].change : 0) + t->mod;

      t->x = t->prelim + modsum;
      add_child_spacing (nodes, kids, order[k]);
      t->change = modsum;
    }
}
