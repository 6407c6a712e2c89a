/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-outline.c: the structure outline and its search. */
#include "config.h"

#include <glib/gi18n.h>

#include "od-fold-state.h"
#include "od-outline.h"
#include "od-selection.h"
#include "od-ui.h"
#include "od-unit-item.h"
#include "od-unit-menu.h"

struct _OdOutline
{
  AdwBin        parent_instance;

  GtkSearchBar *search_bar;
  GtkWidget    *search_entry;
  GtkWidget    *search_status;
  GtkListView  *list_view;

  OdUnitTree   *tree;
};

G_DEFINE_FINAL_TYPE (OdOutline, od_outline, ADW_TYPE_BIN)

/* ---- rows ---- */

/* GTK 4.8's list view unbinds and binds again every row whose position
 * changed, with the same item, after an insert or remove in a long group
 * (about 200 rows on screen): binding is therefore made cheap when nothing
 * changed.  The row keeps its expander's list row across the unbind, and
 * every widget is set only when it would read otherwise, so that an
 * unchanged row queues no resize and no accessible update. */
typedef struct {
  GtkWidget *expander;
  GtkWidget *icon;
  GtkWidget *name;
  GtkWidget *kind;
  char      *accessible_label;   /* as last given to the expander */
} RowWidgets;

static void
row_widgets_free (gpointer data)
{
  RowWidgets *row = data;

  g_free (row->accessible_label);
  g_free (row);
}

/* A right click selects the row's unit and offers what can be done to it. */
static void
row_secondary_pressed_cb (GtkGestureClick *gesture,
                          int              n_press,
                          double           x,
                          double           y,
                          GtkListItem     *list_item)
{
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  OdOutline *self = OD_OUTLINE (gtk_widget_get_ancestor (widget, OD_TYPE_OUTLINE));
  GtkTreeListRow *tree_row = gtk_list_item_get_item (list_item);
  g_autoptr(OdUnitItem) item = tree_row != NULL ? gtk_tree_list_row_get_item (tree_row) : NULL;

  if (self == NULL || self->tree == NULL || item == NULL)
    return;
  /* On one of several selected units, the menu acts on all of them. */
  if (!od_selection_contains (od_selection_get_for_tree (self->tree), od_unit_item_get_id (item)))
    od_unit_tree_select (self->tree, od_unit_item_get_id (item));
  od_unit_menu_popup (widget, x, y);
}

/* Ctrl+click marks the row's unit beside the selected one, Shift+click the
 * rows in between; caught before the list would select just this row. */
