/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-types.c: the string forms of the shared enumerations are the file
 * format's and the CLI's contract; the user's language decides the data
 * language shown. */
#include "config.h"

#include <locale.h>

#include "od-types.h"

static void
test_round_trip (void)
{
  for (int s = 0; s < OD_N_SIZES; s++)
    {
      OdSize back;
      g_assert_true (od_size_from_string (od_size_to_string (s), &back));
      g_assert_cmpint (back, ==, s);
    }
  for (int k = 0; k < OD_N_UNIT_KINDS; k++)
    {
      OdUnitKind back;
      g_assert_true (od_unit_kind_from_string (od_unit_kind_to_string (k), &back));
      g_assert_cmpint (back, ==, k);
    }
  for (int st = 0; st < OD_N_STAGES; st++)
    {
      OdStage back;
      g_assert_true (od_stage_from_string (od_stage_to_string (st), &back));
      g_assert_cmpint (back, ==, st);
    }
  g_assert_cmpstr (od_size_to_string (OD_SIZE_MEDIUM), ==, "medium");
  g_assert_cmpstr (od_role_to_string (OD_ROLE_PARTICIPANT), ==, "participant");
  g_assert_cmpstr (od_stage_to_string (OD_STAGE_ALIGNED), ==, "aligned");
  g_assert_cmpstr (od_lang_to_string (OD_LANG_ZH_TW), ==, "zh-TW");
  g_assert_false (od_size_from_string ("huge", NULL));
  g_assert_false (od_size_from_string (NULL, NULL));
  g_assert_false (od_role_from_string ("Owner", NULL));
}

static void
test_user_language (void)
{
  g_setenv ("LANGUAGE", "zh_TW", TRUE);
  g_assert_cmpint (od_lang_for_user (), ==, OD_LANG_ZH_TW);
  g_setenv ("LANGUAGE", "zh_CN:en", TRUE);
  g_assert_cmpint (od_lang_for_user (), ==, OD_LANG_ZH_CN);
  g_setenv ("LANGUAGE", "zh_HK", TRUE);
  g_assert_cmpint (od_lang_for_user (), ==, OD_LANG_ZH_TW);
  g_setenv ("LANGUAGE", "de_DE:zh_CN", TRUE);
  g_assert_cmpint (od_lang_for_user (), ==, OD_LANG_EN);
  g_setenv ("LANGUAGE", "en", TRUE);
  g_assert_cmpint (od_lang_for_user (), ==, OD_LANG_EN);
}

static void
test_ids (void)
{
  g_assert_true (od_is_valid_ref ("market-research"));
  g_assert_false (od_is_valid_ref ("Market"));
  g_assert_false (od_is_valid_ref (""));
  g_assert_false (od_is_valid_ref ("a b"));
  g_assert_true (od_is_valid_unit_id ("sales_2.east-A"));
  g_assert_false (od_is_valid_unit_id ("销售部"));
  g_assert_false (od_is_valid_unit_id ("a/b"));
  g_assert_false (od_is_valid_unit_id ("0123456789012345678901234567890123456789012345678901234567890123456789"));
  g_assert_true (od_is_valid_date ("2024-02-29"));
  g_assert_false (od_is_valid_date ("2023-02-29"));
  g_assert_false (od_is_valid_date ("2026-13-01"));
  g_assert_false (od_is_valid_date ("2026-1-01"));
  g_assert_false (od_is_valid_date ("2026-01-01x"));
  g_assert_false (od_is_valid_date (NULL));
}

static void
test_storable_text (void)
{
  g_assert_true (od_text_is_storable ("销售部 & <Sales>", FALSE));
  g_assert_true (od_text_is_storable (NULL, FALSE));
  g_assert_true (od_text_is_storable ("a\tb", FALSE));
  g_assert_false (od_text_is_storable ("a\nb", FALSE));
  g_assert_true (od_text_is_storable ("a\nb", TRUE));
  g_assert_false (od_text_is_storable ("a\rb", TRUE));
  g_assert_false (od_text_is_storable ("a\x01", TRUE));
  g_assert_false (od_text_is_storable ("a\x7f", TRUE));
  g_assert_false (od_text_is_storable ("\xef\xbf\xbe", TRUE));
  g_assert_false (od_text_is_storable ("\xef\xbf\xbf", TRUE));
  g_assert_false (od_text_is_storable ("\xe9", TRUE));
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/model/types/round-trip", test_round_trip);
  g_test_add_func ("/model/types/user-language", test_user_language);
  g_test_add_func ("/model/types/ids", test_ids);
  g_test_add_func ("/model/types/storable-text", test_storable_text);
  return g_test_run ();
}
