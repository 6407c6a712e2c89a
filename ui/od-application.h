/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-application.h: the Org Designer application: windows, opening files,
 * the actions and shortcuts every window shares. */
#pragma once

#include <adwaita.h>

#include "od-window.h"

G_BEGIN_DECLS

#define OD_TYPE_APPLICATION (od_application_get_type ())
G_DECLARE_FINAL_TYPE (OdApplication, od_application, OD, APPLICATION, AdwApplication)

/* @flags are added to G_APPLICATION_HANDLES_OPEN (tests add NON_UNIQUE). */
OdApplication *od_application_new        (GApplicationFlags  flags);
/* A new empty window showing the welcome page. */
OdWindow      *od_application_new_window (OdApplication     *self);
/* The window showing (or opening) @file, or NULL. */
OdWindow      *od_application_get_window_for_file (OdApplication *self,
                                                   GFile         *file);
/* Opens @file in a window still showing the welcome page, or a new one. */
OdWindow      *od_application_open_file  (OdApplication     *self,
                                          GFile             *file);

G_END_DECLS
