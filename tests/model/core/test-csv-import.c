/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-csv-import.c: HR exports as people have them: any of the encodings
 * Excel and Chinese HR systems write, tab- or comma-separated, columns in
 * any order under Chinese or English headers, and units whose kinds come
 * from their names rather than all being front office. */
#include "config.h"

#include <locale.h>

#include "od-csv-import.h"
#include "od-unit-kind-guess.h"
#include "od-test-util.h"

static const char simplified[] =
  "id,name,parent,head,headcount\r\n"
  "ceo,总经理,,王总,1\r\n"
  "sales,销售部,ceo,李经理,40\r\n"
  "mkt,市场部,ceo,张经理,8\r\n"
  "admin,销管部,ceo,,6\r\n"
  "buy,采购部,ceo,,5\r\n"
  "plant,生产部,ceo,,150\r\n"
  "store,仓储部,plant,,12\r\n"
  "ship,物流部,plant,,15\r\n"
  "fin,财务部,ceo,,8\r\n"
  "hr,人力资源部,ceo,,6\r\n"
  "east,华东大区,sales,,20\r\n";

static const char traditional[] =
  "id,name,parent,head,headcount\r\n"
  "ceo,總經理,,王總,1\r\n"
  "sales,銷售部,ceo,李經理,40\r\n"
  "mkt,市場部,ceo,張經理,8\r\n"
  "admin,銷管部,ceo,,6\r\n"
  "buy,採購部,ceo,,5\r\n"
  "plant,生產部,ceo,,150\r\n"
  "store,倉儲部,plant,,12\r\n"
  "ship,物流部,plant,,15\r\n"
  "fin,財務部,ceo,,8\r\n"
  "hr,人力資源部,ceo,,6\r\n"
  "east,華東大區,sales,,20\r\n";

static const struct {
  const char *id;
  OdUnitKind  kind;
} expected_kinds[] = {
  { "ceo", OD_UNIT_KIND_EXECUTIVE }, { "sales", OD_UNIT_KIND_FRONT }, { "mkt", OD_UNIT_KIND_FRONT },
  { "admin", OD_UNIT_KIND_BACK }, { "buy", OD_UNIT_KIND_BACK }, { "plant", OD_UNIT_KIND_BACK },
  { "store", OD_UNIT_KIND_BACK }, { "ship", OD_UNIT_KIND_BACK }, { "fin", OD_UNIT_KIND_SUPPORT },
  { "hr", OD_UNIT_KIND_SUPPORT }, { "east", OD_UNIT_KIND_FRONT },
};

static void
assert_kinds (OdOrganisation *org)
{
  g_assert_cmpuint (od_organisation_get_n_units (org), ==, G_N_ELEMENTS (expected_kinds));
  for (guint i = 0; i < G_N_ELEMENTS (expected_kinds); i++)
    {
      OdUnit *unit = od_organisation_lookup_unit (org, expected_kinds[i].id);

      g_assert_nonnull (unit);
      if (od_unit_get_kind (unit) != expected_kinds[i].kind)
        g_error ("%s (%s): kind %d, expected %d", expected_kinds[i].id, od_unit_get_name (unit),
                 od_unit_get_kind (unit), expected_kinds[i].kind);
    }
}

typedef struct {
  const char     *name;
  const char     *text;       /* UTF-8 */
  const char     *iconv;      /* what to write it in */
  const char     *prefix;     /* a byte-order mark, or NULL */
  gsize           prefix_len;
  OdTextEncoding  detected;
} EncodingCase;

static const EncodingCase encoding_cases[] = {
  { "utf-8", simplified, NULL, NULL, 0, OD_TEXT_UTF8 },
  { "utf-8-bom", simplified, NULL, "\xef\xbb\xbf", 3, OD_TEXT_UTF8_BOM },
  { "gb18030", simplified, "GB18030", NULL, 0, OD_TEXT_GB18030 },
  { "gbk", simplified, "GBK", NULL, 0, OD_TEXT_GB18030 },
  { "big5", traditional, "BIG5", NULL, 0, OD_TEXT_BIG5 },
  { "cp950", traditional, "CP950", NULL, 0, OD_TEXT_BIG5 },
  { "utf-16le-bom", simplified, "UTF-16LE", "\xff\xfe", 2, OD_TEXT_UTF16LE },
  { "utf-16be-bom", traditional, "UTF-16BE", "\xfe\xff", 2, OD_TEXT_UTF16BE },
  { "utf-16le-no-bom", traditional, "UTF-16LE", NULL, 0, OD_TEXT_UTF16LE },
};

