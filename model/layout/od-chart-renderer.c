/* od-chart-renderer.c: boxes, text, connectors, dotted lines and badges.
 *
 * Drawing is batched: boxes of one kind are filled as one path and
 * connectors stroked as one path, because cairo's cost is per operation,
 * not per rectangle.  Text layouts are kept in a small LRU cache keyed by
 * unit and text digest: a viewport shows a few hundred units, and Pango
 * costs microseconds per label.  At low zoom text is not drawn at all.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "od-chart-renderer.h"
#include "od-layout-private.h"

#define TEXT_CACHE_SIZE 4096

typedef struct {
  double r, g, b;
} Rgb;

typedef struct {
  Rgb fill[OD_N_UNIT_KINDS];
  Rgb border[OD_N_UNIT_KINDS];
  Rgb text;
  Rgb background;
  Rgb connector;
  Rgb dotted;
  Rgb selection;
  Rgb severity[OD_N_SEVERITIES];
  Rgb badge_mark;
} Palette;

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0 }

/* Kinds: executive blue, front office green, back office amber, support
 * violet; the dark palette keeps the hues with dark fills and light lines. */
static const Palette palettes[] = {
  [OD_CHART_THEME_LIGHT] = {
    .fill = { RGB (0xdce6f5), RGB (0xdcf0df), RGB (0xfbeccd), RGB (0xebe1f4) },
    .border = { RGB (0x3a5a98), RGB (0x3b8a4a), RGB (0xb0741a), RGB (0x7a55a0) },
    .text = RGB (0x1c1c1c),
    .background = RGB (0xffffff),
    .connector = RGB (0x77767b),
    .dotted = RGB (0xc64600),
    .selection = RGB (0x1c71d8),
    .severity = { RGB (0x1c71d8), RGB (0xe5a50a), RGB (0xc01c28) },
    .badge_mark = RGB (0xffffff),
  },
  [OD_CHART_THEME_DARK] = {
    .fill = { RGB (0x26334d), RGB (0x223a29), RGB (0x3e3320), RGB (0x35293f) },
    .border = { RGB (0x86a6e0), RGB (0x74c383), RGB (0xe3ae58), RGB (0xb894db) },
    .text = RGB (0xf2f2f2),
    .background = RGB (0x1e1e1e),
    .connector = RGB (0x9a9996),
    .dotted = RGB (0xffa348),
    .selection = RGB (0x78aeed),
    .severity = { RGB (0x62a0ea), RGB (0xf8e45c), RGB (0xff7b63) },
    .badge_mark = RGB (0x1e1e1e),
  },
};

typedef struct {
  guint        serial;
  guint64      key;
  PangoLayout *layout;
  GList        link;         /* in the LRU queue; data is the entry */
} TextEntry;

struct _OdChartRenderer
{
  OdLayout       *layout;
  OdChartTheme    theme;
  const OdUnit   *selected;
  const gint8    *severities;
  guint           n_severities;
  OdSeverityFunc  severity_func;
  gpointer        severity_data;
  GDestroyNotify  severity_destroy;
  gboolean        paint_background;
  guint           n_drawn;

  GHashTable     *text_cache;      /* serial → TextEntry */
  GQueue          text_lru;        /* most recent first */
  guint           text_generation;
  GHashTable     *label_cache;     /* label text → PangoLayout */

  GPtrArray      *units;           /* scratch for queries */
  GPtrArray      *connectors;
  GArray         *by_kind[OD_N_UNIT_KINDS];
};

static void
text_entry_free (gpointer data)
{
  TextEntry *entry = data;

  g_clear_object (&entry->layout);
  g_free (entry);
}

OdChartRenderer *
od_chart_renderer_new (OdLayout *layout)
{
  OdChartRenderer *self;

  g_return_val_if_fail (layout != NULL, NULL);

  self = g_new0 (OdChartRenderer, 1);
  self->layout = layout;
  self->theme = OD_CHART_THEME_LIGHT;
  self->paint_background = TRUE;
  self->text_cache = g_hash_table_new_full (NULL, NULL, NULL, text_entry_free);
  g_queue_init (&self->text_lru);
  self->label_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->units = g_ptr_array_new ();
  self->connectors = g_ptr_array_new ();
  for (guint k = 0; k < OD_N_UNIT_KINDS; k++)
    self->by_kind[k] = g_array_new (FALSE, FALSE, sizeof (guint));
  return self;
}

