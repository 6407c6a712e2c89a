/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-coordination-editor.c: the Coordination Sheets and 313 Plans window.
 *
 * As in the Organisation Properties window, the rows never write the
 * organisation: each change becomes one command on the document's undo
 * stack, and the rows are built again from the organisation after it says
 * it changed (from an idle, since the change may come from the very row
 * that is being replaced), so that undo, redo and a reload show here. */
#include "config.h"

#include <glib/gi18n.h>

#include "od-coordination-editor.h"
#include "od-tool-window.h"

struct _OdCoordinationEditor {
  AdwPreferencesWindow parent_instance;

  OdDocument          *document;
  AdwPreferencesGroup *sheets_group;
  GPtrArray           *sheet_rows;      /* the expander rows now in sheets_group */
  GHashTable          *expanded;        /* ids of the sheets shown open */
  GPtrArray           *unit_ids;        /* the units combos' entries after "—" */
  GListModel          *units_model;     /* "—" and the units' names, shared by every combo */
  GtkWidget           *plan_rows[OD_N_HORIZONS][OD_N_PLAN_FIELDS];
  guint                rebuild_id;
  gboolean             refreshing;      /* rows set from the model: not an edit */
};

G_DEFINE_FINAL_TYPE (OdCoordinationEditor, od_coordination_editor, ADW_TYPE_PREFERENCES_WINDOW)

static gboolean rebuild_idle (gpointer data);

static OdOrganisation *
get_org (OdCoordinationEditor *self)
{
  return od_document_get_organisation (self->document);
}

/* Pushes @command, made with @error (passed by address: the command's
 * constructor has set it by the time this runs), or shows why not. */
static void
push (OdCoordinationEditor *self,
      OdCommand            *command,
      GError              **error)
{
  if (command != NULL && od_document_push (self->document, command, error))
    return;
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new ((*error)->message));
  g_clear_error (error);
  /* The refused text goes back to what the sheet says. */
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add (rebuild_idle, self);
}

/* ---- sheets ---- */

static char **
sheet_text (OdCoordinationSheet *sheet,
            OdSheetField         field)
{
  switch (field)
    {
    case OD_SHEET_FIELD_FROM: return &sheet->unit[OD_SHEET_FROM];
    case OD_SHEET_FIELD_TO: return &sheet->unit[OD_SHEET_TO];
    case OD_SHEET_FIELD_REQUIREMENT: return &sheet->requirement;
    case OD_SHEET_FIELD_DEADLINE: return &sheet->deadline;
    case OD_SHEET_FIELD_STANDARD: return &sheet->standard;
    case OD_SHEET_FIELD_RESPONSIBLE: return &sheet->responsible;
    case OD_SHEET_FIELD_REWARDS: return &sheet->rewards;
    case OD_SHEET_FIELD_FROM_SIGNER: return &sheet->signature[OD_SHEET_FROM].by;
    case OD_SHEET_FIELD_FROM_DATE: return &sheet->signature[OD_SHEET_FROM].date;
    case OD_SHEET_FIELD_TO_SIGNER: return &sheet->signature[OD_SHEET_TO].by;
    case OD_SHEET_FIELD_TO_DATE: return &sheet->signature[OD_SHEET_TO].date;
    default: return NULL;
    }
}

/* Sets @field of the sheet the row belongs to (@text for text and units,
 * @on for signatures) as one command, when it differs. */
static void
edit_sheet (OdCoordinationEditor *self,
            GtkWidget            *row,
            const char           *text,
            gboolean              on)
{
  const char *id = g_object_get_data (G_OBJECT (row), "od-sheet");
  OdSheetField field = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "od-field"));
  const OdCoordinationSheet *sheet = od_organisation_find_sheet (get_org (self), id);
  g_autoptr(OdCoordinationSheet) copy = NULL;
  GError *error = NULL;
  char **slot;

  if (self->refreshing || sheet == NULL)
    return;
  copy = od_coordination_sheet_copy (sheet);
  if (field == OD_SHEET_FIELD_FROM_SIGNED || field == OD_SHEET_FIELD_TO_SIGNED)
    {
      gboolean *is_signed = &copy->signature[field == OD_SHEET_FIELD_FROM_SIGNED ? OD_SHEET_FROM : OD_SHEET_TO].is_signed;
      if (!*is_signed == !on)
        return;
      *is_signed = on;
    }
  else
    {
      slot = sheet_text (copy, field);
      if (g_strcmp0 (*slot != NULL ? *slot : "", text) == 0)
        return;
      g_free (*slot);
      *slot = g_strdup (text);
    }
  push (self, od_command_set_sheet (get_org (self), copy, &error), &error);
}

