/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-cli-core.c: org-designer-cli new and validate, as a script or a
 * person at a terminal uses them: exit statuses, messages that name the
 * file and line, and files other tools (xmllint) accept. */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "od-cli-test.h"

static void
test_new_and_validate (void)
{
  const char *sizes[] = { "small", "medium", "large" };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autofree char *path = temp_path ("org.orgdesign");
      g_auto(Run) made = { 0 };
      g_auto(Run) checked = { 0 };
      g_auto(Run) peer = { 0 };
      g_autofree char *contents = NULL;
      g_autofree char *size_attr = g_strdup_printf ("size=\"%s\"", sizes[i]);

      CLI (&made, "new", "--size", sizes[i], "--name", "华东食品有限公司", "-o", path);
      g_assert_cmpint (made.status, ==, 0);
      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      g_assert_nonnull (strstr (contents, "xmlns=\"urn:org-designer:1\""));
      g_assert_nonnull (strstr (contents, "name=\"华东食品有限公司\""));
      g_assert_nonnull (strstr (contents, size_attr));

      CLI (&checked, "validate", path);
      g_assert_cmpint (checked.status, ==, 0);
      g_assert_nonnull (strstr (checked.out, "valid"));

      /* An independent validator agrees with ours. */
      {
        const char *argv[] = { "xmllint", "--noout", "--relaxng", g_getenv ("OD_SCHEMA"), path, NULL };
        run_argv (&peer, NULL, argv);
        g_assert_cmpint (peer.status, ==, 0);
      }
    }
}

static void
test_new_languages (void)
{
  g_autofree char *path = temp_path ("en.orgdesign");
  g_autofree char *contents = NULL;
  g_auto(Run) made = { 0 };

  CLI (&made, "new", "--size", "medium", "--lang", "zh-TW", "-o", path);
  g_assert_cmpint (made.status, ==, 0);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "lang=\"zh-TW\""));
  g_assert_nonnull (strstr (contents, "銷售部"));
  g_assert_null (strstr (contents, "销售部"));
}

