/* SPDX-License-Identifier: GPL-3.0-or-later */
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
#include "od-severity-badge.h"
#include "od-text-sink.h"

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
  Rgb fold_fill;               /* the "+N" badge of a folded unit */
  Rgb fold_text;
  double line;                 /* how much thicker than usual lines are */
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
    .fold_fill = RGB (0x3d3846),
    .fold_text = RGB (0xffffff),
    .line = 1,
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
    .fold_fill = RGB (0xdeddda),
    .fold_text = RGB (0x1e1e1e),
    .line = 1,
  },
  /* For a projector, which washes pale colours out: black text and lines
   * on white, kinds as strong fills with dark borders, lines twice as
   * thick. */
  [OD_CHART_THEME_HIGH_CONTRAST] = {
    .fill = { RGB (0xa9c8ff), RGB (0x9be3a8), RGB (0xffd27a), RGB (0xd5b8f5) },
    .border = { RGB (0x001a4d), RGB (0x003d0f), RGB (0x4d2a00), RGB (0x2e0a57) },
    .text = RGB (0x000000),
    .background = RGB (0xffffff),
    .connector = RGB (0x000000),
    .dotted = RGB (0xb02e00),
    .selection = RGB (0x0046c7),
    .severity = { RGB (0x0046c7), RGB (0xb36b00), RGB (0xb3001b) },
    .fold_fill = RGB (0x000000),
    .fold_text = RGB (0xffffff),
    .line = 2,
  },
};

typedef struct {
  guint64      digest;       /* of the text and its kind (name, detail) */
  PangoLayout *layout;
  double       height;
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

  GHashTable     *text_cache;      /* digest → TextEntry (units sharing a name share it) */
  GQueue          text_lru;        /* most recent first */
  guint           text_generation;
  GHashTable     *label_cache;     /* label text → PangoLayout */

  GPtrArray      *units;           /* scratch for queries */
  GPtrArray      *connectors;
  GArray         *by_kind[OD_N_UNIT_KINDS];
  GArray         *pixels[OD_N_UNIT_KINDS + OD_N_SEVERITIES];  /* PixelRect */
};

typedef struct {
  int x, y, w, h;
} PixelRect;

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
  self->text_cache = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, text_entry_free);
  g_queue_init (&self->text_lru);
  self->label_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->units = g_ptr_array_new ();
  self->connectors = g_ptr_array_new ();
  for (guint k = 0; k < OD_N_UNIT_KINDS; k++)
    self->by_kind[k] = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint k = 0; k < G_N_ELEMENTS (self->pixels); k++)
    self->pixels[k] = g_array_new (FALSE, FALSE, sizeof (PixelRect));
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
  for (guint k = 0; k < G_N_ELEMENTS (self->pixels); k++)
    g_array_unref (self->pixels[k]);
  g_free (self);
}

void
od_chart_renderer_set_theme (OdChartRenderer *self,
                             OdChartTheme     theme)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail ((guint) theme < G_N_ELEMENTS (palettes));
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

/* The layout of a name or detail line, from the cache when it was shaped
 * recently. */
