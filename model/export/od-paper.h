/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-paper.h: paper sizes and the printable area of a page, in points. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  OD_PAPER_A4,
  OD_PAPER_A3,
  OD_PAPER_LETTER,
} OdPaper;

typedef struct {
  double width, height;      /* the sheet, in points */
  double margin;             /* on every side */
  double header, footer;     /* bands for the title and the page number */
} OdPageSetup;

gboolean  od_paper_from_string   (const char  *str,
                                  OdPaper     *out);
/* The sheet for @paper in the given orientation, with default margins. */
void      od_page_setup_init     (OdPageSetup *setup,
                                  OdPaper      paper,
                                  gboolean     landscape);
/* The area left for the chart, below the header and above the footer. */
double    od_page_setup_content_width  (const OdPageSetup *setup);
double    od_page_setup_content_height (const OdPageSetup *setup);

G_END_DECLS
