/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-inspector.h: the properties of the selected unit and its functions,
 * every change made as an undoable command. */
#pragma once

#include <adwaita.h>

#include "od-unit-tree.h"

G_BEGIN_DECLS

#define OD_TYPE_INSPECTOR (od_inspector_get_type ())
G_DECLARE_FINAL_TYPE (OdInspector, od_inspector, OD, INSPECTOR, AdwBin)

GtkWidget *od_inspector_new          (void);
void       od_inspector_set_tree     (OdInspector *self,
                                      OdUnitTree  *tree);
/* Puts the focus in the name field, its text selected (F2). */
void       od_inspector_focus_name   (OdInspector *self);
/* Opens the catalog to give the selected unit a function. */
void       od_inspector_add_function (OdInspector *self);
/* Gives the selected unit @function_id with the role a new holder gets:
 * owner of an exclusive function; lead of a process nobody leads yet,
 * else participant.  FALSE (with a toast) if refused. */
gboolean   od_inspector_assign       (OdInspector *self,
                                      const char  *function_id);

G_END_DECLS
