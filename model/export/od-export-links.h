/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-export-links.h: where the links of a planned page are, so that a
 * view of the pages on screen can follow them as a PDF viewer would:
 * a stub box ("42 units → p. 7") leads to the page its department is
 * drawn on. */
#pragma once

#include "od-export-document.h"

G_BEGIN_DECLS

typedef struct {
  double x, y, width, height;   /* on the sheet, in points from its corner */
  guint  target;                /* the page (0-based) the link leads to */
} OdExportLink;

/* The links on page @index (array of OdExportLink; empty for a page
 * without any). */
GArray *od_export_document_get_links (OdExportDocument *self,
                                      guint             index);
/* The page the link at (@x, @y) on page @index leads to, or -1. */
int     od_export_document_link_at   (OdExportDocument *self,
                                      guint             index,
                                      double            x,
                                      double            y);

G_END_DECLS
