/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-command-content.c: commands on everything but the tree's shape:
 * function assignments, organisation properties, dotted lines, mechanisms,
 * the assessment (respondents, causes, facts) and accepted findings. */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "od-business.h"
#include "od-catalog.h"
#include "od-command-private.h"

/* ---- function assignments ---- */

typedef struct {
  OdCommand  parent;
  char      *unit_id;
  char      *function_id;
  OdRole     new_role;
  OdRole     old_role;
  int        old_index;
} SetAssignment;

static gboolean
assignment_apply (OdCommand *command,
                  GError   **error)
{
  SetAssignment *self = (SetAssignment *) command;
  OdUnit *unit = _od_command_require_unit (command->org, self->unit_id, error);
  int index;

  if (unit == NULL)
    return FALSE;
  index = _od_unit_find_assignment (unit, self->function_id);
  self->old_index = index;
  self->old_role = index < 0 ? OD_ROLE_NONE : od_unit_get_assignment (unit, (guint) index)->role;
  if (index < 0 && self->new_role != OD_ROLE_NONE)
    _od_unit_insert_assignment (command->org, unit, G_MAXUINT, self->function_id, self->new_role);
  else if (index >= 0 && self->new_role == OD_ROLE_NONE)
    _od_unit_remove_assignment (command->org, unit, (guint) index);
  else if (index >= 0)
    _od_unit_set_assignment_role (command->org, unit, (guint) index, self->new_role);
  return TRUE;
}

static void
assignment_revert (OdCommand *command)
{
  SetAssignment *self = (SetAssignment *) command;
  OdUnit *unit = od_organisation_lookup_unit (command->org, self->unit_id);
  int index = _od_unit_find_assignment (unit, self->function_id);

  if (self->old_role == OD_ROLE_NONE && index >= 0)
    _od_unit_remove_assignment (command->org, unit, (guint) index);
  else if (self->old_role != OD_ROLE_NONE && index < 0)
    _od_unit_insert_assignment (command->org, unit, (guint) self->old_index, self->function_id, self->old_role);
  else if (index >= 0)
    _od_unit_set_assignment_role (command->org, unit, (guint) index, self->old_role);
}

static void
assignment_finalize (OdCommand *command)
{
  SetAssignment *self = (SetAssignment *) command;

  g_free (self->unit_id);
  g_free (self->function_id);
}

static const OdCommandClass assignment_class = { assignment_apply, assignment_revert, assignment_finalize };

OdCommand *
od_command_set_assignment (OdOrganisation *org,
                           const char     *unit_id,
                           const char     *function_id,
                           OdRole          role,
                           GError        **error)
{
  const OdFunction *function;
  OdUnit *unit;
  SetAssignment *self;

  g_return_val_if_fail (OD_IS_ORGANISATION (org), NULL);
  g_return_val_if_fail (role >= OD_ROLE_NONE && role < OD_N_ROLES, NULL);

  unit = _od_command_require_unit (org, unit_id, error);
  if (unit == NULL)
    return NULL;
  function = od_catalog_lookup_function (od_catalog_get_default (), function_id);
  /* Removing an unknown function a newer file brought in is allowed. */
  if (function == NULL && !(role == OD_ROLE_NONE && od_unit_get_role (unit, function_id) != OD_ROLE_NONE))
    {
      g_set_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_NOT_FOUND,
                   _("There is no function with the id “%s” in the catalog"), function_id ? function_id : "");
      return NULL;
    }
  if (function != NULL && role == OD_ROLE_OWNER && function->type == OD_FUNCTION_COLLABORATION)
    {
      g_set_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_INVALID,
                   _("A collaboration process has a lead and participants, not an owner"));
      return NULL;
    }
  if (function != NULL && role == OD_ROLE_LEAD && function->type == OD_FUNCTION_EXCLUSIVE)
    {
      g_set_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_INVALID,
                   _("An exclusive function has an owner, not a lead"));
      return NULL;
    }
  self = _od_command_new (&assignment_class, sizeof (SetAssignment), org,
                          role == OD_ROLE_NONE ? N_("Remove function") : N_("Assign function"));
  self->unit_id = g_strdup (unit_id);
  self->function_id = g_strdup (function_id);
  self->new_role = role;
  return &self->parent;
}

/* ---- organisation properties ---- */

