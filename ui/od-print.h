/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-print.h: printing a chart with GtkPrintOperation, on the same page
 * plan as the PDF export (od-export-document.h), so what prints is what
 * exports; GTK's print dialog offers the preview. */
#pragma once

#include <gtk/gtk.h>

#include "od-organisation.h"

G_BEGIN_DECLS

/* Shows the print dialog for @org over @parent.  Errors (a chart that
 * cannot be cut into pages, a printer failure) are shown in a dialog. */
void                     od_print_organisation      (GtkWindow      *parent,
                                                     OdOrganisation *org);
/* The print operation itself, for tests: pages planned at begin-print. */
GtkPrintOperation       *od_print_operation_new     (OdOrganisation *org);

G_END_DECLS
