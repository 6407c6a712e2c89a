/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-diagnosis.h: which sales–marketing collaboration stage applies
 * (未界定 / 已界定 / 密切合作 / 整合), why, and what to do next.
 *
 * The diagnosis combines two independent views (maturity.md):
 *  - the questionnaire: twenty statements rated 1–5 by each respondent;
 *    totals per respondent, per side and overall, each with its band;
 *  - the structure: what the reporting tree, the function assignments and
 *    the coordination mechanisms recorded in the file show.
 * The verdict is the questionnaire's band when there are complete answers,
 * and the structural stage otherwise (and says so); every disagreement
 * between the two is reported as a contradiction.  Everything here is
 * computed from the organisation in one pass; nothing is cached.
 */
#pragma once

#include "od-organisation.h"
#include "od-questionnaire.h"

G_BEGIN_DECLS

/* Half a band: two sides whose means differ by this much describe
 * noticeably different relationships even when both fall in one band. */
#define OD_DIAGNOSIS_GAP_THRESHOLD 10.0

typedef struct {
  const OdRespondent *respondent;
  gboolean            complete;
  guint               total;        /* sum of the answers given */
  guint               n_missing;
  guint               missing[OD_N_QUESTIONS]; /* item numbers without an answer */
  OdStage             band;         /* meaningful only when complete */
} OdRespondentScore;

typedef struct {
  guint    n_complete;              /* respondents of this side who answered everything */
  guint    n_incomplete;
  double   mean;                    /* mean total of the complete ones */
  OdStage  band;                    /* meaningful only when n_complete > 0 */
} OdSideScore;

/* One piece of structural evidence: what the model sees in the file. */
typedef struct {
  char     *id;                     /* stable: "mechanism:joint-meeting", "one-executive", ... */
  OdStage   stage;                  /* the stage it is evidence of */
  gboolean  against;                /* TRUE: it argues that @stage is not reached */
  gboolean  unproven;               /* a mechanism ticked with no record behind it
                                     * (no complete coordination sheet, no three
                                     * 313 plans): shown, but counts for nothing */
  GStrv     units;                  /* unit ids involved, never NULL */
  char     *mechanism;              /* catalog mechanism id, or NULL */
  char     *text;                   /* in the user's language */
} OdEvidence;

typedef struct {
  char    *id;                      /* stable: "answers-above-structure", "no-single-executive", ... */
  char    *text;                    /* in the user's language */
} OdContradiction;

typedef struct {
  const OdMove *move;
  gboolean      present;            /* the organisation already has it */
  const char   *text;               /* in the user's language */
  const char   *source;             /* title of the text it comes from, in the user's language */
} OdNextMove;

typedef enum {
  OD_MOVE_NEED_UNKNOWN,             /* the facts that decide it are not recorded */
  OD_MOVE_NEED_YES,
  OD_MOVE_NEED_NO,                  /* staying is right for this firm */
  OD_MOVE_NEED_NONE,                /* already at the last stage */
} OdMoveNeed;

typedef struct {
  guint          cause;             /* 1..6, seed 000's numbering */
  const char    *name;              /* in the user's language */
  OdCauseState   state;             /* what the workshop recorded */
  const char    *note;              /* the workshop's note, or NULL */
  GPtrArray     *signals;           /* char*: what the model sees that points to this cause */
  GPtrArray     *mechanisms;        /* const OdMechanism* addressing it */
  GArray        *mechanism_present; /* gboolean per entry of @mechanisms */
} OdCauseReport;

typedef enum {
  OD_DIAGNOSIS_BASIS_ANSWERS,       /* the questionnaire's band */
  OD_DIAGNOSIS_BASIS_STRUCTURE,     /* no complete answers: structure alone */
} OdDiagnosisBasis;

typedef struct {
  OdStage           stage;          /* the verdict */
  OdDiagnosisBasis  basis;
  gboolean          capped;         /* the answers claimed more than the structure supports:
                                     * the verdict is the structural stage */
  gboolean          provisional;    /* only one side answered: ask the other */
  GPtrArray        *reasons;        /* char*: why, in the user's language */

  GPtrArray        *respondents;    /* OdRespondentScore* in file order */
  OdSideScore       sides[OD_N_SIDES];
  gboolean          has_score;      /* at least one complete respondent */
  double            overall;        /* mean of the side means (of the one side when only one answered) */
  OdStage           answers_stage;  /* band of @overall */
  gboolean          has_gap;        /* both sides have complete answers */
  double            gap;            /* |sales − marketing| */
  gboolean          gap_is_finding; /* different bands, or at least the threshold */

  OdStage           structural_stage;
  GPtrArray        *evidence;       /* OdEvidence* */
  GPtrArray        *contradictions; /* OdContradiction* */

  GPtrArray        *next_moves;     /* OdNextMove* toward the next stage; empty when integrated */
  OdMoveNeed        move_need;
  GPtrArray        *move_need_reasons; /* char* */

  GPtrArray        *causes;         /* OdCauseReport*, causes 1..6 */
} OdDiagnosis;

OdDiagnosis *od_diagnosis_run             (OdOrganisation *org);
void         od_diagnosis_free            (OdDiagnosis    *self);

/* TRUE if the structure shows evidence @id (for or against). */
gboolean     od_diagnosis_has_evidence    (const OdDiagnosis *self,
                                           const char        *id);
const char  *od_move_need_to_string       (OdMoveNeed need);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OdDiagnosis, od_diagnosis_free)

G_END_DECLS
