/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-clipboard.c: cut, copy, paste and duplicate of subtrees through the
 * window's actions, within a window and from one window to another over
 * the desktop clipboard, each undone in one step. */
#include "config.h"

#include "od-clipboard.h"
#include "od-file.h"
#include "od-selection.h"
#include "od-ui-test.h"

static OdApplication *app;

static OdWindow *
window_with (const char *size)
{
  OdWindow *window = od_application_new_window (app);

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-from-template", "s", size));
  od_ui_test_drain ();
  return window;
}

static OdOrganisation *
org_of (OdWindow *window)
{
  return od_document_get_organisation (od_window_get_document (window));
}

static void
wait_units (OdWindow *window,
            guint     n)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (od_organisation_get_n_units (org_of (window)) != n && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (od_organisation_get_n_units (org_of (window)), ==, n);
}

static void
test_between_windows (void)
{
  OdWindow *a = window_with ("medium");
  OdWindow *b = window_with ("small");
  guint a_units = od_organisation_get_n_units (org_of (a));
  guint b_units = od_organisation_get_n_units (org_of (b));
  OdUnit *sales = od_organisation_lookup_unit (org_of (a), "sales");
  const char *sales_name = od_unit_get_name (sales);
  OdUnit *b_top = od_organisation_get_first_top_unit (org_of (b));
  OdUnit *pasted;

  g_assert_true (od_unit_tree_select (od_window_get_unit_tree (a), "sales"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (a), "unit.copy", NULL));
  /* Another window, another document: paste under its top unit. */
  g_assert_true (od_unit_tree_select (od_window_get_unit_tree (b), od_unit_get_id (b_top)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (b), "unit.paste", NULL));
  wait_units (b, b_units + 1);
  pasted = od_unit_get_last_child (b_top);
  g_assert_cmpstr (od_unit_get_name (pasted), ==, sales_name);
  /* The pasted unit is selected, and one undo takes it away. */
  g_assert_true (od_unit_tree_get_selected_unit (od_window_get_unit_tree (b)) == pasted);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (b), "win.undo", NULL));
  g_assert_cmpuint (od_organisation_get_n_units (org_of (b)), ==, b_units);
  g_assert_cmpuint (od_organisation_get_n_units (org_of (a)), ==, a_units);

  /* The clipboard also holds text for other programs. */
  {
    GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (a));
    GdkContentFormats *formats = gdk_clipboard_get_formats (clipboard);

    g_assert_true (gdk_content_formats_contain_mime_type (formats, OD_FILE_MIME_TYPE));
    g_assert_true (gdk_content_formats_contain_gtype (formats, G_TYPE_STRING));
  }

  gtk_window_destroy (GTK_WINDOW (b));
  gtk_window_destroy (GTK_WINDOW (a));
  od_ui_test_drain ();
}

static void
test_cut_paste_duplicate (void)
{
  OdWindow *window = window_with ("medium");
  OdOrganisation *org = org_of (window);
  OdUnitTree *tree = od_window_get_unit_tree (window);
  guint n = od_organisation_get_n_units (org);
  g_autofree char *before = NULL;

  {
    g_autoptr(GBytes) bytes = od_file_serialize (org);
    before = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  }
  /* Cut the production side (five units) and paste it under sales. */
  g_assert_true (od_unit_tree_select (tree, "production-vp"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "unit.cut", NULL));
  g_assert_null (od_organisation_lookup_unit (org, "production-vp"));
  g_assert_cmpuint (od_organisation_get_n_units (org), ==, n - 5);
  g_assert_true (od_unit_tree_select (tree, "sales"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "unit.paste", NULL));
  wait_units (window, n);
  /* Its ids were free again, so it kept them. */
  g_assert_true (od_unit_get_parent (od_organisation_lookup_unit (org, "production-vp")) ==
                 od_organisation_lookup_unit (org, "sales"));

  /* Duplicate: a copy right after the original, selected. */
  g_assert_true (od_unit_tree_select (tree, "marketing"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "unit.duplicate", NULL));
  g_assert_cmpuint (od_organisation_get_n_units (org), ==, n + 1);
  g_assert_cmpstr (od_unit_tree_get_selected_id (tree), ==, "marketing-2");

  /* Three steps back, the document is as it was, byte for byte. */
  for (int i = 0; i < 3; i++)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  {
    g_autoptr(GBytes) bytes = od_file_serialize (org);
    g_autofree char *after = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

    g_assert_cmpstr (after, ==, before);
  }
  gtk_window_destroy (GTK_WINDOW (window));
  od_ui_test_drain ();
}

