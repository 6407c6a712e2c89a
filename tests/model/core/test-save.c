/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-save.c: what a save keeps: the mode, owner and group of a private
 * file (in its temporary and its backup too), hard links, symbolic links
 * (also dangling ones), and a writable file in a folder that takes no new
 * file; stale temporaries of a killed save are removed by the next one. */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "od-atomic-file.h"
#include "od-template.h"
#include "tests/od-test-util.h"

static OdOrganisation *
small_org (void)
{
  g_autoptr(GError) error = NULL;
  OdOrganisation *org = od_template_create (OD_SIZE_SMALL, OD_LANG_ZH_CN, NULL, &error);

  g_assert_no_error (error);
  return org;
}

static void
save (OdOrganisation *org,
      const char     *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_true (od_file_save (org, file, NULL, &error));
  g_assert_no_error (error);
}

static char *
contents_of (const char *path)
{
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

static guint
count_entries (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (d) != NULL)
    n++;
  return n;
}

/* A 0600 file stays 0600, and so does its backup. */
static void
test_private_mode_kept (void)
{
  g_autofree char *dir = od_test_make_dir ("od-save");
  g_autofree char *path = g_build_filename (dir, "private.orgdesign", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(OdOrganisation) org = small_org ();
  GStatBuf st;

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_cmpint (g_chmod (path, 0600), ==, 0);
  g_assert_cmpint (chown (path, 4321, 4322), ==, 0);
  save (org, path);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0600);
  g_assert_cmpint (st.st_uid, ==, 4321);
  g_assert_cmpint (st.st_gid, ==, 4322);
  g_assert_cmpint (g_stat (backup, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0600);
  g_assert_cmpint (st.st_gid, ==, 4322);
  g_assert_cmpint (st.st_uid, ==, 4321);
  od_test_remove_dir (dir);
}

/* The temporary itself is never more open than the original: checked at
 * its first byte, from inside the write. */
static void
test_temporary_mode_from_first_byte (void)
{
  g_autofree char *dir = od_test_make_dir ("od-save");
  g_autofree char *path = g_build_filename (dir, "secret.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) d = NULL;
  OdAtomicFile *out;
  const char *name;
  guint temporaries = 0;

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_cmpint (g_chmod (path, 0640), ==, 0);
  g_assert_cmpint (chown (path, 4321, 4322), ==, 0);
  out = od_atomic_file_open (path, "secret.pdf", "was not exported", G_IO_ERROR, G_IO_ERROR_FAILED, &error);
  g_assert_no_error (error);
  d = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (d)) != NULL)
    if (name[0] == '.')
      {
        g_autofree char *tmp = g_build_filename (dir, name, NULL);
        GStatBuf st;

        g_assert_cmpint (g_stat (tmp, &st), ==, 0);
        g_assert_cmpint (st.st_size, ==, 0);
        g_assert_cmpint (st.st_mode & 07777, ==, 0640);
        g_assert_cmpint (st.st_uid, ==, 4321);
        g_assert_cmpint (st.st_gid, ==, 4322);
        temporaries++;
      }
  g_assert_cmpuint (temporaries, ==, 1);
  g_assert_true (od_atomic_file_write (out, "new", 3, &error));
  g_assert_true (od_atomic_file_commit (out, FALSE, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_entries (dir), ==, 1);
  od_test_remove_dir (dir);
}

/* Both names of a hard-linked file see the new version. */
static void
test_hard_link_kept (void)
{
  g_autofree char *dir = od_test_make_dir ("od-save");
  g_autofree char *path = g_build_filename (dir, "a.orgdesign", NULL);
  g_autofree char *other = g_build_filename (dir, "b.orgdesign", NULL);
  g_autoptr(OdOrganisation) org = small_org ();
  g_autofree char *expected = od_test_serialize (org);
  g_autofree char *seen = NULL;
  g_autofree char *backup = NULL;
  GStatBuf st;

  g_assert_true (g_file_set_contents (path, "old version", -1, NULL));
  g_assert_cmpint (link (path, other), ==, 0);
  save (org, path);
  seen = contents_of (other);
  g_assert_cmpstr (seen, ==, expected);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_nlink, ==, 2);
  backup = g_strconcat (path, "~", NULL);
  g_free (seen);
  seen = contents_of (backup);
  g_assert_cmpstr (seen, ==, "old version");
  /* A shorter version leaves nothing of a longer one behind. */
  {
    g_autofree char *long_text = g_strnfill (100000, 'x');
    FILE *f = fopen (other, "w");   /* truncates in place: the link stays */

    g_assert_nonnull (f);
    fputs (long_text, f);
    fclose (f);
  }
  save (org, path);
  g_free (seen);
  seen = contents_of (other);
  g_assert_cmpstr (seen, ==, expected);
  od_test_remove_dir (dir);
}

