/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-editing.c: editing through the window's actions and widgets, as a
 * user would: add, rename, re-parent, delete and undo, give a function,
 * apply a finding's fix, search. */
#include "config.h"

#include <string.h>

#include "od-check.h"
#include "od-findings-panel.h"
#include "od-function-chooser.h"
#include "od-inspector.h"
#include "od-outline.h"
#include "od-ui-test.h"
#include "od-unit-chooser.h"
#include "od-unit-tree.h"

static OdApplication *app;

typedef struct {
  OdWindow       *window;
  OdDocument     *doc;
  OdOrganisation *org;
  OdUnitTree     *tree;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  OdInspector *inspector;

  fixture->window = od_application_new_window (app);
  gtk_window_present (GTK_WINDOW (fixture->window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window),
                                             "win.new-from-template", "s", "medium"));
  fixture->doc = od_window_get_document (fixture->window);
  fixture->org = od_document_get_organisation (fixture->doc);
  od_ui_test_drain ();
  /* The tree is private to the window; the inspector shares it. */
  inspector = OD_INSPECTOR (od_ui_test_find_widget (GTK_WIDGET (fixture->window), OD_TYPE_INSPECTOR, NULL));
  g_assert_nonnull (inspector);
  fixture->tree = od_window_get_unit_tree (fixture->window);
  g_assert_nonnull (fixture->tree);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (l->data != (gpointer) fixture->window && !OD_IS_WINDOW (l->data))
      gtk_window_destroy (l->data);
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  od_ui_test_drain ();
}

static gboolean
action (Fixture    *fixture,
        const char *name)
{
  gboolean done = gtk_widget_activate_action (GTK_WIDGET (fixture->window), name, NULL);

  od_ui_test_drain ();
  return done;
}

static void
test_add_rename (Fixture       *fixture,
                 gconstpointer  data)
{
  OdUnit *sales = od_organisation_lookup_unit (fixture->org, "sales");
  GtkWidget *name_row;
  const char *new_id;
  OdUnit *added;
  guint before = od_unit_get_n_children (sales);

  g_assert_true (od_unit_tree_select (fixture->tree, "sales"));
  g_assert_true (action (fixture, "unit.add-child"));
  g_assert_cmpuint (od_unit_get_n_children (sales), ==, before + 1);
  new_id = od_unit_tree_get_selected_id (fixture->tree);
  added = od_organisation_lookup_unit (fixture->org, new_id);
  g_assert_true (od_unit_get_parent (added) == sales);
  /* The new unit is selected and its name ready to type over. */
  name_row = od_ui_test_find_widget (GTK_WIDGET (fixture->window), ADW_TYPE_ENTRY_ROW, "Name");
  g_assert_nonnull (name_row);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, od_unit_get_name (added));

  gtk_editable_set_text (GTK_EDITABLE (name_row), "华南大区");
  g_signal_emit_by_name (name_row, "apply");
  g_assert_cmpstr (od_unit_get_name (added), ==, "华南大区");

  /* A sibling lands right after the selected unit. */
  g_assert_true (action (fixture, "unit.add-sibling"));
  g_assert_true (od_unit_get_prev_sibling (od_unit_tree_get_selected_unit (fixture->tree)) == added);

  /* Undo takes the sibling, the name and the unit away again. */
  g_assert_true (action (fixture, "win.undo"));
  g_assert_true (action (fixture, "win.undo"));
  g_assert_cmpstr (od_unit_get_name (added), !=, "华南大区");
  g_assert_true (action (fixture, "win.undo"));
  g_assert_cmpuint (od_unit_get_n_children (sales), ==, before);
  g_assert_false (od_document_get_modified (fixture->doc));
}

/* The key controller the inspector puts on a field, before the text. */
static gboolean
press_key (GtkWidget       *row,
           guint            keyval,
           GdkModifierType  state)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (row);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (c) && gtk_event_controller_get_propagation_phase (c) == GTK_PHASE_CAPTURE)
        g_signal_emit_by_name (c, "key-pressed", keyval, 0, state, &handled);
    }
  od_ui_test_drain ();
  return handled;
}