static TextEntry *
text_piece (OdChartRenderer *self,
            char             kind,
            const char      *str)
{
  guint64 digest = _od_layout_text_digest (kind, str);
  TextEntry *entry = g_hash_table_lookup (self->text_cache, &digest);
  PangoRectangle logical;

  if (entry != NULL)
    {
      g_queue_unlink (&self->text_lru, &entry->link);
      g_queue_push_head_link (&self->text_lru, &entry->link);
      return entry;
    }
  if (self->text_lru.length >= TEXT_CACHE_SIZE)
    {
      GList *last = g_queue_pop_tail_link (&self->text_lru);
      TextEntry *old = last->data;
      g_hash_table_remove (self->text_cache, &old->digest);
    }
  entry = g_new0 (TextEntry, 1);
  entry->digest = digest;
  entry->link.data = entry;
  entry->layout = _od_layout_text_create (_od_layout_get_text (self->layout), kind, str);
  pango_layout_get_extents (entry->layout, NULL, &logical);
  entry->height = logical.height / (double) PANGO_SCALE;
  g_hash_table_insert (self->text_cache, &entry->digest, entry);
  g_queue_push_head_link (&self->text_lru, &entry->link);
  return entry;
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

/* A finding's badge on the box's top-right corner (od-severity-badge.c:
 * a shape and mark per severity, so it reads in greyscale too). */
static void
draw_badge (cairo_t            *cr,
            const Palette      *pal,
            const OdLayoutRect *box,
            int                 severity)
{
  const Rgb *c = &pal->severity[severity];

  od_severity_badge_draw (cr, severity, box->x + box->width - 2, box->y + 2, 14,
                          (double[]) { c->r, c->g, c->b },
                          (double[]) { pal->background.r, pal->background.g, pal->background.b });
}

/* Clips the axis-aligned segment p–q to @r; FALSE when nothing is left. */
static gboolean
clip_segment (const OdLayoutRect *r,
              OdLayoutPoint      *p,
              OdLayoutPoint      *q)
{
  double x0 = r->x, x1 = r->x + r->width, y0 = r->y, y1 = r->y + r->height;

  if (p->y == q->y)
    {
      double lo = MIN (p->x, q->x), hi = MAX (p->x, q->x);

      if (p->y < y0 || p->y > y1 || hi < x0 || lo > x1)
        return FALSE;
      if (p->x <= q->x)
        p->x = MAX (p->x, x0), q->x = MIN (q->x, x1);
      else
        p->x = MIN (p->x, x1), q->x = MAX (q->x, x0);
      return TRUE;
    }
  if (p->x == q->x)
    {
      double lo = MIN (p->y, q->y), hi = MAX (p->y, q->y);

      if (p->x < x0 || p->x > x1 || hi < y0 || lo > y1)
        return FALSE;
      if (p->y <= q->y)
        p->y = MAX (p->y, y0), q->y = MIN (q->y, y1);
      else
        p->y = MIN (p->y, y1), q->y = MAX (q->y, y0);
      return TRUE;
    }
  return TRUE;   /* not orthogonal (never made): drawn whole */
}

/* Dotted lines.  Each segment is cut to the clip before stroking, with the
 * dash phase it has at that point, so a tile or viewport costs what it
 * shows (cairo generates every dash of a path before clipping) and the
 * dashes line up across pages.  Below about two pixels a dash would not
 * read: the line is drawn solid. */
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
  double period = dashes[0] + dashes[1];
  gboolean dashed = period / unit_px >= 4;
  double line = MAX (1.3 * pal->line, unit_px);
  OdLayoutRect area = { clip->x - 10, clip->y - 10, clip->width + 20, clip->height + 20 };

  if (n == 0)
    return;
  cairo_save (cr);
  set_rgb (cr, &pal->dotted);
  cairo_set_line_width (cr, line);
  for (guint i = 0; i < n; i++)
    {
      double along = 0;

      for (guint k = 0; k + 1 < dotted[i].n_points; k++)
        {
          OdLayoutPoint p = dotted[i].points[k], q = dotted[i].points[k + 1];
          double len = fabs (p.x - q.x) + fabs (p.y - q.y);

          if (clip_segment (&area, &p, &q))
            {
              double skipped = fabs (p.x - dotted[i].points[k].x) + fabs (p.y - dotted[i].points[k].y);

              if (dashed)
                cairo_set_dash (cr, dashes, 2, fmod (along + skipped, period));
              cairo_move_to (cr, p.x, p.y);
              cairo_line_to (cr, q.x, q.y);
              cairo_stroke (cr);
            }
          along += len;
        }
    }
  cairo_set_dash (cr, NULL, 0, 0);

  /* Arrow heads at the target end, so the direction reads. */
  for (guint i = 0; i < n; i++)
    {
      const OdLayoutPoint *p = dotted[i].points;
      guint m = dotted[i].n_points;
      double dx, dy, len;

      if (m < 2 || p[m - 1].x < area.x || p[m - 1].x > area.x + area.width ||
          p[m - 1].y < area.y || p[m - 1].y > area.y + area.height)
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
        PangoRectangle logical;
        double w, h, x, y;

        if (label == NULL || *label == '\0')
          continue;
        if (dotted[i].label_anchor.x < clip->x - 200 || dotted[i].label_anchor.x > clip->x + clip->width + 200 ||
            dotted[i].label_anchor.y < clip->y - 50 || dotted[i].label_anchor.y > clip->y + clip->height + 50)
          continue;
        layout = label_layout (self, label);
        pango_layout_get_extents (layout, NULL, &logical);
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
        od_text_show_layout (cr, layout);
      }
  cairo_restore (cr);
}

