/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-presentation.c: presentation mode and the View menu's toggles.
 *
 * Entering remembers what it changes (which panels were shown, full
 * screen, the zoom and the view, whether the chart was fitted) so that
 * leaving gives the window back exactly as it was; what the presenter
 * opened or closed on the chart stays, as it is the same chart.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "od-fold-state.h"
#include "od-legend.h"
#include "od-minimap.h"
#include "od-presentation.h"
#include "od-settings.h"

typedef struct {
  GtkWindow     *window;       /* weak: owns this */
  OdChartCanvas *canvas;
  GtkWidget     *legend;
  GtkWidget     *minimap;
  GPtrArray     *panels;
  GSimpleActionGroup *actions;

  gboolean       active;
  /* As they were before presenting. */
  gboolean      *panel_shown;
  gboolean       was_fullscreen;
  gboolean       was_fitted;
  double         zoom, x, y;
  gboolean       legend_shown;
  gboolean       minimap_enabled;
} Presentation;

static void
presentation_free (gpointer data)
{
  Presentation *p = data;

  g_ptr_array_unref (p->panels);
  g_free (p->panel_shown);
  g_clear_object (&p->actions);
  g_free (p);
}

static Presentation *
get (GtkWindow *window)
{
  return g_object_get_data (G_OBJECT (window), "od-presentation");
}

static gboolean
setting (const char *key,
         gboolean    fallback)
{
  GSettings *settings = od_settings_get ();

  return settings != NULL ? g_settings_get_boolean (settings, key) : fallback;
}

static void
set_toggle_state (Presentation *p,
                  const char   *name,
                  gboolean      on)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (p->actions), name);

  g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_boolean (on));
}

static void
show_legend (Presentation *p,
             gboolean      on)
{
  gtk_widget_set_visible (p->legend, on);
  set_toggle_state (p, "legend", on);
}

static void
enable_minimap (Presentation *p,
                gboolean      on)
{
  od_minimap_set_enabled (OD_MINIMAP (p->minimap), on);
  set_toggle_state (p, "minimap", on);
}

static void
enter (Presentation *p)
{
  OdViewport *viewport = od_chart_canvas_get_viewport (p->canvas);
  GSettings *settings = od_settings_get ();
  double scale = settings != NULL ? g_settings_get_double (settings, "presentation-text-scale") : 2.0;

  if (od_chart_canvas_get_layout (p->canvas) == NULL)
    return;
  p->active = TRUE;
  for (guint i = 0; i < p->panels->len; i++)
    {
      p->panel_shown[i] = gtk_widget_get_visible (p->panels->pdata[i]);
      gtk_widget_set_visible (p->panels->pdata[i], FALSE);
    }
  p->was_fullscreen = gtk_window_is_fullscreen (p->window);
  p->was_fitted = od_chart_canvas_get_fitted (p->canvas);
  p->zoom = od_viewport_get_zoom (viewport);
  od_viewport_get_offset (viewport, &p->x, &p->y);
  p->legend_shown = gtk_widget_get_visible (p->legend);
  p->minimap_enabled = od_minimap_get_enabled (OD_MINIMAP (p->minimap));

  od_chart_canvas_set_presentation (p->canvas, TRUE, scale,
                                    setting ("presentation-high-contrast", TRUE));
  show_legend (p, setting ("presentation-show-legend", TRUE));
  enable_minimap (p, setting ("presentation-show-minimap", TRUE));
  if (!p->was_fullscreen)
    gtk_window_fullscreen (p->window);
  gtk_widget_grab_focus (GTK_WIDGET (p->canvas));
  /* The chart as a whole first, readable; the arrow keys go from there. */
  gtk_widget_activate_action (GTK_WIDGET (p->canvas), "chart.zoom-fit", NULL);
  set_toggle_state (p, "presentation", TRUE);
}

static void
leave (Presentation *p)
{
  OdViewport *viewport = od_chart_canvas_get_viewport (p->canvas);

  p->active = FALSE;
  od_chart_canvas_set_presentation (p->canvas, FALSE, 1.0, FALSE);
  for (guint i = 0; i < p->panels->len; i++)
    gtk_widget_set_visible (p->panels->pdata[i], p->panel_shown[i]);
  if (!p->was_fullscreen)
    gtk_window_unfullscreen (p->window);
  show_legend (p, p->legend_shown);
  enable_minimap (p, p->minimap_enabled);
  if (p->was_fitted)
    gtk_widget_activate_action (GTK_WIDGET (p->canvas), "chart.zoom-fit", NULL);
  else
    {
      od_viewport_zoom_at (viewport, p->zoom, 0, 0);
      od_viewport_set_offset (viewport, p->x, p->y);
    }
  set_toggle_state (p, "presentation", FALSE);
}

