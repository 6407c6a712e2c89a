/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-outline.h: the structure outline: every unit in a tree list, the
 * accessible route to each unit, and the search that finds one. */
#pragma once

#include <adwaita.h>

#include "od-unit-tree.h"

G_BEGIN_DECLS

#define OD_TYPE_OUTLINE (od_outline_get_type ())
G_DECLARE_FINAL_TYPE (OdOutline, od_outline, OD, OUTLINE, AdwBin)

GtkWidget  *od_outline_new          (void);
void        od_outline_set_tree     (OdOutline  *self,
                                     OdUnitTree *tree);
/* Shows the search field and puts the focus in it. */
void        od_outline_start_search (OdOutline  *self);
/* Searches for @text as if typed (tests); TRUE if a unit was found. */
gboolean    od_outline_search       (OdOutline  *self,
                                     const char *text);
/* Puts the focus on the selected row. */
void        od_outline_focus_list   (OdOutline  *self);

G_END_DECLS
