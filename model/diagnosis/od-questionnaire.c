/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-questionnaire.c: loads the diagnosis data once. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "od-questionnaire.h"
#include "od-sources.h"
#include "od-xml-data.h"

typedef struct {
  GStringChunk *strings;
  OdStatement   statements[OD_N_QUESTIONS];
  GPtrArray    *facts;        /* OdFactQuestion* */
  GPtrArray    *moves;        /* OdMove* */
  GHashTable   *dimensions;   /* id → const char *[OD_N_LANGS] */
} Data;

static Data *
get_data (void)
{
  static Data *data;

  if (g_once_init_enter (&data))
    {
      g_autoptr(GError) error = NULL;
      Data *d = g_new0 (Data, 1);
      xmlDoc *doc = od_xml_data_parse_resource ("diagnosis/diagnosis.xml", &error);
      xmlNode *root;

      /* Shipped data, checked by the test suite. */
      if (doc == NULL)
        g_error ("The built-in diagnosis data cannot be read: %s", error->message);
      d->strings = g_string_chunk_new (8192);
      d->facts = g_ptr_array_new_with_free_func (g_free);
      d->moves = g_ptr_array_new_with_free_func (g_free);
      d->dimensions = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
      root = xmlDocGetRootElement (doc);
      for (xmlNode *node = root->children; node != NULL; node = node->next)
        {
          if (od_xml_data_is (node, "statement"))
            {
              const char *item = od_xml_data_attr (node, "item", d->strings);
              int n = item ? atoi (item) : 0;

              if (n < 1 || n > OD_N_QUESTIONS)
                g_error ("diagnosis.xml:%d: statement item out of range", node->line);
              d->statements[n - 1].item = (guint) n;
              d->statements[n - 1].dimension = od_xml_data_attr (node, "dimension", d->strings);
              od_xml_data_lang_texts (node, "text", d->strings, d->statements[n - 1].text);
            }
          else if (od_xml_data_is (node, "dimension"))
            {
              const char **names = g_new0 (const char *, OD_N_LANGS);
              od_xml_data_lang_texts (node, "name", d->strings, names);
              g_hash_table_insert (d->dimensions, (gpointer) od_xml_data_attr (node, "id", d->strings), names);
            }
          else if (od_xml_data_is (node, "fact"))
            {
              OdFactQuestion *q = g_new0 (OdFactQuestion, 1);
              q->id = od_xml_data_attr (node, "id", d->strings);
              od_xml_data_lang_texts (node, "text", d->strings, q->question);
              g_ptr_array_add (d->facts, q);
            }
          else if (od_xml_data_is (node, "move"))
            {
              OdMove *m = g_new0 (OdMove, 1);
              const char *sizes = od_xml_data_attr (node, "sizes", d->strings);

              if (!od_stage_from_string (od_xml_data_attr (node, "from", d->strings), &m->from) ||
                  !od_stage_from_string (od_xml_data_attr (node, "to", d->strings), &m->to))
                g_error ("diagnosis.xml:%d: a move needs from and to stages", node->line);
              m->mechanism = od_xml_data_attr (node, "mechanism", d->strings);
              m->source = od_xml_data_attr (node, "source", d->strings);
              if (od_sources_lookup (m->source) == NULL)
                g_error ("diagnosis.xml:%d: a move cites an unknown source “%s”", node->line, m->source);
              m->sizes = 0;
              if (sizes == NULL)
                m->sizes = (1u << OD_N_SIZES) - 1;
              else
                for (OdSize s = 0; s < OD_N_SIZES; s++)
                  if (strstr (sizes, od_size_to_string (s)) != NULL)
                    m->sizes |= 1u << s;
              od_xml_data_lang_texts (node, "text", d->strings, m->text);
              g_ptr_array_add (d->moves, m);
            }
        }
      xmlFreeDoc (doc);
      for (guint i = 0; i < OD_N_QUESTIONS; i++)
        if (d->statements[i].item == 0)
          g_error ("diagnosis.xml: statement %u is missing", i + 1);
      g_once_init_leave (&data, d);
    }
  return data;
}

const OdStatement *
od_questionnaire_get_statement (guint item)
{
  g_return_val_if_fail (item >= 1 && item <= OD_N_QUESTIONS, NULL);
  return &get_data ()->statements[item - 1];
}

GPtrArray *
od_questionnaire_get_facts (void)
{
  return get_data ()->facts;
}

GPtrArray *
od_questionnaire_get_moves (void)
{
  return get_data ()->moves;
}

const char *
od_questionnaire_dimension_name (const char *dimension,
                                 OdLang      lang)
{
  const char **names = g_hash_table_lookup (get_data ()->dimensions, dimension);
  return names ? names[lang] : dimension;
}

OdStage
od_questionnaire_band (double total)
{
  if (total < 40)
    return OD_STAGE_UNDEFINED;
  if (total < 60)
    return OD_STAGE_DEFINED;
  if (total < 80)
    return OD_STAGE_ALIGNED;
  return OD_STAGE_INTEGRATED;
}
