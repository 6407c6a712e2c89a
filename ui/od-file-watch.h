/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-file-watch.h: notices when another program (an editor, a sync tool)
 * changes or removes a document's file, so the window can ask whether to
 * reload it or keep the version being edited.  Saving never silently
 * overwrites the other version either way: od_document_save() refuses
 * while the file's entity tag differs from the one last read or saved. */
#pragma once

#include "od-document.h"

G_BEGIN_DECLS

#define OD_TYPE_FILE_WATCH (od_file_watch_get_type ())
G_DECLARE_FINAL_TYPE (OdFileWatch, od_file_watch, OD, FILE_WATCH, GObject)

/* Watches @document's file, following it when saved under another name.
 * ::changed-on-disk (gboolean deleted) is emitted once per new version of
 * the file that is not the document's own. */
OdFileWatch *od_file_watch_new   (OdDocument  *document);
/* Looks at the file now rather than waiting for the monitor (tests, and
 * when the window regains focus). */
void         od_file_watch_check (OdFileWatch *self);

G_END_DECLS
