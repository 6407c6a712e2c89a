/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-inline-rename.h: renaming a unit in an editor over its box on the chart. */
#pragma once

#include <gtk/gtk.h>

#include "od-document.h"

G_BEGIN_DECLS

/* Opens an editor with @unit_id's name over @box (in @parent's
 * coordinates): Enter renames the unit as one undoable command, Esc or
 * a click elsewhere leaves it unchanged; the focus returns to @parent. */
void od_inline_rename_start (GtkWidget          *parent,
                             OdDocument         *document,
                             const char         *unit_id,
                             const GdkRectangle *box);

G_END_DECLS
