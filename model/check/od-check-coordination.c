/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-check-coordination.c: work coordination sheets and the 313 rule's
 * plans, checked as records rather than ticks.
 *
 * 《营销前后台协同机制设计》: "部门间合作必须采用工作协调单的形式,包括协同的
 * 工作要求、完成时间、评估标准和责任人,而且必须由双方负责人签字,明确工作协同
 * 的责任与权力界定,以及相关的奖惩措施": each sheet needs all of these and
 * both heads' signatures, between two departments.
 *
 * 《某某软件公司市场部与销售部协调之道》: "坚持313原则,即:勾勒3年市场增长点与
 * 需求变化点;预测1年重点目标市场及市场成本控制;指导3个月市场活动及费用预算"
 * and "没有足够量化信息的支持,313计划是站不住脚的": three plans, each resting
 * on figures. */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "od-check-private.h"
#include "od-coordination.h"
#include "od-sources.h"

#define SHEET_MECHANISM "work-coordination-form"
#define RULE_313        "rule-313"

static const char *
sheet_title (const OdCoordinationSheet *sheet)
{
  return sheet->requirement != NULL ? sheet->requirement : sheet->id;
}

static void
add_existing_units (OdCheckContext            *ctx,
                    OdFinding                 *f,
                    const OdCoordinationSheet *sheet)
{
  for (guint side = 0; side < OD_N_SHEET_SIDES; side++)
    if (sheet->unit[side] != NULL && od_organisation_lookup_unit (ctx->org, sheet->unit[side]) != NULL &&
        (side == 0 || g_strcmp0 (sheet->unit[0], sheet->unit[1]) != 0))
      od_finding_add_unit (f, sheet->unit[side]);
}

static void
append_item (GString    *list,
             const char *item)
{
  if (list->len > 0)
    g_string_append (list, _(", "));
  g_string_append (list, item);
}

static void
check_fields (OdCheckContext            *ctx,
              const OdCoordinationSheet *sheet)
{
  OdSheetLacks lacks = od_coordination_sheet_get_lacks (sheet);
  g_autoptr(GString) missing = g_string_new (NULL);
  OdFinding *f;

  if (lacks == 0)
    return;
  if (lacks & OD_SHEET_LACKS_UNITS)
    append_item (missing, _("the two departments"));
  if (lacks & OD_SHEET_LACKS_REQUIREMENT)
    append_item (missing, _("the work required"));
  if (lacks & OD_SHEET_LACKS_DEADLINE)
    append_item (missing, _("the deadline"));
  if (lacks & OD_SHEET_LACKS_STANDARD)
    append_item (missing, _("the evaluation standard"));
  if (lacks & OD_SHEET_LACKS_RESPONSIBLE)
    append_item (missing, _("the responsible person"));
  if (lacks & OD_SHEET_LACKS_REWARDS)
    append_item (missing, _("the rewards and penalties"));
  f = _od_check_add (ctx, "coordination-sheet-incomplete", OD_SEVERITY_WARNING, OD_SOURCE_MECHANISMS,
                     _("Work between departments goes on a coordination sheet that states the work required, the deadline, the evaluation standard and the responsible person, with the rewards and penalties; a sheet without them settles nothing when the work is late or poor."),
                     _("The coordination sheet “%s” does not state %s"), sheet_title (sheet), missing->str);
  f->fix_label = g_strdup_printf (_("Fill in %s on the sheet"), missing->str);
  add_existing_units (ctx, f, sheet);
}

static void
check_signatures (OdCheckContext            *ctx,
                  const OdCoordinationSheet *sheet)
{
  const char *reason = _("Both heads sign the coordination sheet: the signatures fix who is responsible for what and with what authority.");
  gboolean from = sheet->signature[OD_SHEET_FROM].is_signed;
  gboolean to = sheet->signature[OD_SHEET_TO].is_signed;
  OdFinding *f;

  if (from && to)
    return;
  if (from || to)
    {
      OdSheetSide missing = from ? OD_SHEET_TO : OD_SHEET_FROM;
      OdUnit *unit = sheet->unit[missing] ? od_organisation_lookup_unit (ctx->org, sheet->unit[missing]) : NULL;
      const char *name = unit ? od_unit_get_name (unit) : (sheet->unit[missing] ? sheet->unit[missing] : "—");

      f = _od_check_add (ctx, "coordination-sheet-one-signature", OD_SEVERITY_WARNING, OD_SOURCE_MECHANISMS, reason,
                         missing == OD_SHEET_TO
                         ? _("The coordination sheet “%s” is signed only by the requesting side; the head of “%s”, who does the work, has not signed")
                         : _("The coordination sheet “%s” is signed only by the performing side; the head of “%s”, who asked for the work, has not signed"),
                         sheet_title (sheet), name);
      f->fix_label = g_strdup_printf (_("Have the head of “%s” sign the sheet"), name);
    }
  else
    {
      f = _od_check_add (ctx, "coordination-sheet-unsigned", OD_SEVERITY_WARNING, OD_SOURCE_MECHANISMS, reason,
                         _("Neither head has signed the coordination sheet “%s”"), sheet_title (sheet));
      f->fix_label = g_strdup (_("Have both heads sign the sheet"));
    }
  add_existing_units (ctx, f, sheet);
}

