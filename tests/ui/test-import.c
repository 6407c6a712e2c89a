/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-import.c: Import… of an HR export, as a user goes through it: the
 * file is read with its encoding detected, the columns are guessed and can
 * be changed, a bad mapping is explained in the dialog, cancel stops a big
 * file, and opening a .csv imports it instead of calling it broken. */
#include "config.h"

#include "od-import-dialog.h"
#include "od-ui-test.h"

static OdApplication *app;

static char *
write_file (const char *dir,
            const char *name,
            const char *utf8,
            const char *encoding)
{
  g_autofree char *converted = NULL;
  char *path = g_build_filename (dir, name, NULL);
  gsize len = strlen (utf8);
  g_autoptr(GError) error = NULL;

  if (encoding != NULL)
    {
      converted = g_convert (utf8, -1, encoding, "UTF-8", NULL, &len, &error);
      g_assert_no_error (error);
    }
  g_assert_true (g_file_set_contents (path, converted != NULL ? converted : utf8, (gssize) len, NULL));
  return path;
}

static gboolean
wait_until (OdImportDialog *dialog,
            gboolean      (*ready) (OdImportDialog *))
{
  gint64 end = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (!ready (dialog) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  return ready (dialog);
}

/* Read, and on screen: the window presents the dialog from an idle, which
 * a loaded machine can run after the read is done, and closing a dialog
 * that was never shown does nothing (gtk_window_close). */
static gboolean
shown_and_ready (OdImportDialog *dialog)
{
  return gtk_widget_get_mapped (GTK_WIDGET (dialog)) && od_import_dialog_get_ready (dialog);
}

static void
imported_cb (OdImportDialog *dialog,
             OdDocument     *document,
             OdDocument    **out)
{
  g_set_object (out, document);
}

static OdImportDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (OD_IS_IMPORT_DIALOG (window))
        return OD_IMPORT_DIALOG (window);
    }
  return NULL;
}