/* A symbolic link stays a link; a dangling one gets its target created. */
static void
test_symlinks_kept (void)
{
  g_autofree char *dir = od_test_make_dir ("od-save");
  g_autofree char *target = g_build_filename (dir, "real.orgdesign", NULL);
  g_autofree char *link_path = g_build_filename (dir, "link.orgdesign", NULL);
  g_autofree char *dangling = g_build_filename (dir, "dangling.orgdesign", NULL);
  g_autofree char *missing = g_build_filename (dir, "not-yet.orgdesign", NULL);
  g_autoptr(OdOrganisation) org = small_org ();
  g_autofree char *expected = od_test_serialize (org);
  g_autofree char *seen = NULL;
  GStatBuf st;

  g_assert_true (g_file_set_contents (target, "old", -1, NULL));
  g_assert_cmpint (symlink ("real.orgdesign", link_path), ==, 0);
  save (org, link_path);
  g_assert_cmpint (g_lstat (link_path, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  seen = contents_of (target);
  g_assert_cmpstr (seen, ==, expected);

  g_assert_cmpint (symlink ("not-yet.orgdesign", dangling), ==, 0);
  save (org, dangling);
  g_assert_cmpint (g_lstat (dangling, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  g_free (seen);
  seen = contents_of (missing);
  g_assert_cmpstr (seen, ==, expected);
  od_test_remove_dir (dir);
}

/* A save killed mid-write leaves a temporary; the next save removes it,
 * but never a temporary of a process still running, nor another's file. */
static void
test_stale_temporaries_removed (void)
{
  g_autofree char *dir = od_test_make_dir ("od-save");
  g_autofree char *path = g_build_filename (dir, "plan.orgdesign", NULL);
  g_autofree char *stale = NULL;
  g_autofree char *live = g_strdup_printf ("%s/.plan.orgdesign.od-%d-abcdef", dir, (int) getppid ());
  g_autofree char *foreign = g_build_filename (dir, ".plan.orgdesign.XYZ123", NULL);
  g_autoptr(OdOrganisation) org = small_org ();
  GPid pid;
  const char *argv[] = { "/bin/true", NULL };

  /* A process id that is surely gone: a child that has been reaped. */
  g_assert_true (g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid, NULL));
  g_assert_cmpint (waitpid (pid, NULL, 0), ==, pid);
  stale = g_strdup_printf ("%s/.plan.orgdesign.od-%d-q1w2e3", dir, (int) pid);
  g_assert_true (g_file_set_contents (stale, "half", -1, NULL));
  g_assert_true (g_file_set_contents (live, "in progress", -1, NULL));
  g_assert_true (g_file_set_contents (foreign, "someone else's", -1, NULL));
  save (org, path);
  g_assert_false (g_file_test (stale, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (live, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (foreign, G_FILE_TEST_EXISTS));
  od_test_remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/model/save/private-mode-kept", test_private_mode_kept);
  g_test_add_func ("/model/save/temporary-mode-from-first-byte", test_temporary_mode_from_first_byte);
  g_test_add_func ("/model/save/hard-link-kept", test_hard_link_kept);
  g_test_add_func ("/model/save/symlinks-kept", test_symlinks_kept);
  g_test_add_func ("/model/save/stale-temporaries-removed", test_stale_temporaries_removed);
  return g_test_run ();
}
