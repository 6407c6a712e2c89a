/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-selection.c: several units selected at once. */
#include "config.h"

#include "od-selection.h"
#include "od-unit-item.h"

struct _OdSelection
{
  GObject     parent_instance;

  OdUnitTree *tree;     /* weak: the tree owns the selection */
  GPtrArray  *marked;   /* char*, in the order marked */
  GHashTable *index;    /* the same strings, so a rubber band over a
                         * hundred thousand boxes is not quadratic */
  char       *extent;   /* the moving end of the last range (Shift+click, Shift+arrow) */
};

G_DEFINE_FINAL_TYPE (OdSelection, od_selection, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
emit_changed (OdSelection *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static int
find_marked (OdSelection *self,
             const char  *unit_id)
{
  if (!g_hash_table_contains (self->index, unit_id))
    return -1;
  for (guint i = 0; i < self->marked->len; i++)
    if (g_str_equal (self->marked->pdata[i], unit_id))
      return (int) i;
  return -1;
}

/* A selection made by a plain click (or by the keyboard, a search, an
 * edit) starts afresh. */
static void
primary_changed_cb (OdSelection *self)
{
  if (self->marked->len > 0)
    {
      g_hash_table_remove_all (self->index);
      g_ptr_array_set_size (self->marked, 0);
      emit_changed (self);
    }
}

static void
od_selection_finalize (GObject *object)
{
  OdSelection *self = OD_SELECTION (object);

  g_hash_table_unref (self->index);
  g_ptr_array_unref (self->marked);
  g_free (self->extent);
  G_OBJECT_CLASS (od_selection_parent_class)->finalize (object);
}

static void
od_selection_class_init (OdSelectionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = od_selection_finalize;

  /**
   * OdSelection::changed:
   *
   * The marked units changed.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
od_selection_init (OdSelection *self)
{
  self->marked = g_ptr_array_new_with_free_func (g_free);
  self->index = g_hash_table_new (g_str_hash, g_str_equal);
}

/* Marks @unit_id (not the primary one, not twice). */
static void
add_mark (OdSelection *self,
          const char  *unit_id)
{
  char *copy;

  if (g_hash_table_contains (self->index, unit_id) ||
      g_strcmp0 (unit_id, od_unit_tree_get_selected_id (self->tree)) == 0)
    return;
  copy = g_strdup (unit_id);
  g_ptr_array_add (self->marked, copy);
  g_hash_table_add (self->index, copy);
}

static void
clear_marks_quietly (OdSelection *self)
{
  g_hash_table_remove_all (self->index);
  g_ptr_array_set_size (self->marked, 0);
}

OdSelection *
od_selection_get_for_tree (OdUnitTree *tree)
{
  OdSelection *self;

  g_return_val_if_fail (OD_IS_UNIT_TREE (tree), NULL);

  self = g_object_get_data (G_OBJECT (tree), "od-selection");
  if (self == NULL)
    {
      self = g_object_new (OD_TYPE_SELECTION, NULL);
      self->tree = tree;
      g_signal_connect_object (tree, "notify::selected-id", G_CALLBACK (primary_changed_cb), self, G_CONNECT_SWAPPED);
      g_object_set_data_full (G_OBJECT (tree), "od-selection", self, g_object_unref);
    }
  return self;
}

void
od_selection_toggle (OdSelection *self,
                     const char  *unit_id)
{
  int at;

  g_return_if_fail (OD_IS_SELECTION (self));
  g_return_if_fail (unit_id != NULL);

  /* The primary unit stays: the inspector shows it. */
  if (g_strcmp0 (unit_id, od_unit_tree_get_selected_id (self->tree)) == 0)
    return;
  at = find_marked (self, unit_id);
  if (at >= 0)
    {
      g_hash_table_remove (self->index, unit_id);
      g_ptr_array_remove_index (self->marked, (guint) at);
    }
  else
    add_mark (self, unit_id);
  emit_changed (self);
}

void
od_selection_extend (OdSelection *self,
                     const char  *unit_id)
{
  GListModel *rows;
  guint anchor, target, from, to;

  g_return_if_fail (OD_IS_SELECTION (self));
  g_return_if_fail (unit_id != NULL);

  anchor = od_unit_tree_get_selected_position (self->tree);
  rows = G_LIST_MODEL (od_unit_tree_get_selection (self->tree));
  target = GTK_INVALID_LIST_POSITION;
  for (guint i = 0; i < g_list_model_get_n_items (rows) && target == GTK_INVALID_LIST_POSITION; i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, i);
      g_autoptr(OdUnitItem) item = gtk_tree_list_row_get_item (row);

      if (g_str_equal (od_unit_item_get_id (item), unit_id))
        target = i;
    }
  if (anchor == GTK_INVALID_LIST_POSITION || target == GTK_INVALID_LIST_POSITION)
    return;
  g_free (self->extent);
  self->extent = g_strdup (unit_id);
  from = MIN (anchor, target);
  to = MAX (anchor, target);
  clear_marks_quietly (self);
  for (guint i = from; i <= to; i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, i);
      g_autoptr(OdUnitItem) item = gtk_tree_list_row_get_item (row);

      if (i != anchor)
        add_mark (self, od_unit_item_get_id (item));
    }
  emit_changed (self);
}

void
od_selection_extend_by (OdSelection *self,
                        int          delta)
{
  GListModel *rows;
  guint n, at = GTK_INVALID_LIST_POSITION;
  const char *end;

  g_return_if_fail (OD_IS_SELECTION (self));

  rows = G_LIST_MODEL (od_unit_tree_get_selection (self->tree));
  n = g_list_model_get_n_items (rows);
  /* From the end the last range reached, if it is still marked. */
  end = self->extent != NULL && g_hash_table_contains (self->index, self->extent)
        ? self->extent : od_unit_tree_get_selected_id (self->tree);
  if (end == NULL)
    return;
  for (guint i = 0; i < n && at == GTK_INVALID_LIST_POSITION; i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, i);
      g_autoptr(OdUnitItem) item = gtk_tree_list_row_get_item (row);

      if (g_str_equal (od_unit_item_get_id (item), end))
        at = i;
    }
  if (at == GTK_INVALID_LIST_POSITION || (delta < 0 && at < (guint) -delta) || at + delta >= n)
    return;
  {
    g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, at + delta);
    g_autoptr(OdUnitItem) item = gtk_tree_list_row_get_item (row);

    od_selection_extend (self, od_unit_item_get_id (item));
  }
}

