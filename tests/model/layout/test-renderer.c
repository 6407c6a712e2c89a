/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-renderer.c: the chart renderer draws what the layout placed, only
 * inside the clip, refuses bad numbers, shapes Chinese with the Chinese
 * faces, and its pictures match small reference images.
 *
 * The reference images live in tests/fixtures/render/.  After a deliberate
 * change of the drawing, regenerate them with
 *
 *   OD_RENDER_REGENERATE=1 build-layout/tests/model/layout/test-renderer
 *
 * (run from the source root; it writes the PNGs there) and look at them
 * before committing.  OD_RENDER_OUTPUT=DIR also writes every picture the
 * test draws into DIR, to look at.
 */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "od-chart-renderer.h"
#include "od-command.h"
#include "od-layout-private.h"
#include "od-template.h"
#include "od-undo-stack.h"
#include "layout-test-util.h"

static cairo_surface_t *
render (OdLayout        *layout,
        OdChartRenderer *renderer,
        double           scale,
        double           margin)
{
  OdLayoutRect bounds;
  cairo_surface_t *surface;
  cairo_t *cr;
  int w, h;

  od_layout_get_bounds (layout, &bounds);
  w = (int) ceil ((bounds.width + 2 * margin) * scale);
  h = (int) ceil ((bounds.height + 2 * margin) * scale);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, w, h);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  cairo_translate (cr, margin, margin);
  bounds.x -= margin;
  bounds.y -= margin;
  bounds.width += 2 * margin;
  bounds.height += 2 * margin;
  g_assert_true (od_chart_renderer_draw (renderer, cr, &bounds, scale));
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static void
maybe_save (cairo_surface_t *surface,
            const char      *name)
{
  const char *dir = g_getenv ("OD_RENDER_OUTPUT");

  if (dir != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
    }
}

/* The share of pixels that differ by more than @threshold in a channel,
 * or 1 when the sizes differ. */
static double
difference (cairo_surface_t *a,
            cairo_surface_t *b,
            int              threshold)
{
  int w = cairo_image_surface_get_width (a), h = cairo_image_surface_get_height (a);
  guint differ = 0;

  if (w != cairo_image_surface_get_width (b) || h != cairo_image_surface_get_height (b))
    return 1;
  for (int y = 0; y < h; y++)
    {
      const guint32 *ra = (const guint32 *) (gpointer) (cairo_image_surface_get_data (a) + y * cairo_image_surface_get_stride (a));
      const guint32 *rb = (const guint32 *) (gpointer) (cairo_image_surface_get_data (b) + y * cairo_image_surface_get_stride (b));

      for (int x = 0; x < w; x++)
        for (int s = 0; s < 24; s += 8)
          if (abs ((int) ((ra[x] >> s) & 0xff) - (int) ((rb[x] >> s) & 0xff)) > threshold)
            {
              differ++;
              break;
            }
    }
  return differ / (double) (w * h);
}

/* Compares @surface with the reference image @name, or writes it. */
static void
compare_with_reference (cairo_surface_t *surface,
                        const char      *name)
{
  g_autofree char *path = od_test_fixture ("render", name);
  cairo_surface_t *reference;
  cairo_surface_t *rgb;
  cairo_t *cr;
  double diff;

  maybe_save (surface, name);
  if (g_getenv ("OD_RENDER_REGENERATE") != NULL)
    {
      g_autofree char *dest = g_build_filename ("tests", "fixtures", "render", name, NULL);
      g_assert_cmpint (cairo_surface_write_to_png (surface, dest), ==, CAIRO_STATUS_SUCCESS);
      return;
    }
  reference = cairo_image_surface_create_from_png (path);
  if (cairo_surface_status (reference) != CAIRO_STATUS_SUCCESS)
    {
      cairo_surface_destroy (reference);
      g_test_fail_printf ("no reference image %s (see the comment at the top to make one)", path);
      return;
    }
  /* The PNG may load as ARGB: draw it onto RGB24 to compare like with like. */
  rgb = cairo_image_surface_create (CAIRO_FORMAT_RGB24, cairo_image_surface_get_width (reference),
                                    cairo_image_surface_get_height (reference));
  cr = cairo_create (rgb);
  cairo_set_source_surface (cr, reference, 0, 0);
  cairo_paint (cr);
  cairo_destroy (cr);
  cairo_surface_flush (rgb);
  /* Font versions and antialiasing move a few pixels of text; the layout
   * and colours must not change: at most 3% of pixels may differ. */
  diff = difference (surface, rgb, 60);
  if (diff > 0.03)
    g_test_fail_printf ("%s differs from its reference in %.1f%% of its pixels", name, diff * 100);
  cairo_surface_destroy (rgb);
  cairo_surface_destroy (reference);
}

