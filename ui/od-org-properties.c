/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-org-properties.c: the Organisation Properties window.
 *
 * The rows never write the organisation: each change becomes the model's
 * set-org-prop command on the document's undo stack, and the rows are read
 * again from the organisation whenever it says it changed, so that undo,
 * redo and a reload show here as in the chart. */
#include "config.h"

#include <glib/gi18n.h>

#include "od-business.h"
#include "od-org-properties.h"
#include "od-tool-window.h"

struct _OdOrgProperties {
  AdwPreferencesWindow parent_instance;

  OdDocument *document;
  AdwEntryRow *name_row;
  AdwComboRow *size_row;
  AdwComboRow *business_row;
  AdwComboRow *focus_row;
  AdwComboRow *task_row;
  /* TRUE while the rows are set from the model: not an edit to push. */
  gboolean refreshing;
};

G_DEFINE_FINAL_TYPE (OdOrgProperties, od_org_properties, ADW_TYPE_PREFERENCES_WINDOW)

/* Stored values and their names; "" stands for "not said". */
typedef struct {
  const char *value;
  const char *context;
  const char *label;
} Choice;

static const Choice size_choices[] = {
  { "small", "firm size", NC_("firm size", "Small") },
  { "medium", "firm size", NC_("firm size", "Medium") },
  { "large", "firm size", NC_("firm size", "Large") },
  { NULL, NULL, NULL },
};

static const Choice focus_choices[] = {
  { "", "marketing focus", NC_("marketing focus", "Not set") },
  { "channel", "marketing focus", NC_("marketing focus", "Sales channels") },
  { "promotion", "marketing focus", NC_("marketing focus", "Promotion") },
  { "brand", "marketing focus", NC_("marketing focus", "Brand") },
  { "new-product", "marketing focus", NC_("marketing focus", "New products") },
  { "share-growth", "marketing focus", NC_("marketing focus", "Market share growth") },
  { NULL, NULL, NULL },
};

static const Choice task_choices[] = {
  { "", "core task", NC_("core task", "Not set") },
  { "new-product", "core task", NC_("core task", "Launching a new product") },
  { "brand-building", "core task", NC_("core task", "Building the brand") },
  { "share-growth", "core task", NC_("core task", "Growing market share") },
  { NULL, NULL, NULL },
};

static GListModel *
choices_model (const Choice *choices)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; choices[i].value != NULL; i++)
    gtk_string_list_append (list, g_dpgettext2 (GETTEXT_PACKAGE, choices[i].context, choices[i].label));
  return G_LIST_MODEL (list);
}

static guint
choice_index (const Choice *choices,
              const char   *value)
{
  for (guint i = 0; choices[i].value != NULL; i++)
    if (g_strcmp0 (choices[i].value, value != NULL ? value : "") == 0)
      return i;
  return 0;
}

static OdOrganisation *
get_org (OdOrgProperties *self)
{
  return od_document_get_organisation (self->document);
}

/* The business type as the checks read it: a file that does not say is a
 * manufacturer's (od-business.h). */
static const char *
effective_business (OdOrganisation *org)
{
  const char *business = od_organisation_get_business (org);

  return business != NULL && business[0] != '\0' ? business : "manufacturing";
}

static void
refresh (OdOrgProperties *self)
{
  OdOrganisation *org = get_org (self);
  const char * const *businesses = od_business_list ();
  const char *business = effective_business (org);
  g_autofree char *title = g_strdup_printf (_("Organisation Properties — %s"), od_document_get_title (self->document));

  self->refreshing = TRUE;
  gtk_window_set_title (GTK_WINDOW (self), title);
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->name_row)), od_organisation_get_name (org)) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->name_row), od_organisation_get_name (org));
  adw_combo_row_set_selected (self->size_row,
                              choice_index (size_choices, od_size_to_string (od_organisation_get_size (org))));
  for (guint i = 0; businesses[i] != NULL; i++)
    if (g_strcmp0 (businesses[i], business) == 0)
      adw_combo_row_set_selected (self->business_row, i);
  adw_combo_row_set_selected (self->focus_row, choice_index (focus_choices, od_organisation_get_focus (org)));
  adw_combo_row_set_selected (self->task_row, choice_index (task_choices, od_organisation_get_task (org)));
  self->refreshing = FALSE;
}

