/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-catalog.c: loads the function catalog from its XML data file. */
#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "od-catalog.h"
#include "od-xml-data.h"

struct _OdCatalog
{
  GObject       parent_instance;

  GStringChunk *strings;
  GPtrArray    *functions;    /* OdFunction*, owned */
  GPtrArray    *mechanisms;   /* OdMechanism*, owned */
  GPtrArray    *areas;        /* OdArea*, owned */
  GPtrArray    *causes;       /* OdCause*, owned */
  GHashTable   *function_by_id;
  GHashTable   *mechanism_by_id;
  GHashTable   *area_by_id;
};

G_DEFINE_FINAL_TYPE (OdCatalog, od_catalog, G_TYPE_OBJECT)

static void
od_catalog_finalize (GObject *object)
{
  OdCatalog *self = OD_CATALOG (object);

  for (guint i = 0; i < self->functions->len; i++)
    g_free (((OdFunction *) g_ptr_array_index (self->functions, i))->sides);
  g_ptr_array_unref (self->functions);
  g_ptr_array_unref (self->mechanisms);
  g_ptr_array_unref (self->areas);
  g_ptr_array_unref (self->causes);
  g_hash_table_unref (self->function_by_id);
  g_hash_table_unref (self->mechanism_by_id);
  g_hash_table_unref (self->area_by_id);
  g_string_chunk_free (self->strings);

  G_OBJECT_CLASS (od_catalog_parent_class)->finalize (object);
}

static void
od_catalog_class_init (OdCatalogClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = od_catalog_finalize;
}

static void
od_catalog_init (OdCatalog *self)
{
  self->strings = g_string_chunk_new (16 * 1024);
  self->functions = g_ptr_array_new_with_free_func (g_free);
  self->mechanisms = g_ptr_array_new_with_free_func (g_free);
  self->areas = g_ptr_array_new_with_free_func (g_free);
  self->causes = g_ptr_array_new_with_free_func (g_free);
  self->function_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->mechanism_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->area_by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

static gboolean
fail (GError    **error,
      xmlNode    *node,
      const char *what,
      const char *id)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               "catalog.xml:%d: %s (%s)", node->line, what, id ? id : "?");
  return FALSE;
}

static guint
parse_sizes (const char *str)
{
  guint sizes = 0;
  g_auto(GStrv) words = NULL;

  if (str == NULL)
    return 0;
  words = g_strsplit_set (str, " \t\n", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      OdSize size;
      if (od_size_from_string (words[i], &size))
        sizes |= 1u << size;
    }
  return sizes;
}

static const char **
parse_sides (OdCatalog  *self,
             const char *str)
{
  g_auto(GStrv) words = NULL;
  GPtrArray *sides = g_ptr_array_new ();

  if (str != NULL)
    {
      words = g_strsplit_set (str, " \t\n", -1);
      for (guint i = 0; words[i] != NULL; i++)
        if (words[i][0] != '\0')
          g_ptr_array_add (sides, (gpointer) g_intern_string (words[i]));
    }
  g_ptr_array_add (sides, NULL);
  return (const char **) g_ptr_array_free (sides, FALSE);
}

static gboolean
check_names (const char **names)
{
  for (guint l = 0; l < OD_N_LANGS; l++)
    if (names[l] == NULL || names[l][0] == '\0')
      return FALSE;
  return TRUE;
}

static gboolean
load_function (OdCatalog *self,
               xmlNode   *node,
               GError   **error)
{
  OdFunction *f = g_new0 (OdFunction, 1);
  const char *id = od_xml_data_attr (node, "id", self->strings);
  const char *type = od_xml_data_attr (node, "type", self->strings);
  const char *controls = od_xml_data_attr (node, "controls", self->strings);

  g_ptr_array_add (self->functions, f);
  if (!od_is_valid_ref (id))
    return fail (error, node, "function id is not kebab-case", id);
  if (g_hash_table_contains (self->function_by_id, id))
    return fail (error, node, "duplicate function id", id);
  f->id = g_intern_string (id);
  f->area = g_intern_string (od_xml_data_attr (node, "area", self->strings));
  if (g_strcmp0 (type, "exclusive") == 0)
    f->type = OD_FUNCTION_EXCLUSIVE;
  else if (g_strcmp0 (type, "collaboration") == 0)
    f->type = OD_FUNCTION_COLLABORATION;
  else
    return fail (error, node, "function type must be exclusive or collaboration", id);
  f->sides = parse_sides (self, od_xml_data_attr (node, "sides", self->strings));
  f->required_sizes = parse_sizes (od_xml_data_attr (node, "required", self->strings));
  f->controls = controls ? g_intern_string (controls) : NULL;
  od_xml_data_lang_texts (node, "name", self->strings, f->name);
  od_xml_data_lang_texts (node, "description", self->strings, f->description);
  if (!check_names (f->name))
    return fail (error, node, "function lacks a name in one of the languages", id);
  if (f->type == OD_FUNCTION_COLLABORATION && (f->sides[0] == NULL || f->sides[1] == NULL))
    return fail (error, node, "a collaboration needs at least two sides", id);
  g_hash_table_insert (self->function_by_id, (gpointer) f->id, f);
  return TRUE;
}

