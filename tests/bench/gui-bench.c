/* SPDX-License-Identifier: GPL-3.0-or-later */
/* gui-bench.c: how the application's window copes with a large file.
 *
 *   gui-bench FILE.orgdesign [--open-only]
 *
 * Drives the real window (OdApplication, OdWindow, the outline, chart,
 * inspector and findings panel) under a display: opens FILE the way the
 * Open dialog does, times the first frame that shows the outline, then
 * until every idle ran, then until the chart (laid out in a thread for a
 * large file) is painted, then checks that the window sits idle, then
 * times edits as a user makes them (rename, change of kind, add a unit,
 * delete it, the same at the front of its group, move, undo, redo; five
 * of each: the median and the slowest),
 * each until every idle handler ran and the next frame was painted.  In a large
 * organisation the findings follow from a worker thread: how long until
 * they are shown is timed apart ("_findings_ms"), and a 5 ms tick measures
 * the longest stretch the main loop was busy (input and frames wait that
 * long: "_stall_ms").  "_cpu_ms" is the main thread's CPU time for an
 * edit, which a loaded machine does not inflate as it does wall time.
 * Prints "key<TAB>value" lines; tools/bench runs it under Xvfb.  Not a test: numbers depend on the machine.
 */
#include "config.h"

#include <adwaita.h>
#include <locale.h>
#include <sys/resource.h>
#include <time.h>

#include "od-application.h"
#include "od-chart-canvas.h"
#include "od-command.h"
#include "od-page-view.h"
#include "od-window.h"

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static double
cpu_ms (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec * 1000.0 + usage.ru_utime.tv_usec / 1000.0
       + usage.ru_stime.tv_sec * 1000.0 + usage.ru_stime.tv_usec / 1000.0;
}

/* The main thread's CPU time: what the window spent, whatever the load of
 * the machine and whatever the checks' worker does meanwhile. */
static double
main_cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static guint painted;
static guint layouts;
static guint findings_changed;
static double last_tick, longest_stall;

/* A tick every 5 ms: how late it comes is how long the main loop was
 * busy with something else (input and frames wait as long). */
static gboolean
tick_cb (gpointer user_data)
{
  double t = now_ms ();

  if (last_tick > 0)
    longest_stall = MAX (longest_stall, t - last_tick);
  last_tick = t;
  return G_SOURCE_CONTINUE;
}

static guint tick_id;

static gboolean
idle_done_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
reset_stall (void)
{
  if (tick_id == 0)
    tick_id = g_timeout_add_full (G_PRIORITY_HIGH, 5, tick_cb, NULL, NULL);
  last_tick = now_ms ();
  longest_stall = 0;
}

static double first_findings_at;

static void
findings_changed_cb (OdDocument *document,
                     gpointer    user_data)
{
  if (findings_changed++ == 0)
    first_findings_at = now_ms ();
}

/* Runs the main loop until ::findings-changed came after @before, at most
 * 60 s; returns the time since @start. */
static double
wait_for_findings (guint  before,
                   double start)
{
  gint64 end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (findings_changed == before && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  return now_ms () - start;
}

static void
layout_cb (GdkFrameClock *clock,
           gpointer       user_data)
{
  layouts++;
}

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       user_data)
{
  painted++;
}

/* Runs the main loop until nothing is pending and a frame was painted
 * after that; returns the time it took. */
