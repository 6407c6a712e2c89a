/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-unit-profile.h: what each unit is, judged by the functions it owns.
 *
 * A user may call 营销部 "Marketing & Sales" or anything else, so the checks
 * and the diagnosis never go by names: a unit's areas are those of the
 * exclusive functions it owns (catalog areas: marketing, sales, sales-admin,
 * procurement, production, warehousing, logistics, finance, hr, rnd,
 * service), and the units that hold an area are found from those.
 */
#pragma once

#include "od-organisation.h"

G_BEGIN_DECLS

typedef struct _OdProfiles OdProfiles;

/* Profiles every unit of @org (one pass over the tree). */
OdProfiles *od_profiles_new              (OdOrganisation *org);
void        od_profiles_free             (OdProfiles     *self);

/* The units profiled, in document order (transfer none). */
GPtrArray  *od_profiles_get_units        (OdProfiles     *self);
/* How many exclusive functions of @area @unit owns. */
guint       od_profiles_count            (OdProfiles     *self,
                                          const OdUnit   *unit,
                                          const char     *area);
/* All exclusive functions @unit owns. */
guint       od_profiles_total            (OdProfiles     *self,
                                          const OdUnit   *unit);
/* The area @unit owns most exclusive functions of (ties: catalog order), or NULL. */
const char *od_profiles_primary_area     (OdProfiles     *self,
                                          const OdUnit   *unit);
/* The unit that owns the most exclusive functions of @area (ties: document
 * order), or NULL when no unit owns any. */
OdUnit     *od_profiles_main_unit        (OdProfiles     *self,
                                          const char     *area);
/* TRUE if @unit owns a substantial share of both marketing and sales
 * functions: a merged 营销部 (at least three of each). */
gboolean    od_profiles_is_merged        (OdProfiles     *self,
                                          const OdUnit   *unit);

/* The lowest unit that @a and @b both are within (NULL when in different trees). */
OdUnit     *od_unit_common_ancestor      (OdUnit         *a,
                                          OdUnit         *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OdProfiles, od_profiles_free)

G_END_DECLS
