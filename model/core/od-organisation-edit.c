/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-organisation-edit.c: the primitive mutations commands are made of.
 *
 * These live apart from od-organisation.c because they are the only code
 * that changes an organisation; each emits ::changed exactly once.  They
 * reach into the organisation's struct through od-organisation-fields.h.
 */
#include "config.h"

#include <string.h>

#include "od-organisation-fields.h"

static char *
dup_or_null (const char *value)
{
  return (value != NULL && value[0] != '\0') ? g_strdup (value) : NULL;
}

OdUnit *
_od_unit_new (OdOrganisation *org,
              const char     *id,
              const char     *name,
              OdUnitKind      kind)
{
  OdUnit *unit = g_new0 (OdUnit, 1);

  unit->id = g_strdup (id);
  unit->name = g_strdup (name ? name : "");
  unit->kind = kind;
  unit->headcount = -1;
  unit->serial = org->next_serial++;
  return unit;
}

static void
register_subtree (OdOrganisation *self,
                  OdUnit         *unit,
                  gboolean        add)
{
  /* Iterative: a hostile file may nest deeply. */
  OdUnit *u = unit;

  while (u != NULL)
    {
      if (add)
        {
          g_hash_table_insert (self->units_by_id, u->id, u);
          self->n_units++;
        }
      else
        {
          g_hash_table_remove (self->units_by_id, u->id);
          self->n_units--;
        }
      if (u->first_child != NULL)
        u = u->first_child;
      else
        {
          while (u != unit && u->next == NULL)
            u = u->parent;
          if (u == unit)
            break;
          u = u->next;
        }
    }
}

static void
link_unit (OdOrganisation *self,
           OdUnit         *unit,
           OdUnit         *parent,
           OdUnit         *before)
{
  OdUnit *container = parent ? parent : &self->top;

  g_assert (before == NULL || before->parent == parent);
  unit->parent = parent;
  unit->next = before;
  unit->prev = before ? before->prev : container->last_child;
  if (unit->prev != NULL)
    unit->prev->next = unit;
  else
    container->first_child = unit;
  if (before != NULL)
    before->prev = unit;
  else
    container->last_child = unit;
  container->n_children++;
  self->structure_generation++;
}

static void
unlink_unit (OdOrganisation *self,
             OdUnit         *unit)
{
  OdUnit *container = unit->parent ? unit->parent : &self->top;

  if (unit->prev != NULL)
    unit->prev->next = unit->next;
  else
    container->first_child = unit->next;
  if (unit->next != NULL)
    unit->next->prev = unit->prev;
  else
    container->last_child = unit->prev;
  container->n_children--;
  unit->parent = unit->prev = unit->next = NULL;
  self->structure_generation++;
}

void
_od_organisation_attach (OdOrganisation *self,
                         OdUnit         *unit,
                         OdUnit         *parent,
                         OdUnit         *before)
{
  link_unit (self, unit, parent, before);
  register_subtree (self, unit, TRUE);
  _od_organisation_emit_changed (self, OD_CHANGE_UNIT_ADDED, unit);
}

void
_od_organisation_detach (OdOrganisation *self,
                         OdUnit         *unit)
{
  _od_organisation_emit_changed (self, OD_CHANGE_UNIT_REMOVED, unit);
  register_subtree (self, unit, FALSE);
  unlink_unit (self, unit);
}

void
_od_organisation_move (OdOrganisation *self,
                       OdUnit         *unit,
                       OdUnit         *parent,
                       OdUnit         *before)
{
  unlink_unit (self, unit);
  link_unit (self, unit, parent, before);
  _od_organisation_emit_changed (self, OD_CHANGE_UNIT_MOVED, unit);
}

OdUnit *
_od_organisation_nth_child (OdOrganisation *self,
                            OdUnit         *parent,
                            guint           position)
{
  OdUnit *u = parent ? parent->first_child : self->top.first_child;

  while (u != NULL && position-- > 0)
    u = u->next;
  return u;
}

