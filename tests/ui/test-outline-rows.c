/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-outline-rows.c: the outline's rows on screen after edits in a long
 * group.
 *
 * GTK 4.8 binds every row after an insert or remove again, with the item
 * it already had; the outline skips what did not change then (the
 * expander keeps its list row, labels and icons are set only when they
 * read otherwise).  These tests check that what is left shows the truth:
 * after adds, deletes, moves, renames, changes of kind and their undo and
 * redo in a group of 3,000 reports, every row widget shows the unit at its
 * position (name, kind, tooltip, warning icon), as a fresh outline of the
 * same organisation does; the selected unit stays selected and in view,
 * and the keyboard focus stays in the list. */
#include "config.h"

#include <stdlib.h>

#include "od-command.h"
#include "od-file.h"
#include "od-outline.h"
#include "od-ui-test.h"
#include "od-unit-item.h"
#include "od-unit-tree.h"

#define N_REPORTS 3000

static OdApplication *app;

static OdDocument *
new_group_document (void)
{
  return od_ui_test_group_document ("长组", "总部", N_REPORTS);
}

static OdWindow *
show (OdDocument *document)
{
  OdWindow *window = od_application_new_window (app);

  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  gtk_window_present (GTK_WINDOW (window));
  od_window_set_document (window, document);
  for (int i = 0; i < 40; i++)
    od_ui_test_drain ();
  return window;
}

static GtkListView *
list_view_of (OdWindow *window)
{
  GtkWidget *outline = od_ui_test_find_widget (GTK_WIDGET (window), OD_TYPE_OUTLINE, NULL);
  GtkWidget *list = outline != NULL ? od_ui_test_find_widget (outline, GTK_TYPE_LIST_VIEW, NULL) : NULL;

  g_assert_nonnull (list);
  return GTK_LIST_VIEW (list);
}

/* What one row widget shows, as text: "position|name|kind|tooltip|icon". */
static char *
describe_row (GtkWidget *row)
{
  GtkWidget *expander = od_ui_test_find_widget (row, GTK_TYPE_TREE_EXPANDER, NULL);
  GtkTreeListRow *list_row = expander != NULL ? gtk_tree_expander_get_list_row (GTK_TREE_EXPANDER (expander)) : NULL;
  GtkWidget *box, *name, *kind, *icon;

  if (list_row == NULL)
    return NULL;
  box = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (expander));
  name = gtk_widget_get_first_child (box);
  kind = gtk_widget_get_next_sibling (name);
  icon = gtk_widget_get_next_sibling (kind);
  return g_strdup_printf ("%u|%s|%s|%s|%s", gtk_tree_list_row_get_position (list_row),
                          gtk_label_get_label (GTK_LABEL (name)),
                          gtk_widget_get_visible (kind) ? gtk_label_get_label (GTK_LABEL (kind)) : "",
                          gtk_widget_get_tooltip_text (expander),
                          gtk_widget_get_visible (icon) ? gtk_image_get_icon_name (GTK_IMAGE (icon)) : "");
}

/* What a row at @position must show, from the organisation itself. */
static char *
expected_row (OdDocument *document,
              GListModel *rows,
              guint       position)
{
  g_autoptr(GtkTreeListRow) list_row = g_list_model_get_item (rows, position);
  g_autoptr(OdUnitItem) item = gtk_tree_list_row_get_item (list_row);
  OdUnit *unit = od_organisation_lookup_unit (od_document_get_organisation (document), od_unit_item_get_id (item));
  const char *kind = od_unit_kind_get_display_name (od_unit_get_kind (unit));
  int severity = od_document_get_unit_severity (document, unit);

  return g_strdup_printf ("%u|%s|%s|%s (%s)|%s", position, od_unit_get_name (unit),
                          gtk_tree_list_row_get_depth (list_row) < 5 ? kind : "",
                          od_unit_get_name (unit), kind,
                          severity == OD_SEVERITY_ERROR ? "dialog-error-symbolic"
                          : severity == OD_SEVERITY_WARNING ? "dialog-warning-symbolic" : "");
}

/* Every row widget of @window's outline, sorted by position, after
 * checking each against the organisation and its own model. */
