/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-check-domain.c: the boundary checks on cases built from the source
 * texts' own examples (issue 14), each with the passage it rests on, and
 * the wording users read: sources cited by title, never by an internal
 * number. */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "od-business.h"
#include "od-check.h"
#include "od-diagnosis.h"
#include "od-scope.h"
#include "od-file.h"
#include "od-command.h"
#include "od-sources.h"
#include "od-template.h"
#include "od-undo-stack.h"
#include "od-test-util.h"
#include "../od-test-doc.h"

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

static gboolean
missing (GPtrArray  *findings,
         const char *function)
{
  for (guint i = 0; i < findings->len; i++)
    {
      const OdFinding *f = findings->pdata[i];
      if (g_str_equal (f->rule, "missing-function") && g_strv_contains ((const char * const *) f->functions, function))
        return TRUE;
    }
  return FALSE;
}

/* 《某某软件公司市场部与销售部协调之道》's firm is a software company ("北京
 * 艾奇软件公司"): it has no 生产, 仓储 or 物流, and the supply chain of
 * 《营销前后台协同机制设计》 ("生产、仓储、物流部门负责根据需求订单和销售预测
 * ...安排生产计划") does not apply.  A distributor buys, stores and ships
 * but makes nothing.  A file without the field reads as manufacturing. */
static void
test_business_type (void)
{
  static const char *const supply[] = { "purchasing", "production-vp", NULL };
  static const struct { const char *business; gboolean production, warehousing, procurement; } cases[] = {
    { NULL, TRUE, TRUE, TRUE },
    { "manufacturing", TRUE, TRUE, TRUE },
    { "distribution", FALSE, TRUE, TRUE },
    { "retail", FALSE, TRUE, TRUE },
    { "services", FALSE, FALSE, FALSE },
    { "software", FALSE, FALSE, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Doc) doc = { 0 };
      g_autoptr(GPtrArray) findings = NULL;

      doc_init (&doc, OD_SIZE_MEDIUM);
      for (guint u = 0; supply[u] != NULL; u++)
        push (&doc, od_command_remove_unit (doc.org, supply[u], NULL));
      if (cases[i].business != NULL)
        push (&doc, od_command_set_org_prop (doc.org, OD_ORG_PROP_BUSINESS, cases[i].business, NULL));
      findings = od_check_run (doc.org);
      g_assert_cmpint (missing (findings, "production"), ==, cases[i].production);
      g_assert_cmpint (missing (findings, "production-planning"), ==, cases[i].production);
      g_assert_cmpint (missing (findings, "warehousing"), ==, cases[i].warehousing);
      g_assert_cmpint (missing (findings, "logistics"), ==, cases[i].warehousing);
      g_assert_cmpint (missing (findings, "procurement"), ==, cases[i].procurement);
      /* Marketing and sales requirements hold for every business. */
      g_assert_false (missing (findings, "market-research"));
      if (!cases[i].procurement)
        g_assert_cmpuint (od_check_count (findings, OD_SEVERITY_ERROR), ==, 0);
    }
}

