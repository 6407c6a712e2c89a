/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-hostile.c: broken and hostile documents are refused with the right
 * error, a message naming the file and line, and the organisation that was
 * open left exactly as it was. */
#include "config.h"

#include <locale.h>

#include "od-file.h"
#include "od-test-util.h"

#define HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
#define ORG  "<organisation xmlns=\"urn:org-designer:1\" version=\"1\" name=\"T\" size=\"small\">\n"

typedef struct {
  const char *name;
  const char *xml;
  gssize      length;     /* -1: strlen */
  OdFileError code;
  int         line;       /* expected line in the message, 0: no line */
  OdLoadFlags flags;
} Case;

static const Case cases[] = {
  { "truncated", HEAD ORG "  <unit id=\"a\" name=\"A\">\n    <unit id=\"b\" name=\"B\"/>\n", -1, OD_FILE_ERROR_MALFORMED, 0 },
  { "mismatched-tag", HEAD ORG "<unit id=\"a\" name=\"A\"></dotted>\n</organisation>", -1, OD_FILE_ERROR_MALFORMED, 3 },
  { "billion-laughs", HEAD "<!DOCTYPE organisation [\n <!ENTITY a \"aaaaaaaaaa\">\n <!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n"
    " <!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n]>\n" ORG "<unit id=\"x\" name=\"&c;\"/></organisation>",
    -1, OD_FILE_ERROR_DOCTYPE, 2 },
  { "external-entity", HEAD "<!DOCTYPE organisation [ <!ENTITY x SYSTEM \"file:///etc/passwd\"> ]>\n" ORG
    "<unit id=\"x\" name=\"&x;\"/></organisation>", -1, OD_FILE_ERROR_DOCTYPE, 2 },
  { "external-dtd", HEAD "<!DOCTYPE organisation SYSTEM \"http://example.com/evil.dtd\">\n" ORG "</organisation>",
    -1, OD_FILE_ERROR_DOCTYPE, 2 },
  { "undeclared-entity", HEAD ORG "<unit id=\"x\" name=\"&nope;\"/></organisation>", -1, OD_FILE_ERROR_DOCTYPE, 3 },
  { "wrong-root", HEAD "<html xmlns=\"urn:org-designer:1\"><body/></html>", -1, OD_FILE_ERROR_NOT_ORGDESIGN, 2 },
  { "no-namespace", HEAD "<organisation version=\"1\"/>", -1, OD_FILE_ERROR_NOT_ORGDESIGN, 2 },
  { "wrong-namespace", HEAD "<organisation xmlns=\"urn:other\" version=\"1\"/>", -1, OD_FILE_ERROR_NOT_ORGDESIGN, 2 },
  { "undeclared-prefix", HEAD ORG "<x:unit id=\"a\" name=\"A\"/></organisation>", -1, OD_FILE_ERROR_MALFORMED, 3 },
  { "newer-major", HEAD "<organisation xmlns=\"urn:org-designer:1\" version=\"2\"/>", -1, OD_FILE_ERROR_VERSION, 2 },
  { "unknown-function-strict", HEAD ORG "<unit id=\"a\" name=\"A\">\n<function ref=\"time-travel\" role=\"owner\"/>\n</unit></organisation>",
    -1, OD_FILE_ERROR_UNKNOWN_REFERENCE, 4, OD_LOAD_STRICT },
  { "unknown-mechanism-strict", HEAD ORG "<mechanism ref=\"telepathy\"/></organisation>", -1, OD_FILE_ERROR_UNKNOWN_REFERENCE, 3, OD_LOAD_STRICT },
  { "duplicate-id", HEAD ORG "<unit id=\"a\" name=\"A\">\n<unit id=\"a\" name=\"B\"/>\n</unit></organisation>",
    -1, OD_FILE_ERROR_DUPLICATE_ID, 4 },
  { "dangling-dotted", HEAD ORG "<unit id=\"a\" name=\"A\"/>\n<dotted from=\"a\" to=\"ghost\"/></organisation>",
    -1, OD_FILE_ERROR_DANGLING, 0 },
  { "self-dotted", HEAD ORG "<unit id=\"a\" name=\"A\"/>\n<dotted from=\"a\" to=\"a\"/></organisation>",
    -1, OD_FILE_ERROR_INVALID, 0 },
  { "answer-out-of-range", HEAD ORG "<assessment>\n<respondent side=\"sales\">\n<answer item=\"3\" value=\"6\"/>\n</respondent></assessment></organisation>",
    -1, OD_FILE_ERROR_OUT_OF_RANGE, 5 },
  { "item-out-of-range", HEAD ORG "<assessment><respondent side=\"sales\"><answer item=\"21\" value=\"3\"/></respondent></assessment></organisation>",
    -1, OD_FILE_ERROR_OUT_OF_RANGE, 3 },
  { "negative-headcount", HEAD ORG "<unit id=\"a\" name=\"A\" headcount=\"-4\"/></organisation>", -1, OD_FILE_ERROR_OUT_OF_RANGE, 3 },
  { "unknown-kind", HEAD ORG "<unit id=\"a\" name=\"A\" kind=\"boss\"/></organisation>", -1, OD_FILE_ERROR_INVALID, 3 },
  { "missing-name", HEAD ORG "<unit id=\"a\"/></organisation>", -1, OD_FILE_ERROR_INVALID, 3 },
  { "lead-of-exclusive", HEAD ORG "<unit id=\"a\" name=\"A\"><function ref=\"market-research\" role=\"lead\"/></unit></organisation>",
    -1, OD_FILE_ERROR_INVALID, 3 },
  { "unknown-element-v1", HEAD ORG "<gadget/></organisation>", -1, OD_FILE_ERROR_INVALID, 3 },
  { "text-in-organisation", HEAD ORG "hello</organisation>", -1, OD_FILE_ERROR_INVALID, 3 },
  { "nul-byte", HEAD ORG "<unit id=\"a\" name=\"A\0B\"/></organisation>", sizeof (HEAD ORG "<unit id=\"a\" name=\"A\0B\"/></organisation>") - 1,
    OD_FILE_ERROR_ENCODING, 3 },
  { "control-char", HEAD ORG "\n<unit id=\"a\" name=\"A\x01\"/></organisation>", -1, OD_FILE_ERROR_ENCODING, 4 },
  { "char-reference-to-control", HEAD ORG "<unit id=\"a\" name=\"A&#1;\"/></organisation>", -1, OD_FILE_ERROR_ENCODING, 3 },
  { "latin1", HEAD ORG "<unit id=\"a\" name=\"caf\xe9\"/></organisation>", -1, OD_FILE_ERROR_ENCODING, 3 },
  /* UTF-16 is read (XML requires it): a truncated one is a broken document,
   * an odd number of bytes is not UTF-16 at all. */
  { "utf16-truncated", "\xff\xfe<\0o\0", 6, OD_FILE_ERROR_MALFORMED, 0 },
  { "utf16-odd-length", "\xff\xfe<\0o\0r", 7, OD_FILE_ERROR_ENCODING, 0 },
  { "gzip", "\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", 10, OD_FILE_ERROR_COMPRESSED, 0 },
  { "zip", "PK\x03\x04rest", 8, OD_FILE_ERROR_COMPRESSED, 0 },
  { "empty", "", 0, OD_FILE_ERROR_MALFORMED, 0 },
  { "two-roots", HEAD ORG "</organisation><organisation/>", -1, OD_FILE_ERROR_MALFORMED, 0 },
  /* Coordination sheets and 313 plans: refused with the element's line. */
  { "sheet-duplicate-id", HEAD ORG "<coordination-sheet id=\"s\"/>\n<coordination-sheet id=\"s\"/></organisation>",
    -1, OD_FILE_ERROR_DUPLICATE_ID, 4 },
  { "sheet-without-id", HEAD ORG "<coordination-sheet from=\"a\"/></organisation>", -1, OD_FILE_ERROR_INVALID, 3 },
  { "sheet-signed-maybe", HEAD ORG "\n<coordination-sheet id=\"s\" to-signed=\"maybe\"/></organisation>",
    -1, OD_FILE_ERROR_INVALID, 4 },
  { "sheet-bad-deadline", HEAD ORG "<coordination-sheet id=\"s\" deadline=\"next week\"/></organisation>",
    -1, OD_FILE_ERROR_INVALID, 3 },
  { "sheet-bad-unit-id", HEAD ORG "<coordination-sheet id=\"s\" from=\"市场部\"/></organisation>",
    -1, OD_FILE_ERROR_INVALID, 3 },
  { "plan-twice", HEAD ORG "<plan horizon=\"1-year\"/>\n<plan horizon=\"1-year\"/></organisation>",
    -1, OD_FILE_ERROR_DUPLICATE_ID, 4 },
  { "plan-unknown-horizon", HEAD ORG "<plan horizon=\"5-year\"/></organisation>", -1, OD_FILE_ERROR_INVALID, 3 },
};

