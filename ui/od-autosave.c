/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-autosave.c: recovery copies written off the main loop. */
#include "config.h"

#include <glib/gi18n.h>
#include <glib-unix.h>
#include <signal.h>

#include "od-atomic-file.h"
#include "od-autosave.h"
#include "od-file.h"

/* A copy lands within a second of an edit (the write itself included),
 * so that a crash, a kill or a power cut loses at most the last second. */
#define DEFAULT_DELAY_MS 250
/* An edit that comes in while the worker serialises stops it rather than
 * wait (a 100,000-unit group takes 60-80 ms: every such edit would miss
 * its frame), and the copy is tried again at once.  Unless the oldest
 * edit that is in no copy is older than this: then the edit waits, so
 * that even nonstop editing gets its copy. */
#define MAX_DEFER_USEC G_USEC_PER_SEC

struct _OdAutosave {
  GObject      parent_instance;
  OdDocument  *document;
  OdRecovery  *recovery;
  guint        delay_ms;
  guint        timeout_id;
  gint64       edited_usec;
  gboolean     writing;          /* a worker is writing the copy */
  gboolean     again;            /* edits came in while it was */
  gboolean     discard_pending;  /* discard once the worker is done */
  gboolean     has_copy;
  guint        n_written;
  /* The worker reads the organisation while serialising it: an edit
   * stops it (give_way) or waits for it (see MAX_DEFER_USEC). */
  GMutex       lock;
  GCond        serialised;
  gboolean     serialising;
  gint         give_way;         /* atomic: the worker stops serialising */
  gint64       last_edit_usec;   /* monotonic */
  gint64       unsaved_since;    /* monotonic: the first edit in no copy, or 0 */
  guint        n_interrupted;
};

G_DEFINE_FINAL_TYPE (OdAutosave, od_autosave, G_TYPE_OBJECT)

/* Every live instance, for the signal handlers (main thread only). */
static GList *instances;

typedef struct {
  OdOrganisation *org;
  GBytes *bytes;
  char   *uri;
  char   *title;
  gint64  edited_usec;
  gint64  taken_usec;     /* monotonic */
} Snapshot;

static void
snapshot_free (Snapshot *s)
{
  g_clear_object (&s->org);
  g_clear_pointer (&s->bytes, g_bytes_unref);
  g_free (s->uri);
  g_free (s->title);
  g_free (s);
}

static void schedule (OdAutosave *self);
static gboolean timeout_cb (gpointer user_data);

static void
discard_now (OdAutosave *self)
{
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  self->again = FALSE;
  self->unsaved_since = 0;
  if (self->writing)
    {
      self->discard_pending = TRUE;
      return;
    }
  if (self->has_copy)
    od_recovery_discard (self->recovery);
  self->has_copy = FALSE;
}

static void
write_thread (GTask        *task,
              gpointer      source,
              gpointer      task_data,
              GCancellable *cancellable)
{
  OdAutosave *self = source;
  Snapshot *s = task_data;
  GError *error = NULL;

  s->bytes = od_file_serialize_cancellable (s->org, &self->give_way);
  g_mutex_lock (&self->lock);
  self->serialising = FALSE;
  g_cond_broadcast (&self->serialised);
  g_mutex_unlock (&self->lock);
  if (s->bytes == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "an edit came in");
      return;
    }

  /* Only this worker touches the slot while self->writing is set. */
  if (od_recovery_write (self->recovery, s->bytes, s->uri, s->title, s->edited_usec, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
write_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  OdAutosave *self = OD_AUTOSAVE (source);
  Snapshot *s = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  gboolean interrupted = FALSE;

  self->writing = FALSE;
  if (g_task_propagate_boolean (G_TASK (result), &error))
    {
      self->has_copy = TRUE;
      self->n_written++;
      /* Edits made since the snapshot are in no copy yet. */
      if (self->unsaved_since != 0)
        self->unsaved_since = self->last_edit_usec > s->taken_usec ? s->taken_usec : 0;
    }
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      interrupted = TRUE;
      self->n_interrupted++;
    }
  else
    /* Nothing to show the user yet: the document itself is intact, and
     * the next edit tries again. */
    g_warning ("Could not write the recovery copy: %s", error->message);

  if (self->discard_pending)
    {
      self->discard_pending = FALSE;
      discard_now (self);
    }
  else if (interrupted)
    {
      /* Again as soon as the edit that stopped it is on screen. */
      self->again = FALSE;
      g_clear_handle_id (&self->timeout_id, g_source_remove);
      self->timeout_id = g_idle_add (timeout_cb, self);
    }
  else if (self->again)
    {
      self->again = FALSE;
      schedule (self);
    }
}

