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

/* Adds a finding and returns it, for the caller to fill in. */
OdFinding  *_od_check_add           (OdCheckContext *ctx,
                                     const char     *rule,
                                     OdSeverity      severity,
                                     const char     *reason,
                                     const char     *format,
                                     ...) G_GNUC_PRINTF (5, 6);
const char *_od_check_function_name (OdCheckContext *ctx,
                                     const char     *function_id);
/* The unit of @ctx whose profile best matches @area, or NULL. */
OdUnit     *_od_check_unit_for_area (OdCheckContext *ctx,
                                     const char     *area);

void        _od_check_functions     (OdCheckContext *ctx);
void        _od_check_structure     (OdCheckContext *ctx);
void        _od_check_power         (OdCheckContext *ctx);
void        _od_check_shape         (OdCheckContext *ctx);

G_END_DECLS
