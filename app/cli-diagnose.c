/* cli-diagnose.c: org-designer-cli diagnose FILE [--format text|json]: the
 * sales–marketing collaboration stage, with its reasons, evidence,
 * contradictions, next moves and the conflict-cause checklist; exit 0, or
 * 2 when the file cannot be read. */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "od-cli.h"
#include "od-cli-diagnose.h"

int
od_cli_diagnose (int    argc,
                 char **argv)
{
  g_autofree char *format = NULL;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, N_("Output format: text (default) or json"), "FORMAT" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE"));
  g_autoptr(OdOrganisation) org = NULL;
  g_autoptr(OdDiagnosis) diagnosis = NULL;

  g_option_context_set_summary (context, _("Diagnose how far sales and marketing collaborate in FILE (Undefined, Defined, Aligned, Integrated): the questionnaire's scores, the evidence in the structure, contradictions, next moves and the causes of conflict."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!od_cli_parse (context, &argc, &argv))
    return 2;
  if (format != NULL && strcmp (format, "text") != 0 && strcmp (format, "json") != 0)
    return od_cli_usage_error ("diagnose", _("--format must be text or json"));
  if (argc != 2)
    return od_cli_usage_error ("diagnose", _("name exactly one file"));
  org = od_cli_load (argv[1], FALSE);
  if (org == NULL)
    return 2;
  diagnosis = od_diagnosis_run (org);
  if (g_strcmp0 (format, "json") == 0)
    od_cli_diagnose_print_json (diagnosis);
  else
    od_cli_diagnose_print_text (diagnosis);
  return 0;
}