static void
organisation_changed_cb (OdOrgProperties *self,
                         int              kind,
                         const OdUnit    *unit,
                         OdOrganisation  *org)
{
  if (kind == OD_CHANGE_ORGANISATION || kind == OD_CHANGE_RELOADED)
    refresh (self);
}

/* Pushes the command for @prop = @value, or says in a toast-less window
 * why not (the value came from a fixed list, so only a bug refuses it). */
static void
push (OdOrgProperties *self,
      OdOrgProp        prop,
      const char      *value)
{
  g_autoptr(GError) error = NULL;
  OdCommand *command;

  if (self->refreshing)
    return;
  command = od_command_set_org_prop (get_org (self), prop, value, &error);
  if (command == NULL || !od_document_push (self->document, command, &error))
    {
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (error->message));
      refresh (self);
    }
}

static void
name_apply_cb (OdOrgProperties *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));

  if (self->refreshing || g_strcmp0 (name, od_organisation_get_name (get_org (self))) == 0)
    return;
  if (name[0] == '\0')
    {
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                        adw_toast_new (_("An organisation needs a name")));
      refresh (self);
      return;
    }
  push (self, OD_ORG_PROP_NAME, name);
}

static void
size_selected_cb (OdOrgProperties *self)
{
  const char *value = size_choices[adw_combo_row_get_selected (self->size_row)].value;

  if (g_strcmp0 (value, od_size_to_string (od_organisation_get_size (get_org (self)))) != 0)
    push (self, OD_ORG_PROP_SIZE, value);
}

static void
business_selected_cb (OdOrgProperties *self)
{
  const char *value = od_business_list ()[adw_combo_row_get_selected (self->business_row)];

  if (g_strcmp0 (value, effective_business (get_org (self))) != 0)
    push (self, OD_ORG_PROP_BUSINESS, value);
}

static void
focus_selected_cb (OdOrgProperties *self)
{
  const char *value = focus_choices[adw_combo_row_get_selected (self->focus_row)].value;
  const char *focus = od_organisation_get_focus (get_org (self));

  if (g_strcmp0 (value, focus != NULL ? focus : "") != 0)
    push (self, OD_ORG_PROP_FOCUS, value[0] != '\0' ? value : NULL);
}

static void
task_selected_cb (OdOrgProperties *self)
{
  const char *value = task_choices[adw_combo_row_get_selected (self->task_row)].value;
  const char *task = od_organisation_get_task (get_org (self));

  if (g_strcmp0 (value, task != NULL ? task : "") != 0)
    push (self, OD_ORG_PROP_TASK, value[0] != '\0' ? value : NULL);
}

static AdwComboRow *
add_combo (AdwPreferencesGroup *group,
           const char          *title,
           const char          *subtitle,
           GListModel          *model)
{
  AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_combo_row_set_model (row, model);
  g_object_unref (model);
  adw_preferences_group_add (group, GTK_WIDGET (row));
  return row;
}

static void
od_org_properties_dispose (GObject *object)
{
  OdOrgProperties *self = OD_ORG_PROPERTIES (object);

  g_clear_object (&self->document);
  G_OBJECT_CLASS (od_org_properties_parent_class)->dispose (object);
}