static gboolean
load_mechanism (OdCatalog *self,
                xmlNode   *node,
                GError   **error)
{
  OdMechanism *m = g_new0 (OdMechanism, 1);
  const char *id = od_xml_data_attr (node, "id", self->strings);
  const char *causes = od_xml_data_attr (node, "causes", self->strings);

  g_ptr_array_add (self->mechanisms, m);
  if (!od_is_valid_ref (id) || g_hash_table_contains (self->mechanism_by_id, id))
    return fail (error, node, "mechanism id is not kebab-case or not unique", id);
  m->id = g_intern_string (id);
  if (!od_stage_from_string (od_xml_data_attr (node, "stage", self->strings), &m->stage))
    return fail (error, node, "mechanism stage must be a stage id", id);
  if (causes != NULL)
    {
      g_auto(GStrv) words = g_strsplit_set (causes, " \t\n", -1);
      for (guint i = 0; words[i] != NULL; i++)
        {
          int n = atoi (words[i]);
          if (n >= 1 && n <= OD_N_CAUSES)
            m->causes |= 1u << n;
        }
    }
  od_xml_data_lang_texts (node, "name", self->strings, m->name);
  od_xml_data_lang_texts (node, "description", self->strings, m->description);
  if (!check_names (m->name))
    return fail (error, node, "mechanism lacks a name in one of the languages", id);
  g_hash_table_insert (self->mechanism_by_id, (gpointer) m->id, m);
  return TRUE;
}

static gboolean
load_area (OdCatalog *self,
           xmlNode   *node,
           GError   **error)
{
  OdArea *a = g_new0 (OdArea, 1);
  const char *id = od_xml_data_attr (node, "id", self->strings);

  g_ptr_array_add (self->areas, a);
  if (!od_is_valid_ref (id) || g_hash_table_contains (self->area_by_id, id))
    return fail (error, node, "area id is not kebab-case or not unique", id);
  a->id = g_intern_string (id);
  od_xml_data_lang_texts (node, "name", self->strings, a->name);
  if (!check_names (a->name))
    return fail (error, node, "area lacks a name in one of the languages", id);
  g_hash_table_insert (self->area_by_id, (gpointer) a->id, a);
  return TRUE;
}

static gboolean
load_cause (OdCatalog *self,
            xmlNode   *node,
            GError   **error)
{
  OdCause *c = g_new0 (OdCause, 1);
  const char *id = od_xml_data_attr (node, "id", self->strings);

  g_ptr_array_add (self->causes, c);
  c->id = id ? (guint) atoi (id) : 0;
  if (c->id < 1 || c->id > OD_N_CAUSES || c->id != self->causes->len)
    return fail (error, node, "causes must be numbered 1 to 6 in order", id);
  od_xml_data_lang_texts (node, "name", self->strings, c->name);
  od_xml_data_lang_texts (node, "description", self->strings, c->description);
  if (!check_names (c->name))
    return fail (error, node, "cause lacks a name in one of the languages", id);
  return TRUE;
}

/* Cross-references can only be checked once every entry is in. */
static gboolean
check_references (OdCatalog *self,
                  GError   **error)
{
  for (guint i = 0; i < self->functions->len; i++)
    {
      const OdFunction *f = g_ptr_array_index (self->functions, i);

      if (!g_hash_table_contains (self->area_by_id, f->area))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       "catalog.xml: function %s names unknown area %s", f->id, f->area);
          return FALSE;
        }
      for (guint s = 0; f->sides[s] != NULL; s++)
        if (!g_hash_table_contains (self->area_by_id, f->sides[s]))
          {
            g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                         "catalog.xml: function %s names unknown side %s", f->id, f->sides[s]);
            return FALSE;
          }
      if (f->controls != NULL && !g_hash_table_contains (self->function_by_id, f->controls))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       "catalog.xml: function %s controls unknown function %s", f->id, f->controls);
          return FALSE;
        }
    }
  if (self->causes->len != OD_N_CAUSES)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "catalog.xml: expected %d causes, found %u", OD_N_CAUSES, self->causes->len);
      return FALSE;
    }
  return TRUE;
}