static GBytes *
encode (const char *text,
        const char *iconv,
        const char *prefix,
        gsize       prefix_len)
{
  GByteArray *out = g_byte_array_new ();
  g_autofree char *converted = NULL;
  gsize len = strlen (text);

  if (prefix != NULL)
    g_byte_array_append (out, (const guint8 *) prefix, (guint) prefix_len);
  if (iconv != NULL)
    {
      g_autoptr(GError) error = NULL;

      converted = g_convert (text, -1, iconv, "UTF-8", NULL, &len, &error);
      g_assert_no_error (error);
      g_byte_array_append (out, (const guint8 *) converted, (guint) len);
    }
  else
    g_byte_array_append (out, (const guint8 *) text, (guint) len);
  return g_byte_array_free_to_bytes (out);
}

static void
test_encoding (gconstpointer data)
{
  const EncodingCase *c = data;
  g_autoptr(GBytes) bytes = encode (c->text, c->iconv, c->prefix, c->prefix_len);
  g_autoptr(GError) error = NULL;
  g_autoptr(OdCsvTable) table = od_csv_table_parse (bytes, "hr.csv", NULL, NULL, NULL, NULL, &error);
  g_autoptr(OdOrganisation) org = NULL;
  g_autofree OdCsvColumn *columns = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (od_text_encoding_to_string (od_csv_table_get_encoding (table)), ==,
                   od_text_encoding_to_string (c->detected));
  g_assert_true (od_csv_table_has_header (table));
  columns = od_csv_table_guess_columns (table);
  org = od_csv_table_import (table, columns, OD_SIZE_MEDIUM, "HR", NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  /* The names arrive as written, in their own script. */
  g_assert_cmpstr (od_unit_get_name (od_organisation_lookup_unit (org, "sales")), ==,
                   c->text == simplified ? "销售部" : "銷售部");
  g_assert_cmpstr (od_unit_get_head (od_organisation_lookup_unit (org, "ceo")), ==,
                   c->text == simplified ? "王总" : "王總");
  assert_kinds (org);

  /* The command line's path reads it the same way. */
  g_clear_object (&org);
  org = od_csv_import_bytes (bytes, "hr.csv", OD_SIZE_MEDIUM, "HR", &error);
  g_assert_no_error (error);
  assert_kinds (org);
}

/* Short GBK text is also valid Big5 (and the other way round): the
 * characters decide. */
/* A table of Chinese names only (parents by name, no ids), written as
 * UTF-16 without a byte-order mark in either byte order: nearly every
 * byte pair is a Han character, and 一 (U+4E00) puts a zero byte on the
 * "wrong" side too.  Such a file was refused as not text. */
static void
test_utf16_chinese_without_mark (void)
{
  const char *text =
    "部门名称,上级部门\r\n"
    "总经理,\r\n"
    "销售一部,总经理\r\n"
    "市场部,总经理\r\n"
    "华东一区,销售一部\r\n";
  const char *orders[] = { "UTF-16LE", "UTF-16BE" };
  const OdTextEncoding expected[] = { OD_TEXT_UTF16LE, OD_TEXT_UTF16BE };

  for (guint i = 0; i < G_N_ELEMENTS (orders); i++)
    {
      g_autoptr(GBytes) bytes = encode (text, orders[i], NULL, 0);
      g_autoptr(GError) error = NULL;
      g_autoptr(OdCsvTable) table = od_csv_table_parse (bytes, "hr.csv", NULL, NULL, NULL, NULL, &error);
      g_autoptr(OdOrganisation) org = NULL;
      OdUnit *top, *sales;

      g_assert_no_error (error);
      g_assert_cmpstr (od_text_encoding_to_string (od_csv_table_get_encoding (table)), ==,
                       od_text_encoding_to_string (expected[i]));
      org = od_csv_import_bytes (bytes, "hr.csv", OD_SIZE_MEDIUM, "x", &error);
      g_assert_no_error (error);
      top = od_organisation_get_first_top_unit (org);
      g_assert_cmpstr (od_unit_get_name (top), ==, "总经理");
      sales = od_unit_get_first_child (top);
      g_assert_cmpstr (od_unit_get_name (sales), ==, "销售一部");
      g_assert_cmpstr (od_unit_get_name (od_unit_get_first_child (sales)), ==, "华东一区");
    }
}

static void
test_short_legacy (void)
{
  const char *gb_names[] = { "总经理", "销售部", "市场部", "财务部", "采购部", "人事部" };
  const char *big5_names[] = { "總經理", "銷售部", "市場部", "財務部", "採購部", "人事部" };

  for (guint i = 0; i < G_N_ELEMENTS (gb_names); i++)
    {
      g_autofree char *gb_text = g_strdup_printf ("a,%s,\n", gb_names[i]);
      g_autofree char *big5_text = g_strdup_printf ("a,%s,\n", big5_names[i]);
      g_autoptr(GBytes) gb = encode (gb_text, "GBK", NULL, 0);
      g_autoptr(GBytes) big5 = encode (big5_text, "BIG5", NULL, 0);
      g_autoptr(GError) error = NULL;
      g_autoptr(OdOrganisation) a = od_csv_import_bytes (gb, "hr.csv", OD_SIZE_SMALL, "x", &error);
      g_autoptr(OdOrganisation) b = NULL;

      g_assert_no_error (error);
      g_assert_cmpstr (od_unit_get_name (od_organisation_lookup_unit (a, "a")), ==, gb_names[i]);
      b = od_csv_import_bytes (big5, "hr.csv", OD_SIZE_SMALL, "x", &error);
      g_assert_no_error (error);
      g_assert_cmpstr (od_unit_get_name (od_organisation_lookup_unit (b, "a")), ==, big5_names[i]);
    }
}

static void
test_forced_encoding (void)
{
  g_autoptr(GBytes) bytes = encode (simplified, "GB18030", NULL, 0);
  OdTextEncoding utf16 = OD_TEXT_UTF16BE, utf8 = OD_TEXT_UTF8;
  g_autoptr(GError) error = NULL;
  g_autoptr(OdCsvTable) table = NULL;

  /* Read as what the user chose; the wrong choice is refused with the line. */
  table = od_csv_table_parse (bytes, "hr.csv", &utf8, NULL, NULL, NULL, &error);
  g_assert_null (table);
  g_assert_error (error, OD_CSV_ERROR, OD_CSV_ERROR_ENCODING);
  g_assert_true (g_str_has_prefix (error->message, "hr.csv:2:"));
  g_clear_error (&error);
  table = od_csv_table_parse (bytes, "hr.csv", &utf16, NULL, NULL, NULL, &error);
  /* UTF-16 reads nearly any even number of bytes, as nonsense: no header. */
  if (table != NULL)
    g_assert_false (od_csv_table_has_header (table));
  else
    g_assert_error (error, OD_CSV_ERROR, OD_CSV_ERROR_ENCODING);
}

static void
test_separators (void)
{
  const char *texts[] = {
    "部门编号\t部门名称\t上级部门编号\n1\t总经理\t\n2\t销售部\t1\n",
    "部门编号;部门名称;上级部门编号\n1;总经理;\n2;\"销售部; 华东\";1\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (texts[i], strlen (texts[i]));
      g_autoptr(GError) error = NULL;
      g_autoptr(OdOrganisation) org = od_csv_import_bytes (bytes, "hr.tsv", OD_SIZE_SMALL, "x", &error);

      g_assert_no_error (error);
      g_assert_cmpuint (od_organisation_get_n_units (org), ==, 2);
      g_assert_true (od_unit_get_parent (od_organisation_lookup_unit (org, "2")) ==
                     od_organisation_lookup_unit (org, "1"));
      g_assert_cmpint (od_unit_get_kind (od_organisation_lookup_unit (org, "2")), ==, OD_UNIT_KIND_FRONT);
    }
}

static void
test_header_mapping (void)
{
  /* Columns in another order, extra columns, a kind column. */
  const char *text =
    "人数,部门名称,备注,上级部门编号,类型,部门编号,部门负责人\n"
    "1,总经理办公室,,,,100,王总\n"
    "30,客户关系部,重点,100,後台,200,\n"
    "8,信息中心,,100,support,300,\n"
    "5,品牌组,,200,,400,\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autoptr(OdCsvTable) table = od_csv_table_parse (bytes, "hr.csv", NULL, NULL, NULL, NULL, &error);
  g_autofree OdCsvColumn *columns = od_csv_table_guess_columns (table);
  const OdCsvColumn expected[] = {
    OD_CSV_COLUMN_HEADCOUNT, OD_CSV_COLUMN_NAME, OD_CSV_COLUMN_IGNORE, OD_CSV_COLUMN_PARENT,
    OD_CSV_COLUMN_KIND, OD_CSV_COLUMN_ID, OD_CSV_COLUMN_HEAD,
  };
  g_autoptr(OdOrganisation) org = NULL;
  OdUnit *crm;

  g_assert_no_error (error);
  g_assert_cmpuint (od_csv_table_get_n_columns (table), ==, G_N_ELEMENTS (expected));
  for (guint c = 0; c < G_N_ELEMENTS (expected); c++)
    g_assert_cmpint (columns[c], ==, expected[c]);
  org = od_csv_table_import (table, columns, OD_SIZE_MEDIUM, "x", NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  crm = od_organisation_lookup_unit (org, "200");
  g_assert_cmpstr (od_unit_get_name (crm), ==, "客户关系部");
  g_assert_cmpint (od_unit_get_headcount (crm), ==, 30);
  /* The kind column wins over the name (客户 would say front office). */
  g_assert_cmpint (od_unit_get_kind (crm), ==, OD_UNIT_KIND_BACK);
  g_assert_cmpint (od_unit_get_kind (od_organisation_lookup_unit (org, "300")), ==, OD_UNIT_KIND_SUPPORT);
  /* An empty kind is guessed: 品牌 is marketing. */
  g_assert_cmpint (od_unit_get_kind (od_organisation_lookup_unit (org, "400")), ==, OD_UNIT_KIND_FRONT);
  g_assert_cmpstr (od_unit_get_head (od_organisation_lookup_unit (org, "100")), ==, "王总");

  /* Mapped by hand: two columns for one meaning, or none for the names. */
  columns[2] = OD_CSV_COLUMN_NAME;
  g_clear_object (&org);
  org = od_csv_table_import (table, columns, OD_SIZE_MEDIUM, "x", NULL, NULL, NULL, &error);
  g_assert_null (org);
  g_assert_error (error, OD_CSV_ERROR, OD_CSV_ERROR_COLUMNS);
  g_clear_error (&error);
  columns[1] = columns[2] = OD_CSV_COLUMN_IGNORE;
  org = od_csv_table_import (table, columns, OD_SIZE_MEDIUM, "x", NULL, NULL, NULL, &error);
  g_assert_null (org);
  g_assert_error (error, OD_CSV_ERROR, OD_CSV_ERROR_COLUMNS);
}

static void
test_parent_by_name (void)
{
  const char *text =
    "部門名稱,上級部門\n"
    "總經理,\n"
    "業務部,總經理\n"
    "台北分公司,業務部\n";
  const char *ambiguous =
    "name,parent\n"
    "CEO,\n"
    "Sales,CEO\n"
    "Sales,CEO\n"
    "North,Sales\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr(GBytes) bad = g_bytes_new_static (ambiguous, strlen (ambiguous));
  g_autoptr(GError) error = NULL;
  g_autoptr(OdOrganisation) org = od_csv_import_bytes (bytes, "hr.csv", OD_SIZE_MEDIUM, "x", &error);
  OdUnit *top, *sales, *branch;

  g_assert_no_error (error);
  top = od_organisation_get_first_top_unit (org);
  g_assert_cmpstr (od_unit_get_name (top), ==, "總經理");
  sales = od_unit_get_first_child (top);
  g_assert_cmpstr (od_unit_get_name (sales), ==, "業務部");
  branch = od_unit_get_first_child (sales);
  g_assert_cmpstr (od_unit_get_name (branch), ==, "台北分公司");
  g_assert_cmpint (od_unit_get_kind (branch), ==, OD_UNIT_KIND_FRONT);

  g_clear_object (&org);
  org = od_csv_import_bytes (bad, "hr.csv", OD_SIZE_MEDIUM, "x", &error);
  g_assert_null (org);
  g_assert_error (error, OD_CSV_ERROR, OD_CSV_ERROR_UNKNOWN_PARENT);
  g_assert_true (g_str_has_prefix (error->message, "hr.csv:5:"));
}

static const struct {
  const char *name;
  gboolean    has_parent;
  OdUnitKind  parent;
  OdUnitKind  kind;
} guesses[] = {
  { "总经理", FALSE, 0, OD_UNIT_KIND_EXECUTIVE },
  { "营销总部", TRUE, OD_UNIT_KIND_EXECUTIVE, OD_UNIT_KIND_EXECUTIVE },
  { "销售部", TRUE, OD_UNIT_KIND_EXECUTIVE, OD_UNIT_KIND_FRONT },
  { "销售管理部", TRUE, OD_UNIT_KIND_EXECUTIVE, OD_UNIT_KIND_BACK },
  { "銷管部", TRUE, OD_UNIT_KIND_EXECUTIVE, OD_UNIT_KIND_BACK },
  { "市場部", TRUE, OD_UNIT_KIND_EXECUTIVE, OD_UNIT_KIND_FRONT },
  { "電子商務部", TRUE, OD_UNIT_KIND_EXECUTIVE, OD_UNIT_KIND_FRONT },
  { "生产车间", TRUE, OD_UNIT_KIND_BACK, OD_UNIT_KIND_BACK },
  { "倉儲部", TRUE, OD_UNIT_KIND_EXECUTIVE, OD_UNIT_KIND_BACK },
  { "人事部", TRUE, OD_UNIT_KIND_EXECUTIVE, OD_UNIT_KIND_SUPPORT },
  { "研發中心", TRUE, OD_UNIT_KIND_EXECUTIVE, OD_UNIT_KIND_SUPPORT },
  { "售后服务部", TRUE, OD_UNIT_KIND_EXECUTIVE, OD_UNIT_KIND_FRONT },
  { "财务服务中心", TRUE, OD_UNIT_KIND_EXECUTIVE, OD_UNIT_KIND_SUPPORT },
  { "一组", TRUE, OD_UNIT_KIND_BACK, OD_UNIT_KIND_BACK },
  { "一组", TRUE, OD_UNIT_KIND_EXECUTIVE, OD_UNIT_KIND_FRONT },
  { "Sales Administration", TRUE, OD_UNIT_KIND_EXECUTIVE, OD_UNIT_KIND_BACK },
  { "Inside Sales", TRUE, OD_UNIT_KIND_EXECUTIVE, OD_UNIT_KIND_FRONT },
  { "Market Research", TRUE, OD_UNIT_KIND_EXECUTIVE, OD_UNIT_KIND_FRONT },
  { "HR", TRUE, OD_UNIT_KIND_EXECUTIVE, OD_UNIT_KIND_SUPPORT },
  { "IT Service Desk", TRUE, OD_UNIT_KIND_EXECUTIVE, OD_UNIT_KIND_SUPPORT },
  { "Customer Service", TRUE, OD_UNIT_KIND_EXECUTIVE, OD_UNIT_KIND_FRONT },
  { "Three Rivers Warehouse", TRUE, OD_UNIT_KIND_EXECUTIVE, OD_UNIT_KIND_BACK },
  { "Purchasing", TRUE, OD_UNIT_KIND_EXECUTIVE, OD_UNIT_KIND_BACK },
  { "Office of the President", TRUE, OD_UNIT_KIND_EXECUTIVE, OD_UNIT_KIND_EXECUTIVE },
  /* "it" and "hr" inside words are not IT or HR. */
  { "Kitchen", TRUE, OD_UNIT_KIND_SUPPORT, OD_UNIT_KIND_SUPPORT },
  { "Chris's team", TRUE, OD_UNIT_KIND_FRONT, OD_UNIT_KIND_FRONT },
};

static void
test_guess (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (guesses); i++)
    {
      OdUnitKind kind = od_unit_kind_guess (guesses[i].name, guesses[i].has_parent, guesses[i].parent);

      if (kind != guesses[i].kind)
        g_error ("“%s”: guessed %s, expected %s", guesses[i].name, od_unit_kind_to_string (kind),
                 od_unit_kind_to_string (guesses[i].kind));
    }
}

static void
test_kind_values (void)
{
  const struct { const char *text; gboolean ok; OdUnitKind kind; } values[] = {
    { "front", TRUE, OD_UNIT_KIND_FRONT }, { "Front Office", TRUE, OD_UNIT_KIND_FRONT },
    { "back-office", TRUE, OD_UNIT_KIND_BACK }, { "后台", TRUE, OD_UNIT_KIND_BACK },
    { "支援", TRUE, OD_UNIT_KIND_SUPPORT }, { "高管", TRUE, OD_UNIT_KIND_EXECUTIVE },
    { "EXECUTIVE", TRUE, OD_UNIT_KIND_EXECUTIVE }, { "middle", FALSE, 0 }, { "", FALSE, 0 },
  };
  const char *bad = "id,name,parent,kind\na,A,,front\nb,B,a,sideways\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (bad, strlen (bad));
  g_autoptr(GError) error = NULL;
  g_autoptr(OdOrganisation) org = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      OdUnitKind kind = OD_N_UNIT_KINDS;

      g_assert_cmpint (od_unit_kind_parse_loose (values[i].text, &kind), ==, values[i].ok);
      if (values[i].ok)
        g_assert_cmpint (kind, ==, values[i].kind);
    }
  org = od_csv_import_bytes (bytes, "hr.csv", OD_SIZE_SMALL, "x", &error);
  g_assert_null (org);
  g_assert_error (error, OD_CSV_ERROR, OD_CSV_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "hr.csv:3:"));
  g_assert_nonnull (strstr (error->message, "sideways"));
}

