/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-diagnosis-evidence.c: what the structure shows about the collaboration
 * stage, independent of anyone's opinion (maturity.md §1 and §3).
 *
 * Units are recognised by the functions they own (od-unit-profile.h), never
 * by their names.  Each piece of evidence names the stage it supports, or
 * the stage it argues against. */
#include "config.h"

#include <glib/gi18n.h>

#include "od-coordination.h"
#include "od-diagnosis-private.h"

/* Marketing's forward-looking work and its work for the field (S1 p.55). */
static const char *const upstream_functions[] = {
  "market-research", "product-planning", "competitor-analysis", NULL
};
static const char *const downstream_functions[] = {
  "marketing-promotion", "sales-collateral", "lead-generation-support", NULL
};

/* Work coordination sheets and the 313 rule's plans are records: the
 * complete ones are the evidence, ticked or not; a tick with none behind it
 * is named as unproven and counts for nothing, since a firm that only says
 * it uses sheets has not shown the rules of engagement the stage rests on.
 * Returns TRUE when it handled @m. */
static gboolean
recorded_mechanism (OdDiagnosisContext *ctx,
                    const OdMechanism  *m,
                    gboolean            ticked)
{
  g_autofree char *id = g_strconcat ("mechanism:", m->id, NULL);
  OdEvidence *e = NULL;

  if (g_str_equal (m->id, "work-coordination-form"))
    {
      guint n = od_organisation_count_complete_sheets (ctx->org);

      if (n > 0)
        e = _od_diagnosis_add_evidence (ctx, id, m->stage, FALSE, NULL,
                                        g_dngettext (GETTEXT_PACKAGE, "Recorded mechanism: %s (%u complete sheet, signed by both heads)",
                                                     "Recorded mechanism: %s (%u complete sheets, signed by both heads)", n),
                                        m->name[ctx->lang], n);
      else if (ticked)
        e = _od_diagnosis_add_evidence (ctx, "unproven:work-coordination-form", m->stage, FALSE, NULL,
                                        _("Unproven: %s is listed, but no complete sheet signed by both heads is recorded; it is not counted"),
                                        m->name[ctx->lang]);
    }
  else if (g_str_equal (m->id, "rule-313"))
    {
      if (od_organisation_has_313_plans (ctx->org))
        e = _od_diagnosis_add_evidence (ctx, id, m->stage, FALSE, NULL,
                                        _("Recorded mechanism: %s (3-year, 1-year and 3-month plans)"), m->name[ctx->lang]);
      else if (ticked)
        e = _od_diagnosis_add_evidence (ctx, "unproven:rule-313", m->stage, FALSE, NULL,
                                        _("Unproven: %s is listed, but its three plans are not all recorded; it is not counted"),
                                        m->name[ctx->lang]);
    }
  else
    return FALSE;
  if (e != NULL)
    {
      e->mechanism = g_strdup (m->id);
      e->unproven = g_str_has_prefix (e->id, "unproven:");
    }
  return TRUE;
}

