/* cli-check.c: placeholder until the check subcommand lands (its engineer replaces this file). */
#include "config.h"

#include <glib/gi18n.h>

#include "od-cli.h"

int
od_cli_check (int    argc,
           char **argv)
{
  g_printerr ("org-designer-cli: %s\n", _("this command is not built yet"));
  return 2;
}
