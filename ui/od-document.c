/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-document.c: one open organisation, its undo stack, file and findings. */
#include "config.h"

#include <glib/gi18n.h>

#include "od-check.h"
#include "od-check-cache.h"
#include "od-document.h"
#include "od-file.h"
#include "od-template.h"
#include "od-worker-priority.h"

/* Above this many units the checks of an edit take longer than a frame
 * (about 2 ms per 1,000 units): they run in a worker thread, the window
 * keeps showing the last findings meanwhile. */
#define THREADED_CHECKS_MIN_UNITS 2000

typedef struct {
  OdDocument  *document;   /* a reference while the pass runs */
  GThread     *thread;
  gint         cancel;
  gboolean     abandoned;  /* stopped by the main thread: drop the pass */
  OdCheckPass *pass;
} CheckJob;

struct _OdDocument
{
  GObject         parent_instance;

  OdOrganisation *org;
  OdUndoStack    *stack;
  GFile          *file;
  char           *etag;       /* of the file as read or last saved */
  char           *title;

  OdCheckCache   *checks;     /* re-checks only what each edit touched */
  GPtrArray      *findings;   /* OdFinding*, owned by checks; NULL when stale */
  guint           findings_idle;
  CheckJob       *job;        /* a pass running in a worker thread, or NULL */
};

enum {
  PROP_0,
  PROP_FILE,
  PROP_TITLE,
  PROP_MODIFIED,
  N_PROPS
};

enum {
  FINDINGS_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (OdDocument, od_document, G_TYPE_OBJECT)

static void
update_title (OdDocument *self)
{
  g_autofree char *title = NULL;

  if (self->file != NULL)
    {
      g_autofree char *basename = g_file_get_basename (self->file);

      title = g_filename_display_name (basename);
    }
  else if (od_organisation_get_name (self->org) != NULL
           && *od_organisation_get_name (self->org) != '\0')
    title = g_strdup (od_organisation_get_name (self->org));
  else
    title = g_strdup (_("Untitled Organisation"));

  if (g_strcmp0 (title, self->title) != 0)
    {
      g_free (self->title);
      self->title = g_steal_pointer (&title);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
    }
}

static void start_checks (OdDocument *self);

static void
ensure_checks (OdDocument *self)
{
  if (self->checks == NULL)
    self->checks = od_check_cache_new (self->org);
}

static gboolean
threaded (OdDocument *self)
{
  return od_organisation_get_n_units (self->org) >= THREADED_CHECKS_MIN_UNITS;
}

static gboolean
check_done_cb (gpointer user_data)
{
  CheckJob *job = user_data;
  OdDocument *self = job->document;

  if (!job->abandoned)
    {
      g_thread_join (job->thread);
      self->job = NULL;
      if (job->pass != NULL && od_check_cache_commit (self->checks, g_steal_pointer (&job->pass)))
        {
          self->findings = od_check_cache_get_findings_shown (self->checks);
          g_signal_emit (self, signals[FINDINGS_CHANGED], 0);
        }
      else if (self->findings == NULL)
        start_checks (self);
    }
  g_clear_pointer (&job->pass, od_check_pass_free);
  g_object_unref (job->document);
  g_free (job);
  return G_SOURCE_REMOVE;
}

static gpointer
check_thread (gpointer data)
{
  CheckJob *job = data;

  od_worker_priority_lower ();
  job->pass = od_check_cache_compute (job->document->checks, &job->cancel);
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, check_done_cb, job, NULL);
  return NULL;
}

static void
start_checks (OdDocument *self)
{
  CheckJob *job;

  if (self->job != NULL)
    return;
  ensure_checks (self);
  job = g_new0 (CheckJob, 1);
  job->document = g_object_ref (self);
  self->job = job;
  job->thread = g_thread_new ("od-checks", check_thread, job);
}

/* Before the organisation changes: the worker reads it.  It stops within
 * one rule (or a thousand units); what it made is dropped. */
static void
stop_checks (OdDocument *self)
{
  CheckJob *job = self->job;

  if (job == NULL)
    return;
  g_atomic_int_set (&job->cancel, 1);
  g_thread_join (job->thread);
  job->abandoned = TRUE;   /* check_done_cb, already queued, frees it */
  self->job = NULL;
}

