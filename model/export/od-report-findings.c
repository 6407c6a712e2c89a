/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-report-findings.c: the boundary findings grouped by rule (and by the
 * function they are about), the reason and the fix given once per group,
 * the departments in a table; long groups go to the appendix. */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "od-catalog.h"
#include "od-report-private.h"

static const struct {
  const char *rule;
  const char *name;
} rule_names[] = {
  { "duplicate-function", N_("Function owned more than once") },
  { "missing-function", N_("Function no one owns") },
  { "collaboration-multiple-leads", N_("Collaboration with more than one lead") },
  { "collaboration-no-participant", N_("Collaboration without the other side") },
  { "misplaced-structure", N_("Structure unsuited to the firm’s size") },
  { "power-concentration", N_("Power concentrated in one department") },
  { "span-too-wide", N_("Too many direct reports") },
  { "span-too-narrow", N_("Too few direct reports") },
  { "too-many-layers", N_("Too many layers") },
  { "empty-unit", N_("Department without a job") },
  { "unknown-function", N_("Function not in the catalog") },
  { "orphan-unit", N_("Unit outside the reporting tree") },
};

const char *
_od_report_rule_name (const char *rule)
{
  for (guint i = 0; i < G_N_ELEMENTS (rule_names); i++)
    if (strcmp (rule_names[i].rule, rule) == 0)
      return _(rule_names[i].name);
  return rule;
}

static const char *
function_name (const char *id,
               OdLang      lang)
{
  const OdFunction *f = od_catalog_lookup_function (od_catalog_get_default (), id);

  return f != NULL ? f->name[lang] : id;
}

/* Findings about one function held by several units are grouped by that
 * function ("营销推广 has two owners"); the others by their rule. */
static char *
group_key (const OdFinding *f)
{
  gboolean by_function = f->functions[0] != NULL && f->units[0] != NULL && f->units[1] != NULL;

  return g_strdup_printf ("%s|%s|%d", f->rule, by_function ? f->functions[0] : "", f->accepted);
}

static int
compare_groups (gconstpointer a,
                gconstpointer b)
{
  const OdFindingGroup *x = *(OdFindingGroup **) a;
  const OdFindingGroup *y = *(OdFindingGroup **) b;
  gboolean xa = ((const OdFinding *) x->findings->pdata[0])->accepted;
  gboolean ya = ((const OdFinding *) y->findings->pdata[0])->accepted;

  /* Open before accepted, the most serious first, then the most common. */
  if (xa != ya)
    return xa - ya;
  if (x->severity != y->severity)
    return (int) y->severity - (int) x->severity;
  return (int) y->findings->len - (int) x->findings->len;
}

GPtrArray *
_od_report_group_findings (GPtrArray *findings)
{
  g_autoptr(GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *groups = g_ptr_array_new ();

  for (guint i = 0; i < findings->len; i++)
    {
      const OdFinding *f = findings->pdata[i];
      char *key = group_key (f);
      OdFindingGroup *group = g_hash_table_lookup (by_key, key);

      if (group == NULL)
        {
          group = g_new0 (OdFindingGroup, 1);
          group->rule = f->rule;
          group->severity = f->severity;
          group->function = strchr (key, '|')[1] != '|' ? f->functions[0] : NULL;
          group->findings = g_ptr_array_new ();
          g_ptr_array_add (groups, group);
          g_hash_table_insert (by_key, key, group);
        }
      else
        g_free (key);
      group->severity = MAX (group->severity, f->severity);
      g_ptr_array_add (group->findings, (gpointer) f);
    }
  /* g_ptr_array_sort is not stable; ties keep document order through the
   * index of their first finding. */
  g_ptr_array_sort (groups, compare_groups);
  return groups;
}

static guint
count_units (const OdFindingGroup *group)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < group->findings->len; i++)
    {
      const OdFinding *f = group->findings->pdata[i];

      for (guint j = 0; f->units[j] != NULL; j++)
        g_hash_table_add (seen, f->units[j]);
    }
  return g_hash_table_size (seen);
}

