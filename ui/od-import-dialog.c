/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-import-dialog.c: importing an HR export, with a preview. */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "od-file.h"
#include "od-import-dialog.h"
#include "od-ui.h"

/* Rows shown under the column menus. */
#define PREVIEW_ROWS 12

struct _OdImportDialog
{
  AdwWindow       parent_instance;

  AdwWindowTitle *window_title;
  GtkWidget      *import_button;
  GtkStack       *stack;
  GtkLabel       *working_label;
  GtkProgressBar *progress_bar;
  GtkDropDown    *encoding_dropdown;
  GtkCheckButton *header_check;
  GtkLabel       *summary_label;
  GtkGrid        *preview_grid;
  GtkLabel       *error_label;
  AdwStatusPage  *failed_page;

  GFile          *file;
  char           *display_name;
  GBytes         *bytes;          /* the file as read */
  OdCsvTable     *table;          /* NULL until read, or when unreadable */
  OdCsvColumn    *columns;        /* one per table column */
  GPtrArray      *column_menus;   /* GtkDropDown, one per column */
  OdTextEncoding  encoding;
  GCancellable   *cancellable;    /* the work under way, or NULL */
  guint           progress_source;
  int             progress;       /* per mille, written by the worker */
  gboolean        updating;       /* filling widgets: ignore their signals */
};

G_DEFINE_FINAL_TYPE (OdImportDialog, od_import_dialog, ADW_TYPE_WINDOW)

enum {
  IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void fill_preview (OdImportDialog *self);

/* ---- progress from the worker ---- */

static void
worker_progress_cb (double   fraction,
                    gpointer user_data)
{
  OdImportDialog *self = user_data;

  g_atomic_int_set (&self->progress, (int) (fraction * 1000));
}

static gboolean
show_progress_cb (gpointer user_data)
{
  OdImportDialog *self = user_data;

  gtk_progress_bar_set_fraction (self->progress_bar, g_atomic_int_get (&self->progress) / 1000.0);
  return G_SOURCE_CONTINUE;
}

static void
start_work (OdImportDialog *self,
            const char     *what)
{
  g_autofree char *text = g_strdup_printf (what, self->display_name);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  g_atomic_int_set (&self->progress, 0);
  gtk_label_set_text (self->working_label, text);
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_stack_set_visible_child_name (self->stack, "working");
  gtk_widget_set_sensitive (self->import_button, FALSE);
  if (self->progress_source == 0)
    self->progress_source = g_timeout_add (100, show_progress_cb, self);
}

static void
stop_work (OdImportDialog *self)
{
  g_clear_handle_id (&self->progress_source, g_source_remove);
  g_clear_object (&self->cancellable);
}

/* ---- reading ---- */

typedef struct {
  GFile          *file;
  GBytes         *bytes;        /* already read, or NULL */
  char           *display_name;
  gboolean        forced;
  OdTextEncoding  encoding;
} ReadJob;

typedef struct {
  GBytes     *bytes;
  OdCsvTable *table;            /* NULL when it could not be parsed */
  GError     *parse_error;
} ReadResult;

static void
read_job_free (ReadJob *job)
{
  g_clear_object (&job->file);
  g_clear_pointer (&job->bytes, g_bytes_unref);
  g_free (job->display_name);
  g_free (job);
}

static void
read_result_free (ReadResult *result)
{
  g_clear_pointer (&result->bytes, g_bytes_unref);
  od_csv_table_free (result->table);
  g_clear_error (&result->parse_error);
  g_free (result);
}

static void
read_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  ReadJob *job = task_data;
  ReadResult *result = g_new0 (ReadResult, 1);
  GError *error = NULL;

