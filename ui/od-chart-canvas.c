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
#include "od-drag-scroll.h"
#include "od-fold-state.h"
#include "od-first-layout.h"
#include "od-layout.h"
#include "od-multi-move.h"
#include "od-readable-fit.h"
#include "od-rubber-band.h"
#include "od-selection.h"
#include "od-unit-menu.h"

/* Pixels the pointer must travel before a press on a unit becomes a drag. */
#define DRAG_THRESHOLD 8.0
/* Pixels scrolled per scroll-wheel step. */
#define SCROLL_STEP 48.0
/* Names at least this many pixels high when the chart is fitted: below,
 * only the top levels are shown, the rest folded behind "+N" badges.
 * Presenting, that is the rule; editing, a chart is folded only when
 * fitting it whole would leave names too small to draw at all (a strip of
 * pixels), since an editor wants to see every unit when it can. */
#define READABLE_NAME_PX 12.0
#define EDITOR_FOLD_BELOW_PX 3.5
/* From this many units the first layout is made in a thread
 * (od-first-layout.c) while the rest of the window is already usable. */
#define THREADED_LAYOUT_MIN_UNITS 2000

typedef enum {
  DRAG_NONE,
  DRAG_PAN,
  DRAG_PENDING_UNIT,   /* pressed on a unit, not moved far enough yet */
  DRAG_UNIT,
  DRAG_PENDING_BAND,   /* pressed on empty space, not moved far enough yet */
  DRAG_BAND,           /* a rubber band (od-rubber-band.c) */
} DragMode;

struct _OdChartCanvas
{
  GtkWidget        parent_instance;

  OdUnitTree      *tree;
  OdOrganisation  *org;
  OdLayout        *layout;
  OdFirstLayout   *first_layout;     /* being made in a thread; layout is NULL */
  OdChartRenderer *renderer;
  OdViewport      *viewport;
  gint8           *severities;       /* by unit serial */
  guint            n_severities;
  gboolean         needs_fit;
  gboolean         fit_mode;         /* the whole chart shown: refit on resize */
  guint            fitting;          /* our own viewport changes, not the user's */
  OdFoldState     *fold;
  gboolean         auto_folded;      /* the folds are the readable fit's */
  gboolean         keep_open;        /* the next readable fold keeps the outline's open rows */
  gboolean         fold_live;        /* the layout's predicate asks the fold state */
  double           folded_width, folded_height;  /* the view they were made for */
  guint            folding;          /* our own fold changes, not the user's */
  gboolean         presenting;
  gboolean         in_refit;
  guint            readable_fit_id;  /* a readable fit after an allocation */
  gboolean         high_contrast;
  double           text_scale;

  DragMode         drag_mode;
  char            *drag_unit_id;
  double           drag_start_x, drag_start_y;
  double           drag_last_x, drag_last_y;
  double           pointer_x, pointer_y;
  OdUnit          *drop_target;
  gboolean         drop_allowed;
  double           zoom_gesture_start;
  OdRubberBand    *band;
  OdMultiMove     *moving;           /* several selected units dragged at once */
  gboolean         space_held;       /* Space+drag pans, as in drawing programs */
  guint            scroll_tick;      /* scrolling while a drag holds the pointer at an edge */
  gint64           scroll_time;
  char            *click_unit_id;    /* a plain click on one of several selected units,
                                      * which selects it alone unless a drag follows */
};

G_DEFINE_FINAL_TYPE (OdChartCanvas, od_chart_canvas, GTK_TYPE_WIDGET)

static void apply_presentation_options (OdChartCanvas *self);
static void layout_options (OdChartCanvas *self, OdLayoutOptions *options);
static void finish_first_layout (OdChartCanvas *self, gboolean before_edit);

enum {
  PROP_0,
  PROP_PRESENTING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHART_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
emit_chart_changed (OdChartCanvas *self)
{
  g_signal_emit (self, signals[CHART_CHANGED], 0);
}

static void
od_chart_canvas_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  OdChartCanvas *self = OD_CHART_CANVAS (object);

