/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-template.c: builds an organisation from one of the shipped templates
 * (resources/templates/{small,medium,large}.xml, seed 001 §设计组织结构). */
#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "od-catalog.h"
#include "od-organisation-private.h"
#include "od-template.h"
#include "od-xml-data.h"

typedef struct {
  GStringChunk *strings;
  const char   *description[OD_N_LANGS];
  xmlDoc       *doc;
} Template;

static Template *
get_template (OdSize size)
{
  static Template templates[OD_N_SIZES];
  static gsize loaded;

  if (g_once_init_enter (&loaded))
    {
      for (guint s = 0; s < OD_N_SIZES; s++)
        {
          g_autofree char *path = g_strdup_printf ("templates/%s.xml", od_size_to_string (s));
          g_autoptr(GError) error = NULL;
          xmlNode *root;

          templates[s].strings = g_string_chunk_new (4096);
          templates[s].doc = od_xml_data_parse_resource (path, &error);
          /* Shipped data, checked by the test suite. */
          if (templates[s].doc == NULL)
            g_error ("The built-in template %s cannot be read: %s", path, error->message);
          root = xmlDocGetRootElement (templates[s].doc);
          od_xml_data_lang_texts (root, "description", templates[s].strings, templates[s].description);
        }
      g_once_init_leave (&loaded, 1);
    }
  return &templates[size];
}

const char *
od_template_get_description (OdSize size,
                             OdLang lang)
{
  g_return_val_if_fail (size < OD_N_SIZES && lang < OD_N_LANGS, NULL);
  return get_template (size)->description[lang];
}

static gboolean
build_unit (OdOrganisation *org,
            xmlNode        *node,
            OdUnit         *parent,
            OdLang          lang,
            GStringChunk   *strings,
            GError        **error)
{
  const char *names[OD_N_LANGS] = { NULL };
  const char *id = od_xml_data_attr (node, "id", strings);
  const char *kind_str = od_xml_data_attr (node, "kind", strings);
  const char *headcount = od_xml_data_attr (node, "headcount", strings);
  const char *assistant = od_xml_data_attr (node, "assistant", strings);
  OdUnitKind kind = OD_UNIT_KIND_FRONT;
  OdUnit *unit;

  od_xml_data_lang_texts (node, "name", strings, names);
  if (!od_is_valid_unit_id (id) || names[lang] == NULL ||
      (kind_str != NULL && !od_unit_kind_from_string (kind_str, &kind)) ||
      od_organisation_lookup_unit (org, id) != NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "template line %d: bad unit", node->line);
      return FALSE;
    }
  unit = _od_unit_new (org, id, names[lang], kind);
  if (headcount != NULL)
    unit->headcount = atoi (headcount);
  unit->assistant = g_strcmp0 (assistant, "true") == 0;
  _od_organisation_attach (org, unit, parent, NULL);

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (od_xml_data_is (child, "function"))
        {
          const char *ref = od_xml_data_attr (child, "ref", strings);
          OdRole role;

          if (od_catalog_lookup_function (od_catalog_get_default (), ref) == NULL ||
              !od_role_from_string (od_xml_data_attr (child, "role", strings), &role))
            {
              g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           "template line %d: unknown function %s or bad role", child->line, ref);
              return FALSE;
            }
          _od_unit_insert_assignment (org, unit, G_MAXUINT, ref, role);
        }
      else if (od_xml_data_is (child, "unit") &&
               !build_unit (org, child, unit, lang, strings, error))
        return FALSE;
    }
  return TRUE;
}

OdOrganisation *
od_template_create (OdSize       size,
                    OdLang       lang,
                    const char  *name,
                    GError     **error)
{
  static const char * const default_names[OD_N_LANGS] = {
    [OD_LANG_ZH_CN] = "新组织",
    [OD_LANG_ZH_TW] = "新組織",
    [OD_LANG_EN] = "New organisation",
  };
  Template *template;
  g_autoptr(OdOrganisation) org = NULL;
  GStringChunk *strings;
  xmlNode *root;
  gboolean ok = TRUE;

  g_return_val_if_fail (size < OD_N_SIZES && lang < OD_N_LANGS, NULL);

  template = get_template (size);
  org = od_organisation_new ();
  strings = g_string_chunk_new (4096);
  root = xmlDocGetRootElement (template->doc);
  _od_organisation_set_size (org, size);
  _od_organisation_set_lang (org, lang);
  /* The document's content follows @lang, not the UI's language. */
  _od_organisation_set_name (org, name != NULL && name[0] != '\0' ? name : default_names[lang]);
  for (xmlNode *child = root->children; ok && child != NULL; child = child->next)
    if (od_xml_data_is (child, "unit"))
      ok = build_unit (org, child, NULL, lang, strings, error);
  g_string_chunk_free (strings);
  if (!ok)
    return NULL;
  return g_steal_pointer (&org);
}
