/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-clipboard-model.c: subtrees as documents, and the commands on several
 * units at once.
 *
 * A copy is an ordinary .orgdesign document whose top units are the
 * copied subtrees, so that it survives the clipboard between windows (and
 * programs), and pasting reads it with the same loader as any file.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "od-clipboard-model.h"
#include "od-command-private.h"
#include "od-file.h"

/* The listed units that are not within another listed one, in the
 * organisation's order. */
static GPtrArray *
roots_of (OdOrganisation     *org,
          const char * const *unit_ids,
          GError            **error)
{
  g_autoptr(GPtrArray) listed = g_ptr_array_new ();
  g_autoptr(GPtrArray) all = NULL;
  GPtrArray *roots = g_ptr_array_new ();
  g_autoptr(GHashTable) chosen = g_hash_table_new (NULL, NULL);

  for (guint i = 0; unit_ids != NULL && unit_ids[i] != NULL; i++)
    {
      OdUnit *unit = _od_command_require_unit (org, unit_ids[i], error);

      if (unit == NULL)
        {
          g_ptr_array_unref (roots);
          return NULL;
        }
      g_hash_table_add (chosen, unit);
    }
  all = od_organisation_list_units (org);
  for (guint i = 0; i < all->len; i++)
    {
      OdUnit *unit = all->pdata[i];
      gboolean inside = FALSE;

      if (!g_hash_table_contains (chosen, unit))
        continue;
      for (OdUnit *up = od_unit_get_parent (unit); up != NULL && !inside; up = od_unit_get_parent (up))
        inside = g_hash_table_contains (chosen, up);
      if (!inside)
        g_ptr_array_add (roots, unit);
    }
  return roots;
}

/* roots_of() for a command that needs at least one unit. */
static GPtrArray *
selected_roots (OdOrganisation     *org,
                const char * const *unit_ids,
                GError            **error)
{
  GPtrArray *roots = roots_of (org, unit_ids, error);

  if (roots != NULL && roots->len == 0)
    {
      g_ptr_array_unref (roots);
      g_set_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_INVALID, _("No unit is selected"));
      return NULL;
    }
  return roots;
}

/* An id not used in @org nor in @taken, from @base. */
static char *
fresh_id (OdOrganisation *org,
          GHashTable     *taken,
          const char     *base)
{
  g_autofree char *stem = NULL;

  if (od_organisation_lookup_unit (org, base) == NULL && !g_hash_table_contains (taken, base))
    return g_strdup (base);
  /* Room for "-NNNNN" within the 64 characters an id may have. */
  stem = g_strndup (base, 56);
  for (guint n = 2;; n++)
    {
      char *id = g_strdup_printf ("%s-%u", stem, n);

      if (od_organisation_lookup_unit (org, id) == NULL && !g_hash_table_contains (taken, id))
        return id;
      g_free (id);
    }
}

/* A detached copy of @src's subtree for @dst, with ids from @ids (source
 * id → new id; NULL keeps them) recorded in @map. */
static OdUnit *
copy_subtree (OdOrganisation *dst,
              const OdUnit   *src,
              GHashTable     *taken,
              GHashTable     *map)
{
  g_autofree char *id = taken != NULL ? fresh_id (dst, taken, od_unit_get_id (src)) : g_strdup (od_unit_get_id (src));
  OdUnit *copy = _od_unit_new (dst, id, od_unit_get_name (src), od_unit_get_kind (src));

  if (taken != NULL)
    g_hash_table_add (taken, g_strdup (id));
  g_hash_table_insert (map, g_strdup (od_unit_get_id (src)), g_strdup (id));
  copy->head = g_strdup (src->head);
  copy->notes = g_strdup (src->notes);
  copy->headcount = src->headcount;
  copy->assistant = src->assistant;
  if (src->assignments != NULL)
    copy->assignments = g_array_copy (src->assignments);
  for (OdUnit *child = src->first_child; child != NULL; child = child->next)
    {
      OdUnit *c = copy_subtree (dst, child, taken, map);

      /* Linked by hand: attaching registers the whole subtree at once. */
      c->parent = copy;
      c->prev = copy->last_child;
      if (copy->last_child != NULL)
        copy->last_child->next = c;
      else
        copy->first_child = c;
      copy->last_child = c;
      copy->n_children++;
    }
  return copy;
}

