/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-report.c: the report's body (findings, diagnosis, appendix, sources)
 * and what its parts share: sections, tables, lists drawn as blocks. */
#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "od-report.h"
#include "od-report-private.h"
#include "od-text-context.h"
#include "od-text-han.h"

#define CELL_PAD 3.0

void
_od_report_printf (OdTextFlow  *flow,
                   OdTextStyle  style,
                   double       indent,
                   const char  *format,
                   ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  od_text_flow_add (flow, style, indent, text);
}

static void
group_free (gpointer data)
{
  OdFindingGroup *group = data;

  g_ptr_array_unref (group->findings);
  g_free (group);
}

void
_od_report_writer_init (OdReportWriter    *w,
                        OdTextFlow        *flow,
                        OdOrganisation    *org,
                        GPtrArray         *findings,
                        const OdDiagnosis *diagnosis)
{
  w->flow = flow;
  w->lang = od_text_flow_get_lang (flow);
  w->context = od_text_context_new (w->lang);
  w->org = org;
  w->findings = findings;
  w->diagnosis = diagnosis;
  w->groups = _od_report_group_findings (findings);
  g_ptr_array_set_free_func (w->groups, group_free);
}

void
_od_report_writer_clear (OdReportWriter *w)
{
  g_clear_object (&w->context);
  g_clear_pointer (&w->groups, g_ptr_array_unref);
}

void
_od_report_section (OdReportWriter *w,
                    const char     *title)
{
  od_text_flow_page_break (w->flow);
  od_text_flow_mark (w->flow, 1, title);
  od_text_flow_add (w->flow, OD_TEXT_HEADING, 0, title);
}

void
_od_report_subsection (OdReportWriter *w,
                       const char     *title)
{
  od_text_flow_mark (w->flow, 2, title);
  od_text_flow_add (w->flow, OD_TEXT_SUBHEADING, 0, title);
}

PangoLayout *
_od_report_shape (OdReportWriter *w,
                  const char     *font,
                  const char     *text,
                  double          width)
{
  PangoLayout *layout = pango_layout_new (w->context);
  PangoFontDescription *desc = od_text_font_new (w->lang, font);

  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_text (layout, text, -1);
  od_text_no_ligatures (layout);
  od_text_set_han_language (layout, od_text_flow_get_han_lang (w->flow));
  return layout;
}

/* ---- tables ---- */

typedef struct {
  guint        n_cells;
  PangoLayout *cells[8];
  double       x[8];
  double       height;
  gboolean     header;
  gboolean     grid;          /* a name grid: no rules between cells */
} Row;

static void
row_free (gpointer data)
{
  Row *row = data;

  for (guint i = 0; i < row->n_cells; i++)
    g_clear_object (&row->cells[i]);
  g_free (row);
}

static void
draw_row_cb (cairo_t  *cr,
             double    width,
             gpointer  data)
{
  Row *row = data;

  if (row->header)
    {
      cairo_rectangle (cr, 0, 0, width, row->height);
      cairo_set_source_rgb (cr, 0.90, 0.92, 0.95);
      cairo_fill (cr);
    }
  for (guint i = 0; i < row->n_cells; i++)
    {
      if (row->cells[i] == NULL)
        continue;
      cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
      cairo_move_to (cr, row->x[i] + CELL_PAD, row->grid ? 1 : CELL_PAD);
      pango_cairo_show_layout (cr, row->cells[i]);
    }
  if (!row->grid)
    {
      cairo_set_source_rgb (cr, 0.75, 0.75, 0.75);
      cairo_set_line_width (cr, 0.4);
      cairo_move_to (cr, 0, row->height);
      cairo_line_to (cr, width, row->height);
      cairo_stroke (cr);
    }
}

