/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-about.c: the About window of the uninstalled application shows its
 * icon (from the GResource, not an installed icon theme), the copyright
 * and the translators of the user's language; F1 and the main menu's Help
 * open the user guide. */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "od-ui-test.h"

static OdApplication *app;

static AdwAboutWindow *
find_about (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* not ours */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_ABOUT_WINDOW (window))
        return ADW_ABOUT_WINDOW (window);
    }
  return NULL;
}

static void
test_icons_from_resource (void)
{
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());
  const char *names[] = { APP_ID, APP_ID "-symbolic" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GtkIconPaintable) icon = NULL;
      g_autoptr(GFile) file = NULL;
      g_autofree char *uri = NULL;

      if (!gtk_icon_theme_has_icon (theme, names[i]))
        g_error ("the icon theme has no %s", names[i]);
      icon = gtk_icon_theme_lookup_icon (theme, names[i], NULL, 128, 1, GTK_TEXT_DIR_NONE, 0);
      file = gtk_icon_paintable_get_file (icon);
      g_assert_nonnull (file);
      uri = g_file_get_uri (file);
      /* From the application's resources, so it works before installing. */
      if (!g_str_has_prefix (uri, "resource:///io/github/orgdesigner/OrgDesigner/icons/"))
        g_error ("%s comes from %s, not from the application's resources", names[i], uri);
      g_assert_true (g_str_has_suffix (uri, g_str_has_suffix (names[i], "-symbolic") ? "-symbolic.svg" : ".svg"));
    }
}

static void
test_about_window (void)
{
  OdWindow *window = od_application_new_window (app);
  AdwAboutWindow *about;

  gtk_window_present (GTK_WINDOW (window));
  od_ui_test_drain ();
  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  od_ui_test_drain ();
  about = find_about ();
  g_assert_nonnull (about);
  g_assert_cmpstr (adw_about_window_get_application_icon (about), ==, APP_ID);
  g_assert_nonnull (strstr (adw_about_window_get_copyright (about), "©"));
  g_assert_nonnull (strstr (adw_about_window_get_copyright (about), "2026 组织设计"));
  g_assert_cmpstr (adw_about_window_get_version (about), ==, PACKAGE_VERSION);
  g_assert_cmpint (adw_about_window_get_license_type (about), ==, GTK_LICENSE_GPL_3_0);
  /* The test runs in Simplified Chinese: the translators are credited by
   * the catalog, and the name is translated. */
  g_assert_cmpstr (adw_about_window_get_translator_credits (about), ==, "组织设计简体中文翻译组");
  g_assert_cmpstr (adw_about_window_get_application_name (about), ==, "组织设计");
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (about)) == GTK_WINDOW (window));
  gtk_window_destroy (GTK_WINDOW (about));
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
menu_has_action (GMenuModel *menu,
                 const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GMenuLinkIter) links = NULL;

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &name)
          && g_strcmp0 (name, action) == 0)
        return TRUE;
      links = g_menu_model_iterate_item_links (menu, i);
      while (g_menu_link_iter_next (links))
        {
          g_autoptr(GMenuModel) child = g_menu_link_iter_get_value (links);

          if (menu_has_action (child, action))
            return TRUE;
        }
    }
  return FALSE;
}

static GtkMenuButton *
find_primary_menu (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_primary (GTK_MENU_BUTTON (widget)))
    return GTK_MENU_BUTTON (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkMenuButton *found = find_primary_menu (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_help (void)
{
  OdWindow *window = od_application_new_window (app);
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.help");
  GtkMenuButton *menu;

  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "help"));
  g_assert_true (g_strv_contains ((const char * const *) accels, "F1"));
  gtk_window_present (GTK_WINDOW (window));
  od_ui_test_drain ();
  menu = find_primary_menu (GTK_WIDGET (window));
  g_assert_nonnull (menu);
  g_assert_true (menu_has_action (gtk_menu_button_get_menu_model (menu), "app.help"));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char **argv)
{
  int status;

  /* Simplified Chinese from the catalogs of the build tree. */
  g_setenv ("LANGUAGE", "zh_CN", TRUE);
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("OD_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  app = od_ui_test_init (&argc, &argv);
  g_test_add_func ("/ui/about/icons-from-resource", test_icons_from_resource);
  g_test_add_func ("/ui/about/window", test_about_window);
  g_test_add_func ("/ui/about/help", test_help);
  status = g_test_run ();
  g_object_unref (app);
  return status;
}
