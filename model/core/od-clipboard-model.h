/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-clipboard-model.h: subtrees of units as a document of their own, for the
 * clipboard (copy, cut, paste between windows) and for duplicating, and
 * the commands that paste, duplicate, delete or move several units as one
 * undoable step. */
#pragma once

#include "od-command.h"
#include "od-organisation.h"

G_BEGIN_DECLS

/* The subtrees of @unit_ids (NULL-terminated; a unit within another listed
 * one goes with it) as an .orgdesign document: their units, functions and
 * the dotted lines between them.  NULL if an id is unknown. */
GBytes     *od_clipboard_copy_units    (OdOrganisation     *org,
                                        const char * const *unit_ids,
                                        GError            **error);
/* The same subtrees as plain text, one unit a line, indented by level, for
 * pasting into a mail or a spreadsheet. */
char       *od_clipboard_units_to_text (OdOrganisation     *org,
                                        const char * const *unit_ids);

/* Inserts the top units of @document (an .orgdesign document, as copied)
 * under @parent_id (NULL: at the top) from @position on (-1: last).  Ids
 * are kept unless taken, else made unique ("sales-2").  One step. */
OdCommand  *od_command_paste_units     (OdOrganisation     *org,
                                        GBytes             *document,
                                        const char         *parent_id,
                                        int                 position,
                                        GError            **error);
/* The ids the pasted top units got (after the command was made). */
const char * const *od_command_get_pasted_ids (const OdCommand *command);
/* A copy of each listed subtree right after it, as one step. */
OdCommand  *od_command_duplicate_units (OdOrganisation     *org,
                                        const char * const *unit_ids,
                                        GError            **error);
/* Deletes the listed units with everything below them, as one step. */
OdCommand  *od_command_remove_units    (OdOrganisation     *org,
                                        const char * const *unit_ids,
                                        GError            **error);
/* Makes each listed unit (those not within another listed one) report to
 * @new_parent_id, in their order, as one step. */
OdCommand  *od_command_move_units      (OdOrganisation     *org,
                                        const char * const *unit_ids,
                                        const char         *new_parent_id,
                                        GError            **error);

G_END_DECLS