typedef struct {
  OdCommand  parent;
  OdOrgProp  prop;
  char      *old_value;
  char      *new_value;
} SetOrgProp;

static const char * const focus_values[] = { "channel", "promotion", "brand", "new-product", "share-growth", NULL };
static const char * const task_values[] = { "new-product", "brand-building", "share-growth", NULL };

static char *
read_org_prop (OdOrganisation *org,
               OdOrgProp       prop)
{
  switch (prop)
    {
    case OD_ORG_PROP_NAME: return g_strdup (od_organisation_get_name (org));
    case OD_ORG_PROP_SIZE: return g_strdup (od_size_to_string (od_organisation_get_size (org)));
    case OD_ORG_PROP_FOCUS: return g_strdup (od_organisation_get_focus (org));
    case OD_ORG_PROP_INDUSTRY: return g_strdup (od_organisation_get_industry (org));
    case OD_ORG_PROP_LANG: return g_strdup (od_lang_to_string (od_organisation_get_lang (org)));
    case OD_ORG_PROP_ASSESSMENT_DATE: return g_strdup (od_organisation_get_assessment_date (org));
    case OD_ORG_PROP_BUSINESS: return g_strdup (od_organisation_get_business (org));
    case OD_ORG_PROP_TASK: return g_strdup (od_organisation_get_task (org));
    default: g_return_val_if_reached (NULL);
    }
}

static void
write_org_prop (OdOrganisation *org,
                OdOrgProp       prop,
                const char     *value)
{
  OdSize size = OD_SIZE_MEDIUM;
  OdLang lang = OD_LANG_ZH_CN;

  switch (prop)
    {
    case OD_ORG_PROP_NAME: _od_organisation_set_name (org, value); break;
    case OD_ORG_PROP_SIZE:
      od_size_from_string (value, &size);
      _od_organisation_set_size (org, size);
      break;
    case OD_ORG_PROP_FOCUS: _od_organisation_set_focus (org, value); break;
    case OD_ORG_PROP_INDUSTRY: _od_organisation_set_industry (org, value); break;
    case OD_ORG_PROP_LANG:
      od_lang_from_string (value, &lang);
      _od_organisation_set_lang (org, lang);
      break;
    case OD_ORG_PROP_ASSESSMENT_DATE: _od_organisation_set_assessment_date (org, value); break;
    case OD_ORG_PROP_BUSINESS: _od_organisation_set_business (org, value); break;
    case OD_ORG_PROP_TASK: _od_organisation_set_task (org, value); break;
    default: g_return_if_reached ();
    }
}

static gboolean
org_prop_apply (OdCommand *command,
                GError   **error)
{
  SetOrgProp *self = (SetOrgProp *) command;

  g_free (self->old_value);
  self->old_value = read_org_prop (command->org, self->prop);
  write_org_prop (command->org, self->prop, self->new_value);
  return TRUE;
}

static void
org_prop_revert (OdCommand *command)
{
  SetOrgProp *self = (SetOrgProp *) command;

  write_org_prop (command->org, self->prop, self->old_value);
}

static void
org_prop_finalize (OdCommand *command)
{
  SetOrgProp *self = (SetOrgProp *) command;

  g_free (self->old_value);
  g_free (self->new_value);
}

static const OdCommandClass org_prop_class = { org_prop_apply, org_prop_revert, org_prop_finalize };

