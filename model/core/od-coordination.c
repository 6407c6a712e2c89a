/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-coordination.c: coordination sheets and the 313 rule's plans as
 * records: their constructors and what the checks and the diagnosis read. */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "od-coordination.h"
#include "od-organisation-fields.h"
#include "od-organisation-private.h"

OdCoordinationSheet *
od_coordination_sheet_new (void)
{
  return g_new0 (OdCoordinationSheet, 1);
}

OdCoordinationSheet *
od_coordination_sheet_copy (const OdCoordinationSheet *sheet)
{
  OdCoordinationSheet *copy;

  g_return_val_if_fail (sheet != NULL, NULL);

  copy = g_new0 (OdCoordinationSheet, 1);
  copy->id = g_strdup (sheet->id);
  copy->requirement = g_strdup (sheet->requirement);
  copy->deadline = g_strdup (sheet->deadline);
  copy->standard = g_strdup (sheet->standard);
  copy->responsible = g_strdup (sheet->responsible);
  copy->rewards = g_strdup (sheet->rewards);
  for (guint i = 0; i < OD_N_SHEET_SIDES; i++)
    {
      copy->unit[i] = g_strdup (sheet->unit[i]);
      copy->signature[i].is_signed = sheet->signature[i].is_signed;
      copy->signature[i].by = g_strdup (sheet->signature[i].by);
      copy->signature[i].date = g_strdup (sheet->signature[i].date);
    }
  copy->extra = _od_extra_copy (sheet->extra);
  return copy;
}

void
od_coordination_sheet_free (OdCoordinationSheet *sheet)
{
  if (sheet == NULL)
    return;
  g_free (sheet->id);
  g_free (sheet->requirement);
  g_free (sheet->deadline);
  g_free (sheet->standard);
  g_free (sheet->responsible);
  g_free (sheet->rewards);
  _od_extra_free (sheet->extra);
  for (guint i = 0; i < OD_N_SHEET_SIDES; i++)
    {
      g_free (sheet->unit[i]);
      g_free (sheet->signature[i].by);
      g_free (sheet->signature[i].date);
    }
  g_free (sheet);
}

gboolean
od_coordination_sheet_is_signed (const OdCoordinationSheet *sheet)
{
  g_return_val_if_fail (sheet != NULL, FALSE);

  return sheet->signature[OD_SHEET_FROM].is_signed && sheet->signature[OD_SHEET_TO].is_signed;
}

static gboolean
blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

OdSheetLacks
od_coordination_sheet_get_lacks (const OdCoordinationSheet *sheet)
{
  OdSheetLacks lacks = 0;

  g_return_val_if_fail (sheet != NULL, 0);

  if (blank (sheet->unit[OD_SHEET_FROM]) || blank (sheet->unit[OD_SHEET_TO]))
    lacks |= OD_SHEET_LACKS_UNITS;
  if (blank (sheet->requirement))
    lacks |= OD_SHEET_LACKS_REQUIREMENT;
  if (blank (sheet->deadline))
    lacks |= OD_SHEET_LACKS_DEADLINE;
  if (blank (sheet->standard))
    lacks |= OD_SHEET_LACKS_STANDARD;
  if (blank (sheet->responsible))
    lacks |= OD_SHEET_LACKS_RESPONSIBLE;
  if (blank (sheet->rewards))
    lacks |= OD_SHEET_LACKS_REWARDS;
  return lacks;
}

gboolean
od_coordination_sheet_is_complete (const OdCoordinationSheet *sheet,
                                   OdOrganisation            *org)
{
  g_return_val_if_fail (sheet != NULL, FALSE);
  g_return_val_if_fail (OD_IS_ORGANISATION (org), FALSE);

  return od_coordination_sheet_get_lacks (sheet) == 0 &&
         od_coordination_sheet_is_signed (sheet) &&
         strcmp (sheet->unit[OD_SHEET_FROM], sheet->unit[OD_SHEET_TO]) != 0 &&
         od_organisation_lookup_unit (org, sheet->unit[OD_SHEET_FROM]) != NULL &&
         od_organisation_lookup_unit (org, sheet->unit[OD_SHEET_TO]) != NULL;
}

gboolean
od_coordination_sheet_equal (const OdCoordinationSheet *a,
                             const OdCoordinationSheet *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  if (g_strcmp0 (a->id, b->id) != 0 || g_strcmp0 (a->requirement, b->requirement) != 0 ||
      g_strcmp0 (a->deadline, b->deadline) != 0 || g_strcmp0 (a->standard, b->standard) != 0 ||
      g_strcmp0 (a->responsible, b->responsible) != 0 || g_strcmp0 (a->rewards, b->rewards) != 0)
    return FALSE;
  for (guint i = 0; i < OD_N_SHEET_SIDES; i++)
    if (g_strcmp0 (a->unit[i], b->unit[i]) != 0 ||
        !a->signature[i].is_signed != !b->signature[i].is_signed ||
        g_strcmp0 (a->signature[i].by, b->signature[i].by) != 0 ||
        g_strcmp0 (a->signature[i].date, b->signature[i].date) != 0)
      return FALSE;
  return TRUE;
}

