/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-page-view.c: the page view shows the pages the PDF export writes:
 * as many, on the paper, orientation and density chosen, drawn (not
 * blank), planned again after edits, only those in view drawn, a click on
 * a stub going to its page.  With OD_SCREENSHOT_DIR set it also writes
 * pictures of the window showing a 1,000-unit chart on A4 and A3. */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "od-export-links.h"
#include "od-page-view.h"
#include "od-settings.h"
#include "od-template.h"
#include "od-ui-test.h"
#include "od-window.h"
#include "model/layout/layout-test-util.h"

static OdApplication *app;

static OdOrganisation *
random_org (guint   n_units,
            guint32 seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  OdRandomTreeSpec spec = { .n_units = n_units, .max_children = 14, .max_depth = 7,
                            .long_name_rate = 0.1, .n_tops = 1 };

  return od_test_random_tree (rand, &spec);
}

/* Runs the main loop until the view has planned its pages (30 s at most:
 * a worker thread on a shared machine). */
static void
wait_planned (OdPageView *view)
{
  gint64 end = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (od_page_view_get_planning (view) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (od_page_view_get_planning (view));
  od_ui_test_drain ();
}

/* The page count the export plans for @org on @view's sheet. */
static guint
export_pages (OdOrganisation *org,
              OdPageView     *view)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OdExportDocument) doc = NULL;
  OdPageSetup setup;

  od_page_view_get_page_setup (view, &setup);
  doc = od_export_document_new (org, &setup, OD_EXPORT_FIT_AUTO, FALSE, NULL, &error);
  g_assert_no_error (error);
  return od_export_document_get_n_pages (doc);
}

/* The pages of the PDF file the export writes, as pdfinfo counts them. */
static guint
pdf_pages (OdOrganisation *org,
           const char     *paper,
           gboolean        landscape,
           OdDensity       density,
           gboolean        report)
{
  g_autofree char *dir = od_ui_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "chart.pdf", NULL);
  g_autofree char *info = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "pdfinfo", path, NULL };
  const char *line;
  OdExportOptions options;

  od_export_options_init (&options);
  g_assert_true (od_paper_from_string (paper, &options.paper));
  options.landscape = landscape;
  options.density = density;
  options.report = report;
  g_assert_true (od_export_to_file (org, path, &options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &info, NULL, NULL, &error));
  g_assert_no_error (error);
  line = strstr (info, "Pages:");
  g_assert_nonnull (line);
  od_ui_test_rmdir (dir);
  return (guint) g_ascii_strtoull (line + strlen ("Pages:"), NULL, 10);
}

/* The widget drawn as the screen would show it. */
static cairo_surface_t *
render_widget (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  if (node != NULL)
    gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static void
save_screenshot (GtkWidget  *widget,
                 const char *name)
{
  const char *dir = g_getenv ("OD_SCREENSHOT_DIR");
  g_autofree char *path = NULL;
  cairo_surface_t *surface;

  if (dir == NULL)
    return;
  surface = render_widget (widget);
  path = g_build_filename (dir, name, NULL);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  g_test_message ("screenshot: %s", path);
  cairo_surface_destroy (surface);
}

static OdWindow *
window_with (OdOrganisation *org)
{
  OdWindow *window = od_application_new_window (app);
  g_autoptr(OdDocument) doc = od_document_new (org);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  od_window_set_document (window, doc);
  od_ui_test_drain ();
  return window;
}

static OdPageView *
show_pages (OdWindow *window)
{
  OdPageView *view = OD_PAGE_VIEW (od_ui_test_find_widget (GTK_WIDGET (window), OD_TYPE_PAGE_VIEW, NULL));

  g_assert_nonnull (view);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (view)));
  g_action_group_change_action_state (G_ACTION_GROUP (window), "page-view", g_variant_new_boolean (TRUE));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view)));
  wait_planned (view);
  return view;
}