static gboolean
focus_within (Fixture *fixture,
              GType    type)
{
  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (fixture->window));

  return focus != NULL && (G_TYPE_CHECK_INSTANCE_TYPE (focus, type) || gtk_widget_get_ancestor (focus, type) != NULL);
}

/* After naming a new unit the keys belong to the structure again; Esc
 * leaves a field and puts back the unit's value; Ctrl+Z in a committed
 * field undoes the document, in a field being typed in it is the text's. */
static void
test_focus_after_naming (Fixture       *fixture,
                         gconstpointer  data)
{
  OdUnit *sales = od_organisation_lookup_unit (fixture->org, "sales");
  GtkWidget *name_row = od_ui_test_find_widget (GTK_WIDGET (fixture->window), ADW_TYPE_ENTRY_ROW, "Name");
  guint before = od_unit_get_n_children (sales);
  OdUnit *added;

  g_assert_true (od_unit_tree_select (fixture->tree, "sales"));
  g_assert_true (action (fixture, "unit.add-child"));
  added = od_unit_tree_get_selected_unit (fixture->tree);
  g_assert_true (focus_within (fixture, OD_TYPE_INSPECTOR));
  gtk_editable_set_text (GTK_EDITABLE (name_row), "华南大区");
  g_signal_emit_by_name (name_row, "apply");
  od_ui_test_drain ();
  g_assert_cmpstr (od_unit_get_name (added), ==, "华南大区");
  g_assert_true (focus_within (fixture, OD_TYPE_OUTLINE));

  /* Esc: what was typed goes, the unit keeps its name, the field is left. */
  gtk_widget_grab_focus (name_row);
  gtk_editable_set_text (GTK_EDITABLE (name_row), "打错了");
  g_assert_true (press_key (name_row, GDK_KEY_Escape, 0));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, "华南大区");
  g_assert_cmpstr (od_unit_get_name (added), ==, "华南大区");
  g_assert_true (focus_within (fixture, OD_TYPE_OUTLINE));

  /* Typing in progress: Ctrl+Z is the field's. */
  gtk_widget_grab_focus (name_row);
  gtk_editable_set_text (GTK_EDITABLE (name_row), "华南");
  g_assert_false (press_key (name_row, GDK_KEY_z, GDK_CONTROL_MASK));
  g_assert_cmpstr (od_unit_get_name (added), ==, "华南大区");
  /* Committed: Ctrl+Z undoes the rename, then the addition. */
  gtk_editable_set_text (GTK_EDITABLE (name_row), "华南大区");
  g_assert_true (press_key (name_row, GDK_KEY_z, GDK_CONTROL_MASK));
  g_assert_cmpstr (od_unit_get_name (added), !=, "华南大区");
  g_assert_true (press_key (name_row, GDK_KEY_z, GDK_CONTROL_MASK));
  g_assert_cmpuint (od_unit_get_n_children (sales), ==, before);
  g_assert_true (press_key (name_row, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK));
  g_assert_cmpuint (od_unit_get_n_children (sales), ==, before + 1);
}

