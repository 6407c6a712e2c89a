/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-compare.c: the differences between two organisations. */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "od-catalog.h"
#include "od-compare.h"

static const char * const kind_ids[] = {
  "organisation-changed", "unit-added", "unit-removed", "unit-moved", "unit-renamed", "unit-changed",
  "function-added", "function-removed", "role-changed", "dotted-added", "dotted-removed",
  "mechanism-added", "mechanism-removed",
};

const char *
od_diff_kind_to_string (OdDiffKind kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (kind_ids), NULL);
  return kind_ids[kind];
}

void
od_diff_free (OdDiff *diff)
{
  if (diff == NULL)
    return;
  g_free (diff->unit);
  g_free (diff->field);
  g_free (diff->old_value);
  g_free (diff->new_value);
  g_free (diff->message);
  g_free (diff);
}

G_GNUC_PRINTF (7, 8) static void
add (GPtrArray  *diffs,
     OdDiffKind  kind,
     const char *unit,
     const char *field,
     const char *old_value,
     const char *new_value,
     const char *format,
     ...)
{
  OdDiff *diff = g_new0 (OdDiff, 1);
  va_list args;

  diff->kind = kind;
  diff->unit = g_strdup (unit);
  diff->field = g_strdup (field);
  diff->old_value = g_strdup (old_value);
  diff->new_value = g_strdup (new_value);
  va_start (args, format);
  diff->message = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (diffs, diff);
}

static const char *
function_name (const char *id)
{
  const OdFunction *f = od_catalog_lookup_function (od_catalog_get_default (), id);
  return f ? f->name[od_lang_for_user ()] : id;
}

static const char *
parent_id (const OdUnit *unit)
{
  OdUnit *parent = od_unit_get_parent (unit);
  return parent ? od_unit_get_id (parent) : NULL;
}

static const char *
parent_name (const OdUnit *unit)
{
  OdUnit *parent = od_unit_get_parent (unit);
  /* Translators: in "moves from under X to under Y", a unit reporting to no one */
  return parent ? od_unit_get_name (parent) : _("no one");
}

static char *
headcount_string (const OdUnit *unit)
{
  return od_unit_get_headcount (unit) < 0 ? NULL : g_strdup_printf ("%d", od_unit_get_headcount (unit));
}

static void
compare_units (GPtrArray *diffs,
               OdUnit    *a,
               OdUnit    *b)
{
  const char *id = od_unit_get_id (b);
  const char *name = od_unit_get_name (b);
  g_autofree char *old_count = headcount_string (a);
  g_autofree char *new_count = headcount_string (b);

  if (g_strcmp0 (od_unit_get_name (a), name) != 0)
    add (diffs, OD_DIFF_UNIT_RENAMED, id, "name", od_unit_get_name (a), name,
         _("“%s” is renamed “%s”"), od_unit_get_name (a), name);
  if (g_strcmp0 (parent_id (a), parent_id (b)) != 0)
    add (diffs, OD_DIFF_UNIT_MOVED, id, "parent", parent_id (a), parent_id (b),
         _("“%s” moves from under “%s” to under “%s”"), name, parent_name (a), parent_name (b));
  if (od_unit_get_kind (a) != od_unit_get_kind (b))
    add (diffs, OD_DIFF_UNIT_CHANGED, id, "kind", od_unit_kind_to_string (od_unit_get_kind (a)),
         od_unit_kind_to_string (od_unit_get_kind (b)), _("“%s” changes from %s to %s"), name,
         od_unit_kind_get_display_name (od_unit_get_kind (a)), od_unit_kind_get_display_name (od_unit_get_kind (b)));
  if (g_strcmp0 (od_unit_get_head (a), od_unit_get_head (b)) != 0)
    add (diffs, OD_DIFF_UNIT_CHANGED, id, "head", od_unit_get_head (a), od_unit_get_head (b),
         _("“%s” has a new head: %s"), name, od_unit_get_head (b) ? od_unit_get_head (b) : _("none"));
  if (g_strcmp0 (old_count, new_count) != 0)
    add (diffs, OD_DIFF_UNIT_CHANGED, id, "headcount", old_count, new_count,
         _("“%s” headcount changes from %s to %s"), name, old_count ? old_count : "—", new_count ? new_count : "—");

  for (guint i = 0; i < od_unit_get_n_assignments (b); i++)
    {
      const OdAssignment *now = od_unit_get_assignment (b, i);
      OdRole before = od_unit_get_role (a, now->function_id);

      if (before == OD_ROLE_NONE)
        add (diffs, OD_DIFF_FUNCTION_ADDED, id, now->function_id, NULL, od_role_to_string (now->role),
             _("“%s” takes on %s as %s"), name, function_name (now->function_id), od_role_get_display_name (now->role));
      else if (before != now->role)
        add (diffs, OD_DIFF_ROLE_CHANGED, id, now->function_id, od_role_to_string (before), od_role_to_string (now->role),
             _("“%s” changes from %s to %s of %s"), name, od_role_get_display_name (before),
             od_role_get_display_name (now->role), function_name (now->function_id));
    }
  for (guint i = 0; i < od_unit_get_n_assignments (a); i++)
    {
      const OdAssignment *was = od_unit_get_assignment (a, i);
      if (od_unit_get_role (b, was->function_id) == OD_ROLE_NONE)
        add (diffs, OD_DIFF_FUNCTION_REMOVED, id, was->function_id, od_role_to_string (was->role), NULL,
             _("“%s” gives up %s"), name, function_name (was->function_id));
    }
}