/* The dotted lines of @src whose both ends were copied (in @map), for @dst. */
static GPtrArray *
copy_lines (OdOrganisation *src,
            GHashTable     *map)
{
  GPtrArray *lines = od_organisation_get_dotted_lines (src);
  GPtrArray *copies = g_ptr_array_new ();

  for (guint i = 0; i < lines->len; i++)
    {
      OdDottedLine *line = lines->pdata[i];
      const char *from = g_hash_table_lookup (map, line->from);
      const char *to = g_hash_table_lookup (map, line->to);

      if (from != NULL && to != NULL)
        g_ptr_array_add (copies, _od_dotted_line_new (from, to, line->label));
    }
  return copies;
}

GBytes *
od_clipboard_copy_units (OdOrganisation     *org,
                         const char * const *unit_ids,
                         GError            **error)
{
  g_autoptr(GPtrArray) roots = NULL;
  g_autoptr(OdOrganisation) copy = NULL;
  g_autoptr(GHashTable) map = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GPtrArray) lines = NULL;

  g_return_val_if_fail (OD_IS_ORGANISATION (org), NULL);

  roots = roots_of (org, unit_ids, error);
  if (roots == NULL)
    return NULL;
  copy = od_organisation_new ();
  _od_organisation_set_name (copy, od_organisation_get_name (org));
  _od_organisation_set_size (copy, od_organisation_get_size (org));
  _od_organisation_set_lang (copy, od_organisation_get_lang (org));
  for (guint i = 0; i < roots->len; i++)
    _od_organisation_attach (copy, copy_subtree (copy, roots->pdata[i], NULL, map), NULL, NULL);
  lines = copy_lines (org, map);
  for (guint i = 0; i < lines->len; i++)
    _od_organisation_insert_item (copy, od_organisation_get_dotted_lines (copy), i, lines->pdata[i],
                                  OD_CHANGE_DOTTED_LINES);
  return od_file_serialize (copy);
}

static void
append_text (GString      *text,
             const OdUnit *unit,
             guint         depth)
{
  for (guint i = 0; i < depth; i++)
    g_string_append_c (text, '\t');
  g_string_append (text, od_unit_get_name (unit));
  if (od_unit_get_head (unit) != NULL)
    g_string_append_printf (text, "\t%s", od_unit_get_head (unit));
  g_string_append_c (text, '\n');
  for (OdUnit *child = od_unit_get_first_child (unit); child != NULL; child = od_unit_get_next_sibling (child))
    append_text (text, child, depth + 1);
}

char *
od_clipboard_units_to_text (OdOrganisation     *org,
                            const char * const *unit_ids)
{
  g_autoptr(GPtrArray) roots = roots_of (org, unit_ids, NULL);
  GString *text = g_string_new (NULL);

  for (guint i = 0; roots != NULL && i < roots->len; i++)
    append_text (text, roots->pdata[i], 0);
  return g_string_free (text, FALSE);
}

/* ---- paste ---- */

typedef struct {
  OdCommand  parent;
  char      *parent_id;
  int        position;
  GPtrArray *roots;      /* OdUnit*, detached while not applied */
  GPtrArray *root_ids;   /* char*, NULL-terminated */
  GPtrArray *lines;      /* OdDottedLine*, owned while not applied */
  guint      first_line;
  gboolean   applied;
} PasteUnits;

