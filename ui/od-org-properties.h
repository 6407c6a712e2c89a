/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-org-properties.h: the Organisation Properties window: the name, firm
 * size, business type, marketing focus and core task of a document's
 * organisation, each change one undoable command. */
#pragma once

#include <adwaita.h>

#include "od-command.h"
#include "od-document.h"

G_BEGIN_DECLS

#define OD_TYPE_ORG_PROPERTIES (od_org_properties_get_type ())
G_DECLARE_FINAL_TYPE (OdOrgProperties, od_org_properties, OD, ORG_PROPERTIES, AdwPreferencesWindow)

OdOrgProperties *od_org_properties_new      (GtkWindow       *parent,
                                             OdDocument      *document);
/* Shows @parent's properties window for @document, making it the first
 * time (one per window, so that Alt+Return twice does not stack them). */
OdOrgProperties *od_org_properties_present  (GtkWindow       *parent,
                                             OdDocument      *document);
/* The row that edits @prop (an AdwEntryRow for the name, AdwComboRows for
 * the others), or NULL for a property the window does not show. */
GtkWidget       *od_org_properties_get_row  (OdOrgProperties *self,
                                             OdOrgProp        prop);

G_END_DECLS