static void
test_properties (Fixture       *fixture,
                 gconstpointer  data)
{
  OdUnit *unit = od_organisation_lookup_unit (fixture->org, "marketing");
  GtkWidget *headcount, *head, *kind;

  od_unit_tree_select (fixture->tree, "marketing");
  od_ui_test_drain ();
  headcount = od_ui_test_find_widget (GTK_WIDGET (fixture->window), ADW_TYPE_ENTRY_ROW, "Headcount");
  head = od_ui_test_find_widget (GTK_WIDGET (fixture->window), ADW_TYPE_ENTRY_ROW, "Head");
  kind = od_ui_test_find_widget (GTK_WIDGET (fixture->window), ADW_TYPE_COMBO_ROW, "Kind");

  gtk_editable_set_text (GTK_EDITABLE (headcount), "15");
  g_signal_emit_by_name (headcount, "apply");
  g_assert_cmpint (od_unit_get_headcount (unit), ==, 15);
  /* Not a number: refused, and the field shows the real value again. */
  gtk_editable_set_text (GTK_EDITABLE (headcount), "many");
  g_signal_emit_by_name (headcount, "apply");
  g_assert_cmpint (od_unit_get_headcount (unit), ==, 15);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (headcount)), ==, "15");

  gtk_editable_set_text (GTK_EDITABLE (head), "市场总监");
  g_signal_emit_by_name (head, "apply");
  g_assert_cmpstr (od_unit_get_head (unit), ==, "市场总监");

  /* Notes typed for a unit are kept for it when another unit is chosen. */
  {
    GtkWidget *notes = od_ui_test_find_widget (GTK_WIDGET (fixture->window), GTK_TYPE_TEXT_VIEW, NULL);
    GtkWidget *assistant = od_ui_test_find_widget (GTK_WIDGET (fixture->window), GTK_TYPE_SWITCH, NULL);

    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (notes)), "每月联席会议\n由市场总监召集", -1);
    od_unit_tree_select (fixture->tree, "sales");
    g_assert_cmpstr (od_unit_get_notes (unit), ==, "每月联席会议\n由市场总监召集");
    od_unit_tree_select (fixture->tree, "marketing");
    od_ui_test_drain ();

    gtk_switch_set_active (GTK_SWITCH (assistant), TRUE);
    g_assert_true (od_unit_get_assistant (unit));
    g_assert_true (action (fixture, "win.undo"));
    g_assert_false (od_unit_get_assistant (unit));
    g_assert_false (gtk_switch_get_active (GTK_SWITCH (assistant)));
  }

  adw_combo_row_set_selected (ADW_COMBO_ROW (kind), OD_UNIT_KIND_BACK);
  g_assert_cmpint (od_unit_get_kind (unit), ==, OD_UNIT_KIND_BACK);
  /* Undo shows in the fields too. */
  g_assert_true (action (fixture, "win.undo"));
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (kind)), ==, OD_UNIT_KIND_FRONT);
}

static void
test_reparent (Fixture       *fixture,
               gconstpointer  data)
{
  OdUnit *admin = od_organisation_lookup_unit (fixture->org, "sales-admin");

  g_assert_true (od_window_move_unit (fixture->window, "sales-admin", "sales"));
  g_assert_cmpstr (od_unit_get_id (od_unit_get_parent (admin)), ==, "sales");
  g_assert_cmpstr (od_unit_tree_get_selected_id (fixture->tree), ==, "sales-admin");
  /* A cycle is refused and changes nothing. */
  g_assert_false (od_window_move_unit (fixture->window, "gm", "sales-admin"));
  g_assert_null (od_unit_get_parent (od_organisation_lookup_unit (fixture->org, "gm")));

  /* Up and down among siblings. */
  od_unit_tree_select (fixture->tree, "sales");
  g_assert_cmpuint (od_unit_get_position (od_organisation_lookup_unit (fixture->org, "sales")), ==, 1);
  g_assert_true (action (fixture, "unit.move-up"));
  g_assert_cmpuint (od_unit_get_position (od_organisation_lookup_unit (fixture->org, "sales")), ==, 0);
  g_assert_true (action (fixture, "unit.move-down"));
  g_assert_true (action (fixture, "unit.move-down"));
  g_assert_cmpuint (od_unit_get_position (od_organisation_lookup_unit (fixture->org, "sales")), ==, 2);
  g_assert_cmpstr (od_unit_tree_get_selected_id (fixture->tree), ==, "sales");
}

static void
test_delete_undo (Fixture       *fixture,
                  gconstpointer  data)
{
  guint units = od_organisation_get_n_units (fixture->org);

  od_unit_tree_select (fixture->tree, "production");
  g_assert_true (action (fixture, "unit.delete"));
  /* With its subtree: 生产部, 车间, 仓储, 物流. */
  g_assert_cmpuint (od_organisation_get_n_units (fixture->org), ==, units - 4);
  g_assert_null (od_organisation_lookup_unit (fixture->org, "workshop"));
  g_assert_cmpstr (od_unit_tree_get_selected_id (fixture->tree), ==, "production-vp");
  g_assert_true (action (fixture, "win.undo"));
  g_assert_cmpuint (od_organisation_get_n_units (fixture->org), ==, units);
  g_assert_nonnull (od_organisation_lookup_unit (fixture->org, "workshop"));
  g_assert_false (od_document_get_modified (fixture->doc));
}