char *
_od_report_group_title (OdReportWriter       *w,
                        const OdFindingGroup *group)
{
  guint n = group->findings->len;
  guint units = count_units (group);

  if (group->function != NULL)
    /* TRANSLATORS: a group of findings: the rule, the function, how many departments */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: “%s”, in %u department", "%s: “%s”, in %u departments", units),
                            _od_report_rule_name (group->rule), function_name (group->function, w->lang), units);
  if (n == 1)
    return g_strdup (_od_report_rule_name (group->rule));
  if (units >= n)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %u department", "%s: %u departments", units),
                            _od_report_rule_name (group->rule), units);
  if (units == 0 && ((const OdFinding *) group->findings->pdata[0])->functions[0] != NULL)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %u function", "%s: %u functions", n),
                            _od_report_rule_name (group->rule), n);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %u finding", "%s: %u findings", n),
                          _od_report_rule_name (group->rule), n);
}

char *
_od_report_finding_subject (OdReportWriter  *w,
                            const OdFinding *f)
{
  g_autoptr(GString) s = g_string_new (NULL);
  const char *separator = w->lang == OD_LANG_EN ? ", " : "、";

  for (guint j = 0; f->units[j] != NULL; j++)
    {
      OdUnit *unit = od_organisation_lookup_unit (w->org, f->units[j]);

      if (s->len > 0)
        g_string_append (s, separator);
      g_string_append (s, unit != NULL ? od_unit_get_name (unit) : f->units[j]);
    }
  if (s->len == 0)
    for (guint j = 0; f->functions[j] != NULL; j++)
      {
        if (s->len > 0)
          g_string_append (s, separator);
        g_string_append (s, function_name (f->functions[j], w->lang));
      }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static gboolean
any_fix (const OdFindingGroup *group)
{
  for (guint i = 0; i < group->findings->len; i++)
    if (((const OdFinding *) group->findings->pdata[i])->fix_label != NULL)
      return TRUE;
  return FALSE;
}

/* What the first column names: departments, or functions no one holds. */
static const char *
subject_header (const OdFindingGroup *group)
{
  return ((const OdFinding *) group->findings->pdata[0])->units[0] != NULL ? _("Department") : _("Function");
}

/* The fix when every finding of the group has the same one, else NULL. */
static const char *
common_fix (const OdFindingGroup *group)
{
  const char *fix = ((const OdFinding *) group->findings->pdata[0])->fix_label;

  for (guint i = 1; i < group->findings->len && fix != NULL; i++)
    if (g_strcmp0 (((const OdFinding *) group->findings->pdata[i])->fix_label, fix) != 0)
      return NULL;
  return fix;
}

static void
strv_free (gpointer data)
{
  g_strfreev (data);
}

static void
write_group (OdReportWriter *w,
             OdFindingGroup *group,
             guint          *n_appendix)
{
  const OdFinding *first = group->findings->pdata[0];
  g_autofree char *title = _od_report_group_title (w, group);
  const char *fix = common_fix (group);
  guint n = group->findings->len;

  od_text_flow_keep_begin (w->flow);
  _od_report_printf (w->flow, OD_TEXT_SUBHEADING, 0, "%s · %s", od_severity_get_display_name (group->severity), title);
  if (n == 1)
    {
      od_text_flow_add (w->flow, OD_TEXT_BODY, 0, first->message);
      if (first->fix_label != NULL)
        _od_report_printf (w->flow, OD_TEXT_BODY, 12, _("Fix: %s"), first->fix_label);
      if (first->accepted)
        _od_report_printf (w->flow, OD_TEXT_BODY, 12, _("Accepted as an exception: %s"), first->acceptance_reason);
      od_text_flow_add (w->flow, OD_TEXT_NOTE, 12, first->reason);
      od_text_flow_keep_end (w->flow);
      return;
    }
  od_text_flow_add (w->flow, OD_TEXT_NOTE, 0, first->reason);
  if (fix != NULL)
    _od_report_printf (w->flow, OD_TEXT_BODY, 0, _("Fix, for each: %s"), fix);
  od_text_flow_keep_end (w->flow);
  {
    g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (strv_free);
    const char *header[] = { subject_header (group), _("Finding"), _("Fix") };
    const double widths[] = { 1.2, 3, 1.8 };
    guint shown = n > OD_REPORT_TABLE_ROWS ? OD_REPORT_TABLE_ROWS - 2 : n;

    for (guint i = 0; i < shown; i++)
      {
        const OdFinding *f = group->findings->pdata[i];
        char **row = g_new0 (char *, 4);

        row[0] = _od_report_finding_subject (w, f);
        row[1] = g_strdup (f->message);
        row[2] = g_strdup (fix != NULL ? "" : f->fix_label != NULL ? f->fix_label : "—");
        g_ptr_array_add (rows, row);
      }
    _od_report_table (w, fix != NULL || !any_fix (group) ? 2 : 3, widths, header, rows);
    if (shown < n)
      {
        group->appendix = ++*n_appendix;
        _od_report_printf (w->flow, OD_TEXT_BODY, 0,
                           g_dngettext (GETTEXT_PACKAGE, "… and %u more: all %u are listed in appendix table A%u.",
                                        "… and %u more: all %u are listed in appendix table A%u.", n - shown),
                           n - shown, n, group->appendix);
      }
  }
}

void
_od_report_write_findings (OdReportWriter *w)
{
  guint n_appendix = 0;

  _od_report_section (w, _("Boundary findings"));
  if (w->findings->len == 0)
    {
      od_text_flow_add (w->flow, OD_TEXT_BODY, 0, _("No findings: the boundaries follow the source texts for this firm size."));
      return;
    }
  {
    guint errors = od_check_count (w->findings, OD_SEVERITY_ERROR);
    guint warnings = od_check_count (w->findings, OD_SEVERITY_WARNING);
    guint notes = od_check_count (w->findings, OD_SEVERITY_INFO);
    g_autofree char *e = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u error", "%u errors", errors), errors);
    g_autofree char *wa = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings", warnings), warnings);
    g_autofree char *no = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u note", "%u notes", notes), notes);
    g_autofree char *groups = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u group", "%u groups", w->groups->len),
                                               w->groups->len);

    /* TRANSLATORS: "1 error, 2 warnings, 0 notes, in 3 groups." */
    _od_report_printf (w->flow, OD_TEXT_BODY, 0, _("%s, %s, %s, in %s."), e, wa, no, groups);
    od_text_flow_add (w->flow, OD_TEXT_NOTE, 0,
                      _("Findings of one rule are shown together, with the reason and the fix given once; a group too long to list here is in the appendix. The whole list is also available as a spreadsheet (CSV)."));
  }
  for (guint i = 0; i < w->groups->len; i++)
    write_group (w, w->groups->pdata[i], &n_appendix);
}

