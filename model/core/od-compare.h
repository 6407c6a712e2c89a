/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-compare.h: what changed between two versions of an organisation
 * (units matched by id), for org-designer-cli compare and the report. */
#pragma once

#include "od-organisation.h"

G_BEGIN_DECLS

typedef enum {
  OD_DIFF_ORGANISATION,      /* name, size, focus or language */
  OD_DIFF_UNIT_ADDED,
  OD_DIFF_UNIT_REMOVED,
  OD_DIFF_UNIT_MOVED,        /* another parent */
  OD_DIFF_UNIT_RENAMED,
  OD_DIFF_UNIT_CHANGED,      /* kind, head or headcount */
  OD_DIFF_FUNCTION_ADDED,
  OD_DIFF_FUNCTION_REMOVED,
  OD_DIFF_ROLE_CHANGED,
  OD_DIFF_DOTTED_ADDED,
  OD_DIFF_DOTTED_REMOVED,
  OD_DIFF_MECHANISM_ADDED,
  OD_DIFF_MECHANISM_REMOVED,
  OD_DIFF_SHEET_ADDED,       /* field: the sheet's id; new: its requirement */
  OD_DIFF_SHEET_REMOVED,
  OD_DIFF_SHEET_CHANGED,     /* field: "ID/ATTRIBUTE" ("sheet-1/deadline") */
  OD_DIFF_PLAN_ADDED,        /* field: the horizon ("3-year"); new: its summary */
  OD_DIFF_PLAN_REMOVED,
  OD_DIFF_PLAN_CHANGED,      /* field: "HORIZON/ATTRIBUTE" ("1-year/summary") */
} OdDiffKind;

typedef struct {
  OdDiffKind  kind;
  char       *unit;        /* unit id, or NULL */
  char       *field;       /* what changed: "name", "parent", "kind", a function or mechanism id… or NULL */
  char       *old_value;   /* or NULL */
  char       *new_value;   /* or NULL */
  char       *message;     /* one sentence in the user's language */
} OdDiff;

/* Stable ids for JSON: "unit-added", "role-changed"… */
const char *od_diff_kind_to_string (OdDiffKind kind);
void        od_diff_free           (OdDiff *diff);

/* The differences from @before to @after, organisation first, then units in
 * @after's order (removed units last, in @before's order), then dotted lines
 * and mechanisms; array of OdDiff*, transfer full. */
GPtrArray  *od_compare             (OdOrganisation *before,
                                    OdOrganisation *after);

G_END_DECLS
