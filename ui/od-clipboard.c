/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-clipboard.c: units on the desktop clipboard. */
#include "config.h"

#include <glib/gi18n.h>

#include "od-clipboard.h"
#include "od-clipboard-model.h"
#include "od-file.h"

/* No real copy comes near this; a hostile program's offer stops here. */
#define MAX_CLIPBOARD_BYTES (64 * 1024 * 1024)

gboolean
od_clipboard_set_units (GdkClipboard       *clipboard,
                        OdOrganisation     *org,
                        const char * const *unit_ids,
                        GError            **error)
{
  g_autoptr(GBytes) document = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GdkContentProvider) provider = NULL;
  GdkContentProvider *parts[2];
  GValue value = G_VALUE_INIT;

  g_return_val_if_fail (GDK_IS_CLIPBOARD (clipboard), FALSE);
  g_return_val_if_fail (OD_IS_ORGANISATION (org), FALSE);

  document = od_clipboard_copy_units (org, unit_ids, error);
  if (document == NULL)
    return FALSE;
  text = od_clipboard_units_to_text (org, unit_ids);
  g_value_init (&value, G_TYPE_STRING);
  g_value_take_string (&value, g_steal_pointer (&text));
  parts[0] = gdk_content_provider_new_for_bytes (OD_FILE_MIME_TYPE, document);
  parts[1] = gdk_content_provider_new_for_value (&value);
  g_value_unset (&value);
  provider = gdk_content_provider_new_union (parts, G_N_ELEMENTS (parts));
  return gdk_clipboard_set_content (clipboard, provider);
}

static void
splice_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  gssize size = g_output_stream_splice_finish (G_OUTPUT_STREAM (source), result, &error);

  if (size < 0)
    {
      g_task_return_error (task, error);
      return;
    }
  if (size > MAX_CLIPBOARD_BYTES)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_FAILED, _("The clipboard holds too much to paste"));
      return;
    }
  g_task_return_pointer (task, g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (source)),
                         (GDestroyNotify) g_bytes_unref);
}

static void
read_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GInputStream) stream = gdk_clipboard_read_finish (GDK_CLIPBOARD (source), result, NULL, &error);
  g_autoptr(GOutputStream) memory = NULL;

  if (stream == NULL)
    {
      /* Text or an image, but no units: say so in the user's words. */
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("The clipboard holds no units"));
      return;
    }
  memory = g_memory_output_stream_new_resizable ();
  g_output_stream_splice_async (memory, stream,
                                G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE | G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                                G_PRIORITY_DEFAULT, g_task_get_cancellable (task), splice_done_cb,
                                g_object_ref (task));
}

void
od_clipboard_read_units_async (GdkClipboard        *clipboard,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  const char *mime_types[] = { OD_FILE_MIME_TYPE, NULL };
  GTask *task;

  g_return_if_fail (GDK_IS_CLIPBOARD (clipboard));

  task = g_task_new (clipboard, cancellable, callback, user_data);
  g_task_set_source_tag (task, od_clipboard_read_units_async);
  gdk_clipboard_read_async (clipboard, mime_types, G_PRIORITY_DEFAULT, cancellable, read_done_cb, task);
}

GBytes *
od_clipboard_read_units_finish (GdkClipboard  *clipboard,
                                GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, clipboard), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