/* The business type is a field of the file, undoable, validated. */
static void
test_business_type_file (void)
{
  g_auto(Doc) doc = { 0 };
  g_autofree char *saved = NULL;
  g_autofree char *resaved = NULL;
  g_autoptr(OdOrganisation) loaded = NULL;
  g_autoptr(OdOrganisation) old = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *bad = NULL;

  doc_init (&doc, OD_SIZE_MEDIUM);
  saved = od_test_serialize (doc.org);
  g_assert_null (strstr (saved, "business="));
  old = od_test_load_string (saved, OD_LOAD_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_null (od_organisation_get_business (old));
  g_clear_pointer (&saved, g_free);

  push (&doc, od_command_set_org_prop (doc.org, OD_ORG_PROP_BUSINESS, "software", NULL));
  g_assert_cmpstr (od_organisation_get_business (doc.org), ==, "software");
  saved = od_test_serialize (doc.org);
  g_assert_nonnull (strstr (saved, " business=\"software\""));
  loaded = od_test_load_string (saved, OD_LOAD_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (od_organisation_get_business (loaded), ==, "software");
  resaved = od_test_serialize (loaded);
  g_assert_cmpstr (resaved, ==, saved);
  g_assert_true (od_undo_stack_undo (doc.stack));
  g_assert_null (od_organisation_get_business (doc.org));

  g_assert_null (od_command_set_org_prop (doc.org, OD_ORG_PROP_BUSINESS, "mining", &error));
  g_assert_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_INVALID);
  g_clear_error (&error);
  bad = g_strdup (saved);
  memcpy (strstr (bad, "software"), "softwarX", 8);
  g_assert_null (od_test_load_string (bad, OD_LOAD_DEFAULT, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "softwarX"));
  for (const char * const *b = od_business_list (); *b != NULL; b++)
    g_assert_true (od_business_is_valid (*b));
}

/* 《营销前后台协同机制设计》 §2: "销售管理部主要帮助销售部完成渠道管理…" — for
 * every size, not only medium and large. */
static void
test_channel_management_every_size (void)
{
  for (OdSize s = 0; s < OD_N_SIZES; s++)
    {
      g_auto(Doc) doc = { 0 };
      g_autoptr(GPtrArray) holders = NULL;
      g_autoptr(GPtrArray) findings = NULL;

      doc_init (&doc, s);
      holders = od_organisation_find_holders (doc.org, "channel-management");
      g_assert_cmpuint (holders->len, ==, 1);
      push (&doc, od_command_set_assignment (doc.org, od_unit_get_id (holders->pdata[0]), "channel-management", OD_ROLE_NONE, NULL));
      findings = od_check_run (doc.org);
      g_assert_true (missing (findings, "channel-management"));
    }
}

/* Regions under 销售部, each doing customer development: the medium
 * template with 客户开发 moved from 销售部 to @names. */
static void
split_customer_development (Doc               *doc,
                            const char *const *names,
                            GPtrArray         *ids)
{
  assign (doc, "sales", "customer-development", OD_ROLE_NONE);
  for (guint i = 0; names[i] != NULL; i++)
    {
      char *id = add_unit (doc, "sales", names[i]);
      assign (doc, id, "customer-development", OD_ROLE_OWNER);
      assign (doc, id, "customer-maintenance", OD_ROLE_PARTICIPANT);
      g_ptr_array_add (ids, id);
    }
}

/* 《营销前后台协同机制设计》: "围绕核心业务的差异性和同质性…来组建部门";
 * 《营销前后台发生冲突的原因》: "不同区域市场、不同客户存在差异化的需求，可能
 * 需要一地(客)一策".  华东、华北、华南大区 divide the territory: no duplicate,
 * and the whole check stays clean; two units for one region do overlap. */
static void
test_regions_divide_territory (void)
{
  static const char *const regions[] = { "华东大区", "华北大区", "华南大区", NULL };
  static const char *const overlapping[] = { "华东大区", "华东办事处", NULL };
  static const char *const mixed[] = { "华东大区", "KA部", NULL };
  g_auto(Doc) doc = { 0 };
  g_auto(Doc) twice = { 0 };
  g_auto(Doc) across = { 0 };
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) findings_twice = NULL;
  g_autoptr(GPtrArray) findings_across = NULL;
  g_autoptr(OdDiagnosis) d = NULL;

  doc_init (&doc, OD_SIZE_MEDIUM);
  split_customer_development (&doc, regions, ids);
  findings = od_check_run (doc.org);
  for (guint i = 0; i < findings->len; i++)
    g_test_message ("%s", ((OdFinding *) findings->pdata[i])->message);
  g_assert_cmpuint (findings->len, ==, 0);
  d = od_diagnosis_run (doc.org);
  g_assert_false (od_diagnosis_has_evidence (d, "roles-overlap"));

  doc_init (&twice, OD_SIZE_MEDIUM);
  split_customer_development (&twice, overlapping, ids);
  findings_twice = od_check_run (twice.org);
  g_assert_nonnull (find (findings_twice, "duplicate-function", NULL));

  doc_init (&across, OD_SIZE_MEDIUM);
  split_customer_development (&across, mixed, ids);
  findings_across = od_check_run (across.org);
  g_assert_nonnull (find (findings_across, "duplicate-function", NULL));
}

/* A scope recorded in the file counts as the name would, and survives a
 * save; a bare "大区" names no region. */
