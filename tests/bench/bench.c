/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench.c: how Org Designer copes with large organisations.
 *
 *   bench --units N --dir DIR [--no-peers]
 *
 * Generates a deterministic organisation of N units (fan-out 2–12, depth up
 * to 8, Chinese names, some functions, assistants and dotted lines), writes
 * it as DIR/bench-N.orgdesign (through od_file_save) and as Graphviz dot,
 * then times loading, layout, checks, an edit, rendering and a page-by-page
 * PDF export, and the same tree through dot, twopi and xmllint.  Prints
 * "key<TAB>value" lines; tools/bench runs one process per size (so peak RSS
 * is per size) and makes the table.  Not a test: numbers depend on the
 * machine.
 */
#include "config.h"

#include <cairo-pdf.h>
#include <stdlib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "od-catalog.h"
#include "od-chart-renderer.h"
#include "od-check.h"
#include "od-check-cache.h"
#include "od-command.h"
#include "od-file.h"
#include "od-layout.h"
#include "od-export.h"
#include "od-undo-stack.h"

static const char *const regions[] = {
  "华东", "华南", "华北", "华中", "西南", "西北", "东北", "江苏", "浙江", "广东",
  "山东", "四川", "湖北", "福建", "上海", "北京",
};
static const char *const functions[] = {
  "销售", "市场", "财务", "人力资源", "研发", "采购", "物流", "客户服务", "品牌", "渠道",
  "质量", "生产", "行政", "法务", "信息技术", "战略", "运营", "培训", "审计", "公关",
};
static const char *const numbers[] = { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二" };
static const char *const suffixes[] = { "总部", "中心", "部", "处", "科", "组", "室", "班" };
static const char *const surnames[] = { "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴" };
static const char *const given[] = { "伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "艳", "杰", "强", "军" };
static const char *const kinds[] = { "executive", "front", "back", "support" };

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

/* Resident memory now, in KiB (from /proc/self/statm). */
static double
rss_kib (void)
{
  g_autofree char *text = NULL;
  long pages = 0, resident = 0;

  if (!g_file_get_contents ("/proc/self/statm", &text, NULL, NULL) ||
      sscanf (text, "%ld %ld", &pages, &resident) != 2)
    return 0;
  return resident * (sysconf (_SC_PAGESIZE) / 1024.0);
}

static void
report (const char *key,
        const char *format,
        ...) G_GNUC_PRINTF (2, 3);

static void
report (const char *key,
        const char *format,
        ...)
{
  va_list args;
  g_autofree char *value = NULL;

  va_start (args, format);
  value = g_strdup_vprintf (format, args);
  va_end (args);
  g_print ("%s\t%s\n", key, value);
}

/* The organisation as .orgdesign XML: breadth-first, so unit i's children
 * are a contiguous run of ids; then written in document order. */
static char *
generate (guint       n,
          GString    *dot)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261120 + n);
  g_autofree guint *depth = g_new0 (guint, n);
  g_autofree guint *first = g_new0 (guint, n);
  g_autofree guint *count = g_new0 (guint, n);
  g_autofree guint *stack = g_new0 (guint, n);
  g_autofree guint *next = g_new0 (guint, n);
  g_autoptr(GString) xml = g_string_sized_new (n * 120);
  GPtrArray *catalog = od_catalog_get_functions (od_catalog_get_default ());
  guint made = 1, head = 0, sp = 0;

  while (made < n)
    {
      guint fan;

      if (head >= made)
        break;
      /* Leaves here and there below the second level, and none at the
       * deepest level allowed (depth 7: eight levels). */
      if (depth[head] >= 7 || (depth[head] >= 2 && g_rand_double (rand) < 0.15))
        {
          head++;
          continue;
        }
      fan = g_rand_int_range (rand, 2, 13);
      fan = MIN (fan, n - made);
      first[head] = made;
      count[head] = fan;
      for (guint k = 0; k < fan; k++)
        depth[made + k] = depth[head] + 1;
      made += fan;
      head++;
    }
  n = made;

  g_string_append_printf (xml, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                               "<organisation xmlns=\"urn:org-designer:1\" version=\"1\" "
                               "name=\"基准集团%u\" size=\"large\" lang=\"zh-CN\">\n", n);
  g_string_append (dot, "digraph org {\n  graph [charset=\"UTF-8\"];\n"
                        "  node [shape=box, fontname=\"Noto Sans CJK SC\", fontsize=10];\n");
  stack[sp++] = 0;
  while (sp > 0)
    {
      guint u = stack[sp - 1];

      if (next[u] == 0)
        {
          g_autofree char *name = NULL;

          if (u == 0)
            name = g_strdup ("总经理");
          else
            name = g_strdup_printf ("%s%s%s%s",
                                    regions[g_rand_int_range (rand, 0, G_N_ELEMENTS (regions))],
                                    functions[g_rand_int_range (rand, 0, G_N_ELEMENTS (functions))],
                                    numbers[g_rand_int_range (rand, 0, G_N_ELEMENTS (numbers))],
                                    suffixes[MIN (depth[u], G_N_ELEMENTS (suffixes) - 1)]);
          g_string_append_printf (xml, "%*s<unit id=\"u%u\" name=\"%s\" kind=\"%s\" head=\"%s%s\" headcount=\"%d\"%s",
                                  (int) MIN (depth[u] * 2 + 2, 40), "", u, name,
                                  kinds[u == 0 ? 0 : g_rand_int_range (rand, 0, 4)],
                                  surnames[g_rand_int_range (rand, 0, G_N_ELEMENTS (surnames))],
                                  given[g_rand_int_range (rand, 0, G_N_ELEMENTS (given))],
                                  g_rand_int_range (rand, 1, 200),
                                  u > 0 && g_rand_double (rand) < 0.01 ? " assistant=\"true\"" : "");
          g_string_append_printf (dot, "  u%u [label=\"%s\"];\n", u, name);
          if (g_rand_double (rand) < 0.3 && catalog->len > 0)
            {
              const OdFunction *f = g_ptr_array_index (catalog, g_rand_int_range (rand, 0, catalog->len));
              g_string_append_printf (xml, ">\n%*s<function ref=\"%s\" role=\"%s\"/>\n",
                                      (int) MIN (depth[u] * 2 + 4, 42), "", f->id,
                                      g_rand_boolean (rand) ? (f->type == OD_FUNCTION_COLLABORATION ? "lead" : "owner")
                                                            : "participant");
              if (count[u] == 0)
                g_string_append_printf (xml, "%*s</unit>\n", (int) MIN (depth[u] * 2 + 2, 40), "");
            }
          else
            g_string_append (xml, count[u] > 0 ? ">\n" : "/>\n");
          for (guint k = 0; k < count[u]; k++)
            g_string_append_printf (dot, "  u%u -> u%u;\n", u, first[u] + k);
        }
      if (next[u] < count[u])
        {
          stack[sp++] = first[u] + next[u];
          next[u]++;
          continue;
        }
      if (count[u] > 0)
        g_string_append_printf (xml, "%*s</unit>\n", (int) MIN (depth[u] * 2 + 2, 40), "");
      sp--;
    }
  /* Dotted lines join units of nearby branches (breadth-first numbers
   * close together), as functional lines between neighbouring departments
   * do; one per thousand units. */
  for (guint k = 0; k < MAX (n / 1000, 5) && n > 2; k++)
    {
      int a = g_rand_int_range (rand, 1, n);
      int offset = g_rand_int_range (rand, -60, 61);   /* CLAMP evaluates twice */
      int b = CLAMP (a + offset, 1, (int) n - 1);

      if (a != b)
        g_string_append_printf (xml, "  <dotted from=\"u%d\" to=\"u%d\" label=\"业务支持%u\"/>\n", a, b, k);
    }
  g_string_append (xml, "</organisation>\n");
  g_string_append (dot, "}\n");
  return g_string_free (g_steal_pointer (&xml), FALSE);
}

