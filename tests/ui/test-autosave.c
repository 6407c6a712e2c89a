/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-autosave.c: a document with unsaved changes gets a recovery copy
 * within the delay, off the main loop; saving or undoing to the saved
 * state removes it, a clean close removes it, and a restored copy comes
 * back unsaved, with its content, under the same recovery slot. */
#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <unistd.h>

#include "od-autosave.h"
#include "od-command.h"
#include "od-file.h"
#include "od-ui-test.h"

/* Big enough that serialising it takes a while (tens of milliseconds). */
#define N_BIG_GROUP 50000

static char *recovery_dir;

/* Runs the main loop until @done returns TRUE or 10 seconds pass. */
static gboolean
wait_until (gboolean (*done) (gpointer),
            gpointer   data)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!done (data) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE), g_usleep (1000);
  return done (data);
}

static guint
n_copies (void)
{
  g_autoptr(GPtrArray) entries = od_recovery_list ();
  return entries->len;
}

static gboolean
has_copy (gpointer data)
{
  return n_copies () == GPOINTER_TO_UINT (data);
}

static gboolean
written (gpointer data)
{
  return od_autosave_get_n_written (data) > 0;
}

static void
rename_unit (OdDocument *doc,
             const char *unit,
             const char *name)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (od_document_push (doc, od_command_set_unit_prop (od_document_get_organisation (doc), unit,
                                                                 OD_UNIT_PROP_NAME, name, NULL), &error));
  g_assert_no_error (error);
}

static void
test_copy_written_and_removed (void)
{
  g_autoptr(OdDocument) doc = od_document_new_from_template (OD_SIZE_MEDIUM, NULL);
  g_autoptr(OdAutosave) autosave = od_autosave_new (doc, NULL);
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree char *contents = NULL;
  const OdRecoveryEntry *entry;

  od_autosave_set_delay (autosave, 50);
  g_assert_cmpuint (n_copies (), ==, 0);
  rename_unit (doc, "sales", "华东销售部");
  g_assert_true (wait_until (written, autosave));
  entries = od_recovery_list ();
  g_assert_cmpuint (entries->len, ==, 1);
  entry = entries->pdata[0];
  g_assert_cmpstr (entry->id, ==, od_autosave_get_id (autosave));
  /* An untitled document is covered too. */
  g_assert_null (entry->original_uri);
  g_assert_true (g_file_get_contents (entry->document_path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "华东销售部"));

  /* Undoing back to the saved state leaves nothing to recover. */
  od_undo_stack_undo (od_document_get_undo_stack (doc));
  g_assert_true (wait_until (has_copy, GUINT_TO_POINTER (0)));

  /* A clean close removes the copy of a document with unsaved changes. */
  rename_unit (doc, "sales", "华南销售部");
  g_assert_true (wait_until (has_copy, GUINT_TO_POINTER (1)));
  od_autosave_discard (autosave);
  g_assert_true (wait_until (has_copy, GUINT_TO_POINTER (0)));
}

/* Runs the main loop for about @ms milliseconds. */
static void
run_for (int ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE), g_usleep (500);
}

/* The recovery copy's text (one copy expected). */
static char *
copy_contents (void)
{
  g_autoptr(GPtrArray) entries = od_recovery_list ();
  char *contents = NULL;

  g_assert_cmpuint (entries->len, ==, 1);
  g_assert_true (g_file_get_contents (((OdRecoveryEntry *) entries->pdata[0])->document_path, &contents, NULL, NULL));
  return contents;
}

/* Whether the one recovery copy there is has the text @data. */
static gboolean
copy_has (gpointer data)
{
  g_autoptr(GPtrArray) entries = od_recovery_list ();
  g_autofree char *contents = NULL;

  return entries->len == 1
         && g_file_get_contents (((OdRecoveryEntry *) entries->pdata[0])->document_path, &contents, NULL, NULL)
         && strstr (contents, data) != NULL;
}

/* An edit made while a copy is being made stops it instead of waiting for
 * it, and the copy that follows has every edit. */
