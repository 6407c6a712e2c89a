/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-tool-window.c: one tool window per document window.
 *
 * Organisation Properties and the coordination editor each exist once per
 * document window: asking again presents the open one, and a window made
 * for a document the parent no longer shows is replaced. */

#include "config.h"

#include "od-tool-window.h"

#define DOCUMENT_KEY "od-tool-window-document"

static void
forget_cb (GtkWidget *tool,
           GObject   *parent)
{
  const char *key = g_object_get_data (G_OBJECT (tool), "od-tool-window-key");

  if (g_object_get_data (parent, key) == tool)
    g_object_set_data (parent, key, NULL);
}

/* @key names the kind of tool (an interned or static string); @create
 * makes one for @document when none is open for it. */
GtkWindow *
od_tool_window_present (GtkWindow       *parent,
                        const char      *key,
                        OdDocument      *document,
                        OdToolWindowNew  create)
{
  GtkWindow *tool;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (key != NULL, NULL);
  g_return_val_if_fail (OD_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (create != NULL, NULL);

  tool = g_object_get_data (G_OBJECT (parent), key);
  /* Only compared, never used: the tool holds its own reference. */
  if (tool != NULL && g_object_get_data (G_OBJECT (tool), DOCUMENT_KEY) != document)
    {
      gtk_window_destroy (tool);
      tool = NULL;
    }
  if (tool == NULL)
    {
      tool = create (parent, document);
      g_object_set_data (G_OBJECT (tool), DOCUMENT_KEY, document);
      g_object_set_data (G_OBJECT (tool), "od-tool-window-key", (gpointer) key);
      g_object_set_data (G_OBJECT (parent), key, tool);
      g_signal_connect_object (tool, "destroy", G_CALLBACK (forget_cb), parent, 0);
    }
  gtk_window_present (tool);
  return tool;
}
