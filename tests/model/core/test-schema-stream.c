/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-schema-stream.c: `validate` applies the schema while streaming, on
 * the shapes users bring (one manager with tens of thousands of reports, a
 * large organisation with an assessment among its units), and the schema
 * still says what it said: at most one assessment, at most one notes
 * element per unit, each anywhere among the rest.
 *
 * libxml2 falls back to building the whole document as a tree and
 * validating that when a content model cannot be streamed (an interleave
 * of elements), in time quadratic in the number of siblings: 5 s for one
 * manager with 40,000 reports, 430 MiB at 300,000 units.  The fallback is
 * seen here as libxml2's own allocations, counted through xmlMemSetup:
 * the tree is 70 MiB at 40,000 reports, streaming 1.5 MiB. */
#include "config.h"

#include <libxml/xmlmemory.h>
#include <locale.h>

#include "tests/od-test-util.h"

#define ORG "<organisation xmlns=\"urn:org-designer:1\" version=\"1\" name=\"T\">\n"
#define FN "<function ref=\"market-research\" role=\"owner\"/>"
#define FN2 "<function ref=\"marketing-plan\" role=\"lead\"/>"

/* libxml2's allocations: live bytes and their peak.  A header before each
 * block keeps its size for free and realloc. */
static gsize live_bytes;
static gsize peak_bytes;

typedef union {
  gsize size;
  max_align_t align;
} Header;

static void
count (gssize delta)
{
  live_bytes += delta;
  peak_bytes = MAX (peak_bytes, live_bytes);
}

static void *
counted_malloc (size_t size)
{
  Header *h = malloc (sizeof (Header) + size);

  if (h == NULL)
    return NULL;
  h->size = size;
  count (size);
  return h + 1;
}

static void
counted_free (void *mem)
{
  Header *h;

  if (mem == NULL)
    return;
  h = (Header *) mem - 1;
  count (-(gssize) h->size);
  free (h);
}

static void *
counted_realloc (void   *mem,
                 size_t  size)
{
  Header *h;
  gsize old;

  if (mem == NULL)
    return counted_malloc (size);
  h = (Header *) mem - 1;
  old = h->size;
  h = realloc (h, sizeof (Header) + size);
  if (h == NULL)
    return NULL;
  h->size = size;
  count ((gssize) size - (gssize) old);
  return h + 1;
}

static char *
counted_strdup (const char *text)
{
  size_t n = strlen (text) + 1;
  char *copy = counted_malloc (n);

  if (copy != NULL)
    memcpy (copy, text, n);
  return copy;
}

/* Loads @xml with the schema and returns libxml2's peak bytes above what
 * was live before; the load must succeed. */
static gsize
peak_while_validating (const char *xml)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OdOrganisation) org = NULL;
  gsize before;

  /* Compile the schema first: it is kept for the life of the process. */
  org = od_test_load_string (ORG "</organisation>", OD_LOAD_STRICT | OD_LOAD_SCHEMA, &error);
  g_assert_no_error (error);
  g_clear_object (&org);

  before = live_bytes;
  peak_bytes = live_bytes;
  org = od_test_load_string (xml, OD_LOAD_STRICT | OD_LOAD_SCHEMA, &error);
  g_assert_no_error (error);
  g_assert_nonnull (org);
  return peak_bytes - before;
}

/* One manager with @n reports, each holding a function, the manager's
 * notes among them, the assessment among the top-level units. */
static char *
wide_document (guint n)
{
  GString *xml = g_string_new (ORG "<unit id=\"top\" name=\"总经理\" kind=\"executive\">\n");

  for (guint i = 0; i < n; i++)
    {
      if (i == n / 2)
        g_string_append (xml, "<notes>一位经理，很多下属</notes>\n");
      g_string_append_printf (xml, "<unit id=\"u%u\" name=\"销售%u组\" kind=\"front\" headcount=\"3\">" FN "</unit>\n", i, i);
    }
  g_string_append (xml, "</unit>\n<assessment date=\"2026-11-20\"/>\n<unit id=\"other\" name=\"财务部\" kind=\"support\"/>\n</organisation>\n");
  return g_string_free (xml, FALSE);
}

static void
test_wide_streams (void)
{
  g_autofree char *small = wide_document (1000);
  g_autofree char *big = wide_document (40000);
  gsize peak_small = peak_while_validating (small);
  gsize peak_big = peak_while_validating (big);

  g_test_message ("libxml2 peak: %" G_GSIZE_FORMAT " bytes at 1,000 reports, %" G_GSIZE_FORMAT " at 40,000",
                  peak_small, peak_big);
  /* The tree of 40,000 units the fallback builds is 70 MiB; streaming
   * needs 1.5 MiB (libxml2's dictionary of names grows a little with the
   * units).  Both bounds leave room for another libxml2 version. */
  g_assert_cmpuint (peak_big, <, 8 * 1024 * 1024);
  g_assert_cmpuint (peak_big, <, 20 * peak_small);
}

/* The schema's rules on where notes and the assessment may stand. */
static void
test_placement_rules (void)
{
  const struct {
    const char *xml;
    gboolean    valid;
  } cases[] = {
    { ORG "<unit id=\"a\" name=\"A\">" FN "<notes>n</notes><unit id=\"b\" name=\"B\"/>" FN2 "</unit></organisation>", TRUE },
    { ORG "<unit id=\"a\" name=\"A\"><notes>n</notes>" FN "</unit></organisation>", TRUE },
    { ORG "<unit id=\"a\" name=\"A\">" FN "<notes>n</notes></unit></organisation>", TRUE },
    { ORG "<unit id=\"a\" name=\"A\"><notes>n</notes>" FN "<notes>m</notes></unit></organisation>", FALSE },
    { ORG "<assessment/><unit id=\"a\" name=\"A\"/></organisation>", TRUE },
    { ORG "<unit id=\"a\" name=\"A\"/><assessment/><unit id=\"b\" name=\"B\"/></organisation>", TRUE },
    { ORG "<unit id=\"a\" name=\"A\"/><assessment/></organisation>", TRUE },
    { ORG "<assessment/><unit id=\"a\" name=\"A\"/><assessment/></organisation>", FALSE },
    { ORG "</organisation>", TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(OdOrganisation) org = od_test_load_string (cases[i].xml, OD_LOAD_STRICT | OD_LOAD_SCHEMA, &error);

      if ((org != NULL) != cases[i].valid)
        g_error ("case %u: %s: %s", i, cases[i].valid ? "refused" : "accepted",
                 error != NULL ? error->message : cases[i].xml);
    }
}

int
main (int   argc,
      char *argv[])
{
  /* Before libxml2 allocates anything. */
  xmlMemSetup (counted_free, counted_malloc, counted_realloc, counted_strdup);
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/model/schema/wide-streams", test_wide_streams);
  g_test_add_func ("/model/schema/placement", test_placement_rules);
  return g_test_run ();
}
