/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-inline-rename.c: renaming a unit in an editor over its box on the
 * chart (F2 or a double click), so that a workshop need not look away to
 * the side panel. */
#include "config.h"

#include <glib/gi18n.h>

#include "od-command.h"
#include "od-inline-rename.h"

typedef struct {
  GtkWidget  *parent;
  OdDocument *document;
  char       *unit_id;
} Rename;

static void
rename_free (Rename *rename)
{
  g_clear_object (&rename->document);
  g_free (rename->unit_id);
  g_free (rename);
}

static void
commit (GtkEntry   *entry,
        GtkPopover *popover)
{
  Rename *rename = g_object_get_data (G_OBJECT (popover), "od-rename");
  OdOrganisation *org = od_document_get_organisation (rename->document);
  const OdUnit *unit = od_organisation_lookup_unit (org, rename->unit_id);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autoptr(GError) error = NULL;
  OdCommand *command;

  if (unit != NULL && g_strcmp0 (text, od_unit_get_name (unit)) != 0)
    {
      command = od_command_set_unit_prop (org, rename->unit_id, OD_UNIT_PROP_NAME, text, &error);
      if (command == NULL || !od_document_push (rename->document, command, &error))
        {
          /* An empty name, say: say why and let the user type on. */
          gtk_widget_set_tooltip_text (GTK_WIDGET (entry), error != NULL ? error->message : NULL);
          gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
          return;
        }
    }
  gtk_popover_popdown (popover);
}

static gboolean
unparent_idle_cb (gpointer data)
{
  gtk_widget_unparent (data);
  g_object_unref (data);
  return G_SOURCE_REMOVE;
}

static void
closed_cb (GtkPopover *popover)
{
  Rename *rename = g_object_get_data (G_OBJECT (popover), "od-rename");

  gtk_widget_grab_focus (rename->parent);
  /* Not from inside its own signal. */
  g_idle_add (unparent_idle_cb, g_object_ref (popover));
}

void
od_inline_rename_start (GtkWidget          *parent,
                        OdDocument         *document,
                        const char         *unit_id,
                        const GdkRectangle *box)
{
  OdOrganisation *org;
  const OdUnit *unit;
  GtkWidget *popover, *entry;
  Rename *rename;

  g_return_if_fail (GTK_IS_WIDGET (parent));
  g_return_if_fail (OD_IS_DOCUMENT (document));
  g_return_if_fail (unit_id != NULL && box != NULL);

  org = od_document_get_organisation (document);
  unit = od_organisation_lookup_unit (org, unit_id);
  if (unit == NULL)
    return;
  rename = g_new0 (Rename, 1);
  rename->parent = parent;
  rename->document = g_object_ref (document);
  rename->unit_id = g_strdup (unit_id);

  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), od_unit_get_name (unit));
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 16);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Unit name"), -1);
  popover = gtk_popover_new ();
  gtk_widget_add_css_class (popover, "od-inline-rename");
  gtk_popover_set_child (GTK_POPOVER (popover), entry);
  gtk_popover_set_has_arrow (GTK_POPOVER (popover), FALSE);
  gtk_popover_set_position (GTK_POPOVER (popover), GTK_POS_BOTTOM);
  gtk_popover_set_pointing_to (GTK_POPOVER (popover), box);
  /* The editor sits over the box rather than beside it. */
  gtk_popover_set_offset (GTK_POPOVER (popover), 0, -box->height);
  g_object_set_data_full (G_OBJECT (popover), "od-rename", rename, (GDestroyNotify) rename_free);
  gtk_widget_set_parent (popover, parent);
  g_signal_connect (entry, "activate", G_CALLBACK (commit), popover);
  g_signal_connect (popover, "closed", G_CALLBACK (closed_cb), NULL);
  gtk_popover_popup (GTK_POPOVER (popover));
  gtk_widget_grab_focus (entry);
  gtk_editable_select_region (GTK_EDITABLE (entry), 0, -1);
}
