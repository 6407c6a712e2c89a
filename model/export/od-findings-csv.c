/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-findings-csv.c: the findings as CSV. */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "od-atomic-file.h"
#include "od-catalog.h"
#include "od-check.h"
#include "od-export.h"
#include "od-findings-csv.h"
#include "od-report-private.h"

static void
append_field (GString    *out,
              const char *value,
              gboolean    last)
{
  if (value == NULL)
    value = "";
  /* A field that could be read as a formula is quoted as text with a
   * leading apostrophe (a cell starting "=" runs in a spreadsheet). */
  if (strchr ("=+-@", value[0]) != NULL && value[0] != '\0')
    g_string_append_c (out, '\'');
  if (strpbrk (value, ",\"\r\n") != NULL)
    {
      g_string_append_c (out, '"');
      for (const char *p = value; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
    }
  else
    g_string_append (out, value);
  g_string_append (out, last ? "\r\n" : ",");
}

static char *
join_units (OdOrganisation *org,
            GStrv           ids,
            gboolean        names)
{
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      OdUnit *unit = names ? od_organisation_lookup_unit (org, ids[i]) : NULL;

      if (i > 0)
        g_string_append (s, "; ");
      g_string_append (s, unit != NULL ? od_unit_get_name (unit) : ids[i]);
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static char *
join_functions (GStrv    ids,
                gboolean names)
{
  g_autoptr(GString) s = g_string_new (NULL);
  OdLang lang = od_lang_for_user ();

  for (guint i = 0; ids[i] != NULL; i++)
    {
      const OdFunction *f = names ? od_catalog_lookup_function (od_catalog_get_default (), ids[i]) : NULL;

      if (i > 0)
        g_string_append (s, "; ");
      g_string_append (s, f != NULL ? f->name[lang] : ids[i]);
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

gboolean
od_findings_csv_write (OdOrganisation *org,
                       const char     *path,
                       GError        **error)
{
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GString) out = g_string_new ("\xEF\xBB\xBF");
  g_autoptr(OdAtomicFile) file = NULL;
  g_autofree char *name = NULL;
  const char *header[] = {
    _("Rule"), _("Rule name"), _("Severity"), _("Unit ids"), _("Units"), _("Function ids"), _("Functions"),
    _("Finding"), _("Fix"), _("Reason"), _("Accepted as an exception"),
  };

  g_return_val_if_fail (OD_IS_ORGANISATION (org) && path != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (header); i++)
    append_field (out, header[i], i + 1 == G_N_ELEMENTS (header));
  findings = od_check_run (org);
  for (guint i = 0; i < findings->len; i++)
    {
      const OdFinding *f = findings->pdata[i];
      g_autofree char *unit_ids = join_units (org, f->units, FALSE);
      g_autofree char *unit_names = join_units (org, f->units, TRUE);
      g_autofree char *function_ids = join_functions (f->functions, FALSE);
      g_autofree char *function_names = join_functions (f->functions, TRUE);

      append_field (out, f->rule, FALSE);
      append_field (out, _od_report_rule_name (f->rule), FALSE);
      append_field (out, od_severity_get_display_name (f->severity), FALSE);
      append_field (out, unit_ids, FALSE);
      append_field (out, unit_names, FALSE);
      append_field (out, function_ids, FALSE);
      append_field (out, function_names, FALSE);
      append_field (out, f->message, FALSE);
      append_field (out, f->fix_label, FALSE);
      append_field (out, f->reason, FALSE);
      append_field (out, f->accepted ? (f->acceptance_reason != NULL ? f->acceptance_reason : _("yes")) : "", TRUE);
    }

  name = g_filename_display_name (path);
  file = od_atomic_file_open (path, name, _("was not exported"), OD_EXPORT_ERROR, OD_EXPORT_ERROR_WRITE, error);
  if (file == NULL)
    return FALSE;
  if (!od_atomic_file_write (file, out->str, out->len, error))
    return FALSE;
  return od_atomic_file_commit (g_steal_pointer (&file), FALSE, error);
}
