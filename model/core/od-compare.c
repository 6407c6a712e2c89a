/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-compare.c: the differences between two organisations. */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "od-catalog.h"
#include "od-compare.h"
#include "od-coordination.h"

static const char * const kind_ids[] = {
  "organisation-changed", "unit-added", "unit-removed", "unit-moved", "unit-renamed", "unit-changed",
  "function-added", "function-removed", "role-changed", "dotted-added", "dotted-removed",
  "mechanism-added", "mechanism-removed", "sheet-added", "sheet-removed", "sheet-changed",
  "plan-added", "plan-removed", "plan-changed",
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

/* ---- coordination sheets and 313 plans ---- */

/* How a sheet is named to the user: its requirement, else its id. */
static const char *
sheet_title (const OdCoordinationSheet *sheet)
{
  return sheet->requirement != NULL ? sheet->requirement : sheet->id;
}

static void
compare_field (GPtrArray  *diffs,
               OdDiffKind  kind,
               const char *owner,      /* sheet id or horizon */
               const char *title,      /* for the message */
               const char *attribute,
               const char *label,      /* translated */
               const char *old_value,
               const char *new_value)
{
  g_autofree char *field = NULL;

  if (g_strcmp0 (old_value, new_value) == 0)
    return;
  field = g_strconcat (owner, "/", attribute, NULL);
  if (kind == OD_DIFF_SHEET_CHANGED)
    add (diffs, kind, NULL, field, old_value, new_value,
         /* Translators: coordination sheet “要求”: the deadline changes from “…” to “…” */
         _("Coordination sheet “%s”: the %s changes from “%s” to “%s”"),
         title, label, old_value ? old_value : "—", new_value ? new_value : "—");
  else
    add (diffs, kind, NULL, field, old_value, new_value,
         /* Translators: the 3-year plan: the summary changes from “…” to “…” */
         _("The %s: the %s changes from “%s” to “%s”"),
         title, label, old_value ? old_value : "—", new_value ? new_value : "—");
}

static void
compare_sheets (GPtrArray      *diffs,
                OdOrganisation *before,
                OdOrganisation *after)
{
  GPtrArray *list_a = od_organisation_get_sheets (before);
  GPtrArray *list_b = od_organisation_get_sheets (after);
  static const char *const unit_attrs[] = { "from", "to" };
  static const char *const signed_attrs[] = { "from-signed", "to-signed" };
  static const char *const signer_attrs[] = { "from-signer", "to-signer" };
  static const char *const date_attrs[] = { "from-signed-on", "to-signed-on" };

  for (guint i = 0; i < list_b->len; i++)
    {
      const OdCoordinationSheet *b = list_b->pdata[i];
      const OdCoordinationSheet *a = od_organisation_find_sheet (before, b->id);
      const char *title = sheet_title (b);

      if (a == NULL)
        {
          add (diffs, OD_DIFF_SHEET_ADDED, NULL, b->id, NULL, b->requirement,
               _("Coordination sheet added: “%s”, from “%s” to “%s”"), title,
               unit_name (after, b->unit[OD_SHEET_FROM] ? b->unit[OD_SHEET_FROM] : "—"),
               unit_name (after, b->unit[OD_SHEET_TO] ? b->unit[OD_SHEET_TO] : "—"));
          continue;
        }
      compare_field (diffs, OD_DIFF_SHEET_CHANGED, b->id, title, "requirement", _("requirement"), a->requirement, b->requirement);
      compare_field (diffs, OD_DIFF_SHEET_CHANGED, b->id, title, "deadline", _("deadline"), a->deadline, b->deadline);
      compare_field (diffs, OD_DIFF_SHEET_CHANGED, b->id, title, "standard", _("evaluation standard"), a->standard, b->standard);
      compare_field (diffs, OD_DIFF_SHEET_CHANGED, b->id, title, "responsible", _("responsible person"), a->responsible, b->responsible);
      compare_field (diffs, OD_DIFF_SHEET_CHANGED, b->id, title, "rewards", _("rewards and penalties"), a->rewards, b->rewards);
      for (guint side = 0; side < OD_N_SHEET_SIDES; side++)
        {
          const char *old_unit = a->unit[side] ? unit_name (before, a->unit[side]) : NULL;
          const char *new_unit = b->unit[side] ? unit_name (after, b->unit[side]) : NULL;
          g_autofree char *unit_field = g_strconcat (b->id, "/", unit_attrs[side], NULL);

          if (g_strcmp0 (a->unit[side], b->unit[side]) != 0)
            add (diffs, OD_DIFF_SHEET_CHANGED, NULL, unit_field, a->unit[side], b->unit[side],
                 side == OD_SHEET_FROM ? _("Coordination sheet “%s”: the requesting unit changes from “%s” to “%s”")
                                       : _("Coordination sheet “%s”: the performing unit changes from “%s” to “%s”"),
                 title, old_unit ? old_unit : "—", new_unit ? new_unit : "—");
          if (!a->signature[side].is_signed != !b->signature[side].is_signed)
            {
              const char *unit = new_unit ? new_unit : "—";
              g_autofree char *field = g_strconcat (b->id, "/", signed_attrs[side], NULL);

              add (diffs, OD_DIFF_SHEET_CHANGED, NULL, field, a->signature[side].is_signed ? "true" : "false",
                   b->signature[side].is_signed ? "true" : "false",
                   b->signature[side].is_signed ? _("Coordination sheet “%s”: the head of “%s” signs it")
                                                : _("Coordination sheet “%s”: the signature of the head of “%s” is withdrawn"),
                   title, unit);
            }
          compare_field (diffs, OD_DIFF_SHEET_CHANGED, b->id, title, signer_attrs[side], _("signer"),
                         a->signature[side].by, b->signature[side].by);
          compare_field (diffs, OD_DIFF_SHEET_CHANGED, b->id, title, date_attrs[side], _("date of signature"),
                         a->signature[side].date, b->signature[side].date);
        }
    }
  for (guint i = 0; i < list_a->len; i++)
    {
      const OdCoordinationSheet *a = list_a->pdata[i];
      if (od_organisation_find_sheet (after, a->id) == NULL)
        add (diffs, OD_DIFF_SHEET_REMOVED, NULL, a->id, a->requirement, NULL,
             _("Coordination sheet removed: “%s”"), sheet_title (a));
    }
}

static void
compare_plans (GPtrArray      *diffs,
               OdOrganisation *before,
               OdOrganisation *after)
{
  for (OdHorizon h = 0; h < OD_N_HORIZONS; h++)
    {
      const OdPlanHorizon *a = od_organisation_find_plan (before, h);
      const OdPlanHorizon *b = od_organisation_find_plan (after, h);
      const char *id = od_horizon_to_string (h);
      const char *title = od_horizon_get_display_name (h);

      if (a == NULL && b != NULL)
        add (diffs, OD_DIFF_PLAN_ADDED, NULL, id, NULL, b->summary, _("The 313 rule: the %s is recorded"), title);
      else if (a != NULL && b == NULL)
        add (diffs, OD_DIFF_PLAN_REMOVED, NULL, id, a->summary, NULL, _("The 313 rule: the %s is removed"), title);
      else if (a != NULL)
        {
          compare_field (diffs, OD_DIFF_PLAN_CHANGED, id, title, "period", _("period"), a->period, b->period);
          compare_field (diffs, OD_DIFF_PLAN_CHANGED, id, title, "owner", _("owner"), a->owner, b->owner);
          compare_field (diffs, OD_DIFF_PLAN_CHANGED, id, title, "summary", _("summary"), a->summary, b->summary);
          compare_field (diffs, OD_DIFF_PLAN_CHANGED, id, title, "basis", _("figures it rests on"), a->basis, b->basis);
        }
    }
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
  compare_sheets (diffs, before, after);
  compare_plans (diffs, before, after);
  return diffs;
}