/* Boxes, one fill and one stroke per kind. */
static void
draw_boxes (OdChartRenderer *self,
            cairo_t         *cr,
            const Palette   *pal,
            double           radius,
            double           line_width,
            gboolean         detailed)
{
  for (guint k = 0; k < OD_N_UNIT_KINDS; k++)
    g_array_set_size (self->by_kind[k], 0);
  for (guint i = 0; i < self->units->len; i++)
    {
      guint kind = od_unit_get_kind (self->units->pdata[i]);
      g_array_append_val (self->by_kind[MIN (kind, OD_N_UNIT_KINDS - 1)], i);
    }
  for (guint k = 0; k < OD_N_UNIT_KINDS; k++)
    {
      GArray *list = self->by_kind[k];

      if (list->len == 0)
        continue;
      for (guint j = 0; j < list->len; j++)
        {
          OdLayoutRect box;
          od_layout_get_box (self->layout, self->units->pdata[g_array_index (list, guint, j)], &box);
          rounded_rect (cr, &box, radius);
        }
      if (detailed)
        {
          set_rgb (cr, &pal->fill[k]);
          cairo_fill_preserve (cr);
          set_rgb (cr, &pal->border[k]);
          cairo_set_line_width (cr, line_width);
          cairo_stroke (cr);
        }
      else
        {
          /* Too small for an outline: the border colour alone reads
           * better than a pale fill that vanishes into the background. */
          set_rgb (cr, &pal->border[k]);
          cairo_fill (cr);
        }
    }
}

/* Far out, a box is a pixel or less: drawing thousands of subpixel
 * rectangles costs cairo far more than the picture is worth.  Each box
 * becomes whole device pixels instead, and a pixel already painted is not
 * painted again, so a whole chart costs about as many rectangles as the
 * screen has pixels in it.  Boxes with findings go first so their colour
 * shows.  Needs a matrix without rotation. */
static void
draw_boxes_pixels (OdChartRenderer      *self,
                   cairo_t              *cr,
                   const Palette        *pal,
                   const cairo_matrix_t *m,
                   const OdLayoutRect   *area)
{
  OdLayout *layout = self->layout;
  double ax0 = m->xx * area->x + m->x0, ax1 = m->xx * (area->x + area->width) + m->x0;
  double ay0 = m->yy * area->y + m->y0, ay1 = m->yy * (area->y + area->height) + m->y0;
  double ox = floor (MIN (ax0, ax1)), oy = floor (MIN (ay0, ay1));
  double bw = ceil (MAX (ax0, ax1)) - ox + 1, bh = ceil (MAX (ay0, ay1)) - oy + 1;
  g_autofree guint8 *seen = NULL;

  /* One bit per device pixel of the clip, when that is reasonable. */
  if (bw * bh <= 64.0 * 1024 * 1024)
    seen = g_malloc0 ((gsize) (bw * bh) / 8 + 1);
  for (guint k = 0; k < G_N_ELEMENTS (self->pixels); k++)
    g_array_set_size (self->pixels[k], 0);

  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < self->units->len; i++)
      {
        const OdUnit *unit = self->units->pdata[i];
        int severity = severity_of (self, unit);
        OdLayoutRect box;
        double x0, x1, y0, y1;
        PixelRect r;
        guint group;

        if ((pass == 0) != (severity >= 0))
          continue;
        od_layout_get_box (layout, unit, &box);
        x0 = m->xx * box.x + m->x0;
        x1 = m->xx * (box.x + box.width) + m->x0;
        y0 = m->yy * box.y + m->y0;
        y1 = m->yy * (box.y + box.height) + m->y0;
        r.x = (int) floor (MIN (x0, x1));
        r.y = (int) floor (MIN (y0, y1));
        r.w = MAX ((int) ceil (MAX (x0, x1)) - r.x, 1);
        r.h = MAX ((int) ceil (MAX (y0, y1)) - r.y, 1);
        if (r.w == 1 && r.h == 1 && seen != NULL)
          {
            double px = r.x - ox, py = r.y - oy;
            gsize bit;

            if (px < 0 || py < 0 || px >= bw || py >= bh)
              continue;
            bit = (gsize) py * (gsize) bw + (gsize) px;
            if (seen[bit / 8] & (1 << (bit % 8)))
              continue;
            seen[bit / 8] |= 1 << (bit % 8);
          }
        group = severity >= 0 ? OD_N_UNIT_KINDS + (guint) severity
                              : MIN ((guint) od_unit_get_kind (unit), OD_N_UNIT_KINDS - 1);
        g_array_append_val (self->pixels[group], r);
      }

  cairo_save (cr);
  cairo_identity_matrix (cr);
  for (guint k = 0; k < G_N_ELEMENTS (self->pixels); k++)
    {
      GArray *list = self->pixels[k];

      if (list->len == 0)
        continue;
      for (guint j = 0; j < list->len; j++)
        {
          const PixelRect *r = &g_array_index (list, PixelRect, j);
          cairo_rectangle (cr, r->x, r->y, r->w, r->h);
        }
      set_rgb (cr, k < OD_N_UNIT_KINDS ? &pal->border[k] : &pal->severity[k - OD_N_UNIT_KINDS]);
      cairo_fill (cr);
    }
  cairo_restore (cr);
}

