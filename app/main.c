/* SPDX-License-Identifier: GPL-3.0-or-later */
/* main.c: org-designer, the GTK application.  Everything lives in ui/. */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "od-application.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(OdApplication) app = NULL;
  const char *localedir = g_getenv ("OD_LOCALEDIR");

  setlocale (LC_ALL, "");
  /* OD_LOCALEDIR lets the test suite use the catalogs in the build tree. */
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_application_name (_("Org Designer"));
  app = od_application_new (G_APPLICATION_DEFAULT_FLAGS);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