static int
severity_cb (const OdUnit *unit,
             gpointer      user_data)
{
  /* Every third unit gets a badge, severities in turn. */
  guint s = od_unit_get_serial (unit);
  return s % 3 == 0 ? (int) ((s / 3) % OD_N_SEVERITIES) : -1;
}

static void
render_template (OdSize        size,
                 OdLang        lang,
                 OdOrientation orientation,
                 guint         compact,
                 OdChartTheme  theme,
                 const char   *name)
{
  g_autoptr(OdOrganisation) org = od_template_create (size, lang, NULL, NULL);
  OdLayoutOptions opt;
  g_autoptr(OdLayout) layout = NULL;
  g_autoptr(OdChartRenderer) renderer = NULL;
  cairo_surface_t *surface;

  od_layout_options_init (&opt);
  opt.orientation = orientation;
  opt.compact_max_columns = compact;
  layout = od_layout_new (org, &opt);
  renderer = od_chart_renderer_new (layout);
  od_chart_renderer_set_theme (renderer, theme);
  od_chart_renderer_set_severity_func (renderer, severity_cb, NULL, NULL);
  od_chart_renderer_set_selected (renderer, od_unit_get_first_child (od_organisation_get_first_top_unit (org)));
  surface = render (layout, renderer, 1.0, 10);
  compare_with_reference (surface, name);
  cairo_surface_destroy (surface);
}

static void
test_reference_small (void)
{
  render_template (OD_SIZE_SMALL, OD_LANG_ZH_CN, OD_ORIENTATION_TOP_DOWN, 0, OD_CHART_THEME_LIGHT,
                   "small-zh-cn.png");
}

static void
test_reference_medium_dark (void)
{
  render_template (OD_SIZE_MEDIUM, OD_LANG_ZH_TW, OD_ORIENTATION_TOP_DOWN, 0, OD_CHART_THEME_DARK,
                   "medium-zh-tw-dark.png");
}

static void
test_reference_large_compact (void)
{
  render_template (OD_SIZE_LARGE, OD_LANG_ZH_CN, OD_ORIENTATION_TOP_DOWN, 2, OD_CHART_THEME_LIGHT,
                   "large-zh-cn-compact.png");
}

static void
test_reference_left_right (void)
{
  render_template (OD_SIZE_MEDIUM, OD_LANG_EN, OD_ORIENTATION_LEFT_RIGHT, 0, OD_CHART_THEME_LIGHT,
                   "medium-en-left-right.png");
}

/* Assistants, a stacked department and dotted lines with labels. */
static void
test_reference_dotted (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OdOrganisation) org = od_test_load_string (
    "<organisation xmlns='urn:org-designer:1' version='1' name='华东食品有限公司' size='medium' lang='zh-CN'>"
    "<unit id='ceo' name='总经理' kind='executive' head='王总' headcount='1'>"
    "  <unit id='sec' name='总经理秘书' kind='support' headcount='1' assistant='true'/>"
    "  <unit id='mkt' name='市场部' kind='front' headcount='8'>"
    "    <unit id='mkt1' name='市场调研组' kind='front' headcount='3'/>"
    "    <unit id='mkt2' name='品牌推广组' kind='front' headcount='5'/></unit>"
    "  <unit id='sales' name='销售部' kind='front' head='李经理' headcount='40'>"
    "    <unit id='s1' name='华东区' kind='front'/><unit id='s2' name='华南区' kind='front'/>"
    "    <unit id='s3' name='华北区' kind='front'/><unit id='s4' name='大客户部' kind='front'/></unit>"
    "  <unit id='fin' name='财务部' kind='back' headcount='6'/>"
    "  <unit id='it' name='信息技术部' kind='support' headcount='7'>"
    "    <unit id='it-support' name='桌面支持组' kind='support' headcount='3'/></unit>"
    "</unit>"
    "<dotted from='it-support' to='sales' label='每天两小时营销支持'/>"
    "<dotted from='fin' to='mkt1' label='预算审核'/>"
    "</organisation>", OD_LOAD_DEFAULT, &error);
  OdLayoutOptions opt;
  g_autoptr(OdLayout) layout = NULL;
  g_autoptr(OdChartRenderer) renderer = NULL;
  cairo_surface_t *surface;

  g_assert_no_error (error);
  od_layout_options_init (&opt);
  opt.compact_max_columns = 2;
  layout = od_layout_new (org, &opt);
  renderer = od_chart_renderer_new (layout);
  surface = render (layout, renderer, 1.0, 10);
  compare_with_reference (surface, "dotted-assistants.png");
  cairo_surface_destroy (surface);
}

