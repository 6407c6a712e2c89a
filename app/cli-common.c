/* cli-common.c: what the subcommands share: loading a file with a clear
 * message, and option parsing with the right exit status. */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "od-cli.h"
#include "od-file.h"

OdOrganisation *
od_cli_load (const char *path,
             gboolean    strict)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  OdOrganisation *org = od_file_load_new (file, strict ? OD_LOAD_STRICT | OD_LOAD_SCHEMA : OD_LOAD_DEFAULT, &error);

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

void
od_cli_append_json_string (GString    *out,
                           const char *text)
{
  if (text == NULL)
    {
      g_string_append (out, "null");
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;
      switch (c)
        {
        case '"': g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        default:
          if (c < 0x20)
            g_string_append_printf (out, "\\u%04x", c);
          else
            g_string_append_c (out, (char) c);
        }
    }
  g_string_append_c (out, '"');
}

OdOrganisation *
od_cli_load_report (int          argc,
                    char       **argv,
                    const char  *command,
                    const char  *summary,
                    gboolean    *json)
{
  g_autofree char *format = NULL;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, N_("Output format: text (default) or json"), "FORMAT" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE"));

  g_option_context_set_summary (context, summary);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!od_cli_parse (context, &argc, &argv))
    return NULL;
  if (format != NULL && strcmp (format, "text") != 0 && strcmp (format, "json") != 0)
    {
      od_cli_usage_error (command, _("--format must be text or json"));
      return NULL;
    }
  if (argc != 2)
    {
      od_cli_usage_error (command, _("name exactly one file"));
      return NULL;
    }
  *json = g_strcmp0 (format, "json") == 0;
  return od_cli_load (argv[1], FALSE);
}
