/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-chart-canvas.c: the organisation chart canvas.
 *
 * One widget draws every unit itself with the shared renderer: a frame
 * asks the layout's spatial index for what is in view, so its cost follows
 * what is shown, not the size of the organisation.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>
#include <math.h>
#include <string.h>

#include "od-chart-canvas.h"
#include "od-chart-renderer.h"
#include "od-check.h"
#include "od-layout.h"
#include "od-selection.h"
#include "od-unit-menu.h"

/* Pixels the pointer must travel before a press on a unit becomes a drag. */
#define DRAG_THRESHOLD 8.0
/* Pixels scrolled per scroll-wheel step. */
#define SCROLL_STEP 48.0

typedef enum {
  DRAG_NONE,
  DRAG_PAN,
  DRAG_PENDING_UNIT,   /* pressed on a unit, not moved far enough yet */
  DRAG_UNIT,
} DragMode;

struct _OdChartCanvas
{
  GtkWidget        parent_instance;

  OdUnitTree      *tree;
  OdOrganisation  *org;
  OdLayout        *layout;
  OdChartRenderer *renderer;
  OdViewport      *viewport;
  gint8           *severities;       /* by unit serial */
  guint            n_severities;
  gboolean         needs_fit;
  gboolean         fit_mode;         /* the whole chart shown: refit on resize */
  guint            fitting;          /* our own viewport changes, not the user's */

  DragMode         drag_mode;
  char            *drag_unit_id;
  double           drag_start_x, drag_start_y;
  double           drag_last_x, drag_last_y;
  double           pointer_x, pointer_y;
  OdUnit          *drop_target;
  gboolean         drop_allowed;
  double           zoom_gesture_start;
};

G_DEFINE_FINAL_TYPE (OdChartCanvas, od_chart_canvas, GTK_TYPE_WIDGET)

static void
toast (OdChartCanvas *self,
       const char    *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
}

