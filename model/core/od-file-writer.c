/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-file-writer.c: writes an organisation as a .orgdesign document.
 *
 * The output is a pure function of the organisation, so saving, loading and
 * saving again gives the same bytes, and an undone edit saves as before.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "od-coordination.h"
#include "od-file-private.h"
#include "od-organisation-private.h"

/* Escapes for an attribute value: also tab and line breaks, which an XML
 * parser would otherwise normalise to spaces. */
static void
append_escaped (GString    *out,
                const char *text,
                gboolean    attribute)
{
  for (const char *p = text; *p != '\0'; p++)
    switch (*p)
      {
      case '&': g_string_append (out, "&amp;"); break;
      case '<': g_string_append (out, "&lt;"); break;
      case '>': g_string_append (out, "&gt;"); break;
      case '"': g_string_append (out, attribute ? "&quot;" : "\""); break;
      case '\t': g_string_append (out, attribute ? "&#9;" : "\t"); break;
      case '\n': g_string_append (out, attribute ? "&#10;" : "\n"); break;
      case '\r': g_string_append (out, "&#13;"); break;
      default: g_string_append_c (out, *p); break;
      }
}

static void
append_attr (GString    *out,
             const char *name,
             const char *value)
{
  if (value == NULL)
    return;
  g_string_append_printf (out, " %s=\"", name);
  append_escaped (out, value, TRUE);
  g_string_append_c (out, '"');
}

static void
indent (GString *out,
        guint    depth)
{
  for (guint i = 0; i < depth; i++)
    g_string_append (out, "  ");
}

static void
append_extra_attributes (GString       *out,
                         const OdExtra *extra)
{
  if (extra == NULL || extra->attributes == NULL)
    return;
  for (guint i = 0; i + 1 < extra->attributes->len; i += 2)
    append_attr (out, g_ptr_array_index (extra->attributes, i), g_ptr_array_index (extra->attributes, i + 1));
}

static void
append_extra_elements (GString       *out,
                       const OdExtra *extra,
                       guint          depth)
{
  if (extra == NULL || extra->elements == NULL)
    return;
  indent (out, depth);
  g_string_append_len (out, extra->elements->str, extra->elements->len);
  g_string_append_c (out, '\n');
}

static gboolean
has_extra_elements (const OdExtra *extra)
{
  return extra != NULL && extra->elements != NULL;
}

/* Writes one unit's start tag and leaf content; children follow. Returns
 * TRUE if the element was left open. */
static gboolean
write_unit_open (GString      *out,
                 const OdUnit *unit,
                 guint         depth)
{
  gboolean has_content = unit->first_child != NULL || unit->assignments != NULL ||
                         unit->notes != NULL || has_extra_elements (unit->extra);

  indent (out, depth);
  g_string_append (out, "<unit");
  append_attr (out, "id", unit->id);
  append_attr (out, "name", unit->name);
  append_attr (out, "kind", od_unit_kind_to_string (unit->kind));
  append_attr (out, "head", unit->head);
  if (unit->headcount >= 0)
    g_string_append_printf (out, " headcount=\"%d\"", unit->headcount);
  if (unit->assistant)
    append_attr (out, "assistant", "true");
  append_attr (out, "scope-kind", unit->scope_kind);
  append_attr (out, "scope", unit->scope);
  append_extra_attributes (out, unit->extra);
  if (!has_content)
    {
      g_string_append (out, "/>\n");
      return FALSE;
    }
  g_string_append (out, ">\n");
  if (unit->notes != NULL)
    {
      indent (out, depth + 1);
      g_string_append (out, "<notes");
      append_extra_attributes (out, unit->notes_extra);
      g_string_append_c (out, '>');
      append_escaped (out, unit->notes, FALSE);
      g_string_append (out, "</notes>\n");
    }
  for (guint i = 0; unit->assignments != NULL && i < unit->assignments->len; i++)
    {
      const OdAssignment *a = &g_array_index (unit->assignments, OdAssignment, i);
      indent (out, depth + 1);
      g_string_append (out, "<function");
      append_attr (out, "ref", a->function_id);
      append_attr (out, "role", od_role_to_string (a->role));
      append_extra_attributes (out, a->extra);
      g_string_append (out, "/>\n");
    }
  return TRUE;
}

static void
write_unit_close (GString      *out,
                  const OdUnit *unit,
                  guint         depth)
{
  append_extra_elements (out, unit->extra, depth + 1);
  indent (out, depth);
  g_string_append (out, "</unit>\n");
}

/* Writes the subtree under @top.  Iterative, so that a very deep (but
 * accepted) tree cannot overflow the stack.  FALSE, part written, when
 * *@cancel (if given) became non-zero: checked at each unit. */
