/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-organisation-private.h: the organisation's insides and the primitive
 * mutations that commands, the file reader and templates use.
 *
 * Nothing outside model/core calls these: other code edits through commands
 * so that every change can be undone.  Each primitive emits ::changed.
 */
#pragma once

#include "od-organisation.h"

G_BEGIN_DECLS

/* What a newer minor version of the format wrote that this version does not
 * know: kept as it was and written back. */
typedef struct {
  GPtrArray *attributes;   /* alternating qualified name, value (char*) */
  GString   *elements;     /* the unknown child elements, serialised */
} OdExtra;

struct _OdUnit
{
  char       *id;
  char       *name;
  char       *head;
  char       *notes;
  char       *scope_kind;   /* "region", "segment", "channel", "product", or NULL */
  char       *scope;        /* the territory, segment... it covers ("华东"), or NULL */
  int         headcount;
  guint       serial;
  OdUnitKind  kind : 4;
  guint       assistant : 1;

  OdUnit     *parent;       /* NULL for a top unit */
  OdUnit     *first_child;
  OdUnit     *last_child;
  OdUnit     *next;
  OdUnit     *prev;
  guint       n_children;

  GArray     *assignments;  /* OdAssignment, NULL when none */
  OdExtra    *extra;        /* NULL when none */
  OdExtra    *notes_extra;  /* the attributes <notes> had, NULL when none */
};

OdExtra  *_od_extra_copy                 (const OdExtra *extra);
void      _od_extra_free                 (OdExtra       *extra);
/* The clear function of a unit's assignments array (frees the extra). */
void      _od_assignment_clear           (gpointer       assignment);

/* A detached unit with a fresh serial of @org; not yet in the tree. */
OdUnit   *_od_unit_new                   (OdOrganisation *org,
                                          const char     *id,
                                          const char     *name,
                                          OdUnitKind      kind);
void      _od_unit_free_tree             (OdUnit         *unit);

/* Inserts the detached subtree @unit under @parent (NULL: top) before
 * @before (NULL: last) and registers its ids. */
void      _od_organisation_attach        (OdOrganisation *self,
                                          OdUnit         *unit,
                                          OdUnit         *parent,
                                          OdUnit         *before);
/* Takes the subtree @unit out of the tree and forgets its ids; the caller
 * owns it afterwards.  ::changed (UNIT_REMOVED) is emitted before, while the
 * unit is still in place. */
void      _od_organisation_detach        (OdOrganisation *self,
                                          OdUnit         *unit);
/* Moves @unit under @parent before @before (both as in attach). */
void      _od_organisation_move          (OdOrganisation *self,
                                          OdUnit         *unit,
                                          OdUnit         *parent,
                                          OdUnit         *before);
/* The @position-th child of @parent (NULL: top units), or NULL past the end. */
OdUnit   *_od_organisation_nth_child     (OdOrganisation *self,
                                          OdUnit         *parent,
                                          guint           position);

/* Replaces a string field (takes a copy; "" and NULL both clear optional
 * fields) and emits UNIT_PROPERTY. */
void      _od_unit_set_name              (OdOrganisation *self, OdUnit *unit, const char *value);
void      _od_unit_set_head              (OdOrganisation *self, OdUnit *unit, const char *value);
void      _od_unit_set_notes             (OdOrganisation *self, OdUnit *unit, const char *value);
void      _od_unit_set_scope_kind        (OdOrganisation *self, OdUnit *unit, const char *value);
void      _od_unit_set_scope             (OdOrganisation *self, OdUnit *unit, const char *value);
void      _od_unit_set_kind              (OdOrganisation *self, OdUnit *unit, OdUnitKind kind);
void      _od_unit_set_headcount         (OdOrganisation *self, OdUnit *unit, int headcount);
void      _od_unit_set_assistant         (OdOrganisation *self, OdUnit *unit, gboolean assistant);

/* Index of @function_id in @unit's assignments, or -1. */
int       _od_unit_find_assignment       (const OdUnit   *unit,
                                          const char     *function_id);
void      _od_unit_insert_assignment     (OdOrganisation *self,
                                          OdUnit         *unit,
                                          guint           index,
                                          const char     *function_id,
                                          OdRole          role);
void      _od_unit_remove_assignment     (OdOrganisation *self,
                                          OdUnit         *unit,
                                          guint           index);
void      _od_unit_set_assignment_role   (OdOrganisation *self,
                                          OdUnit         *unit,
                                          guint           index,
                                          OdRole          role);

