/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-export-run.c: the Export dialog and the export in a worker thread. */
#include "config.h"

#include <glib/gi18n.h>

#include "od-export-run.h"
#include "od-file.h"
#include "od-settings.h"

/* The dialog's choices, remembered from one export to the next. */
static const char *choice_ids[] = { "paper", "orientation", "layout", "density", "report", "rollups", "pages", NULL };

typedef struct {
  GBytes               *snapshot;  /* the document as saved, when export began */
  char                 *path;
  OdExportOptions       options;
  OdExportProgressFunc  progress;
  gpointer              progress_data;
  GBoxedCopyFunc        ref_data;   /* keeps progress_data alive across threads */
  GDestroyNotify        unref_data;
} ExportTask;

static void
export_task_free (ExportTask *task)
{
  g_bytes_unref (task->snapshot);
  g_free (task->path);
  g_free (task);
}

typedef struct {
  OdExportProgressFunc progress;
  gpointer             data;
  GDestroyNotify       unref_data;
  double               fraction;
} ProgressReport;

static gboolean
report_progress_cb (gpointer user_data)
{
  ProgressReport *report = user_data;

  report->progress (report->fraction, report->data);
  if (report->unref_data != NULL)
    report->unref_data (report->data);
  g_free (report);
  return G_SOURCE_REMOVE;
}

/* Called in the worker: hands the fraction to the main thread. */
static void
worker_progress_cb (double   fraction,
                    gpointer user_data)
{
  ExportTask *task = user_data;
  ProgressReport *report;

  if (task->progress == NULL)
    return;
  report = g_new (ProgressReport, 1);
  report->progress = task->progress;
  report->data = task->ref_data ? task->ref_data (task->progress_data) : task->progress_data;
  report->unref_data = task->unref_data;
  report->fraction = fraction;
  g_main_context_invoke (NULL, report_progress_cb, report);
}

static void
export_thread (GTask        *gtask,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportTask *task = task_data;
  g_autoptr(OdOrganisation) copy = od_organisation_new ();
  GError *error = NULL;

  /* A copy read back from the saved form: the window may go on editing
   * the original while this thread reads its copy. */
  if (!od_file_load_bytes (copy, task->snapshot, task->path, 0, &error) ||
      !od_export_to_file (copy, task->path, &task->options, worker_progress_cb, task, cancellable, &error))
    g_task_return_error (gtask, error);
  else
    g_task_return_boolean (gtask, TRUE);
}

static void
export_async (OdOrganisation        *org,
              const char            *path,
              const OdExportOptions *options,
              GCancellable          *cancellable,
              OdExportProgressFunc   progress,
              gpointer               progress_data,
              GBoxedCopyFunc         ref_data,
              GDestroyNotify         unref_data,
              GAsyncReadyCallback    callback,
              gpointer               user_data)
{
  g_autoptr(GTask) gtask = g_task_new (NULL, cancellable, callback, user_data);
  ExportTask *task = g_new0 (ExportTask, 1);

  task->snapshot = od_file_serialize (org);
  task->path = g_strdup (path);
  task->options = *options;
  task->options.date = NULL;   /* not owned: today */
  task->progress = progress;
  task->progress_data = progress_data;
  task->ref_data = ref_data;
  task->unref_data = unref_data;
  g_task_set_source_tag (gtask, od_export_run_async);
  g_task_set_task_data (gtask, task, (GDestroyNotify) export_task_free);
  g_task_run_in_thread (gtask, export_thread);
}

void
od_export_run_async (OdOrganisation        *org,
                     const char            *path,
                     const OdExportOptions *options,
                     GCancellable          *cancellable,
                     OdExportProgressFunc   progress,
                     gpointer               progress_data,
                     GAsyncReadyCallback    callback,
                     gpointer               user_data)
{
  export_async (org, path, options, cancellable, progress, progress_data, NULL, NULL, callback, user_data);
}