static gboolean
timeout_cb (gpointer user_data)
{
  OdAutosave *self = user_data;
  g_autoptr(GTask) task = NULL;
  GFile *file;
  Snapshot *s;

  self->timeout_id = 0;
  if (self->document == NULL || !od_document_get_modified (self->document))
    return G_SOURCE_REMOVE;
  if (self->writing)
    {
      self->again = TRUE;
      return G_SOURCE_REMOVE;
    }
  /* The worker serialises too, not to stop the window for it; an edit
   * meanwhile stops it or waits for it (about_to_change_cb). */
  s = g_new0 (Snapshot, 1);
  s->org = g_object_ref (od_document_get_organisation (self->document));
  self->serialising = TRUE;
  file = od_document_get_file (self->document);
  s->uri = file ? g_file_get_uri (file) : NULL;
  s->title = g_strdup (od_document_get_title (self->document));
  s->edited_usec = self->edited_usec;
  s->taken_usec = g_get_monotonic_time ();
  g_atomic_int_set (&self->give_way, 0);
  self->writing = TRUE;
  task = g_task_new (self, NULL, write_done_cb, NULL);
  g_task_set_task_data (task, s, (GDestroyNotify) snapshot_free);
  g_task_run_in_thread (task, write_thread);
  return G_SOURCE_REMOVE;
}

static void
about_to_change_cb (OdAutosave *self)
{
  g_mutex_lock (&self->lock);
  if (self->serialising
      && (self->unsaved_since == 0 || g_get_monotonic_time () - self->unsaved_since <= MAX_DEFER_USEC))
    g_atomic_int_set (&self->give_way, 1);
  while (self->serialising)
    g_cond_wait (&self->serialised, &self->lock);
  g_mutex_unlock (&self->lock);
}

/* The timer is not restarted by further edits, so that a copy is written
 * within the delay of the first unsaved edit even while typing goes on. */
static void
schedule (OdAutosave *self)
{
  if (self->timeout_id == 0)
    self->timeout_id = g_timeout_add (self->delay_ms, timeout_cb, self);
}

/* Writes the copy now, on this thread: the process is about to end. */
static void
flush_now (OdAutosave *self)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = NULL;
  GFile *file;

  if (self->document == NULL || !od_document_get_modified (self->document))
    return;
  bytes = od_file_serialize (od_document_get_organisation (self->document));
  file = od_document_get_file (self->document);
  uri = file ? g_file_get_uri (file) : NULL;
  if (od_recovery_write (self->recovery, bytes, uri, od_document_get_title (self->document),
                         self->edited_usec, &error))
    self->has_copy = TRUE;
  else
    g_warning ("Could not write the recovery copy: %s", error->message);
}

static void
flush_all (void)
{
  for (GList *l = instances; l != NULL; l = l->next)
    flush_now (l->data);
}

/* SIGTERM (a logout or shutdown that found no session registration, a
 * kill), SIGHUP (the terminal went away) and SIGINT end the application
 * after the unsaved work of every window is in its recovery copy, and a
 * save's temporary file is removed; then the signal ends the process as
 * it would have, so nothing claims a clean exit. */
static gboolean
terminate_cb (gpointer user_data)
{
  int signum = GPOINTER_TO_INT (user_data);

  flush_all ();
  od_atomic_file_remove_temporaries_now ();
  signal (signum, SIG_DFL);
  raise (signum);
  return G_SOURCE_REMOVE;
}

static void
query_end_cb (GApplication *app)
{
  flush_all ();
}

static void
install_handlers_once (void)
{
  static gboolean done;
  GApplication *app = g_application_get_default ();

  if (done)
    return;
  done = TRUE;
  g_unix_signal_add (SIGTERM, terminate_cb, GINT_TO_POINTER (SIGTERM));
  g_unix_signal_add (SIGHUP, terminate_cb, GINT_TO_POINTER (SIGHUP));
  g_unix_signal_add (SIGINT, terminate_cb, GINT_TO_POINTER (SIGINT));
  /* The session ending: emitted when the application registered with the
   * session manager. */
  if (app != NULL && g_signal_lookup ("query-end", G_OBJECT_TYPE (app)) != 0)
    g_signal_connect (app, "query-end", G_CALLBACK (query_end_cb), NULL);
}

