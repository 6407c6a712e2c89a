/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-check-private.h: what the rule families share. */
#pragma once

#include "od-catalog.h"
#include "od-check.h"
#include "od-unit-profile.h"

G_BEGIN_DECLS

typedef struct {
  OdOrganisation *org;
  OdCatalog      *catalog;
  OdProfiles     *profiles;
  GPtrArray      *units;      /* document order */
  GPtrArray      *findings;   /* OdFinding*, the result */
  OdLang          lang;       /* the user's language, for catalog names */
} OdCheckContext;

/* Adds a finding and returns it, for the caller to fill in.  @source is
 * the od-sources.h id of the text @reason rests on (its title is appended
 * to the reason), or NULL when the rule is the product's own judgement. */
OdFinding  *_od_check_add           (OdCheckContext *ctx,
                                     const char     *rule,
                                     OdSeverity      severity,
                                     const char     *source,
                                     const char     *reason,
                                     const char     *format,
                                     ...) G_GNUC_PRINTF (6, 7);
/* @reason followed by the title of @source (NULL: @reason alone). */
char       *_od_check_cite          (const char     *reason,
                                     const char     *source);
const char *_od_check_function_name (OdCheckContext *ctx,
                                     const char     *function_id);
/* The unit of @ctx whose profile best matches @area, or NULL. */
OdUnit     *_od_check_unit_for_area (OdCheckContext *ctx,
                                     const char     *area);

/* Rules over the whole organisation. */
void        _od_check_functions     (OdCheckContext *ctx);
void        _od_check_structure     (OdCheckContext *ctx);
void        _od_check_power         (OdCheckContext *ctx);
void        _od_check_layers        (OdCheckContext *ctx);
void        _od_check_focus         (OdCheckContext *ctx);
void        _od_check_dotted        (OdCheckContext *ctx);
void        _od_check_meeting       (OdCheckContext *ctx);
void        _od_check_coordination  (OdCheckContext *ctx);
/* Rules about one unit, its functions and its reports: an edit changes
 * their outcome only for the units it touched (od-check-cache.c). */
void        _od_check_unit_functions (OdCheckContext *ctx,
                                      OdUnit         *unit);
void        _od_check_unit_shape    (OdCheckContext *ctx,
                                     OdUnit         *unit);

/* Sets up @ctx for @org (findings go to @findings); _od_check_context_clear() undoes it. */
void        _od_check_context_init  (OdCheckContext *ctx,
                                     OdOrganisation *org,
                                     GPtrArray      *findings);
void        _od_check_context_clear (OdCheckContext *ctx);
/* Marks the findings of @findings that the organisation accepted. */
void        _od_check_mark_accepted (OdOrganisation *org,
                                     GPtrArray      *findings);
/* The acceptance that covers @finding, or NULL (reads only: safe in a
 * thread while nothing changes @org). */
const OdAcceptance *_od_check_find_acceptance (OdOrganisation  *org,
                                               const OdFinding *finding);

G_END_DECLS
