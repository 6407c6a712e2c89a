/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-coordination-editor.c: the Coordination Sheets and 313 Plans window.
 * A marketing department asks sales for market feedback on a sheet that
 * 《营销前后台协同机制设计》 wants complete ("包括协同的工作要求、完成时间、
 * 评估标准和责任人,而且必须由双方负责人签字…以及相关的奖惩措施"); the 313
 * rule of 《某某软件公司市场部与销售部协调之道》 gets its three plans.  Every
 * change is one undo step and the rows follow undo and redo. */
#include "config.h"

#include "od-check.h"
#include "od-coordination-editor.h"
#include "od-ui-test.h"
#include "od-window.h"

static OdApplication *app;

static OdDocument *
firm_document (void)
{
  g_autoptr(OdOrganisation) org = od_organisation_new ();
  OdDocument *doc = od_document_new (org);
  const char *units[][3] = { { "ceo", NULL, "总经理" }, { "marketing", "ceo", "市场部" }, { "sales", "ceo", "销售部" } };
  GError *error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    {
      OdCommand *command = od_command_add_unit (org, units[i][1], -1, units[i][0], units[i][2],
                                                i == 0 ? OD_UNIT_KIND_EXECUTIVE : OD_UNIT_KIND_FRONT, &error);
      g_assert_no_error (error);
      g_assert_true (od_document_push (doc, command, &error));
    }
  return doc;
}

static gboolean
has_rule (OdDocument *doc,
          const char *rule)
{
  GPtrArray *findings = od_document_get_findings (doc);

  for (guint i = 0; i < findings->len; i++)
    if (g_strcmp0 (((OdFinding *) findings->pdata[i])->rule, rule) == 0)
      return TRUE;
  return FALSE;
}

/* Types @text into the entry row for @field of sheet-1 and applies it. */
static void
type_into (OdCoordinationEditor *editor,
           OdSheetField          field,
           const char           *text)
{
  GtkWidget *row = od_coordination_editor_get_sheet_row (editor, "sheet-1", field);

  g_assert_true (ADW_IS_ENTRY_ROW (row));
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  g_signal_emit_by_name (row, "apply");
  od_ui_test_drain ();
}

static void
flip (OdCoordinationEditor *editor,
      OdSheetField          field)
{
  GtkWidget *row = od_coordination_editor_get_sheet_row (editor, "sheet-1", field);
  GtkWidget *sw = adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row));

  gtk_switch_set_active (GTK_SWITCH (sw), !gtk_switch_get_active (GTK_SWITCH (sw)));
  od_ui_test_drain ();
}

