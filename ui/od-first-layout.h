/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-first-layout.h: a large chart's first layout, made in a thread.
 *
 * Measuring every name with Pango is most of the cost of opening a large
 * organisation; this makes that first layout in a thread of its own while
 * the window (outline, panels) is already usable.  The organisation must
 * not change while it runs: before an edit, od_first_layout_finish() waits
 * for it (the edit then reaches the layout like any other). */
#pragma once

#include "od-layout.h"

G_BEGIN_DECLS

typedef struct _OdFirstLayout OdFirstLayout;

/* Called in the main loop when the layout is ready (not after
 * od_first_layout_cancel()). */
typedef void (*OdFirstLayoutReadyFunc) (OdFirstLayout *job,
                                        gpointer       user_data);

/* Starts laying out @org with @options (NULL: the defaults).  The layout
 * is handed over with @collapsed (may be NULL) as its collapsed predicate,
 * which the thread asks too: it must answer there without touching what
 * the main thread changes meanwhile. */
OdFirstLayout *od_first_layout_start   (OdOrganisation         *org,
                                        const OdLayoutOptions  *options,
                                        OdLayoutCollapsedFunc   collapsed,
                                        gpointer                collapsed_data,
                                        OdFirstLayoutReadyFunc  ready,
                                        gpointer                user_data);
/* Waits for the layout if it is still being made, and hands it over (the
 * job is freed, its ready function is not called any more). */
OdLayout      *od_first_layout_finish  (OdFirstLayout          *job);
/* Waits for the thread and drops what it made. */
void           od_first_layout_cancel  (OdFirstLayout          *job);

G_END_DECLS