void
od_chart_renderer_free (OdChartRenderer *self)
{
  if (self == NULL)
    return;
  if (self->severity_destroy != NULL)
    self->severity_destroy (self->severity_data);
  g_hash_table_unref (self->text_cache);
  g_hash_table_unref (self->label_cache);
  g_ptr_array_unref (self->units);
  g_ptr_array_unref (self->connectors);
  for (guint k = 0; k < OD_N_UNIT_KINDS; k++)
    g_array_unref (self->by_kind[k]);
  g_free (self);
}

void
od_chart_renderer_set_theme (OdChartRenderer *self,
                             OdChartTheme     theme)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (theme <= OD_CHART_THEME_DARK);
  self->theme = theme;
}

OdChartTheme
od_chart_renderer_get_theme (OdChartRenderer *self)
{
  g_return_val_if_fail (self != NULL, OD_CHART_THEME_LIGHT);
  return self->theme;
}

void
od_chart_renderer_set_selected (OdChartRenderer *self,
                                const OdUnit    *unit)
{
  g_return_if_fail (self != NULL);
  self->selected = unit;
}

void
od_chart_renderer_set_severities (OdChartRenderer *self,
                                  const gint8     *severities,
                                  guint            n_severities)
{
  g_return_if_fail (self != NULL);
  self->severities = severities;
  self->n_severities = severities != NULL ? n_severities : 0;
}

void
od_chart_renderer_set_severity_func (OdChartRenderer *self,
                                     OdSeverityFunc   func,
                                     gpointer         user_data,
                                     GDestroyNotify   destroy)
{
  g_return_if_fail (self != NULL);
  if (self->severity_destroy != NULL)
    self->severity_destroy (self->severity_data);
  self->severity_func = func;
  self->severity_data = user_data;
  self->severity_destroy = destroy;
}

void
od_chart_renderer_set_paint_background (OdChartRenderer *self,
                                        gboolean         paint)
{
  g_return_if_fail (self != NULL);
  self->paint_background = !!paint;
}

void
od_chart_renderer_get_background (OdChartRenderer *self,
                                  double          *red,
                                  double          *green,
                                  double          *blue)
{
  const Rgb *bg;

  g_return_if_fail (self != NULL);
  bg = &palettes[self->theme].background;
  if (red != NULL)
    *red = bg->r;
  if (green != NULL)
    *green = bg->g;
  if (blue != NULL)
    *blue = bg->b;
}

guint
od_chart_renderer_get_n_drawn (OdChartRenderer *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_drawn;
}

static inline void
set_rgb (cairo_t   *cr,
         const Rgb *c)
{
  cairo_set_source_rgb (cr, c->r, c->g, c->b);
}

static int
severity_of (OdChartRenderer *self,
             const OdUnit    *unit)
{
  int severity = -1;

  if (self->severity_func != NULL)
    severity = self->severity_func (unit, self->severity_data);
  else if (self->severities != NULL && od_unit_get_serial (unit) < self->n_severities)
    severity = self->severities[od_unit_get_serial (unit)];
  return severity >= 0 && severity < OD_N_SEVERITIES ? severity : -1;
}

/* The text layout of @unit, from the cache when its text is unchanged. */
static PangoLayout *
text_layout (OdChartRenderer *self,
             OdLayout        *layout,
             const OdUnit    *unit)
{
  guint serial = od_unit_get_serial (unit);
  guint64 key = serial < layout->serial_bound ? layout->measures[serial].key : 0;
  TextEntry *entry = g_hash_table_lookup (self->text_cache, GUINT_TO_POINTER (serial));

  if (entry != NULL && entry->key == key)
    {
      g_queue_unlink (&self->text_lru, &entry->link);
      g_queue_push_head_link (&self->text_lru, &entry->link);
      return entry->layout;
    }
  if (entry == NULL)
    {
      if (self->text_lru.length >= TEXT_CACHE_SIZE)
        {
          GList *last = g_queue_pop_tail_link (&self->text_lru);
          TextEntry *old = last->data;
          g_hash_table_remove (self->text_cache, GUINT_TO_POINTER (old->serial));
        }
      entry = g_new0 (TextEntry, 1);
      entry->serial = serial;
      entry->link.data = entry;
      g_hash_table_insert (self->text_cache, GUINT_TO_POINTER (serial), entry);
    }
  else
    g_queue_unlink (&self->text_lru, &entry->link);
  g_queue_push_head_link (&self->text_lru, &entry->link);
  g_clear_object (&entry->layout);
  entry->layout = _od_layout_text_create (_od_layout_get_text (layout), unit);
  entry->key = key;
  return entry->layout;
}