  switch (prop_id)
    {
    case PROP_PRESENTING:
      g_value_set_boolean (value, self->presenting);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

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

static gboolean
fold_collapsed_cb (const OdUnit *unit,
                   gpointer      user_data)
{
  return od_fold_state_is_collapsed (user_data, unit);
}

/* The predicate the layout thread is given: nothing folded until the
 * layout is handed over (after the thread ended), then the fold state. */
static gboolean
threaded_fold_collapsed_cb (const OdUnit *unit,
                            gpointer      user_data)
{
  OdChartCanvas *self = user_data;

  return self->fold_live && od_fold_state_is_collapsed (self->fold, unit);
}

/* Fits the chart; when names would come out too small to read, shows
 * only the levels that fit readably (od-readable-fit.c). */
static void
fit (OdChartCanvas *self,
     gboolean       readable)
{
  const OdLayoutOptions *opt = od_layout_get_options (self->layout);
  double min_zoom = READABLE_NAME_PX / opt->font_size;
  double fold_below = (self->presenting ? READABLE_NAME_PX : EDITOR_FOLD_BELOW_PX) / opt->font_size;
  OdLayoutRect bounds;

  self->fitting++;
  update_layout (self);
  od_layout_get_bounds (self->layout, &bounds);
  if (readable && self->fold != NULL && od_viewport_get_fit_zoom (self->viewport, &bounds) < fold_below)
    {
      guint levels = od_readable_fit_levels (self->layout, self->viewport, min_zoom,
                                             fold_collapsed_cb, self->fold);

      g_debug ("readable fit: %u levels (zoom %g < %g)", levels, od_viewport_get_fit_zoom (self->viewport, &bounds), fold_below);
      self->folding++;
      if (levels > 0 && self->keep_open)
        od_fold_state_show_levels_keeping_open (self->fold, levels);
      else if (levels > 0)
        od_fold_state_show_levels (self->fold, levels);
      else
        od_fold_state_expand_all (self->fold);
      self->folding--;
      self->auto_folded = levels > 0;
      /* Only a larger view may show more. */
      self->folded_width = od_viewport_get_width (self->viewport);
      self->folded_height = od_viewport_get_height (self->viewport);
      update_layout (self);
    }
  else if (readable && self->auto_folded && !self->in_refit
           && (od_viewport_get_width (self->viewport) > self->folded_width
               || od_viewport_get_height (self->viewport) > self->folded_height))
    {
      /* Folded for a smaller window: see whether more fits now. */
      self->folding++;
      od_fold_state_expand_all (self->fold);
      self->folding--;
      self->auto_folded = FALSE;
      self->fitting--;
      self->in_refit = TRUE;
      fit (self, TRUE);
      self->in_refit = FALSE;
      return;
    }
  od_viewport_fit (self->viewport);
  self->fitting--;
  self->fit_mode = TRUE;
}

static void
update_fold_actions (OdChartCanvas *self)
{
  OdUnit *unit = self->tree != NULL ? od_unit_tree_get_selected_unit (self->tree) : NULL;
  gboolean has_reports = unit != NULL && od_unit_get_first_child (unit) != NULL;
  gboolean collapsed = has_reports && od_fold_state_is_collapsed (self->fold, unit);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.collapse", has_reports && !collapsed);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.expand", collapsed);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.expand-all",
                                 self->fold != NULL && od_fold_state_get_n_collapsed (self->fold) > 0);
}

