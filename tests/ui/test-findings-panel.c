/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-findings-panel.c: the findings panel after edits keeps the rows
 * whose finding reads the same, and shows what a fresh panel shows. */
#include "config.h"

#include "od-command.h"
#include "od-findings-panel.h"
#include "od-ui-test.h"
#include "od-unit-tree.h"

/* More findings than the panel lists (300), so that the note on the
 * others is shown: one "empty unit" per report, and the missing
 * functions. */
#define N_REPORTS 400

static OdApplication *app;

static OdDocument *
new_group_document (void)
{
  return od_ui_test_group_document ("销售集团", "总经理", N_REPORTS);
}

/* What @widget and everything under it show, as text: labels, icons,
 * style classes, tooltips, buttons' actions and targets. */
static void
describe (GtkWidget *widget,
          GString   *out)
{
  g_auto(GStrv) classes = gtk_widget_get_css_classes (widget);
  g_autofree char *joined = g_strjoinv (".", classes);

  g_string_append_printf (out, "<%s .%s tip=%s", G_OBJECT_TYPE_NAME (widget), joined,
                          gtk_widget_get_tooltip_text (widget));
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (out, " text=%s", gtk_label_get_text (GTK_LABEL (widget)));
  if (GTK_IS_IMAGE (widget))
    g_string_append_printf (out, " icon=%s", gtk_image_get_icon_name (GTK_IMAGE (widget)));
  if (GTK_IS_BUTTON (widget))
    {
      GVariant *target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (widget));
      g_autofree char *printed = target != NULL ? g_variant_print (target, FALSE) : NULL;

      g_string_append_printf (out, " action=%s(%s)", gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)),
                              printed);
    }
  if (GTK_IS_LIST_BOX_ROW (widget))
    {
      GtkWidget *header = gtk_list_box_row_get_header (GTK_LIST_BOX_ROW (widget));

      g_string_append_printf (out, " activatable=%d", gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (widget)));
      if (header != NULL)
        {
          g_string_append (out, " header=");
          describe (header, out);
        }
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    describe (child, out);
  g_string_append (out, ">");
}

static GtkListBox *
list_box_of (GtkWidget *panel)
{
  GtkWidget *list_box = od_ui_test_find_widget (panel, GTK_TYPE_LIST_BOX, NULL);

  g_assert_nonnull (list_box);
  return GTK_LIST_BOX (list_box);
}

/* The panel's rows, each described; with @widgets, the row widgets and
 * their headers too (held, so that no new widget can take their address). */
static GPtrArray *
describe_rows (GtkWidget *panel,
               GPtrArray *widgets)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_free);
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (list_box_of (panel), i)) != NULL; i++)
    {
      g_autoptr(GString) text = g_string_new (NULL);

      describe (GTK_WIDGET (row), text);
      g_ptr_array_add (rows, g_string_free (g_steal_pointer (&text), FALSE));
      if (widgets != NULL)
        {
          g_ptr_array_add (widgets, g_object_ref (row));
          if (gtk_list_box_row_get_header (row) != NULL)
            g_ptr_array_add (widgets, g_object_ref (gtk_list_box_row_get_header (row)));
        }
    }
  return rows;
}

/* The window's panel shows row for row what a new panel on the same
 * document shows once it has made all its rows. */
static void
assert_as_fresh (OdWindow   *window,
                 GtkWidget  *panel,
                 const char *after)
{
  GtkWidget *fresh = od_findings_panel_new ();
  GtkWidget *fresh_window = gtk_window_new ();
  g_autoptr(GPtrArray) rows = describe_rows (panel, NULL);
  g_autoptr(GPtrArray) fresh_rows = NULL;

  /* Shown, as the window's panel is: the headings are made then. */
  g_assert_true (gtk_widget_get_mapped (panel));
  gtk_window_set_child (GTK_WINDOW (fresh_window), fresh);
  gtk_window_present (GTK_WINDOW (fresh_window));
  od_findings_panel_set_tree (OD_FINDINGS_PANEL (fresh), od_window_get_unit_tree (window));
  for (int i = 0; i < 10; i++)
    od_ui_test_drain ();
  fresh_rows = describe_rows (fresh, NULL);
  g_test_message ("after %s: %u rows", after, rows->len);
  /* The note on findings not listed is there, and the first group's
   * heading. */
  g_assert_cmpuint (fresh_rows->len, ==, 301);
  g_assert_nonnull (strstr (fresh_rows->pdata[0], " header=<GtkLabel"));
  g_assert_cmpuint (rows->len, ==, fresh_rows->len);
  for (guint i = 0; i < rows->len; i++)
    g_assert_cmpstr (rows->pdata[i], ==, fresh_rows->pdata[i]);
  od_findings_panel_set_tree (OD_FINDINGS_PANEL (fresh), NULL);
  gtk_window_destroy (GTK_WINDOW (fresh_window));
}

/* Shows the side panel's page called @name (the Unit or Findings tab). */
static void
show_side_page (OdWindow   *window,
                const char *name)
{
  GtkWidget *stack = od_ui_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK, NULL);

  g_assert_nonnull (stack);
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), name);
  for (int i = 0; i < 10; i++)
    od_ui_test_drain ();
}

