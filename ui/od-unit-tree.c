/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-unit-tree.c: the reporting tree as a list model, and the selection.
 *
 * Rows are made lazily by GtkTreeListModel; each expanded unit's children
 * live in a GListStore that mirrors the organisation.  Edits change only
 * the stores concerned, so that rows keep their expansion and the list its
 * scroll position.
 */
#include "config.h"

#include <string.h>

#include "od-catalog.h"
#include "od-unit-item.h"
#include "od-unit-tree.h"

/* Larger organisations open with only the top levels expanded, so that
 * rows are not made for 100,000 units at once. */
#define AUTOEXPAND_MAX_UNITS 500
#define INITIAL_DEPTH 2

struct _OdUnitTree
{
  GObject             parent_instance;

  OdDocument         *document;
  OdOrganisation     *org;
  GListStore         *roots;
  GtkTreeListModel   *tree;
  GtkSingleSelection *selection;

  GHashTable         *stores;      /* parent id ("" for the top) → GListStore*, weak */
  GHashTable         *items;       /* unit id → OdUnitItem*, weak: the latest made */
  const OdUnit       *detaching;   /* during UNIT_REMOVED: counted as gone */
  char               *selected_id;
  guint               updating;
};

enum {
  PROP_0,
  PROP_SELECTED_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (OdUnitTree, od_unit_tree, G_TYPE_OBJECT)

/* ---- weak tables ---- */

typedef struct {
  GHashTable *table;
  char       *key;
} WeakEntry;

static void
weak_entry_notify (gpointer  data,
                   GObject  *where_the_object_was)
{
  WeakEntry *entry = data;

  /* A newer object may have taken the key meanwhile: leave that one. */
  if (g_hash_table_lookup (entry->table, entry->key) == (gpointer) where_the_object_was)
    g_hash_table_remove (entry->table, entry->key);
  g_hash_table_unref (entry->table);
  g_free (entry->key);
  g_free (entry);
}

static void
weak_insert (GHashTable *table,
             const char *key,
             gpointer    object)
{
  WeakEntry *entry = g_new0 (WeakEntry, 1);

  entry->table = g_hash_table_ref (table);
  entry->key = g_strdup (key);
  g_object_weak_ref (object, weak_entry_notify, entry);
  g_hash_table_insert (table, g_strdup (key), object);
}

/* ---- building ---- */

static OdUnitItem *
make_item (OdUnitTree   *self,
           const OdUnit *unit)
{
  OdUnitItem *item = od_unit_item_new (unit);

  /* Not the document's current findings: rows are made in the middle of
   * edits, where checking would be slow and see half an edit. */
  od_unit_item_set_severity (item, od_document_get_unit_severity (self->document, unit));
  weak_insert (self->items, od_unit_get_id (unit), item);
  return item;
}

static void
fill_store (OdUnitTree   *self,
            GListStore   *store,
            const OdUnit *first)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (const OdUnit *u = first; u != NULL; u = od_unit_get_next_sibling (u))
    if (u != self->detaching)
      g_ptr_array_add (items, make_item (self, u));
  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)),
                       items->pdata, items->len);
}

static gboolean
has_children (OdUnitTree   *self,
              const OdUnit *unit)
{
  const OdUnit *child = od_unit_get_first_child (unit);

  return child != NULL && (child != self->detaching || od_unit_get_next_sibling (child) != NULL);
}

static GListModel *
create_children_cb (gpointer item,
                    gpointer user_data)
{
  OdUnitTree *self = user_data;
  const char *id = od_unit_item_get_id (item);
  const OdUnit *unit = od_organisation_lookup_unit (self->org, id);
  GListStore *store;

  if (unit == NULL || !has_children (self, unit))
    return NULL;
  store = g_list_store_new (OD_TYPE_UNIT_ITEM);
  fill_store (self, store, od_unit_get_first_child (unit));
  weak_insert (self->stores, id, store);
  return G_LIST_MODEL (store);
}

static GListStore *
lookup_store (OdUnitTree *self,
              const char *parent_id)
{
  if (parent_id == NULL)
    return self->roots;
  return g_hash_table_lookup (self->stores, parent_id);
}

static GListStore *
store_of (OdUnitTree   *self,
          const OdUnit *unit)
{
  const OdUnit *parent = od_unit_get_parent (unit);

  return lookup_store (self, parent != NULL ? od_unit_get_id (parent) : NULL);
}

