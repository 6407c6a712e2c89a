/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-recent.c: a design opened or saved shows among the recent designs
 * of the welcome page; one that was deleted since does not. */
#include "config.h"

#include <glib/gstdio.h>

#include "od-recent.h"

static gboolean
listed (GFile *file)
{
  g_autoptr(GPtrArray) files = od_recent_list (5);

  for (guint i = 0; i < files->len; i++)
    if (g_file_equal (files->pdata[i], file))
      return TRUE;
  return FALSE;
}

static void
test_recent (void)
{
  g_autofree char *dir = g_dir_make_tmp ("od-recent-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "plan.orgdesign", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  g_assert_true (g_file_set_contents (path, "<organisation/>", -1, NULL));
  od_recent_add (file);
  /* GtkRecentManager writes its list from an idle. */
  while (!listed (file) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (listed (file));

  g_unlink (path);
  g_assert_false (listed (file));
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *data = g_dir_make_tmp ("od-recent-data-XXXXXX", NULL);

  /* Keep the user's own recent files out of it. */
  g_setenv ("XDG_DATA_HOME", data, TRUE);
  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  g_test_add_func ("/ui/recent/listed", test_recent);
  return g_test_run ();
}