  result->bytes = job->bytes != NULL ? g_bytes_ref (job->bytes) : od_file_read_regular (job->file, cancellable, &error);
  if (result->bytes == NULL)
    {
      read_result_free (result);
      g_task_return_error (task, error);
      return;
    }
  /* A file that cannot be split still shows, so that another encoding
   * can be chosen. */
  result->table = od_csv_table_parse (result->bytes, job->display_name, job->forced ? &job->encoding : NULL,
                                      cancellable, worker_progress_cb, source, &result->parse_error);
  if (g_error_matches (result->parse_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      error = g_steal_pointer (&result->parse_error);
      read_result_free (result);
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, result, (GDestroyNotify) read_result_free);
}

static void
show_error (OdImportDialog *self,
            const char     *message)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
read_done_cb (GObject      *source,
              GAsyncResult *res,
              gpointer      user_data)
{
  OdImportDialog *self = OD_IMPORT_DIALOG (source);
  g_autoptr(GError) error = NULL;
  ReadResult *result = g_task_propagate_pointer (G_TASK (res), &error);

  /* Work since replaced (another encoding chosen) is not shown. */
  if (g_task_get_cancellable (G_TASK (res)) != self->cancellable)
    {
      g_clear_pointer (&result, read_result_free);
      return;
    }
  if (result == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      stop_work (self);
      adw_status_page_set_title (self->failed_page, _("Could Not Read the File"));
      adw_status_page_set_description (self->failed_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "failed");
      return;
    }
  stop_work (self);
  if (self->bytes == NULL)
    self->bytes = g_bytes_ref (result->bytes);
  od_csv_table_free (self->table);
  self->table = g_steal_pointer (&result->table);
  g_clear_pointer (&self->columns, g_free);
  if (self->table != NULL)
    {
      self->encoding = od_csv_table_get_encoding (self->table);
      self->columns = od_csv_table_guess_columns (self->table);
    }
  fill_preview (self);
  show_error (self, result->parse_error != NULL ? result->parse_error->message : NULL);
  gtk_stack_set_visible_child_name (self->stack, "preview");
  read_result_free (result);
}

static void
start_reading (OdImportDialog       *self,
               const OdTextEncoding *encoding)
{
  g_autoptr(GTask) task = NULL;
  ReadJob *job = g_new0 (ReadJob, 1);

  start_work (self, _("Reading “%s”…"));
  job->file = g_object_ref (self->file);
  job->bytes = self->bytes != NULL ? g_bytes_ref (self->bytes) : NULL;
  job->display_name = g_strdup (self->display_name);
  job->forced = encoding != NULL;
  job->encoding = encoding != NULL ? *encoding : OD_TEXT_UTF8;
  /* The task holds the dialog, so the worker's progress target lives. */
  task = g_task_new (self, self->cancellable, read_done_cb, NULL);
  g_task_set_task_data (task, job, (GDestroyNotify) read_job_free);
  g_task_run_in_thread (task, read_thread);
}

/* ---- the preview ---- */

static void
column_menu_cb (GtkDropDown    *menu,
                GParamSpec     *pspec,
                OdImportDialog *self)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (menu), "od-column"));

  if (self->updating || self->columns == NULL)
    return;
  self->columns[column] = (OdCsvColumn) gtk_drop_down_get_selected (menu);
  show_error (self, NULL);
}

static GtkWidget *
preview_label (const char *text,
               gboolean    header)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 18);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  gtk_widget_set_tooltip_text (label, text);
  if (header)
    gtk_widget_add_css_class (label, "heading");
  return label;
}