static void
test_usage_errors (void)
{
  g_autofree char *path = temp_path ("x.orgdesign");
  g_auto(Run) no_size = { 0 };
  g_auto(Run) bad_size = { 0 };
  g_auto(Run) no_output = { 0 };
  g_auto(Run) unknown = { 0 };
  g_auto(Run) nothing = { 0 };

  CLI (&no_size, "new", "-o", path);
  g_assert_cmpint (no_size.status, ==, 2);
  g_assert_nonnull (strstr (no_size.err, "--size"));
  CLI (&bad_size, "new", "--size", "huge", "-o", path);
  g_assert_cmpint (bad_size.status, ==, 2);
  CLI (&no_output, "new", "--size", "small");
  g_assert_cmpint (no_output.status, ==, 2);
  CLI (&unknown, "frobnicate");
  g_assert_cmpint (unknown.status, ==, 2);
  g_assert_nonnull (strstr (unknown.err, "frobnicate"));
  {
    const char *argv[] = { g_getenv ("OD_CLI"), NULL };
    run_argv (&nothing, NULL, argv);
    g_assert_cmpint (nothing.status, ==, 2);
  }
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_validate_errors (void)
{
  g_autofree char *truncated = temp_path ("truncated.orgdesign");
  g_autofree char *unknown = temp_path ("unknown.orgdesign");
  g_auto(Run) missing = { 0 };
  g_auto(Run) broken = { 0 };
  g_auto(Run) strict = { 0 };
  g_autofree char *where = g_strdup_printf ("%s:3:", truncated);

  CLI (&missing, "validate", "/no/such/plan.orgdesign");
  g_assert_cmpint (missing.status, ==, 2);
  g_assert_nonnull (strstr (missing.err, "/no/such/plan.orgdesign"));

  g_assert_true (g_file_set_contents (truncated,
                                      "<?xml version=\"1.0\"?>\n"
                                      "<organisation xmlns=\"urn:org-designer:1\" version=\"1\">\n"
                                      "<unit id=\"a\" name=\"A\"></dotted>\n", -1, NULL));
  CLI (&broken, "validate", truncated);
  g_assert_cmpint (broken.status, ==, 2);
  g_assert_nonnull (strstr (broken.err, where));

  g_assert_true (g_file_set_contents (unknown,
                                      "<organisation xmlns=\"urn:org-designer:1\" version=\"1\">\n"
                                      "<unit id=\"a\" name=\"A\"><function ref=\"time-travel\" role=\"owner\"/></unit>\n"
                                      "</organisation>\n", -1, NULL));
  CLI (&strict, "validate", unknown);
  g_assert_cmpint (strict.status, ==, 2);
  g_assert_nonnull (strstr (strict.err, "time-travel"));
}

static void
test_unwritable_destination (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *existing = g_build_filename (dir, "keep.orgdesign", NULL);
  g_autofree char *blocked = g_build_filename (dir, "folder.orgdesign", NULL);
  g_autofree char *contents = NULL;
  g_auto(Run) made = { 0 };
  g_auto(Run) refused = { 0 };

  g_assert_cmpint (g_mkdir (blocked, 0755), ==, 0);
  CLI (&refused, "new", "--size", "small", "-o", blocked);
  g_assert_cmpint (refused.status, ==, 2);
  g_assert_nonnull (strstr (refused.err, "folder.orgdesign"));
  g_assert_true (g_file_test (blocked, G_FILE_TEST_IS_DIR));

  g_assert_true (g_file_set_contents (existing, "precious", -1, NULL));
  CLI (&made, "new", "--size", "small", "-o", existing);
  g_assert_cmpint (made.status, ==, 0);
  /* The old content is kept as a backup. */
  {
    g_autofree char *backup = g_strconcat (existing, "~", NULL);
    g_assert_true (g_file_get_contents (backup, &contents, NULL, NULL));
    g_assert_cmpstr (contents, ==, "precious");
  }
}

/* An export as a Chinese HR system writes it: GBK, Chinese headers, no
 * kind column.  The kinds follow the names, not all front office. */
static void
test_import_csv_gbk (void)
{
  g_autofree char *csv = temp_path ("hr-gbk.csv");
  g_autofree char *out = temp_path ("hr-gbk.orgdesign");
  const char *text = "部门编号,部门名称,上级部门编号,人数\r\n1,总经理,,1\r\n2,销售部,1,40\r\n"
                     "3,销管部,1,6\r\n4,财务部,1,5\r\n5,华东仓储部,1,9\r\n";
  g_autofree char *gbk = g_convert (text, -1, "GBK", "UTF-8", NULL, NULL, NULL);
  g_autofree char *contents = NULL;
  g_auto(Run) imported = { 0 };

  g_assert_true (g_file_set_contents (csv, gbk, -1, NULL));
  CLI (&imported, "import-csv", csv, "-o", out);
  g_assert_cmpint (imported.status, ==, 0);
  g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "<unit id=\"1\" name=\"总经理\" kind=\"executive\""));
  g_assert_nonnull (strstr (contents, "<unit id=\"2\" name=\"销售部\" kind=\"front\""));
  g_assert_nonnull (strstr (contents, "<unit id=\"3\" name=\"销管部\" kind=\"back\""));
  g_assert_nonnull (strstr (contents, "<unit id=\"4\" name=\"财务部\" kind=\"support\""));
  g_assert_nonnull (strstr (contents, "<unit id=\"5\" name=\"华东仓储部\" kind=\"back\""));
}

