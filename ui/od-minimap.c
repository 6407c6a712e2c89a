/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-minimap.c: an overview of the chart for finding one's way in a big
 * one.
 *
 * The chart is drawn once into an image with the renderer's pixel mode
 * (a box is a pixel or so at this size) and kept until the chart changes;
 * moving the canvas only moves the frame drawn on top, so panning a
 * 100,000-unit chart does not redraw 100,000 boxes per frame.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "od-minimap.h"

#define MAP_WIDTH 220.0
#define MAP_HEIGHT 150.0
#define PADDING 6.0

struct _OdMinimap
{
  GtkWidget        parent_instance;

  OdChartCanvas   *canvas;      /* weak */
  OdChartRenderer *renderer;
  OdLayout        *layout;      /* the canvas's; the renderer follows it */
  cairo_surface_t *picture;
  gboolean         enabled;
  double           scale, x0, y0;   /* chart point → widget: (p - bounds) × scale + x0 */
};

G_DEFINE_FINAL_TYPE (OdMinimap, od_minimap, GTK_TYPE_WIDGET)

static void
invalidate (OdMinimap *self)
{
  g_clear_pointer (&self->picture, cairo_surface_destroy);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Shown only when wanted and when part of the chart is out of view. */
static void
update_visible (OdMinimap *self)
{
  OdViewport *viewport;
  OdLayout *layout;
  OdLayoutRect bounds, visible;
  gboolean all_in_view = TRUE;

  if (self->canvas == NULL)
    return;
  layout = od_chart_canvas_get_layout (self->canvas);
  viewport = od_chart_canvas_get_viewport (self->canvas);
  if (layout != NULL)
    {
      od_layout_get_bounds (layout, &bounds);
      od_viewport_get_visible (viewport, &visible);
      all_in_view = visible.x <= bounds.x + 0.5 && visible.y <= bounds.y + 0.5
                    && visible.x + visible.width >= bounds.x + bounds.width - 0.5
                    && visible.y + visible.height >= bounds.y + bounds.height - 0.5;
    }
  gtk_widget_set_visible (GTK_WIDGET (self), self->enabled && !all_in_view);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
ensure_renderer (OdMinimap *self)
{
  OdLayout *layout = self->canvas != NULL ? od_chart_canvas_get_layout (self->canvas) : NULL;

  if (layout == self->layout && self->renderer != NULL)
    return;
  g_clear_pointer (&self->renderer, od_chart_renderer_free);
  g_clear_pointer (&self->picture, cairo_surface_destroy);
  self->layout = layout;
  if (layout != NULL)
    self->renderer = od_chart_renderer_new (layout);
}

static void
od_minimap_snapshot (GtkWidget   *widget,
                     GtkSnapshot *snapshot)
{
  OdMinimap *self = OD_MINIMAP (widget);
  double width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  OdLayoutRect bounds, visible;
  cairo_t *cr;

  ensure_renderer (self);
  if (self->renderer == NULL || width <= 2 * PADDING || height <= 2 * PADDING)
    return;
  od_layout_get_bounds (self->layout, &bounds);
  if (bounds.width <= 0 || bounds.height <= 0)
    return;
  self->scale = MIN ((width - 2 * PADDING) / bounds.width, (height - 2 * PADDING) / bounds.height);
  self->x0 = (width - bounds.width * self->scale) / 2;
  self->y0 = (height - bounds.height * self->scale) / 2;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (self->picture == NULL
      || cairo_image_surface_get_width (self->picture) != (int) width
      || cairo_image_surface_get_height (self->picture) != (int) height)
    {
      cairo_t *pcr;

      g_clear_pointer (&self->picture, cairo_surface_destroy);
      self->picture = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) width, (int) height);
      pcr = cairo_create (self->picture);
      od_chart_renderer_set_theme (self->renderer, od_chart_canvas_get_theme (self->canvas));
      od_chart_renderer_set_paint_background (self->renderer, TRUE);
      cairo_translate (pcr, self->x0, self->y0);
      cairo_scale (pcr, self->scale, self->scale);
      cairo_translate (pcr, -bounds.x, -bounds.y);
      od_chart_renderer_draw (self->renderer, pcr, &bounds, self->scale);
      cairo_destroy (pcr);
    }
  cairo_set_source_surface (cr, self->picture, 0, 0);
  cairo_paint (cr);

  /* The part the canvas shows. */
  od_viewport_get_visible (od_chart_canvas_get_viewport (self->canvas), &visible);
  cairo_rectangle (cr, self->x0 + (visible.x - bounds.x) * self->scale,
                   self->y0 + (visible.y - bounds.y) * self->scale,
                   visible.width * self->scale, visible.height * self->scale);
  cairo_set_source_rgba (cr, 0.11, 0.44, 0.85, 0.18);
  cairo_fill_preserve (cr);
  cairo_set_source_rgb (cr, 0.11, 0.44, 0.85);
  cairo_set_line_width (cr, 2);
  cairo_stroke (cr);
  cairo_destroy (cr);
}