void
_od_report_write_appendix (OdReportWriter *w)
{
  gboolean any = FALSE;

  for (guint i = 0; i < w->groups->len; i++)
    {
      const OdFindingGroup *group = w->groups->pdata[i];
      g_autofree char *title = NULL;
      g_autofree char *heading = NULL;
      g_autoptr(GPtrArray) names = NULL;
      const char *fix = common_fix (group);

      if (group->appendix == 0)
        continue;
      if (!any)
        _od_report_section (w, _("Appendix: findings in full"));
      any = TRUE;
      title = _od_report_group_title (w, group);
      heading = g_strdup_printf (_("Table A%u. %s"), group->appendix, title);
      od_text_flow_keep_begin (w->flow);
      _od_report_subsection (w, heading);
      if (fix == NULL && ((const OdFinding *) group->findings->pdata[0])->fix_label != NULL)
        {
          /* Fixes differ per row: a table of who and what to do. */
          g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (strv_free);
          const char *header[] = { subject_header (group), _("Fix") };
          const double widths[] = { 1, 2 };

          od_text_flow_keep_end (w->flow);
          for (guint j = 0; j < group->findings->len; j++)
            {
              const OdFinding *f = group->findings->pdata[j];
              char **row = g_new0 (char *, 3);

              row[0] = _od_report_finding_subject (w, f);
              row[1] = g_strdup (f->fix_label != NULL ? f->fix_label : "—");
              g_ptr_array_add (rows, row);
            }
          _od_report_table (w, 2, widths, header, rows);
          continue;
        }
      names = g_ptr_array_new_with_free_func (g_free);
      for (guint j = 0; j < group->findings->len; j++)
        g_ptr_array_add (names, _od_report_finding_subject (w, group->findings->pdata[j]));
      _od_report_printf (w->flow, OD_TEXT_NOTE, 0, _("For example: %s"), ((const OdFinding *) group->findings->pdata[0])->message);
      od_text_flow_keep_end (w->flow);
      _od_report_name_grid (w, names);
    }
}
