/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-findings-panel.h: the boundary findings, grouped by severity, kept
 * current after every edit; each can select its units, apply its fix as
 * one undoable step, or be accepted as a deliberate exception. */
#pragma once

#include <adwaita.h>

#include "od-unit-tree.h"

G_BEGIN_DECLS

#define OD_TYPE_FINDINGS_PANEL (od_findings_panel_get_type ())
G_DECLARE_FINAL_TYPE (OdFindingsPanel, od_findings_panel, OD, FINDINGS_PANEL, AdwBin)

GtkWidget *od_findings_panel_new          (void);
void       od_findings_panel_set_tree     (OdFindingsPanel *self,
                                           OdUnitTree      *tree);
/* The findings shown, in the order of the actions' indices: array of
 * OdFinding*, transfer none. */
GPtrArray *od_findings_panel_get_findings (OdFindingsPanel *self);
/* Findings not accepted whose severity is at least warning. */
guint      od_findings_panel_count_open   (OdFindingsPanel *self);
/* The errors not accepted among them. */
guint      od_findings_panel_count_errors (OdFindingsPanel *self);

G_END_DECLS
