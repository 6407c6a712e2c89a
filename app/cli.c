/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cli.c: org-designer-cli, the command line without a display.
 *
 * Each subcommand lives in its own file; this one sets up the locale and
 * dispatches.  The command names and exit statuses are a contract (see
 * design.md): 0 done, 1 error-level findings, 2 unreadable input or a
 * wrong call.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <glib/gprintf.h>
#include <string.h>

#include "od-atomic-file.h"
#include "od-cli.h"

typedef struct {
  const char *name;
  int (*run) (int argc, char **argv);
  const char *summary;
} Subcommand;

static const Subcommand subcommands[] = {
  { "new", od_cli_new, N_("Create an organisation from a template") },
  { "validate", od_cli_validate, N_("Check that a file follows the format and its references resolve") },
  { "check", od_cli_check, N_("List the boundary findings of an organisation") },
  { "diagnose", od_cli_diagnose, N_("Diagnose the sales–marketing collaboration stage") },
  { "export", od_cli_export, N_("Export a PDF chart or report, an SVG or PNG image") },
  { "import-csv", od_cli_import_csv, N_("Make an organisation from an HR system’s CSV export") },
  { "compare", od_cli_compare, N_("List what changes between two versions of an organisation, or write it as a before/after PDF report") },
};

static int
usage (FILE *stream)
{
  g_fprintf (stream, "%s\n\n", _("Usage: org-designer-cli COMMAND [OPTION…]"));
  g_fprintf (stream, "%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (subcommands); i++)
    g_fprintf (stream, "  %-10s %s\n", subcommands[i].name, _(subcommands[i].summary));
  g_fprintf (stream, "\n%s\n", _("Run “org-designer-cli COMMAND --help” for a command’s options."));
  return stream == stdout ? 0 : 2;
}

int
main (int    argc,
      char **argv)
{
  const char *localedir = g_getenv ("OD_LOCALEDIR");

  setlocale (LC_ALL, "");
  /* OD_LOCALEDIR lets the test suite use the catalogs in the build tree. */
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  od_cli_setup_output ();
  /* A kill or a file-size limit mid-write leaves no temporary behind. */
  od_atomic_file_install_signal_cleanup ();

  if (argc < 2)
    return usage (stderr);
  if (strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0 || strcmp (argv[1], "help") == 0)
    return usage (stdout);
  if (strcmp (argv[1], "--version") == 0)
    {
      g_print ("org-designer-cli %s\n", PACKAGE_VERSION);
      return 0;
    }
  for (guint i = 0; i < G_N_ELEMENTS (subcommands); i++)
    if (strcmp (argv[1], subcommands[i].name) == 0)
      return subcommands[i].run (argc - 1, argv + 1);

  g_printerr (_("org-designer-cli: unknown command “%s”"), argv[1]);
  g_printerr ("\n");
  return usage (stderr);
}
