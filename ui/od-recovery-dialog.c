/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-recovery-dialog.c: the "restore unsaved work?" question. */
#include "config.h"

#include <glib/gi18n.h>

#include "od-recovery-dialog.h"

typedef struct {
  GPtrArray      *entries;
  OdRestoreFunc   restore;
  gpointer        user_data;
  GDestroyNotify  destroy;
} Offer;

static void
offer_free (Offer *offer)
{
  g_ptr_array_unref (offer->entries);
  if (offer->destroy != NULL)
    offer->destroy (offer->user_data);
  g_free (offer);
}

/* "Sales plan — last edited 2026-11-24 14:05" (the dialog's body lines). */
static char *
describe (const OdRecoveryEntry *entry)
{
  g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (entry->edited_usec / G_USEC_PER_SEC);
  g_autofree char *time = NULL;

  /* TRANSLATORS: a date and time as strftime formats it, e.g. "2026-11-24 14:05" */
  time = when ? g_date_time_format (when, _("%Y-%m-%d %H:%M")) : g_strdup ("?");
  g_autofree char *text = NULL;
  g_autofree char *original = NULL;

  /* TRANSLATORS: "Sales plan — last edited 2026-11-24 14:05" */
  text = g_strdup_printf (_("%s — last edited %s"), entry->title ? entry->title : _("Untitled"), time);
  /* Where a restored copy will be saved, shown before the user agrees, so
   * that an entry cannot quietly point a save at some other file. */
  if (entry->original_uri != NULL)
    original = g_filename_from_uri (entry->original_uri, NULL, NULL);
  if (original == NULL)
    return g_steal_pointer (&text);
  {
    g_autofree char *shown = g_filename_display_name (original);
    /* TRANSLATORS: the second line of a recovered document: the file it belongs to */
    return g_strdup_printf (_("%s\n   Original file: %s"), text, shown);
  }
}

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response,
             Offer            *offer)
{
  for (guint i = 0; i < offer->entries->len; i++)
    {
      const OdRecoveryEntry *entry = offer->entries->pdata[i];

      if (g_str_equal (response, "restore"))
        offer->restore (entry, offer->user_data);
      else if (g_str_equal (response, "discard"))
        od_recovery_entry_delete (entry);
    }
}

void
od_recovery_dialog_offer (GtkWindow      *parent,
                          GPtrArray      *entries,
                          OdRestoreFunc   restore,
                          gpointer        user_data,
                          GDestroyNotify  destroy)
{
  AdwMessageDialog *dialog;
  g_autoptr(GString) body = g_string_new (NULL);
  Offer *offer;

  g_return_if_fail (entries != NULL && restore != NULL);

  if (entries->len == 0)
    {
      g_ptr_array_unref (entries);
      if (destroy != NULL)
        destroy (user_data);
      return;
    }
  g_string_append (body, g_dngettext (GETTEXT_PACKAGE,
                                      "Org Designer closed without saving this document:",
                                      "Org Designer closed without saving these documents:",
                                      entries->len));
  for (guint i = 0; i < entries->len; i++)
    {
      g_autofree char *line = describe (entries->pdata[i]);
      g_string_append_printf (body, "\n• %s", line);
    }
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, _("Restore Unsaved Work?"), body->str));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "discard", _("_Discard"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "restore", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "restore");
  /* Escape decides nothing: the copies wait for the next start. */
  adw_message_dialog_set_close_response (dialog, "later");
  offer = g_new0 (Offer, 1);
  offer->entries = entries;
  offer->restore = restore;
  offer->user_data = user_data;
  offer->destroy = destroy;
  g_signal_connect_data (dialog, "response", G_CALLBACK (response_cb), offer, (GClosureNotify) (void (*) (void)) offer_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
