/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-tool-window.h: one tool window per document window. */
#pragma once

#include <gtk/gtk.h>
#include "od-document.h"

G_BEGIN_DECLS

typedef GtkWindow *(*OdToolWindowNew) (GtkWindow  *parent,
                                       OdDocument *document);

GtkWindow *od_tool_window_present (GtkWindow       *parent,
                                   const char      *key,
                                   OdDocument      *document,
                                   OdToolWindowNew  create);

void       od_tool_window_set_document     (GtkWindow       *tool,
                                            OdDocument      *document);
void       od_tool_window_class_add_undo   (GtkWidgetClass  *widget_class);

G_END_DECLS
