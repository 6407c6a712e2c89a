/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-unit.c: a unit of the reporting tree: reading it, making and freeing it. */
#include "config.h"

#include <string.h>

#include "od-organisation-private.h"

OdExtra *
_od_extra_copy (const OdExtra *extra)
{
  OdExtra *copy;

  if (extra == NULL)
    return NULL;
  copy = g_new0 (OdExtra, 1);
  if (extra->attributes != NULL)
    {
      copy->attributes = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; i < extra->attributes->len; i++)
        g_ptr_array_add (copy->attributes, g_strdup (g_ptr_array_index (extra->attributes, i)));
    }
  if (extra->elements != NULL)
    copy->elements = g_string_new_len (extra->elements->str, extra->elements->len);
  return copy;
}

void
_od_extra_free (OdExtra *extra)
{
  if (extra == NULL)
    return;
  g_clear_pointer (&extra->attributes, g_ptr_array_unref);
  if (extra->elements != NULL)
    g_string_free (extra->elements, TRUE);
  g_free (extra);
}

void
_od_assignment_clear (gpointer assignment)
{
  OdAssignment *a = assignment;

  g_clear_pointer ((OdExtra **) &a->extra, _od_extra_free);
}

void
_od_unit_free_tree (OdUnit *unit)
{
  OdUnit *child = unit->first_child;

  while (child != NULL)
    {
      OdUnit *next = child->next;
      _od_unit_free_tree (child);
      child = next;
    }
  g_free (unit->id);
  g_free (unit->name);
  g_free (unit->head);
  g_free (unit->notes);
  g_free (unit->scope_kind);
  g_free (unit->scope);
  g_clear_pointer (&unit->assignments, g_array_unref);
  _od_extra_free (unit->extra);
  _od_extra_free (unit->notes_extra);
  g_free (unit);
}

const char *
od_unit_get_id (const OdUnit *unit)
{
  g_return_val_if_fail (unit != NULL, NULL);
  return unit->id;
}

const char *
od_unit_get_name (const OdUnit *unit)
{
  g_return_val_if_fail (unit != NULL, NULL);
  return unit->name;
}

OdUnitKind
od_unit_get_kind (const OdUnit *unit)
{
  g_return_val_if_fail (unit != NULL, OD_UNIT_KIND_FRONT);
  return unit->kind;
}

const char *
od_unit_get_head (const OdUnit *unit)
{
  g_return_val_if_fail (unit != NULL, NULL);
  return unit->head;
}

int
od_unit_get_headcount (const OdUnit *unit)
{
  g_return_val_if_fail (unit != NULL, -1);
  return unit->headcount;
}

const char *
od_unit_get_scope_kind (const OdUnit *unit)
{
  g_return_val_if_fail (unit != NULL, NULL);

  return unit->scope_kind;
}

const char *
od_unit_get_scope (const OdUnit *unit)
{
  g_return_val_if_fail (unit != NULL, NULL);

  return unit->scope;
}

const char *
od_unit_get_notes (const OdUnit *unit)
{
  g_return_val_if_fail (unit != NULL, NULL);
  return unit->notes;
}

gboolean
od_unit_get_assistant (const OdUnit *unit)
{
  g_return_val_if_fail (unit != NULL, FALSE);
  return unit->assistant;
}

guint
od_unit_get_serial (const OdUnit *unit)
{
  g_return_val_if_fail (unit != NULL, 0);
  return unit->serial;
}

OdUnit *
od_unit_get_parent (const OdUnit *unit)
{
  g_return_val_if_fail (unit != NULL, NULL);
  return unit->parent;
}

OdUnit *
od_unit_get_first_child (const OdUnit *unit)
{
  g_return_val_if_fail (unit != NULL, NULL);
  return unit->first_child;
}

OdUnit *
od_unit_get_last_child (const OdUnit *unit)
{
  g_return_val_if_fail (unit != NULL, NULL);
  return unit->last_child;
}

OdUnit *
od_unit_get_next_sibling (const OdUnit *unit)
{
  g_return_val_if_fail (unit != NULL, NULL);
  return unit->next;
}

OdUnit *
od_unit_get_prev_sibling (const OdUnit *unit)
{
  g_return_val_if_fail (unit != NULL, NULL);
  return unit->prev;
}

guint
od_unit_get_n_children (const OdUnit *unit)
{
  g_return_val_if_fail (unit != NULL, 0);
  return unit->n_children;
}

guint
od_unit_get_position (const OdUnit *unit)
{
  guint position = 0;

  g_return_val_if_fail (unit != NULL, 0);
  for (const OdUnit *u = unit->prev; u != NULL; u = u->prev)
    position++;
  return position;
}

guint
od_unit_get_depth (const OdUnit *unit)
{
  guint depth = 0;

  g_return_val_if_fail (unit != NULL, 0);
  for (const OdUnit *u = unit->parent; u != NULL; u = u->parent)
    depth++;
  return depth;
}

/* Levels from @unit down to its deepest descendant (1 for a leaf), how
 * many a move or paste adds under its new parent.  Without recursion: a
 * chain may be as deep as the nesting limit. */
guint
od_unit_get_subtree_levels (const OdUnit *unit)
{
  guint level = 1, deepest = 1;
  const OdUnit *u = unit;

  g_return_val_if_fail (unit != NULL, 0);
  while (u != NULL)
    {
      deepest = MAX (deepest, level);
      if (u->first_child != NULL)
        {
          u = u->first_child;
          level++;
          continue;
        }
      while (u != unit && u->next == NULL)
        {
          u = u->parent;
          level--;
        }
      u = u == unit ? NULL : u->next;
    }
  return deepest;
}

gboolean
od_unit_is_within (const OdUnit *unit,
                   const OdUnit *ancestor)
{
  g_return_val_if_fail (unit != NULL, FALSE);
  for (const OdUnit *u = unit; u != NULL; u = u->parent)
    if (u == ancestor)
      return TRUE;
  return FALSE;
}

guint
od_unit_get_n_assignments (const OdUnit *unit)
{
  g_return_val_if_fail (unit != NULL, 0);
  return unit->assignments ? unit->assignments->len : 0;
}

const OdAssignment *
od_unit_get_assignment (const OdUnit *unit,
                        guint         index)
{
  g_return_val_if_fail (unit != NULL, NULL);
  g_return_val_if_fail (index < od_unit_get_n_assignments (unit), NULL);
  return &g_array_index (unit->assignments, OdAssignment, index);
}

int
_od_unit_find_assignment (const OdUnit *unit,
                          const char   *function_id)
{
  if (unit->assignments == NULL || function_id == NULL)
    return -1;
  for (guint i = 0; i < unit->assignments->len; i++)
    if (strcmp (g_array_index (unit->assignments, OdAssignment, i).function_id, function_id) == 0)
      return (int) i;
  return -1;
}

OdRole
od_unit_get_role (const OdUnit *unit,
                  const char   *function_id)
{
  int index;

  g_return_val_if_fail (unit != NULL, OD_ROLE_NONE);
  index = _od_unit_find_assignment (unit, function_id);
  return index < 0 ? OD_ROLE_NONE : g_array_index (unit->assignments, OdAssignment, index).role;
}
