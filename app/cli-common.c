/* cli-common.c: what the subcommands share: loading a file with a clear
 * message, and option parsing with the right exit status. */
#include "config.h"

#include <glib/gi18n.h>

#include "od-cli.h"
#include "od-file.h"

OdOrganisation *
od_cli_load (const char *path,
             gboolean    strict)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  OdOrganisation *org = od_file_load_new (file, strict ? OD_LOAD_STRICT : OD_LOAD_DEFAULT, &error);

  if (org == NULL)
    g_printerr ("org-designer-cli: %s\n", error->message);
  return org;
}

int
od_cli_usage_error (const char *command,
                    const char *message)
{
  g_printerr ("org-designer-cli %s: %s\n", command, message);
  g_printerr (_("Run “org-designer-cli %s --help” for its options."), command);
  g_printerr ("\n");
  return 2;
}

gboolean
od_cli_parse (GOptionContext *context,
              int            *argc,
              char         ***argv)
{
  g_autoptr(GError) error = NULL;

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      od_cli_usage_error ((*argv)[0], error->message);
      return FALSE;
    }
  return TRUE;
}
