/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-report.h: the written part of a report a consultant hands to a
 * client.  The front matter: a cover, the contents and a one-page
 * executive summary.  The body: the boundary findings grouped by rule and
 * function with the reason and fix once per group, the maturity diagnosis
 * as pictures (the four-band scale, the statements compared side by side,
 * evidence for and against each stage, the moves as a checklist), an
 * appendix with the long groups in full, and the sources by title. */
#pragma once

#include "od-diagnosis.h"
#include "od-text-flow.h"

G_BEGIN_DECLS

/* Writes the body of the report on @org into @flow; its level-1 and
 * level-2 marks are the entries of the contents. */
void od_report_write       (OdTextFlow        *flow,
                            OdOrganisation    *org,
                            GPtrArray         *findings,
                            const OdDiagnosis *diagnosis);

/* Writes the cover, the contents (@contents: OdTextFlowMark whose pages
 * are the 1-based page numbers printed) and the executive summary. */
void od_report_write_front (OdTextFlow        *flow,
                            OdOrganisation    *org,
                            GPtrArray         *findings,
                            const OdDiagnosis *diagnosis,
                            const char        *date,
                            GArray            *contents);

G_END_DECLS
