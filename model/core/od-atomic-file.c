/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-atomic-file.c: replace a file whole or not at all (see the header).
 * g_file_replace_contents() is atomic only for ordinary files and gives a
 * new file no fsync (design.md, pitfalls), hence this.
 *
 * What a save keeps is decided as GIO's local file replacement decides it
 * (the code under gnome-text-editor's saves), with one difference: GIO
 * rewrites a symbolic link's target in place, here the target is replaced
 * atomically in its own folder, which keeps the link just the same.
 *  - A symbolic link stays a link, even a dangling one: its target is
 *    written (created when missing).
 *  - A file with more than one hard link, a file whose owner or group the
 *    temporary cannot take, and a writable file in a folder that takes no
 *    new file are rewritten in place, so that the other names, the owner
 *    and the file itself stay.  Such a rewrite is not atomic: the new bytes
 *    are held in memory until commit, written in one go, and on failure
 *    the old bytes (read first) are written back.
 *  - The temporary and the backup get the original's mode, owner and group
 *    before their first byte, so a private file never has a readable copy.
 */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "od-atomic-file.h"

/* Temporaries are named ".NAME.od-PID-XXXXXX": the process id tells a
 * later save whether the one that left it is gone. */
#define TEMP_TAG ".od-"

struct _OdAtomicFile {
  char       *path;           /* the target, links resolved */
  char       *tmp_path;       /* NULL when rewriting in place */
  char       *display_name;
  char       *not_done;       /* "was not saved", "was not exported" */
  GQuark      domain;
  int         code;
  int         fd;
  int         failed_errno;   /* the first write error, or 0 */
  int         slot;           /* in the signal-cleanup table, or -1 */
  gboolean    exists;
  GStatBuf    original;       /* valid when @exists */
  GByteArray *in_place;       /* the new contents, when rewriting in place */
};

/* ---- removing our temporaries when a signal ends the process ---- */

/* A fixed table the signal handler can read without allocating: a path is
 * written first, then its slot marked used. */
#define N_SLOTS 8
static char slot_path[N_SLOTS][PATH_MAX];
static volatile sig_atomic_t slot_used[N_SLOTS];
static const int cleanup_signals[] = { SIGTERM, SIGINT, SIGHUP };

static void
cleanup_signal_cb (int signum)
{
  for (int i = 0; i < N_SLOTS; i++)
    if (slot_used[i])
      unlink (slot_path[i]);
  /* Die of the same signal, so the parent sees what happened. */
  signal (signum, SIG_DFL);
  raise (signum);
}

void
od_atomic_file_install_signal_cleanup (void)
{
  struct sigaction action = { 0 };

  action.sa_handler = cleanup_signal_cb;
  sigemptyset (&action.sa_mask);
  for (guint i = 0; i < G_N_ELEMENTS (cleanup_signals); i++)
    sigaddset (&action.sa_mask, cleanup_signals[i]);
  for (guint i = 0; i < G_N_ELEMENTS (cleanup_signals); i++)
    sigaction (cleanup_signals[i], &action, NULL);
  /* A file-size limit (ulimit -f) then fails the write with EFBIG, which
   * is reported, instead of killing the process with the temporary left. */
  signal (SIGXFSZ, SIG_IGN);
}

void
od_atomic_file_remove_temporaries_now (void)
{
  for (int i = 0; i < N_SLOTS; i++)
    if (slot_used[i])
      unlink (slot_path[i]);
}

static int
register_temporary (const char *path)
{
  G_LOCK_DEFINE_STATIC (slots);
  int found = -1;

  if (strlen (path) >= PATH_MAX)
    return -1;
  G_LOCK (slots);
  for (int i = 0; i < N_SLOTS && found < 0; i++)
    if (!slot_used[i])
      {
        strcpy (slot_path[i], path);
        slot_used[i] = 1;
        found = i;
      }
  G_UNLOCK (slots);
  return found;
}

/* Between creating a temporary and registering it a signal must wait, or
 * the handler would not know the file it has to remove. */
static void
block_cleanup_signals (sigset_t *old)
{
  sigset_t set;

  sigemptyset (&set);
  for (guint i = 0; i < G_N_ELEMENTS (cleanup_signals); i++)
    sigaddset (&set, cleanup_signals[i]);
  pthread_sigmask (SIG_BLOCK, &set, old);
}

static void
restore_signals (const sigset_t *old)
{
  pthread_sigmask (SIG_SETMASK, old, NULL);
}

static void
unregister_temporary (int slot)
{
  if (slot >= 0)
    slot_used[slot] = 0;
}

/* ---- errors and teardown ---- */

static gboolean
fail (OdAtomicFile *self,
      GError      **error,
      const char   *what,
      int           saved_errno)
{
  /* TRANSLATORS: "销售部.pdf was not exported (writing failed: No space left on device); the file on disk is unchanged" */
  g_set_error (error, self->domain, self->code, _("%s %s (%s: %s); the file on disk is unchanged"),
               self->display_name, self->not_done, what, g_strerror (saved_errno));
  return FALSE;
}

static void
free_self (OdAtomicFile *self)
{
  if (self->fd >= 0)
    close (self->fd);
  if (self->tmp_path != NULL)
    g_unlink (self->tmp_path);
  unregister_temporary (self->slot);
  if (self->in_place != NULL)
    g_byte_array_unref (self->in_place);
  g_free (self->path);
  g_free (self->tmp_path);
  g_free (self->display_name);
  g_free (self->not_done);
  g_free (self);
}

/* ---- finding the file a path names ---- */

/* Follows symbolic links to the file finally named, which need not exist
 * (a dangling link names the file it would create).  NULL on a loop. */
static char *
resolve_links (const char *path)
{
  g_autofree char *current = g_strdup (path);

  for (int hops = 0; hops < 40; hops++)
    {
      GStatBuf st;
      g_autofree char *target = NULL;

      if (g_lstat (current, &st) != 0 || !S_ISLNK (st.st_mode))
        {
          /* Make the folder part canonical too, so that the temporary goes
           * beside the real file. */
          g_autofree char *dir = g_path_get_dirname (current);
          g_autofree char *base = g_path_get_basename (current);
          char *real_dir = realpath (dir, NULL);
          char *result = real_dir ? g_build_filename (real_dir, base, NULL) : g_strdup (current);

          free (real_dir);
          return result;
        }
      target = g_file_read_link (current, NULL);
      if (target == NULL)
        return NULL;
      if (!g_path_is_absolute (target))
        {
          g_autofree char *dir = g_path_get_dirname (current);
          g_autofree char *joined = g_build_filename (dir, target, NULL);
          g_free (target);
          target = g_steal_pointer (&joined);
        }
      g_free (current);
      current = g_steal_pointer (&target);
    }
  return NULL;
}

/* Removes temporaries of @base that an earlier run of ours left behind
 * when it was killed: ours by name and owner, their process gone. */
static void
remove_stale_temporaries (const char *dir,
                          const char *base)
{
  g_autofree char *prefix = g_strconcat (".", base, TEMP_TAG, NULL);
  gsize prefix_len = strlen (prefix);
  DIR *d = opendir (dir);
  struct dirent *entry;

  if (d == NULL)
    return;
  while ((entry = readdir (d)) != NULL)
    {
      const char *rest;
      char *end;
      long pid;
      struct stat st;

      if (strncmp (entry->d_name, prefix, prefix_len) != 0)
        continue;
      rest = entry->d_name + prefix_len;
      pid = strtol (rest, &end, 10);
      if (end == rest || *end != '-' || strlen (end + 1) != 6 || pid <= 0)
        continue;
      if (fstatat (dirfd (d), entry->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0 ||
          !S_ISREG (st.st_mode) || st.st_uid != geteuid ())
        continue;
      if (pid == getpid () || kill ((pid_t) pid, 0) == 0 || errno != ESRCH)
        continue;
      unlinkat (dirfd (d), entry->d_name, 0);
    }
  closedir (d);
}

/* Creates a temporary beside @path that has @like's mode, owner and group
 * (when @like is given) before anything is written to it.  -1 with errno
 * set on failure; ENOTSUP when the owner or group could not be given. */
static int
create_temporary (const char     *path,
                  const GStatBuf *like,
                  char          **tmp_path_out)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *tmp_path = g_strdup_printf ("%s/.%s" TEMP_TAG "%d-XXXXXX", dir, base, (int) getpid ());
  int fd;

  /* 0600 until the original's mode is set: never more open than that. */
  fd = g_mkstemp_full (tmp_path, O_RDWR | O_CLOEXEC, like ? 0600 : 0666);
  if (fd < 0)
    return -1;
  if (like != NULL)
    {
      GStatBuf now;

      /* Owner and group first: changing them may clear set-id bits. */
      if (fchown (fd, like->st_uid, like->st_gid) != 0)
        fchown (fd, (uid_t) -1, like->st_gid);
      if (fchmod (fd, like->st_mode & 07777) != 0 || fstat (fd, &now) != 0 ||
          now.st_uid != like->st_uid || now.st_gid != like->st_gid)
        {
          close (fd);
          g_unlink (tmp_path);
          errno = ENOTSUP;
          return -1;
        }
    }
  *tmp_path_out = g_steal_pointer (&tmp_path);
  return fd;
}

OdAtomicFile *
od_atomic_file_open (const char  *path,
                     const char  *display_name,
                     const char  *not_done,
                     GQuark       error_domain,
                     int          error_code,
                     GError     **error)
{
  OdAtomicFile *self;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  gboolean in_place = FALSE;
  int saved_errno = 0;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_new0 (OdAtomicFile, 1);
  self->fd = -1;
  self->slot = -1;
  self->display_name = g_strdup (display_name ? display_name : path);
  self->not_done = g_strdup (not_done);
  self->domain = error_domain;
  self->code = error_code;
  /* Write through a symbolic link to the file it points at, so the link stays. */
  self->path = resolve_links (path);
  if (self->path == NULL)
    {
      self->path = g_strdup (path);
      fail (self, error, _("its symbolic links form a loop"), ELOOP);
      free_self (self);
      return NULL;
    }

  self->exists = g_stat (self->path, &self->original) == 0;
  if (self->exists && S_ISDIR (self->original.st_mode))
    {
      g_set_error (error, error_domain, error_code, _("%s %s: a folder of that name is in the way"),
                   self->display_name, self->not_done);
      free_self (self);
      return NULL;
    }
  if (self->exists && !S_ISREG (self->original.st_mode))
    {
      g_set_error (error, error_domain, error_code, _("%s %s: it is a device or other special file, not a regular file"),
                   self->display_name, self->not_done);
      free_self (self);
      return NULL;
    }
  dir = g_path_get_dirname (self->path);
  base = g_path_get_basename (self->path);
  remove_stale_temporaries (dir, base);

  /* The other names of a hard-linked file would keep the old contents. */
  if (self->exists && self->original.st_nlink > 1)
    in_place = TRUE;
  else
    {
      sigset_t old;

      block_cleanup_signals (&old);
      self->fd = create_temporary (self->path, self->exists ? &self->original : NULL, &self->tmp_path);
      saved_errno = errno;
      if (self->fd >= 0)
        self->slot = register_temporary (self->tmp_path);
      restore_signals (&old);
      if (self->fd < 0 && self->exists && access (self->path, W_OK) == 0 &&
          (saved_errno == ENOTSUP || saved_errno == EACCES || saved_errno == EPERM || saved_errno == EROFS))
        in_place = TRUE;
    }
  if (in_place)
    {
      /* Opened now, so that a file that cannot be written fails here. */
      self->fd = g_open (self->path, O_RDWR | O_CLOEXEC | O_NOFOLLOW, 0);
      saved_errno = errno;
      self->in_place = g_byte_array_new ();
    }
  if (self->fd < 0)
    {
      fail (self, error, _("cannot create a file in its folder"), saved_errno);
      free_self (self);
      return NULL;
    }
  return self;
}

gboolean
od_atomic_file_write (OdAtomicFile *self,
                      const void   *data,
                      gsize         size,
                      GError      **error)
{
  const guint8 *p = data;

  g_return_val_if_fail (self != NULL, FALSE);

  if (self->failed_errno != 0)
    return fail (self, error, _("writing failed"), self->failed_errno);
  if (self->in_place != NULL)
    {
      g_byte_array_append (self->in_place, data, (guint) size);
      return TRUE;
    }
  while (size > 0)
    {
      gssize n = write (self->fd, p, size);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          self->failed_errno = n < 0 ? errno : EIO;
          return fail (self, error, _("writing failed"), self->failed_errno);
        }
      p += n;
      size -= (gsize) n;
    }
  return TRUE;
}

