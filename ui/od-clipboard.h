/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-clipboard.h: units on the desktop clipboard, as an .orgdesign
 * document (OD_FILE_MIME_TYPE) for Org Designer windows and as an indented
 * text outline for everything else. */
#pragma once

#include <gtk/gtk.h>

#include "od-organisation.h"

G_BEGIN_DECLS

/* Puts the subtrees of @unit_ids of @org on @clipboard; FALSE if an id is
 * unknown. */
gboolean  od_clipboard_set_units         (GdkClipboard       *clipboard,
                                          OdOrganisation     *org,
                                          const char * const *unit_ids,
                                          GError            **error);
/* Reads the document of units on @clipboard (from any window or program
 * that put one there). */
void      od_clipboard_read_units_async  (GdkClipboard        *clipboard,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
/* The document, or NULL with an error saying the clipboard holds none. */
GBytes   *od_clipboard_read_units_finish (GdkClipboard        *clipboard,
                                          GAsyncResult        *result,
                                          GError             **error);

G_END_DECLS
