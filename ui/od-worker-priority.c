/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-worker-priority.c: worker threads yield the CPU to the window.
 *
 * Opening 100,000 units starts two threads (the checks and the chart's
 * first layout), each busy for a second or more.  On a machine with two
 * cores they and the display server took the CPU from the main thread:
 * a frame that needed 40 ms of its CPU held input for 300 ms.  A worker
 * lowers its own priority when it starts, so the main thread runs first
 * and the workers take what is left; they finish as soon on an idle
 * machine.  Linux keeps a nice value per thread, so setpriority() on the
 * thread's id leaves the main thread's alone; elsewhere this does
 * nothing. */
#include "config.h"

#include "od-worker-priority.h"

#ifdef __linux__
#include <errno.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

/* Called by the worker thread itself, first thing. */
void
od_worker_priority_lower (void)
{
#ifdef __linux__
  id_t tid = (id_t) syscall (SYS_gettid);
  int nice;

  errno = 0;
  nice = getpriority (PRIO_PROCESS, tid);
  if (nice == -1 && errno != 0)
    return;
  /* Failing leaves the thread as it was: slower input, nothing worse. */
  if (setpriority (PRIO_PROCESS, tid, MIN (nice + OD_WORKER_NICE, 19)) != 0)
    g_debug ("could not lower a worker's priority: %s", g_strerror (errno));
#endif
}
