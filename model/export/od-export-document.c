/* od-export-document.c: plans the pages of a chart or report. */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "od-check.h"
#include "od-export-private.h"
#include "od-report.h"
#include "od-text-context.h"

/* A small chart is not blown up beyond this when fitted to a page. */
#define MAX_FIT_SCALE 1.5

static void
add_page (OdExportDocument *self,
          OdExportPageKind  kind,
          guint             index)
{
  OdExportPage page = { kind, index };

  g_array_append_val (self->pages, page);
}

/* The worst open finding of each unit, for the badges. */
static void
collect_severities (OdExportDocument *self)
{
  self->n_serials = od_organisation_get_serial_bound (self->org);
  self->severity = g_new (gint8, MAX (self->n_serials, 1));
  memset (self->severity, -1, MAX (self->n_serials, 1));
  for (guint i = 0; i < self->findings->len; i++)
    {
      const OdFinding *f = self->findings->pdata[i];

      if (f->accepted)
        continue;
      for (guint j = 0; f->units[j] != NULL; j++)
        {
          OdUnit *unit = od_organisation_lookup_unit (self->org, f->units[j]);
          guint serial;

          if (unit == NULL)
            continue;
          serial = od_unit_get_serial (unit);
          if ((int) f->severity > self->severity[serial])
            self->severity[serial] = (gint8) f->severity;
        }
    }
}

/* Units of one page: a chart this large can only be fitted on a page
 * unreadably, so it is not laid out whole just to find that out. */
#define FIT_CANDIDATE_MAX 3000

/* The whole chart laid out, for a one-page chart and for SVG and PNG. */
static void
ensure_layout (OdExportDocument *self)
{
  OdLayoutOptions layout_options;

  if (self->layout != NULL)
    return;
  od_layout_options_init (&layout_options);
  /* Paper is narrow: the leaves of a department whose level would be wider
   * than a page are stacked in up to three columns under it. */
  layout_options.compact_max_columns = 3;
  layout_options.auto_compact = TRUE;
  layout_options.auto_compact_width = od_page_setup_content_width (&self->setup);
  layout_options.layered = TRUE;
  self->layout = od_layout_new (self->org, &layout_options);
  od_layout_get_bounds (self->layout, &self->bounds);
}

static void
ensure_findings (OdExportDocument *self)
{
  if (self->findings != NULL)
    return;
  self->findings = od_check_run (self->org);
  collect_severities (self);
}

/* The units in document order, each with its parent's index. */
static gint32 *
list_plan_units (OdExportDocument *self)
{
  guint n = od_organisation_get_n_units (self->org), bound = od_organisation_get_serial_bound (self->org);
  gint32 *parent = g_new (gint32, MAX (n, 1));
  guint count = 0;
  OdUnit *u = od_organisation_get_first_top_unit (self->org);

  self->plan_units = g_new (OdUnit *, MAX (n, 1));
  self->plan_node_of_serial = g_new0 (guint32, MAX (bound, 1));
  while (u != NULL && count < n)
    {
      OdUnit *p = od_unit_get_parent (u);

      self->plan_units[count] = u;
      parent[count] = p != NULL ? (gint32) self->plan_node_of_serial[od_unit_get_serial (p)] : -1;
      self->plan_node_of_serial[od_unit_get_serial (u)] = count;
      count++;
      /* Pre-order: down, else along, else up and along. */
      if (od_unit_get_first_child (u) != NULL)
        u = od_unit_get_first_child (u);
      else
        {
          while (u != NULL && od_unit_get_next_sibling (u) == NULL)
            u = od_unit_get_parent (u);
          if (u != NULL)
            u = od_unit_get_next_sibling (u);
        }
    }
  self->n_plan_units = count;
  return parent;
}

