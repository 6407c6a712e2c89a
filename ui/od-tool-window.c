/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-tool-window.c: one tool window per document window.
 *
 * Organisation Properties and the coordination editor each exist once per
 * document window: asking again presents the open one, and a window made
 * for a document the parent no longer shows is replaced.  Both also take
 * Ctrl+Z and Ctrl+Shift+Z for their document's undo and redo. */

#include "config.h"

#include "od-tool-window.h"
#include "od-undo-stack.h"

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
  /* The tool holds its own reference to the document it edits. */
  if (tool != NULL && g_object_get_data (G_OBJECT (tool), DOCUMENT_KEY) != document)
    {
      gtk_window_destroy (tool);
      tool = NULL;
    }
  if (tool == NULL)
    {
      tool = create (parent, document);
      od_tool_window_set_document (tool, document);
      g_object_set_data (G_OBJECT (tool), "od-tool-window-key", (gpointer) key);
      g_object_set_data (G_OBJECT (parent), key, tool);
      g_signal_connect_object (tool, "destroy", G_CALLBACK (forget_cb), parent, 0);
    }
  gtk_window_present (tool);
  return tool;
}

/* The document @tool edits, which it holds a reference to: called by the
 * tool's constructor, for its undo keys and for present() to compare. */
void
od_tool_window_set_document (GtkWindow  *tool,
                             OdDocument *document)
{
  g_return_if_fail (GTK_IS_WINDOW (tool));

  g_object_set_data (G_OBJECT (tool), DOCUMENT_KEY, document);
}

static gboolean
undo_cb (GtkWidget *widget,
         GVariant  *args,
         gpointer   user_data)
{
  OdDocument *document = g_object_get_data (G_OBJECT (widget), DOCUMENT_KEY);

  if (document == NULL)
    return FALSE;
  if (args != NULL && g_variant_get_boolean (args))
    od_undo_stack_redo (od_document_get_undo_stack (document));
  else
    od_undo_stack_undo (od_document_get_undo_stack (document));
  return TRUE;
}

/* Ctrl+Z and Ctrl+Shift+Z undo and redo in the tool's document, so that a
 * change can be taken back without going to the chart (the document
 * window's actions do not reach a window of its own). */
void
od_tool_window_class_add_undo (GtkWidgetClass *widget_class)
{
  /* Whether to redo is the binding's argument ("b"): what follows a NULL
   * format is not passed to the callback at all. */
  gtk_widget_class_add_binding (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, undo_cb, "b", FALSE);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, undo_cb, "b", TRUE);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, undo_cb, "b", TRUE);
}
