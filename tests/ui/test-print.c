/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-print.c: printing and exporting from the application.  Printing uses
 * the export's page plan: a print run to a
 * PDF file (GTK's "print to file") gives as many pages as the PDF export
 * plans, with the units' names on them. */
#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "od-command.h"
#include "od-export-document.h"
#include "od-export-run.h"
#include "od-undo-stack.h"
#include "od-print.h"
#include "od-print-preview.h"
#include "od-page-sheets.h"
#include "od-ui-test.h"
#include "od-settings.h"
#include "od-template.h"
#include "model/layout/layout-test-util.h"

#include <adwaita.h>

/* Whether pdftotext (poppler-utils) can be run to read what was printed. */
static gboolean
have_pdftotext (void)
{
  g_autofree char *path = g_find_program_in_path ("pdftotext");

  return path != NULL;
}

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
  if (have_pdftotext ())
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

static OdOrganisation *
random_org (guint n_units)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (n_units);
  OdRandomTreeSpec spec = { .n_units = n_units, .max_children = 14, .max_depth = 7,
                            .long_name_rate = 0.1, .n_tops = 1 };

  return od_test_random_tree (rand, &spec);
}

/* Prints @operation to the PDF file @path on @paper (a GTK paper name). */
static int
print_to_pdf (GtkPrintOperation *operation,
              const char        *paper,
              const char        *path)
{
  g_autoptr(GtkPageSetup) page_setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) size = gtk_paper_size_new (paper);
  g_autoptr(GError) error = NULL;
  int n_pages = 0;

  gtk_page_setup_set_paper_size (page_setup, size);
  gtk_print_operation_set_default_page_setup (operation, page_setup);
  gtk_print_operation_set_export_filename (operation, path);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error), ==,
                   GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  g_object_get (operation, "n-pages", &n_pages, NULL);
  return n_pages;
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* The text of each page of a PDF, as pdftotext gives it, each page's lines
 * sorted and blank lines left out: the export draws a page's text in runs of one font (index
 * entries batched), the print dialog's surface draws linked entries at
 * once, so the same words may come in another order. */
static char **
pdf_pages_text (const char *path)
{
  g_autofree char *text = NULL;
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
  char **pages;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &text, NULL, NULL, NULL));
  pages = g_strsplit (text, "\f", -1);
  for (guint i = 0; pages[i] != NULL; i++)
    {
      g_auto(GStrv) lines = g_strsplit (pages[i], "\n", -1);
      g_autoptr(GPtrArray) kept = g_ptr_array_new ();

      for (guint k = 0; lines[k] != NULL; k++)
        if (lines[k][0] != '\0')
          g_ptr_array_add (kept, lines[k]);
      /* An empty array has no storage: qsort must not see its NULL. */
      g_ptr_array_add (kept, NULL);
      qsort (kept->pdata, kept->len - 1, sizeof (char *), compare_lines);
      g_free (pages[i]);
      pages[i] = g_strjoinv ("\n", (char **) kept->pdata);
    }
  return pages;
}

/* A 1,000-unit chart printed to a file on A3 has the pages the export
 * writes on A3 with the same density, each with the same names on it. */