static void
test_edit_stops_copy_in_progress (void)
{
  g_autoptr(OdDocument) doc = od_ui_test_group_document ("大集团", "总经理", N_BIG_GROUP);
  g_autoptr(OdAutosave) autosave = od_autosave_new (doc, NULL);
  g_autofree char *contents = NULL;
  g_autofree char *last = NULL;
  guint i;

  od_autosave_set_delay (autosave, 1);
  rename_unit (doc, "r0", "华东销售部");
  /* Edits at a brisk pace until one comes in while a copy is being made
   * (within the second after the first edit, when edits still stop it). */
  for (i = 0; i < 100 && od_autosave_get_n_interrupted (autosave) == 0; i++)
    {
      run_for (5);
      g_free (last);
      last = g_strdup_printf ("华南销售%u部", i);
      rename_unit (doc, "r1", last);
    }
  g_test_message ("%u edits, %u copies stopped, %u written", i + 1,
                  od_autosave_get_n_interrupted (autosave), od_autosave_get_n_written (autosave));
  g_assert_cmpuint (od_autosave_get_n_interrupted (autosave), >, 0);
  /* Then a pause: a copy lands with the last edit in it (a copy made
   * between two of the edits may land first). */
  g_assert_true (wait_until (copy_has, last));
  contents = copy_contents ();
  g_assert_nonnull (strstr (contents, "华东销售部"));
  g_assert_nonnull (strstr (contents, last));
  od_autosave_discard (autosave);
  g_assert_true (wait_until (has_copy, GUINT_TO_POINTER (0)));
}

/* Nonstop editing still gets a copy: an edit waits for it once the oldest
 * edit in no copy is a second old. */
static void
test_copy_during_nonstop_edits (void)
{
  g_autoptr(OdDocument) doc = od_ui_test_group_document ("大集团", "总经理", N_BIG_GROUP);
  g_autoptr(OdAutosave) autosave = od_autosave_new (doc, NULL);
  gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  guint i;

  od_autosave_set_delay (autosave, 1);
  for (i = 0; g_get_monotonic_time () < end && od_autosave_get_n_written (autosave) == 0; i++)
    {
      g_autofree char *name = g_strdup_printf ("销售%u部", i);

      rename_unit (doc, "r2", name);
      run_for (5);
    }
  g_test_message ("%u edits, %u copies stopped, %u written", i,
                  od_autosave_get_n_interrupted (autosave), od_autosave_get_n_written (autosave));
  g_assert_cmpuint (od_autosave_get_n_written (autosave), >, 0);
  od_autosave_discard (autosave);
  g_assert_true (wait_until (has_copy, GUINT_TO_POINTER (0)));
}