static const OdFinding *
find_finding (GPtrArray  *findings,
              const char *rule,
              guint      *index)
{
  for (guint i = 0; i < findings->len; i++)
    {
      const OdFinding *f = findings->pdata[i];

      if (strcmp (f->rule, rule) == 0 && !f->accepted)
        {
          *index = i;
          return f;
        }
    }
  return NULL;
}

/* The badge's counts (kept by the panel's refresh) are those of the
 * findings shown. */
static void
assert_counts (OdFindingsPanel *panel)
{
  GPtrArray *findings = od_findings_panel_get_findings (panel);

  g_assert_cmpuint (od_findings_panel_count_errors (panel), ==, od_check_count (findings, OD_SEVERITY_ERROR));
  g_assert_cmpuint (od_findings_panel_count_open (panel), ==,
                    od_check_count (findings, OD_SEVERITY_ERROR) + od_check_count (findings, OD_SEVERITY_WARNING));
}

static void
test_function_and_fix (Fixture       *fixture,
                       gconstpointer  data)
{
  OdInspector *inspector = OD_INSPECTOR (od_ui_test_find_widget (GTK_WIDGET (fixture->window), OD_TYPE_INSPECTOR, NULL));
  OdFindingsPanel *panel = OD_FINDINGS_PANEL (od_ui_test_find_widget (GTK_WIDGET (fixture->window), OD_TYPE_FINDINGS_PANEL, NULL));
  const OdFinding *finding;
  const char *new_id;
  guint index = 0;

  g_assert_null (find_finding (od_findings_panel_get_findings (panel), "duplicate-function", &index));
  od_unit_tree_select (fixture->tree, "sales");
  action (fixture, "unit.add-child");
  new_id = od_unit_tree_get_selected_id (fixture->tree);

  /* 市场部 owns market research already. */
  g_assert_true (od_inspector_assign (inspector, "market-research"));
  g_assert_cmpint (od_unit_get_role (od_organisation_lookup_unit (fixture->org, new_id), "market-research"),
                   ==, OD_ROLE_OWNER);
  od_ui_test_drain ();
  finding = find_finding (od_findings_panel_get_findings (panel), "duplicate-function", &index);
  g_assert_nonnull (finding);
  g_assert_cmpuint (od_findings_panel_count_open (panel), >, 0);
  assert_counts (panel);
  g_assert_cmpint (finding->fix_kind, !=, OD_FIX_NONE);

  /* The fix is one undoable step. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "findings.fix", "u", index));
  od_ui_test_drain ();
  g_assert_null (find_finding (od_findings_panel_get_findings (panel), "duplicate-function", &index));
  assert_counts (panel);
  g_assert_true (action (fixture, "win.undo"));
  g_assert_nonnull (find_finding (od_findings_panel_get_findings (panel), "duplicate-function", &index));
  assert_counts (panel);

  /* Activating a finding's row selects its first unit. */
  od_unit_tree_select (fixture->tree, "gm");
  {
    GtkWidget *list = od_ui_test_find_widget (GTK_WIDGET (panel), GTK_TYPE_LIST_BOX, NULL);

    for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
      if (GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "od-index")) == index)
        {
          g_signal_emit_by_name (list, "row-activated", row);
          break;
        }
  }
  finding = find_finding (od_findings_panel_get_findings (panel), "duplicate-function", &index);
  g_assert_cmpstr (od_unit_tree_get_selected_id (fixture->tree), ==, finding->units[0]);
}