static gboolean
paste_apply (OdCommand *command,
             GError   **error)
{
  PasteUnits *self = (PasteUnits *) command;
  GPtrArray *lines = od_organisation_get_dotted_lines (command->org);
  OdUnit *parent = NULL;

  if (self->parent_id != NULL &&
      (parent = _od_command_require_unit (command->org, self->parent_id, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < self->roots->len; i++)
    if (od_organisation_lookup_unit (command->org, self->root_ids->pdata[i]) != NULL)
      {
        g_set_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_DUPLICATE,
                     _("The id “%s” is already in use"), (char *) self->root_ids->pdata[i]);
        return FALSE;
      }
  for (guint i = 0; i < self->roots->len; i++)
    {
      OdUnit *before = self->position < 0 ? NULL
                       : _od_organisation_nth_child (command->org, parent, (guint) self->position + i);

      _od_organisation_attach (command->org, self->roots->pdata[i], parent, before);
    }
  self->first_line = lines->len;
  for (guint i = 0; i < self->lines->len; i++)
    _od_organisation_insert_item (command->org, lines, lines->len, self->lines->pdata[i], OD_CHANGE_DOTTED_LINES);
  self->applied = TRUE;
  return TRUE;
}

static void
paste_revert (OdCommand *command)
{
  PasteUnits *self = (PasteUnits *) command;
  GPtrArray *lines = od_organisation_get_dotted_lines (command->org);

  for (guint i = self->lines->len; i-- > 0;)
    self->lines->pdata[i] = _od_organisation_remove_item (command->org, lines, self->first_line + i,
                                                          OD_CHANGE_DOTTED_LINES);
  for (guint i = self->roots->len; i-- > 0;)
    _od_organisation_detach (command->org, self->roots->pdata[i]);
  self->applied = FALSE;
}

static void
paste_finalize (OdCommand *command)
{
  PasteUnits *self = (PasteUnits *) command;

  if (!self->applied)
    {
      for (guint i = 0; i < self->roots->len; i++)
        _od_unit_free_tree (self->roots->pdata[i]);
      for (guint i = 0; i < self->lines->len; i++)
        _od_dotted_line_free (self->lines->pdata[i]);
    }
  g_ptr_array_unref (self->roots);
  g_ptr_array_unref (self->lines);
  g_ptr_array_unref (self->root_ids);
  g_free (self->parent_id);
}

static const OdCommandClass paste_class = { paste_apply, paste_revert, paste_finalize };

/* A paste of @src's top units into @org. */
static OdCommand *
paste_from (OdOrganisation *org,
            OdOrganisation *src,
            const char     *parent_id,
            int             position,
            GHashTable     *taken,
            const char     *label)
{
  g_autoptr(GHashTable) map = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  PasteUnits *self = _od_command_new (&paste_class, sizeof (PasteUnits), org, label);

  self->parent_id = g_strdup (parent_id);
  self->position = position;
  self->roots = g_ptr_array_new ();
  self->root_ids = g_ptr_array_new_with_free_func (g_free);
  for (OdUnit *top = od_organisation_get_first_top_unit (src); top != NULL; top = od_unit_get_next_sibling (top))
    {
      OdUnit *copy = copy_subtree (org, top, taken, map);

      g_ptr_array_add (self->roots, copy);
      g_ptr_array_add (self->root_ids, g_strdup (copy->id));
    }
  g_ptr_array_add (self->root_ids, NULL);
  self->lines = copy_lines (src, map);
  return &self->parent;
}

OdCommand *
od_command_paste_units (OdOrganisation *org,
                        GBytes         *document,
                        const char     *parent_id,
                        int             position,
                        GError        **error)
{
  g_autoptr(OdOrganisation) src = od_organisation_new ();
  g_autoptr(GHashTable) taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_return_val_if_fail (OD_IS_ORGANISATION (org), NULL);
  g_return_val_if_fail (document != NULL, NULL);

  if (parent_id != NULL && _od_command_require_unit (org, parent_id, error) == NULL)
    return NULL;
  /* The clipboard is another program's text as much as ours: read it as
   * strictly as a file. */
  if (!od_file_load_bytes (src, document, _("the clipboard"), OD_LOAD_DEFAULT, error))
    return NULL;
  if (od_organisation_get_first_top_unit (src) == NULL)
    {
      g_set_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_INVALID, _("The clipboard holds no units"));
      return NULL;
    }
  return paste_from (org, src, parent_id, position, taken, N_("Paste units"));
}