OdCommand *
od_command_set_org_prop (OdOrganisation *org,
                         OdOrgProp       prop,
                         const char     *value,
                         GError        **error)
{
  static const char * const labels[] = {
    N_("Rename organisation"), N_("Change firm size"), N_("Change marketing focus"),
    N_("Change industry"), N_("Change document language"), N_("Change assessment date"),
    N_("Change business type"), N_("Change core task"),
  };
  SetOrgProp *self;
  gboolean ok = TRUE;

  g_return_val_if_fail (OD_IS_ORGANISATION (org), NULL);
  g_return_val_if_fail (prop <= OD_ORG_PROP_TASK, NULL);

  switch (prop)
    {
    case OD_ORG_PROP_NAME:
    case OD_ORG_PROP_INDUSTRY:
      ok = _od_command_check_text (value, FALSE, error);
      break;
    case OD_ORG_PROP_SIZE:
      if (!(ok = od_size_from_string (value, NULL)))
        g_set_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_INVALID, _("A firm size is small, medium or large"));
      break;
    case OD_ORG_PROP_LANG:
      if (!(ok = od_lang_from_string (value, NULL)))
        g_set_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_INVALID, _("A document language is zh-CN, zh-TW or en"));
      break;
    case OD_ORG_PROP_FOCUS:
      if (!(ok = value == NULL || value[0] == '\0' || g_strv_contains (focus_values, value)))
        g_set_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_INVALID,
                     _("A marketing focus is channel, promotion, brand, new-product or share-growth"));
      break;
    case OD_ORG_PROP_BUSINESS:
      if (!(ok = value == NULL || value[0] == '\0' || od_business_is_valid (value)))
        g_set_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_INVALID,
                     _("A business type is manufacturing, distribution, retail, services or software"));
      break;
    case OD_ORG_PROP_TASK:
      if (!(ok = value == NULL || value[0] == '\0' || g_strv_contains (task_values, value)))
        g_set_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_INVALID,
                     _("A core task is new-product, brand-building or share-growth"));
      break;
    case OD_ORG_PROP_ASSESSMENT_DATE:
      if (!(ok = value == NULL || value[0] == '\0' || od_is_valid_date (value)))
        g_set_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_INVALID, _("A date is written YYYY-MM-DD"));
      break;
    default:
      break;
    }
  if (!ok)
    return NULL;
  self = _od_command_new (&org_prop_class, sizeof (SetOrgProp), org, labels[prop]);
  self->prop = prop;
  self->new_value = g_strdup (value);
  return &self->parent;
}

/* ---- list items: dotted lines, mechanisms, respondents, acceptances ----
 *
 * One command serves every list: it inserts, removes or replaces one item at
 * an index and keeps the item it displaced, so that revert puts it back. */

typedef struct {
  OdCommand     parent;
  GPtrArray  *(*get_list) (OdOrganisation *org);
  OdChangeKind  kind;
  guint         index;
  gpointer      item;        /* the item not in the list: new before apply, old after */
  enum { ITEM_INSERT, ITEM_REMOVE, ITEM_REPLACE } mode;
  GDestroyNotify free_item;
} ListItem;

static gboolean
item_apply (OdCommand *command,
            GError   **error)
{
  ListItem *self = (ListItem *) command;
  GPtrArray *list = self->get_list (command->org);

  if ((self->mode == ITEM_INSERT && self->index > list->len) ||
      (self->mode != ITEM_INSERT && self->index >= list->len))
    {
      g_set_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_NOT_FOUND, _("The item no longer exists"));
      return FALSE;
    }
  switch (self->mode)
    {
    case ITEM_INSERT:
      _od_organisation_insert_item (command->org, list, self->index, self->item, self->kind);
      self->item = NULL;
      break;
    case ITEM_REMOVE:
      self->item = _od_organisation_remove_item (command->org, list, self->index, self->kind);
      break;
    case ITEM_REPLACE:
      self->item = _od_organisation_replace_item (command->org, list, self->index, self->item, self->kind);
      break;
    default:
      g_assert_not_reached ();
    }
  return TRUE;
}

