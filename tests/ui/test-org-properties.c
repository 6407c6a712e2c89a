/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-org-properties.c: the Organisation Properties window.  A software
 * firm (the one in 《某某软件公司市场部与销售部协调之道》) charted with sales,
 * marketing and development only is told it lacks 生产/仓储/物流 until the
 * window says it is in software; every change is one undoable step and the
 * rows follow undo and redo. */
#include "config.h"

#include "od-business.h"
#include "od-catalog.h"
#include "od-check.h"
#include "od-org-properties.h"
#include "od-ui-test.h"
#include "od-window.h"

static OdApplication *app;

static gboolean
is_goods_area (const char *area)
{
  return g_strcmp0 (area, "production") == 0 || g_strcmp0 (area, "procurement") == 0 ||
         g_strcmp0 (area, "warehousing") == 0 || g_strcmp0 (area, "logistics") == 0;
}

/* Findings that ask for a supply-chain department's function. */
static guint
count_supply_chain (GPtrArray *findings)
{
  OdCatalog *catalog = od_catalog_get_default ();
  guint n = 0;

  for (guint i = 0; i < findings->len; i++)
    {
      const OdFinding *f = findings->pdata[i];

      if (g_strcmp0 (f->rule, "missing-function") != 0)
        continue;
      for (guint k = 0; f->functions[k] != NULL; k++)
        {
          const OdFunction *fn = od_catalog_lookup_function (catalog, f->functions[k]);

          if (fn != NULL && is_goods_area (fn->area))
            {
              n++;
              break;
            }
        }
    }
  return n;
}

static void
push (OdDocument *doc,
      OdCommand  *command,
      GError     *error)
{
  g_assert_no_error (error);
  g_assert_true (od_document_push (doc, command, &error));
  g_assert_no_error (error);
}

static OdDocument *
software_firm_document (void)
{
  g_autoptr(OdOrganisation) org = od_organisation_new ();
  OdDocument *doc = od_document_new (org);
  GError *error = NULL;
  OdCommand *command;
  const char *top;

  push (doc, od_command_set_org_prop (org, OD_ORG_PROP_NAME, "艾奇软件", &error), error);
  command = od_command_add_unit (org, NULL, -1, "ceo", "总经理", OD_UNIT_KIND_EXECUTIVE, &error);
  push (doc, command, error);
  top = "ceo";
  push (doc, od_command_add_unit (org, top, -1, "marketing", "市场部", OD_UNIT_KIND_FRONT, &error), error);
  push (doc, od_command_add_unit (org, top, -1, "sales", "销售部", OD_UNIT_KIND_FRONT, &error), error);
  push (doc, od_command_add_unit (org, top, -1, "rd", "研发部", OD_UNIT_KIND_BACK, &error), error);
  return doc;
}

static OdOrgProperties *
find_properties_window (void)
{
  OdOrgProperties *found = NULL;
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (OD_IS_ORG_PROPERTIES (l->data) && gtk_widget_get_visible (l->data))
      {
        g_assert_null (found);
        found = l->data;
      }
  return found;
}

static guint
business_index (const char *business)
{
  const char * const *list = od_business_list ();

  for (guint i = 0; list[i] != NULL; i++)
    if (g_strcmp0 (list[i], business) == 0)
      return i;
  g_assert_not_reached ();
}

static void
test_business_type (void)
{
  OdWindow *window = od_application_new_window (app);
  g_autoptr(OdDocument) doc = software_firm_document ();
  OdOrganisation *org = od_document_get_organisation (doc);
  OdUndoStack *stack = od_document_get_undo_stack (doc);
  OdOrgProperties *props;
  AdwComboRow *business_row;
  g_autoptr(GPtrArray) direct = NULL;
  guint before;

  gtk_window_present (GTK_WINDOW (window));
  od_window_set_document (window, doc);
  od_ui_test_drain ();

  /* Read as a manufacturer (the file does not say): a supply chain is asked for. */
  g_assert_null (od_organisation_get_business (org));
  before = count_supply_chain (od_document_get_findings (doc));
  g_assert_cmpuint (before, >, 0);

  /* From the main menu's action; a second activation shows the same window. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.org-properties", NULL));
  od_ui_test_drain ();
  props = find_properties_window ();
  g_assert_nonnull (props);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (props)) == GTK_WINDOW (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.org-properties", NULL));
  od_ui_test_drain ();
  g_assert_true (find_properties_window () == props);

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (od_org_properties_get_row (props, OD_ORG_PROP_NAME))), ==,
                   "艾奇软件");
  business_row = ADW_COMBO_ROW (od_org_properties_get_row (props, OD_ORG_PROP_BUSINESS));
  g_assert_cmpuint (adw_combo_row_get_selected (business_row), ==, business_index ("manufacturing"));
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (od_org_properties_get_row (props, OD_ORG_PROP_SIZE))),
                    ==, OD_SIZE_MEDIUM);

  /* The user picks "Software and internet". */
  adw_combo_row_set_selected (business_row, business_index ("software"));
  od_ui_test_drain ();
  g_assert_cmpstr (od_organisation_get_business (org), ==, "software");
  g_assert_true (od_undo_stack_can_undo (stack));
  g_assert_cmpstr (od_undo_stack_get_undo_label (stack), ==, "Change business type");
  g_assert_cmpuint (count_supply_chain (od_document_get_findings (doc)), ==, 0);
  direct = od_check_run (org);
  g_assert_cmpuint (count_supply_chain (direct), ==, 0);

  /* Undo from the main window: the row shows the old value, the findings return. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  od_ui_test_drain ();
  g_assert_null (od_organisation_get_business (org));
  g_assert_cmpuint (adw_combo_row_get_selected (business_row), ==, business_index ("manufacturing"));
  g_assert_cmpuint (count_supply_chain (od_document_get_findings (doc)), ==, before);
  /* Showing the old value pushed nothing: redo is still there. */
  g_assert_true (od_undo_stack_can_redo (stack));
  g_assert_cmpstr (od_undo_stack_get_redo_label (stack), ==, "Change business type");

  /* Redo and undo from the properties window's own keys. */
  g_assert_true (od_ui_test_press_shortcut (GTK_WIDGET (props), GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK));
  od_ui_test_drain ();
  g_assert_cmpuint (adw_combo_row_get_selected (business_row), ==, business_index ("software"));
  g_assert_true (od_ui_test_press_shortcut (GTK_WIDGET (props), GDK_KEY_z, GDK_CONTROL_MASK));
  od_ui_test_drain ();
  g_assert_null (od_organisation_get_business (org));
  g_assert_true (od_ui_test_press_shortcut (GTK_WIDGET (props), GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK));
  od_ui_test_drain ();
  g_assert_cmpstr (od_organisation_get_business (org), ==, "software");

  gtk_window_destroy (GTK_WINDOW (window));
  od_ui_test_drain ();
  g_assert_null (find_properties_window ());
}