static void
test_saving_removes_copy (void)
{
  g_autoptr(OdDocument) doc = od_document_new_from_template (OD_SIZE_SMALL, NULL);
  g_autoptr(OdAutosave) autosave = od_autosave_new (doc, NULL);
  g_autofree char *path = g_build_filename (recovery_dir, "..", "saved.orgdesign", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  od_autosave_set_delay (autosave, 50);
  rename_unit (doc, od_unit_get_id (od_organisation_get_first_top_unit (od_document_get_organisation (doc))), "董事长");
  g_assert_true (wait_until (has_copy, GUINT_TO_POINTER (1)));
  g_assert_true (od_document_save (doc, file, TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (wait_until (has_copy, GUINT_TO_POINTER (0)));
  g_unlink (path);
}

/* What the application does after a crash: read the copy back. */
static void
test_restore (void)
{
  g_autoptr(OdDocument) doc = od_document_new_from_template (OD_SIZE_LARGE, NULL);
  g_autoptr(OdAutosave) autosave = od_autosave_new (doc, NULL);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(OdOrganisation) org = od_organisation_new ();
  g_autoptr(GFile) copy = NULL;
  g_autoptr(OdDocument) restored = NULL;
  g_autoptr(OdAutosave) resumed = NULL;
  g_autoptr(GError) error = NULL;
  const OdRecoveryEntry *entry;

  od_autosave_set_delay (autosave, 50);
  rename_unit (doc, "sales", "大客户销售部");
  g_assert_true (wait_until (written, autosave));
  /* The "crash": the window goes without discarding. */
  g_clear_object (&autosave);

  entries = od_recovery_list ();
  g_assert_cmpuint (entries->len, ==, 1);
  entry = entries->pdata[0];
  g_assert_cmpint (entry->edited_usec, <=, g_get_real_time ());
  copy = g_file_new_for_path (entry->document_path);
  g_assert_true (od_file_load (org, copy, 0, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (od_unit_get_name (od_organisation_lookup_unit (org, "sales")), ==, "大客户销售部");
  restored = od_document_new_restored (org, NULL);
  g_assert_true (od_document_get_modified (restored));
  resumed = od_autosave_new (restored, entry);
  g_assert_cmpstr (od_autosave_get_id (resumed), ==, entry->id);
  od_autosave_discard (resumed);
  g_assert_true (wait_until (has_copy, GUINT_TO_POINTER (0)));
}

/* With the delay the application uses, a copy is on disk within a second
 * of an edit (the time a crash may cost). */
static void
test_copy_within_a_second (void)
{
  g_autoptr(OdDocument) doc = od_document_new_from_template (OD_SIZE_MEDIUM, NULL);
  g_autoptr(OdAutosave) autosave = od_autosave_new (doc, NULL);
  gint64 edited, landed;

  rename_unit (doc, "sales", "一秒内");
  edited = g_get_monotonic_time ();
  g_assert_true (wait_until (written, autosave));
  landed = g_get_monotonic_time ();
  g_test_message ("recovery copy %.0f ms after the edit", (landed - edited) / 1000.0);
  g_assert_cmpint (landed - edited, <, G_USEC_PER_SEC);
  od_autosave_discard (autosave);
  g_assert_true (wait_until (has_copy, GUINT_TO_POINTER (0)));
}

/* Killed (SIGTERM, SIGHUP) right after an edit, long before the timer:
 * the edit is in the recovery copy all the same. */
static void
killed_after_edit (int signum)
{
  if (g_test_subprocess ())
    {
      OdDocument *doc = od_document_new_from_template (OD_SIZE_MEDIUM, NULL);
      OdAutosave *autosave = od_autosave_new (doc, NULL);
      gint64 end;

      od_autosave_set_delay (autosave, 600000);
      rename_unit (doc, "sales", signum == SIGTERM ? "被终止前的修改" : "挂断前的修改");
      kill (getpid (), signum);
      end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
      while (g_get_monotonic_time () < end)
        g_main_context_iteration (NULL, FALSE), g_usleep (1000);
      /* Still alive: the signal did not end the process. */
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  {
    g_autoptr(GPtrArray) entries = od_recovery_list ();
    g_autofree char *contents = NULL;

    g_assert_cmpuint (entries->len, ==, 1);
    g_assert_true (g_file_get_contents (((OdRecoveryEntry *) entries->pdata[0])->document_path, &contents, NULL, NULL));
    g_assert_nonnull (strstr (contents, signum == SIGTERM ? "被终止前的修改" : "挂断前的修改"));
    od_recovery_entry_delete (entries->pdata[0]);
  }
}

static void
test_sigterm_keeps_edit (void)
{
  killed_after_edit (SIGTERM);
}

static void
test_sighup_keeps_edit (void)
{
  killed_after_edit (SIGHUP);
}

int
main (int    argc,
      char **argv)
{
  /* A test's subprocess (the killed application) uses its parent's folder. */
  const char *inherited = g_getenv ("OD_TEST_AUTOSAVE_BASE");
  g_autofree char *base = inherited ? g_strdup (inherited) : g_dir_make_tmp ("od-autosave-XXXXXX", NULL);
  int status;

  recovery_dir = g_build_filename (base, "recovery", NULL);
  g_setenv ("OD_RECOVERY_DIR", recovery_dir, TRUE);
  g_setenv ("OD_TEST_AUTOSAVE_BASE", base, TRUE);
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ui/autosave/copy-written-and-removed", test_copy_written_and_removed);
  g_test_add_func ("/ui/autosave/saving-removes-copy", test_saving_removes_copy);
  g_test_add_func ("/ui/autosave/restore", test_restore);
  g_test_add_func ("/ui/autosave/copy-within-a-second", test_copy_within_a_second);
  g_test_add_func ("/ui/autosave/edit-stops-copy-in-progress", test_edit_stops_copy_in_progress);
  g_test_add_func ("/ui/autosave/copy-during-nonstop-edits", test_copy_during_nonstop_edits);
  g_test_add_func ("/ui/autosave/sigterm-keeps-edit", test_sigterm_keeps_edit);
  g_test_add_func ("/ui/autosave/sighup-keeps-edit", test_sighup_keeps_edit);
  status = g_test_run ();
  g_rmdir (recovery_dir);
  g_rmdir (base);
  g_free (recovery_dir);
  return status;
}
