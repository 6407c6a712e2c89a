/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-print.h: printing a chart with GtkPrintOperation, on the same page
 * plan as the PDF export (od-export-document.h), so what prints is what
 * exports.  The dialog has a tab of our own (density, the report; they
 * start from and update the export dialog's choices), and its preview is
 * a window of ours drawn by the same draw-page handler (od-print-preview.h). */
#pragma once

#include <gtk/gtk.h>

#include "od-organisation.h"

G_BEGIN_DECLS

/* Shows the print dialog for @org over @parent.  Errors (a chart that
 * cannot be cut into pages, a printer failure) are shown in a dialog. */
void                     od_print_organisation      (GtkWindow      *parent,
                                                     OdOrganisation *org);
/* The print operation itself, for tests: pages planned at begin-print, on
 * the paper and orientation last chosen for export as the default. */
GtkPrintOperation       *od_print_operation_new     (OdOrganisation *org);

G_END_DECLS
