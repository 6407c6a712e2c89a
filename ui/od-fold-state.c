/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-fold-state.c: folded subtrees, shared by the chart and the outline.
 *
 * The state is a set of unit ids.  The outline's rows are a lazy view
 * (GtkTreeListModel makes rows only under expanded rows), so the two are
 * kept in step where both exist: a row the user opens or closes changes
 * the set, a change of the set opens or closes the row if it has been
 * made, and a row made open under a folded unit (autoexpand) is closed
 * again once the list has settled.
 */
#include "config.h"

#include "od-fold-state.h"
#include "od-unit-item.h"

struct _OdFoldState
{
  GObject           parent_instance;

  OdUnitTree       *tree;       /* weak: the tree owns the state */
  OdOrganisation   *org;
  GtkTreeListModel *rows;
  GHashTable       *collapsed;  /* unit id → itself */
  guint             syncing;    /* our own changes of rows */
  guint             reconcile_id;
};

G_DEFINE_FINAL_TYPE (OdFoldState, od_fold_state, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
emit_changed (OdFoldState *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static OdUnit *
unit_of_row (OdFoldState    *self,
             GtkTreeListRow *row)
{
  g_autoptr(OdUnitItem) item = gtk_tree_list_row_get_item (row);

  return item != NULL ? od_organisation_lookup_unit (self->org, od_unit_item_get_id (item)) : NULL;
}

/* The outline's row of @unit if it has been made (its managers' rows are
 * open), without opening anything.  Walked down from the top without
 * recursion: a chain of command may be 100,000 deep. */
static GtkTreeListRow *
existing_row (OdFoldState  *self,
              const OdUnit *unit)
{
  g_autoptr(GPtrArray) chain = g_ptr_array_new ();
  GtkTreeListRow *row = NULL;

  for (const OdUnit *u = unit; u != NULL; u = od_unit_get_parent (u))
    g_ptr_array_add (chain, (gpointer) u);
  for (guint i = chain->len; i-- > 0;)
    {
      const OdUnit *u = chain->pdata[i];
      GtkTreeListRow *next;

      if (row == NULL)
        next = gtk_tree_list_model_get_child_row (self->rows, od_unit_get_position (u));
      else if (gtk_tree_list_row_get_expanded (row))
        next = gtk_tree_list_row_get_child_row (row, od_unit_get_position (u));
      else
        next = NULL;
      g_clear_object (&row);
      if (next == NULL)
        return NULL;
      row = next;
    }
  return row;
}

static void
sync_row (OdFoldState  *self,
          const OdUnit *unit)
{
  g_autoptr(GtkTreeListRow) row = existing_row (self, unit);
  gboolean expanded = !od_fold_state_is_collapsed (self, unit);

  if (row == NULL || gtk_tree_list_row_get_expanded (row) == expanded)
    return;
  if (expanded && !gtk_tree_list_row_is_expandable (row))
    return;
  self->syncing++;
  gtk_tree_list_row_set_expanded (row, expanded);
  self->syncing--;
}

/* Closes the rows of folded units, from the end so that closing a row
 * (which removes the rows after it) never moves one still to visit. */
static void
reconcile (OdFoldState *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->rows));

  if (g_hash_table_size (self->collapsed) == 0)
    return;
  self->syncing++;
  for (guint i = n; i-- > 0;)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (self->rows, i);
      OdUnit *unit;

      if (row == NULL || !gtk_tree_list_row_get_expanded (row))
        continue;
      unit = unit_of_row (self, row);
      if (unit != NULL && od_fold_state_is_collapsed (self, unit))
        gtk_tree_list_row_set_expanded (row, FALSE);
    }
  self->syncing--;
}

static void
reconcile_idle_cb (gpointer data)
{
  OdFoldState *self = data;

  self->reconcile_id = 0;
  reconcile (self);
}

/* New rows open by themselves when the list expands automatically. */
static void
rows_changed_cb (OdFoldState *self,
                 guint        position,
                 guint        removed,
                 guint        added)
{
  if (added == 0 || self->syncing > 0 || self->reconcile_id != 0
      || g_hash_table_size (self->collapsed) == 0
      || !gtk_tree_list_model_get_autoexpand (self->rows))
    return;
  self->reconcile_id = g_idle_add_once (reconcile_idle_cb, self);
}

/* Opens @unit by one level: its reports show, folded if they have
 * reports of their own.  FALSE if it was open. */
static gboolean
open_one_level (OdFoldState *self,
                OdUnit      *unit)
{
  if (!g_hash_table_remove (self->collapsed, od_unit_get_id (unit)))
    return FALSE;
  for (OdUnit *c = od_unit_get_first_child (unit); c != NULL; c = od_unit_get_next_sibling (c))
    if (od_unit_get_first_child (c) != NULL)
      g_hash_table_add (self->collapsed, g_strdup (od_unit_get_id (c)));
  return TRUE;
}

