/* test-print.c: printing uses the export's page plan: a print run to a
 * PDF file (GTK's "print to file") gives as many pages as the PDF export
 * plans, with the units' names on them. */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "od-export-document.h"
#include "od-print.h"
#include "od-template.h"

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

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  g_test_add_func ("/ui/print/to-file", test_print_to_file);
  return g_test_run ();
}