static void
item_revert (OdCommand *command)
{
  ListItem *self = (ListItem *) command;
  GPtrArray *list = self->get_list (command->org);

  switch (self->mode)
    {
    case ITEM_INSERT:
      self->item = _od_organisation_remove_item (command->org, list, self->index, self->kind);
      break;
    case ITEM_REMOVE:
      _od_organisation_insert_item (command->org, list, self->index, self->item, self->kind);
      self->item = NULL;
      break;
    case ITEM_REPLACE:
      self->item = _od_organisation_replace_item (command->org, list, self->index, self->item, self->kind);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
item_finalize (OdCommand *command)
{
  ListItem *self = (ListItem *) command;

  if (self->item != NULL)
    self->free_item (self->item);
}

static const OdCommandClass item_class = { item_apply, item_revert, item_finalize };

static OdCommand *
list_item_new (OdOrganisation *org,
               const char     *label,
               GPtrArray    *(*get_list) (OdOrganisation *),
               OdChangeKind    kind,
               GDestroyNotify  free_item,
               int             mode,
               guint           index,
               gpointer        item)
{
  ListItem *self = _od_command_new (&item_class, sizeof (ListItem), org, label);

  self->get_list = get_list;
  self->kind = kind;
  self->free_item = free_item;
  self->mode = mode;
  self->index = index;
  self->item = item;
  return &self->parent;
}

OdCommand *
_od_command_new_list_item (OdOrganisation *org,
                           const char     *label,
                           GPtrArray    *(*get_list) (OdOrganisation *),
                           OdChangeKind    kind,
                           GDestroyNotify  free_item,
                           OdListItemMode  mode,
                           guint           index,
                           gpointer        item)
{
  G_STATIC_ASSERT ((int) OD_LIST_ITEM_INSERT == (int) ITEM_INSERT && (int) OD_LIST_ITEM_REMOVE == (int) ITEM_REMOVE &&
                   (int) OD_LIST_ITEM_REPLACE == (int) ITEM_REPLACE);
  return list_item_new (org, label, get_list, kind, free_item, mode, index, item);
}

OdCommand *
od_command_add_dotted_line (OdOrganisation *org,
                            const char     *from_id,
                            const char     *to_id,
                            const char     *label,
                            GError        **error)
{
  g_return_val_if_fail (OD_IS_ORGANISATION (org), NULL);

  if (_od_command_require_unit (org, from_id, error) == NULL ||
      _od_command_require_unit (org, to_id, error) == NULL ||
      !_od_command_check_text (label, FALSE, error))
    return NULL;
  if (strcmp (from_id, to_id) == 0)
    {
      g_set_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_CYCLE,
                   _("A dotted line joins two different units"));
      return NULL;
    }
  return list_item_new (org, N_("Add dotted line"), od_organisation_get_dotted_lines,
                        OD_CHANGE_DOTTED_LINES, (GDestroyNotify) _od_dotted_line_free, ITEM_INSERT,
                        od_organisation_get_dotted_lines (org)->len,
                        _od_dotted_line_new (from_id, to_id, label));
}

OdCommand *
od_command_set_dotted_agreement (OdOrganisation *org,
                                 guint           index,
                                 const char     *hours,
                                 const char     *directed_by,
                                 const char     *reward,
                                 GError        **error)
{
  GPtrArray *lines;
  const OdDottedLine *old;
  OdDottedLine *line;

  g_return_val_if_fail (OD_IS_ORGANISATION (org), NULL);

  lines = od_organisation_get_dotted_lines (org);
  if (index >= lines->len)
    {
      g_set_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_NOT_FOUND, _("There is no such dotted line"));
      return NULL;
    }
  if (directed_by != NULL && directed_by[0] != '\0' && !g_str_equal (directed_by, "from") && !g_str_equal (directed_by, "to"))
    {
      g_set_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_INVALID,
                   _("A dotted line's work is directed by “from” or “to”"));
      return NULL;
    }
  if (!_od_command_check_text (hours, FALSE, error) || !_od_command_check_text (reward, FALSE, error))
    return NULL;
  old = lines->pdata[index];
  line = _od_dotted_line_new (old->from, old->to, old->label);
  _od_dotted_line_set_agreement (line, hours, directed_by, reward);
  /* Still the same element of the file: what other namespaces said stays. */
  line->extra = _od_extra_copy (old->extra);
  return list_item_new (org, N_("Change dotted-line agreement"), od_organisation_get_dotted_lines,
                        OD_CHANGE_DOTTED_LINES, (GDestroyNotify) _od_dotted_line_free, ITEM_REPLACE, index, line);
}

OdCommand *
od_command_remove_dotted_line (OdOrganisation *org,
                               guint           index,
                               GError        **error)
{
  g_return_val_if_fail (OD_IS_ORGANISATION (org), NULL);

  if (index >= od_organisation_get_dotted_lines (org)->len)
    {
      g_set_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_NOT_FOUND, _("There is no such dotted line"));
      return NULL;
    }
  return list_item_new (org, N_("Remove dotted line"), od_organisation_get_dotted_lines,
                        OD_CHANGE_DOTTED_LINES, (GDestroyNotify) _od_dotted_line_free, ITEM_REMOVE,
                        index, NULL);
}

static int
find_index (GPtrArray  *list,
            gconstpointer item)
{
  guint index;

  return g_ptr_array_find (list, item, &index) ? (int) index : -1;
}

