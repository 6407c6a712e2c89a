/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-compare-report.c: the before/after report consultants bring to a
 * second workshop: the key figures and the stage side by side, what moved,
 * the functions gained and lost, the findings fixed and the new ones. */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "od-compare.h"
#include "od-export-private.h"
#include "od-report-private.h"

/* Beyond this many changes of one kind the rest are counted, not listed. */
#define MAX_LISTED 60

static char *
finding_key (const OdFinding *f)
{
  g_autofree char *units = od_finding_dup_unit_list (f);
  g_autofree char *functions = od_finding_dup_function_list (f);

  return g_strdup_printf ("%s|%s|%s", f->rule, units, functions);
}

/* The open findings of @a that @b does not have (transfer container). */
static GPtrArray *
findings_not_in (GPtrArray *a,
                 GPtrArray *b)
{
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *out = g_ptr_array_new ();

  for (guint i = 0; i < b->len; i++)
    if (!((OdFinding *) b->pdata[i])->accepted)
      g_hash_table_add (keys, finding_key (b->pdata[i]));
  for (guint i = 0; i < a->len; i++)
    {
      g_autofree char *key = NULL;

      if (((OdFinding *) a->pdata[i])->accepted)
        continue;
      key = finding_key (a->pdata[i]);
      if (!g_hash_table_contains (keys, key))
        g_ptr_array_add (out, a->pdata[i]);
    }
  return out;
}

static void
strv_free (gpointer data)
{
  g_strfreev (data);
}

static char **
row3 (const char *a,
      const char *b,
      const char *c)
{
  char **row = g_new0 (char *, 4);

  row[0] = g_strdup (a);
  row[1] = g_strdup (b);
  row[2] = g_strdup (c);
  return row;
}

static void
write_figures (OdReportWriter    *w,
               OdOrganisation    *before,
               OdOrganisation    *after,
               GPtrArray         *fb,
               GPtrArray         *fa,
               const OdDiagnosis *db,
               const OdDiagnosis *da)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (strv_free);
  const char *header[] = { "", _("Before"), _("After") };
  const double widths[] = { 2, 1.5, 1.5 };
  OdKeyFigures kb, ka;
  struct { const char *label; guint b, a; } counts[6];

  _od_report_key_figures (before, &kb);
  _od_report_key_figures (after, &ka);
  counts[0] = (typeof (counts[0])) { _("Units"), kb.units, ka.units };
  counts[1] = (typeof (counts[0])) { _("Layers"), kb.layers, ka.layers };
  counts[2] = (typeof (counts[0])) { _("Widest span"), kb.widest_span, ka.widest_span };
  counts[3] = (typeof (counts[0])) { _("Errors"), od_check_count (fb, OD_SEVERITY_ERROR), od_check_count (fa, OD_SEVERITY_ERROR) };
  counts[4] = (typeof (counts[0])) { _("Warnings"), od_check_count (fb, OD_SEVERITY_WARNING), od_check_count (fa, OD_SEVERITY_WARNING) };
  counts[5] = (typeof (counts[0])) { _("Notes"), od_check_count (fb, OD_SEVERITY_INFO), od_check_count (fa, OD_SEVERITY_INFO) };

  _od_report_section (w, _("Before and after"));
  _od_report_printf (w->flow, OD_TEXT_BODY, 0, _("Before: %s. After: %s."),
                     od_organisation_get_name (before), od_organisation_get_name (after));
  {
    g_autofree char *hb = kb.headcount_known ? g_strdup_printf ("%u", kb.headcount) : g_strdup ("—");
    g_autofree char *ha = ka.headcount_known ? g_strdup_printf ("%u", ka.headcount) : g_strdup ("—");

    for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
      {
        g_autofree char *b = g_strdup_printf ("%u", counts[i].b);
        g_autofree char *a = g_strdup_printf ("%u", counts[i].a);

        g_ptr_array_add (rows, row3 (counts[i].label, b, a));
        if (i == 0)
          g_ptr_array_add (rows, row3 (_("Headcount"), hb, ha));
      }
  }
  g_ptr_array_add (rows, row3 (_("Collaboration stage"), od_stage_get_display_name (db->stage),
                               od_stage_get_display_name (da->stage)));
  g_ptr_array_add (rows, row3 (_("Stage the structure shows"), od_stage_get_display_name (db->structural_stage),
                               od_stage_get_display_name (da->structural_stage)));
  _od_report_table (w, 3, widths, header, rows);

  if (db->stage != da->stage)
    _od_report_printf (w->flow, OD_TEXT_BODY, 0, _("The collaboration stage moves from “%s” to “%s”."),
                       od_stage_get_display_name (db->stage), od_stage_get_display_name (da->stage));
  else
    _od_report_printf (w->flow, OD_TEXT_BODY, 0, _("The collaboration stage stays “%s”."),
                       od_stage_get_display_name (da->stage));
  if (da->has_score)
    {
      od_text_flow_keep_begin (w->flow);
      od_text_flow_add (w->flow, OD_TEXT_NOTE, 0, _("The questionnaire after the redesign:"));
      _od_report_add_band_scale (w);
      od_text_flow_keep_end (w->flow);
    }
}

