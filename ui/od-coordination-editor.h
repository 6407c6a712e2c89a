/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-coordination-editor.h: the window that records a document's work
 * coordination sheets (工作协调单) and the 313 rule's three plans, each
 * change one undoable command. */
#pragma once

#include <adwaita.h>

#include "od-command.h"
#include "od-document.h"

G_BEGIN_DECLS

#define OD_TYPE_COORDINATION_EDITOR (od_coordination_editor_get_type ())
G_DECLARE_FINAL_TYPE (OdCoordinationEditor, od_coordination_editor, OD, COORDINATION_EDITOR, AdwPreferencesWindow)

/* The fields of a sheet the editor's rows edit. */
typedef enum {
  OD_SHEET_FIELD_FROM,          /* combo: the requesting unit */
  OD_SHEET_FIELD_TO,            /* combo: the performing unit */
  OD_SHEET_FIELD_REQUIREMENT,
  OD_SHEET_FIELD_DEADLINE,
  OD_SHEET_FIELD_STANDARD,
  OD_SHEET_FIELD_RESPONSIBLE,
  OD_SHEET_FIELD_REWARDS,
  OD_SHEET_FIELD_FROM_SIGNED,   /* switch */
  OD_SHEET_FIELD_FROM_SIGNER,
  OD_SHEET_FIELD_FROM_DATE,
  OD_SHEET_FIELD_TO_SIGNED,     /* switch */
  OD_SHEET_FIELD_TO_SIGNER,
  OD_SHEET_FIELD_TO_DATE,
  OD_N_SHEET_FIELDS,
} OdSheetField;

/* The fields of a 313 plan. */
typedef enum {
  OD_PLAN_FIELD_RECORDED,       /* switch: the plan exists */
  OD_PLAN_FIELD_PERIOD,
  OD_PLAN_FIELD_OWNER,
  OD_PLAN_FIELD_SUMMARY,
  OD_PLAN_FIELD_BASIS,
  OD_N_PLAN_FIELDS,
} OdPlanField;

OdCoordinationEditor *od_coordination_editor_new      (GtkWindow            *parent,
                                                       OdDocument           *document);
/* One per window, made the first time. */
OdCoordinationEditor *od_coordination_editor_present  (GtkWindow            *parent,
                                                       OdDocument           *document);
/* The row editing @field of the sheet @sheet_id: an AdwEntryRow, an
 * AdwComboRow for the units, an AdwActionRow with a GtkSwitch suffix for
 * the signatures (the switch is its activatable widget); NULL if absent. */
GtkWidget            *od_coordination_editor_get_sheet_row (OdCoordinationEditor *self,
                                                            const char           *sheet_id,
                                                            OdSheetField          field);
GtkWidget            *od_coordination_editor_get_plan_row  (OdCoordinationEditor *self,
                                                            OdHorizon             horizon,
                                                            OdPlanField           field);

G_END_DECLS
