/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-recent.h: the designs a user opened or saved lately (GTK's recent
 * files, so the desktop's file chooser lists them too). */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Remembers @file as just used. */
void       od_recent_add  (GFile *file);
/* Up to @max .orgdesign files that still exist, most recent first;
 * array of GFile*, transfer full. */
GPtrArray *od_recent_list (guint  max);

G_END_DECLS
