/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-diagnosis-private.h: what the parts of the diagnosis share. */
#pragma once

#include "od-catalog.h"
#include "od-check.h"
#include "od-diagnosis.h"
#include "od-unit-profile.h"

G_BEGIN_DECLS

typedef struct {
  OdOrganisation *org;
  OdCatalog      *catalog;
  OdProfiles     *profiles;
  GPtrArray      *findings;    /* the boundary checks' findings (OdFinding*) */
  OdLang          lang;        /* the user's language, for data texts */
  OdDiagnosis    *result;
} OdDiagnosisContext;

/* Adds a piece of evidence; @units is a NULL-terminated list of units (may be empty). */
OdEvidence *_od_diagnosis_add_evidence (OdDiagnosisContext *ctx,
                                        const char         *id,
                                        OdStage             stage,
                                        gboolean            against,
                                        OdUnit            **units,
                                        const char         *format,
                                        ...) G_GNUC_PRINTF (6, 7);
/* The mean answer to statement @item over complete respondents, or -1. */
double      _od_diagnosis_item_mean    (OdDiagnosisContext *ctx,
                                        guint               item);
gboolean    _od_diagnosis_has_mechanism (OdDiagnosisContext *ctx,
                                         const char         *ref);
/* One executive below the top (or one merged unit, or a recorded CRO) leads
 * both sales and marketing. */
gboolean    _od_diagnosis_single_head  (OdDiagnosisContext *ctx);

void        _od_diagnosis_evidence     (OdDiagnosisContext *ctx);
void        _od_diagnosis_contradictions (OdDiagnosisContext *ctx);
void        _od_diagnosis_moves        (OdDiagnosisContext *ctx);
void        _od_diagnosis_causes       (OdDiagnosisContext *ctx);

G_END_DECLS