static void
row_primary_pressed_cb (GtkGestureClick *gesture,
                        int              n_press,
                        double           x,
                        double           y,
                        GtkListItem     *list_item)
{
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  OdOutline *self = OD_OUTLINE (gtk_widget_get_ancestor (widget, OD_TYPE_OUTLINE));
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));
  GtkTreeListRow *tree_row = gtk_list_item_get_item (list_item);
  g_autoptr(OdUnitItem) item = tree_row != NULL ? gtk_tree_list_row_get_item (tree_row) : NULL;
  OdSelection *selection;

  if (self == NULL || self->tree == NULL || item == NULL || (state & (GDK_CONTROL_MASK | GDK_SHIFT_MASK)) == 0)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }
  selection = od_selection_get_for_tree (self->tree);
  if (state & GDK_SHIFT_MASK)
    od_selection_extend (selection, od_unit_item_get_id (item));
  else
    od_selection_toggle (selection, od_unit_item_get_id (item));
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static gboolean
shift_arrow_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                OdOutline             *self)
{
  int delta;

  if (self->tree == NULL || (state & (GDK_SHIFT_MASK | GDK_CONTROL_MASK | GDK_ALT_MASK)) != GDK_SHIFT_MASK)
    return FALSE;
  if (keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down)
    delta = 1;
  else if (keyval == GDK_KEY_Up || keyval == GDK_KEY_KP_Up)
    delta = -1;
  else
    return FALSE;
  od_selection_extend_by (od_selection_get_for_tree (self->tree), delta);
  return TRUE;
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item)
{
  RowWidgets *row = g_new0 (RowWidgets, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  row->expander = gtk_tree_expander_new ();
  row->name = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (row->name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (row->name), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (row->name, TRUE);
  row->kind = gtk_label_new (NULL);
  gtk_widget_add_css_class (row->kind, "dim-label");
  gtk_widget_add_css_class (row->kind, "caption");
  row->icon = gtk_image_new ();
  gtk_box_append (GTK_BOX (box), row->name);
  gtk_box_append (GTK_BOX (box), row->kind);
  gtk_box_append (GTK_BOX (box), row->icon);
  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (row->expander), box);
  gtk_list_item_set_child (list_item, row->expander);
  g_object_set_data_full (G_OBJECT (list_item), "od-row", row, row_widgets_free);

  {
    GtkGesture *click = gtk_gesture_click_new ();

    gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
    g_signal_connect (click, "pressed", G_CALLBACK (row_secondary_pressed_cb), list_item);
    gtk_widget_add_controller (row->expander, GTK_EVENT_CONTROLLER (click));
  }
  {
    GtkGesture *click = gtk_gesture_click_new ();

    gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
    gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
    g_signal_connect (click, "pressed", G_CALLBACK (row_primary_pressed_cb), list_item);
    gtk_widget_add_controller (row->expander, GTK_EVENT_CONTROLLER (click));
  }
}

/* Adds or removes @css_class only if the widget has it otherwise. */
static void
set_css_class (GtkWidget  *widget,
               const char *css_class,
               gboolean    set)
{
  if (gtk_widget_has_css_class (widget, css_class) == set)
    return;
  if (set)
    gtk_widget_add_css_class (widget, css_class);
  else
    gtk_widget_remove_css_class (widget, css_class);
}

static void
set_label (GtkWidget  *label,
           const char *text)
{
  if (g_strcmp0 (gtk_label_get_label (GTK_LABEL (label)), text) != 0)
    gtk_label_set_label (GTK_LABEL (label), text);
}

static void
set_visible (GtkWidget *widget,
             gboolean   visible)
{
  if (gtk_widget_get_visible (widget) != visible)
    gtk_widget_set_visible (widget, visible);
}

static void
update_row (GtkListItem *list_item)
{
  RowWidgets *row = g_object_get_data (G_OBJECT (list_item), "od-row");
  GtkTreeListRow *tree_row = gtk_list_item_get_item (list_item);
  g_autoptr(OdUnitItem) item = tree_row != NULL ? gtk_tree_list_row_get_item (tree_row) : NULL;
  const char *kind_name;
  g_autofree char *label = NULL;
  int severity;

  if (item == NULL)
    return;
  severity = od_unit_item_get_severity (item);
  kind_name = od_unit_kind_get_display_name (od_unit_item_get_kind (item));
  set_label (row->name, od_unit_item_get_name (item));
  set_label (row->kind, kind_name);
  /* Deep rows give their room to the name; the tooltip has the whole name
   * and the kind at any depth. */
  set_visible (row->kind, gtk_tree_list_row_get_depth (tree_row) < 5);
  /* Marked beside the selected row: shown as selected too. */
  {
    OdOutline *self = OD_OUTLINE (gtk_widget_get_ancestor (row->expander, OD_TYPE_OUTLINE));
    gboolean marked = self != NULL && self->tree != NULL &&
                      od_selection_get_n_marked (od_selection_get_for_tree (self->tree)) > 0 &&
                      od_selection_contains (od_selection_get_for_tree (self->tree), od_unit_item_get_id (item));

    set_css_class (row->expander, "od-marked", marked);
  }
  {
    g_autofree char *tip = g_strdup_printf ("%s (%s)", od_unit_item_get_name (item), kind_name);

    /* Setting a tooltip asks the X server where the pointer is (a round
     * trip): only when it reads otherwise, not at each severity update. */
    if (g_strcmp0 (gtk_widget_get_tooltip_text (row->expander), tip) != 0)
      gtk_widget_set_tooltip_text (row->expander, tip);
  }
  set_visible (row->icon, severity >= OD_SEVERITY_WARNING);
  /* Setting an icon clears the image first and queues a resize of the
   * whole window even when the name is the same. */
  if (severity >= OD_SEVERITY_WARNING)
    {
      const char *icon_name = severity == OD_SEVERITY_ERROR ? "dialog-error-symbolic"
                                                            : "dialog-warning-symbolic";

      if (g_strcmp0 (gtk_image_get_icon_name (GTK_IMAGE (row->icon)), icon_name) != 0)
        gtk_image_set_from_icon_name (GTK_IMAGE (row->icon), icon_name);
      set_css_class (row->icon, "warning", severity != OD_SEVERITY_ERROR);
      set_css_class (row->icon, "error", severity == OD_SEVERITY_ERROR);
      if (g_strcmp0 (gtk_widget_get_tooltip_text (row->icon), od_severity_get_display_name (severity)) != 0)
        gtk_widget_set_tooltip_text (row->icon, od_severity_get_display_name (severity));
    }
  /* Screen readers read the row as its unit: name, kind and any finding. */
  if (severity >= OD_SEVERITY_WARNING)
    label = g_strdup_printf ("%s, %s, %s", od_unit_item_get_name (item), kind_name,
                             od_severity_get_display_name (severity));
  else
    label = g_strdup_printf ("%s, %s", od_unit_item_get_name (item), kind_name);
  if (g_strcmp0 (row->accessible_label, label) != 0)
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (row->expander),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      g_free (row->accessible_label);
      row->accessible_label = g_steal_pointer (&label);
    }
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             OdOutline                *self)
{
  RowWidgets *row = g_object_get_data (G_OBJECT (list_item), "od-row");
  GtkTreeListRow *tree_row = gtk_list_item_get_item (list_item);
  g_autoptr(OdUnitItem) item = gtk_tree_list_row_get_item (tree_row);

  /* The same row again (its position moved): the expander keeps its child
   * in place instead of taking it out and putting it back. */
  if (gtk_tree_expander_get_list_row (GTK_TREE_EXPANDER (row->expander)) != tree_row)
    gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (row->expander), tree_row);
  /* Opening or closing the row folds the unit on the chart too. */
  if (self->tree != NULL)
    od_fold_state_watch_row (od_fold_state_get_for_tree (self->tree), tree_row);
  g_signal_connect_object (item, "notify", G_CALLBACK (update_row), list_item, G_CONNECT_SWAPPED);
  update_row (list_item);
}

