/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-cli-locale.c: org-designer-cli's output survives the user's locale.
 *
 * check, diagnose and compare run under LC_ALL=C, de_DE.UTF-8, zh_CN.UTF-8
 * and zh_TW.UTF-8 (LANGUAGE unset, as a shell or a cron job has it).  The
 * JSON must parse, carry the Chinese names as they are (not "?" from a
 * conversion to ASCII) and numbers in JSON's form (never "65,75"); the
 * text must keep the names too, with numbers in the locale's own form and
 * the messages in the locale's language.  tools/deps generates the
 * locales; a missing one fails the test rather than skipping it. */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "od-cli-test.h"

/* Its own: the message names the locale the command ran in. */
#undef assert_contains
#undef assert_lacks
#define assert_contains(haystack, needle) G_STMT_START {                     \
    if (strstr ((haystack), (needle)) == NULL)                               \
      g_error ("%s: expected “%s” in:\n%s", locale, (needle), (haystack));   \
  } G_STMT_END

#define assert_lacks(haystack, needle) G_STMT_START {                        \
    if (strstr ((haystack), (needle)) != NULL)                               \
      g_error ("%s: did not expect “%s” in:\n%s", locale, (needle), (haystack)); \
  } G_STMT_END

typedef struct {
  const char *locale;
  const char *stage_line; /* "Stage: " in the locale's language and punctuation */
  const char *sales_mean;  /* ": 61.5 — ", the mean as the locale writes it, with its punctuation */
} Locale;

static const Locale locales[] = {
  { "C", "Stage: ", ": 61.5 — " },
  { "de_DE.UTF-8", "Stage: ", ": 61,5 — " },
  { "zh_CN.UTF-8", "阶段：", "：61.5 —— " },
  { "zh_TW.UTF-8", "階段：", "：61.5 —— " },
};

/* Runs the CLI with @locale as the whole locale and no LANGUAGE. */
static void
run_in (Run                *run,
        const char         *locale,
        const char * const *args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocessLauncher) launcher =
    g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GBytes) out = NULL;
  g_autoptr(GBytes) err = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();

  g_ptr_array_add (argv, (char *) g_getenv ("OD_CLI"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", locale, TRUE);
  g_subprocess_launcher_unsetenv (launcher, "LANGUAGE");
  g_subprocess_launcher_unsetenv (launcher, "LANG");
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  /* Bytes, not communicate_utf8(): output that is not UTF-8 must fail
   * the assertions below, not the harness. */
  g_subprocess_communicate (process, NULL, NULL, &out, &err, &error);
  g_assert_no_error (error);
  run->out = g_strndup (g_bytes_get_data (out, NULL), g_bytes_get_size (out));
  run->err = g_strndup (g_bytes_get_data (err, NULL), g_bytes_get_size (err));
  run->status = g_subprocess_get_if_exited (process) ? g_subprocess_get_exit_status (process) : -1;
  if (!g_utf8_validate (run->out, -1, NULL))
    g_error ("%s: %s printed bytes that are not UTF-8:\n%s", locale, args[0], run->out);
}

static void
answer_all (GString    *xml,
            const char *side,
            const char *name,
            guint       n_fours)
{
  g_string_append_printf (xml, "<respondent side=\"%s\" name=\"%s\">", side, name);
  for (guint item = 1; item <= 20; item++)
    g_string_append_printf (xml, "<answer item=\"%u\" value=\"%u\"/>", item, item <= n_fours ? 4 : 3);
  g_string_append (xml, "</respondent>");
}

/* A medium firm in Chinese whose 销售部 also owns 市场部's market
 * research (a duplicate, an error), with answers: sales 61 and 62 (mean
 * 61.5), marketing 70, so the overall score is 65.75 and the gap 8.5.
 * @renamed: 销售部 is called 华东销售部 (for compare). */
static char *
make_firm (gboolean renamed)
{
  g_autofree char *clean = temp_path ("clean.orgdesign");
  char *path = temp_path (renamed ? "renamed.orgdesign" : "answered.orgdesign");
  g_autofree char *contents = NULL;
  g_autoptr(GString) xml = NULL;
  const char *argv[] = { g_getenv ("OD_CLI"), "new", "--size", "medium", "--lang", "zh-CN",
                         "--name", "华东食品有限公司", "-o", clean, NULL };
  g_auto(Run) made = { 0 };
  char *end;

  run_argv (&made, NULL, argv);
  g_assert_cmpint (made.status, ==, 0);
  g_assert_true (g_file_get_contents (clean, &contents, NULL, NULL));
  xml = g_string_new (contents);
  g_assert_cmpint (g_string_replace (xml, "<unit id=\"sales\" name=\"销售部\"",
                                     renamed ? "<unit id=\"sales\" name=\"华东销售部\""
                                             : "<unit id=\"sales\" name=\"销售部\"", 1), ==, 1);
  g_assert_cmpint (g_string_replace (xml, "<function ref=\"sales-target-delivery\" role=\"owner\"/>",
                                     "<function ref=\"sales-target-delivery\" role=\"owner\"/>"
                                     "<function ref=\"market-research\" role=\"owner\"/>", 1), ==, 1);
  end = strstr (xml->str, "</organisation>");
  g_assert_nonnull (end);
  g_string_truncate (xml, end - xml->str);
  g_string_append (xml, "<assessment date=\"2026-11-20\">");
  answer_all (xml, "sales", "李经理", 1);
  answer_all (xml, "sales", "王经理", 2);
  answer_all (xml, "marketing", "张经理", 10);
  g_string_append (xml, "</assessment></organisation>\n");
  g_assert_true (g_file_set_contents (path, xml->str, -1, NULL));
  return path;
}

static void
assert_locale_installed (const char *locale)
{
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));

  if (setlocale (LC_ALL, locale) == NULL)
    g_error ("the locale %s is not installed: run tools/deps", locale);
  setlocale (LC_ALL, saved);
}