static void
test_import_csv (void)
{
  g_autofree char *csv = temp_path ("hr.csv");
  g_autofree char *out = temp_path ("hr.orgdesign");
  g_autofree char *bad = temp_path ("bad.csv");
  g_autofree char *where = NULL;
  g_autofree char *contents = NULL;
  g_auto(Run) imported = { 0 };
  g_auto(Run) checked = { 0 };
  g_auto(Run) refused = { 0 };

  g_assert_true (g_file_set_contents (csv, "id,name,parent,head,headcount\nceo,总经理,,王总,1\nsales,销售部,ceo,,40\n", -1, NULL));
  CLI (&imported, "import-csv", csv, "--size", "small", "-o", out);
  g_assert_cmpint (imported.status, ==, 0);
  CLI (&checked, "validate", out);
  g_assert_cmpint (checked.status, ==, 0);
  g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "name=\"hr\""));
  g_assert_nonnull (strstr (contents, "size=\"small\""));
  g_assert_nonnull (strstr (contents, "<unit id=\"sales\" name=\"销售部\""));

  g_assert_true (g_file_set_contents (bad, "a,A,\nb,B,ghost\n", -1, NULL));
  CLI (&refused, "import-csv", bad, "-o", out);
  g_assert_cmpint (refused.status, ==, 2);
  where = g_strdup_printf ("%s:2:", bad);
  g_assert_nonnull (strstr (refused.err, where));
  /* The earlier document is still there, untouched. */
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "销售部"));
}

static void
test_compare (void)
{
  g_autofree char *a = temp_path ("a.orgdesign");
  g_autofree char *b = temp_path ("b.orgdesign");
  g_auto(Run) made_a = { 0 };
  g_auto(Run) made_b = { 0 };
  g_auto(Run) same = { 0 };
  g_auto(Run) text = { 0 };
  g_auto(Run) json = { 0 };

  CLI (&made_a, "new", "--size", "medium", "-o", a);
  CLI (&made_b, "new", "--size", "large", "-o", b);
  g_assert_cmpint (made_a.status + made_b.status, ==, 0);
  CLI (&same, "compare", a, a);
  g_assert_cmpint (same.status, ==, 0);
  g_assert_nonnull (strstr (same.out, "No differences"));
  CLI (&text, "compare", a, b);
  g_assert_cmpint (text.status, ==, 0);
  g_assert_nonnull (strstr (text.out, "firm size"));
  CLI (&json, "compare", a, b, "--format", "json");
  g_assert_cmpint (json.status, ==, 0);
  {
    g_autoptr(JsonNode) report = parse_report (json.out);
    JsonObject *change = json_find (report, "changes", "field", "size");

    g_assert_cmpstr (json_object_get_string_member (change, "type"), ==, "organisation-changed");
    g_assert_true (json_object_get_null_member (change, "unit"));
    g_assert_cmpstr (json_object_get_string_member (change, "old"), ==, "medium");
    g_assert_cmpstr (json_object_get_string_member (change, "new"), ==, "large");
  }
}

static void
test_check (void)
{
  g_autofree char *clean = temp_path ("clean.orgdesign");
  g_autofree char *broken = temp_path ("broken.orgdesign");
  g_autofree char *contents = NULL;
  g_autofree char *modified = NULL;
  g_auto(Run) made = { 0 };
  g_auto(Run) ok = { 0 };
  g_auto(Run) bad = { 0 };
  g_auto(Run) json = { 0 };
  g_auto(Run) unreadable = { 0 };
  GRegex *regex;

  CLI (&made, "new", "--size", "medium", "-o", clean);
  CLI (&ok, "check", clean);
  g_assert_cmpint (ok.status, ==, 0);

  /* Give 销售部 the market research 市场部 owns: a duplicate, an error. */
  g_assert_true (g_file_get_contents (clean, &contents, NULL, NULL));
  regex = g_regex_new ("(<unit id=\"sales\"[^>]*>)", 0, 0, NULL);
  modified = g_regex_replace (regex, contents, -1, 0, "\\1<function ref=\"market-research\" role=\"owner\"/>", 0, NULL);
  g_regex_unref (regex);
  g_assert_true (g_file_set_contents (broken, modified, -1, NULL));
  CLI (&bad, "check", broken);
  g_assert_cmpint (bad.status, ==, 1);
  g_assert_nonnull (strstr (bad.out, "[duplicate-function]"));
  g_assert_nonnull (strstr (bad.out, ". Suggestion: Keep “市场部” as the owner"));

  CLI (&json, "check", broken, "--format", "json");
  g_assert_cmpint (json.status, ==, 1);
  {
    g_autoptr(JsonNode) report = parse_report (json.out);
    JsonObject *finding = json_find (report, "findings", "rule", "duplicate-function");
    JsonArray *units = json_object_get_array_member (finding, "units");
    JsonArray *functions = json_object_get_array_member (finding, "functions");

    g_assert_cmpstr (json_object_get_string_member (finding, "severity"), ==, "error");
    g_assert_cmpuint (json_array_get_length (units), ==, 2);
    g_assert_cmpstr (json_array_get_string_element (units, 0), ==, "marketing");
    g_assert_cmpstr (json_array_get_string_element (units, 1), ==, "sales");
    g_assert_cmpuint (json_array_get_length (functions), ==, 1);
    g_assert_cmpstr (json_array_get_string_element (functions, 0), ==, "market-research");
    g_assert_nonnull (json_object_get_string_member (finding, "fix"));
    g_assert_false (json_object_get_boolean_member (finding, "accepted"));
  }

  CLI (&unreadable, "check", "/no/such.orgdesign");
  g_assert_cmpint (unreadable.status, ==, 2);
}

