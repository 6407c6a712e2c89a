/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-organisation.h: an organisation and its reporting tree.
 *
 * OdOrganisation owns every OdUnit.  Units are plain structures, not GObjects,
 * so that a group of 100,000 units stays small; a unit pointer stays valid
 * while the unit is in the organisation or held by an undo command.
 *
 * Reading is free; changing goes through commands (od-commands.h) on an undo
 * stack, which call the primitives in od-organisation-private.h and make the
 * organisation emit ::changed.
 */
#pragma once

#include <gio/gio.h>
#include "od-types.h"

G_BEGIN_DECLS

typedef struct _OdUnit OdUnit;

/* Each item's "extra" is private to model/core: the attributes of other
 * namespaces (xml:lang, xsi:...) the file had on its element, written back
 * on save; NULL when none. */
typedef struct {
  const char *function_id;   /* interned */
  OdRole      role;
  gpointer    extra;
} OdAssignment;

typedef struct {
  char *from;                /* unit id */
  char *to;                  /* unit id */
  char *label;               /* may be NULL */
  /* The agreement between the two leaders that 《全员营销与内部支撑》 makes
   * the core of dual leadership; each may be NULL (not agreed yet). */
  char *hours;               /* time given a day, e.g. "2" */
  char *directed_by;         /* who directs the work: "to" (the second leader) or "from" (the home leader) */
  char *reward;              /* how the extra work is rewarded */
  gpointer extra;
} OdDottedLine;

typedef struct {
  char *ref;                 /* mechanism id from the catalog */
  char *detail;              /* may be NULL */
  gpointer extra;
} OdMechanismUse;

typedef struct {
  char   *name;
  OdSide  side;
  char   *date;                          /* ISO 8601 date, may be NULL */
  guint8  answers[OD_N_QUESTIONS];       /* 0 = not answered, else 1..5 */
  gpointer extra;
  gpointer answer_extras;                /* one per statement, or NULL */
} OdRespondent;

typedef enum {
  OD_CAUSE_UNKNOWN,          /* not discussed yet */
  OD_CAUSE_PRESENT,
  OD_CAUSE_ABSENT,
} OdCauseState;

typedef struct {
  OdCauseState  state;
  char         *note;        /* may be NULL */
  gpointer      extra;
} OdCauseAnswer;

/* A finding the user accepted as a deliberate exception. */
typedef struct {
  char *rule;
  char *units;               /* space-separated unit ids, sorted; may be "" */
  char *functions;           /* space-separated function ids, sorted; may be "" */
  char *reason;
  gpointer extra;
} OdAcceptance;

/* What an edit changed, passed with ::changed so that listeners (checks,
 * layout, the canvas) can update only what they must. */
typedef enum {
  OD_CHANGE_ORGANISATION,    /* name, size, focus, language... */
  OD_CHANGE_UNIT_ADDED,      /* unit: the top of the subtree inserted */
  OD_CHANGE_UNIT_REMOVED,    /* unit: the top of the subtree detached (still valid during the signal) */
  OD_CHANGE_UNIT_MOVED,      /* unit: the unit moved (new parent or position) */
  OD_CHANGE_UNIT_PROPERTY,   /* unit: name, kind, head, headcount, notes... */
  OD_CHANGE_ASSIGNMENT,      /* unit: its function assignments */
  OD_CHANGE_DOTTED_LINES,
  OD_CHANGE_MECHANISMS,
  OD_CHANGE_ASSESSMENT,      /* respondents, causes, facts */
  OD_CHANGE_ACCEPTANCES,
  OD_CHANGE_RELOADED,        /* everything may have changed */
} OdChangeKind;

#define OD_TYPE_ORGANISATION (od_organisation_get_type ())

/* The one limit on reporting levels: a chain of at most this many units
 * (depths 0 .. OD_UNIT_MAX_LEVELS - 1).  The editing commands, the CSV
 * import and the loader all enforce it, so that whatever is built saves
 * and loads again (the file's element nesting stays within libxml2's 256). */
#define OD_UNIT_MAX_LEVELS 250

G_DECLARE_FINAL_TYPE (OdOrganisation, od_organisation, OD, ORGANISATION, GObject)

OdOrganisation *od_organisation_new                (void);

const char     *od_organisation_get_name           (OdOrganisation *self);
OdSize          od_organisation_get_size           (OdOrganisation *self);
/* Marketing focus: NULL, "channel", "promotion", "brand", "new-product" or "share-growth". */
const char     *od_organisation_get_focus          (OdOrganisation *self);
const char     *od_organisation_get_industry       (OdOrganisation *self);
/* The kind of business (od-business.h id), or NULL when the file does not
 * say: then the checks read it as manufacturing, as before the field. */
const char     *od_organisation_get_business       (OdOrganisation *self);
/* The firm's current core task (核心任务): NULL, "new-product",
 * "brand-building" or "share-growth". */
const char     *od_organisation_get_task           (OdOrganisation *self);
/* The language the document's content is written in. */
OdLang          od_organisation_get_lang           (OdOrganisation *self);

/* The reporting tree.  There is normally one top unit; more than one is an
 * orphan finding, not an error.  Iterate with od_unit_get_next_sibling(). */
