/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-command-units.c: commands on the reporting tree: add, remove, move a
 * unit, and change one of its properties. */
#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "od-command-private.h"
#include "od-scope.h"

/* The @position-th child of @parent not counting @exclude (NULL past the end). */
static OdUnit *
nth_child_excluding (OdOrganisation *org,
                     OdUnit         *parent,
                     guint           position,
                     OdUnit         *exclude)
{
  OdUnit *u = parent ? od_unit_get_first_child (parent) : od_organisation_get_first_top_unit (org);

  for (; u != NULL; u = od_unit_get_next_sibling (u))
    {
      if (u == exclude)
        continue;
      if (position == 0)
        return u;
      position--;
    }
  return NULL;
}

/* The one nesting limit (OD_UNIT_MAX_LEVELS): @levels more under @parent. */
static gboolean
check_levels (OdUnit  *parent,
              guint    levels,
              GError **error)
{
  guint depth = parent != NULL ? od_unit_get_depth (parent) + 1 : 0;

  if (depth + levels <= OD_UNIT_MAX_LEVELS)
    return TRUE;
  g_set_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_INVALID,
               _("Units can be nested at most %d levels deep"), OD_UNIT_MAX_LEVELS);
  return FALSE;
}

static gboolean
lookup_parent (OdOrganisation *org,
               const char     *parent_id,
               OdUnit        **parent,
               GError        **error)
{
  *parent = NULL;
  if (parent_id == NULL)
    return TRUE;
  *parent = _od_command_require_unit (org, parent_id, error);
  return *parent != NULL;
}

/* ---- add ---- */

typedef struct {
  OdCommand   parent;
  char       *parent_id;
  int         position;
  char       *id;
  char       *name;
  OdUnitKind  kind;
  OdUnit     *detached;    /* owned while not in the tree */
} AddUnit;

static gboolean
add_apply (OdCommand *command,
           GError   **error)
{
  AddUnit *self = (AddUnit *) command;
  OdUnit *parent;

  if (!lookup_parent (command->org, self->parent_id, &parent, error) ||
      !check_levels (parent, 1, error))
    return FALSE;
  if (self->detached == NULL)
    {
      if (od_organisation_lookup_unit (command->org, self->id) != NULL)
        {
          g_set_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_DUPLICATE,
                       _("The id “%s” is already in use"), self->id);
          return FALSE;
        }
      self->detached = _od_unit_new (command->org, self->id, self->name, self->kind);
    }
  _od_organisation_attach (command->org, self->detached, parent,
                           self->position < 0 ? NULL
                           : _od_organisation_nth_child (command->org, parent, (guint) self->position));
  self->detached = NULL;
  return TRUE;
}

static void
add_revert (OdCommand *command)
{
  AddUnit *self = (AddUnit *) command;
  OdUnit *unit = od_organisation_lookup_unit (command->org, self->id);

  _od_organisation_detach (command->org, unit);
  self->detached = unit;
}

static void
add_finalize (OdCommand *command)
{
  AddUnit *self = (AddUnit *) command;

  g_free (self->parent_id);
  g_free (self->id);
  g_free (self->name);
  if (self->detached != NULL)
    _od_unit_free_tree (self->detached);
}

static const OdCommandClass add_class = { add_apply, add_revert, add_finalize };

OdCommand *
od_command_add_unit (OdOrganisation *org,
                     const char     *parent_id,
                     int             position,
                     const char     *id,
                     const char     *name,
                     OdUnitKind      kind,
                     GError        **error)
{
  AddUnit *self;
  OdUnit *parent;

  g_return_val_if_fail (OD_IS_ORGANISATION (org), NULL);
  g_return_val_if_fail (kind < OD_N_UNIT_KINDS, NULL);

  if (!lookup_parent (org, parent_id, &parent, error) || !check_levels (parent, 1, error))
    return NULL;
  if (name == NULL || name[0] == '\0')
    {
      g_set_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_INVALID, _("A unit needs a name"));
      return NULL;
    }
  if (!_od_command_check_text (name, FALSE, error))
    return NULL;
  if (id != NULL && !od_is_valid_unit_id (id))
    {
      g_set_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_INVALID,
                   _("“%s” is not a valid unit id: use up to 64 letters, digits, “-”, “_” or “.”"), id);
      return NULL;
    }
  if (id != NULL && od_organisation_lookup_unit (org, id) != NULL)
    {
      g_set_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_DUPLICATE,
                   _("The id “%s” is already in use"), id);
      return NULL;
    }
  self = _od_command_new (&add_class, sizeof (AddUnit), org, N_("Add unit"));
  self->parent_id = g_strdup (parent_id);
  self->position = position;
  self->id = id ? g_strdup (id) : od_organisation_make_unit_id (org, name);
  self->name = g_strdup (name);
  self->kind = kind;
  return &self->parent;
}

