/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-check-power.c: one unit too powerful (seed 000 cause 3: 导致某一部门
 * 权力过大): holding both the control and the execution side of a process,
 * or far more exclusive functions than any other unit. */
#include "config.h"

#include <glib/gi18n.h>

#include "od-check-private.h"
#include "od-sources.h"

/* A unit holding more than a whole department's share of the catalog (市场部,
 * 销售部 and 销管部 each own 9–10 functions) and more than twice as many as
 * the next unit has grown beyond one department's job.  A small firm's
 * merged 营销部 is prescribed by seed 001 and exempt. */
#define POWER_MIN_FUNCTIONS 12
#define POWER_RATIO 2

static void
check_control_and_execution (OdCheckContext *ctx)
{
  for (guint u = 0; u < ctx->units->len; u++)
    {
      OdUnit *unit = ctx->units->pdata[u];

      for (guint i = 0; i < od_unit_get_n_assignments (unit); i++)
        {
          const OdAssignment *a = od_unit_get_assignment (unit, i);
          const OdFunction *control = od_catalog_lookup_function (ctx->catalog, a->function_id);
          OdUnit *keeper;
          OdFinding *f;

          if (control == NULL || control->controls == NULL || a->role != OD_ROLE_OWNER ||
              od_unit_get_role (unit, control->controls) != OD_ROLE_OWNER)
            continue;
          /* 《营销前后台发生冲突的原因》 3: "不按照专业归属，导致某一部门权力过大" */
          f = _od_check_add (ctx, "power-concentration", OD_SEVERITY_WARNING, OD_SOURCE_CAUSES,
                             _("A unit that both does the work and controls it checks itself; posts not grouped by their profession make one department too powerful. The control side belongs to another unit."),
                             _("“%s” both does “%s” and controls it through “%s”"),
                             od_unit_get_name (unit), _od_check_function_name (ctx, control->controls),
                             control->name[ctx->lang]);
          od_finding_add_unit (f, od_unit_get_id (unit));
          od_finding_add_function (f, control->id);
          od_finding_add_function (f, control->controls);
          keeper = _od_check_unit_for_area (ctx, control->area);
          if (keeper != NULL && keeper != unit)
            {
              f->fix_kind = OD_FIX_SOLE_OWNER;
              f->fix_unit = g_strdup (od_unit_get_id (keeper));
              f->fix_function = g_strdup (control->id);
              f->fix_role = OD_ROLE_OWNER;
              f->fix_label = g_strdup_printf (_("Give “%s” to “%s”"), control->name[ctx->lang], od_unit_get_name (keeper));
            }
        }
    }
}

static void
check_too_many (OdCheckContext *ctx)
{
  OdUnit *first = NULL;
  guint most = 0, second = 0;
  OdFinding *f;

  for (guint u = 0; u < ctx->units->len; u++)
    {
      OdUnit *unit = ctx->units->pdata[u];
      guint n = od_profiles_total (ctx->profiles, unit);

      if (n > most)
        {
          second = most;
          most = n;
          first = unit;
        }
      else if (n > second)
        second = n;
    }
  if (first == NULL || most < POWER_MIN_FUNCTIONS || most <= POWER_RATIO * second)
    return;
  if (od_organisation_get_size (ctx->org) == OD_SIZE_SMALL && od_profiles_is_merged (ctx->profiles, first))
    return;
  f = _od_check_add (ctx, "power-concentration", OD_SEVERITY_WARNING, OD_SOURCE_CAUSES,
                     _("When posts are set up on a whim one department grows too powerful, and processes and resources split around it. The threshold (more than twice any other unit) is the product's own judgement."),
                     _("“%s” owns %u functions, more than twice as many as any other unit (%u)"),
                     od_unit_get_name (first), most, second);
  od_finding_add_unit (f, od_unit_get_id (first));
}

void
_od_check_power (OdCheckContext *ctx)
{
  check_control_and_execution (ctx);
  check_too_many (ctx);
}
