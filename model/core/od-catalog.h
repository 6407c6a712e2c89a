/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-catalog.h: the function catalog, coordination mechanisms, areas and
 * conflict causes the product ships as data (resources/catalog/catalog.xml).
 *
 * Everything here is read-only after loading; the default catalog is loaded
 * once from the model's GResource and lives for the whole process.
 */
#pragma once

#include <gio/gio.h>
#include "od-types.h"

G_BEGIN_DECLS

typedef enum {
  OD_FUNCTION_EXCLUSIVE,      /* exactly one owner */
  OD_FUNCTION_COLLABORATION,  /* one lead, one or more participants */
} OdFunctionType;

typedef struct {
  const char *id;
  const char *name[OD_N_LANGS];
} OdArea;

typedef struct {
  const char     *id;
  const char     *area;            /* OdArea id of the department that should hold it */
  OdFunctionType  type;
  const char    **sides;           /* collaboration: NULL-terminated area ids, leading side first */
  guint           required_sizes;  /* bit (1 << OdSize) set where the size requires it */
  const char     *controls;        /* id of the function this one controls, or NULL */
  const char     *name[OD_N_LANGS];
  const char     *description[OD_N_LANGS];
} OdFunction;

typedef struct {
  const char *id;
  OdStage     stage;               /* the collaboration stage it is evidence of */
  guint       causes;              /* bit (1 << n) set for each conflict cause n (1..6) it addresses */
  const char *name[OD_N_LANGS];
  const char *description[OD_N_LANGS];
} OdMechanism;

typedef struct {
  guint       id;                  /* 1..6, seed 000's numbering */
  const char *name[OD_N_LANGS];
  const char *description[OD_N_LANGS];
} OdCause;

#define OD_TYPE_CATALOG (od_catalog_get_type ())
G_DECLARE_FINAL_TYPE (OdCatalog, od_catalog, OD, CATALOG, GObject)

/* The catalog shipped in the model's resources; never fails (the data is
 * checked by the test suite), transfer none. */
OdCatalog          *od_catalog_get_default       (void);
OdCatalog          *od_catalog_new_from_bytes    (GBytes      *xml,
                                                  GError     **error);

const OdFunction   *od_catalog_lookup_function   (OdCatalog   *self,
                                                  const char  *id);
const OdMechanism  *od_catalog_lookup_mechanism  (OdCatalog   *self,
                                                  const char  *id);
const OdArea       *od_catalog_lookup_area       (OdCatalog   *self,
                                                  const char  *id);
const OdCause      *od_catalog_lookup_cause      (OdCatalog   *self,
                                                  guint        id);

/* Arrays of const pointers to the entries, in file order; transfer none. */
GPtrArray          *od_catalog_get_functions     (OdCatalog   *self);
GPtrArray          *od_catalog_get_mechanisms    (OdCatalog   *self);
GPtrArray          *od_catalog_get_areas         (OdCatalog   *self);
GPtrArray          *od_catalog_get_causes        (OdCatalog   *self);

gboolean            od_function_is_required_for  (const OdFunction *function,
                                                  OdSize            size);
gboolean            od_function_has_side         (const OdFunction *function,
                                                  const char       *area);

G_END_DECLS