static Row *
make_row (OdReportWriter *w,
          guint           n_columns,
          const double   *widths,
          const char    **cells,
          gboolean        header)
{
  Row *row = g_new0 (Row, 1);
  double total = 0, x = 0, width = od_text_flow_get_width (w->flow);

  g_assert (n_columns <= G_N_ELEMENTS (row->cells));
  for (guint i = 0; i < n_columns; i++)
    total += widths[i];
  row->n_cells = n_columns;
  row->header = header;
  for (guint i = 0; i < n_columns; i++)
    {
      double cw = width * widths[i] / total;
      int h;

      row->x[i] = x;
      x += cw;
      if (cells[i] == NULL || *cells[i] == '\0')
        continue;
      row->cells[i] = _od_report_shape (w, header ? "Sans Bold 8" : "Sans 8", cells[i], cw - 2 * CELL_PAD);
      pango_layout_get_size (row->cells[i], NULL, &h);
      row->height = MAX (row->height, (double) h / PANGO_SCALE + 2 * CELL_PAD);
    }
  row->height = MAX (row->height, 12);
  return row;
}

void
_od_report_table (OdReportWriter *w,
                  guint           n_columns,
                  const double   *widths,
                  const char    **header,
                  GPtrArray      *rows)
{
  Row *row;

  /* The header stays with the first row. */
  od_text_flow_keep_begin (w->flow);
  row = make_row (w, n_columns, widths, header, TRUE);
  od_text_flow_add_block (w->flow, row->height, draw_row_cb, row, row_free);
  for (guint i = 0; i < rows->len; i++)
    {
      row = make_row (w, n_columns, widths, (const char **) rows->pdata[i], FALSE);
      od_text_flow_add_block (w->flow, row->height, draw_row_cb, row, row_free);
      if (i == 0)
        od_text_flow_keep_end (w->flow);
    }
  if (rows->len == 0)
    od_text_flow_keep_end (w->flow);
}

void
_od_report_name_grid (OdReportWriter *w,
                      GPtrArray      *names)
{
  double widths[8] = { 1, 1, 1, 1, 1, 1, 1, 1 };
  double widest = 0;
  guint n_columns;

  for (guint i = 0; i < names->len; i++)
    {
      g_autoptr(PangoLayout) layout = _od_report_shape (w, "Sans 8", names->pdata[i], -1);
      int width;

      pango_layout_get_size (layout, &width, NULL);
      widest = MAX (widest, (double) width / PANGO_SCALE);
      /* A sample is enough for a long list: they are ellipsized anyway. */
      if (i > 2000)
        break;
    }
  n_columns = (guint) (od_text_flow_get_width (w->flow) / (MIN (widest, 160) + 2 * CELL_PAD + 6));
  n_columns = CLAMP (n_columns, 1, 8);
  for (guint i = 0; i < names->len; i += n_columns)
    {
      const char *cells[8] = { NULL };
      Row *row;

      for (guint j = 0; j < n_columns && i + j < names->len; j++)
        cells[j] = names->pdata[i + j];
      row = make_row (w, n_columns, widths, cells, FALSE);
      row->grid = TRUE;
      /* One line per name, ellipsized rather than wrapped: dense. */
      row->height = 0;
      for (guint j = 0; j < n_columns; j++)
        if (row->cells[j] != NULL)
          {
            int h;

            pango_layout_set_ellipsize (row->cells[j], PANGO_ELLIPSIZE_END);
            pango_layout_get_size (row->cells[j], NULL, &h);
            row->height = MAX (row->height, (double) h / PANGO_SCALE + 2);
          }
      od_text_flow_add_block (w->flow, row->height, draw_row_cb, row, row_free);
    }
}

/* ---- the body ---- */

void
od_report_write (OdTextFlow        *flow,
                 OdOrganisation    *org,
                 GPtrArray         *findings,
                 const OdDiagnosis *diagnosis)
{
  OdReportWriter w = { 0 };

  g_return_if_fail (flow != NULL && OD_IS_ORGANISATION (org) && findings != NULL && diagnosis != NULL);

  _od_report_writer_init (&w, flow, org, findings, diagnosis);
  _od_report_write_findings (&w);
  _od_report_write_diagnosis (&w);
  _od_report_write_appendix (&w);
  _od_report_write_sources (&w);
  _od_report_writer_clear (&w);
}