static AdwMessageDialog *
find_dialog (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

static void
test_accept_exception (Fixture       *fixture,
                       gconstpointer  data)
{
  OdInspector *inspector = OD_INSPECTOR (od_ui_test_find_widget (GTK_WIDGET (fixture->window), OD_TYPE_INSPECTOR, NULL));
  OdFindingsPanel *panel = OD_FINDINGS_PANEL (od_ui_test_find_widget (GTK_WIDGET (fixture->window), OD_TYPE_FINDINGS_PANEL, NULL));
  AdwMessageDialog *dialog;
  GtkWidget *entry;
  guint index = 0;

  od_unit_tree_select (fixture->tree, "sales");
  action (fixture, "unit.add-child");
  g_assert_true (od_inspector_assign (inspector, "market-research"));
  od_ui_test_drain ();
  g_assert_nonnull (find_finding (od_findings_panel_get_findings (panel), "duplicate-function", &index));

  /* Accepting asks for a reason first; without one it cannot be accepted. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "findings.accept", "u", index));
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "accept"));
  entry = adw_message_dialog_get_extra_child (dialog);
  gtk_editable_set_text (GTK_EDITABLE (entry), "两个部门分区域各自研究");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "accept"));
  adw_message_dialog_response (dialog, "accept");
  od_ui_test_drain ();

  /* Still listed, as accepted, and no longer counted. */
  g_assert_null (find_finding (od_findings_panel_get_findings (panel), "duplicate-function", &index));
  g_assert_cmpuint (od_organisation_get_acceptances (fixture->org)->len, ==, 1);
  /* One undoable step. */
  g_assert_true (action (fixture, "win.undo"));
  g_assert_nonnull (find_finding (od_findings_panel_get_findings (panel), "duplicate-function", &index));
  g_assert_cmpuint (od_organisation_get_acceptances (fixture->org)->len, ==, 0);
}

static GtkWindow *
find_toplevel (GType type)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

/* Activates the row titled @title in @window's list, as a click would. */
static void
activate_row (GtkWindow  *window,
              const char *title)
{
  GtkWidget *row = od_ui_test_find_widget (GTK_WIDGET (window), ADW_TYPE_ACTION_ROW, title);

  g_assert_nonnull (row);
  g_assert_true (gtk_widget_get_sensitive (row));
  g_signal_emit_by_name (gtk_widget_get_parent (row), "row-activated", row);
  od_ui_test_drain ();
}

static void
test_move_to_chooser (Fixture       *fixture,
                      gconstpointer  data)
{
  const char *sales_name = od_unit_get_name (od_organisation_lookup_unit (fixture->org, "sales"));
  const char *admin_name = od_unit_get_name (od_organisation_lookup_unit (fixture->org, "sales-admin"));
  GtkWindow *chooser;

  od_unit_tree_select (fixture->tree, "sales");
  g_assert_true (action (fixture, "unit.move-to"));
  chooser = find_toplevel (OD_TYPE_UNIT_CHOOSER);
  g_assert_nonnull (chooser);
  /* Searching narrows the list; the unit itself cannot be chosen. */
  g_assert_cmpuint (od_unit_chooser_filter (OD_UNIT_CHOOSER (chooser), sales_name), >=, 1);
  g_assert_false (gtk_widget_get_sensitive (od_ui_test_find_widget (GTK_WIDGET (chooser), ADW_TYPE_ACTION_ROW, sales_name)));
  od_unit_chooser_filter (OD_UNIT_CHOOSER (chooser), NULL);
  activate_row (chooser, admin_name);
  g_assert_null (find_toplevel (OD_TYPE_UNIT_CHOOSER));
  g_assert_cmpstr (od_unit_get_id (od_unit_get_parent (od_organisation_lookup_unit (fixture->org, "sales"))),
                   ==, "sales-admin");
  g_assert_cmpstr (od_unit_tree_get_selected_id (fixture->tree), ==, "sales");
}

static void
test_function_chooser (Fixture       *fixture,
                       gconstpointer  data)
{
  OdUnit *unit;
  GtkWindow *chooser;
  guint all;

  od_unit_tree_select (fixture->tree, "sales");
  action (fixture, "unit.add-child");
  unit = od_unit_tree_get_selected_unit (fixture->tree);
  g_assert_true (action (fixture, "unit.add-function"));
  chooser = find_toplevel (OD_TYPE_FUNCTION_CHOOSER);
  g_assert_nonnull (chooser);
  all = od_function_chooser_filter (OD_FUNCTION_CHOOSER (chooser), NULL);
  g_assert_cmpuint (all, >, 40);
  /* Any language finds it: the English name, the Chinese name, the id. */
  g_assert_cmpuint (od_function_chooser_filter (OD_FUNCTION_CHOOSER (chooser), "market research"), ==, 1);
  g_assert_cmpuint (od_function_chooser_filter (OD_FUNCTION_CHOOSER (chooser), "市场研究"), ==, 1);
  g_assert_cmpuint (od_function_chooser_filter (OD_FUNCTION_CHOOSER (chooser), "MARKET-RESEARCH"), ==, 1);
  activate_row (chooser, "Market research");
  g_assert_cmpint (od_unit_get_role (unit, "market-research"), ==, OD_ROLE_OWNER);

  /* A collaboration process someone leads already: the new holder takes part. */
  action (fixture, "unit.add-function");
  chooser = find_toplevel (OD_TYPE_FUNCTION_CHOOSER);
  /* What the unit holds already is not offered again. */
  g_assert_cmpuint (od_function_chooser_filter (OD_FUNCTION_CHOOSER (chooser), NULL), ==, all - 1);
  g_assert_cmpuint (od_function_chooser_filter (OD_FUNCTION_CHOOSER (chooser), "marketing-plan"), >=, 1);
  gtk_window_close (chooser);
  od_ui_test_drain ();
  g_assert_true (od_inspector_assign (OD_INSPECTOR (od_ui_test_find_widget (GTK_WIDGET (fixture->window), OD_TYPE_INSPECTOR, NULL)),
                                      "marketing-plan"));
  g_assert_cmpint (od_unit_get_role (unit, "marketing-plan"), ==, OD_ROLE_PARTICIPANT);
}

/* Enter in a chooser's search field, as a user types a name and takes the
 * first match: a row that cannot be chosen is passed over. */
static void
press_enter_in_search (GtkWindow *chooser)
{
  GtkWidget *entry = od_ui_test_find_widget (GTK_WIDGET (chooser), GTK_TYPE_SEARCH_ENTRY, NULL);

  g_assert_nonnull (entry);
  g_signal_emit_by_name (entry, "activate");
  od_ui_test_drain ();
}

static void
test_chooser_enter (Fixture       *fixture,
                    gconstpointer  data)
{
  const char *gm_name = od_unit_get_name (od_organisation_lookup_unit (fixture->org, "gm"));
  const char *sales_name = od_unit_get_name (od_organisation_lookup_unit (fixture->org, "sales"));
  OdUnit *admin = od_organisation_lookup_unit (fixture->org, "sales-admin");
  OdUnit *unit;
  GtkWindow *chooser;

  /* The only match is its own parent, which cannot be chosen: nothing happens. */
  od_unit_tree_select (fixture->tree, "sales-admin");
  g_assert_true (action (fixture, "unit.move-to"));
  chooser = find_toplevel (OD_TYPE_UNIT_CHOOSER);
  g_assert_nonnull (chooser);
  g_assert_cmpuint (od_unit_chooser_filter (OD_UNIT_CHOOSER (chooser), gm_name), ==, 1);
  press_enter_in_search (chooser);
  g_assert_true (find_toplevel (OD_TYPE_UNIT_CHOOSER) == chooser);
  g_assert_cmpstr (od_unit_get_id (od_unit_get_parent (admin)), ==, "gm");
  /* The first unit shown that can be chosen is taken. */
  g_assert_cmpuint (od_unit_chooser_filter (OD_UNIT_CHOOSER (chooser), sales_name), >=, 1);
  press_enter_in_search (chooser);
  g_assert_null (find_toplevel (OD_TYPE_UNIT_CHOOSER));
  g_assert_cmpstr (od_unit_get_id (od_unit_get_parent (admin)), ==, "sales");

  od_unit_tree_select (fixture->tree, "sales");
  action (fixture, "unit.add-child");
  unit = od_unit_tree_get_selected_unit (fixture->tree);
  g_assert_true (action (fixture, "unit.add-function"));
  chooser = find_toplevel (OD_TYPE_FUNCTION_CHOOSER);
  g_assert_nonnull (chooser);
  g_assert_cmpuint (od_function_chooser_filter (OD_FUNCTION_CHOOSER (chooser), "市场研究"), ==, 1);
  press_enter_in_search (chooser);
  g_assert_null (find_toplevel (OD_TYPE_FUNCTION_CHOOSER));
  g_assert_cmpint (od_unit_get_role (unit, "market-research"), ==, OD_ROLE_OWNER);
}

/* Enter pressed right after typing, before the search field has reported
 * the text (it waits for a pause): the match for what was typed is
 * taken, not the first row of the list as it was. */
static void
test_enter_before_search_delay (Fixture       *fixture,
                                gconstpointer  data)
{
  OdUnit *unit;
  GtkWindow *chooser;
  GtkWidget *entry;

  od_unit_tree_select (fixture->tree, "sales");
  action (fixture, "unit.add-child");
  unit = od_unit_tree_get_selected_unit (fixture->tree);
  g_assert_true (action (fixture, "unit.add-function"));
  chooser = find_toplevel (OD_TYPE_FUNCTION_CHOOSER);
  g_assert_nonnull (chooser);
  entry = od_ui_test_find_widget (GTK_WIDGET (chooser), GTK_TYPE_SEARCH_ENTRY, NULL);
  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "市场研究");
  g_signal_emit_by_name (entry, "activate");
  od_ui_test_drain ();
  g_assert_null (find_toplevel (OD_TYPE_FUNCTION_CHOOSER));
  g_assert_cmpint (od_unit_get_role (unit, "market-research"), ==, OD_ROLE_OWNER);
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  OdOutline *outline = OD_OUTLINE (od_ui_test_find_widget (GTK_WIDGET (fixture->window), OD_TYPE_OUTLINE, NULL));

  g_assert_true (action (fixture, "win.find"));
  /* Unit names are in the user's language: take them from the model. */
  g_assert_true (od_outline_search (outline, od_unit_get_name (od_organisation_lookup_unit (fixture->org, "warehouse"))));
  g_assert_cmpstr (od_unit_tree_get_selected_id (fixture->tree), ==, "warehouse");
  g_assert_true (od_outline_search (outline, "Market research"));
  g_assert_cmpstr (od_unit_tree_get_selected_id (fixture->tree), ==, "marketing");
  g_assert_false (od_outline_search (outline, "zzz"));
  g_assert_cmpstr (od_unit_tree_get_selected_id (fixture->tree), ==, "marketing");
}

