/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-assessment-private.h: what the parts of the Diagnose page share. */
#pragma once

#include "od-assessment-page.h"
#include "od-diagnosis.h"

G_BEGIN_DECLS

struct _OdAssessmentPage
{
  AdwBin       parent_instance;

  OdDocument  *document;
  OdDiagnosis *diagnosis;
  guint        respondent;         /* the one whose answers show */
  guint        n_respondents_shown;
  gboolean     updating;           /* filling widgets: not an edit */
  guint        refresh_id;

  GtkLabel    *verdict;
  GtkLabel    *reasons;
  GtkListBox  *respondents;
  GtkEntry    *new_name;
  GtkDropDown *new_side;
  GtkLabel    *answers_title;
  GtkListBox  *answers;
  GtkToggleButton *buttons[OD_N_QUESTIONS][OD_ANSWER_MAX];
  GtkListBox  *scores;
  GtkDrawingArea *statements;       /* the answers compared, statement by statement */
  guint        focused_item;       /* the statement with the focus, 0 none */
  GtkListBox  *evidence;
  GtkListBox  *moves;
  GtkListBox  *facts;
  GtkListBox  *causes;
};

/* Pushes @command on the document, or shows why it was refused. */
void        _od_assessment_push          (OdAssessmentPage *self,
                                          OdCommand        *command,
                                          GError           *error);
void        _od_assessment_clear_list    (GtkListBox       *list);
GtkWidget  *_od_assessment_row           (const char       *title,
                                          const char       *subtitle);
GtkListBox *_od_assessment_add_section   (GtkBox           *box,
                                          const char       *title);

/* od-assessment-answers.c */
void        _od_assessment_build_answers (OdAssessmentPage *self,
                                          GtkBox           *box);
void        _od_assessment_sync_answers  (OdAssessmentPage *self);
/* od-assessment-results.c */
void        _od_assessment_build_results (OdAssessmentPage *self,
                                          GtkBox           *box);
void        _od_assessment_sync_results  (OdAssessmentPage *self);

G_END_DECLS
