/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-function-chooser.h: a dialog choosing a function of the catalog,
 * grouped by area, with a search over the names in every language. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define OD_TYPE_FUNCTION_CHOOSER (od_function_chooser_get_type ())
G_DECLARE_FINAL_TYPE (OdFunctionChooser, od_function_chooser, OD, FUNCTION_CHOOSER, AdwWindow)

/* @held: ids the unit holds already, left out; NULL-terminated, may be NULL.
 * Emits ::function-chosen (a function id) and closes when one is chosen. */
OdFunctionChooser *od_function_chooser_new    (GtkWindow          *parent,
                                               const char         *unit_name,
                                               const char * const *held);
/* Filters as if @text were typed; the number of functions still shown. */
guint              od_function_chooser_filter (OdFunctionChooser  *self,
                                               const char         *text);

G_END_DECLS
