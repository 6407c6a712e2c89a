/* test-check-domain.c: the boundary checks on cases built from the source
 * texts' own examples (issue 14), each with the passage it rests on, and
 * the wording users read: sources cited by title, never by an internal
 * number. */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "od-check.h"
#include "od-command.h"
#include "od-sources.h"
#include "od-template.h"
#include "od-undo-stack.h"
#include "od-test-util.h"
#include "../od-test-doc.h"

static const OdFinding *
find (GPtrArray  *findings,
      const char *rule,
      const char *unit)
{
  for (guint i = 0; i < findings->len; i++)
    {
      const OdFinding *f = findings->pdata[i];
      if (g_strcmp0 (f->rule, rule) == 0 && (unit == NULL || g_strv_contains ((const char * const *) f->units, unit)))
        return f;
    }
  return NULL;
}

static char *
add_unit (Doc        *doc,
          const char *parent,
          const char *name)
{
  OdCommand *command = od_command_add_unit (doc->org, parent, -1, NULL, name, OD_UNIT_KIND_FRONT, NULL);
  char *id = g_strdup (od_command_get_new_unit_id (command));

  push (doc, command);
  return id;
}

static void
assign (Doc        *doc,
        const char *unit,
        const char *function,
        OdRole      role)
{
  push (doc, od_command_set_assignment (doc->org, unit, function, role, NULL));
}

/* No text a user reads names a source by number or calls it a seed. */
static void
assert_no_internal_reference (const char *text)
{
  static const char *const words[] = { "seed", "Seed", "参考文本", "參考文本", "S1 p", "S2 p", NULL };

  if (text == NULL)
    return;
  for (guint i = 0; words[i] != NULL; i++)
    if (strstr (text, words[i]) != NULL)
      g_error ("“%s” in a user-visible text: %s", words[i], text);
}

/* Every source has a title in each language and a citation; the HBR
 * article is cited with its authors, journal and year. */
static void
test_sources (void)
{
  guint n = 0;
  const OdSource *sources = od_sources_get (&n);
  const OdSource *hbr = od_sources_lookup (OD_SOURCE_HBR);
  g_autofree char *citation = NULL;

  g_assert_cmpuint (n, ==, 5);
  for (guint i = 0; i < n; i++)
    {
      g_assert_true (od_sources_lookup (sources[i].id) == &sources[i]);
      for (OdLang l = 0; l < OD_N_LANGS; l++)
        {
          g_autofree char *c = od_source_dup_citation (&sources[i], l);
          g_assert_nonnull (od_source_get_title (&sources[i], l));
          g_assert_true (strstr (c, od_source_get_title (&sources[i], l)) != NULL);
          assert_no_internal_reference (c);
        }
    }
  g_assert_null (od_sources_lookup ("seed 001"));
  g_assert_nonnull (hbr);
  citation = od_source_dup_citation (hbr, OD_LANG_EN);
  g_assert_nonnull (strstr (citation, "Kotler"));
  g_assert_nonnull (strstr (citation, "Rackham"));
  g_assert_nonnull (strstr (citation, "Krishnaswamy"));
  g_assert_nonnull (strstr (citation, "Ending the War Between Sales & Marketing"));
  g_assert_nonnull (strstr (citation, "Harvard Business Review"));
  g_assert_nonnull (strstr (citation, "2006"));
}

/* A medium template broken in every way a rule notices: each finding's
 * texts are free of internal references, and a finding that rests on a
 * text ends its reason with that text's title. */
static void
test_findings_cite_by_title (void)
{
  g_auto(Doc) doc = { 0 };
  g_autoptr(GPtrArray) findings = NULL;
  g_autofree char *extra = NULL;
  g_autofree char *empty = NULL;

  doc_init (&doc, OD_SIZE_MEDIUM);
  assign (&doc, "sales", "market-research", OD_ROLE_OWNER);          /* duplicate */
  assign (&doc, "marketing", "marketing-plan", OD_ROLE_NONE);        /* no lead */
  extra = add_unit (&doc, "gm", "营销总部");
  push (&doc, od_command_move_unit (doc.org, "marketing", extra, -1, NULL));
  push (&doc, od_command_move_unit (doc.org, "sales", extra, -1, NULL));
  empty = add_unit (&doc, "gm", "空部门");
  push (&doc, od_command_set_org_prop (doc.org, OD_ORG_PROP_SIZE, "small", NULL));
  findings = od_check_run (doc.org);
  g_assert_cmpuint (findings->len, >, 3);
  for (guint i = 0; i < findings->len; i++)
    {
      const OdFinding *f = findings->pdata[i];

      assert_no_internal_reference (f->message);
      assert_no_internal_reference (f->reason);
      assert_no_internal_reference (f->fix_label);
      if (f->source != NULL)
        {
          const OdSource *s = od_sources_lookup (f->source);
          g_assert_nonnull (s);
          g_assert_nonnull (strstr (f->reason, od_source_get_title (s, OD_LANG_EN)));
        }
    }
  /* 《某某软件公司市场部与销售部协调之道》: "主方是责任方，另一方是顾问方" —
   * the one-owner rule is that text's. */
  g_assert_cmpstr (find (findings, "duplicate-function", NULL)->source, ==, OD_SOURCE_DUAL_TRACK);
  /* 《营销前后台协同机制设计》: "小企业可以将市场部和销售部合并为营销部" */
  g_assert_cmpstr (find (findings, "misplaced-structure", NULL)->source, ==, OD_SOURCE_MECHANISMS);
  /* 《营销前后台发生冲突的原因》: "随意设置岗位和部门" */
  g_assert_cmpstr (find (findings, "empty-unit", empty)->source, ==, OD_SOURCE_CAUSES);
}

/* The span limit is not in any text: the finding says it is common practice. */
static void
test_span_is_common_practice (void)
{
  g_auto(Doc) doc = { 0 };
  g_autoptr(GPtrArray) findings = NULL;
  const OdFinding *f;

  doc_init (&doc, OD_SIZE_MEDIUM);
  for (guint i = 0; i < 14; i++)
    {
      g_autofree char *name = g_strdup_printf ("小组%u", i);
      g_autofree char *id = add_unit (&doc, "sales", name);
      assign (&doc, id, "customer-maintenance", OD_ROLE_PARTICIPANT);
    }
  findings = od_check_run (doc.org);
  f = find (findings, "span-too-wide", "sales");
  g_assert_nonnull (f);
  g_assert_nonnull (strstr (f->message, "common practice"));
  g_assert_nonnull (strstr (f->reason, "common practice"));
  g_assert_nonnull (strstr (f->message, "14 direct reports"));
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/model/check/domain/sources", test_sources);
  g_test_add_func ("/model/check/domain/findings-cite-by-title", test_findings_cite_by_title);
  g_test_add_func ("/model/check/domain/span-is-common-practice", test_span_is_common_practice);
  return g_test_run ();
}