static void
entry_apply_cb (GtkWidget            *row,
                OdCoordinationEditor *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  edit_sheet (self, row, text, FALSE);
}

static void
switch_cb (GtkSwitch            *sw,
           GParamSpec           *pspec,
           OdCoordinationEditor *self)
{
  edit_sheet (self, g_object_get_data (G_OBJECT (sw), "od-row"), NULL, gtk_switch_get_active (sw));
}

static void
combo_cb (AdwComboRow          *row,
          GParamSpec           *pspec,
          OdCoordinationEditor *self)
{
  guint selected = adw_combo_row_get_selected (row);

  if (selected == GTK_INVALID_LIST_POSITION)
    return;
  edit_sheet (self, GTK_WIDGET (row), selected == 0 ? "" : g_ptr_array_index (self->unit_ids, selected - 1), FALSE);
}

static void
tag (GtkWidget    *row,
     const char   *id,
     OdSheetField  field)
{
  g_object_set_data_full (G_OBJECT (row), "od-sheet", g_strdup (id), g_free);
  g_object_set_data (G_OBJECT (row), "od-field", GINT_TO_POINTER (field));
}

static void
add_entry (OdCoordinationEditor      *self,
           AdwExpanderRow            *expander,
           OdCoordinationSheet       *sheet,
           OdSheetField               field,
           const char                *title)
{
  GtkWidget *row = adw_entry_row_new ();
  const char *value = *sheet_text (sheet, field);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (row), value != NULL ? value : "");
  tag (row, sheet->id, field);
  g_signal_connect (row, "apply", G_CALLBACK (entry_apply_cb), self);
  g_signal_connect (row, "entry-activated", G_CALLBACK (entry_apply_cb), self);
  adw_expander_row_add_row (expander, row);
}

static void
add_switch (OdCoordinationEditor *self,
            AdwExpanderRow       *expander,
            OdCoordinationSheet  *sheet,
            OdSheetField          field,
            const char           *title)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *sw = gtk_switch_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
  gtk_switch_set_active (GTK_SWITCH (sw),
                         sheet->signature[field == OD_SHEET_FIELD_FROM_SIGNED ? OD_SHEET_FROM : OD_SHEET_TO].is_signed);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), sw);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), sw);
  tag (row, sheet->id, field);
  g_object_set_data (G_OBJECT (sw), "od-row", row);
  g_signal_connect (sw, "notify::active", G_CALLBACK (switch_cb), self);
  adw_expander_row_add_row (expander, row);
}

static GListModel *
units_model (OdCoordinationEditor *self)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  gtk_string_list_append (list, "—");
  for (guint i = 0; i < self->unit_ids->len; i++)
    gtk_string_list_append (list, od_unit_get_name (od_organisation_lookup_unit (get_org (self),
                                                                                 self->unit_ids->pdata[i])));
  return G_LIST_MODEL (list);
}

static void
add_combo (OdCoordinationEditor *self,
           AdwExpanderRow       *expander,
           OdCoordinationSheet  *sheet,
           OdSheetField          field,
           const char           *title)
{
  AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());
  const char *value = *sheet_text (sheet, field);
  guint selected = 0;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_combo_row_set_model (row, self->units_model);
  for (guint i = 0; value != NULL && i < self->unit_ids->len; i++)
    if (g_str_equal (self->unit_ids->pdata[i], value))
      selected = i + 1;
  adw_combo_row_set_selected (row, selected);
  tag (GTK_WIDGET (row), sheet->id, field);
  g_signal_connect (row, "notify::selected", G_CALLBACK (combo_cb), self);
  adw_expander_row_add_row (expander, GTK_WIDGET (row));
}

static void
expanded_cb (AdwExpanderRow       *row,
             GParamSpec           *pspec,
             OdCoordinationEditor *self)
{
  const char *id = g_object_get_data (G_OBJECT (row), "od-sheet");

  if (self->refreshing)
    return;
  if (adw_expander_row_get_expanded (row))
    g_hash_table_add (self->expanded, g_strdup (id));
  else
    g_hash_table_remove (self->expanded, id);
}