static PangoLayout *
label_layout (OdChartRenderer *self,
              const char      *label)
{
  PangoLayout *layout = g_hash_table_lookup (self->label_cache, label);

  if (layout == NULL)
    {
      layout = _od_layout_text_create_label (_od_layout_get_text (self->layout), label);
      g_hash_table_insert (self->label_cache, g_strdup (label), layout);
    }
  return layout;
}

static void
flush_text_cache_if_stale (OdChartRenderer *self)
{
  if (self->text_generation == self->layout->text_generation)
    return;
  /* Another language or font: every cached layout is shaped wrongly. */
  g_queue_init (&self->text_lru);
  g_hash_table_remove_all (self->text_cache);
  g_hash_table_remove_all (self->label_cache);
  self->text_generation = self->layout->text_generation;
}

static void
rounded_rect (cairo_t            *cr,
              const OdLayoutRect *r,
              double              radius)
{
  double x = r->x, y = r->y, w = r->width, h = r->height;

  radius = MIN (radius, MIN (w, h) / 2);
  if (radius <= 0)
    {
      cairo_rectangle (cr, x, y, w, h);
      return;
    }
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + w - radius, y + h - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + h - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static void
draw_polyline (cairo_t             *cr,
               const OdLayoutPoint *points,
               guint                n)
{
  if (n < 2)
    return;
  cairo_move_to (cr, points[0].x, points[0].y);
  for (guint k = 1; k < n; k++)
    cairo_line_to (cr, points[k].x, points[k].y);
}

/* A round badge on the box's top-right corner: "!" for errors and
 * warnings, "i" for information, drawn as strokes (no text shaping). */
static void
draw_badge (cairo_t            *cr,
            const Palette      *pal,
            const OdLayoutRect *box,
            int                 severity)
{
  double r = 7, cx = box->x + box->width - 2, cy = box->y + 2;

  cairo_new_path (cr);
  cairo_arc (cr, cx, cy, r, 0, 2 * G_PI);
  set_rgb (cr, &pal->severity[severity]);
  cairo_fill_preserve (cr);
  set_rgb (cr, &pal->background);
  cairo_set_line_width (cr, 1.2);
  cairo_stroke (cr);

  set_rgb (cr, &pal->badge_mark);
  cairo_set_line_width (cr, 1.8);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  if (severity == OD_SEVERITY_INFO)
    {
      cairo_move_to (cr, cx, cy - 0.5);
      cairo_line_to (cr, cx, cy + 3.5);
      cairo_stroke (cr);
      cairo_arc (cr, cx, cy - 3.3, 1.0, 0, 2 * G_PI);
    }
  else
    {
      cairo_move_to (cr, cx, cy - 4);
      cairo_line_to (cr, cx, cy + 0.8);
      cairo_stroke (cr);
      cairo_arc (cr, cx, cy + 3.6, 1.0, 0, 2 * G_PI);
    }
  cairo_fill (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
}

static void
draw_dotted (OdChartRenderer    *self,
             cairo_t            *cr,
             const Palette      *pal,
             const OdLayoutRect *clip,
             double              unit_px,
             gboolean            with_text)
{
  guint n;
  const OdLayoutDotted *dotted = od_layout_get_dotted (self->layout, &n);
  double dashes[] = { 5, 3.5 };

  if (n == 0)
    return;
  cairo_save (cr);
  set_rgb (cr, &pal->dotted);
  cairo_set_line_width (cr, MAX (1.3, unit_px));
  cairo_set_dash (cr, dashes, 2, 0);
  for (guint i = 0; i < n; i++)
    draw_polyline (cr, dotted[i].points, dotted[i].n_points);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  /* Arrow heads at the target end, so the direction reads. */
  for (guint i = 0; i < n; i++)
    {
      const OdLayoutPoint *p = dotted[i].points;
      guint m = dotted[i].n_points;
      double dx, dy, len;

      if (m < 2)
        continue;
      dx = p[m - 1].x - p[m - 2].x;
      dy = p[m - 1].y - p[m - 2].y;
      len = hypot (dx, dy);
      if (len <= 0)
        continue;
      dx /= len;
      dy /= len;
      cairo_move_to (cr, p[m - 1].x, p[m - 1].y);
      cairo_line_to (cr, p[m - 1].x - 7 * dx - 3.5 * dy, p[m - 1].y - 7 * dy + 3.5 * dx);
      cairo_line_to (cr, p[m - 1].x - 7 * dx + 3.5 * dy, p[m - 1].y - 7 * dy - 3.5 * dx);
      cairo_close_path (cr);
    }
  cairo_fill (cr);

  if (with_text)
    for (guint i = 0; i < n; i++)
      {
        const char *label = dotted[i].line->label;
        PangoLayout *layout;
        PangoRectangle ink, logical;
        double w, h, x, y;

        if (label == NULL || *label == '\0')
          continue;
        if (dotted[i].label_anchor.x < clip->x - 200 || dotted[i].label_anchor.x > clip->x + clip->width + 200 ||
            dotted[i].label_anchor.y < clip->y - 50 || dotted[i].label_anchor.y > clip->y + clip->height + 50)
          continue;
        layout = label_layout (self, label);
        pango_layout_get_extents (layout, &ink, &logical);
        w = logical.width / (double) PANGO_SCALE;
        h = logical.height / (double) PANGO_SCALE;
        x = dotted[i].label_anchor.x - pango_layout_get_width (layout) / (2.0 * PANGO_SCALE);
        y = dotted[i].label_anchor.y - h / 2;
        /* A plate in the background colour keeps the label readable over
         * the lines it crosses. */
        cairo_rectangle (cr, dotted[i].label_anchor.x - w / 2 - 3, y - 1, w + 6, h + 2);
        set_rgb (cr, &pal->background);
        cairo_fill (cr);
        set_rgb (cr, &pal->dotted);
        cairo_move_to (cr, x, y);
        pango_cairo_show_layout (cr, layout);
      }
  cairo_restore (cr);
}

gboolean
od_chart_renderer_draw (OdChartRenderer    *self,
                        cairo_t            *cr,
                        const OdLayoutRect *clip,
                        double              scale)
{
  OdLayout *layout;
  const Palette *pal;
  const OdLayoutOptions *opt;
  OdLayoutRect area;
  double unit_px, box_line, radius;
  gboolean with_text, detailed;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (cr != NULL, FALSE);

  self->n_drawn = 0;
  if (cairo_status (cr) != CAIRO_STATUS_SUCCESS)
    return FALSE;
  layout = self->layout;
  pal = &palettes[self->theme];
  opt = od_layout_get_options (layout);
  if (clip != NULL)
    area = *clip;
  else
    od_layout_get_bounds (layout, &area);
  if (!isfinite (area.x) || !isfinite (area.y) || !isfinite (area.width) ||
      !isfinite (area.height) || area.width < 0 || area.height < 0)
    return FALSE;
  if (scale == 0)
    {
      double dx = 1, dy = 0;
      cairo_user_to_device_distance (cr, &dx, &dy);
      scale = hypot (dx, dy);
    }
  if (!isfinite (scale) || scale <= 0)
    return FALSE;
  flush_text_cache_if_stale (self);

  /* One device pixel in chart points: lines never get thinner than that,
   * so a chart fitted to a screen still shows its structure. */
  unit_px = 1.0 / scale;
  box_line = MAX (1.0, unit_px);
  with_text = layout->text_ready && opt->font_size * scale >= 3.5;
  detailed = opt->font_size * scale >= 2.0;
  radius = detailed ? 4 : 0;

  cairo_save (cr);
  cairo_rectangle (cr, area.x, area.y, area.width, area.height);
  cairo_clip (cr);
  if (self->paint_background)
    {
      set_rgb (cr, &pal->background);
      cairo_paint (cr);
    }

  /* Connectors, all in one stroke. */
  g_ptr_array_set_size (self->connectors, 0);
  od_layout_query_connectors (layout, &area, self->connectors);
  if (self->connectors->len > 0)
    {
      for (guint i = 0; i < self->connectors->len; i++)
        {
          const OdLayoutConnector *c = self->connectors->pdata[i];
          draw_polyline (cr, c->points, c->n_points);
        }
      set_rgb (cr, &pal->connector);
      cairo_set_line_width (cr, MAX (1.2, unit_px));
      cairo_stroke (cr);
    }

  /* Boxes, one fill and one stroke per kind. */
  g_ptr_array_set_size (self->units, 0);
  od_layout_query_rect (layout, &area, self->units);
  self->n_drawn = self->units->len;
  for (guint k = 0; k < OD_N_UNIT_KINDS; k++)
    g_array_set_size (self->by_kind[k], 0);
  for (guint i = 0; i < self->units->len; i++)
    {
      OdUnitKind kind = od_unit_get_kind (self->units->pdata[i]);
      g_array_append_val (self->by_kind[(guint) kind < OD_N_UNIT_KINDS ? kind : 0], i);
    }
  for (guint k = 0; k < OD_N_UNIT_KINDS; k++)
    {
      GArray *list = self->by_kind[k];

      if (list->len == 0)
        continue;
      for (guint j = 0; j < list->len; j++)
        {
          OdLayoutRect box;
          od_layout_get_box (layout, self->units->pdata[g_array_index (list, guint, j)], &box);
          rounded_rect (cr, &box, radius);
        }
      set_rgb (cr, &pal->fill[k]);
      if (detailed)
        {
          cairo_fill_preserve (cr);
          set_rgb (cr, &pal->border[k]);
          cairo_set_line_width (cr, box_line);
          cairo_stroke (cr);
        }
      else
        {
          /* Too small for an outline: the border colour alone reads
           * better than a fill that vanishes into the background. */
          set_rgb (cr, &pal->border[k]);
          cairo_fill (cr);
        }
    }

  draw_dotted (self, cr, pal, &area, unit_px, with_text);

  if (with_text)
    {
      double half_width = opt->max_text_width / 2;

      set_rgb (cr, &pal->text);
      for (guint i = 0; i < self->units->len; i++)
        {
          const OdUnit *unit = self->units->pdata[i];
          OdLayoutRect box;
          PangoLayout *pl;

          od_layout_get_box (layout, unit, &box);
          pl = text_layout (self, layout, unit);
          /* The layout is max_text_width wide and centred, as measured. */
          cairo_move_to (cr, box.x + box.width / 2 - half_width, box.y + opt->padding);
          pango_cairo_show_layout (cr, pl);
        }
    }

  /* Badges and the selection, on top. */
  for (guint i = 0; i < self->units->len; i++)
    {
      const OdUnit *unit = self->units->pdata[i];
      int severity = severity_of (self, unit);
      OdLayoutRect box;

      if (severity < 0)
        continue;
      od_layout_get_box (layout, unit, &box);
      if (detailed)
        draw_badge (cr, pal, &box, severity);
      else
        {
          cairo_rectangle (cr, box.x, box.y, box.width, box.height);
          set_rgb (cr, &pal->severity[severity]);
          cairo_fill (cr);
        }
    }
  if (self->selected != NULL)
    {
      OdLayoutRect box;

      if (od_layout_get_box (layout, self->selected, &box))
        {
          OdLayoutRect ring = { box.x - 3, box.y - 3, box.width + 6, box.height + 6 };
          rounded_rect (cr, &ring, radius > 0 ? radius + 3 : 0);
          set_rgb (cr, &pal->selection);
          cairo_set_line_width (cr, MAX (2.5, 2 * unit_px));
          cairo_stroke (cr);
        }
    }

  cairo_restore (cr);
  if (cairo_status (cr) != CAIRO_STATUS_SUCCESS)
    {
      g_debug ("drawing the chart failed: %s", cairo_status_to_string (cairo_status (cr)));
      return FALSE;
    }
  return TRUE;
}

static void
copy_rgb (const Rgb *from,
          double     to[3])
{
  to[0] = from->r;
  to[1] = from->g;
  to[2] = from->b;
}

void
od_chart_renderer_get_kind_colours (OdChartRenderer *self,
                                    OdUnitKind       kind,
                                    double           fill[3],
                                    double           border[3])
{
  g_return_if_fail (self != NULL && (guint) kind < OD_N_UNIT_KINDS);

  copy_rgb (&palettes[self->theme].fill[kind], fill);
  copy_rgb (&palettes[self->theme].border[kind], border);
}

void
od_chart_renderer_get_severity_colour (OdChartRenderer *self,
                                       OdSeverity       severity,
                                       double           rgb[3])
{
  g_return_if_fail (self != NULL && (guint) severity < OD_N_SEVERITIES);

  copy_rgb (&palettes[self->theme].severity[severity], rgb);
}

void
od_chart_renderer_get_dotted_colour (OdChartRenderer *self,
                                     double           rgb[3])
{
  g_return_if_fail (self != NULL);

  copy_rgb (&palettes[self->theme].dotted, rgb);
}
