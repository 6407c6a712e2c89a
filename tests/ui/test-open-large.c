/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-open-large.c: opening a large organisation.  Its chart's first
 * layout is made in a thread (od-first-layout.c) while the outline is
 * already usable: the chart it ends with must be the one a layout made
 * from scratch gives, also when an edit came while the thread ran. */
#include "config.h"

#include <time.h>

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "od-chart-canvas.h"
#include "od-check.h"
#include "od-command.h"
#include "od-document.h"
#include "od-findings-panel.h"
#include "od-fold-state.h"
#include "od-layout.h"
#include "od-ui-test.h"
#include "od-unit-item.h"
#include "od-unit-tree.h"
#include "od-window.h"
#include "od-worker-priority.h"
#include "od-test-util.h"

static OdApplication *app;

static GtkWidget *
find_widget (GtkWidget *root,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A random tree of @n units (fan-out 1–12, some long Chinese and English
 * names, some heads), as a document's text. */
static char *
random_tree_xml (guint   n,
                 guint32 seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autofree guint *parent = g_new (guint, n);
  g_autofree guint *first = g_new (guint, n + 1);
  g_autofree guint *order = g_new (guint, n);
  g_autoptr(GString) xml = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                         "<organisation xmlns=\"urn:org-designer:1\" version=\"1\" "
                                         "name=\"随机集团\" size=\"large\" lang=\"zh-CN\">\n");
  g_autofree guint *stack = g_new (guint, n);
  g_autofree guint *next_child = g_new0 (guint, n);
  guint next = 1, depth = 0;

  /* Breadth first: unit i's children are a run of the following ids. */
  for (guint i = 0; i < n && next < n; i++)
    {
      guint fan = g_rand_int_range (rand, 1, 13);

      for (guint k = 0; k < fan && next < n; k++)
        parent[next++] = i;
    }
  /* Children of each unit: counting sort by parent. */
  memset (first, 0, sizeof (guint) * (n + 1));
  for (guint i = 1; i < n; i++)
    first[parent[i] + 1]++;
  for (guint i = 0; i < n; i++)
    first[i + 1] += first[i];
  {
    g_autofree guint *fill = g_memdup2 (first, sizeof (guint) * n);

    for (guint i = 1; i < n; i++)
      order[fill[parent[i]]++] = i;
  }
  /* Depth first, written as nested elements. */
  stack[depth++] = 0;
  g_string_append (xml, "<unit id=\"u0\" name=\"总公司\" kind=\"executive\">\n");
  while (depth > 0)
    {
      guint u = stack[depth - 1];

      if (first[u] + next_child[u] < first[u + 1])
        {
          guint c = order[first[u] + next_child[u]++];
          guint style = g_rand_int_range (rand, 0, 4);

          g_string_append_printf (xml, "<unit id=\"u%u\" name=\"%s%u\" kind=\"%s\"%s>\n", c,
                                  style == 0 ? "华东区域销售与客户服务管理中心第" :
                                  style == 1 ? "Regional Customer Operations " : "部门",
                                  c, style == 2 ? "back" : "front",
                                  style == 3 ? " head=\"王小明\" headcount=\"12\"" : "");
          stack[depth++] = c;
        }
      else
        {
          g_string_append (xml, "</unit>\n");
          depth--;
        }
    }
  g_string_append (xml, "</organisation>\n");
  return g_string_free (g_steal_pointer (&xml), FALSE);
}