/* A dotted line from IT support's stand-in (研发部) to 销售部: chosen
 * like a move, one undoable step. */
static void
test_dotted_line (Fixture       *fixture,
                  gconstpointer  data)
{
  const char *sales_name = od_unit_get_name (od_organisation_lookup_unit (fixture->org, "sales"));
  GPtrArray *lines = od_organisation_get_dotted_lines (fixture->org);
  guint before = lines->len;
  const OdDottedLine *line;
  GtkWindow *chooser;

  od_unit_tree_select (fixture->tree, "rnd");
  g_assert_true (action (fixture, "unit.add-dotted-line"));
  chooser = find_toplevel (OD_TYPE_UNIT_CHOOSER);
  g_assert_nonnull (chooser);
  g_assert_nonnull (strstr (gtk_window_get_title (chooser), "Dotted Line"));
  activate_row (chooser, sales_name);
  g_assert_cmpuint (lines->len, ==, before + 1);
  line = lines->pdata[lines->len - 1];
  g_assert_cmpstr (line->from, ==, "rnd");
  g_assert_cmpstr (line->to, ==, "sales");
  /* The inspector lists it with a button that removes it, undoably. */
  {
    g_autofree char *title = g_strdup_printf ("Also works for “%s”", sales_name);
    GtkWidget *row = od_ui_test_find_widget (GTK_WIDGET (fixture->window), ADW_TYPE_ACTION_ROW, title);
    GtkWidget *remove;

    g_assert_nonnull (row);
    remove = od_ui_test_find_widget (row, GTK_TYPE_BUTTON, NULL);
    g_assert_nonnull (remove);
    g_signal_emit_by_name (remove, "clicked");
    od_ui_test_drain ();
    g_assert_cmpuint (lines->len, ==, before);
    g_assert_true (action (fixture, "win.undo"));
    g_assert_cmpuint (lines->len, ==, before + 1);
  }
  g_assert_true (action (fixture, "win.undo"));
  g_assert_cmpuint (od_organisation_get_dotted_lines (fixture->org)->len, ==, before);
}

