/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-sources.c: the five texts behind the rules (domain.md §7).  Their
 * titles are data, not translations: a reader looks a title up in the
 * language the text is in, so the original stays beside a translation. */
#include "config.h"

#include <string.h>

#include "od-sources.h"

static const OdSource sources[] = {
  {
    .id = OD_SOURCE_CAUSES,
    .original_title = "营销前后台发生冲突的原因",
    .title = {
      [OD_LANG_ZH_CN] = "《营销前后台发生冲突的原因》",
      [OD_LANG_ZH_TW] = "《營銷前後台發生衝突的原因》",
      [OD_LANG_EN] = "Why the marketing front and back office come into conflict (《营销前后台发生冲突的原因》)",
    },
  },
  {
    .id = OD_SOURCE_MECHANISMS,
    .original_title = "营销前后台协同机制设计",
    .title = {
      [OD_LANG_ZH_CN] = "《营销前后台协同机制设计》",
      [OD_LANG_ZH_TW] = "《營銷前後台協同機制設計》",
      [OD_LANG_EN] = "Designing the coordination of the marketing front and back office (《营销前后台协同机制设计》)",
    },
  },
  {
    .id = OD_SOURCE_DUAL_TRACK,
    .original_title = "某某软件公司市场部与销售部协调之道",
    .title = {
      [OD_LANG_ZH_CN] = "《某某软件公司市场部与销售部协调之道》",
      [OD_LANG_ZH_TW] = "《某某軟體公司市場部與銷售部協調之道》",
      [OD_LANG_EN] = "How a software company reconciled its marketing and sales departments (《某某软件公司市场部与销售部协调之道》)",
    },
  },
  {
    .id = OD_SOURCE_HBR,
    .authors = "Philip Kotler, Neil Rackham, Suj Krishnaswamy",
    .original_title = "Ending the War Between Sales & Marketing",
    .title = {
      [OD_LANG_ZH_CN] = "《Ending the War Between Sales & Marketing》",
      [OD_LANG_ZH_TW] = "〈Ending the War Between Sales & Marketing〉",
      [OD_LANG_EN] = "“Ending the War Between Sales & Marketing”",
    },
    .publication = "Harvard Business Review, July–August 2006",
    .retelling = "〈文化壁壘：如何讓銷售與行銷達成緊密合作關係〉",
  },
  {
    .id = OD_SOURCE_ALL_STAFF,
    .original_title = NULL,
    .title = {
      [OD_LANG_ZH_CN] = "《全员营销与内部支撑》",
      [OD_LANG_ZH_TW] = "《全員營銷與內部支撐》",
      [OD_LANG_EN] = "All-staff marketing and internal support (《全员营销与内部支撑》)",
    },
    .descriptive = TRUE,
  },
};

const OdSource *
od_sources_get (guint *n_sources)
{
  g_return_val_if_fail (n_sources != NULL, NULL);

  *n_sources = G_N_ELEMENTS (sources);
  return sources;
}

const OdSource *
od_sources_lookup (const char *id)
{
  if (id == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (sources); i++)
    if (strcmp (sources[i].id, id) == 0)
      return &sources[i];
  return NULL;
}

const char *
od_source_get_title (const OdSource *source,
                     OdLang          lang)
{
  g_return_val_if_fail (source != NULL, NULL);
  g_return_val_if_fail (lang < OD_N_LANGS, source->title[OD_LANG_EN]);

  return source->title[lang];
}

char *
od_source_dup_citation (const OdSource *source,
                        OdLang          lang)
{
  GString *out;
  gboolean chinese = lang != OD_LANG_EN;

  g_return_val_if_fail (source != NULL, NULL);

  out = g_string_new (NULL);
  if (source->authors != NULL)
    g_string_append_printf (out, chinese ? "%s：" : "%s, ", source->authors);
  g_string_append (out, od_source_get_title (source, lang));
  if (source->publication != NULL)
    g_string_append_printf (out, chinese ? "，%s" : ", %s", source->publication);
  /* A translated title keeps the original beside it. */
  if (source->original_title != NULL && source->authors == NULL &&
      strstr (od_source_get_title (source, lang), source->original_title) == NULL)
    g_string_append_printf (out, lang == OD_LANG_ZH_CN ? "（原题《%s》）"
                                 : lang == OD_LANG_ZH_TW ? "（原題《%s》）"
                                 : " (original title 《%s》)", source->original_title);
  if (source->retelling != NULL)
    g_string_append_printf (out, lang == OD_LANG_ZH_CN ? "；中文转述：%s"
                                 : lang == OD_LANG_ZH_TW ? "；中文轉述：%s"
                                 : "; retold in Chinese as %s", source->retelling);
  if (source->descriptive)
    /* The text carries no title of its own: say the one printed is ours. */
    g_string_append (out, lang == OD_LANG_ZH_CN ? "（原文无标题，此为描述性标题）"
                        : lang == OD_LANG_ZH_TW ? "（原文無標題，此為描述性標題）"
                        : " (untitled in the original; descriptive title)");
  g_string_append (out, chinese ? "。" : ".");
  return g_string_free (out, FALSE);
}