/* diagnose: the stage with its reasons, as text and as one JSON object. */
static void
test_diagnose (void)
{
  g_autofree char *plain = temp_path ("plain.orgdesign");
  g_autofree char *answered = temp_path ("answered.orgdesign");
  g_autofree char *contents = NULL;
  g_autoptr(GString) assessment = g_string_new ("<assessment date=\"2026-11-20\"><respondent side=\"sales\" name=\"李经理\">");
  g_autofree char *modified = NULL;
  g_auto(Run) made = { 0 };
  g_auto(Run) text = { 0 };
  g_auto(Run) json = { 0 };
  g_auto(Run) scored = { 0 };
  g_auto(Run) unreadable = { 0 };
  g_auto(Run) usage = { 0 };
  g_auto(Run) plain_json = { 0 };
  g_auto(Run) both_json = { 0 };
  g_autofree char *both = temp_path ("both.orgdesign");
  g_autofree char *both_contents = NULL;

  CLI (&made, "new", "--size", "medium", "-o", plain);
  CLI (&text, "diagnose", plain);
  g_assert_cmpint (text.status, ==, 0);
  g_assert_true (g_str_has_prefix (text.out, "Stage: Defined\n"));
  g_assert_nonnull (strstr (text.out, "structure alone"));
  g_assert_nonnull (strstr (text.out, "Next moves"));

  /* Every statement answered 4 by one salesperson: 80, Integrated, which
   * the structure of the medium template contradicts: the verdict is
   * capped at what the structure shows, with the moves from there. */
  for (guint item = 1; item <= 20; item++)
    g_string_append_printf (assessment, "<answer item=\"%u\" value=\"4\"/>", item);
  g_string_append (assessment, "</respondent></assessment></organisation>");
  g_assert_true (g_file_get_contents (plain, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "</organisation>"));
  *strstr (contents, "</organisation>") = '\0';
  modified = g_strconcat (contents, assessment->str, NULL);
  g_assert_true (g_file_set_contents (answered, modified, -1, NULL));
  CLI (&json, "diagnose", answered, "--format", "json");
  g_assert_cmpint (json.status, ==, 0);
  {
    g_autoptr(JsonNode) report = parse_report (json.out);
    JsonObject *root = json_node_get_object (report);
    JsonObject *score = json_object_get_object_member (root, "score");
    JsonObject *contradiction = json_find (report, "contradictions", "id", "no-single-executive");
    JsonObject *respondent = json_find (report, "respondents", "name", NULL);

    g_assert_cmpstr (json_object_get_string_member (root, "stage"), ==, "defined");
    g_assert_cmpstr (json_object_get_string_member (root, "stage_name"), ==, "Defined");
    g_assert_cmpstr (json_object_get_string_member (root, "basis"), ==, "answers");
    /* Capped: the questionnaire alone says integrated; only sales answered. */
    g_assert_true (json_object_get_boolean_member (root, "capped"));
    g_assert_cmpstr (json_object_get_string_member (root, "answers_stage"), ==, "integrated");
    g_assert_true (json_object_get_boolean_member (root, "provisional"));
    g_assert_cmpfloat (json_object_get_double_member (score, "overall"), ==, 80.0);
    g_assert_cmpfloat (json_object_get_double_member (score, "sales"), ==, 80.0);
    g_assert_cmpstr (json_object_get_string_member (score, "sales_stage"), ==, "integrated");
    g_assert_true (json_object_get_null_member (score, "marketing"));
    g_assert_cmpstr (json_object_get_string_member (respondent, "name"), ==, "李经理");
    g_assert_cmpint (json_object_get_int_member (respondent, "total"), ==, 80);
    g_assert_cmpstr (json_object_get_string_member (root, "structural_stage"), ==, "defined");
    g_assert_nonnull (json_object_get_string_member (contradiction, "text"));
    /* Answers claim 整合 but the chart supports 已界定: the verdict is capped and moves are offered. */
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "next_moves")), >, 0);
    g_assert_nonnull (json_find (report, "next_moves", "mechanism", "joint-meeting"));
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "causes")), >, 0);
  }

  /* Structure alone: nothing to cap, nothing provisional, no answers stage. */
  CLI (&plain_json, "diagnose", plain, "--format", "json");
  {
    g_autoptr(JsonNode) report = parse_report (plain_json.out);
    JsonObject *root = json_node_get_object (report);

    g_assert_false (json_object_get_boolean_member (root, "capped"));
    g_assert_true (json_object_get_null_member (root, "answers_stage"));
    g_assert_false (json_object_get_boolean_member (root, "provisional"));
  }

  /* Both sides answer 1 everywhere (20, Undefined): below what the
   * structure shows, so the answers stand, uncapped, and both sides
   * have spoken. */
  g_string_truncate (assessment, 0);
  g_string_append (assessment, "<assessment date=\"2026-11-20\">");
  for (guint side = 0; side < 2; side++)
    {
      g_string_append_printf (assessment, "<respondent side=\"%s\" name=\"%s\">",
                              side == 0 ? "sales" : "marketing", side == 0 ? "李经理" : "王经理");
      for (guint item = 1; item <= 20; item++)
        g_string_append_printf (assessment, "<answer item=\"%u\" value=\"1\"/>", item);
      g_string_append (assessment, "</respondent>");
    }
  g_string_append (assessment, "</assessment></organisation>");
  both_contents = g_strconcat (contents, assessment->str, NULL);
  g_assert_true (g_file_set_contents (both, both_contents, -1, NULL));
  CLI (&both_json, "diagnose", both, "--format", "json");
  {
    g_autoptr(JsonNode) report = parse_report (both_json.out);
    JsonObject *root = json_node_get_object (report);

    g_assert_cmpstr (json_object_get_string_member (root, "stage"), ==, "undefined");
    g_assert_false (json_object_get_boolean_member (root, "capped"));
    g_assert_cmpstr (json_object_get_string_member (root, "answers_stage"), ==, "undefined");
    g_assert_false (json_object_get_boolean_member (root, "provisional"));
  }

  CLI (&scored, "diagnose", answered);
  g_assert_nonnull (strstr (scored.out, "李经理 (Sales): 80 — Integrated"));
  g_assert_nonnull (strstr (scored.out, "Contradictions"));
  g_assert_true (g_str_has_prefix (scored.out, "Stage: Defined\n  The answers claim Integrated, but the structure and mechanisms support only Defined"));
  g_assert_nonnull (strstr (scored.out, "Provisional: only the sales side has answered"));

  CLI (&unreadable, "diagnose", "/no/such.orgdesign");
  g_assert_cmpint (unreadable.status, ==, 2);
  g_assert_nonnull (strstr (unreadable.err, "/no/such.orgdesign"));
  CLI (&usage, "diagnose", plain, "--format", "xml");
  g_assert_cmpint (usage.status, ==, 2);
}