/* An empty export (nothing, a byte-order mark, blank lines) is said to
 * have no units, not to lack a name column. */
static void
test_empty_file (void)
{
  const char *texts[] = { "", "\xef\xbb\xbf", "\n\n\r\n" };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (texts[i], strlen (texts[i]));
      g_autoptr(GError) error = NULL;
      g_autoptr(OdOrganisation) org = od_csv_import_bytes (bytes, "hr.csv", OD_SIZE_SMALL, "x", &error);

      g_assert_null (org);
      g_assert_error (error, OD_CSV_ERROR, OD_CSV_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, "hr.csv has no units");
    }
}

/* A random group of 10,000 units named as HR systems name them: the kinds
 * follow the names, and a nameless team takes its department's kind. */
static void
test_random_group (void)
{
  const struct { const char *name; OdUnitKind kind; } departments[] = {
    { "销售部", OD_UNIT_KIND_FRONT }, { "市场部", OD_UNIT_KIND_FRONT }, { "销管部", OD_UNIT_KIND_BACK },
    { "采购部", OD_UNIT_KIND_BACK }, { "生产部", OD_UNIT_KIND_BACK }, { "仓储部", OD_UNIT_KIND_BACK },
    { "物流部", OD_UNIT_KIND_BACK }, { "财务部", OD_UNIT_KIND_SUPPORT }, { "人力资源部", OD_UNIT_KIND_SUPPORT },
    { "銷售部", OD_UNIT_KIND_FRONT }, { "倉儲部", OD_UNIT_KIND_BACK }, { "財務部", OD_UNIT_KIND_SUPPORT },
  };
  GString *csv = g_string_new ("id,name,parent\nceo,集团总部,\n");
  g_autoptr(GArray) kinds = g_array_new (FALSE, FALSE, sizeof (OdUnitKind));
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OdOrganisation) org = NULL;
  guint n = 1, counts[OD_N_UNIT_KINDS] = { 0, };

  while (n < 10000)
    {
      guint d = (guint) g_test_rand_int_range (0, G_N_ELEMENTS (departments));
      guint dept = n++;
      int teams = g_test_rand_int_range (0, 40);

      g_string_append_printf (csv, "u%u,%s%u,ceo\n", dept, departments[d].name, dept);
      g_array_append_val (kinds, departments[d].kind);
      for (int t = 0; t < teams && n < 10000; t++)
        {
          /* Teams named by number or place say nothing of their kind. */
          g_string_append_printf (csv, "u%u,第%d组,u%u\n", n++, t + 1, dept);
          g_array_append_val (kinds, departments[d].kind);
        }
    }
  bytes = g_string_free_to_bytes (csv);
  org = od_csv_import_bytes (bytes, "group.csv", OD_SIZE_LARGE, "x", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (od_organisation_get_n_units (org), ==, 10000);
  for (guint i = 1; i < 10000; i++)
    {
      g_autofree char *id = g_strdup_printf ("u%u", i);
      OdUnit *unit = od_organisation_lookup_unit (org, id);

      g_assert_cmpint (od_unit_get_kind (unit), ==, g_array_index (kinds, OdUnitKind, i - 1));
      counts[od_unit_get_kind (unit)]++;
    }
  g_test_message ("front %u, back %u, support %u", counts[OD_UNIT_KIND_FRONT], counts[OD_UNIT_KIND_BACK],
                  counts[OD_UNIT_KIND_SUPPORT]);
  g_assert_cmpuint (counts[OD_UNIT_KIND_FRONT], <, 9999);
  g_assert_cmpint (od_unit_get_kind (od_organisation_lookup_unit (org, "ceo")), ==, OD_UNIT_KIND_EXECUTIVE);
}

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  double *last = user_data;

  g_assert_cmpfloat (fraction, >=, *last);
  g_assert_cmpfloat (fraction, <=, 1.0);
  *last = fraction;
}

