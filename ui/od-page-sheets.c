/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-page-sheets.c: sheets of paper in rows, scrollable, drawn when in
 * view and kept as textures until the zoom or the pages change. */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "od-page-sheets.h"

/* Between sheets and around them, and the band under a sheet for its
 * number, in pixels. */
#define GAP 24.0
#define LABEL_HEIGHT 20.0
/* A sheet drawn larger than this (A0 zoomed in) is drawn anew each frame,
 * only the part in view, instead of being kept whole as a texture. */
#define MAX_TEXTURE_PIXELS (4096.0 * 4096.0)
/* Textures kept beyond the ones in view. */
#define TEXTURE_MARGIN 12

struct _OdPageSheets
{
  GtkWidget             parent_instance;

  GtkAdjustment        *hadjustment;
  GtkAdjustment        *vadjustment;
  GtkScrollablePolicy   hscroll_policy;
  GtkScrollablePolicy   vscroll_policy;

  guint                 n_pages;
  double                width, height;   /* a sheet, in points */
  OdPageSheetsDrawFunc  draw;
  OdPageSheetsLinkFunc  link;
  gpointer              user_data;
  GDestroyNotify        destroy;

  double                zoom;
  GHashTable           *textures;        /* page → GdkTexture at the zoom */

  /* The grid, for the allocated width. */
  guint                 columns;
  double                content_width, content_height, left;

  /* Where the view is anchored across a zoom or a jump, applied at the
   * next allocation: a fraction of the height, or a page. */
  double                anchor;
  gboolean              anchored;
  int                   pending_page;
};

enum {
  PROP_0,
  PROP_HADJUSTMENT,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
};

G_DEFINE_FINAL_TYPE_WITH_CODE (OdPageSheets, od_page_sheets, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE, NULL))

static double
page_width (OdPageSheets *self)
{
  return self->width * self->zoom;
}

static double
cell_height (OdPageSheets *self)
{
  return self->height * self->zoom + LABEL_HEIGHT + GAP;
}

static void
compute_grid (OdPageSheets *self,
              int           view_width)
{
  double pw = page_width (self);
  guint rows;

  self->columns = (guint) MAX (1.0, floor ((view_width - GAP) / (pw + GAP)));
  self->columns = MIN (self->columns, MAX (self->n_pages, 1));
  rows = (self->n_pages + self->columns - 1) / self->columns;
  self->content_width = MAX (view_width, GAP + self->columns * (pw + GAP));
  self->content_height = GAP + rows * cell_height (self);
  self->left = (self->content_width - (self->columns * (pw + GAP) - GAP)) / 2;
}

/* Page @page's sheet in content coordinates (not scrolled). */
static graphene_rect_t
page_rect (OdPageSheets *self,
           guint         page)
{
  guint col = page % self->columns, row = page / self->columns;

  return GRAPHENE_RECT_INIT (self->left + col * (page_width (self) + GAP),
                             GAP + row * cell_height (self),
                             page_width (self), self->height * self->zoom);
}

static double
scroll_x (OdPageSheets *self)
{
  return self->hadjustment ? gtk_adjustment_get_value (self->hadjustment) : 0;
}

static double
scroll_y (OdPageSheets *self)
{
  return self->vadjustment ? gtk_adjustment_get_value (self->vadjustment) : 0;
}

static void
clear_textures (OdPageSheets *self)
{
  g_hash_table_remove_all (self->textures);
}

static void
render (OdPageSheets *self,
        cairo_t      *cr,
        guint         page)
{
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  self->draw (cr, page, self->user_data);
}

