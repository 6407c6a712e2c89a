/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-recent.c: recent designs through GtkRecentManager. */
#include "config.h"

#include "od-recent.h"

#define MIME_TYPE "application/x-org-designer+xml"

void
od_recent_add (GFile *file)
{
  g_autofree char *uri = NULL;
  GtkRecentData data = { 0 };

  g_return_if_fail (G_IS_FILE (file));

  uri = g_file_get_uri (file);
  data.mime_type = (char *) MIME_TYPE;
  data.app_name = (char *) g_get_application_name ();
  data.app_exec = (char *) "org-designer %u";
  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

static int
by_time_cb (gconstpointer a,
            gconstpointer b)
{
  GDateTime *ta = gtk_recent_info_get_modified (*(GtkRecentInfo **) a);
  GDateTime *tb = gtk_recent_info_get_modified (*(GtkRecentInfo **) b);

  return g_date_time_compare (tb, ta);
}

GPtrArray *
od_recent_list (guint max)
{
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  g_autoptr(GPtrArray) infos = g_ptr_array_new_with_free_func ((GDestroyNotify) gtk_recent_info_unref);
  GPtrArray *files = g_ptr_array_new_with_free_func (g_object_unref);

  for (GList *l = items; l != NULL; l = l->next)
    g_ptr_array_add (infos, l->data);
  g_list_free (items);
  g_ptr_array_sort (infos, by_time_cb);
  for (guint i = 0; i < infos->len && files->len < max; i++)
    {
      GtkRecentInfo *info = infos->pdata[i];
      const char *uri = gtk_recent_info_get_uri (info);
      g_autoptr(GFile) file = NULL;

      if (!g_str_has_suffix (uri, ".orgdesign") || !gtk_recent_info_is_local (info))
        continue;
      file = g_file_new_for_uri (uri);
      if (g_file_query_exists (file, NULL))
        g_ptr_array_add (files, g_steal_pointer (&file));
    }
  return files;
}
