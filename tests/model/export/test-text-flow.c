/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-text-flow.c: report text broken into pages: a keep group never
 * splits when it fits on a page (a reference stays with its paragraph),
 * blocks take their height, contents marks name the page their heading
 * lands on, and the answers chart is drawn for any answers. */
#include "config.h"

#include <locale.h>

#include "od-answers-chart.h"
#include "od-text-flow.h"

static guint drawn;

static void
count_cb (cairo_t  *cr,
          double    width,
          gpointer  data)
{
  drawn++;
}

static cairo_t *
scratch (void)
{
  cairo_surface_t *s = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 10, 10);
  cairo_t *cr = cairo_create (s);

  cairo_surface_destroy (s);
  return cr;
}

/* Fills a page to within a line of its end, then adds a paragraph and its
 * reference as a group: both go to the next page together. */
static void
test_keep_together (void)
{
  g_autoptr(OdTextFlow) flow = od_text_flow_new (400, 200, OD_LANG_EN);
  guint before;

  od_text_flow_add_block (flow, 185, count_cb, NULL, NULL);
  g_assert_cmpuint (od_text_flow_get_n_pages (flow), ==, 1);
  od_text_flow_keep_begin (flow);
  od_text_flow_mark (flow, 2, "Move");
  od_text_flow_add (flow, OD_TEXT_BODY, 0, "Hold joint meetings at least quarterly.");
  od_text_flow_add (flow, OD_TEXT_NOTE, 14, "Source: a title, p. 48");
  od_text_flow_keep_end (flow);
  g_assert_cmpuint (od_text_flow_get_n_pages (flow), ==, 2);
  /* The mark names the page where the group landed. */
  g_assert_cmpuint (g_array_index (od_text_flow_get_marks (flow), OdTextFlowMark, 0).page, ==, 1);

  /* Without the group the paragraph's first line would have fit. */
  {
    g_autoptr(OdTextFlow) loose = od_text_flow_new (400, 200, OD_LANG_EN);

    od_text_flow_add_block (loose, 185, count_cb, NULL, NULL);
    od_text_flow_add (loose, OD_TEXT_NOTE, 0, "a");
    g_assert_cmpuint (od_text_flow_get_n_pages (loose), ==, 1);
  }

  before = drawn;
  {
    cairo_t *cr = scratch ();

    od_text_flow_draw_page (flow, cr, 0);
    cairo_destroy (cr);
  }
  g_assert_cmpuint (drawn, ==, before + 1);
}

/* A group taller than a page flows over pages rather than looping. */
static void
test_keep_too_tall (void)
{
  g_autoptr(OdTextFlow) flow = od_text_flow_new (400, 100, OD_LANG_EN);

  od_text_flow_keep_begin (flow);
  for (guint i = 0; i < 30; i++)
    od_text_flow_add (flow, OD_TEXT_BODY, 0, "line");
  od_text_flow_keep_end (flow);
  g_assert_cmpuint (od_text_flow_get_n_pages (flow), >=, 3);
}

static void
test_sections (void)
{
  g_autoptr(OdTextFlow) flow = od_text_flow_new (400, 300, OD_LANG_ZH_CN);

  od_text_flow_mark (flow, 1, "发现");
  od_text_flow_add (flow, OD_TEXT_HEADING, 0, "发现");
  od_text_flow_page_break (flow);
  od_text_flow_page_break (flow);    /* a second break makes no empty page */
  od_text_flow_mark (flow, 1, "诊断");
  od_text_flow_add (flow, OD_TEXT_HEADING, 0, "诊断");
  od_text_flow_add_block (flow, 295, count_cb, NULL, NULL);
  g_assert_cmpuint (od_text_flow_get_n_pages (flow), ==, 3);
  g_assert_cmpstr (od_text_flow_get_section (flow, 0), ==, "发现");
  g_assert_cmpstr (od_text_flow_get_section (flow, 1), ==, "诊断");
  g_assert_cmpstr (od_text_flow_get_section (flow, 2), ==, "诊断");
}

/* The means per side and statement, and a chart drawn without cairo error
 * for no answers, one side only, and both. */
static void
test_answers_chart (void)
{
  g_autoptr(OdOrganisation) org = od_organisation_new ();
  OdAnswerMeans means;
  cairo_t *cr = scratch ();

  od_answer_means_compute (org, &means);
  g_assert_cmpuint (means.n[OD_SIDE_SALES][0], ==, 0);
  od_answers_chart_draw (cr, &means, 500, OD_LANG_ZH_TW, 0);
  means.mean[OD_SIDE_SALES][3] = 2;
  means.n[OD_SIDE_SALES][3] = 1;
  od_answers_chart_draw (cr, &means, 500, OD_LANG_EN, 4);
  means.mean[OD_SIDE_MARKETING][3] = 4.5;
  means.n[OD_SIDE_MARKETING][3] = 2;
  od_answers_chart_draw (cr, &means, 120, OD_LANG_ZH_CN, 21);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpfloat (od_answers_chart_get_height (500), >, 20 * 10);
  cairo_destroy (cr);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/model/export/text-flow/keep-together", test_keep_together);
  g_test_add_func ("/model/export/text-flow/keep-too-tall", test_keep_too_tall);
  g_test_add_func ("/model/export/text-flow/sections", test_sections);
  g_test_add_func ("/model/export/answers-chart", test_answers_chart);
  return g_test_run ();
}
