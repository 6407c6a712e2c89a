/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-document.c: OdDocument, the organisation + undo stack + file. */
#include "config.h"

#include <glib/gstdio.h>

#include <string.h>

#include "od-check.h"
#include "od-document.h"
#include "od-file.h"
#include "od-ui-test.h"

static void
test_template (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OdDocument) doc = od_document_new_from_template (OD_SIZE_MEDIUM, &error);
  OdOrganisation *org;

  g_assert_no_error (error);
  org = od_document_get_organisation (doc);
  g_assert_cmpuint (od_organisation_get_n_units (org), >, 5);
  g_assert_null (od_document_get_file (doc));
  g_assert_false (od_document_get_modified (doc));
  g_assert_nonnull (od_document_get_title (doc));
  /* A fresh template is clean (domain.md §1). */
  g_assert_cmpuint (od_check_count (od_document_get_findings (doc), OD_SEVERITY_ERROR), ==, 0);
}

static void
count_cb (guint *count)
{
  (*count)++;
}

static void
test_edit_and_findings (void)
{
  g_autoptr(OdDocument) doc = od_document_new_from_template (OD_SIZE_MEDIUM, NULL);
  OdOrganisation *org = od_document_get_organisation (doc);
  g_autoptr(GError) error = NULL;
  guint changed = 0;
  guint before = od_document_get_findings (doc)->len;
  OdCommand *command;

  g_signal_connect_swapped (doc, "findings-changed", G_CALLBACK (count_cb), &changed);
  command = od_command_set_assignment (org, "sales", "market-research", OD_ROLE_OWNER, &error);
  g_assert_no_error (error);
  g_assert_true (od_document_push (doc, command, &error));
  g_assert_true (od_document_get_modified (doc));
  /* Findings are current at once when asked for... */
  g_assert_cmpuint (od_document_get_findings (doc)->len, >, before);
  /* ...and announced once the edits are over. */
  od_ui_test_drain ();
  g_assert_cmpuint (changed, ==, 1);

  od_undo_stack_undo (od_document_get_undo_stack (doc));
  g_assert_false (od_document_get_modified (doc));
  g_assert_cmpuint (od_document_get_findings (doc)->len, ==, before);
}

static void
assert_same_findings (GPtrArray *expected,
                      GPtrArray *actual)
{
  g_assert_cmpuint (actual->len, ==, expected->len);
  for (guint i = 0; i < expected->len; i++)
    {
      const OdFinding *e = expected->pdata[i];
      const OdFinding *a = actual->pdata[i];

      g_assert_cmpstr (a->rule, ==, e->rule);
      g_assert_cmpstr (a->message, ==, e->message);
      g_assert_cmpint (a->accepted, ==, e->accepted);
    }
}

/* Runs the main loop until ::findings-changed, at most 60 s. */
static void
wait_for_findings (guint *changed)
{
  guint before = *changed;
  gint64 end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (*changed == before && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (*changed, >, before);
}

/* A large organisation: the checks of an edit run in a worker thread.  The
 * edit returns before them, the window keeps the last findings meanwhile,
 * and edits landing while a pass runs (each stops it) still end with the
 * findings a full run gives. */
static void
test_findings_in_thread (void)
{
  g_autoptr(OdDocument) doc = od_document_new_from_template (OD_SIZE_LARGE, NULL);
  OdOrganisation *org = od_document_get_organisation (doc);
  OdUndoStack *stack = od_document_get_undo_stack (doc);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) expected = NULL;
  guint changed = 0;
  guint shown;

  for (guint i = 0; i < 3000; i++)
    {
      g_autofree char *id = g_strdup_printf ("team-%u", i);

      g_assert_true (od_document_push (doc, od_command_add_unit (org, "sales", -1, id, "销售组",
                                                                 OD_UNIT_KIND_FRONT, NULL), &error));
    }
  g_signal_connect_swapped (doc, "findings-changed", G_CALLBACK (count_cb), &changed);
  /* The first pass, made in the thread. */
  od_document_peek_findings (doc);
  wait_for_findings (&changed);
  expected = od_check_run (org);
  assert_same_findings (expected, od_document_peek_findings (doc));
  g_assert_cmpint (od_document_get_unit_severity (doc, od_organisation_lookup_unit (org, "team-7")), ==,
                   od_check_worst_for_unit (expected, "team-7"));
  shown = expected->len;
  g_clear_pointer (&expected, g_ptr_array_unref);

  /* The same function owned twice: a finding more, after the edit returned. */
  g_assert_true (od_document_push (doc, od_command_set_assignment (org, "sales", "market-research",
                                                                   OD_ROLE_OWNER, NULL), &error));
  g_assert_cmpuint (od_document_peek_findings (doc)->len, ==, shown);
  wait_for_findings (&changed);
  expected = od_check_run (org);
  g_assert_cmpuint (expected->len, !=, shown);
  assert_same_findings (expected, od_document_peek_findings (doc));
  g_assert_cmpint (od_document_get_unit_severity (doc, od_organisation_lookup_unit (org, "team-7")), ==,
                   od_check_worst_for_unit (expected, "team-7"));
  g_clear_pointer (&expected, g_ptr_array_unref);

  /* Edits in a row, each one while the pass of the one before runs. */
  for (guint i = 0; i < 20; i++)
    {
      g_autofree char *id = g_strdup_printf ("team-%u", g_test_rand_int_range (0, 3000));
      g_autofree char *name = g_strdup_printf ("销售%u组", i);

      if (i % 5 == 4)
        od_undo_stack_undo (stack);
      else
        g_assert_true (od_document_push (doc, od_command_set_unit_prop (org, id, OD_UNIT_PROP_NAME, name, NULL),
                                         &error));
      g_main_context_iteration (NULL, FALSE);
      g_usleep (g_test_rand_int_range (0, 5000));
    }
  wait_for_findings (&changed);
  expected = od_check_run (org);
  assert_same_findings (expected, od_document_peek_findings (doc));
  /* Asked for now, they are computed now: the same. */
  od_undo_stack_undo (stack);
  g_clear_pointer (&expected, g_ptr_array_unref);
  expected = od_check_run (org);
  assert_same_findings (expected, od_document_get_findings (doc));
}

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  OdDocument **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = od_document_load_finish (result, &error);
  g_assert_no_error (error);
}