static void
fold_changed_cb (OdChartCanvas *self)
{
  if (self->folding == 0)
    self->auto_folded = FALSE;
  od_layout_collapsed_changed (self->layout);
  update_fold_actions (self);
  emit_chart_changed (self);
  /* Fitted, the chart stays fitted as departments open and close. */
  if (self->fit_mode && self->folding == 0)
    fit (self, FALSE);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
update_theme (OdChartCanvas *self)
{
  if (self->renderer != NULL)
    od_chart_renderer_set_theme (self->renderer,
                                 self->presenting && self->high_contrast ? OD_CHART_THEME_HIGH_CONTRAST
                                 : adw_style_manager_get_dark (adw_style_manager_get_default ())
                                 ? OD_CHART_THEME_DARK : OD_CHART_THEME_LIGHT);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  emit_chart_changed (self);
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
  /* Presenting, walking onto a unit opens it: its reports are what the
   * room wants to see next. */
  if (unit != NULL && self->presenting && od_fold_state_is_collapsed (self->fold, unit))
    {
      self->folding++;
      od_fold_state_expand_level (self->fold, od_unit_get_id (unit));
      self->folding--;
    }
  update_layout (self);
  update_fold_actions (self);
  /* Presenting, the selected unit's department fills the screen. */
  if (unit != NULL && self->presenting && !self->needs_fit
      && od_layout_get_subtree_bounds (self->layout, unit, &box))
    {
      self->fitting++;
      od_viewport_fit_rect (self->viewport, &box, OD_VIEWPORT_MAX_FIT_ZOOM);
      self->fitting--;
      self->fit_mode = FALSE;
    }
  /* A unit chosen in the outline or the findings comes into view. */
  else if (unit != NULL && !self->needs_fit && od_layout_get_box (self->layout, unit, &box))
    od_viewport_scroll_to (self->viewport, &box);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
organisation_changed_cb (OdChartCanvas *self)
{
  /* The layout catches up when drawn; the selection's box may have moved. */
  od_chart_renderer_set_selected (self->renderer, selected_unit (self));
  update_fold_actions (self);
  emit_chart_changed (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* ---- drawing ---- */

static void
draw_drop_indicator (OdChartCanvas *self,
                     cairo_t       *cr)
{
  OdLayoutRect box;
  double x0, y0, x1, y1;

  if (self->drag_mode == DRAG_BAND && self->band != NULL)
    od_rubber_band_draw (self->band, GTK_WIDGET (self), cr);
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

        /* Several subtrees moving: a stack of ghosts, one per subtree
         * up to three. */
        guint n = self->moving != NULL ? MIN (od_multi_move_get_n_roots (self->moving), 3) : 1;

        for (guint i = n; i-- > 0;)
          {
            cairo_rectangle (cr, self->pointer_x - w / 2 + 6 * i, self->pointer_y - h / 2 + 6 * i, w, h);
            cairo_set_source_rgba (cr, 0.21, 0.52, 0.89, 0.25);
            cairo_fill_preserve (cr);
            cairo_set_source_rgba (cr, 0.21, 0.52, 0.89, 0.8);
            cairo_set_line_width (cr, 1.5);
            cairo_stroke (cr);
          }
      }
  }
}

/* While the first layout is made in a thread: a note in the middle. */
static void
draw_laying_out (OdChartCanvas *self,
                 GtkSnapshot   *snapshot,
                 double         width,
                 double         height)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), _("Laying out the chart…"));
  GdkRGBA color;
  int w, h;

  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), &color);
  color.alpha *= 0.55;
  pango_layout_get_pixel_size (layout, &w, &h);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (MAX (0, (width - w) / 2), MAX (0, (height - h) / 2)));
  gtk_snapshot_append_layout (snapshot, layout, &color);
  gtk_snapshot_restore (snapshot);
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

  if (self->layout == NULL && self->first_layout != NULL)
    {
      draw_laying_out (self, snapshot, width, height);
      return;
    }
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
readable_fit_idle_cb (gpointer data)
{
  OdChartCanvas *self = data;

  self->readable_fit_id = 0;
  if (self->layout != NULL && self->fit_mode)
    fit (self, TRUE);
  self->keep_open = FALSE;
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
      /* Fitted, the chart stays readable at the new size (folding more
       * or less); folding closes rows of the outline, which must not
       * change while the window is being allocated, so that part waits
       * for an idle. */
      self->needs_fit = FALSE;
      fit (self, FALSE);
      if (self->readable_fit_id == 0)
        self->readable_fit_id = g_idle_add_once (readable_fit_idle_cb, self);
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

OdUnit *
od_chart_canvas_fold_badge_at (OdChartCanvas *self,
                               double         x,
                               double         y)
{
  g_autoptr(GPtrArray) near = g_ptr_array_new ();
  OdLayoutRect area;
  double cx, cy;

  g_return_val_if_fail (OD_IS_CHART_CANVAS (self), NULL);

  if (self->layout == NULL)
    return NULL;
  update_layout (self);
  od_viewport_to_chart (self->viewport, x, y, &cx, &cy);
  /* A badge hangs over its box's edge: look a little around the point. */
  area = (OdLayoutRect) { cx - 40, cy - 40, 80, 80 };
  od_layout_query_rect (self->layout, &area, near);
  for (guint i = 0; i < near->len; i++)
    {
      OdLayoutRect badge;

      if (od_chart_renderer_get_fold_badge (self->renderer, near->pdata[i], &badge)
          && cx >= badge.x && cx <= badge.x + badge.width && cy >= badge.y && cy <= badge.y + badge.height)
        return near->pdata[i];
    }
  return NULL;
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
  g_clear_pointer (&self->click_unit_id, g_free);
  if (self->tree == NULL)
    return;
  /* A "+N" badge opens one more level of the unit. */
  {
    OdUnit *folded = od_chart_canvas_fold_badge_at (self, x, y);

    if (folded != NULL)
      {
        od_fold_state_expand_level (self->fold, od_unit_get_id (folded));
        return;
      }
  }
  /* Ctrl+click marks a unit beside the selected one (od-selection.c). */
  if ((state & GDK_CONTROL_MASK) && unit != NULL)
    {
      od_selection_toggle (od_selection_get_for_tree (self->tree), od_unit_get_id (unit));
      return;
    }
  /* Shift+click: the range from the selected unit, in the outline's order. */
  if ((state & GDK_SHIFT_MASK) && unit != NULL)
    {
      od_selection_extend_in_order (od_selection_get_for_tree (self->tree), od_unit_get_id (unit));
      return;
    }
  /* Pressed on one of several selected units: the press may start a drag
   * of all of them, so it selects this one alone only when released. */
  if (unit != NULL && n_press == 1 && od_selection_get_n_marked (od_selection_get_for_tree (self->tree)) > 0
      && od_selection_contains (od_selection_get_for_tree (self->tree), od_unit_get_id (unit)))
    {
      self->click_unit_id = g_strdup (od_unit_get_id (unit));
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
released_cb (GtkGestureClick *gesture,
             int              n_press,
             double           x,
             double           y,
             OdChartCanvas   *self)
{
  g_autofree char *unit_id = g_steal_pointer (&self->click_unit_id);

  if (unit_id != NULL && self->tree != NULL && self->drag_mode != DRAG_UNIT)
    od_unit_tree_select (self->tree, unit_id);
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
  /* On one of several selected units, the menu acts on all of them. */
  if (!od_selection_contains (od_selection_get_for_tree (self->tree), od_unit_get_id (unit)))
    od_unit_tree_select (self->tree, od_unit_get_id (unit));
  od_unit_menu_popup (GTK_WIDGET (self), x, y);
}

static gboolean
drag_scroll_tick (GtkWidget     *widget,
                  GdkFrameClock *clock,
                  gpointer       user_data)
{
  OdChartCanvas *self = OD_CHART_CANVAS (widget);
  gint64 now = gdk_frame_clock_get_frame_time (clock);
  double vx, vy, dt;

  if ((self->drag_mode != DRAG_BAND && self->drag_mode != DRAG_UNIT) ||
      !od_drag_scroll_velocity (self->pointer_x, self->pointer_y, gtk_widget_get_width (widget),
                                gtk_widget_get_height (widget), &vx, &vy))
    {
      self->scroll_tick = 0;
      return G_SOURCE_REMOVE;
    }
  dt = self->scroll_time > 0 ? CLAMP ((now - self->scroll_time) / (double) G_USEC_PER_SEC, 0, 0.1) : 0;
  self->scroll_time = now;
  /* The view moves towards the edge; the band or the drop target follows
   * the chart now under the pointer. */
  od_viewport_pan (self->viewport, -vx * dt, -vy * dt);
  od_chart_canvas_drag_update (self, self->drag_last_x, self->drag_last_y);
  return G_SOURCE_CONTINUE;
}

static void
drag_scroll_update (OdChartCanvas *self)
{
  double vx, vy;

  if (self->scroll_tick != 0 || (self->drag_mode != DRAG_BAND && self->drag_mode != DRAG_UNIT) ||
      !od_drag_scroll_velocity (self->pointer_x, self->pointer_y, gtk_widget_get_width (GTK_WIDGET (self)),
                                gtk_widget_get_height (GTK_WIDGET (self)), &vx, &vy))
    return;
  self->scroll_time = 0;
  self->scroll_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), drag_scroll_tick, NULL, NULL);
}

static void
drag_scroll_stop (OdChartCanvas *self)
{
  if (self->scroll_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->scroll_tick);
  self->scroll_tick = 0;
}

/* Which drag a press starts.  Primary (or a finger) on a unit: the unit,
 * and the units selected with it, to a new manager; primary on empty
 * space: a rubber band.  Panning: the middle or secondary button or Space
 * held, anywhere; a finger on empty space; scrolling (two fingers on a
 * touchpad). */
void
od_chart_canvas_drag_begin (OdChartCanvas   *self,
                            double           x,
                            double           y,
                            guint            button,
                            GdkModifierType  state,
                            gboolean         touch)
{
  gboolean pans;
  OdUnit *unit;

  g_return_if_fail (OD_IS_CHART_CANVAS (self));

  pans = button != GDK_BUTTON_PRIMARY || self->space_held;
  unit = pans ? NULL : od_chart_canvas_unit_at (self, x, y);
  pans = pans || (touch && unit == NULL);

  self->drag_start_x = self->pointer_x = x;
  self->drag_start_y = self->pointer_y = y;
  self->drag_last_x = self->drag_last_y = 0;
  g_clear_pointer (&self->drag_unit_id, g_free);
  g_clear_pointer (&self->band, od_rubber_band_free);
  g_clear_pointer (&self->moving, od_multi_move_free);
  self->drop_target = NULL;
  if (pans || self->tree == NULL || self->layout == NULL)
    self->drag_mode = DRAG_PAN;
  else if (unit == NULL)
    {
      self->drag_mode = DRAG_PENDING_BAND;
      update_layout (self);
      self->band = od_rubber_band_new (self->layout, self->viewport, x, y,
                                       (state & (GDK_SHIFT_MASK | GDK_CONTROL_MASK)) != 0);
    }
  else if (od_unit_get_parent (unit) != NULL)
    {
      OdSelection *selection = od_selection_get_for_tree (self->tree);

      self->drag_mode = DRAG_PENDING_UNIT;
      self->drag_unit_id = g_strdup (od_unit_get_id (unit));
      if (od_selection_get_n_marked (selection) > 0 && od_selection_contains (selection, self->drag_unit_id))
        self->moving = od_multi_move_new (self->tree, self->drag_unit_id);
    }
  else
    self->drag_mode = DRAG_NONE;      /* the top unit has nowhere to go */
}

static void
drag_begin_cb (GtkGestureDrag *gesture,
               double          x,
               double          y,
               OdChartCanvas  *self)
{
  GdkDevice *device = gtk_gesture_get_device (GTK_GESTURE (gesture));

  od_chart_canvas_drag_begin (self, x, y,
                              gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture)),
                              gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture)),
                              device != NULL && gdk_device_get_source (device) == GDK_SOURCE_TOUCHSCREEN);
}

