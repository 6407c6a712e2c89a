/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-recovery.c: recovery copies survive a crash (the process just stops)
 * and are listed newest first; a clean close leaves nothing behind. */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <unistd.h>

#include "od-recovery.h"
#include "tests/od-test-util.h"

/* A fresh folder, where recovery copies go from now on. */
static char *
fresh_dir (void)
{
  char *dir = od_test_make_dir ("od-recovery");

  g_setenv ("OD_RECOVERY_DIR", dir, TRUE);
  return dir;
}

static void
test_write_list_discard (void)
{
  g_autofree char *dir = fresh_dir ();
  g_autoptr(OdRecovery) untitled = od_recovery_new ();
  g_autoptr(OdRecovery) opened = od_recovery_new ();
  g_autoptr(GBytes) doc1 = g_bytes_new_static ("<organisation/>", 15);
  g_autoptr(GBytes) doc2 = g_bytes_new_static ("<organisation name='b'/>", 24);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  const OdRecoveryEntry *first;

  g_assert_cmpstr (od_recovery_get_id (untitled), !=, od_recovery_get_id (opened));
  g_assert_true (od_recovery_write (untitled, doc1, NULL, "未命名", 1000, &error));
  g_assert_no_error (error);
  g_assert_true (od_recovery_write (opened, doc2, "file:///home/a/plan.orgdesign", "plan", 2000, &error));
  g_assert_no_error (error);

  /* What the next start-up after a crash sees. */
  entries = od_recovery_list ();
  g_assert_cmpuint (entries->len, ==, 2);
  first = entries->pdata[0];
  g_assert_cmpstr (first->title, ==, "plan");
  g_assert_cmpstr (first->original_uri, ==, "file:///home/a/plan.orgdesign");
  g_assert_cmpint (first->edited_usec, ==, 2000);
  g_assert_true (g_file_get_contents (first->document_path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "<organisation name='b'/>");
  g_assert_null (((OdRecoveryEntry *) entries->pdata[1])->original_uri);
  g_assert_cmpstr (((OdRecoveryEntry *) entries->pdata[1])->title, ==, "未命名");

  /* A newer write replaces the copy. */
  g_assert_true (od_recovery_write (untitled, doc2, NULL, "未命名", 3000, &error));
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = od_recovery_list ();
  g_assert_cmpuint (entries->len, ==, 2);
  g_assert_cmpint (((OdRecoveryEntry *) entries->pdata[0])->edited_usec, ==, 3000);

  /* A clean close. */
  od_recovery_discard (untitled);
  od_recovery_discard (opened);
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = od_recovery_list ();
  g_assert_cmpuint (entries->len, ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_restore_keeps_slot (void)
{
  g_autofree char *dir = fresh_dir ();
  g_autoptr(OdRecovery) before = od_recovery_new ();
  g_autoptr(GBytes) doc = g_bytes_new_static ("x", 1);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(OdRecovery) after = NULL;

  g_assert_true (od_recovery_write (before, doc, NULL, "t", 1, NULL));
  entries = od_recovery_list ();
  after = od_recovery_new_for_entry (entries->pdata[0]);
  g_assert_cmpstr (od_recovery_get_id (after), ==, od_recovery_get_id (before));
  od_recovery_discard (after);
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = od_recovery_list ();
  g_assert_cmpuint (entries->len, ==, 0);
  g_rmdir (dir);
}

static void
test_incomplete_copies_ignored (void)
{
  g_autofree char *dir = fresh_dir ();
  g_autofree char *orphan_ini = g_build_filename (dir, "abc.ini", NULL);
  g_autofree char *garbage_ini = g_build_filename (dir, "def.ini", NULL);
  g_autofree char *garbage_doc = g_build_filename (dir, "def.orgdesign", NULL);
  g_autoptr(GPtrArray) entries = NULL;

  /* A description whose document is gone, and one that is not a key file. */
  g_assert_true (g_file_set_contents (orphan_ini, "[recovery]\ntitle=x\nedited=5\n", -1, NULL));
  g_assert_true (g_file_set_contents (garbage_ini, "\x01\x02 not ini", -1, NULL));
  g_assert_true (g_file_set_contents (garbage_doc, "x", -1, NULL));
  entries = od_recovery_list ();
  g_assert_cmpuint (entries->len, ==, 0);
  g_unlink (orphan_ini);
  g_unlink (garbage_ini);
  g_unlink (garbage_doc);
  g_rmdir (dir);
}

/* An existing folder open to others is closed (0700) by the next write. */
static void
test_folder_tightened (void)
{
  g_autofree char *dir = fresh_dir ();
  g_autoptr(OdRecovery) slot = od_recovery_new ();
  g_autoptr(GBytes) doc = g_bytes_new_static ("<organisation/>", 15);
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
  g_assert_true (od_recovery_write (slot, doc, NULL, "t", 1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (dir, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  od_test_remove_dir (dir);
}

/* Another user's folder (or a link to one) is not used at all. */
static void
test_foreign_folder_refused (void)
{
  g_autofree char *dir = fresh_dir ();
  g_autofree char *link = g_strconcat (dir, "-link", NULL);
  g_autoptr(OdRecovery) slot = od_recovery_new ();
  g_autoptr(GBytes) doc = g_bytes_new_static ("<organisation/>", 15);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;

  g_assert_true (od_recovery_write (slot, doc, NULL, "t", 1, &error));
  g_assert_cmpint (chown (dir, 4321, 4321), ==, 0);
  g_assert_false (od_recovery_write (slot, doc, NULL, "t", 2, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_test_expect_message ("OrgDesigner", G_LOG_LEVEL_WARNING, "*not a folder of yours*");
  entries = od_recovery_list ();
  g_test_assert_expected_messages ();
  g_assert_cmpuint (entries->len, ==, 0);
  g_clear_pointer (&entries, g_ptr_array_unref);
  g_assert_cmpint (chown (dir, getuid (), getgid ()), ==, 0);

  g_assert_cmpint (symlink (dir, link), ==, 0);
  g_setenv ("OD_RECOVERY_DIR", link, TRUE);
  g_assert_false (od_recovery_write (slot, doc, NULL, "t", 3, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  g_unlink (link);
  od_test_remove_dir (dir);
}

/* Entries another user planted, or that are links, are neither offered
 * nor deleted; an "original" that is not a local file is dropped. */
static void
test_foreign_entries_refused (void)
{
  g_autofree char *dir = fresh_dir ();
  g_autoptr(OdRecovery) mine = od_recovery_new ();
  g_autoptr(OdRecovery) planted = od_recovery_new ();
  g_autoptr(OdRecovery) remote = od_recovery_new ();
  g_autoptr(GBytes) doc = g_bytes_new_static ("<organisation/>", 15);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree char *planted_ini = NULL;
  g_autofree char *planted_doc = NULL;
  g_autofree char *bad_id_ini = g_build_filename (dir, "..%2fescape.ini", NULL);
  g_autofree char *linked_ini = NULL;
  g_autoptr(OdRecovery) linked = od_recovery_new ();

  g_assert_true (od_recovery_write (mine, doc, "file:///home/a/plan.orgdesign", "mine", 3, &error));
  g_assert_true (od_recovery_write (planted, doc, "file:///home/a/.bashrc", "planted", 4, &error));
  g_assert_true (od_recovery_write (remote, doc, "sftp://evil.example/x", "remote", 2, &error));
  g_assert_true (od_recovery_write (linked, doc, NULL, "linked", 5, &error));
  g_assert_no_error (error);
  planted_ini = g_strdup_printf ("%s/%s.ini", dir, od_recovery_get_id (planted));
  planted_doc = g_strdup_printf ("%s/%s.orgdesign", dir, od_recovery_get_id (planted));
  g_assert_cmpint (chown (planted_ini, 4321, 4321), ==, 0);
  g_assert_cmpint (chown (planted_doc, 4321, 4321), ==, 0);
  g_assert_true (g_file_set_contents (bad_id_ini, "[recovery]\ntitle=x\nedited=9\n", -1, NULL));
  g_assert_cmpint (g_chmod (bad_id_ini, 0600), ==, 0);
  linked_ini = g_strdup_printf ("%s/%s.ini", dir, od_recovery_get_id (linked));
  {
    g_autofree char *target = g_strconcat (linked_ini, ".real", NULL);
    g_assert_cmpint (g_rename (linked_ini, target), ==, 0);
    g_assert_cmpint (symlink (target, linked_ini), ==, 0);
  }

  entries = od_recovery_list ();
  g_assert_cmpuint (entries->len, ==, 2);
  g_assert_cmpstr (((OdRecoveryEntry *) entries->pdata[0])->title, ==, "mine");
  g_assert_cmpstr (((OdRecoveryEntry *) entries->pdata[0])->original_uri, ==, "file:///home/a/plan.orgdesign");
  g_assert_cmpstr (((OdRecoveryEntry *) entries->pdata[1])->title, ==, "remote");
  g_assert_null (((OdRecoveryEntry *) entries->pdata[1])->original_uri);
  g_assert_true (g_file_test (planted_ini, G_FILE_TEST_EXISTS));
  od_test_remove_dir (dir);
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/model/recovery/write-list-discard", test_write_list_discard);
  g_test_add_func ("/model/recovery/restore-keeps-slot", test_restore_keeps_slot);
  g_test_add_func ("/model/recovery/incomplete-copies-ignored", test_incomplete_copies_ignored);
  g_test_add_func ("/model/recovery/folder-tightened", test_folder_tightened);
  g_test_add_func ("/model/recovery/foreign-folder-refused", test_foreign_folder_refused);
  g_test_add_func ("/model/recovery/foreign-entries-refused", test_foreign_entries_refused);
  return g_test_run ();
}