/* Where the "+N" badge of a folded unit goes: on the middle of the edge
 * its reports would hang from, so it reads as "more below". */
static gboolean
fold_badge (OdChartRenderer *self,
            const OdUnit    *unit,
            OdLayoutRect    *rect,
            PangoLayout    **text)
{
  guint hidden = od_layout_get_n_hidden (self->layout, unit);
  g_autofree char *label = NULL;
  PangoLayout *layout;
  PangoRectangle logical;
  OdLayoutRect box;
  double w, h;

  if (hidden == 0 || !od_layout_get_box (self->layout, unit, &box) || !self->layout->text_ready)
    return FALSE;
  label = g_strdup_printf ("+%u", hidden);
  layout = label_layout (self, label);
  pango_layout_get_extents (layout, NULL, &logical);
  h = logical.height / (double) PANGO_SCALE + 2;
  w = MAX (logical.width / (double) PANGO_SCALE + h * 0.8, h * 1.6);
  if (od_layout_get_options (self->layout)->orientation == OD_ORIENTATION_LEFT_RIGHT)
    *rect = (OdLayoutRect) { box.x + box.width - w / 2, box.y + (box.height - h) / 2, w, h };
  else
    *rect = (OdLayoutRect) { box.x + (box.width - w) / 2, box.y + box.height - h / 2, w, h };
  if (text != NULL)
    *text = layout;
  return TRUE;
}

static void
draw_fold_badges (OdChartRenderer *self,
                  cairo_t         *cr,
                  const Palette   *pal,
                  gboolean         with_text)
{
  for (guint i = 0; i < self->units->len; i++)
    {
      PangoLayout *text;
      PangoRectangle logical;
      OdLayoutRect r;

      if (!fold_badge (self, self->units->pdata[i], &r, &text))
        continue;
      rounded_rect (cr, &r, r.height / 2);
      set_rgb (cr, &pal->fold_fill);
      cairo_fill_preserve (cr);
      set_rgb (cr, &pal->background);
      cairo_set_line_width (cr, pal->line);
      cairo_stroke (cr);
      if (!with_text)
        continue;
      /* The label layout is max_width wide and centred. */
      pango_layout_get_extents (text, NULL, &logical);
      set_rgb (cr, &pal->fold_text);
      cairo_move_to (cr, r.x + r.width / 2 - pango_layout_get_width (text) / (2.0 * PANGO_SCALE),
                     r.y + (r.height - logical.height / (double) PANGO_SCALE) / 2);
      od_text_show_layout (cr, text);
    }
}