static GPtrArray *
shown_rows (OdWindow *window)
{
  GtkListView *list = list_view_of (window);
  GListModel *rows = G_LIST_MODEL (od_unit_tree_get_selection (od_window_get_unit_tree (window)));
  g_autoptr(GPtrArray) shown = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *sorted = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) by_position = g_hash_table_new (g_direct_hash, g_direct_equal);
  guint first = G_MAXUINT, last = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *expander = od_ui_test_find_widget (row, GTK_TYPE_TREE_EXPANDER, NULL);
      GtkTreeListRow *list_row;
      g_autofree char *expected = NULL;
      char *seen;
      guint position;

      if (expander == NULL || !gtk_widget_get_child_visible (row))
        continue;
      list_row = gtk_tree_expander_get_list_row (GTK_TREE_EXPANDER (expander));
      g_assert_nonnull (list_row);
      position = gtk_tree_list_row_get_position (list_row);
      g_assert_cmpuint (position, <, g_list_model_get_n_items (rows));
      /* The row the widget holds is the model's row at that position. */
      {
        g_autoptr(GtkTreeListRow) at = g_list_model_get_item (rows, position);

        g_assert_true (at == list_row);
      }
      seen = describe_row (row);
      expected = expected_row (od_window_get_document (window), rows, position);
      g_assert_cmpstr (seen, ==, expected);
      g_assert_false (g_hash_table_contains (by_position, GUINT_TO_POINTER (position)));
      g_hash_table_insert (by_position, GUINT_TO_POINTER (position), seen);
      g_ptr_array_add (shown, seen);
      first = MIN (first, position);
      last = MAX (last, position);
    }
  g_assert_cmpuint (shown->len, >, 10);
  /* No gap: the rows shown are one run of positions. */
  g_assert_cmpuint (last - first + 1, ==, shown->len);
  for (guint p = first; p <= last; p++)
    g_ptr_array_add (sorted, g_strdup (g_hash_table_lookup (by_position, GUINT_TO_POINTER (p))));
  return sorted;
}

/* The selected unit is @id, its row is the list's selected row on screen,
 * and the focus is in the list. */
static void
assert_selected_focused (OdWindow   *window,
                         const char *id)
{
  OdUnitTree *tree = od_window_get_unit_tree (window);
  GtkListView *list = list_view_of (window);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
  guint selected_rows = 0;

  g_assert_cmpstr (od_unit_tree_get_selected_id (tree), ==, id);
  g_assert_nonnull (focus);
  g_assert_true (focus == GTK_WIDGET (list) || gtk_widget_is_ancestor (focus, GTK_WIDGET (list)));
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *expander = od_ui_test_find_widget (row, GTK_TYPE_TREE_EXPANDER, NULL);
      g_autoptr(OdUnitItem) item = NULL;

      if (expander == NULL || !gtk_widget_get_child_visible (row)
          || (gtk_widget_get_state_flags (row) & GTK_STATE_FLAG_SELECTED) == 0)
        continue;
      item = gtk_tree_expander_get_item (GTK_TREE_EXPANDER (expander));
      g_assert_nonnull (item);
      g_assert_cmpstr (od_unit_item_get_id (item), ==, id);
      selected_rows++;
    }
  g_assert_cmpuint (selected_rows, ==, 1);
}

/* A fresh window on the same organisation, scrolled to the same unit,
 * shows the same rows where both show one. */
static void
assert_as_fresh (OdWindow  *window,
                 GPtrArray *rows)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = od_file_serialize (od_document_get_organisation (od_window_get_document (window)));
  g_autofree char *xml = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_autoptr(OdOrganisation) org = od_test_load_string (xml, OD_LOAD_DEFAULT, &error);
  g_autoptr(OdDocument) document = NULL;
  g_autoptr(GPtrArray) fresh_rows = NULL;
  OdWindow *fresh;
  guint common = 0;

  g_assert_no_error (error);
  document = od_document_new (org);
  fresh = show (document);
  od_unit_tree_select (od_window_get_unit_tree (fresh), od_unit_tree_get_selected_id (od_window_get_unit_tree (window)));
  od_outline_focus_list (OD_OUTLINE (od_ui_test_find_widget (GTK_WIDGET (fresh), OD_TYPE_OUTLINE, NULL)));
  for (int i = 0; i < 10; i++)
    od_ui_test_drain ();
  fresh_rows = shown_rows (fresh);
  for (guint i = 0; i < rows->len; i++)
    for (guint j = 0; j < fresh_rows->len; j++)
      if (strtoul (rows->pdata[i], NULL, 10) == strtoul (fresh_rows->pdata[j], NULL, 10))
        {
          g_assert_cmpstr (rows->pdata[i], ==, fresh_rows->pdata[j]);
          common++;
        }
  g_assert_cmpuint (common, >, 10);
  gtk_window_destroy (GTK_WINDOW (fresh));
  od_ui_test_drain ();
}

static void
push (OdDocument *document,
      OdCommand  *command)
{
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (command);
  g_assert_true (od_document_push (document, command, &error));
  g_assert_no_error (error);
  for (int i = 0; i < 4; i++)
    od_ui_test_drain ();
}