/* Chinese text is shaped with the Chinese face the document's language
 * asks for (not the Japanese one), with no missing glyphs. */
static void
check_faces (OdLang      lang,
             const char *expected)
{
  g_autoptr(OdOrganisation) org = od_template_create (OD_SIZE_MEDIUM, lang, NULL, NULL);
  g_autoptr(OdLayout) layout = od_layout_new (org, NULL);
  OdUnit *unit = od_organisation_get_first_top_unit (org);
  g_autoptr(PangoLayout) pl = _od_layout_text_create (_od_layout_get_text (layout), 'N', od_unit_get_name (unit));
  PangoLayoutIter *iter;
  gboolean cjk_seen = FALSE;

  g_assert_cmpint (pango_layout_get_unknown_glyphs_count (pl), ==, 0);
  iter = pango_layout_get_iter (pl);
  do
    {
      PangoLayoutRun *run = pango_layout_iter_get_run_readonly (iter);
      if (run != NULL)
        {
          PangoFontDescription *desc = pango_font_describe (run->item->analysis.font);
          const char *family = pango_font_description_get_family (desc);

          if (family != NULL && strstr (family, "CJK") != NULL)
            {
              cjk_seen = TRUE;
              if (strstr (family, expected) == NULL)
                g_test_fail_printf ("text in %s shaped with %s", od_lang_to_string (lang), family);
            }
          pango_font_description_free (desc);
        }
    }
  while (pango_layout_iter_next_run (iter));
  pango_layout_iter_free (iter);
  if (!cjk_seen)
    g_test_incomplete ("no Noto CJK face installed (tools/deps installs fonts-noto-cjk)");
}

static void
test_cjk_faces (void)
{
  check_faces (OD_LANG_ZH_CN, "SC");
  check_faces (OD_LANG_ZH_TW, "TC");
}

/* Only what meets the clip is drawn, and drawing a clip equals the same
 * region of a full drawing. */
static void
test_clip (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  /* Small enough for one image surface (at most 32767 pixels wide). */
  OdRandomTreeSpec spec = { .n_units = 250, .max_children = 8, .max_depth = 6, .long_name_rate = 0.1 };
  g_autoptr(OdOrganisation) org = od_test_random_tree (rand, &spec);
  g_autoptr(OdLayout) layout = od_layout_new (org, NULL);
  g_autoptr(OdChartRenderer) renderer = od_chart_renderer_new (layout);
  OdLayoutRect bounds, clip;
  cairo_surface_t *full, *part;
  cairo_t *cr;
  g_autoptr(GPtrArray) visible = g_ptr_array_new ();
  int x0, y0;

  od_layout_get_bounds (layout, &bounds);
  full = render (layout, renderer, 1.0, 0);
  g_assert_cmpuint (od_chart_renderer_get_n_drawn (renderer), ==, od_organisation_get_n_units (org));

  clip = (OdLayoutRect) { floor (bounds.width / 3), 0, 400, MIN (300, floor (bounds.height)) };
  od_layout_query_rect (layout, &clip, visible);
  part = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 400, (int) clip.height);
  cr = cairo_create (part);
  cairo_translate (cr, -clip.x, -clip.y);
  g_assert_true (od_chart_renderer_draw (renderer, cr, &clip, 1.0));
  cairo_destroy (cr);
  cairo_surface_flush (part);
  g_assert_cmpuint (od_chart_renderer_get_n_drawn (renderer), ==, visible->len);
  g_assert_cmpuint (visible->len, <, od_organisation_get_n_units (org) / 4);

  /* The same pixels as the full drawing, there. */
  x0 = (int) clip.x;
  y0 = (int) clip.y;
  {
    cairo_surface_t *crop = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 400, (int) clip.height);
    cr = cairo_create (crop);
    cairo_set_source_surface (cr, full, -x0, -y0);
    cairo_paint (cr);
    cairo_destroy (cr);
    cairo_surface_flush (crop);
    g_assert_cmpfloat (difference (crop, part, 40), <, 0.002);
    cairo_surface_destroy (crop);
  }
  cairo_surface_destroy (part);
  cairo_surface_destroy (full);
}