static void
mechanisms (OdDiagnosisContext *ctx)
{
  GPtrArray *uses = od_organisation_get_mechanisms (ctx->org);
  static const char *const recorded[] = { "work-coordination-form", "rule-313" };

  /* Records with no tick still show the mechanism. */
  for (guint i = 0; i < G_N_ELEMENTS (recorded); i++)
    {
      const OdMechanism *m = od_catalog_lookup_mechanism (ctx->catalog, recorded[i]);
      if (m != NULL && od_organisation_find_mechanism (ctx->org, recorded[i]) == NULL)
        recorded_mechanism (ctx, m, FALSE);
    }

  for (guint i = 0; i < uses->len; i++)
    {
      const OdMechanismUse *use = uses->pdata[i];
      const OdMechanism *m = od_catalog_lookup_mechanism (ctx->catalog, use->ref);
      g_autofree char *id = NULL;
      OdEvidence *e;

      if (m == NULL)
        continue;   /* the validator reports unknown references */
      if (recorded_mechanism (ctx, m, TRUE))
        continue;
      /* 《全员营销与内部支撑》's non-marketing staff under dual leadership
       * work with marketing, not marketing with sales: no evidence of the
       * sales–marketing stage (its causes are still listed). */
      if (g_str_equal (m->id, "all-staff-marketing"))
        continue;
      /* The structure already shows these: counting the record again
       * would make one fact two pieces of evidence. */
      if ((g_str_equal (m->id, "cro") && od_diagnosis_has_evidence (ctx->result, "one-executive")) ||
          (g_str_equal (m->id, "upstream-downstream-split") &&
           od_diagnosis_has_evidence (ctx->result, "upstream-downstream-split")))
        continue;
      id = g_strconcat ("mechanism:", m->id, NULL);
      if (use->detail != NULL && use->detail[0] != '\0')
        e = _od_diagnosis_add_evidence (ctx, id, m->stage, FALSE, NULL,
                                        _("Recorded mechanism: %s (%s)"), m->name[ctx->lang], use->detail);
      else
        e = _od_diagnosis_add_evidence (ctx, id, m->stage, FALSE, NULL,
                                        _("Recorded mechanism: %s"), m->name[ctx->lang]);
      e->mechanism = g_strdup (m->id);
    }
}

static gboolean
function_in_front_office (OdDiagnosisContext *ctx,
                          const char         *function_id)
{
  const OdFunction *f = od_catalog_lookup_function (ctx->catalog, function_id);

  return f != NULL && (g_str_equal (f->area, "marketing") || g_str_equal (f->area, "sales") ||
                       od_function_has_side (f, "marketing"));
}

/* Defined means clear roles: each of marketing's and sales' functions has
 * one owner, each joint process one lead (maturity.md §1, "good fences"). */
static void
roles (OdDiagnosisContext *ctx,
       OdUnit             *marketing,
       OdUnit             *sales)
{
  g_autoptr(GPtrArray) overlapping = g_ptr_array_new ();
  guint n_missing = 0;

  for (guint i = 0; i < ctx->findings->len; i++)
    {
      const OdFinding *f = ctx->findings->pdata[i];

      if (f->accepted || f->functions[0] == NULL || !function_in_front_office (ctx, f->functions[0]))
        continue;
      if (g_str_equal (f->rule, "duplicate-function") || g_str_equal (f->rule, "collaboration-multiple-leads"))
        g_ptr_array_add (overlapping, (gpointer) f);
      else if (g_str_equal (f->rule, "missing-function"))
        n_missing++;
    }

  if (overlapping->len > 0)
    {
      g_autoptr(GString) names = g_string_new (NULL);
      g_autoptr(GPtrArray) units = g_ptr_array_new ();

      for (guint i = 0; i < overlapping->len; i++)
        {
          const OdFinding *f = overlapping->pdata[i];
          const OdFunction *fn = od_catalog_lookup_function (ctx->catalog, f->functions[0]);

          if (i > 0)
            g_string_append (names, _(", "));
          g_string_append (names, fn->name[ctx->lang]);
          for (guint j = 0; f->units[j] != NULL; j++)
            {
              OdUnit *u = od_organisation_lookup_unit (ctx->org, f->units[j]);
              if (u != NULL && !g_ptr_array_find (units, u, NULL))
                g_ptr_array_add (units, u);
            }
        }
      g_ptr_array_add (units, NULL);
      _od_diagnosis_add_evidence (ctx, "roles-overlap", OD_STAGE_DEFINED, TRUE, (OdUnit **) units->pdata,
                                  _("Front-office roles overlap: %s"), names->str);
    }
  else if (marketing != NULL && sales != NULL && n_missing == 0)
    {
      OdUnit *units[] = { marketing, sales, NULL };
      if (marketing == sales)
        units[1] = NULL;
      _od_diagnosis_add_evidence (ctx, "roles-defined", OD_STAGE_DEFINED, FALSE, units,
                                  _("Every marketing and sales function has one owner and every joint process one lead."));
    }
}

