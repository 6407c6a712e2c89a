/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-settings.c: the window comes back at the size, state and pane widths
 * it was closed with, and the export dialog offers the choices made last. */
#include "config.h"

#include "od-settings.h"
#include "od-template.h"
#include "od-ui-test.h"

static OdApplication *app;

static GtkPaned *
find_paned (GtkWidget *widget,
            int        nth)
{
  /* Depth first: the outline's paned comes before the chart's. */
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkPaned *found;

      if (GTK_IS_PANED (child))
        {
          if (nth == 0)
            return GTK_PANED (child);
          return find_paned (child, nth - 1);
        }
      if ((found = find_paned (child, nth)) != NULL)
        return found;
    }
  return NULL;
}

static OdWindow *
window_with_document (void)
{
  OdWindow *window = od_application_new_window (app);
  g_autoptr(OdDocument) doc = od_document_new_from_template (OD_SIZE_MEDIUM, NULL);

  od_window_set_document (window, doc);
  gtk_window_present (GTK_WINDOW (window));
  od_ui_test_drain ();
  return window;
}

static void
test_window_remembered (void)
{
  GSettings *settings = od_settings_get ();
  OdWindow *window;
  GtkPaned *outline_paned, *content_paned;
  int width, height;

  g_assert_nonnull (settings);
  g_settings_set_int (settings, "window-width", 1000);
  g_settings_set_int (settings, "window-height", 700);
  g_settings_set_int (settings, "outline-width", 333);
  g_settings_set_int (settings, "side-panel-width", 420);
  g_settings_set_boolean (settings, "window-maximized", FALSE);

  window = window_with_document ();
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 1000);
  g_assert_cmpint (height, ==, 700);
  outline_paned = find_paned (GTK_WIDGET (window), 0);
  content_paned = find_paned (GTK_WIDGET (window), 1);
  g_assert_nonnull (content_paned);
  g_assert_cmpint (gtk_paned_get_position (outline_paned), ==, 333);
  /* The side panel is as wide as it was. */
  g_assert_cmpint (ABS (gtk_widget_get_width (gtk_paned_get_end_child (content_paned)) - 420), <=, 8);

  /* The user widens the outline and the window, then closes it. */
  gtk_paned_set_position (outline_paned, 377);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  od_ui_test_drain ();
  gtk_window_close (GTK_WINDOW (window));
  od_ui_test_drain ();
  g_assert_cmpint (g_settings_get_int (settings, "outline-width"), ==, 377);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1100);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 760);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  /* The next window opens as the last one closed. */
  window = window_with_document ();
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 1100);
  g_assert_cmpint (gtk_paned_get_position (find_paned (GTK_WIDGET (window), 0)), ==, 377);
  gtk_window_destroy (GTK_WINDOW (window));
  od_ui_test_drain ();
}

static void
test_out_of_range_clamped (void)
{
  GSettings *settings = od_settings_get ();
  OdWindow *window = window_with_document ();

  /* A window made tiny saves the smallest size the schema allows rather
   * than failing. */
  gtk_paned_set_position (find_paned (GTK_WIDGET (window), 0), 10);
  od_ui_test_drain ();
  gtk_window_close (GTK_WINDOW (window));
  od_ui_test_drain ();
  g_assert_cmpint (g_settings_get_int (settings, "outline-width"), >=, 200);
}

static GtkFileChooser *
export_chooser (const char **papers,
                const char **layouts)
{
  const char *labels[] = { "A4", "A3", "Letter", NULL };
  const char *layout_labels[] = { "Auto", "Fit", "Tile", NULL };
  GtkFileChooser *chooser;

  chooser = GTK_FILE_CHOOSER (gtk_file_chooser_native_new ("Export", NULL, GTK_FILE_CHOOSER_ACTION_SAVE,
                                                           "_Export", "_Cancel"));
  od_settings_add_export_choice (chooser, "paper", "Paper", papers, labels, "A4");
  od_settings_add_export_choice (chooser, "layout", "Pages", layouts, layout_labels, "auto");
  od_settings_add_export_choice (chooser, "report", "Report", NULL, NULL, "false");
  return chooser;
}

static void
test_export_choices (void)
{
  GSettings *settings = od_settings_get ();
  const char *papers[] = { "A4", "A3", "letter", NULL };
  const char *layouts[] = { "auto", "fit", "tile", NULL };
  const char *ids[] = { "paper", "layout", "report", NULL };
  g_autofree char *dir = od_ui_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "chart.svg", NULL);
  GtkFileChooser *chooser;
  g_autoptr(GFile) folder = NULL;
  g_autofree char *format = NULL;
  g_autoptr(GVariant) stored = NULL;
  const char *value;

  g_settings_reset (settings, "export-choices");
  g_settings_set_value (settings, "export-choices",
                        g_variant_new_parsed ("{'paper': 'A3', 'layout': 'tile', 'report': 'true', 'orientation': 'landscape'}"));
  /* The next dialog starts where the last one ended. */
  chooser = export_chooser (papers, layouts);
  g_assert_cmpstr (gtk_file_chooser_get_choice (chooser, "paper"), ==, "A3");
  g_assert_cmpstr (gtk_file_chooser_get_choice (chooser, "layout"), ==, "tile");
  g_assert_cmpstr (gtk_file_chooser_get_choice (chooser, "report"), ==, "true");

  gtk_file_chooser_set_choice (chooser, "report", "false");
  od_settings_save_export (chooser, ids, path);
  format = od_settings_dup_export_format ();
  g_assert_cmpstr (format, ==, "svg");
  folder = od_settings_dup_export_folder ();
  g_assert_nonnull (folder);
  g_assert_cmpstr (g_file_peek_path (folder), ==, dir);
  stored = g_settings_get_value (settings, "export-choices");
  g_assert_true (g_variant_lookup (stored, "report", "&s", &value));
  g_assert_cmpstr (value, ==, "false");
  g_assert_true (g_variant_lookup (stored, "paper", "&s", &value));
  g_assert_cmpstr (value, ==, "A3");
  /* Choices this dialog did not offer are kept for the dialog that does. */
  g_assert_true (g_variant_lookup (stored, "orientation", "&s", &value));
  g_assert_cmpstr (value, ==, "landscape");
  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser));
  g_object_unref (chooser);

  /* An option a later version no longer offers falls back. */
  {
    const char *fewer[] = { "A4", "letter", NULL };

    chooser = export_chooser (fewer, layouts);
    g_assert_cmpstr (gtk_file_chooser_get_choice (chooser, "paper"), ==, "A4");
    g_assert_cmpstr (gtk_file_chooser_get_choice (chooser, "report"), ==, "false");
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser));
    g_object_unref (chooser);
  }

  /* A folder since removed is not offered. */
  od_ui_test_rmdir (dir);
  g_clear_object (&folder);
  folder = od_settings_dup_export_folder ();
  g_assert_null (folder);
}

int
main (int argc, char **argv)
{
  int status;

  app = od_ui_test_init (&argc, &argv);
  g_test_add_func ("/ui/settings/window", test_window_remembered);
  g_test_add_func ("/ui/settings/clamped", test_out_of_range_clamped);
  g_test_add_func ("/ui/settings/export-choices", test_export_choices);
  status = g_test_run ();
  g_object_unref (app);
  return status;
}