static OdOrganisation *
make_victim (void)
{
  g_autoptr(GError) error = NULL;
  OdOrganisation *org = od_test_load_string (HEAD ORG "<unit id=\"keep\" name=\"Keep me\"/></organisation>",
                                             OD_LOAD_DEFAULT, &error);
  g_assert_no_error (error);
  return org;
}

static void
run_case (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(OdOrganisation) org = make_victim ();
  g_autofree char *before = od_test_serialize (org);
  g_autofree char *after = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new (c->xml, c->length < 0 ? strlen (c->xml) : (gsize) c->length);
  g_autoptr(GError) error = NULL;
  guint64 generation = od_organisation_get_generation (org);

  g_assert_false (od_file_load_bytes (org, bytes, "hostile.orgdesign", c->flags, &error));
  g_assert_nonnull (error);
  g_test_message ("%s: %s", c->name, error->message);
  g_assert_error (error, OD_FILE_ERROR, (int) c->code);
  g_assert_true (g_str_has_prefix (error->message, "hostile.orgdesign"));
  if (c->line > 0)
    {
      g_autofree char *where = g_strdup_printf ("hostile.orgdesign:%d:", c->line);
      g_assert_true (g_str_has_prefix (error->message, where));
    }
  /* Nothing the user had is touched. */
  after = od_test_serialize (org);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (od_organisation_get_generation (org), ==, generation);
}