const char *
od_atomic_file_get_path (OdAtomicFile *self)
{
  return self->path;
}

static gboolean
write_all_at (int           fd,
              const guint8 *data,
              gsize         size)
{
  off_t offset = 0;

  while (size > 0)
    {
      gssize n = pwrite (fd, data, size, offset);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          if (n == 0)
            errno = EIO;
          return FALSE;
        }
      data += n;
      offset += n;
      size -= (gsize) n;
    }
  return TRUE;
}

/* Writes @data as a new file at @path (atomically, with @like's mode and
 * group from the first byte).  Used for the backup. */
static gboolean
write_copy (const char     *path,
            const GStatBuf *like,
            const guint8   *data,
            gsize           size)
{
  g_autofree char *tmp_path = NULL;
  sigset_t old;
  int fd, slot = -1;
  gboolean ok;

  block_cleanup_signals (&old);
  fd = create_temporary (path, like, &tmp_path);
  if (fd >= 0)
    slot = register_temporary (tmp_path);
  restore_signals (&old);
  if (fd < 0)
    return FALSE;
  ok = write_all_at (fd, data, size) && fsync (fd) == 0;
  ok = close (fd) == 0 && ok;
  ok = ok && g_rename (tmp_path, path) == 0;
  if (!ok)
    g_unlink (tmp_path);
  unregister_temporary (slot);
  return ok;
}