static void
test_scope_recorded (void)
{
  static const char *const teams[] = { "一部", "二部", NULL };
  g_auto(Doc) doc = { 0 };
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(OdOrganisation) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *bare = NULL;
  const char *kind;
  g_autofree char *scope = NULL;

  doc_init (&doc, OD_SIZE_MEDIUM);
  split_customer_development (&doc, teams, ids);
  before = od_check_run (doc.org);
  g_assert_nonnull (find (before, "duplicate-function", NULL));
  push (&doc, od_command_set_unit_prop (doc.org, ids->pdata[0], OD_UNIT_PROP_SCOPE_KIND, "region", NULL));
  push (&doc, od_command_set_unit_prop (doc.org, ids->pdata[0], OD_UNIT_PROP_SCOPE, "华东", NULL));
  push (&doc, od_command_set_unit_prop (doc.org, ids->pdata[1], OD_UNIT_PROP_SCOPE_KIND, "region", NULL));
  push (&doc, od_command_set_unit_prop (doc.org, ids->pdata[1], OD_UNIT_PROP_SCOPE, "华北", NULL));
  after = od_check_run (doc.org);
  g_assert_null (find (after, "duplicate-function", NULL));

  saved = od_test_serialize (doc.org);
  g_assert_nonnull (strstr (saved, "scope-kind=\"region\" scope=\"华东\""));
  loaded = od_test_load_string (saved, OD_LOAD_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (od_unit_get_scope (od_organisation_lookup_unit (loaded, ids->pdata[1])), ==, "华北");
  g_assert_true (od_undo_stack_undo (doc.stack));
  g_assert_null (od_unit_get_scope (od_organisation_lookup_unit (doc.org, ids->pdata[1])));

  g_assert_null (od_command_set_unit_prop (doc.org, ids->pdata[0], OD_UNIT_PROP_SCOPE_KIND, "planet", &error));
  g_assert_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_INVALID);
  g_clear_error (&error);
  bare = add_unit (&doc, "sales", "大区");
  g_assert_false (od_unit_dup_scope (od_organisation_lookup_unit (doc.org, bare), &kind, &scope));
}

/* 《营销前后台协同机制设计》: "营销重心是渠道，就偏重于销售部；…促销，就偏重于
 * 市场部门…核心任务是新品上市，或者是品牌建设，那市场部责任就很大。如果是
 * 扩大市场占有率，那么销售部就很重要。"  The medium template has 市场部
 * leading four of the five joint processes. */
static void
test_lead_follows_focus_and_task (void)
{
  static const struct { const char *focus, *task; gboolean fires; } cases[] = {
    { NULL, NULL, FALSE },
    { "promotion", NULL, FALSE },
    { NULL, "brand-building", FALSE },
    { NULL, "new-product", FALSE },
    { "channel", NULL, TRUE },
    { NULL, "share-growth", TRUE },
    { "channel", "share-growth", TRUE },
    { "channel", "new-product", FALSE },     /* the two pull apart: no rule */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Doc) doc = { 0 };
      g_autoptr(GPtrArray) findings = NULL;
      g_autoptr(GPtrArray) after = NULL;
      g_autoptr(GError) error = NULL;
      const OdFinding *f;

      doc_init (&doc, OD_SIZE_MEDIUM);
      if (cases[i].focus)
        push (&doc, od_command_set_org_prop (doc.org, OD_ORG_PROP_FOCUS, cases[i].focus, NULL));
      if (cases[i].task)
        push (&doc, od_command_set_org_prop (doc.org, OD_ORG_PROP_TASK, cases[i].task, NULL));
      findings = od_check_run (doc.org);
      f = find (findings, "lead-against-focus", NULL);
      g_assert_cmpint (f != NULL, ==, cases[i].fires);
      if (f == NULL)
        continue;
      g_assert_true (g_strv_contains ((const char * const *) f->units, "sales"));
      g_assert_cmpstr (f->source, ==, OD_SOURCE_MECHANISMS);
      g_assert_nonnull (strstr (f->message, "4 of the 5"));
      /* Its fix hands one process to sales: applied twice more, sales
       * leads three of five and the finding goes. */
      for (guint k = 0; k < 3 && f != NULL; k++)
        {
          push (&doc, od_finding_build_fix (f, doc.org, &error));
          g_assert_no_error (error);
          g_clear_pointer (&after, g_ptr_array_unref);
          after = od_check_run (doc.org);
          f = find (after, "lead-against-focus", NULL);
        }
      g_assert_null (f);
      g_assert_cmpuint (od_check_count (after, OD_SEVERITY_ERROR), ==, 0);
    }
}

