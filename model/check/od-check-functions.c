/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-check-functions.c: who holds which function (domain.md §4): duplicated
 * and missing functions, collaboration processes without exactly one lead
 * or without a second side, and functions the catalog does not know. */
#include "config.h"

#include <glib/gi18n.h>

#include "od-check-private.h"

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
      f = _od_check_add (ctx, "unknown-function", OD_SEVERITY_ERROR,
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

  for (guint i = 0; i < functions->len; i++)
    {
      const OdFunction *fn = functions->pdata[i];
      Holders *h = g_hash_table_lookup (index, fn->id);
      const char *name = fn->name[ctx->lang];
      guint n_owners = h ? h->owners->len : 0;
      OdFinding *f;

      if (n_owners > 1)
        {
          g_autofree char *names = join_names (h->owners);
          OdUnit *keeper = best_of (ctx, h->owners, fn->type == OD_FUNCTION_EXCLUSIVE ? fn->area : fn->sides[0]);
          gboolean exclusive = fn->type == OD_FUNCTION_EXCLUSIVE;

          f = _od_check_add (ctx, exclusive ? "duplicate-function" : "collaboration-multiple-leads", OD_SEVERITY_ERROR,
                             exclusive
                             ? _("Seed 002's dual-track rule: every activity has one responsible party and the others advise; two owners means overlapping duties and wrangling (职责重叠).")
                             : _("Seed 001: a collaboration process needs one lead to make it run; two leads each wait for, or fight, the other."),
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
      else if (n_owners == 0 && (od_function_is_required_for (fn, size) ||
                                 (fn->type == OD_FUNCTION_COLLABORATION && h != NULL && h->participants->len > 0)))
        {
          gboolean exclusive = fn->type == OD_FUNCTION_EXCLUSIVE;
          OdUnit *candidate = NULL;

          f = _od_check_add (ctx, "missing-function", OD_SEVERITY_ERROR,
                             _("Seed 001: each department's functions must be owned by someone, or the work falls between the front and the back office (职能缺失)."),
                             exclusive ? _("No unit owns “%s”, which a %s needs") : _("No unit leads “%s”, which a %s needs"),
                             name, od_size_get_display_name (size));
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

          /* A merged 营销部 is both sides of a marketing×sales process. */
          if (od_profiles_is_merged (ctx->profiles, lead) &&
              od_function_has_side (fn, "marketing") && od_function_has_side (fn, "sales") && fn->sides[2] == NULL)
            continue;
          f = _od_check_add (ctx, "collaboration-no-participant", OD_SEVERITY_WARNING,
                             _("Seed 001: a collaboration process is the meeting point of two departments; with one side alone the other's view is missing."),
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