const char *
od_command_get_new_unit_id (const OdCommand *command)
{
  g_return_val_if_fail (command != NULL && command->klass == &add_class, NULL);
  return ((const AddUnit *) command)->id;
}

/* ---- remove ---- */

typedef struct {
  guint         index;
  OdDottedLine *line;
} RemovedLine;

typedef struct {
  OdCommand  parent;
  char      *unit_id;
  char      *parent_id;
  guint      position;
  OdUnit    *detached;
  GArray    *removed_lines;  /* RemovedLine, ascending index */
} RemoveUnit;

static gboolean
remove_apply (OdCommand *command,
              GError   **error)
{
  RemoveUnit *self = (RemoveUnit *) command;
  OdUnit *unit = _od_command_require_unit (command->org, self->unit_id, error);
  OdUnit *parent;
  GPtrArray *lines;

  if (unit == NULL)
    return FALSE;
  parent = od_unit_get_parent (unit);
  g_free (self->parent_id);
  self->parent_id = parent ? g_strdup (od_unit_get_id (parent)) : NULL;
  self->position = od_unit_get_position (unit);

  /* Dotted lines that touch the subtree go with it, and come back on undo
   * at their old places. */
  lines = od_organisation_get_dotted_lines (command->org);
  g_array_set_size (self->removed_lines, 0);
  for (guint i = lines->len; i-- > 0;)
    {
      OdDottedLine *line = g_ptr_array_index (lines, i);
      OdUnit *from = od_organisation_lookup_unit (command->org, line->from);
      OdUnit *to = od_organisation_lookup_unit (command->org, line->to);

      if ((from && od_unit_is_within (from, unit)) || (to && od_unit_is_within (to, unit)))
        {
          RemovedLine removed = { i, _od_organisation_remove_item (command->org, lines, i, OD_CHANGE_DOTTED_LINES) };
          g_array_prepend_val (self->removed_lines, removed);
        }
    }
  _od_organisation_detach (command->org, unit);
  self->detached = unit;
  return TRUE;
}

static void
remove_revert (OdCommand *command)
{
  RemoveUnit *self = (RemoveUnit *) command;
  OdUnit *parent = self->parent_id ? od_organisation_lookup_unit (command->org, self->parent_id) : NULL;
  GPtrArray *lines = od_organisation_get_dotted_lines (command->org);

  _od_organisation_attach (command->org, self->detached, parent,
                           _od_organisation_nth_child (command->org, parent, self->position));
  self->detached = NULL;
  for (guint i = 0; i < self->removed_lines->len; i++)
    {
      RemovedLine *removed = &g_array_index (self->removed_lines, RemovedLine, i);
      _od_organisation_insert_item (command->org, lines, removed->index, removed->line, OD_CHANGE_DOTTED_LINES);
      removed->line = NULL;
    }
  g_array_set_size (self->removed_lines, 0);
}

static void
remove_finalize (OdCommand *command)
{
  RemoveUnit *self = (RemoveUnit *) command;

  g_free (self->unit_id);
  g_free (self->parent_id);
  if (self->detached != NULL)
    _od_unit_free_tree (self->detached);
  for (guint i = 0; i < self->removed_lines->len; i++)
    _od_dotted_line_free (g_array_index (self->removed_lines, RemovedLine, i).line);
  g_array_unref (self->removed_lines);
}

static const OdCommandClass remove_class = { remove_apply, remove_revert, remove_finalize };

OdCommand *
od_command_remove_unit (OdOrganisation *org,
                        const char     *unit_id,
                        GError        **error)
{
  RemoveUnit *self;

  g_return_val_if_fail (OD_IS_ORGANISATION (org), NULL);
  if (_od_command_require_unit (org, unit_id, error) == NULL)
    return NULL;
  self = _od_command_new (&remove_class, sizeof (RemoveUnit), org, N_("Delete unit"));
  self->unit_id = g_strdup (unit_id);
  self->removed_lines = g_array_new (FALSE, FALSE, sizeof (RemovedLine));
  return &self->parent;
}

/* ---- move ---- */

typedef struct {
  OdCommand  parent;
  char      *unit_id;
  char      *new_parent_id;
  int        new_position;
  char      *old_parent_id;
  guint      old_position;
} MoveUnit;

static gboolean
check_move (OdOrganisation *org,
            OdUnit         *unit,
            OdUnit         *new_parent,
            GError        **error)
{
  if (new_parent != NULL && od_unit_is_within (new_parent, unit))
    {
      g_set_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_CYCLE,
                   new_parent == unit ? _("“%s” cannot report to itself")
                                      : _("“%s” cannot report to a unit below it"),
                   od_unit_get_name (unit));
      return FALSE;
    }
  return check_levels (new_parent, od_unit_get_subtree_levels (unit), error);
}

