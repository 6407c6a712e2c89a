/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-severity-badge.c: finding badges on boxes stay apart when the chart
 * is printed in black and white: drawn by the renderer on three like boxes
 * and turned to grey, the error, warning and information badges differ in
 * shape, and each one's mark stands out from its fill.
 *
 * OD_RENDER_OUTPUT=DIR writes the grey picture into DIR, to look at.
 */
#include "config.h"

#include <locale.h>
#include <math.h>

#include "od-chart-renderer.h"
#include "od-layout.h"
#include "layout-test-util.h"

#define SCALE 4.0
#define HALF  9.0     /* points round a badge's centre that are compared */

typedef struct {
  int     size;       /* pixels a side */
  guint8 *grey;       /* luma of the badge's square, 0..255 */
} Crop;

/* Rec. 709 luma, what a greyscale printer keeps of a colour. */
static guint8
luma (guint32 pixel)
{
  double r = (pixel >> 16 & 0xff), g = (pixel >> 8 & 0xff), b = (pixel & 0xff);

  return (guint8) lround (0.2126 * r + 0.7152 * g + 0.0722 * b);
}

static cairo_surface_t *
render (OdLayout    *layout,
        const gint8 *severities,
        guint        n)
{
  g_autoptr(OdChartRenderer) renderer = od_chart_renderer_new (layout);
  OdLayoutRect bounds;
  cairo_surface_t *surface;
  cairo_t *cr;

  od_layout_get_bounds (layout, &bounds);
  bounds.x -= 20;
  bounds.y -= 20;
  bounds.width += 40;
  bounds.height += 40;
  od_chart_renderer_set_severities (renderer, severities, n);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) ceil (bounds.width * SCALE),
                                        (int) ceil (bounds.height * SCALE));
  cr = cairo_create (surface);
  cairo_scale (cr, SCALE, SCALE);
  cairo_translate (cr, -bounds.x, -bounds.y);
  g_assert_true (od_chart_renderer_draw (renderer, cr, &bounds, SCALE));
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  /* Where the chart's origin landed, for crop(). */
  cairo_surface_set_device_offset (surface, -bounds.x * SCALE, -bounds.y * SCALE);
  return surface;
}

/* The grey square of HALF points round (@cx, @cy), chart points. */
static Crop
crop (cairo_surface_t *surface,
      double           cx,
      double           cy)
{
  double ox, oy;
  int stride = cairo_image_surface_get_stride (surface);
  const guint8 *data = cairo_image_surface_get_data (surface);
  Crop c;
  int x0, y0;

  cairo_surface_get_device_offset (surface, &ox, &oy);
  c.size = (int) (2 * HALF * SCALE);
  c.grey = g_malloc (c.size * c.size);
  x0 = (int) lround (cx * SCALE + ox) - c.size / 2;
  y0 = (int) lround (cy * SCALE + oy) - c.size / 2;
  g_assert_cmpint (x0, >=, 0);
  g_assert_cmpint (y0, >=, 0);
  g_assert_cmpint (x0 + c.size, <=, cairo_image_surface_get_width (surface));
  g_assert_cmpint (y0 + c.size, <=, cairo_image_surface_get_height (surface));
  for (int y = 0; y < c.size; y++)
    for (int x = 0; x < c.size; x++)
      c.grey[y * c.size + x] = luma (((const guint32 *) (gconstpointer) (data + (y0 + y) * stride))[x0 + x]);
  return c;
}

/* The badge's silhouette: pixels whose grey differs from the same place
 * drawn without a badge. */
static guint8 *
silhouette (const Crop *with,
            const Crop *without,
            guint      *area)
{
  guint8 *mask = g_malloc0 (with->size * with->size);

  *area = 0;
  for (int i = 0; i < with->size * with->size; i++)
    if (abs ((int) with->grey[i] - (int) without->grey[i]) > 24)
      {
        mask[i] = 1;
        (*area)++;
      }
  return mask;
}

