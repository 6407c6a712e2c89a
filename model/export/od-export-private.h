/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-export-private.h: what the export files share. */
#pragma once

#include <pango/pangocairo.h>

#include "od-chart-renderer.h"
#include "od-diagnosis.h"
#include "od-export-document.h"
#include "od-glyph-batch.h"
#include "od-lang-catalog.h"
#include "od-page-plan.h"
#include "od-text-flow.h"

G_BEGIN_DECLS

#define OD_ROLLUP_KNOWN   1   /* some unit in the subtree has a headcount */
#define OD_ROLLUP_PARTIAL 2   /* some unit in the subtree has none */

typedef struct {
  OdExportPageKind kind;
  guint            index;    /* of the plan page or the report page */
} OdExportPage;

struct _OdExportDocument {
  OdOrganisation  *org;
  OdPageSetup      setup;
  OdLayout        *layout;
  OdChartRenderer *renderer;    /* made when first drawing */
  OdLayoutRect     bounds;
  double           scale;
  GArray          *pages;       /* OdExportPage */
  guint            first_chart_page; /* index of the first chart page */
  OdTextFlow      *report;      /* the report's body; NULL without a report */
  OdTextFlow      *front;       /* its cover, contents and summary */
  GArray          *outline;     /* OdTextFlowMark, sheet numbers; NULL without a report */
  int              chart_mark;  /* the chart's entry in @outline, -1 none */
  GPtrArray       *findings;    /* OdFinding* */
  OdDiagnosis     *diagnosis;
  gint8           *severity;    /* worst open finding per unit serial, -1 none */
  guint            n_serials;
  char            *date;
  OdLang           lang;        /* the document's: page furniture is in it, not in the reader's */

  /* Department pages (od-page-plan): NULL when the chart fits one page. */
  OdPagePlan      *plan;
  OdUnit         **plan_units;  /* plan node → unit, in document order */
  guint            n_plan_units;
  guint32         *plan_node_of_serial;
  double           plan_font;   /* the names' size on department pages */
  PangoLayout     *plan_text;   /* reused for every name, in the document's language */
  PangoLayout     *plan_detail; /* reused for every detail line */
  GHashTable      *plan_details; /* detail text → its layout (od-export-pages.c) */
  PangoLayout     *plan_piece;  /* reused for every piece of a detail line, unwrapped */
  GHashTable      *plan_pieces; /* piece of a detail line → OdGlyphLine or NULL (od-export-pages.c) */
  OdGlyphBatch    *plan_glyphs; /* a page's box text, shown at its end (od-export-pages.c) */
  GArray          *directory;   /* contents and index entries (od-export-directory.c) */
  PangoFontDescription *directory_font; /* the entries' font */
  GHashTable      *plan_names;  /* name → OdGlyphLine as a box first set it, one line (od-export-directory.c) */
  PangoFontDescription *plan_names_font; /* and in what font and width */
  int              plan_names_width;
  GHashTable      *directory_numbers; /* page number → OdGlyphLine */

  /* Headcount roll-ups (od-export-rollups.c), by unit serial; NULL when off. */
  guint64         *rollup_total;
  guint8          *rollup_flags; /* OD_ROLLUP_KNOWN, OD_ROLLUP_PARTIAL */
  guint            directory_per_page;
  guint            directory_per_column;
  GArray          *pdf_links;   /* OdPdfLink: directory entries drawn on a PDF, NULL: cairo's links */
};

/* Where page @plan_page of the department plan puts its sections' origin:
 * centred across the sheet below the header band, on whole points. */
void  _od_export_plan_page_origin (OdExportDocument  *self,
                                   guint              plan_page,
                                   double            *x0,
                                   double            *y0);
/* Draws page @plan_page of the department plan (below the page header). */
void  _od_export_draw_plan_page  (OdExportDocument   *self,
                                  cairo_t            *cr,
                                  guint               plan_page);
/* Keeps the glyphs of @name as @layout, a box's name at the first size
 * tried, sets it (when on one line): the boxes of the same name and its
 * index entry show them again without shaping it. */
void  _od_export_keep_box_name   (OdExportDocument   *self,
                                  const char         *name,
                                  PangoLayout        *layout);
/* The glyphs kept for @name in a box's layout at the first size, @width
 * (Pango units) wide, or NULL. */
const OdGlyphLine *_od_export_kept_box_name (OdExportDocument *self,
                                             const char       *name,
                                             int               width);
/* Shows @line at the current point in the page's glyph batch, or FALSE
 * when it cannot go there (the layout is to be shown instead). */
gboolean _od_export_show_line    (OdExportDocument   *self,
                                  cairo_t            *cr,
                                  const OdGlyphLine  *line);
/* Lists the contents and index of a department plan; returns how many
 * pages they take (0 for a chart of one page). */