static gboolean
findings_idle_cb (gpointer user_data)
{
  OdDocument *self = user_data;

  self->findings_idle = 0;
  if (self->findings == NULL && threaded (self))
    {
      start_checks (self);
      return G_SOURCE_REMOVE;
    }
  g_signal_emit (self, signals[FINDINGS_CHANGED], 0);
  return G_SOURCE_REMOVE;
}

static void
organisation_changed_cb (OdDocument     *self,
                         int             kind,
                         gpointer        unit,
                         OdOrganisation *org)
{
  /* Every change comes through the undo stack or a reload, which stop
   * the worker first; anything else would change what it reads. */
  if (self->job != NULL)
    {
      g_critical ("The organisation changed while its checks ran in a thread");
      stop_checks (self);
    }
  /* A group command changes many things in a row: check once, afterwards. */
  self->findings = NULL;
  if (self->findings_idle == 0)
    self->findings_idle = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, findings_idle_cb, self, NULL);

  if (kind == OD_CHANGE_ORGANISATION || kind == OD_CHANGE_RELOADED)
    update_title (self);
}

static void
modified_cb (OdDocument *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static void
od_document_dispose (GObject *object)
{
  OdDocument *self = OD_DOCUMENT (object);

  g_clear_handle_id (&self->findings_idle, g_source_remove);
  stop_checks (self);
  if (self->org != NULL)
    g_signal_handlers_disconnect_by_data (self->org, self);
  if (self->stack != NULL)
    g_signal_handlers_disconnect_by_data (self->stack, self);
  g_clear_object (&self->stack);
  g_clear_object (&self->org);
  g_clear_object (&self->file);
  self->findings = NULL;
  g_clear_pointer (&self->checks, od_check_cache_free);

  G_OBJECT_CLASS (od_document_parent_class)->dispose (object);
}

static void
od_document_finalize (GObject *object)
{
  OdDocument *self = OD_DOCUMENT (object);

  g_free (self->etag);
  g_free (self->title);

  G_OBJECT_CLASS (od_document_parent_class)->finalize (object);
}

static void
od_document_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  OdDocument *self = OD_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, od_document_get_modified (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
od_document_class_init (OdDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = od_document_dispose;
  object_class->finalize = od_document_finalize;
  object_class->get_property = od_document_get_property;

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OdDocument::findings-changed:
   *
   * Emitted once after a series of edits, when od_document_get_findings()
   * would give new findings.
   */
  signals[FINDINGS_CHANGED] = g_signal_new ("findings-changed",
                                            G_TYPE_FROM_CLASS (klass),
                                            G_SIGNAL_RUN_LAST,
                                            0, NULL, NULL, NULL,
                                            G_TYPE_NONE, 0);
}

static void
od_document_init (OdDocument *self)
{
}

static OdDocument *
document_new (OdOrganisation *org,
              GFile          *file,
              const char     *etag)
{
  OdDocument *self = g_object_new (OD_TYPE_DOCUMENT, NULL);

  self->org = g_object_ref (org);
  self->stack = od_undo_stack_new (org);
  g_set_object (&self->file, file);
  self->etag = g_strdup (etag);
  g_signal_connect_object (org, "changed", G_CALLBACK (organisation_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->stack, "notify::modified", G_CALLBACK (modified_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->stack, "about-to-change", G_CALLBACK (stop_checks),
                           self, G_CONNECT_SWAPPED);
  update_title (self);
  return self;
}

OdDocument *
od_document_new (OdOrganisation *org)
{
  g_return_val_if_fail (OD_IS_ORGANISATION (org), NULL);

  return document_new (org, NULL, NULL);
}

OdDocument *
od_document_new_restored (OdOrganisation *org,
                          GFile          *file)
{
  OdDocument *self;

  g_return_val_if_fail (OD_IS_ORGANISATION (org), NULL);

  /* No entity tag: the file may have changed since the crash, so the
   * first save asks before overwriting it. */
  self = document_new (org, file, NULL);
  od_undo_stack_mark_unsaved (self->stack);
  return self;
}

OdDocument *
od_document_new_from_template (OdSize   size,
                               GError **error)
{
  g_autoptr(OdOrganisation) org = NULL;

  g_return_val_if_fail (size < OD_N_SIZES, NULL);

  org = od_template_create (size, od_lang_for_user (), NULL, error);
  if (org == NULL)
    return NULL;
  return document_new (org, NULL, NULL);
}

typedef struct {
  OdOrganisation *org;
  char           *etag;
} LoadResult;

static void
load_result_free (LoadResult *result)
{
  g_clear_object (&result->org);
  g_free (result->etag);
  g_free (result);
}

typedef struct {
  GFile *file;
  gint  *permille;
} LoadJob;

static void
load_job_free (LoadJob *job)
{
  g_object_unref (job->file);
  g_free (job);
}

static void
load_progress_cb (double   fraction,
                  gpointer user_data)
{
  g_atomic_int_set ((gint *) user_data, (gint) (CLAMP (fraction, 0, 1) * 1000));
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadJob *job = task_data;
  GFile *file = job->file;
  LoadResult *result = g_new0 (LoadResult, 1);
  GError *error = NULL;

  /* The tag first: if the file changes while it is read, the next save
   * sees a tag that no longer matches and asks instead of overwriting. */
  result->etag = od_file_get_etag (file, cancellable);
  result->org = od_organisation_new ();
  if (!od_file_load_full (result->org, file, OD_LOAD_DEFAULT, job->permille != NULL ? load_progress_cb : NULL,
                          job->permille, cancellable, &error))
    {
      load_result_free (result);
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, result, (GDestroyNotify) load_result_free);
}

void
od_document_load_async_full (GFile               *file,
                             gint                *permille,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  LoadJob *job;

  g_return_if_fail (G_IS_FILE (file));

  job = g_new0 (LoadJob, 1);
  job->file = g_object_ref (file);
  job->permille = permille;
  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, od_document_load_async);
  g_task_set_task_data (task, job, (GDestroyNotify) load_job_free);
  g_task_run_in_thread (task, load_thread);
}

void
od_document_load_async (GFile               *file,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  od_document_load_async_full (file, NULL, cancellable, callback, user_data);
}

OdDocument *
od_document_load_finish (GAsyncResult  *result,
                         GError       **error)
{
  LoadResult *loaded;
  OdDocument *self;
  GFile *file;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  loaded = g_task_propagate_pointer (G_TASK (result), error);
  if (loaded == NULL)
    return NULL;
  file = ((LoadJob *) g_task_get_task_data (G_TASK (result)))->file;
  self = document_new (loaded->org, file, loaded->etag);
  load_result_free (loaded);
  return self;
}

OdOrganisation *
od_document_get_organisation (OdDocument *self)
{
  g_return_val_if_fail (OD_IS_DOCUMENT (self), NULL);
  return self->org;
}

OdUndoStack *
od_document_get_undo_stack (OdDocument *self)
{
  g_return_val_if_fail (OD_IS_DOCUMENT (self), NULL);
  return self->stack;
}

GFile *
od_document_get_file (OdDocument *self)
{
  g_return_val_if_fail (OD_IS_DOCUMENT (self), NULL);
  return self->file;
}

const char *
od_document_get_title (OdDocument *self)
{
  g_return_val_if_fail (OD_IS_DOCUMENT (self), NULL);
  return self->title;
}

char *
od_document_dup_location (OdDocument *self)
{
  g_autoptr(GFile) parent = NULL;
  g_autoptr(GFile) home = NULL;
  g_autofree char *relative = NULL;

  g_return_val_if_fail (OD_IS_DOCUMENT (self), NULL);

  if (self->file == NULL || (parent = g_file_get_parent (self->file)) == NULL)
    return NULL;
  home = g_file_new_for_path (g_get_home_dir ());
  if (g_file_equal (parent, home))
    return g_strdup ("~");
  relative = g_file_get_relative_path (home, parent);
  if (relative != NULL)
    {
      g_autofree char *display = g_filename_display_name (relative);

      return g_build_filename ("~", display, NULL);
    }
  return g_file_get_parse_name (parent);
}

gboolean
od_document_get_modified (OdDocument *self)
{
  g_return_val_if_fail (OD_IS_DOCUMENT (self), FALSE);
  return od_undo_stack_get_modified (self->stack);
}

gboolean
od_document_push (OdDocument  *self,
                  OdCommand   *command,
                  GError     **error)
{
  g_return_val_if_fail (OD_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (command != NULL, FALSE);

  return od_undo_stack_push (self->stack, command, error);
}

gboolean
od_document_save (OdDocument  *self,
                  GFile       *file,
                  gboolean     overwrite,
                  GError     **error)
{
  g_autofree char *new_etag = NULL;

  g_return_val_if_fail (OD_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (file != NULL || self->file != NULL, FALSE);

  if (file == NULL)
    file = self->file;

  if (overwrite)
    {
      if (!od_file_save (self->org, file, NULL, error))
        return FALSE;
      new_etag = od_file_get_etag (file, NULL);
    }
  else
    {
      g_autofree char *current = NULL;
      const char *expected;

      /* Saving as over another file: the file chooser already asked
       * whether to replace it, so compare with what is there now. */
      if (self->file != NULL && g_file_equal (file, self->file))
        expected = self->etag;
      else
        expected = current = od_file_get_etag (file, NULL);
      if (!od_file_save_checked (self->org, file, expected, &new_etag, NULL, error))
        return FALSE;
    }

  g_free (self->etag);
  self->etag = g_steal_pointer (&new_etag);
  if (self->file == NULL || !g_file_equal (file, self->file))
    {
      g_set_object (&self->file, file);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
      update_title (self);
    }
  od_undo_stack_mark_saved (self->stack);
  return TRUE;
}

const char *
od_document_get_etag (OdDocument *self)
{
  g_return_val_if_fail (OD_IS_DOCUMENT (self), NULL);
  return self->etag;
}

gboolean
od_document_reload (OdDocument  *self,
                    GError     **error)
{
  g_autofree char *etag = NULL;

  g_return_val_if_fail (OD_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (self->file != NULL, FALSE);

  /* The tag first: a change landing while reading is then noticed again. */
  etag = od_file_get_etag (self->file, NULL);
  /* Whoever reads the organisation in a thread (the checks, the recovery
   * copy) stops first, as before an edit. */
  g_signal_emit_by_name (self->stack, "about-to-change");
  if (!od_file_load (self->org, self->file, 0, NULL, error))
    return FALSE;
  g_free (self->etag);
  self->etag = g_steal_pointer (&etag);
  /* The edits on the stack were made to the other version. */
  od_undo_stack_clear (self->stack);
  od_undo_stack_mark_saved (self->stack);
  update_title (self);
  return TRUE;
}

GPtrArray *
od_document_get_findings (OdDocument *self)
{
  g_return_val_if_fail (OD_IS_DOCUMENT (self), NULL);

  if (self->findings == NULL)
    {
      /* Now, in this thread: whatever the worker made is older. */
      stop_checks (self);
      ensure_checks (self);
      self->findings = od_check_cache_get_findings (self->checks);
    }
  return self->findings;
}

GPtrArray *
od_document_peek_findings (OdDocument *self)
{
  g_return_val_if_fail (OD_IS_DOCUMENT (self), NULL);

  if (self->findings != NULL)
    return self->findings;
  if (!threaded (self))
    return od_document_get_findings (self);
  /* The last findings published (none before the first pass). */
  start_checks (self);
  return od_check_cache_get_findings_shown (self->checks);
}

int
od_document_get_unit_severity (OdDocument   *self,
                               const OdUnit *unit)
{
  g_return_val_if_fail (OD_IS_DOCUMENT (self), -1);
  g_return_val_if_fail (unit != NULL, -1);

  return self->checks != NULL ? od_check_cache_get_worst (self->checks, unit) : -1;
}

const gint8 *
od_document_get_severities (OdDocument *self,
                            guint      *n_serials)
{
  g_return_val_if_fail (OD_IS_DOCUMENT (self), NULL);

  if (self->checks == NULL)
    {
      if (n_serials != NULL)
        *n_serials = 0;
      return NULL;
    }
  return od_check_cache_get_severities (self->checks, n_serials);
}
