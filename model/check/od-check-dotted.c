/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-check-dotted.c: dotted lines for marketing work need the two leaders'
 * agreement.
 *
 * 《全员营销与内部支撑》: "双重领导之间约定，非营销人员，每个人每天拿出2个小时
 * 左右的时间，来从事跟营销有关的工作。那些工作内容和跟进由营销部门来进行，
 * 主要职能的领导负责协调相关时间" and "企业需要额外拿出相应的资金对这种工作
 * 进行奖励…这个制度化建设也是全员营销机制的核心": how many hours, who
 * directs the work, and the reward. */
#include "config.h"

#include <glib/gi18n.h>

#include "od-check-private.h"
#include "od-sources.h"

static gboolean
is_front (OdCheckContext *ctx,
          OdUnit         *unit)
{
  const char *area = od_profiles_primary_area (ctx->profiles, unit);

  return g_strcmp0 (area, "marketing") == 0 || g_strcmp0 (area, "sales") == 0;
}

void
_od_check_dotted (OdCheckContext *ctx)
{
  GPtrArray *lines = od_organisation_get_dotted_lines (ctx->org);

  for (guint i = 0; i < lines->len; i++)
    {
      const OdDottedLine *line = lines->pdata[i];
      OdUnit *from = od_organisation_lookup_unit (ctx->org, line->from);
      OdUnit *to = od_organisation_lookup_unit (ctx->org, line->to);
      g_autoptr(GString) missing = NULL;
      OdFinding *f;

      /* Staff of a non-marketing unit giving time to marketing work. */
      if (from == NULL || to == NULL || is_front (ctx, from) || !is_front (ctx, to))
        continue;
      missing = g_string_new (NULL);
      if (line->hours == NULL)
        g_string_append (missing, _("how many hours a day"));
      if (line->directed_by == NULL)
        {
          if (missing->len > 0)
            g_string_append (missing, _(", "));
          g_string_append (missing, _("who directs the work"));
        }
      if (line->reward == NULL)
        {
          if (missing->len > 0)
            g_string_append (missing, _(", "));
          g_string_append (missing, _("the reward"));
        }
      if (missing->len == 0)
        continue;
      f = _od_check_add (ctx, "dotted-line-agreement", OD_SEVERITY_WARNING, OD_SOURCE_ALL_STAFF,
                         _("Staff who give part of their day to marketing work answer to two leaders; the agreement between the two on the hours, on who directs the work and on the reward is the core of the mechanism."),
                         _("The dotted line from “%s” to “%s” has no agreement on %s"),
                         od_unit_get_name (from), od_unit_get_name (to), missing->str);
      od_finding_add_unit (f, od_unit_get_id (from));
      od_finding_add_unit (f, od_unit_get_id (to));
    }
}