void
od_chart_canvas_drag_update (OdChartCanvas *self,
                             double         dx,
                             double         dy)
{
  g_return_if_fail (OD_IS_CHART_CANVAS (self));

  self->pointer_x = self->drag_start_x + dx;
  self->pointer_y = self->drag_start_y + dy;
  switch (self->drag_mode)
    {
    case DRAG_PAN:
      od_viewport_pan (self->viewport, dx - self->drag_last_x, dy - self->drag_last_y);
      break;
    case DRAG_PENDING_BAND:
      if (dx * dx + dy * dy < DRAG_THRESHOLD * DRAG_THRESHOLD)
        break;
      self->drag_mode = DRAG_BAND;
      G_GNUC_FALLTHROUGH;
    case DRAG_BAND:
      update_layout (self);
      od_rubber_band_update (self->band, self->pointer_x, self->pointer_y);
      gtk_widget_queue_draw (GTK_WIDGET (self));
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
        if (self->moving != NULL)
          self->drop_allowed = od_multi_move_check (self->moving, self->drop_target, &why);
        else
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
  drag_scroll_update (self);
}

static void
drag_update_cb (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                OdChartCanvas  *self)
{
  od_chart_canvas_drag_update (self, dx, dy);
}

/* Drops the selected units being dragged onto @target, or says why not. */
static void
drop_moving (OdChartCanvas *self,
             OdUnit        *target)
{
  g_autofree char *why = NULL;
  g_autoptr(GError) error = NULL;

  if (!od_multi_move_check (self->moving, target, &why))
    {
      if (why != NULL)
        toast (self, why);
      return;
    }
  if (!od_multi_move_to (self->moving, od_unit_get_id (target), &error))
    toast (self, error->message);
}

void
od_chart_canvas_drag_end (OdChartCanvas *self,
                          double         dx,
                          double         dy)
{
  g_return_if_fail (OD_IS_CHART_CANVAS (self));

  if (self->drag_mode == DRAG_UNIT || self->drag_mode == DRAG_BAND)
    {
      od_chart_canvas_drag_update (self, dx, dy);
      /* A drag, not a click: the units pressed on stay selected. */
      g_clear_pointer (&self->click_unit_id, g_free);
    }
  if (self->drag_mode == DRAG_UNIT && self->drop_target != NULL && self->moving != NULL)
    drop_moving (self, self->drop_target);
  else if (self->drag_mode == DRAG_UNIT && self->drop_target != NULL)
    od_chart_canvas_drop_unit (self, self->drag_unit_id, od_unit_get_id (self->drop_target));
  else if (self->drag_mode == DRAG_BAND && self->tree != NULL)
    od_rubber_band_finish (self->band, od_selection_get_for_tree (self->tree));
  drag_scroll_stop (self);
  self->drag_mode = DRAG_NONE;
  self->drop_target = NULL;
  g_clear_pointer (&self->drag_unit_id, g_free);
  g_clear_pointer (&self->band, od_rubber_band_free);
  g_clear_pointer (&self->moving, od_multi_move_free);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), self->space_held ? "grab" : NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
drag_end_cb (GtkGestureDrag *gesture,
             double          dx,
             double          dy,
             OdChartCanvas  *self)
{
  od_chart_canvas_drag_end (self, dx, dy);
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

static void
set_space_held (OdChartCanvas *self,
                gboolean       held)
{
  if (self->space_held == held)
    return;
  self->space_held = held;
  if (self->drag_mode == DRAG_NONE)
    gtk_widget_set_cursor_from_name (GTK_WIDGET (self), held ? "grab" : NULL);
}

static void
key_released_cb (GtkEventControllerKey *controller,
                 guint                  keyval,
                 guint                  keycode,
                 GdkModifierType        state,
                 OdChartCanvas         *self)
{
  if (keyval == GDK_KEY_space)
    set_space_held (self, FALSE);
}

/* A Space released in another window is never seen here. */
static void
focus_leave_cb (OdChartCanvas *self)
{
  set_space_held (self, FALSE);
}

/* Arrow keys walk the tree from the selected unit, so the chart can be
 * used without a pointer: up to the manager, down to the first report,
 * left and right among colleagues. */
gboolean
od_chart_canvas_walk (OdChartCanvas    *self,
                      GtkDirectionType  direction)
{
  OdUnit *unit, *next = NULL;

  g_return_val_if_fail (OD_IS_CHART_CANVAS (self), FALSE);

  if (self->tree == NULL)
    return FALSE;
  unit = selected_unit (self);
  if (unit == NULL)
    next = od_organisation_get_first_top_unit (self->org);
  else
    switch (direction)
      {
      case GTK_DIR_UP:
        next = od_unit_get_parent (unit);
        break;
      case GTK_DIR_DOWN:
        next = od_unit_get_first_child (unit);
        break;
      case GTK_DIR_LEFT:
        next = od_unit_get_prev_sibling (unit);
        break;
      case GTK_DIR_RIGHT:
        next = od_unit_get_next_sibling (unit);
        break;
      case GTK_DIR_TAB_FORWARD:
      case GTK_DIR_TAB_BACKWARD:
      default:
        break;
      }
  if (next == NULL)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return FALSE;
    }
  od_unit_tree_select (self->tree, od_unit_get_id (next));
  return TRUE;
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                OdChartCanvas         *self)
{
  OdUnit *unit = selected_unit (self);

  if (keyval == GDK_KEY_space)
    {
      set_space_held (self, TRUE);
      return TRUE;
    }
  if (self->tree == NULL || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return FALSE;
  if (keyval == GDK_KEY_Escape)
    {
      /* A drag in progress is abandoned, else the selection goes; while
       * presenting, Esc is the window's: it leaves the presentation. */
      if (self->drag_mode != DRAG_NONE)
        {
          g_clear_pointer (&self->band, od_rubber_band_free);
          self->drag_mode = DRAG_NONE;
          self->drop_target = NULL;
          gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
          gtk_widget_queue_draw (GTK_WIDGET (self));
        }
      else if (od_chart_canvas_get_presenting (self))
        return FALSE;
      else if (unit != NULL || od_selection_get_n_marked (od_selection_get_for_tree (self->tree)) > 0)
        od_selection_clear (od_selection_get_for_tree (self->tree));
      else
        return FALSE;
      return TRUE;
    }
  switch (keyval)
    {
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      od_chart_canvas_walk (self, GTK_DIR_UP);
      return TRUE;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      od_chart_canvas_walk (self, GTK_DIR_DOWN);
      return TRUE;
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      od_chart_canvas_walk (self, GTK_DIR_LEFT);
      return TRUE;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      od_chart_canvas_walk (self, GTK_DIR_RIGHT);
      return TRUE;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
      if (selected_unit (self) == NULL)
        return FALSE;
      gtk_widget_activate_action (GTK_WIDGET (self), "unit.rename", NULL);
      return TRUE;
    default:
      return FALSE;
    }
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

  if (self->layout != NULL)
    fit (self, TRUE);
}

static void
fold_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  OdChartCanvas *self = OD_CHART_CANVAS (widget);
  OdUnit *unit = selected_unit (self);

  if (self->fold == NULL)
    return;
  if (g_str_equal (action_name, "chart.expand-all"))
    od_fold_state_expand_all (self->fold);
  else if (unit != NULL)
    od_fold_state_set_collapsed (self->fold, od_unit_get_id (unit), g_str_equal (action_name, "chart.collapse"));
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
  g_signal_handlers_disconnect_by_data (od_document_get_undo_stack (od_unit_tree_get_document (self->tree)), self);
  g_signal_handlers_disconnect_by_data (od_unit_tree_get_selection (self->tree), self);
  g_clear_pointer (&self->first_layout, od_first_layout_cancel);
  if (self->fold != NULL)
    g_signal_handlers_disconnect_by_data (self->fold, self);
  g_clear_object (&self->fold);
}

static void
od_chart_canvas_dispose (GObject *object)
{
  OdChartCanvas *self = OD_CHART_CANVAS (object);

  disconnect_tree (self);
  g_clear_handle_id (&self->readable_fit_id, g_source_remove);
  g_signal_handlers_disconnect_by_data (adw_style_manager_get_default (), self);
  g_clear_pointer (&self->renderer, od_chart_renderer_free);
  g_clear_pointer (&self->layout, od_layout_free);
  g_clear_object (&self->tree);
  g_clear_object (&self->org);
  g_clear_object (&self->viewport);
  g_clear_pointer (&self->severities, g_free);
  g_clear_pointer (&self->drag_unit_id, g_free);
  g_clear_pointer (&self->click_unit_id, g_free);
  g_clear_pointer (&self->band, od_rubber_band_free);
  g_clear_pointer (&self->moving, od_multi_move_free);

  G_OBJECT_CLASS (od_chart_canvas_parent_class)->dispose (object);
}

static void
od_chart_canvas_class_init (OdChartCanvasClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = od_chart_canvas_dispose;
  object_class->get_property = od_chart_canvas_get_property;
  widget_class->snapshot = od_chart_canvas_snapshot;
  widget_class->size_allocate = od_chart_canvas_size_allocate;

  gtk_widget_class_install_action (widget_class, "chart.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "chart.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "chart.zoom-fit", NULL, zoom_fit_action);
  gtk_widget_class_install_action (widget_class, "chart.zoom-reset", NULL, zoom_reset_action);
  gtk_widget_class_install_action (widget_class, "chart.collapse", NULL, fold_action);
  gtk_widget_class_install_action (widget_class, "chart.expand", NULL, fold_action);
  gtk_widget_class_install_action (widget_class, "chart.expand-all", NULL, fold_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, 0, "chart.collapse", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, 0, "chart.collapse", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_CONTROL_MASK, "chart.collapse", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, 0, "chart.expand", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_SHIFT_MASK, "chart.expand", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, 0, "chart.expand", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_CONTROL_MASK, "chart.expand", NULL);

  /* Whether the chart is drawn for a presentation (large text, high
   * contrast, the selected department filling the screen). */
  properties[PROP_PRESENTING] =
    g_param_spec_boolean ("presenting", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OdChartCanvas::chart-changed:
   *
   * What the chart shows changed (an edit, a fold, the theme, another
   * document); its layout is brought up to date when next asked for.
   */
  signals[CHART_CHANGED] = g_signal_new ("chart-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_css_name (widget_class, "od-chart-canvas");
  /* The outline is the accessible route to each unit; the chart is its
   * picture. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
od_chart_canvas_init (OdChartCanvas *self)
{
  GtkGesture *click, *drag, *zoom;
  GtkEventController *scroll, *motion, *keys, *focus;

  self->viewport = od_viewport_new ();
  self->text_scale = 1.0;
  g_signal_connect_object (self->viewport, "changed", G_CALLBACK (viewport_changed_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Organisation chart"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Drag a unit onto another to make it report there, or across empty space to select the units there; the structure list reaches every unit"),
                                  -1);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "pressed", G_CALLBACK (pressed_cb), self);
  g_signal_connect (click, "released", G_CALLBACK (released_cb), self);
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
  g_signal_connect (keys, "key-released", G_CALLBACK (key_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (update_theme), self, G_CONNECT_SWAPPED);
}

GtkWidget *
od_chart_canvas_new (void)
{
  return g_object_new (OD_TYPE_CHART_CANVAS, NULL);
}

/* The chart takes its layout (made here or in a thread) and starts
 * following the tree, the selection and the organisation. */
static void
attach_layout (OdChartCanvas *self,
               OdLayout      *layout,
               gboolean       before_edit)
{
  OdUnitTree *tree = self->tree;

  self->layout = layout;
  if (self->fold_live)
    od_layout_set_collapsed_func (self->layout, fold_collapsed_cb, self->fold, NULL);
  else
    {
      /* From the thread, laid out with nothing folded: only folds made
       * meanwhile make it lay out again. */
      self->fold_live = TRUE;
      if (od_fold_state_get_n_collapsed (self->fold) > 0)
        od_layout_collapsed_changed (self->layout);
    }
  self->renderer = od_chart_renderer_new (self->layout);
  od_chart_renderer_set_paint_background (self->renderer, FALSE);
  self->needs_fit = TRUE;
  update_theme (self);
  /* Before an edit, asking for the findings would start the checks'
   * thread again after the document stopped it; the findings that follow
   * the edit bring the severities. */
  if (!before_edit)
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
  g_signal_connect_object (self->fold, "changed", G_CALLBACK (fold_changed_cb), self, G_CONNECT_SWAPPED);
  update_fold_actions (self);
  emit_chart_changed (self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static void
first_layout_ready_cb (OdFirstLayout *job,
                       gpointer       user_data)
{
  OdChartCanvas *self = user_data;

  g_assert (job == self->first_layout);
  self->first_layout = NULL;
  attach_layout (self, od_first_layout_finish (job), FALSE);
}

/* Before an edit (or a reload): the layout thread reads the organisation,
 * so it must be done; the edit then reaches the layout as any other. */
static void
finish_first_layout (OdChartCanvas *self,
                     gboolean       before_edit)
{
  OdFirstLayout *job = g_steal_pointer (&self->first_layout);

  if (job != NULL)
    attach_layout (self, od_first_layout_finish (job), before_edit);
}

/* The outline is usable while the thread runs: once the user opened or
 * closed rows there, the chart's first fold keeps the rows that are open
 * instead of folding the outline back to its top (od-fold-state.h). */
static void
outline_rows_changed_cb (OdChartCanvas *self)
{
  if (self->first_layout != NULL)
    self->keep_open = TRUE;
}

static void
about_to_change_cb (OdChartCanvas *self)
{
  finish_first_layout (self, TRUE);
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
  /* First, so that it unfolds the managers of a newly selected unit
   * before the chart looks for its box. */
  self->fold = g_object_ref (od_fold_state_get_for_tree (tree));
  self->auto_folded = FALSE;
  self->keep_open = FALSE;
  g_signal_connect_object (od_document_get_undo_stack (od_unit_tree_get_document (tree)), "about-to-change",
                           G_CALLBACK (about_to_change_cb), self, G_CONNECT_SWAPPED);
  if (od_organisation_get_n_units (self->org) >= THREADED_LAYOUT_MIN_UNITS)
    {
      OdLayoutOptions options;

      layout_options (self, &options);
      self->fold_live = FALSE;
      self->first_layout = od_first_layout_start (self->org, &options, threaded_fold_collapsed_cb, self,
                                                  first_layout_ready_cb, self);
      g_signal_connect_object (od_unit_tree_get_selection (tree), "items-changed",
                               G_CALLBACK (outline_rows_changed_cb), self, G_CONNECT_SWAPPED);
      gtk_widget_queue_draw (GTK_WIDGET (self));
      emit_chart_changed (self);
      return;
    }
  {
    OdLayoutOptions options;

    layout_options (self, &options);
    self->fold_live = TRUE;
    attach_layout (self, od_layout_new (self->org, &options), FALSE);
  }
}

OdViewport *
od_chart_canvas_get_viewport (OdChartCanvas *self)
{
  g_return_val_if_fail (OD_IS_CHART_CANVAS (self), NULL);
  return self->viewport;
}

OdLayout *
od_chart_canvas_get_layout (OdChartCanvas *self)
{
  g_return_val_if_fail (OD_IS_CHART_CANVAS (self), NULL);
  /* Brought up to date with od_layout_update(), not update_layout(): that
   * moves the viewport's bounds, whose listeners may be asking. */
  if (self->layout != NULL)
    od_layout_update (self->layout);
  return self->layout;
}

OdChartTheme
od_chart_canvas_get_theme (OdChartCanvas *self)
{
  g_return_val_if_fail (OD_IS_CHART_CANVAS (self), OD_CHART_THEME_LIGHT);
  return self->renderer != NULL ? od_chart_renderer_get_theme (self->renderer) : OD_CHART_THEME_LIGHT;
}

/* Larger text (and boxes and gaps to match) for reading across a room. */
static void
layout_options (OdChartCanvas   *self,
                OdLayoutOptions *options)
{
  double scale = self->presenting ? self->text_scale : 1.0;

  od_layout_options_init (options);
  options->font_size *= scale;
  options->max_text_width *= scale;
  options->min_box_width *= scale;
  options->padding *= scale;
  options->sibling_gap *= scale;
  options->level_gap *= scale;
  options->compact_gap *= scale;
  options->compact_indent *= scale;
  options->tree_gap *= scale;
}

static void
apply_presentation_options (OdChartCanvas *self)
{
  OdLayoutOptions options;

  layout_options (self, &options);
  od_layout_set_options (self->layout, &options);
}

void
od_chart_canvas_set_presentation (OdChartCanvas *self,
                                  gboolean       presenting,
                                  double         text_scale,
                                  gboolean       high_contrast)
{
  g_return_if_fail (OD_IS_CHART_CANVAS (self));

  self->presenting = !!presenting;
  self->text_scale = CLAMP (isfinite (text_scale) ? text_scale : 1.0, 1.0, 4.0);
  self->high_contrast = !!high_contrast;
  /* Made with the other text size: wait for it, then change it. */
  finish_first_layout (self, FALSE);
  if (self->layout != NULL)
    {
      apply_presentation_options (self);
      update_layout (self);
    }
  update_theme (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESENTING]);
}

gboolean
od_chart_canvas_get_presenting (OdChartCanvas *self)
{
  g_return_val_if_fail (OD_IS_CHART_CANVAS (self), FALSE);
  return self->presenting;
}

gboolean
od_chart_canvas_get_fitted (OdChartCanvas *self)
{
  g_return_val_if_fail (OD_IS_CHART_CANVAS (self), FALSE);
  return self->fit_mode || self->needs_fit;
}