static char *
sheet_subtitle (OdCoordinationEditor      *self,
                const OdCoordinationSheet *sheet)
{
  OdUnit *from = sheet->unit[OD_SHEET_FROM] ? od_organisation_lookup_unit (get_org (self), sheet->unit[OD_SHEET_FROM]) : NULL;
  OdUnit *to = sheet->unit[OD_SHEET_TO] ? od_organisation_lookup_unit (get_org (self), sheet->unit[OD_SHEET_TO]) : NULL;

  /* Translators: requesting unit → performing unit · whether the sheet is complete */
  return g_strdup_printf (_("%s → %s · %s"), from ? od_unit_get_name (from) : "—", to ? od_unit_get_name (to) : "—",
                          od_coordination_sheet_is_complete (sheet, get_org (self))
                          ? _("complete, signed by both heads") : _("incomplete"));
}

static void
add_sheet_row (OdCoordinationEditor *self,
               OdCoordinationSheet  *sheet)
{
  GtkWidget *expander = adw_expander_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *subtitle = sheet_subtitle (self, sheet);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), sheet->requirement ? sheet->requirement : sheet->id);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), subtitle);
  gtk_widget_set_tooltip_text (remove, _("Remove this coordination sheet"));
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "coordination.remove-sheet");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "s", sheet->id);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (expander), remove);
  g_object_set_data_full (G_OBJECT (expander), "od-sheet", g_strdup (sheet->id), g_free);

  add_combo (self, ADW_EXPANDER_ROW (expander), sheet, OD_SHEET_FIELD_FROM, _("_Requesting department"));
  add_combo (self, ADW_EXPANDER_ROW (expander), sheet, OD_SHEET_FIELD_TO, _("_Performing department"));
  add_entry (self, ADW_EXPANDER_ROW (expander), sheet, OD_SHEET_FIELD_REQUIREMENT, _("Work _required"));
  add_entry (self, ADW_EXPANDER_ROW (expander), sheet, OD_SHEET_FIELD_DEADLINE, _("_Deadline (YYYY-MM-DD)"));
  add_entry (self, ADW_EXPANDER_ROW (expander), sheet, OD_SHEET_FIELD_STANDARD, _("_Evaluation standard"));
  add_entry (self, ADW_EXPANDER_ROW (expander), sheet, OD_SHEET_FIELD_RESPONSIBLE, _("Responsible _person"));
  add_entry (self, ADW_EXPANDER_ROW (expander), sheet, OD_SHEET_FIELD_REWARDS, _("Rewards and _penalties"));
  add_switch (self, ADW_EXPANDER_ROW (expander), sheet, OD_SHEET_FIELD_FROM_SIGNED, _("Signed by the requesting head"));
  add_entry (self, ADW_EXPANDER_ROW (expander), sheet, OD_SHEET_FIELD_FROM_SIGNER, _("Requesting head"));
  add_entry (self, ADW_EXPANDER_ROW (expander), sheet, OD_SHEET_FIELD_FROM_DATE, _("Requesting head signed on"));
  add_switch (self, ADW_EXPANDER_ROW (expander), sheet, OD_SHEET_FIELD_TO_SIGNED, _("Signed by the performing head"));
  add_entry (self, ADW_EXPANDER_ROW (expander), sheet, OD_SHEET_FIELD_TO_SIGNER, _("Performing head"));
  add_entry (self, ADW_EXPANDER_ROW (expander), sheet, OD_SHEET_FIELD_TO_DATE, _("Performing head signed on"));

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), g_hash_table_contains (self->expanded, sheet->id));
  g_signal_connect (expander, "notify::expanded", G_CALLBACK (expanded_cb), self);
  adw_preferences_group_add (self->sheets_group, expander);
  g_ptr_array_add (self->sheet_rows, expander);
}

/* ---- plans ---- */

static char **
plan_text (OdPlanHorizon *plan,
           OdPlanField    field)
{
  switch (field)
    {
    case OD_PLAN_FIELD_PERIOD: return &plan->period;
    case OD_PLAN_FIELD_OWNER: return &plan->owner;
    case OD_PLAN_FIELD_SUMMARY: return &plan->summary;
    case OD_PLAN_FIELD_BASIS: return &plan->basis;
    default: return NULL;
    }
}

