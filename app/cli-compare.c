/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cli-compare.c: org-designer-cli compare OLD NEW [--format text|json]:
 * what a redesign changes, unit by unit. */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "od-cli.h"
#include "od-compare.h"

static void
print_json (GPtrArray *diffs)
{
  g_autoptr(JsonBuilder) builder = od_cli_json_begin ();

  json_builder_set_member_name (builder, "changes");
  json_builder_begin_array (builder);
  for (guint i = 0; i < diffs->len; i++)
    {
      const OdDiff *d = diffs->pdata[i];

      json_builder_begin_object (builder);
      od_cli_json_string (builder, "type", od_diff_kind_to_string (d->kind));
      od_cli_json_string (builder, "unit", d->unit);
      od_cli_json_string (builder, "field", d->field);
      od_cli_json_string (builder, "old", d->old_value);
      od_cli_json_string (builder, "new", d->new_value);
      od_cli_json_string (builder, "message", d->message);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  od_cli_json_print (builder);
}

int
od_cli_compare (int    argc,
                char **argv)
{
  g_autofree char *format = NULL;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, N_("Output format: text (default) or json"), "FORMAT" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("OLD NEW"));
  g_autoptr(OdOrganisation) before = NULL;
  g_autoptr(OdOrganisation) after = NULL;
  g_autoptr(GPtrArray) diffs = NULL;

  g_option_context_set_summary (context, _("List what changes from the organisation OLD to the organisation NEW."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!od_cli_parse (context, &argc, &argv))
    return 2;
  if (format != NULL && strcmp (format, "text") != 0 && strcmp (format, "json") != 0)
    return od_cli_usage_error ("compare", _("--format must be text or json"));
  if (argc != 3)
    return od_cli_usage_error ("compare", _("name two files: the old and the new organisation"));
  before = od_cli_load (argv[1], FALSE);
  if (before == NULL)
    return 2;
  after = od_cli_load (argv[2], FALSE);
  if (after == NULL)
    return 2;

  diffs = od_compare (before, after);
  if (g_strcmp0 (format, "json") == 0)
    print_json (diffs);
  else if (diffs->len == 0)
    g_print ("%s\n", _("No differences."));
  else
    for (guint i = 0; i < diffs->len; i++)
      g_print ("%s\n", ((OdDiff *) diffs->pdata[i])->message);
  return 0;
}
