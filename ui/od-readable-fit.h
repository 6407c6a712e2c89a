/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-readable-fit.h: how much of a chart can be shown whole and still be
 * read.  Fitting 10,000 units into a window draws names a pixel high; a
 * projector needs the top levels at a readable size instead, with the
 * rest folded behind "+N" badges. */
#pragma once

#include "od-layout.h"
#include "od-viewport.h"

G_BEGIN_DECLS

/* The most levels of @layout's organisation that, with the level below
 * folded, fit @viewport at @min_zoom or more; 0 when the whole chart does
 * (nothing needs folding).  At least 1.  Tries levels on @layout itself
 * and leaves it with @func and @user_data as its collapsed predicate
 * (the one the caller uses). */
guint od_readable_fit_levels (OdLayout              *layout,
                              OdViewport            *viewport,
                              double                 min_zoom,
                              OdLayoutCollapsedFunc  func,
                              gpointer               user_data);

G_END_DECLS
