/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-xml-data.c: safe reading of the product's bundled XML data. */
#include "config.h"

#include <glib/gi18n.h>
#include <gio/gio.h>
#include <libxml/parser.h>
#include <string.h>

#include "od-xml-data.h"
#include "od-model-resources.h"

void
od_xml_data_ensure_resources (void)
{
  static gsize registered;

  if (g_once_init_enter (&registered))
    {
      od_model_register_resource ();
      g_once_init_leave (&registered, 1);
    }
}

xmlDoc *
od_xml_data_parse (GBytes      *bytes,
                   const char  *name,
                   GError     **error)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  xmlParserCtxt *ctxt;
  xmlDoc *doc;

  if (size > G_MAXINT)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("%s is too large"), name);
      return NULL;
    }
  ctxt = xmlNewParserCtxt ();
  doc = xmlCtxtReadMemory (ctxt, data, (int) size, name, "UTF-8", XML_PARSE_NONET | XML_PARSE_NOBLANKS);
  if (doc == NULL || !ctxt->wellFormed || !ctxt->nsWellFormed || doc->intSubset != NULL)
    {
      const xmlError *err = xmlCtxtGetLastError (ctxt);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("%s:%d: the data file is damaged"), name, err ? err->line : 0);
      g_clear_pointer (&doc, xmlFreeDoc);
    }
  xmlFreeParserCtxt (ctxt);
  return doc;
}

xmlDoc *
od_xml_data_parse_resource (const char  *path,
                            GError     **error)
{
  g_autofree char *full = g_strconcat (OD_MODEL_RESOURCE_PREFIX, path, NULL);
  g_autoptr(GBytes) bytes = NULL;

  od_xml_data_ensure_resources ();
  bytes = g_resources_lookup_data (full, G_RESOURCE_LOOKUP_FLAGS_NONE, error);

  if (bytes == NULL)
    return NULL;
  return od_xml_data_parse (bytes, path, error);
}

gboolean
od_xml_data_is (xmlNode    *node,
                const char *name)
{
  return node->type == XML_ELEMENT_NODE && strcmp ((const char *) node->name, name) == 0;
}

const char *
od_xml_data_attr (xmlNode      *node,
                  const char   *name,
                  GStringChunk *chunk)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *) name);
  const char *result;

  if (value == NULL)
    return NULL;
  result = g_string_chunk_insert_const (chunk, (const char *) value);
  xmlFree (value);
  return result;
}

void
od_xml_data_lang_texts (xmlNode      *node,
                        const char   *element,
                        GStringChunk *chunk,
                        const char  **texts)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      xmlChar *lang_attr;
      OdLang lang;

      if (!od_xml_data_is (child, element))
        continue;
      lang_attr = xmlGetProp (child, (const xmlChar *) "lang");
      if (lang_attr != NULL && od_lang_from_string ((const char *) lang_attr, &lang))
        {
          xmlChar *content = xmlNodeGetContent (child);
          g_autofree char *stripped = g_strstrip (g_strdup ((const char *) content));
          texts[lang] = g_string_chunk_insert (chunk, stripped);
          xmlFree (content);
        }
      xmlFree (lang_attr);
    }
}
