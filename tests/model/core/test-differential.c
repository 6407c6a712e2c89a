/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-differential.c: the streaming reader enforces the file format's
 * rules itself (loading applies no schema), so it must agree with the
 * RelaxNG schema: over every fixture, hostile file and fuzz corpus entry,
 * and hundreds of mutations of a document that uses every element, a
 * version-1 document the reader accepts is one the schema accepts, and one
 * the schema accepts is read, or refused only for what a schema cannot
 * say (duplicate ids, references, ranges, the catalog, unstorable text). */
#include "config.h"

#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <locale.h>

#include "od-file-private.h"
#include "tests/od-test-util.h"

static guint n_inputs, n_both_accept, n_both_refuse, n_semantic, n_not_v1;

static void
silence (void *data, xmlError *error)
{
}

/* -1: not a version-1 document (the schema does not apply), else whether
 * the schema accepts it; FALSE also when it is not well-formed. */
static int
schema_accepts (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) prepared = _od_file_prepare_bytes (bytes, "x", &error);
  xmlRelaxNGValidCtxt *ctxt;
  xmlDoc *doc;
  xmlNode *root;
  xmlChar *version;
  gsize size;
  const char *data;
  int verdict;

  if (prepared == NULL)
    return FALSE;
  data = g_bytes_get_data (prepared, &size);
  doc = xmlReadMemory (data, (int) size, NULL, "UTF-8", XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (doc == NULL || doc->intSubset != NULL)
    {
      xmlFreeDoc (doc);
      return FALSE;
    }
  root = xmlDocGetRootElement (doc);
  version = root ? xmlGetNoNsProp (root, (const xmlChar *) "version") : NULL;
  if (version != NULL && strcmp ((char *) version, "1") != 0 && strcmp ((char *) version, "1.0") != 0 &&
      g_str_has_prefix ((char *) version, "1"))
    {
      xmlFree (version);
      xmlFreeDoc (doc);
      return -1;
    }
  xmlFree (version);
  ctxt = xmlRelaxNGNewValidCtxt (_od_file_get_schema ());
  xmlRelaxNGSetValidStructuredErrors (ctxt, silence, NULL);
  verdict = xmlRelaxNGValidateDoc (ctxt, doc) == 0;
  xmlRelaxNGFreeValidCtxt (ctxt);
  xmlFreeDoc (doc);
  return verdict;
}

/* What the reader may refuse in a document the schema accepts. */
static gboolean
is_beyond_schema (const GError *error)
{
  static const char *const semantic_invalid[] = {
    "to itself", "collaboration process", "exclusive function", "a date is written", NULL
  };

  if (error->code == OD_FILE_ERROR_DUPLICATE_ID || error->code == OD_FILE_ERROR_DANGLING ||
      error->code == OD_FILE_ERROR_UNKNOWN_REFERENCE || error->code == OD_FILE_ERROR_OUT_OF_RANGE ||
      error->code == OD_FILE_ERROR_TOO_DEEP || error->code == OD_FILE_ERROR_ENCODING)
    return TRUE;
  for (guint i = 0; semantic_invalid[i] != NULL; i++)
    if (error->code == OD_FILE_ERROR_INVALID && strstr (error->message, semantic_invalid[i]) != NULL)
      return TRUE;
  return FALSE;
}

static void
compare (const char *label,
         GBytes     *bytes)
{
  g_autoptr(OdOrganisation) org = od_organisation_new ();
  g_autoptr(GError) error = NULL;
  gboolean reader = od_file_load_bytes (org, bytes, "x.orgdesign", OD_LOAD_DEFAULT, &error);
  int schema = schema_accepts (bytes);

  n_inputs++;
  if (schema < 0)
    {
      n_not_v1++;
      return;
    }
  if (reader && !schema)
    g_error ("%s: the reader accepts what the schema refuses:\n%.*s", label,
             (int) MIN (g_bytes_get_size (bytes), 3000), (const char *) g_bytes_get_data (bytes, NULL));
  if (!reader && schema && !is_beyond_schema (error))
    g_error ("%s: the reader refuses what the schema accepts (%s):\n%.*s", label, error->message,
             (int) MIN (g_bytes_get_size (bytes), 3000), (const char *) g_bytes_get_data (bytes, NULL));
  if (reader)
    n_both_accept++;
  else if (schema)
    n_semantic++;
  else
    n_both_refuse++;
}

static void
compare_folder (const char *first,
                const char *second)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, first, second, NULL);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (path, name, NULL);
      g_autofree char *data = NULL;
      gsize size;
      g_autoptr(GBytes) bytes = NULL;

      if (!g_file_get_contents (file, &data, &size, NULL))
        continue;
      bytes = g_bytes_new (data, size);
      compare (file, bytes);
      n++;
    }
  g_assert_cmpuint (n, >, 0);
}

