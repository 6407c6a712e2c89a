/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cli-new.c: org-designer-cli new --size small|medium|large [--name NAME]
 * [--lang zh-CN|zh-TW|en] -o FILE */
#include "config.h"

#include <glib/gi18n.h>

#include "od-cli.h"
#include "od-file.h"
#include "od-template.h"

int
od_cli_new (int    argc,
            char **argv)
{
  g_autofree char *size_str = NULL;
  g_autofree char *name = NULL;
  g_autofree char *lang_str = NULL;
  g_autofree char *output = NULL;
  GOptionEntry entries[] = {
    { "size", 's', 0, G_OPTION_ARG_STRING, &size_str, N_("Firm size: small, medium or large"), "SIZE" },
    { "name", 'n', 0, G_OPTION_ARG_STRING, &name, N_("The organisation’s name"), "NAME" },
    { "lang", 'l', 0, G_OPTION_ARG_STRING, &lang_str, N_("Language of the unit names: zh-CN (default), zh-TW or en"), "LANG" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The file to write"), "FILE" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(OdOrganisation) org = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  OdSize size;
  OdLang lang = OD_LANG_ZH_CN;

  g_option_context_set_summary (context, _("Create an organisation from one of the three templates: the structures the sources prescribe for a small, a medium and a large firm."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!od_cli_parse (context, &argc, &argv))
    return 2;
  if (size_str == NULL || !od_size_from_string (size_str, &size))
    return od_cli_usage_error ("new", _("--size must be small, medium or large"));
  if (lang_str != NULL && !od_lang_from_string (lang_str, &lang))
    return od_cli_usage_error ("new", _("--lang must be zh-CN, zh-TW or en"));
  if (output == NULL)
    return od_cli_usage_error ("new", _("name the file to write with -o FILE"));
  if (argc > 1)
    return od_cli_usage_error ("new", _("unexpected argument"));
  if (name != NULL && !g_utf8_validate (name, -1, NULL))
    return od_cli_usage_error ("new", _("the name is not valid UTF-8"));

  org = od_template_create (size, lang, name, &error);
  if (org == NULL)
    {
      g_printerr ("org-designer-cli: %s\n", error->message);
      return 2;
    }
  file = g_file_new_for_commandline_arg (output);
  if (!od_file_save (org, file, NULL, &error))
    {
      g_printerr ("org-designer-cli: %s\n", error->message);
      return 2;
    }
  return 0;
}