static OdDocument *
random_document (guint n)
{
  g_autofree char *xml = random_tree_xml (n, n);
  g_autoptr(GError) error = NULL;
  g_autoptr(OdOrganisation) org = od_test_load_string (xml, 0, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (od_organisation_get_n_units (org), ==, n);
  return od_document_new (org);
}

/* Every unit's box in @layout is the one a layout made now from scratch
 * on this thread gives. */
static void
assert_same_as_fresh (OdLayout       *layout,
                      OdOrganisation *org)
{
  OdLayout *fresh = od_layout_new (org, od_layout_get_options (layout));
  g_autoptr(GPtrArray) units = od_organisation_list_units (org);
  OdLayoutRect a, b;

  od_layout_update (layout);
  for (guint i = 0; i < units->len; i++)
    {
      g_assert_true (od_layout_get_box (fresh, units->pdata[i], &b));
      g_assert_true (od_layout_get_box (layout, units->pdata[i], &a));
      g_assert_cmpfloat_with_epsilon (a.x, b.x, 1e-6);
      g_assert_cmpfloat_with_epsilon (a.y, b.y, 1e-6);
      g_assert_cmpfloat_with_epsilon (a.width, b.width, 1e-6);
      g_assert_cmpfloat_with_epsilon (a.height, b.height, 1e-6);
    }
  od_layout_get_bounds (layout, &a);
  od_layout_get_bounds (fresh, &b);
  g_assert_cmpfloat_with_epsilon (a.width, b.width, 1e-6);
  g_assert_cmpfloat_with_epsilon (a.height, b.height, 1e-6);
  od_layout_free (fresh);
}

/* Runs the main loop until the canvas has its layout (at most 60 s). */
static OdLayout *
wait_for_layout (OdChartCanvas *canvas)
{
  gint64 end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (od_chart_canvas_get_layout (canvas) == NULL && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  return od_chart_canvas_get_layout (canvas);
}

/* Small charts are laid out at once; large ones in a thread, and the
 * chart the thread makes is the one made from scratch. */
static void
test_threaded_first_layout (void)
{
  static const guint sizes[] = { 500, 3000, 20000 };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autoptr(OdDocument) document = random_document (sizes[s]);
      g_autoptr(OdUnitTree) tree = od_unit_tree_new (document);
      GtkWidget *canvas = g_object_ref_sink (od_chart_canvas_new ());
      OdLayout *layout;

      od_chart_canvas_set_tree (OD_CHART_CANVAS (canvas), tree);
      if (sizes[s] < 2000)
        g_assert_nonnull (od_chart_canvas_get_layout (OD_CHART_CANVAS (canvas)));
      else
        g_assert_null (od_chart_canvas_get_layout (OD_CHART_CANVAS (canvas)));
      layout = wait_for_layout (OD_CHART_CANVAS (canvas));
      g_assert_nonnull (layout);
      assert_same_as_fresh (layout, od_document_get_organisation (document));
      g_object_unref (canvas);
    }
}

/* Edits made while the thread still lays out are not lost: a rename that
 * makes a box wider, a new unit, and an undo of a removal; then the chart
 * is the edited organisation's. */
static void
test_edit_during_first_layout (void)
{
  g_autoptr(OdDocument) document = random_document (30000);
  g_autoptr(OdUnitTree) tree = od_unit_tree_new (document);
  OdOrganisation *org = od_document_get_organisation (document);
  GtkWidget *canvas = g_object_ref_sink (od_chart_canvas_new ());
  g_autoptr(GError) error = NULL;
  g_autofree char *new_id = NULL;
  OdCommand *command;
  OdLayout *layout;
  OdLayoutRect box;

  od_chart_canvas_set_tree (OD_CHART_CANVAS (canvas), tree);
  g_assert_null (od_chart_canvas_get_layout (OD_CHART_CANVAS (canvas)));
  command = od_command_set_unit_prop (org, "u7", OD_UNIT_PROP_NAME,
                                      "一个很长很长的新名字：华东华南华北区域销售与客户服务管理中心", &error);
  g_assert_no_error (error);
  g_assert_true (od_document_push (document, command, &error));
  g_assert_no_error (error);
  command = od_command_add_unit (org, "u3", -1, NULL, "新部门", OD_UNIT_KIND_FRONT, &error);
  g_assert_no_error (error);
  new_id = g_strdup (od_command_get_new_unit_id (command));
  g_assert_true (od_document_push (document, command, &error));
  command = od_command_remove_unit (org, "u1", &error);
  g_assert_no_error (error);
  g_assert_true (od_document_push (document, command, &error));
  od_undo_stack_undo (od_document_get_undo_stack (document));

  layout = wait_for_layout (OD_CHART_CANVAS (canvas));
  g_assert_nonnull (layout);
  g_assert_true (od_layout_get_box (layout, od_organisation_lookup_unit (org, new_id), &box));
  g_assert_true (od_layout_get_box (layout, od_organisation_lookup_unit (org, "u1"), &box));
  assert_same_as_fresh (layout, org);
  g_object_unref (canvas);
}

/* A chart given another tree (or none) while its thread runs drops what
 * the thread makes; nothing is drawn from the old organisation. */
static void
test_replaced_during_first_layout (void)
{
  g_autoptr(OdDocument) first = random_document (20000);
  g_autoptr(OdDocument) second = random_document (2500);
  g_autoptr(OdUnitTree) first_tree = od_unit_tree_new (first);
  g_autoptr(OdUnitTree) second_tree = od_unit_tree_new (second);
  GtkWidget *canvas = g_object_ref_sink (od_chart_canvas_new ());
  OdLayout *layout;

  od_chart_canvas_set_tree (OD_CHART_CANVAS (canvas), first_tree);
  od_chart_canvas_set_tree (OD_CHART_CANVAS (canvas), second_tree);
  layout = wait_for_layout (OD_CHART_CANVAS (canvas));
  g_assert_true (od_layout_get_organisation (layout) == od_document_get_organisation (second));
  od_ui_test_drain ();
  g_assert_true (od_chart_canvas_get_layout (OD_CHART_CANVAS (canvas)) == layout);
  od_chart_canvas_set_tree (OD_CHART_CANVAS (canvas), first_tree);
  od_chart_canvas_set_tree (OD_CHART_CANVAS (canvas), NULL);
  od_ui_test_drain ();
  g_assert_null (od_chart_canvas_get_layout (OD_CHART_CANVAS (canvas)));
  g_object_unref (canvas);
}

/* The first unit below @unit that has reports of its own. */
static OdUnit *
first_manager_below (OdUnit *unit)
{
  for (OdUnit *c = od_unit_get_first_child (unit); c != NULL; c = od_unit_get_next_sibling (c))
    if (od_unit_get_first_child (c) != NULL)
      return c;
  return NULL;
}

/* @unit's row in the outline is made and open. */
static gboolean
row_is_open (OdUnitTree *tree,
             OdUnit     *unit)
{
  GListModel *rows = G_LIST_MODEL (od_unit_tree_get_selection (tree));
  guint n = g_list_model_get_n_items (rows);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, i);
      g_autoptr(OdUnitItem) item = gtk_tree_list_row_get_item (row);

      if (g_strcmp0 (od_unit_item_get_id (item), od_unit_get_id (unit)) == 0)
        return gtk_tree_list_row_get_expanded (row);
    }
  return FALSE;
}