static void
test_task_file (void)
{
  g_auto(Doc) doc = { 0 };
  g_autofree char *saved = NULL;
  g_autoptr(OdOrganisation) loaded = NULL;
  g_autoptr(GError) error = NULL;

  doc_init (&doc, OD_SIZE_SMALL);
  push (&doc, od_command_set_org_prop (doc.org, OD_ORG_PROP_TASK, "brand-building", NULL));
  saved = od_test_serialize (doc.org);
  g_assert_nonnull (strstr (saved, " task=\"brand-building\""));
  loaded = od_test_load_string (saved, OD_LOAD_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (od_organisation_get_task (loaded), ==, "brand-building");
  g_assert_null (od_command_set_org_prop (doc.org, OD_ORG_PROP_TASK, "world-domination", &error));
  g_assert_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_INVALID);
  g_assert_true (od_undo_stack_undo (doc.stack));
  g_assert_null (od_organisation_get_task (doc.org));
}

/* 《全员营销与内部支撑》: "双重领导之间约定，非营销人员，每个人每天拿出2个小时
 * 左右的时间…那些工作内容和跟进由营销部门来进行" and "企业需要额外拿出相应的
 * 资金对这种工作进行奖励…这个制度化建设也是全员营销机制的核心". */
static void
test_dotted_line_agreement (void)
{
  g_auto(Doc) doc = { 0 };
  g_autoptr(GPtrArray) bare = NULL;
  g_autoptr(GPtrArray) agreed = NULL;
  g_autoptr(GPtrArray) undone = NULL;
  g_autoptr(OdOrganisation) loaded = NULL;
  g_autoptr(OdDiagnosis) d = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  const OdFinding *f;
  const OdDottedLine *line;

  doc_init (&doc, OD_SIZE_MEDIUM);
  push (&doc, od_command_add_dotted_line (doc.org, "rnd", "marketing", "技术支持营销", NULL));
  push (&doc, od_command_add_dotted_line (doc.org, "marketing", "sales", NULL, NULL));
  bare = od_check_run (doc.org);
  f = find (bare, "dotted-line-agreement", "rnd");
  g_assert_nonnull (f);
  g_assert_cmpstr (f->source, ==, OD_SOURCE_ALL_STAFF);
  g_assert_nonnull (strstr (f->message, "how many hours a day, who directs the work, the reward"));
  /* Marketing and sales are no non-marketing staff. */
  g_assert_null (find (bare, "dotted-line-agreement", "sales"));

  push (&doc, od_command_set_dotted_agreement (doc.org, 0, "2", "to", NULL, NULL));
  g_clear_pointer (&bare, g_ptr_array_unref);
  bare = od_check_run (doc.org);
  f = find (bare, "dotted-line-agreement", "rnd");
  g_assert_nonnull (f);
  g_assert_null (strstr (f->message, "hours"));
  g_assert_nonnull (strstr (f->message, "the reward"));

  push (&doc, od_command_set_dotted_agreement (doc.org, 0, "2", "to", "促成签约的按单奖励", NULL));
  agreed = od_check_run (doc.org);
  g_assert_null (find (agreed, "dotted-line-agreement", NULL));
  saved = od_test_serialize (doc.org);
  g_assert_nonnull (strstr (saved, "hours=\"2\" directed-by=\"to\" reward=\"促成签约的按单奖励\""));
  loaded = od_test_load_string (saved, OD_LOAD_DEFAULT, &error);
  g_assert_no_error (error);
  line = od_organisation_get_dotted_lines (loaded)->pdata[0];
  g_assert_cmpstr (line->reward, ==, "促成签约的按单奖励");
  g_assert_cmpstr (line->label, ==, "技术支持营销");

  g_assert_true (od_undo_stack_undo (doc.stack));
  undone = od_check_run (doc.org);
  g_assert_nonnull (find (undone, "dotted-line-agreement", "rnd"));
  g_assert_null (od_command_set_dotted_agreement (doc.org, 0, "2", "both", NULL, &error));
  g_assert_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_INVALID);

  /* Non-marketing staff under dual leadership are no evidence of how far
   * sales and marketing work together. */
  push (&doc, od_command_set_mechanism (doc.org, "all-staff-marketing", TRUE, NULL, NULL));
  d = od_diagnosis_run (doc.org);
  g_assert_false (od_diagnosis_has_evidence (d, "mechanism:all-staff-marketing"));
}

/* 《营销前后台发生冲突的原因》 3: "应该知道在什么时点上采取和业务模式相适应的
 * 架构".  A 'small' firm of 1,200 people, a 'large' one of 120: a note;
 * the templates' own headcounts (85, 321, 1,670) fit their sizes. */