/* As many pages as the PDF the export writes, for each paper, orientation
 * and density; a larger sheet holds the same chart on fewer pages. */
static void
test_count_matches_export (void)
{
  g_autoptr(OdOrganisation) org = random_org (1000, 11);
  OdWindow *window = window_with (org);
  OdPageView *view = show_pages (window);
  guint a4, a3;

  g_assert_true (od_page_view_set_paper (view, "A4"));
  od_page_view_set_landscape (view, FALSE);
  od_page_view_set_density (view, OD_DENSITY_STANDARD);
  wait_planned (view);
  a4 = od_page_view_get_n_pages (view);
  g_assert_cmpuint (a4, >, 1);
  g_assert_cmpuint (a4, ==, export_pages (org, view));
  g_assert_cmpuint (a4, ==, pdf_pages (org, "A4", FALSE, OD_DENSITY_STANDARD, FALSE));
  save_screenshot (GTK_WIDGET (window), "page-view-1000-a4.png");

  g_assert_true (od_page_view_set_paper (view, "A3"));
  g_assert_true (od_page_view_get_planning (view));
  wait_planned (view);
  a3 = od_page_view_get_n_pages (view);
  g_assert_cmpuint (a3, ==, export_pages (org, view));
  g_assert_cmpuint (a3, <, a4);
  g_assert_cmpuint (a3, ==, pdf_pages (org, "A3", FALSE, OD_DENSITY_STANDARD, FALSE));
  save_screenshot (GTK_WIDGET (window), "page-view-1000-a3.png");

  od_page_view_set_landscape (view, TRUE);
  wait_planned (view);
  g_assert_cmpuint (od_page_view_get_n_pages (view), ==, export_pages (org, view));
  od_page_view_set_density (view, OD_DENSITY_DENSE);
  wait_planned (view);
  g_assert_cmpuint (od_page_view_get_n_pages (view), ==, export_pages (org, view));
  g_assert_cmpuint (od_page_view_get_n_pages (view), ==, pdf_pages (org, "A3", TRUE, OD_DENSITY_DENSE, FALSE));
  od_page_view_set_density (view, OD_DENSITY_DEPARTMENT);
  wait_planned (view);
  g_assert_cmpuint (od_page_view_get_n_pages (view), ==, export_pages (org, view));

  /* The choices are the export dialog's too, and the next view's. */
  {
    g_autofree char *paper = od_settings_dup_export_choice ("paper", NULL);
    g_autofree char *orientation = od_settings_dup_export_choice ("orientation", NULL);
    g_autofree char *density = od_settings_dup_export_choice ("density", NULL);
    GtkWidget *other = g_object_ref_sink (od_page_view_new ());
    OdPageSetup mine, theirs;

    g_assert_cmpstr (paper, ==, "A3");
    g_assert_cmpstr (orientation, ==, "landscape");
    g_assert_cmpstr (density, ==, "department");
    od_page_view_get_page_setup (view, &mine);
    od_page_view_get_page_setup (OD_PAGE_VIEW (other), &theirs);
    g_assert_cmpfloat (mine.width, ==, theirs.width);
    g_assert_cmpfloat (mine.height, ==, theirs.height);
    g_assert_cmpint (mine.density, ==, theirs.density);
    g_object_unref (other);
  }
  od_page_view_set_paper (view, "A4");
  od_page_view_set_landscape (view, FALSE);
  od_page_view_set_density (view, OD_DENSITY_STANDARD);
  wait_planned (view);
  gtk_window_destroy (GTK_WINDOW (window));
  od_ui_test_drain ();
}

/* A page is drawn: the sheet in view is white with a chart on it, not one
 * flat colour. */