/* NaN, infinity and a broken cairo_t are refused without drawing. */
static void
test_bad_numbers (void)
{
  g_autoptr(OdOrganisation) org = od_template_create (OD_SIZE_SMALL, OD_LANG_ZH_CN, NULL, NULL);
  g_autoptr(OdLayout) layout = od_layout_new (org, NULL);
  g_autoptr(OdChartRenderer) renderer = od_chart_renderer_new (layout);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 50, 50);
  cairo_t *cr = cairo_create (surface);
  OdLayoutRect nan_clip = { NAN, 0, 10, 10 }, neg = { 0, 0, -5, 10 }, ok = { 0, 0, 50, 50 };
  cairo_matrix_t degenerate = { 0, 0, 0, 0, 0, 0 };

  g_assert_false (od_chart_renderer_draw (renderer, cr, &nan_clip, 1));
  g_assert_false (od_chart_renderer_draw (renderer, cr, &neg, 1));
  g_assert_false (od_chart_renderer_draw (renderer, cr, &ok, NAN));
  g_assert_false (od_chart_renderer_draw (renderer, cr, &ok, INFINITY));
  g_assert_true (od_chart_renderer_draw (renderer, cr, &ok, 1));
  /* A degenerate matrix puts cairo in an error state: refused from then on. */
  cairo_set_matrix (cr, &degenerate);
  g_assert_false (od_chart_renderer_draw (renderer, cr, &ok, 0));
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* Zoomed far out: boxes without text, and fast enough for a whole chart. */
static void
test_low_zoom (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  OdRandomTreeSpec spec = { .n_units = 3000, .max_children = 12, .max_depth = 7 };
  g_autoptr(OdOrganisation) org = od_test_random_tree (rand, &spec);
  g_autoptr(OdLayout) layout = od_layout_new (org, NULL);
  g_autoptr(OdChartRenderer) renderer = od_chart_renderer_new (layout);
  OdLayoutRect bounds;
  double scale;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 960, 540);
  cairo_t *cr = cairo_create (surface);

  od_layout_get_bounds (layout, &bounds);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  scale = MIN (960 / bounds.width, 540 / bounds.height);
  cairo_scale (cr, scale, scale);
  g_assert_true (od_chart_renderer_draw (renderer, cr, NULL, 0));
  g_assert_cmpuint (od_chart_renderer_get_n_drawn (renderer), ==, 3000);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  maybe_save (surface, "low-zoom.png");
  /* Boxes far below a pixel still show, as whole pixels. */
  {
    guint coloured = 0;
    const guchar *data = cairo_image_surface_get_data (surface);
    int stride = cairo_image_surface_get_stride (surface);

    for (int y = 0; y < 540; y++)
      for (int x = 0; x < 960; x++)
        if ((*(const guint32 *) (gconstpointer) (data + y * stride + x * 4) & 0xffffff) != 0xffffff)
          coloured++;
    g_assert_cmpuint (coloured, >, 500);
  }
  cairo_surface_destroy (surface);
}

/* Edits show on the next draw: a renamed unit's text is shaped anew. */
static void
test_text_cache (void)
{
  g_autoptr(OdOrganisation) org = od_test_load_string (
    "<organisation xmlns='urn:org-designer:1' version='1' name='t' size='small' lang='zh-CN'>"
    "<unit id='a' name='甲'/></organisation>", OD_LOAD_DEFAULT, NULL);
  g_autoptr(OdLayout) layout = od_layout_new (org, NULL);
  g_autoptr(OdChartRenderer) renderer = od_chart_renderer_new (layout);
  cairo_surface_t *a, *b;

  a = render (layout, renderer, 2.0, 5);
  b = render (layout, renderer, 2.0, 5);
  g_assert_cmpfloat (difference (a, b, 0), ==, 0);
  cairo_surface_destroy (b);
  {
    g_autoptr(OdUndoStack) stack = od_undo_stack_new (org);
    g_autoptr(GError) error = NULL;
    OdCommand *c = od_command_set_unit_prop (org, "a", OD_UNIT_PROP_NAME, "乙", &error);
    g_assert_true (od_undo_stack_push (stack, c, &error));
  }
  od_layout_update (layout);
  b = render (layout, renderer, 2.0, 5);
  g_assert_cmpfloat (difference (a, b, 0), >, 0);
  cairo_surface_destroy (a);
  cairo_surface_destroy (b);
}