/* The row of @unit, expanding its ancestors; NULL if it cannot be shown. */
static GtkTreeListRow *
get_row (OdUnitTree   *self,
         const OdUnit *unit)
{
  const OdUnit *parent = od_unit_get_parent (unit);
  g_autoptr(GtkTreeListRow) parent_row = NULL;

  if (parent == NULL)
    return gtk_tree_list_model_get_child_row (self->tree, od_unit_get_position (unit));
  parent_row = get_row (self, parent);
  if (parent_row == NULL)
    return NULL;
  gtk_tree_list_row_set_expanded (parent_row, TRUE);
  return gtk_tree_list_row_get_child_row (parent_row, od_unit_get_position (unit));
}

/* Makes a new item for @unit, so that its row asks again whether it has
 * children (GtkTreeListModel asks only once per row). */
static void
replace_item (OdUnitTree   *self,
              const OdUnit *unit)
{
  GListStore *store = store_of (self, unit);
  g_autoptr(OdUnitItem) item = NULL;

  if (store == NULL)
    return;
  item = make_item (self, unit);
  g_list_store_splice (store, od_unit_get_position (unit), 1, (gpointer *) &item, 1);
}

static void
insert_unit (OdUnitTree   *self,
             const OdUnit *unit)
{
  GListStore *store = store_of (self, unit);
  const OdUnit *parent = od_unit_get_parent (unit);

  if (store != NULL)
    {
      g_autoptr(OdUnitItem) item = make_item (self, unit);

      g_list_store_insert (store, od_unit_get_position (unit), item);
    }
  else if (parent != NULL && od_unit_get_n_children (parent) == 1)
    replace_item (self, parent);
}

static void
remove_item (OdUnitTree *self,
             OdUnitItem *item)
{
  GListStore *store = lookup_store (self, od_unit_item_get_parent_id (item));
  guint position;

  if (store != NULL && g_list_store_find (store, item, &position))
    g_list_store_remove (store, position);
}

static void
rebuild (OdUnitTree *self)
{
  fill_store (self, self->roots, od_organisation_get_first_top_unit (self->org));
}

/* ---- selection ---- */

static void
set_selected_id (OdUnitTree *self,
                 const char *id)
{
  if (g_strcmp0 (self->selected_id, id) == 0)
    return;
  g_free (self->selected_id);
  self->selected_id = g_strdup (id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ID]);
}

static void
selection_changed_cb (OdUnitTree *self)
{
  GtkTreeListRow *row;
  OdUnitItem *item;

  if (self->updating > 0)
    return;
  row = gtk_single_selection_get_selected_item (self->selection);
  item = row != NULL ? gtk_tree_list_row_get_item (row) : NULL;
  set_selected_id (self, item != NULL ? od_unit_item_get_id (item) : NULL);
  g_clear_object (&item);
}

/* Selects the row of @unit_id without going through selection_changed_cb. */
static gboolean
select_row (OdUnitTree *self,
            const char *unit_id)
{
  const OdUnit *unit = unit_id != NULL ? od_organisation_lookup_unit (self->org, unit_id) : NULL;
  g_autoptr(GtkTreeListRow) row = NULL;
  guint position = GTK_INVALID_LIST_POSITION;

  if (unit != NULL && (row = get_row (self, unit)) != NULL)
    position = gtk_tree_list_row_get_position (row);
  self->updating++;
  if (gtk_single_selection_get_selected (self->selection) != position)
    gtk_single_selection_set_selected (self->selection, position);
  self->updating--;
  return position != GTK_INVALID_LIST_POSITION;
}

/* ---- following the organisation ---- */

/* Keeps the selected unit selected while edits take its row away and back;
 * deleting it selects its parent. */
static void
restore_selection (OdUnitTree   *self,
                   int           kind,
                   const OdUnit *unit)
{
  const OdUnit *selected;
  GtkTreeListRow *row;
  g_autoptr(OdUnitItem) item = NULL;

  if (self->selected_id == NULL)
    return;
  selected = od_organisation_lookup_unit (self->org, self->selected_id);
  if (kind == OD_CHANGE_UNIT_REMOVED && selected != NULL && od_unit_is_within (selected, unit))
    {
      const OdUnit *parent = od_unit_get_parent (unit);
      const char *parent_id = parent != NULL ? od_unit_get_id (parent) : NULL;

      /* The parent's row comes before the rows going away, so its
       * position is right even now. */
      select_row (self, parent_id);
      set_selected_id (self, parent_id);
      return;
    }
  if (selected == NULL)
    {
      select_row (self, NULL);
      set_selected_id (self, NULL);
      return;
    }
  row = gtk_single_selection_get_selected_item (self->selection);
  item = row != NULL ? gtk_tree_list_row_get_item (row) : NULL;
  if (item == NULL || g_strcmp0 (od_unit_item_get_id (item), self->selected_id) != 0)
    select_row (self, self->selected_id);
}