static gboolean
is_move (OdDiffKind kind)
{
  return kind == OD_DIFF_UNIT_MOVED || kind == OD_DIFF_UNIT_ADDED || kind == OD_DIFF_UNIT_REMOVED ||
         kind == OD_DIFF_UNIT_RENAMED;
}

static gboolean
is_function (OdDiffKind kind)
{
  return kind == OD_DIFF_FUNCTION_ADDED || kind == OD_DIFF_FUNCTION_REMOVED || kind == OD_DIFF_ROLE_CHANGED;
}

static void
write_diffs (OdReportWriter *w,
             GPtrArray      *diffs,
             const char     *title,
             const char     *none,
             gboolean      (*wanted) (OdDiffKind))
{
  guint n = 0, listed = 0;

  for (guint i = 0; i < diffs->len; i++)
    if (wanted (((OdDiff *) diffs->pdata[i])->kind))
      n++;
  od_text_flow_keep_begin (w->flow);
  _od_report_subsection (w, title);
  if (n == 0)
    od_text_flow_add (w->flow, OD_TEXT_BODY, 0, none);
  else
    _od_report_printf (w->flow, OD_TEXT_NOTE, 0, g_dngettext (GETTEXT_PACKAGE, "%u change.", "%u changes.", n), n);
  od_text_flow_keep_end (w->flow);
  for (guint i = 0; i < diffs->len && listed < MAX_LISTED; i++)
    {
      const OdDiff *d = diffs->pdata[i];

      if (!wanted (d->kind))
        continue;
      _od_report_printf (w->flow, OD_TEXT_BODY, 8, "• %s", d->message);
      listed++;
    }
  if (listed < n)
    _od_report_printf (w->flow, OD_TEXT_BODY, 8,
                       g_dngettext (GETTEXT_PACKAGE, "… and %u more (org-designer-cli compare lists them all).",
                                    "… and %u more (org-designer-cli compare lists them all).", n - listed), n - listed);
}

static gboolean
is_other (OdDiffKind kind)
{
  return !is_move (kind) && !is_function (kind);
}

static void
write_finding_changes (OdReportWriter *w,
                       OdOrganisation *org,
                       GPtrArray      *findings,
                       const char     *title,
                       const char     *none)
{
  g_autoptr(GPtrArray) groups = _od_report_group_findings (findings);
  OdOrganisation *saved = w->org;

  w->org = org;
  od_text_flow_keep_begin (w->flow);
  _od_report_subsection (w, title);
  if (findings->len == 0)
    od_text_flow_add (w->flow, OD_TEXT_BODY, 0, none);
  od_text_flow_keep_end (w->flow);
  for (guint i = 0; i < groups->len; i++)
    {
      OdFindingGroup *g = groups->pdata[i];
      g_autofree char *heading = _od_report_group_title (w, g);
      g_autoptr(GString) who = g_string_new (NULL);
      guint shown = MIN (g->findings->len, 12);

      for (guint j = 0; j < shown; j++)
        {
          g_autofree char *subject = _od_report_finding_subject (w, g->findings->pdata[j]);

          if (j > 0)
            g_string_append (who, w->lang == OD_LANG_EN ? "; " : "；");
          g_string_append (who, subject);
        }
      if (shown < g->findings->len)
        g_string_append_printf (who, g_dngettext (GETTEXT_PACKAGE, " … and %u more", " … and %u more",
                                                  g->findings->len - shown), g->findings->len - shown);
      od_text_flow_keep_begin (w->flow);
      _od_report_printf (w->flow, OD_TEXT_BODY, 0, "• %s · %s", od_severity_get_display_name (g->severity), heading);
      od_text_flow_add (w->flow, OD_TEXT_NOTE, 12, who->str);
      od_text_flow_keep_end (w->flow);
      g_ptr_array_unref (g->findings);
      g_free (g);
    }
  g_ptr_array_set_size (groups, 0);
  w->org = saved;
}

