/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-window.c: the window: welcome page, templates, opening, saving,
 * undo, closing with unsaved changes.  Driven through its actions. */
#include "config.h"

#include <string.h>

#include "od-file.h"
#include "od-template.h"
#include "od-ui-test.h"

static OdApplication *app;

static OdWindow *
new_window (void)
{
  OdWindow *window = od_application_new_window (app);

  gtk_window_present (GTK_WINDOW (window));
  od_ui_test_drain ();
  return window;
}

static void
destroy_window (OdWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  od_ui_test_drain ();
}

static void
test_welcome_template (void)
{
  OdWindow *window = new_window ();
  OdDocument *doc;

  g_assert_true (od_window_is_empty (window));
  g_assert_null (od_window_get_document (window));
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL) &&
                  od_window_get_document (window) != NULL);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-from-template", "s", "medium"));
  doc = od_window_get_document (window);
  g_assert_nonnull (doc);
  g_assert_false (od_window_is_empty (window));
  g_assert_cmpint (od_organisation_get_size (od_document_get_organisation (doc)), ==, OD_SIZE_MEDIUM);
  g_assert_nonnull (od_organisation_lookup_unit (od_document_get_organisation (doc), "sales"));

  /* A second template never replaces the first: it gets a window. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-from-template", "s", "small"));
  g_assert_true (od_window_get_document (window) == doc);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 2);
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (l->data != (gpointer) window)
      {
        OdDocument *other = od_window_get_document (l->data);

        g_assert_cmpint (od_organisation_get_size (od_document_get_organisation (other)), ==, OD_SIZE_SMALL);
        destroy_window (l->data);
        break;
      }
  destroy_window (window);
}

static void
test_undo_title (void)
{
  OdWindow *window = new_window ();
  OdDocument *doc;
  OdOrganisation *org;
  const char *title;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-from-template", "s", "small");
  doc = od_window_get_document (window);
  org = od_document_get_organisation (doc);
  title = gtk_window_get_title (GTK_WINDOW (window));
  g_assert_false (g_str_has_prefix (title, "•"));

  g_assert_true (od_document_push (doc, od_command_set_org_prop (org, OD_ORG_PROP_NAME, "新公司", NULL), NULL));
  title = gtk_window_get_title (GTK_WINDOW (window));
  g_assert_true (g_str_has_prefix (title, "• "));
  g_assert_nonnull (strstr (title, "新公司"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_false (od_document_get_modified (doc));
  g_assert_false (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "•"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_cmpstr (od_organisation_get_name (org), ==, "新公司");
  g_assert_true (od_document_get_modified (doc));

  /* Closing with unsaved changes asks first: the window stays. */
  gtk_window_close (GTK_WINDOW (window));
  od_ui_test_drain ();
  g_assert_true (g_list_find (gtk_application_get_windows (GTK_APPLICATION (app)), window) != NULL);
  g_assert_true (od_window_get_document (window) == doc);
  /* Tidy the confirmation dialog away with the window. */
  {
    g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

    for (GList *l = toplevels; l != NULL; l = l->next)
      if (ADW_IS_MESSAGE_DIALOG (l->data))
        gtk_window_destroy (l->data);
  }
  destroy_window (window);
}

