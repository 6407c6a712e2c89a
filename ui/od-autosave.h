/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-autosave.h: keeps a recovery copy of a document with unsaved changes.
 *
 * Within a couple of seconds of an edit (od_autosave_set_delay()), the
 * document's saved form is written to its recovery slot (od-recovery.h)
 * in a worker thread; the copy is removed when the document is saved or
 * undone back to its saved state, and by od_autosave_discard() on a clean
 * close.  After a crash the copy stays, and the next start offers it.
 */
#pragma once

#include "od-document.h"
#include "od-recovery.h"

G_BEGIN_DECLS

#define OD_TYPE_AUTOSAVE (od_autosave_get_type ())
G_DECLARE_FINAL_TYPE (OdAutosave, od_autosave, OD, AUTOSAVE, GObject)

/* Watches @document; @restored is the recovery entry it was restored
 * from (its slot is reused), or NULL. */
OdAutosave *od_autosave_new         (OdDocument            *document,
                                     const OdRecoveryEntry *restored);
/* Milliseconds from an edit to its recovery copy (default 2000, or
 * $OD_AUTOSAVE_DELAY_MS). */
void        od_autosave_set_delay   (OdAutosave            *self,
                                     guint                  delay_ms);
/* The document was closed on purpose: its recovery copy goes. */
void        od_autosave_discard     (OdAutosave            *self);
const char *od_autosave_get_id      (OdAutosave            *self);
/* How many copies have been written so far (tests). */
guint       od_autosave_get_n_written (OdAutosave          *self);
/* How many copies an edit stopped while they were being made (tests). */
guint       od_autosave_get_n_interrupted (OdAutosave      *self);

G_END_DECLS
