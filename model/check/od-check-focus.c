/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-check-focus.c: who leads the marketing × sales processes, against the
 * firm's marketing focus and current core task.
 *
 * 《营销前后台协同机制设计》: "在实际运作中，肯定存在由谁主导的问题。这个问题
 * 要考虑两点：一是看企业的营销重心，如果一个企业的营销重心是渠道，就偏重于
 * 销售部；如果企业的营销重心是促销，就偏重于市场部门；二是要看企业当前的核心
 * 任务，如果说当前的核心任务是新品上市，或者是品牌建设，那市场部责任就很大。
 * 如果是扩大市场占有率，那么销售部就很重要。" */
#include "config.h"

#include <glib/gi18n.h>

#include "od-check-private.h"
#include "od-sources.h"

/* The side the focus or the task puts in the lead: "marketing", "sales" or NULL. */
static const char *
side_for_focus (const char *focus)
{
  if (g_strcmp0 (focus, "channel") == 0 || g_strcmp0 (focus, "share-growth") == 0)
    return "sales";
  if (g_strcmp0 (focus, "promotion") == 0 || g_strcmp0 (focus, "brand") == 0 ||
      g_strcmp0 (focus, "new-product") == 0)
    return "marketing";
  return NULL;
}

static const char *
side_for_task (const char *task)
{
  if (g_strcmp0 (task, "share-growth") == 0)
    return "sales";
  if (g_strcmp0 (task, "new-product") == 0 || g_strcmp0 (task, "brand-building") == 0)
    return "marketing";
  return NULL;
}

void
_od_check_focus (OdCheckContext *ctx)
{
  const char *by_focus = side_for_focus (od_organisation_get_focus (ctx->org));
  const char *by_task = side_for_task (od_organisation_get_task (ctx->org));
  const char *expected, *other;
  OdUnit *expected_unit;
  GPtrArray *functions = od_catalog_get_functions (ctx->catalog);
  g_autoptr(GPtrArray) led_by_other = g_ptr_array_new ();
  guint n_processes = 0;
  GString *names;
  OdFinding *f;

  /* Nothing said, or focus and task pull different ways: the text gives
   * two considerations and no rule for weighing one against the other. */
  if (by_focus != NULL && by_task != NULL && !g_str_equal (by_focus, by_task))
    return;
  expected = by_focus ? by_focus : by_task;
  if (expected == NULL)
    return;
  other = g_str_equal (expected, "sales") ? "marketing" : "sales";
  expected_unit = _od_check_unit_for_area (ctx, expected);
  /* One merged 营销部 leads both sides: nothing to weigh. */
  if (expected_unit == NULL || expected_unit == _od_check_unit_for_area (ctx, other))
    return;

  for (guint i = 0; i < functions->len; i++)
    {
      const OdFunction *fn = functions->pdata[i];
      g_autoptr(GPtrArray) holders = NULL;

      if (fn->type != OD_FUNCTION_COLLABORATION || fn->sides[0] == NULL || fn->sides[1] == NULL ||
          fn->sides[2] != NULL || !od_function_has_side (fn, "marketing") || !od_function_has_side (fn, "sales"))
        continue;
      holders = od_organisation_find_holders (ctx->org, fn->id);
      for (guint h = 0; h < holders->len; h++)
        {
          OdUnit *u = holders->pdata[h];

          if (od_unit_get_role (u, fn->id) != OD_ROLE_LEAD)
            continue;
          n_processes++;
          if (g_strcmp0 (od_profiles_primary_area (ctx->profiles, u), other) == 0)
            g_ptr_array_add (led_by_other, (gpointer) fn);
          break;
        }
    }
  /* The expected side leads at least half: it carries the weight. */
  if (n_processes == 0 || led_by_other->len * 2 <= n_processes)
    return;

  names = g_string_new (NULL);
  for (guint i = 0; i < led_by_other->len; i++)
    {
      if (i > 0)
        g_string_append (names, _(", "));
      g_string_append_printf (names, _("“%s”"), ((const OdFunction *) led_by_other->pdata[i])->name[ctx->lang]);
    }
  f = _od_check_add (ctx, "lead-against-focus", OD_SEVERITY_WARNING, OD_SOURCE_MECHANISMS,
                     g_str_equal (expected, "sales")
                     ? _("Who leads the joint processes follows the marketing focus and the current core task: a focus on channels, or growing market share, puts the weight on the sales department.")
                     : _("Who leads the joint processes follows the marketing focus and the current core task: a focus on promotion or brand, a new-product launch or brand building, puts the weight on the marketing department."),
                     g_dngettext (GETTEXT_PACKAGE,
                                  "The focus and core task put “%s” in the lead, yet the other side leads %u of the %u joint process: %s",
                                  "The focus and core task put “%s” in the lead, yet the other side leads %u of the %u joint processes: %s",
                                  n_processes),
                     od_unit_get_name (expected_unit), led_by_other->len, n_processes, names->str);
  g_string_free (names, TRUE);
  od_finding_add_unit (f, od_unit_get_id (expected_unit));
  for (guint i = 0; i < led_by_other->len; i++)
    od_finding_add_function (f, ((const OdFunction *) led_by_other->pdata[i])->id);
  {
    const OdFunction *first = led_by_other->pdata[0];

    f->fix_kind = OD_FIX_SOLE_OWNER;
    f->fix_unit = g_strdup (od_unit_get_id (expected_unit));
    f->fix_function = g_strdup (first->id);
    f->fix_role = OD_ROLE_LEAD;
    f->fix_label = g_strdup_printf (_("Make “%s” the lead of “%s”; the other side takes part"),
                                    od_unit_get_name (expected_unit), first->name[ctx->lang]);
  }
}