static gboolean
has_line (GPtrArray          *lines,
          const OdDottedLine *line)
{
  for (guint i = 0; i < lines->len; i++)
    {
      const OdDottedLine *other = lines->pdata[i];
      if (g_strcmp0 (other->from, line->from) == 0 && g_strcmp0 (other->to, line->to) == 0 &&
          g_strcmp0 (other->label, line->label) == 0)
        return TRUE;
    }
  return FALSE;
}

static const char *
unit_name (OdOrganisation *org,
           const char     *id)
{
  OdUnit *unit = od_organisation_lookup_unit (org, id);
  return unit ? od_unit_get_name (unit) : id;
}

static const char *
mechanism_name (const char *id)
{
  const OdMechanism *m = od_catalog_lookup_mechanism (od_catalog_get_default (), id);
  return m ? m->name[od_lang_for_user ()] : id;
}

GPtrArray *
od_compare (OdOrganisation *before,
            OdOrganisation *after)
{
  GPtrArray *diffs;
  g_autoptr(GPtrArray) units_after = NULL;
  g_autoptr(GPtrArray) units_before = NULL;
  GPtrArray *lines_a, *lines_b, *mech_a, *mech_b;

  g_return_val_if_fail (OD_IS_ORGANISATION (before), NULL);
  g_return_val_if_fail (OD_IS_ORGANISATION (after), NULL);

  diffs = g_ptr_array_new_with_free_func ((GDestroyNotify) od_diff_free);
  if (g_strcmp0 (od_organisation_get_name (before), od_organisation_get_name (after)) != 0)
    add (diffs, OD_DIFF_ORGANISATION, NULL, "name", od_organisation_get_name (before), od_organisation_get_name (after),
         _("The organisation is renamed “%s”"), od_organisation_get_name (after));
  if (od_organisation_get_size (before) != od_organisation_get_size (after))
    add (diffs, OD_DIFF_ORGANISATION, NULL, "size", od_size_to_string (od_organisation_get_size (before)),
         od_size_to_string (od_organisation_get_size (after)), _("The firm size changes from %s to %s"),
         od_size_get_display_name (od_organisation_get_size (before)),
         od_size_get_display_name (od_organisation_get_size (after)));
  if (g_strcmp0 (od_organisation_get_focus (before), od_organisation_get_focus (after)) != 0)
    add (diffs, OD_DIFF_ORGANISATION, NULL, "focus", od_organisation_get_focus (before), od_organisation_get_focus (after),
         _("The marketing focus changes"));

  units_after = od_organisation_list_units (after);
  for (guint i = 0; i < units_after->len; i++)
    {
      OdUnit *b = units_after->pdata[i];
      OdUnit *a = od_organisation_lookup_unit (before, od_unit_get_id (b));

      if (a == NULL)
        {
          if (od_unit_get_parent (b) != NULL)
            add (diffs, OD_DIFF_UNIT_ADDED, od_unit_get_id (b), "parent", NULL, parent_id (b),
                 _("“%s” is added under “%s”"), od_unit_get_name (b), parent_name (b));
          else
            add (diffs, OD_DIFF_UNIT_ADDED, od_unit_get_id (b), "parent", NULL, NULL,
                 _("“%s” is added at the top"), od_unit_get_name (b));
        }
      else
        compare_units (diffs, a, b);
    }
  units_before = od_organisation_list_units (before);
  for (guint i = 0; i < units_before->len; i++)
    {
      OdUnit *a = units_before->pdata[i];
      if (od_organisation_lookup_unit (after, od_unit_get_id (a)) == NULL)
        add (diffs, OD_DIFF_UNIT_REMOVED, od_unit_get_id (a), "parent", parent_id (a), NULL,
             _("“%s” is removed"), od_unit_get_name (a));
    }

  lines_a = od_organisation_get_dotted_lines (before);
  lines_b = od_organisation_get_dotted_lines (after);
  for (guint i = 0; i < lines_b->len; i++)
    {
      const OdDottedLine *line = lines_b->pdata[i];
      if (!has_line (lines_a, line))
        add (diffs, OD_DIFF_DOTTED_ADDED, line->from, line->to, NULL, line->label,
             _("A dotted line is added from “%s” to “%s”"), unit_name (after, line->from), unit_name (after, line->to));
    }
  for (guint i = 0; i < lines_a->len; i++)
    {
      const OdDottedLine *line = lines_a->pdata[i];
      if (!has_line (lines_b, line))
        add (diffs, OD_DIFF_DOTTED_REMOVED, line->from, line->to, line->label, NULL,
             _("The dotted line from “%s” to “%s” is removed"), unit_name (before, line->from), unit_name (before, line->to));
    }

  mech_a = od_organisation_get_mechanisms (before);
  mech_b = od_organisation_get_mechanisms (after);
  for (guint i = 0; i < mech_b->len; i++)
    {
      const OdMechanismUse *use = mech_b->pdata[i];
      if (od_organisation_find_mechanism (before, use->ref) == NULL)
        add (diffs, OD_DIFF_MECHANISM_ADDED, NULL, use->ref, NULL, use->detail,
             _("Coordination mechanism added: %s"), mechanism_name (use->ref));
    }
  for (guint i = 0; i < mech_a->len; i++)
    {
      const OdMechanismUse *use = mech_a->pdata[i];
      if (od_organisation_find_mechanism (after, use->ref) == NULL)
        add (diffs, OD_DIFF_MECHANISM_REMOVED, NULL, use->ref, use->detail, NULL,
             _("Coordination mechanism removed: %s"), mechanism_name (use->ref));
    }
  return diffs;
}
