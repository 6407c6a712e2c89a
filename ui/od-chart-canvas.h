/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-chart-canvas.h: the organisation chart, drawn by the model's renderer
 * (only what is visible), with pan, zoom, selection shared with the
 * outline, and drag and drop of a unit onto its new manager. */
#pragma once

#include <gtk/gtk.h>

#include "od-chart-renderer.h"
#include "od-unit-tree.h"
#include "od-viewport.h"

G_BEGIN_DECLS

#define OD_TYPE_CHART_CANVAS (od_chart_canvas_get_type ())
G_DECLARE_FINAL_TYPE (OdChartCanvas, od_chart_canvas, OD, CHART_CANVAS, GtkWidget)

GtkWidget  *od_chart_canvas_new          (void);
void        od_chart_canvas_set_tree     (OdChartCanvas *self,
                                          OdUnitTree    *tree);
OdViewport *od_chart_canvas_get_viewport (OdChartCanvas *self);
/* The unit drawn at the widget point (@x, @y), or NULL. */
OdUnit     *od_chart_canvas_unit_at      (OdChartCanvas *self,
                                          double         x,
                                          double         y);
/* The centre of @unit's box in widget coordinates; FALSE if not laid out. */
/* The box of @unit in the canvas's own coordinates; FALSE when it has none. */
gboolean    od_chart_canvas_get_unit_rect (OdChartCanvas *self,
                                           const OdUnit  *unit,
                                           GdkRectangle  *rect);
gboolean    od_chart_canvas_get_unit_centre (OdChartCanvas *self,
                                          const OdUnit  *unit,
                                          double        *x,
                                          double        *y);
/* Drops @unit_id onto @target_id as a drag would: moves it there as one
 * undoable step, or explains in a toast why not.  TRUE if moved. */
gboolean    od_chart_canvas_drop_unit    (OdChartCanvas *self,
                                          const char    *unit_id,
                                          const char    *target_id);

/* Selects the manager (GTK_DIR_UP), the first report (DOWN) or the
 * previous or next colleague (LEFT, RIGHT) of the selected unit, the
 * first top unit when none is selected; FALSE (and a bell) when there is
 * none that way. */
gboolean    od_chart_canvas_walk         (OdChartCanvas    *self,
                                          GtkDirectionType  direction);
/* The folded unit whose "+N" badge is at the widget point, or NULL. */
OdUnit     *od_chart_canvas_fold_badge_at (OdChartCanvas *self,
                                          double         x,
                                          double         y);
/* The chart's layout, up to date (NULL before a tree is set): the
 * mini-map draws the same one. */
OdLayout   *od_chart_canvas_get_layout   (OdChartCanvas *self);
OdChartTheme od_chart_canvas_get_theme   (OdChartCanvas *self);
/* Presentation drawing: text @text_scale times larger, the high-contrast
 * theme if @high_contrast, and each unit selected fills the screen with
 * its department.  Leaving restores the usual drawing. */
void        od_chart_canvas_set_presentation (OdChartCanvas *self,
                                          gboolean       presenting,
                                          double         text_scale,
                                          gboolean       high_contrast);
gboolean    od_chart_canvas_get_presenting (OdChartCanvas *self);
/* Whether the whole chart is fitted (and refitted on resize). */
gboolean    od_chart_canvas_get_fitted   (OdChartCanvas *self);
/* The pointer drag, as the canvas's drag gesture reports it (widget
 * coordinates; @dx, @dy from the press; @touch: from a touch screen).
 * The ui tests drive the same path. */
void        od_chart_canvas_drag_begin   (OdChartCanvas   *self,
                                          double           x,
                                          double           y,
                                          guint            button,
                                          GdkModifierType  state,
                                          gboolean         touch);
void        od_chart_canvas_drag_update  (OdChartCanvas   *self,
                                          double           dx,
                                          double           dy);
void        od_chart_canvas_drag_end     (OdChartCanvas   *self,
                                          double           dx,
                                          double           dy);

G_END_DECLS
