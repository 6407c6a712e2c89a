/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-command-coordination.c: the commands that record work coordination
 * sheets and the 313 rule's plans; each change is one undo step. */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "od-command-private.h"
#include "od-coordination.h"

/* "" and NULL both mean "not filled in": one form, so that saving and
 * comparing see one value. */
static void
normalise (char **text)
{
  if (*text != NULL && (*text)[0] == '\0')
    g_clear_pointer (text, g_free);
}

static gboolean
check_date (const char  *date,
            GError     **error)
{
  if (date == NULL || od_is_valid_date (date))
    return TRUE;
  g_set_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_INVALID, _("A date is written YYYY-MM-DD"));
  return FALSE;
}

static gboolean
check_unit_id (const char  *id,
               GError     **error)
{
  if (id == NULL || od_is_valid_unit_id (id))
    return TRUE;
  g_set_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_INVALID,
               _("“%s” is not a valid unit id (letters, digits, “-”, “_” and “.”, at most 64)"), id);
  return FALSE;
}

static int
sheet_index (OdOrganisation *org,
             const char     *id)
{
  const OdCoordinationSheet *sheet = od_organisation_find_sheet (org, id);
  guint index;

  if (sheet != NULL && g_ptr_array_find (od_organisation_get_sheets (org), sheet, &index))
    return (int) index;
  return -1;
}

OdCommand *
od_command_set_sheet (OdOrganisation            *org,
                      const OdCoordinationSheet *sheet,
                      GError                   **error)
{
  g_autoptr(OdCoordinationSheet) copy = NULL;
  int index;

  g_return_val_if_fail (OD_IS_ORGANISATION (org), NULL);
  g_return_val_if_fail (sheet != NULL, NULL);

  copy = od_coordination_sheet_copy (sheet);
  normalise (&copy->id);
  normalise (&copy->requirement);
  normalise (&copy->deadline);
  normalise (&copy->standard);
  normalise (&copy->responsible);
  normalise (&copy->rewards);
  for (guint i = 0; i < OD_N_SHEET_SIDES; i++)
    {
      normalise (&copy->unit[i]);
      normalise (&copy->signature[i].by);
      normalise (&copy->signature[i].date);
    }
  if (copy->id != NULL && !od_is_valid_unit_id (copy->id))
    {
      g_set_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_INVALID,
                   _("“%s” is not a valid coordination sheet id (letters, digits, “-”, “_” and “.”, at most 64)"),
                   copy->id);
      return NULL;
    }
  /* The requirement, the standard and the rewards may run to several
   * lines, like notes; names and dates are single lines. */
  if (!check_unit_id (copy->unit[OD_SHEET_FROM], error) || !check_unit_id (copy->unit[OD_SHEET_TO], error) ||
      !_od_command_check_text (copy->requirement, TRUE, error) || !check_date (copy->deadline, error) ||
      !_od_command_check_text (copy->standard, TRUE, error) ||
      !_od_command_check_text (copy->responsible, FALSE, error) ||
      !_od_command_check_text (copy->rewards, TRUE, error))
    return NULL;
  for (guint i = 0; i < OD_N_SHEET_SIDES; i++)
    if (!_od_command_check_text (copy->signature[i].by, FALSE, error) || !check_date (copy->signature[i].date, error))
      return NULL;
  if (copy->id == NULL)
    copy->id = od_organisation_make_sheet_id (org);
  index = sheet_index (org, copy->id);
  if (index < 0)
    return _od_command_new_list_item (org, N_("Add coordination sheet"), od_organisation_get_sheets,
                                      OD_CHANGE_MECHANISMS, (GDestroyNotify) od_coordination_sheet_free,
                                      OD_LIST_ITEM_INSERT, od_organisation_get_sheets (org)->len,
                                      g_steal_pointer (&copy));
  return _od_command_new_list_item (org, N_("Change coordination sheet"), od_organisation_get_sheets,
                                    OD_CHANGE_MECHANISMS, (GDestroyNotify) od_coordination_sheet_free,
                                    OD_LIST_ITEM_REPLACE, (guint) index, g_steal_pointer (&copy));
}