/* Department pages for a chart that does not fit one page readably. */
static void
plan_departments (OdExportDocument *self)
{
  gboolean dense = self->setup.density == OD_DENSITY_DENSE;
  double font = dense ? 5.5 : 6.5;
  OdPagePlanMetrics m = {
    .page_width = od_page_setup_content_width (&self->setup),
    .page_height = od_page_setup_content_height (&self->setup),
    .box_width = dense ? 61 : 74,
    .box_height = dense ? 23 : 28,
    .level_gap = 14,
    .sibling_gap = 6,
    .stack_gap = 3,
    .indent = 6,
    .header_height = 11,
    .section_gap = 10,
    .share_pages = self->setup.density != OD_DENSITY_DEPARTMENT,
  };
  g_autofree gint32 *parent = list_plan_units (self);
  PangoContext *context = od_text_context_new (od_organisation_get_lang (self->org));
  const OdPagePlanMetrics *used;

  m.min_section_width = m.indent + m.box_width;
  self->plan = od_page_plan_new (parent, self->n_plan_units, &m);
  used = od_page_plan_get_metrics (self->plan);
  self->plan_font = font * used->box_height / m.box_height;
  self->plan_text = pango_layout_new (context);
  g_object_unref (context);
  pango_layout_set_wrap (self->plan_text, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (self->plan_text, PANGO_ALIGN_CENTER);
  od_text_no_ligatures (self->plan_text);
  self->plan_detail = pango_layout_copy (self->plan_text);
  self->first_chart_page = self->pages->len;
  for (guint i = 0; i < od_page_plan_get_n_pages (self->plan); i++)
    add_page (self, OD_EXPORT_PAGE_CHART, i);
  {
    guint n_directory = _od_export_plan_directory (self);
    for (guint i = 0; i < n_directory; i++)
      add_page (self, OD_EXPORT_PAGE_DIRECTORY, i);
  }
}

static gboolean
plan_chart (OdExportDocument *self,
            OdExportFit       fit,
            GError          **error)
{
  double cw = od_page_setup_content_width (&self->setup);
  double ch = od_page_setup_content_height (&self->setup);
  double font_size, scale;

  if (fit == OD_EXPORT_FIT_TILE ||
      (fit == OD_EXPORT_FIT_AUTO && od_organisation_get_n_units (self->org) > FIT_CANDIDATE_MAX))
    {
      plan_departments (self);
      return TRUE;
    }
  ensure_layout (self);
  font_size = od_layout_get_options (self->layout)->font_size;
  scale = MIN (MAX_FIT_SCALE, MIN (cw / MAX (self->bounds.width, 1), ch / MAX (self->bounds.height, 1)));
  if (font_size * scale < OD_EXPORT_MIN_TEXT_SIZE)
    {
      if (fit == OD_EXPORT_FIT_AUTO)
        {
          plan_departments (self);
          return TRUE;
        }
      g_set_error (error, OD_EXPORT_ERROR, OD_EXPORT_ERROR_UNREADABLE,
                   _("On one page the chart’s text would be %.1f pt, too small to read (the least is %.0f pt); tile it over several pages instead, or choose larger paper"),
                   font_size * scale, OD_EXPORT_MIN_TEXT_SIZE);
      return FALSE;
    }
  ensure_findings (self);
  self->scale = scale;
  add_page (self, OD_EXPORT_PAGE_CHART, 0);
  return TRUE;
}

OdExportDocument *
od_export_document_new (OdOrganisation    *org,
                        const OdPageSetup *setup,
                        OdExportFit        fit,
                        gboolean           report,
                        const char        *date,
                        GError           **error)
{
  g_autoptr(OdExportDocument) self = NULL;

  g_return_val_if_fail (OD_IS_ORGANISATION (org), NULL);
  g_return_val_if_fail (setup != NULL, NULL);

  self = g_new0 (OdExportDocument, 1);
  self->org = g_object_ref (org);
  self->setup = *setup;
  self->ui_lang = od_lang_for_user ();
  if (date != NULL)
    self->date = g_strdup (date);
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      self->date = g_date_time_format (now, "%Y-%m-%d");
    }
  self->pages = g_array_new (FALSE, TRUE, sizeof (OdExportPage));

  if (!plan_chart (self, fit, error))
    return NULL;
  if (report)
    {
      ensure_findings (self);
      self->diagnosis = od_diagnosis_run (org);
      self->report = od_text_flow_new (od_page_setup_content_width (setup),
                                        od_page_setup_content_height (setup), od_organisation_get_lang (org));
      od_report_write (self->report, org, self->findings, self->diagnosis);
      for (guint i = 0; i < od_text_flow_get_n_pages (self->report); i++)
        add_page (self, OD_EXPORT_PAGE_REPORT, i);
    }
  return g_steal_pointer (&self);
}

void
od_export_document_free (OdExportDocument *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->pages);
  g_clear_pointer (&self->plan, od_page_plan_free);
  g_clear_object (&self->plan_text);
  g_clear_object (&self->plan_detail);
  g_clear_pointer (&self->directory, g_array_unref);
  g_free (self->plan_units);
  g_free (self->plan_node_of_serial);
  g_clear_pointer (&self->report, od_text_flow_free);
  g_clear_pointer (&self->diagnosis, od_diagnosis_free);
  g_clear_pointer (&self->findings, g_ptr_array_unref);
  g_clear_pointer (&self->renderer, od_chart_renderer_free);
  g_clear_pointer (&self->layout, od_layout_free);
  g_clear_object (&self->org);
  g_free (self->severity);
  g_free (self->date);
  g_free (self);
}

guint
od_export_document_get_n_pages (OdExportDocument *self)
{
  return self->pages->len;
}

OdLayout *
od_export_document_get_layout (OdExportDocument *self)
{
  ensure_layout (self);
  ensure_findings (self);
  return self->layout;
}