static void
fill_preview (OdImportDialog *self)
{
  g_autofree char *summary = NULL;
  const char *names[OD_N_CSV_COLUMNS + 1];
  GtkWidget *child;
  guint n_columns, n_records, first;
  gboolean header;

  self->updating = TRUE;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->preview_grid))) != NULL)
    gtk_grid_remove (self->preview_grid, child);
  g_ptr_array_set_size (self->column_menus, 0);
  gtk_drop_down_set_selected (self->encoding_dropdown, self->encoding);
  header = self->table != NULL && od_csv_table_has_header (self->table);
  gtk_check_button_set_active (self->header_check, header);
  gtk_widget_set_sensitive (GTK_WIDGET (self->header_check), self->table != NULL);
  if (self->table == NULL)
    {
      gtk_label_set_text (self->summary_label, "");
      gtk_widget_set_sensitive (self->import_button, FALSE);
      self->updating = FALSE;
      return;
    }

  for (guint i = 0; i < OD_N_CSV_COLUMNS; i++)
    names[i] = od_csv_column_get_display_name ((OdCsvColumn) i);
  names[OD_N_CSV_COLUMNS] = NULL;
  n_columns = od_csv_table_get_n_columns (self->table);
  n_records = od_csv_table_get_n_records (self->table);
  first = header ? 1 : 0;
  for (guint c = 0; c < n_columns; c++)
    {
      GtkWidget *menu = gtk_drop_down_new_from_strings (names);
      g_autofree char *label = NULL;

      if (header)
        label = g_strdup_printf (_("Column %u (%s)"), c + 1, od_csv_table_get_field (self->table, 0, c));
      else
        label = g_strdup_printf (_("Column %u"), c + 1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (menu), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      gtk_widget_set_tooltip_text (menu, label);
      gtk_drop_down_set_selected (GTK_DROP_DOWN (menu), self->columns[c]);
      g_object_set_data (G_OBJECT (menu), "od-column", GUINT_TO_POINTER (c));
      g_signal_connect_object (menu, "notify::selected", G_CALLBACK (column_menu_cb), self, 0);
      gtk_grid_attach (self->preview_grid, menu, (int) c, 0, 1, 1);
      g_ptr_array_add (self->column_menus, menu);
      if (header)
        gtk_grid_attach (self->preview_grid, preview_label (od_csv_table_get_field (self->table, 0, c), TRUE),
                         (int) c, 1, 1, 1);
      for (guint r = first; r < n_records && r < first + PREVIEW_ROWS; r++)
        gtk_grid_attach (self->preview_grid, preview_label (od_csv_table_get_field (self->table, r, c), FALSE),
                         (int) c, (int) (r - first) + 2, 1, 1);
    }
  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u unit in %u columns, separated by %s",
                                          "%u units in %u columns, separated by %s", n_records - first),
                             n_records - first, n_columns,
                             od_csv_table_get_separator (self->table) == '\t' ? _("tabs")
                             : od_csv_table_get_separator (self->table) == ';' ? _("semicolons")
                             : _("commas"));
  gtk_label_set_text (self->summary_label, summary);
  gtk_widget_set_sensitive (self->import_button, n_records > first);
  self->updating = FALSE;
}

static void
encoding_cb (GtkDropDown    *dropdown,
             GParamSpec     *pspec,
             OdImportDialog *self)
{
  OdTextEncoding encoding = (OdTextEncoding) gtk_drop_down_get_selected (dropdown);

  if (self->updating || encoding >= OD_N_TEXT_ENCODINGS || encoding == self->encoding)
    return;
  od_import_dialog_set_encoding (self, encoding);
}

static void
header_cb (GtkCheckButton *check,
           GParamSpec     *pspec,
           OdImportDialog *self)
{
  if (self->updating || self->table == NULL)
    return;
  od_csv_table_set_has_header (self->table, gtk_check_button_get_active (check));
  g_free (self->columns);
  self->columns = od_csv_table_guess_columns (self->table);
  show_error (self, NULL);
  fill_preview (self);
}

/* ---- importing ---- */

typedef struct {
  OdCsvTable  *table;      /* the dialog's; kept alive by the task's ref */
  OdCsvColumn *columns;
  char        *name;
} ImportJob;

static void
import_job_free (ImportJob *job)
{
  g_free (job->columns);
  g_free (job->name);
  g_free (job);
}

static void
import_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ImportJob *job = task_data;
  GError *error = NULL;
  OdOrganisation *org;

  org = od_csv_table_import (job->table, job->columns, OD_SIZE_MEDIUM, job->name,
                             cancellable, worker_progress_cb, source, &error);
  if (org == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, org, g_object_unref);
}

