/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-inspector.c: the properties and functions of the selected unit. */
#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "od-catalog.h"
#include "od-function-chooser.h"
#include "od-inspector.h"
#include "od-ui.h"

struct _OdInspector
{
  AdwBin       parent_instance;

  GtkStack    *stack;
  AdwEntryRow *name_row;
  AdwComboRow *kind_row;
  AdwEntryRow *head_row;
  AdwEntryRow *headcount_row;
  AdwComboRow *scope_kind_row;
  AdwEntryRow *scope_row;
  GtkSwitch   *assistant_switch;
  GtkTextView *notes_view;
  GtkListBox  *functions_list;
  GtkListBox  *dotted_list;

  OdUnitTree  *tree;
  char        *unit_id;      /* the unit shown; the notes belong to it */
  gboolean     updating;     /* filling the fields: not an edit */
};

enum {
  EDITING_DONE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (OdInspector, od_inspector, ADW_TYPE_BIN)

static OdOrganisation *
get_org (OdInspector *self)
{
  return od_document_get_organisation (od_unit_tree_get_document (self->tree));
}

static void
toast (OdInspector *self,
       const char  *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
  else
    g_message ("%s", message);
}

/* Pushes the command made by the caller, or reports why it was refused. */
static gboolean
push (OdInspector *self,
      OdCommand   *command,
      GError      *error)
{
  g_autoptr(GError) owned = error;

  if (command != NULL
      && od_document_push (od_unit_tree_get_document (self->tree), command, &owned))
    return TRUE;
  if (owned != NULL)
    toast (self, owned->message);
  return FALSE;
}

static guint scope_kind_index (const char *kind);

static void
set_prop (OdInspector *self,
          OdUnitProp   prop,
          const char  *value)
{
  GError *error = NULL;
  OdCommand *command;

  if (self->tree == NULL || self->unit_id == NULL)
    return;
  command = od_command_set_unit_prop (get_org (self), self->unit_id, prop, value, &error);
  push (self, command, error);
}

/* ---- the fields ---- */

static void
set_entry_text (AdwEntryRow *row,
                const char  *text)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), text != NULL ? text : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static void
role_selected_cb (GtkDropDown *drop_down,
                  GParamSpec  *pspec,
                  OdInspector *self)
{
  const char *function_id = g_object_get_data (G_OBJECT (drop_down), "od-function-id");
  GError *error = NULL;
  OdCommand *command;
  OdRole role = (OdRole) gtk_drop_down_get_selected (drop_down);

  if (self->updating || self->unit_id == NULL)
    return;
  command = od_command_set_assignment (get_org (self), self->unit_id, function_id, role, &error);
  push (self, command, error);
}

static void
remove_function_cb (GtkButton   *button,
                    OdInspector *self)
{
  const char *function_id = g_object_get_data (G_OBJECT (button), "od-function-id");
  GError *error = NULL;
  OdCommand *command;

  if (self->unit_id == NULL)
    return;
  command = od_command_set_assignment (get_org (self), self->unit_id, function_id, OD_ROLE_NONE, &error);
  push (self, command, error);
}

