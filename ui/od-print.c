/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-print.c: GtkPrintOperation over the export's page plan, with a tab
 * of the application's own in the print dialog (density, the report) and
 * a preview drawn by the same draw-page handler as the paper. */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "od-export-document.h"
#include "od-print.h"
#include "od-print-preview.h"
#include "od-settings.h"

static const char *densities[] = { "standard", "dense", "department", NULL };

typedef struct {
  OdOrganisation   *org;
  OdExportDocument *doc;
  OdDensity         density;
  gboolean          report;
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
                         OdDensity        density,
                         OdPageSetup     *setup)
{
  od_page_setup_init (setup, OD_PAPER_A4, FALSE);
  setup->width = gtk_print_context_get_width (context);
  setup->height = gtk_print_context_get_height (context);
  setup->density = density;
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintJob          *job)
{
  OdPageSetup setup;

  page_setup_from_context (context, job->density, &setup);
  g_clear_pointer (&job->doc, od_export_document_free);
  g_clear_error (&job->error);
  job->doc = od_export_document_new (job->org, &setup, OD_EXPORT_FIT_AUTO, job->report, NULL, &job->error);
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

/* ---- the dialog's own tab ---- */

static GObject *
create_custom_widget_cb (GtkPrintOperation *operation,
                         PrintJob          *job)
{
  const char *density_labels[] = { _("Standard"), _("Dense"), _("One page per department"), NULL };
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *label = gtk_label_new_with_mnemonic (_("_Density"));
  GtkWidget *density = gtk_drop_down_new_from_strings (density_labels);
  GtkWidget *report = gtk_check_button_new_with_mnemonic (_("Add _findings and diagnosis (report)"));

  gtk_grid_set_row_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_widget_set_margin_start (grid, 12);
  gtk_widget_set_margin_end (grid, 12);
  gtk_widget_set_margin_top (grid, 12);
  gtk_widget_set_margin_bottom (grid, 12);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), density);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (density), (guint) job->density);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (report), job->report);
  gtk_grid_attach (GTK_GRID (grid), label, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), density, 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), report, 0, 1, 2, 1);
  g_object_set_data (G_OBJECT (grid), "od-density", density);
  g_object_set_data (G_OBJECT (grid), "od-report", report);
  return G_OBJECT (grid);
}

static void
custom_widget_apply_cb (GtkPrintOperation *operation,
                        GtkWidget         *widget,
                        PrintJob          *job)
{
  GtkDropDown *density = g_object_get_data (G_OBJECT (widget), "od-density");
  GtkCheckButton *report = g_object_get_data (G_OBJECT (widget), "od-report");
  guint selected = gtk_drop_down_get_selected (density);

  if (selected < G_N_ELEMENTS (densities) - 1)
    job->density = (OdDensity) selected;
  job->report = gtk_check_button_get_active (report);
  /* The export dialog and the page view start from these next time. */
  od_settings_set_export_choice ("density", densities[job->density]);
  od_settings_set_export_choice ("report", job->report ? "true" : "false");
}

static gboolean
preview_cb (GtkPrintOperation        *operation,
            GtkPrintOperationPreview *preview,
            GtkPrintContext          *context,
            GtkWindow                *parent,
            PrintJob                 *job)
{
  od_print_preview_show (operation, preview, context, parent);
  return TRUE;
}

/* The paper and orientation last chosen for export or in the page view,
 * so that the dialog starts on the sheet the user has been looking at. */
static GtkPageSetup *
default_page_setup (void)
{
  static const struct { const char *name, *gtk; } sizes[] = {
    { "A4", GTK_PAPER_NAME_A4 }, { "A3", GTK_PAPER_NAME_A3 }, { "A2", "iso_a2" },
    { "A1", "iso_a1" }, { "A0", "iso_a0" }, { "letter", GTK_PAPER_NAME_LETTER },
    { "legal", GTK_PAPER_NAME_LEGAL }, { "tabloid", "na_ledger" },
  };
  g_autofree char *paper = od_settings_dup_export_choice ("paper", "A4");
  g_autofree char *orientation = od_settings_dup_export_choice ("orientation", "portrait");
  GtkPageSetup *setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) size = NULL;
  OdPaper named;
  double width = 0, height = 0;

  for (guint i = 0; i < G_N_ELEMENTS (sizes) && size == NULL; i++)
    if (g_ascii_strcasecmp (paper, sizes[i].name) == 0)
      size = gtk_paper_size_new (sizes[i].gtk);
  if (size == NULL && od_paper_parse (paper, &named, &width, &height) && named == OD_PAPER_CUSTOM)
    size = gtk_paper_size_new_custom ("od-custom", paper, width, height, GTK_UNIT_POINTS);
  if (size != NULL)
    gtk_page_setup_set_paper_size (setup, size);
  gtk_page_setup_set_orientation (setup, g_str_equal (orientation, "landscape")
                                         ? GTK_PAGE_ORIENTATION_LANDSCAPE : GTK_PAGE_ORIENTATION_PORTRAIT);
  return setup;
}

GtkPrintOperation *
od_print_operation_new (OdOrganisation *org)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) page_setup = default_page_setup ();
  g_autofree char *density = od_settings_dup_export_choice ("density", "standard");
  g_autofree char *report = od_settings_dup_export_choice ("report", "false");
  PrintJob *job = g_new0 (PrintJob, 1);

  job->org = g_object_ref (org);
  if (!od_density_from_string (density, &job->density))
    job->density = OD_DENSITY_STANDARD;
  job->report = g_str_equal (report, "true");
  /* Points from the sheet's corner: the same coordinates the export uses. */
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_job_name (operation, od_organisation_get_name (org));
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_default_page_setup (operation, page_setup);
  /* TRANSLATORS: the print dialog's tab of the application's own options */
  gtk_print_operation_set_custom_tab_label (operation, _("Chart"));
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), job);
  g_signal_connect (operation, "create-custom-widget", G_CALLBACK (create_custom_widget_cb), job);
  g_signal_connect (operation, "custom-widget-apply", G_CALLBACK (custom_widget_apply_cb), job);
  g_signal_connect (operation, "preview", G_CALLBACK (preview_cb), job);
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
