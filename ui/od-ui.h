/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-ui.h: what every part of the user interface shares. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define OD_UI_RESOURCE_PATH "/io/github/orgdesigner/OrgDesigner"

/* Registers the ui resources once; every widget class calls it before
 * loading its template, so the order classes are made in does not matter. */
void od_ui_ensure_resources (void);

G_END_DECLS
