/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-export-private.h: what the export files share. */
#pragma once

#include "od-chart-renderer.h"
#include "od-diagnosis.h"
#include "od-export-document.h"
#include "od-pagination.h"
#include "od-text-flow.h"

G_BEGIN_DECLS

/* A "continued on page N" note where a reporting line leaves a page. */
typedef struct {
  double  x, y;        /* chart coordinates: the box edge the line leaves by */
  gboolean above;      /* the note goes above @y (a line arriving from a parent) */
  char   *text;
} OdPageMarker;

typedef struct {
  OdExportPageKind kind;
  guint            index;    /* of the tile (OdPagination) or the report page */
  GArray          *markers;  /* OdPageMarker, chart tiles only */
} OdExportPage;

struct _OdExportDocument {
  OdOrganisation  *org;
  OdPageSetup      setup;
  OdLayout        *layout;
  OdChartRenderer *renderer;    /* made when first drawing */
  OdLayoutRect     bounds;
  double           scale;
  OdPagination    *pagination;  /* NULL when the chart fits one page */
  GArray          *pages;       /* OdExportPage */
  guint            first_chart_page; /* index of the first chart page */
  OdTextFlow      *report;      /* NULL without a report */
  GPtrArray       *findings;    /* OdFinding* */
  OdDiagnosis     *diagnosis;
  gint8           *severity;    /* worst open finding per unit serial, -1 none */
  guint            n_serials;
  char            *date;
  OdLang           ui_lang;     /* the reader's language, for page furniture */
};

/* Draws the part @clip (chart coordinates) of the chart, at the scale
 * already set on @cr; @detail is the scale the text will be seen at. */
void  _od_export_draw_chart_area (OdExportDocument   *self,
                                  cairo_t            *cr,
                                  const OdLayoutRect *clip,
                                  double              detail);
/* The renderer's colours, for the legend. */
void  _od_export_kind_colours    (OdExportDocument   *self,
                                  OdUnitKind          kind,
                                  double              fill[3],
                                  double              border[3]);
void  _od_export_severity_colour (OdExportDocument   *self,
                                  OdSeverity          severity,
                                  double              rgb[3]);
void  _od_export_dotted_colour   (OdExportDocument   *self,
                                  double              rgb[3]);
/* Page furniture: header, footer with page number, legend. */
void  _od_export_draw_furniture  (OdExportDocument   *self,
                                  cairo_t            *cr,
                                  guint               index);
/* Draws @text with its top left (or top right, @align_right) at (@x, @y);
 * returns its width. */
double _od_export_draw_text      (cairo_t            *cr,
                                  OdLang              lang,
                                  const char         *font,
                                  const char         *text,
                                  double              x,
                                  double              y,
                                  gboolean            align_right);

G_END_DECLS