static GtkWidget *
make_function_row (OdInspector        *self,
                   const OdAssignment *assignment)
{
  OdCatalog *catalog = od_catalog_get_default ();
  const OdFunction *function = od_catalog_lookup_function (catalog, assignment->function_id);
  const OdArea *area = function != NULL ? od_catalog_lookup_area (catalog, function->area) : NULL;
  OdLang lang = od_lang_for_user ();
  const char *roles[] = {
    od_role_get_display_name (OD_ROLE_OWNER),
    od_role_get_display_name (OD_ROLE_LEAD),
    od_role_get_display_name (OD_ROLE_PARTICIPANT),
    NULL
  };
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *drop_down = gtk_drop_down_new_from_strings (roles);
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  const char *name = function != NULL ? function->name[lang] : assignment->function_id;
  g_autofree char *role_label = g_strdup_printf (_("Role in “%s”"), name);
  g_autofree char *remove_label = g_strdup_printf (_("Remove “%s”"), name);

  /* Names are text, not markup: “R&D” must show as typed. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  if (area != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), area->name[lang]);
  else if (function == NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Not in the catalog"));

  gtk_drop_down_set_selected (GTK_DROP_DOWN (drop_down), (guint) assignment->role);
  gtk_widget_set_valign (drop_down, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (drop_down, role_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, role_label, -1);
  g_object_set_data_full (G_OBJECT (drop_down), "od-function-id",
                          g_strdup (assignment->function_id), g_free);
  g_signal_connect (drop_down, "notify::selected", G_CALLBACK (role_selected_cb), self);

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, remove_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label, -1);
  g_object_set_data_full (G_OBJECT (remove), "od-function-id",
                          g_strdup (assignment->function_id), g_free);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_function_cb), self);

  adw_action_row_add_suffix (ADW_ACTION_ROW (row), drop_down);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  return row;
}

static void
fill_functions (OdInspector  *self,
                const OdUnit *unit)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->functions_list))) != NULL)
    {
      if (GTK_IS_LIST_BOX_ROW (child))
        gtk_list_box_remove (self->functions_list, child);
      else
        break;
    }
  for (guint i = 0; i < od_unit_get_n_assignments (unit); i++)
    gtk_list_box_append (self->functions_list, make_function_row (self, od_unit_get_assignment (unit, i)));
}

static void
remove_dotted_cb (GtkButton   *button,
                  OdInspector *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "od-line"));
  GError *error = NULL;
  OdCommand *command = od_command_remove_dotted_line (get_org (self), index, &error);

  push (self, command, error);
}

/* The dotted lines from or to @unit, each with the other end and a remove
 * button. */
static void
fill_dotted (OdInspector  *self,
             const OdUnit *unit)
{
  GPtrArray *lines = od_organisation_get_dotted_lines (get_org (self));
  const char *id = od_unit_get_id (unit);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->dotted_list))) != NULL)
    gtk_list_box_remove (self->dotted_list, child);
  for (guint i = 0; i < lines->len; i++)
    {
      const OdDottedLine *line = lines->pdata[i];
      gboolean outgoing = g_str_equal (line->from, id);
      const OdUnit *other;
      g_autofree char *title = NULL;
      g_autofree char *remove_label = NULL;
      GtkWidget *row, *remove;

      if (!outgoing && !g_str_equal (line->to, id))
        continue;
      other = od_organisation_lookup_unit (get_org (self), outgoing ? line->to : line->from);
      if (other == NULL)
        continue;
      title = g_strdup_printf (outgoing ? _("Also works for “%s”") : _("“%s” also works for it"), od_unit_get_name (other));
      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      if (line->label != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), line->label);
      remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
      remove_label = g_strdup_printf (_("Remove the dotted line with “%s”"), od_unit_get_name (other));
      gtk_widget_set_tooltip_text (remove, remove_label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label, -1);
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      g_object_set_data (G_OBJECT (remove), "od-line", GUINT_TO_POINTER (i));
      g_signal_connect (remove, "clicked", G_CALLBACK (remove_dotted_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      gtk_list_box_append (self->dotted_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->dotted_list), gtk_widget_get_first_child (GTK_WIDGET (self->dotted_list)) != NULL);
}

static void
fill_notes (OdInspector  *self,
            const OdUnit *unit)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (g_strcmp0 (text, od_unit_get_notes (unit) != NULL ? od_unit_get_notes (unit) : "") != 0)
    gtk_text_buffer_set_text (buffer, od_unit_get_notes (unit) != NULL ? od_unit_get_notes (unit) : "", -1);
}