static void
test_open_and_save (void)
{
  g_autofree char *dir = od_ui_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "open.orgdesign", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(OdOrganisation) org = od_template_create (OD_SIZE_LARGE, OD_LANG_ZH_CN, "大公司", NULL);
  g_autoptr(OdOrganisation) reread = NULL;
  OdWindow *window = new_window ();
  OdDocument *doc;
  gboolean loaded = FALSE;

  g_assert_true (od_file_save (org, file, NULL, NULL));
  od_window_open_file (window, file);
  g_assert_false (od_window_is_empty (window));
  g_assert_true (od_window_has_file (window, file));
  while (!loaded)
    {
      g_main_context_iteration (NULL, TRUE);
      loaded = od_window_get_document (window) != NULL;
    }
  doc = od_window_get_document (window);
  g_assert_cmpstr (od_organisation_get_name (od_document_get_organisation (doc)), ==, "大公司");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "open.orgdesign");

  /* Opening the same file again gives the same window. */
  g_assert_true (od_application_open_file (app, file) == window);

  g_assert_true (od_document_push (doc, od_command_set_org_prop (od_document_get_organisation (doc),
                                                                 OD_ORG_PROP_NAME, "改名", NULL), NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  g_assert_false (od_document_get_modified (doc));
  reread = od_file_load_new (file, OD_LOAD_DEFAULT, NULL);
  g_assert_cmpstr (od_organisation_get_name (reread), ==, "改名");

  destroy_window (window);
  od_ui_test_rmdir (dir);
}

/* A save that fails says so in a dialog naming the file; the document
 * stays modified. */
static void
test_save_error (void)
{
  g_autofree char *dir = od_ui_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "gone.orgdesign", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(OdOrganisation) org = od_template_create (OD_SIZE_SMALL, OD_LANG_ZH_CN, NULL, NULL);
  OdWindow *window = new_window ();
  OdDocument *doc;
  AdwMessageDialog *dialog = NULL;

  g_assert_true (od_file_save (org, file, NULL, NULL));
  od_window_open_file (window, file);
  while (od_window_get_document (window) == NULL)
    g_main_context_iteration (NULL, TRUE);
  doc = od_window_get_document (window);
  g_assert_true (od_document_push (doc, od_command_set_org_prop (od_document_get_organisation (doc),
                                                                 OD_ORG_PROP_NAME, "X", NULL), NULL));
  /* The file's place is taken by a folder: nothing can be written there. */
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  od_ui_test_drain ();
  {
    g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

    for (GList *l = toplevels; l != NULL; l = l->next)
      if (ADW_IS_MESSAGE_DIALOG (l->data))
        dialog = l->data;
  }
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "gone.orgdesign"));
  g_assert_true (od_document_get_modified (doc));
  gtk_window_destroy (GTK_WINDOW (dialog));
  /* Discard on close, then tidy up. */
  od_undo_stack_undo (od_document_get_undo_stack (doc));
  destroy_window (window);
  g_rmdir (path);
  od_ui_test_rmdir (dir);
}

static void
test_shortcuts_window (void)
{
  OdWindow *window = new_window ();
  GtkShortcutsWindow *shortcuts = NULL;
  GLogLevelFlags fatal;

  /* GTK 4.8's shortcuts window measures one of its labels at a negative
   * width under libadwaita's style (a GTK bug, harmless on screen): its
   * warnings are not fatal here, criticals still are. */
  fatal = g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  /* GtkApplication finds gtk/help-overlay.ui under the resource base path. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  od_ui_test_drain ();
  {
    g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

    for (GList *l = toplevels; l != NULL; l = l->next)
      if (GTK_IS_SHORTCUTS_WINDOW (l->data) && gtk_widget_get_visible (l->data))
        shortcuts = l->data;
  }
  g_assert_nonnull (shortcuts);
  gtk_window_close (GTK_WINDOW (shortcuts));
  destroy_window (window);
  g_log_set_always_fatal (fatal);
}

int
main (int    argc,
      char **argv)
{
  int status;

  app = od_ui_test_init (&argc, &argv);

  g_test_add_func ("/ui/window/welcome-template", test_welcome_template);
  g_test_add_func ("/ui/window/undo-title", test_undo_title);
  g_test_add_func ("/ui/window/open-and-save", test_open_and_save);
  g_test_add_func ("/ui/window/save-error", test_save_error);
  g_test_add_func ("/ui/window/shortcuts-window", test_shortcuts_window);
  status = g_test_run ();
  g_object_unref (app);
  return status;
}
