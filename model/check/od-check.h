/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-check.h: the boundary checks (domain.md §4).
 *
 * Rule ids are stable (JSON, tests, accepted exceptions use them):
 *   duplicate-function, missing-function, collaboration-multiple-leads,
 *   collaboration-no-participant, misplaced-structure, power-concentration,
 *   span-too-wide, span-too-narrow, too-many-layers, empty-unit,
 *   unknown-function, orphan-unit.
 */
#pragma once

#include "od-finding.h"

G_BEGIN_DECLS

/* Runs every check on @org: findings in a stable order (by rule family,
 * then document order), those the user accepted marked so; array of
 * OdFinding*, transfer full. */
GPtrArray  *od_check_run            (OdOrganisation *org);

/* Counts the findings of @severity that are not accepted. */
guint       od_check_count          (GPtrArray      *findings,
                                     OdSeverity      severity);
/* The worst severity of the non-accepted findings naming @unit_id, or -1. */
int         od_check_worst_for_unit (GPtrArray      *findings,
                                     const char     *unit_id);

G_END_DECLS
