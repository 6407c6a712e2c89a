/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-print-preview.h: the print dialog's preview in a window of the
 * application's own, drawing each page through the print operation (its
 * draw-page handler, as on paper), instead of an external viewer that a
 * machine may not have. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Shows the preview of @operation (a handler of its ::preview signal
 * calls this and returns TRUE); the window ends the preview when closed.
 * Returns the window (owned by GTK). */
GtkWindow *od_print_preview_show      (GtkPrintOperation        *operation,
                                       GtkPrintOperationPreview *preview,
                                       GtkPrintContext          *context,
                                       GtkWindow                *parent);
/* The preview window @operation shows, or NULL. */
GtkWindow *od_print_preview_get_window (GtkPrintOperation       *operation);

G_END_DECLS
