/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-worker-priority.h: worker threads yield the CPU to the window. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The nice value a worker thread adds to its own. */
#define OD_WORKER_NICE 10

void od_worker_priority_lower (void);

G_END_DECLS