static void
test_sheets (void)
{
  OdWindow *window = od_application_new_window (app);
  g_autoptr(OdDocument) doc = firm_document ();
  OdOrganisation *org = od_document_get_organisation (doc);
  OdUndoStack *stack = od_document_get_undo_stack (doc);
  OdCoordinationEditor *editor;
  const OdCoordinationSheet *sheet;
  AdwComboRow *from;
  GtkWidget *row;

  gtk_window_present (GTK_WINDOW (window));
  od_window_set_document (window, doc);
  od_ui_test_drain ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.coordination", NULL));
  od_ui_test_drain ();
  editor = g_object_get_data (G_OBJECT (window), "od-coordination-editor");
  g_assert_true (OD_IS_COORDINATION_EDITOR (editor));
  g_assert_null (od_coordination_editor_get_sheet_row (editor, "sheet-1", OD_SHEET_FIELD_REQUIREMENT));

  /* Add: one step, an empty sheet, which the checks find incomplete. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "coordination.add-sheet", NULL));
  od_ui_test_drain ();
  g_assert_cmpuint (od_organisation_get_sheets (org)->len, ==, 1);
  g_assert_cmpstr (od_undo_stack_get_undo_label (stack), ==, "Add coordination sheet");
  g_assert_true (has_rule (doc, "coordination-sheet-incomplete"));

  /* The units from the chart's combo; the fields typed in. */
  from = ADW_COMBO_ROW (od_coordination_editor_get_sheet_row (editor, "sheet-1", OD_SHEET_FIELD_FROM));
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (from)), ==, 4);   /* "—" and three units */
  adw_combo_row_set_selected (from, 2);   /* 市场部 */
  od_ui_test_drain ();
  adw_combo_row_set_selected (ADW_COMBO_ROW (od_coordination_editor_get_sheet_row (editor, "sheet-1", OD_SHEET_FIELD_TO)), 3);
  od_ui_test_drain ();
  type_into (editor, OD_SHEET_FIELD_REQUIREMENT, "每周反馈重点客户的竞品动态");
  type_into (editor, OD_SHEET_FIELD_DEADLINE, "2026-12-31");
  type_into (editor, OD_SHEET_FIELD_STANDARD, "市场部确认可用于季度分析");
  type_into (editor, OD_SHEET_FIELD_RESPONSIBLE, "销售部李经理");
  type_into (editor, OD_SHEET_FIELD_REWARDS, "按时提交计入考核");
  sheet = od_organisation_find_sheet (org, "sheet-1");
  g_assert_cmpstr (sheet->unit[OD_SHEET_FROM], ==, "marketing");
  g_assert_cmpstr (sheet->unit[OD_SHEET_TO], ==, "sales");
  g_assert_cmpstr (sheet->requirement, ==, "每周反馈重点客户的竞品动态");
  g_assert_false (has_rule (doc, "coordination-sheet-incomplete"));
  g_assert_true (has_rule (doc, "coordination-sheet-unsigned"));

  /* A bad date is refused and changes nothing. */
  type_into (editor, OD_SHEET_FIELD_DEADLINE, "下周");
  g_assert_cmpstr (od_organisation_find_sheet (org, "sheet-1")->deadline, ==, "2026-12-31");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (od_coordination_editor_get_sheet_row (editor, "sheet-1", OD_SHEET_FIELD_DEADLINE))),
                   ==, "2026-12-31");
  g_assert_cmpstr (od_undo_stack_get_undo_label (stack), ==, "Change coordination sheet");

  /* One head signs, then the other. */
  flip (editor, OD_SHEET_FIELD_FROM_SIGNED);
  g_assert_true (has_rule (doc, "coordination-sheet-one-signature"));
  flip (editor, OD_SHEET_FIELD_TO_SIGNED);
  g_assert_false (has_rule (doc, "coordination-sheet-one-signature"));
  g_assert_true (od_coordination_sheet_is_complete (od_organisation_find_sheet (org, "sheet-1"), org));

  /* Undo from the main window: the switch follows. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  od_ui_test_drain ();
  g_assert_false (od_organisation_find_sheet (org, "sheet-1")->signature[OD_SHEET_TO].is_signed);
  row = od_coordination_editor_get_sheet_row (editor, "sheet-1", OD_SHEET_FIELD_TO_SIGNED);
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row)))));
  /* Showing the old value pushed nothing: redo is still there. */
  g_assert_true (od_undo_stack_can_redo (stack));
  g_assert_true (od_undo_stack_redo (stack));
  od_ui_test_drain ();

  /* Remove: one step, undone from the editor's own Ctrl+Z path. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "coordination.remove-sheet", "s", "sheet-1"));
  od_ui_test_drain ();
  g_assert_cmpuint (od_organisation_get_sheets (org)->len, ==, 0);
  g_assert_null (od_coordination_editor_get_sheet_row (editor, "sheet-1", OD_SHEET_FIELD_REQUIREMENT));
  g_assert_true (od_ui_test_press_shortcut (GTK_WIDGET (editor), GDK_KEY_z, GDK_CONTROL_MASK));
  od_ui_test_drain ();
  row = od_coordination_editor_get_sheet_row (editor, "sheet-1", OD_SHEET_FIELD_REQUIREMENT);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "每周反馈重点客户的竞品动态");

  gtk_window_destroy (GTK_WINDOW (window));
  od_ui_test_drain ();
}

static void
test_plans (void)
{
  OdWindow *window = od_application_new_window (app);
  g_autoptr(OdDocument) doc = firm_document ();
  OdOrganisation *org = od_document_get_organisation (doc);
  OdUndoStack *stack = od_document_get_undo_stack (doc);
  OdCoordinationEditor *editor;
  GtkWidget *recorded, *summary;
  GError *error = NULL;

  gtk_window_present (GTK_WINDOW (window));
  od_window_set_document (window, doc);
  g_assert_true (od_document_push (doc, od_command_set_mechanism (org, "rule-313", TRUE, NULL, &error), &error));
  od_ui_test_drain ();
  editor = od_coordination_editor_present (GTK_WINDOW (window), doc);
  od_ui_test_drain ();
  g_assert_true (has_rule (doc, "rule-313-horizon-missing"));

  /* Switching a horizon on records an empty plan; its summary is typed in. */
  recorded = adw_action_row_get_activatable_widget (
    ADW_ACTION_ROW (od_coordination_editor_get_plan_row (editor, OD_HORIZON_1_YEAR, OD_PLAN_FIELD_RECORDED)));
  gtk_switch_set_active (GTK_SWITCH (recorded), TRUE);
  od_ui_test_drain ();
  g_assert_nonnull (od_organisation_find_plan (org, OD_HORIZON_1_YEAR));
  g_assert_cmpstr (od_undo_stack_get_undo_label (stack), ==, "Add 313 plan");
  summary = od_coordination_editor_get_plan_row (editor, OD_HORIZON_1_YEAR, OD_PLAN_FIELD_SUMMARY);
  gtk_editable_set_text (GTK_EDITABLE (summary), "重点目标市场及市场成本控制");
  g_signal_emit_by_name (summary, "apply");
  od_ui_test_drain ();
  g_assert_cmpstr (od_organisation_find_plan (org, OD_HORIZON_1_YEAR)->summary, ==, "重点目标市场及市场成本控制");
  g_assert_cmpstr (od_undo_stack_get_undo_label (stack), ==, "Change 313 plan");

  /* Typing into a horizon not recorded records it, in one step. */
  summary = od_coordination_editor_get_plan_row (editor, OD_HORIZON_3_YEARS, OD_PLAN_FIELD_SUMMARY);
  gtk_editable_set_text (GTK_EDITABLE (summary), "市场增长点与需求变化点");
  g_signal_emit_by_name (summary, "apply");
  od_ui_test_drain ();
  g_assert_cmpstr (od_organisation_find_plan (org, OD_HORIZON_3_YEARS)->summary, ==, "市场增长点与需求变化点");
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (adw_action_row_get_activatable_widget (
    ADW_ACTION_ROW (od_coordination_editor_get_plan_row (editor, OD_HORIZON_3_YEARS, OD_PLAN_FIELD_RECORDED))))));
  g_assert_true (has_rule (doc, "rule-313-horizon-missing"));   /* the 3-month plan */

  /* Undo: the row empties and the switch goes off. */
  g_assert_true (od_undo_stack_undo (stack));
  od_ui_test_drain ();
  g_assert_null (od_organisation_find_plan (org, OD_HORIZON_3_YEARS));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (summary)), ==, "");
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (adw_action_row_get_activatable_widget (
    ADW_ACTION_ROW (od_coordination_editor_get_plan_row (editor, OD_HORIZON_3_YEARS, OD_PLAN_FIELD_RECORDED))))));

  /* Switching off removes the plan. */
  gtk_switch_set_active (GTK_SWITCH (recorded), FALSE);
  od_ui_test_drain ();
  g_assert_null (od_organisation_find_plan (org, OD_HORIZON_1_YEAR));
  g_assert_cmpstr (od_undo_stack_get_undo_label (stack), ==, "Remove 313 plan");

  gtk_window_destroy (GTK_WINDOW (window));
  od_ui_test_drain ();
}

int
main (int    argc,
      char **argv)
{
  app = od_ui_test_init (&argc, &argv);
  g_test_add_func ("/coordination-editor/sheets", test_sheets);
  g_test_add_func ("/coordination-editor/plans", test_plans);
  return g_test_run ();
}
