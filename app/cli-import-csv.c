/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cli-import-csv.c: org-designer-cli import-csv FILE.csv -o FILE
 * [--size small|medium|large] [--name NAME]: an HR export
 * (id,name,parent[,head,headcount], or named columns under a header) into
 * an .orgdesign document, with kinds inferred from the names. */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "od-cli.h"
#include "od-csv-import.h"
#include "od-file.h"

int
od_cli_import_csv (int    argc,
                   char **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *size_str = NULL;
  g_autofree char *name = NULL;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The document to write"), "FILE" },
    { "size", 's', 0, G_OPTION_ARG_STRING, &size_str, N_("Firm size: small, medium or large (default: by headcount of units)"), "SIZE" },
    { "name", 'n', 0, G_OPTION_ARG_STRING, &name, N_("The organisation’s name (default: the CSV file’s name)"), "NAME" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE.csv"));
  g_autoptr(GFile) input = NULL;
  g_autoptr(GFile) destination = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OdOrganisation) org = NULL;
  g_autofree char *display = NULL;
  g_autofree char *basename = NULL;
  OdSize size = OD_SIZE_MEDIUM;

  g_option_context_set_summary (context, _("Import an HR system’s CSV or tab-separated export: columns "
                                           "id,name,parent[,head,headcount], or any order under a header row "
                                           "(English or Chinese names, an optional kind column). The encoding "
                                           "(UTF-8, GB18030, Big5, UTF-16) is detected; without a kind column, "
                                           "each unit’s kind is inferred from its name."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!od_cli_parse (context, &argc, &argv))
    return 2;
  if (argc != 2)
    return od_cli_usage_error ("import-csv", _("name exactly one CSV file"));
  if (output == NULL)
    return od_cli_usage_error ("import-csv", _("name the document to write with -o FILE"));
  if (size_str != NULL && !od_size_from_string (size_str, &size))
    return od_cli_usage_error ("import-csv", _("--size must be small, medium or large"));

  input = g_file_new_for_commandline_arg (argv[1]);
  display = g_file_get_parse_name (input);
  bytes = od_file_read_regular (input, NULL, &error);
  if (bytes == NULL)
    {
      g_printerr ("org-designer-cli: %s\n", error->message);
      return 2;
    }
  basename = g_file_get_basename (input);
  if (g_str_has_suffix (basename, ".csv") || g_str_has_suffix (basename, ".tsv") ||
      g_str_has_suffix (basename, ".txt"))
    basename[strlen (basename) - 4] = '\0';
  org = od_csv_import_bytes (bytes, display, size, name ? name : basename, &error);
  if (org == NULL)
    {
      g_printerr ("org-designer-cli: %s\n", error->message);
      return 2;
    }
  destination = g_file_new_for_commandline_arg (output);
  if (!od_file_save (org, destination, NULL, &error))
    {
      g_printerr ("org-designer-cli: %s\n", error->message);
      return 2;
    }
  g_print (_("Imported %u units into %s"), od_organisation_get_n_units (org), output);
  g_print ("\n");
  return 0;
}