static void
plan_entry_cb (GtkWidget            *row,
               OdCoordinationEditor *self)
{
  OdHorizon horizon = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "od-horizon"));
  OdPlanField field = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "od-field"));
  const OdPlanHorizon *plan = od_organisation_find_plan (get_org (self), horizon);
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  g_autoptr(OdPlanHorizon) copy = NULL;
  GError *error = NULL;
  char **slot;

  if (self->refreshing)
    return;
  /* Typing into a plan not recorded yet records it. */
  copy = plan != NULL ? od_plan_horizon_copy (plan) : od_plan_horizon_new (horizon);
  slot = plan_text (copy, field);
  if (plan != NULL && g_strcmp0 (*slot != NULL ? *slot : "", text) == 0)
    return;
  g_free (*slot);
  *slot = g_strdup (text);
  push (self, od_command_set_plan (get_org (self), copy, &error), &error);
}

static void
plan_switch_cb (GtkSwitch            *sw,
                GParamSpec           *pspec,
                OdCoordinationEditor *self)
{
  OdHorizon horizon = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (sw), "od-horizon"));
  gboolean recorded = od_organisation_find_plan (get_org (self), horizon) != NULL;
  GError *error = NULL;

  if (self->refreshing || recorded == gtk_switch_get_active (sw))
    return;
  if (recorded)
    push (self, od_command_remove_plan (get_org (self), horizon, &error), &error);
  else
    {
      g_autoptr(OdPlanHorizon) plan = od_plan_horizon_new (horizon);
      push (self, od_command_set_plan (get_org (self), plan, &error), &error);
    }
}

static void
build_plans (OdCoordinationEditor *self,
             AdwPreferencesPage   *page)
{
  static const char *const descriptions[OD_N_HORIZONS] = {
    N_("Growth points of the market and changes in demand."),
    N_("Key target markets and control of marketing costs."),
    N_("Marketing activities and their budget."),
  };
  static const char *const titles[OD_N_PLAN_FIELDS] = {
    NULL, N_("Pe_riod"), N_("_Drawn up by"), N_("What it _plans"), N_("Figures it _rests on"),
  };

  for (OdHorizon h = 0; h < OD_N_HORIZONS; h++)
    {
      AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *sw = gtk_switch_new ();

      adw_preferences_group_set_title (group, od_horizon_get_display_name (h));
      adw_preferences_group_set_description (group, _(descriptions[h]));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Recorded"));
      gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), sw);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), sw);
      g_object_set_data (G_OBJECT (sw), "od-horizon", GINT_TO_POINTER (h));
      g_signal_connect (sw, "notify::active", G_CALLBACK (plan_switch_cb), self);
      adw_preferences_group_add (group, row);
      self->plan_rows[h][OD_PLAN_FIELD_RECORDED] = row;
      for (OdPlanField f = OD_PLAN_FIELD_PERIOD; f < OD_N_PLAN_FIELDS; f++)
        {
          GtkWidget *entry = adw_entry_row_new ();

          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), _(titles[f]));
          adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (entry), TRUE);
          adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (entry), TRUE);
          g_object_set_data (G_OBJECT (entry), "od-horizon", GINT_TO_POINTER (h));
          g_object_set_data (G_OBJECT (entry), "od-field", GINT_TO_POINTER (f));
          g_signal_connect (entry, "apply", G_CALLBACK (plan_entry_cb), self);
          g_signal_connect (entry, "entry-activated", G_CALLBACK (plan_entry_cb), self);
          adw_preferences_group_add (group, entry);
          self->plan_rows[h][f] = entry;
        }
      adw_preferences_page_add (page, group);
    }
}

static void
refresh_plans (OdCoordinationEditor *self)
{
  for (OdHorizon h = 0; h < OD_N_HORIZONS; h++)
    {
      const OdPlanHorizon *plan = od_organisation_find_plan (get_org (self), h);
      GtkWidget *sw = adw_action_row_get_activatable_widget (ADW_ACTION_ROW (self->plan_rows[h][OD_PLAN_FIELD_RECORDED]));

      gtk_switch_set_active (GTK_SWITCH (sw), plan != NULL);
      for (OdPlanField f = OD_PLAN_FIELD_PERIOD; f < OD_N_PLAN_FIELDS; f++)
        {
          const char *value = plan != NULL ? *plan_text ((OdPlanHorizon *) plan, f) : NULL;
          GtkEditable *entry = GTK_EDITABLE (self->plan_rows[h][f]);

          if (g_strcmp0 (gtk_editable_get_text (entry), value != NULL ? value : "") != 0)
            gtk_editable_set_text (entry, value != NULL ? value : "");
        }
    }
}

