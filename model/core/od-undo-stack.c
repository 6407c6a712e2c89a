/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-undo-stack.c: applies commands and keeps them for undo and redo. */
#include "config.h"

#include <glib/gi18n.h>

#include "od-command-private.h"
#include "od-undo-stack.h"

struct _OdUndoStack
{
  GObject         parent_instance;

  OdOrganisation *org;
  GPtrArray      *done;      /* OdCommand*, oldest first */
  GPtrArray      *undone;    /* OdCommand*, most recently undone last */
  /* How many commands were done when the document was saved; -1 when the
   * saved state can no longer be reached (it was on a discarded redo side). */
  gint64          saved_depth;
  gboolean        modified;
};

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  ABOUT_TO_CHANGE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (OdUndoStack, od_undo_stack, G_TYPE_OBJECT)

static void
od_undo_stack_dispose (GObject *object)
{
  OdUndoStack *self = OD_UNDO_STACK (object);

  /* Commands hold the organisation; drop them first. */
  g_ptr_array_set_size (self->done, 0);
  g_ptr_array_set_size (self->undone, 0);
  g_clear_object (&self->org);

  G_OBJECT_CLASS (od_undo_stack_parent_class)->dispose (object);
}

static void
od_undo_stack_finalize (GObject *object)
{
  OdUndoStack *self = OD_UNDO_STACK (object);

  g_ptr_array_unref (self->done);
  g_ptr_array_unref (self->undone);

  G_OBJECT_CLASS (od_undo_stack_parent_class)->finalize (object);
}

static void
od_undo_stack_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  OdUndoStack *self = OD_UNDO_STACK (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, od_undo_stack_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, od_undo_stack_can_redo (self));
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, self->modified);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
od_undo_stack_class_init (OdUndoStackClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = od_undo_stack_dispose;
  object_class->finalize = od_undo_stack_finalize;
  object_class->get_property = od_undo_stack_get_property;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OdUndoStack::about-to-change:
   *
   * Emitted just before a command is applied or reverted, while the
   * organisation is still as it was: whoever reads it in another thread
   * stops there.
   */
  signals[ABOUT_TO_CHANGE] = g_signal_new ("about-to-change",
                                           G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST,
                                           0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 0);
}

static void
od_undo_stack_init (OdUndoStack *self)
{
  self->done = g_ptr_array_new_with_free_func ((GDestroyNotify) od_command_free);
  self->undone = g_ptr_array_new_with_free_func ((GDestroyNotify) od_command_free);
}

OdUndoStack *
od_undo_stack_new (OdOrganisation *org)
{
  OdUndoStack *self;

  g_return_val_if_fail (OD_IS_ORGANISATION (org), NULL);
  self = g_object_new (OD_TYPE_UNDO_STACK, NULL);
  self->org = g_object_ref (org);
  return self;
}

OdOrganisation *
od_undo_stack_get_organisation (OdUndoStack *self)
{
  g_return_val_if_fail (OD_IS_UNDO_STACK (self), NULL);
  return self->org;
}