static void
test_draws (void)
{
  g_autoptr(OdOrganisation) org = od_template_create (OD_SIZE_LARGE, OD_LANG_ZH_CN, "页面测试", NULL);
  OdWindow *window = window_with (org);
  OdPageView *view = show_pages (window);
  GtkWidget *sheets = GTK_WIDGET (od_page_view_get_sheets (view));
  cairo_surface_t *surface;
  guint page, first, last, white = 0, dark = 0;
  double sx, sy;
  int width, height, stride;
  guchar *data;

  g_assert_cmpuint (od_page_view_get_n_pages (view), >=, 1);
  /* A whole page in view at first. */
  g_assert_cmpfloat (fabs (od_page_sheets_get_zoom (OD_PAGE_SHEETS (sheets)) -
                           od_page_sheets_get_fit_zoom (OD_PAGE_SHEETS (sheets))), <, 1e-6);
  g_assert_true (od_page_sheets_get_visible (OD_PAGE_SHEETS (sheets), &first, &last));
  g_assert_cmpuint (first, ==, 0);
  surface = render_widget (sheets);
  width = cairo_image_surface_get_width (surface);
  height = cairo_image_surface_get_height (surface);
  stride = cairo_image_surface_get_stride (surface);
  data = cairo_image_surface_get_data (surface);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      if (od_page_sheets_page_at (OD_PAGE_SHEETS (sheets), x, y, &page, &sx, &sy))
        {
          guint32 px = ((guint32 *) (data + y * stride))[x];
          guint r = (px >> 16) & 0xff, g = (px >> 8) & 0xff, b = px & 0xff;

          if (r + g + b >= 3 * 250)
            white++;
          else if (r + g + b < 3 * 128)
            dark++;
        }
  /* Mostly paper, with text and lines on it. */
  g_assert_cmpuint (white, >, dark);
  g_assert_cmpuint (dark, >, 100);
  save_screenshot (GTK_WIDGET (window), "page-view-large-template.png");
  /* The window's zoom actions zoom the pages while they show. */
  {
    double before = od_page_sheets_get_zoom (OD_PAGE_SHEETS (sheets));

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-in", NULL));
    g_assert_cmpfloat (od_page_sheets_get_zoom (OD_PAGE_SHEETS (sheets)), >, before);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-reset", NULL));
    g_assert_cmpfloat (od_page_sheets_get_zoom (OD_PAGE_SHEETS (sheets)), ==, 1.0);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-fit", NULL));
    g_assert_cmpfloat (fabs (od_page_sheets_get_zoom (OD_PAGE_SHEETS (sheets)) -
                             od_page_sheets_get_fit_zoom (OD_PAGE_SHEETS (sheets))), <, 1e-6);
  }
  cairo_surface_destroy (surface);
  gtk_window_destroy (GTK_WINDOW (window));
  od_ui_test_drain ();
}

/* Edits are planned again a moment later: a department gains 400 reports,
 * and the pages grow to hold them, as the export's do. */
static void
test_updates_after_edits (void)
{
  g_autoptr(OdOrganisation) org = od_template_create (OD_SIZE_MEDIUM, OD_LANG_ZH_CN, "编辑测试", NULL);
  OdWindow *window = window_with (org);
  OdPageView *view = show_pages (window);
  OdDocument *doc = od_window_get_document (window);
  guint before = od_page_view_get_n_pages (view);

  g_assert_cmpuint (before, ==, export_pages (org, view));
  for (guint i = 0; i < 400; i++)
    {
      g_autofree char *name = g_strdup_printf ("销售%u组", i);
      g_autoptr(GError) error = NULL;

      g_assert_true (od_document_push (doc, od_command_add_unit (org, "sales", -1, NULL, name, OD_UNIT_KIND_FRONT, NULL),
                                       &error));
      g_assert_no_error (error);
    }
  /* One plan after the last edit, not one per edit. */
  g_assert_true (od_page_view_get_planning (view));
  wait_planned (view);
  g_assert_cmpuint (od_page_view_get_n_pages (view), >, before);
  g_assert_cmpuint (od_page_view_get_n_pages (view), ==, export_pages (org, view));

  /* Hidden, the view waits; shown again, it catches up. */
  g_action_group_change_action_state (G_ACTION_GROUP (window), "page-view", g_variant_new_boolean (FALSE));
  od_undo_stack_undo (od_document_get_undo_stack (doc));
  od_ui_test_drain ();
  g_assert_false (od_page_view_get_planning (view));
  g_action_group_change_action_state (G_ACTION_GROUP (window), "page-view", g_variant_new_boolean (TRUE));
  wait_planned (view);
  g_assert_cmpuint (od_page_view_get_n_pages (view), ==, export_pages (org, view));
  gtk_window_destroy (GTK_WINDOW (window));
  od_ui_test_drain ();
}

