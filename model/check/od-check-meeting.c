/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-check-meeting.c: the 供产销协调会 needs everyone who has something to
 * report.
 *
 * 《营销前后台协同机制设计》 §3: "销售、采购、生产等部门定期召开协调会。销售部
 * 通报销售进度、市场需求变化、渠道动销与库存、下阶段销售订单及预测等信息；
 * 生产、仓储、物流部门通报生产材料库存品类和数量，近期排产计划、设备维护计划、
 * 发运计划等信息；采购部门通报原物料市场行情与供求变化、价格趋势、供应商变化、
 * 采购周期变化等信息。" */
#include "config.h"

#include <glib/gi18n.h>

#include "od-business.h"
#include "od-check-private.h"
#include "od-sources.h"

#define MEETING "supply-production-sales-meeting"

void
_od_check_meeting (OdCheckContext *ctx)
{
  static const char *const operations[] = { "production", "warehousing", "logistics", NULL };
  const char *business = od_organisation_get_business (ctx->org);
  g_autoptr(GPtrArray) holders = od_organisation_find_holders (ctx->org, MEETING);
  gboolean has_lead = FALSE, sales = FALSE, procurement = FALSE, operation = FALSE;
  g_autoptr(GString) missing = g_string_new (NULL);
  OdUnit *lead = NULL;
  OdFinding *f;

  for (guint i = 0; i < holders->len; i++)
    {
      OdUnit *u = holders->pdata[i];
      const char *area = od_profiles_primary_area (ctx->profiles, u);

      if (od_unit_get_role (u, MEETING) == OD_ROLE_LEAD)
        {
          has_lead = TRUE;
          lead = lead ? lead : u;
        }
      sales |= g_strcmp0 (area, "sales") == 0;
      procurement |= g_strcmp0 (area, "procurement") == 0;
      operation |= area != NULL && g_strv_contains (operations, area);
    }
  /* No meeting held: the missing-function rule speaks for it. */
  if (!has_lead)
    return;
  if (!sales)
    g_string_append (missing, _("sales (progress, demand, channel stock, next orders)"));
  if (!procurement && od_business_needs_area (business, "procurement"))
    {
      if (missing->len > 0)
        g_string_append (missing, _("; "));
      g_string_append (missing, _("procurement (raw-material market, prices, suppliers, lead times)"));
    }
  if (!operation && od_business_needs_area (business, "warehousing"))
    {
      if (missing->len > 0)
        g_string_append (missing, _("; "));
      g_string_append (missing, _("production, warehousing or logistics (stock, schedules, maintenance, shipping)"));
    }
  if (missing->len == 0)
    return;
  f = _od_check_add (ctx, "sps-meeting-incomplete", OD_SEVERITY_WARNING, OD_SOURCE_MECHANISMS,
                     _("At the supply–production–sales meeting sales reports progress, demand, channel stock and coming orders; production, warehousing and logistics report stock, schedules, maintenance and shipping; procurement reports the raw-material market, prices, suppliers and lead times."),
                     _("The supply–production–sales meeting led by “%s” is missing: %s"),
                     od_unit_get_name (lead), missing->str);
  od_finding_add_unit (f, od_unit_get_id (lead));
  od_finding_add_function (f, MEETING);
}
