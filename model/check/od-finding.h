/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-finding.h: one result of a boundary check, with the fix a user can
 * accept in one undoable step. */
#pragma once

#include "od-command.h"
#include "od-organisation.h"

G_BEGIN_DECLS

typedef enum {
  OD_FIX_NONE,
  OD_FIX_MOVE_UNIT,        /* move fix_unit under fix_target (NULL: to the top) */
  OD_FIX_MOVE_UNITS,       /* move each of fix_units under fix_target */
  OD_FIX_SOLE_OWNER,       /* fix_unit keeps fix_function as owner/lead; other holders become participants */
  OD_FIX_ASSIGN,           /* give fix_function to fix_unit with fix_role */
} OdFixKind;

typedef struct {
  char        *rule;        /* stable id: "duplicate-function"… */
  OdSeverity   severity;
  GStrv        units;       /* unit ids, never NULL */
  GStrv        functions;   /* function ids, never NULL */
  char        *message;     /* in the user's language */
  char        *reason;      /* why it matters, one or two sentences, in the user's language,
                             * ending with the title of the text it rests on */
  const char  *source;      /* od-sources.h id of that text; NULL for the product's own judgement */
  OdFixKind    fix_kind;
  char        *fix_label;   /* what the fix does, in the user's language; NULL without a fix */
  char        *fix_unit;
  GStrv        fix_units;
  char        *fix_target;
  char        *fix_function;
  OdRole       fix_role;
  gboolean     accepted;    /* the user accepted it as a deliberate exception */
  char        *acceptance_reason;
} OdFinding;

OdFinding  *od_finding_new          (const char  *rule,
                                     OdSeverity   severity,
                                     const char  *reason);
void        od_finding_free         (OdFinding   *finding);
void        od_finding_add_unit     (OdFinding   *finding,
                                     const char  *unit_id);
void        od_finding_add_function (OdFinding   *finding,
                                     const char  *function_id);
/* The lists as stored in an acceptance: sorted, space-separated. */
char       *od_finding_dup_unit_list     (const OdFinding *finding);
char       *od_finding_dup_function_list (const OdFinding *finding);

/* The command that applies the fix (a group when it takes several steps),
 * or NULL with @error when there is no fix or it no longer applies. */
OdCommand  *od_finding_build_fix    (const OdFinding *finding,
                                     OdOrganisation  *org,
                                     GError         **error);
/* The command that accepts the finding with @reason (NULL withdraws it). */
OdCommand  *od_finding_build_accept (const OdFinding *finding,
                                     OdOrganisation  *org,
                                     const char      *reason,
                                     GError         **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OdFinding, od_finding_free)

G_END_DECLS