static void
organisation_changed_cb (OdUnitTree     *self,
                         int             kind,
                         const OdUnit   *unit,
                         OdOrganisation *org)
{
  OdUnitItem *item;

  self->updating++;
  switch (kind)
    {
    case OD_CHANGE_UNIT_ADDED:
      insert_unit (self, unit);
      break;

    case OD_CHANGE_UNIT_REMOVED:
      {
        GListStore *store = store_of (self, unit);
        const OdUnit *parent = od_unit_get_parent (unit);

        /* Still attached: whatever runs now must see it gone. */
        self->detaching = unit;
        if (store != NULL)
          g_list_store_remove (store, od_unit_get_position (unit));
        if (parent != NULL && od_unit_get_n_children (parent) == 1)
          replace_item (self, parent);
        self->detaching = NULL;
      }
      break;

    case OD_CHANGE_UNIT_MOVED:
      item = g_hash_table_lookup (self->items, od_unit_get_id (unit));
      if (item != NULL)
        {
          g_autoptr(OdUnitItem) held = g_object_ref (item);
          const char *old_parent_id = od_unit_item_get_parent_id (held);
          const OdUnit *old_parent = old_parent_id != NULL
            ? od_organisation_lookup_unit (self->org, old_parent_id) : NULL;

          remove_item (self, held);
          if (old_parent != NULL && od_unit_get_first_child (old_parent) == NULL)
            replace_item (self, old_parent);
        }
      insert_unit (self, unit);
      break;

    case OD_CHANGE_UNIT_PROPERTY:
      item = g_hash_table_lookup (self->items, od_unit_get_id (unit));
      if (item != NULL)
        od_unit_item_update (item, unit);
      break;

    case OD_CHANGE_RELOADED:
      rebuild (self);
      break;

    default:
      break;
    }
  self->updating--;

  restore_selection (self, kind, unit);
}

static void
findings_changed_cb (OdUnitTree *self)
{
  GHashTableIter iter;
  gpointer value;
  const gint8 *severities;
  guint n_serials;

  od_document_peek_findings (self->document);
  severities = od_document_get_severities (self->document, &n_serials);
  /* Only the items made so far, but that is every unit of an open group
   * (10,001 with one manager of 10,000 reports), after every edit: read by
   * serial rather than looking each unit up by its id.  An item whose unit
   * is gone is in no store, so what it reads does not show. */
  g_hash_table_iter_init (&iter, self->items);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      guint serial = od_unit_item_get_serial (value);

      od_unit_item_set_severity (value, severities != NULL && serial < n_serials ? severities[serial] : -1);
    }
}

/* ---- object ---- */

static void
od_unit_tree_dispose (GObject *object)
{
  OdUnitTree *self = OD_UNIT_TREE (object);

  if (self->org != NULL)
    g_signal_handlers_disconnect_by_data (self->org, self);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  g_clear_object (&self->selection);
  g_clear_object (&self->tree);
  g_clear_object (&self->roots);
  g_clear_object (&self->org);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (od_unit_tree_parent_class)->dispose (object);
}

static void
od_unit_tree_finalize (GObject *object)
{
  OdUnitTree *self = OD_UNIT_TREE (object);

  /* Items and stores may outlive the tree (held by rows): their weak
   * entries keep the tables alive and drop their own keys. */
  g_hash_table_unref (self->stores);
  g_hash_table_unref (self->items);
  g_free (self->selected_id);

  G_OBJECT_CLASS (od_unit_tree_parent_class)->finalize (object);
}

