/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-unit-item.h: one unit as a list item (units themselves are plain
 * structures, so list models hold these small objects instead). */
#pragma once

#include <glib-object.h>

#include "od-organisation.h"

G_BEGIN_DECLS

#define OD_TYPE_UNIT_ITEM (od_unit_item_get_type ())
G_DECLARE_FINAL_TYPE (OdUnitItem, od_unit_item, OD, UNIT_ITEM, GObject)

OdUnitItem *od_unit_item_new           (const OdUnit *unit);
const char *od_unit_item_get_id        (OdUnitItem   *self);
/* The parent's id when the item was made, or NULL for a top unit. */
const char *od_unit_item_get_parent_id (OdUnitItem   *self);
const char *od_unit_item_get_name      (OdUnitItem   *self);
OdUnitKind  od_unit_item_get_kind      (OdUnitItem   *self);
/* The unit's serial (od_unit_get_serial ()) when the item was made. */
guint       od_unit_item_get_serial    (OdUnitItem   *self);
/* The worst severity of the findings naming the unit, or -1. */
int         od_unit_item_get_severity  (OdUnitItem   *self);
/* Copies name and kind again after an edit. */
void        od_unit_item_update        (OdUnitItem   *self,
                                        const OdUnit *unit);
void        od_unit_item_set_severity  (OdUnitItem   *self,
                                        int           severity);

G_END_DECLS