static void
changed_cb (OdAutosave *self)
{
  self->edited_usec = g_get_real_time ();
  self->last_edit_usec = g_get_monotonic_time ();
  if (self->unsaved_since == 0)
    self->unsaved_since = self->last_edit_usec;
  if (od_document_get_modified (self->document))
    schedule (self);
}

static void
modified_cb (OdAutosave *self)
{
  if (od_document_get_modified (self->document))
    schedule (self);
  else
    /* Saved, or undone back to the saved state: nothing to recover. */
    discard_now (self);
}

static void
od_autosave_dispose (GObject *object)
{
  OdAutosave *self = OD_AUTOSAVE (object);

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  instances = g_list_remove (instances, self);
  if (self->document != NULL)
    {
      g_signal_handlers_disconnect_by_data (od_document_get_organisation (self->document), self);
      g_signal_handlers_disconnect_by_data (od_document_get_undo_stack (self->document), self);
      g_clear_object (&self->document);
    }
  G_OBJECT_CLASS (od_autosave_parent_class)->dispose (object);
}

static void
od_autosave_finalize (GObject *object)
{
  OdAutosave *self = OD_AUTOSAVE (object);

  /* A copy still on disk is what a crash would have left: it stays until
   * od_autosave_discard(). */
  od_recovery_free (self->recovery);
  g_mutex_clear (&self->lock);
  g_cond_clear (&self->serialised);
  G_OBJECT_CLASS (od_autosave_parent_class)->finalize (object);
}

static void
od_autosave_class_init (OdAutosaveClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = od_autosave_dispose;
  G_OBJECT_CLASS (klass)->finalize = od_autosave_finalize;
}

static void
od_autosave_init (OdAutosave *self)
{
  const char *env = g_getenv ("OD_AUTOSAVE_DELAY_MS");
  guint64 delay;

  g_mutex_init (&self->lock);
  g_cond_init (&self->serialised);
  self->delay_ms = DEFAULT_DELAY_MS;
  if (env != NULL && g_ascii_string_to_unsigned (env, 10, 1, 600000, &delay, NULL))
    self->delay_ms = (guint) delay;
}

OdAutosave *
od_autosave_new (OdDocument            *document,
                 const OdRecoveryEntry *restored)
{
  OdAutosave *self;

  g_return_val_if_fail (OD_IS_DOCUMENT (document), NULL);

  self = g_object_new (OD_TYPE_AUTOSAVE, NULL);
  self->document = g_object_ref (document);
  self->recovery = restored ? od_recovery_new_for_entry (restored) : od_recovery_new ();
  self->has_copy = restored != NULL;
  self->edited_usec = restored ? restored->edited_usec : g_get_real_time ();
  g_signal_connect_swapped (od_document_get_organisation (document), "changed", G_CALLBACK (changed_cb), self);
  g_signal_connect_swapped (od_document_get_undo_stack (document), "notify::modified", G_CALLBACK (modified_cb), self);
  g_signal_connect_swapped (od_document_get_undo_stack (document), "about-to-change", G_CALLBACK (about_to_change_cb), self);
  if (od_document_get_modified (document))
    schedule (self);
  install_handlers_once ();
  instances = g_list_prepend (instances, self);
  return self;
}

void
od_autosave_set_delay (OdAutosave *self,
                       guint       delay_ms)
{
  g_return_if_fail (OD_IS_AUTOSAVE (self));
  self->delay_ms = MAX (delay_ms, 1);
}

void
od_autosave_discard (OdAutosave *self)
{
  g_return_if_fail (OD_IS_AUTOSAVE (self));
  discard_now (self);
}

const char *
od_autosave_get_id (OdAutosave *self)
{
  g_return_val_if_fail (OD_IS_AUTOSAVE (self), NULL);
  return od_recovery_get_id (self->recovery);
}

guint
od_autosave_get_n_written (OdAutosave *self)
{
  g_return_val_if_fail (OD_IS_AUTOSAVE (self), 0);
  return self->n_written;
}

guint
od_autosave_get_n_interrupted (OdAutosave *self)
{
  g_return_val_if_fail (OD_IS_AUTOSAVE (self), 0);
  return self->n_interrupted;
}
