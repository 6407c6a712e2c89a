/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cli-check.c: org-designer-cli check FILE [--format text|json]: the
 * boundary findings; exit 0 with no error-level findings, 1 with some,
 * 2 when the file cannot be read. */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "od-check.h"
#include "od-cli.h"

static void
print_json (GPtrArray *findings)
{
  g_autoptr(JsonBuilder) builder = od_cli_json_begin ();

  json_builder_set_member_name (builder, "findings");
  json_builder_begin_array (builder);
  for (guint i = 0; i < findings->len; i++)
    {
      const OdFinding *f = findings->pdata[i];

      json_builder_begin_object (builder);
      od_cli_json_string (builder, "rule", f->rule);
      od_cli_json_string (builder, "severity", od_severity_to_string (f->severity));
      od_cli_json_strv (builder, "units", (const char * const *) f->units);
      od_cli_json_strv (builder, "functions", (const char * const *) f->functions);
      od_cli_json_string (builder, "message", f->message);
      od_cli_json_string (builder, "reason", f->reason);
      od_cli_json_string (builder, "fix", f->fix_label);
      json_builder_set_member_name (builder, "accepted");
      json_builder_add_boolean_value (builder, f->accepted);
      od_cli_json_string (builder, "acceptance_reason", f->acceptance_reason);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  od_cli_json_print (builder);
}

static void
print_text (GPtrArray *findings)
{
  if (findings->len == 0)
    {
      g_print ("%s\n", _("No findings: the department boundaries follow the sources for this firm size."));
      return;
    }
  for (guint i = 0; i < findings->len; i++)
    {
      const OdFinding *f = findings->pdata[i];

      /* One finding per line: severity, rule, message, and how to fix it. */
      g_print ("%s [%s] %s", od_severity_get_display_name (f->severity), f->rule, f->message);
      if (f->fix_label != NULL)
        /* Translators: after a finding, the change that fixes it ("。建议：%s" in Chinese) */
        g_print (_(". Suggestion: %s"), f->fix_label);
      if (f->accepted)
        /* Translators: after a finding the user accepted, their reason */
        g_print (_(" (accepted: %s)"), f->acceptance_reason);
      g_print ("\n");
    }
}

int
od_cli_check (int    argc,
              char **argv)
{
  g_autoptr(OdOrganisation) org = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  gboolean json = FALSE;

  org = od_cli_load_report (argc, argv, "check",
                            _("List where the department boundaries of FILE go against the sources: duplicated and missing functions, misplaced structure, concentration of power, spans and layers."),
                            &json);
  if (org == NULL)
    return 2;
  findings = od_check_run (org);
  if (json)
    print_json (findings);
  else
    print_text (findings);
  return od_check_count (findings, OD_SEVERITY_ERROR) > 0 ? 1 : 0;
}
