/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cli-common.c: what the subcommands share: loading a file with a clear
 * message, and option parsing with the right exit status. */
#include "config.h"

#include <glib/gi18n.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
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
  g_autofree char *prgname = g_strdup_printf ("org-designer-cli %s", (*argv)[0]);

  /* --help's "Usage:" names the program and the command, as typed:
   * "org-designer-cli check [OPTION…] FILE" (one parse per process). */
  g_set_prgname (prgname);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      od_cli_usage_error ((*argv)[0], error->message);
      return FALSE;
    }
  return TRUE;
}

JsonBuilder *
od_cli_json_begin (void)
{
  JsonBuilder *builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_int_value (builder, OD_CLI_JSON_FORMAT);
  return builder;
}

void
od_cli_json_string (JsonBuilder *builder,
                    const char  *key,
                    const char  *text)
{
  json_builder_set_member_name (builder, key);
  if (text != NULL)
    json_builder_add_string_value (builder, text);
  else
    json_builder_add_null_value (builder);
}

void
od_cli_json_strv (JsonBuilder        *builder,
                  const char         *key,
                  const char * const *list)
{
  json_builder_set_member_name (builder, key);
  json_builder_begin_array (builder);
  for (guint i = 0; list != NULL && list[i] != NULL; i++)
    json_builder_add_string_value (builder, list[i]);
  json_builder_end_array (builder);
}

void
od_cli_json_number (JsonBuilder *builder,
                    const char  *key,
                    gboolean     known,
                    double       value)
{
  json_builder_set_member_name (builder, key);
  if (known && isfinite (value))
    json_builder_add_double_value (builder, round (value * 100) / 100);
  else
    json_builder_add_null_value (builder);
}

static void
write_stdout (const char *data,
              gsize       length)
{
  if (fwrite (data, 1, length, stdout) != length)
    g_printerr ("org-designer-cli: %s\n", g_strerror (errno));
}

void
od_cli_json_print (JsonBuilder *builder)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;
  gsize length = 0;

  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  /* json-glib formats numbers with g_ascii_dtostr(): the C locale's
   * decimal point under any LC_NUMERIC. */
  text = json_generator_to_data (generator, &length);
  write_stdout (text, length);
  write_stdout ("\n", 1);
  fflush (stdout);
}

static void
print_in_charset (FILE       *stream,
                  const char *text)
{
  const char *charset = NULL;

  /* UTF-8 terminals, and the C locale (ASCII cannot show Chinese at all,
   * and scripts run there expect the bytes): the text as it is. */
  if (!g_get_charset (&charset) && g_ascii_strcasecmp (charset, "ANSI_X3.4-1968") != 0
      && g_ascii_strcasecmp (charset, "ASCII") != 0 && g_ascii_strcasecmp (charset, "US-ASCII") != 0)
    {
      g_autofree char *converted = g_convert_with_fallback (text, -1, charset, "UTF-8", "?",
                                                            NULL, NULL, NULL);
      if (converted != NULL)
        {
          fputs (converted, stream);
          return;
        }
    }
  fputs (text, stream);
}

static void
print_cb (const char *text)
{
  print_in_charset (stdout, text);
}

static void
printerr_cb (const char *text)
{
  print_in_charset (stderr, text);
}

void
od_cli_setup_output (void)
{
  g_set_print_handler (print_cb);
  g_set_printerr_handler (printerr_cb);
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