static void
test_gbk_export (void)
{
  g_autofree char *dir = od_ui_test_mkdtemp ();
  g_autofree char *path = write_file (dir, "华东食品.csv",
                                      "部门编号,部门名称,上级部门编号,备注,人数\r\n"
                                      "1,总经理,,,1\r\n2,销售部,1,,40\r\n3,销管部,1,,6\r\n"
                                      "4,仓储部,1,,12\r\n5,财务部,1,,5\r\n", "GBK");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  OdWindow *window = od_application_new_window (app);
  g_autoptr(OdDocument) document = NULL;
  OdImportDialog *dialog;
  OdOrganisation *org;

  gtk_window_present (GTK_WINDOW (window));
  /* Opening the export (Open…, the command line, a drop) imports it. */
  od_window_open_file (window, file);
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_signal_connect (dialog, "imported", G_CALLBACK (imported_cb), &document);
  g_assert_true (wait_until (dialog, od_import_dialog_get_ready));
  g_assert_cmpint (od_import_dialog_get_encoding (dialog), ==, OD_TEXT_GB18030);
  g_assert_cmpuint (od_import_dialog_get_n_columns (dialog), ==, 5);
  g_assert_cmpint (od_import_dialog_get_column (dialog, 0), ==, OD_CSV_COLUMN_ID);
  g_assert_cmpint (od_import_dialog_get_column (dialog, 1), ==, OD_CSV_COLUMN_NAME);
  g_assert_cmpint (od_import_dialog_get_column (dialog, 2), ==, OD_CSV_COLUMN_PARENT);
  g_assert_cmpint (od_import_dialog_get_column (dialog, 3), ==, OD_CSV_COLUMN_IGNORE);
  g_assert_cmpint (od_import_dialog_get_column (dialog, 4), ==, OD_CSV_COLUMN_HEADCOUNT);

  /* A wrong choice (the remarks as names too) is explained, not applied. */
  od_import_dialog_set_column (dialog, 3, OD_CSV_COLUMN_NAME);
  od_import_dialog_import (dialog);
  while (od_import_dialog_get_error (dialog) == NULL && document == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_null (document);
  g_assert_nonnull (strstr (od_import_dialog_get_error (dialog), "华东食品.csv"));
  od_import_dialog_set_column (dialog, 3, OD_CSV_COLUMN_IGNORE);
  g_assert_null (od_import_dialog_get_error (dialog));

  od_import_dialog_import (dialog);
  while (document == NULL)
    g_main_context_iteration (NULL, TRUE);
  od_ui_test_drain ();
  /* The units arrive in the empty window, unsaved, named after the file. */
  g_assert_true (od_window_get_document (window) == document);
  g_assert_null (od_document_get_file (document));
  org = od_document_get_organisation (document);
  g_assert_cmpuint (od_organisation_get_n_units (org), ==, 5);
  g_assert_cmpstr (od_organisation_get_name (org), ==, "华东食品");
  g_assert_cmpint (od_unit_get_kind (od_organisation_lookup_unit (org, "2")), ==, OD_UNIT_KIND_FRONT);
  g_assert_cmpint (od_unit_get_kind (od_organisation_lookup_unit (org, "3")), ==, OD_UNIT_KIND_BACK);
  g_assert_cmpint (od_unit_get_kind (od_organisation_lookup_unit (org, "4")), ==, OD_UNIT_KIND_BACK);
  g_assert_cmpint (od_unit_get_kind (od_organisation_lookup_unit (org, "5")), ==, OD_UNIT_KIND_SUPPORT);
  g_assert_cmpint (od_unit_get_headcount (od_organisation_lookup_unit (org, "2")), ==, 40);
  g_assert_null (find_dialog ());

  gtk_window_destroy (GTK_WINDOW (window));
  od_ui_test_drain ();
  od_ui_test_rmdir (dir);
}

static void
test_change_encoding (void)
{
  g_autofree char *dir = od_ui_test_mkdtemp ();
  g_autofree char *path = write_file (dir, "tw.csv", "id,name,parent\nceo,總經理,\nsales,銷售部,ceo\n", "BIG5");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  OdImportDialog *dialog = od_import_dialog_new (NULL, file);

  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (wait_until (dialog, od_import_dialog_get_ready));
  g_assert_cmpint (od_import_dialog_get_encoding (dialog), ==, OD_TEXT_BIG5);
  /* The user says it is UTF-8: refused, with the line, and nothing to
   * import until another encoding is chosen. */
  od_import_dialog_set_encoding (dialog, OD_TEXT_UTF8);
  while (od_import_dialog_get_error (dialog) == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (od_import_dialog_get_ready (dialog));
  g_assert_nonnull (strstr (od_import_dialog_get_error (dialog), "tw.csv:2:"));
  od_import_dialog_set_encoding (dialog, OD_TEXT_BIG5);
  g_assert_true (wait_until (dialog, od_import_dialog_get_ready));
  g_assert_null (od_import_dialog_get_error (dialog));
  gtk_window_destroy (GTK_WINDOW (dialog));
  od_ui_test_drain ();
  od_ui_test_rmdir (dir);
}

static gboolean
set_flag_cb (gpointer flag)
{
  *(gboolean *) flag = TRUE;
  return G_SOURCE_REMOVE;
}

/* Lets a cancelled worker finish and report (it must report nothing). */
static void
spin (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, set_flag_cb, &done);
  od_ui_test_wait_for (&done);
}

static void
test_cancel_big_file (void)
{
  g_autofree char *dir = od_ui_test_mkdtemp ();
  GString *csv = g_string_new ("id,name,parent\nu0,集团,\n");
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(OdDocument) document = NULL;
  OdImportDialog *dialog;
  OdWindow *window = od_application_new_window (app);

  for (guint i = 1; i < 300000; i++)
    g_string_append_printf (csv, "u%u,销售%u组,u%u\n", i, i, (i - 1) / 5);
  path = write_file (dir, "big.csv", csv->str, NULL);
  g_string_free (csv, TRUE);
  file = g_file_new_for_path (path);
  gtk_window_present (GTK_WINDOW (window));
  od_window_import_file (window, file);
  dialog = find_dialog ();
  g_signal_connect (dialog, "imported", G_CALLBACK (imported_cb), &document);
  g_assert_true (wait_until (dialog, shown_and_ready));
  od_import_dialog_import (dialog);
  /* Cancel while the units are built: the window stays as it was. */
  g_assert_false (od_import_dialog_get_ready (dialog));
  gtk_window_close (GTK_WINDOW (dialog));
  spin (3000);
  g_assert_null (document);
  g_assert_null (od_window_get_document (window));
  g_assert_true (od_window_is_empty (window));
  gtk_window_destroy (GTK_WINDOW (window));
  od_ui_test_drain ();
  od_ui_test_rmdir (dir);
}

int
main (int argc, char **argv)
{
  int status;

  app = od_ui_test_init (&argc, &argv);
  g_test_add_func ("/ui/import/gbk-export", test_gbk_export);
  g_test_add_func ("/ui/import/change-encoding", test_change_encoding);
  g_test_add_func ("/ui/import/cancel", test_cancel_big_file);
  status = g_test_run ();
  g_object_unref (app);
  return status;
}