guint _od_export_plan_directory  (OdExportDocument   *self);
void  _od_export_draw_directory_page (OdExportDocument *self,
                                  cairo_t            *cr,
                                  guint               page);
/* From now on directory entries drawn on a PDF are gathered as links for
 * _od_export_pdf_links_update() instead of being cairo's; FALSE when the
 * document has no directory. */
gboolean _od_export_gather_pdf_links (OdExportDocument *self);
/* What to append to the finished PDF @pdf for the gathered links, or NULL. */
GBytes *_od_export_pdf_links_update (OdExportDocument *self,
                                     const guint8     *pdf,
                                     gsize             length);
/* The sheet (0-based) a plan section is printed on. */
guint _od_export_section_sheet   (OdExportDocument   *self,
                                  guint               section);
/* @layout at the current point: into the page's glyph batch, or at once
 * when it is the text of a link (od-export-pages.c); flush the batch when
 * the page's text is all there. */
void  _od_export_show_text       (OdExportDocument   *self,
                                  cairo_t            *cr,
                                  PangoLayout        *layout,
                                  gboolean            linked);
void  _od_export_flush_text      (OdExportDocument   *self,
                                  cairo_t            *cr);
/* Title, author (the user), subject, keywords, creator and creation date
 * (@date, YYYY-MM-DD, or NULL) of a PDF. */
void  _od_export_pdf_set_metadata (cairo_surface_t   *surface,
                                   const char        *title,
                                   const char        *subject,
                                   const char        *keywords,
                                   const char        *date);
/* Draws the boxes @which[0 .. @n_which) of @boxes, all of @kind: fill,
 * border, and what tells the kinds apart on a black-and-white printer
 * (executive: a thick border; front office: thin; back office: double;
 * support: a bar down the left edge). */
void  _od_export_draw_kind_boxes (cairo_t            *cr,
                                  OdUnitKind          kind,
                                  const OdPlacedBox  *boxes,
                                  guint               n_boxes,
                                  const guint        *which,
                                  guint               n_which,
                                  double              width,
                                  double              height,
                                  double              scale);

/* "Σ 1,234": the headcount of @unit's subtree in the document's
 * language, or NULL for a box without children or roll-ups off. */
char *_od_export_rollup_text     (OdExportDocument   *self,
                                  const OdUnit       *unit);
/* The roll-up tags of the renderer's boxes inside @clip (chart points). */
void  _od_export_draw_rollup_tags (OdExportDocument  *self,
                                   cairo_t           *cr,
                                   const OdLayoutRect *clip);
/* Draws the part @clip (chart coordinates) of the chart, at the scale
 * already set on @cr; @detail is the scale the text will be seen at. */
void  _od_export_draw_chart_area (OdExportDocument   *self,
                                  cairo_t            *cr,
                                  const OdLayoutRect *clip,
                                  double              detail);
/* Whether the renderer paints the chart's background (not for a
 * transparent PNG). */
void  _od_export_chart_background (OdExportDocument  *self,
                                   gboolean           paint);
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
/* The before/after report of a redesign (od-compare-report.c). */
OdExportDocument *_od_export_document_new_compare (OdOrganisation    *before,
                                                   OdOrganisation    *after,
                                                   const OdPageSetup *setup,
                                                   const char        *date);
/* The section page @index belongs to (a report's running header), or NULL. */
const char *_od_export_document_get_section (OdExportDocument *self,
                                             guint             index);
/* An image's title (name, size, date) above the chart and its legend
 * below, in points; the chart goes between them. */
#define OD_EXPORT_IMAGE_HEADER 36.0
#define OD_EXPORT_IMAGE_LEGEND 22.0
/* How wide the legend of an image is, points. */
double _od_export_image_legend_width (OdExportDocument *self);
/* Draws an image's title from the origin and its legend at the bottom of
 * the @width × @height points of furniture and chart. */
void  _od_export_draw_image_furniture (OdExportDocument *self,
                                       cairo_t          *cr,
                                       double            width,
                                       double            height);
/* Page furniture: header, footer with page number, legend. */
void  _od_export_draw_furniture  (OdExportDocument   *self,
                                  cairo_t            *cr,
                                  guint               index);
/* A layout of @text for @cr in points, shaped as @lang, wrapped at @width
 * (none when @width <= 0). */
PangoLayout *_od_export_text_layout (cairo_t           *cr,
                                     OdLang             lang,
                                     const char        *font,
                                     const char        *text,
                                     double             width);
/* Draws @text with its top at @y: its left edge at @x for an @align of 0,
 * its centre for 0.5, its right edge for 1 (TRUE); returns its width. */
double _od_export_draw_text      (cairo_t            *cr,
                                  OdLang              lang,
                                  const char         *font,
                                  const char         *text,
                                  double              x,
                                  double              y,
                                  double              align);

G_END_DECLS