static void
presentation_activated (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       data)
{
  Presentation *p = data;

  if (p->active)
    leave (p);
  else
    enter (p);
}

static void
legend_activated (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       data)
{
  Presentation *p = data;

  show_legend (p, !gtk_widget_get_visible (p->legend));
}

static void
minimap_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       data)
{
  Presentation *p = data;

  enable_minimap (p, !od_minimap_get_enabled (OD_MINIMAP (p->minimap)));
}

static void
expand_all_activated (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       data)
{
  Presentation *p = data;

  gtk_widget_activate_action (GTK_WIDGET (p->canvas), "chart.expand-all", NULL);
}

/* Esc leaves a presentation, and only then: elsewhere it belongs to
 * whatever has the focus. */
static gboolean
escape_cb (GtkWidget *widget,
           GVariant  *args,
           gpointer   data)
{
  Presentation *p = get (GTK_WINDOW (widget));

  if (p == NULL || !p->active)
    return FALSE;
  leave (p);
  return TRUE;
}

void
od_presentation_attach (GtkWindow     *window,
                        OdChartCanvas *canvas,
                        GtkOverlay    *overlay,
                        GtkWidget    **panels,
                        guint          n_panels)
{
  static const GActionEntry entries[] = {
    { "presentation", presentation_activated, NULL, "false", NULL },
    { "legend", legend_activated, NULL, "false", NULL },
    { "minimap", minimap_activated, NULL, "true", NULL },
    { "expand-all", expand_all_activated, NULL, NULL, NULL },
  };
  Presentation *p;
  GtkEventController *shortcuts;
  GtkWidget *corner;

  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (OD_IS_CHART_CANVAS (canvas));
  g_return_if_fail (GTK_IS_OVERLAY (overlay));

  p = g_new0 (Presentation, 1);
  p->window = window;
  p->canvas = canvas;
  p->panels = g_ptr_array_new ();
  for (guint i = 0; i < n_panels; i++)
    g_ptr_array_add (p->panels, panels[i]);
  p->panel_shown = g_new0 (gboolean, MAX (n_panels, 1));
  g_object_set_data_full (G_OBJECT (window), "od-presentation", p, presentation_free);

  p->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (p->actions), entries, G_N_ELEMENTS (entries), p);
  gtk_widget_insert_action_group (GTK_WIDGET (window), "view", G_ACTION_GROUP (p->actions));

  /* Bottom left the legend, bottom right the mini-map: the zoom buttons
   * keep the top right corner. */
  p->legend = od_legend_new (canvas);
  gtk_widget_set_halign (p->legend, GTK_ALIGN_START);
  gtk_widget_set_valign (p->legend, GTK_ALIGN_END);
  gtk_widget_set_margin_start (p->legend, 12);
  gtk_widget_set_margin_bottom (p->legend, 12);
  gtk_widget_set_visible (p->legend, FALSE);
  gtk_overlay_add_overlay (overlay, p->legend);

  p->minimap = od_minimap_new (canvas);
  corner = p->minimap;
  gtk_widget_set_halign (corner, GTK_ALIGN_END);
  gtk_widget_set_valign (corner, GTK_ALIGN_END);
  gtk_widget_set_margin_end (corner, 12);
  gtk_widget_set_margin_bottom (corner, 12);
  gtk_overlay_add_overlay (overlay, corner);

  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_F5, 0),
                                                          gtk_named_action_new ("view.presentation")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_callback_action_new (escape_cb, NULL, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (window), shortcuts);
}

gboolean
od_presentation_is_active (GtkWindow *window)
{
  Presentation *p;

  g_return_val_if_fail (GTK_IS_WINDOW (window), FALSE);
  p = get (window);
  return p != NULL && p->active;
}

GtkWidget *
od_presentation_get_legend (GtkWindow *window)
{
  Presentation *p = get (window);

  return p != NULL ? p->legend : NULL;
}

GtkWidget *
od_presentation_get_minimap (GtkWindow *window)
{
  Presentation *p = get (window);

  return p != NULL ? p->minimap : NULL;
}