static void
cancel_cb (double   fraction,
           gpointer user_data)
{
  g_cancellable_cancel (user_data);
}

static void
test_progress_and_cancel (void)
{
  GString *csv = g_string_new ("id,name,parent\nu0,总经理,\n");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(OdCsvTable) table = NULL;
  g_autoptr(OdOrganisation) org = NULL;
  g_autofree OdCsvColumn *columns = NULL;
  double last = 0;

  for (guint i = 1; i < 50000; i++)
    g_string_append_printf (csv, "u%u,部门%u,u%u\n", i, i, (i - 1) / 7);
  bytes = g_string_free_to_bytes (csv);
  table = od_csv_table_parse (bytes, "big.csv", NULL, NULL, progress_cb, &last, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (last, ==, 1.0);
  columns = od_csv_table_guess_columns (table);
  last = 0;
  org = od_csv_table_import (table, columns, OD_SIZE_LARGE, "x", NULL, progress_cb, &last, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (last, ==, 1.0);
  g_assert_cmpuint (od_organisation_get_n_units (org), ==, 50000);
  g_clear_object (&org);

  /* Cancelled half way: nothing is built, and it says so. */
  org = od_csv_table_import (table, columns, OD_SIZE_LARGE, "x", cancellable, cancel_cb, cancellable, &error);
  g_assert_null (org);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  od_csv_table_free (g_steal_pointer (&table));
  table = od_csv_table_parse (bytes, "big.csv", NULL, cancellable, NULL, NULL, &error);
  g_assert_null (table);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static void
test_header_width (void)
{
  const char *text = "部门编号,部门名称,上级部门编号\n1,总经理,\n2,销售部,华东,1\n3,市场部,1,,\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autoptr(OdOrganisation) org = od_csv_import_bytes (bytes, "hr.csv", OD_SIZE_SMALL, "x", &error);

  /* An unquoted comma in a name would shift every later column. */
  g_assert_null (org);
  g_assert_error (error, OD_CSV_ERROR, OD_CSV_ERROR_SYNTAX);
  g_assert_true (g_str_has_prefix (error->message, "hr.csv:3:"));
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (encoding_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/model/csv-import/encoding/%s", encoding_cases[i].name);
      g_test_add_data_func (path, &encoding_cases[i], test_encoding);
    }
  g_test_add_func ("/model/csv-import/encoding/short-legacy", test_short_legacy);
  g_test_add_func ("/model/csv-import/encoding/utf16-chinese-without-mark", test_utf16_chinese_without_mark);
  g_test_add_func ("/model/csv-import/encoding/forced", test_forced_encoding);
  g_test_add_func ("/model/csv-import/separators", test_separators);
  g_test_add_func ("/model/csv-import/header-mapping", test_header_mapping);
  g_test_add_func ("/model/csv-import/header-width", test_header_width);
  g_test_add_func ("/model/csv-import/parent-by-name", test_parent_by_name);
  g_test_add_func ("/model/csv-import/kind/guess", test_guess);
  g_test_add_func ("/model/csv-import/kind/values", test_kind_values);
  g_test_add_func ("/model/csv-import/kind/random-group", test_random_group);
  g_test_add_func ("/model/csv-import/empty-file", test_empty_file);
  g_test_add_func ("/model/csv-import/progress-and-cancel", test_progress_and_cancel);
  return g_test_run ();
}