static gboolean
write_tree (GString      *out,
            const OdUnit *top,
            const gint   *cancel)
{
  const OdUnit *unit = top;
  guint depth = 1;

  for (;;)
    {
      gboolean open;

      if (cancel != NULL && g_atomic_int_get (cancel))
        return FALSE;
      open = write_unit_open (out, unit, depth);

      if (open && unit->first_child != NULL)
        {
          unit = unit->first_child;
          depth++;
          continue;
        }
      if (open)
        write_unit_close (out, unit, depth);
      /* Climb until a unit with a next sibling, closing as we go. */
      while (unit != top && unit->next == NULL)
        {
          unit = unit->parent;
          depth--;
          write_unit_close (out, unit, depth);
        }
      if (unit == top)
        return TRUE;
      unit = unit->next;
    }
}

static void
write_assessment (GString        *out,
                  OdOrganisation *org)
{
  GPtrArray *respondents = od_organisation_get_respondents (org);
  g_autoptr(GPtrArray) facts = od_organisation_list_facts (org);
  OdExtra *extra = *_od_organisation_get_assessment_extra (org);
  gboolean any_cause = FALSE;

  for (guint c = 1; c <= OD_N_CAUSES; c++)
    {
      const OdCauseAnswer *a = od_organisation_get_cause (org, c);
      any_cause |= a->state != OD_CAUSE_UNKNOWN || a->note != NULL;
    }
  if (!_od_organisation_has_assessment (org) && respondents->len == 0 && facts->len == 0 && !any_cause &&
      od_organisation_get_assessment_date (org) == NULL && extra == NULL)
    return;

  g_string_append (out, "  <assessment");
  append_attr (out, "date", od_organisation_get_assessment_date (org));
  append_extra_attributes (out, extra);
  g_string_append (out, ">\n");
  for (guint i = 0; i < respondents->len; i++)
    {
      const OdRespondent *r = g_ptr_array_index (respondents, i);
      gboolean any = FALSE;

      for (guint q = 0; q < OD_N_QUESTIONS; q++)
        any |= r->answers[q] != 0;
      g_string_append (out, "    <respondent");
      append_attr (out, "name", r->name);
      append_attr (out, "side", od_side_to_string (r->side));
      append_attr (out, "date", r->date);
      append_extra_attributes (out, r->extra);
      if (!any)
        {
          g_string_append (out, "/>\n");
          continue;
        }
      g_string_append (out, ">\n");
      for (guint q = 0; q < OD_N_QUESTIONS; q++)
        if (r->answers[q] != 0)
          {
            g_string_append_printf (out, "      <answer item=\"%u\" value=\"%u\"", q + 1, r->answers[q]);
            append_extra_attributes (out, _od_respondent_get_answer_extra (r, q + 1));
            g_string_append (out, "/>\n");
          }
      g_string_append (out, "    </respondent>\n");
    }
  for (guint c = 1; c <= OD_N_CAUSES; c++)
    {
      static const char * const states[] = { "unknown", "present", "absent" };
      const OdCauseAnswer *a = od_organisation_get_cause (org, c);

      if (a->state == OD_CAUSE_UNKNOWN && a->note == NULL)
        continue;
      g_string_append_printf (out, "    <cause ref=\"%u\" state=\"%s\"", c, states[a->state]);
      append_attr (out, "note", a->note);
      append_extra_attributes (out, a->extra);
      g_string_append (out, "/>\n");
    }
  for (guint i = 0; i < facts->len; i++)
    {
      const char *key = g_ptr_array_index (facts, i);
      g_string_append (out, "    <fact");
      append_attr (out, "key", key);
      append_attr (out, "value", od_organisation_get_fact (org, key));
      append_extra_attributes (out, _od_organisation_get_fact_extra (org, key));
      g_string_append (out, "/>\n");
    }
  append_extra_elements (out, extra, 2);
  g_string_append (out, "  </assessment>\n");
}

