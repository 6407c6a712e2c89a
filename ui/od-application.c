/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-application.c: the Org Designer application. */
#include "config.h"

#include <glib/gi18n.h>

#include "od-application.h"
#include "od-window-keeping.h"
#include "od-catalog.h"
#include "od-recent.h"
#include "od-ui.h"

struct _OdApplication
{
  AdwApplication parent_instance;
  gboolean       resume;    /* --resume: open the last design or a sample */
};

G_DEFINE_FINAL_TYPE (OdApplication, od_application, ADW_TYPE_APPLICATION)

/* Accelerators that must work wherever the focus is (even in a text field);
 * editing keys such as Delete or Ctrl+Z are bound on the window instead, so
 * that a text field gets them first. */
static const struct {
  const char *action;
  const char *accels[3];
} app_accels[] = {
  { "app.quit", { "<Control>q", NULL } },
  /* A new design starts from the template chooser, in a window of its own. */
  { "app.new-window", { "<Control>n", NULL } },
  { "app.help", { "F1", NULL } },
  { "win.open", { "<Control>o", NULL } },
  { "win.import", { "<Control>i", NULL } },
  { "win.save", { "<Control>s", NULL } },
  { "win.save-as", { "<Control><Shift>s", NULL } },
  { "window.close", { "<Control>w", NULL } },
  { "win.export", { "<Control>e", NULL } },
  { "win.print", { "<Control>p", NULL } },
  { "win.page-view", { "<Control><Shift>p", NULL } },
  { "win.diagnose", { "<Control>d", NULL } },
};

static void
quit_cb (GSimpleAction *action,
         GVariant      *parameter,
         gpointer       user_data)
{
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (user_data));

  /* Each window asks about its own unsaved changes; the application ends
   * when the last one is gone. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
}

static void
new_window_cb (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  gtk_window_present (GTK_WINDOW (od_application_new_window (user_data)));
}

static void
about_cb (GSimpleAction *action,
          GVariant      *parameter,
          gpointer       user_data)
{
  GtkApplication *app = user_data;
  const char *developers[] = { _("The Org Designer developers"), NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (app),
                        "application-name", _("Org Designer"),
                        "application-icon", APP_ID,
                        "version", PACKAGE_VERSION,
                        "comments", _("Design the front and back office of marketing and sales: "
                                      "who owns which function, where the boundaries lie, and "
                                      "what to change as the firm grows."),
                        "developers", developers,
                        "copyright", _("© 2026 The Org Designer developers"),
                        "website", "https://github.com/orgdesigner/org-designer",
                        "issue-url", "https://github.com/orgdesigner/org-designer/issues",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        /* Translators: put your names here, one per line. */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

/* The user guide, installed under help/ by gnome.yelp(): yelp picks the
 * translation of the user's language. */
static void
help_cb (GSimpleAction *action,
         GVariant      *parameter,
         gpointer       user_data)
{
  gtk_show_uri (gtk_application_get_active_window (user_data), "help:org-designer", GDK_CURRENT_TIME);
}

static const GActionEntry app_entries[] = {
  { "quit", quit_cb },
  { "new-window", new_window_cb },
  { "about", about_cb },
  { "help", help_cb },
};

static void
od_application_startup (GApplication *app)
{
  G_APPLICATION_CLASS (od_application_parent_class)->startup (app);

  /* Follow the system's light or dark preference. */
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_DEFAULT);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_entries,
                                   G_N_ELEMENTS (app_entries), app);
  for (guint i = 0; i < G_N_ELEMENTS (app_accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app),
                                           app_accels[i].action,
                                           app_accels[i].accels);

  /* Load the catalog here, once, rather than in the first loading thread. */
  od_catalog_get_default ();
}

/* tools/run's start: the design used last, else the medium template as a
 * sample to explore. */
static void
resume (OdWindow *window)
{
  g_autoptr(GPtrArray) recent = od_recent_list (1);
  g_autoptr(OdDocument) sample = NULL;

  if (recent->len > 0)
    {
      od_window_open_file (window, recent->pdata[0]);
      return;
    }
  sample = od_document_new_from_template (OD_SIZE_MEDIUM, NULL);
  if (sample != NULL)
    od_window_set_document (window, sample);
}

static int
od_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("org-designer %s\n", PACKAGE_VERSION);
      return 0;
    }
  if (g_variant_dict_contains (options, "resume"))
    OD_APPLICATION (app)->resume = TRUE;
  return -1;
}

static void
od_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (od_application_new_window (OD_APPLICATION (app)));
  if (OD_APPLICATION (app)->resume && OD_IS_WINDOW (window) && od_window_is_empty (OD_WINDOW (window)))
    resume (OD_WINDOW (window));
  OD_APPLICATION (app)->resume = FALSE;
  gtk_window_present (window);
  od_window_keeping_offer_recovery (GTK_APPLICATION (app), window);
}

static void
od_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  GtkWindow *window = NULL;

  for (int i = 0; i < n_files; i++)
    {
      window = GTK_WINDOW (od_application_open_file (OD_APPLICATION (app), files[i]));
      gtk_window_present (window);
    }
  if (window != NULL)
    od_window_keeping_offer_recovery (GTK_APPLICATION (app), window);
}

static void
od_application_class_init (OdApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->startup = od_application_startup;
  app_class->activate = od_application_activate;
  app_class->handle_local_options = od_application_handle_local_options;
  app_class->open = od_application_open;
}

static void
od_application_init (OdApplication *self)
{
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[FILE…]"));
  g_application_add_main_option (G_APPLICATION (self), "resume", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE,
                                 _("Open the design used last, or the medium-firm template"), NULL);
  g_application_add_main_option (G_APPLICATION (self), "version", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE,
                                 _("Print the version and quit"), NULL);
  /* Before startup: GtkApplication looks for gtk/help-overlay.ui and
   * AdwApplication for style.css under the resource base path then. */
  od_ui_ensure_resources ();
}

OdApplication *
od_application_new (GApplicationFlags flags)
{
  return g_object_new (OD_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN | flags,
                       "resource-base-path", OD_UI_RESOURCE_PATH,
                       NULL);
}

OdWindow *
od_application_new_window (OdApplication *self)
{
  g_return_val_if_fail (OD_IS_APPLICATION (self), NULL);

  return od_window_new (self);
}

OdWindow *
od_application_get_window_for_file (OdApplication *self,
                                    GFile         *file)
{
  g_return_val_if_fail (OD_IS_APPLICATION (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (OD_IS_WINDOW (l->data) && od_window_has_file (l->data, file))
      return l->data;
  return NULL;
}

OdWindow *
od_application_open_file (OdApplication *self,
                          GFile         *file)
{
  OdWindow *window = NULL;

  g_return_val_if_fail (OD_IS_APPLICATION (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      if (!OD_IS_WINDOW (l->data))
        continue;
      /* The same file twice gives the window that already has it. */
      if (od_window_has_file (l->data, file))
        return l->data;
      if (window == NULL && od_window_is_empty (l->data))
        window = l->data;
    }
  if (window == NULL)
    window = od_application_new_window (self);
  od_window_open_file (window, file);
  return window;
}
