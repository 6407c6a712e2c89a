/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-finding.c: findings and the commands that fix or accept them. */
#include "config.h"

#include <glib/gi18n.h>

#include "od-finding.h"

OdFinding *
od_finding_new (const char *rule,
                OdSeverity  severity,
                const char *reason)
{
  OdFinding *f = g_new0 (OdFinding, 1);

  f->rule = g_strdup (rule);
  f->severity = severity;
  f->reason = g_strdup (reason);
  f->units = g_new0 (char *, 1);
  f->functions = g_new0 (char *, 1);
  f->fix_role = OD_ROLE_NONE;
  return f;
}

void
od_finding_free (OdFinding *f)
{
  if (f == NULL)
    return;
  g_free (f->rule);
  g_strfreev (f->units);
  g_strfreev (f->functions);
  g_free (f->message);
  g_free (f->reason);
  g_free (f->fix_label);
  g_free (f->fix_unit);
  g_strfreev (f->fix_units);
  g_free (f->fix_target);
  g_free (f->fix_function);
  g_free (f->acceptance_reason);
  g_free (f);
}

static void
append (GStrv       *list,
        const char  *value)
{
  guint n = g_strv_length (*list);

  if (g_strv_contains ((const char * const *) *list, value))
    return;
  *list = g_renew (char *, *list, n + 2);
  (*list)[n] = g_strdup (value);
  (*list)[n + 1] = NULL;
}

void
od_finding_add_unit (OdFinding  *finding,
                     const char *unit_id)
{
  append (&finding->units, unit_id);
}

void
od_finding_add_function (OdFinding  *finding,
                         const char *function_id)
{
  append (&finding->functions, function_id);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static char *
sorted_list (const GStrv list)
{
  g_autoptr(GPtrArray) copy = g_ptr_array_new ();

  for (guint i = 0; list[i] != NULL; i++)
    g_ptr_array_add (copy, list[i]);
  g_ptr_array_sort (copy, compare_strings);
  g_ptr_array_add (copy, NULL);
  return g_strjoinv (" ", (char **) copy->pdata);
}

char *
od_finding_dup_unit_list (const OdFinding *finding)
{
  return sorted_list (finding->units);
}

char *
od_finding_dup_function_list (const OdFinding *finding)
{
  return sorted_list (finding->functions);
}

OdCommand *
od_finding_build_fix (const OdFinding *f,
                      OdOrganisation  *org,
                      GError         **error)
{
  g_autoptr(GPtrArray) steps = NULL;

  g_return_val_if_fail (f != NULL && OD_IS_ORGANISATION (org), NULL);

  switch (f->fix_kind)
    {
    case OD_FIX_MOVE_UNIT:
      return od_command_move_unit (org, f->fix_unit, f->fix_target, -1, error);

    case OD_FIX_MOVE_UNITS:
      steps = g_ptr_array_new_with_free_func ((GDestroyNotify) od_command_free);
      for (guint i = 0; f->fix_units[i] != NULL; i++)
        {
          OdCommand *step = od_command_move_unit (org, f->fix_units[i], f->fix_target, -1, error);
          if (step == NULL)
            return NULL;
          g_ptr_array_add (steps, step);
        }
      return od_command_group_new (f->fix_label, g_steal_pointer (&steps));

    case OD_FIX_SOLE_OWNER:
      {
        g_autoptr(GPtrArray) holders = od_organisation_find_holders (org, f->fix_function);

        steps = g_ptr_array_new_with_free_func ((GDestroyNotify) od_command_free);
        for (guint i = 0; i < holders->len; i++)
          {
            const OdUnit *unit = holders->pdata[i];
            OdRole role = od_unit_get_role (unit, f->fix_function);
            OdCommand *step;

            /* The others keep a say as participants (seed 002's dual track:
             * one responsible party, the other side advises). */
            if (g_strcmp0 (od_unit_get_id (unit), f->fix_unit) == 0 || role == OD_ROLE_PARTICIPANT)
              continue;
            step = od_command_set_assignment (org, od_unit_get_id (unit), f->fix_function, OD_ROLE_PARTICIPANT, error);
            if (step == NULL)
              return NULL;
            g_ptr_array_add (steps, step);
          }
        if (f->fix_role != OD_ROLE_NONE && od_organisation_lookup_unit (org, f->fix_unit) != NULL &&
            od_unit_get_role (od_organisation_lookup_unit (org, f->fix_unit), f->fix_function) != f->fix_role)
          {
            OdCommand *step = od_command_set_assignment (org, f->fix_unit, f->fix_function, f->fix_role, error);
            if (step == NULL)
              return NULL;
            g_ptr_array_add (steps, step);
          }
        if (steps->len == 0)
          {
            g_set_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_INVALID, _("There is nothing left to fix"));
            return NULL;
          }
        return od_command_group_new (f->fix_label, g_steal_pointer (&steps));
      }

    case OD_FIX_ASSIGN:
      return od_command_set_assignment (org, f->fix_unit, f->fix_function, f->fix_role, error);

    case OD_FIX_NONE:
    default:
      g_set_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_INVALID, _("This finding has no automatic fix"));
      return NULL;
    }
}

OdCommand *
od_finding_build_accept (const OdFinding *f,
                         OdOrganisation  *org,
                         const char      *reason,
                         GError         **error)
{
  g_autofree char *units = od_finding_dup_unit_list (f);
  g_autofree char *functions = od_finding_dup_function_list (f);

  return od_command_set_acceptance (org, f->rule, units, functions, reason, error);
}