/* TRUE when the boundary checks call @unit misplaced for the firm's size:
 * the diagnosis then does not count it as a sign of maturity, so that
 * applying the check's fix never lowers the stage (one judgement for both). */
static gboolean
checks_call_misplaced (OdDiagnosisContext *ctx,
                       OdUnit             *unit)
{
  for (guint i = 0; i < ctx->findings->len; i++)
    {
      const OdFinding *f = ctx->findings->pdata[i];

      if (!f->accepted && g_str_equal (f->rule, "misplaced-structure") &&
          g_strv_contains ((const char * const *) f->units, od_unit_get_id (unit)))
        return TRUE;
    }
  return FALSE;
}

/* Who leads both sides: a merged 营销部, one head below the top (营销总部,
 * a CRO), or only the chief executive. */
static void
reporting_lines (OdDiagnosisContext *ctx,
                 OdUnit             *marketing,
                 OdUnit             *sales)
{
  OdUnit *head;

  if (marketing == NULL || sales == NULL)
    return;
  if (marketing == sales || od_profiles_is_merged (ctx->profiles, marketing))
    {
      OdUnit *units[] = { marketing, NULL };

      /* 《营销前后台协同机制设计》: "小企业可以将市场部和销售部合并为营销部" is
       * the form prescribed for a small firm, and Kotler, Rackham &
       * Krishnaswamy: "大部分小型企業…把行銷與銷售畫上等號" — one department
       * says nothing about how far the two work together, so it weighs
       * toward no stage above Undefined. */
      _od_diagnosis_add_evidence (ctx, "merged-department", OD_STAGE_UNDEFINED, FALSE, units,
                                  _("One department, “%s”, runs both marketing and sales: the form a small firm should have, which in itself shows no collaboration stage."),
                                  od_unit_get_name (marketing));
      return;
    }
  head = od_unit_common_ancestor (marketing, sales);
  if (head != NULL && od_unit_get_parent (head) != NULL && checks_call_misplaced (ctx, head))
    {
      OdUnit *units[] = { head, marketing, sales, NULL };

      /* "中型企业可以由老总直接管理市场部和销售部，减少组织管理的层级": the
       * checks call this layer misplaced, so it is no sign of integration. */
      _od_diagnosis_add_evidence (ctx, "misplaced-executive", OD_STAGE_INTEGRATED, TRUE, units,
                                  _("“%s” leads both “%s” and “%s”, but the boundary checks call this layer misplaced for the firm's size: it is not counted as a shared structure."),
                                  od_unit_get_name (head), od_unit_get_name (marketing), od_unit_get_name (sales));
    }
  else if (head != NULL && od_unit_get_parent (head) != NULL)
    {
      OdUnit *units[] = { head, marketing, sales, NULL };
      _od_diagnosis_add_evidence (ctx, "one-executive", OD_STAGE_INTEGRATED, FALSE, units,
                                  _("One head below the chief executive, “%s”, leads both “%s” and “%s”."),
                                  od_unit_get_name (head), od_unit_get_name (marketing), od_unit_get_name (sales));
    }
  else if (!_od_diagnosis_has_mechanism (ctx, "cro"))
    {
      OdUnit *units[] = { marketing, sales, NULL };
      _od_diagnosis_add_evidence (ctx, "separate-reporting-lines", OD_STAGE_INTEGRATED, TRUE, units,
                                  _("“%s” and “%s” meet only at the top: no one executive below the chief leads both."),
                                  od_unit_get_name (marketing), od_unit_get_name (sales));
    }
}

