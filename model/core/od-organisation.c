/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-organisation.c: the organisation, its reporting tree and the primitive
 * mutations commands are made of. */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "od-organisation-fields.h"
#include "od-coordination.h"


enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (OdOrganisation, od_organisation, G_TYPE_OBJECT)

void
_od_organisation_clear_contents (OdOrganisation *self)
{
  OdUnit *unit = self->top.first_child;

  while (unit != NULL)
    {
      OdUnit *next = unit->next;
      _od_unit_free_tree (unit);
      unit = next;
    }
  self->top.first_child = self->top.last_child = NULL;
  self->top.n_children = 0;
  g_hash_table_remove_all (self->units_by_id);
  self->n_units = 0;
  g_ptr_array_set_size (self->dotted_lines, 0);
  g_ptr_array_set_size (self->mechanisms, 0);
  g_ptr_array_set_size (self->respondents, 0);
  g_ptr_array_set_size (self->acceptances, 0);
  g_ptr_array_set_size (self->sheets, 0);
  g_ptr_array_set_size (self->plans, 0);
  for (guint i = 0; i < G_N_ELEMENTS (self->causes); i++)
    {
      g_clear_pointer (&self->causes[i].note, g_free);
      g_clear_pointer ((OdExtra **) &self->causes[i].extra, _od_extra_free);
      self->causes[i].state = OD_CAUSE_UNKNOWN;
    }
  g_hash_table_remove_all (self->facts);
  g_hash_table_remove_all (self->fact_extras);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->focus, g_free);
  g_clear_pointer (&self->industry, g_free);
  g_clear_pointer (&self->business, g_free);
  g_clear_pointer (&self->task, g_free);
  g_clear_pointer (&self->assessment_date, g_free);
  g_clear_pointer (&self->extra, _od_extra_free);
  g_clear_pointer (&self->assessment_extra, _od_extra_free);
  g_free (self->version);
  self->version = g_strdup ("1");
  self->has_assessment = FALSE;
}

static void
od_organisation_finalize (GObject *object)
{
  OdOrganisation *self = OD_ORGANISATION (object);

  _od_organisation_clear_contents (self);
  g_hash_table_unref (self->units_by_id);
  g_ptr_array_unref (self->dotted_lines);
  g_ptr_array_unref (self->mechanisms);
  g_ptr_array_unref (self->respondents);
  g_ptr_array_unref (self->acceptances);
  g_ptr_array_unref (self->sheets);
  g_ptr_array_unref (self->plans);
  g_hash_table_unref (self->facts);
  g_hash_table_unref (self->fact_extras);
  g_free (self->version);

  G_OBJECT_CLASS (od_organisation_parent_class)->finalize (object);
}

static void
od_organisation_class_init (OdOrganisationClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = od_organisation_finalize;

  /**
   * OdOrganisation::changed:
   * @kind: an #OdChangeKind
   * @unit: (nullable): the OdUnit concerned, for unit changes
   *
   * Emitted after every change (before, for UNIT_REMOVED: see the private
   * header), so that checks and views can update.
   */
  signals[CHANGED] = g_signal_new ("changed",
                                   G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 2, G_TYPE_INT, G_TYPE_POINTER);
}

static void
od_organisation_init (OdOrganisation *self)
{
  self->units_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->dotted_lines = g_ptr_array_new_with_free_func ((GDestroyNotify) _od_dotted_line_free);
  self->mechanisms = g_ptr_array_new_with_free_func ((GDestroyNotify) _od_mechanism_use_free);
  self->respondents = g_ptr_array_new_with_free_func ((GDestroyNotify) _od_respondent_free);
  self->acceptances = g_ptr_array_new_with_free_func ((GDestroyNotify) _od_acceptance_free);
  self->sheets = g_ptr_array_new_with_free_func ((GDestroyNotify) od_coordination_sheet_free);
  self->plans = g_ptr_array_new_with_free_func ((GDestroyNotify) od_plan_horizon_free);
  self->facts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->fact_extras = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) _od_extra_free);
  self->size = OD_SIZE_MEDIUM;
  self->lang = OD_LANG_ZH_CN;
  self->version = g_strdup ("1");
  self->next_serial = 1;   /* 0 is never a serial, so callers may use it as "none" */
}

OdOrganisation *
od_organisation_new (void)
{
  return g_object_new (OD_TYPE_ORGANISATION, NULL);
}

void
_od_organisation_emit_changed (OdOrganisation *self,
                               OdChangeKind    kind,
                               OdUnit         *unit)
{
  self->generation++;
  g_signal_emit (self, signals[CHANGED], 0, (int) kind, unit);
}