/* Work coordination sheets, then the 313 rule's plans (od-coordination.h). */
static void
write_coordination (GString        *out,
                    OdOrganisation *org)
{
  GPtrArray *list = od_organisation_get_sheets (org);

  for (guint i = 0; i < list->len; i++)
    {
      const OdCoordinationSheet *sheet = g_ptr_array_index (list, i);
      static const char *const signed_names[] = { "from-signed", "to-signed" };
      static const char *const signer_names[] = { "from-signer", "to-signer" };
      static const char *const date_names[] = { "from-signed-on", "to-signed-on" };

      g_string_append (out, "  <coordination-sheet");
      append_attr (out, "id", sheet->id);
      append_attr (out, "from", sheet->unit[OD_SHEET_FROM]);
      append_attr (out, "to", sheet->unit[OD_SHEET_TO]);
      append_attr (out, "requirement", sheet->requirement);
      append_attr (out, "deadline", sheet->deadline);
      append_attr (out, "standard", sheet->standard);
      append_attr (out, "responsible", sheet->responsible);
      append_attr (out, "rewards", sheet->rewards);
      for (guint side = 0; side < OD_N_SHEET_SIDES; side++)
        {
          append_attr (out, signed_names[side], sheet->signature[side].is_signed ? "true" : NULL);
          append_attr (out, signer_names[side], sheet->signature[side].by);
          append_attr (out, date_names[side], sheet->signature[side].date);
        }
      append_extra_attributes (out, sheet->extra);
      g_string_append (out, "/>\n");
    }
  list = od_organisation_get_plans (org);
  for (guint i = 0; i < list->len; i++)
    {
      const OdPlanHorizon *plan = g_ptr_array_index (list, i);

      g_string_append (out, "  <plan");
      append_attr (out, "horizon", od_horizon_to_string (plan->horizon));
      append_attr (out, "period", plan->period);
      append_attr (out, "owner", plan->owner);
      append_attr (out, "summary", plan->summary);
      append_attr (out, "basis", plan->basis);
      append_extra_attributes (out, plan->extra);
      g_string_append (out, "/>\n");
    }
}

GBytes *
od_file_serialize (OdOrganisation *org)
{
  return od_file_serialize_cancellable (org, NULL);
}

GBytes *
od_file_serialize_cancellable (OdOrganisation *org,
                               const gint     *cancel)
{
  GString *out;
  GPtrArray *list;
  OdExtra *extra;
  const char *name;

  g_return_val_if_fail (OD_IS_ORGANISATION (org), NULL);

  out = g_string_sized_new (256 + 160 * od_organisation_get_n_units (org));
  extra = *_od_organisation_get_extra (org);
  name = od_organisation_get_name (org);

  g_string_append (out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<organisation");
  append_attr (out, "xmlns", OD_FILE_NAMESPACE);
  append_attr (out, "version", _od_organisation_get_version (org));
  append_attr (out, "name", name[0] ? name : NULL);
  append_attr (out, "size", od_size_to_string (od_organisation_get_size (org)));
  append_attr (out, "focus", od_organisation_get_focus (org));
  append_attr (out, "industry", od_organisation_get_industry (org));
  append_attr (out, "business", od_organisation_get_business (org));
  append_attr (out, "task", od_organisation_get_task (org));
  append_attr (out, "lang", od_lang_to_string (od_organisation_get_lang (org)));
  append_extra_attributes (out, extra);
  g_string_append (out, ">\n");

  for (OdUnit *top = od_organisation_get_first_top_unit (org); top != NULL; top = top->next)
    if (!write_tree (out, top, cancel))
      {
        g_string_free (out, TRUE);
        return NULL;
      }

  list = od_organisation_get_dotted_lines (org);
  for (guint i = 0; i < list->len; i++)
    {
      const OdDottedLine *line = g_ptr_array_index (list, i);
      g_string_append (out, "  <dotted");
      append_attr (out, "from", line->from);
      append_attr (out, "to", line->to);
      append_attr (out, "label", line->label);
      append_attr (out, "hours", line->hours);
      append_attr (out, "directed-by", line->directed_by);
      append_attr (out, "reward", line->reward);
      append_extra_attributes (out, line->extra);
      g_string_append (out, "/>\n");
    }
  list = od_organisation_get_mechanisms (org);
  for (guint i = 0; i < list->len; i++)
    {
      const OdMechanismUse *use = g_ptr_array_index (list, i);
      g_string_append (out, "  <mechanism");
      append_attr (out, "ref", use->ref);
      append_attr (out, "detail", use->detail);
      append_extra_attributes (out, use->extra);
      g_string_append (out, "/>\n");
    }
  write_coordination (out, org);
  write_assessment (out, org);
  list = od_organisation_get_acceptances (org);
  for (guint i = 0; i < list->len; i++)
    {
      const OdAcceptance *a = g_ptr_array_index (list, i);
      g_string_append (out, "  <accepted");
      append_attr (out, "rule", a->rule);
      append_attr (out, "units", a->units[0] ? a->units : NULL);
      append_attr (out, "functions", a->functions[0] ? a->functions : NULL);
      append_attr (out, "reason", a->reason);
      append_extra_attributes (out, a->extra);
      g_string_append (out, "/>\n");
    }
  append_extra_elements (out, extra, 1);
  g_string_append (out, "</organisation>\n");
  return g_string_free_to_bytes (out);
}