gboolean
od_selection_contains (OdSelection *self,
                       const char  *unit_id)
{
  g_return_val_if_fail (OD_IS_SELECTION (self), FALSE);

  return unit_id != NULL &&
         (g_strcmp0 (unit_id, od_unit_tree_get_selected_id (self->tree)) == 0 ||
          g_hash_table_contains (self->index, unit_id));
}

guint
od_selection_get_n_marked (OdSelection *self)
{
  g_return_val_if_fail (OD_IS_SELECTION (self), 0);
  return self->marked->len;
}

void
od_selection_clear_marks (OdSelection *self)
{
  g_return_if_fail (OD_IS_SELECTION (self));
  primary_changed_cb (self);
}

void
od_selection_draw_marks (OdSelection *self,
                         cairo_t     *cr,
                         OdLayout    *layout,
                         OdViewport  *viewport)
{
  g_autoptr(GPtrArray) shown = NULL;
  OdLayoutRect visible;

  g_return_if_fail (OD_IS_SELECTION (self));

  if (self->marked->len == 0)
    return;
  /* The boxes in view that are marked, not every mark: after Ctrl+A on a
   * hundred thousand units a frame still costs what it shows. */
  shown = g_ptr_array_new ();
  od_viewport_get_visible (viewport, &visible);
  od_layout_query_rect (layout, &visible, shown);
  cairo_save (cr);
  /* The accent blue of the selected box, a little lighter. */
  cairo_set_source_rgba (cr, 0.21, 0.52, 0.89, 0.75);
  cairo_set_line_width (cr, 2.5);
  for (guint i = 0; i < shown->len; i++)
    {
      OdUnit *unit = shown->pdata[i];
      OdLayoutRect box;
      double x0, y0, x1, y1;

      if (!g_hash_table_contains (self->index, od_unit_get_id (unit)) || !od_layout_get_box (layout, unit, &box))
        continue;
      od_viewport_to_widget (viewport, box.x, box.y, &x0, &y0);
      od_viewport_to_widget (viewport, box.x + box.width, box.y + box.height, &x1, &y1);
      cairo_rectangle (cr, x0 - 3, y0 - 3, x1 - x0 + 6, y1 - y0 + 6);
      cairo_new_sub_path (cr);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

GStrv
od_selection_dup_ids (OdSelection *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  OdOrganisation *org;
  const char *primary;

  g_return_val_if_fail (OD_IS_SELECTION (self), NULL);

  org = od_document_get_organisation (od_unit_tree_get_document (self->tree));
  primary = od_unit_tree_get_selected_id (self->tree);
  if (primary != NULL)
    g_strv_builder_add (builder, primary);
  /* A marked unit since deleted (or undone away) is not selected. */
  for (guint i = 0; i < self->marked->len; i++)
    if (od_organisation_lookup_unit (org, self->marked->pdata[i]) != NULL)
      g_strv_builder_add (builder, self->marked->pdata[i]);
  return g_strv_builder_end (builder);
}

void
od_selection_select_units (OdSelection *self,
                           GPtrArray   *units,
                           gboolean     add)
{
  g_return_if_fail (OD_IS_SELECTION (self));
  g_return_if_fail (units != NULL);

  if (!add)
    {
      /* Nothing in the band: a fresh band selects nothing. */
      if (units->len == 0)
        {
          primary_changed_cb (self);
          od_unit_tree_select (self->tree, NULL);
          return;
        }
      /* The primary unit (the inspector's) is the first in the
       * organisation's order; selecting it clears the old marks. */
      if (g_strcmp0 (od_unit_get_id (units->pdata[0]), od_unit_tree_get_selected_id (self->tree)) != 0)
        od_unit_tree_select (self->tree, od_unit_get_id (units->pdata[0]));
      clear_marks_quietly (self);
    }
  else if (units->len > 0 && od_unit_tree_get_selected_id (self->tree) == NULL)
    od_unit_tree_select (self->tree, od_unit_get_id (units->pdata[0]));
  for (guint i = 0; i < units->len; i++)
    add_mark (self, od_unit_get_id (units->pdata[i]));
  emit_changed (self);
}

void
od_selection_extend_in_order (OdSelection *self,
                              const char  *unit_id)
{
  OdOrganisation *org;
  g_autoptr(GPtrArray) all = NULL;
  const char *anchor;
  gboolean inside = FALSE;

  g_return_if_fail (OD_IS_SELECTION (self));
  g_return_if_fail (unit_id != NULL);

  anchor = od_unit_tree_get_selected_id (self->tree);
  if (anchor == NULL)
    {
      od_unit_tree_select (self->tree, unit_id);
      return;
    }
  org = od_document_get_organisation (od_unit_tree_get_document (self->tree));
  all = od_organisation_list_units (org);
  clear_marks_quietly (self);
  for (guint i = 0; i < all->len; i++)
    {
      const char *id = od_unit_get_id (all->pdata[i]);
      gboolean end = g_str_equal (id, anchor) || g_str_equal (id, unit_id);

      if (end || inside)
        add_mark (self, id);
      /* The range closes at its second end (at once when both are one). */
      if (end)
        inside = !inside && !g_str_equal (anchor, unit_id);
    }
  emit_changed (self);
}

void
od_selection_select_all (OdSelection *self)
{
  OdOrganisation *org;
  g_autoptr(GPtrArray) all = NULL;

  g_return_if_fail (OD_IS_SELECTION (self));

  org = od_document_get_organisation (od_unit_tree_get_document (self->tree));
  all = od_organisation_list_units (org);
  if (all->len == 0)
    return;
  if (od_unit_tree_get_selected_id (self->tree) == NULL)
    od_unit_tree_select (self->tree, od_unit_get_id (all->pdata[0]));
  clear_marks_quietly (self);
  for (guint i = 0; i < all->len; i++)
    add_mark (self, od_unit_get_id (all->pdata[i]));
  emit_changed (self);
}

void
od_selection_clear (OdSelection *self)
{
  g_return_if_fail (OD_IS_SELECTION (self));

  /* Esc takes the marks away first, then the selected unit itself. */
  if (self->marked->len > 0)
    primary_changed_cb (self);
  else
    od_unit_tree_select (self->tree, NULL);
}
