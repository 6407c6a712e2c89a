/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-multi-move.h: moving the units selected together to a new manager,
 * by dragging one of their boxes on the chart or with Move To….
 *
 * Only the top-most selected units move: one whose manager (or a manager
 * above) is selected too goes along inside its subtree.  The whole move is
 * one undo step, and the selection stays on the moved units. */
#pragma once

#include "od-unit-tree.h"

G_BEGIN_DECLS

typedef struct _OdMultiMove OdMultiMove;

/* The units a move of @unit_id takes: every selected unit when @unit_id is
 * one of them, else @unit_id alone.  NULL for an unknown id. */
OdMultiMove *od_multi_move_new         (OdUnitTree   *tree,
                                        const char   *unit_id);
void         od_multi_move_free        (OdMultiMove  *self);
/* How many subtrees move (the top-most selected units). */
guint        od_multi_move_get_n_roots (OdMultiMove  *self);
/* Whether they may all report to @target; when not and it is worth
 * saying (not a drop back where the drag began), *@why says why,
 * translated. */
gboolean     od_multi_move_check       (OdMultiMove  *self,
                                        const OdUnit *target,
                                        char        **why);
/* od_multi_move_check() for a unit id, without the reason (Move To…). */
gboolean     od_multi_move_allows      (OdMultiMove  *self,
                                        const char   *target_id);
/* Makes them report to @target_id as one undoable step. */
gboolean     od_multi_move_to          (OdMultiMove  *self,
                                        const char   *target_id,
                                        GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OdMultiMove, od_multi_move_free)

G_END_DECLS