OdCatalog *
od_catalog_new_from_bytes (GBytes  *xml,
                           GError **error)
{
  g_autoptr(OdCatalog) self = g_object_new (OD_TYPE_CATALOG, NULL);
  xmlDoc *doc;
  xmlNode *root;
  gboolean ok = TRUE;

  g_return_val_if_fail (xml != NULL, NULL);

  doc = od_xml_data_parse (xml, "catalog.xml", error);
  if (doc == NULL)
    return NULL;
  root = xmlDocGetRootElement (doc);
  if (root == NULL || !od_xml_data_is (root, "catalog"))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "catalog.xml: the root is not <catalog>");
      xmlFreeDoc (doc);
      return NULL;
    }
  for (xmlNode *node = root->children; ok && node != NULL; node = node->next)
    {
      if (od_xml_data_is (node, "function"))
        ok = load_function (self, node, error);
      else if (od_xml_data_is (node, "mechanism"))
        ok = load_mechanism (self, node, error);
      else if (od_xml_data_is (node, "area"))
        ok = load_area (self, node, error);
      else if (od_xml_data_is (node, "cause"))
        ok = load_cause (self, node, error);
    }
  xmlFreeDoc (doc);
  if (!ok || !check_references (self, error))
    return NULL;
  return g_steal_pointer (&self);
}

OdCatalog *
od_catalog_get_default (void)
{
  static OdCatalog *catalog;

  if (g_once_init_enter (&catalog))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = NULL;
      OdCatalog *loaded;

      od_xml_data_ensure_resources ();
      bytes = g_resources_lookup_data (OD_MODEL_RESOURCE_PREFIX "catalog/catalog.xml",
                                       G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
      loaded = bytes ? od_catalog_new_from_bytes (bytes, &error) : NULL;

      /* The shipped data is checked by the test suite; failing here means a
       * broken build, not bad user input. */
      if (loaded == NULL)
        g_error ("The built-in function catalog cannot be read: %s", error->message);
      g_once_init_leave (&catalog, loaded);
    }
  return catalog;
}

const OdFunction *
od_catalog_lookup_function (OdCatalog  *self,
                            const char *id)
{
  g_return_val_if_fail (OD_IS_CATALOG (self), NULL);
  return id ? g_hash_table_lookup (self->function_by_id, id) : NULL;
}

const OdMechanism *
od_catalog_lookup_mechanism (OdCatalog  *self,
                             const char *id)
{
  g_return_val_if_fail (OD_IS_CATALOG (self), NULL);
  return id ? g_hash_table_lookup (self->mechanism_by_id, id) : NULL;
}

const OdArea *
od_catalog_lookup_area (OdCatalog  *self,
                        const char *id)
{
  g_return_val_if_fail (OD_IS_CATALOG (self), NULL);
  return id ? g_hash_table_lookup (self->area_by_id, id) : NULL;
}

const OdCause *
od_catalog_lookup_cause (OdCatalog *self,
                         guint      id)
{
  g_return_val_if_fail (OD_IS_CATALOG (self), NULL);
  if (id < 1 || id > self->causes->len)
    return NULL;
  return g_ptr_array_index (self->causes, id - 1);
}

GPtrArray *
od_catalog_get_functions (OdCatalog *self)
{
  g_return_val_if_fail (OD_IS_CATALOG (self), NULL);
  return self->functions;
}

GPtrArray *
od_catalog_get_mechanisms (OdCatalog *self)
{
  g_return_val_if_fail (OD_IS_CATALOG (self), NULL);
  return self->mechanisms;
}

GPtrArray *
od_catalog_get_areas (OdCatalog *self)
{
  g_return_val_if_fail (OD_IS_CATALOG (self), NULL);
  return self->areas;
}

GPtrArray *
od_catalog_get_causes (OdCatalog *self)
{
  g_return_val_if_fail (OD_IS_CATALOG (self), NULL);
  return self->causes;
}

gboolean
od_function_is_required_for (const OdFunction *function,
                             OdSize            size)
{
  g_return_val_if_fail (function != NULL, FALSE);
  return (function->required_sizes & (1u << size)) != 0;
}

gboolean
od_function_has_side (const OdFunction *function,
                      const char       *area)
{
  g_return_val_if_fail (function != NULL, FALSE);
  for (guint i = 0; function->sides[i] != NULL; i++)
    if (g_strcmp0 (function->sides[i], area) == 0)
      return TRUE;
  return FALSE;
}