static void
import_done_cb (GObject      *source,
                GAsyncResult *res,
                gpointer      user_data)
{
  OdImportDialog *self = OD_IMPORT_DIALOG (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(OdOrganisation) org = g_task_propagate_pointer (G_TASK (res), &error);
  g_autoptr(OdDocument) document = NULL;

  if (g_task_get_cancellable (G_TASK (res)) != self->cancellable)
    return;
  if (org == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      stop_work (self);
      /* Back to the preview: most refusals are fixed by another mapping. */
      gtk_stack_set_visible_child_name (self->stack, "preview");
      gtk_widget_set_sensitive (self->import_button, TRUE);
      show_error (self, error->message);
      return;
    }
  stop_work (self);
  document = od_document_new (org);
  g_signal_emit (self, signals[IMPORTED], 0, document);
  gtk_window_destroy (GTK_WINDOW (self));
}

void
od_import_dialog_import (OdImportDialog *self)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *basename = NULL;
  ImportJob *job;
  char *dot;

  g_return_if_fail (OD_IS_IMPORT_DIALOG (self));

  if (self->table == NULL || self->cancellable != NULL)
    return;
  job = g_new0 (ImportJob, 1);
  job->table = self->table;
  job->columns = g_memdup2 (self->columns, sizeof (OdCsvColumn) * MAX (od_csv_table_get_n_columns (self->table), 1));
  /* The organisation is called after the file, as the command line does. */
  basename = g_file_get_basename (self->file);
  job->name = g_filename_display_name (basename);
  if ((dot = strrchr (job->name, '.')) != NULL && dot != job->name)
    *dot = '\0';
  show_error (self, NULL);
  start_work (self, _("Importing the units of “%s”…"));
  task = g_task_new (self, self->cancellable, import_done_cb, NULL);
  g_task_set_task_data (task, job, (GDestroyNotify) import_job_free);
  g_task_run_in_thread (task, import_thread);
}

/* ---- the object ---- */

static gboolean
od_import_dialog_close_request (GtkWindow *window)
{
  OdImportDialog *self = OD_IMPORT_DIALOG (window);

  /* Cancel stops the worker at its next check; its result is dropped. */
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  stop_work (self);
  return GTK_WINDOW_CLASS (od_import_dialog_parent_class)->close_request (window);
}