static void
test_save_and_load (void)
{
  g_autofree char *dir = od_ui_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "plan.orgdesign", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(OdDocument) doc = od_document_new_from_template (OD_SIZE_SMALL, NULL);
  g_autoptr(OdDocument) loaded = NULL;
  g_autoptr(GError) error = NULL;
  OdOrganisation *org = od_document_get_organisation (doc);
  g_autofree char *location = NULL;

  g_assert_true (od_document_push (doc, od_command_set_org_prop (org, OD_ORG_PROP_NAME, "测试公司", NULL), NULL));
  g_assert_true (od_document_get_modified (doc));
  g_assert_true (od_document_save (doc, file, FALSE, &error));
  g_assert_no_error (error);
  g_assert_false (od_document_get_modified (doc));
  g_assert_cmpstr (od_document_get_title (doc), ==, "plan.orgdesign");
  location = od_document_dup_location (doc);
  g_assert_nonnull (location);

  od_document_load_async (file, NULL, loaded_cb, &loaded);
  while (loaded == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (od_organisation_get_name (od_document_get_organisation (loaded)), ==, "测试公司");
  g_assert_true (g_file_equal (od_document_get_file (loaded), file));

  /* Another program changes the file: saving refuses, then overwrites on request. */
  g_assert_true (g_file_set_contents (path, "changed elsewhere", -1, NULL));
  g_assert_true (od_document_push (loaded, od_command_set_org_prop (od_document_get_organisation (loaded),
                                                                    OD_ORG_PROP_NAME, "另一个", NULL), NULL));
  g_assert_false (od_document_save (loaded, NULL, FALSE, &error));
  g_assert_error (error, OD_FILE_ERROR, OD_FILE_ERROR_CHANGED_ON_DISK);
  g_clear_error (&error);
  g_assert_true (od_document_save (loaded, NULL, TRUE, &error));
  g_assert_no_error (error);
  /* The tag is fresh again: a plain save works. */
  g_assert_true (od_document_save (loaded, NULL, FALSE, &error));
  g_assert_no_error (error);

  od_ui_test_rmdir (dir);
}

static void
load_failed_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  GError **out = user_data;

  g_assert_null (od_document_load_finish (result, out));
}

static void
test_load_error (void)
{
  g_autofree char *dir = od_ui_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "broken.orgdesign", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GError *error = NULL;

  g_assert_true (g_file_set_contents (path, "<organisation", -1, NULL));
  od_document_load_async (file, NULL, load_failed_cb, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  /* The message names the file. */
  g_assert_nonnull (strstr (error->message, "broken.orgdesign"));
  g_error_free (error);
  od_ui_test_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/document/template", test_template);
  g_test_add_func ("/ui/document/edit-and-findings", test_edit_and_findings);
  g_test_add_func ("/ui/document/findings-in-thread", test_findings_in_thread);
  g_test_add_func ("/ui/document/save-and-load", test_save_and_load);
  g_test_add_func ("/ui/document/load-error", test_load_error);
  return g_test_run ();
}
