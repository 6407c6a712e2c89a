/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cli-diagnose.c: org-designer-cli diagnose FILE [--format text|json]: the
 * sales–marketing collaboration stage, with its reasons, evidence,
 * contradictions, next moves and the conflict-cause checklist; exit 0, or
 * 2 when the file cannot be read. */
#include "config.h"

#include <glib/gi18n.h>

#include "od-cli.h"
#include "od-cli-diagnose.h"

int
od_cli_diagnose (int    argc,
                 char **argv)
{
  g_autoptr(OdOrganisation) org = NULL;
  g_autoptr(OdDiagnosis) diagnosis = NULL;
  gboolean json = FALSE;

  org = od_cli_load_report (argc, argv, "diagnose",
                            _("Diagnose how far sales and marketing collaborate in FILE (Undefined, Defined, Aligned, Integrated): the questionnaire's scores, the evidence in the structure, contradictions, next moves and the causes of conflict."),
                            &json);
  if (org == NULL)
    return 2;
  diagnosis = od_diagnosis_run (org);
  if (json)
    od_cli_diagnose_print_json (diagnosis);
  else
    od_cli_diagnose_print_text (diagnosis);
  return 0;
}