static void
write_compare (OdTextFlow     *flow,
               OdOrganisation *before,
               OdOrganisation *after,
               GPtrArray      *fb,
               GPtrArray      *fa,
               OdDiagnosis    *db,
               OdDiagnosis    *da)
{
  OdReportWriter w = { 0 };
  g_autoptr(GPtrArray) diffs = od_compare (before, after);
  g_autoptr(GPtrArray) fixed = findings_not_in (fb, fa);
  g_autoptr(GPtrArray) added = findings_not_in (fa, fb);

  _od_report_writer_init (&w, flow, after, fa, da);
  write_figures (&w, before, after, fb, fa, db, da);
  _od_report_section (&w, _("What changed"));
  write_diffs (&w, diffs, _("Units added, removed, moved and renamed"), _("No unit moved."), is_move);
  write_diffs (&w, diffs, _("Functions gained and lost"), _("No function changed hands."), is_function);
  write_diffs (&w, diffs, _("Other changes"), _("Nothing else changed."), is_other);
  _od_report_section (&w, _("Findings"));
  {
    g_autofree char *f = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u finding fixed", "%u findings fixed", fixed->len), fixed->len);
    g_autofree char *n = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u new", "%u new", added->len), added->len);

    /* TRANSLATORS: "3 findings fixed, 1 new." */
    _od_report_printf (flow, OD_TEXT_BODY, 0, _("%s, %s."), f, n);
  }
  write_finding_changes (&w, before, fixed, _("Fixed by the redesign"), _("None."));
  write_finding_changes (&w, after, added, _("New with the redesign"), _("None."));
  _od_report_writer_clear (&w);
}

static void
mark_clear (gpointer data)
{
  g_free (((OdTextFlowMark *) data)->title);
}

OdExportDocument *
_od_export_document_new_compare (OdOrganisation    *before,
                                 OdOrganisation    *after,
                                 const OdPageSetup *setup,
                                 const char        *date)
{
  OdExportDocument *self = g_new0 (OdExportDocument, 1);
  g_autoptr(GPtrArray) before_findings = od_check_run (before);
  g_autoptr(OdDiagnosis) before_diagnosis = od_diagnosis_run (before);
  GArray *marks;

  self->org = g_object_ref (after);
  self->setup = *setup;
  self->lang = od_organisation_get_lang (after);
  self->date = g_strdup (date);
  self->pages = g_array_new (FALSE, TRUE, sizeof (OdExportPage));
  self->findings = od_check_run (after);
  self->diagnosis = od_diagnosis_run (after);
  self->report = od_text_flow_new (od_page_setup_content_width (setup), od_page_setup_content_height (setup),
                                   od_lang_for_user ());
  od_text_flow_set_han_lang (self->report, od_organisation_get_lang (after));
  write_compare (self->report, before, after, before_findings, self->findings, before_diagnosis, self->diagnosis);
  for (guint i = 0; i < od_text_flow_get_n_pages (self->report); i++)
    {
      OdExportPage page = { OD_EXPORT_PAGE_REPORT, i };

      g_array_append_val (self->pages, page);
    }
  /* Bookmarks and running headers: the flow's sections as they are. */
  marks = od_text_flow_get_marks (self->report);
  self->outline = g_array_new (FALSE, TRUE, sizeof (OdTextFlowMark));
  g_array_set_clear_func (self->outline, mark_clear);
  for (guint i = 0; i < marks->len; i++)
    {
      OdTextFlowMark m = g_array_index (marks, OdTextFlowMark, i);

      m.title = g_strdup (m.title);
      g_array_append_val (self->outline, m);
    }
  return self;
}
