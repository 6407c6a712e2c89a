/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-print-preview.c: print preview pages drawn by the print operation. */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "od-page-sheets.h"
#include "od-print-preview.h"

typedef struct {
  GtkPrintOperation        *operation;
  GtkPrintOperationPreview *preview;
  GtkPrintContext          *context;
  OdPageSheets             *sheets;
  AdwWindowTitle           *title;
} Preview;

static void
preview_free (Preview *self)
{
  g_signal_handlers_disconnect_by_data (self->preview, self);
  gtk_print_operation_preview_end_preview (self->preview);
  g_object_set_data (G_OBJECT (self->operation), "od-preview-window", NULL);
  g_object_unref (self->context);
  g_object_unref (self->operation);
  g_free (self);
}

/* Each page as it prints: the operation's own draw-page, on our cairo
 * context at one unit per point (the sheets have set the zoom). */
static void
draw_page_cb (cairo_t  *cr,
              guint     page,
              gpointer  user_data)
{
  Preview *self = user_data;

  gtk_print_context_set_cairo_context (self->context, cr, 72, 72);
  gtk_print_operation_preview_render_page (self->preview, (int) page);
}

static void
ready_cb (GtkPrintOperationPreview *preview,
          GtkPrintContext          *context,
          Preview                  *self)
{
  int n_pages = 0;
  g_autofree char *subtitle = NULL;

  g_object_get (self->operation, "n-pages", &n_pages, NULL);
  subtitle = g_strdup_printf (ngettext ("%u page", "%u pages", (guint) MAX (n_pages, 0)), (guint) MAX (n_pages, 0));
  adw_window_title_set_subtitle (self->title, subtitle);
  od_page_sheets_set_pages (self->sheets, (guint) MAX (n_pages, 0),
                            gtk_print_context_get_width (context), gtk_print_context_get_height (context),
                            draw_page_cb, NULL, self, NULL);
  od_page_sheets_set_zoom (self->sheets, od_page_sheets_get_fit_zoom (self->sheets));
  od_page_sheets_show_page (self->sheets, 0);
}

static void
zoom_clicked_cb (GtkButton *button,
                 Preview   *self)
{
  double factor = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "od-zoom")) > 0 ? 1.25 : 0.8;

  od_page_sheets_set_zoom (self->sheets, od_page_sheets_get_zoom (self->sheets) * factor);
}

static GtkWidget *
zoom_button (Preview    *self,
             const char *icon,
             const char *label,
             int         direction)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data (G_OBJECT (button), "od-zoom", GINT_TO_POINTER (direction));
  g_signal_connect (button, "clicked", G_CALLBACK (zoom_clicked_cb), self);
  return button;
}

GtkWindow *
od_print_preview_show (GtkPrintOperation        *operation,
                       GtkPrintOperationPreview *preview,
                       GtkPrintContext          *context,
                       GtkWindow                *parent)
{
  Preview *self = g_new0 (Preview, 1);
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  cairo_surface_t *surface;
  cairo_t *cr;

  g_return_val_if_fail (GTK_IS_PRINT_OPERATION (operation), NULL);

  self->operation = g_object_ref (operation);
  self->preview = preview;
  self->context = g_object_ref (context);
  /* Pagination (begin-print) measures the sheet through the context: it
   * needs a cairo context at one unit per point before the first page. */
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  gtk_print_context_set_cairo_context (context, cr, 72, 72);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  self->title = ADW_WINDOW_TITLE (adw_window_title_new (_("Print Preview"), NULL));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), GTK_WIDGET (self->title));
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), zoom_button (self, "zoom-in-symbolic", _("Zoom In"), 1));
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), zoom_button (self, "zoom-out-symbolic", _("Zoom Out"), -1));
  gtk_box_append (GTK_BOX (box), header);
  self->sheets = OD_PAGE_SHEETS (od_page_sheets_new ());
  gtk_widget_set_focusable (GTK_WIDGET (self->sheets), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->sheets));
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (box), scrolled);
  adw_window_set_content (ADW_WINDOW (window), box);
  gtk_window_set_title (GTK_WINDOW (window), _("Print Preview"));
  gtk_window_set_default_size (GTK_WINDOW (window), 800, 900);
  if (parent != NULL)
    {
      gtk_window_set_transient_for (GTK_WINDOW (window), parent);
      gtk_window_set_modal (GTK_WINDOW (window), TRUE);
    }
  g_signal_connect (preview, "ready", G_CALLBACK (ready_cb), self);
  g_object_set_data_full (G_OBJECT (window), "od-preview", self, (GDestroyNotify) preview_free);
  g_object_set_data (G_OBJECT (operation), "od-preview-window", window);
  gtk_window_present (GTK_WINDOW (window));
  return GTK_WINDOW (window);
}

GtkWindow *
od_print_preview_get_window (GtkPrintOperation *operation)
{
  g_return_val_if_fail (GTK_IS_PRINT_OPERATION (operation), NULL);

  return g_object_get_data (G_OBJECT (operation), "od-preview-window");
}