/* check and diagnose show the coordination records: a sheet signed by one
 * head and the 313 rule ticked with only its 3-year plan, in text and JSON. */
static void
test_coordination (void)
{
  g_autofree char *plain = temp_path ("coord-plain.orgdesign");
  g_autofree char *path = temp_path ("coord.orgdesign");
  g_autofree char *contents = NULL;
  g_autofree char *modified = NULL;
  g_auto(Run) made = { 0 };
  g_auto(Run) json = { 0 };
  g_auto(Run) text = { 0 };
  g_auto(Run) diagnosis = { 0 };
  g_auto(Run) diagnosis_text = { 0 };

  CLI (&made, "new", "--size", "medium", "-o", plain);
  g_assert_true (g_file_get_contents (plain, &contents, NULL, NULL));
  *strstr (contents, "</organisation>") = '\0';
  modified = g_strconcat (contents,
                          "  <mechanism ref=\"rule-313\"/>\n"
                          "  <coordination-sheet id=\"s1\" from=\"sales\" to=\"marketing\" requirement=\"竞品分析\""
                          " deadline=\"2026-12-15\" standard=\"销售部确认\" responsible=\"王经理\" rewards=\"计入考核\""
                          " from-signed=\"true\"/>\n"
                          "  <plan horizon=\"3-year\" summary=\"增长点\" basis=\"行业报告\"/>\n"
                          "</organisation>\n", NULL);
  g_assert_true (g_file_set_contents (path, modified, -1, NULL));

  CLI (&json, "check", path, "--format", "json");
  g_assert_cmpint (json.status, ==, 0);   /* warnings only */
  {
    g_autoptr(JsonNode) report = parse_report (json.out);
    JsonObject *signature = json_find (report, "findings", "rule", "coordination-sheet-one-signature");
    JsonObject *horizon = json_find (report, "findings", "rule", "rule-313-horizon-missing");

    g_assert_nonnull (signature);
    g_assert_cmpstr (json_object_get_string_member (signature, "severity"), ==, "warning");
    g_assert_nonnull (strstr (json_object_get_string_member (signature, "message"), "竞品分析"));
    g_assert_nonnull (horizon);
    g_assert_nonnull (strstr (json_object_get_string_member (horizon, "message"), "1-year plan, 3-month plan"));
  }
  CLI (&text, "check", path);
  g_assert_nonnull (strstr (text.out, "is signed only by the requesting side"));

  CLI (&diagnosis, "diagnose", path, "--format", "json");
  g_assert_cmpint (diagnosis.status, ==, 0);
  {
    g_autoptr(JsonNode) report = parse_report (diagnosis.out);
    JsonObject *unproven = json_find (report, "evidence", "id", "unproven:rule-313");

    g_assert_nonnull (unproven);
    g_assert_true (json_object_get_boolean_member (unproven, "unproven"));
    /* Neither the tick nor the half-signed sheet counts as evidence. */
    g_assert_null (strstr (diagnosis.out, "\"mechanism:rule-313\""));
    g_assert_null (strstr (diagnosis.out, "\"mechanism:work-coordination-form\""));
  }
  CLI (&diagnosis_text, "diagnose", path);
  g_assert_nonnull (strstr (diagnosis_text.out, "? Aligned: Unproven:"));
}

int
main (int argc, char **argv)
{
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/cli/new-and-validate", test_new_and_validate);
  g_test_add_func ("/cli/new-languages", test_new_languages);
  g_test_add_func ("/cli/usage-errors", test_usage_errors);
  g_test_add_func ("/cli/validate-errors", test_validate_errors);
  g_test_add_func ("/cli/unwritable-destination", test_unwritable_destination);
  g_test_add_func ("/cli/import-csv", test_import_csv);
  g_test_add_func ("/cli/import-csv/gbk-kinds", test_import_csv_gbk);
  g_test_add_func ("/cli/compare", test_compare);
  g_test_add_func ("/cli/check", test_check);
  g_test_add_func ("/cli/diagnose", test_diagnose);
  g_test_add_func ("/cli/coordination", test_coordination);
  temp_root = g_dir_make_tmp ("od-cli-XXXXXX", NULL);
  status = g_test_run ();
  remove_tree (temp_root);
  g_free (temp_root);
  return status;
}