static void
check_units (OdCheckContext            *ctx,
             const OdCoordinationSheet *sheet)
{
  const char *reason = _("A coordination sheet governs work between two departments: the one that asks and the one that does it.");
  OdFinding *f;

  for (guint side = 0; side < OD_N_SHEET_SIDES; side++)
    if (sheet->unit[side] != NULL && od_organisation_lookup_unit (ctx->org, sheet->unit[side]) == NULL)
      {
        f = _od_check_add (ctx, "coordination-sheet-unknown-unit", OD_SEVERITY_WARNING, OD_SOURCE_MECHANISMS, reason,
                           _("The coordination sheet “%s” names the unit “%s”, which is not in the chart"),
                           sheet_title (sheet), sheet->unit[side]);
        f->fix_label = g_strdup (_("Choose the departments on the sheet again"));
        add_existing_units (ctx, f, sheet);
        return;
      }
  if (sheet->unit[OD_SHEET_FROM] != NULL && g_strcmp0 (sheet->unit[OD_SHEET_FROM], sheet->unit[OD_SHEET_TO]) == 0)
    {
      OdUnit *unit = od_organisation_lookup_unit (ctx->org, sheet->unit[OD_SHEET_FROM]);

      f = _od_check_add (ctx, "coordination-sheet-same-unit", OD_SEVERITY_WARNING, OD_SOURCE_MECHANISMS, reason,
                         _("The coordination sheet “%s” runs from “%s” to itself; work inside one department needs no sheet"),
                         sheet_title (sheet), od_unit_get_name (unit));
      f->fix_label = g_strdup (_("Name the other department on the sheet"));
      add_existing_units (ctx, f, sheet);
    }
}

static void
check_313 (OdCheckContext *ctx)
{
  GPtrArray *plans = od_organisation_get_plans (ctx->org);
  g_autoptr(GString) missing = g_string_new (NULL);
  g_autoptr(GString) unquantified = g_string_new (NULL);
  OdFinding *f;

  /* Ticked, or begun: either way the rule is three plans. */
  if (od_organisation_find_mechanism (ctx->org, RULE_313) == NULL && plans->len == 0)
    return;
  for (OdHorizon h = 0; h < OD_N_HORIZONS; h++)
    {
      const OdPlanHorizon *plan = od_organisation_find_plan (ctx->org, h);

      if (plan == NULL || plan->summary == NULL)
        append_item (missing, od_horizon_get_display_name (h));
      else if (plan->basis == NULL)
        append_item (unquantified, od_horizon_get_display_name (h));
    }
  if (missing->len > 0)
    {
      f = _od_check_add (ctx, "rule-313-horizon-missing", OD_SEVERITY_WARNING, OD_SOURCE_DUAL_TRACK,
                         _("The 313 rule is three plans that hang together: growth points and changes in demand over three years, key target markets and cost control for one year, activities and their budget for three months."),
                         _("The 313 planning rule lacks %s"), missing->str);
      f->fix_label = g_strdup_printf (_("Record %s: what it plans, for which period, and who draws it up"), missing->str);
    }
  if (unquantified->len > 0)
    {
      f = _od_check_add (ctx, "rule-313-unquantified", OD_SEVERITY_INFO, OD_SOURCE_DUAL_TRACK,
                         _("Without enough quantified information behind it, a 313 plan does not stand."),
                         _("The %s of the 313 rule does not say what figures it rests on"), unquantified->str);
      f->fix_label = g_strdup (_("Note the market data, sales figures or cost records each plan is drawn from"));
    }
}

void
_od_check_coordination (OdCheckContext *ctx)
{
  GPtrArray *sheets = od_organisation_get_sheets (ctx->org);

  for (guint i = 0; i < sheets->len; i++)
    {
      const OdCoordinationSheet *sheet = sheets->pdata[i];

      check_units (ctx, sheet);
      check_fields (ctx, sheet);
      check_signatures (ctx, sheet);
    }
  /* Ticked but nothing to show for it: the mechanism is a claim. */
  if (od_organisation_find_mechanism (ctx->org, SHEET_MECHANISM) != NULL && sheets->len == 0)
    {
      OdFinding *f = _od_check_add (ctx, "coordination-sheets-unrecorded", OD_SEVERITY_WARNING, OD_SOURCE_MECHANISMS,
                                    _("Collaboration between departments must take the form of coordination sheets; the mechanism is only as real as the sheets that exist."),
                                    "%s", _("Work coordination sheets are listed as a mechanism, but no sheet is recorded"));
      f->fix_label = g_strdup (_("Record the coordination sheets in use (main menu ▸ Coordination Sheets and 313 Plans)"));
    }
  check_313 (ctx);
}