/* ---- the whole window ---- */

static void
rebuild (OdCoordinationEditor *self)
{
  GPtrArray *sheets = od_organisation_get_sheets (get_org (self));
  g_autoptr(GPtrArray) units = od_organisation_list_units (get_org (self));
  g_autofree char *title = g_strdup_printf (_("Coordination Sheets and 313 Plans — %s"),
                                            od_document_get_title (self->document));

  self->refreshing = TRUE;
  gtk_window_set_title (GTK_WINDOW (self), title);
  for (guint i = 0; i < self->sheet_rows->len; i++)
    adw_preferences_group_remove (self->sheets_group, self->sheet_rows->pdata[i]);
  g_ptr_array_set_size (self->sheet_rows, 0);
  g_ptr_array_set_size (self->unit_ids, 0);
  for (guint i = 0; i < units->len; i++)
    g_ptr_array_add (self->unit_ids, g_strdup (od_unit_get_id (units->pdata[i])));
  /* One list for all the sheets' combos: a group of 100,000 units is not
   * copied once per sheet. */
  g_clear_object (&self->units_model);
  self->units_model = units_model (self);
  for (guint i = 0; i < sheets->len; i++)
    add_sheet_row (self, sheets->pdata[i]);
  refresh_plans (self);
  self->refreshing = FALSE;
}

static gboolean
rebuild_idle (gpointer data)
{
  OdCoordinationEditor *self = data;

  self->rebuild_id = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

static void
organisation_changed_cb (OdCoordinationEditor *self,
                         int                   kind,
                         const OdUnit         *unit,
                         OdOrganisation       *org)
{
  if (self->document == NULL)
    return;
  if (kind != OD_CHANGE_MECHANISMS && kind != OD_CHANGE_RELOADED && kind != OD_CHANGE_UNIT_ADDED &&
      kind != OD_CHANGE_UNIT_REMOVED && kind != OD_CHANGE_UNIT_PROPERTY)
    return;
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add (rebuild_idle, self);
}

static void
add_sheet_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  OdCoordinationEditor *self = OD_COORDINATION_EDITOR (widget);
  g_autoptr(OdCoordinationSheet) sheet = od_coordination_sheet_new ();
  GError *error = NULL;

  /* The new sheet opens, ready to be filled in. */
  sheet->id = od_organisation_make_sheet_id (get_org (self));
  g_hash_table_add (self->expanded, g_strdup (sheet->id));
  push (self, od_command_set_sheet (get_org (self), sheet, &error), &error);
}

static void
remove_sheet_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  OdCoordinationEditor *self = OD_COORDINATION_EDITOR (widget);
  GError *error = NULL;

  push (self, od_command_remove_sheet (get_org (self), g_variant_get_string (parameter, NULL), &error), &error);
}

static void
od_coordination_editor_dispose (GObject *object)
{
  OdCoordinationEditor *self = OD_COORDINATION_EDITOR (object);

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  g_clear_object (&self->document);
  g_clear_object (&self->units_model);
  G_OBJECT_CLASS (od_coordination_editor_parent_class)->dispose (object);
}

static void
od_coordination_editor_finalize (GObject *object)
{
  OdCoordinationEditor *self = OD_COORDINATION_EDITOR (object);

  g_ptr_array_unref (self->sheet_rows);
  g_ptr_array_unref (self->unit_ids);
  g_hash_table_unref (self->expanded);
  G_OBJECT_CLASS (od_coordination_editor_parent_class)->finalize (object);
}