const char * const *
od_command_get_pasted_ids (const OdCommand *command)
{
  g_return_val_if_fail (command != NULL && command->klass == &paste_class, NULL);
  return (const char * const *) ((const PasteUnits *) command)->root_ids->pdata;
}

OdCommand *
od_command_duplicate_units (OdOrganisation     *org,
                            const char * const *unit_ids,
                            GError            **error)
{
  g_autoptr(GPtrArray) roots = NULL;
  g_autoptr(GHashTable) taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *commands;

  g_return_val_if_fail (OD_IS_ORGANISATION (org), NULL);

  roots = selected_roots (org, unit_ids, error);
  if (roots == NULL)
    return NULL;
  commands = g_ptr_array_new ();
  for (guint i = 0; i < roots->len; i++)
    {
      OdUnit *unit = roots->pdata[i];
      guint earlier = 0;
      const char *ids[] = { od_unit_get_id (unit), NULL };
      g_autoptr(GBytes) copy = od_clipboard_copy_units (org, ids, NULL);
      g_autoptr(OdOrganisation) src = od_organisation_new ();
      OdUnit *parent = od_unit_get_parent (unit);

      od_file_load_bytes (src, copy, NULL, OD_LOAD_DEFAULT, NULL);
      /* Right after the original, which the copies of earlier siblings
       * (pasted first) have pushed along. */
      for (guint j = 0; j < i; j++)
        earlier += od_unit_get_parent (roots->pdata[j]) == parent;
      g_ptr_array_add (commands, paste_from (org, src, parent ? od_unit_get_id (parent) : NULL,
                                             (int) (od_unit_get_position (unit) + 1 + earlier), taken,
                                             N_("Duplicate units")));
    }
  return od_command_group_new (_("Duplicate units"), commands);
}

OdCommand *
od_command_remove_units (OdOrganisation     *org,
                         const char * const *unit_ids,
                         GError            **error)
{
  g_autoptr(GPtrArray) roots = NULL;
  GPtrArray *commands;

  g_return_val_if_fail (OD_IS_ORGANISATION (org), NULL);

  roots = selected_roots (org, unit_ids, error);
  if (roots == NULL)
    return NULL;
  commands = g_ptr_array_new ();
  for (guint i = 0; i < roots->len; i++)
    g_ptr_array_add (commands, od_command_remove_unit (org, od_unit_get_id (roots->pdata[i]), NULL));
  return od_command_group_new (_("Delete units"), commands);
}

OdCommand *
od_command_move_units (OdOrganisation     *org,
                       const char * const *unit_ids,
                       const char         *new_parent_id,
                       GError            **error)
{
  g_autoptr(GPtrArray) roots = NULL;
  GPtrArray *commands;

  g_return_val_if_fail (OD_IS_ORGANISATION (org), NULL);

  roots = selected_roots (org, unit_ids, error);
  if (roots == NULL)
    return NULL;
  commands = g_ptr_array_new_with_free_func ((GDestroyNotify) od_command_free);
  for (guint i = 0; i < roots->len; i++)
    {
      /* Each refusal (a unit moved under itself) names its unit. */
      OdCommand *move = od_command_move_unit (org, od_unit_get_id (roots->pdata[i]), new_parent_id, -1, error);

      if (move == NULL)
        {
          g_ptr_array_unref (commands);
          return NULL;
        }
      g_ptr_array_add (commands, move);
    }
  g_ptr_array_set_free_func (commands, NULL);
  return od_command_group_new (_("Move units"), commands);
}