/* A unit takes part in @function_id although another unit leads or owns it. */
static OdUnit *
participant_beside_holder (OdDiagnosisContext *ctx,
                           const char         *function_id,
                           const char         *participant_area,
                           OdUnit            **holder_out)
{
  g_autoptr(GPtrArray) holders = od_organisation_find_holders (ctx->org, function_id);
  OdUnit *holder = NULL, *participant = NULL;

  for (guint i = 0; i < holders->len; i++)
    {
      OdUnit *u = holders->pdata[i];
      OdRole role = od_unit_get_role (u, function_id);

      if (role == OD_ROLE_OWNER || role == OD_ROLE_LEAD)
        holder = holder ? holder : u;
      else if (role == OD_ROLE_PARTICIPANT && participant == NULL &&
               (participant_area == NULL ||
                g_strcmp0 (od_profiles_primary_area (ctx->profiles, u), participant_area) == 0))
        participant = u;
    }
  if (holder == NULL || participant == NULL || holder == participant)
    return NULL;
  *holder_out = holder;
  return participant;
}

/* Joint planning and marketers in key accounts mark Aligned (maturity.md §1). */
static void
joint_work (OdDiagnosisContext *ctx)
{
  static const char *const plans[] = { "marketing-plan", "promotion-planning", NULL };
  OdUnit *holder = NULL, *participant;

  for (guint i = 0; plans[i] != NULL; i++)
    {
      participant = participant_beside_holder (ctx, plans[i], NULL, &holder);
      if (participant != NULL)
        {
          OdUnit *units[] = { holder, participant, NULL };
          _od_diagnosis_add_evidence (ctx, "joint-planning", OD_STAGE_ALIGNED, FALSE, units,
                                      _("“%s” is planned jointly: “%s” leads and “%s” takes part."),
                                      od_catalog_lookup_function (ctx->catalog, plans[i])->name[ctx->lang],
                                      od_unit_get_name (holder), od_unit_get_name (participant));
          break;
        }
    }

  participant = participant_beside_holder (ctx, "key-account-management", "marketing", &holder);
  if (participant != NULL)
    {
      OdUnit *units[] = { holder, participant, NULL };
      _od_diagnosis_add_evidence (ctx, "marketing-in-key-accounts", OD_STAGE_ALIGNED, FALSE, units,
                                  _("Marketing (“%s”) takes part in key-account management with “%s”."),
                                  od_unit_get_name (participant), od_unit_get_name (holder));
    }
}

static gboolean
owns_any (const OdUnit      *unit,
          const char *const *functions)
{
  for (guint i = 0; functions[i] != NULL; i++)
    if (od_unit_get_role (unit, functions[i]) == OD_ROLE_OWNER)
      return TRUE;
  return FALSE;
}

/* Marketing split into an upstream unit and a downstream unit (S1 p.55). */
static void
upstream_downstream (OdDiagnosisContext *ctx,
                     GPtrArray          *units)
{
  OdUnit *upstream = NULL, *downstream = NULL;

  for (guint i = 0; i < units->len; i++)
    {
      OdUnit *u = units->pdata[i];
      gboolean up = owns_any (u, (const char *const *) upstream_functions);
      gboolean down = owns_any (u, (const char *const *) downstream_functions);

      if (up && !down && upstream == NULL)
        upstream = u;
      else if (down && !up && downstream == NULL)
        downstream = u;
    }
  if (upstream != NULL && downstream != NULL &&
      g_strcmp0 (od_profiles_primary_area (ctx->profiles, upstream), "marketing") == 0 &&
      g_strcmp0 (od_profiles_primary_area (ctx->profiles, downstream), "marketing") == 0)
    {
      OdUnit *pair[] = { upstream, downstream, NULL };
      _od_diagnosis_add_evidence (ctx, "upstream-downstream-split", OD_STAGE_INTEGRATED, FALSE, pair,
                                  _("Marketing is split into upstream work (“%s”) and downstream work (“%s”)."),
                                  od_unit_get_name (upstream), od_unit_get_name (downstream));
    }
}

