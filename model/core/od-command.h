/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-command.h: every edit of an organisation is a command.
 *
 * A command is made against an organisation, checked when made (a move that
 * would make a cycle is refused then, with a GError), and then handed to an
 * OdUndoStack, which applies it and can revert it.  Reverting restores the
 * exact previous document: saving after undo gives the bytes saved before.
 *
 * Commands name units by id, not by pointer, so that a command stays
 * meaningful whatever happened to the pointers in between.
 */
#pragma once

#include "od-organisation.h"
#include "od-coordination.h"

G_BEGIN_DECLS

typedef struct _OdCommand OdCommand;

typedef enum {
  OD_UNIT_PROP_NAME,
  OD_UNIT_PROP_KIND,        /* value: "executive", "front", "back", "support" */
  OD_UNIT_PROP_HEAD,        /* value NULL or "" removes it */
  OD_UNIT_PROP_HEADCOUNT,   /* value: decimal, NULL or "" removes it */
  OD_UNIT_PROP_NOTES,
  OD_UNIT_PROP_ASSISTANT,   /* value: "true" or "false" */
  OD_UNIT_PROP_SCOPE_KIND,  /* "region", "segment", "channel", "product"; NULL or "" removes it */
  OD_UNIT_PROP_SCOPE,       /* free text ("华东"); NULL or "" removes it */
} OdUnitProp;

typedef enum {
  OD_ORG_PROP_NAME,
  OD_ORG_PROP_SIZE,         /* "small", "medium", "large" */
  OD_ORG_PROP_FOCUS,
  OD_ORG_PROP_INDUSTRY,
  OD_ORG_PROP_LANG,         /* "zh-CN", "zh-TW", "en" */
  OD_ORG_PROP_ASSESSMENT_DATE,
  OD_ORG_PROP_BUSINESS,     /* od-business.h: "manufacturing", "software"...; NULL or "": not said */
  OD_ORG_PROP_TASK,         /* current core task: "new-product", "brand-building", "share-growth" */
} OdOrgProp;

#define OD_COMMAND_ERROR (od_command_error_quark ())
typedef enum {
  OD_COMMAND_ERROR_NOT_FOUND,     /* a unit, line or respondent does not exist */
  OD_COMMAND_ERROR_CYCLE,         /* a unit cannot report to itself or below itself */
  OD_COMMAND_ERROR_INVALID,       /* a value out of range or malformed */
  OD_COMMAND_ERROR_DUPLICATE,     /* an id already in use */
} OdCommandError;

GQuark      od_command_error_quark        (void);

void        od_command_free               (OdCommand *command);
/* A short translated description for "Undo …" ("Add unit", "Rename unit"). */
const char *od_command_get_label          (const OdCommand *command);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (OdCommand, od_command_free)

/* A new unit named @name of @kind under @parent_id (NULL: a top unit) at
 * @position (-1: last).  @id may be NULL to make one from the name. */
OdCommand  *od_command_add_unit           (OdOrganisation *org,
                                           const char     *parent_id,
                                           int             position,
                                           const char     *id,
                                           const char     *name,
                                           OdUnitKind      kind,
                                           GError        **error);
/* The id the unit added by an add-unit command has. */
const char *od_command_get_new_unit_id    (const OdCommand *command);
/* Removes the unit, its subtree, and every dotted line that touches them. */
OdCommand  *od_command_remove_unit        (OdOrganisation *org,
                                           const char     *unit_id,
                                           GError        **error);
/* Re-parents (or reorders, with the same parent) a unit.  @position counts
 * among the new parent's children as they are before the move, the unit
 * itself excluded (-1: last). */
OdCommand  *od_command_move_unit          (OdOrganisation *org,
                                           const char     *unit_id,
                                           const char     *new_parent_id,
                                           int             position,
                                           GError        **error);
OdCommand  *od_command_set_unit_prop      (OdOrganisation *org,
                                           const char     *unit_id,
                                           OdUnitProp      prop,
                                           const char     *value,
                                           GError        **error);
/* Gives @unit_id @role for @function_id; OD_ROLE_NONE removes it.  An
 * unknown @function_id is refused. */
OdCommand  *od_command_set_assignment     (OdOrganisation *org,
                                           const char     *unit_id,
                                           const char     *function_id,
                                           OdRole          role,
                                           GError        **error);
OdCommand  *od_command_set_org_prop       (OdOrganisation *org,
                                           OdOrgProp       prop,
                                           const char     *value,
                                           GError        **error);
OdCommand  *od_command_add_dotted_line    (OdOrganisation *org,
                                           const char     *from_id,
                                           const char     *to_id,
                                           const char     *label,
                                           GError        **error);
/* Records the two leaders' agreement on dotted line @index: @hours a day,
 * @directed_by ("to": the second leader directs the work; "from": the home
 * leader), @reward; NULL or "" leaves one unagreed. */
OdCommand  *od_command_set_dotted_agreement (OdOrganisation *org,
                                           guint           index,
                                           const char     *hours,
                                           const char     *directed_by,
                                           const char     *reward,
                                           GError        **error);
OdCommand  *od_command_remove_dotted_line (OdOrganisation *org,
                                           guint           index,
                                           GError        **error);
/* Adds or updates the mechanism @ref with @detail; @present FALSE removes it. */
OdCommand  *od_command_set_mechanism      (OdOrganisation *org,
                                           const char     *ref,
                                           gboolean        present,
                                           const char     *detail,
                                           GError        **error);
/* Replaces respondent @index with a copy of @respondent; @index equal to the
 * number of respondents appends; @respondent NULL removes @index. */
OdCommand  *od_command_set_respondent     (OdOrganisation     *org,
                                           guint               index,
                                           const OdRespondent *respondent,
                                           GError            **error);
OdCommand  *od_command_set_cause          (OdOrganisation *org,
                                           guint           cause,
                                           OdCauseState    state,
                                           const char     *note,
                                           GError        **error);
/* @value NULL removes the fact. */
OdCommand  *od_command_set_fact           (OdOrganisation *org,
                                           const char     *key,
                                           const char     *value,
                                           GError        **error);
/* Accepts a finding (@reason non-NULL) or withdraws the acceptance (@reason
 * NULL).  @units and @functions are space-separated ids in any order. */
OdCommand  *od_command_set_acceptance     (OdOrganisation *org,
                                           const char     *rule,
                                           const char     *units,
                                           const char     *functions,
                                           const char     *reason,
                                           GError        **error);
/* Several commands applied and reverted as one step (a finding's fix).
 * @label is already translated.  Takes ownership of @commands (the array and
 * the commands in it).  Each step is checked again when applied; if one fails,
 * the steps before it are reverted. */
OdCommand  *od_command_group_new          (const char     *label,
                                           GPtrArray      *commands);

/* Work coordination sheets and the 313 rule's plans (od-coordination.h).
 * A sheet whose id is NULL or not in use is added (NULL: an id is made),
 * else it replaces the sheet with that id.  Its units are ids, not
 * required to exist (the checks say when they do not). */
OdCommand  *od_command_set_sheet          (OdOrganisation            *org,
                                           const OdCoordinationSheet *sheet,
                                           GError                   **error);
OdCommand  *od_command_remove_sheet       (OdOrganisation *org,
                                           const char     *id,
                                           GError        **error);
/* Records the plan for @plan->horizon, replacing the one there was. */
OdCommand  *od_command_set_plan           (OdOrganisation      *org,
                                           const OdPlanHorizon *plan,
                                           GError             **error);
OdCommand  *od_command_remove_plan        (OdOrganisation *org,
                                           OdHorizon       horizon,
                                           GError        **error);

G_END_DECLS