OdPlanHorizon *
od_plan_horizon_new (OdHorizon horizon)
{
  OdPlanHorizon *plan;

  g_return_val_if_fail (horizon < OD_N_HORIZONS, NULL);

  plan = g_new0 (OdPlanHorizon, 1);
  plan->horizon = horizon;
  return plan;
}

OdPlanHorizon *
od_plan_horizon_copy (const OdPlanHorizon *plan)
{
  OdPlanHorizon *copy;

  g_return_val_if_fail (plan != NULL, NULL);

  copy = od_plan_horizon_new (plan->horizon);
  copy->period = g_strdup (plan->period);
  copy->owner = g_strdup (plan->owner);
  copy->summary = g_strdup (plan->summary);
  copy->basis = g_strdup (plan->basis);
  copy->extra = _od_extra_copy (plan->extra);
  return copy;
}

void
od_plan_horizon_free (OdPlanHorizon *plan)
{
  if (plan == NULL)
    return;
  g_free (plan->period);
  g_free (plan->owner);
  g_free (plan->summary);
  g_free (plan->basis);
  _od_extra_free (plan->extra);
  g_free (plan);
}

gboolean
od_plan_horizon_equal (const OdPlanHorizon *a,
                       const OdPlanHorizon *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  return a->horizon == b->horizon && g_strcmp0 (a->period, b->period) == 0 &&
         g_strcmp0 (a->owner, b->owner) == 0 && g_strcmp0 (a->summary, b->summary) == 0 &&
         g_strcmp0 (a->basis, b->basis) == 0;
}

static const char *const horizon_ids[OD_N_HORIZONS] = { "3-year", "1-year", "3-month" };

const char *
od_horizon_to_string (OdHorizon horizon)
{
  g_return_val_if_fail (horizon < OD_N_HORIZONS, NULL);

  return horizon_ids[horizon];
}

gboolean
od_horizon_from_string (const char *str,
                        OdHorizon  *out)
{
  for (guint i = 0; str != NULL && i < OD_N_HORIZONS; i++)
    if (strcmp (str, horizon_ids[i]) == 0)
      {
        *out = i;
        return TRUE;
      }
  return FALSE;
}

const char *
od_horizon_get_display_name (OdHorizon horizon)
{
  static const char *const names[OD_N_HORIZONS] = {
    N_("3-year plan"), N_("1-year plan"), N_("3-month plan"),
  };

  g_return_val_if_fail (horizon < OD_N_HORIZONS, NULL);

  return _(names[horizon]);
}

GPtrArray *
od_organisation_get_sheets (OdOrganisation *self)
{
  g_return_val_if_fail (OD_IS_ORGANISATION (self), NULL);

  return self->sheets;
}

const OdCoordinationSheet *
od_organisation_find_sheet (OdOrganisation *self,
                            const char     *id)
{
  g_return_val_if_fail (OD_IS_ORGANISATION (self), NULL);

  for (guint i = 0; id != NULL && i < self->sheets->len; i++)
    {
      const OdCoordinationSheet *sheet = self->sheets->pdata[i];
      if (g_strcmp0 (sheet->id, id) == 0)
        return sheet;
    }
  return NULL;
}

char *
od_organisation_make_sheet_id (OdOrganisation *self)
{
  g_return_val_if_fail (OD_IS_ORGANISATION (self), NULL);

  /* At most len + 1 candidates: one of them is free. */
  for (guint n = 1; ; n++)
    {
      char *id = g_strdup_printf ("sheet-%u", n);
      if (od_organisation_find_sheet (self, id) == NULL)
        return id;
      g_free (id);
    }
}

guint
od_organisation_count_complete_sheets (OdOrganisation *self)
{
  guint n = 0;

  g_return_val_if_fail (OD_IS_ORGANISATION (self), 0);

  for (guint i = 0; i < self->sheets->len; i++)
    if (od_coordination_sheet_is_complete (self->sheets->pdata[i], self))
      n++;
  return n;
}

GPtrArray *
od_organisation_get_plans (OdOrganisation *self)
{
  g_return_val_if_fail (OD_IS_ORGANISATION (self), NULL);

  return self->plans;
}

const OdPlanHorizon *
od_organisation_find_plan (OdOrganisation *self,
                           OdHorizon       horizon)
{
  g_return_val_if_fail (OD_IS_ORGANISATION (self), NULL);

  for (guint i = 0; i < self->plans->len; i++)
    {
      const OdPlanHorizon *plan = self->plans->pdata[i];
      if (plan->horizon == horizon)
        return plan;
    }
  return NULL;
}

gboolean
od_organisation_has_313_plans (OdOrganisation *self)
{
  g_return_val_if_fail (OD_IS_ORGANISATION (self), FALSE);

  for (OdHorizon h = 0; h < OD_N_HORIZONS; h++)
    {
      const OdPlanHorizon *plan = od_organisation_find_plan (self, h);
      if (plan == NULL || blank (plan->summary))
        return FALSE;
    }
  return TRUE;
}
