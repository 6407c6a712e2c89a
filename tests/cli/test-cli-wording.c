/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-cli-wording.c: what a Chinese executive reads from `check` and
 * `diagnose` reads as a consultant would write it: “采购部”应隶属于“生产部”,
 * “生产”没有主责部门, 建议：, full-width colons, and sources cited by title,
 * never by an internal number. */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "od-cli-test.h"

/* The medium template with @from replaced by @to. */
static char *
make_variant (const char *name,
              const char *from,
              const char *to)
{
  g_autofree char *clean = temp_path ("clean.orgdesign");
  char *variant = temp_path (name);
  g_autofree char *contents = NULL;
  g_autoptr(GString) text = NULL;
  g_auto(Run) made = { 0 };

  CLI_IN (&made, "en", "new", "--size", "medium", "--lang", "zh-CN", "-o", clean);
  g_assert_cmpint (made.status, ==, 0);
  g_assert_true (g_file_get_contents (clean, &contents, NULL, NULL));
  text = g_string_new (contents);
  g_assert_cmpuint (g_string_replace (text, from, to, 1), ==, 1);
  g_assert_true (g_file_set_contents (variant, text->str, -1, NULL));
  return variant;
}

static void
assert_no_internal_words (const char *text)
{
  assert_lacks (text, "seed");
  assert_lacks (text, "参考文本");
  assert_lacks (text, "參考文本");
  assert_lacks (text, "S1 p");
  assert_lacks (text, "S2 p");
  assert_lacks (text, "—— 修正");
}

/* Production owned by no one in a medium firm. */
static void
test_check_simplified (void)
{
  g_autofree char *file = make_variant ("production.orgdesign",
                                        "<function ref=\"production\" role=\"owner\"/>", "");
  g_auto(Run) check = { 0 };

  CLI_IN (&check, "zh_CN", "check", file);
  g_assert_cmpint (check.status, ==, 1);
  assert_contains (check.out, "“生产”没有主责部门");
  assert_contains (check.out, "。建议：");
  assert_no_internal_words (check.out);
}

static void
test_diagnose_simplified_and_traditional (void)
{
  static const char *const languages[] = { "zh_CN", "zh_TW", "en" };
  static const char *const stage[] = { "阶段：", "階段：", "Stage: " };
  static const char *const sources[] = { "参考资料", "參考資料", "Sources" };
  g_autofree char *file = make_variant ("plain.orgdesign", "</organisation>", "</organisation>");

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_auto(Run) d = { 0 };

      CLI_IN (&d, languages[i], "diagnose", file);
      g_assert_cmpint (d.status, ==, 0);
      g_assert_true (g_str_has_prefix (d.out, stage[i]));
      assert_contains (d.out, sources[i]);
      assert_contains (d.out, "Ending the War Between Sales & Marketing");
      assert_contains (d.out, "Kotler");
      assert_no_internal_words (d.out);
      if (i < 2)
        assert_lacks (d.out, ": ");   /* full-width colons in Chinese */
    }
}

int
main (int argc, char **argv)
{
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  temp_root = g_dir_make_tmp ("od-cli-wording-XXXXXX", NULL);
  g_test_add_func ("/cli/wording/check-simplified", test_check_simplified);
  g_test_add_func ("/cli/wording/diagnose", test_diagnose_simplified_and_traditional);
  status = g_test_run ();
  remove_tree (temp_root);
  g_free (temp_root);
  return status;
}