/* Brings the layout up to date (cheap when nothing changed). */
static void
update_layout (OdChartCanvas *self)
{
  OdLayoutRect bounds;

  if (self->layout == NULL)
    return;
  od_layout_update (self->layout);
  od_layout_get_bounds (self->layout, &bounds);
  g_signal_handlers_block_matched (self->viewport, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  od_viewport_set_bounds (self->viewport, &bounds);
  g_signal_handlers_unblock_matched (self->viewport, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
}

static void
update_theme (OdChartCanvas *self)
{
  if (self->renderer != NULL)
    od_chart_renderer_set_theme (self->renderer,
                                 adw_style_manager_get_dark (adw_style_manager_get_default ())
                                 ? OD_CHART_THEME_DARK : OD_CHART_THEME_LIGHT);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
update_severities (OdChartCanvas *self)
{
  OdDocument *document;
  const gint8 *severities;
  guint n;

  if (self->tree == NULL)
    return;
  document = od_unit_tree_get_document (self->tree);
  od_document_peek_findings (document);
  severities = od_document_get_severities (document, &n);
  /* A copy: the renderer keeps it until the next findings. */
  g_free (self->severities);
  self->n_severities = n;
  self->severities = g_memdup2 (severities, MAX (n, 1));
  od_chart_renderer_set_severities (self->renderer, self->severities, self->n_severities);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static OdUnit *
selected_unit (OdChartCanvas *self)
{
  return self->tree != NULL ? od_unit_tree_get_selected_unit (self->tree) : NULL;
}

static void
selection_changed_cb (OdChartCanvas *self)
{
  OdUnit *unit = selected_unit (self);
  OdLayoutRect box;

  od_chart_renderer_set_selected (self->renderer, unit);
  update_layout (self);
  /* A unit chosen in the outline or the findings comes into view. */
  if (unit != NULL && !self->needs_fit && od_layout_get_box (self->layout, unit, &box))
    od_viewport_scroll_to (self->viewport, &box);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
organisation_changed_cb (OdChartCanvas *self)
{
  /* The layout catches up when drawn; the selection's box may have moved. */
  od_chart_renderer_set_selected (self->renderer, selected_unit (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* ---- drawing ---- */

static void
draw_drop_indicator (OdChartCanvas *self,
                     cairo_t       *cr)
{
  OdLayoutRect box;
  double x0, y0, x1, y1;

  if (self->drag_mode != DRAG_UNIT)
    return;
  if (self->drop_target != NULL && od_layout_get_box (self->layout, self->drop_target, &box))
    {
      od_viewport_to_widget (self->viewport, box.x, box.y, &x0, &y0);
      od_viewport_to_widget (self->viewport, box.x + box.width, box.y + box.height, &x1, &y1);
      cairo_rectangle (cr, x0 - 4, y0 - 4, x1 - x0 + 8, y1 - y0 + 8);
      if (self->drop_allowed)
        cairo_set_source_rgba (cr, 0.15, 0.64, 0.41, 0.9);   /* green: will report here */
      else
        cairo_set_source_rgba (cr, 0.88, 0.11, 0.14, 0.9);   /* red: refused */
      cairo_set_line_width (cr, 3);
      cairo_stroke (cr);
    }
  /* The unit being dragged follows the pointer as a ghost. */
  {
    OdUnit *unit = od_organisation_lookup_unit (self->org, self->drag_unit_id);

    if (unit != NULL && od_layout_get_box (self->layout, unit, &box))
      {
        double w = box.width * od_viewport_get_zoom (self->viewport);
        double h = box.height * od_viewport_get_zoom (self->viewport);

        cairo_rectangle (cr, self->pointer_x - w / 2, self->pointer_y - h / 2, w, h);
        cairo_set_source_rgba (cr, 0.21, 0.52, 0.89, 0.25);
        cairo_fill_preserve (cr);
        cairo_set_source_rgba (cr, 0.21, 0.52, 0.89, 0.8);
        cairo_set_line_width (cr, 1.5);
        cairo_stroke (cr);
      }
  }
}

static void
od_chart_canvas_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  OdChartCanvas *self = OD_CHART_CANVAS (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  double red, green, blue, zoom, x, y;
  OdLayoutRect visible;
  cairo_t *cr;

  if (self->layout == NULL || width <= 0 || height <= 0)
    return;
  update_layout (self);
  od_viewport_get_visible (self->viewport, &visible);
  od_viewport_get_offset (self->viewport, &x, &y);
  zoom = od_viewport_get_zoom (self->viewport);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  od_chart_renderer_get_background (self->renderer, &red, &green, &blue);
  cairo_set_source_rgb (cr, red, green, blue);
  cairo_paint (cr);

  cairo_save (cr);
  cairo_scale (cr, zoom, zoom);
  cairo_translate (cr, -x, -y);
  od_chart_renderer_draw (self->renderer, cr, &visible, zoom);
  cairo_restore (cr);

  draw_drop_indicator (self, cr);
  if (self->tree != NULL)
    od_selection_draw_marks (od_selection_get_for_tree (self->tree), cr, self->layout, self->viewport);
  cairo_destroy (cr);
}

static void
od_chart_canvas_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  OdChartCanvas *self = OD_CHART_CANVAS (widget);

  self->fitting++;
  od_viewport_set_size (self->viewport, width, height);
  /* Fitted, the chart stays fitted when the window or a pane changes size
   * (a projector, full screen, the side panels hidden). */
  if ((self->needs_fit || self->fit_mode) && self->layout != NULL && width > 0 && height > 0)
    {
      self->needs_fit = FALSE;
      self->fit_mode = TRUE;
      update_layout (self);
      od_viewport_fit (self->viewport);
    }
  self->fitting--;
}

/* A zoom or pan by the user leaves fit mode. */
static void
viewport_changed_cb (OdChartCanvas *self)
{
  if (self->fitting == 0)
    self->fit_mode = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* ---- pointer ---- */

OdUnit *
od_chart_canvas_unit_at (OdChartCanvas *self,
                         double         x,
                         double         y)
{
  double cx, cy;

  g_return_val_if_fail (OD_IS_CHART_CANVAS (self), NULL);

  if (self->layout == NULL)
    return NULL;
  update_layout (self);
  od_viewport_to_chart (self->viewport, x, y, &cx, &cy);
  return od_layout_hit_test (self->layout, cx, cy);
}

gboolean
od_chart_canvas_get_unit_centre (OdChartCanvas *self,
                                 const OdUnit  *unit,
                                 double        *x,
                                 double        *y)
{
  OdLayoutRect box;

  g_return_val_if_fail (OD_IS_CHART_CANVAS (self), FALSE);

  if (self->layout == NULL)
    return FALSE;
  update_layout (self);
  if (!od_layout_get_box (self->layout, unit, &box))
    return FALSE;
  od_viewport_to_widget (self->viewport, box.x + box.width / 2, box.y + box.height / 2, x, y);
  return TRUE;
}

gboolean
od_chart_canvas_get_unit_rect (OdChartCanvas *self,
                               const OdUnit  *unit,
                               GdkRectangle  *rect)
{
  OdLayoutRect box;
  double x0, y0, x1, y1;

  g_return_val_if_fail (OD_IS_CHART_CANVAS (self), FALSE);

  if (self->layout == NULL)
    return FALSE;
  update_layout (self);
  if (!od_layout_get_box (self->layout, unit, &box))
    return FALSE;
  od_viewport_to_widget (self->viewport, box.x, box.y, &x0, &y0);
  od_viewport_to_widget (self->viewport, box.x + box.width, box.y + box.height, &x1, &y1);
  *rect = (GdkRectangle) { (int) x0, (int) y0, MAX ((int) (x1 - x0), 1), MAX ((int) (y1 - y0), 1) };
  return TRUE;
}

/* Whether @unit may report to @target, and if not, why (translated). */
static gboolean
can_drop (const OdUnit  *unit,
          const OdUnit  *target,
          char         **why)
{
  if (target == NULL || target == unit || od_unit_get_parent (unit) == target)
    {
      *why = NULL;
      return FALSE;
    }
  if (od_unit_is_within (target, unit))
    {
      *why = g_strdup_printf (_("“%s” cannot report to “%s”: that unit reports to it"),
                              od_unit_get_name (unit), od_unit_get_name (target));
      return FALSE;
    }
  *why = NULL;
  return TRUE;
}

gboolean
od_chart_canvas_drop_unit (OdChartCanvas *self,
                           const char    *unit_id,
                           const char    *target_id)
{
  OdUnit *unit, *target;
  g_autofree char *why = NULL;
  g_autoptr(GError) error = NULL;
  OdCommand *command;

  g_return_val_if_fail (OD_IS_CHART_CANVAS (self), FALSE);

  if (self->tree == NULL)
    return FALSE;
  unit = od_organisation_lookup_unit (self->org, unit_id);
  target = od_organisation_lookup_unit (self->org, target_id);
  if (unit == NULL || target == NULL)
    return FALSE;
  if (!can_drop (unit, target, &why))
    {
      if (why != NULL)
        toast (self, why);
      return FALSE;
    }
  command = od_command_move_unit (self->org, unit_id, target_id, -1, &error);
  if (command == NULL
      || !od_document_push (od_unit_tree_get_document (self->tree), command, &error))
    {
      toast (self, error->message);
      return FALSE;
    }
  od_unit_tree_select (self->tree, unit_id);
  return TRUE;
}

static void
pressed_cb (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            OdChartCanvas   *self)
{
  OdUnit *unit = od_chart_canvas_unit_at (self, x, y);
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));

  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (self->tree == NULL)
    return;
  /* Ctrl+click marks a unit beside the selected one (od-selection.c). */
  if ((state & GDK_CONTROL_MASK) && unit != NULL)
    {
      od_selection_toggle (od_selection_get_for_tree (self->tree), od_unit_get_id (unit));
      return;
    }
  if (unit != NULL)
    {
      od_unit_tree_select (self->tree, od_unit_get_id (unit));
      if (n_press == 2)
        gtk_widget_activate_action (GTK_WIDGET (self), "unit.rename", NULL);
    }
}

static void
secondary_pressed_cb (GtkGestureClick *gesture,
                      int              n_press,
                      double           x,
                      double           y,
                      OdChartCanvas   *self)
{
  OdUnit *unit = od_chart_canvas_unit_at (self, x, y);

  if (self->tree == NULL || unit == NULL)
    return;
  od_unit_tree_select (self->tree, od_unit_get_id (unit));
  od_unit_menu_popup (GTK_WIDGET (self), x, y);
}

static void
drag_begin_cb (GtkGestureDrag *gesture,
               double          x,
               double          y,
               OdChartCanvas  *self)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));
  OdUnit *unit = button == GDK_BUTTON_PRIMARY ? od_chart_canvas_unit_at (self, x, y) : NULL;

  self->drag_start_x = self->pointer_x = x;
  self->drag_start_y = self->pointer_y = y;
  self->drag_last_x = self->drag_last_y = 0;
  g_clear_pointer (&self->drag_unit_id, g_free);
  self->drop_target = NULL;
  if (unit != NULL && od_unit_get_parent (unit) != NULL)
    {
      self->drag_mode = DRAG_PENDING_UNIT;
      self->drag_unit_id = g_strdup (od_unit_get_id (unit));
    }
  else if (unit != NULL)
    self->drag_mode = DRAG_NONE;      /* the top unit has nowhere to go */
  else
    self->drag_mode = DRAG_PAN;
}

static void
drag_update_cb (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                OdChartCanvas  *self)
{
  self->pointer_x = self->drag_start_x + dx;
  self->pointer_y = self->drag_start_y + dy;
  switch (self->drag_mode)
    {
    case DRAG_PAN:
      od_viewport_pan (self->viewport, dx - self->drag_last_x, dy - self->drag_last_y);
      break;
    case DRAG_PENDING_UNIT:
      if (dx * dx + dy * dy < DRAG_THRESHOLD * DRAG_THRESHOLD)
        break;
      self->drag_mode = DRAG_UNIT;
      G_GNUC_FALLTHROUGH;
    case DRAG_UNIT:
      {
        OdUnit *unit = od_organisation_lookup_unit (self->org, self->drag_unit_id);
        g_autofree char *why = NULL;

        self->drop_target = od_chart_canvas_unit_at (self, self->pointer_x, self->pointer_y);
        self->drop_allowed = unit != NULL && can_drop (unit, self->drop_target, &why);
        gtk_widget_set_cursor_from_name (GTK_WIDGET (self),
                                         self->drop_target == NULL || self->drop_allowed
                                         ? "grabbing" : "not-allowed");
        gtk_widget_queue_draw (GTK_WIDGET (self));
      }
      break;
    case DRAG_NONE:
    default:
      break;
    }
  self->drag_last_x = dx;
  self->drag_last_y = dy;
}

static void
drag_end_cb (GtkGestureDrag *gesture,
             double          dx,
             double          dy,
             OdChartCanvas  *self)
{
  if (self->drag_mode == DRAG_UNIT && self->drop_target != NULL)
    od_chart_canvas_drop_unit (self, self->drag_unit_id, od_unit_get_id (self->drop_target));
  self->drag_mode = DRAG_NONE;
  self->drop_target = NULL;
  g_clear_pointer (&self->drag_unit_id, g_free);
  gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
motion_cb (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           OdChartCanvas            *self)
{
  self->pointer_x = x;
  self->pointer_y = y;
}

static gboolean
scroll_cb (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           OdChartCanvas            *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  GdkScrollUnit unit = gtk_event_controller_scroll_get_unit (controller);
  double step = unit == GDK_SCROLL_UNIT_WHEEL ? SCROLL_STEP : 1.0;

  if (state & GDK_CONTROL_MASK)
    {
      /* Ctrl+scroll zooms about the pointer, as in maps and image viewers. */
      double factor = pow (OD_VIEWPORT_ZOOM_STEP, unit == GDK_SCROLL_UNIT_WHEEL ? -dy : -dy / 20.0);

      od_viewport_zoom_at (self->viewport, od_viewport_get_zoom (self->viewport) * factor,
                           self->pointer_x, self->pointer_y);
      return TRUE;
    }
  if (state & GDK_SHIFT_MASK && dx == 0)
    {
      dx = dy;
      dy = 0;
    }
  od_viewport_pan (self->viewport, -dx * step, -dy * step);
  return TRUE;
}

static void
zoom_begin_cb (GtkGesture    *gesture,
               GdkEventSequence *sequence,
               OdChartCanvas *self)
{
  self->zoom_gesture_start = od_viewport_get_zoom (self->viewport);
}

static void
zoom_scale_changed_cb (GtkGestureZoom *gesture,
                       double          scale,
                       OdChartCanvas  *self)
{
  double x, y;

  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    {
      x = od_viewport_get_width (self->viewport) / 2;
      y = od_viewport_get_height (self->viewport) / 2;
    }
  od_viewport_zoom_at (self->viewport, self->zoom_gesture_start * scale, x, y);
}

/* ---- keyboard ---- */

/* Arrow keys walk the tree from the selected unit, so the chart can be
 * used without a pointer: up to the manager, down to the first report,
 * left and right among colleagues. */
static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                OdChartCanvas         *self)
{
  OdUnit *unit = selected_unit (self);
  OdUnit *next = NULL;

  if (self->tree == NULL || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return FALSE;
  if (unit == NULL)
    {
      if (keyval != GDK_KEY_Up && keyval != GDK_KEY_Down && keyval != GDK_KEY_Left && keyval != GDK_KEY_Right)
        return FALSE;
      next = od_organisation_get_first_top_unit (self->org);
    }
  else
    switch (keyval)
      {
      case GDK_KEY_Up:
      case GDK_KEY_KP_Up:
        next = od_unit_get_parent (unit);
        break;
      case GDK_KEY_Down:
      case GDK_KEY_KP_Down:
        next = od_unit_get_first_child (unit);
        break;
      case GDK_KEY_Left:
      case GDK_KEY_KP_Left:
        next = od_unit_get_prev_sibling (unit);
        break;
      case GDK_KEY_Right:
      case GDK_KEY_KP_Right:
        next = od_unit_get_next_sibling (unit);
        break;
      case GDK_KEY_Return:
      case GDK_KEY_KP_Enter:
        gtk_widget_activate_action (GTK_WIDGET (self), "unit.rename", NULL);
        return TRUE;
      default:
        return FALSE;
      }
  if (next != NULL)
    od_unit_tree_select (self->tree, od_unit_get_id (next));
  else
    gtk_widget_error_bell (GTK_WIDGET (self));
  return TRUE;
}

/* ---- actions ---- */

static void
zoom_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  od_viewport_zoom_by (OD_CHART_CANVAS (widget)->viewport, OD_VIEWPORT_ZOOM_STEP);
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  od_viewport_zoom_by (OD_CHART_CANVAS (widget)->viewport, 1 / OD_VIEWPORT_ZOOM_STEP);
}

static void
zoom_fit_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  OdChartCanvas *self = OD_CHART_CANVAS (widget);

  update_layout (self);
  self->fitting++;
  od_viewport_fit (self->viewport);
  self->fitting--;
  self->fit_mode = TRUE;
}

static void
zoom_reset_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  OdViewport *viewport = OD_CHART_CANVAS (widget)->viewport;

  od_viewport_zoom_at (viewport, 1.0, od_viewport_get_width (viewport) / 2,
                       od_viewport_get_height (viewport) / 2);
}

/* ---- object ---- */

static void
disconnect_tree (OdChartCanvas *self)
{
  if (self->tree == NULL)
    return;
  g_signal_handlers_disconnect_by_data (self->tree, self);
  g_signal_handlers_disconnect_by_data (self->org, self);
  g_signal_handlers_disconnect_by_data (od_unit_tree_get_document (self->tree), self);
}

static void
od_chart_canvas_dispose (GObject *object)
{
  OdChartCanvas *self = OD_CHART_CANVAS (object);

  disconnect_tree (self);
  g_signal_handlers_disconnect_by_data (adw_style_manager_get_default (), self);
  g_clear_pointer (&self->renderer, od_chart_renderer_free);
  g_clear_pointer (&self->layout, od_layout_free);
  g_clear_object (&self->tree);
  g_clear_object (&self->org);
  g_clear_object (&self->viewport);
  g_clear_pointer (&self->severities, g_free);
  g_clear_pointer (&self->drag_unit_id, g_free);

  G_OBJECT_CLASS (od_chart_canvas_parent_class)->dispose (object);
}

static void
od_chart_canvas_class_init (OdChartCanvasClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = od_chart_canvas_dispose;
  widget_class->snapshot = od_chart_canvas_snapshot;
  widget_class->size_allocate = od_chart_canvas_size_allocate;

  gtk_widget_class_install_action (widget_class, "chart.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "chart.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "chart.zoom-fit", NULL, zoom_fit_action);
  gtk_widget_class_install_action (widget_class, "chart.zoom-reset", NULL, zoom_reset_action);

  gtk_widget_class_set_css_name (widget_class, "od-chart-canvas");
  /* The outline is the accessible route to each unit; the chart is its
   * picture. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
od_chart_canvas_init (OdChartCanvas *self)
{
  GtkGesture *click, *drag, *zoom;
  GtkEventController *scroll, *motion, *keys;

  self->viewport = od_viewport_new ();
  g_signal_connect_object (self->viewport, "changed", G_CALLBACK (viewport_changed_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Organisation chart"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Drag a unit onto another to make it report there; the structure list reaches every unit"),
                                  -1);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "pressed", G_CALLBACK (pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect (click, "pressed", G_CALLBACK (secondary_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  drag = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), 0);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  zoom = gtk_gesture_zoom_new ();
  g_signal_connect (zoom, "begin", G_CALLBACK (zoom_begin_cb), self);
  g_signal_connect (zoom, "scale-changed", G_CALLBACK (zoom_scale_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (zoom));

  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect (scroll, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);

  motion = gtk_event_controller_motion_new ();
  g_signal_connect (motion, "motion", G_CALLBACK (motion_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  keys = gtk_event_controller_key_new ();
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (update_theme), self, G_CONNECT_SWAPPED);
}

GtkWidget *
od_chart_canvas_new (void)
{
  return g_object_new (OD_TYPE_CHART_CANVAS, NULL);
}

void
od_chart_canvas_set_tree (OdChartCanvas *self,
                          OdUnitTree    *tree)
{
  g_return_if_fail (OD_IS_CHART_CANVAS (self));
  g_return_if_fail (tree == NULL || OD_IS_UNIT_TREE (tree));

  disconnect_tree (self);
  g_clear_pointer (&self->renderer, od_chart_renderer_free);
  g_clear_pointer (&self->layout, od_layout_free);
  g_clear_object (&self->org);
  g_set_object (&self->tree, tree);
  if (tree == NULL)
    {
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return;
    }
  self->org = g_object_ref (od_document_get_organisation (od_unit_tree_get_document (tree)));
  self->layout = od_layout_new (self->org, NULL);
  self->renderer = od_chart_renderer_new (self->layout);
  od_chart_renderer_set_paint_background (self->renderer, FALSE);
  self->needs_fit = TRUE;
  update_theme (self);
  update_severities (self);
  od_chart_renderer_set_selected (self->renderer, selected_unit (self));
  g_signal_connect_object (tree, "notify::selected-id", G_CALLBACK (selection_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (od_selection_get_for_tree (tree), "changed", G_CALLBACK (gtk_widget_queue_draw),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->org, "changed", G_CALLBACK (organisation_changed_cb),
                           self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_object (od_unit_tree_get_document (tree), "findings-changed",
                           G_CALLBACK (update_severities), self, G_CONNECT_SWAPPED);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

OdViewport *
od_chart_canvas_get_viewport (OdChartCanvas *self)
{
  g_return_val_if_fail (OD_IS_CHART_CANVAS (self), NULL);
  return self->viewport;
}