/* Organisation fields: strings are copied, NULL or "" clears. */
void      _od_organisation_set_name      (OdOrganisation *self, const char *value);
void      _od_organisation_set_focus     (OdOrganisation *self, const char *value);
void      _od_organisation_set_industry  (OdOrganisation *self, const char *value);
void      _od_organisation_set_business  (OdOrganisation *self, const char *value);
void      _od_organisation_set_task      (OdOrganisation *self, const char *value);
void      _od_organisation_set_assessment_date (OdOrganisation *self, const char *value);
void      _od_organisation_set_size      (OdOrganisation *self, OdSize size);
void      _od_organisation_set_lang      (OdOrganisation *self, OdLang lang);

/* Lists: insert takes ownership of @item; remove returns ownership. */
void      _od_organisation_insert_item   (OdOrganisation *self,
                                          GPtrArray      *list,
                                          guint           index,
                                          gpointer        item,
                                          OdChangeKind    kind);
gpointer  _od_organisation_remove_item   (OdOrganisation *self,
                                          GPtrArray      *list,
                                          guint           index,
                                          OdChangeKind    kind);
/* Replaces an item, returning the old one. */
gpointer  _od_organisation_replace_item  (OdOrganisation *self,
                                          GPtrArray      *list,
                                          guint           index,
                                          gpointer        item,
                                          OdChangeKind    kind);

void      _od_organisation_set_cause     (OdOrganisation *self,
                                          guint           cause,
                                          OdCauseState    state,
                                          const char     *note);
void      _od_organisation_set_fact      (OdOrganisation *self,
                                          const char     *key,
                                          const char     *value);
/* Takes @extra for <cause ref="@cause"> (replacing what it had). */
void      _od_organisation_set_cause_extra (OdOrganisation *self,
                                            guint           cause,
                                            OdExtra        *extra);

/* Item constructors and destructors for the lists. */
OdDottedLine   *_od_dotted_line_new      (const char *from, const char *to, const char *label);
void            _od_dotted_line_set_agreement (OdDottedLine *line, const char *hours,
                                               const char *directed_by, const char *reward);
void            _od_dotted_line_free     (OdDottedLine *line);
OdMechanismUse *_od_mechanism_use_new    (const char *ref, const char *detail);
void            _od_mechanism_use_free   (OdMechanismUse *use);
OdRespondent   *_od_respondent_copy      (const OdRespondent *respondent);
void            _od_respondent_free      (OdRespondent *respondent);
OdAcceptance   *_od_acceptance_new       (const char *rule, const char *units,
                                          const char *functions, const char *reason);
void            _od_acceptance_free      (OdAcceptance *acceptance);
/* Sorted, space-separated, duplicate-free form of a list of ids. */
char           *_od_normalise_id_list    (const char *ids);

/* Extras the file reader found at organisation and assessment level. */
OdExtra **_od_organisation_get_extra     (OdOrganisation *self);
OdExtra **_od_organisation_get_assessment_extra (OdOrganisation *self);
/* The extras of <fact key="@key">: looked up (NULL when none), or set
 * (taking @extra; NULL removes them).  A fact removed loses its extras. */
OdExtra  *_od_organisation_get_fact_extra (OdOrganisation *self,
                                           const char     *key);
void      _od_organisation_set_fact_extra (OdOrganisation *self,
                                           const char     *key,
                                           OdExtra        *extra);
/* The extras of one statement's <answer> in @respondent, or a place to put
 * them (allocating the table). */
OdExtra  *_od_respondent_get_answer_extra (const OdRespondent *respondent,
                                           guint               item);
OdExtra **_od_respondent_answer_extra_slot (OdRespondent      *respondent,
                                            guint               item);
/* The version attribute written on save (a newer minor version is kept). */
const char *_od_organisation_get_version (OdOrganisation *self);
void      _od_organisation_set_version   (OdOrganisation *self, const char *version);
/* TRUE when an <assessment> element is to be written even if empty. */
gboolean  _od_organisation_has_assessment (OdOrganisation *self);
void      _od_organisation_set_has_assessment (OdOrganisation *self, gboolean has);

/* Moves everything from @source into @self (replacing what @self had) and
 * emits RELOADED; @source is left empty. */
void      _od_organisation_take_contents (OdOrganisation *self,
                                          OdOrganisation *source);

/* Emits ::changed and bumps the generation. */
void      _od_organisation_emit_changed  (OdOrganisation *self,
                                          OdChangeKind    kind,
                                          OdUnit         *unit);

G_END_DECLS