/* The selected unit is always shown: its folded managers open a level
 * each, from the top down, so the way to it opens and nothing else. */
static gboolean
show_selected (OdFoldState *self)
{
  OdUnit *unit = od_unit_tree_get_selected_unit (self->tree);
  g_autoptr(GPtrArray) chain = g_ptr_array_new ();
  gboolean changed = FALSE;

  if (g_hash_table_size (self->collapsed) == 0)
    return FALSE;
  for (OdUnit *p = unit != NULL ? od_unit_get_parent (unit) : NULL; p != NULL; p = od_unit_get_parent (p))
    g_ptr_array_add (chain, p);
  for (guint i = chain->len; i-- > 0;)
    changed |= open_one_level (self, chain->pdata[i]);
  return changed;
}

static void
selected_cb (OdFoldState *self)
{
  if (show_selected (self))
    emit_changed (self);
}

static void
row_expanded_cb (GtkTreeListRow *row,
                 GParamSpec     *pspec,
                 OdFoldState    *self)
{
  OdUnit *unit;

  if (self->syncing > 0)
    return;
  unit = unit_of_row (self, row);
  if (unit == NULL || od_unit_get_first_child (unit) == NULL)
    return;
  if (gtk_tree_list_row_get_expanded (row) == !od_fold_state_is_collapsed (self, unit))
    return;
  /* Opened, one level shows, as the outline shows it. */
  if (gtk_tree_list_row_get_expanded (row))
    {
      open_one_level (self, unit);
      if (gtk_tree_list_model_get_autoexpand (self->rows) && self->reconcile_id == 0)
        self->reconcile_id = g_idle_add_once (reconcile_idle_cb, self);
    }
  else
    g_hash_table_add (self->collapsed, g_strdup (od_unit_get_id (unit)));
  emit_changed (self);
}

static void
od_fold_state_dispose (GObject *object)
{
  OdFoldState *self = OD_FOLD_STATE (object);

  g_clear_handle_id (&self->reconcile_id, g_source_remove);
  if (self->rows != NULL)
    g_signal_handlers_disconnect_by_data (self->rows, self);
  g_clear_object (&self->rows);
  g_clear_object (&self->org);
  G_OBJECT_CLASS (od_fold_state_parent_class)->dispose (object);
}

static void
od_fold_state_finalize (GObject *object)
{
  OdFoldState *self = OD_FOLD_STATE (object);

  g_hash_table_unref (self->collapsed);
  G_OBJECT_CLASS (od_fold_state_parent_class)->finalize (object);
}