/* The worker copies the organisation (not the main thread, ≈ 300 ms at
 * 100,000 units): edits made while it does wait for the copy, and the pages
 * planned after them show the document with every edit. */
static void
test_edits_while_copying (void)
{
  g_autoptr(OdOrganisation) org = random_org (20000, 13);
  OdWindow *window = window_with (org);
  OdPageView *view = show_pages (window);
  OdDocument *doc = od_window_get_document (window);
  const char *parent = od_unit_get_id (od_organisation_get_first_top_unit (org));
  guint before = od_organisation_get_n_units (org);

  g_assert_true (od_page_view_set_paper (view, "A3"));
  g_assert_true (od_page_view_get_planning (view));
  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *name = g_strdup_printf ("复制中新增%u部", i);
      g_autoptr(GError) error = NULL;

      g_assert_true (od_document_push (doc, od_command_add_unit (org, parent, -1, NULL, name, OD_UNIT_KIND_FRONT, NULL),
                                       &error));
      g_assert_no_error (error);
    }
  g_assert_cmpuint (od_organisation_get_n_units (org), ==, before + 300);
  wait_planned (view);
  g_assert_cmpuint (od_page_view_get_n_pages (view), ==, export_pages (org, view));
  od_page_view_set_paper (view, "A4");
  wait_planned (view);
  gtk_window_destroy (GTK_WINDOW (window));
  od_ui_test_drain ();
}

/* Clicking a stub ("→ p. N") shows its page at the top of the view. */
static void
test_stub_jumps (void)
{
  g_autoptr(OdOrganisation) org = random_org (1000, 12);
  OdWindow *window = window_with (org);
  OdPageView *view = show_pages (window);
  OdPageSheets *sheets = od_page_view_get_sheets (view);
  g_autoptr(GError) error = NULL;
  g_autoptr(OdExportDocument) doc = NULL;
  g_autoptr(GArray) links = NULL;
  const OdExportLink *link = NULL;
  OdPageSetup setup;
  guint page, first, last;
  double sx, sy;
  gboolean clicked = FALSE;

  od_page_view_get_page_setup (view, &setup);
  doc = od_export_document_new (org, &setup, OD_EXPORT_FIT_AUTO, FALSE, NULL, &error);
  g_assert_no_error (error);
  links = od_export_document_get_links (doc, 0);
  for (guint i = 0; i < links->len && link == NULL; i++)
    if (g_array_index (links, OdExportLink, i).target > 2)
      link = &g_array_index (links, OdExportLink, i);
  g_assert_nonnull (link);
  /* The widget point over the middle of the stub on page 1. */
  for (int y = 0; y < gtk_widget_get_height (GTK_WIDGET (sheets)) && !clicked; y++)
    for (int x = 0; x < gtk_widget_get_width (GTK_WIDGET (sheets)) && !clicked; x++)
      if (od_page_sheets_page_at (sheets, x, y, &page, &sx, &sy) && page == 0 &&
          fabs (sx - (link->x + link->width / 2)) < 2 && fabs (sy - (link->y + link->height / 2)) < 2)
        {
          g_assert_true (od_page_sheets_activate_at (sheets, x, y));
          clicked = TRUE;
        }
  g_assert_true (clicked);
  od_ui_test_drain ();
  g_assert_true (od_page_sheets_get_visible (sheets, &first, &last));
  g_assert_cmpuint (first, <=, link->target);
  g_assert_cmpuint (last, >=, link->target);
  g_assert_cmpuint (first, >, 0);
  /* The status says where the view is. */
  {
    g_autofree char *where = g_strdup_printf (_("Page %u of %u"), first + 1, od_page_view_get_n_pages (view));
    GtkWidget *label = NULL;

    for (GtkWidget *w = gtk_widget_get_first_child (GTK_WIDGET (view)); w != NULL && label == NULL;
         w = gtk_widget_get_next_sibling (w))
      for (GtkWidget *c = gtk_widget_get_first_child (w); c != NULL; c = gtk_widget_get_next_sibling (c))
        if (GTK_IS_LABEL (c) && g_str_equal (gtk_label_get_text (GTK_LABEL (c)), where))
          label = c;
    g_assert_nonnull (label);
  }
  /* Between pages nothing happens. */
  g_assert_false (od_page_sheets_activate_at (sheets, 1, 1));
  gtk_window_destroy (GTK_WINDOW (window));
  od_ui_test_drain ();
}