static void
push (OdWindow  *window,
      OdCommand *command)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (od_document_push (od_window_get_document (window), command, &error));
  g_assert_no_error (error);
  for (int i = 0; i < 10; i++)
    od_ui_test_drain ();
}

static void
test_edits (void)
{
  g_autoptr(OdDocument) document = new_group_document ();
  OdWindow *window = od_application_new_window (app);
  OdOrganisation *org = od_document_get_organisation (document);
  OdUndoStack *stack = od_document_get_undo_stack (document);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) widgets = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  GtkWidget *panel;
  OdCommand *command;
  g_autofree char *new_id = NULL;

  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  gtk_window_present (GTK_WINDOW (window));
  od_window_set_document (window, document);
  for (int i = 0; i < 40; i++)
    od_ui_test_drain ();
  panel = od_ui_test_find_widget (GTK_WIDGET (window), OD_TYPE_FINDINGS_PANEL, NULL);
  g_assert_nonnull (panel);
  show_side_page (window, "findings");
  assert_as_fresh (window, panel, "open");

  /* An edit no finding is about: the same row widgets, headings and note. */
  before = describe_rows (panel, widgets);
  push (window, od_command_set_unit_prop (org, "r3", OD_UNIT_PROP_NOTES, "华东", &error));
  after = describe_rows (panel, NULL);
  g_assert_cmpuint (after->len, ==, before->len);
  for (guint i = 0, w = 0; i < after->len; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (list_box_of (panel), i);

      g_assert_cmpstr (after->pdata[i], ==, before->pdata[i]);
      g_assert_true (GTK_WIDGET (row) == widgets->pdata[w++]);
      if (gtk_list_box_row_get_header (row) != NULL)
        g_assert_true (gtk_list_box_row_get_header (row) == widgets->pdata[w++]);
    }
  g_ptr_array_set_size (widgets, 0);

  /* Rename a listed unit: its row reads the new name, and every row is
   * the widget it was (a row put in or taken out makes GTK restyle all
   * the rows after it). */
  g_clear_pointer (&before, g_ptr_array_unref);
  g_clear_pointer (&after, g_ptr_array_unref);
  before = describe_rows (panel, widgets);
  push (window, od_command_set_unit_prop (org, "r2", OD_UNIT_PROP_NAME, "华东销售部", &error));
  assert_as_fresh (window, panel, "rename");
  after = describe_rows (panel, NULL);
  {
    guint changed = 0;

    g_assert_cmpuint (after->len, ==, before->len);
    for (guint i = 0, w = 0; i < after->len; i++)
      {
        GtkListBoxRow *row = gtk_list_box_get_row_at_index (list_box_of (panel), i);

        changed += g_strcmp0 (after->pdata[i], before->pdata[i]) != 0;
        g_assert_true (GTK_WIDGET (row) == widgets->pdata[w++]);
        if (gtk_list_box_row_get_header (row) != NULL)
          w++;
      }
    g_assert_cmpuint (changed, >=, 1);
  }
  g_ptr_array_set_size (widgets, 0);

  /* Add one at the front and delete it, change a kind, undo, redo. */
  command = od_command_add_unit (org, "top", 0, NULL, "新部门", OD_UNIT_KIND_FRONT, &error);
  g_assert_no_error (error);
  new_id = g_strdup (od_command_get_new_unit_id (command));
  push (window, command);
  assert_as_fresh (window, panel, "add at the front");
  push (window, od_command_remove_unit (org, new_id, &error));
  assert_as_fresh (window, panel, "delete");
  push (window, od_command_set_unit_prop (org, "r1", OD_UNIT_PROP_KIND, "support", &error));
  assert_as_fresh (window, panel, "kind");
  for (int k = 0; k < 3; k++)
    {
      od_undo_stack_undo (stack);
      for (int i = 0; i < 10; i++)
        od_ui_test_drain ();
      assert_as_fresh (window, panel, "undo");
    }
  for (int k = 0; k < 3; k++)
    {
      od_undo_stack_redo (stack);
      for (int i = 0; i < 10; i++)
        od_ui_test_drain ();
      assert_as_fresh (window, panel, "redo");
    }

  /* Edits made behind the Unit tab show when the Findings tab is opened
   * again (the hidden list makes no headings meanwhile). */
  show_side_page (window, "unit");
  push (window, od_command_set_unit_prop (org, "r4", OD_UNIT_PROP_NAME, "华南销售部", &error));
  command = od_command_add_unit (org, "top", 0, NULL, "又一个部门", OD_UNIT_KIND_SUPPORT, &error);
  g_assert_no_error (error);
  push (window, command);
  show_side_page (window, "findings");
  assert_as_fresh (window, panel, "edits behind the Unit tab");

  od_window_set_document (window, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  od_ui_test_drain ();
}

int
main (int   argc,
      char *argv[])
{
  app = od_ui_test_init (&argc, &argv);
  g_test_add_func ("/ui/findings-panel/edits", test_edits);
  return g_test_run ();
}
