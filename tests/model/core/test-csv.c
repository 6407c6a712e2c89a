/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-csv.c: an HR system's CSV export becomes an organisation; broken
 * exports are refused with the line to fix. */
#include "config.h"

#include <locale.h>

#include "od-csv-import.h"
#include "od-test-util.h"

static OdOrganisation *
import (const char  *csv,
        GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (csv, strlen (csv));
  return od_csv_import_bytes (bytes, "hr.csv", OD_SIZE_MEDIUM, "HR", error);
}

static void
test_basic (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OdOrganisation) org =
    import ("\xef\xbb\xbfid,name,parent,head,headcount\r\n"
            "s1,华东大区,sales,,15\r\n"      /* before its parent */
            "ceo,总经理,,王总,1\r\n"
            "sales,销售部,ceo,李经理,40\r\n"
            "mkt,\"市场部, 品牌\",ceo,\"张 \"\"小\"\"\",8\r\n"
            "\r\n", &error);
  OdUnit *ceo, *mkt;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (od_organisation_get_n_units (org), ==, 4);
  ceo = od_organisation_get_first_top_unit (org);
  g_assert_cmpstr (od_unit_get_id (ceo), ==, "ceo");
  g_assert_cmpint (od_unit_get_kind (ceo), ==, OD_UNIT_KIND_EXECUTIVE);
  g_assert_cmpstr (od_unit_get_head (ceo), ==, "王总");
  /* Children in file order. */
  g_assert_cmpstr (od_unit_get_id (od_unit_get_first_child (ceo)), ==, "sales");
  mkt = od_organisation_lookup_unit (org, "mkt");
  g_assert_cmpstr (od_unit_get_name (mkt), ==, "市场部, 品牌");
  g_assert_cmpstr (od_unit_get_head (mkt), ==, "张 \"小\"");
  g_assert_cmpint (od_unit_get_headcount (mkt), ==, 8);
  g_assert_true (od_unit_get_parent (od_organisation_lookup_unit (org, "s1")) == od_organisation_lookup_unit (org, "sales"));
  g_assert_cmpstr (od_organisation_get_name (org), ==, "HR");
  /* The result is a valid document. */
  text = od_test_serialize (org);
  {
    g_autoptr(OdOrganisation) again = od_test_load_string (text, OD_LOAD_STRICT, &error);
    g_assert_no_error (error);
  }
}

typedef struct {
  const char *name;
  const char *csv;
  gsize       length;   /* 0: strlen */
  OdCsvError  code;
  const char *where;
} Case;

static const Case cases[] = {
  { "too-few-columns", "id,name,parent\na,A\n", 0, OD_CSV_ERROR_SYNTAX, "hr.csv:2:" },
  { "too-many-columns", "a,A,,h,1,extra\n", 0, OD_CSV_ERROR_SYNTAX, "hr.csv:1:" },
  { "unclosed-quote", "a,A,\nb,\"B,a\n", 0, OD_CSV_ERROR_SYNTAX, "hr.csv:2:" },
  { "bad-id", "a,A,\nb c,B,a\n", 0, OD_CSV_ERROR_INVALID, "hr.csv:2:" },
  { "no-name", "a,,\n", 0, OD_CSV_ERROR_INVALID, "hr.csv:1:" },
  { "bad-headcount", "a,A,,,many\n", 0, OD_CSV_ERROR_INVALID, "hr.csv:1:" },
  { "negative-headcount", "a,A,,,-1\n", 0, OD_CSV_ERROR_INVALID, "hr.csv:1:" },
  { "duplicate", "a,A,\nb,B,a\na,C,\n", 0, OD_CSV_ERROR_DUPLICATE_ID, "hr.csv:3:" },
  { "unknown-parent", "a,A,\nb,B,ghost\n", 0, OD_CSV_ERROR_UNKNOWN_PARENT, "hr.csv:2:" },
  { "cycle", "a,A,\nb,B,c\nc,C,b\n", 0, OD_CSV_ERROR_CYCLE, "hr.csv:2:" },
  { "self-parent", "a,A,a\n", 0, OD_CSV_ERROR_CYCLE, "hr.csv:1:" },
  { "latin1", "a,caf\xe9,\n", 0, OD_CSV_ERROR_ENCODING, "hr.csv:1:" },
  { "nul", "a,A,\nb,B\0,a\n", 12, OD_CSV_ERROR_ENCODING, "hr.csv:2:" },
  { "control", "a,A\x01,\n", 0, OD_CSV_ERROR_INVALID, "hr.csv:1:" },
  /* Found by fuzzing: valid UTF-8 that XML may not hold (U+FFFE, U+FFFF). */
  { "noncharacter-fffe", "a,A\xef\xbf\xbe,\n", 0, OD_CSV_ERROR_INVALID, "hr.csv:1:" },
  { "noncharacter-ffff", "a,A,,\xef\xbf\xbf\n", 0, OD_CSV_ERROR_INVALID, "hr.csv:1:" },
  { "empty", "id,name,parent\n\n", 0, OD_CSV_ERROR_INVALID, "hr.csv" },
};

static void
run_case (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(GBytes) bytes = g_bytes_new (c->csv, c->length ? c->length : strlen (c->csv));
  g_autoptr(GError) error = NULL;
  g_autoptr(OdOrganisation) org = od_csv_import_bytes (bytes, "hr.csv", OD_SIZE_SMALL, "x", &error);

  g_assert_null (org);
  g_test_message ("%s", error->message);
  g_assert_error (error, OD_CSV_ERROR, (int) c->code);
  g_assert_true (g_str_has_prefix (error->message, c->where));
}

static void
test_deep_chain (void)
{
  GString *csv = g_string_new ("u0,U,\n");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OdOrganisation) org = NULL;

  /* A chain deeper than a document may be is refused, not built. */
  for (int i = 1; i < 5000; i++)
    g_string_append_printf (csv, "u%d,U,u%d\n", i, i - 1);
  bytes = g_string_free_to_bytes (csv);
  org = od_csv_import_bytes (bytes, "hr.csv", OD_SIZE_LARGE, "x", &error);
  g_assert_null (org);
  g_assert_error (error, OD_CSV_ERROR, OD_CSV_ERROR_INVALID);
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/model/csv/basic", test_basic);
  g_test_add_func ("/model/csv/deep-chain", test_deep_chain);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/model/csv/refused/%s", cases[i].name);
      g_test_add_data_func (path, &cases[i], run_case);
    }
  return g_test_run ();
}
