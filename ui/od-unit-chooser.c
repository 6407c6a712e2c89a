/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-unit-chooser.c: choosing the unit another unit will report to. */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "od-chooser-search.h"
#include "od-ui.h"
#include "od-unit-chooser.h"

struct _OdUnitChooser
{
  AdwWindow       parent_instance;

  AdwWindowTitle *window_title;
  GtkWidget      *search_entry;
  GtkListBox     *list_box;

  char           *needle;   /* case-folded search text, or NULL */
};

enum {
  UNIT_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (OdUnitChooser, od_unit_chooser, ADW_TYPE_WINDOW)

static gboolean
filter_cb (GtkListBoxRow *row,
           gpointer       user_data)
{
  OdUnitChooser *self = user_data;
  const char *folded = g_object_get_data (G_OBJECT (row), "od-folded-name");

  return self->needle == NULL || strstr (folded, self->needle) != NULL;
}

static void
search_changed_cb (OdUnitChooser *self)
{
  od_unit_chooser_filter (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
choose (OdUnitChooser *self,
        GtkListBoxRow *row)
{
  g_signal_emit (self, signals[UNIT_CHOSEN], 0, g_object_get_data (G_OBJECT (row), "od-unit-id"));
  gtk_window_close (GTK_WINDOW (self));
}

static void
row_activated_cb (OdUnitChooser *self,
                  GtkListBoxRow *row)
{
  choose (self, row);
}

/* Enter in the search field takes the first unit shown that can be chosen. */
static void
search_activate_cb (OdUnitChooser *self)
{
  GtkListBoxRow *row;

  /* The search entry reports typing only after a pause: Enter typed at
   * once would take the first row of the list filtered for what the
   * field held before. */
  search_changed_cb (self);
  row = od_chooser_search_first_choice (self->list_box);

  if (row != NULL)
    choose (self, row);
}

static void
od_unit_chooser_finalize (GObject *object)
{
  OdUnitChooser *self = OD_UNIT_CHOOSER (object);

  g_free (self->needle);

  G_OBJECT_CLASS (od_unit_chooser_parent_class)->finalize (object);
}

static void
od_unit_chooser_class_init (OdUnitChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = od_unit_chooser_finalize;

  /**
   * OdUnitChooser::unit-chosen:
   * @unit_id: the id of the chosen unit
   */
  signals[UNIT_CHOSEN] = g_signal_new ("unit-chosen",
                                       G_TYPE_FROM_CLASS (klass),
                                       G_SIGNAL_RUN_LAST,
                                       0, NULL, NULL, NULL,
                                       G_TYPE_NONE, 1, G_TYPE_STRING);

  od_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, OD_UI_RESOURCE_PATH "/od-unit-chooser.ui");
  gtk_widget_class_bind_template_child (widget_class, OdUnitChooser, window_title);
  gtk_widget_class_bind_template_child (widget_class, OdUnitChooser, search_entry);
  gtk_widget_class_bind_template_child (widget_class, OdUnitChooser, list_box);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, gtk_window_close);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
od_unit_chooser_init (OdUnitChooser *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_filter_func (self->list_box, filter_cb, self, NULL);
}

void
od_unit_chooser_set_purpose (OdUnitChooser *self,
                             const char    *title,
                             const char    *subtitle)
{
  g_return_if_fail (OD_IS_UNIT_CHOOSER (self));

  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), title);
}

OdUnitChooser *
od_unit_chooser_new (GtkWindow      *parent,
                     OdOrganisation *org,
                     const OdUnit   *moving)
{
  OdUnitChooser *self = g_object_new (OD_TYPE_UNIT_CHOOSER, "transient-for", parent, NULL);
  g_autoptr(GPtrArray) units = od_organisation_list_units (org);
  g_autofree char *title = g_strdup_printf (_("Move “%s” To"), od_unit_get_name (moving));

  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, _("Choose the unit it will report to"));
  gtk_window_set_title (GTK_WINDOW (self), title);
  for (guint i = 0; i < units->len; i++)
    {
      const OdUnit *unit = units->pdata[i];
      GtkWidget *row = adw_action_row_new ();
      /* Below itself would make a cycle; its own parent changes nothing. */
      gboolean allowed = !od_unit_is_within (unit, moving) && od_unit_get_parent (moving) != unit;

      /* Names are text, not markup: “R&D” must show as typed. */
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), od_unit_get_name (unit));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), od_unit_kind_get_display_name (od_unit_get_kind (unit)));
      gtk_widget_set_margin_start (row, 18 * MIN (od_unit_get_depth (unit), 12));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), allowed);
      gtk_widget_set_sensitive (row, allowed);
      g_object_set_data_full (G_OBJECT (row), "od-unit-id", g_strdup (od_unit_get_id (unit)), g_free);
      g_object_set_data_full (G_OBJECT (row), "od-folded-name",
                              g_utf8_casefold (od_unit_get_name (unit), -1), g_free);
      gtk_list_box_append (self->list_box, row);
    }
  return self;
}

void
od_unit_chooser_set_allowed (OdUnitChooser *self,
                             gboolean     (*allowed) (const char *unit_id,
                                                      gpointer    user_data),
                             gpointer       user_data)
{
  g_return_if_fail (OD_IS_UNIT_CHOOSER (self));
  g_return_if_fail (allowed != NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child))
      {
        gboolean ok = allowed (g_object_get_data (G_OBJECT (child), "od-unit-id"), user_data);

        gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (child), ok);
        gtk_widget_set_sensitive (child, ok);
      }
}

guint
od_unit_chooser_filter (OdUnitChooser *self,
                        const char    *text)
{
  g_return_val_if_fail (OD_IS_UNIT_CHOOSER (self), 0);

  od_chooser_search_set_text (GTK_EDITABLE (self->search_entry), G_CALLBACK (search_changed_cb), self,
                              text, &self->needle);
  gtk_list_box_invalidate_filter (self->list_box);
  return od_chooser_search_count_shown (self->list_box, filter_cb, self);
}
