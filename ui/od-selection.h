/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-selection.h: several units selected at once.  The unit tree's own
 * selection stays the primary one (the inspector shows it); Ctrl+click and
 * Shift+click mark others beside it, and cut, copy, duplicate, delete and
 * move act on all of them as one step.  A plain selection change clears
 * the marks. */
#pragma once

#include "od-layout.h"
#include "od-unit-tree.h"
#include "od-viewport.h"

G_BEGIN_DECLS

#define OD_TYPE_SELECTION (od_selection_get_type ())
G_DECLARE_FINAL_TYPE (OdSelection, od_selection, OD, SELECTION, GObject)

/* The selection of @tree's window (made on first use, lives with @tree). */
OdSelection *od_selection_get_for_tree (OdUnitTree  *tree);
/* Ctrl+click: marks @unit_id, or unmarks it. */
void         od_selection_toggle       (OdSelection *self,
                                        const char  *unit_id);
/* Shift+click: marks every row shown from the primary unit to @unit_id. */
void         od_selection_extend       (OdSelection *self,
                                        const char  *unit_id);
/* Shift+Down (@delta 1), Shift+Up (-1): the range from the primary unit
 * grows or shrinks by a row at its moving end. */
void         od_selection_extend_by    (OdSelection *self,
                                        int          delta);
/* TRUE for the primary unit and the marked ones. */
gboolean     od_selection_contains     (OdSelection *self,
                                        const char  *unit_id);
guint        od_selection_get_n_marked (OdSelection *self);
void         od_selection_clear_marks  (OdSelection *self);
/* Outlines the marked units' boxes of @layout on @cr (widget coordinates
 * through @viewport), as the chart shows them beside the selected one. */
void         od_selection_draw_marks   (OdSelection *self,
                                        cairo_t     *cr,
                                        OdLayout    *layout,
                                        OdViewport  *viewport);
/* The primary unit's id and the marked ones that still exist. */
GStrv        od_selection_dup_ids      (OdSelection *self);
/* A rubber band: selects @units (OdUnit*, in the organisation's order),
 * the first of them as the primary one; with @add (Shift or Ctrl held)
 * they join what is selected instead. */
void         od_selection_select_units (OdSelection *self,
                                        GPtrArray   *units,
                                        gboolean     add);
/* Shift+click on the chart: the units from the primary one to @unit_id in
 * the organisation's order (the outline's order, folded or not). */
void         od_selection_extend_in_order (OdSelection *self,
                                           const char  *unit_id);
/* Ctrl+A: every unit. */
void         od_selection_select_all   (OdSelection *self);
/* Esc: the marks go; with none, the selected unit does. */
void         od_selection_clear        (OdSelection *self);

G_END_DECLS