static GdkTexture *
page_texture (OdPageSheets *self,
              guint         page,
              double        scale)
{
  GdkTexture *texture = g_hash_table_lookup (self->textures, GUINT_TO_POINTER (page));
  cairo_surface_t *surface;
  cairo_t *cr;
  GBytes *bytes;
  int w, h;

  if (texture != NULL)
    return texture;
  w = (int) ceil (self->width * scale);
  h = (int) ceil (self->height * scale);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, MAX (w, 1), MAX (h, 1));
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  render (self, cr, page);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) cairo_image_surface_get_stride (surface) * MAX (h, 1),
                                      (GDestroyNotify) cairo_surface_destroy, surface);
  texture = gdk_memory_texture_new (MAX (w, 1), MAX (h, 1), GDK_MEMORY_DEFAULT, bytes,
                                    cairo_image_surface_get_stride (surface));
  g_bytes_unref (bytes);
  g_hash_table_insert (self->textures, GUINT_TO_POINTER (page), texture);
  return texture;
}

/* Keeps the textures near the view, so that memory follows the view and
 * not the length of the document. */
static void
trim_textures (OdPageSheets *self,
               guint         first,
               guint         last)
{
  GHashTableIter iter;
  gpointer key;
  guint keep = (last - first + 1 + 2 * TEXTURE_MARGIN) * self->columns;

  if (g_hash_table_size (self->textures) <= keep)
    return;
  g_hash_table_iter_init (&iter, self->textures);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      guint page = GPOINTER_TO_UINT (key);

      if (page + TEXTURE_MARGIN * self->columns < first || page > last + TEXTURE_MARGIN * self->columns)
        g_hash_table_iter_remove (&iter);
    }
}

gboolean
od_page_sheets_get_visible (OdPageSheets *self,
                            guint        *first,
                            guint        *last)
{
  double top, bottom, ch;
  guint first_row, last_row;

  g_return_val_if_fail (OD_IS_PAGE_SHEETS (self), FALSE);

  if (self->n_pages == 0 || self->columns == 0)
    return FALSE;
  ch = cell_height (self);
  top = scroll_y (self);
  bottom = top + gtk_widget_get_height (GTK_WIDGET (self));
  first_row = (guint) MAX (0.0, floor ((top - GAP) / ch));
  last_row = (guint) MAX (0.0, floor ((bottom - GAP) / ch));
  *first = MIN (first_row * self->columns, self->n_pages - 1);
  *last = MIN ((last_row + 1) * self->columns - 1, self->n_pages - 1);
  return TRUE;
}

static void
od_page_sheets_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  OdPageSheets *self = OD_PAGE_SHEETS (widget);
  double sx = scroll_x (self), sy = scroll_y (self);
  double scale = self->zoom * gtk_widget_get_scale_factor (widget);
  int view_w = gtk_widget_get_width (widget), view_h = gtk_widget_get_height (widget);
  gboolean whole = self->width * self->height * scale * scale <= MAX_TEXTURE_PIXELS;
  GdkRGBA border = { 0, 0, 0, 0.35 }, color, desk;
  guint first, last;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  G_GNUC_END_IGNORE_DEPRECATIONS
  /* White sheets on a darker desk, as in a document viewer. */
  desk = color;
  desk.alpha = 0.1;
  gtk_snapshot_append_color (snapshot, &desk, &GRAPHENE_RECT_INIT (0, 0, view_w, view_h));
  if (self->draw == NULL || !od_page_sheets_get_visible (self, &first, &last))
    return;
  for (guint page = first; page <= last; page++)
    {
      graphene_rect_t rect = page_rect (self, page), view, part;
      g_autofree char *number = g_strdup_printf ("%u", page + 1);
      PangoLayout *layout;
      int lw, lh;

      graphene_rect_offset (&rect, -sx, -sy);
      view = GRAPHENE_RECT_INIT (0, 0, view_w, view_h);
      gtk_snapshot_append_color (snapshot, &border,
                                 &GRAPHENE_RECT_INIT (rect.origin.x - 1, rect.origin.y - 1,
                                                      rect.size.width + 2, rect.size.height + 2));
      if (whole)
        gtk_snapshot_append_texture (snapshot, page_texture (self, page, scale), &rect);
      else if (graphene_rect_intersection (&rect, &view, &part))
        {
          cairo_t *cr = gtk_snapshot_append_cairo (snapshot, &part);

          cairo_translate (cr, rect.origin.x, rect.origin.y);
          cairo_scale (cr, self->zoom, self->zoom);
          render (self, cr, page);
          cairo_destroy (cr);
        }

      layout = gtk_widget_create_pango_layout (widget, number);
      pango_layout_get_pixel_size (layout, &lw, &lh);
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (rect.origin.x + (rect.size.width - lw) / 2,
                                                              rect.origin.y + rect.size.height + (LABEL_HEIGHT - lh) / 2));
      gtk_snapshot_append_layout (snapshot, layout, &color);
      gtk_snapshot_restore (snapshot);
      g_object_unref (layout);
    }
  trim_textures (self, first, last);
}

