/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-check-functions.c: who holds which function (domain.md §4): duplicated
 * and missing functions, collaboration processes without exactly one lead
 * or without a second side, and functions the catalog does not know. */
#include "config.h"

#include <glib/gi18n.h>

#include "od-check-private.h"
#include "od-business.h"
#include "od-scope.h"
#include "od-sources.h"

typedef struct {
  GPtrArray *owners;        /* OdUnit*: owner (exclusive) or lead (collaboration) */
  GPtrArray *participants;  /* OdUnit* */
} Holders;

static void
holders_free (Holders *h)
{
  g_ptr_array_unref (h->owners);
  g_ptr_array_unref (h->participants);
  g_free (h);
}

/* function id → Holders, in one pass over the units. */
static GHashTable *
index_holders (OdCheckContext *ctx)
{
  GHashTable *index = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) holders_free);

  for (guint u = 0; u < ctx->units->len; u++)
    {
      OdUnit *unit = ctx->units->pdata[u];

      for (guint i = 0; i < od_unit_get_n_assignments (unit); i++)
        {
          const OdAssignment *a = od_unit_get_assignment (unit, i);
          Holders *h = g_hash_table_lookup (index, a->function_id);

          if (h == NULL)
            {
              h = g_new0 (Holders, 1);
              h->owners = g_ptr_array_new ();
              h->participants = g_ptr_array_new ();
              g_hash_table_insert (index, (gpointer) a->function_id, h);
            }
          g_ptr_array_add (a->role == OD_ROLE_PARTICIPANT ? h->participants : h->owners, unit);
        }
    }
  return index;
}

static char *
join_names (GPtrArray *units)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < units->len; i++)
    {
      if (i > 0)
        /* Translators: separates unit names in a list */
        g_string_append (out, _(", "));
      /* Translators: a unit's name quoted in a list (「%s」 in Taiwan) */
      g_string_append_printf (out, _("“%s”"), od_unit_get_name (units->pdata[i]));
    }
  return g_string_free (out, FALSE);
}

/* Of @candidates, the one whose profile is most of @area; else the first. */
static OdUnit *
best_of (OdCheckContext *ctx,
         GPtrArray      *candidates,
         const char     *area)
{
  OdUnit *best = candidates->pdata[0];
  guint best_count = od_profiles_count (ctx->profiles, best, area);

  for (guint i = 1; i < candidates->len; i++)
    {
      guint n = od_profiles_count (ctx->profiles, candidates->pdata[i], area);
      if (n > best_count)
        {
          best = candidates->pdata[i];
          best_count = n;
        }
    }
  return best;
}

void
_od_check_unit_functions (OdCheckContext *ctx,
                          OdUnit         *unit)
{
  for (guint i = 0; i < od_unit_get_n_assignments (unit); i++)
    {
      const OdAssignment *a = od_unit_get_assignment (unit, i);
      OdFinding *f;

      if (od_catalog_lookup_function (ctx->catalog, a->function_id) != NULL)
        continue;
      f = _od_check_add (ctx, "unknown-function", OD_SEVERITY_ERROR, NULL,
                         _("A function must come from the catalog for the checks to know whose job it is."),
                         _("“%s” holds “%s”, which is not in the function catalog"),
                         od_unit_get_name (unit), a->function_id);
      od_finding_add_unit (f, od_unit_get_id (unit));
      od_finding_add_function (f, a->function_id);
      f->fix_kind = OD_FIX_ASSIGN;
      f->fix_unit = g_strdup (od_unit_get_id (unit));
      f->fix_function = g_strdup (a->function_id);
      f->fix_role = OD_ROLE_NONE;
      f->fix_label = g_strdup_printf (_("Remove “%s” from “%s”"), a->function_id, od_unit_get_name (unit));
    }
}

