/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-readable-fit.c: the levels of a chart that fit readably.
 *
 * Levels are tried from the top down, each laid out with the level below
 * it folded, until one does not fit at the readable zoom.  A level whose
 * boxes side by side are already wider than the window is refused without
 * laying it out, so a level of 90,000 units costs a count, not a layout.
 */
#include "config.h"

#include "od-readable-fit.h"

static gboolean
in_set_cb (const OdUnit *unit,
           gpointer      user_data)
{
  return g_hash_table_contains (user_data, unit);
}

static gboolean
fits (OdLayout   *layout,
      OdViewport *viewport,
      double      min_zoom)
{
  OdLayoutRect bounds;

  od_layout_collapsed_changed (layout);
  od_layout_update (layout);
  od_layout_get_bounds (layout, &bounds);
  return od_viewport_get_fit_zoom (viewport, &bounds) >= min_zoom;
}

guint
od_readable_fit_levels (OdLayout              *layout,
                        OdViewport            *viewport,
                        double                 min_zoom,
                        OdLayoutCollapsedFunc  func,
                        gpointer               user_data)
{
  OdOrganisation *org;
  const OdLayoutOptions *opt;
  g_autoptr(GHashTable) folded = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) level = g_ptr_array_new ();
  guint levels = 0, best = 1;

  g_return_val_if_fail (layout != NULL, 0);
  g_return_val_if_fail (OD_IS_VIEWPORT (viewport), 0);

  org = od_layout_get_organisation (layout);
  opt = od_layout_get_options (layout);
  for (OdUnit *u = od_organisation_get_first_top_unit (org); u != NULL; u = od_unit_get_next_sibling (u))
    g_ptr_array_add (level, u);

  od_layout_set_collapsed_func (layout, in_set_cb, folded, NULL);
  while (level->len > 0)
    {
      g_autoptr(GPtrArray) next = g_ptr_array_new ();
      guint n_below = 0;

      levels++;
      /* Fold this level; what lies below is the next level. */
      g_hash_table_remove_all (folded);
      for (guint i = 0; i < level->len; i++)
        {
          OdUnit *unit = level->pdata[i];

          if (od_unit_get_first_child (unit) == NULL)
            continue;
          g_hash_table_add (folded, unit);
          for (OdUnit *c = od_unit_get_first_child (unit); c != NULL; c = od_unit_get_next_sibling (c))
            {
              g_ptr_array_add (next, c);
              n_below++;
            }
        }
      /* Boxes in a row across the level cannot be narrower than this. */
      if (opt->orientation == OD_ORIENTATION_TOP_DOWN && opt->compact_max_columns == 0
          && level->len * opt->min_box_width * min_zoom > od_viewport_get_width (viewport))
        break;
      if (!fits (layout, viewport, min_zoom))
        break;
      best = levels;
      if (n_below == 0)
        {
          /* Every level fits: nothing to fold. */
          best = 0;
          break;
        }
      g_ptr_array_unref (level);
      level = g_steal_pointer (&next);
    }
  od_layout_set_collapsed_func (layout, func, user_data, NULL);
  return best;
}