static void
test_unknown_function_lenient (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OdOrganisation) org =
    od_test_load_string (HEAD ORG "<unit id=\"a\" name=\"A\"><function ref=\"time-travel\" role=\"owner\"/></unit></organisation>",
                         OD_LOAD_DEFAULT, &error);
  g_autofree char *text = NULL;

  /* Kept, so that a file from a newer catalog is not damaged by saving;
   * the unknown-function check reports it. */
  g_assert_no_error (error);
  g_assert_cmpint (od_unit_get_role (od_organisation_lookup_unit (org, "a"), "time-travel"), ==, OD_ROLE_OWNER);
  text = od_test_serialize (org);
  g_assert_nonnull (strstr (text, "ref=\"time-travel\""));
}

static void
test_deep_nesting (void)
{
  GString *xml = g_string_new (HEAD ORG);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(OdOrganisation) org = od_organisation_new ();
  g_autoptr(GError) error = NULL;

  for (int i = 0; i < 5000; i++)
    g_string_append_printf (xml, "<unit id=\"u%d\" name=\"U\">", i);
  bytes = g_string_free_to_bytes (xml);
  g_assert_false (od_file_load_bytes (org, bytes, "deep.orgdesign", OD_LOAD_DEFAULT, &error));
  g_assert_error (error, OD_FILE_ERROR, OD_FILE_ERROR_TOO_DEEP);
  g_assert_cmpuint (od_organisation_get_n_units (org), ==, 0);
}

