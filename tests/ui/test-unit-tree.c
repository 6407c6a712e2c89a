/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-unit-tree.c: the outline's model follows every edit, undo and redo
 * exactly, and keeps the selected unit selected. */
#include "config.h"

#include "od-template.h"
#include "od-ui-test.h"
#include "od-unit-item.h"
#include "od-unit-tree.h"

/* The rows, expanded as they are, must be the units in document order. */
static void
assert_rows_match (OdUnitTree     *tree,
                   OdOrganisation *org)
{
  GListModel *rows = G_LIST_MODEL (od_unit_tree_get_selection (tree));
  g_autoptr(GPtrArray) units = od_organisation_list_units (org);

  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, units->len);
  for (guint i = 0; i < units->len; i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, i);
      g_autoptr(OdUnitItem) item = gtk_tree_list_row_get_item (row);

      g_assert_cmpstr (od_unit_item_get_id (item), ==, od_unit_get_id (units->pdata[i]));
      g_assert_cmpstr (od_unit_item_get_name (item), ==, od_unit_get_name (units->pdata[i]));
      g_assert_cmpuint (gtk_tree_list_row_get_depth (row), ==, od_unit_get_depth (units->pdata[i]));
      g_assert_cmpint (gtk_tree_list_row_is_expandable (row), ==,
                       od_unit_get_first_child (units->pdata[i]) != NULL);
    }
}

static void
push (OdDocument *doc,
      OdCommand  *command)
{
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (command);
  g_assert_true (od_document_push (doc, command, &error));
  g_assert_no_error (error);
}

static void
test_follows_edits (void)
{
  g_autoptr(OdDocument) doc = od_document_new_from_template (OD_SIZE_MEDIUM, NULL);
  g_autoptr(OdUnitTree) tree = od_unit_tree_new (doc);
  OdOrganisation *org = od_document_get_organisation (doc);
  OdUndoStack *stack = od_document_get_undo_stack (doc);
  g_autofree char *new_id = NULL;
  OdCommand *command;

  assert_rows_match (tree, org);

  /* A first child turns a leaf into a parent. */
  command = od_command_add_unit (org, "sales", -1, NULL, "华东大区", OD_UNIT_KIND_FRONT, NULL);
  new_id = g_strdup (od_command_get_new_unit_id (command));
  push (doc, command);
  assert_rows_match (tree, org);
  push (doc, od_command_add_unit (org, new_id, 0, "east-1", "上海办", OD_UNIT_KIND_FRONT, NULL));
  assert_rows_match (tree, org);
  push (doc, od_command_set_unit_prop (org, new_id, OD_UNIT_PROP_NAME, "华东区", NULL));
  assert_rows_match (tree, org);

  /* Moves across the tree, including one that leaves a parent childless. */
  push (doc, od_command_move_unit (org, new_id, "marketing", -1, NULL));
  assert_rows_match (tree, org);
  push (doc, od_command_move_unit (org, "east-1", "gm", 0, NULL));
  assert_rows_match (tree, org);
  push (doc, od_command_move_unit (org, "hr", "gm", 0, NULL));
  assert_rows_match (tree, org);

  /* Removing a subtree, and its last child. */
  push (doc, od_command_remove_unit (org, "production", NULL));
  assert_rows_match (tree, org);
  push (doc, od_command_remove_unit (org, new_id, NULL));
  assert_rows_match (tree, org);

  while (od_undo_stack_can_undo (stack))
    {
      od_undo_stack_undo (stack);
      assert_rows_match (tree, org);
    }
  while (od_undo_stack_can_redo (stack))
    {
      od_undo_stack_redo (stack);
      assert_rows_match (tree, org);
    }
}

static void
test_selection (void)
{
  g_autoptr(OdDocument) doc = od_document_new_from_template (OD_SIZE_MEDIUM, NULL);
  g_autoptr(OdUnitTree) tree = od_unit_tree_new (doc);
  OdOrganisation *org = od_document_get_organisation (doc);
  OdUndoStack *stack = od_document_get_undo_stack (doc);
  GtkSingleSelection *selection = od_unit_tree_get_selection (tree);

  g_assert_null (od_unit_tree_get_selected_id (tree));
  g_assert_true (od_unit_tree_select (tree, "warehouse"));
  g_assert_cmpstr (od_unit_tree_get_selected_id (tree), ==, "warehouse");
  g_assert_false (od_unit_tree_select (tree, "no-such-unit"));

  /* Clicking a row (the selection model) updates the id. */
  gtk_single_selection_set_selected (selection, 0);
  g_assert_cmpstr (od_unit_tree_get_selected_id (tree), ==, "gm");

  /* Moving the selected unit keeps it selected. */
  od_unit_tree_select (tree, "logistics");
  push (doc, od_command_move_unit (org, "logistics", "gm", 0, NULL));
  g_assert_cmpstr (od_unit_tree_get_selected_id (tree), ==, "logistics");
  {
    GtkTreeListRow *row = gtk_single_selection_get_selected_item (selection);
    g_autoptr(OdUnitItem) item = gtk_tree_list_row_get_item (row);

    g_assert_cmpstr (od_unit_item_get_id (item), ==, "logistics");
  }

  /* Deleting the selected unit's ancestor selects that ancestor's parent. */
  od_unit_tree_select (tree, "workshop");
  push (doc, od_command_remove_unit (org, "production", NULL));
  g_assert_cmpstr (od_unit_tree_get_selected_id (tree), ==, "production-vp");
  od_undo_stack_undo (stack);
  g_assert_cmpstr (od_unit_tree_get_selected_id (tree), ==, "production-vp");
  g_assert_true (od_unit_tree_select (tree, "workshop"));
}

static void
test_find (void)
{
  g_autoptr(OdOrganisation) org = od_template_create (OD_SIZE_MEDIUM, OD_LANG_ZH_CN, NULL, NULL);
  g_autoptr(OdDocument) doc = od_document_new (org);
  g_autoptr(OdUnitTree) tree = od_unit_tree_new (doc);

  /* By name, ignoring case, in document order and wrapping round. */
  g_assert_cmpstr (od_unit_tree_find (tree, "销管", NULL, FALSE), ==, "sales-admin");
  g_assert_cmpstr (od_unit_tree_find (tree, "部", "rnd", FALSE), ==, "marketing");
  g_assert_cmpstr (od_unit_tree_find (tree, "部", "marketing", TRUE), ==, "rnd");
  /* By function, in any language, and by function id. */
  g_assert_cmpstr (od_unit_tree_find (tree, "MARKET RESEARCH", NULL, FALSE), ==, "marketing");
  g_assert_cmpstr (od_unit_tree_find (tree, "市场研究", NULL, FALSE), ==, "marketing");
  g_assert_cmpstr (od_unit_tree_find (tree, "receivables-collection", NULL, FALSE), ==, "sales");
  g_assert_null (od_unit_tree_find (tree, "no such thing", NULL, FALSE));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  gtk_init ();

  g_test_add_func ("/ui/unit-tree/follows-edits", test_follows_edits);
  g_test_add_func ("/ui/unit-tree/selection", test_selection);
  g_test_add_func ("/ui/unit-tree/find", test_find);
  return g_test_run ();
}