static double
settle (OdWindow *window,
        double    start)
{
  guint before;
  gint64 end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (g_main_context_iteration (NULL, FALSE))
    ;
  before = painted;
  gtk_widget_queue_draw (GTK_WIDGET (window));
  while (painted == before && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  return now_ms () - start;
}

static OdPageView *
find_page_view (GtkWidget *widget)
{
  if (OD_IS_PAGE_VIEW (widget))
    return OD_PAGE_VIEW (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      OdPageView *view = find_page_view (child);

      if (view != NULL)
        return view;
    }
  return NULL;
}

static void
report (const char *key,
        double      ms)
{
  g_print ("%s\t%.1f\n", key, ms);
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

/* The median and the slowest of five timings. */
static void
report_times (const char *edit,
              double      times[5],
              double      cpu[5])
{
  g_autofree char *median = g_strdup_printf ("%s_ms", edit);
  g_autofree char *slowest = g_strdup_printf ("%s_max_ms", edit);
  g_autofree char *cpu_median = g_strdup_printf ("%s_cpu_ms", edit);
  g_autofree char *cpu_slowest = g_strdup_printf ("%s_cpu_max_ms", edit);

  qsort (times, 5, sizeof (double), compare_double);
  qsort (cpu, 5, sizeof (double), compare_double);
  report (median, times[2]);
  report (slowest, times[4]);
  report (cpu_median, cpu[2]);
  report (cpu_slowest, cpu[4]);
}

/* The unit with the most direct reports: renaming in a large group. */
static OdUnit *
widest_unit (OdOrganisation *org)
{
  g_autoptr(GPtrArray) units = od_organisation_list_units (org);
  OdUnit *best = NULL;

  for (guint i = 0; i < units->len; i++)
    if (best == NULL || od_unit_get_n_children (units->pdata[i]) > od_unit_get_n_children (best))
      best = units->pdata[i];
  return best;
}

/* The window's chart. */
static OdChartCanvas *
find_canvas (GtkWidget *widget)
{
  if (OD_IS_CHART_CANVAS (widget))
    return OD_CHART_CANVAS (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      OdChartCanvas *found = find_canvas (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static double findings_ms;
/* The main thread's CPU time of the last timed edit, until its frame. */
static double edit_cpu_ms;

/* An edit until its frame is painted; the findings that follow it are
 * timed into findings_ms. */
static double
timed_push (OdWindow  *window,
            OdCommand *command)
{
  g_autoptr(GError) error = NULL;
  guint before = findings_changed;
  double t0 = now_ms ();
  double c0 = main_cpu_ms ();
  double shown;

  if (!od_document_push (od_window_get_document (window), command, &error))
    g_error ("%s", error->message);
  shown = settle (window, t0);
  edit_cpu_ms = main_cpu_ms () - c0;
  findings_ms = wait_for_findings (before, t0);
  return shown;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(OdApplication) app = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  OdWindow *window;
  OdOrganisation *org;
  OdUndoStack *stack;
  OdUnit *target, *child;
  OdCommand *command;
  g_autofree char *new_id = NULL;
  double t0, c0, times[5], deletes[5], cpu[5], delete_cpu[5];
  OdUnit *group;
  gboolean open_only;

  setlocale (LC_ALL, "");
  /* --open-only: the open and the idle after it, not the edits (a quick
   * before/after of the open on a shared machine). */
  open_only = argc == 3 && g_str_equal (argv[2], "--open-only");
  if (argc != 2 && !open_only)
    {
      g_printerr ("usage: gui-bench FILE.orgdesign [--open-only]\n");
      return 2;
    }
  gtk_init ();
  adw_init ();
  g_set_application_name ("Org Designer");
  app = od_application_new (G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    g_error ("%s", error->message);
  window = od_application_new_window (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 1600, 1000);
  gtk_window_present (GTK_WINDOW (window));
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                    G_CALLBACK (after_paint_cb), NULL);
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "layout",
                    G_CALLBACK (layout_cb), NULL);
  settle (window, now_ms ());

  /* Open: as from the Open dialog, until the outline shows and is painted. */
  file = g_file_new_for_commandline_arg (argv[1]);
  t0 = now_ms ();
  c0 = cpu_ms ();
  reset_stall ();
  od_window_open_file (window, file);
  while (od_window_get_document (window) == NULL)
    {
      if (od_window_is_empty (window))
        g_error ("could not open %s", argv[1]);
      g_main_context_iteration (NULL, TRUE);
    }
  report ("gui_loaded_ms", now_ms () - t0);
  report ("gui_loaded_cpu_ms", cpu_ms () - c0);
  g_signal_connect (od_window_get_document (window), "findings-changed", G_CALLBACK (findings_changed_cb), NULL);
  /* The first frame that shows the outline (the chart and the findings
   * may still be on their way). */
  {
    guint before = painted;
    gint64 end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

    while (painted == before && g_get_monotonic_time () < end)
      g_main_context_iteration (NULL, TRUE);
    report ("gui_outline_ms", now_ms () - t0);
    report ("gui_outline_cpu_ms", cpu_ms () - c0);
  }
  report ("gui_open_ms", settle (window, t0));
  report ("gui_open_cpu_ms", cpu_ms () - c0);
  /* A large chart's first layout follows from a thread: until it is
   * painted. */
  {
    OdChartCanvas *canvas = find_canvas (GTK_WIDGET (window));
    gint64 end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

    while (od_chart_canvas_get_layout (canvas) == NULL && g_get_monotonic_time () < end)
      g_main_context_iteration (NULL, TRUE);
    report ("gui_chart_ms", settle (window, t0));
    report ("gui_chart_cpu_ms", cpu_ms () - c0);
  }
  report ("gui_open_stall_ms", longest_stall);
  g_print ("gui_open_frames\t%u\n", layouts);
  org = od_document_get_organisation (od_window_get_document (window));
  stack = od_document_get_undo_stack (od_window_get_document (window));
  /* The findings may have come with the outline already (small files). */
  if (findings_changed > 0)
    report ("gui_open_findings_ms", first_findings_at - t0);
  else if (od_document_peek_findings (od_window_get_document (window))->len == 0)
    report ("gui_open_findings_ms", wait_for_findings (0, t0));
  else
    report ("gui_open_findings_ms", -1);   /* with the window, before it was timed */
  g_print ("gui_units\t%u\n", od_organisation_get_n_units (org));
  g_print ("gui_findings\t%u\n", od_document_peek_findings (od_window_get_document (window))->len);

  /* Idle: the CPU the process uses in two seconds after that, and how
   * often the main loop woke.  The loop blocks until a source is ready
   * (one timeout ends the two seconds): polling it every few ms, as this
   * bench did, cost 4 ms per s itself and hid whether the window woke. */
  g_clear_handle_id (&tick_id, g_source_remove);
  {
    gboolean done = FALSE;
    guint wakeups = 0;

    g_timeout_add_full (G_PRIORITY_HIGH, 2000, idle_done_cb, &done, NULL);
    c0 = cpu_ms ();
    while (!done)
      {
        g_main_context_iteration (NULL, TRUE);
        wakeups++;
      }
    report ("gui_idle_cpu_ms_per_s", (cpu_ms () - c0) / 2);
    /* The iteration that ran the end of the two seconds is not the window's. */
    report ("gui_idle_wakeups_per_s", (wakeups - 1) / 2.0);
  }
  if (open_only)
    goto leave;

  /* Every kind of edit, five times each, in the widest group: the median
   * and the slowest (the first of a kind may grow a box or an array). */
  group = widest_unit (org);
  target = od_unit_get_first_child (group);
  g_print ("gui_group_size\t%u\n", od_unit_get_n_children (group));
  od_unit_tree_select (od_window_get_unit_tree (window), od_unit_get_id (target));
  settle (window, now_ms ());
  reset_stall ();
  for (guint k = 0; k < G_N_ELEMENTS (times); k++)
    {
      g_autofree char *name = g_strdup_printf ("华东区销售管理部%u", k);

      command = od_command_set_unit_prop (org, od_unit_get_id (target), OD_UNIT_PROP_NAME, name, &error);
      g_assert_no_error (error);
      times[k] = timed_push (window, command);
      cpu[k] = edit_cpu_ms;
    }
  report_times ("gui_rename", times, cpu);
  report ("gui_rename_findings_ms", findings_ms);

  for (guint k = 0; k < G_N_ELEMENTS (times); k++)
    {
      command = od_command_set_unit_prop (org, od_unit_get_id (target), OD_UNIT_PROP_KIND,
                                          k % 2 == 0 ? "back" : "support", &error);
      g_assert_no_error (error);
      times[k] = timed_push (window, command);
      cpu[k] = edit_cpu_ms;
    }
  report_times ("gui_kind", times, cpu);
  report ("gui_kind_findings_ms", findings_ms);

  /* Add a unit to that group and delete it again, five times. */
  for (guint k = 0; k < G_N_ELEMENTS (times); k++)
    {
      command = od_command_add_unit (org, od_unit_get_id (group), -1, NULL, "新部门",
                                     OD_UNIT_KIND_FRONT, &error);
      g_assert_no_error (error);
      g_free (new_id);
      new_id = g_strdup (od_command_get_new_unit_id (command));
      times[k] = timed_push (window, command);
      cpu[k] = edit_cpu_ms;
      child = od_organisation_lookup_unit (org, new_id);
      command = od_command_remove_unit (org, od_unit_get_id (child), &error);
      g_assert_no_error (error);
      deletes[k] = timed_push (window, command);
      delete_cpu[k] = edit_cpu_ms;
    }
  report_times ("gui_add", times, cpu);
  report ("gui_add_findings_ms", findings_ms);
  report_times ("gui_delete", deletes, delete_cpu);
  report ("gui_delete_findings_ms", findings_ms);

  /* The same at the front of the group: every row after it shifts (the
   * rows on screen are bound again by the list view). */
  for (guint k = 0; k < G_N_ELEMENTS (times); k++)
    {
      command = od_command_add_unit (org, od_unit_get_id (group), 0, NULL, "新部门",
                                     OD_UNIT_KIND_FRONT, &error);
      g_assert_no_error (error);
      g_free (new_id);
      new_id = g_strdup (od_command_get_new_unit_id (command));
      times[k] = timed_push (window, command);
      cpu[k] = edit_cpu_ms;
      child = od_organisation_lookup_unit (org, new_id);
      command = od_command_remove_unit (org, od_unit_get_id (child), &error);
      g_assert_no_error (error);
      deletes[k] = timed_push (window, command);
      delete_cpu[k] = edit_cpu_ms;
    }
  report_times ("gui_add_front", times, cpu);
  report_times ("gui_delete_front", deletes, delete_cpu);

  /* Move the renamed unit to the end of its group and back to the front,
   * alternately. */
  for (guint k = 0; k < G_N_ELEMENTS (times); k++)
    {
      command = od_command_move_unit (org, od_unit_get_id (target),
                                      od_unit_get_id (group), k % 2 == 0 ? -1 : 0, &error);
      g_assert_no_error (error);
      times[k] = timed_push (window, command);
      cpu[k] = edit_cpu_ms;
    }
  report_times ("gui_move", times, cpu);
  report ("gui_move_findings_ms", findings_ms);

  /* Undo the five moves, then redo them. */
  for (guint k = 0; k < G_N_ELEMENTS (times); k++)
    {
      guint before = findings_changed;

      t0 = now_ms ();
      c0 = main_cpu_ms ();
      od_undo_stack_undo (stack);
      times[k] = settle (window, t0);
      cpu[k] = main_cpu_ms () - c0;
      wait_for_findings (before, t0);
    }
  for (guint k = 0; k < G_N_ELEMENTS (times); k++)
    {
      guint before = findings_changed;

      t0 = now_ms ();
      c0 = main_cpu_ms ();
      od_undo_stack_redo (stack);
      deletes[k] = settle (window, t0);
      delete_cpu[k] = main_cpu_ms () - c0;
      findings_ms = wait_for_findings (before, t0);
    }
  report_times ("gui_undo", times, cpu);
  report_times ("gui_redo", deletes, delete_cpu);
  report ("gui_redo_findings_ms", findings_ms);
  report ("gui_edit_stall_ms", longest_stall);
  {
    struct rusage usage;

    getrusage (RUSAGE_SELF, &usage);
    report ("gui_peak_rss_mib", usage.ru_maxrss / 1024.0);
  }

  /* The page view (Ctrl+Shift+P): how long showing it holds the main
   * loop before the worker plans, the longest stall until the pages are
   * planned, and how long that takes. */
  {
    OdPageView *view = find_page_view (GTK_WIDGET (window));
    gint64 end = g_get_monotonic_time () + 120 * G_USEC_PER_SEC;

    settle (window, now_ms ());
    reset_stall ();
    t0 = now_ms ();
    g_action_group_change_action_state (G_ACTION_GROUP (window), "page-view", g_variant_new_boolean (TRUE));
    report ("gui_pages_start_ms", now_ms () - t0);
    {
      guint before = painted;

      /* The first frame of the view: the window's own relayout. */
      while (painted == before && g_get_monotonic_time () < end)
        g_main_context_iteration (NULL, TRUE);
      report ("gui_pages_first_frame_stall_ms", longest_stall);
      reset_stall ();
    }
    while (od_page_view_get_planning (view) && g_get_monotonic_time () < end)
      g_main_context_iteration (NULL, TRUE);
    report ("gui_pages_planned_ms", now_ms () - t0);
    report ("gui_pages_stall_ms", longest_stall);
    g_print ("gui_pages\t%u\n", od_page_view_get_n_pages (view));
  }

  /* Leave without the unsaved-changes question. */
leave:
  od_window_set_document (window, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  return 0;
}
