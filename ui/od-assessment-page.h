/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-assessment-page.h: the Diagnose page: each respondent answers the
 * twenty statements 1–5; beside them the running totals, the stage, the
 * sales–marketing gap, the evidence and contradictions, the next moves,
 * the facts that decide whether a move is worth it, and the checklist of
 * the six causes of conflict.  Every answer is an undoable command. */
#pragma once

#include <adwaita.h>

#include "od-document.h"

G_BEGIN_DECLS

#define OD_TYPE_ASSESSMENT_PAGE (od_assessment_page_get_type ())
G_DECLARE_FINAL_TYPE (OdAssessmentPage, od_assessment_page, OD, ASSESSMENT_PAGE, AdwBin)

GtkWidget *od_assessment_page_new          (void);
void       od_assessment_page_set_document (OdAssessmentPage *self,
                                            OdDocument       *document);
/* Which respondent's answers are shown (index into the respondents). */
void       od_assessment_page_select_respondent (OdAssessmentPage *self,
                                                 guint             index);
/* Sets one answer of the shown respondent as the buttons do (tests). */
void       od_assessment_page_answer       (OdAssessmentPage *self,
                                            guint             item,
                                            guint             value);
/* The verdict line as shown ("Stage: Defined"), for tests. */
const char *od_assessment_page_get_verdict (OdAssessmentPage *self);

G_END_DECLS