static void
refresh (OdInspector *self)
{
  const OdUnit *unit = self->tree != NULL && self->unit_id != NULL
    ? od_organisation_lookup_unit (get_org (self), self->unit_id) : NULL;
  g_autofree char *headcount = NULL;

  if (unit == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  self->updating = TRUE;
  set_entry_text (self->name_row, od_unit_get_name (unit));
  adw_combo_row_set_selected (self->kind_row, od_unit_get_kind (unit));
  set_entry_text (self->head_row, od_unit_get_head (unit));
  if (od_unit_get_headcount (unit) >= 0)
    headcount = g_strdup_printf ("%d", od_unit_get_headcount (unit));
  set_entry_text (self->headcount_row, headcount);
  adw_combo_row_set_selected (self->scope_kind_row, scope_kind_index (od_unit_get_scope_kind (unit)));
  set_entry_text (self->scope_row, od_unit_get_scope (unit));
  gtk_switch_set_active (self->assistant_switch, od_unit_get_assistant (unit));
  fill_notes (self, unit);
  fill_functions (self, unit);
  fill_dotted (self, unit);
  self->updating = FALSE;
  gtk_stack_set_visible_child_name (self->stack, "unit");
}

/* ---- edits ---- */

static void
commit_notes (OdInspector *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  const OdUnit *unit;
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  if (self->tree == NULL || self->unit_id == NULL || self->updating)
    return;
  unit = od_organisation_lookup_unit (get_org (self), self->unit_id);
  if (unit == NULL)
    return;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (g_strcmp0 (text, od_unit_get_notes (unit) != NULL ? od_unit_get_notes (unit) : "") != 0)
    set_prop (self, OD_UNIT_PROP_NOTES, text);
}

static void
name_apply_cb (OdInspector *self)
{
  set_prop (self, OD_UNIT_PROP_NAME, gtk_editable_get_text (GTK_EDITABLE (self->name_row)));
  /* A refused name (empty, say) shows the unit's real name again. */
  refresh (self);
  /* Named: the keys belong to the structure again. */
  g_signal_emit (self, signals[EDITING_DONE], 0);
}

static void
head_apply_cb (OdInspector *self)
{
  set_prop (self, OD_UNIT_PROP_HEAD, gtk_editable_get_text (GTK_EDITABLE (self->head_row)));
  refresh (self);
}

static void
headcount_apply_cb (OdInspector *self)
{
  set_prop (self, OD_UNIT_PROP_HEADCOUNT, gtk_editable_get_text (GTK_EDITABLE (self->headcount_row)));
  refresh (self);
}

/* The text a field shows when nothing is being typed into it. */
static char *
committed_text (OdInspector *self,
                AdwEntryRow *row)
{
  const OdUnit *unit = self->tree != NULL && self->unit_id != NULL
    ? od_organisation_lookup_unit (get_org (self), self->unit_id) : NULL;

  if (unit == NULL)
    return NULL;
  if (row == self->name_row)
    return g_strdup (od_unit_get_name (unit) != NULL ? od_unit_get_name (unit) : "");
  if (row == self->head_row)
    return g_strdup (od_unit_get_head (unit) != NULL ? od_unit_get_head (unit) : "");
  return od_unit_get_headcount (unit) >= 0 ? g_strdup_printf ("%d", od_unit_get_headcount (unit)) : g_strdup ("");
}

/* Esc in a field puts back what the unit has and leaves the field;
 * Ctrl+Z and Ctrl+Shift+Z in a field with nothing typed since the last
 * commit undo and redo the document, not the field's text. */
static gboolean
entry_key_pressed_cb (GtkEventControllerKey *controller,
                      guint                  keyval,
                      guint                  keycode,
                      GdkModifierType        state,
                      OdInspector           *self)
{
  AdwEntryRow *row = ADW_ENTRY_ROW (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)));
  GdkModifierType mods = state & gtk_accelerator_get_default_mod_mask ();
  g_autofree char *committed = NULL;

  if (keyval == GDK_KEY_Escape && mods == 0)
    {
      refresh (self);
      g_signal_emit (self, signals[EDITING_DONE], 0);
      return TRUE;
    }
  if ((keyval == GDK_KEY_z || keyval == GDK_KEY_Z) && (mods & GDK_CONTROL_MASK))
    {
      committed = committed_text (self, row);
      if (committed == NULL || g_strcmp0 (committed, gtk_editable_get_text (GTK_EDITABLE (row))) != 0)
        return FALSE;   /* typing in progress: the field's own undo */
      gtk_widget_activate_action (GTK_WIDGET (self), (mods & GDK_SHIFT_MASK) ? "win.redo" : "win.undo", NULL);
      return TRUE;
    }
  return FALSE;
}

static void
watch_keys (OdInspector *self,
            AdwEntryRow *row)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  /* Before the text widget, which keeps Ctrl+Z and Esc for itself. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (entry_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (row), keys);
}

static void
kind_selected_cb (OdInspector *self)
{
  guint selected = adw_combo_row_get_selected (self->kind_row);

  if (self->updating || selected >= OD_N_UNIT_KINDS)
    return;
  set_prop (self, OD_UNIT_PROP_KIND, od_unit_kind_to_string (selected));
}

/* Row 0 is "not split"; then the kinds in od-scope.h's order. */
static const char *const scope_kinds[] = { NULL, "region", "segment", "channel", "product" };

