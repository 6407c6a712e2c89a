/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-io-faults.c: run under the I/O-fault shim (tests/fault), which fails
 * one write, fsync, rename, close, ftruncate or fchmod at a time.  Every
 * save is tried with a failure at each such call in turn; after each one
 * the file holds exactly the old version (when the save reported failure)
 * or exactly the new one (when it reported success), and no temporary is
 * left.  The shim also stands in for what root cannot be refused: a
 * read-only folder and an owner the temporary cannot take. */
#include "config.h"

#include <dlfcn.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "od-template.h"
#include "tests/fault/od-io-fault.h"
#include "tests/od-test-util.h"

static OdIoFaultArm arm;
static OdIoFaultDisarm disarm;
static OdIoFaultDenyCreateIn deny_create_in;
static OdIoFaultDenyChown deny_chown;

static long total_runs, total_faults;

static void
need_shim (void)
{
  arm = (OdIoFaultArm) dlsym (RTLD_DEFAULT, "od_io_fault_arm");
  disarm = (OdIoFaultDisarm) dlsym (RTLD_DEFAULT, "od_io_fault_disarm");
  deny_create_in = (OdIoFaultDenyCreateIn) dlsym (RTLD_DEFAULT, "od_io_fault_deny_create_in");
  deny_chown = (OdIoFaultDenyChown) dlsym (RTLD_DEFAULT, "od_io_fault_deny_chown");
  /* Not skipped: without the shim this test proves nothing. */
  g_assert_nonnull (arm);
}

/* No file in @dir other than the ones named. */
static void
assert_no_debris (const char *dir,
                  const char *const *allowed)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (d)) != NULL)
    if (!g_strv_contains (allowed, name))
      g_error ("a failed save left %s in its folder", name);
}

typedef enum {
  EXISTING,
  HARD_LINKED,
  NEW_FILE,
} Shape;

