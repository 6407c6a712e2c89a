/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-encodings.c: documents in any encoding their declaration names (and
 * UTF-16 with a byte-order mark) load as their UTF-8 twins do and are
 * written back as UTF-8, without a word from libxml2 on stderr; attributes
 * of other namespaces are kept; the first layer refuses a DOCTYPE that a
 * comment inside a processing instruction used to hide; messages name the
 * right problem and line. */
#include "config.h"

#include <locale.h>

#include "od-file-private.h"
#include "tests/od-test-util.h"

static char *
load_and_serialize (const char *name)
{
  g_autofree char *path = od_test_fixture ("encodings", name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(OdOrganisation) org = od_file_load_new (file, OD_LOAD_STRICT, &error);

  g_assert_no_error (error);
  return od_test_serialize (org);
}

static void
test_declared_encodings (void)
{
  const struct { const char *file, *twin; } cases[] = {
    { "gb18030.orgdesign", "utf-8-zh-cn.orgdesign" },
    { "gbk.orgdesign", "utf-8-zh-cn.orgdesign" },
    { "utf-16le.orgdesign", "utf-8-zh-cn.orgdesign" },
    { "big5.orgdesign", "utf-8-zh-tw.orgdesign" },
    { "utf-16be.orgdesign", "utf-8-zh-tw.orgdesign" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = load_and_serialize (cases[i].file);
      g_autofree char *want = load_and_serialize (cases[i].twin);

      g_assert_cmpstr (got, ==, want);
      g_assert_true (g_str_has_prefix (got, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
      g_assert_true (g_utf8_validate (got, -1, NULL));
    }
}

/* libxml2 printed "encoder error" lines for GBK and Big5 declarations. */
static void
test_nothing_on_stderr (void)
{
  if (g_test_subprocess ())
    {
      const char *files[] = { "gb18030.orgdesign", "gbk.orgdesign", "big5.orgdesign",
                              "utf-16le.orgdesign", "utf-16be.orgdesign" };
      for (guint i = 0; i < G_N_ELEMENTS (files); i++)
        g_free (load_and_serialize (files[i]));
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("");
}

static void
test_foreign_attributes_kept (void)
{
  g_autofree char *path = od_test_fixture ("core", "foreign-attributes.orgdesign");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(OdOrganisation) org = od_file_load_new (file, OD_LOAD_STRICT, &error);
  g_autofree char *text = NULL;
  g_autoptr(OdOrganisation) again = NULL;
  g_autofree char *text_again = NULL;

  g_assert_no_error (error);
  text = od_test_serialize (org);
  g_assert_nonnull (strstr (text, "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""));
  g_assert_nonnull (strstr (text, "xsi:schemaLocation=\"urn:org-designer:1 http://example.invalid/orgdesign.rng\""));
  g_assert_nonnull (strstr (text, "<unit id=\"a\" name=\"总经理\" kind=\"front\" xml:lang=\"zh-TW\"/>"));
  g_assert_nonnull (strstr (text, "<assessment xml:lang=\"en\">"));
  again = od_test_load_string (text, OD_LOAD_STRICT, &error);
  g_assert_no_error (error);
  text_again = od_test_serialize (again);
  g_assert_cmpstr (text, ==, text_again);
}

static void
test_doctype_behind_comment_in_instruction (void)
{
  g_autofree char *path = od_test_fixture ("hostile", "doctype-behind-pi-comment.orgdesign");
  g_autofree char *data = NULL;
  gsize size;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) prepared = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_get_contents (path, &data, &size, NULL));
  bytes = g_bytes_new (data, size);
  /* The first layer on its own, not only the reader behind it. */
  prepared = _od_file_prepare_bytes (bytes, "x.orgdesign", &error);
  g_assert_null (prepared);
  g_assert_error (error, OD_FILE_ERROR, OD_FILE_ERROR_DOCTYPE);
  g_assert_true (g_str_has_prefix (error->message, "x.orgdesign:3:"));
  g_clear_error (&error);
  /* A comment that really hides one is fine. */
  {
    const char *ok = "<?xml version=\"1.0\"?>\n<!-- <!DOCTYPE x> -->\n<?pi ?>\n<organisation xmlns=\"urn:org-designer:1\" version=\"1\"/>";
    g_autoptr(GBytes) ok_bytes = g_bytes_new_static (ok, strlen (ok));
    g_autoptr(GBytes) ok_prepared = _od_file_prepare_bytes (ok_bytes, "x.orgdesign", &error);
    g_assert_no_error (error);
    g_assert_nonnull (ok_prepared);
  }
}

static void
test_messages_name_problem_and_line (void)
{
  const struct { const char *file; OdFileError code; const char *where; const char *says; } cases[] = {
    { "two-roots.orgdesign", OD_FILE_ERROR_MALFORMED, ":3:", "more than one root element" },
    { "unknown-declared-encoding.orgdesign", OD_FILE_ERROR_ENCODING, ":1:", "X-NO-SUCH-ENCODING" },
    { "gbk-invalid-bytes.orgdesign", OD_FILE_ERROR_ENCODING, ":3:", "GBK" },
    { "big5-invalid-bytes.orgdesign", OD_FILE_ERROR_ENCODING, ":3:", "Big5" },
    { "utf16-declared-not-utf16.orgdesign", OD_FILE_ERROR_ENCODING, ":1:", "UTF-16" },
    { "text-in-unit.orgdesign", OD_FILE_ERROR_INVALID, ":4:", "text" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = od_test_fixture ("hostile", cases[i].file);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(OdOrganisation) org = od_file_load_new (file, OD_LOAD_DEFAULT, &error);
      g_autofree char *where = g_strconcat (cases[i].file, cases[i].where, NULL);

      g_assert_null (org);
      g_assert_error (error, OD_FILE_ERROR, (int) cases[i].code);
      g_assert_nonnull (strstr (error->message, where));
      g_assert_nonnull (strstr (error->message, cases[i].says));
    }
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/model/encodings/declared-encodings", test_declared_encodings);
  g_test_add_func ("/model/encodings/nothing-on-stderr", test_nothing_on_stderr);
  g_test_add_func ("/model/encodings/foreign-attributes-kept", test_foreign_attributes_kept);
  g_test_add_func ("/model/encodings/doctype-behind-comment-in-instruction", test_doctype_behind_comment_in_instruction);
  g_test_add_func ("/model/encodings/messages-name-problem-and-line", test_messages_name_problem_and_line);
  return g_test_run ();
}