static guint
scope_kind_index (const char *kind)
{
  for (guint i = 1; i < G_N_ELEMENTS (scope_kinds); i++)
    if (g_strcmp0 (kind, scope_kinds[i]) == 0)
      return i;
  return 0;
}

static void
scope_kind_selected_cb (OdInspector *self)
{
  guint selected = adw_combo_row_get_selected (self->scope_kind_row);

  if (self->updating || selected >= G_N_ELEMENTS (scope_kinds))
    return;
  set_prop (self, OD_UNIT_PROP_SCOPE_KIND, scope_kinds[selected]);
}

static void
scope_apply_cb (OdInspector *self)
{
  set_prop (self, OD_UNIT_PROP_SCOPE, gtk_editable_get_text (GTK_EDITABLE (self->scope_row)));
  refresh (self);
}

static void
assistant_active_cb (OdInspector *self)
{
  if (self->updating)
    return;
  set_prop (self, OD_UNIT_PROP_ASSISTANT,
            gtk_switch_get_active (self->assistant_switch) ? "true" : "false");
}

static void
notes_focus_leave_cb (OdInspector *self)
{
  commit_notes (self);
}

/* ---- following the document ---- */

static void
selected_id_cb (OdInspector *self)
{
  /* Notes typed for the unit left behind are kept for that unit. */
  commit_notes (self);
  g_free (self->unit_id);
  self->unit_id = g_strdup (od_unit_tree_get_selected_id (self->tree));
  refresh (self);
}

static void
organisation_changed_cb (OdInspector    *self,
                         int             kind,
                         const OdUnit   *unit,
                         OdOrganisation *org)
{
  if (self->unit_id == NULL)
    return;
  if (kind == OD_CHANGE_RELOADED || kind == OD_CHANGE_DOTTED_LINES
      || ((kind == OD_CHANGE_UNIT_PROPERTY || kind == OD_CHANGE_ASSIGNMENT)
          && unit != NULL && g_strcmp0 (od_unit_get_id (unit), self->unit_id) == 0))
    refresh (self);
}

static void
disconnect_tree (OdInspector *self)
{
  if (self->tree == NULL)
    return;
  g_signal_handlers_disconnect_by_data (self->tree, self);
  g_signal_handlers_disconnect_by_data (get_org (self), self);
}

static void
od_inspector_dispose (GObject *object)
{
  OdInspector *self = OD_INSPECTOR (object);

  disconnect_tree (self);
  g_clear_object (&self->tree);
  g_clear_pointer (&self->unit_id, g_free);

  G_OBJECT_CLASS (od_inspector_parent_class)->dispose (object);
}

static void
od_inspector_class_init (OdInspectorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = od_inspector_dispose;

  /**
   * OdInspector::editing-done:
   *
   * Emitted when the user committed the name (Enter) or left a field
   * with Esc: the window gives the focus back to the structure.
   */
  signals[EDITING_DONE] = g_signal_new ("editing-done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  od_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, OD_UI_RESOURCE_PATH "/od-inspector.ui");
  gtk_widget_class_bind_template_child (widget_class, OdInspector, stack);
  gtk_widget_class_bind_template_child (widget_class, OdInspector, name_row);
  gtk_widget_class_bind_template_child (widget_class, OdInspector, kind_row);
  gtk_widget_class_bind_template_child (widget_class, OdInspector, head_row);
  gtk_widget_class_bind_template_child (widget_class, OdInspector, headcount_row);
  gtk_widget_class_bind_template_child (widget_class, OdInspector, scope_kind_row);
  gtk_widget_class_bind_template_child (widget_class, OdInspector, scope_row);
  gtk_widget_class_bind_template_child (widget_class, OdInspector, assistant_switch);
  gtk_widget_class_bind_template_child (widget_class, OdInspector, notes_view);
  gtk_widget_class_bind_template_child (widget_class, OdInspector, functions_list);
  gtk_widget_class_bind_template_child (widget_class, OdInspector, dotted_list);
  gtk_widget_class_bind_template_callback (widget_class, name_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, head_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, headcount_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, kind_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, scope_kind_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, scope_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, assistant_active_cb);
  gtk_widget_class_bind_template_callback (widget_class, od_inspector_add_function);
}

static void
od_inspector_init (OdInspector *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  GtkEventController *focus;
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->updating = TRUE;
  for (guint k = 0; k < OD_N_UNIT_KINDS; k++)
    gtk_string_list_append (kinds, od_unit_kind_get_display_name (k));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  {
    g_autoptr(GtkStringList) scopes = gtk_string_list_new (NULL);

    gtk_string_list_append (scopes, _("Not split"));
    gtk_string_list_append (scopes, _("Region"));
    gtk_string_list_append (scopes, _("Customer segment"));
    gtk_string_list_append (scopes, _("Channel"));
    gtk_string_list_append (scopes, _("Product line"));
    adw_combo_row_set_model (self->scope_kind_row, G_LIST_MODEL (scopes));
  }
  self->updating = FALSE;

  placeholder = gtk_label_new (_("No functions yet"));
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_list_box_set_placeholder (self->functions_list, placeholder);

  watch_keys (self, self->name_row);
  watch_keys (self, self->head_row);
  watch_keys (self, self->headcount_row);

  focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (notes_focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->notes_view), focus);
}