/* Leaves the expander on its list row: a row bound again to the same item
 * (the usual case, see RowWidgets) then has nothing to redo, and a row
 * bound to another item replaces it; the expander lets go of it when it
 * is destroyed. */
static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item)
{
  GtkTreeListRow *tree_row = gtk_list_item_get_item (list_item);
  g_autoptr(OdUnitItem) item = tree_row != NULL ? gtk_tree_list_row_get_item (tree_row) : NULL;

  if (item != NULL)
    g_signal_handlers_disconnect_by_func (item, update_row, list_item);
  if (tree_row != NULL)
    od_fold_state_unwatch_row (tree_row);
}

/* ---- selection and search ---- */

static void
scroll_to_selected (OdOutline *self)
{
  guint position;

  if (self->tree == NULL)
    return;
  position = od_unit_tree_get_selected_position (self->tree);
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
}

static void
selected_id_cb (OdOutline *self)
{
  scroll_to_selected (self);
}

static gboolean
find (OdOutline  *self,
      gboolean    from_current,
      gboolean    backwards)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  const char *current = od_unit_tree_get_selected_id (self->tree);
  const char *found;

  if (*text == '\0')
    {
      gtk_widget_set_visible (self->search_status, FALSE);
      gtk_widget_remove_css_class (self->search_entry, "error");
      return FALSE;
    }
  /* While typing, the current unit stays if it still matches. */
  if (from_current && current != NULL)
    {
      found = od_unit_tree_find (self->tree, text, current, TRUE);
      found = found != NULL ? od_unit_tree_find (self->tree, text, found, FALSE) : NULL;
    }
  else
    found = od_unit_tree_find (self->tree, text, current, backwards);

  gtk_widget_set_visible (self->search_status, found == NULL);
  if (found == NULL)
    {
      gtk_widget_add_css_class (self->search_entry, "error");
      return FALSE;
    }
  gtk_widget_remove_css_class (self->search_entry, "error");
  od_unit_tree_select (self->tree, found);
  return TRUE;
}

static void
search_changed_cb (OdOutline *self)
{
  if (self->tree != NULL)
    find (self, TRUE, FALSE);
}

static void
next_match_cb (OdOutline *self)
{
  if (self->tree != NULL)
    find (self, FALSE, FALSE);
}

static void
previous_match_cb (OdOutline *self)
{
  if (self->tree != NULL)
    find (self, FALSE, TRUE);
}

static void
stop_search_cb (OdOutline *self)
{
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  gtk_widget_set_visible (self->search_status, FALSE);
  od_outline_focus_list (self);
}

/* ---- object ---- */