static void
od_import_dialog_dispose (GObject *object)
{
  OdImportDialog *self = OD_IMPORT_DIALOG (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  stop_work (self);
  G_OBJECT_CLASS (od_import_dialog_parent_class)->dispose (object);
}

static void
od_import_dialog_finalize (GObject *object)
{
  OdImportDialog *self = OD_IMPORT_DIALOG (object);

  g_clear_object (&self->file);
  g_free (self->display_name);
  g_clear_pointer (&self->bytes, g_bytes_unref);
  od_csv_table_free (self->table);
  g_free (self->columns);
  g_clear_pointer (&self->column_menus, g_ptr_array_unref);
  G_OBJECT_CLASS (od_import_dialog_parent_class)->finalize (object);
}

static void
od_import_dialog_class_init (OdImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = od_import_dialog_dispose;
  object_class->finalize = od_import_dialog_finalize;
  window_class->close_request = od_import_dialog_close_request;

  /**
   * OdImportDialog::imported:
   * @document: the new, unsaved document
   */
  signals[IMPORTED] = g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, OD_TYPE_DOCUMENT);

  od_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, OD_UI_RESOURCE_PATH "/od-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OdImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, OdImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, OdImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, OdImportDialog, working_label);
  gtk_widget_class_bind_template_child (widget_class, OdImportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, OdImportDialog, encoding_dropdown);
  gtk_widget_class_bind_template_child (widget_class, OdImportDialog, header_check);
  gtk_widget_class_bind_template_child (widget_class, OdImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, OdImportDialog, preview_grid);
  gtk_widget_class_bind_template_child (widget_class, OdImportDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, OdImportDialog, failed_page);
  gtk_widget_class_bind_template_callback (widget_class, od_import_dialog_import);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
od_import_dialog_init (OdImportDialog *self)
{
  const char *encodings[OD_N_TEXT_ENCODINGS + 1];

  gtk_widget_init_template (GTK_WIDGET (self));
  self->column_menus = g_ptr_array_new ();
  for (guint i = 0; i < OD_N_TEXT_ENCODINGS; i++)
    encodings[i] = od_text_encoding_get_display_name ((OdTextEncoding) i);
  encodings[OD_N_TEXT_ENCODINGS] = NULL;
  gtk_drop_down_set_model (self->encoding_dropdown, G_LIST_MODEL (gtk_string_list_new (encodings)));
  g_signal_connect_object (self->encoding_dropdown, "notify::selected", G_CALLBACK (encoding_cb), self, 0);
  g_signal_connect_object (self->header_check, "notify::active", G_CALLBACK (header_cb), self, 0);
}

OdImportDialog *
od_import_dialog_new (GtkWindow *parent,
                      GFile     *file)
{
  OdImportDialog *self;
  g_autofree char *basename = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (OD_TYPE_IMPORT_DIALOG, "transient-for", parent, NULL);
  self->file = g_object_ref (file);
  basename = g_file_get_basename (file);
  self->display_name = g_filename_display_name (basename);
  adw_window_title_set_subtitle (self->window_title, self->display_name);
  start_reading (self, NULL);
  return self;
}

gboolean
od_import_dialog_get_ready (OdImportDialog *self)
{
  g_return_val_if_fail (OD_IS_IMPORT_DIALOG (self), FALSE);
  return self->table != NULL && self->cancellable == NULL;
}

OdTextEncoding
od_import_dialog_get_encoding (OdImportDialog *self)
{
  g_return_val_if_fail (OD_IS_IMPORT_DIALOG (self), OD_TEXT_UTF8);
  return self->encoding;
}

void
od_import_dialog_set_encoding (OdImportDialog *self,
                               OdTextEncoding  encoding)
{
  g_return_if_fail (OD_IS_IMPORT_DIALOG (self));
  g_return_if_fail (encoding < OD_N_TEXT_ENCODINGS);

  self->encoding = encoding;
  od_csv_table_free (g_steal_pointer (&self->table));
  start_reading (self, &encoding);
}

guint
od_import_dialog_get_n_columns (OdImportDialog *self)
{
  g_return_val_if_fail (OD_IS_IMPORT_DIALOG (self), 0);
  return self->table != NULL ? od_csv_table_get_n_columns (self->table) : 0;
}

OdCsvColumn
od_import_dialog_get_column (OdImportDialog *self,
                             guint           column)
{
  g_return_val_if_fail (OD_IS_IMPORT_DIALOG (self), OD_CSV_COLUMN_IGNORE);
  g_return_val_if_fail (column < od_import_dialog_get_n_columns (self), OD_CSV_COLUMN_IGNORE);
  return self->columns[column];
}

void
od_import_dialog_set_column (OdImportDialog *self,
                             guint           column,
                             OdCsvColumn     meaning)
{
  g_return_if_fail (OD_IS_IMPORT_DIALOG (self));
  g_return_if_fail (column < self->column_menus->len);
  g_return_if_fail (meaning < OD_N_CSV_COLUMNS);

  /* Through the menu, as a user would choose. */
  gtk_drop_down_set_selected (self->column_menus->pdata[column], meaning);
}

const char *
od_import_dialog_get_error (OdImportDialog *self)
{
  g_return_val_if_fail (OD_IS_IMPORT_DIALOG (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->error_label)) ? gtk_label_get_text (self->error_label) : NULL;
}

gboolean
od_import_dialog_is_import_file (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *lower = basename ? g_ascii_strdown (basename, -1) : NULL;

  return lower != NULL && (g_str_has_suffix (lower, ".csv") || g_str_has_suffix (lower, ".tsv") ||
                           g_str_has_suffix (lower, ".txt"));
}
