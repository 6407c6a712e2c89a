/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-pagination.h: cutting a large chart into pages.
 *
 * Given the boxes of a laid-out chart (in chart points) and how much of the
 * chart fits on one page, finds cuts that fall between boxes, never through
 * one, so every unit and its label stays whole on one page.  Cuts land in
 * the gaps a tidy-tree layout leaves between subtrees (vertical cuts) and
 * between levels (horizontal cuts).  Pure geometry: no cairo, no pango.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  double x, y, width, height;
} OdPageRect;

typedef struct {
  guint  number;        /* 1-based, row-major over the non-empty cells */
  guint  row, column;
  OdPageRect area;      /* the part of the chart this page shows: its boxes' extent */
} OdPage;

typedef struct _OdPagination OdPagination;

#define OD_PAGINATION_ERROR (od_pagination_error_quark ())
typedef enum {
  /* One box is larger than a page at this scale: pick a larger paper, a
   * smaller scale, or landscape. */
  OD_PAGINATION_ERROR_BOX_TOO_LARGE,
} OdPaginationError;

GQuark          od_pagination_error_quark (void);

/* Plans pages for @n_boxes @boxes inside @bounds, each page showing at most
 * @page_width × @page_height chart points: first rows (bands of levels),
 * then each row's own columns.  Cells that hold no box are left out. */
OdPagination   *od_pagination_new         (const OdPageRect *bounds,
                                           const OdPageRect *boxes,
                                           gsize         n_boxes,
                                           double        page_width,
                                           double        page_height,
                                           GError      **error);
void            od_pagination_free        (OdPagination *self);

guint           od_pagination_get_n_pages (OdPagination *self);
const OdPage   *od_pagination_get_page    (OdPagination *self,
                                           guint         index);
guint           od_pagination_get_n_rows  (OdPagination *self);
/* The most columns any row has. */
guint           od_pagination_get_n_columns (OdPagination *self);
/* The page whose area contains the centre of @box (every box lies wholly
 * on one page), or NULL for a box outside every page. */
const OdPage   *od_pagination_find_page   (OdPagination *self,
                                           const OdPageRect *box);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OdPagination, od_pagination_free)

G_END_DECLS