static void
test_print_same_pages_as_export (void)
{
  g_autoptr(OdOrganisation) org = random_org (1000);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autofree char *dir = g_dir_make_tmp ("od-print-XXXXXX", NULL);
  g_autofree char *printed = g_build_filename (dir, "printed.pdf", NULL);
  g_autofree char *exported = g_build_filename (dir, "exported.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) printed_text = NULL;
  g_auto(GStrv) exported_text = NULL;
  OdExportOptions options;
  int n_pages;

  od_settings_set_export_choice ("density", "dense");
  od_settings_set_export_choice ("report", "false");
  operation = od_print_operation_new (org);
  n_pages = print_to_pdf (operation, GTK_PAPER_NAME_A3, printed);
  g_assert_cmpint (n_pages, >, 1);

  od_export_options_init (&options);
  options.paper = OD_PAPER_A3;
  options.density = OD_DENSITY_DENSE;
  g_assert_true (od_export_to_file (org, exported, &options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  if (!have_pdftotext ())
    g_error ("pdftotext is needed (poppler-utils)");
  printed_text = pdf_pages_text (printed);
  exported_text = pdf_pages_text (exported);
  /* pdftotext ends the last page with a form feed too. */
  g_assert_cmpuint (g_strv_length (printed_text), ==, (guint) n_pages + 1);
  g_assert_cmpuint (g_strv_length (exported_text), ==, g_strv_length (printed_text));
  for (int i = 0; i < n_pages; i++)
    g_assert_cmpstr (printed_text[i], ==, exported_text[i]);
  /* A unit's name is on a page. */
  g_assert_nonnull (strstr (printed_text[0], "0部"));
  od_settings_set_export_choice ("density", "standard");
  g_unlink (printed);
  g_unlink (exported);
  g_rmdir (dir);
}

/* The print dialog's own tab: density and the report, applied to the
 * pages printed and remembered for the export dialog. */
static void
test_print_custom_tab (void)
{
  g_autoptr(OdOrganisation) org = random_org (600);
  g_autoptr(GtkPrintOperation) operation = od_print_operation_new (org);
  g_autofree char *dir = g_dir_make_tmp ("od-print-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "printed.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(OdExportDocument) plan = NULL;
  g_autofree char *density = NULL;
  GObject *tab = NULL;
  OdPageSetup setup;
  int n_pages;

  g_signal_emit_by_name (operation, "create-custom-widget", &tab);
  g_assert_true (GTK_IS_WIDGET (tab));
  g_object_ref_sink (tab);
  gtk_drop_down_set_selected (g_object_get_data (tab, "od-density"), OD_DENSITY_DEPARTMENT);
  gtk_check_button_set_active (g_object_get_data (tab, "od-report"), TRUE);
  g_signal_emit_by_name (operation, "custom-widget-apply", tab);
  g_object_unref (tab);
  density = od_settings_dup_export_choice ("density", NULL);
  g_assert_cmpstr (density, ==, "department");

  n_pages = print_to_pdf (operation, GTK_PAPER_NAME_A4, path);
  od_page_setup_init (&setup, OD_PAPER_A4, FALSE);
  setup.density = OD_DENSITY_DEPARTMENT;
  plan = od_export_document_new (org, &setup, OD_EXPORT_FIT_AUTO, TRUE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (n_pages, ==, (int) od_export_document_get_n_pages (plan));
  od_settings_set_export_choice ("density", "standard");
  od_settings_set_export_choice ("report", "false");
  g_unlink (path);
  g_rmdir (dir);
}

static GtkWidget *
find_sheets (GtkWidget *widget)
{
  if (OD_IS_PAGE_SHEETS (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_sheets (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Preview: a window of our own shows the pages the print operation draws
 * (not an external viewer), as many as on paper, not blank. */
static void
test_print_preview (gconstpointer data)
{
  gboolean landscape = GPOINTER_TO_INT (data);
  g_autoptr(OdOrganisation) org = random_org (1000);
  g_autoptr(GtkPrintOperation) operation = od_print_operation_new (org);
  g_autoptr(GtkPageSetup) page_setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autoptr(GError) error = NULL;
  g_autoptr(OdExportDocument) plan = NULL;
  GtkWindow *window;
  OdPageSheets *sheets = NULL;
  gint64 end;
  OdPageSetup setup;
  GtkWidget *child;

  gtk_page_setup_set_paper_size (page_setup, a4);
  gtk_page_setup_set_orientation (page_setup, landscape ? GTK_PAGE_ORIENTATION_LANDSCAPE : GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_print_operation_set_default_page_setup (operation, page_setup);
  /* Otherwise run() returns only when the preview window closes. */
  gtk_print_operation_set_allow_async (operation, TRUE);
  gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PREVIEW, NULL, &error);
  g_assert_no_error (error);
  window = od_print_preview_get_window (operation);
  g_assert_nonnull (window);
  /* The sheets, inside the window's scrolled window. */
  child = find_sheets (GTK_WIDGET (window));
  g_assert_nonnull (child);
  sheets = OD_PAGE_SHEETS (child);
  end = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  while (od_page_sheets_get_n_pages (sheets) == 0 && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  od_page_setup_init (&setup, OD_PAPER_A4, landscape);
  plan = od_export_document_new (org, &setup, OD_EXPORT_FIT_AUTO, FALSE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (od_page_sheets_get_n_pages (sheets), ==, od_export_document_get_n_pages (plan));
  /* The pages were set: the sheets are laid out at the fitting zoom with
   * the first page in view once a frame has been painted since. */
  g_assert_true (od_ui_test_wait_painted (GTK_WIDGET (sheets)));
  {
    guint first, last;

    g_assert_true (od_page_sheets_get_visible (sheets, &first, &last));
    g_assert_cmpuint (first, ==, 0);
  }
  {
    g_autoptr(GdkPaintable) paintable = NULL;
    GtkSnapshot *snapshot;
    g_autoptr(GskRenderNode) node = NULL;
    cairo_surface_t *surface;
    cairo_t *cr;
    int w, h, stride, dark = 0;
    guchar *data;

    w = gtk_widget_get_width (GTK_WIDGET (sheets));
    h = gtk_widget_get_height (GTK_WIDGET (sheets));
    paintable = gtk_widget_paintable_new (GTK_WIDGET (sheets));
    snapshot = gtk_snapshot_new ();
    gdk_paintable_snapshot (paintable, snapshot, w, h);
    node = gtk_snapshot_free_to_node (snapshot);
    g_assert_nonnull (node);
    surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, w, h);
    cr = cairo_create (surface);
    gsk_render_node_draw (node, cr);
    cairo_destroy (cr);
    cairo_surface_flush (surface);
    data = cairo_image_surface_get_data (surface);
    stride = cairo_image_surface_get_stride (surface);
    for (int y = 0; y < h; y++)
      for (int x = 0; x < w; x++)
        {
          guint32 px = ((guint32 *) (data + y * stride))[x];

          if (((px >> 16) & 0xff) + ((px >> 8) & 0xff) + (px & 0xff) < 3 * 100)
            dark++;
        }
    /* Text and lines drawn on the sheets. */
    g_assert_cmpint (dark, >, 200);
    if (g_getenv ("OD_SCREENSHOT_DIR") != NULL)
      {
        g_autofree char *shot = g_build_filename (g_getenv ("OD_SCREENSHOT_DIR"),
                                                  landscape ? "print-preview-1000-a4-landscape.png"
                                                            : "print-preview-1000-a4.png", NULL);

        cairo_surface_write_to_png (surface, shot);
      }
    cairo_surface_destroy (surface);
  }
  gtk_window_destroy (window);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_null (od_print_preview_get_window (operation));
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
  if (have_pdftotext ())
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
  adw_init ();
  g_test_add_func ("/ui/print/to-file", test_print_to_file);
  g_test_add_func ("/ui/print/same-pages-as-export", test_print_same_pages_as_export);
  g_test_add_func ("/ui/print/custom-tab", test_print_custom_tab);
  g_test_add_data_func ("/ui/print/preview/portrait", GINT_TO_POINTER (FALSE), test_print_preview);
  g_test_add_data_func ("/ui/print/preview/landscape", GINT_TO_POINTER (TRUE), test_print_preview);
  g_test_add_func ("/ui/export/in-worker", test_export_in_worker);
  return g_test_run ();
}
