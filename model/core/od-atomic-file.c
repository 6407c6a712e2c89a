/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-atomic-file.c: replace a file whole or not at all (see the header).
 * g_file_replace_contents() is atomic only for ordinary files and gives a
 * new file no fsync (design.md, pitfalls), hence this. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "od-atomic-file.h"

struct _OdAtomicFile {
  char    *path;           /* the target, links resolved */
  char    *tmp_path;
  char    *display_name;
  char    *not_done;       /* "was not saved", "was not exported" */
  GQuark   domain;
  int      code;
  int      fd;
  int      failed_errno;   /* the first write error, or 0 */
};

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
  g_free (self->path);
  g_free (self->tmp_path);
  g_free (self->display_name);
  g_free (self->not_done);
  g_free (self);
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
  char *resolved;
  GStatBuf st;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_new0 (OdAtomicFile, 1);
  self->fd = -1;
  self->display_name = g_strdup (display_name ? display_name : path);
  self->not_done = g_strdup (not_done);
  self->domain = error_domain;
  self->code = error_code;
  /* Write through a symbolic link to the file it points at, so the link stays. */
  resolved = realpath (path, NULL);
  self->path = resolved ? g_strdup (resolved) : g_strdup (path);
  free (resolved);

  if (g_stat (self->path, &st) == 0 && S_ISDIR (st.st_mode))
    {
      g_set_error (error, error_domain, error_code, _("%s %s: a folder of that name is in the way"),
                   self->display_name, self->not_done);
      free_self (self);
      return NULL;
    }
  dir = g_path_get_dirname (self->path);
  base = g_path_get_basename (self->path);
  self->tmp_path = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);
  self->fd = g_mkstemp_full (self->tmp_path, O_WRONLY | O_CLOEXEC, 0644);
  if (self->fd < 0)
    {
      fail (self, error, _("cannot create a file in its folder"), errno);
      g_clear_pointer (&self->tmp_path, g_free);
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

/* Copies the current version to PATH~ so that a user can go back one save. */
static void
keep_backup_of (const char *path)
{
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autofree char *contents = NULL;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return;
  /* Best effort: a backup that cannot be written must not stop the save. */
  g_file_set_contents (backup, contents, (gssize) length, NULL);
}

/* Syncs and closes the temporary file; FALSE with @error on failure. */
static gboolean
finish_writing (OdAtomicFile *self,
                GError      **error)
{
  GStatBuf st;
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
  /* Keep the permissions of the file being replaced. */
  if (g_stat (self->path, &st) == 0)
    fchmod (fd, st.st_mode & 07777);
  if (close (fd) != 0)
    return fail (self, error, _("writing failed"), errno);
  return TRUE;
}

gboolean
od_atomic_file_commit (OdAtomicFile *self,
                       gboolean      keep_backup,
                       GError      **error)
{
  g_autofree char *dir = NULL;
  int dir_fd;

  g_return_val_if_fail (self != NULL, FALSE);

  if (!finish_writing (self, error))
    {
      free_self (self);
      return FALSE;
    }
  if (keep_backup && g_file_test (self->path, G_FILE_TEST_IS_REGULAR))
    keep_backup_of (self->path);
  if (g_rename (self->tmp_path, self->path) != 0)
    {
      fail (self, error, _("the new version could not replace the old one"), errno);
      free_self (self);
      return FALSE;
    }
  g_clear_pointer (&self->tmp_path, g_free);
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
