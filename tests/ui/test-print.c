/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-print.c: printing and exporting from the application.  Printing uses
 * the export's page plan: a print run to a
 * PDF file (GTK's "print to file") gives as many pages as the PDF export
 * plans, with the units' names on them. */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "od-command.h"
#include "od-export-document.h"
#include "od-export-run.h"
#include "od-undo-stack.h"
#include "od-print.h"
#include "od-template.h"

/* Renames @unit_id as an edit would (no undo needed here). */
static gboolean
rename_unit (OdOrganisation *org,
                           const char     *unit_id,
                           const char     *name)
{
  g_autoptr(OdUndoStack) stack = od_undo_stack_new (org);

  return od_undo_stack_push (stack, od_command_set_unit_prop (org, unit_id, OD_UNIT_PROP_NAME, name, NULL), NULL);
}

static void
test_print_to_file (void)
{
  g_autoptr(OdOrganisation) org = od_template_create (OD_SIZE_LARGE, OD_LANG_ZH_CN, "打印测试", NULL);
  g_autoptr(GtkPrintOperation) operation = od_print_operation_new (org);
  g_autoptr(GtkPageSetup) page_setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autoptr(GError) error = NULL;
  g_autoptr(OdExportDocument) plan = NULL;
  g_autofree char *dir = g_dir_make_tmp ("od-print-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "printed.pdf", NULL);
  g_autofree char *contents = NULL;
  OdPageSetup setup;
  GtkPrintOperationResult result;
  int n_pages = 0;

  gtk_page_setup_set_paper_size (page_setup, a4);
  gtk_print_operation_set_default_page_setup (operation, page_setup);
  gtk_print_operation_set_export_filename (operation, path);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_object_get (operation, "n-pages", &n_pages, NULL);

  od_page_setup_init (&setup, OD_PAPER_A4, FALSE);
  plan = od_export_document_new (org, &setup, OD_EXPORT_FIT_AUTO, FALSE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (n_pages, ==, (int) od_export_document_get_n_pages (plan));

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF"));
  if (g_find_program_in_path ("pdftotext") != NULL)
    {
      g_autofree char *text = NULL;
      const char *argv[] = { "pdftotext", path, "-", NULL };

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                                   NULL, NULL, &text, NULL, NULL, NULL));
      /* The chart's units, and the page furniture. */
      g_assert_nonnull (strstr (text, "营销总部"));
      g_assert_nonnull (strstr (text, "打印测试"));
    }
  g_unlink (path);
  g_rmdir (dir);
}

typedef struct {
  gboolean done;
  gboolean ok;
  double   last_fraction;
  guint    n_progress;
} ExportRun;

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  ExportRun *run = user_data;

  /* Reported on the main thread, never backwards. */
  g_assert_true (g_main_context_is_owner (g_main_context_default ()));
  g_assert_cmpfloat (fraction, >=, run->last_fraction);
  run->last_fraction = fraction;
  run->n_progress++;
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  ExportRun *run = user_data;
  g_autoptr(GError) error = NULL;

  run->ok = od_export_run_finish (result, &error);
  g_assert_no_error (error);
  run->done = TRUE;
}

/* The application's export runs in a worker on a snapshot: editing the
 * document right after starting it does not change what is written. */
static void
test_export_in_worker (void)
{
  g_autoptr(OdOrganisation) org = od_template_create (OD_SIZE_MEDIUM, OD_LANG_ZH_CN, "导出测试", NULL);
  g_autofree char *dir = g_dir_make_tmp ("od-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "chart.pdf", NULL);
  g_autofree char *text = NULL;
  OdExportOptions options;
  ExportRun run = { 0 };
  gint64 end = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  od_export_options_init (&options);
  od_export_run_async (org, path, &options, NULL, progress_cb, &run, export_done_cb, &run);
  /* An edit after the start: the export has its own copy. */
  g_assert_true (rename_unit (org, "sales", "改名后的销售部"));
  while (!run.done && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (run.ok);
  g_assert_cmpuint (run.n_progress, >, 0);
  g_assert_cmpfloat (run.last_fraction, ==, 1.0);
  if (g_find_program_in_path ("pdftotext") != NULL)
    {
      const char *argv[] = { "pdftotext", path, "-", NULL };

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                                   NULL, NULL, &text, NULL, NULL, NULL));
      g_assert_nonnull (strstr (text, "销售部"));
      g_assert_null (strstr (text, "改名后的销售部"));
    }
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  g_test_add_func ("/ui/print/to-file", test_print_to_file);
  g_test_add_func ("/ui/export/in-worker", test_export_in_worker);
  return g_test_run ();
}