static void
test_other_rows (void)
{
  OdWindow *window = od_application_new_window (app);
  g_autoptr(OdDocument) doc = software_firm_document ();
  OdOrganisation *org = od_document_get_organisation (doc);
  OdUndoStack *stack = od_document_get_undo_stack (doc);
  OdOrgProperties *props;
  GtkWidget *name_row;
  AdwComboRow *size_row, *focus_row, *task_row;

  gtk_window_present (GTK_WINDOW (window));
  od_window_set_document (window, doc);
  od_ui_test_drain ();
  props = od_org_properties_present (GTK_WINDOW (window), doc);
  od_ui_test_drain ();
  name_row = od_org_properties_get_row (props, OD_ORG_PROP_NAME);
  size_row = ADW_COMBO_ROW (od_org_properties_get_row (props, OD_ORG_PROP_SIZE));
  focus_row = ADW_COMBO_ROW (od_org_properties_get_row (props, OD_ORG_PROP_FOCUS));
  task_row = ADW_COMBO_ROW (od_org_properties_get_row (props, OD_ORG_PROP_TASK));
  /* Neither focus nor core task said yet: "Not set". */
  g_assert_cmpuint (adw_combo_row_get_selected (focus_row), ==, 0);
  g_assert_cmpuint (adw_combo_row_get_selected (task_row), ==, 0);

  /* Renaming applies on the row's apply button; a blank name is refused. */
  gtk_editable_set_text (GTK_EDITABLE (name_row), "  ");
  g_signal_emit_by_name (name_row, "apply");
  g_assert_cmpstr (od_organisation_get_name (org), ==, "艾奇软件");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, "艾奇软件");
  gtk_editable_set_text (GTK_EDITABLE (name_row), "艾奇科技");
  g_signal_emit_by_name (name_row, "apply");
  g_assert_cmpstr (od_organisation_get_name (org), ==, "艾奇科技");
  g_assert_cmpstr (od_undo_stack_get_undo_label (stack), ==, "Rename organisation");

  adw_combo_row_set_selected (size_row, OD_SIZE_SMALL);
  g_assert_cmpint (od_organisation_get_size (org), ==, OD_SIZE_SMALL);
  g_assert_cmpstr (od_undo_stack_get_undo_label (stack), ==, "Change firm size");

  adw_combo_row_set_selected (focus_row, 2);   /* promotion */
  g_assert_cmpstr (od_organisation_get_focus (org), ==, "promotion");
  adw_combo_row_set_selected (task_row, 1);    /* new-product */
  g_assert_cmpstr (od_organisation_get_task (org), ==, "new-product");
  g_assert_cmpstr (od_undo_stack_get_undo_label (stack), ==, "Change core task");

  /* Each was one step: four undos walk back through them, rows following. */
  g_assert_true (od_undo_stack_undo (stack));
  g_assert_null (od_organisation_get_task (org));
  g_assert_cmpuint (adw_combo_row_get_selected (task_row), ==, 0);
  g_assert_true (od_undo_stack_undo (stack));
  g_assert_cmpuint (adw_combo_row_get_selected (focus_row), ==, 0);
  g_assert_true (od_undo_stack_undo (stack));
  g_assert_cmpuint (adw_combo_row_get_selected (size_row), ==, OD_SIZE_MEDIUM);
  g_assert_true (od_undo_stack_undo (stack));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, "艾奇软件");
  /* Following undo pushed nothing. */
  g_assert_cmpstr (od_undo_stack_get_redo_label (stack), ==, "Rename organisation");

  gtk_window_destroy (GTK_WINDOW (window));
  od_ui_test_drain ();
}

int
main (int    argc,
      char **argv)
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  app = od_ui_test_init (&argc, &argv);
  g_test_add_func ("/org-properties/business-type", test_business_type);
  g_test_add_func ("/org-properties/other-rows", test_other_rows);
  return g_test_run ();
}