OdUnit         *od_organisation_get_first_top_unit (OdOrganisation *self);
guint           od_organisation_get_n_top_units    (OdOrganisation *self);
guint           od_organisation_get_n_units        (OdOrganisation *self);
OdUnit         *od_organisation_lookup_unit        (OdOrganisation *self,
                                                    const char     *id);
/* A unit id not in use yet, made from @hint ("unit" when NULL). */
char           *od_organisation_make_unit_id       (OdOrganisation *self,
                                                    const char     *hint);
/* Units in document order (pre-order, children in order); transfer container. */
GPtrArray      *od_organisation_list_units         (OdOrganisation *self);

/* Each unit has a serial number, unique in its organisation and below
 * od_organisation_get_serial_bound(), so that other modules can keep
 * per-unit data in plain arrays.  Serials of removed units are not reused. */
guint           od_organisation_get_serial_bound   (OdOrganisation *self);

/* Arrays of OdDottedLine*, OdMechanismUse*, OdRespondent*, OdAcceptance*; transfer none. */
GPtrArray      *od_organisation_get_dotted_lines   (OdOrganisation *self);
GPtrArray      *od_organisation_get_mechanisms     (OdOrganisation *self);
const OdMechanismUse *od_organisation_find_mechanism (OdOrganisation *self,
                                                    const char     *ref);
GPtrArray      *od_organisation_get_respondents    (OdOrganisation *self);
GPtrArray      *od_organisation_get_acceptances    (OdOrganisation *self);
const OdAcceptance *od_organisation_find_acceptance (OdOrganisation *self,
                                                    const char     *rule,
                                                    const char     *units,
                                                    const char     *functions);
/* The date of the assessment, ISO 8601, or NULL. */
const char     *od_organisation_get_assessment_date (OdOrganisation *self);
/* The conflict-cause checklist (seed 000): @cause is 1..6. */
const OdCauseAnswer *od_organisation_get_cause     (OdOrganisation *self,
                                                    guint           cause);
/* Facts about the firm the diagnosis asks about ("short-sales-cycle" → "yes"),
 * NULL when not answered. */
const char     *od_organisation_get_fact           (OdOrganisation *self,
                                                    const char     *key);
/* Sorted keys of the facts set; transfer container. */
GPtrArray      *od_organisation_list_facts         (OdOrganisation *self);

/* Units that hold @function_id in any role, in document order; transfer container. */
GPtrArray      *od_organisation_find_holders       (OdOrganisation *self,
                                                    const char     *function_id);

/* Incremented by every change; lets caches tell whether they are stale. */
guint64         od_organisation_get_generation     (OdOrganisation *self);
/* Incremented whenever units were linked into or out of the tree, after
 * the fact (a removal's ::changed comes while the unit is still there):
 * a cache that walked the tree compares this to know it must walk again. */
guint64         od_organisation_get_structure_generation (OdOrganisation *self);

/* ---- units ---- */
const char     *od_unit_get_id            (const OdUnit *unit);
const char     *od_unit_get_name          (const OdUnit *unit);
OdUnitKind      od_unit_get_kind          (const OdUnit *unit);
const char     *od_unit_get_head          (const OdUnit *unit);  /* may be NULL */
/* -1 when not given. */
int             od_unit_get_headcount     (const OdUnit *unit);
const char     *od_unit_get_notes         (const OdUnit *unit);  /* may be NULL */
/* What part of the business a unit covers when several split the same
 * functions: its kind ("region", "segment", "channel", "product") and
 * value ("华东"); NULL when the file does not say (od-scope.h reads the
 * usual names: 华东大区, 上海分公司, KA部, 家电事业部). */
const char     *od_unit_get_scope_kind    (const OdUnit *unit);
const char     *od_unit_get_scope         (const OdUnit *unit);
/* Assistant/staff units sit beside their manager and do not count in spans. */
gboolean        od_unit_get_assistant     (const OdUnit *unit);
guint           od_unit_get_serial        (const OdUnit *unit);

OdUnit         *od_unit_get_parent        (const OdUnit *unit);
OdUnit         *od_unit_get_first_child   (const OdUnit *unit);
OdUnit         *od_unit_get_last_child    (const OdUnit *unit);
OdUnit         *od_unit_get_next_sibling  (const OdUnit *unit);
OdUnit         *od_unit_get_prev_sibling  (const OdUnit *unit);
guint           od_unit_get_n_children    (const OdUnit *unit);
/* Position among its siblings (O(number of siblings)). */
guint           od_unit_get_position      (const OdUnit *unit);
/* 0 for a top unit. */
guint           od_unit_get_depth         (const OdUnit *unit);
/* Levels from @unit down to its deepest descendant: 1 for a leaf. */
guint           od_unit_get_subtree_levels (const OdUnit *unit);
/* TRUE if @unit is @ancestor or lies below it. */
gboolean        od_unit_is_within         (const OdUnit *unit,
                                           const OdUnit *ancestor);

guint               od_unit_get_n_assignments (const OdUnit *unit);
const OdAssignment *od_unit_get_assignment    (const OdUnit *unit,
                                               guint         index);
/* The role @unit has for @function_id, or OD_ROLE_NONE. */
OdRole              od_unit_get_role          (const OdUnit *unit,
                                               const char   *function_id);

G_END_DECLS
