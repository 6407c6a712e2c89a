/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-pdf-links.h: link annotations added to a finished PDF.
 *
 * cairo 1.16 writes each link as an annotation object and a structure
 * element of their own, about 400 bytes uncompressed: for the 10,000
 * entries of a name index that is more than the whole chart.  Here the
 * links are added afterwards as an incremental update whose annotations
 * and changed page objects share one compressed object stream (a PDF 1.5
 * cross-reference stream points into it), about a tenth of the size.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  guint  page;                     /* 0-based: the page the link is on */
  guint  target;                   /* 0-based: the page it leads to */
  double x0, y0, x1, y1;           /* PDF user space of @page, y upwards */
} OdPdfLink;

/* The bytes to append to the PDF @pdf (@length bytes, written by cairo:
 * a classic cross-reference table, a flat page tree) so that it has
 * @links too; NULL and @error when @pdf is not what was expected. */
GBytes *od_pdf_links_update (const guint8    *pdf,
                             gsize            length,
                             const OdPdfLink *links,
                             guint            n_links,
                             GError         **error);

G_END_DECLS
