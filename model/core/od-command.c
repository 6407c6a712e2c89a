/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-command.c: the command base, groups of commands, and shared checks. */
#include "config.h"

#include <glib/gi18n.h>

#include "od-command-private.h"

G_DEFINE_QUARK (od-command-error-quark, od_command_error)

gpointer
_od_command_new (const OdCommandClass *klass,
                 gsize                 size,
                 OdOrganisation       *org,
                 const char           *label)
{
  OdCommand *command = g_malloc0 (size);

  command->klass = klass;
  command->org = g_object_ref (org);
  command->label = label;
  return command;
}

void
od_command_free (OdCommand *command)
{
  if (command == NULL)
    return;
  if (command->klass->finalize != NULL)
    command->klass->finalize (command);
  g_object_unref (command->org);
  g_free (command);
}

const char *
od_command_get_label (const OdCommand *command)
{
  g_return_val_if_fail (command != NULL, NULL);
  return _(command->label);
}

gboolean
_od_command_apply (OdCommand  *command,
                   GError    **error)
{
  return command->klass->apply (command, error);
}

void
_od_command_revert (OdCommand *command)
{
  command->klass->revert (command);
}

OdUnit *
_od_command_require_unit (OdOrganisation *org,
                          const char     *unit_id,
                          GError        **error)
{
  OdUnit *unit = od_organisation_lookup_unit (org, unit_id);

  if (unit == NULL)
    g_set_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_NOT_FOUND,
                 _("There is no unit with the id “%s”"), unit_id ? unit_id : "");
  return unit;
}

gboolean
_od_command_check_text (const char  *text,
                        gboolean     multiline,
                        GError     **error)
{
  if (od_text_is_storable (text, multiline))
    return TRUE;
  g_set_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_INVALID,
               g_utf8_validate (text, -1, NULL)
               ? _("The text contains a control or non-character that a document cannot hold")
               : _("The text is not valid UTF-8"));
  return FALSE;
}

/* ---- groups ---- */

typedef struct {
  OdCommand  parent;
  GPtrArray *commands;
  char      *label_copy;
} OdGroupCommand;

static gboolean
group_apply (OdCommand  *command,
             GError    **error)
{
  OdGroupCommand *self = (OdGroupCommand *) command;

  for (guint i = 0; i < self->commands->len; i++)
    if (!_od_command_apply (g_ptr_array_index (self->commands, i), error))
      {
        /* Leave nothing half done. */
        while (i-- > 0)
          _od_command_revert (g_ptr_array_index (self->commands, i));
        return FALSE;
      }
  return TRUE;
}

static void
group_revert (OdCommand *command)
{
  OdGroupCommand *self = (OdGroupCommand *) command;

  for (guint i = self->commands->len; i-- > 0;)
    _od_command_revert (g_ptr_array_index (self->commands, i));
}

static void
group_finalize (OdCommand *command)
{
  OdGroupCommand *self = (OdGroupCommand *) command;

  g_ptr_array_unref (self->commands);
  g_free (self->label_copy);
}

static const OdCommandClass group_class = { group_apply, group_revert, group_finalize };

OdCommand *
od_command_group_new (const char *label,
                      GPtrArray  *commands)
{
  OdGroupCommand *self;
  OdCommand *first;

  g_return_val_if_fail (commands != NULL && commands->len > 0, NULL);

  first = g_ptr_array_index (commands, 0);
  self = _od_command_new (&group_class, sizeof (OdGroupCommand), first->org, NULL);
  /* The label of a group is already translated by its maker; _() on a
   * string with no translation gives it back unchanged. */
  self->label_copy = g_strdup (label);
  self->parent.label = self->label_copy;
  self->commands = g_ptr_array_new_with_free_func ((GDestroyNotify) od_command_free);
  for (guint i = 0; i < commands->len; i++)
    g_ptr_array_add (self->commands, g_ptr_array_index (commands, i));
  g_ptr_array_set_free_func (commands, NULL);
  g_ptr_array_unref (commands);
  return &self->parent;
}