static void
od_coordination_editor_class_init (OdCoordinationEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = od_coordination_editor_dispose;
  object_class->finalize = od_coordination_editor_finalize;
  gtk_widget_class_install_action (widget_class, "coordination.add-sheet", NULL, add_sheet_action);
  gtk_widget_class_install_action (widget_class, "coordination.remove-sheet", "s", remove_sheet_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  od_tool_window_class_add_undo (widget_class);
}

static void
od_coordination_editor_init (OdCoordinationEditor *self)
{
  AdwPreferencesPage *sheets_page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  AdwPreferencesPage *plans_page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  AdwPreferencesGroup *plans_intro = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  GtkWidget *add = gtk_button_new_from_icon_name ("list-add-symbolic");

  self->sheet_rows = g_ptr_array_new ();
  self->unit_ids = g_ptr_array_new_with_free_func (g_free);
  self->expanded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  adw_preferences_window_set_search_enabled (ADW_PREFERENCES_WINDOW (self), FALSE);
  gtk_window_set_default_size (GTK_WINDOW (self), 620, 640);

  adw_preferences_page_set_title (sheets_page, _("Coordination Sheets"));
  adw_preferences_page_set_icon_name (sheets_page, "x-office-document-symbolic");
  self->sheets_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->sheets_group, _("Work coordination sheets"));
  adw_preferences_group_set_description (self->sheets_group,
                                         _("Work between departments goes on a sheet: the work required, the deadline, the evaluation standard, the responsible person, the rewards and penalties, signed by both heads."));
  gtk_widget_set_tooltip_text (add, _("Add a coordination sheet"));
  gtk_widget_add_css_class (add, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "coordination.add-sheet");
  adw_preferences_group_set_header_suffix (self->sheets_group, add);
  adw_preferences_page_add (sheets_page, self->sheets_group);

  adw_preferences_page_set_title (plans_page, _("313 Plans"));
  adw_preferences_page_set_icon_name (plans_page, "x-office-calendar-symbolic");
  adw_preferences_group_set_description (plans_intro,
                                         _("The 313 planning rule: a 3-year, a 1-year and a 3-month marketing plan, each resting on figures."));
  adw_preferences_page_add (plans_page, plans_intro);
  build_plans (self, plans_page);

  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), sheets_page);
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), plans_page);
}

OdCoordinationEditor *
od_coordination_editor_new (GtkWindow  *parent,
                            OdDocument *document)
{
  OdCoordinationEditor *self;

  g_return_val_if_fail (OD_IS_DOCUMENT (document), NULL);

  self = g_object_new (OD_TYPE_COORDINATION_EDITOR,
                       "transient-for", parent,
                       "destroy-with-parent", TRUE,
                       "modal", FALSE,
                       NULL);
  self->document = g_object_ref (document);
  od_tool_window_set_document (GTK_WINDOW (self), self->document);
  g_signal_connect_object (get_org (self), "changed", G_CALLBACK (organisation_changed_cb),
                           self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  rebuild (self);
  return self;
}

OdCoordinationEditor *
od_coordination_editor_present (GtkWindow  *parent,
                                OdDocument *document)
{
  return (OdCoordinationEditor *) od_tool_window_present (parent, "od-coordination-editor", document, (OdToolWindowNew) od_coordination_editor_new);
}

static GtkWidget *
find_child_row (AdwExpanderRow *expander,
                OdSheetField    field)
{
  /* The rows added to an expander live in its list box, a few levels down. */
  GtkWidget *widget = GTK_WIDGET (expander);
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();

  g_ptr_array_add (stack, widget);
  while (stack->len > 0)
    {
      GtkWidget *w = g_ptr_array_steal_index (stack, stack->len - 1);

      if (w != widget && g_object_get_data (G_OBJECT (w), "od-sheet") != NULL &&
          GPOINTER_TO_INT (g_object_get_data (G_OBJECT (w), "od-field")) == (int) field &&
          ADW_IS_PREFERENCES_ROW (w))
        return w;
      for (GtkWidget *c = gtk_widget_get_first_child (w); c != NULL; c = gtk_widget_get_next_sibling (c))
        g_ptr_array_add (stack, c);
    }
  return NULL;
}

GtkWidget *
od_coordination_editor_get_sheet_row (OdCoordinationEditor *self,
                                      const char           *sheet_id,
                                      OdSheetField          field)
{
  g_return_val_if_fail (OD_IS_COORDINATION_EDITOR (self), NULL);
  g_return_val_if_fail (field < OD_N_SHEET_FIELDS, NULL);

  for (guint i = 0; i < self->sheet_rows->len; i++)
    if (g_strcmp0 (g_object_get_data (self->sheet_rows->pdata[i], "od-sheet"), sheet_id) == 0)
      return find_child_row (self->sheet_rows->pdata[i], field);
  return NULL;
}

GtkWidget *
od_coordination_editor_get_plan_row (OdCoordinationEditor *self,
                                     OdHorizon             horizon,
                                     OdPlanField           field)
{
  g_return_val_if_fail (OD_IS_COORDINATION_EDITOR (self), NULL);
  g_return_val_if_fail (horizon < OD_N_HORIZONS && field < OD_N_PLAN_FIELDS, NULL);

  return self->plan_rows[horizon][field];
}
