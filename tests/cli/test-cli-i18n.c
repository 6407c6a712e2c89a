/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-cli-i18n.c: the built org-designer-cli speaks Simplified and
 * Traditional Chinese from the catalogs that the build compiles from
 * po/zh_CN.po and po/zh_TW.po (in OD_LOCALEDIR), as an executive on a
 * Chinese desktop sees it.
 *
 * No zh_CN or zh_TW locale needs to be installed: with LC_ALL=C.UTF-8,
 * glibc picks the catalog from LANGUAGE (it ignores LANGUAGE only in the
 * plain "C" locale). */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "od-cli-test.h"

/* A medium firm whose 销售部 also owns the market research 市场部 owns:
 * one duplicated function, an error. */
static char *
make_duplicate (const char *lang)
{
  g_autofree char *clean = temp_path ("clean.orgdesign");
  char *broken = temp_path ("duplicate.orgdesign");
  g_autofree char *contents = NULL;
  g_autofree char *modified = NULL;
  g_autoptr(GRegex) regex = g_regex_new ("(<unit id=\"sales\"[^>]*>)", 0, 0, NULL);
  g_auto(Run) made = { 0 };

  CLI_IN (&made, "en", "new", "--size", "medium", "--lang", lang, "-o", clean);
  g_assert_cmpint (made.status, ==, 0);
  g_assert_true (g_file_get_contents (clean, &contents, NULL, NULL));
  modified = g_regex_replace (regex, contents, -1, 0, "\\1<function ref=\"market-research\" role=\"owner\"/>", 0, NULL);
  g_assert_nonnull (modified);
  g_assert_cmpstr (modified, !=, contents);
  g_assert_true (g_file_set_contents (broken, modified, -1, NULL));
  return broken;
}

/* The catalogs are where the test points the program, built by ninja. */
static void
test_catalogs_built (void)
{
  const char *localedir = g_getenv ("OD_LOCALEDIR");
  const char *languages[] = { "zh_CN", "zh_TW" };

  g_assert_nonnull (localedir);
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autofree char *mo = g_build_filename (localedir, languages[i], "LC_MESSAGES", "org-designer.mo", NULL);
      if (!g_file_test (mo, G_FILE_TEST_IS_REGULAR))
        g_error ("%s is missing: the build did not compile po/%s.po", mo, languages[i]);
    }
}

/* Without a catalog for the language the messages stay English: what the
 * other tests compare against. */
static void
test_english (void)
{
  g_autofree char *duplicate = make_duplicate ("zh-CN");
  g_auto(Run) check = { 0 };
  g_auto(Run) missing = { 0 };

  CLI_IN (&check, "en", "check", duplicate);
  g_assert_cmpint (check.status, ==, 1);
  assert_contains (check.out, "[duplicate-function]");
  assert_contains (check.out, "is owned by 2 units");

  CLI_IN (&missing, "en", "validate", "/no/such/plan.orgdesign");
  g_assert_cmpint (missing.status, ==, 2);
  assert_contains (missing.err, "/no/such/plan.orgdesign cannot be opened");
}

static void
test_simplified (void)
{
  g_autofree char *duplicate = make_duplicate ("zh-CN");
  g_auto(Run) check = { 0 };
  g_auto(Run) missing = { 0 };
  g_auto(Run) help = { 0 };

  CLI_IN (&check, "zh_CN", "check", duplicate);
  g_assert_cmpint (check.status, ==, 1);
  assert_contains (check.out, "[duplicate-function]");
  /* Severity, message and fix, with 主责方 and 协同方 as in the glossary. */
  assert_contains (check.out, "错误");
  assert_contains (check.out, "“市场研究”有 2 个主责部门");
  assert_contains (check.out, "保留“市场部”为主责方，其余部门改为协同方");
  assert_lacks (check.out, "is owned by");
  assert_lacks (check.out, "Keep");

  CLI_IN (&missing, "zh_CN", "validate", "/no/such/plan.orgdesign");
  g_assert_cmpint (missing.status, ==, 2);
  assert_contains (missing.err, "无法打开 /no/such/plan.orgdesign：");
  assert_lacks (missing.err, "cannot be opened");

  CLI_IN (&help, "zh_CN", "--help");
  g_assert_cmpint (help.status, ==, 0);
  assert_contains (help.out, "用法：org-designer-cli 命令 [选项…]");
  assert_contains (help.out, "列出组织的职责边界检查结果");
}

static void
test_traditional (void)
{
  g_autofree char *duplicate = make_duplicate ("zh-TW");
  g_auto(Run) check = { 0 };
  g_auto(Run) missing = { 0 };
  g_auto(Run) help = { 0 };

  CLI_IN (&check, "zh_TW", "check", duplicate);
  g_assert_cmpint (check.status, ==, 1);
  assert_contains (check.out, "[duplicate-function]");
  /* Traditional characters and Taiwan punctuation, not the zh_CN text. */
  assert_contains (check.out, "錯誤");
  assert_contains (check.out, "「市場研究」有 2 個主責部門");
  assert_contains (check.out, "保留「行銷部」為主責方，其餘部門改為協同方");
  assert_lacks (check.out, "主责");
  assert_lacks (check.out, "is owned by");

  CLI_IN (&missing, "zh_TW", "validate", "/no/such/plan.orgdesign");
  g_assert_cmpint (missing.status, ==, 2);
  assert_contains (missing.err, "無法開啟 /no/such/plan.orgdesign：");
  assert_lacks (missing.err, "无法打开");
  assert_lacks (missing.err, "cannot be opened");

  /* Taiwan usage: 指令 and 選項, not 命令 and 选项. */
  CLI_IN (&help, "zh_TW", "--help");
  g_assert_cmpint (help.status, ==, 0);
  assert_contains (help.out, "用法：org-designer-cli 指令 [選項…]");
  assert_contains (help.out, "診斷銷售與行銷的協同階段");
}

int
main (int argc, char **argv)
{
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/cli/i18n/catalogs-built", test_catalogs_built);
  g_test_add_func ("/cli/i18n/english", test_english);
  g_test_add_func ("/cli/i18n/simplified", test_simplified);
  g_test_add_func ("/cli/i18n/traditional", test_traditional);
  temp_root = g_dir_make_tmp ("od-cli-i18n-XXXXXX", NULL);
  status = g_test_run ();
  remove_tree (temp_root);
  g_free (temp_root);
  return status;
}
