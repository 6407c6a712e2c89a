/* cli-diagnose.c: placeholder until the diagnose subcommand lands (its engineer replaces this file). */
#include "config.h"

#include <glib/gi18n.h>

#include "od-cli.h"

int
od_cli_diagnose (int    argc,
           char **argv)
{
  g_printerr ("org-designer-cli: %s\n", _("this command is not built yet"));
  return 2;
}
