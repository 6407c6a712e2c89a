/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-unit-menu.h: the context menu of a unit, shared by the outline and
 * the chart (its items are the window's unit.* actions). */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The menu's items (each mnemonic used once). */
GMenuModel *od_unit_menu_new_model (void);

/* A popover menu for @parent, shown at (@x, @y) in @parent's coordinates. */
void od_unit_menu_popup (GtkWidget *parent,
                         double     x,
                         double     y);

G_END_DECLS
