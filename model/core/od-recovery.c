/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-recovery.c: recovery copies of unsaved documents (see the header). */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "od-recovery.h"

struct _OdRecovery
{
  char *id;
};

char *
od_recovery_get_dir (void)
{
  const char *override = g_getenv ("OD_RECOVERY_DIR");

  if (override != NULL && override[0] != '\0')
    return g_strdup (override);
  return g_build_filename (g_get_user_data_dir (), "org-designer", "recovery", NULL);
}

/* The folder holds what the user had not saved: it must be a real folder
 * (not a link to one), theirs, and closed to everyone else.  One that is
 * too open is tightened; one that belongs to someone else is not used. */
static gboolean
check_dir (const char  *dir,
           GError     **error)
{
  GStatBuf st;

  if (g_lstat (dir, &st) != 0)
    {
      int saved = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("The recovery folder %s cannot be created: %s"), dir, g_strerror (saved));
      return FALSE;
    }
  if (!S_ISDIR (st.st_mode) || st.st_uid != geteuid ())
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                   _("The recovery folder %s is not a folder of yours; no recovery copy is kept there"), dir);
      return FALSE;
    }
  if ((st.st_mode & 077) != 0 && g_chmod (dir, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("The recovery folder %s is open to other users and cannot be closed: %s"),
                   dir, g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}

/* Ids are what od_recovery_new() makes: a UUID, nothing that leaves the folder. */
static gboolean
is_valid_id (const char *id)
{
  return g_uuid_string_is_valid (id);
}

/* A file of an entry: a regular file (not a link), the user's own, and
 * writable by no one else; anything else was planted. */
static gboolean
is_own_file (const char *path)
{
  GStatBuf st;

  return g_lstat (path, &st) == 0 && S_ISREG (st.st_mode) && st.st_uid == geteuid () &&
         (st.st_mode & 022) == 0;
}

static char *
path_for (const char *id,
          const char *suffix)
{
  g_autofree char *dir = od_recovery_get_dir ();
  g_autofree char *name = g_strconcat (id, suffix, NULL);

  return g_build_filename (dir, name, NULL);
}

OdRecovery *
od_recovery_new (void)
{
  OdRecovery *self = g_new0 (OdRecovery, 1);

  self->id = g_uuid_string_random ();
  return self;
}

OdRecovery *
od_recovery_new_for_entry (const OdRecoveryEntry *entry)
{
  OdRecovery *self;

  g_return_val_if_fail (entry != NULL, NULL);
  self = g_new0 (OdRecovery, 1);
  self->id = g_strdup (entry->id);
  return self;
}

void
od_recovery_free (OdRecovery *self)
{
  if (self == NULL)
    return;
  g_free (self->id);
  g_free (self);
}

const char *
od_recovery_get_id (OdRecovery *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->id;
}

gboolean
od_recovery_write (OdRecovery  *self,
                   GBytes      *document,
                   const char  *original_uri,
                   const char  *title,
                   gint64       edited_usec,
                   GError     **error)
{
  g_autofree char *dir = od_recovery_get_dir ();
  g_autofree char *doc_path = path_for (self->id, ".orgdesign");
  g_autofree char *ini_path = path_for (self->id, ".ini");
  g_autoptr(GKeyFile) info = g_key_file_new ();
  g_autofree char *info_data = NULL;
  gsize size;
  const char *data;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (document != NULL, FALSE);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("The recovery folder %s cannot be created: %s"), dir, g_strerror (saved));
      return FALSE;
    }
  if (!check_dir (dir, error))
    return FALSE;
  data = g_bytes_get_data (document, &size);
  /* g_file_set_contents writes a temporary file, syncs it and renames it. */
  if (!g_file_set_contents_full (doc_path, data, (gssize) size,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE, 0600, error))
    return FALSE;
  if (original_uri != NULL)
    g_key_file_set_string (info, "recovery", "original", original_uri);
  g_key_file_set_string (info, "recovery", "title", title ? title : "");
  g_key_file_set_int64 (info, "recovery", "edited", edited_usec);
  info_data = g_key_file_to_data (info, NULL, NULL);
  return g_file_set_contents_full (ini_path, info_data, -1,
                                   G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE, 0600, error);
}

void
od_recovery_discard (OdRecovery *self)
{
  g_autofree char *doc_path = NULL;
  g_autofree char *ini_path = NULL;

  g_return_if_fail (self != NULL);
  doc_path = path_for (self->id, ".orgdesign");
  ini_path = path_for (self->id, ".ini");
  /* The description first: a copy without one is never listed. */
  g_unlink (ini_path);
  g_unlink (doc_path);
}

void
od_recovery_entry_free (OdRecoveryEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->id);
  g_free (entry->document_path);
  g_free (entry->original_uri);
  g_free (entry->title);
  g_free (entry);
}

void
od_recovery_entry_delete (const OdRecoveryEntry *entry)
{
  g_autofree char *ini_path = NULL;

  g_return_if_fail (entry != NULL);
  ini_path = path_for (entry->id, ".ini");
  g_unlink (ini_path);
  g_unlink (entry->document_path);
}

static int
newest_first (gconstpointer a,
              gconstpointer b)
{
  const OdRecoveryEntry *ea = *(const OdRecoveryEntry * const *) a;
  const OdRecoveryEntry *eb = *(const OdRecoveryEntry * const *) b;

  return ea->edited_usec < eb->edited_usec ? 1 : ea->edited_usec > eb->edited_usec ? -1 : 0;
}

GPtrArray *
od_recovery_list (void)
{
  g_autofree char *dir_path = od_recovery_get_dir ();
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *entries = g_ptr_array_new_with_free_func ((GDestroyNotify) od_recovery_entry_free);
  const char *name;

  if (!g_file_test (dir_path, G_FILE_TEST_EXISTS))
    return entries;
  if (!check_dir (dir_path, &error))
    {
      g_warning ("%s", error->message);
      return entries;
    }
  dir = g_dir_open (dir_path, 0, NULL);

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autoptr(GKeyFile) info = g_key_file_new ();
      g_autofree char *ini_path = NULL;
      OdRecoveryEntry *entry;

      g_autofree char *id = NULL;

      if (!g_str_has_suffix (name, ".ini"))
        continue;
      id = g_strndup (name, strlen (name) - strlen (".ini"));
      ini_path = g_build_filename (dir_path, name, NULL);
      /* Another user's planted entry is never offered (nor deleted). */
      if (!is_valid_id (id) || !is_own_file (ini_path) ||
          !g_key_file_load_from_file (info, ini_path, G_KEY_FILE_NONE, NULL))
        continue;
      entry = g_new0 (OdRecoveryEntry, 1);
      entry->id = g_strndup (name, strlen (name) - strlen (".ini"));
      entry->document_path = path_for (entry->id, ".orgdesign");
      entry->original_uri = g_key_file_get_string (info, "recovery", "original", NULL);
      entry->title = g_key_file_get_string (info, "recovery", "title", NULL);
      entry->edited_usec = g_key_file_get_int64 (info, "recovery", "edited", NULL);
      /* Only a local file can be where a copy came from. */
      if (entry->original_uri != NULL && !g_str_has_prefix (entry->original_uri, "file:///"))
        g_clear_pointer (&entry->original_uri, g_free);
      if (!is_own_file (entry->document_path))
        {
          od_recovery_entry_free (entry);
          continue;
        }
      g_ptr_array_add (entries, entry);
    }
  g_ptr_array_sort (entries, newest_first);
  return entries;
}