gboolean
od_chart_renderer_get_fold_badge (OdChartRenderer *self,
                                  const OdUnit    *unit,
                                  OdLayoutRect    *rect)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (unit != NULL, FALSE);
  g_return_val_if_fail (rect != NULL, FALSE);

  od_layout_update (self->layout);
  flush_text_cache_if_stale (self);
  return fold_badge (self, unit, rect, NULL);
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
  gboolean with_text, detailed, pixel_mode;
  cairo_matrix_t matrix;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (cr != NULL, FALSE);

  self->n_drawn = 0;
  if (cairo_status (cr) != CAIRO_STATUS_SUCCESS)
    return FALSE;
  layout = self->layout;
  /* Units removed since the last update may be freed: never draw from a
   * stale layout (cheap when it is up to date). */
  od_layout_update (layout);
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
  box_line = MAX (pal->line, unit_px);
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

  cairo_get_matrix (cr, &matrix);
  pixel_mode = opt->font_size * scale < 1.0 && matrix.xy == 0 && matrix.yx == 0;

  /* Connectors, all in one stroke; far out, where levels are only a few
   * pixels apart, they would only smear the boxes. */
  g_ptr_array_set_size (self->connectors, 0);
  if (!pixel_mode || opt->level_gap * scale >= 3)
    od_layout_query_connectors (layout, &area, self->connectors);
  if (self->connectors->len > 0)
    {
      for (guint i = 0; i < self->connectors->len; i++)
        {
          const OdLayoutConnector *c = self->connectors->pdata[i];
          draw_polyline (cr, c->points, c->n_points);
        }
      set_rgb (cr, &pal->connector);
      cairo_set_line_width (cr, MAX (1.2 * pal->line, unit_px));
      cairo_stroke (cr);
    }

  g_ptr_array_set_size (self->units, 0);
  od_layout_query_rect (layout, &area, self->units);
  self->n_drawn = self->units->len;
  if (pixel_mode)
    draw_boxes_pixels (self, cr, pal, &matrix, &area);
  else
    draw_boxes (self, cr, pal, radius, box_line, detailed);

  draw_dotted (self, cr, pal, &area, unit_px, with_text);

  if (with_text)
    {
      double half_width = opt->max_text_width / 2;
      OdLayoutText *text = _od_layout_get_text (layout);
      double gap = _od_layout_text_gap (text);

      set_rgb (cr, &pal->text);
      for (guint i = 0; i < self->units->len; i++)
        {
          const OdUnit *unit = self->units->pdata[i];
          g_autofree char *detail = _od_layout_text_detail (text, unit);
          OdLayoutRect box;
          TextEntry *name, *detail_entry;
          double x, top, block;

          od_layout_get_box (layout, unit, &box);
          /* Layouts are max_text_width wide and centred, as measured; the
           * block of text is centred down the box too (a layered chart
           * makes boxes taller than their text). */
          x = box.x + box.width / 2 - half_width;
          name = text_piece (self, 'N', od_unit_get_name (unit));
          detail_entry = detail != NULL ? text_piece (self, 'D', detail) : NULL;
          block = name->height + (detail_entry != NULL ? gap + detail_entry->height : 0);
          top = box.y + MAX ((box.height - block) / 2, 0);
          cairo_move_to (cr, x, top);
          od_text_show_layout (cr, name->layout);
          if (detail_entry != NULL)
            {
              double y = top + name->height + gap;

              cairo_move_to (cr, x, y);
              od_text_show_layout (cr, detail_entry->layout);
            }
        }
    }

  /* Badges and the selection, on top. */
  for (guint i = 0; i < self->units->len; i++)
    {
      const OdUnit *unit = self->units->pdata[i];
      int severity = severity_of (self, unit);
      OdLayoutRect box;

      if (severity < 0 || pixel_mode)
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
  /* Over the selection ring, which would hide the count. */
  if (!pixel_mode)
    draw_fold_badges (self, cr, pal, with_text);

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

void
od_chart_theme_get_kind_colours (OdChartTheme theme,
                                 OdUnitKind   kind,
                                 double       fill[3],
                                 double       border[3])
{
  g_return_if_fail ((guint) theme < G_N_ELEMENTS (palettes) && (guint) kind < OD_N_UNIT_KINDS);

  copy_rgb (&palettes[theme].fill[kind], fill);
  copy_rgb (&palettes[theme].border[kind], border);
}

void
od_chart_theme_get_severity_colour (OdChartTheme theme,
                                    OdSeverity   severity,
                                    double       rgb[3])
{
  g_return_if_fail ((guint) theme < G_N_ELEMENTS (palettes) && (guint) severity < OD_N_SEVERITIES);

  copy_rgb (&palettes[theme].severity[severity], rgb);
}

void
od_chart_theme_get_dotted_colour (OdChartTheme theme,
                                  double       rgb[3])
{
  g_return_if_fail ((guint) theme < G_N_ELEMENTS (palettes));

  copy_rgb (&palettes[theme].dotted, rgb);
}
