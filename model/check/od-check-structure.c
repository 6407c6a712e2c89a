/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-check-structure.c: the structure against seed 001's prescription for
 * the declared firm size (domain.md §1), judged by the functions units own:
 *   small  — one merged 营销部; 销管 under it; supply units under 生产部;
 *   medium — the CEO directly over 市场部 and 销售部; 销管部 beside 销售部;
 *            采购部 under the CEO; 仓储/物流 under 生产部;
 *   large  — a 营销总部 over 市场部, 销售部 and 销管部; 采购, 生产, 仓储,
 *            物流 separate under one supply-chain head.
 * Plus units beside the one reporting tree (orphans). */
#include "config.h"

#include <glib/gi18n.h>

#include "od-check-private.h"
#include "od-business.h"
#include "od-sources.h"

/* 《营销前后台协同机制设计》, 设计组织结构 in each of its three parts. */
static const char *
reason_for (OdSize size)
{
  switch (size)
    {
    case OD_SIZE_SMALL:
      return _("A small firm merges marketing and sales into one marketing department (营销部), keeps sales administration as a unit under it, and puts purchasing, production, warehousing and logistics under the production department (生产部).");
    case OD_SIZE_MEDIUM:
      return _("In a medium firm the chief executive manages the marketing department (市场部) and the sales department (销售部) directly, with fewer layers; sales administration (销管部) sits beside sales; purchasing reports to the chief executive and the production department holds warehousing and logistics.");
    case OD_SIZE_LARGE:
    default:
      return _("A large firm integrates marketing, sales and sales administration under a marketing headquarters (营销总部), and keeps purchasing, production, warehousing and logistics as separate departments under one supply-chain head.");
    }
}

static OdFinding *
misplaced (OdCheckContext *ctx,
           OdSeverity      severity,
           const char     *format,
           ...) G_GNUC_PRINTF (3, 4);

static OdFinding *
misplaced (OdCheckContext *ctx,
           OdSeverity      severity,
           const char     *format,
           ...)
{
  OdFinding *f;
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  f = _od_check_add (ctx, "misplaced-structure", severity, OD_SOURCE_MECHANISMS,
                     reason_for (od_organisation_get_size (ctx->org)), "%s", message);
  return f;
}

static void
set_move (OdFinding  *f,
          OdUnit     *unit,
          OdUnit     *target)
{
  f->fix_kind = OD_FIX_MOVE_UNIT;
  f->fix_unit = g_strdup (od_unit_get_id (unit));
  f->fix_target = target ? g_strdup (od_unit_get_id (target)) : NULL;
  f->fix_label = target ? g_strdup_printf (_("Move “%s” under “%s”"), od_unit_get_name (unit), od_unit_get_name (target))
                        : g_strdup_printf (_("Move “%s” to the top"), od_unit_get_name (unit));
}

/* "@unit should report to @expected": a finding with the move as its fix. */
static void
expect_parent (OdCheckContext *ctx,
               OdUnit         *unit,
               OdUnit         *expected,
               const char     *format)
{
  OdFinding *f;

  if (unit == NULL || expected == NULL || unit == expected || od_unit_get_parent (unit) == expected ||
      od_unit_is_within (expected, unit))
    return;
  f = misplaced (ctx, OD_SEVERITY_WARNING, format, od_unit_get_name (unit), od_unit_get_name (expected));
  od_finding_add_unit (f, od_unit_get_id (unit));
  set_move (f, unit, expected);
}

static void
check_supply (OdCheckContext *ctx,
              OdUnit         *top,
              OdSize          size)
{
  OdUnit *production = _od_check_unit_for_area (ctx, "production");
  OdUnit *purchasing = _od_check_unit_for_area (ctx, "procurement");
  OdUnit *warehouse = _od_check_unit_for_area (ctx, "warehousing");
  OdUnit *logistics = _od_check_unit_for_area (ctx, "logistics");
  OdUnit *production_dept;

  /* The texts place 采购, 仓储 and 物流 relative to 生产部: for a firm that
   * makes nothing they prescribe no placement. */
  if (production == NULL || !od_business_needs_area (od_organisation_get_business (ctx->org), "production"))
    return;
  /* 生产部 is the unit that plans production (it may hold a workshop below). */
  production_dept = production;
  {
    g_autoptr(GPtrArray) planners = od_organisation_find_holders (ctx->org, "production-planning");
    if (planners->len > 0)
      production_dept = planners->pdata[0];
  }

  switch (size)
    {
    case OD_SIZE_SMALL:
      expect_parent (ctx, purchasing, production_dept, _("“%s” should report to “%s”"));
      expect_parent (ctx, warehouse, production_dept, _("“%s” should report to “%s”"));
      expect_parent (ctx, logistics, production_dept, _("“%s” should report to “%s”"));
      break;
    case OD_SIZE_MEDIUM:
      expect_parent (ctx, purchasing, top, _("“%s” should report directly to “%s”"));
      expect_parent (ctx, warehouse, production_dept, _("“%s” should report to “%s”"));
      expect_parent (ctx, logistics, production_dept, _("“%s” should report to “%s”"));
      break;
    case OD_SIZE_LARGE:
    default:
      {
        OdUnit *head = od_unit_get_parent (production_dept);
        OdUnit *separate[] = { purchasing, warehouse, logistics };

        if (head == NULL || head == top)
          {
            OdFinding *f = misplaced (ctx, OD_SEVERITY_WARNING,
                                      _("A large firm has no supply-chain head over purchasing, production, warehousing and logistics"));
            od_finding_add_unit (f, od_unit_get_id (production_dept));
            return;
          }
        for (guint i = 0; i < G_N_ELEMENTS (separate); i++)
          {
            if (separate[i] == NULL)
              continue;
            if (separate[i] == production_dept || od_unit_is_within (separate[i], production_dept))
              {
                OdFinding *f = misplaced (ctx, OD_SEVERITY_WARNING,
                                          _("“%s” should be a department of its own beside production, under “%s”"),
                                          od_unit_get_name (separate[i]), od_unit_get_name (head));
                od_finding_add_unit (f, od_unit_get_id (separate[i]));
                if (separate[i] != production_dept)
                  set_move (f, separate[i], head);
              }
            else
              expect_parent (ctx, separate[i], head,
                             _("“%s” should report to “%s”"));
          }
      }
      break;
    }
}

