/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-undo-stack.h: applies commands and keeps them for undo and redo. */
#pragma once

#include "od-command.h"

G_BEGIN_DECLS

#define OD_TYPE_UNDO_STACK (od_undo_stack_get_type ())
G_DECLARE_FINAL_TYPE (OdUndoStack, od_undo_stack, OD, UNDO_STACK, GObject)

OdUndoStack    *od_undo_stack_new              (OdOrganisation *org);
OdOrganisation *od_undo_stack_get_organisation (OdUndoStack    *self);

/* Applies @command (taking ownership) and pushes it; clears the redo side.
 * Some commands can only be checked against the organisation as it is when
 * they are applied (a group whose second step depends on the first): then
 * nothing changes, FALSE is returned and @error set. */
gboolean        od_undo_stack_push             (OdUndoStack    *self,
                                                OdCommand      *command,
                                                GError        **error);
gboolean        od_undo_stack_can_undo         (OdUndoStack    *self);
gboolean        od_undo_stack_can_redo         (OdUndoStack    *self);
gboolean        od_undo_stack_undo             (OdUndoStack    *self);
gboolean        od_undo_stack_redo             (OdUndoStack    *self);
/* Labels of the next undo and redo, or NULL. */
const char     *od_undo_stack_get_undo_label   (OdUndoStack    *self);
const char     *od_undo_stack_get_redo_label   (OdUndoStack    *self);

/* The document as saved is the current state; ::modified follows from here. */
void            od_undo_stack_mark_saved       (OdUndoStack    *self);
/* No state reachable by undo or redo is the saved one: for a document
 * restored from a recovery copy, which differs from its file. */
void            od_undo_stack_mark_unsaved     (OdUndoStack    *self);
/* TRUE when the document differs from the last save (undoing back to the
 * saved state makes it FALSE again). */
gboolean        od_undo_stack_get_modified     (OdUndoStack    *self);
/* Forgets every command (after loading another file). */
void            od_undo_stack_clear            (OdUndoStack    *self);

G_END_DECLS
