/* cli-check.c: org-designer-cli check FILE [--format text|json]: the
 * boundary findings; exit 0 with no error-level findings, 1 with some,
 * 2 when the file cannot be read. */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "od-check.h"
#include "od-cli.h"

static void
append_string_array (GString     *out,
                     const GStrv  list)
{
  g_string_append_c (out, '[');
  for (guint i = 0; list[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      od_cli_append_json_string (out, list[i]);
    }
  g_string_append_c (out, ']');
}

static void
print_json (GPtrArray *findings)
{
  GString *out = g_string_new ("{\"findings\": [");

  for (guint i = 0; i < findings->len; i++)
    {
      const OdFinding *f = findings->pdata[i];

      g_string_append (out, i ? ",\n  {" : "\n  {");
      g_string_append (out, "\"rule\": ");
      od_cli_append_json_string (out, f->rule);
      g_string_append (out, ", \"severity\": ");
      od_cli_append_json_string (out, od_severity_to_string (f->severity));
      g_string_append (out, ", \"units\": ");
      append_string_array (out, f->units);
      g_string_append (out, ", \"functions\": ");
      append_string_array (out, f->functions);
      g_string_append (out, ", \"message\": ");
      od_cli_append_json_string (out, f->message);
      g_string_append (out, ", \"reason\": ");
      od_cli_append_json_string (out, f->reason);
      g_string_append (out, ", \"fix\": ");
      od_cli_append_json_string (out, f->fix_label);
      g_string_append_printf (out, ", \"accepted\": %s", f->accepted ? "true" : "false");
      g_string_append (out, ", \"acceptance_reason\": ");
      od_cli_append_json_string (out, f->acceptance_reason);
      g_string_append_c (out, '}');
    }
  g_string_append (out, findings->len ? "\n]}\n" : "]}\n");
  g_print ("%s", out->str);
  g_string_free (out, TRUE);
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