/* As the chart's selection does: another listener of ::changed brings
 * the layout up to date in the middle of the emission (for a removal,
 * while the unit is still in the tree). */
static void
update_during_change_cb (OdOrganisation *org,
                         int             kind,
                         gpointer        unit,
                         OdLayout       *layout)
{
  od_layout_update (layout);
}

/* What the layout followed edit by edit draws exactly what a layout made
 * afresh for the same organisation draws. */
static void
assert_draws_as_fresh (OdOrganisation *org,
                       OdLayout       *layout,
                       OdChartRenderer *renderer,
                       const char     *name)
{
  g_autoptr(OdLayout) fresh = od_layout_new (org, NULL);
  g_autoptr(OdChartRenderer) fresh_renderer = od_chart_renderer_new (fresh);
  cairo_surface_t *a, *b;

  od_layout_update (layout);
  a = render (layout, renderer, 1.0, 5);
  b = render (fresh, fresh_renderer, 1.0, 5);
  maybe_save (a, name);
  g_assert_cmpfloat (difference (a, b, 0), ==, 0);
  cairo_surface_destroy (a);
  cairo_surface_destroy (b);
}

static void
test_delete_undo_redo (void)
{
  g_autoptr(OdOrganisation) org = od_template_create (OD_SIZE_MEDIUM, OD_LANG_ZH_CN, NULL, NULL);
  g_autoptr(OdLayout) layout = od_layout_new (org, NULL);
  g_autoptr(OdChartRenderer) renderer = od_chart_renderer_new (layout);
  g_autoptr(OdUndoStack) stack = od_undo_stack_new (org);
  g_autoptr(GError) error = NULL;
  OdUnit *top = od_organisation_get_first_top_unit (org);
  OdUnit *victim = od_unit_get_first_child (top);
  guint before = od_organisation_get_n_units (org);
  OdLayoutRect box;
  OdCommand *command;

  g_signal_connect (org, "changed", G_CALLBACK (update_during_change_cb), layout);
  /* A department with reports, so that a whole subtree goes. */
  while (victim != NULL && od_unit_get_first_child (victim) == NULL)
    victim = od_unit_get_next_sibling (victim);
  g_assert_nonnull (victim);
  g_assert_true (od_layout_get_box (layout, victim, &box));

  command = od_command_remove_unit (org, od_unit_get_id (victim), &error);
  g_assert_no_error (error);
  g_assert_true (od_undo_stack_push (stack, command, &error));
  od_layout_update (layout);
  g_assert_false (od_layout_get_box (layout, victim, &box));
  g_assert_true (od_layout_hit_test (layout, box.x + box.width / 2, box.y + box.height / 2) != victim);
  {
    guint n;
    od_layout_get_units (layout, &n);
    g_assert_cmpuint (n, ==, od_organisation_get_n_units (org));
    g_assert_cmpuint (n, <, before);
  }
  assert_draws_as_fresh (org, layout, renderer, "delete.png");

  od_undo_stack_undo (stack);
  g_assert_true (od_layout_get_box (layout, victim, &box));
  assert_draws_as_fresh (org, layout, renderer, "delete-undone.png");

  od_undo_stack_redo (stack);
  od_layout_update (layout);
  g_assert_false (od_layout_get_box (layout, victim, &box));
  assert_draws_as_fresh (org, layout, renderer, "delete-redone.png");
  g_signal_handlers_disconnect_by_func (org, update_during_change_cb, layout);
}

static gboolean
fold_top_cb (const OdUnit *unit,
             gpointer      user_data)
{
  return od_unit_get_parent (unit) == NULL;
}

static void
pixel_at (cairo_surface_t *surface,
          double           x,
          double           y,
          int              rgb[3])
{
  guint32 p;

  p = *(guint32 *) (cairo_image_surface_get_data (surface) + (int) y * cairo_image_surface_get_stride (surface)
                    + (int) x * 4);
  rgb[0] = p >> 16 & 0xff;
  rgb[1] = p >> 8 & 0xff;
  rgb[2] = p & 0xff;
}

