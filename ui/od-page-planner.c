/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-page-planner.c: the export's page plan, made in a worker thread. */
#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "od-file.h"
#include "od-page-planner.h"

typedef struct {
  OdOrganisation *org;     /* read by the worker until serialised */
  GBytes      *snapshot;   /* the organisation as saved, when asked */
  OdPageSetup  setup;
  OdExportFit  fit;
  gboolean     report;
} PlanTask;

/* The organisations a worker is serialising (→ how many workers): copying
 * 100,000 units takes about 300 ms, too long for the main thread, so the
 * worker copies and an edit waits for it (od_page_planner_wait()). */
static GMutex serialising_lock;
static GCond serialised;
static GHashTable *serialising;

static void
plan_task_free (PlanTask *task)
{
  g_clear_object (&task->org);
  g_clear_pointer (&task->snapshot, g_bytes_unref);
  g_free (task);
}

/* Takes the snapshot, and lets edits of the organisation go on. */
static void
serialise (PlanTask *task,
           gboolean  cancelled)
{
  guint n;

  if (!cancelled)
    task->snapshot = od_file_serialize (task->org);
  g_mutex_lock (&serialising_lock);
  n = GPOINTER_TO_UINT (g_hash_table_lookup (serialising, task->org));
  if (n > 1)
    g_hash_table_insert (serialising, task->org, GUINT_TO_POINTER (n - 1));
  else
    g_hash_table_remove (serialising, task->org);
  g_cond_broadcast (&serialised);
  g_mutex_unlock (&serialising_lock);
}

void
od_page_planner_wait (OdOrganisation *org)
{
  g_return_if_fail (OD_IS_ORGANISATION (org));

  g_mutex_lock (&serialising_lock);
  while (serialising != NULL && g_hash_table_contains (serialising, org))
    g_cond_wait (&serialised, &serialising_lock);
  g_mutex_unlock (&serialising_lock);
}

static void
plan_thread (GTask        *gtask,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  PlanTask *task = task_data;
  g_autoptr(OdOrganisation) copy = od_organisation_new ();
  g_autoptr(PangoFontMap) font_map = pango_cairo_font_map_new ();
  OdExportDocument *doc = NULL;
  GError *error = NULL;

  serialise (task, g_cancellable_is_cancelled (cancellable));
  if (g_task_return_error_if_cancelled (gtask))
    return;
  /* The plan keeps text layouts that the main thread draws with later: they
   * get a font map of their own, not this pool thread's default, which
   * the next task run here would use at the same time. */
  pango_cairo_font_map_set_default (PANGO_CAIRO_FONT_MAP (font_map));
  if (od_file_load_bytes (copy, task->snapshot, "pages.orgdesign", 0, &error))
    doc = od_export_document_new (copy, &task->setup, task->fit, task->report, NULL, &error);
  pango_cairo_font_map_set_default (NULL);
  if (doc == NULL)
    g_task_return_error (gtask, error);
  else
    g_task_return_pointer (gtask, doc, (GDestroyNotify) od_export_document_free);
}

void
od_page_planner_run_async (OdOrganisation      *org,
                           const OdPageSetup   *setup,
                           OdExportFit          fit,
                           gboolean             report,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) gtask = NULL;
  PlanTask *task;

  g_return_if_fail (OD_IS_ORGANISATION (org));
  g_return_if_fail (setup != NULL);

  gtask = g_task_new (NULL, cancellable, callback, user_data);
  task = g_new0 (PlanTask, 1);
  task->org = g_object_ref (org);
  g_mutex_lock (&serialising_lock);
  if (serialising == NULL)
    serialising = g_hash_table_new (NULL, NULL);
  g_hash_table_insert (serialising, org,
                       GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (serialising, org)) + 1));
  g_mutex_unlock (&serialising_lock);
  task->setup = *setup;
  task->fit = fit;
  task->report = report;
  g_task_set_source_tag (gtask, od_page_planner_run_async);
  g_task_set_task_data (gtask, task, (GDestroyNotify) plan_task_free);
  g_task_run_in_thread (gtask, plan_thread);
}

OdExportDocument *
od_page_planner_run_finish (GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
