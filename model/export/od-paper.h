/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-paper.h: paper sizes and the printable area of a page, in points. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  OD_PAPER_A4,
  OD_PAPER_A3,
  OD_PAPER_LETTER,
  OD_PAPER_A2,
  OD_PAPER_A1,
  OD_PAPER_A0,
  OD_PAPER_LEGAL,
  OD_PAPER_TABLOID,
  OD_PAPER_CUSTOM,           /* a width and height given in millimetres */
} OdPaper;

/* How much of an organisation a chart page carries. */
typedef enum {
  OD_DENSITY_STANDARD,       /* 7 pt names, small departments share pages */
  OD_DENSITY_DENSE,          /* 6 pt names in narrower boxes */
  OD_DENSITY_DEPARTMENT,     /* as standard, each department on its own page */
} OdDensity;

typedef struct {
  double width, height;      /* the sheet, in points */
  double margin;             /* on every side */
  double header, footer;     /* bands for the title and the page number */
  OdDensity density;
} OdPageSetup;

/* A4, A3, A2, A1, A0, letter, legal or tabloid (any case), or a custom
 * size "WIDTHxHEIGHTmm" (e.g. "300x200mm", 50 to 5000 mm a side), whose
 * portrait sheet in points goes to @width and @height (which may be NULL
 * for the named papers). */
gboolean  od_paper_from_string   (const char  *str,
                                  OdPaper     *out);
gboolean  od_paper_parse         (const char  *str,
                                  OdPaper     *out,
                                  double      *width,
                                  double      *height);
/* A density's name: standard, dense, department. */
gboolean  od_density_from_string (const char  *str,
                                  OdDensity   *out);
/* The sheet for @paper in the given orientation, with default margins and
 * standard density. */
void      od_page_setup_init     (OdPageSetup *setup,
                                  OdPaper      paper,
                                  gboolean     landscape);
/* A custom sheet of @width × @height points (portrait: as given). */
void      od_page_setup_init_size (OdPageSetup *setup,
                                  double       width,
                                  double       height,
                                  gboolean     landscape);
/* The area left for the chart, below the header and above the footer. */
double    od_page_setup_content_width  (const OdPageSetup *setup);
double    od_page_setup_content_height (const OdPageSetup *setup);

G_END_DECLS
