/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-assessment.c: the Diagnose page as a consultant uses it in a
 * workshop: add a respondent, answer the twenty statements with the
 * buttons, watch the stage follow, undo an answer. */
#include "config.h"

#include <adwaita.h>

#include "od-assessment-page.h"
#include "od-command.h"

static void
spin (void)
{
  /* The page refreshes in an idle after each edit. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
test_answer_statements (void)
{
  g_autoptr(OdDocument) doc = od_document_new_from_template (OD_SIZE_MEDIUM, NULL);
  OdAssessmentPage *page = OD_ASSESSMENT_PAGE (g_object_ref_sink (od_assessment_page_new ()));
  OdOrganisation *org = od_document_get_organisation (doc);
  OdRespondent someone = { .name = (char *) "李经理", .side = OD_SIDE_SALES };
  GPtrArray *respondents;

  od_assessment_page_set_document (page, doc);
  spin ();
  /* No answers: the verdict rests on the structure. */
  g_assert_cmpstr (od_assessment_page_get_verdict (page), ==, "Stage: Defined");

  g_assert_true (od_document_push (doc, od_command_set_respondent (org, 0, &someone, NULL), NULL));
  spin ();
  for (guint item = 1; item <= OD_N_QUESTIONS; item++)
    {
      od_assessment_page_answer (page, item, 4);
      spin ();
    }
  respondents = od_organisation_get_respondents (org);
  g_assert_cmpuint (respondents->len, ==, 1);
  for (guint item = 1; item <= OD_N_QUESTIONS; item++)
    g_assert_cmpuint (((OdRespondent *) respondents->pdata[0])->answers[item - 1], ==, 4);
  /* 80 of 100: Integrated. */
  g_assert_cmpstr (od_assessment_page_get_verdict (page), ==, "Stage: Integrated");

  /* Each answer is one undoable step: one undo leaves nineteen answers,
   * an incomplete questionnaire that is not scored. */
  g_assert_true (od_undo_stack_undo (od_document_get_undo_stack (doc)));
  spin ();
  g_assert_cmpuint (((OdRespondent *) respondents->pdata[0])->answers[OD_N_QUESTIONS - 1], ==, 0);
  g_assert_cmpstr (od_assessment_page_get_verdict (page), ==, "Stage: Defined");

  od_assessment_page_set_document (page, NULL);
  g_object_unref (page);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();
  g_test_add_func ("/ui/assessment/answer-statements", test_answer_statements);
  return g_test_run ();
}
