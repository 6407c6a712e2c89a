/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-ui-test.h: what the ui test programs share (header-only, so each test
 * stays one self-contained program). */
#pragma once

#include <adwaita.h>
#include <glib/gstdio.h>

#include "od-application.h"
#include "od-document.h"
#include "od-test-util.h"

G_BEGIN_DECLS

/* Sets up GTK and libadwaita, and registers an application (non-unique, so
 * tests may run side by side) whose windows the tests drive. */
static inline OdApplication *
od_ui_test_init (int    *argc,
                 char ***argv)
{
  OdApplication *app;
  g_autoptr(GError) error = NULL;

  g_test_init (argc, argv, NULL);
  gtk_init ();
  adw_init ();
  app = od_application_new (G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    g_error ("cannot register the application: %s", error->message);
  return app;
}

/* Runs the main loop until *@flag is TRUE or 10 seconds pass. */
static inline gboolean
od_ui_test_wait_for (gboolean *flag)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!*flag && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  return *flag;
}

static inline void
od_ui_test_painted_cb (GdkFrameClock *clock,
                       gboolean      *painted)
{
  *painted = TRUE;
}

/* Runs the main loop until @widget's window has painted a frame begun
 * after this call, so what was queued (a resize, a redraw) has been laid
 * out and drawn, or 30 seconds pass (a loaded machine, the sanitizers);
 * FALSE then.  A condition, where a fixed wait would be a guess. */
static inline gboolean
od_ui_test_wait_painted (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  gint64 end = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  gboolean painted = FALSE;
  gulong id;

  g_assert_nonnull (clock);
  id = g_signal_connect (clock, "after-paint", G_CALLBACK (od_ui_test_painted_cb), &painted);
  gtk_widget_queue_draw (widget);
  while (!painted && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, id);
  return painted;
}

/* A document of one manager @top_name (id "top") over @n_reports front-office
 * reports r0, r1, ... named 销售0组, 销售1组, ...: the long group where
 * outline and findings rows shift after every add and delete. */
static inline OdDocument *
od_ui_test_group_document (const char *org_name,
                           const char *top_name,
                           guint       n_reports)
{
  g_autoptr(GString) xml = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(OdOrganisation) org = NULL;

  g_string_append_printf (xml, "<organisation xmlns=\"urn:org-designer:1\" version=\"1\" name=\"%s\">"
                          "<unit id=\"top\" name=\"%s\" kind=\"executive\">", org_name, top_name);
  for (guint i = 0; i < n_reports; i++)
    g_string_append_printf (xml, "<unit id=\"r%u\" name=\"销售%u组\" kind=\"front\"/>", i, i);
  g_string_append (xml, "</unit></organisation>\n");
  org = od_test_load_string (xml->str, OD_LOAD_DEFAULT, &error);
  g_assert_no_error (error);
  return od_document_new (org);
}

/* Lets pending idles and redraws run. */
static inline void
od_ui_test_drain (void)
{
  gint64 end = g_get_monotonic_time () + G_USEC_PER_SEC / 20;

  while (g_main_context_iteration (NULL, FALSE) || g_get_monotonic_time () < end)
    ;
}

/* The first widget under @root (itself included) of @type, depth first;
 * with @title, the first preference row of that title. */
static inline GtkWidget *
od_ui_test_find_widget (GtkWidget  *root,
                        GType       type,
                        const char *title)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type)
      && (title == NULL
          || (ADW_IS_PREFERENCES_ROW (root)
              && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), title) == 0)))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = od_ui_test_find_widget (child, type, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Presses @keyval with @modifiers on @widget through the shortcuts its
 * class binds (gtk_widget_class_add_binding ()), as the key would; TRUE if
 * one took it. */
static inline gboolean
od_ui_test_press_shortcut (GtkWidget       *widget,
                           guint            keyval,
                           GdkModifierType  modifiers)
{
  g_autoptr(GtkShortcutTrigger) pressed = gtk_keyval_trigger_new (keyval, modifiers);
  GListModel *controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)) && !handled; j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), pressed))
            handled = gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                                    gtk_shortcut_get_arguments (shortcut));
        }
    }
  g_object_unref (controllers);
  return handled;
}

/* A fresh folder for the files a test writes; free with od_ui_test_rmdir(). */
static inline char *
od_ui_test_mkdtemp (void)
{
  return od_test_make_dir ("od-ui-test");
}

static inline void
od_ui_test_rmdir (const char *path)
{
  od_test_remove_dir (path);
}

G_END_DECLS