void
_od_check_functions (OdCheckContext *ctx)
{
  g_autoptr(GHashTable) index = index_holders (ctx);
  GPtrArray *functions = od_catalog_get_functions (ctx->catalog);
  OdSize size = od_organisation_get_size (ctx->org);
  const char *business = od_organisation_get_business (ctx->org);

  for (guint i = 0; i < functions->len; i++)
    {
      const OdFunction *fn = functions->pdata[i];
      Holders *h = g_hash_table_lookup (index, fn->id);
      const char *name = fn->name[ctx->lang];
      guint n_owners = h ? h->owners->len : 0;
      OdFinding *f;

      /* 供产销协调 and the like do not exist where nothing is produced. */
      if (n_owners == 0 && !od_business_needs_area (business, fn->area))
        continue;

      /* 华东、华北、华南大区 each developing customers divide the territory
       * ("一地(客)一策"); only scopes that overlap make a duplicate. */
      if (n_owners > 1 && fn->type == OD_FUNCTION_EXCLUSIVE && od_scope_units_divide (h->owners))
        continue;
      if (n_owners > 1)
        {
          g_autofree char *names = join_names (h->owners);
          OdUnit *keeper = best_of (ctx, h->owners, fn->type == OD_FUNCTION_EXCLUSIVE ? fn->area : fn->sides[0]);
          gboolean exclusive = fn->type == OD_FUNCTION_EXCLUSIVE;

          /* 《某某软件公司市场部与销售部协调之道》: "主方是责任方，另一方是顾问方"
           * and "职能界定清楚，不允许交叉". */
          f = _od_check_add (ctx, exclusive ? "duplicate-function" : "collaboration-multiple-leads", OD_SEVERITY_ERROR,
                             OD_SOURCE_DUAL_TRACK,
                             exclusive
                             ? _("Every activity has one responsible party and the others advise; two owners of the same work mean overlapping duties (职责重叠) and wrangling.")
                             : _("A shared process has one lead, the responsible party, and the others advise; with two leads each waits for, or fights, the other."),
                             /* n_owners is at least 2 here: no singular form. */
                             exclusive ? _("“%s” is owned by %u units: %s") : _("“%s” has %u leads: %s"),
                             name, n_owners, names);
          for (guint k = 0; k < h->owners->len; k++)
            od_finding_add_unit (f, od_unit_get_id (h->owners->pdata[k]));
          od_finding_add_function (f, fn->id);
          f->fix_kind = OD_FIX_SOLE_OWNER;
          f->fix_unit = g_strdup (od_unit_get_id (keeper));
          f->fix_function = g_strdup (fn->id);
          f->fix_role = exclusive ? OD_ROLE_OWNER : OD_ROLE_LEAD;
          f->fix_label = g_strdup_printf (exclusive ? _("Keep “%s” as the owner; the others take part")
                                                    : _("Keep “%s” as the lead; the others take part"),
                                          od_unit_get_name (keeper));
        }
      /* A requirement holds only where the texts' reasoning applies: no
       * production for a software firm, no warehouse for a consultancy. */
      else if (n_owners == 0 && ((od_function_is_required_for (fn, size) && od_business_needs_area (business, fn->area)) ||
                                 (fn->type == OD_FUNCTION_COLLABORATION && h != NULL && h->participants->len > 0)))
        {
          gboolean exclusive = fn->type == OD_FUNCTION_EXCLUSIVE;
          OdUnit *candidate = NULL;

          /* 《营销前后台协同机制设计》: "厘清职责边界" for each pair of departments. */
          f = _od_check_add (ctx, "missing-function", OD_SEVERITY_ERROR, OD_SOURCE_MECHANISMS,
                             _("A function the firm needs must be some unit's job, or the work falls between the front and the back office (职能缺失)."),
                             exclusive ? _("“%s” has no owning unit") : _("“%s” has no leading unit"),
                             name);
          od_finding_add_function (f, fn->id);
          /* A participant of the process, or the department of its area. */
          if (h != NULL && h->participants->len > 0)
            candidate = best_of (ctx, h->participants, exclusive ? fn->area : fn->sides[0]);
          if (candidate == NULL || od_profiles_count (ctx->profiles, candidate, exclusive ? fn->area : fn->sides[0]) == 0)
            candidate = _od_check_unit_for_area (ctx, exclusive ? fn->area : fn->sides[0]);
          if (candidate != NULL)
            {
              f->fix_kind = OD_FIX_ASSIGN;
              f->fix_unit = g_strdup (od_unit_get_id (candidate));
              f->fix_function = g_strdup (fn->id);
              f->fix_role = exclusive ? OD_ROLE_OWNER : OD_ROLE_LEAD;
              f->fix_label = g_strdup_printf (exclusive ? _("Give “%s” to “%s”") : _("Make “%2$s” the lead of “%1$s”"),
                                              name, od_unit_get_name (candidate));
            }
        }
      else if (n_owners == 1 && fn->type == OD_FUNCTION_COLLABORATION && h->participants->len == 0)
        {
          OdUnit *lead = h->owners->pdata[0];
          OdUnit *other = NULL;

          gboolean other_side_exists = FALSE;

          /* A merged 营销部 is both sides of a marketing×sales process. */
          if (od_profiles_is_merged (ctx->profiles, lead) &&
              od_function_has_side (fn, "marketing") && od_function_has_side (fn, "sales") && fn->sides[2] == NULL)
            continue;
          /* The other sides are departments this business does not have
           * (a software firm's sales forecast has no production side). */
          for (guint s = 1; fn->sides[s] != NULL; s++)
            other_side_exists |= od_business_needs_area (business, fn->sides[s]);
          if (!other_side_exists)
            continue;
          /* "理顺市场部和销售部之间的几个关键业务流程及相关责权利界定" */
          f = _od_check_add (ctx, "collaboration-no-participant", OD_SEVERITY_WARNING, OD_SOURCE_MECHANISMS,
                             _("A shared process is where two departments meet; with one side alone the other's view is missing."),
                             _("“%s” is a collaboration process, but only “%s” takes part"), name, od_unit_get_name (lead));
          od_finding_add_unit (f, od_unit_get_id (lead));
          od_finding_add_function (f, fn->id);
          for (guint s = 0; fn->sides[s] != NULL && other == NULL; s++)
            {
              OdUnit *u = _od_check_unit_for_area (ctx, fn->sides[s]);
              if (u != NULL && u != lead)
                other = u;
            }
          if (other != NULL)
            {
              f->fix_kind = OD_FIX_ASSIGN;
              f->fix_unit = g_strdup (od_unit_get_id (other));
              f->fix_function = g_strdup (fn->id);
              f->fix_role = OD_ROLE_PARTICIPANT;
              f->fix_label = g_strdup_printf (_("Have “%s” take part in “%s”"), od_unit_get_name (other), name);
            }
        }
    }
}