static void
replace_string (char       **field,
                const char  *value,
                gboolean     optional)
{
  char *copy = optional ? dup_or_null (value) : g_strdup (value ? value : "");
  g_free (*field);
  *field = copy;
}

void
_od_unit_set_name (OdOrganisation *self, OdUnit *unit, const char *value)
{
  replace_string (&unit->name, value, FALSE);
  _od_organisation_emit_changed (self, OD_CHANGE_UNIT_PROPERTY, unit);
}

void
_od_unit_set_head (OdOrganisation *self, OdUnit *unit, const char *value)
{
  replace_string (&unit->head, value, TRUE);
  _od_organisation_emit_changed (self, OD_CHANGE_UNIT_PROPERTY, unit);
}

void
_od_unit_set_notes (OdOrganisation *self, OdUnit *unit, const char *value)
{
  replace_string (&unit->notes, value, TRUE);
  _od_organisation_emit_changed (self, OD_CHANGE_UNIT_PROPERTY, unit);
}

void
_od_unit_set_scope_kind (OdOrganisation *self, OdUnit *unit, const char *value)
{
  replace_string (&unit->scope_kind, value, TRUE);
  _od_organisation_emit_changed (self, OD_CHANGE_UNIT_PROPERTY, unit);
}

void
_od_unit_set_scope (OdOrganisation *self, OdUnit *unit, const char *value)
{
  replace_string (&unit->scope, value, TRUE);
  _od_organisation_emit_changed (self, OD_CHANGE_UNIT_PROPERTY, unit);
}

void
_od_unit_set_kind (OdOrganisation *self, OdUnit *unit, OdUnitKind kind)
{
  unit->kind = kind;
  _od_organisation_emit_changed (self, OD_CHANGE_UNIT_PROPERTY, unit);
}

void
_od_unit_set_headcount (OdOrganisation *self, OdUnit *unit, int headcount)
{
  unit->headcount = headcount;
  _od_organisation_emit_changed (self, OD_CHANGE_UNIT_PROPERTY, unit);
}

void
_od_unit_set_assistant (OdOrganisation *self, OdUnit *unit, gboolean assistant)
{
  unit->assistant = assistant != FALSE;
  _od_organisation_emit_changed (self, OD_CHANGE_UNIT_PROPERTY, unit);
}

void
_od_unit_insert_assignment (OdOrganisation *self,
                            OdUnit         *unit,
                            guint           index,
                            const char     *function_id,
                            OdRole          role)
{
  OdAssignment a = { g_intern_string (function_id), role, NULL };

  if (unit->assignments == NULL)
    {
      unit->assignments = g_array_new (FALSE, FALSE, sizeof (OdAssignment));
      g_array_set_clear_func (unit->assignments, _od_assignment_clear);
    }
  g_array_insert_val (unit->assignments, MIN (index, unit->assignments->len), a);
  _od_organisation_emit_changed (self, OD_CHANGE_ASSIGNMENT, unit);
}

void
_od_unit_remove_assignment (OdOrganisation *self,
                            OdUnit         *unit,
                            guint           index)
{
  g_return_if_fail (unit->assignments != NULL && index < unit->assignments->len);
  g_array_remove_index (unit->assignments, index);
  if (unit->assignments->len == 0)
    g_clear_pointer (&unit->assignments, g_array_unref);
  _od_organisation_emit_changed (self, OD_CHANGE_ASSIGNMENT, unit);
}

void
_od_unit_set_assignment_role (OdOrganisation *self,
                              OdUnit         *unit,
                              guint           index,
                              OdRole          role)
{
  g_return_if_fail (unit->assignments != NULL && index < unit->assignments->len);
  g_array_index (unit->assignments, OdAssignment, index).role = role;
  _od_organisation_emit_changed (self, OD_CHANGE_ASSIGNMENT, unit);
}