static void
configure (GtkAdjustment *adjustment,
           double         value,
           double         upper,
           double         page)
{
  if (adjustment == NULL)
    return;
  gtk_adjustment_configure (adjustment, CLAMP (value, 0, MAX (upper - page, 0)), 0, upper,
                            page * 0.1, page * 0.9, page);
}

static void
od_page_sheets_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  OdPageSheets *self = OD_PAGE_SHEETS (widget);
  double y = scroll_y (self);

  compute_grid (self, width);
  if (self->pending_page >= 0 && self->n_pages > 0)
    {
      y = page_rect (self, MIN ((guint) self->pending_page, self->n_pages - 1)).origin.y - GAP / 2;
      self->pending_page = -1;
    }
  else if (self->anchored)
    y = self->anchor * self->content_height - height / 2.0;
  self->anchored = FALSE;
  configure (self->hadjustment, scroll_x (self), self->content_width, width);
  configure (self->vadjustment, y, self->content_height, height);
}

static void
od_page_sheets_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  OdPageSheets *self = OD_PAGE_SHEETS (widget);
  double size = orientation == GTK_ORIENTATION_HORIZONTAL
              ? page_width (self) + 2 * GAP
              : self->height * self->zoom + LABEL_HEIGHT + 2 * GAP;

  /* Scrolled: any size will do, a sheet's is what it would like. */
  *minimum = 1;
  *natural = (int) ceil (size);
}

/* The view's centre stays where it is across a change of size. */
static void
anchor_view (OdPageSheets *self)
{
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  /* Nothing shown yet: the new pages start at the top. */
  if (self->n_pages > 0 && self->content_height > 0 && !self->anchored)
    {
      self->anchor = (scroll_y (self) + height / 2.0) / self->content_height;
      self->anchored = TRUE;
    }
}

