/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-unit-chooser.h: a dialog choosing the unit another unit will report
 * to ("Move To…"): the whole tree, indented, with a search; the unit and
 * everything below it cannot be chosen. */
#pragma once

#include <adwaita.h>

#include "od-organisation.h"

G_BEGIN_DECLS

#define OD_TYPE_UNIT_CHOOSER (od_unit_chooser_get_type ())
G_DECLARE_FINAL_TYPE (OdUnitChooser, od_unit_chooser, OD, UNIT_CHOOSER, AdwWindow)

/* Emits ::unit-chosen (a unit id) and closes when one is chosen. */
OdUnitChooser *od_unit_chooser_new    (GtkWindow      *parent,
                                       OdOrganisation *org,
                                       const OdUnit   *moving);
/* For another purpose than moving (a dotted line): the title and the
 * line under it. */
void           od_unit_chooser_set_purpose (OdUnitChooser *self,
                                            const char    *title,
                                            const char    *subtitle);
/* Rows for which @allowed (a unit id, @user_data) is FALSE cannot be
 * chosen: moving several units, none may go below one of them. */
void           od_unit_chooser_set_allowed (OdUnitChooser *self,
                                            gboolean     (*allowed) (const char *unit_id,
                                                                     gpointer    user_data),
                                            gpointer       user_data);
/* Filters as if @text were typed; the number of units still shown. */
guint          od_unit_chooser_filter (OdUnitChooser  *self,
                                       const char     *text);

G_END_DECLS