/* Recomputes the derived properties and notifies those that changed. */
static void
update_state (OdUndoStack *self,
              gboolean     could_undo,
              gboolean     could_redo)
{
  gboolean modified = self->saved_depth != (gint64) self->done->len;

  if (could_undo != od_undo_stack_can_undo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (could_redo != od_undo_stack_can_redo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  if (modified != self->modified)
    {
      self->modified = modified;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
    }
}

gboolean
od_undo_stack_push (OdUndoStack *self,
                    OdCommand   *command,
                    GError     **error)
{
  gboolean could_undo, could_redo;

  g_return_val_if_fail (OD_IS_UNDO_STACK (self), FALSE);
  g_return_val_if_fail (command != NULL, FALSE);
  g_return_val_if_fail (command->org == self->org, FALSE);

  could_undo = od_undo_stack_can_undo (self);
  could_redo = od_undo_stack_can_redo (self);
  g_signal_emit (self, signals[ABOUT_TO_CHANGE], 0);
  if (!_od_command_apply (command, error))
    {
      od_command_free (command);
      return FALSE;
    }
  /* A saved state on the redo side can never come back. */
  if (self->saved_depth > (gint64) self->done->len)
    self->saved_depth = -1;
  g_ptr_array_set_size (self->undone, 0);
  g_ptr_array_add (self->done, command);
  update_state (self, could_undo, could_redo);
  return TRUE;
}

gboolean
od_undo_stack_can_undo (OdUndoStack *self)
{
  g_return_val_if_fail (OD_IS_UNDO_STACK (self), FALSE);
  return self->done->len > 0;
}

gboolean
od_undo_stack_can_redo (OdUndoStack *self)
{
  g_return_val_if_fail (OD_IS_UNDO_STACK (self), FALSE);
  return self->undone->len > 0;
}

gboolean
od_undo_stack_undo (OdUndoStack *self)
{
  gboolean could_undo, could_redo;
  OdCommand *command;

  g_return_val_if_fail (OD_IS_UNDO_STACK (self), FALSE);
  if (self->done->len == 0)
    return FALSE;
  could_undo = TRUE;
  could_redo = od_undo_stack_can_redo (self);
  command = g_ptr_array_steal_index (self->done, self->done->len - 1);
  g_signal_emit (self, signals[ABOUT_TO_CHANGE], 0);
  _od_command_revert (command);
  g_ptr_array_add (self->undone, command);
  update_state (self, could_undo, could_redo);
  return TRUE;
}

gboolean
od_undo_stack_redo (OdUndoStack *self)
{
  gboolean could_undo, could_redo;
  OdCommand *command;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (OD_IS_UNDO_STACK (self), FALSE);
  if (self->undone->len == 0)
    return FALSE;
  could_undo = od_undo_stack_can_undo (self);
  could_redo = TRUE;
  command = g_ptr_array_steal_index (self->undone, self->undone->len - 1);
  g_signal_emit (self, signals[ABOUT_TO_CHANGE], 0);
  /* The organisation is exactly as it was after the first apply was undone,
   * so applying again cannot fail; if it did, the redo side is unusable. */
  if (!_od_command_apply (command, &error))
    {
      g_critical ("Redo failed: %s", error->message);
      od_command_free (command);
      g_ptr_array_set_size (self->undone, 0);
      update_state (self, could_undo, could_redo);
      return FALSE;
    }
  g_ptr_array_add (self->done, command);
  update_state (self, could_undo, could_redo);
  return TRUE;
}

const char *
od_undo_stack_get_undo_label (OdUndoStack *self)
{
  g_return_val_if_fail (OD_IS_UNDO_STACK (self), NULL);
  if (self->done->len == 0)
    return NULL;
  return od_command_get_label (g_ptr_array_index (self->done, self->done->len - 1));
}

const char *
od_undo_stack_get_redo_label (OdUndoStack *self)
{
  g_return_val_if_fail (OD_IS_UNDO_STACK (self), NULL);
  if (self->undone->len == 0)
    return NULL;
  return od_command_get_label (g_ptr_array_index (self->undone, self->undone->len - 1));
}

void
od_undo_stack_mark_saved (OdUndoStack *self)
{
  g_return_if_fail (OD_IS_UNDO_STACK (self));
  self->saved_depth = self->done->len;
  update_state (self, od_undo_stack_can_undo (self), od_undo_stack_can_redo (self));
}

void
od_undo_stack_mark_unsaved (OdUndoStack *self)
{
  g_return_if_fail (OD_IS_UNDO_STACK (self));
  self->saved_depth = -1;
  update_state (self, od_undo_stack_can_undo (self), od_undo_stack_can_redo (self));
}

gboolean
od_undo_stack_get_modified (OdUndoStack *self)
{
  g_return_val_if_fail (OD_IS_UNDO_STACK (self), FALSE);
  return self->modified;
}

void
od_undo_stack_clear (OdUndoStack *self)
{
  gboolean could_undo, could_redo;

  g_return_if_fail (OD_IS_UNDO_STACK (self));
  could_undo = od_undo_stack_can_undo (self);
  could_redo = od_undo_stack_can_redo (self);
  g_ptr_array_set_size (self->done, 0);
  g_ptr_array_set_size (self->undone, 0);
  self->saved_depth = 0;
  update_state (self, could_undo, could_redo);
}