/* ---- reading ---- */

const char *
od_organisation_get_name (OdOrganisation *self)
{
  g_return_val_if_fail (OD_IS_ORGANISATION (self), NULL);
  return self->name ? self->name : "";
}

OdSize
od_organisation_get_size (OdOrganisation *self)
{
  g_return_val_if_fail (OD_IS_ORGANISATION (self), OD_SIZE_MEDIUM);
  return self->size;
}

const char *
od_organisation_get_focus (OdOrganisation *self)
{
  g_return_val_if_fail (OD_IS_ORGANISATION (self), NULL);
  return self->focus;
}

const char *
od_organisation_get_task (OdOrganisation *self)
{
  g_return_val_if_fail (OD_IS_ORGANISATION (self), NULL);

  return self->task;
}

const char *
od_organisation_get_business (OdOrganisation *self)
{
  g_return_val_if_fail (OD_IS_ORGANISATION (self), NULL);

  return self->business;
}

const char *
od_organisation_get_industry (OdOrganisation *self)
{
  g_return_val_if_fail (OD_IS_ORGANISATION (self), NULL);
  return self->industry;
}

OdLang
od_organisation_get_lang (OdOrganisation *self)
{
  g_return_val_if_fail (OD_IS_ORGANISATION (self), OD_LANG_ZH_CN);
  return self->lang;
}

OdUnit *
od_organisation_get_first_top_unit (OdOrganisation *self)
{
  g_return_val_if_fail (OD_IS_ORGANISATION (self), NULL);
  return self->top.first_child;
}

guint
od_organisation_get_n_top_units (OdOrganisation *self)
{
  g_return_val_if_fail (OD_IS_ORGANISATION (self), 0);
  return self->top.n_children;
}

guint
od_organisation_get_n_units (OdOrganisation *self)
{
  g_return_val_if_fail (OD_IS_ORGANISATION (self), 0);
  return self->n_units;
}

OdUnit *
od_organisation_lookup_unit (OdOrganisation *self,
                             const char     *id)
{
  g_return_val_if_fail (OD_IS_ORGANISATION (self), NULL);
  return id ? g_hash_table_lookup (self->units_by_id, id) : NULL;
}

char *
od_organisation_make_unit_id (OdOrganisation *self,
                              const char     *hint)
{
  GString *base = g_string_new (NULL);

  g_return_val_if_fail (OD_IS_ORGANISATION (self), NULL);

  /* Keep what is already id-safe of the hint (ASCII names); Chinese names
   * give the plain "unit" stem. */
  for (const char *p = hint; p != NULL && *p != '\0' && base->len < 40; p++)
    {
      char c = g_ascii_tolower (*p);
      if (g_ascii_isalnum (c))
        g_string_append_c (base, c);
      else if ((c == ' ' || c == '-' || c == '_') && base->len > 0 && base->str[base->len - 1] != '-')
        g_string_append_c (base, '-');
    }
  while (base->len > 0 && base->str[base->len - 1] == '-')
    g_string_truncate (base, base->len - 1);
  if (base->len == 0)
    g_string_assign (base, "unit");

  if (!g_hash_table_contains (self->units_by_id, base->str))
    return g_string_free (base, FALSE);
  for (guint n = 2;; n++)
    {
      g_autofree char *candidate = g_strdup_printf ("%s-%u", base->str, n);
      if (!g_hash_table_contains (self->units_by_id, candidate))
        {
          g_string_free (base, TRUE);
          return g_steal_pointer (&candidate);
        }
    }
}

static void
list_subtree (OdUnit    *unit,
              GPtrArray *out)
{
  /* Iterative pre-order walk: deep trees must not exhaust the stack. */
  OdUnit *u = unit;

  while (u != NULL)
    {
      g_ptr_array_add (out, u);
      if (u->first_child != NULL)
        u = u->first_child;
      else
        {
          while (u != NULL && u != unit && u->next == NULL)
            u = u->parent;
          if (u == NULL || u == unit)
            break;
          u = u->next;
        }
    }
}

GPtrArray *
od_organisation_list_units (OdOrganisation *self)
{
  GPtrArray *units;

  g_return_val_if_fail (OD_IS_ORGANISATION (self), NULL);
  units = g_ptr_array_sized_new (self->n_units);
  for (OdUnit *top = self->top.first_child; top != NULL; top = top->next)
    list_subtree (top, units);
  return units;
}