static void
od_fold_state_class_init (OdFoldStateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = od_fold_state_dispose;
  object_class->finalize = od_fold_state_finalize;

  /**
   * OdFoldState::changed:
   *
   * Units were folded or unfolded.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
od_fold_state_init (OdFoldState *self)
{
  self->collapsed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

OdFoldState *
od_fold_state_get_for_tree (OdUnitTree *tree)
{
  OdFoldState *self;

  g_return_val_if_fail (OD_IS_UNIT_TREE (tree), NULL);

  self = g_object_get_data (G_OBJECT (tree), "od-fold-state");
  if (self == NULL)
    {
      self = g_object_new (OD_TYPE_FOLD_STATE, NULL);
      self->tree = tree;
      self->org = g_object_ref (od_document_get_organisation (od_unit_tree_get_document (tree)));
      self->rows = GTK_TREE_LIST_MODEL (g_object_ref (gtk_single_selection_get_model (od_unit_tree_get_selection (tree))));
      g_signal_connect_object (self->rows, "items-changed", G_CALLBACK (rows_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (tree, "notify::selected-id", G_CALLBACK (selected_cb), self, G_CONNECT_SWAPPED);
      g_object_set_data_full (G_OBJECT (tree), "od-fold-state", self, g_object_unref);
    }
  return self;
}

gboolean
od_fold_state_is_collapsed (OdFoldState  *self,
                            const OdUnit *unit)
{
  g_return_val_if_fail (OD_IS_FOLD_STATE (self), FALSE);
  g_return_val_if_fail (unit != NULL, FALSE);

  return g_hash_table_size (self->collapsed) > 0
         && od_unit_get_first_child (unit) != NULL
         && g_hash_table_contains (self->collapsed, od_unit_get_id (unit));
}

void
od_fold_state_set_collapsed (OdFoldState *self,
                             const char  *unit_id,
                             gboolean     collapsed)
{
  OdUnit *unit;
  gboolean changed;

  g_return_if_fail (OD_IS_FOLD_STATE (self));
  g_return_if_fail (unit_id != NULL);

  unit = od_organisation_lookup_unit (self->org, unit_id);
  if (unit == NULL || od_unit_get_first_child (unit) == NULL)
    return;
  if (collapsed)
    changed = g_hash_table_add (self->collapsed, g_strdup (unit_id));
  else
    changed = g_hash_table_remove (self->collapsed, unit_id);
  if (!changed)
    return;
  sync_row (self, unit);
  emit_changed (self);
}

void
od_fold_state_expand_level (OdFoldState *self,
                            const char  *unit_id)
{
  OdUnit *unit;

  g_return_if_fail (OD_IS_FOLD_STATE (self));
  g_return_if_fail (unit_id != NULL);

  unit = od_organisation_lookup_unit (self->org, unit_id);
  if (unit == NULL || !open_one_level (self, unit))
    return;
  sync_row (self, unit);
  emit_changed (self);
}

/* Folds the units @depth levels below @unit's level that have reports:
 * only the levels above are walked, so showing three levels of 100,000
 * units costs what three levels hold. */
static void
fold_at_depth (OdFoldState *self,
               OdUnit      *first,
               guint        depth)
{
  for (OdUnit *unit = first; unit != NULL; unit = od_unit_get_next_sibling (unit))
    {
      if (od_unit_get_first_child (unit) == NULL)
        continue;
      if (depth == 0)
        g_hash_table_add (self->collapsed, g_strdup (od_unit_get_id (unit)));
      else
        fold_at_depth (self, od_unit_get_first_child (unit), depth - 1);
    }
}

void
od_fold_state_show_levels (OdFoldState *self,
                           guint        n_levels)
{
  g_return_if_fail (OD_IS_FOLD_STATE (self));

  n_levels = MAX (n_levels, 1);
  g_hash_table_remove_all (self->collapsed);
  fold_at_depth (self, od_organisation_get_first_top_unit (self->org), n_levels - 1);
  /* Not at the cost of the selection (nor of its row in the outline). */
  show_selected (self);
  reconcile (self);
  emit_changed (self);
}

void
od_fold_state_show_levels_keeping_open (OdFoldState *self,
                                        guint        n_levels)
{
  g_autoptr(GPtrArray) open = g_ptr_array_new ();
  guint n;

  g_return_if_fail (OD_IS_FOLD_STATE (self));

  /* The open rows, in the outline's order: a manager before its reports,
   * so that opening one level each opens the way down to every row. */
  n = g_list_model_get_n_items (G_LIST_MODEL (self->rows));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (self->rows, i);
      OdUnit *unit;

      if (row == NULL || !gtk_tree_list_row_get_expanded (row))
        continue;
      unit = unit_of_row (self, row);
      if (unit != NULL)
        g_ptr_array_add (open, unit);
    }
  n_levels = MAX (n_levels, 1);
  g_hash_table_remove_all (self->collapsed);
  fold_at_depth (self, od_organisation_get_first_top_unit (self->org), n_levels - 1);
  for (guint i = 0; i < open->len; i++)
    open_one_level (self, open->pdata[i]);
  show_selected (self);
  reconcile (self);
  emit_changed (self);
}

void
od_fold_state_expand_all (OdFoldState *self)
{
  g_autoptr(GHashTable) was = NULL;
  GHashTableIter iter;
  gpointer key;

  g_return_if_fail (OD_IS_FOLD_STATE (self));

  if (g_hash_table_size (self->collapsed) == 0)
    return;
  was = g_steal_pointer (&self->collapsed);
  self->collapsed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  /* Rows the outline has made open again; rows it never made stay lazy. */
  g_hash_table_iter_init (&iter, was);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      OdUnit *unit = od_organisation_lookup_unit (self->org, key);

      if (unit != NULL)
        sync_row (self, unit);
    }
  emit_changed (self);
}

guint
od_fold_state_get_n_collapsed (OdFoldState *self)
{
  g_return_val_if_fail (OD_IS_FOLD_STATE (self), 0);
  return g_hash_table_size (self->collapsed);
}

void
od_fold_state_watch_row (OdFoldState    *self,
                         GtkTreeListRow *row)
{
  g_return_if_fail (OD_IS_FOLD_STATE (self));
  g_return_if_fail (GTK_IS_TREE_LIST_ROW (row));

  g_signal_connect_object (row, "notify::expanded", G_CALLBACK (row_expanded_cb), self, 0);
}

void
od_fold_state_unwatch_row (GtkTreeListRow *row)
{
  g_return_if_fail (GTK_IS_TREE_LIST_ROW (row));

  g_signal_handlers_disconnect_matched (row, G_SIGNAL_MATCH_FUNC, 0, 0, NULL, row_expanded_cb, NULL);
}