/* A formal dotted line between a marketing unit and a sales unit. */
static void
dotted_lines (OdDiagnosisContext *ctx)
{
  GPtrArray *lines = od_organisation_get_dotted_lines (ctx->org);

  for (guint i = 0; i < lines->len; i++)
    {
      const OdDottedLine *line = lines->pdata[i];
      OdUnit *from = od_organisation_lookup_unit (ctx->org, line->from);
      OdUnit *to = od_organisation_lookup_unit (ctx->org, line->to);
      const char *a, *b;

      if (from == NULL || to == NULL)
        continue;
      a = od_profiles_primary_area (ctx->profiles, from);
      b = od_profiles_primary_area (ctx->profiles, to);
      if ((g_strcmp0 (a, "marketing") == 0 && g_strcmp0 (b, "sales") == 0) ||
          (g_strcmp0 (a, "sales") == 0 && g_strcmp0 (b, "marketing") == 0))
        {
          OdUnit *units[] = { from, to, NULL };
          _od_diagnosis_add_evidence (ctx, "dotted-line", OD_STAGE_ALIGNED, FALSE, units,
                                      _("A dotted line links “%s” and “%s”."),
                                      od_unit_get_name (from), od_unit_get_name (to));
          return;
        }
    }
}

/* Single-track management (单线型管理), as 《某某软件公司市场部与销售部协调之道》
 * describes the software company before its change: "销售部承担业务压力，在前面
 * 与客户沟通，属于一线队伍；市场部则在后方活动…只能算准一线队伍" — with the
 * two departments in conflict ("市场部认为销售部在方案执行时总是变形").  Seen
 * when marketing takes part in none of the shared marketing × sales
 * processes and a conflict is recorded. */
static void
single_track (OdDiagnosisContext *ctx,
              OdUnit             *marketing,
              OdUnit             *sales)
{
  GPtrArray *functions = od_catalog_get_functions (ctx->catalog);
  const OdCauseAnswer *positioning = od_organisation_get_cause (ctx->org, 2);
  const OdCauseAnswer *information = od_organisation_get_cause (ctx->org, 1);
  gboolean conflict = g_strcmp0 (od_organisation_get_fact (ctx->org, "visible-conflict"), "yes") == 0 ||
                      (positioning != NULL && positioning->state == OD_CAUSE_PRESENT) ||
                      (information != NULL && information->state == OD_CAUSE_PRESENT);

  if (marketing == NULL || sales == NULL || marketing == sales || !conflict)
    return;
  for (guint i = 0; i < functions->len; i++)
    {
      const OdFunction *fn = functions->pdata[i];

      if (fn->type == OD_FUNCTION_COLLABORATION && od_function_has_side (fn, "marketing") &&
          od_function_has_side (fn, "sales") && od_unit_get_role (marketing, fn->id) != OD_ROLE_NONE)
        return;
    }
  {
    OdUnit *units[] = { marketing, sales, NULL };
    _od_diagnosis_add_evidence (ctx, "single-track", OD_STAGE_DEFINED, TRUE, units,
                                _("“%s” takes part in none of the processes it shares with “%s” and works in the rear while conflict is recorded: single-track management (单线型管理)."),
                                od_unit_get_name (marketing), od_unit_get_name (sales));
  }
}

void
_od_diagnosis_evidence (OdDiagnosisContext *ctx)
{
  g_autoptr(GPtrArray) units = od_organisation_list_units (ctx->org);
  OdUnit *marketing = od_profiles_main_unit (ctx->profiles, "marketing");
  OdUnit *sales = od_profiles_main_unit (ctx->profiles, "sales");

  roles (ctx, marketing, sales);
  single_track (ctx, marketing, sales);
  reporting_lines (ctx, marketing, sales);
  joint_work (ctx);
  upstream_downstream (ctx, units);
  dotted_lines (ctx);
  mechanisms (ctx);
}
