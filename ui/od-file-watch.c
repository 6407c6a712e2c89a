/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-file-watch.c: a GFileMonitor on the document's file, compared by
 * entity tag so that the document's own saves are not reported. */
#include "config.h"

#include "od-file.h"
#include "od-file-watch.h"

struct _OdFileWatch {
  GObject       parent_instance;
  OdDocument   *document;
  GFileMonitor *monitor;
  char         *reported;     /* the tag last reported, so each version is told once */
  gboolean      reported_deleted;
};

enum {
  CHANGED_ON_DISK,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (OdFileWatch, od_file_watch, G_TYPE_OBJECT)

void
od_file_watch_check (OdFileWatch *self)
{
  GFile *file;
  g_autofree char *etag = NULL;
  const char *own;

  g_return_if_fail (OD_IS_FILE_WATCH (self));

  file = self->document ? od_document_get_file (self->document) : NULL;
  if (file == NULL)
    return;
  etag = od_file_get_etag (file, NULL);
  own = od_document_get_etag (self->document);
  if (g_strcmp0 (etag, own) == 0)
    {
      /* Back to ours (reloaded, or saved over the change). */
      g_clear_pointer (&self->reported, g_free);
      self->reported_deleted = FALSE;
      return;
    }
  if (etag == NULL)
    {
      if (!self->reported_deleted)
        {
          self->reported_deleted = TRUE;
          g_signal_emit (self, signals[CHANGED_ON_DISK], 0, TRUE);
        }
      return;
    }
  if (g_strcmp0 (etag, self->reported) == 0)
    return;
  g_free (self->reported);
  self->reported = g_steal_pointer (&etag);
  self->reported_deleted = FALSE;
  g_signal_emit (self, signals[CHANGED_ON_DISK], 0, FALSE);
}

static void
monitor_changed_cb (GFileMonitor      *monitor,
                    GFile             *file,
                    GFile             *other,
                    GFileMonitorEvent  event,
                    OdFileWatch       *self)
{
  /* A save by another program arrives as several events; the tag
   * comparison makes them one report per version. */
  if (event == G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT || event == G_FILE_MONITOR_EVENT_CREATED ||
      event == G_FILE_MONITOR_EVENT_DELETED || event == G_FILE_MONITOR_EVENT_MOVED_IN ||
      event == G_FILE_MONITOR_EVENT_MOVED_OUT || event == G_FILE_MONITOR_EVENT_RENAMED ||
      event == G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED)
    od_file_watch_check (self);
}

static void
watch_file (OdFileWatch *self)
{
  GFile *file = od_document_get_file (self->document);

  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
  g_clear_pointer (&self->reported, g_free);
  if (file == NULL)
    return;
  /* WATCH_MOVES: a sync tool replaces a file by renaming a new one over it. */
  self->monitor = g_file_monitor_file (file, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  if (self->monitor != NULL)
    {
      g_file_monitor_set_rate_limit (self->monitor, 500);
      g_signal_connect (self->monitor, "changed", G_CALLBACK (monitor_changed_cb), self);
    }
}

static void
od_file_watch_dispose (GObject *object)
{
  OdFileWatch *self = OD_FILE_WATCH (object);

  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
  if (self->document != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->document, self);
      g_clear_object (&self->document);
    }
  G_OBJECT_CLASS (od_file_watch_parent_class)->dispose (object);
}

static void
od_file_watch_finalize (GObject *object)
{
  g_free (OD_FILE_WATCH (object)->reported);
  G_OBJECT_CLASS (od_file_watch_parent_class)->finalize (object);
}

static void
od_file_watch_class_init (OdFileWatchClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = od_file_watch_dispose;
  G_OBJECT_CLASS (klass)->finalize = od_file_watch_finalize;

  signals[CHANGED_ON_DISK] = g_signal_new ("changed-on-disk", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                           0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);
}

static void
od_file_watch_init (OdFileWatch *self)
{
}

OdFileWatch *
od_file_watch_new (OdDocument *document)
{
  OdFileWatch *self;

  g_return_val_if_fail (OD_IS_DOCUMENT (document), NULL);

  self = g_object_new (OD_TYPE_FILE_WATCH, NULL);
  self->document = g_object_ref (document);
  g_signal_connect_swapped (document, "notify::file", G_CALLBACK (watch_file), self);
  watch_file (self);
  return self;
}