void
_od_organisation_set_name (OdOrganisation *self, const char *value)
{
  replace_string (&self->name, value, TRUE);
  _od_organisation_emit_changed (self, OD_CHANGE_ORGANISATION, NULL);
}

void
_od_organisation_set_focus (OdOrganisation *self, const char *value)
{
  replace_string (&self->focus, value, TRUE);
  _od_organisation_emit_changed (self, OD_CHANGE_ORGANISATION, NULL);
}

void
_od_organisation_set_industry (OdOrganisation *self, const char *value)
{
  replace_string (&self->industry, value, TRUE);
  _od_organisation_emit_changed (self, OD_CHANGE_ORGANISATION, NULL);
}

void
_od_organisation_set_task (OdOrganisation *self, const char *value)
{
  replace_string (&self->task, value, TRUE);
  _od_organisation_emit_changed (self, OD_CHANGE_ORGANISATION, NULL);
}

void
_od_organisation_set_business (OdOrganisation *self, const char *value)
{
  replace_string (&self->business, value, TRUE);
  _od_organisation_emit_changed (self, OD_CHANGE_ORGANISATION, NULL);
}

void
_od_organisation_set_assessment_date (OdOrganisation *self, const char *value)
{
  replace_string (&self->assessment_date, value, TRUE);
  _od_organisation_emit_changed (self, OD_CHANGE_ASSESSMENT, NULL);
}

void
_od_organisation_set_size (OdOrganisation *self, OdSize size)
{
  self->size = size;
  _od_organisation_emit_changed (self, OD_CHANGE_ORGANISATION, NULL);
}

void
_od_organisation_set_lang (OdOrganisation *self, OdLang lang)
{
  self->lang = lang;
  _od_organisation_emit_changed (self, OD_CHANGE_ORGANISATION, NULL);
}

void
_od_organisation_insert_item (OdOrganisation *self,
                              GPtrArray      *list,
                              guint           index,
                              gpointer        item,
                              OdChangeKind    kind)
{
  g_ptr_array_insert (list, (int) MIN (index, list->len), item);
  _od_organisation_emit_changed (self, kind, NULL);
}

gpointer
_od_organisation_remove_item (OdOrganisation *self,
                              GPtrArray      *list,
                              guint           index,
                              OdChangeKind    kind)
{
  gpointer item;

  g_return_val_if_fail (index < list->len, NULL);
  item = g_ptr_array_steal_index (list, index);
  _od_organisation_emit_changed (self, kind, NULL);
  return item;
}

gpointer
_od_organisation_replace_item (OdOrganisation *self,
                               GPtrArray      *list,
                               guint           index,
                               gpointer        item,
                               OdChangeKind    kind)
{
  gpointer old;

  g_return_val_if_fail (index < list->len, NULL);
  old = list->pdata[index];
  list->pdata[index] = item;
  _od_organisation_emit_changed (self, kind, NULL);
  return old;
}

void
_od_organisation_set_cause (OdOrganisation *self,
                            guint           cause,
                            OdCauseState    state,
                            const char     *note)
{
  g_return_if_fail (cause >= 1 && cause <= OD_N_CAUSES);
  self->causes[cause].state = state;
  replace_string (&self->causes[cause].note, note, TRUE);
  _od_organisation_emit_changed (self, OD_CHANGE_ASSESSMENT, NULL);
}

void
_od_organisation_set_fact (OdOrganisation *self,
                           const char     *key,
                           const char     *value)
{
  if (value == NULL)
    {
      g_hash_table_remove (self->facts, key);
      g_hash_table_remove (self->fact_extras, key);
    }
  else
    g_hash_table_insert (self->facts, g_strdup (key), g_strdup (value));
  _od_organisation_emit_changed (self, OD_CHANGE_ASSESSMENT, NULL);
}