/* Rows the user opens in the outline while the chart is still being laid
 * out stay open when the layout arrives and the chart folds itself to
 * the levels that fit readably; the selection stays too. */
static void
test_open_rows_kept_after_first_layout (void)
{
  OdWindow *window = od_application_new_window (app);
  g_autoptr(OdDocument) document = random_document (30000);
  OdOrganisation *org = od_document_get_organisation (document);
  OdUnit *top = od_organisation_get_first_top_unit (org);
  OdUnit *second = first_manager_below (top);
  OdUnit *third = first_manager_below (second);
  OdUnit *picked = top;
  OdUnitTree *tree;
  OdChartCanvas *canvas;
  g_autoptr(GtkTreeListRow) top_row = NULL;
  g_autoptr(GtkTreeListRow) second_row = NULL;
  guint n_rows;

  g_assert_nonnull (third);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  od_window_set_document (window, document);
  tree = od_window_get_unit_tree (window);
  canvas = OD_CHART_CANVAS (find_widget (GTK_WIDGET (window), OD_TYPE_CHART_CANVAS));
  g_assert_null (od_chart_canvas_get_layout (canvas));

  /* Meanwhile: the top unit and one of its departments opened by hand,
   * the top unit selected (so the selection alone keeps nothing open). */
  top_row = g_list_model_get_item (G_LIST_MODEL (od_unit_tree_get_selection (tree)), 0);
  gtk_tree_list_row_set_expanded (top_row, TRUE);
  second_row = gtk_tree_list_row_get_child_row (top_row, od_unit_get_position (second));
  gtk_tree_list_row_set_expanded (second_row, TRUE);
  g_assert_true (od_unit_tree_select (tree, od_unit_get_id (picked)));
  g_assert_null (od_chart_canvas_get_layout (canvas));
  n_rows = g_list_model_get_n_items (G_LIST_MODEL (od_unit_tree_get_selection (tree)));
  g_assert_cmpuint (n_rows, >, 1 + od_unit_get_n_children (top));

  g_assert_nonnull (wait_for_layout (canvas));
  for (guint i = 0; i < 10; i++)
    od_ui_test_drain ();

  /* The chart did fold (30,000 units do not fit readably)… */
  g_assert_cmpuint (od_fold_state_get_n_collapsed (od_fold_state_get_for_tree (tree)), >, 0);
  /* …but not what the user opened. */
  g_assert_true (row_is_open (tree, top));
  g_assert_true (row_is_open (tree, second));
  g_assert_false (row_is_open (tree, third));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (od_unit_tree_get_selection (tree))), ==, n_rows);
  g_assert_cmpstr (od_unit_tree_get_selected_id (tree), ==, od_unit_get_id (picked));
  g_assert_cmpuint (od_unit_tree_get_selected_position (tree), !=, GTK_INVALID_LIST_POSITION);

  od_window_set_document (window, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  od_ui_test_drain ();
}

