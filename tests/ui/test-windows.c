/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-windows.c: windows as GNOME users expect them: one editor per file
 * however it is opened, Ctrl+N for a new design, menus whose mnemonics
 * each reach one item (in every language), and outline rows deep in a
 * group that still tell their whole name. */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "od-command.h"
#include "od-file.h"
#include "od-template.h"
#include "od-unit-menu.h"
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
wait_loaded (OdWindow *window)
{
  while (od_window_get_document (window) == NULL)
    g_main_context_iteration (NULL, TRUE);
}

static void
test_same_file_twice (void)
{
  g_autofree char *dir = od_ui_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "group.orgdesign", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) again = g_file_new_for_path (path);
  g_autoptr(OdOrganisation) org = od_template_create (OD_SIZE_MEDIUM, OD_LANG_ZH_CN, "集团", NULL);
  OdWindow *first = new_window ();
  OdWindow *second;
  guint n_windows;

  g_assert_true (od_file_save (org, file, NULL, NULL));
  od_window_open_file (first, file);
  wait_loaded (first);
  /* New Window, then the same file from the recent list (or Open…, or a
   * drop): the window that has it comes forward, no second editor. */
  second = new_window ();
  n_windows = g_list_length (gtk_application_get_windows (GTK_APPLICATION (app)));
  od_window_open_file (second, again);
  od_ui_test_drain ();
  g_assert_true (od_window_is_empty (second));
  g_assert_null (od_window_get_document (second));
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, n_windows);
  g_assert_true (od_application_get_window_for_file (app, again) == first);

  /* Another file still opens in the empty window. */
  {
    g_autofree char *other_path = g_build_filename (dir, "other.orgdesign", NULL);
    g_autoptr(GFile) other = g_file_new_for_path (other_path);

    g_assert_true (od_file_save (org, other, NULL, NULL));
    od_window_open_file (second, other);
    wait_loaded (second);
    g_assert_true (od_window_has_file (second, other));
  }
  gtk_window_destroy (GTK_WINDOW (second));
  gtk_window_destroy (GTK_WINDOW (first));
  od_ui_test_drain ();
  od_ui_test_rmdir (dir);
}

static void
test_ctrl_n (void)
{
  g_auto(GStrv) actions = gtk_application_get_actions_for_accel (GTK_APPLICATION (app), "<Control>n");
  g_auto(GStrv) child = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "unit.add-child");

  /* Ctrl+N means a new design and nothing else. */
  g_assert_cmpuint (g_strv_length (actions), ==, 1);
  g_assert_cmpstr (actions[0], ==, "app.new-window");
  g_assert_cmpuint (g_strv_length (child), ==, 0);
}

/* Each item's mnemonic letter, once per menu (its sections together). */
static void
collect_mnemonics (GMenuModel *model,
                   GHashTable *seen,
                   const char *lang)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *label = NULL;
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (model, i, G_MENU_LINK_SECTION);
      const char *mark;

      if (section != NULL)
        {
          collect_mnemonics (section, seen, lang);
          continue;
        }
      if (!g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_LABEL, "s", &label))
        continue;
      mark = strchr (label, '_');
      if (mark == NULL || mark[1] == '\0')
        g_error ("%s: “%s” has no mnemonic", lang, label);
      {
        gunichar key = g_unichar_tolower (g_utf8_get_char (mark + 1));
        const char *other = g_hash_table_lookup (seen, GUINT_TO_POINTER (key));

        if (other != NULL)
          g_error ("%s: “%s” and “%s” share a mnemonic", lang, other, label);
        g_hash_table_insert (seen, GUINT_TO_POINTER (key), g_strdup (label));
      }
    }
}

static GMenuModel *
find_primary_menu (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GMenuModel *found;

      if (GTK_IS_MENU_BUTTON (child) && gtk_menu_button_get_primary (GTK_MENU_BUTTON (child)))
        return gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (child));
      if ((found = find_primary_menu (child)) != NULL)
        return found;
    }
  return NULL;
}

