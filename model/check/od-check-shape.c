/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-check-shape.c: the tree's shape: spans of control, layers, and units
 * with nothing to do.  Assistants and dotted lines do not count toward a
 * span. */
#include "config.h"

#include <glib/gi18n.h>

#include "od-check-private.h"

/* Widest span before a manager can no longer lead each report personally;
 * larger firms have more experienced managers and staff functions. */
static const guint max_span[OD_N_SIZES] = { 10, 12, 15 };
/* Seed 001: a medium firm keeps layers few (the CEO runs the departments);
 * the templates have 3 (small), 4 (medium) and 3 (large) levels, so these
 * leave room for one or two levels of teams below the departments. */
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
      f = _od_check_add (ctx, "span-too-wide", OD_SEVERITY_WARNING,
                         _("A manager with too many direct reports cannot coordinate them; group related units under a second-level head (seed 001: set up second-level units around the core business)."),
                         _("“%s” has %u direct reports; a %s manages at most %u"),
                         od_unit_get_name (unit), span, od_size_get_display_name (size), max_span[size]);
      od_finding_add_unit (f, od_unit_get_id (unit));
    }
  only = only_report (unit);
  /* A pure relay: one report with a team of its own, nothing owned, and
   * not an executive post (seed 001's 生产副总 over 生产部 is one). */
  if (only != NULL && od_unit_get_first_child (only) != NULL &&
      od_unit_get_n_assignments (unit) == 0 && od_unit_get_kind (unit) != OD_UNIT_KIND_EXECUTIVE)
    {
      f = _od_check_add (ctx, "span-too-narrow", OD_SEVERITY_INFO,
                         _("Seed 001 prefers fewer layers: a unit that only passes work to a single report adds a layer and a hand-off."),
                         _("“%s” has a single report, “%s”, and no functions of its own"),
                         od_unit_get_name (unit), od_unit_get_name (only));
      od_finding_add_unit (f, od_unit_get_id (unit));
    }
  if (od_unit_get_first_child (unit) == NULL && od_unit_get_n_assignments (unit) == 0)
    {
      f = _od_check_add (ctx, "empty-unit", OD_SEVERITY_INFO,
                         _("A department with no functions and no one reporting to it has no defined job (seed 000: posts set up at random)."),
                         _("“%s” has no functions and no one reporting to it"), od_unit_get_name (unit));
      od_finding_add_unit (f, od_unit_get_id (unit));
    }
}

void
_od_check_layers (OdCheckContext *ctx)
{
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
      OdFinding *f = _od_check_add (ctx, "too-many-layers", OD_SEVERITY_WARNING,
                                    _("Seed 001: fewer layers mean fewer hand-offs between the front and the back office."),
                                    _("The organisation has %u levels (down to “%s”); a %s needs at most %u"),
                                    deepest_level, od_unit_get_name (deepest), od_size_get_display_name (size),
                                    max_levels[size]);
      od_finding_add_unit (f, od_unit_get_id (deepest));
    }
}