static void
test_check (gconstpointer data)
{
  const Locale *l = data;
  const char *locale = l->locale;
  g_autofree char *firm = make_firm (FALSE);
  g_auto(Run) json = { 0 };
  g_auto(Run) text = { 0 };

  assert_locale_installed (locale);
  run_in (&json, locale, (const char *[]) { "check", firm, "--format", "json", NULL });
  g_assert_cmpint (json.status, ==, 1);
  {
    g_autoptr(JsonNode) report = parse_report (json.out);
    JsonObject *finding = json_find (report, "findings", "rule", "duplicate-function");

    g_assert_cmpstr (json_object_get_string_member (finding, "severity"), ==, "error");
    /* The unit names are the user's data: in every locale, as written. */
    assert_contains (json_object_get_string_member (finding, "message"), "销售部");
    assert_contains (json_object_get_string_member (finding, "message"), "市场部");
  }
  assert_lacks (json.out, "??");

  run_in (&text, locale, (const char *[]) { "check", firm, NULL });
  g_assert_cmpint (text.status, ==, 1);
  assert_contains (text.out, "[duplicate-function]");
  assert_contains (text.out, "销售部");
  assert_lacks (text.out, "??");
}

static void
test_diagnose (gconstpointer data)
{
  const Locale *l = data;
  const char *locale = l->locale;
  g_autofree char *firm = make_firm (FALSE);
  const char *stage_line = l->stage_line;
  const char *sales_mean = l->sales_mean;
  g_auto(Run) json = { 0 };
  g_auto(Run) text = { 0 };

  assert_locale_installed (locale);
  run_in (&json, locale, (const char *[]) { "diagnose", firm, "--format", "json", NULL });
  g_assert_cmpint (json.status, ==, 0);
  {
    g_autoptr(JsonNode) report = parse_report (json.out);
    JsonObject *root = json_node_get_object (report);
    JsonObject *score = json_object_get_object_member (root, "score");
    JsonObject *li = json_find (report, "respondents", "name", "李经理");
    JsonObject *zhang = json_find (report, "respondents", "name", "张经理");

    g_assert_cmpstr (json_object_get_string_member (root, "basis"), ==, "answers");
    g_assert_cmpfloat_with_epsilon (json_object_get_double_member (score, "overall"), 65.75, 1e-9);
    g_assert_cmpfloat_with_epsilon (json_object_get_double_member (score, "sales"), 61.5, 1e-9);
    g_assert_cmpfloat_with_epsilon (json_object_get_double_member (score, "marketing"), 70.0, 1e-9);
    g_assert_cmpfloat_with_epsilon (json_object_get_double_member (root, "gap"), 8.5, 1e-9);
    g_assert_cmpint (json_object_get_int_member (li, "total"), ==, 61);
    g_assert_cmpstr (json_object_get_string_member (li, "side"), ==, "sales");
    g_assert_cmpint (json_object_get_int_member (zhang, "total"), ==, 70);
    g_assert_cmpstr (json_object_get_string_member (zhang, "side"), ==, "marketing");
  }
  /* JSON's decimal point, whatever LC_NUMERIC says. */
  assert_contains (json.out, "65.75");
  assert_lacks (json.out, "65,75");

  run_in (&text, locale, (const char *[]) { "diagnose", firm, NULL });
  g_assert_cmpint (text.status, ==, 0);
  g_assert_true (g_str_has_prefix (text.out, stage_line));
  assert_contains (text.out, "李经理");
  assert_contains (text.out, "张经理");
  /* The sales side's mean, in the locale's own form. */
  assert_contains (text.out, sales_mean);
  assert_lacks (text.out, "??");
}

static void
test_compare (gconstpointer data)
{
  const Locale *l = data;
  const char *locale = l->locale;
  g_autofree char *before = make_firm (FALSE);
  g_autofree char *after = make_firm (TRUE);
  g_auto(Run) json = { 0 };
  g_auto(Run) text = { 0 };

  assert_locale_installed (locale);
  run_in (&json, locale, (const char *[]) { "compare", before, after, "--format", "json", NULL });
  g_assert_cmpint (json.status, ==, 0);
  {
    g_autoptr(JsonNode) report = parse_report (json.out);
    JsonObject *renamed = json_find (report, "changes", "new", "华东销售部");

    g_assert_cmpstr (json_object_get_string_member (renamed, "unit"), ==, "sales");
    g_assert_cmpstr (json_object_get_string_member (renamed, "old"), ==, "销售部");
    assert_contains (json_object_get_string_member (renamed, "message"), "华东销售部");
  }

  run_in (&text, locale, (const char *[]) { "compare", before, after, NULL });
  g_assert_cmpint (text.status, ==, 0);
  assert_contains (text.out, "华东销售部");
  assert_lacks (text.out, "??");
}

int
main (int argc, char **argv)
{
  g_autofree char *tmp = g_dir_make_tmp ("od-cli-locale-XXXXXX", NULL);
  int status;

  g_test_init (&argc, &argv, NULL);
  temp_root = tmp;
  for (guint i = 0; i < G_N_ELEMENTS (locales); i++)
    {
      const char *tests[] = { "check", "diagnose", "compare" };
      GTestDataFunc funcs[] = { test_check, test_diagnose, test_compare };

      for (guint j = 0; j < G_N_ELEMENTS (tests); j++)
        {
          g_autofree char *path = g_strdup_printf ("/cli/locale/%s/%s", locales[i].locale, tests[j]);
          g_test_add_data_func (path, &locales[i], funcs[j]);
        }
    }
  status = g_test_run ();
  remove_tree (tmp);
  return status;
}
