/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-file-watch.c: another program changes the open file: the user is
 * told once per version, the document's own saves are not reported,
 * saving refuses to overwrite the other version, and reloading takes it. */
#include "config.h"

#include <glib/gstdio.h>

#include "od-command.h"
#include "od-file.h"
#include "od-file-watch.h"

typedef struct {
  guint    n_changed;
  gboolean deleted;
} Seen;

static void
changed_cb (OdFileWatch *watch,
            gboolean     deleted,
            Seen        *seen)
{
  seen->n_changed++;
  seen->deleted = deleted;
}

/* Runs the main loop for up to @seconds or until @seen counts @n. */
static void
spin_until (Seen  *seen,
            guint  n,
            double seconds)
{
  gint64 end = g_get_monotonic_time () + (gint64) (seconds * G_USEC_PER_SEC);

  while (seen->n_changed < n && g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (5000);
    }
}

static void
test_external_change (void)
{
  g_autofree char *dir = g_dir_make_tmp ("od-watch-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "org.orgdesign", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(OdDocument) doc = od_document_new_from_template (OD_SIZE_MEDIUM, NULL);
  g_autoptr(OdFileWatch) watch = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *theirs = NULL;
  OdOrganisation *org = od_document_get_organisation (doc);
  Seen seen = { 0 };

  g_assert_true (od_document_save (doc, file, FALSE, &error));
  g_assert_no_error (error);
  watch = od_file_watch_new (doc);
  g_signal_connect (watch, "changed-on-disk", G_CALLBACK (changed_cb), &seen);

  /* Our own save is not a change on disk. */
  g_assert_true (od_document_push (doc, od_command_set_unit_prop (org, "sales", OD_UNIT_PROP_NAME, "我们的销售部", NULL), NULL));
  g_assert_true (od_document_save (doc, NULL, FALSE, &error));
  spin_until (&seen, 1, 1.5);
  g_assert_cmpuint (seen.n_changed, ==, 0);

  /* Another program writes its version. */
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  {
    g_auto(GStrv) parts = g_strsplit (contents, "我们的销售部", 2);
    theirs = g_strjoinv ("他们的销售部", parts);
  }
  g_usleep (20000);
  g_assert_true (g_file_set_contents (path, theirs, -1, NULL));
  spin_until (&seen, 1, 10);
  g_assert_cmpuint (seen.n_changed, ==, 1);
  g_assert_false (seen.deleted);

  /* Keeping ours: saving still refuses to overwrite theirs silently. */
  g_assert_true (od_document_push (doc, od_command_set_unit_prop (org, "marketing", OD_UNIT_PROP_NAME, "市场中心", NULL), NULL));
  g_assert_false (od_document_save (doc, NULL, FALSE, &error));
  g_assert_error (error, OD_FILE_ERROR, OD_FILE_ERROR_CHANGED_ON_DISK);
  g_clear_error (&error);

  /* Reloading takes their version and forgets our edits. */
  g_assert_true (od_document_reload (doc, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (od_unit_get_name (od_organisation_lookup_unit (org, "sales")), ==, "他们的销售部");
  g_assert_false (od_document_get_modified (doc));
  g_assert_false (od_undo_stack_can_undo (od_document_get_undo_stack (doc)));
  od_file_watch_check (watch);
  g_assert_cmpuint (seen.n_changed, ==, 1);

  /* The file removed. */
  g_unlink (path);
  spin_until (&seen, 2, 10);
  g_assert_cmpuint (seen.n_changed, ==, 2);
  g_assert_true (seen.deleted);

  g_clear_object (&watch);
  {
    g_autofree char *backup = g_strconcat (path, "~", NULL);
    g_unlink (backup);
  }
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ui/file-watch/external-change", test_external_change);
  return g_test_run ();
}