static void
check (OdWindow   *window,
       const char *selected_id,
       gboolean    with_fresh)
{
  g_autoptr(GPtrArray) rows = shown_rows (window);

  assert_selected_focused (window, selected_id);
  if (with_fresh)
    assert_as_fresh (window, rows);
}

static void
test_long_group_edits (void)
{
  g_autoptr(OdDocument) document = new_group_document ();
  OdWindow *window = show (document);
  OdOrganisation *org = od_document_get_organisation (document);
  OdUndoStack *stack = od_document_get_undo_stack (document);
  OdUnitTree *tree = od_window_get_unit_tree (window);
  OdOutline *outline = OD_OUTLINE (od_ui_test_find_widget (GTK_WIDGET (window), OD_TYPE_OUTLINE, NULL));
  g_autofree char *added = NULL;
  OdCommand *command;

  /* A unit in the middle of the group, the list focused on it. */
  g_assert_true (od_unit_tree_select (tree, "r1500"));
  od_outline_focus_list (outline);
  for (int i = 0; i < 10; i++)
    od_ui_test_drain ();
  check (window, "r1500", TRUE);

  /* Add just above it (every row after shifts down), then delete it
   * (they shift back). */
  command = od_command_add_unit (org, "top", 1495, NULL, "新部门", OD_UNIT_KIND_SUPPORT, NULL);
  added = g_strdup (od_command_get_new_unit_id (command));
  push (document, command);
  check (window, "r1500", TRUE);
  push (document, od_command_remove_unit (org, added, NULL));
  check (window, "r1500", TRUE);

  /* Renames and a change of kind of rows on screen; a move of one from
   * above to the end of the group. */
  push (document, od_command_set_unit_prop (org, "r1498", OD_UNIT_PROP_NAME, "改名组", NULL));
  push (document, od_command_set_unit_prop (org, "r1502", OD_UNIT_PROP_KIND, "back", NULL));
  check (window, "r1500", FALSE);
  push (document, od_command_move_unit (org, "r1490", "top", -1, NULL));
  check (window, "r1500", TRUE);
  /* A sub-unit under a row on screen makes it a parent (its expander). */
  push (document, od_command_add_unit (org, "r1505", -1, NULL, "下级", OD_UNIT_KIND_FRONT, NULL));
  check (window, "r1500", TRUE);

  /* Undo all of it, then redo all of it. */
  while (od_undo_stack_can_undo (stack))
    {
      od_undo_stack_undo (stack);
      for (int i = 0; i < 4; i++)
        od_ui_test_drain ();
      check (window, "r1500", FALSE);
    }
  check (window, "r1500", TRUE);
  while (od_undo_stack_can_redo (stack))
    {
      od_undo_stack_redo (stack);
      for (int i = 0; i < 4; i++)
        od_ui_test_drain ();
      check (window, "r1500", FALSE);
    }
  check (window, "r1500", TRUE);

  /* After the checks ran on the edited organisation, the manager of 3,000
   * reports has findings: its row, at the top, shows their worst severity
   * (the rows are checked against the document's severities). */
  {
    gint64 end = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
    g_autoptr(GPtrArray) rows = NULL;
    guint marked = 0;

    while (od_document_get_unit_severity (document, od_organisation_lookup_unit (org, "top")) < OD_SEVERITY_WARNING
           && g_get_monotonic_time () < end)
      {
        od_document_peek_findings (document);
        od_ui_test_drain ();
      }
    g_assert_true (od_unit_tree_select (tree, "top"));
    od_outline_focus_list (outline);
    for (int i = 0; i < 10; i++)
      od_ui_test_drain ();
    rows = shown_rows (window);
    for (guint i = 0; i < rows->len; i++)
      if (g_str_has_suffix (rows->pdata[i], "-symbolic"))
        marked++;
    g_assert_cmpuint (marked, >, 0);
    g_assert_true (od_unit_tree_select (tree, "r1500"));
    od_outline_focus_list (outline);
    for (int i = 0; i < 10; i++)
      od_ui_test_drain ();
    check (window, "r1500", FALSE);
  }

  /* Deleting the selected unit selects the group's manager. */
  push (document, od_command_remove_unit (org, "r1500", NULL));
  g_assert_cmpstr (od_unit_tree_get_selected_id (tree), ==, "top");
  {
    g_autoptr(GPtrArray) rows = shown_rows (window);
  }
  od_window_set_document (window, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  od_ui_test_drain ();
}

int
main (int    argc,
      char **argv)
{
  app = od_ui_test_init (&argc, &argv);
  g_test_add_func ("/ui/outline-rows/long-group-edits", test_long_group_edits);
  return g_test_run ();
}