/* Writes a random tree of @n units to a new file in @dir. */
static GFile *
random_file (const char *dir,
             guint       n)
{
  g_autofree char *xml = random_tree_xml (n, n + 1);
  g_autofree char *path = g_strdup_printf ("%s/random-%u.orgdesign", dir, n);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, xml, -1, &error);
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

/* The reader says how far it is, piece by piece, and stops when asked,
 * leaving the organisation it reads into untouched. */
static void
progress_cb (double   fraction,
             gpointer user_data)
{
  GArray *seen = user_data;

  g_array_append_val (seen, fraction);
}

static void
cancel_at_half_cb (double   fraction,
                   gpointer user_data)
{
  if (fraction >= 0.5)
    g_cancellable_cancel (user_data);
}

static void
test_load_progress (void)
{
  g_autofree char *dir = od_ui_test_mkdtemp ();
  g_autoptr(GFile) file = random_file (dir, 20000);
  g_autoptr(GArray) seen = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(OdOrganisation) org = od_organisation_new ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;

  g_assert_true (od_file_load_full (org, file, OD_LOAD_DEFAULT, progress_cb, seen, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (od_organisation_get_n_units (org), ==, 20000);
  /* About 2.6 MB in 256 KiB pieces. */
  g_assert_cmpuint (seen->len, >=, 5);
  for (guint i = 0; i < seen->len; i++)
    {
      g_assert_cmpfloat (g_array_index (seen, double, i), >, 0);
      g_assert_cmpfloat (g_array_index (seen, double, i), <=, 1);
      if (i > 0)
        g_assert_cmpfloat (g_array_index (seen, double, i), >, g_array_index (seen, double, i - 1));
    }

  before = od_test_serialize (org);
  g_assert_false (od_file_load_full (org, file, OD_LOAD_DEFAULT, cancel_at_half_cb, cancellable,
                                     cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  {
    g_autofree char *after = od_test_serialize (org);

    g_assert_cmpstr (after, ==, before);
  }
  g_object_unref (file);
  file = NULL;
  od_ui_test_rmdir (dir);
}

static void
findings_cb (OdDocument *document,
             gboolean   *flag)
{
  *flag = TRUE;
}

static char *
finding_text (const OdFinding *finding)
{
  g_autofree char *units = g_strjoinv (",", finding->units);

  return g_strdup_printf ("%s|%d|%s|%s", finding->rule, finding->severity, units, finding->message);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

/* The findings as sorted lines, to compare as multisets. */
static GPtrArray *
finding_lines (GPtrArray *findings)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < findings->len; i++)
    g_ptr_array_add (lines, finding_text (findings->pdata[i]));
  g_ptr_array_sort (lines, compare_strings);
  return lines;
}

/* Opening a large file the way the Open dialog does: the outline lists
 * the units as the file has them, the findings are those the checks give
 * on the file from scratch, and the chart follows. */
static void
test_open_shows_document (void)
{
  g_autofree char *dir = od_ui_test_mkdtemp ();
  GFile *file = random_file (dir, 20000);
  OdWindow *window = od_application_new_window (app);
  g_autoptr(OdOrganisation) scratch = od_file_load_new (file, OD_LOAD_DEFAULT, NULL);
  OdChartCanvas *canvas;
  OdDocument *document;
  GListModel *rows;
  GtkTreeListRow *row;
  GListModel *children;
  OdUnit *top;
  gboolean findings = FALSE;
  gint64 end;

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  od_window_open_file (window, file);
  end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  while (od_window_get_document (window) == NULL && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  document = od_window_get_document (window);
  g_assert_nonnull (document);
  g_signal_connect (document, "findings-changed", G_CALLBACK (findings_cb), &findings);

  /* The outline: the top unit, and its reports in the file's order. */
  rows = G_LIST_MODEL (od_unit_tree_get_selection (od_window_get_unit_tree (window)));
  top = od_organisation_get_first_top_unit (scratch);
  row = g_list_model_get_item (rows, 0);
  {
    g_autoptr(OdUnitItem) item = gtk_tree_list_row_get_item (row);

    g_assert_cmpstr (od_unit_item_get_id (item), ==, od_unit_get_id (top));
  }
  gtk_tree_list_row_set_expanded (row, TRUE);
  children = gtk_tree_list_row_get_children (row);   /* transfer none */
  g_assert_nonnull (children);
  g_assert_cmpuint (g_list_model_get_n_items (children), ==, od_unit_get_n_children (top));
  {
    guint i = 0;

    for (OdUnit *child = od_unit_get_first_child (top); child != NULL; child = od_unit_get_next_sibling (child), i++)
      {
        g_autoptr(OdUnitItem) item = g_list_model_get_item (children, i);

        g_assert_cmpstr (od_unit_item_get_id (item), ==, od_unit_get_id (child));
        g_assert_cmpstr (od_unit_item_get_name (item), ==, od_unit_get_name (child));
      }
  }
  g_object_unref (row);

  /* The findings, once the checks' thread is done. */
  if (od_document_peek_findings (document)->len == 0)
    g_assert_true (od_ui_test_wait_for (&findings));
  {
    g_autoptr(GPtrArray) expected = od_check_run (scratch);
    g_autoptr(GPtrArray) want = finding_lines (expected);
    g_autoptr(GPtrArray) got = finding_lines (od_document_peek_findings (document));

    g_assert_cmpuint (got->len, ==, want->len);
    g_assert_cmpuint (got->len, >, 0);
    for (guint i = 0; i < got->len; i++)
      g_assert_cmpstr (got->pdata[i], ==, want->pdata[i]);
  }

  /* The chart: laid out in its thread, every unit placed. */
  canvas = OD_CHART_CANVAS (find_widget (GTK_WIDGET (window), OD_TYPE_CHART_CANVAS));
  g_assert_nonnull (wait_for_layout (canvas));
  g_assert_cmpuint (od_organisation_get_n_units (od_layout_get_organisation (od_chart_canvas_get_layout (canvas))),
                    ==, 20000);

  od_window_set_document (window, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  od_ui_test_drain ();
  g_object_unref (file);
  od_ui_test_rmdir (dir);
}

/* Cancel on the loading page of a large open: the window keeps the
 * document it had, unchanged, and shows it again. */
static void
test_cancel_keeps_document (void)
{
  g_autofree char *dir = od_ui_test_mkdtemp ();
  GFile *file = random_file (dir, 100000);
  OdWindow *window = od_application_new_window (app);
  OdDocument *before;
  g_autofree char *saved = NULL;
  GtkStack *stack;

  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-from-template", "s", "medium");
  before = od_window_get_document (window);
  g_assert_nonnull (before);
  saved = od_test_serialize (od_document_get_organisation (before));
  od_ui_test_drain ();

  od_window_open_file (window, file);
  stack = GTK_STACK (gtk_widget_get_ancestor (gtk_widget_get_parent (GTK_WIDGET (find_widget (GTK_WIDGET (window), GTK_TYPE_PROGRESS_BAR))),
                                              GTK_TYPE_STACK));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "loading");
  g_assert_true (od_window_has_file (window, file));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.cancel-open", NULL);
  {
    gint64 end = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

    while (g_strcmp0 (gtk_stack_get_visible_child_name (stack), "loading") == 0 && g_get_monotonic_time () < end)
      g_main_context_iteration (NULL, TRUE);
  }
  od_ui_test_drain ();
  g_assert_true (od_window_get_document (window) == before);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "editor");
  g_assert_false (od_window_has_file (window, file));
  {
    g_autofree char *after = od_test_serialize (od_document_get_organisation (before));

    g_assert_cmpstr (after, ==, saved);
  }

  od_window_set_document (window, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  od_ui_test_drain ();
  g_object_unref (file);
  od_ui_test_rmdir (dir);
}

/* The rows of the findings panel's list (the note on findings not listed
 * included). */
static guint
count_rows (GtkWidget *list)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (list); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += GTK_IS_LIST_BOX_ROW (child);
  return n;
}

typedef struct
{
  GtkWidget *list;
  gboolean   seen;
  guint      rows;   /* when the findings first came */
} FirstPass;

static void
first_pass_cb (OdDocument *document,
               FirstPass  *pass)
{
  if (pass->seen)
    return;
  pass->seen = TRUE;
  pass->rows = count_rows (pass->list);
}

static int
group_of (const OdFinding *finding)
{
  return finding->accepted ? 3 : OD_SEVERITY_ERROR - (int) finding->severity;
}

/* Thousands of findings after opening a large file (5,000 units): the panel lists them
 * over several short passes (a pass of 20 rows held input for 100 ms and
 * more), and ends with the same list as before: the first findings,
 * errors first, then warnings, information and accepted ones, each group
 * in the checks' order, and a note on the rest. */
static void
test_findings_fill_in_passes (void)
{
  g_autofree char *dir = od_ui_test_mkdtemp ();
  g_autoptr(GFile) file = random_file (dir, 5000);
  OdWindow *window = od_application_new_window (app);
  FirstPass pass = { NULL };
  GtkWidget *panel;
  GPtrArray *findings;
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (guint));
  guint listed = 0, i;
  gint64 end;

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  panel = od_ui_test_find_widget (GTK_WIDGET (window), OD_TYPE_FINDINGS_PANEL, NULL);
  pass.list = od_ui_test_find_widget (panel, GTK_TYPE_LIST_BOX, NULL);
  g_assert_nonnull (pass.list);
  od_window_open_file (window, file);
  end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  while (od_window_get_document (window) == NULL && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (od_window_get_document (window));
  /* After the panel's own handler: the rows its first pass made. */
  g_signal_connect_after (od_window_get_document (window), "findings-changed", G_CALLBACK (first_pass_cb), &pass);
  g_assert_true (od_ui_test_wait_for (&pass.seen));
  findings = od_findings_panel_get_findings (OD_FINDINGS_PANEL (panel));
  g_test_message ("%u findings, %u rows in the first pass", findings->len, pass.rows);
  g_assert_cmpuint (findings->len, >, 300);
  g_assert_cmpuint (pass.rows, >, 0);
  g_assert_cmpuint (pass.rows, <=, 10);
  /* Where a person reads them: the list is left out of styling and
   * headings while its tab is not shown. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-findings", NULL);
  od_ui_test_drain ();
  g_assert_true (gtk_widget_get_mapped (pass.list));

  /* The order the list shows: group by group, the checks' order within. */
  for (int group = 0; group < 4; group++)
    for (i = 0; i < findings->len; i++)
      if (group_of (findings->pdata[i]) == group)
        g_array_append_val (order, i);
  for (i = 0; ; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (pass.list), i);
      guint index;

      g_assert_nonnull (row);
      index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "od-index"));
      if (index == G_MAXUINT)
        {
          /* The note, last, once the list is full. */
          g_assert_null (gtk_list_box_get_row_at_index (GTK_LIST_BOX (pass.list), i + 1));
          break;
        }
      g_assert_cmpuint (index, ==, g_array_index (order, guint, i));
      /* A group's heading over its first row only. */
      if (i == 0 || group_of (findings->pdata[g_array_index (order, guint, i - 1)]) != group_of (findings->pdata[index]))
        g_assert_nonnull (gtk_list_box_row_get_header (row));
      else
        g_assert_null (gtk_list_box_row_get_header (row));
      listed++;
    }
  g_assert_cmpuint (listed, ==, 300);
  g_assert_cmpuint (count_rows (pass.list), ==, listed + 1);

  od_window_set_document (window, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  od_ui_test_drain ();
  od_ui_test_rmdir (dir);
}

static gboolean
set_flag_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Once a large file (5,000 units: checks and layout in threads) is open, its chart laid out and its findings listed,
 * the window sits idle: no timer, frame tick, spinner or poll wakes the
 * main loop doing work (a laptop's battery pays for each): the main
 * thread spends under 30 ms of CPU in 3 s. */
static void
test_idle_after_open (void)
{
  g_autofree char *dir = od_ui_test_mkdtemp ();
  g_autoptr(GFile) file = random_file (dir, 5000);
  OdWindow *window = od_application_new_window (app);
  OdChartCanvas *canvas;
  gboolean findings = FALSE, done = FALSE;
  guint wakeups = 0;
  gint64 end;

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  od_window_open_file (window, file);
  end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  while (od_window_get_document (window) == NULL && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (od_window_get_document (window));
  g_signal_connect (od_window_get_document (window), "findings-changed", G_CALLBACK (findings_cb), &findings);
  if (od_document_peek_findings (od_window_get_document (window))->len == 0)
    g_assert_true (od_ui_test_wait_for (&findings));
  canvas = OD_CHART_CANVAS (find_widget (GTK_WIDGET (window), OD_TYPE_CHART_CANVAS));
  while (od_chart_canvas_get_layout (canvas) == NULL && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (od_chart_canvas_get_layout (canvas));
  /* Every idle (the findings list fills in passes) and the last frames:
   * until half a second passes with nothing to do. */
  for (guint tries = 0; tries < 20; tries++)
    {
      gboolean quiet = FALSE;
      guint n = 0;

      g_timeout_add (500, set_flag_cb, &quiet);
      while (!quiet)
        {
          g_main_context_iteration (NULL, TRUE);
          n++;
        }
      if (n == 1)
        break;
    }

  /* What is asserted is the main thread's CPU time over 3 s: a redraw
   * loop, a spinner or a poll doing work shows there; the count of
   * wake-ups is reported.  The test runs alone on its display (meson:
   * not parallel): without a window manager the windows of tests beside
   * it exposed this one 30 times a second, each a repaint. */
  {
    struct timespec before, after;
    double cpu_ms;

    clock_gettime (CLOCK_THREAD_CPUTIME_ID, &before);
    g_timeout_add (3000, set_flag_cb, &done);
    while (!done)
      {
        g_main_context_iteration (NULL, TRUE);
        wakeups++;
      }
    clock_gettime (CLOCK_THREAD_CPUTIME_ID, &after);
    cpu_ms = (after.tv_sec - before.tv_sec) * 1000.0 + (after.tv_nsec - before.tv_nsec) / 1e6;
    /* The last iteration ran the 3 s timeout itself. */
    g_test_message ("%u wake-ups, %.1f ms of main-thread CPU in 3 s", wakeups - 1, cpu_ms);
    g_assert_cmpfloat (cpu_ms, <, 30.0);
  }

  od_window_set_document (window, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  od_ui_test_drain ();
  od_ui_test_rmdir (dir);
}

static gpointer
lowered_thread (gpointer data)
{
  od_worker_priority_lower ();
  return GINT_TO_POINTER (getpriority (PRIO_PROCESS, (id_t) syscall (SYS_gettid)) + 100);
}

/* The checks' and the first layout's threads lower their own priority,
 * not the window's: on two cores they took the CPU from the main thread
 * (a frame of 40 ms of CPU held input for 300 ms). */
static void
test_worker_priority (void)
{
  int before = getpriority (PRIO_PROCESS, 0);
  GThread *thread = g_thread_new ("lowered", lowered_thread, NULL);
  int nice = GPOINTER_TO_INT (g_thread_join (thread)) - 100;

  g_assert_cmpint (nice, ==, MIN (before + OD_WORKER_NICE, 19));
  g_assert_cmpint (getpriority (PRIO_PROCESS, (id_t) syscall (SYS_gettid)), ==, before);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = od_ui_test_init (&argc, &argv);
  g_test_add_func ("/open-large/threaded-first-layout", test_threaded_first_layout);
  g_test_add_func ("/open-large/edit-during-first-layout", test_edit_during_first_layout);
  g_test_add_func ("/open-large/replaced-during-first-layout", test_replaced_during_first_layout);
  g_test_add_func ("/open-large/open-rows-kept-after-first-layout", test_open_rows_kept_after_first_layout);
  g_test_add_func ("/open-large/load-progress", test_load_progress);
  g_test_add_func ("/open-large/open-shows-document", test_open_shows_document);
  g_test_add_func ("/open-large/cancel-keeps-document", test_cancel_keeps_document);
  g_test_add_func ("/open-large/findings-fill-in-passes", test_findings_fill_in_passes);
  g_test_add_func ("/open-large/worker-priority", test_worker_priority);
  g_test_add_func ("/open-large/idle-after-open", test_idle_after_open);
  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
