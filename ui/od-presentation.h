/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-presentation.h: the chart on a projector, and the View menu.
 *
 * Adds to a window the actions of the group "view": presentation (F5:
 * side panels and header bar hidden, full screen, large high-contrast
 * text, the selected department filling the screen as the arrow keys
 * walk the chart; F5 or Esc leaves and puts panels, zoom and full screen
 * back as they were), legend and minimap (toggles), and
 * expand-all.  The legend and the mini-map are laid over the chart. */
#pragma once

#include "od-chart-canvas.h"

G_BEGIN_DECLS

/* @overlay holds @canvas; @panels are hidden while presenting (and shown
 * again only if they were shown). */
void     od_presentation_attach     (GtkWindow     *window,
                                     OdChartCanvas *canvas,
                                     GtkOverlay    *overlay,
                                     GtkWidget    **panels,
                                     guint          n_panels);
gboolean od_presentation_is_active  (GtkWindow     *window);
/* The legend and mini-map widgets laid over the chart (tests). */
GtkWidget *od_presentation_get_legend  (GtkWindow  *window);
GtkWidget *od_presentation_get_minimap (GtkWindow  *window);

G_END_DECLS