static void
test_acceptable_depth (void)
{
  GString *xml = g_string_new (HEAD ORG);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(OdOrganisation) org = od_organisation_new ();
  g_autoptr(GError) error = NULL;

  for (int i = 0; i < 100; i++)
    g_string_append_printf (xml, "<unit id=\"u%d\" name=\"U\">", i);
  for (int i = 0; i < 100; i++)
    g_string_append (xml, "</unit>");
  g_string_append (xml, "</organisation>");
  bytes = g_string_free_to_bytes (xml);
  g_assert_true (od_file_load_bytes (org, bytes, "deep.orgdesign", OD_LOAD_DEFAULT, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (od_unit_get_depth (od_organisation_lookup_unit (org, "u99")), ==, 99);
}

static void
test_huge_attribute (void)
{
  /* 8 MiB in one attribute: read or refused, but quickly and without harm. */
  GString *xml = g_string_new (HEAD ORG "<unit id=\"a\" name=\"");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(OdOrganisation) org = od_organisation_new ();
  g_autoptr(GError) error = NULL;

  for (int i = 0; i < 8 * 1024 * 1024; i++)
    g_string_append_c (xml, 'x');
  g_string_append (xml, "\"/></organisation>");
  bytes = g_string_free_to_bytes (xml);
  if (od_file_load_bytes (org, bytes, "huge.orgdesign", OD_LOAD_DEFAULT, &error))
    g_assert_cmpuint (strlen (od_unit_get_name (od_organisation_lookup_unit (org, "a"))), ==, 8 * 1024 * 1024);
  else
    g_assert_true (g_str_has_prefix (error->message, "huge.orgdesign"));
}

static void
test_not_regular_files (void)
{
  const char *paths[] = { "/dev/zero", "/dev/null", "/", "/no/such/file.orgdesign" };

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (paths[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(OdOrganisation) org = od_file_load_new (file, OD_LOAD_DEFAULT, &error);

      g_assert_null (org);
      g_assert_error (error, OD_FILE_ERROR, OD_FILE_ERROR_READ);
      g_assert_nonnull (strstr (error->message, paths[i]));
    }
}

/* Every file in tests/fixtures/hostile/ (inputs fuzzing found, and attacks
 * written by hand) either fails with a message naming it, or loads and
 * then saves and loads again to the same bytes. */
static void
test_corpus (void)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "fixtures", "hostile", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(OdOrganisation) org = od_file_load_new (file, OD_LOAD_DEFAULT, &error);

      n++;
      if (org == NULL)
        {
          g_test_message ("%s: %s", name, error->message);
          g_assert_nonnull (strstr (error->message, name));
        }
      else
        {
          g_autofree char *first = od_test_serialize (org);
          g_autoptr(OdOrganisation) again = od_test_load_string (first, OD_LOAD_DEFAULT, &error);
          g_autofree char *second = NULL;

          g_assert_no_error (error);
          second = od_test_serialize (again);
          g_assert_cmpstr (first, ==, second);
        }
    }
  g_assert_cmpuint (n, >, 0);
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/model/hostile/%s", cases[i].name);
      g_test_add_data_func (path, &cases[i], run_case);
    }
  g_test_add_func ("/model/hostile/unknown-function-lenient", test_unknown_function_lenient);
  g_test_add_func ("/model/hostile/deep-nesting", test_deep_nesting);
  g_test_add_func ("/model/hostile/acceptable-depth", test_acceptable_depth);
  g_test_add_func ("/model/hostile/huge-attribute", test_huge_attribute);
  g_test_add_func ("/model/hostile/not-regular-files", test_not_regular_files);
  g_test_add_func ("/model/hostile/corpus", test_corpus);
  return g_test_run ();
}
