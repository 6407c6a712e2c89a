/* SPDX-License-Identifier: GPL-3.0-or-later */
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
/* A chart longer than this goes after the report's body, as an appendix:
 * a reader should not leaf through it to reach the findings. */
#define CHART_PAGES_BEFORE_BODY 6

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

static void
add_outline (GArray     *outline,
             guint       level,
             const char *title,
             guint       page)
{
  OdTextFlowMark mark = { level, g_strdup (title), page };

  g_array_append_val (outline, mark);
}

static void
mark_clear (gpointer data)
{
  g_free (((OdTextFlowMark *) data)->title);
}

/* The outline of the whole document: the front matter's sections, the
 * chart, the body's sections and subsections, with 0-based sheet numbers. */
static GArray *
make_outline (OdExportDocument *self,
              guint             n_front,
              guint             chart_start,
              guint             body_start)
{
  GArray *outline = g_array_new (FALSE, TRUE, sizeof (OdTextFlowMark));
  GArray *front = od_text_flow_get_marks (self->front);
  GArray *body = od_text_flow_get_marks (self->report);
  gboolean chart_done = FALSE;

  g_array_set_clear_func (outline, mark_clear);
  for (guint i = 0; i < front->len; i++)
    {
      const OdTextFlowMark *m = &g_array_index (front, OdTextFlowMark, i);

      add_outline (outline, m->level, m->title, MIN (m->page, n_front - 1));
    }
  for (guint i = 0; i < body->len; i++)
    {
      const OdTextFlowMark *m = &g_array_index (body, OdTextFlowMark, i);

      if (!chart_done && chart_start < body_start + m->page && m->level == 1)
        {
          self->chart_mark = outline->len;
          add_outline (outline, 1, _("Organisation chart"), chart_start);
          chart_done = TRUE;
        }
      add_outline (outline, m->level, m->title, body_start + m->page);
    }
  if (!chart_done)
    {
      self->chart_mark = outline->len;
      add_outline (outline, 1, _("Organisation chart"), chart_start);
    }
  return outline;
}

/* The front matter again, its contents naming the pages: twice, since the
 * contents' page numbers depend on the front matter's own length (which
 * the numbers themselves do not change). */
static void
write_front (OdExportDocument *self,
             GArray           *contents)
{
  g_clear_pointer (&self->front, od_text_flow_free);
  self->front = od_text_flow_new (od_page_setup_content_width (&self->setup),
                                  od_page_setup_content_height (&self->setup),
                                  od_organisation_get_lang (self->org));
  od_report_write_front (self->front, self->org, self->findings, self->diagnosis, self->date, contents);
}

/* A report: cover, contents and summary, the chart (at the end, as an
 * appendix, when it takes more than a few pages), the findings, the
 * diagnosis, the appendix and the sources. */
