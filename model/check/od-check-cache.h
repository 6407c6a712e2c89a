/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-check-cache.h: boundary findings kept up to date edit by edit.
 *
 * The rules about one unit (its span, whether it is empty, unknown
 * functions) are run again only for the units an edit touched: the unit,
 * the units above it whose span or relay changed, a moved unit's old and
 * new managers.  The rules over the whole organisation (duplicated and
 * missing functions, structure, power, layers) are linear passes without
 * per-unit allocations and run every time.  An application keeps one
 * cache per document and asks for the findings after each edit.
 */
#pragma once

#include "od-finding.h"

G_BEGIN_DECLS

typedef struct _OdCheckCache OdCheckCache;
typedef struct _OdCheckPass  OdCheckPass;

/* Follows @org's ::changed signal (a reference is kept). */
OdCheckCache *od_check_cache_new           (OdOrganisation *org);
void          od_check_cache_free          (OdCheckCache   *self);

/* The findings as od_check_run() would give them now (the same findings,
 * rules over the whole organisation first, then each unit's in document
 * order).  Transfer none: valid until the next call or edit. */
GPtrArray    *od_check_cache_get_findings  (OdCheckCache   *self);
/* The same in two steps, so that the first can run in a worker thread
 * while the application keeps drawing the findings it has.
 *
 * od_check_cache_compute() reads @self and its organisation and changes
 * neither, nor the findings handed out: it may run in another thread as
 * long as nobody changes the organisation meanwhile (the caller stops it
 * before an edit).  It gives up and returns NULL as soon as it sees
 * *@cancel non-zero (between rules and between units; @cancel may be NULL).
 * od_check_cache_commit() (in the thread that owns @self) publishes the
 * pass, which it consumes: the findings od_check_cache_get_findings()
 * would give, the previous ones freed.  It refuses, returning FALSE, a
 * pass begun before the last edit (then compute again). */
OdCheckPass  *od_check_cache_compute       (OdCheckCache   *self,
                                            const gint     *cancel);
gboolean      od_check_cache_commit        (OdCheckCache   *self,
                                            OdCheckPass    *pass);
void          od_check_pass_free           (OdCheckPass    *pass);
/* The findings last published, without checking (empty before the first
 * pass).  Transfer none: the same array as od_check_cache_get_findings(). */
GPtrArray    *od_check_cache_get_findings_shown (OdCheckCache *self);

/* The findings of the last od_check_cache_get_findings() indexed by unit:
 * the worst severity of the non-accepted findings naming each unit, by
 * unit serial (-1: none), @n_serials entries; units added since have no
 * entry.  Transfer none: valid until the next od_check_cache_get_findings(). */
const gint8  *od_check_cache_get_severities (OdCheckCache *self,
                                            guint        *n_serials);
/* The same for one unit: its worst severity, or -1. */
int           od_check_cache_get_worst     (OdCheckCache   *self,
                                            const OdUnit   *unit);
/* How many units the last od_check_cache_get_findings() checked again
 * (tests and the benchmark). */
guint         od_check_cache_get_n_rechecked (OdCheckCache *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OdCheckCache, od_check_cache_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (OdCheckPass, od_check_pass_free)

G_END_DECLS