OdCommand *
od_command_set_mechanism (OdOrganisation *org,
                          const char     *ref,
                          gboolean        present,
                          const char     *detail,
                          GError        **error)
{
  GPtrArray *list;
  const OdMechanismUse *existing;
  int index;

  g_return_val_if_fail (OD_IS_ORGANISATION (org), NULL);

  list = od_organisation_get_mechanisms (org);
  existing = od_organisation_find_mechanism (org, ref);
  index = existing ? find_index (list, existing) : -1;
  if (existing == NULL && od_catalog_lookup_mechanism (od_catalog_get_default (), ref) == NULL)
    {
      g_set_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_NOT_FOUND,
                   _("There is no coordination mechanism with the id “%s” in the catalog"), ref ? ref : "");
      return NULL;
    }
  if (!_od_command_check_text (detail, TRUE, error))
    return NULL;
  if (!present && index < 0)
    {
      g_set_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_NOT_FOUND,
                   _("The organisation has no mechanism “%s” to remove"), ref);
      return NULL;
    }
  if (!present)
    return list_item_new (org, N_("Remove coordination mechanism"), od_organisation_get_mechanisms,
                          OD_CHANGE_MECHANISMS, (GDestroyNotify) _od_mechanism_use_free, ITEM_REMOVE,
                          (guint) index, NULL);
  {
    OdMechanismUse *use = _od_mechanism_use_new (ref, detail);

    /* A changed detail is still the same element of the file. */
    if (existing != NULL)
      use->extra = _od_extra_copy (existing->extra);
    return list_item_new (org, index < 0 ? N_("Add coordination mechanism") : N_("Change coordination mechanism"),
                          od_organisation_get_mechanisms, OD_CHANGE_MECHANISMS,
                          (GDestroyNotify) _od_mechanism_use_free,
                          index < 0 ? ITEM_INSERT : ITEM_REPLACE,
                          index < 0 ? list->len : (guint) index,
                          use);
  }
}

OdCommand *
od_command_set_respondent (OdOrganisation     *org,
                           guint               index,
                           const OdRespondent *respondent,
                           GError            **error)
{
  GPtrArray *list;

  g_return_val_if_fail (OD_IS_ORGANISATION (org), NULL);

  list = od_organisation_get_respondents (org);
  if (index > list->len || (respondent == NULL && index == list->len))
    {
      g_set_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_NOT_FOUND, _("There is no such respondent"));
      return NULL;
    }
  if (respondent == NULL)
    return list_item_new (org, N_("Remove respondent"), od_organisation_get_respondents,
                          OD_CHANGE_ASSESSMENT, (GDestroyNotify) _od_respondent_free, ITEM_REMOVE, index, NULL);

  if (respondent->side >= OD_N_SIDES)
    {
      g_set_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_INVALID, _("A respondent is on the sales or the marketing side"));
      return NULL;
    }
  if (!_od_command_check_text (respondent->name, FALSE, error))
    return NULL;
  if (respondent->date != NULL && respondent->date[0] != '\0' && !od_is_valid_date (respondent->date))
    {
      g_set_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_INVALID, _("A date is written YYYY-MM-DD"));
      return NULL;
    }
  for (guint i = 0; i < OD_N_QUESTIONS; i++)
    if (respondent->answers[i] > OD_ANSWER_MAX)
      {
        g_set_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_INVALID,
                     _("Statement %u: an answer is from 1 to 5"), i + 1);
        return NULL;
      }
  return list_item_new (org, index == list->len ? N_("Add respondent") : N_("Record answers"),
                        od_organisation_get_respondents, OD_CHANGE_ASSESSMENT,
                        (GDestroyNotify) _od_respondent_free,
                        index == list->len ? ITEM_INSERT : ITEM_REPLACE, index,
                        _od_respondent_copy (respondent));
}

