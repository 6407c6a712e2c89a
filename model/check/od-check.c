/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-check.c: runs the rule families and marks accepted findings. */
#include "config.h"

#include <glib/gi18n.h>

#include "od-check-private.h"
#include "od-sources.h"

char *
_od_check_cite (const char *reason,
                const char *source)
{
  const OdSource *s = od_sources_lookup (source);

  if (s == NULL)
    return g_strdup (reason);
  /* Translators: a finding's reason, then the title of the text it rests on */
  return g_strdup_printf (_("%s (Source: %s)"), reason, od_source_get_title (s, od_lang_for_user ()));
}

OdFinding *
_od_check_add (OdCheckContext *ctx,
               const char     *rule,
               OdSeverity      severity,
               const char     *source,
               const char     *reason,
               const char     *format,
               ...)
{
  g_autofree char *cited = _od_check_cite (reason, source);
  OdFinding *finding = od_finding_new (rule, severity, cited);
  va_list args;

  finding->source = source;
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

void
_od_check_context_init (OdCheckContext *ctx,
                        OdOrganisation *org,
                        GPtrArray      *findings)
{
  *ctx = (OdCheckContext) { 0 };
  ctx->org = org;
  ctx->catalog = od_catalog_get_default ();
  ctx->profiles = od_profiles_new (org);
  /* One walk of the tree: the profiles made the list already. */
  ctx->units = g_ptr_array_ref (od_profiles_get_units (ctx->profiles));
  ctx->findings = findings;
  ctx->lang = od_lang_for_user ();
}

void
_od_check_context_clear (OdCheckContext *ctx)
{
  g_clear_pointer (&ctx->profiles, od_profiles_free);
  g_clear_pointer (&ctx->units, g_ptr_array_unref);
}

const OdAcceptance *
_od_check_find_acceptance (OdOrganisation  *org,
                           const OdFinding *finding)
{
  g_autofree char *units = NULL;
  g_autofree char *functions = NULL;

  /* Most documents accept nothing: skip the lookups then. */
  if (od_organisation_get_acceptances (org)->len == 0)
    return NULL;
  units = od_finding_dup_unit_list (finding);
  functions = od_finding_dup_function_list (finding);
  return od_organisation_find_acceptance (org, finding->rule, units, functions);
}

void
_od_check_mark_accepted (OdOrganisation *org,
                         GPtrArray      *findings)
{
  for (guint i = 0; i < findings->len; i++)
    {
      OdFinding *f = findings->pdata[i];
      const OdAcceptance *a = _od_check_find_acceptance (org, f);

      f->accepted = a != NULL;
      g_free (f->acceptance_reason);
      f->acceptance_reason = a ? g_strdup (a->reason) : NULL;
    }
}

GPtrArray *
od_check_run (OdOrganisation *org)
{
  OdCheckContext ctx;
  GPtrArray *findings;

  g_return_val_if_fail (OD_IS_ORGANISATION (org), NULL);

  findings = g_ptr_array_new_with_free_func ((GDestroyNotify) od_finding_free);
  _od_check_context_init (&ctx, org, findings);
  _od_check_functions (&ctx);
  _od_check_structure (&ctx);
  _od_check_power (&ctx);
  _od_check_layers (&ctx);
  _od_check_focus (&ctx);
  _od_check_dotted (&ctx);
  _od_check_meeting (&ctx);
  _od_check_coordination (&ctx);
  for (guint u = 0; u < ctx.units->len; u++)
    {
      _od_check_unit_functions (&ctx, ctx.units->pdata[u]);
      _od_check_unit_shape (&ctx, ctx.units->pdata[u]);
    }
  _od_check_mark_accepted (org, findings);
  _od_check_context_clear (&ctx);
  return findings;
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
