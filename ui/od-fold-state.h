/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-fold-state.h: which units' reports a window hides, on the chart and
 * in the outline alike.
 *
 * One state per unit tree (so per window): collapsing a unit in the
 * outline folds it on the chart and the other way round.  It is a view of
 * the document, not an edit of it: nothing here goes on the undo stack or
 * into the file.  The selected unit is always shown: selecting a unit
 * unfolds its managers. */
#pragma once

#include "od-unit-tree.h"

G_BEGIN_DECLS

#define OD_TYPE_FOLD_STATE (od_fold_state_get_type ())
G_DECLARE_FINAL_TYPE (OdFoldState, od_fold_state, OD, FOLD_STATE, GObject)

/* The fold state of @tree's window (made on first use, lives with @tree). */
OdFoldState *od_fold_state_get_for_tree    (OdUnitTree   *tree);
/* Whether @unit's reports are hidden (never for a unit without any). */
gboolean     od_fold_state_is_collapsed    (OdFoldState  *self,
                                            const OdUnit *unit);
void         od_fold_state_set_collapsed   (OdFoldState  *self,
                                            const char   *unit_id,
                                            gboolean      collapsed);
/* Unfolds @unit_id and folds those of its reports that have reports of
 * their own: one level more (a click on a "+N" badge). */
void         od_fold_state_expand_level    (OdFoldState  *self,
                                            const char   *unit_id);
/* Shows only the first @n_levels levels (1: the top units), folding the
 * units of the last shown level that have reports. */
void         od_fold_state_show_levels     (OdFoldState  *self,
                                            guint         n_levels);
/* The same, but the units whose outline rows are open stay open (one
 * level each, as the outline shows them): a fold made for the user, not
 * by the user, must not close what the user opened meanwhile. */
void         od_fold_state_show_levels_keeping_open (OdFoldState *self,
                                                     guint        n_levels);
void         od_fold_state_expand_all      (OdFoldState  *self);
guint        od_fold_state_get_n_collapsed (OdFoldState  *self);

/* The outline's rows tell the state when the user opens or closes them
 * (called as rows are bound and unbound). */
void         od_fold_state_watch_row       (OdFoldState    *self,
                                            GtkTreeListRow *row);
void         od_fold_state_unwatch_row     (GtkTreeListRow *row);

G_END_DECLS