OdExtra **
_od_organisation_get_extra (OdOrganisation *self)
{
  return &self->extra;
}

OdExtra **
_od_organisation_get_assessment_extra (OdOrganisation *self)
{
  return &self->assessment_extra;
}

void
_od_organisation_set_cause_extra (OdOrganisation *self,
                                  guint           cause,
                                  OdExtra        *extra)
{
  g_return_if_fail (cause >= 1 && cause <= OD_N_CAUSES);
  _od_extra_free (self->causes[cause].extra);
  self->causes[cause].extra = extra;
}

OdExtra *
_od_organisation_get_fact_extra (OdOrganisation *self,
                                 const char     *key)
{
  return g_hash_table_lookup (self->fact_extras, key);
}

void
_od_organisation_set_fact_extra (OdOrganisation *self,
                                 const char     *key,
                                 OdExtra        *extra)
{
  if (extra == NULL)
    g_hash_table_remove (self->fact_extras, key);
  else
    g_hash_table_insert (self->fact_extras, g_strdup (key), extra);
}

const char *
_od_organisation_get_version (OdOrganisation *self)
{
  return self->version;
}

void
_od_organisation_set_version (OdOrganisation *self, const char *version)
{
  g_free (self->version);
  self->version = g_strdup (version ? version : "1");
}

gboolean
_od_organisation_has_assessment (OdOrganisation *self)
{
  return self->has_assessment;
}

void
_od_organisation_set_has_assessment (OdOrganisation *self, gboolean has)
{
  self->has_assessment = has;
}

#define SWAP(type, a, b) G_STMT_START { type tmp_ = (a); (a) = (b); (b) = tmp_; } G_STMT_END

void
_od_organisation_take_contents (OdOrganisation *self,
                                OdOrganisation *source)
{
  /* Swap everything, then empty the source: the old contents die with it. */
  SWAP (char *, self->name, source->name);
  SWAP (char *, self->focus, source->focus);
  SWAP (char *, self->industry, source->industry);
  SWAP (char *, self->business, source->business);
  SWAP (char *, self->task, source->task);
  SWAP (char *, self->assessment_date, source->assessment_date);
  SWAP (char *, self->version, source->version);
  SWAP (OdSize, self->size, source->size);
  SWAP (OdLang, self->lang, source->lang);
  SWAP (gboolean, self->has_assessment, source->has_assessment);
  SWAP (OdUnit *, self->top.first_child, source->top.first_child);
  SWAP (OdUnit *, self->top.last_child, source->top.last_child);
  SWAP (guint, self->top.n_children, source->top.n_children);
  SWAP (GHashTable *, self->units_by_id, source->units_by_id);
  SWAP (guint, self->n_units, source->n_units);
  SWAP (GPtrArray *, self->dotted_lines, source->dotted_lines);
  SWAP (GPtrArray *, self->mechanisms, source->mechanisms);
  SWAP (GPtrArray *, self->respondents, source->respondents);
  SWAP (GPtrArray *, self->acceptances, source->acceptances);
  SWAP (GPtrArray *, self->sheets, source->sheets);
  SWAP (GPtrArray *, self->plans, source->plans);
  for (guint i = 0; i < G_N_ELEMENTS (self->causes); i++)
    SWAP (OdCauseAnswer, self->causes[i], source->causes[i]);
  SWAP (GHashTable *, self->facts, source->facts);
  SWAP (GHashTable *, self->fact_extras, source->fact_extras);
  SWAP (OdExtra *, self->extra, source->extra);
  SWAP (OdExtra *, self->assessment_extra, source->assessment_extra);
  /* Serials must stay unique for listeners that index arrays by them. */
  self->next_serial = MAX (self->next_serial, source->next_serial);
  source->next_serial = self->next_serial;
  _od_organisation_clear_contents (source);
  self->structure_generation++;
  _od_organisation_emit_changed (self, OD_CHANGE_RELOADED, NULL);
}
