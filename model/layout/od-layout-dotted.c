/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-layout-dotted.c: routing dotted (functional) reporting lines.
 *
 * A dotted line joins two boxes anywhere in the chart, so it cannot follow
 * the tree's own channels.  A handful of orthogonal routes are tried: through
 * a horizontal channel just above or below either box, through a vertical
 * channel just beside either box, and the two mixed ways; each route is
 * scored by the boxes it crosses (found through the box index, so a route
 * costs the cells it passes), then by its length and bends.  The offsets
 * keep the route off the lines of the tree's own connectors, which run
 * through the middle of the gaps.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "od-layout-private.h"

typedef struct {
  OdLayoutPoint p[OD_LAYOUT_MAX_POINTS];
  guint         n;
} Route;

static inline void
route_add (Route  *r,
           double  x,
           double  y)
{
  if (r->n > 0 && r->p[r->n - 1].x == x && r->p[r->n - 1].y == y)
    return;
  g_assert (r->n < OD_LAYOUT_MAX_POINTS);
  r->p[r->n++] = (OdLayoutPoint) { x, y };
}

static double
route_length (const Route *r)
{
  double length = 0;

  for (guint k = 0; k + 1 < r->n; k++)
    length += fabs (r->p[k].x - r->p[k + 1].x) + fabs (r->p[k].y - r->p[k + 1].y);
  /* Each bend costs a little, so a straighter route wins a tie. */
  return length + 12.0 * r->n;
}

/* The boxes the route passes through, counting no further than @cap.  The
 * first segment leaves the source box and the last enters the target box:
 * touching them there is the point. */
static guint
route_crossings (OdLayout    *self,
                 const Route *r,
                 int          from,
                 int          to,
                 guint        cap)
{
  guint crossings = 0;

  for (guint k = 0; k + 1 < r->n && crossings < cap; k++)
    {
      OdLayoutPoint a = r->p[k], b = r->p[k + 1];
      OdLayoutRect seg = { MIN (a.x, b.x), MIN (a.y, b.y), fabs (a.x - b.x), fabs (a.y - b.y) };

      crossings += _od_layout_index_count_overlaps (&self->box_index, self->boxes, &seg,
                                                    k == 0 ? from : -1,
                                                    k + 2 == r->n ? to : -1,
                                                    cap - crossings);
    }
  return crossings;
}

typedef struct {
  double length;
  guint  index;
} Candidate;

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *x = a, *y = b;

  if (x->length != y->length)
    return x->length < y->length ? -1 : 1;
  return x->index < y->index ? -1 : x->index > y->index;
}

static gboolean
vertical_exit (const OdLayoutRect *box,
               double              channel,
               double             *y)
{
  if (channel >= box->y + box->height)
    *y = box->y + box->height;
  else if (channel <= box->y)
    *y = box->y;
  else
    return FALSE;
  return TRUE;
}

static gboolean
side_exit (const OdLayoutRect *box,
           double              channel,
           double             *x)
{
  if (channel >= box->x + box->width)
    *x = box->x + box->width;
  else if (channel <= box->x)
    *x = box->x;
  else
    return FALSE;
  return TRUE;
}

/* Every candidate route from box @a to box @b, into @routes. */
static guint
candidate_routes (const OdLayoutRect *a,
                  const OdLayoutRect *b,
                  double              gy,
                  double              gx,
                  Route              *routes)
{
  double acx = a->x + a->width / 2, acy = a->y + a->height / 2;
  double bcx = b->x + b->width / 2, bcy = b->y + b->height / 2;
  double hy[4] = { a->y + a->height + gy, a->y - gy, b->y - gy, b->y + b->height + gy };
  double vx[4] = { a->x + a->width + gx, a->x - gx, b->x - gx, b->x + b->width + gx };
  guint n = 0;

  /* Through a horizontal channel: out of a's top or bottom, into b's. */
  for (guint k = 0; k < 4; k++)
    {
      double ya, yb;
      Route r = { .n = 0 };

      if (!vertical_exit (a, hy[k], &ya) || !vertical_exit (b, hy[k], &yb))
        continue;
      route_add (&r, acx, ya);
      route_add (&r, acx, hy[k]);
      route_add (&r, bcx, hy[k]);
      route_add (&r, bcx, yb);
      routes[n++] = r;
    }
  /* Through a vertical channel: out of a's side, into b's side. */
  for (guint k = 0; k < 4; k++)
    {
      double xa, xb;
      Route r = { .n = 0 };

      if (!side_exit (a, vx[k], &xa) || !side_exit (b, vx[k], &xb))
        continue;
      route_add (&r, xa, acy);
      route_add (&r, vx[k], acy);
      route_add (&r, vx[k], bcy);
      route_add (&r, xb, bcy);
      routes[n++] = r;
    }
  /* Out of a's top or bottom, along a channel, then into b's side. */
  for (guint i = 0; i < 2; i++)
    for (guint j = 2; j < 4; j++)
      {
        double ya, xb;
        Route r = { .n = 0 };

        if (!vertical_exit (a, hy[i], &ya) || !side_exit (b, vx[j], &xb))
          continue;
        route_add (&r, acx, ya);
        route_add (&r, acx, hy[i]);
        route_add (&r, vx[j], hy[i]);
        route_add (&r, vx[j], bcy);
        route_add (&r, xb, bcy);
        routes[n++] = r;
      }
  /* Out of a's side, down or up a channel, then into b's top or bottom. */
  for (guint i = 0; i < 2; i++)
    for (guint j = 2; j < 4; j++)
      {
        double xa, yb;
        Route r = { .n = 0 };

        if (!side_exit (a, vx[i], &xa) || !vertical_exit (b, hy[j], &yb))
          continue;
        route_add (&r, xa, acy);
        route_add (&r, vx[i], acy);
        route_add (&r, vx[i], hy[j]);
        route_add (&r, bcx, hy[j]);
        route_add (&r, bcx, yb);
        routes[n++] = r;
      }
  return n;
}

