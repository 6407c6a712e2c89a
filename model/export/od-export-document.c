/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-export-document.c: plans the pages of a chart or report. */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "od-check.h"
#include "od-export-private.h"
#include "od-report.h"

/* Room kept at the top and bottom of a tile for "continued" notes. */
#define MARKER_ROOM 14.0
/* A small chart is not blown up beyond this when fitted to a page. */
#define MAX_FIT_SCALE 1.5

static void
page_clear (OdExportPage *page)
{
  if (page->markers == NULL)
    return;
  for (guint i = 0; i < page->markers->len; i++)
    g_free (g_array_index (page->markers, OdPageMarker, i).text);
  g_array_unref (page->markers);
}

static void
add_page (OdExportDocument *self,
          OdExportPageKind  kind,
          guint             index)
{
  OdExportPage page = { kind, index, NULL };

  if (kind == OD_EXPORT_PAGE_CHART && self->pagination != NULL)
    page.markers = g_array_new (FALSE, FALSE, sizeof (OdPageMarker));
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

/* Chart pages follow the overview page (when there is one) in tile order,
 * so a tile's sheet is found by arithmetic, not by a search. */
static guint
sheet_index (OdExportDocument *self,
             const OdPage     *tile)
{
  return self->first_chart_page + tile->number - 1;
}

static OdExportPage *
chart_page_of_tile (OdExportDocument *self,
                    const OdPage     *tile)
{
  return &g_array_index (self->pages, OdExportPage, sheet_index (self, tile));
}

static void
add_marker (OdExportPage *page,
            double        x,
            double        y,
            gboolean      above,
            char         *text)
{
  OdPageMarker marker = { x, y, above, text };
  g_array_append_val (page->markers, marker);
}

/* Where a reporting line crosses from one tile to another, a note on each
 * side says where it goes: one per parent and destination page. */
static void
plan_markers (OdExportDocument *self)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const OdLayoutConnector *connectors;
  guint n_connectors;

  connectors = od_layout_get_connectors (self->layout, &n_connectors);
  for (guint i = 0; i < n_connectors; i++)
    {
      const OdLayoutConnector *c = &connectors[i];
      OdLayoutRect parent_box, child_box;
      const OdPage *from, *to;
      char *key;

      if (!od_layout_get_box (self->layout, c->parent, &parent_box) ||
          !od_layout_get_box (self->layout, c->child, &child_box))
        continue;
      from = od_pagination_find_page (self->pagination, (const OdPageRect *) &parent_box);
      to = od_pagination_find_page (self->pagination, (const OdPageRect *) &child_box);
      if (from == NULL || to == NULL || from == to)
        continue;
      key = g_strdup_printf ("%u:%u", od_unit_get_serial (c->parent), to->number);
      if (!g_hash_table_add (seen, key))
        continue;
      add_marker (chart_page_of_tile (self, from), parent_box.x + parent_box.width / 2,
                  parent_box.y + parent_box.height, FALSE,
                  g_strdup_printf (_("continued on page %u"), sheet_index (self, to) + 1));
      add_marker (chart_page_of_tile (self, to), child_box.x + child_box.width / 2, child_box.y, TRUE,
                  g_strdup_printf (_("reports to “%s”, page %u"), od_unit_get_name (c->parent),
                                   sheet_index (self, from) + 1));
    }
}

static gboolean
plan_tiles (OdExportDocument *self,
            GError          **error)
{
  g_autoptr(GError) local_error = NULL;
  const OdLayoutRect *boxes;
  guint n_boxes, n_tiles;

  self->scale = 1.0;
  boxes = od_layout_get_boxes (self->layout, &n_boxes);
  self->pagination = od_pagination_new ((const OdPageRect *) &self->bounds, (const OdPageRect *) boxes, n_boxes,
                                        od_page_setup_content_width (&self->setup),
                                        od_page_setup_content_height (&self->setup) - 2 * MARKER_ROOM,
                                        &local_error);
  if (self->pagination == NULL)
    {
      g_set_error (error, OD_EXPORT_ERROR, OD_EXPORT_ERROR_TOO_LARGE,
                   _("The chart cannot be cut into pages: %s"), local_error->message);
      return FALSE;
    }
  n_tiles = od_pagination_get_n_pages (self->pagination);
  if (n_tiles > 1)
    add_page (self, OD_EXPORT_PAGE_OVERVIEW, 0);
  self->first_chart_page = self->pages->len;
  for (guint i = 0; i < n_tiles; i++)
    add_page (self, OD_EXPORT_PAGE_CHART, i);
  return TRUE;
}

static gboolean
plan_chart (OdExportDocument *self,
            OdExportFit       fit,
            GError          **error)
{
  double cw = od_page_setup_content_width (&self->setup);
  double ch = od_page_setup_content_height (&self->setup);
  double font_size = od_layout_get_options (self->layout)->font_size;
  double scale = MIN (MAX_FIT_SCALE, MIN (cw / MAX (self->bounds.width, 1), ch / MAX (self->bounds.height, 1)));

  if (fit == OD_EXPORT_FIT_TILE ||
      (fit == OD_EXPORT_FIT_AUTO && font_size * scale < OD_EXPORT_MIN_TEXT_SIZE))
    return plan_tiles (self, error);
  if (font_size * scale < OD_EXPORT_MIN_TEXT_SIZE)
    {
      g_set_error (error, OD_EXPORT_ERROR, OD_EXPORT_ERROR_UNREADABLE,
                   _("On one page the chart’s text would be %.1f pt, too small to read (the least is %.0f pt); tile it over several pages instead, or choose larger paper"),
                   font_size * scale, OD_EXPORT_MIN_TEXT_SIZE);
      return FALSE;
    }
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
  OdLayoutOptions layout_options;

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
  g_array_set_clear_func (self->pages, (GDestroyNotify) page_clear);
  od_layout_options_init (&layout_options);
  /* Paper is narrow: the leaves of a department whose level would be wider
   * than a page are stacked in up to three columns under it. */
  layout_options.compact_max_columns = 3;
  layout_options.auto_compact = TRUE;
  layout_options.auto_compact_width = od_page_setup_content_width (setup);
  /* Levels line up across the chart, so pages can always be cut between
   * them (a non-layered tree may have no gap running all the way across). */
  layout_options.layered = TRUE;
  self->layout = od_layout_new (org, &layout_options);
  od_layout_get_bounds (self->layout, &self->bounds);
  self->findings = od_check_run (org);
  collect_severities (self);

  if (!plan_chart (self, fit, error))
    return NULL;
  if (self->pagination != NULL)
    plan_markers (self);
  if (report)
    {
      self->diagnosis = od_diagnosis_run (org);
      self->report = od_text_flow_new (od_page_setup_content_width (setup),
                                        od_page_setup_content_height (setup), self->ui_lang);
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
  g_clear_pointer (&self->pagination, od_pagination_free);
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
  return self->layout;
}
