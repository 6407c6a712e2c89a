/* od-check.c: runs the rule families and marks accepted findings. */
#include "config.h"

#include <glib/gi18n.h>

#include "od-check-private.h"

OdFinding *
_od_check_add (OdCheckContext *ctx,
               const char     *rule,
               OdSeverity      severity,
               const char     *reason,
               const char     *format,
               ...)
{
  OdFinding *finding = od_finding_new (rule, severity, reason);
  va_list args;

  va_start (args, format);
  finding->message = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (ctx->findings, finding);
  return finding;
}

const char *
_od_check_function_name (OdCheckContext *ctx,
                         const char     *function_id)
{
  const OdFunction *f = od_catalog_lookup_function (ctx->catalog, function_id);
  return f ? f->name[ctx->lang] : function_id;
}

OdUnit *
_od_check_unit_for_area (OdCheckContext *ctx,
                         const char     *area)
{
  return od_profiles_main_unit (ctx->profiles, area);
}

GPtrArray *
od_check_run (OdOrganisation *org)
{
  OdCheckContext ctx = { 0 };

  g_return_val_if_fail (OD_IS_ORGANISATION (org), NULL);

  ctx.org = org;
  ctx.catalog = od_catalog_get_default ();
  ctx.profiles = od_profiles_new (org);
  ctx.units = od_organisation_list_units (org);
  ctx.findings = g_ptr_array_new_with_free_func ((GDestroyNotify) od_finding_free);
  ctx.lang = od_lang_for_user ();

  _od_check_functions (&ctx);
  _od_check_structure (&ctx);
  _od_check_power (&ctx);
  _od_check_shape (&ctx);

  for (guint i = 0; i < ctx.findings->len; i++)
    {
      OdFinding *f = ctx.findings->pdata[i];
      g_autofree char *units = od_finding_dup_unit_list (f);
      g_autofree char *functions = od_finding_dup_function_list (f);
      const OdAcceptance *a = od_organisation_find_acceptance (org, f->rule, units, functions);

      if (a != NULL)
        {
          f->accepted = TRUE;
          f->acceptance_reason = g_strdup (a->reason);
        }
    }
  od_profiles_free (ctx.profiles);
  g_ptr_array_unref (ctx.units);
  return ctx.findings;
}

guint
od_check_count (GPtrArray  *findings,
                OdSeverity  severity)
{
  guint n = 0;

  for (guint i = 0; i < findings->len; i++)
    {
      const OdFinding *f = findings->pdata[i];
      n += f->severity == severity && !f->accepted;
    }
  return n;
}

int
od_check_worst_for_unit (GPtrArray  *findings,
                         const char *unit_id)
{
  int worst = -1;

  for (guint i = 0; i < findings->len; i++)
    {
      const OdFinding *f = findings->pdata[i];
      if (!f->accepted && g_strv_contains ((const char * const *) f->units, unit_id))
        worst = MAX (worst, (int) f->severity);
    }
  return worst;
}
