/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-xml-data.h: reading the product's own XML data files (catalog,
 * templates, questionnaire) from the model's GResource.
 *
 * These files ship with the program, but they are still parsed with the same
 * care as a user's file: no network, no DTD, no entity substitution.
 */
#pragma once

#include <glib.h>
#include <libxml/tree.h>
#include "od-types.h"

G_BEGIN_DECLS

/* Resource paths start here: "catalog/catalog.xml" etc. */
#define OD_MODEL_RESOURCE_PREFIX "/io/github/orgdesigner/model/"

/* Makes the model's resources (catalog, templates, schema...) available to
 * g_resources_lookup_data(); called by every loader here, cheap after the
 * first call.  Other model code reading a resource calls it first. */
void        od_xml_data_ensure_resources (void);

/* Parses @bytes; @name is used in messages.  Free with xmlFreeDoc. */
xmlDoc     *od_xml_data_parse          (GBytes      *bytes,
                                        const char  *name,
                                        GError     **error);
/* Parses the resource OD_MODEL_RESOURCE_PREFIX @path. */
xmlDoc     *od_xml_data_parse_resource (const char  *path,
                                        GError     **error);

/* TRUE if @node is an element named @name (any namespace). */
gboolean    od_xml_data_is             (xmlNode     *node,
                                        const char  *name);
/* An attribute's value, interned in @chunk (NULL if absent). */
const char *od_xml_data_attr           (xmlNode      *node,
                                        const char   *name,
                                        GStringChunk *chunk);
/* Fills @texts[OdLang] from the children <@element lang="zh-CN">…</@element>;
 * a language that is missing stays NULL. */
void        od_xml_data_lang_texts     (xmlNode      *node,
                                        const char   *element,
                                        GStringChunk *chunk,
                                        const char  **texts);

G_END_DECLS
