/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-print.c: GtkPrintOperation over the export's page plan. */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "od-export-document.h"
#include "od-print.h"

typedef struct {
  OdOrganisation   *org;
  OdExportDocument *doc;
  GError           *error;
} PrintJob;

static void
print_job_free (PrintJob *job)
{
  g_clear_pointer (&job->doc, od_export_document_free);
  g_clear_object (&job->org);
  g_clear_error (&job->error);
  g_free (job);
}

/* The sheet the user picked, in points, with our margins and bands. */
static void
page_setup_from_context (GtkPrintContext *context,
                         OdPageSetup     *setup)
{
  od_page_setup_init (setup, OD_PAPER_A4, FALSE);
  setup->width = gtk_print_context_get_width (context);
  setup->height = gtk_print_context_get_height (context);
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintJob          *job)
{
  OdPageSetup setup;

  page_setup_from_context (context, &setup);
  job->doc = od_export_document_new (job->org, &setup, OD_EXPORT_FIT_AUTO, FALSE, NULL, &job->error);
  if (job->doc == NULL)
    {
      gtk_print_operation_cancel (operation);
      return;
    }
  gtk_print_operation_set_n_pages (operation, (int) od_export_document_get_n_pages (job->doc));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              PrintJob          *job)
{
  if (job->doc != NULL && page_nr >= 0 && (guint) page_nr < od_export_document_get_n_pages (job->doc))
    od_export_document_draw_page (job->doc, gtk_print_context_get_cairo_context (context), (guint) page_nr);
}

GtkPrintOperation *
od_print_operation_new (OdOrganisation *org)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  PrintJob *job = g_new0 (PrintJob, 1);

  job->org = g_object_ref (org);
  /* Points from the sheet's corner: the same coordinates the export uses. */
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_job_name (operation, od_organisation_get_name (org));
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), job);
  g_object_set_data_full (G_OBJECT (operation), "od-print-job", job, (GDestroyNotify) print_job_free);
  return operation;
}

static void
show_error (GtkWindow  *parent,
            const char *message)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, _("Could Not Print"), message));

  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

void
od_print_organisation (GtkWindow      *parent,
                       OdOrganisation *org)
{
  g_autoptr(GtkPrintOperation) operation = od_print_operation_new (org);
  g_autoptr(GError) error = NULL;
  PrintJob *job = g_object_get_data (G_OBJECT (operation), "od-print-job");

  gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, &error);
  if (error != NULL)
    show_error (parent, error->message);
  else if (job->error != NULL)
    show_error (parent, job->error->message);
}