/* Copies the current version to PATH~ so that a user can go back one save. */
static void
keep_backup_of (OdAtomicFile *self)
{
  g_autofree char *backup = g_strconcat (self->path, "~", NULL);
  g_autofree char *contents = NULL;
  gsize length;

  if (!g_file_get_contents (self->path, &contents, &length, NULL))
    return;
  /* Best effort: a backup that cannot be written must not stop the save. */
  write_copy (backup, &self->original, (const guint8 *) contents, length);
}

/* Syncs and closes the temporary file; FALSE with @error on failure. */
static gboolean
finish_writing (OdAtomicFile *self,
                GError      **error)
{
  int fd = self->fd;

  self->fd = -1;
  if (self->failed_errno != 0)
    {
      close (fd);
      return fail (self, error, _("writing failed"), self->failed_errno);
    }
  if (fsync (fd) != 0)
    {
      int saved = errno;
      close (fd);
      return fail (self, error, _("the disk did not confirm the write"), saved);
    }
  if (close (fd) != 0)
    return fail (self, error, _("writing failed"), errno);
  return TRUE;
}

/* Rewrites the target itself; on any failure writes the old bytes back. */
static gboolean
commit_in_place (OdAtomicFile *self,
                 gboolean      keep_backup,
                 GError      **error)
{
  g_autofree char *old = NULL;
  gsize old_size = 0;
  const char *what = _("writing failed");
  int fd = self->fd;
  int saved = 0;

  if (!g_file_get_contents (self->path, &old, &old_size, NULL))
    return fail (self, error, _("the old version could not be read"), errno ? errno : EIO);
  if (keep_backup)
    {
      g_autofree char *backup = g_strconcat (self->path, "~", NULL);
      write_copy (backup, &self->original, (const guint8 *) old, old_size);
    }
  self->fd = -1;
  if (!write_all_at (fd, self->in_place->data, self->in_place->len) ||
      ftruncate (fd, self->in_place->len) != 0)
    saved = errno;
  else if (fsync (fd) != 0)
    {
      saved = errno;
      what = _("the disk did not confirm the write");
    }
  else if (close (fd) == 0)
    return TRUE;
  else
    {
      /* Closing failed: what was written may not be on disk. */
      saved = errno;
      fd = g_open (self->path, O_RDWR | O_CLOEXEC | O_NOFOLLOW, 0);
    }
  if (fd >= 0)
    {
      if (write_all_at (fd, (const guint8 *) old, old_size) && ftruncate (fd, old_size) == 0)
        fsync (fd);
      close (fd);
    }
  return fail (self, error, what, saved);
}