static void
test_size_far_from_headcount (void)
{
  static const struct { OdSize size; const char *headcount; gboolean fires; } cases[] = {
    { OD_SIZE_SMALL, NULL, FALSE },
    { OD_SIZE_SMALL, "1200", TRUE },
    { OD_SIZE_MEDIUM, "5000", TRUE },
    { OD_SIZE_LARGE, NULL, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Doc) doc = { 0 };
      g_autoptr(GPtrArray) findings = NULL;
      OdUnit *top;

      doc_init (&doc, cases[i].size);
      top = od_organisation_get_first_top_unit (doc.org);
      if (cases[i].headcount != NULL)
        push (&doc, od_command_set_unit_prop (doc.org, od_unit_get_id (top), OD_UNIT_PROP_HEADCOUNT,
                                              cases[i].headcount, NULL));
      findings = od_check_run (doc.org);
      g_assert_cmpint (find (findings, "size-headcount", NULL) != NULL, ==, cases[i].fires);
    }
  {
    g_auto(Doc) doc = { 0 };
    g_autoptr(GPtrArray) findings = NULL;
    GPtrArray *units;

    /* A large firm of 14 units with 10 people each. */
    doc_init (&doc, OD_SIZE_LARGE);
    units = od_organisation_list_units (doc.org);
    for (guint u = 0; u < units->len; u++)
      push (&doc, od_command_set_unit_prop (doc.org, od_unit_get_id (units->pdata[u]), OD_UNIT_PROP_HEADCOUNT, "10", NULL));
    g_ptr_array_unref (units);
    findings = od_check_run (doc.org);
    g_assert_nonnull (find (findings, "size-headcount", NULL));
    g_assert_nonnull (strstr (find (findings, "size-headcount", NULL)->message, "140 people"));
    g_assert_nonnull (strstr (find (findings, "size-headcount", NULL)->reason, "product's own judgement"));
  }
}

/* 《营销前后台协同机制设计》 §3: "销售、采购、生产等部门定期召开协调会…" — each
 * reports its part; a meeting without procurement misses the raw-material
 * market, prices and lead times. */
static void
test_sps_meeting_sides (void)
{
  g_auto(Doc) doc = { 0 };
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) software = NULL;
  const OdFinding *f;

  doc_init (&doc, OD_SIZE_MEDIUM);
  assign (&doc, "purchasing", "supply-production-sales-meeting", OD_ROLE_NONE);
  findings = od_check_run (doc.org);
  f = find (findings, "sps-meeting-incomplete", "production");
  g_assert_nonnull (f);
  g_assert_nonnull (strstr (f->message, "procurement"));
  g_assert_null (strstr (f->message, "sales ("));
  g_assert_cmpstr (f->source, ==, OD_SOURCE_MECHANISMS);

  /* A distributor without production still buys: the same finding. */
  push (&doc, od_command_set_org_prop (doc.org, OD_ORG_PROP_BUSINESS, "distribution", NULL));
  software = od_check_run (doc.org);
  g_assert_nonnull (find (software, "sps-meeting-incomplete", NULL));
  assign (&doc, "purchasing", "supply-production-sales-meeting", OD_ROLE_PARTICIPANT);
  g_clear_pointer (&software, g_ptr_array_unref);
  software = od_check_run (doc.org);
  g_assert_null (find (software, "sps-meeting-incomplete", NULL));
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/model/check/domain/sources", test_sources);
  g_test_add_func ("/model/check/domain/findings-cite-by-title", test_findings_cite_by_title);
  g_test_add_func ("/model/check/domain/span-is-common-practice", test_span_is_common_practice);
  g_test_add_func ("/model/check/domain/business-type", test_business_type);
  g_test_add_func ("/model/check/domain/business-type-file", test_business_type_file);
  g_test_add_func ("/model/check/domain/channel-management-every-size", test_channel_management_every_size);
  g_test_add_func ("/model/check/domain/regions-divide-territory", test_regions_divide_territory);
  g_test_add_func ("/model/check/domain/scope-recorded", test_scope_recorded);
  g_test_add_func ("/model/check/domain/lead-follows-focus-and-task", test_lead_follows_focus_and_task);
  g_test_add_func ("/model/check/domain/task-file", test_task_file);
  g_test_add_func ("/model/check/domain/dotted-line-agreement", test_dotted_line_agreement);
  g_test_add_func ("/model/check/domain/size-far-from-headcount", test_size_far_from_headcount);
  g_test_add_func ("/model/check/domain/sps-meeting-sides", test_sps_meeting_sides);
  return g_test_run ();
}