static gboolean
move_apply (OdCommand *command,
            GError   **error)
{
  MoveUnit *self = (MoveUnit *) command;
  OdUnit *unit = _od_command_require_unit (command->org, self->unit_id, error);
  OdUnit *old_parent, *new_parent;

  if (unit == NULL || !lookup_parent (command->org, self->new_parent_id, &new_parent, error) ||
      !check_move (command->org, unit, new_parent, error))
    return FALSE;
  old_parent = od_unit_get_parent (unit);
  g_free (self->old_parent_id);
  self->old_parent_id = old_parent ? g_strdup (od_unit_get_id (old_parent)) : NULL;
  self->old_position = od_unit_get_position (unit);
  _od_organisation_move (command->org, unit, new_parent,
                         self->new_position < 0 ? NULL
                         : nth_child_excluding (command->org, new_parent, (guint) self->new_position, unit));
  return TRUE;
}

static void
move_revert (OdCommand *command)
{
  MoveUnit *self = (MoveUnit *) command;
  OdUnit *unit = od_organisation_lookup_unit (command->org, self->unit_id);
  OdUnit *old_parent = self->old_parent_id ? od_organisation_lookup_unit (command->org, self->old_parent_id) : NULL;

  _od_organisation_move (command->org, unit, old_parent,
                         nth_child_excluding (command->org, old_parent, self->old_position, unit));
}

static void
move_finalize (OdCommand *command)
{
  MoveUnit *self = (MoveUnit *) command;

  g_free (self->unit_id);
  g_free (self->new_parent_id);
  g_free (self->old_parent_id);
}

static const OdCommandClass move_class = { move_apply, move_revert, move_finalize };

OdCommand *
od_command_move_unit (OdOrganisation *org,
                      const char     *unit_id,
                      const char     *new_parent_id,
                      int             position,
                      GError        **error)
{
  MoveUnit *self;
  OdUnit *unit, *new_parent;

  g_return_val_if_fail (OD_IS_ORGANISATION (org), NULL);
  unit = _od_command_require_unit (org, unit_id, error);
  if (unit == NULL || !lookup_parent (org, new_parent_id, &new_parent, error) ||
      !check_move (org, unit, new_parent, error))
    return NULL;
  self = _od_command_new (&move_class, sizeof (MoveUnit), org,
                          new_parent == od_unit_get_parent (unit) ? N_("Reorder units") : N_("Move unit"));
  self->unit_id = g_strdup (unit_id);
  self->new_parent_id = g_strdup (new_parent_id);
  self->new_position = position;
  return &self->parent;
}

/* ---- properties ---- */

typedef struct {
  OdCommand   parent;
  char       *unit_id;
  OdUnitProp  prop;
  char       *old_value;
  char       *new_value;
} SetUnitProp;

static char *
read_prop (const OdUnit *unit,
           OdUnitProp    prop)
{
  switch (prop)
    {
    case OD_UNIT_PROP_NAME: return g_strdup (od_unit_get_name (unit));
    case OD_UNIT_PROP_KIND: return g_strdup (od_unit_kind_to_string (od_unit_get_kind (unit)));
    case OD_UNIT_PROP_HEAD: return g_strdup (od_unit_get_head (unit));
    case OD_UNIT_PROP_HEADCOUNT:
      return od_unit_get_headcount (unit) < 0 ? NULL : g_strdup_printf ("%d", od_unit_get_headcount (unit));
    case OD_UNIT_PROP_NOTES: return g_strdup (od_unit_get_notes (unit));
    case OD_UNIT_PROP_ASSISTANT: return g_strdup (od_unit_get_assistant (unit) ? "true" : "false");
    case OD_UNIT_PROP_SCOPE_KIND: return g_strdup (od_unit_get_scope_kind (unit));
    case OD_UNIT_PROP_SCOPE: return g_strdup (od_unit_get_scope (unit));
    default: g_return_val_if_reached (NULL);
    }
}

/* Parses a headcount: empty means none (-1). */
static gboolean
parse_headcount (const char *value,
                 int        *out,
                 GError    **error)
{
  guint64 n;

  if (value == NULL || value[0] == '\0')
    {
      *out = -1;
      return TRUE;
    }
  if (!g_ascii_string_to_unsigned (value, 10, 0, 10000000, &n, NULL))
    {
      g_set_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_INVALID,
                   _("A headcount is a whole number from 0 to 10,000,000"));
      return FALSE;
    }
  *out = (int) n;
  return TRUE;
}

