/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-file.c: the .orgdesign format: every element read right, byte
 * identity after the first save, a newer minor version's additions kept,
 * atomic saves that never lose the old file. */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "od-coordination.h"
#include "od-file.h"
#include "od-test-util.h"

static OdOrganisation *
load_fixture (const char *name,
              OdLoadFlags flags)
{
  g_autofree char *path = od_test_fixture ("core", name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  OdOrganisation *org = od_file_load_new (file, flags, &error);

  g_assert_no_error (error);
  return org;
}

static void
test_every_element (void)
{
  g_autoptr(OdOrganisation) org = load_fixture ("every-element.orgdesign", OD_LOAD_STRICT);
  OdUnit *ceo, *sales, *assistant;
  GPtrArray *list;
  const OdRespondent *r;

  g_assert_cmpstr (od_organisation_get_name (org), ==, "华东食品有限公司 & Co");
  g_assert_cmpint (od_organisation_get_size (org), ==, OD_SIZE_MEDIUM);
  g_assert_cmpstr (od_organisation_get_focus (org), ==, "channel");
  g_assert_cmpstr (od_organisation_get_industry (org), ==, "食品");
  g_assert_cmpint (od_organisation_get_lang (org), ==, OD_LANG_ZH_CN);
  g_assert_cmpuint (od_organisation_get_n_units (org), ==, 6);
  g_assert_cmpuint (od_organisation_get_n_top_units (org), ==, 1);

  ceo = od_organisation_get_first_top_unit (org);
  g_assert_cmpstr (od_unit_get_id (ceo), ==, "ceo");
  g_assert_cmpstr (od_unit_get_head (ceo), ==, "王总");
  g_assert_cmpint (od_unit_get_kind (ceo), ==, OD_UNIT_KIND_EXECUTIVE);
  g_assert_cmpstr (od_unit_get_notes (ceo), ==, "两行备注\n第二行 <重要>");
  g_assert_cmpuint (od_unit_get_n_children (ceo), ==, 4);

  assistant = od_organisation_lookup_unit (org, "assistant");
  g_assert_true (od_unit_get_assistant (assistant));
  g_assert_true (od_unit_get_parent (assistant) == ceo);

  sales = od_organisation_lookup_unit (org, "sales");
  g_assert_cmpint (od_unit_get_headcount (sales), ==, 40);
  g_assert_cmpint (od_unit_get_role (sales, "marketing-plan"), ==, OD_ROLE_PARTICIPANT);
  g_assert_cmpint (od_unit_get_role (sales, "customer-development"), ==, OD_ROLE_OWNER);
  g_assert_cmpint (od_unit_get_role (sales, "market-research"), ==, OD_ROLE_NONE);
  g_assert_cmpuint (od_unit_get_position (sales), ==, 2);
  g_assert_cmpuint (od_unit_get_depth (od_organisation_lookup_unit (org, "sales-east")), ==, 2);

  list = od_organisation_get_dotted_lines (org);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpstr (((OdDottedLine *) list->pdata[0])->label, ==, "每天两小时营销支持");
  g_assert_null (((OdDottedLine *) list->pdata[1])->label);

  g_assert_cmpstr (od_organisation_find_mechanism (org, "joint-meeting")->detail, ==, "每月联席会议");
  g_assert_nonnull (od_organisation_find_mechanism (org, "liaison"));
  g_assert_null (od_organisation_find_mechanism (org, "co-location"));

  g_assert_cmpstr (od_organisation_get_assessment_date (org), ==, "2026-11-20");
  list = od_organisation_get_respondents (org);
  g_assert_cmpuint (list->len, ==, 2);
  r = list->pdata[0];
  g_assert_cmpstr (r->name, ==, "李经理");
  g_assert_cmpint (r->side, ==, OD_SIDE_SALES);
  g_assert_cmpuint (r->answers[0], ==, 3);
  g_assert_cmpuint (r->answers[1], ==, 0);
  g_assert_cmpuint (r->answers[19], ==, 5);
  g_assert_cmpint (((OdRespondent *) list->pdata[1])->side, ==, OD_SIDE_MARKETING);

  g_assert_cmpint (od_organisation_get_cause (org, 3)->state, ==, OD_CAUSE_PRESENT);
  g_assert_cmpstr (od_organisation_get_cause (org, 3)->note, ==, "销售部权力过大");
  g_assert_cmpint (od_organisation_get_cause (org, 4)->state, ==, OD_CAUSE_ABSENT);
  g_assert_cmpint (od_organisation_get_cause (org, 1)->state, ==, OD_CAUSE_UNKNOWN);
  g_assert_cmpstr (od_organisation_get_fact (org, "short-sales-cycle"), ==, "yes");

  g_assert_nonnull (od_organisation_find_acceptance (org, "span-too-narrow", "ceo", ""));
  g_assert_null (od_organisation_find_acceptance (org, "span-too-wide", "ceo", ""));

  /* A work coordination sheet with every field, and one barely begun. */
  {
    const OdCoordinationSheet *sheet = od_organisation_find_sheet (org, "sheet-1");
    const OdCoordinationSheet *draft = od_organisation_find_sheet (org, "sheet-2");

    g_assert_cmpuint (od_organisation_get_sheets (org)->len, ==, 2);
    g_assert_cmpstr (sheet->unit[OD_SHEET_FROM], ==, "mkt");
    g_assert_cmpstr (sheet->unit[OD_SHEET_TO], ==, "sales");
    g_assert_cmpstr (sheet->requirement, ==, "新品上市前两周提供销售工具包 & 培训");
    g_assert_cmpstr (sheet->deadline, ==, "2026-12-15");
    g_assert_cmpstr (sheet->standard, ==, "工具包经销售部试用确认");
    g_assert_cmpstr (sheet->responsible, ==, "市场部张经理");
    g_assert_nonnull (sheet->rewards);
    g_assert_true (sheet->signature[OD_SHEET_FROM].is_signed);
    g_assert_cmpstr (sheet->signature[OD_SHEET_TO].by, ==, "李经理");
    g_assert_cmpstr (sheet->signature[OD_SHEET_TO].date, ==, "2026-11-21");
    g_assert_true (od_coordination_sheet_is_complete (sheet, org));
    g_assert_false (draft->signature[OD_SHEET_FROM].is_signed);
    g_assert_null (draft->deadline);
    g_assert_cmpint (od_coordination_sheet_get_lacks (draft), ==,
                     OD_SHEET_LACKS_DEADLINE | OD_SHEET_LACKS_STANDARD | OD_SHEET_LACKS_RESPONSIBLE | OD_SHEET_LACKS_REWARDS);
    g_assert_false (od_coordination_sheet_is_complete (draft, org));
    g_assert_cmpuint (od_organisation_count_complete_sheets (org), ==, 1);

    g_assert_cmpuint (od_organisation_get_plans (org)->len, ==, 3);
    g_assert_cmpstr (od_organisation_find_plan (org, OD_HORIZON_3_YEARS)->period, ==, "2027–2029");
    g_assert_cmpstr (od_organisation_find_plan (org, OD_HORIZON_3_MONTHS)->basis, ==, "上季度费用台账");
    g_assert_null (od_organisation_find_plan (org, OD_HORIZON_1_YEAR)->basis);
    g_assert_true (od_organisation_has_313_plans (org));
  }
}

/* Saving, loading and saving again gives the same bytes. */
static void
assert_stable (OdOrganisation *org)
{
  g_autofree char *first = od_test_serialize (org);
  g_autoptr(GError) error = NULL;
  g_autoptr(OdOrganisation) again = od_test_load_string (first, OD_LOAD_DEFAULT, &error);
  g_autofree char *second = NULL;

  g_assert_no_error (error);
  second = od_test_serialize (again);
  g_assert_cmpstr (first, ==, second);
}

static void
test_round_trip (void)
{
  g_autoptr(OdOrganisation) org = load_fixture ("every-element.orgdesign", OD_LOAD_STRICT);
  g_autofree char *text = od_test_serialize (org);

  assert_stable (org);
  /* What needs escaping survives. */
  g_assert_nonnull (strstr (text, "name=\"华东食品有限公司 &amp; Co\""));
  g_assert_nonnull (strstr (text, "<notes>两行备注\n第二行 &lt;重要&gt;</notes>"));
}

/* The autosave worker's serialiser: the same bytes as a save's while
 * nobody stops it, nothing once an edit has asked it to stop. */
static void
test_serialize_cancellable (void)
{
  g_autoptr(OdOrganisation) org = load_fixture ("every-element.orgdesign", OD_LOAD_STRICT);
  g_autoptr(GBytes) saved = od_file_serialize (org);
  gint cancel = 0;
  g_autoptr(GBytes) running = od_file_serialize_cancellable (org, &cancel);
  g_autoptr(GBytes) stopped = NULL;

  g_assert_nonnull (running);
  g_assert_true (g_bytes_equal (running, saved));
  g_atomic_int_set (&cancel, 1);
  stopped = od_file_serialize_cancellable (org, &cancel);
  g_assert_null (stopped);
}

static void
test_attribute_escapes (void)
{
  const char *xml =
    "<organisation xmlns='urn:org-designer:1' version='1' name='a&#10;b&#9;c \"q\"'>"
    "<unit id='u' name='x &lt; y'/></organisation>";
  g_autoptr(GError) error = NULL;
  g_autoptr(OdOrganisation) org = od_test_load_string (xml, OD_LOAD_STRICT, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (od_organisation_get_name (org), ==, "a\nb\tc \"q\"");
  assert_stable (org);
}

static void
test_newer_minor_kept (void)
{
  g_autoptr(OdOrganisation) org = load_fixture ("newer-minor.orgdesign", OD_LOAD_DEFAULT);
  g_autofree char *text = od_test_serialize (org);

  g_assert_cmpuint (od_organisation_get_n_units (org), ==, 2);
  /* The version is kept, so the file still says what wrote it. */
  g_assert_nonnull (strstr (text, "version=\"1.3\""));
  g_assert_nonnull (strstr (text, "colour-scheme=\"teal\""));
  g_assert_nonnull (strstr (text, "xmlns:x=\"urn:example:extension\""));
  g_assert_nonnull (strstr (text, "x:badge=\"gold\""));
  g_assert_nonnull (strstr (text, "cost-centre=\"CC-1\""));
  g_assert_nonnull (strstr (text, "year=\"2027\" amount=\"1200000\"><line>Travel</line></budget>"));
  g_assert_nonnull (strstr (text, "method=\"workshop\""));
  g_assert_nonnull (strstr (text, "name=\"consultant\"/>"));
  g_assert_nonnull (strstr (text, "by=\"auditor\">fine</x:review>"));
  g_assert_nonnull (strstr (text, "><event date=\"2027-01-01\">merge</event></timeline>"));
  /* The unit after the unknown element was still read. */
  g_assert_nonnull (od_organisation_lookup_unit (org, "m"));
  g_assert_cmpuint (((OdRespondent *) od_organisation_get_respondents (org)->pdata[0])->answers[1], ==, 4);
  assert_stable (org);
}

static void
test_save_atomic_with_backup (void)
{
  g_autofree char *dir = od_test_make_dir ("od-test");
  g_autofree char *path = g_build_filename (dir, "plan.orgdesign", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(OdOrganisation) org = load_fixture ("every-element.orgdesign", OD_LOAD_STRICT);
  g_autoptr(OdOrganisation) other = load_fixture ("newer-minor.orgdesign", OD_LOAD_DEFAULT);
  g_autoptr(GError) error = NULL;
  g_autofree char *first = od_test_serialize (org);
  g_autofree char *second = od_test_serialize (other);
  g_autofree char *on_disk = NULL;
  g_autoptr(GDir) listing = NULL;
  guint n_files = 0;

  g_assert_true (od_file_save (org, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &on_disk, NULL, NULL));
  g_assert_cmpstr (on_disk, ==, first);
  g_clear_pointer (&on_disk, g_free);

  g_assert_true (od_file_save (other, file, NULL, &error));
  g_assert_true (g_file_get_contents (path, &on_disk, NULL, NULL));
  g_assert_cmpstr (on_disk, ==, second);
  g_clear_pointer (&on_disk, g_free);
  /* The previous version is kept as FILE~. */
  g_assert_true (g_file_get_contents (backup, &on_disk, NULL, NULL));
  g_assert_cmpstr (on_disk, ==, first);

  /* No temporary files are left behind. */
  listing = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (listing) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, 2);

  g_unlink (backup);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_save_through_symlink (void)
{
  g_autofree char *dir = od_test_make_dir ("od-test");
  g_autofree char *target = g_build_filename (dir, "real.orgdesign", NULL);
  g_autofree char *link = g_build_filename (dir, "link.orgdesign", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (link);
  g_autoptr(OdOrganisation) org = load_fixture ("every-element.orgdesign", OD_LOAD_STRICT);
  g_autoptr(GError) error = NULL;
  g_autofree char *on_disk = NULL;
  g_autofree char *expected = od_test_serialize (org);

  g_assert_true (g_file_set_contents (target, "old", -1, NULL));
  g_assert_cmpint (symlink (target, link), ==, 0);
  g_assert_true (od_file_save (org, file, NULL, &error));
  g_assert_no_error (error);
  /* The link is still a link, and the file it points at has the document. */
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  g_assert_true (g_file_get_contents (target, &on_disk, NULL, NULL));
  g_assert_cmpstr (on_disk, ==, expected);
}

static void
test_save_failure_keeps_old_file (void)
{
  g_autofree char *dir = od_test_make_dir ("od-test");
  g_autofree char *folder_in_the_way = g_build_filename (dir, "plan.orgdesign", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "plan.orgdesign", NULL);
  g_autoptr(OdOrganisation) org = load_fixture ("every-element.orgdesign", OD_LOAD_STRICT);
  g_autoptr(GFile) file1 = g_file_new_for_path (folder_in_the_way);
  g_autoptr(GFile) file2 = g_file_new_for_path (missing);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (folder_in_the_way, 0755), ==, 0);
  g_assert_false (od_file_save (org, file1, NULL, &error));
  g_assert_error (error, OD_FILE_ERROR, OD_FILE_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "plan.orgdesign"));
  g_assert_true (g_file_test (folder_in_the_way, G_FILE_TEST_IS_DIR));
  g_clear_error (&error);

  g_assert_false (od_file_save (org, file2, NULL, &error));
  g_assert_error (error, OD_FILE_ERROR, OD_FILE_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "unchanged"));
}

static void
test_save_refuses_external_change (void)
{
  g_autofree char *dir = od_test_make_dir ("od-test");
  g_autofree char *path = g_build_filename (dir, "shared.orgdesign", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(OdOrganisation) org = load_fixture ("every-element.orgdesign", OD_LOAD_STRICT);
  g_autoptr(GError) error = NULL;
  g_autofree char *etag = NULL;
  g_autofree char *etag2 = NULL;
  g_autofree char *on_disk = NULL;

  /* New file: expected to be absent. */
  g_assert_true (od_file_save_checked (org, file, NULL, &etag, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (etag);
  /* Our own save again: the tag we got back is current. */
  g_assert_true (od_file_save_checked (org, file, etag, &etag2, NULL, &error));
  g_assert_no_error (error);

  /* A sync tool writes another version, a second later. */
  g_usleep (1100 * 1000);
  g_assert_true (g_file_set_contents (path, "their version", -1, NULL));
  g_assert_false (od_file_save_checked (org, file, etag2, NULL, NULL, &error));
  g_assert_error (error, OD_FILE_ERROR, OD_FILE_ERROR_CHANGED_ON_DISK);
  g_assert_nonnull (strstr (error->message, "shared.orgdesign"));
  g_assert_true (g_file_get_contents (path, &on_disk, NULL, NULL));
  g_assert_cmpstr (on_disk, ==, "their version");
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/model/file/every-element", test_every_element);
  g_test_add_func ("/model/file/round-trip", test_round_trip);
  g_test_add_func ("/model/file/serialize-cancellable", test_serialize_cancellable);
  g_test_add_func ("/model/file/attribute-escapes", test_attribute_escapes);
  g_test_add_func ("/model/file/newer-minor-kept", test_newer_minor_kept);
  g_test_add_func ("/model/file/save-atomic-with-backup", test_save_atomic_with_backup);
  g_test_add_func ("/model/file/save-through-symlink", test_save_through_symlink);
  g_test_add_func ("/model/file/save-failure-keeps-old-file", test_save_failure_keeps_old_file);
  g_test_add_func ("/model/file/save-refuses-external-change", test_save_refuses_external_change);
  return g_test_run ();
}