static guint n_drawn;

static void
count_draw_cb (cairo_t  *cr,
               guint     page,
               gpointer  user_data)
{
  n_drawn++;
  cairo_rectangle (cr, 10, 10, 100, 100);
  cairo_fill (cr);
}

/* Of 3,000 sheets only those in view are drawn, each once per zoom. */
/* Dark pixels on @page of the view, drawn as the screen shows it. */
static guint
dark_pixels_on (OdPageSheets *sheets,
                guint         wanted)
{
  cairo_surface_t *surface = render_widget (GTK_WIDGET (sheets));
  int width = cairo_image_surface_get_width (surface), height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guchar *data = cairo_image_surface_get_data (surface);
  guint page, dark = 0;
  double sx, sy;

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      if (od_page_sheets_page_at (sheets, x, y, &page, &sx, &sy) && page == wanted)
        {
          guint32 px = ((guint32 *) (data + y * stride))[x];

          if (((px >> 16) & 0xff) + ((px >> 8) & 0xff) + (px & 0xff) < 3 * 128)
            dark++;
        }
  cairo_surface_destroy (surface);
  return dark;
}

/* With the report on, the view shows the report's pages — cover, contents,
 * findings, diagnosis and the chart — as many as the PDF report has, and
 * the choice is the export dialog's and the print dialog's too. */
static void
test_report (void)
{
  g_autoptr(OdOrganisation) org = random_org (1000, 11);
  OdWindow *window = window_with (org);
  OdPageView *view = show_pages (window);
  OdPageSheets *sheets = od_page_view_get_sheets (view);
  guint chart, report, first, last;

  g_assert_true (od_page_view_set_paper (view, "A4"));
  od_page_view_set_landscape (view, FALSE);
  od_page_view_set_density (view, OD_DENSITY_STANDARD);
  od_page_view_set_report (view, FALSE);
  wait_planned (view);
  chart = od_page_view_get_n_pages (view);

  od_page_view_set_report (view, TRUE);
  g_assert_true (od_page_view_get_planning (view));
  wait_planned (view);
  report = od_page_view_get_n_pages (view);
  g_assert_cmpuint (report, >, chart);
  g_assert_cmpuint (chart, ==, pdf_pages (org, "A4", FALSE, OD_DENSITY_STANDARD, FALSE));
  g_assert_cmpuint (report, ==, pdf_pages (org, "A4", FALSE, OD_DENSITY_STANDARD, TRUE));
  {
    g_autofree char *choice = od_settings_dup_export_choice ("report", NULL);
    GtkWidget *other = g_object_ref_sink (od_page_view_new ());

    g_assert_cmpstr (choice, ==, "true");
    g_assert_true (od_page_view_get_report (OD_PAGE_VIEW (other)));
    g_object_unref (other);
  }
  /* The cover, then a page of the report's text further on: drawn. */
  od_page_sheets_show_page (sheets, 0);
  od_ui_test_drain ();
  g_assert_cmpuint (dark_pixels_on (sheets, 0), >, 100);
  save_screenshot (GTK_WIDGET (window), "page-view-report-cover.png");
  od_page_sheets_show_page (sheets, 2);
  od_ui_test_drain ();
  g_assert_true (od_page_sheets_get_visible (sheets, &first, &last));
  g_assert_cmpuint (first, <=, 2);
  g_assert_cmpuint (last, >=, 2);
  g_assert_cmpuint (dark_pixels_on (sheets, 2), >, 100);
  save_screenshot (GTK_WIDGET (sheets), "page-view-report-page-3.png");

  od_page_view_set_report (view, FALSE);
  wait_planned (view);
  g_assert_cmpuint (od_page_view_get_n_pages (view), ==, chart);
  gtk_window_destroy (GTK_WINDOW (window));
  od_ui_test_drain ();
}