static void
od_org_properties_class_init (OdOrgPropertiesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = od_org_properties_dispose;
  /* Esc closes it as any secondary window; undo and redo work here too,
   * so that a change can be taken back without going to the chart. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  od_tool_window_class_add_undo (widget_class);
}

static void
od_org_properties_init (OdOrgProperties *self)
{
  AdwPreferencesPage *page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  AdwPreferencesGroup *firm = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwPreferencesGroup *marketing = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  GtkStringList *businesses = gtk_string_list_new (NULL);

  adw_preferences_window_set_search_enabled (ADW_PREFERENCES_WINDOW (self), FALSE);
  gtk_window_set_default_size (GTK_WINDOW (self), 560, 520);

  adw_preferences_group_set_title (firm, _("Organisation"));
  adw_preferences_group_set_description (firm, _("What the checks and the diagnosis take the firm to be."));
  self->name_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->name_row), _("_Name"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->name_row), TRUE);
  adw_entry_row_set_show_apply_button (self->name_row, TRUE);
  adw_preferences_group_add (firm, GTK_WIDGET (self->name_row));
  self->size_row = add_combo (firm, _("Firm _size"), _("Which structure the sources prescribe"),
                              choices_model (size_choices));
  for (const char * const *b = od_business_list (); *b != NULL; b++)
    gtk_string_list_append (businesses, od_business_get_display_name (*b));
  self->business_row = add_combo (firm, _("_Business type"),
                                  _("Which supply-chain departments the firm needs"),
                                  G_LIST_MODEL (businesses));

  adw_preferences_group_set_title (marketing, _("Marketing"));
  adw_preferences_group_set_description (marketing,
                                         _("Who should lead the processes that sales and marketing share follows from these."));
  self->focus_row = add_combo (marketing, _("Marketing _focus"), NULL, choices_model (focus_choices));
  self->task_row = add_combo (marketing, _("Core _task"), _("What the firm is working on now"),
                              choices_model (task_choices));

  adw_preferences_page_add (page, firm);
  adw_preferences_page_add (page, marketing);
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), page);

  g_signal_connect_swapped (self->name_row, "apply", G_CALLBACK (name_apply_cb), self);
  g_signal_connect_swapped (self->name_row, "entry-activated", G_CALLBACK (name_apply_cb), self);
  g_signal_connect_swapped (self->size_row, "notify::selected", G_CALLBACK (size_selected_cb), self);
  g_signal_connect_swapped (self->business_row, "notify::selected", G_CALLBACK (business_selected_cb), self);
  g_signal_connect_swapped (self->focus_row, "notify::selected", G_CALLBACK (focus_selected_cb), self);
  g_signal_connect_swapped (self->task_row, "notify::selected", G_CALLBACK (task_selected_cb), self);
}

OdOrgProperties *
od_org_properties_new (GtkWindow  *parent,
                       OdDocument *document)
{
  OdOrgProperties *self;

  g_return_val_if_fail (OD_IS_DOCUMENT (document), NULL);

  self = g_object_new (OD_TYPE_ORG_PROPERTIES,
                       "transient-for", parent,
                       "destroy-with-parent", TRUE,
                       "modal", FALSE,
                       NULL);
  self->document = g_object_ref (document);
  od_tool_window_set_document (GTK_WINDOW (self), self->document);
  /* Connected after the document's own handler, which recomputes nothing
   * the rows read: the order only keeps the rows last to update. */
  g_signal_connect_object (get_org (self), "changed", G_CALLBACK (organisation_changed_cb),
                           self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  refresh (self);
  return self;
}

OdOrgProperties *
od_org_properties_present (GtkWindow  *parent,
                           OdDocument *document)
{
  return (OdOrgProperties *) od_tool_window_present (parent, "od-org-properties", document, (OdToolWindowNew) od_org_properties_new);
}

GtkWidget *
od_org_properties_get_row (OdOrgProperties *self,
                           OdOrgProp        prop)
{
  g_return_val_if_fail (OD_IS_ORG_PROPERTIES (self), NULL);

  switch (prop)
    {
    case OD_ORG_PROP_NAME: return GTK_WIDGET (self->name_row);
    case OD_ORG_PROP_SIZE: return GTK_WIDGET (self->size_row);
    case OD_ORG_PROP_BUSINESS: return GTK_WIDGET (self->business_row);
    case OD_ORG_PROP_FOCUS: return GTK_WIDGET (self->focus_row);
    case OD_ORG_PROP_TASK: return GTK_WIDGET (self->task_row);
    default: return NULL;
    }
}