/* A folded unit carries a "+N" badge on its lower edge, in every theme,
 * and the high-contrast theme draws black lines on white twice as thick. */
static void
test_fold_badge (void)
{
  g_autoptr(OdOrganisation) org = od_template_create (OD_SIZE_MEDIUM, OD_LANG_ZH_CN, NULL, NULL);
  g_autoptr(OdLayout) layout = od_layout_new (org, NULL);
  g_autoptr(OdChartRenderer) renderer = od_chart_renderer_new (layout);
  OdUnit *top = od_organisation_get_first_top_unit (org);
  OdChartTheme themes[] = { OD_CHART_THEME_LIGHT, OD_CHART_THEME_DARK, OD_CHART_THEME_HIGH_CONTRAST };
  OdLayoutRect box, badge;

  g_assert_false (od_chart_renderer_get_fold_badge (renderer, top, &badge));
  od_layout_set_collapsed_func (layout, fold_top_cb, NULL, NULL);
  g_assert_true (od_chart_renderer_get_fold_badge (renderer, top, &badge));
  g_assert_cmpuint (od_layout_get_n_hidden (layout, top), ==, od_organisation_get_n_units (org) - 1);
  g_assert_true (od_layout_get_box (layout, top, &box));
  /* Centred on the lower edge, wide enough for "+N". */
  g_assert_cmpfloat (fabs (badge.x + badge.width / 2 - (box.x + box.width / 2)), <, 0.01);
  g_assert_cmpfloat (badge.y, <, box.y + box.height);
  g_assert_cmpfloat (badge.y + badge.height, >, box.y + box.height);
  g_assert_cmpfloat (badge.width, >=, badge.height);

  for (guint t = 0; t < G_N_ELEMENTS (themes); t++)
    {
      cairo_surface_t *surface;
      double fill[3], border[3], margin = 20, scale = 2;
      int rgb[3], near = 0;

      od_chart_renderer_set_theme (renderer, themes[t]);
      surface = render (layout, renderer, scale, margin);
      maybe_save (surface, themes[t] == OD_CHART_THEME_HIGH_CONTRAST ? "fold-hc.png" : "fold.png");
      /* The badge's rim, just inside its left end at mid-height, is the
       * badge's own fill, which is no colour of the box. */
      pixel_at (surface, (badge.x + badge.height / 2 + margin) * scale,
                (badge.y + badge.height * 0.2 + margin) * scale, rgb);
      od_chart_renderer_get_kind_colours (renderer, od_unit_get_kind (top), fill, border);
      near = abs (rgb[0] - (int) (fill[0] * 255)) + abs (rgb[1] - (int) (fill[1] * 255)) + abs (rgb[2] - (int) (fill[2] * 255));
      g_assert_cmpint (near, >, 60);
      if (themes[t] == OD_CHART_THEME_HIGH_CONTRAST)
        {
          double r, g, b;

          od_chart_renderer_get_background (renderer, &r, &g, &b);
          g_assert_cmpfloat (r + g + b, ==, 3);
          /* The badge is black. */
          g_assert_cmpint (rgb[0] + rgb[1] + rgb[2], <, 60);
        }
      cairo_surface_destroy (surface);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/layout/render/reference/small", test_reference_small);
  g_test_add_func ("/model/layout/render/reference/medium-dark", test_reference_medium_dark);
  g_test_add_func ("/model/layout/render/reference/large-compact", test_reference_large_compact);
  g_test_add_func ("/model/layout/render/reference/left-right", test_reference_left_right);
  g_test_add_func ("/model/layout/render/reference/dotted-assistants", test_reference_dotted);
  g_test_add_func ("/model/layout/render/cjk-faces", test_cjk_faces);
  g_test_add_func ("/model/layout/render/delete-undo-redo", test_delete_undo_redo);
  g_test_add_func ("/model/layout/render/clip", test_clip);
  g_test_add_func ("/model/layout/render/bad-numbers", test_bad_numbers);
  g_test_add_func ("/model/layout/render/low-zoom", test_low_zoom);
  g_test_add_func ("/model/layout/render/text-cache", test_text_cache);
  g_test_add_func ("/model/layout/render/fold-badge", test_fold_badge);

  return g_test_run ();
}