gboolean
od_export_run_finish (GAsyncResult  *result,
                      GError       **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* ---- the dialog ---- */

typedef struct {
  GtkWindow       *parent;
  AdwToastOverlay *toasts;
  AdwToast        *progress_toast;
  char            *display_name;
} DialogRun;

static void
dialog_run_clear (DialogRun *run)
{
  g_clear_object (&run->parent);
  g_clear_object (&run->toasts);
  g_clear_object (&run->progress_toast);
  g_free (run->display_name);
}

/* Progress reports travel from the worker to the main loop and may arrive
 * after the export finished: each holds a reference. */
static gpointer
dialog_run_ref (gpointer run)
{
  return g_atomic_rc_box_acquire (run);
}

static void
dialog_run_unref (gpointer run)
{
  g_atomic_rc_box_release_full (run, (GDestroyNotify) dialog_run_clear);
}

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  DialogRun *run = user_data;
  g_autofree char *title = g_strdup_printf (_("Exporting %s… %.0f%%"), run->display_name, fraction * 100);

  adw_toast_set_title (run->progress_toast, title);
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  DialogRun *run = user_data;
  g_autoptr(GError) error = NULL;

  adw_toast_dismiss (run->progress_toast);
  if (od_export_run_finish (result, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Exported %s"), run->display_name);
      adw_toast_overlay_add_toast (run->toasts, adw_toast_new (message));
    }
  else
    {
      AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (run->parent, _("Could Not Export"), error->message));

      adw_message_dialog_add_response (dialog, "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
  dialog_run_unref (run);
}

static const char *
choice (GtkFileChooser *chooser,
        const char     *id,
        const char     *fallback)
{
  const char *value = gtk_file_chooser_get_choice (chooser, id);
  return value ? value : fallback;
}

static void
response_cb (GtkNativeDialog *native,
             int              response,
             gpointer         user_data)
{
  GtkFileChooser *chooser = GTK_FILE_CHOOSER (native);
  OdOrganisation *org = user_data;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  OdExportOptions options;
  DialogRun *run;

  if (response != GTK_RESPONSE_ACCEPT || (file = gtk_file_chooser_get_file (chooser)) == NULL ||
      (path = g_file_get_path (file)) == NULL)
    goto out;

  od_export_options_init (&options);
  if (!od_export_format_from_path (path, &options.format))
    {
      /* No extension typed: take the one the chosen filter stands for. */
      GtkFileFilter *filter = gtk_file_chooser_get_filter (chooser);
      const char *ext = filter ? g_object_get_data (G_OBJECT (filter), "od-extension") : NULL;
      char *with_ext = g_strconcat (path, ext ? ext : ".pdf", NULL);

      g_free (path);
      path = with_ext;
      od_export_format_from_path (path, &options.format);
    }
  od_paper_from_string (choice (chooser, "paper", "A4"), &options.paper);
  options.landscape = g_str_equal (choice (chooser, "orientation", "portrait"), "landscape");
  od_density_from_string (choice (chooser, "density", "standard"), &options.density);
  options.fit = g_str_equal (choice (chooser, "layout", "auto"), "fit") ? OD_EXPORT_FIT_PAGE
              : g_str_equal (choice (chooser, "layout", "auto"), "tile") ? OD_EXPORT_FIT_TILE
              : OD_EXPORT_FIT_AUTO;
  options.report = g_str_equal (choice (chooser, "report", "false"), "true");
  options.rollups = g_str_equal (choice (chooser, "rollups", "false"), "true");
  options.pages = g_str_equal (choice (chooser, "pages", "false"), "true");
  od_settings_save_export (chooser, choice_ids, path);

  run = g_atomic_rc_box_new0 (DialogRun);
  run->parent = g_object_ref (g_object_get_data (G_OBJECT (native), "od-parent"));
  run->toasts = g_object_ref (g_object_get_data (G_OBJECT (native), "od-toasts"));
  run->display_name = g_filename_display_basename (path);
  run->progress_toast = g_object_ref (adw_toast_new (_("Exporting…")));
  adw_toast_set_timeout (run->progress_toast, 0);
  adw_toast_overlay_add_toast (run->toasts, g_object_ref (run->progress_toast));
  export_async (org, path, &options, NULL, progress_cb, run, dialog_run_ref, dialog_run_unref, export_done_cb, run);

out:
  g_object_unref (native);
}

static GtkFileFilter *
add_filter (GtkFileChooser *chooser,
            const char     *name,
            const char     *pattern,
            const char     *extension)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_pattern (filter, pattern);
  g_object_set_data (G_OBJECT (filter), "od-extension", (gpointer) extension);
  gtk_file_chooser_add_filter (chooser, filter);
  g_object_unref (filter);
  return filter;
}

void
od_export_run_dialog (GtkWindow       *parent,
                      AdwToastOverlay *toasts,
                      OdOrganisation  *org,
                      const char      *suggested_name)
{
  GtkFileChooserNative *native;
  GtkFileChooser *chooser;
  g_autofree char *format = od_settings_dup_export_format ();
  g_autofree char *name = g_strconcat (suggested_name ? suggested_name : _("Organisation"), ".", format, NULL);
  g_autoptr(GFile) folder = od_settings_dup_export_folder ();
  GtkFileFilter *filters[3];
  const char *papers[] = { "A4", "A3", "A2", "A1", "A0", "letter", "legal", "tabloid", NULL };
  const char *paper_labels[] = { "A4", "A3", "A2", "A1", "A0", N_("Letter"), N_("Legal"), N_("Tabloid"), NULL };
  const char *densities[] = { "standard", "dense", "department", NULL };
  const char *density_labels[] = { _("Standard"), _("Dense"), _("One page per department"), NULL };
  const char *orientations[] = { "portrait", "landscape", NULL };
  const char *orientation_labels[] = { _("Portrait"), _("Landscape"), NULL };
  const char *layouts[] = { "auto", "fit", "tile", NULL };
  const char *layout_labels[] = { _("One page when readable"), _("Fit to one page"), _("Tile over pages"), NULL };

  native = gtk_file_chooser_native_new (_("Export Chart"), parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Export"), _("_Cancel"));
  chooser = GTK_FILE_CHOOSER (native);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (chooser, folder, NULL);
  gtk_file_chooser_set_current_name (chooser, name);
  filters[0] = add_filter (chooser, _("PDF document"), "*.pdf", ".pdf");
  filters[1] = add_filter (chooser, _("SVG image"), "*.svg", ".svg");
  filters[2] = add_filter (chooser, _("PNG image"), "*.png", ".png");
  gtk_file_chooser_set_filter (chooser, filters[g_str_equal (format, "svg") ? 1 : g_str_equal (format, "png") ? 2 : 0]);
  for (guint i = 5; i < 8; i++)
    paper_labels[i] = _(paper_labels[i]);
  od_settings_add_export_choice (chooser, "paper", _("Paper"), papers, paper_labels, "A4");
  od_settings_add_export_choice (chooser, "orientation", _("Orientation"), orientations, orientation_labels, "portrait");
  od_settings_add_export_choice (chooser, "layout", _("Pages"), layouts, layout_labels, "auto");
  od_settings_add_export_choice (chooser, "density", _("Density"), densities, density_labels, "standard");
  od_settings_add_export_choice (chooser, "report", _("Add findings and diagnosis (PDF report)"), NULL, NULL, "false");
  od_settings_add_export_choice (chooser, "rollups", _("Show each department’s total headcount"), NULL, NULL, "false");
  od_settings_add_export_choice (chooser, "pages", _("SVG or PNG: one file per page"), NULL, NULL, "false");
  g_object_set_data_full (G_OBJECT (native), "od-parent", g_object_ref (parent), g_object_unref);
  g_object_set_data_full (G_OBJECT (native), "od-toasts", g_object_ref (toasts), g_object_unref);
  g_signal_connect_data (native, "response", G_CALLBACK (response_cb), g_object_ref (org),
                         (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}