static void
test_fixtures_and_corpora (void)
{
  compare_folder ("fixtures", "core");
  compare_folder ("fixtures", "encodings");
  compare_folder ("fixtures", "hostile");
  compare_folder ("fuzz", "corpus-load");
}

/* ---- mutations of a document that uses every element ---- */

static void
compare_text (const char *label,
              const char *text)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  compare (label, bytes);
}

static void
test_mutations (void)
{
  g_autofree char *path = od_test_fixture ("core", "every-element.orgdesign");
  g_autofree char *base = NULL;
  g_autoptr(GRegex) attribute = g_regex_new ("\\s([a-z:-]+)=\"([^\"]*)\"", 0, 0, NULL);
  g_autoptr(GRegex) start_tag = g_regex_new ("<([a-z-]+)([ >/])", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  const char *values[] = { "", " ", "x", " front ", "+3", " 7 ", "-1", "0", "99999999999", "1.5", "true",
                           "sales", "owner", "2026-02-30", "abc-def", "A B", "&#xFDD0;", "&amp;" };
  guint before = n_inputs;

  g_assert_true (g_file_get_contents (path, &base, NULL, NULL));
  compare_text ("every-element", base);

  /* Every attribute: dropped, and given each of the values above. */
  g_regex_match (attribute, base, 0, &match);
  while (g_match_info_matches (match))
    {
      int start, end, vstart, vend;
      g_autofree char *name = g_match_info_fetch (match, 1);

      g_match_info_fetch_pos (match, 0, &start, &end);
      g_match_info_fetch_pos (match, 2, &vstart, &vend);
      if (!g_str_has_prefix (name, "xmlns"))
        {
          g_autofree char *dropped = g_strdup_printf ("%.*s%s", start, base, base + end);
          compare_text (name, dropped);
          for (guint i = 0; i < G_N_ELEMENTS (values); i++)
            {
              g_autofree char *changed = g_strdup_printf ("%.*s%s%s", vstart, base, values[i], base + vend);
              compare_text (name, changed);
            }
        }
      g_match_info_next (match, NULL);
    }
  g_clear_pointer (&match, g_match_info_free);

  /* Every element: an unknown attribute, one of another namespace, one of
   * ours with a prefix, text inside, an unknown element inside. */
  g_regex_match (start_tag, base, 0, &match);
  while (g_match_info_matches (match))
    {
      const char *inserts[] = {
        " colour=\"red\"", " xml:lang=\"zh-CN\"", " xmlns:o=\"urn:org-designer:1\" o:name=\"x\"",
        " xmlns:e=\"urn:example\" e:note=\"x\"",
      };
      int start, end, name_end;

      g_match_info_fetch_pos (match, 0, &start, &end);
      g_match_info_fetch_pos (match, 1, NULL, &name_end);
      for (guint i = 0; i < G_N_ELEMENTS (inserts); i++)
        {
          g_autofree char *changed = g_strdup_printf ("%.*s%s%s", name_end, base, inserts[i], base + name_end);
          compare_text ("insert attribute", changed);
        }
      {
        /* After the start tag's end. */
        const char *close = strchr (base + name_end, '>');
        if (close != NULL && close[-1] != '/')
          {
            gsize at = (gsize) (close - base) + 1;
            const char *children[] = { "stray text", "<gadget/>", "<x:gadget xmlns:x=\"urn:example\"/>",
                                       "<notes>second</notes>", "<assessment/>", "<!-- a comment --><?pi x?>",
                                       "<![CDATA[cdata]]>", "<unit id=\"zz\" name=\"Z\"/>" };
            for (guint i = 0; i < G_N_ELEMENTS (children); i++)
              {
                g_autofree char *changed = g_strdup_printf ("%.*s%s%s", (int) at, base, children[i], base + at);
                compare_text ("insert child", changed);
              }
          }
      }
      g_match_info_next (match, NULL);
    }
  g_test_message ("%u mutations compared", n_inputs - before);
  g_assert_cmpuint (n_inputs - before, >, 300);
}

static void
test_report (void)
{
  g_test_message ("differential: %u inputs; both accept %u, both refuse %u, refused beyond the schema %u, "
                  "newer minor versions (no schema) %u", n_inputs, n_both_accept, n_both_refuse, n_semantic, n_not_v1);
  g_assert_cmpuint (n_both_accept, >, 10);
  g_assert_cmpuint (n_both_refuse, >, 10);
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/model/differential/fixtures-and-corpora", test_fixtures_and_corpora);
  g_test_add_func ("/model/differential/mutations", test_mutations);
  g_test_add_func ("/model/differential/report", test_report);
  return g_test_run ();
}