static void
test_badges_differ_in_grey (void)
{
  g_autoptr(GError) error = NULL;
  /* Three like boxes (one kind, one width) side by side. */
  g_autoptr(OdOrganisation) org = od_test_load_string (
    "<organisation xmlns='urn:org-designer:1' version='1' name='Badges' size='medium' lang='en'>"
    "<unit id='top' name='Head office' kind='executive'>"
    "  <unit id='a' name='Unit' kind='front'/><unit id='b' name='Unit' kind='front'/>"
    "  <unit id='c' name='Unit' kind='front'/></unit></organisation>", OD_LOAD_DEFAULT, &error);
  const char *ids[] = { "a", "b", "c" };
  OdSeverity order[] = { OD_SEVERITY_ERROR, OD_SEVERITY_WARNING, OD_SEVERITY_INFO };
  g_autoptr(OdLayout) layout = NULL;
  guint n = od_organisation_get_serial_bound (org);
  g_autofree gint8 *none = g_new (gint8, n);
  g_autofree gint8 *some = g_new (gint8, n);
  cairo_surface_t *plain, *badged;
  Crop with[3], without[3];
  guint8 *mask[3] = { NULL };
  guint area[3];

  g_assert_no_error (error);
  layout = od_layout_new (org, NULL);
  memset (none, -1, n);
  memset (some, -1, n);
  for (guint i = 0; i < 3; i++)
    some[od_unit_get_serial (od_organisation_lookup_unit (org, ids[i]))] = (gint8) order[i];
  plain = render (layout, none, n);
  badged = render (layout, some, n);

  for (guint i = 0; i < 3; i++)
    {
      OdLayoutRect box;
      int lo = 255, hi = 0;

      g_assert_true (od_layout_get_box (layout, od_organisation_lookup_unit (org, ids[i]), &box));
      /* The renderer centres a badge 2 points in from the top-right corner. */
      with[i] = crop (badged, box.x + box.width - 2, box.y + 2);
      without[i] = crop (plain, box.x + box.width - 2, box.y + 2);
      mask[i] = silhouette (&with[i], &without[i], &area[i]);
      g_assert_cmpuint (area[i], >, (guint) (with[i].size * with[i].size / 8));
      /* The mark (✕, !, i) stands out of the fill in grey. */
      for (int p = 0; p < with[i].size * with[i].size; p++)
        if (mask[i][p])
          {
            lo = MIN (lo, with[i].grey[p]);
            hi = MAX (hi, with[i].grey[p]);
          }
      if (hi - lo < 100)
        g_test_fail_printf ("badge %u: its mark differs from its fill by %d of 255 grey levels", i, hi - lo);
    }

  /* Shapes, not colours: any two silhouettes differ in a good share of
   * the pixels either covers. */
  for (guint i = 0; i < 3; i++)
    for (guint j = i + 1; j < 3; j++)
      {
        guint both = 0, either = 0;

        for (int p = 0; p < with[i].size * with[i].size; p++)
          {
            both += mask[i][p] != mask[j][p];
            either += mask[i][p] || mask[j][p];
          }
        if (both < either / 6)
          g_test_fail_printf ("badges %s and %s have nearly the same shape (%u of %u pixels differ)",
                              od_severity_to_string (order[i]), od_severity_to_string (order[j]), both, either);
      }

  if (g_getenv ("OD_RENDER_OUTPUT") != NULL)
    {
      g_autofree char *path = g_build_filename (g_getenv ("OD_RENDER_OUTPUT"), "badges-grey.png", NULL);
      int w = cairo_image_surface_get_width (badged), h = cairo_image_surface_get_height (badged);
      cairo_surface_t *grey = cairo_image_surface_create (CAIRO_FORMAT_A8, w, h);

      for (int y = 0; y < h; y++)
        for (int x = 0; x < w; x++)
          cairo_image_surface_get_data (grey)[y * cairo_image_surface_get_stride (grey) + x] =
            255 - luma (((guint32 *) (gpointer) (cairo_image_surface_get_data (badged) + y * cairo_image_surface_get_stride (badged)))[x]);
      cairo_surface_mark_dirty (grey);
      g_assert_cmpint (cairo_surface_write_to_png (grey, path), ==, CAIRO_STATUS_SUCCESS);
      cairo_surface_destroy (grey);
    }
  for (guint i = 0; i < 3; i++)
    {
      g_free (with[i].grey);
      g_free (without[i].grey);
      g_free (mask[i]);
    }
  cairo_surface_destroy (plain);
  cairo_surface_destroy (badged);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/model/layout/badge/differ-in-grey", test_badges_differ_in_grey);
  return g_test_run ();
}
