/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-unit-tree.h: the reporting tree of a document as a GtkTreeListModel,
 * kept up to date edit by edit, and the one selection the whole window
 * shares (outline, inspector, findings and chart all follow it). */
#pragma once

#include <gtk/gtk.h>

#include "od-document.h"

G_BEGIN_DECLS

#define OD_TYPE_UNIT_TREE (od_unit_tree_get_type ())
G_DECLARE_FINAL_TYPE (OdUnitTree, od_unit_tree, OD, UNIT_TREE, GObject)

OdUnitTree         *od_unit_tree_new                (OdDocument  *document);
OdDocument         *od_unit_tree_get_document       (OdUnitTree  *self);
/* A GtkSingleSelection of GtkTreeListRow items holding OdUnitItem. */
GtkSingleSelection *od_unit_tree_get_selection      (OdUnitTree  *self);
/* The selected unit's id, or NULL. */
const char         *od_unit_tree_get_selected_id    (OdUnitTree  *self);
/* The selected unit, or NULL. */
OdUnit             *od_unit_tree_get_selected_unit  (OdUnitTree  *self);
/* Selects @unit_id (NULL: nothing), expanding its ancestors; FALSE if no
 * such unit. */
gboolean            od_unit_tree_select             (OdUnitTree  *self,
                                                     const char  *unit_id);
/* The row position of the selected unit, or GTK_INVALID_LIST_POSITION. */
guint               od_unit_tree_get_selected_position (OdUnitTree *self);

/* The next unit after @after_id (NULL: from the start; wrapping round)
 * whose name, head or functions (in any language) contain @text, ignoring
 * case; @backwards searches the other way.  NULL if none. */
const char         *od_unit_tree_find               (OdUnitTree  *self,
                                                     const char  *text,
                                                     const char  *after_id,
                                                     gboolean     backwards);

G_END_DECLS
