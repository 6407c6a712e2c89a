/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-check-shape.c: the tree's shape: spans of control, layers, and units
 * with nothing to do.  Assistants and dotted lines do not count toward a
 * span. */
#include "config.h"

#include <glib/gi18n.h>

#include "od-check-private.h"
#include "od-sources.h"

/* Widest span before a manager can no longer lead each report personally;
 * larger firms have more experienced managers and staff functions.  No
 * text gives these numbers: they are common practice, and the finding
 * says so. */
static const guint max_span[OD_N_SIZES] = { 10, 12, 15 };
/* 《营销前后台协同机制设计》: "中型企业可以由老总直接管理市场部和销售部，
 * 减少组织管理的层级" — the text wants few layers but gives no number; the
 * templates have 3 (small), 4 (medium) and 3 (large) levels, so these
 * limits (the product's own) leave room for one or two levels of teams. */
static const guint max_levels[OD_N_SIZES] = { 4, 5, 7 };

static guint
span_of (const OdUnit *unit)
{
  guint n = 0;

  for (OdUnit *c = od_unit_get_first_child (unit); c != NULL; c = od_unit_get_next_sibling (c))
    n += !od_unit_get_assistant (c);
  return n;
}

static OdUnit *
only_report (const OdUnit *unit)
{
  OdUnit *only = NULL;

  for (OdUnit *c = od_unit_get_first_child (unit); c != NULL; c = od_unit_get_next_sibling (c))
    {
      if (od_unit_get_assistant (c))
        continue;
      if (only != NULL)
        return NULL;
      only = c;
    }
  return only;
}

void
_od_check_unit_shape (OdCheckContext *ctx,
                      OdUnit         *unit)
{
  OdSize size = od_organisation_get_size (ctx->org);
  guint span = span_of (unit);
  OdUnit *only;
  OdFinding *f;

  if (span > max_span[size])
    {
      /* "围绕核心业务的差异性和同质性，结合企业现有的人力资源来组建部门" */
      f = _od_check_add (ctx, "span-too-wide", OD_SEVERITY_WARNING, OD_SOURCE_MECHANISMS,
                         _("A manager with too many direct reports cannot coordinate them: group related units under second-level departments set up around the core business. The limit on direct reports is common practice, not a figure from the sources."),
                         g_dngettext (GETTEXT_PACKAGE,
                                      "“%s” has %u direct report, more than the %u common practice allows in a %s",
                                      "“%s” has %u direct reports, more than the %u common practice allows in a %s",
                                      span),
                         od_unit_get_name (unit), span, max_span[size], od_size_get_display_name (size));
      od_finding_add_unit (f, od_unit_get_id (unit));
    }
  only = only_report (unit);
  /* A pure relay: one report with a team of its own, nothing owned, and
   * not an executive post (seed 001's 生产副总 over 生产部 is one). */
  if (only != NULL && od_unit_get_first_child (only) != NULL &&
      od_unit_get_n_assignments (unit) == 0 && od_unit_get_kind (unit) != OD_UNIT_KIND_EXECUTIVE)
    {
      /* "减少组织管理的层级" / "减少企业内部的沟通环节" */
      f = _od_check_add (ctx, "span-too-narrow", OD_SEVERITY_INFO, OD_SOURCE_MECHANISMS,
                         _("Fewer layers mean fewer hand-offs: a unit that only passes work on to a single report adds a layer and a hand-off."),
                         _("“%s” has a single report, “%s”, and no functions of its own"),
                         od_unit_get_name (unit), od_unit_get_name (only));
      od_finding_add_unit (f, od_unit_get_id (unit));
    }
  if (od_unit_get_first_child (unit) == NULL && od_unit_get_n_assignments (unit) == 0)
    {
      /* "想一出是一出，随意设置岗位和部门" */
      f = _od_check_add (ctx, "empty-unit", OD_SEVERITY_INFO, OD_SOURCE_CAUSES,
                         _("A department with no functions and no one reporting to it has no defined job: posts set up on a whim breed conflict between the front and the back office."),
                         _("“%s” has no functions and no one reporting to it"), od_unit_get_name (unit));
      od_finding_add_unit (f, od_unit_get_id (unit));
    }
}

/* Headcounts a firm of each declared size is far from: below the first
 * or from the second figure on.  The sources give no numbers; these are
 * the product's own, on the order of the usual statistical bands (small
 * under 300 people, large from 1,000), with room either side. */
static const guint size_far_below[OD_N_SIZES] = { 0, 100, 500 };
static const guint size_far_above[OD_N_SIZES] = { 600, 3000, G_MAXUINT };

/* 《营销前后台发生冲突的原因》 3: "应该知道在什么时点上采取和业务模式相适应的
 * 架构" — a structure chosen for a size the firm is not. */
static void
check_size_fits_headcount (OdCheckContext *ctx)
{
  OdSize size = od_organisation_get_size (ctx->org);
  guint64 total = 0;
  guint with_count = 0;
  OdFinding *f;

  for (guint u = 0; u < ctx->units->len; u++)
    {
      int n = od_unit_get_headcount (ctx->units->pdata[u]);
      if (n >= 0)
        {
          total += (guint) n;
          with_count++;
        }
    }
  /* Judge only a chart whose headcounts are mostly filled in. */
  if (ctx->units->len == 0 || with_count * 2 < ctx->units->len)
    return;
  if (total >= size_far_below[size] && total < size_far_above[size])
    return;
  {
    /* The number as text: a msgid cannot carry G_GUINT64_FORMAT. */
    g_autofree char *people = g_strdup_printf ("%" G_GUINT64_FORMAT, total);

    f = _od_check_add (ctx, "size-headcount", OD_SEVERITY_INFO, OD_SOURCE_CAUSES,
                       _("The structure must fit the firm's stage of growth. Which headcounts are far from each size is the product's own judgement; the sources give no figures."),
                       g_dngettext (GETTEXT_PACKAGE,
                                    "The organisation is declared a %s, but its units add up to %s person",
                                    "The organisation is declared a %s, but its units add up to %s people",
                                    (gulong) MIN (total, G_MAXULONG)),
                       od_size_get_display_name (size), people);
  }
  od_finding_add_unit (f, od_unit_get_id (od_organisation_get_first_top_unit (ctx->org)));
}

void
_od_check_layers (OdCheckContext *ctx)
{
  check_size_fits_headcount (ctx);

  OdSize size = od_organisation_get_size (ctx->org);
  OdUnit *deepest = NULL;
  guint deepest_level = 0;

  for (guint u = 0; u < ctx->units->len; u++)
    {
      OdUnit *unit = ctx->units->pdata[u];
      guint level = od_unit_get_depth (unit) + 1;

      if (level > deepest_level)
        {
          deepest_level = level;
          deepest = unit;
        }
    }
  if (deepest != NULL && deepest_level > max_levels[size])
    {
      OdFinding *f = _od_check_add (ctx, "too-many-layers", OD_SEVERITY_WARNING, OD_SOURCE_MECHANISMS,
                                    _("Fewer layers mean fewer hand-offs between the front and the back office. The number of levels allowed for each size is the product's own judgement; the sources give none."),
                                    _("The organisation has %u levels, down to “%s”; a %s does with %u"),
                                    deepest_level, od_unit_get_name (deepest), od_size_get_display_name (size),
                                    max_levels[size]);
      od_finding_add_unit (f, od_unit_get_id (deepest));
    }
}