GtkWidget *
od_inspector_new (void)
{
  return g_object_new (OD_TYPE_INSPECTOR, NULL);
}

void
od_inspector_set_tree (OdInspector *self,
                       OdUnitTree  *tree)
{
  g_return_if_fail (OD_IS_INSPECTOR (self));
  g_return_if_fail (tree == NULL || OD_IS_UNIT_TREE (tree));

  disconnect_tree (self);
  g_set_object (&self->tree, tree);
  g_clear_pointer (&self->unit_id, g_free);
  if (tree != NULL)
    {
      g_signal_connect_object (tree, "notify::selected-id", G_CALLBACK (selected_id_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (get_org (self), "changed", G_CALLBACK (organisation_changed_cb),
                               self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
      self->unit_id = g_strdup (od_unit_tree_get_selected_id (tree));
    }
  refresh (self);
}

void
od_inspector_focus_name (OdInspector *self)
{
  g_return_if_fail (OD_IS_INSPECTOR (self));

  if (self->unit_id == NULL)
    return;
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
  gtk_editable_select_region (GTK_EDITABLE (self->name_row), 0, -1);
}

static void
function_chosen_cb (OdInspector *self,
                    const char  *function_id)
{
  od_inspector_assign (self, function_id);
}

void
od_inspector_add_function (OdInspector *self)
{
  const OdUnit *unit;
  g_autoptr(GPtrArray) held = g_ptr_array_new ();
  OdFunctionChooser *chooser;

  g_return_if_fail (OD_IS_INSPECTOR (self));

  if (self->tree == NULL || self->unit_id == NULL
      || (unit = od_organisation_lookup_unit (get_org (self), self->unit_id)) == NULL)
    return;
  for (guint i = 0; i < od_unit_get_n_assignments (unit); i++)
    g_ptr_array_add (held, (gpointer) od_unit_get_assignment (unit, i)->function_id);
  g_ptr_array_add (held, NULL);
  chooser = od_function_chooser_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                     od_unit_get_name (unit),
                                     (const char * const *) held->pdata);
  g_signal_connect_object (chooser, "function-chosen", G_CALLBACK (function_chosen_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (chooser));
}

gboolean
od_inspector_assign (OdInspector *self,
                     const char  *function_id)
{
  const OdFunction *function;
  OdRole role = OD_ROLE_OWNER;
  GError *error = NULL;
  OdCommand *command;

  g_return_val_if_fail (OD_IS_INSPECTOR (self), FALSE);

  if (self->tree == NULL || self->unit_id == NULL)
    return FALSE;
  function = od_catalog_lookup_function (od_catalog_get_default (), function_id);
  if (function != NULL && function->type == OD_FUNCTION_COLLABORATION)
    {
      g_autoptr(GPtrArray) holders = od_organisation_find_holders (get_org (self), function_id);

      role = OD_ROLE_LEAD;
      for (guint i = 0; i < holders->len; i++)
        if (od_unit_get_role (holders->pdata[i], function_id) == OD_ROLE_LEAD)
          role = OD_ROLE_PARTICIPANT;
    }
  command = od_command_set_assignment (get_org (self), self->unit_id, function_id, role, &error);
  return push (self, command, error);
}