OdCommand *
od_command_remove_sheet (OdOrganisation *org,
                         const char     *id,
                         GError        **error)
{
  int index;

  g_return_val_if_fail (OD_IS_ORGANISATION (org), NULL);

  index = sheet_index (org, id);
  if (index < 0)
    {
      g_set_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_NOT_FOUND,
                   _("There is no coordination sheet “%s”"), id ? id : "");
      return NULL;
    }
  return _od_command_new_list_item (org, N_("Remove coordination sheet"), od_organisation_get_sheets,
                                    OD_CHANGE_MECHANISMS, (GDestroyNotify) od_coordination_sheet_free,
                                    OD_LIST_ITEM_REMOVE, (guint) index, NULL);
}

static int
plan_index (OdOrganisation *org,
            OdHorizon       horizon)
{
  const OdPlanHorizon *plan = od_organisation_find_plan (org, horizon);
  guint index;

  if (plan != NULL && g_ptr_array_find (od_organisation_get_plans (org), plan, &index))
    return (int) index;
  return -1;
}

OdCommand *
od_command_set_plan (OdOrganisation      *org,
                     const OdPlanHorizon *plan,
                     GError             **error)
{
  g_autoptr(OdPlanHorizon) copy = NULL;
  GPtrArray *plans;
  guint at;
  int index;

  g_return_val_if_fail (OD_IS_ORGANISATION (org), NULL);
  g_return_val_if_fail (plan != NULL, NULL);

  if (plan->horizon >= OD_N_HORIZONS)
    {
      g_set_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_INVALID,
                   _("A plan of the 313 rule covers three years, one year or three months"));
      return NULL;
    }
  copy = od_plan_horizon_copy (plan);
  normalise (&copy->period);
  normalise (&copy->owner);
  normalise (&copy->summary);
  normalise (&copy->basis);
  if (!_od_command_check_text (copy->period, FALSE, error) || !_od_command_check_text (copy->owner, FALSE, error) ||
      !_od_command_check_text (copy->summary, TRUE, error) || !_od_command_check_text (copy->basis, TRUE, error))
    return NULL;
  index = plan_index (org, copy->horizon);
  if (index >= 0)
    return _od_command_new_list_item (org, N_("Change 313 plan"), od_organisation_get_plans,
                                      OD_CHANGE_MECHANISMS, (GDestroyNotify) od_plan_horizon_free,
                                      OD_LIST_ITEM_REPLACE, (guint) index, g_steal_pointer (&copy));
  /* A new plan goes before the first shorter one, so the file reads
   * three years, one year, three months. */
  plans = od_organisation_get_plans (org);
  for (at = 0; at < plans->len; at++)
    if (((OdPlanHorizon *) plans->pdata[at])->horizon > copy->horizon)
      break;
  return _od_command_new_list_item (org, N_("Add 313 plan"), od_organisation_get_plans,
                                    OD_CHANGE_MECHANISMS, (GDestroyNotify) od_plan_horizon_free,
                                    OD_LIST_ITEM_INSERT, at, g_steal_pointer (&copy));
}

OdCommand *
od_command_remove_plan (OdOrganisation *org,
                        OdHorizon       horizon,
                        GError        **error)
{
  int index;

  g_return_val_if_fail (OD_IS_ORGANISATION (org), NULL);

  index = horizon < OD_N_HORIZONS ? plan_index (org, horizon) : -1;
  if (index < 0)
    {
      g_set_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_NOT_FOUND, _("That plan is not recorded"));
      return NULL;
    }
  return _od_command_new_list_item (org, N_("Remove 313 plan"), od_organisation_get_plans,
                                    OD_CHANGE_MECHANISMS, (GDestroyNotify) od_plan_horizon_free,
                                    OD_LIST_ITEM_REMOVE, (guint) index, NULL);
}