static void
run_faults (Shape    shape,
            unsigned kinds)
{
  g_autofree char *dir = od_test_make_dir ("od-fault");
  g_autofree char *path = g_build_filename (dir, "plan.orgdesign", NULL);
  g_autofree char *other = g_build_filename (dir, "other-name.orgdesign", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(OdOrganisation) org = od_template_create (OD_SIZE_MEDIUM, OD_LANG_ZH_CN, NULL, &error);
  g_autofree char *expected = od_test_serialize (org);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  const char *allowed[] = { "plan.orgdesign", "plan.orgdesign~", "other-name.orgdesign", NULL };
  const char *old = "<old version the user must not lose/>\n";

  g_assert_no_error (error);
  for (long n = 1; ; n++)
    {
      g_autoptr(GError) save_error = NULL;
      g_autofree char *seen = NULL;
      gboolean saved;
      long injected;

      g_unlink (path);
      g_unlink (other);
      if (shape != NEW_FILE)
        g_assert_true (g_file_set_contents (path, old, -1, NULL));
      if (shape == HARD_LINKED)
        g_assert_cmpint (link (path, other), ==, 0);

      arm (kinds, n);
      saved = od_file_save (org, file, NULL, &save_error);
      injected = disarm ();
      total_runs++;
      total_faults += injected;

      if (saved)
        {
          g_assert_no_error (save_error);
          g_assert_true (g_file_get_contents (path, &seen, NULL, NULL));
          g_assert_cmpstr (seen, ==, expected);
        }
      else
        {
          g_assert_nonnull (save_error);
          g_assert_cmpuint (injected, ==, 1);
          if (shape == NEW_FILE)
            g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
          else
            {
              g_assert_true (g_file_get_contents (path, &seen, NULL, NULL));
              g_assert_cmpstr (seen, ==, old);
            }
        }
      if (shape == HARD_LINKED)
        {
          g_autofree char *through_other = NULL;
          g_assert_true (g_file_get_contents (other, &through_other, NULL, NULL));
          g_assert_cmpstr (through_other, ==, saved ? expected : old);
        }
      assert_no_debris (dir, allowed);
      if (injected == 0)
        {
          /* Past the last call of these kinds: every one has failed once. */
          g_assert_true (saved);
          g_assert_cmpint (n, >, 1);
          break;
        }
    }
  od_test_remove_dir (dir);
}

static void
test_existing (void)
{
  need_shim ();
  run_faults (EXISTING, OD_IO_FAULT_WRITE);
  run_faults (EXISTING, OD_IO_FAULT_FSYNC);
  run_faults (EXISTING, OD_IO_FAULT_RENAME);
  run_faults (EXISTING, OD_IO_FAULT_CLOSE);
  run_faults (EXISTING, OD_IO_FAULT_FCHMOD);
  run_faults (EXISTING, OD_IO_FAULT_WRITE | OD_IO_FAULT_FSYNC | OD_IO_FAULT_RENAME |
                        OD_IO_FAULT_CLOSE | OD_IO_FAULT_FTRUNCATE | OD_IO_FAULT_FCHMOD);
}

static void
test_hard_linked (void)
{
  need_shim ();
  run_faults (HARD_LINKED, OD_IO_FAULT_WRITE | OD_IO_FAULT_FSYNC | OD_IO_FAULT_RENAME |
                           OD_IO_FAULT_CLOSE | OD_IO_FAULT_FTRUNCATE | OD_IO_FAULT_FCHMOD);
}

static void
test_new_file (void)
{
  need_shim ();
  run_faults (NEW_FILE, OD_IO_FAULT_WRITE | OD_IO_FAULT_FSYNC | OD_IO_FAULT_RENAME |
                        OD_IO_FAULT_CLOSE | OD_IO_FAULT_FTRUNCATE | OD_IO_FAULT_FCHMOD);
}

/* Root cannot be refused a new file, so the shim refuses it: a writable
 * file in such a folder is still saved, in place. */
static void
test_read_only_folder (void)
{
  g_autofree char *dir = od_test_make_dir ("od-fault");
  g_autofree char *path = g_build_filename (dir, "plan.orgdesign", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(OdOrganisation) org = od_template_create (OD_SIZE_SMALL, OD_LANG_EN, NULL, &error);
  g_autofree char *expected = od_test_serialize (org);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *seen = NULL;
  const char *allowed[] = { "plan.orgdesign", NULL };
  GStatBuf before, after;

  need_shim ();
  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_cmpint (g_stat (path, &before), ==, 0);
  deny_create_in (dir);
  g_assert_true (od_file_save (org, file, NULL, &error));
  g_assert_no_error (error);
  /* A new file in it is refused with a message, not a crash. */
  {
    g_autofree char *fresh = g_build_filename (dir, "fresh.orgdesign", NULL);
    g_autoptr(GFile) fresh_file = g_file_new_for_path (fresh);
    g_autoptr(GError) fresh_error = NULL;

    g_assert_false (od_file_save (org, fresh_file, NULL, &fresh_error));
    g_assert_error (fresh_error, OD_FILE_ERROR, OD_FILE_ERROR_WRITE);
    g_assert_nonnull (strstr (fresh_error->message, "fresh.orgdesign"));
  }
  deny_create_in (NULL);
  g_assert_cmpint (g_stat (path, &after), ==, 0);
  g_assert_cmpuint (before.st_ino, ==, after.st_ino);
  g_assert_true (g_file_get_contents (path, &seen, NULL, NULL));
  g_assert_cmpstr (seen, ==, expected);
  assert_no_debris (dir, allowed);
  od_test_remove_dir (dir);
}

/* A user saving a file another user owns (in a shared folder) cannot give
 * a new file that owner: the file is rewritten in place and keeps it. */
static void
test_owner_kept (void)
{
  g_autofree char *dir = od_test_make_dir ("od-fault");
  g_autofree char *path = g_build_filename (dir, "plan.orgdesign", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(OdOrganisation) org = od_template_create (OD_SIZE_SMALL, OD_LANG_EN, NULL, &error);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *expected = od_test_serialize (org);
  g_autofree char *seen = NULL;
  GStatBuf st;

  need_shim ();
  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_cmpint (chown (path, 4321, 4322), ==, 0);
  g_assert_cmpint (g_chmod (path, 0664), ==, 0);
  deny_chown (1);
  g_assert_true (od_file_save (org, file, NULL, &error));
  deny_chown (0);
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_uid, ==, 4321);
  g_assert_cmpint (st.st_gid, ==, 4322);
  g_assert_cmpint (st.st_mode & 07777, ==, 0664);
  g_assert_true (g_file_get_contents (path, &seen, NULL, NULL));
  g_assert_cmpstr (seen, ==, expected);
  od_test_remove_dir (dir);
}

static void
test_report (void)
{
  /* The figures for the issue note, in the TAP log. */
  g_test_message ("I/O faults: %ld saves, %ld faults injected, the old file survived every failed save",
                  total_runs, total_faults);
  g_assert_cmpint (total_faults, >, 20);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/model/io-faults/existing-file", test_existing);
  g_test_add_func ("/model/io-faults/hard-linked-file", test_hard_linked);
  g_test_add_func ("/model/io-faults/new-file", test_new_file);
  g_test_add_func ("/model/io-faults/read-only-folder", test_read_only_folder);
  g_test_add_func ("/model/io-faults/owner-kept", test_owner_kept);
  g_test_add_func ("/model/io-faults/report", test_report);
  return g_test_run ();
}
