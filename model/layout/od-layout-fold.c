/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-layout-fold.c: laying out only part of the tree.
 *
 * The screen folds subtrees (a presentation shows the top levels, a user
 * collapses a department); the layout asks a predicate while it walks the
 * tree and skips what is folded, so folding is a view of the one layout,
 * not a copy of the organisation.
 */
#include "config.h"

#include "od-layout-private.h"

void
od_layout_set_collapsed_func (OdLayout              *self,
                              OdLayoutCollapsedFunc  func,
                              gpointer               user_data,
                              GDestroyNotify         destroy)
{
  g_return_if_fail (self != NULL);

  if (self->collapsed_destroy != NULL)
    self->collapsed_destroy (self->collapsed_data);
  self->collapsed_func = func;
  self->collapsed_data = user_data;
  self->collapsed_destroy = destroy;
  od_layout_collapsed_changed (self);
}

void
od_layout_collapsed_changed (OdLayout *self)
{
  g_return_if_fail (self != NULL);

  /* What is shown is decided in the walk of the tree. */
  self->stale = TRUE;
  self->structure_dirty = TRUE;
}

/* The index of @unit in the layout, or -1. */
static gint32
index_of (OdLayout     *self,
          const OdUnit *unit)
{
  guint serial = od_unit_get_serial (unit);
  gint32 i;

  if (serial >= self->serial_bound)
    return -1;
  i = self->index_of_serial[serial];
  if (i < 0 || (guint) i >= self->n_units || self->units[i] != unit)
    return -1;
  return i;
}

guint
od_layout_get_n_hidden (OdLayout     *self,
                        const OdUnit *unit)
{
  gint32 i;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (unit != NULL, 0);

  i = index_of (self, unit);
  return i >= 0 ? self->hidden_of[i] : 0;
}

gboolean
od_layout_get_subtree_bounds (OdLayout     *self,
                              const OdUnit *unit,
                              OdLayoutRect *bounds)
{
  gint32 i;
  double x0, y0, x1, y1;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (unit != NULL, FALSE);
  g_return_val_if_fail (bounds != NULL, FALSE);

  i = index_of (self, unit);
  if (i < 0)
    return FALSE;
  x0 = self->boxes[i].x;
  y0 = self->boxes[i].y;
  x1 = x0 + self->boxes[i].width;
  y1 = y0 + self->boxes[i].height;
  /* Document order: the subtree is the run of deeper units after it. */
  for (guint j = i + 1; j < self->n_units && self->depth_of[j] > self->depth_of[i]; j++)
    {
      const OdLayoutRect *b = &self->boxes[j];

      x0 = MIN (x0, b->x);
      y0 = MIN (y0, b->y);
      x1 = MAX (x1, b->x + b->width);
      y1 = MAX (y1, b->y + b->height);
    }
  *bounds = (OdLayoutRect) { x0, y0, x1 - x0, y1 - y0 };
  return TRUE;
}