static void
write_prop (OdOrganisation *org,
            OdUnit         *unit,
            OdUnitProp      prop,
            const char     *value)
{
  OdUnitKind kind = OD_UNIT_KIND_FRONT;
  int headcount = -1;

  switch (prop)
    {
    case OD_UNIT_PROP_NAME: _od_unit_set_name (org, unit, value); break;
    case OD_UNIT_PROP_KIND:
      od_unit_kind_from_string (value, &kind);
      _od_unit_set_kind (org, unit, kind);
      break;
    case OD_UNIT_PROP_HEAD: _od_unit_set_head (org, unit, value); break;
    case OD_UNIT_PROP_HEADCOUNT:
      parse_headcount (value, &headcount, NULL);
      _od_unit_set_headcount (org, unit, headcount);
      break;
    case OD_UNIT_PROP_NOTES: _od_unit_set_notes (org, unit, value); break;
    case OD_UNIT_PROP_ASSISTANT: _od_unit_set_assistant (org, unit, g_strcmp0 (value, "true") == 0); break;
    case OD_UNIT_PROP_SCOPE_KIND: _od_unit_set_scope_kind (org, unit, value); break;
    case OD_UNIT_PROP_SCOPE: _od_unit_set_scope (org, unit, value); break;
    default: g_return_if_reached ();
    }
}

static gboolean
prop_apply (OdCommand *command,
            GError   **error)
{
  SetUnitProp *self = (SetUnitProp *) command;
  OdUnit *unit = _od_command_require_unit (command->org, self->unit_id, error);

  if (unit == NULL)
    return FALSE;
  g_free (self->old_value);
  self->old_value = read_prop (unit, self->prop);
  write_prop (command->org, unit, self->prop, self->new_value);
  return TRUE;
}

static void
prop_revert (OdCommand *command)
{
  SetUnitProp *self = (SetUnitProp *) command;

  write_prop (command->org, od_organisation_lookup_unit (command->org, self->unit_id),
              self->prop, self->old_value);
}

static void
prop_finalize (OdCommand *command)
{
  SetUnitProp *self = (SetUnitProp *) command;

  g_free (self->unit_id);
  g_free (self->old_value);
  g_free (self->new_value);
}

static const OdCommandClass prop_class = { prop_apply, prop_revert, prop_finalize };

OdCommand *
od_command_set_unit_prop (OdOrganisation *org,
                          const char     *unit_id,
                          OdUnitProp      prop,
                          const char     *value,
                          GError        **error)
{
  static const char * const labels[] = {
    N_("Rename unit"), N_("Change unit kind"), N_("Change head"),
    N_("Change headcount"), N_("Change notes"), N_("Change assistant status"),
    N_("Change scope kind"), N_("Change scope"),
  };
  SetUnitProp *self;
  int headcount;

  g_return_val_if_fail (OD_IS_ORGANISATION (org), NULL);
  g_return_val_if_fail (prop <= OD_UNIT_PROP_SCOPE, NULL);

  if (_od_command_require_unit (org, unit_id, error) == NULL)
    return NULL;
  switch (prop)
    {
    case OD_UNIT_PROP_NAME:
      if (value == NULL || value[0] == '\0')
        {
          g_set_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_INVALID, _("A unit needs a name"));
          return NULL;
        }
      G_GNUC_FALLTHROUGH;
    case OD_UNIT_PROP_HEAD:
      if (!_od_command_check_text (value, FALSE, error))
        return NULL;
      break;
    case OD_UNIT_PROP_NOTES:
      if (!_od_command_check_text (value, TRUE, error))
        return NULL;
      break;
    case OD_UNIT_PROP_KIND:
      if (!od_unit_kind_from_string (value, NULL))
        {
          g_set_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_INVALID,
                       _("A unit's kind is executive, front, back or support"));
          return NULL;
        }
      break;
    case OD_UNIT_PROP_HEADCOUNT:
      if (!parse_headcount (value, &headcount, error))
        return NULL;
      break;
    case OD_UNIT_PROP_ASSISTANT:
      if (g_strcmp0 (value, "true") != 0 && g_strcmp0 (value, "false") != 0)
        {
          g_set_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_INVALID, _("Expected true or false"));
          return NULL;
        }
      break;
    case OD_UNIT_PROP_SCOPE_KIND:
      if (value != NULL && value[0] != '\0' && !od_scope_kind_is_valid (value))
        {
          g_set_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_INVALID,
                       _("A scope kind is region, segment, channel or product"));
          return NULL;
        }
      break;
    case OD_UNIT_PROP_SCOPE:
      if (!_od_command_check_text (value, FALSE, error))
        return NULL;
      break;
    default:
      break;
    }
  self = _od_command_new (&prop_class, sizeof (SetUnitProp), org, labels[prop]);
  self->unit_id = g_strdup (unit_id);
  self->prop = prop;
  self->new_value = g_strdup (value);
  return &self->parent;
}
