/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-report.h: the written part of a report a consultant hands to a
 * client: the boundary findings grouped by severity with their fixes, then
 * the maturity diagnosis (stage, scores per side, gap, evidence,
 * contradictions, next moves, conflict causes), in the user's language. */
#pragma once

#include "od-diagnosis.h"
#include "od-text-flow.h"

G_BEGIN_DECLS

/* Writes the findings (OdFinding*) and @diagnosis of @org into @flow. */
void od_report_write (OdTextFlow        *flow,
                      OdOrganisation    *org,
                      GPtrArray         *findings,
                      const OdDiagnosis *diagnosis);

G_END_DECLS
