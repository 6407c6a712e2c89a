/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-page-planner.c: the export's page plan, made in a worker thread. */
#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "od-file.h"
#include "od-page-planner.h"

typedef struct {
  GBytes      *snapshot;   /* the organisation as saved, when asked */
  OdPageSetup  setup;
  OdExportFit  fit;
  gboolean     report;
} PlanTask;

static void
plan_task_free (PlanTask *task)
{
  g_bytes_unref (task->snapshot);
  g_free (task);
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
  task->snapshot = od_file_serialize (org);
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