static void
test_draws_visible_only (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *sheets = od_page_sheets_new ();
  guint first, last;
  cairo_surface_t *surface;

  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), sheets);
  gtk_window_set_child (GTK_WINDOW (window), scrolled);
  od_page_sheets_set_pages (OD_PAGE_SHEETS (sheets), 3000, 595, 842, count_draw_cb, NULL, NULL, NULL);
  od_page_sheets_set_zoom (OD_PAGE_SHEETS (sheets), 0.3);
  n_drawn = 0;
  gtk_window_present (GTK_WINDOW (window));
  od_ui_test_drain ();
  surface = render_widget (sheets);
  cairo_surface_destroy (surface);
  g_assert_true (od_page_sheets_get_visible (OD_PAGE_SHEETS (sheets), &first, &last));
  g_assert_cmpuint (n_drawn, >, 0);
  g_assert_cmpuint (n_drawn, <=, last - first + 1);
  g_assert_cmpuint (last - first + 1, <, 40);
  /* Drawn again from the textures, not by the owner. */
  n_drawn = 0;
  surface = render_widget (sheets);
  cairo_surface_destroy (surface);
  g_assert_cmpuint (n_drawn, ==, 0);
  /* Far down, other sheets. */
  od_page_sheets_show_page (OD_PAGE_SHEETS (sheets), 2500);
  od_ui_test_drain ();
  g_assert_true (od_page_sheets_get_visible (OD_PAGE_SHEETS (sheets), &first, &last));
  g_assert_cmpuint (first, <=, 2500);
  g_assert_cmpuint (last, >=, 2500);
  n_drawn = 0;
  surface = render_widget (sheets);
  cairo_surface_destroy (surface);
  g_assert_cmpuint (n_drawn, <=, last - first + 1);
  gtk_window_destroy (GTK_WINDOW (window));
  od_ui_test_drain ();
}

int
main (int    argc,
      char **argv)
{
  int status;

  app = od_ui_test_init (&argc, &argv);
  g_test_add_func ("/ui/page-view/count-matches-export", test_count_matches_export);
  g_test_add_func ("/ui/page-view/draws", test_draws);
  g_test_add_func ("/ui/page-view/updates-after-edits", test_updates_after_edits);
  g_test_add_func ("/ui/page-view/stub-jumps", test_stub_jumps);
  g_test_add_func ("/ui/page-view/edits-while-copying", test_edits_while_copying);
  g_test_add_func ("/ui/page-view/draws-visible-only", test_draws_visible_only);
  g_test_add_func ("/ui/page-view/report", test_report);
  status = g_test_run ();
  g_object_unref (app);
  return status;
}
