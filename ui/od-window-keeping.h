/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-window-keeping.h: the parts of the window that keep work safe: the
 * recovery copy (od-autosave.h) and what happens after a crash, the watch
 * on the file for changes by other programs, and the windows that show the
 * diagnosis and export the document.  Kept apart from od-window.c so that
 * the window's own file stays about editing. */
#pragma once

#include <adwaita.h>

#include "od-autosave.h"
#include "od-document.h"
#include "od-export-run.h"
#include "od-file-watch.h"
#include "od-print.h"
#include "od-recovery.h"
#include "od-window.h"

G_BEGIN_DECLS

/* Watches @document's file and asks the user of @window what to do when
 * another program changes it. */
OdFileWatch *_od_window_keeping_watch           (OdWindow              *window,
                                                 OdDocument            *document);
/* A window showing the Diagnose page of @document, over @parent. */
GtkWindow   *_od_window_keeping_diagnose_window (GtkWindow             *parent,
                                                 OdDocument            *document);
/* The document a recovery copy holds, unsaved, or NULL with @error. */
OdDocument  *_od_window_keeping_restore         (const OdRecoveryEntry *entry,
                                                 GError               **error);
/* Once per run of the application: offers the recovery copies a crash
 * left behind, restoring the chosen ones into @window (when it is empty)
 * or new windows. */
void         od_window_keeping_offer_recovery   (GtkApplication        *app,
                                                 GtkWindow             *window);

G_END_DECLS