static void
test_paste_text_only (void)
{
  OdWindow *window = window_with ("small");
  guint n = od_organisation_get_n_units (org_of (window));
  gint64 end;

  /* Text copied elsewhere is not units: nothing changes. */
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (window)), "销售部\n市场部\n");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "unit.paste", NULL));
  end = g_get_monotonic_time () + G_USEC_PER_SEC;
  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (od_organisation_get_n_units (org_of (window)), ==, n);
  gtk_window_destroy (GTK_WINDOW (window));
  od_ui_test_drain ();
}

/* Ctrl+click and Shift+click select several units; copy, duplicate,
 * delete and move act on all of them, each as one undoable step. */
static void
test_multi_select (void)
{
  OdWindow *window = window_with ("medium");
  OdOrganisation *org = org_of (window);
  OdUnitTree *tree = od_window_get_unit_tree (window);
  OdSelection *selection = od_selection_get_for_tree (tree);
  OdUnit *hr = od_organisation_lookup_unit (org, "hr");
  guint n = od_organisation_get_n_units (org);
  guint hr_children = od_unit_get_n_children (hr);
  g_auto(GStrv) ids = NULL;

  g_assert_true (od_unit_tree_select (tree, "marketing"));
  od_selection_toggle (selection, "finance");
  od_selection_toggle (selection, "rnd");
  od_selection_toggle (selection, "rnd");   /* a second Ctrl+click unmarks */
  od_selection_toggle (selection, "sales-admin");
  ids = od_selection_dup_ids (selection);
  g_assert_cmpuint (g_strv_length (ids), ==, 3);
  g_assert_true (od_selection_contains (selection, "finance"));
  g_assert_false (od_selection_contains (selection, "rnd"));

  /* Copy the three, paste them under 人力资源部: one step. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "unit.copy", NULL));
  g_assert_true (od_unit_tree_select (tree, "hr"));
  /* A plain selection starts afresh. */
  g_assert_cmpuint (od_selection_get_n_marked (selection), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "unit.paste", NULL));
  wait_units (window, n + 3);
  g_assert_cmpuint (od_unit_get_n_children (hr), ==, hr_children + 3);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpuint (od_organisation_get_n_units (org), ==, n);

  /* Delete three at once; one undo brings all back. */
  g_assert_true (od_unit_tree_select (tree, "marketing"));
  od_selection_toggle (selection, "finance");
  od_selection_toggle (selection, "sales-admin");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "unit.delete", NULL));
  g_assert_cmpuint (od_organisation_get_n_units (org), ==, n - 3);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpuint (od_organisation_get_n_units (org), ==, n);
  g_assert_nonnull (od_organisation_lookup_unit (org, "finance"));

  /* Shift+click: the rows in between, as the outline shows them. */
  g_assert_true (od_unit_tree_select (tree, "marketing"));
  od_selection_extend (selection, "sales-admin");
  g_clear_pointer (&ids, g_strfreev);
  ids = od_selection_dup_ids (selection);
  g_assert_true (g_strv_contains ((const char * const *) ids, "sales"));
  g_assert_true (g_strv_contains ((const char * const *) ids, "sales-admin"));
  g_assert_cmpuint (g_strv_length (ids), ==, 3);
  /* Duplicate all three: a copy after each, one step. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "unit.duplicate", NULL));
  g_assert_cmpuint (od_organisation_get_n_units (org), ==, n + 3);
  g_assert_nonnull (od_organisation_lookup_unit (org, "sales-2"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpuint (od_organisation_get_n_units (org), ==, n);

  gtk_window_destroy (GTK_WINDOW (window));
  od_ui_test_drain ();
}

int
main (int argc, char **argv)
{
  int status;

  app = od_ui_test_init (&argc, &argv);
  g_test_add_func ("/ui/clipboard/between-windows", test_between_windows);
  g_test_add_func ("/ui/clipboard/cut-paste-duplicate", test_cut_paste_duplicate);
  g_test_add_func ("/ui/clipboard/text-only", test_paste_text_only);
  g_test_add_func ("/ui/clipboard/multi-select", test_multi_select);
  status = g_test_run ();
  g_object_unref (app);
  return status;
}