static void
test_mnemonics (void)
{
  const char *langs[][2] = { { "en", "C.UTF-8" }, { "zh_CN", "zh_CN.UTF-8" }, { "zh_TW", "zh_TW.UTF-8" } };
  g_autofree char *localedir = g_test_build_filename (G_TEST_BUILT, "..", "po", NULL);

  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
    {
      g_autoptr(GHashTable) unit_seen = g_hash_table_new_full (NULL, NULL, NULL, g_free);
      g_autoptr(GHashTable) main_seen = g_hash_table_new_full (NULL, NULL, NULL, g_free);
      g_autoptr(GMenuModel) unit_menu = NULL;
      OdWindow *window;

      if (setlocale (LC_ALL, langs[l][1]) == NULL)
        g_error ("the locale %s is not installed (tools/deps installs it)", langs[l][1]);
      g_setenv ("LANGUAGE", langs[l][0], TRUE);
      unit_menu = od_unit_menu_new_model ();
      collect_mnemonics (unit_menu, unit_seen, langs[l][0]);
      /* The main menu as a window built in this language has it. */
      window = od_application_new_window (app);
      collect_mnemonics (find_primary_menu (GTK_WIDGET (window)), main_seen, langs[l][0]);
      if (l > 0)
        g_assert_cmpstr (dgettext (GETTEXT_PACKAGE, "_Open…"), !=, "_Open…");
      gtk_window_destroy (GTK_WINDOW (window));
    }
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "en", TRUE);
}

static GtkWidget *
find_row (GtkWidget  *widget,
          const char *tooltip_prefix)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;
      const char *tip = gtk_widget_get_tooltip_text (child);

      if (GTK_IS_TREE_EXPANDER (child) && tip != NULL && g_str_has_prefix (tip, tooltip_prefix))
        return child;
      if ((found = find_row (child, tooltip_prefix)) != NULL)
        return found;
    }
  return NULL;
}

static GtkLabel *
first_label (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found;

      if (GTK_IS_LABEL (child))
        return GTK_LABEL (child);
      if ((found = first_label (child)) != NULL)
        return found;
    }
  return NULL;
}

static void
test_deep_rows (void)
{
  g_autoptr(OdOrganisation) org = od_organisation_new ();
  g_autoptr(OdDocument) doc = NULL;
  g_autofree char *parent = NULL;
  const char *deep_name = "华东区第八层销售组";
  OdWindow *window;
  GtkWidget *row;
  GtkLabel *label;

  /* A chain nine deep: 总经理 → … → the unit at depth 8. */
  doc = od_document_new (org);
  for (int depth = 0; depth <= 8; depth++)
    {
      g_autofree char *name = depth == 8 ? g_strdup (deep_name) : g_strdup_printf ("第%d层", depth);
      OdCommand *command = od_command_add_unit (org, parent, -1, NULL, name,
                                                depth == 0 ? OD_UNIT_KIND_EXECUTIVE : OD_UNIT_KIND_FRONT,
                                                NULL);

      g_free (parent);
      parent = g_strdup (od_command_get_new_unit_id (command));
      g_assert_true (od_document_push (doc, command, NULL));
    }
  window = new_window ();
  od_window_set_document (window, doc);
  od_unit_tree_select (od_window_get_unit_tree (window), parent);
  od_ui_test_drain ();
  od_ui_test_drain ();
  row = find_row (GTK_WIDGET (window), deep_name);
  g_assert_nonnull (row);
  /* The tooltip has the whole name and its kind. */
  g_assert_true (g_str_has_prefix (gtk_widget_get_tooltip_text (row), deep_name));
  label = first_label (row);
  g_assert_cmpstr (gtk_label_get_label (label), ==, deep_name);
  /* In a window of the default size the name is not cut. */
  g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (label)));
  gtk_window_destroy (GTK_WINDOW (window));
  od_ui_test_drain ();
}

int
main (int argc, char **argv)
{
  int status;

  app = od_ui_test_init (&argc, &argv);
  g_test_add_func ("/ui/windows/same-file-twice", test_same_file_twice);
  g_test_add_func ("/ui/windows/ctrl-n", test_ctrl_n);
  g_test_add_func ("/ui/windows/mnemonics", test_mnemonics);
  g_test_add_func ("/ui/windows/deep-rows", test_deep_rows);
  status = g_test_run ();
  g_object_unref (app);
  return status;
}
