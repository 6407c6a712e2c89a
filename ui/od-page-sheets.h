/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-page-sheets.h: sheets of paper side by side and row under row, at a
 * zoom, scrollable (GtkScrollable, for a GtkScrolledWindow).  Only the
 * sheets in view are drawn, each once per zoom (kept as a texture), by a
 * function the owner gives: the page view draws the export's pages, the
 * print preview GTK's print operation. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define OD_TYPE_PAGE_SHEETS (od_page_sheets_get_type ())
G_DECLARE_FINAL_TYPE (OdPageSheets, od_page_sheets, OD, PAGE_SHEETS, GtkWidget)

/* Draws page @page on @cr, whose origin is the sheet's corner, in points. */
typedef void (*OdPageSheetsDrawFunc) (cairo_t  *cr,
                                      guint     page,
                                      gpointer  user_data);
/* The page the link at (@x, @y) points on page @page leads to, or -1. */
typedef int  (*OdPageSheetsLinkFunc) (guint     page,
                                      double    x,
                                      double    y,
                                      gpointer  user_data);

#define OD_PAGE_SHEETS_MIN_ZOOM 0.05
#define OD_PAGE_SHEETS_MAX_ZOOM 4.0

GtkWidget *od_page_sheets_new             (void);
/* @n_pages sheets of @width × @height points; @link may be NULL. */
void       od_page_sheets_set_pages       (OdPageSheets         *self,
                                           guint                 n_pages,
                                           double                width,
                                           double                height,
                                           OdPageSheetsDrawFunc  draw,
                                           OdPageSheetsLinkFunc  link,
                                           gpointer              user_data,
                                           GDestroyNotify        destroy);
guint      od_page_sheets_get_n_pages     (OdPageSheets         *self);
/* Draws every page again (what they show changed, not their number). */
void       od_page_sheets_redraw          (OdPageSheets         *self);
/* Pixels per point. */
double     od_page_sheets_get_zoom        (OdPageSheets         *self);
void       od_page_sheets_set_zoom        (OdPageSheets         *self,
                                           double                zoom);
/* The zoom at which one page fits the view, whole. */
double     od_page_sheets_get_fit_zoom    (OdPageSheets         *self);
/* Scrolls so that page @page is at the top of the view. */
void       od_page_sheets_show_page       (OdPageSheets         *self,
                                           guint                 page);
/* The first and last page (partly) in view; FALSE when none is. */
gboolean   od_page_sheets_get_visible     (OdPageSheets         *self,
                                           guint                *first,
                                           guint                *last);
/* The page under the widget point (@x, @y) and the point on its sheet in
 * points; FALSE between pages. */
gboolean   od_page_sheets_page_at         (OdPageSheets         *self,
                                           double                x,
                                           double                y,
                                           guint                *page,
                                           double               *sheet_x,
                                           double               *sheet_y);
/* Follows the link at the widget point (@x, @y), as a click does:
 * TRUE when there was one. */
gboolean   od_page_sheets_activate_at     (OdPageSheets         *self,
                                           double                x,
                                           double                y);

G_END_DECLS
