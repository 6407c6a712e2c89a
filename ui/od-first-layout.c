/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-first-layout.c: a large chart's first layout, made in a thread.
 *
 * A thread of its own, not a pool's: Pango's default font map is one per
 * thread, and the layout keeps using the context it made there after it
 * is handed to the main thread.  A pool thread could start another layout
 * with the same font map while the main thread uses it; this thread ends
 * with its job, leaving its font map to the layout alone. */
#include "config.h"

#include "od-first-layout.h"
#include "od-worker-priority.h"

struct _OdFirstLayout
{
  OdOrganisation         *org;
  OdLayoutOptions         options;
  gboolean                has_options;
  OdLayoutCollapsedFunc   collapsed;
  gpointer                collapsed_data;
  GThread                *thread;
  OdLayout               *layout;     /* set by the thread */
  OdFirstLayoutReadyFunc  ready;
  gpointer                user_data;
  gboolean                abandoned;  /* finished or cancelled: the idle only frees */
};

static void
job_free (OdFirstLayout *job)
{
  g_clear_pointer (&job->layout, od_layout_free);
  g_clear_object (&job->org);
  g_free (job);
}

static gboolean
ready_idle_cb (gpointer data)
{
  OdFirstLayout *job = data;

  if (job->abandoned)
    {
      job_free (job);
      return G_SOURCE_REMOVE;
    }
  /* The ready function takes the layout with od_first_layout_finish(),
   * which marks the job abandoned; the job is freed here in any case. */
  job->ready (job, job->user_data);
  if (!job->abandoned)
    od_first_layout_cancel (job);
  job_free (job);
  return G_SOURCE_REMOVE;
}

static gpointer
layout_thread (gpointer data)
{
  OdFirstLayout *job = data;

  od_worker_priority_lower ();
  job->layout = od_layout_new (job->org, job->has_options ? &job->options : NULL);
  /* Set here, not by the main thread: setting it marks the layout stale,
   * and laying out 100,000 units again (the names' sizes are kept) would
   * stall the window that takes it. */
  if (job->collapsed != NULL)
    {
      od_layout_set_collapsed_func (job->layout, job->collapsed, job->collapsed_data, NULL);
      od_layout_update (job->layout);
    }
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, ready_idle_cb, job, NULL);
  return NULL;
}

OdFirstLayout *
od_first_layout_start (OdOrganisation         *org,
                       const OdLayoutOptions  *options,
                       OdLayoutCollapsedFunc   collapsed,
                       gpointer                collapsed_data,
                       OdFirstLayoutReadyFunc  ready,
                       gpointer                user_data)
{
  OdFirstLayout *job;

  g_return_val_if_fail (OD_IS_ORGANISATION (org), NULL);
  g_return_val_if_fail (ready != NULL, NULL);

  job = g_new0 (OdFirstLayout, 1);
  job->org = g_object_ref (org);
  if (options != NULL)
    {
      job->options = *options;
      job->has_options = TRUE;
    }
  job->collapsed = collapsed;
  job->collapsed_data = collapsed_data;
  job->ready = ready;
  job->user_data = user_data;
  job->thread = g_thread_new ("od-first-layout", layout_thread, job);
  return job;
}

/* Joins the thread; the idle it queued frees the job. */
static OdLayout *
take (OdFirstLayout *job)
{
  OdLayout *layout;

  if (job->thread != NULL)
    g_thread_join (g_steal_pointer (&job->thread));
  layout = g_steal_pointer (&job->layout);
  job->abandoned = TRUE;
  return layout;
}

OdLayout *
od_first_layout_finish (OdFirstLayout *job)
{
  g_return_val_if_fail (job != NULL, NULL);
  g_return_val_if_fail (!job->abandoned, NULL);

  return take (job);
}

void
od_first_layout_cancel (OdFirstLayout *job)
{
  if (job == NULL || job->abandoned)
    return;
  od_layout_free (take (job));
}
