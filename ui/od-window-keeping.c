/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-window-keeping.c: recovery after a crash, changes on disk, and the
 * diagnosis window (see the header). */
#include "config.h"

#include <glib/gi18n.h>

#include "od-application.h"
#include "od-assessment-page.h"
#include "od-file.h"
#include "od-recovery-dialog.h"
#include "od-window-keeping.h"

static void
changed_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     OdWindow         *window)
{
  OdDocument *document = od_window_get_document (window);
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "reload") != 0 || document == NULL)
    return;
  if (!od_document_reload (document, &error))
    {
      AdwMessageDialog *failed = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (window), _("Could Not Reload"),
                                                                             error->message));
      adw_message_dialog_add_response (failed, "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (failed));
    }
}

static void
changed_on_disk_cb (OdFileWatch *watch,
                    gboolean     deleted,
                    OdWindow    *window)
{
  OdDocument *document = od_window_get_document (window);
  g_autofree char *heading = NULL;
  AdwMessageDialog *dialog;

  if (document == NULL)
    return;
  if (deleted)
    {
      heading = g_strdup_printf (_("“%s” Was Removed"), od_document_get_title (document));
      dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (window), heading,
                                                           _("Another program removed or renamed the file. Your version is still open here: save it to write it again.")));
      adw_message_dialog_add_response (dialog, "close", _("_Close"));
    }
  else
    {
      heading = g_strdup_printf (_("“%s” Changed on Disk"), od_document_get_title (document));
      dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (window), heading,
                                                           od_document_get_modified (document)
                                                           ? _("Another program changed the file. Reload it to see that version, and lose the changes made here, or keep yours: saving will ask before replacing the other version.")
                                                           : _("Another program changed the file. Reload it to see that version, or keep the one shown here: saving will ask before replacing the other version.")));
      adw_message_dialog_add_responses (dialog, "keep", _("_Keep Mine"), "reload", _("_Reload"), NULL);
      adw_message_dialog_set_response_appearance (dialog, "reload",
                                                  od_document_get_modified (document) ? ADW_RESPONSE_DESTRUCTIVE
                                                                                      : ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (dialog, "keep");
      adw_message_dialog_set_close_response (dialog, "keep");
      g_signal_connect_object (dialog, "response", G_CALLBACK (changed_response_cb), window, 0);
    }
  gtk_window_present (GTK_WINDOW (dialog));
}

OdFileWatch *
_od_window_keeping_watch (OdWindow   *window,
                          OdDocument *document)
{
  OdFileWatch *watch = od_file_watch_new (document);

  g_signal_connect_object (watch, "changed-on-disk", G_CALLBACK (changed_on_disk_cb), window, 0);
  return watch;
}

/* Undo and redo in the diagnosis window act on the document's window. */
static gboolean
undo_cb (GtkWidget *widget,
         GVariant  *args,
         gpointer   user_data)
{
  return gtk_widget_activate_action (GTK_WIDGET (user_data), "win.undo", NULL);
}

static gboolean
redo_cb (GtkWidget *widget,
         GVariant  *args,
         gpointer   user_data)
{
  return gtk_widget_activate_action (GTK_WIDGET (user_data), "win.redo", NULL);
}

GtkWindow *
_od_window_keeping_diagnose_window (GtkWindow  *parent,
                                    OdDocument *document)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *page = od_assessment_page_new ();
  g_autofree char *title = g_strdup_printf (_("Diagnosis — %s"), od_document_get_title (document));

  gtk_window_set_title (GTK_WINDOW (window), title);
  gtk_window_set_transient_for (GTK_WINDOW (window), parent);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 860);
  gtk_box_append (GTK_BOX (box), header);
  gtk_widget_set_vexpand (page, TRUE);
  od_assessment_page_set_document (OD_ASSESSMENT_PAGE (page), document);
  /* Toasts from the page (a refused edit) show in this window. */
  {
    GtkWidget *overlay = adw_toast_overlay_new ();
    adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), page);
    gtk_widget_set_vexpand (overlay, TRUE);
    gtk_box_append (GTK_BOX (box), overlay);
  }
  adw_window_set_content (ADW_WINDOW (window), box);
  /* Ctrl+Z and Ctrl+Shift+Z undo and redo answers here too. */
  {
    GtkEventController *shortcuts = gtk_shortcut_controller_new ();

    gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts), GTK_SHORTCUT_SCOPE_MANAGED);
    /* Esc and Ctrl+W close the diagnosis, as any secondary window. */
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                          gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("Escape|<Control>w"),
                                                            gtk_named_action_new ("window.close")));
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                          gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Control>z"),
                                                            gtk_callback_action_new (undo_cb, parent, NULL)));
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                          gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Control><Shift>z"),
                                                            gtk_callback_action_new (redo_cb, parent, NULL)));
    gtk_widget_add_controller (window, shortcuts);
  }
  return GTK_WINDOW (window);
}

OdDocument *
_od_window_keeping_restore (const OdRecoveryEntry *entry,
                            GError               **error)
{
  g_autoptr(OdOrganisation) org = od_organisation_new ();
  g_autoptr(GFile) copy = g_file_new_for_path (entry->document_path);
  g_autoptr(GFile) original = entry->original_uri ? g_file_new_for_uri (entry->original_uri) : NULL;

  if (!od_file_load (org, copy, 0, NULL, error))
    return NULL;
  return od_document_new_restored (org, original);
}

typedef struct {
  GtkApplication *app;
  GtkWindow      *window;     /* weak: the dialog may outlive it */
} RestoreTarget;

static void
restore_target_free (RestoreTarget *target)
{
  g_clear_weak_pointer (&target->window);
  g_free (target);
}

static void
restore_cb (const OdRecoveryEntry *entry,
            gpointer               user_data)
{
  RestoreTarget *target = user_data;
  OdWindow *window = NULL;
  g_autoptr(GError) error = NULL;

  if (target->window != NULL && OD_IS_WINDOW (target->window) && od_window_is_empty (OD_WINDOW (target->window)))
    window = OD_WINDOW (target->window);
  else
    window = od_application_new_window (OD_APPLICATION (target->app));
  if (!od_window_restore (window, entry, &error))
    g_warning ("Could not restore %s: %s", entry->title, error->message);
  gtk_window_present (GTK_WINDOW (window));
}

void
od_window_keeping_offer_recovery (GtkApplication *app,
                                  GtkWindow      *window)
{
  RestoreTarget *target;

  if (g_object_get_data (G_OBJECT (app), "od-recovery-offered") != NULL)
    return;
  g_object_set_data (G_OBJECT (app), "od-recovery-offered", GINT_TO_POINTER (TRUE));
  target = g_new0 (RestoreTarget, 1);
  target->app = app;
  g_set_weak_pointer (&target->window, window);
  od_recovery_dialog_offer (window, od_recovery_list (), restore_cb, target, (GDestroyNotify) restore_target_free);
}