static void
plan_report (OdExportDocument *self)
{
  g_autoptr(GArray) chart = g_array_copy (self->pages);
  g_autoptr(GArray) contents = NULL;
  guint n_chart = self->pages->len, n_body, n_front, chart_start, body_start;
  guint overview = self->first_chart_page;
  gboolean chart_last = n_chart > CHART_PAGES_BEFORE_BODY;

  self->diagnosis = od_diagnosis_run (self->org);
  self->report = od_text_flow_new (od_page_setup_content_width (&self->setup),
                                   od_page_setup_content_height (&self->setup),
                                  od_organisation_get_lang (self->org));
  od_report_write (self->report, self->org, self->findings, self->diagnosis);
  n_body = od_text_flow_get_n_pages (self->report);

  /* Pass one: as many contents entries, page numbers not yet known. */
  contents = g_array_new (FALSE, TRUE, sizeof (OdTextFlowMark));
  g_array_set_clear_func (contents, mark_clear);
  write_front (self, contents);
  self->outline = make_outline (self, od_text_flow_get_n_pages (self->front), 0, 0);
  g_array_set_size (contents, 0);
  for (guint i = 0; i < self->outline->len; i++)
    add_outline (contents, g_array_index (self->outline, OdTextFlowMark, i).level,
                 g_array_index (self->outline, OdTextFlowMark, i).title, 0);
  write_front (self, contents);
  n_front = od_text_flow_get_n_pages (self->front);
  chart_start = chart_last ? n_front + n_body : n_front;
  body_start = chart_last ? n_front : n_front + n_chart;
  g_array_unref (self->outline);
  self->outline = make_outline (self, n_front, chart_start, body_start);

  /* Pass two: the same entries with their printed page numbers. */
  g_array_set_size (contents, 0);
  for (guint i = 0; i < self->outline->len; i++)
    {
      const OdTextFlowMark *m = &g_array_index (self->outline, OdTextFlowMark, i);

      if (m->page > 0)
        add_outline (contents, m->level, m->title, m->page + 1);
    }
  write_front (self, contents);
  g_warn_if_fail (od_text_flow_get_n_pages (self->front) == n_front);

  g_array_set_size (self->pages, 0);
  for (guint i = 0; i < n_front; i++)
    add_page (self, OD_EXPORT_PAGE_FRONT, i);
  if (!chart_last)
    g_array_append_vals (self->pages, chart->data, chart->len);
  for (guint i = 0; i < n_body; i++)
    add_page (self, OD_EXPORT_PAGE_REPORT, i);
  if (chart_last)
    g_array_append_vals (self->pages, chart->data, chart->len);
  self->first_chart_page = chart_start + overview;
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
  self->lang = od_organisation_get_lang (org);
  if (date != NULL)
    self->date = g_strdup (date);
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      self->date = g_date_time_format (now, "%Y-%m-%d");
    }
  self->pages = g_array_new (FALSE, TRUE, sizeof (OdExportPage));
  self->chart_mark = -1;

  if (!plan_chart (self, fit, error))
    return NULL;
  if (report)
    {
      ensure_findings (self);
      plan_report (self);
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
  g_clear_pointer (&self->plan_details, g_hash_table_unref);
  g_clear_object (&self->plan_piece);
  g_clear_pointer (&self->plan_pieces, g_hash_table_unref);
  g_clear_pointer (&self->plan_glyphs, od_glyph_batch_free);
  g_clear_pointer (&self->directory, g_array_unref);
  g_clear_pointer (&self->directory_font, pango_font_description_free);
  g_clear_pointer (&self->plan_names, g_hash_table_unref);
  g_clear_pointer (&self->plan_names_font, pango_font_description_free);
  g_clear_pointer (&self->directory_numbers, g_hash_table_unref);
  g_clear_pointer (&self->pdf_links, g_array_unref);
  g_free (self->plan_units);
  g_free (self->plan_node_of_serial);
  g_clear_pointer (&self->report, od_text_flow_free);
  g_clear_pointer (&self->front, od_text_flow_free);
  g_clear_pointer (&self->outline, g_array_unref);
  g_clear_pointer (&self->diagnosis, od_diagnosis_free);
  g_clear_pointer (&self->findings, g_ptr_array_unref);
  g_clear_pointer (&self->renderer, od_chart_renderer_free);
  g_clear_pointer (&self->layout, od_layout_free);
  g_clear_object (&self->org);
  g_free (self->severity);
  g_free (self->rollup_total);
  g_free (self->rollup_flags);
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

const char *
_od_export_document_get_section (OdExportDocument *self,
                                 guint             index)
{
  const char *section = NULL;

  if (self->outline == NULL)
    return NULL;
  for (guint i = 0; i < self->outline->len; i++)
    {
      const OdTextFlowMark *m = &g_array_index (self->outline, OdTextFlowMark, i);

      if (m->page > index)
        break;
      if (m->level == 1)
        section = m->title;
    }
  return section;
}