static void
od_outline_dispose (GObject *object)
{
  OdOutline *self = OD_OUTLINE (object);

  if (self->tree != NULL)
    g_signal_handlers_disconnect_by_data (self->tree, self);
  g_clear_object (&self->tree);

  G_OBJECT_CLASS (od_outline_parent_class)->dispose (object);
}

static void
od_outline_class_init (OdOutlineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = od_outline_dispose;

  od_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, OD_UI_RESOURCE_PATH "/od-outline.ui");
  gtk_widget_class_bind_template_child (widget_class, OdOutline, search_bar);
  gtk_widget_class_bind_template_child (widget_class, OdOutline, search_entry);
  gtk_widget_class_bind_template_child (widget_class, OdOutline, search_status);
  gtk_widget_class_bind_template_child (widget_class, OdOutline, list_view);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, next_match_cb);
  gtk_widget_class_bind_template_callback (widget_class, previous_match_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
}

static void
od_outline_init (OdOutline *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  {
    /* The list's own Ctrl+A selects nothing in a single-selection list:
     * the window's Select All (every unit) goes first, and Esc clears the
     * selection as on the chart. */
    GtkEventController *keys = gtk_shortcut_controller_new ();

    gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                          gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Control>a"),
                                                            gtk_named_action_new ("unit.select-all")));
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                          gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("Escape"),
                                                            gtk_named_action_new ("unit.select-none")));
    gtk_widget_add_controller (GTK_WIDGET (self->list_view), keys);
    /* Shift+Up and Shift+Down grow the range, as in a file list. */
    keys = gtk_event_controller_key_new ();
    gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
    g_signal_connect (keys, "key-pressed", G_CALLBACK (shift_arrow_cb), self);
    gtk_widget_add_controller (GTK_WIDGET (self->list_view), keys);
  }
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
}

GtkWidget *
od_outline_new (void)
{
  return g_object_new (OD_TYPE_OUTLINE, NULL);
}

/* Rows shown now follow the marks; rows made later read them as bound. */
static void
mark_rows (OdOutline *self,
           GtkWidget *widget)
{
  OdSelection *selection = od_selection_get_for_tree (self->tree);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_TREE_EXPANDER (child))
        {
          OdUnitItem *item = gtk_tree_expander_get_item (GTK_TREE_EXPANDER (child));

          set_css_class (child, "od-marked",
                         item != NULL && od_selection_get_n_marked (selection) > 0 &&
                         od_selection_contains (selection, od_unit_item_get_id (item)));
          g_clear_object (&item);
          continue;
        }
      mark_rows (self, child);
    }
}

static void
marks_changed_cb (OdOutline *self)
{
  if (self->tree != NULL)
    mark_rows (self, GTK_WIDGET (self->list_view));
}

void
od_outline_set_tree (OdOutline  *self,
                     OdUnitTree *tree)
{
  g_return_if_fail (OD_IS_OUTLINE (self));
  g_return_if_fail (tree == NULL || OD_IS_UNIT_TREE (tree));

  if (self->tree != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->tree, self);
      g_signal_handlers_disconnect_by_data (od_selection_get_for_tree (self->tree), self);
    }
  g_set_object (&self->tree, tree);
  gtk_list_view_set_model (self->list_view,
                           tree != NULL ? GTK_SELECTION_MODEL (od_unit_tree_get_selection (tree)) : NULL);
  if (tree != NULL)
    {
      g_signal_connect_object (tree, "notify::selected-id", G_CALLBACK (selected_id_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (od_selection_get_for_tree (tree), "changed", G_CALLBACK (marks_changed_cb),
                               self, G_CONNECT_SWAPPED);
    }
}

void
od_outline_start_search (OdOutline *self)
{
  g_return_if_fail (OD_IS_OUTLINE (self));

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (self->search_entry);
}

gboolean
od_outline_search (OdOutline  *self,
                   const char *text)
{
  g_return_val_if_fail (OD_IS_OUTLINE (self), FALSE);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  g_signal_handlers_block_by_func (self->search_entry, search_changed_cb, self);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  g_signal_handlers_unblock_by_func (self->search_entry, search_changed_cb, self);
  return self->tree != NULL && find (self, TRUE, FALSE);
}

void
od_outline_focus_list (OdOutline *self)
{
  guint position;

  g_return_if_fail (OD_IS_OUTLINE (self));

  if (self->tree == NULL)
    return;
  position = od_unit_tree_get_selected_position (self->tree);
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}
