/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cli-export.c: org-designer-cli export FILE -o OUT.{pdf,svg,png,orgdesign}
 * [--paper A4|A3|A2|A1|A0|letter|legal|tabloid|WxHmm] [--landscape]
 * [--density standard|dense|department] [--fit|--tile] [--report] [--dpi N]
 * [--transparent] [--rollups] [--pages] [--date YYYY-MM-DD] [--findings-csv FILE.csv]:
 * exit 0 when written, 2 when FILE cannot be read or OUT cannot be written
 * (an existing OUT is then left intact). */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "od-cli.h"
#include "od-export.h"
#include "od-findings-csv.h"

int
od_cli_export (int    argc,
               char **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *paper = NULL;
  g_autofree char *density = NULL;
  gboolean landscape = FALSE, fit = FALSE, tile = FALSE, report = FALSE, transparent = FALSE;
  gboolean rollups = FALSE, pages = FALSE;
  double dpi = 150;
  g_autofree char *date = NULL;
  g_autofree char *findings_csv = NULL;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write to OUT; its extension picks the format: .pdf, .svg, .png or .orgdesign"), "OUT" },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &paper, N_("Paper: A4 (default), A3, A2, A1, A0, letter, legal, tabloid, or a size in millimetres such as 300x200mm"), "PAPER" },
    { "density", 0, 0, G_OPTION_ARG_STRING, &density, N_("Chart pages: standard (default), dense (smaller boxes, more on a page) or department (each department on a page of its own)"), "DENSITY" },
    { "landscape", 0, 0, G_OPTION_ARG_NONE, &landscape, N_("Turn the paper sideways"), NULL },
    { "fit", 0, 0, G_OPTION_ARG_NONE, &fit, N_("The whole chart on one page (refused when the text would be unreadably small)"), NULL },
    { "tile", 0, 0, G_OPTION_ARG_NONE, &tile, N_("The chart at full size over several pages, cut between departments"), NULL },
    { "report", 0, 0, G_OPTION_ARG_NONE, &report, N_("PDF: add the boundary findings and the maturity diagnosis after the chart"), NULL },
    { "dpi", 0, 0, G_OPTION_ARG_DOUBLE, &dpi, N_("Resolution of a PNG (default 150)"), "N" },
    { "transparent", 0, 0, G_OPTION_ARG_NONE, &transparent, N_("PNG: no background behind the chart"), NULL },
    { "rollups", 0, 0, G_OPTION_ARG_NONE, &rollups, N_("On every box with departments under it, the headcount of all of them"), NULL },
    { "pages", 0, 0, G_OPTION_ARG_NONE, &pages, N_("SVG, PNG: one file per page, as the PDF would print them (OUT-1.svg, OUT-2.svg…)"), NULL },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, N_("The date printed on every page, YYYY-MM-DD (default today)"), "DATE" },
    { "findings-csv", 0, 0, G_OPTION_ARG_FILENAME, &findings_csv, N_("Also write every boundary finding to CSV, one row each, for a spreadsheet"), "CSV" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE"));
  g_autoptr(OdOrganisation) org = NULL;
  g_autoptr(GError) error = NULL;
  OdExportOptions options;

  g_option_context_set_summary (context, _("Export FILE as a PDF chart or report, an SVG or PNG image, or an .orgdesign copy."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!od_cli_parse (context, &argc, &argv))
    return 2;
  if (argc != 2)
    return od_cli_usage_error ("export", _("name exactly one file"));
  if (output == NULL)
    return od_cli_usage_error ("export", _("say where to write with -o OUT"));
  od_export_options_init (&options);
  if (!od_export_format_from_path (output, &options.format))
    return od_cli_usage_error ("export", _("OUT must end in .pdf, .svg, .png or .orgdesign"));
  if (paper != NULL && !od_paper_parse (paper, &options.paper, &options.paper_width, &options.paper_height))
    return od_cli_usage_error ("export", _("--paper must be A4, A3, A2, A1, A0, letter, legal, tabloid or WIDTHxHEIGHTmm (50 to 5000 mm a side)"));
  if (density != NULL && !od_density_from_string (density, &options.density))
    return od_cli_usage_error ("export", _("--density must be standard, dense or department"));
  if (fit && tile)
    return od_cli_usage_error ("export", _("choose either --fit or --tile"));
  if (report && options.format != OD_EXPORT_FORMAT_PDF)
    return od_cli_usage_error ("export", _("--report needs a .pdf destination"));
  if (!(dpi >= 1 && dpi <= 1440))
    return od_cli_usage_error ("export", _("--dpi must be between 1 and 1440"));
  if (date != NULL && !od_is_valid_date (date))
    return od_cli_usage_error ("export", _("--date must be a date written YYYY-MM-DD"));
  options.date = date;
  options.landscape = landscape;
  options.fit = fit ? OD_EXPORT_FIT_PAGE : tile ? OD_EXPORT_FIT_TILE : OD_EXPORT_FIT_AUTO;
  options.report = report;
  options.dpi = dpi;
  options.transparent = transparent;
  options.rollups = rollups;
  if (pages && options.format != OD_EXPORT_FORMAT_SVG && options.format != OD_EXPORT_FORMAT_PNG)
    return od_cli_usage_error ("export", _("--pages needs a .svg or .png destination"));
  options.pages = pages;

  org = od_cli_load (argv[1], FALSE);
  if (org == NULL)
    return 2;
  if (!od_export_to_file (org, output, &options, NULL, NULL, NULL, &error) ||
      (findings_csv != NULL && !od_findings_csv_write (org, findings_csv, &error)))
    {
      g_printerr ("org-designer-cli: %s\n", error->message);
      return 2;
    }
  return 0;
}