static void
adjustment_changed_cb (OdPageSheets *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
set_adjustment (OdPageSheets   *self,
                GtkAdjustment **slot,
                GtkAdjustment  *adjustment)
{
  if (*slot == adjustment)
    return;
  if (*slot != NULL)
    g_signal_handlers_disconnect_by_func (*slot, adjustment_changed_cb, self);
  g_set_object (slot, adjustment);
  if (adjustment != NULL)
    g_signal_connect_object (adjustment, "value-changed", G_CALLBACK (adjustment_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static void
od_page_sheets_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  OdPageSheets *self = OD_PAGE_SHEETS (object);

  switch (prop_id)
    {
    case PROP_HADJUSTMENT:
      set_adjustment (self, &self->hadjustment, g_value_get_object (value));
      break;
    case PROP_VADJUSTMENT:
      set_adjustment (self, &self->vadjustment, g_value_get_object (value));
      break;
    case PROP_HSCROLL_POLICY:
      self->hscroll_policy = g_value_get_enum (value);
      break;
    case PROP_VSCROLL_POLICY:
      self->vscroll_policy = g_value_get_enum (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
od_page_sheets_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  OdPageSheets *self = OD_PAGE_SHEETS (object);

  switch (prop_id)
    {
    case PROP_HADJUSTMENT:
      g_value_set_object (value, self->hadjustment);
      break;
    case PROP_VADJUSTMENT:
      g_value_set_object (value, self->vadjustment);
      break;
    case PROP_HSCROLL_POLICY:
      g_value_set_enum (value, self->hscroll_policy);
      break;
    case PROP_VSCROLL_POLICY:
      g_value_set_enum (value, self->vscroll_policy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
clear_pages (OdPageSheets *self)
{
  clear_textures (self);
  if (self->destroy != NULL)
    self->destroy (self->user_data);
  self->destroy = NULL;
  self->user_data = NULL;
  self->draw = NULL;
  self->link = NULL;
}

static void
od_page_sheets_dispose (GObject *object)
{
  OdPageSheets *self = OD_PAGE_SHEETS (object);

  clear_pages (self);
  set_adjustment (self, &self->hadjustment, NULL);
  set_adjustment (self, &self->vadjustment, NULL);
  G_OBJECT_CLASS (od_page_sheets_parent_class)->dispose (object);
}

static void
od_page_sheets_finalize (GObject *object)
{
  OdPageSheets *self = OD_PAGE_SHEETS (object);

  g_hash_table_unref (self->textures);
  G_OBJECT_CLASS (od_page_sheets_parent_class)->finalize (object);
}

static void
od_page_sheets_class_init (OdPageSheetsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->set_property = od_page_sheets_set_property;
  object_class->get_property = od_page_sheets_get_property;
  object_class->dispose = od_page_sheets_dispose;
  object_class->finalize = od_page_sheets_finalize;
  widget_class->snapshot = od_page_sheets_snapshot;
  widget_class->size_allocate = od_page_sheets_size_allocate;
  widget_class->measure = od_page_sheets_measure;

  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");
  gtk_widget_class_set_css_name (widget_class, "odpagesheets");
}

static gboolean
scroll_cb (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           OdPageSheets             *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));

  /* Ctrl+wheel zooms, as in a document viewer; the plain wheel scrolls. */
  if (!(state & GDK_CONTROL_MASK) || dy == 0)
    return FALSE;
  od_page_sheets_set_zoom (self, self->zoom * (dy < 0 ? 1.15 : 1 / 1.15));
  return TRUE;
}

static void
released_cb (GtkGestureClick *gesture,
             int              n_press,
             double           x,
             double           y,
             OdPageSheets    *self)
{
  if (n_press == 1)
    od_page_sheets_activate_at (self, x, y);
}

static int
link_at (OdPageSheets *self,
         double        x,
         double        y)
{
  guint page;
  double px, py;

  if (self->link == NULL || !od_page_sheets_page_at (self, x, y, &page, &px, &py))
    return -1;
  return self->link (page, px, py, self->user_data);
}

static void
motion_cb (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           OdPageSheets             *self)
{
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), link_at (self, x, y) >= 0 ? "pointer" : NULL);
}

static void
od_page_sheets_init (OdPageSheets *self)
{
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();

  self->zoom = 0.5;
  self->columns = 1;
  self->pending_page = -1;
  self->textures = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  g_signal_connect (scroll, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);
  g_signal_connect (click, "released", G_CALLBACK (released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect (motion, "motion", G_CALLBACK (motion_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
}

GtkWidget *
od_page_sheets_new (void)
{
  return g_object_new (OD_TYPE_PAGE_SHEETS, NULL);
}

void
od_page_sheets_set_pages (OdPageSheets         *self,
                          guint                 n_pages,
                          double                width,
                          double                height,
                          OdPageSheetsDrawFunc  draw,
                          OdPageSheetsLinkFunc  link,
                          gpointer              user_data,
                          GDestroyNotify        destroy)
{
  g_return_if_fail (OD_IS_PAGE_SHEETS (self));
  g_return_if_fail (n_pages == 0 || (draw != NULL && width > 0 && height > 0));

  anchor_view (self);
  clear_pages (self);
  self->n_pages = n_pages;
  self->width = width;
  self->height = height;
  self->draw = draw;
  self->link = link;
  self->user_data = user_data;
  self->destroy = destroy;
  /* The grid follows at once: a zoom before the next allocation anchors
   * on these pages, not the ones before. */
  compute_grid (self, gtk_widget_get_width (GTK_WIDGET (self)));
  gtk_widget_queue_resize (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
od_page_sheets_get_n_pages (OdPageSheets *self)
{
  g_return_val_if_fail (OD_IS_PAGE_SHEETS (self), 0);

  return self->n_pages;
}

void
od_page_sheets_redraw (OdPageSheets *self)
{
  g_return_if_fail (OD_IS_PAGE_SHEETS (self));

  clear_textures (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

double
od_page_sheets_get_zoom (OdPageSheets *self)
{
  g_return_val_if_fail (OD_IS_PAGE_SHEETS (self), 1);

  return self->zoom;
}

void
od_page_sheets_set_zoom (OdPageSheets *self,
                         double        zoom)
{
  g_return_if_fail (OD_IS_PAGE_SHEETS (self));

  zoom = CLAMP (zoom, OD_PAGE_SHEETS_MIN_ZOOM, OD_PAGE_SHEETS_MAX_ZOOM);
  if (!isfinite (zoom) || fabs (zoom - self->zoom) < 1e-9)
    return;
  anchor_view (self);
  self->zoom = zoom;
  compute_grid (self, gtk_widget_get_width (GTK_WIDGET (self)));
  clear_textures (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

double
od_page_sheets_get_fit_zoom (OdPageSheets *self)
{
  int w = gtk_widget_get_width (GTK_WIDGET (self)), h = gtk_widget_get_height (GTK_WIDGET (self));

  g_return_val_if_fail (OD_IS_PAGE_SHEETS (self), 1);

  if (self->width <= 0 || self->height <= 0 || w <= 0 || h <= 0)
    return self->zoom;
  return CLAMP (MIN ((w - 2 * GAP) / self->width, (h - 2 * GAP - LABEL_HEIGHT) / self->height),
                OD_PAGE_SHEETS_MIN_ZOOM, OD_PAGE_SHEETS_MAX_ZOOM);
}

void
od_page_sheets_show_page (OdPageSheets *self,
                          guint         page)
{
  g_return_if_fail (OD_IS_PAGE_SHEETS (self));

  if (page >= self->n_pages)
    return;
  /* Placed at the next allocation, when the grid is known. */
  self->pending_page = (int) page;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

gboolean
od_page_sheets_page_at (OdPageSheets *self,
                        double        x,
                        double        y,
                        guint        *page,
                        double       *sheet_x,
                        double       *sheet_y)
{
  double cx, cy, pw = page_width (self);
  int col, row;
  guint p;
  graphene_rect_t rect;

  g_return_val_if_fail (OD_IS_PAGE_SHEETS (self), FALSE);

  if (self->n_pages == 0 || self->zoom <= 0)
    return FALSE;
  cx = x + scroll_x (self);
  cy = y + scroll_y (self);
  col = (int) floor ((cx - self->left) / (pw + GAP));
  row = (int) floor ((cy - GAP) / cell_height (self));
  if (col < 0 || row < 0 || (guint) col >= self->columns)
    return FALSE;
  p = (guint) row * self->columns + (guint) col;
  if (p >= self->n_pages)
    return FALSE;
  rect = page_rect (self, p);
  if (!graphene_rect_contains_point (&rect, &GRAPHENE_POINT_INIT (cx, cy)))
    return FALSE;
  *page = p;
  *sheet_x = (cx - rect.origin.x) / self->zoom;
  *sheet_y = (cy - rect.origin.y) / self->zoom;
  return TRUE;
}

gboolean
od_page_sheets_activate_at (OdPageSheets *self,
                            double        x,
                            double        y)
{
  int target;

  g_return_val_if_fail (OD_IS_PAGE_SHEETS (self), FALSE);

  target = link_at (self, x, y);
  if (target < 0)
    return FALSE;
  od_page_sheets_show_page (self, (guint) target);
  return TRUE;
}