OdCommand *
od_command_set_acceptance (OdOrganisation *org,
                           const char     *rule,
                           const char     *units,
                           const char     *functions,
                           const char     *reason,
                           GError        **error)
{
  GPtrArray *list;
  const OdAcceptance *existing;
  int index;

  g_return_val_if_fail (OD_IS_ORGANISATION (org), NULL);

  if (!od_is_valid_ref (rule))
    {
      g_set_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_INVALID, _("“%s” is not a rule id"), rule ? rule : "");
      return NULL;
    }
  if (!_od_command_check_text (reason, TRUE, error))
    return NULL;
  list = od_organisation_get_acceptances (org);
  existing = od_organisation_find_acceptance (org, rule, units, functions);
  index = existing ? find_index (list, existing) : -1;
  if (reason == NULL)
    {
      if (index < 0)
        {
          g_set_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_NOT_FOUND, _("That finding is not accepted"));
          return NULL;
        }
      return list_item_new (org, N_("Withdraw acceptance"), od_organisation_get_acceptances,
                            OD_CHANGE_ACCEPTANCES, (GDestroyNotify) _od_acceptance_free, ITEM_REMOVE,
                            (guint) index, NULL);
    }
  {
    OdAcceptance *acceptance = _od_acceptance_new (rule, units, functions, reason);

    if (existing != NULL)
      acceptance->extra = _od_extra_copy (existing->extra);
    return list_item_new (org, N_("Accept finding"), od_organisation_get_acceptances,
                          OD_CHANGE_ACCEPTANCES, (GDestroyNotify) _od_acceptance_free,
                          index < 0 ? ITEM_INSERT : ITEM_REPLACE,
                          index < 0 ? list->len : (guint) index,
                          acceptance);
  }
}

/* ---- causes and facts ---- */

typedef struct {
  OdCommand     parent;
  guint         cause;       /* 0 for a fact */
  char         *key;
  OdCauseState  state[2];    /* [0] old, [1] new */
  char         *value[2];    /* note or fact value: [0] old, [1] new */
} SetAssessmentValue;

static void
assessment_value_write (SetAssessmentValue *self,
                        guint               which)
{
  if (self->cause != 0)
    _od_organisation_set_cause (self->parent.org, self->cause, self->state[which], self->value[which]);
  else
    _od_organisation_set_fact (self->parent.org, self->key, self->value[which]);
}

static gboolean
assessment_value_apply (OdCommand *command,
                        GError   **error)
{
  SetAssessmentValue *self = (SetAssessmentValue *) command;

  g_free (self->value[0]);
  if (self->cause != 0)
    {
      const OdCauseAnswer *answer = od_organisation_get_cause (command->org, self->cause);
      self->state[0] = answer->state;
      self->value[0] = g_strdup (answer->note);
    }
  else
    self->value[0] = g_strdup (od_organisation_get_fact (command->org, self->key));
  assessment_value_write (self, 1);
  return TRUE;
}

static void
assessment_value_revert (OdCommand *command)
{
  assessment_value_write ((SetAssessmentValue *) command, 0);
}

static void
assessment_value_finalize (OdCommand *command)
{
  SetAssessmentValue *self = (SetAssessmentValue *) command;

  g_free (self->key);
  g_free (self->value[0]);
  g_free (self->value[1]);
}

static const OdCommandClass assessment_value_class = {
  assessment_value_apply, assessment_value_revert, assessment_value_finalize
};

OdCommand *
od_command_set_cause (OdOrganisation *org,
                      guint           cause,
                      OdCauseState    state,
                      const char     *note,
                      GError        **error)
{
  SetAssessmentValue *self;

  g_return_val_if_fail (OD_IS_ORGANISATION (org), NULL);
  if (cause < 1 || cause > OD_N_CAUSES || state > OD_CAUSE_ABSENT)
    {
      g_set_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_INVALID, _("Causes are numbered 1 to 6"));
      return NULL;
    }
  if (!_od_command_check_text (note, TRUE, error))
    return NULL;
  self = _od_command_new (&assessment_value_class, sizeof (SetAssessmentValue), org, N_("Change conflict cause"));
  self->cause = cause;
  self->state[1] = state;
  self->value[1] = g_strdup (note);
  return &self->parent;
}

OdCommand *
od_command_set_fact (OdOrganisation *org,
                     const char     *key,
                     const char     *value,
                     GError        **error)
{
  SetAssessmentValue *self;

  g_return_val_if_fail (OD_IS_ORGANISATION (org), NULL);
  if (!od_is_valid_ref (key))
    {
      g_set_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_INVALID, _("“%s” is not a fact id"), key ? key : "");
      return NULL;
    }
  if (!_od_command_check_text (value, FALSE, error))
    return NULL;
  self = _od_command_new (&assessment_value_class, sizeof (SetAssessmentValue), org, N_("Change firm context"));
  self->key = g_strdup (key);
  self->value[1] = g_strdup (value);
  return &self->parent;
}