static void
check_marketing (OdCheckContext *ctx,
                 OdUnit         *top,
                 OdSize          size)
{
  OdUnit *marketing = _od_check_unit_for_area (ctx, "marketing");
  OdUnit *sales = _od_check_unit_for_area (ctx, "sales");
  OdUnit *admin = _od_check_unit_for_area (ctx, "sales-admin");
  OdUnit *merged = NULL;
  OdUnit *joint;
  OdFinding *f;

  if (marketing == NULL || sales == NULL)
    return;
  if (marketing == sales && od_profiles_is_merged (ctx->profiles, marketing))
    merged = marketing;
  joint = od_unit_common_ancestor (marketing, sales);

  switch (size)
    {
    case OD_SIZE_SMALL:
      if (merged == NULL)
        {
          /* A unit between the CEO and the two departments. */
          gboolean extra_layer = joint != NULL && joint != top && joint != marketing && joint != sales;
          f = misplaced (ctx, extra_layer ? OD_SEVERITY_ERROR : OD_SEVERITY_WARNING,
                         extra_layer ? _("“%s” and “%s” are separate departments with a layer above them; a small firm merges them into one marketing department")
                                     : _("“%s” and “%s” are separate departments; a small firm merges them into one marketing department"),
                         od_unit_get_name (marketing), od_unit_get_name (sales));
          od_finding_add_unit (f, od_unit_get_id (marketing));
          od_finding_add_unit (f, od_unit_get_id (sales));
        }
      expect_parent (ctx, admin, merged ? merged : sales, _("“%s” should be a unit under “%s”"));
      break;

    case OD_SIZE_MEDIUM:
      if (merged != NULL)
        {
          f = misplaced (ctx, OD_SEVERITY_WARNING,
                         _("“%s” merges marketing and sales; in a medium firm the chief executive manages the marketing and the sales department directly"),
                         od_unit_get_name (merged));
          od_finding_add_unit (f, od_unit_get_id (merged));
        }
      else if (joint != NULL && joint != top && od_unit_get_parent (marketing) == joint && od_unit_get_parent (sales) == joint)
        {
          /* A 营销总部 layer between the CEO and the two departments. */
          f = misplaced (ctx, OD_SEVERITY_WARNING,
                         _("“%s” adds a layer over “%s” and “%s”; in a medium firm the chief executive manages them directly"),
                         od_unit_get_name (joint), od_unit_get_name (marketing), od_unit_get_name (sales));
          od_finding_add_unit (f, od_unit_get_id (joint));
          f->fix_kind = OD_FIX_MOVE_UNITS;
          f->fix_units = g_new0 (char *, 3);
          f->fix_units[0] = g_strdup (od_unit_get_id (marketing));
          f->fix_units[1] = g_strdup (od_unit_get_id (sales));
          f->fix_target = od_unit_get_parent (joint) ? g_strdup (od_unit_get_id (od_unit_get_parent (joint))) : NULL;
          f->fix_label = g_strdup_printf (_("Move “%s” and “%s” up under “%s”"), od_unit_get_name (marketing), od_unit_get_name (sales),
                                          od_unit_get_parent (joint) ? od_unit_get_name (od_unit_get_parent (joint)) : "—");
        }
      if (merged == NULL)
        expect_parent (ctx, admin, od_unit_get_parent (sales), _("“%s” should sit beside the sales department, under “%s”"));
      break;

    case OD_SIZE_LARGE:
    default:
      if (merged == NULL && (joint == NULL || joint == top))
        {
          f = misplaced (ctx, OD_SEVERITY_ERROR,
                         _("No marketing headquarters integrates “%s” and “%s”, as a large firm needs"),
                         od_unit_get_name (marketing), od_unit_get_name (sales));
          od_finding_add_unit (f, od_unit_get_id (marketing));
          od_finding_add_unit (f, od_unit_get_id (sales));
        }
      else if (merged == NULL)
        expect_parent (ctx, admin, joint, _("“%s” should sit inside the marketing headquarters “%s”, beside sales"));
      break;
    }
}

static void
check_orphans (OdCheckContext *ctx)
{
  OdUnit *top = od_organisation_get_first_top_unit (ctx->org);

  if (top == NULL)
    return;
  for (OdUnit *other = od_unit_get_next_sibling (top); other != NULL; other = od_unit_get_next_sibling (other))
    {
      OdFinding *f = _od_check_add (ctx, "orphan-unit", OD_SEVERITY_WARNING, NULL,
                                    _("An organisation is one reporting tree; a unit reporting to no one is outside every line of command."),
                                    _("“%s” reports to no one"), od_unit_get_name (other));
      od_finding_add_unit (f, od_unit_get_id (other));
      set_move (f, other, top);
    }
}

void
_od_check_structure (OdCheckContext *ctx)
{
  OdUnit *top = od_organisation_get_first_top_unit (ctx->org);
  OdSize size = od_organisation_get_size (ctx->org);

  if (top == NULL)
    return;
  check_marketing (ctx, top, size);
  check_supply (ctx, top, size);
  check_orphans (ctx);
}