static void
od_minimap_measure (GtkWidget      *widget,
                    GtkOrientation  orientation,
                    int             for_size,
                    int            *minimum,
                    int            *natural,
                    int            *minimum_baseline,
                    int            *natural_baseline)
{
  *minimum = *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? (int) MAP_WIDTH : (int) MAP_HEIGHT;
}

void
od_minimap_pan_to (OdMinimap *self,
                   double     x,
                   double     y)
{
  OdViewport *viewport;
  OdLayoutRect bounds;
  double cx, cy, zoom;

  g_return_if_fail (OD_IS_MINIMAP (self));

  ensure_renderer (self);
  if (self->canvas == NULL || self->layout == NULL)
    return;
  od_layout_get_bounds (self->layout, &bounds);
  if (self->scale <= 0)
    {
      double width = gtk_widget_get_width (GTK_WIDGET (self)), height = gtk_widget_get_height (GTK_WIDGET (self));

      if (width <= 0 || height <= 0)
        width = MAP_WIDTH, height = MAP_HEIGHT;
      self->scale = MIN ((width - 2 * PADDING) / bounds.width, (height - 2 * PADDING) / bounds.height);
      self->x0 = (width - bounds.width * self->scale) / 2;
      self->y0 = (height - bounds.height * self->scale) / 2;
    }
  viewport = od_chart_canvas_get_viewport (self->canvas);
  zoom = od_viewport_get_zoom (viewport);
  cx = bounds.x + (x - self->x0) / self->scale;
  cy = bounds.y + (y - self->y0) / self->scale;
  od_viewport_set_offset (viewport, cx - od_viewport_get_width (viewport) / 2 / zoom,
                          cy - od_viewport_get_height (viewport) / 2 / zoom);
}

static void
pressed_cb (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            OdMinimap       *self)
{
  od_minimap_pan_to (self, x, y);
}

static void
drag_update_cb (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                OdMinimap      *self)
{
  double x, y;

  gtk_gesture_drag_get_start_point (gesture, &x, &y);
  od_minimap_pan_to (self, x + dx, y + dy);
}

static void
od_minimap_dispose (GObject *object)
{
  OdMinimap *self = OD_MINIMAP (object);

  if (self->canvas != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->canvas, self);
      g_signal_handlers_disconnect_by_data (od_chart_canvas_get_viewport (self->canvas), self);
      g_object_remove_weak_pointer (G_OBJECT (self->canvas), (gpointer *) &self->canvas);
      self->canvas = NULL;
    }
  g_clear_pointer (&self->renderer, od_chart_renderer_free);
  g_clear_pointer (&self->picture, cairo_surface_destroy);
  G_OBJECT_CLASS (od_minimap_parent_class)->dispose (object);
}

static void
od_minimap_class_init (OdMinimapClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = od_minimap_dispose;
  widget_class->snapshot = od_minimap_snapshot;
  widget_class->measure = od_minimap_measure;
  gtk_widget_class_set_css_name (widget_class, "od-minimap");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
od_minimap_init (OdMinimap *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *drag = gtk_gesture_drag_new ();

  self->enabled = TRUE;
  gtk_widget_add_css_class (GTK_WIDGET (self), "osd");
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "pointer");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Mini-map of the whole chart"), -1);
  g_signal_connect (click, "pressed", G_CALLBACK (pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
}

/* The chart changed: the overview is drawn anew when next shown. */
static void
chart_changed_cb (OdMinimap *self)
{
  invalidate (self);
  update_visible (self);
}

GtkWidget *
od_minimap_new (OdChartCanvas *canvas)
{
  OdMinimap *self;

  g_return_val_if_fail (OD_IS_CHART_CANVAS (canvas), NULL);

  self = g_object_new (OD_TYPE_MINIMAP, NULL);
  self->canvas = canvas;
  g_object_add_weak_pointer (G_OBJECT (canvas), (gpointer *) &self->canvas);
  /* The canvas redraws whenever its chart changes (an edit, a fold, a
   * theme): so does the overview, after it. */
  g_signal_connect_object (canvas, "chart-changed", G_CALLBACK (chart_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (od_chart_canvas_get_viewport (canvas), "changed",
                           G_CALLBACK (update_visible), self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  return GTK_WIDGET (self);
}

void
od_minimap_set_enabled (OdMinimap *self,
                        gboolean   enabled)
{
  g_return_if_fail (OD_IS_MINIMAP (self));
  self->enabled = !!enabled;
  update_visible (self);
}

gboolean
od_minimap_get_enabled (OdMinimap *self)
{
  g_return_val_if_fail (OD_IS_MINIMAP (self), FALSE);
  return self->enabled;
}