void
_od_layout_route_dotted (OdLayout *self)
{
  GPtrArray *lines = od_organisation_get_dotted_lines (self->org);
  double gy = MAX (self->options.level_gap * 0.3, 2);
  double gx = MAX (self->options.sibling_gap * 0.35, 2);

  g_array_set_size (self->dotted, 0);
  for (guint i = 0; lines != NULL && i < lines->len; i++)
    {
      const OdDottedLine *line = g_ptr_array_index (lines, i);
      OdUnit *from = od_organisation_lookup_unit (self->org, line->from);
      OdUnit *to = od_organisation_lookup_unit (self->org, line->to);
      Route routes[16];
      Candidate order[16];
      guint n_routes, best = 0, best_crossings = 0;
      gint32 fi, ti;
      OdLayoutDotted d = { 0 };
      double longest = -1;

      if (from == NULL || to == NULL || from == to)
        continue;
      fi = self->index_of_serial[od_unit_get_serial (from)];
      ti = self->index_of_serial[od_unit_get_serial (to)];
      if (fi < 0 || ti < 0)
        continue;

      n_routes = candidate_routes (&self->boxes[fi], &self->boxes[ti], gy, gx, routes);
      /* Fewest crossings first, then shortest: trying routes from the
       * shortest, the first without crossings is the answer, and counting
       * stops as soon as a route cannot beat the best so far (a long route
       * across a wide chart passes many cells). */
      for (guint k = 0; k < n_routes; k++)
        order[k] = (Candidate) { route_length (&routes[k]), k };
      qsort (order, n_routes, sizeof (Candidate), compare_candidates);
      best_crossings = G_MAXUINT;
      for (guint k = 0; k < n_routes && best_crossings > 0; k++)
        {
          guint crossings = route_crossings (self, &routes[order[k].index], fi, ti, best_crossings);

          if (crossings < best_crossings)
            {
              best_crossings = crossings;
              best = order[k].index;
            }
        }
      if (n_routes == 0)
        {
          /* Overlapping boxes (cannot happen in a tidy layout): a straight
           * line between the centres still shows the relation. */
          const OdLayoutRect *a = &self->boxes[fi], *b = &self->boxes[ti];
          routes[0].n = 0;
          route_add (&routes[0], a->x + a->width / 2, a->y + a->height / 2);
          route_add (&routes[0], b->x + b->width / 2, a->y + a->height / 2);
          route_add (&routes[0], b->x + b->width / 2, b->y + b->height / 2);
          best = 0;
          best_crossings = 0;
        }

      d.line = line;
      d.from = from;
      d.to = to;
      d.crossings = best_crossings;
      d.n_points = routes[best].n;
      for (guint k = 0; k < d.n_points; k++)
        d.points[k] = routes[best].p[k];
      /* The label goes on the middle of the longest segment. */
      for (guint k = 0; k + 1 < d.n_points; k++)
        {
          OdLayoutPoint p = d.points[k], q = d.points[k + 1];
          double len = fabs (p.x - q.x) + fabs (p.y - q.y);

          if (len > longest)
            {
              longest = len;
              d.label_anchor = (OdLayoutPoint) { (p.x + q.x) / 2, (p.y + q.y) / 2 };
              d.label_vertical_segment = p.x == q.x;
            }
        }
      if (d.n_points == 1)
        d.label_anchor = d.points[0];
      g_array_append_val (self->dotted, d);
    }
}
