/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-multi-move.c: several selected units to a new manager in one step. */
#include "config.h"

#include <glib/gi18n.h>

#include "od-clipboard-model.h"
#include "od-multi-move.h"
#include "od-selection.h"

struct _OdMultiMove
{
  OdUnitTree *tree;
  char       *unit_id;    /* the one dragged (or chosen for) */
  GStrv       selected;   /* the selection to restore, primary first */
  GPtrArray  *roots;      /* char*: the top-most, in the organisation's order */
  GHashTable *root_set;   /* the same ids */
  GHashTable *per_parent; /* manager id -> how many roots report to it */
  guint       levels;     /* of the deepest moving subtree (1: leaves) */
};

static OdOrganisation *
get_org (OdMultiMove *self)
{
  return od_document_get_organisation (od_unit_tree_get_document (self->tree));
}

OdMultiMove *
od_multi_move_new (OdUnitTree *tree,
                   const char *unit_id)
{
  OdSelection *selection;
  OdMultiMove *self;
  OdOrganisation *org;
  g_autoptr(GHashTable) chosen = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) all = NULL;

  g_return_val_if_fail (OD_IS_UNIT_TREE (tree), NULL);
  g_return_val_if_fail (unit_id != NULL, NULL);

  org = od_document_get_organisation (od_unit_tree_get_document (tree));
  if (od_organisation_lookup_unit (org, unit_id) == NULL)
    return NULL;
  selection = od_selection_get_for_tree (tree);
  self = g_new0 (OdMultiMove, 1);
  self->tree = g_object_ref (tree);
  self->unit_id = g_strdup (unit_id);
  self->roots = g_ptr_array_new_with_free_func (g_free);
  self->root_set = g_hash_table_new (g_str_hash, g_str_equal);
  self->per_parent = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (od_selection_get_n_marked (selection) > 0 && od_selection_contains (selection, unit_id))
    self->selected = od_selection_dup_ids (selection);
  else
    {
      const char *alone[] = { unit_id, NULL };

      self->selected = g_strdupv ((GStrv) alone);
    }
  for (guint i = 0; self->selected[i] != NULL; i++)
    g_hash_table_add (chosen, od_organisation_lookup_unit (org, self->selected[i]));
  all = od_organisation_list_units (org);
  for (guint i = 0; i < all->len; i++)
    {
      OdUnit *unit = all->pdata[i];
      gboolean inside = FALSE;

      if (!g_hash_table_contains (chosen, unit))
        continue;
      for (OdUnit *up = od_unit_get_parent (unit); up != NULL && !inside; up = od_unit_get_parent (up))
        inside = g_hash_table_contains (chosen, up);
      if (inside)
        continue;
      g_ptr_array_add (self->roots, g_strdup (od_unit_get_id (unit)));
      g_hash_table_add (self->root_set, self->roots->pdata[self->roots->len - 1]);
      if (od_unit_get_parent (unit) != NULL)
        {
          const char *parent_id = od_unit_get_id (od_unit_get_parent (unit));
          guint n = GPOINTER_TO_UINT (g_hash_table_lookup (self->per_parent, parent_id));

          g_hash_table_insert (self->per_parent, g_strdup (parent_id), GUINT_TO_POINTER (n + 1));
        }
      {
        guint levels = od_unit_get_subtree_levels (unit);  /* not inside MAX: walked twice */

        self->levels = MAX (self->levels, levels);
      }
    }
  return self;
}

void
od_multi_move_free (OdMultiMove *self)
{
  if (self == NULL)
    return;
  g_object_unref (self->tree);
  g_free (self->unit_id);
  g_strfreev (self->selected);
  g_hash_table_unref (self->per_parent);
  g_hash_table_unref (self->root_set);
  g_ptr_array_unref (self->roots);
  g_free (self);
}

guint
od_multi_move_get_n_roots (OdMultiMove *self)
{
  return self->roots->len;
}

gboolean
od_multi_move_check (OdMultiMove  *self,
                     const OdUnit *target,
                     char        **why)
{
  *why = NULL;
  if (target == NULL || g_str_equal (od_unit_get_id (target), self->unit_id))
    return FALSE;
  /* Up from the target, not through every moved subtree: Move To… asks
   * this of each of a hundred thousand rows. */
  for (const OdUnit *up = target; up != NULL; up = od_unit_get_parent (up))
    {
      if (!g_hash_table_contains (self->root_set, od_unit_get_id (up)))
        continue;
      if (up == target)
        *why = g_strdup_printf (_("“%s” is one of the units being moved"), od_unit_get_name (target));
      else
        *why = g_strdup_printf (_("“%s” cannot take the units being moved: it reports to “%s”, which is one of them"),
                                od_unit_get_name (target), od_unit_get_name (up));
      return FALSE;
    }
  /* Every one reports there already: nothing to do, nothing to say. */
  if (GPOINTER_TO_UINT (g_hash_table_lookup (self->per_parent, od_unit_get_id (target))) == self->roots->len)
    return FALSE;
  if (od_unit_get_depth (target) + 1 + self->levels > OD_UNIT_MAX_LEVELS)
    {
      *why = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Under “%s” the moved units would be nested more than %d level deep",
                                           "Under “%s” the moved units would be nested more than %d levels deep",
                                           OD_UNIT_MAX_LEVELS),
                              od_unit_get_name (target), OD_UNIT_MAX_LEVELS);
      return FALSE;
    }
  return TRUE;
}

gboolean
od_multi_move_allows (OdMultiMove *self,
                      const char  *target_id)
{
  OdUnit *target = od_organisation_lookup_unit (get_org (self), target_id);
  g_autofree char *why = NULL;

  return target != NULL && od_multi_move_check (self, target, &why);
}

gboolean
od_multi_move_to (OdMultiMove  *self,
                  const char   *target_id,
                  GError      **error)
{
  OdOrganisation *org = get_org (self);
  OdUnit *target = od_organisation_lookup_unit (org, target_id);
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autoptr(GPtrArray) units = g_ptr_array_new ();
  g_autofree char *why = NULL;
  OdCommand *command;

  if (target == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("The unit to report to no longer exists"));
      return FALSE;
    }
  if (!od_multi_move_check (self, target, &why))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           why != NULL ? why : _("The units already report there"));
      return FALSE;
    }
  /* Those that report there already keep their place among its reports. */
  for (guint i = 0; i < self->roots->len; i++)
    if (od_unit_get_parent (od_organisation_lookup_unit (org, self->roots->pdata[i])) != target)
      g_ptr_array_add (ids, self->roots->pdata[i]);
  g_ptr_array_add (ids, NULL);
  command = od_command_move_units (org, (const char * const *) ids->pdata, target_id, error);
  if (command == NULL || !od_document_push (od_unit_tree_get_document (self->tree), command, error))
    return FALSE;
  /* The moved units stay selected, ready for the next move. */
  for (guint i = 0; self->selected[i] != NULL; i++)
    {
      OdUnit *unit = od_organisation_lookup_unit (org, self->selected[i]);

      if (unit != NULL)
        g_ptr_array_add (units, unit);
    }
  od_selection_select_units (od_selection_get_for_tree (self->tree), units, FALSE);
  return TRUE;
}
