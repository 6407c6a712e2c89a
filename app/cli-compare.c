/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cli-compare.c: org-designer-cli compare OLD NEW [--format text|json]
 * [-o OUT.pdf [--paper A4|A3|letter] [--landscape] [--date YYYY-MM-DD]]:
 * what a redesign changes, unit by unit; with -o, as a before/after report. */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "od-cli.h"
#include "od-compare.h"
#include "od-export.h"

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
  g_autofree char *output = NULL;
  g_autofree char *paper = NULL;
  g_autofree char *date = NULL;
  gboolean landscape = FALSE;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, N_("Output format: text (default) or json"), "FORMAT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write a before/after report to OUT.pdf instead"), "OUT" },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &paper, N_("Paper for the report: A4 (default), A3 or letter"), "PAPER" },
    { "landscape", 0, 0, G_OPTION_ARG_NONE, &landscape, N_("Turn the paper sideways"), NULL },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, N_("The date printed on every page, YYYY-MM-DD (default today)"), "DATE" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("OLD NEW"));
  g_autoptr(OdOrganisation) before = NULL;
  g_autoptr(OdOrganisation) after = NULL;
  g_autoptr(GPtrArray) diffs = NULL;
  g_autoptr(GError) error = NULL;
  OdExportOptions options;

  g_option_context_set_summary (context, _("List what changes from the organisation OLD to the organisation NEW; with -o OUT.pdf, write it as a before/after report: key figures and the collaboration stage before and after, units moved, functions gained and lost, findings fixed and new."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!od_cli_parse (context, &argc, &argv))
    return 2;
  if (format != NULL && strcmp (format, "text") != 0 && strcmp (format, "json") != 0)
    return od_cli_usage_error ("compare", _("--format must be text or json"));
  if (argc != 3)
    return od_cli_usage_error ("compare", _("name two files: the old and the new organisation"));
  od_export_options_init (&options);
  if (output != NULL && (!od_export_format_from_path (output, &options.format) || options.format != OD_EXPORT_FORMAT_PDF))
    return od_cli_usage_error ("compare", _("OUT must end in .pdf"));
  if (output != NULL && format != NULL)
    return od_cli_usage_error ("compare", _("choose either --format or -o"));
  if (paper != NULL && !od_paper_from_string (paper, &options.paper))
    return od_cli_usage_error ("compare", _("--paper must be A4, A3 or letter"));
  if (date != NULL && !od_is_valid_date (date))
    return od_cli_usage_error ("compare", _("--date must be a date written YYYY-MM-DD"));
  options.landscape = landscape;
  options.date = date;
  before = od_cli_load (argv[1], FALSE);
  if (before == NULL)
    return 2;
  after = od_cli_load (argv[2], FALSE);
  if (after == NULL)
    return 2;

  if (output != NULL)
    {
      if (!od_export_compare_to_file (before, after, output, &options, &error))
        {
          g_printerr ("org-designer-cli: %s\n", error->message);
          return 2;
        }
      return 0;
    }
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