static void
od_unit_tree_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  OdUnitTree *self = OD_UNIT_TREE (object);

  switch (prop_id)
    {
    case PROP_SELECTED_ID:
      g_value_set_string (value, self->selected_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
od_unit_tree_class_init (OdUnitTreeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = od_unit_tree_dispose;
  object_class->finalize = od_unit_tree_finalize;
  object_class->get_property = od_unit_tree_get_property;

  properties[PROP_SELECTED_ID] =
    g_param_spec_string ("selected-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
od_unit_tree_init (OdUnitTree *self)
{
  self->stores = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->items = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

static void
expand_top_levels (OdUnitTree *self)
{
  /* Walk rows front to back; expanding a row inserts its children after
   * it, which the walk then meets in turn. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->tree)); i++)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (self->tree, i);

      if (gtk_tree_list_row_get_depth (row) + 1 < INITIAL_DEPTH)
        gtk_tree_list_row_set_expanded (row, TRUE);
    }
}

OdUnitTree *
od_unit_tree_new (OdDocument *document)
{
  OdUnitTree *self;
  gboolean autoexpand;

  g_return_val_if_fail (OD_IS_DOCUMENT (document), NULL);

  self = g_object_new (OD_TYPE_UNIT_TREE, NULL);
  self->document = g_object_ref (document);
  self->org = g_object_ref (od_document_get_organisation (document));
  self->roots = g_list_store_new (OD_TYPE_UNIT_ITEM);
  od_document_peek_findings (document);
  rebuild (self);
  autoexpand = od_organisation_get_n_units (self->org) <= AUTOEXPAND_MAX_UNITS;
  self->tree = gtk_tree_list_model_new (G_LIST_MODEL (g_object_ref (self->roots)), FALSE, autoexpand,
                                        create_children_cb, self, NULL);
  if (!autoexpand)
    expand_top_levels (self);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->tree)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  /* After the document's own handler, so that findings are stale by then. */
  g_signal_connect_object (self->org, "changed", G_CALLBACK (organisation_changed_cb),
                           self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_object (document, "findings-changed", G_CALLBACK (findings_changed_cb),
                           self, G_CONNECT_SWAPPED);
  return self;
}

OdDocument *
od_unit_tree_get_document (OdUnitTree *self)
{
  g_return_val_if_fail (OD_IS_UNIT_TREE (self), NULL);
  return self->document;
}

GtkSingleSelection *
od_unit_tree_get_selection (OdUnitTree *self)
{
  g_return_val_if_fail (OD_IS_UNIT_TREE (self), NULL);
  return self->selection;
}

const char *
od_unit_tree_get_selected_id (OdUnitTree *self)
{
  g_return_val_if_fail (OD_IS_UNIT_TREE (self), NULL);
  return self->selected_id;
}

OdUnit *
od_unit_tree_get_selected_unit (OdUnitTree *self)
{
  g_return_val_if_fail (OD_IS_UNIT_TREE (self), NULL);

  if (self->selected_id == NULL)
    return NULL;
  return od_organisation_lookup_unit (self->org, self->selected_id);
}

gboolean
od_unit_tree_select (OdUnitTree *self,
                     const char *unit_id)
{
  gboolean found;

  g_return_val_if_fail (OD_IS_UNIT_TREE (self), FALSE);

  if (unit_id != NULL && od_organisation_lookup_unit (self->org, unit_id) == NULL)
    return FALSE;
  found = select_row (self, unit_id);
  set_selected_id (self, found ? unit_id : NULL);
  return found || unit_id == NULL;
}

guint
od_unit_tree_get_selected_position (OdUnitTree *self)
{
  g_return_val_if_fail (OD_IS_UNIT_TREE (self), GTK_INVALID_LIST_POSITION);
  return gtk_single_selection_get_selected (self->selection);
}

/* ---- search ---- */

static gboolean
contains_folded (const char *haystack,
                 const char *needle)
{
  g_autofree char *folded = NULL;

  if (haystack == NULL)
    return FALSE;
  folded = g_utf8_casefold (haystack, -1);
  return strstr (folded, needle) != NULL;
}

static gboolean
unit_matches (const OdUnit *unit,
              const char   *needle)
{
  OdCatalog *catalog = od_catalog_get_default ();

  if (contains_folded (od_unit_get_name (unit), needle)
      || contains_folded (od_unit_get_head (unit), needle))
    return TRUE;
  for (guint i = 0; i < od_unit_get_n_assignments (unit); i++)
    {
      const OdAssignment *assignment = od_unit_get_assignment (unit, i);
      const OdFunction *function = od_catalog_lookup_function (catalog, assignment->function_id);

      if (contains_folded (assignment->function_id, needle))
        return TRUE;
      for (guint l = 0; function != NULL && l < OD_N_LANGS; l++)
        if (contains_folded (function->name[l], needle))
          return TRUE;
    }
  return FALSE;
}

const char *
od_unit_tree_find (OdUnitTree *self,
                   const char *text,
                   const char *after_id,
                   gboolean    backwards)
{
  g_autoptr(GPtrArray) units = NULL;
  g_autofree char *needle = NULL;
  guint start = 0;

  g_return_val_if_fail (OD_IS_UNIT_TREE (self), NULL);

  if (text == NULL || *text == '\0')
    return NULL;
  needle = g_utf8_casefold (text, -1);
  units = od_organisation_list_units (self->org);
  if (units->len == 0)
    return NULL;
  if (after_id != NULL)
    for (guint i = 0; i < units->len; i++)
      if (strcmp (od_unit_get_id (units->pdata[i]), after_id) == 0)
        {
          start = backwards ? i + units->len - 1 : i + 1;
          break;
        }
  if (after_id == NULL && backwards)
    start = units->len - 1;
  for (guint n = 0; n < units->len; n++)
    {
      guint i = backwards ? (start + units->len - n) % units->len : (start + n) % units->len;

      if (unit_matches (units->pdata[i], needle))
        return od_unit_get_id (units->pdata[i]);
    }
  return NULL;
}