guint
od_organisation_get_serial_bound (OdOrganisation *self)
{
  g_return_val_if_fail (OD_IS_ORGANISATION (self), 0);
  return self->next_serial;
}

GPtrArray *
od_organisation_get_dotted_lines (OdOrganisation *self)
{
  g_return_val_if_fail (OD_IS_ORGANISATION (self), NULL);
  return self->dotted_lines;
}

GPtrArray *
od_organisation_get_mechanisms (OdOrganisation *self)
{
  g_return_val_if_fail (OD_IS_ORGANISATION (self), NULL);
  return self->mechanisms;
}

const OdMechanismUse *
od_organisation_find_mechanism (OdOrganisation *self,
                                const char     *ref)
{
  g_return_val_if_fail (OD_IS_ORGANISATION (self), NULL);
  for (guint i = 0; i < self->mechanisms->len; i++)
    {
      const OdMechanismUse *use = g_ptr_array_index (self->mechanisms, i);
      if (g_strcmp0 (use->ref, ref) == 0)
        return use;
    }
  return NULL;
}

GPtrArray *
od_organisation_get_respondents (OdOrganisation *self)
{
  g_return_val_if_fail (OD_IS_ORGANISATION (self), NULL);
  return self->respondents;
}

GPtrArray *
od_organisation_get_acceptances (OdOrganisation *self)
{
  g_return_val_if_fail (OD_IS_ORGANISATION (self), NULL);
  return self->acceptances;
}

const OdAcceptance *
od_organisation_find_acceptance (OdOrganisation *self,
                                 const char     *rule,
                                 const char     *units,
                                 const char     *functions)
{
  g_autofree char *norm_units = NULL;
  g_autofree char *norm_functions = NULL;

  g_return_val_if_fail (OD_IS_ORGANISATION (self), NULL);
  if (self->acceptances->len == 0)
    return NULL;
  norm_units = _od_normalise_id_list (units);
  norm_functions = _od_normalise_id_list (functions);
  for (guint i = 0; i < self->acceptances->len; i++)
    {
      const OdAcceptance *a = g_ptr_array_index (self->acceptances, i);
      if (g_strcmp0 (a->rule, rule) == 0 &&
          g_strcmp0 (a->units, norm_units) == 0 &&
          g_strcmp0 (a->functions, norm_functions) == 0)
        return a;
    }
  return NULL;
}

const char *
od_organisation_get_assessment_date (OdOrganisation *self)
{
  g_return_val_if_fail (OD_IS_ORGANISATION (self), NULL);
  return self->assessment_date;
}

const OdCauseAnswer *
od_organisation_get_cause (OdOrganisation *self,
                           guint           cause)
{
  g_return_val_if_fail (OD_IS_ORGANISATION (self), NULL);
  g_return_val_if_fail (cause >= 1 && cause <= OD_N_CAUSES, NULL);
  return &self->causes[cause];
}

const char *
od_organisation_get_fact (OdOrganisation *self,
                          const char     *key)
{
  g_return_val_if_fail (OD_IS_ORGANISATION (self), NULL);
  return key ? g_hash_table_lookup (self->facts, key) : NULL;
}

static int
compare_string_pointers (gconstpointer a,
                         gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

GPtrArray *
od_organisation_list_facts (OdOrganisation *self)
{
  GPtrArray *keys;
  GHashTableIter iter;
  gpointer key;

  g_return_val_if_fail (OD_IS_ORGANISATION (self), NULL);
  keys = g_ptr_array_new ();
  g_hash_table_iter_init (&iter, self->facts);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (keys, key);
  g_ptr_array_sort (keys, compare_string_pointers);
  return keys;
}

GPtrArray *
od_organisation_find_holders (OdOrganisation *self,
                              const char     *function_id)
{
  g_autoptr(GPtrArray) units = NULL;
  GPtrArray *holders;

  g_return_val_if_fail (OD_IS_ORGANISATION (self), NULL);
  units = od_organisation_list_units (self);
  holders = g_ptr_array_new ();
  for (guint i = 0; i < units->len; i++)
    {
      OdUnit *unit = g_ptr_array_index (units, i);
      if (_od_unit_find_assignment (unit, function_id) >= 0)
        g_ptr_array_add (holders, unit);
    }
  return holders;
}

guint64
od_organisation_get_structure_generation (OdOrganisation *self)
{
  g_return_val_if_fail (OD_IS_ORGANISATION (self), 0);
  return self->structure_generation;
}

guint64
od_organisation_get_generation (OdOrganisation *self)
{
  g_return_val_if_fail (OD_IS_ORGANISATION (self), 0);
  return self->generation;
}