/* The inspector records what part of the business a unit covers, each
 * change one undoable step. */
static void
test_scope (Fixture       *fixture,
            gconstpointer  data)
{
  AdwComboRow *kind;
  AdwEntryRow *scope;
  OdUnit *sales;

  od_unit_tree_select (fixture->tree, "sales");
  od_ui_test_drain ();
  kind = ADW_COMBO_ROW (od_ui_test_find_widget (GTK_WIDGET (fixture->window), ADW_TYPE_COMBO_ROW, "Covers one"));
  scope = ADW_ENTRY_ROW (od_ui_test_find_widget (GTK_WIDGET (fixture->window), ADW_TYPE_ENTRY_ROW, "Scope (华东, KA…)"));
  g_assert_nonnull (kind);
  g_assert_nonnull (scope);
  sales = od_organisation_lookup_unit (fixture->org, "sales");
  g_assert_cmpuint (adw_combo_row_get_selected (kind), ==, 0);

  adw_combo_row_set_selected (kind, 1);
  od_ui_test_drain ();
  g_assert_cmpstr (od_unit_get_scope_kind (sales), ==, "region");
  gtk_editable_set_text (GTK_EDITABLE (scope), "华东");
  g_signal_emit_by_name (scope, "apply");
  od_ui_test_drain ();
  g_assert_cmpstr (od_unit_get_scope (sales), ==, "华东");

  g_assert_true (od_undo_stack_undo (od_document_get_undo_stack (fixture->doc)));
  od_ui_test_drain ();
  g_assert_null (od_unit_get_scope (sales));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (scope)), ==, "");
  g_assert_true (od_undo_stack_undo (od_document_get_undo_stack (fixture->doc)));
  od_ui_test_drain ();
  g_assert_null (od_unit_get_scope_kind (sales));
  g_assert_cmpuint (adw_combo_row_get_selected (kind), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  int status;

  app = od_ui_test_init (&argc, &argv);

  g_test_add ("/ui/editing/add-rename", Fixture, NULL, fixture_setup, test_add_rename, fixture_teardown);
  g_test_add ("/ui/editing/focus-after-naming", Fixture, NULL, fixture_setup, test_focus_after_naming, fixture_teardown);
  g_test_add ("/ui/editing/properties", Fixture, NULL, fixture_setup, test_properties, fixture_teardown);
  g_test_add ("/ui/editing/reparent", Fixture, NULL, fixture_setup, test_reparent, fixture_teardown);
  g_test_add ("/ui/editing/delete-undo", Fixture, NULL, fixture_setup, test_delete_undo, fixture_teardown);
  g_test_add ("/ui/editing/function-and-fix", Fixture, NULL, fixture_setup, test_function_and_fix, fixture_teardown);
  g_test_add ("/ui/editing/accept-exception", Fixture, NULL, fixture_setup, test_accept_exception, fixture_teardown);
  g_test_add ("/ui/editing/move-to-chooser", Fixture, NULL, fixture_setup, test_move_to_chooser, fixture_teardown);
  g_test_add ("/ui/editing/dotted-line", Fixture, NULL, fixture_setup, test_dotted_line, fixture_teardown);
  g_test_add ("/ui/editing/function-chooser", Fixture, NULL, fixture_setup, test_function_chooser, fixture_teardown);
  g_test_add ("/ui/editing/chooser-enter", Fixture, NULL, fixture_setup, test_chooser_enter, fixture_teardown);
  g_test_add ("/ui/editing/enter-before-search-delay", Fixture, NULL, fixture_setup, test_enter_before_search_delay, fixture_teardown);
  g_test_add ("/ui/editing/search", Fixture, NULL, fixture_setup, test_search, fixture_teardown);
  g_test_add ("/ui/editing/scope", Fixture, NULL, fixture_setup, test_scope, fixture_teardown);
  status = g_test_run ();
  g_object_unref (app);
  return status;
}
