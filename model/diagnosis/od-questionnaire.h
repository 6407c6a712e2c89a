/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-questionnaire.h: the diagnosis data (resources/diagnosis/diagnosis.xml):
 * the twenty statements, the facts that decide whether a move is worth it,
 * and the moves from one collaboration stage to the next. */
#pragma once

#include "od-types.h"

G_BEGIN_DECLS

typedef struct {
  guint       item;                   /* 1..20 */
  const char *dimension;              /* our own grouping, not the source's */
  const char *text[OD_N_LANGS];
} OdStatement;

typedef struct {
  const char *id;                     /* fact key, e.g. "short-sales-cycle" */
  const char *question[OD_N_LANGS];
} OdFactQuestion;

typedef struct {
  OdStage     from, to;
  const char *mechanism;              /* catalog mechanism that realises it */
  const char *source;                 /* od-sources.h id of the text it comes from */
  guint       sizes;                  /* bit (1 << OdSize); all when not limited */
  const char *text[OD_N_LANGS];
} OdMove;

/* Loaded once from the model's resources; transfer none. */
const OdStatement    *od_questionnaire_get_statement (guint item);
GPtrArray            *od_questionnaire_get_facts     (void);
GPtrArray            *od_questionnaire_get_moves     (void);
const char           *od_questionnaire_dimension_name (const char *dimension,
                                                      OdLang      lang);

/* The stage band of a questionnaire total (20–39 Undefined, 40–59 Defined,
 * 60–79 Aligned, 80–100 Integrated; a mean between bands goes down). */
OdStage               od_questionnaire_band          (double      total);

G_END_DECLS