gboolean
od_atomic_file_commit (OdAtomicFile *self,
                       gboolean      keep_backup,
                       GError      **error)
{
  g_autofree char *dir = NULL;
  int dir_fd;

  g_return_val_if_fail (self != NULL, FALSE);

  if (self->in_place != NULL)
    {
      gboolean ok = self->failed_errno == 0
                    ? commit_in_place (self, keep_backup, error)
                    : fail (self, error, _("writing failed"), self->failed_errno);
      free_self (self);
      return ok;
    }
  if (!finish_writing (self, error))
    {
      free_self (self);
      return FALSE;
    }
  if (keep_backup && self->exists)
    keep_backup_of (self);
  if (g_rename (self->tmp_path, self->path) != 0)
    {
      fail (self, error, _("the new version could not replace the old one"), errno);
      free_self (self);
      return FALSE;
    }
  g_clear_pointer (&self->tmp_path, g_free);
  unregister_temporary (self->slot);
  self->slot = -1;
  /* Make the rename itself durable. */
  dir = g_path_get_dirname (self->path);
  dir_fd = open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir_fd >= 0)
    {
      fsync (dir_fd);
      close (dir_fd);
    }
  free_self (self);
  return TRUE;
}

void
od_atomic_file_abort (OdAtomicFile *self)
{
  if (self != NULL)
    free_self (self);
}