/* Runs a peer program, returning its wall time in ms, or a negative
 * number when it failed or timed out. */
static double
run_peer (const char *const *argv,
          gboolean          *timed_out)
{
  g_autoptr(GError) error = NULL;
  int status = 0;
  double t0 = now_ms (), t;

  *timed_out = FALSE;
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL |
                     G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status, &error))
    return -1;
  t = now_ms () - t0;
  if (WIFEXITED (status) && WEXITSTATUS (status) == 124)
    {
      *timed_out = TRUE;
      return -1;
    }
  return g_spawn_check_wait_status (status, NULL) ? t : -1;
}

/* User plus system time of @who (RUSAGE_SELF or RUSAGE_CHILDREN), in ms. */
static double
cpu_ms (int who)
{
  struct rusage usage;

  getrusage (who, &usage);
  return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
         (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

/* TRUE when the peer finished. */
static gboolean
report_peer (const char        *key,
             const char *const *argv)
{
  gboolean timed_out;
  double t = run_peer (argv, &timed_out);

  if (timed_out)
    report (key, "timeout");
  else if (t < 0)
    report (key, "failed");
  else
    report (key, "%.1f", t);
  return !timed_out && t >= 0;
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

static double
median (double *v,
        guint   n)
{
  qsort (v, n, sizeof *v, compare_double);
  return v[n / 2];
}

/* The whole chart fitted into a 1920×1080 image. */
static double
render_fitted (OdLayout        *layout,
               OdChartRenderer *renderer,
               cairo_surface_t *surface)
{
  OdLayoutRect bounds;
  double scale, t0;
  cairo_t *cr = cairo_create (surface);

  od_layout_get_bounds (layout, &bounds);
  scale = MIN (1920 / MAX (bounds.width, 1), 1080 / MAX (bounds.height, 1));
  t0 = now_ms ();
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  od_chart_renderer_draw (renderer, cr, NULL, scale);
  cairo_surface_flush (surface);
  t0 = now_ms () - t0;
  cairo_destroy (cr);
  return t0;
}

static double
render_viewport (OdChartRenderer *renderer,
                 cairo_surface_t *surface,
                 double           x,
                 double           y)
{
  OdLayoutRect view = { x, y, 1920, 1080 };
  cairo_t *cr = cairo_create (surface);
  double t0 = now_ms ();

  cairo_translate (cr, -x, -y);
  od_chart_renderer_draw (renderer, cr, &view, 1.0);
  cairo_surface_flush (surface);
  t0 = now_ms () - t0;
  cairo_destroy (cr);
  return t0;
}

/* The product's own export (what org-designer-cli export and the
 * application's Export run): department pages on A3 landscape, through a
 * temporary file. */
static double
export_pdf (OdOrganisation *org,
            const char     *path,
            guint          *n_pages,
            gint64         *bytes)
{
  OdExportOptions options;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = NULL;
  double t0 = now_ms ();

  od_export_options_init (&options);
  options.paper = OD_PAPER_A3;
  options.landscape = TRUE;
  options.date = "2026-12-01";
  if (!od_export_to_file (org, path, &options, NULL, NULL, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      exit (1);
    }
  t0 = now_ms () - t0;
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  *bytes = info != NULL ? g_file_info_get_size (info) : -1;
  {
    g_autofree char *out = NULL;
    g_autofree char *cmd = g_strdup_printf ("pdfinfo '%s'", path);
    const char *pages;

    *n_pages = 0;
    if (g_spawn_command_line_sync (cmd, &out, NULL, NULL, NULL) && (pages = strstr (out, "Pages:")) != NULL)
      *n_pages = (guint) g_ascii_strtoull (pages + 6, NULL, 10);
  }
  return t0;
}

int
main (int   argc,
      char *argv[])
{
  int units = 1000;
  g_autofree char *dir = NULL;
  gboolean no_peers = FALSE;
  gboolean load_only = FALSE;
  g_autofree char *load_file = NULL;
  GOptionEntry entries[] = {
    { "load-only", 0, 0, G_OPTION_ARG_NONE, &load_only, "Only loading, against xmllint --noout (medians of 5)", NULL },
    { "load-file", 0, 0, G_OPTION_ARG_FILENAME, &load_file, "Load FILE once and print the peak memory", "FILE" },
    { "units", 0, 0, G_OPTION_ARG_INT, &units, "Units in the organisation", "N" },
    { "dir", 0, 0, G_OPTION_ARG_FILENAME, &dir, "Where to write the files", "DIR" },
    { "no-peers", 0, 0, G_OPTION_ARG_NONE, &no_peers, "Skip dot, twopi and xmllint", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("- Org Designer benchmark");
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) dot = g_string_new (NULL);
  g_autofree char *xml = NULL;
  g_autofree char *doc_path = NULL, *dot_path = NULL, *pdf_path = NULL, *peer_pdf = NULL;
  g_autoptr(OdOrganisation) org = NULL;
  g_autoptr(OdLayout) layout = NULL;
  g_autoptr(OdChartRenderer) renderer = NULL;
  g_autoptr(OdUndoStack) stack = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  OdCheckCache *checks = NULL;
  OdLayoutOptions options;
  double t0, rss0, times[5];
  guint n, n_pages;
  cairo_surface_t *screen;
  struct rusage usage;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (load_file != NULL)
    {
      /* A fresh process, so that its peak is the load's (plus libraries). */
      g_autoptr(GFile) file = g_file_new_for_path (load_file);
      g_autoptr(OdOrganisation) loaded = od_file_load_new (file, OD_LOAD_DEFAULT, &error);

      g_assert_no_error (error);
      getrusage (RUSAGE_SELF, &usage);
      report ("load_peak_rss_mib", "%.1f", usage.ru_maxrss / 1024.0);
      return 0;
    }
  if (dir == NULL)
    dir = g_dir_make_tmp ("od-bench-XXXXXX", NULL);
  g_mkdir_with_parents (dir, 0755);

  /* Generate, then save through the file API (untimed). */
  xml = generate (units, dot);
  {
    g_autoptr(OdOrganisation) made = od_organisation_new ();
    g_autoptr(GBytes) bytes = g_bytes_new_static (xml, strlen (xml));
    g_autofree char *name = g_strdup_printf ("bench-%d.orgdesign", units);
    g_autoptr(GFile) file = NULL;

    doc_path = g_build_filename (dir, name, NULL);
    file = g_file_new_for_path (doc_path);
    if (!od_file_load_bytes (made, bytes, name, OD_LOAD_DEFAULT, &error) ||
        !od_file_save (made, file, NULL, &error))
      {
        g_printerr ("%s\n", error->message);
        return 1;
      }
    dot_path = g_strdup_printf ("%s/bench-%d.dot", dir, units);
    g_file_set_contents (dot_path, dot->str, dot->len, NULL);
    pdf_path = g_strdup_printf ("%s/bench-%d.pdf", dir, units);
    peer_pdf = g_strdup_printf ("%s/bench-%d-peer.pdf", dir, units);
  }
  g_clear_pointer (&xml, g_free);
  g_string_truncate (dot, 0);

  if (load_only)
    {
      /* The product's own load path (od_file_load_new: read, check, convert,
       * stream into the model) against xmllint building its tree, in the
       * same run, on the same file. */
      const char *xmllint[] = { "timeout", "120", "xmllint", "--noout", doc_path, NULL };
      const char *self[] = { argv[0], "--load-file", doc_path, NULL };
      g_autofree char *out = NULL;
      double ours[5], peer[5], ours_cpu[5], peer_cpu[5];

      for (guint i = 0; i < 5; i++)
        {
          g_autoptr(GFile) file = g_file_new_for_path (doc_path);
          g_autoptr(OdOrganisation) loaded = NULL;
          gboolean timed_out;
          double c0;

          c0 = cpu_ms (RUSAGE_SELF);
          t0 = now_ms ();
          loaded = od_file_load_new (file, OD_LOAD_DEFAULT, &error);
          ours[i] = now_ms () - t0;
          ours_cpu[i] = cpu_ms (RUSAGE_SELF) - c0;
          g_assert_no_error (error);
          c0 = cpu_ms (RUSAGE_CHILDREN);
          peer[i] = run_peer (xmllint, &timed_out);
          peer_cpu[i] = cpu_ms (RUSAGE_CHILDREN) - c0;
        }
      report ("load_ms", "%.1f", median (ours, 5));
      report ("xmllint_ms", "%.1f", median (peer, 5));
      /* CPU time as well: on a shared machine wall time mostly measures
       * the neighbours. */
      report ("load_cpu_ms", "%.1f", median (ours_cpu, 5));
      report ("xmllint_cpu_ms", "%.1f", median (peer_cpu, 5));
      if (g_spawn_sync (NULL, (char **) self, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, NULL, NULL))
        g_print ("%s", out);
      return 0;
    }

  rss0 = rss_kib ();
  t0 = now_ms ();
  {
    g_autoptr(GFile) file = g_file_new_for_path (doc_path);
    org = od_file_load_new (file, OD_LOAD_DEFAULT, &error);
    g_assert_no_error (error);
  }
  report ("load_ms", "%.1f", now_ms () - t0);
  n = od_organisation_get_n_units (org);
  report ("units", "%u", n);

  /* First layout measures every label with Pango; later ones reuse them. */
  od_layout_options_init (&options);
  t0 = now_ms ();
  layout = od_layout_new (org, &options);
  report ("layout_first_ms", "%.1f", now_ms () - t0);
  for (guint k = 0; k < G_N_ELEMENTS (times); k++)
    {
      od_layout_set_options (layout, &options);
      t0 = now_ms ();
      od_layout_update (layout);
      times[k] = now_ms () - t0;
    }
  report ("layout_ms", "%.2f", median (times, G_N_ELEMENTS (times)));
  report ("layout_ns_per_unit", "%.0f", median (times, G_N_ELEMENTS (times)) * 1e6 / n);
  {
    OdLayoutRect b;
    od_layout_get_bounds (layout, &b);
    report ("chart_pt", "%.0fx%.0f", b.width, b.height);
  }

  t0 = now_ms ();
  findings = od_check_run (org);
  report ("check_ms", "%.1f", now_ms () - t0);
  report ("findings", "%u", findings->len);
  g_clear_pointer (&findings, g_ptr_array_unref);
  report ("rss_model_layout_bytes_per_unit", "%.0f", (rss_kib () - rss0) * 1024 / n);

  /* One edit: rename a unit, then bring layout and findings up to date
   * the way the application does, with the incremental checker. */
  stack = od_undo_stack_new (org);
  checks = od_check_cache_new (org);
  od_check_cache_get_findings (checks);
  {
    OdUnit *top = od_organisation_get_first_top_unit (org);
    OdUnit *victim = od_unit_get_first_child (od_unit_get_first_child (top));
    OdCommand *command = od_command_set_unit_prop (org, od_unit_get_id (victim), OD_UNIT_PROP_NAME,
                                                   "华东区销售管理与客户关系维护部", &error);
    guint measured = od_layout_get_n_measured (layout);

    g_assert_no_error (error);
    t0 = now_ms ();
    od_undo_stack_push (stack, command, &error);
    g_assert_no_error (error);
    od_layout_update (layout);
    report ("edit_relayout_ms", "%.2f", now_ms () - t0);
    report ("edit_remeasured", "%u", od_layout_get_n_measured (layout) - measured);
    t0 = now_ms ();
    od_check_cache_get_findings (checks);
    report ("edit_recheck_ms", "%.1f", now_ms () - t0);
    report ("edit_rechecked_units", "%u", od_check_cache_get_n_rechecked (checks));
  }
  g_clear_pointer (&checks, od_check_cache_free);

  renderer = od_chart_renderer_new (layout);
  screen = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1920, 1080);
  for (guint k = 0; k < G_N_ELEMENTS (times); k++)
    times[k] = render_fitted (layout, renderer, screen);
  report ("render_fit_ms", "%.1f", median (times, G_N_ELEMENTS (times)));
  {
    g_autofree char *png = g_strdup_printf ("%s/bench-%d-fit.png", dir, units);
    cairo_surface_write_to_png (screen, png);
  }

  /* A viewport at 100 % around the middle unit: the first frame shapes the
   * text it shows; the next frames pan a little, as a drag does. */
  {
    OdUnit * const *all = od_layout_get_units (layout, NULL);
    OdLayoutRect box;
    double x, y, frames[40];

    od_layout_get_box (layout, all[n / 2], &box);
    x = box.x - 960;
    y = MAX (box.y - 540, 0);
    report ("viewport_first_ms", "%.2f", render_viewport (renderer, screen, x, y));
    for (guint k = 0; k < G_N_ELEMENTS (frames); k++)
      frames[k] = render_viewport (renderer, screen, x + k * 4, y);
    report ("viewport_ms", "%.2f", median (frames, G_N_ELEMENTS (frames)));
    report ("viewport_boxes", "%u", od_chart_renderer_get_n_drawn (renderer));
    {
      g_autofree char *png = g_strdup_printf ("%s/bench-%d-viewport.png", dir, units);
      cairo_surface_write_to_png (screen, png);
    }
  }
  cairo_surface_destroy (screen);

  /* The export does not use the screen's layout: free it first, as the
   * command line never builds it. */
  g_clear_pointer (&renderer, od_chart_renderer_free);
  g_clear_pointer (&layout, od_layout_free);
  {
    gint64 bytes;

    report ("pdf_ms", "%.0f", export_pdf (org, pdf_path, &n_pages, &bytes));
    report ("pdf_pages", "%u", n_pages);
    report ("pdf_bytes", "%" G_GINT64_FORMAT, bytes);
  }

  getrusage (RUSAGE_SELF, &usage);
  report ("peak_rss_mib", "%.1f", usage.ru_maxrss / 1024.0);

  if (!no_peers)
    {
      const char *xmllint[] = { "timeout", "120", "xmllint", "--noout", doc_path, NULL };
      const char *dot_cmd[] = { "timeout", "120", "dot", "-Tpdf", dot_path, "-o", peer_pdf, NULL };
      const char *twopi[] = { "timeout", "120", "twopi", "-Tpdf", dot_path, "-o", peer_pdf, NULL };

      report_peer ("xmllint_ms", xmllint);
      if (units <= 10000)
        report_peer ("dot_ms", dot_cmd);
      else
        report ("dot_ms", "skipped");
      /* Only a finished twopi's PDF is compared (not dot's, nor what a
       * twopi stopped by the timeout had written). */
      g_unlink (peer_pdf);
      if (report_peer ("twopi_ms", twopi))
        {
          GStatBuf st;
          if (g_stat (peer_pdf, &st) == 0)
            report ("twopi_pdf_bytes", "%" G_GINT64_FORMAT, (gint64) st.st_size);
        }
    }
  return 0;
}
