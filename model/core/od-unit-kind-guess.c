/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-unit-kind-guess.c: a unit's kind from the words in its name.
 *
 * The tables are tried in order and the first word found wins: executive
 * words first (营销总部 is the integrating head of marketing and sales, an
 * executive unit in the large-firm template), then back office before front
 * office, since the sales-admin names contain the sales word (销售管理部,
 * 销管部), then support (after front office, so that market research stays
 * with marketing), and service words last.  Chinese words match anywhere in the name; English
 * words at the start of a word, and the short ones (HR, IT) only whole.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "od-unit-kind-guess.h"

typedef struct {
  OdUnitKind          kind;
  const char * const *words;
} KindWords;

static const char * const executive_words[] = {
  "总经理", "總經理", "总裁", "總裁", "董事", "副总", "副總", "总经办", "總經辦",
  "总部", "總部", "总公司", "總公司", "集团", "集團", "总办", "總辦", "首席",
  "ceo", "coo", "president", "general manager", "managing director", "board",
  "headquarters", "hq", "executive", "chairman", "vice president", "vp", "management team",
  NULL
};

static const char * const back_words[] = {
  "销管", "銷管", "销售管理", "銷售管理", "销售行政", "銷售行政", "销售运营", "銷售營運",
  "订单", "訂單", "采购", "採購", "采買", "生产", "生產", "车间", "車間",
  "制造", "製造", "工厂", "工廠", "仓储", "倉儲", "仓库", "倉庫", "库房", "庫房", "物流",
  "运输", "運輸", "配送", "供应链", "供應鏈", "品质", "品質", "质量", "質量", "质检", "質檢",
  "品管", "生产计划", "生產計劃", "物控", "物料",
  "sales admin", "sales operations", "sales support", "order", "purchas", "procure", "sourcing",
  "production", "manufactur", "plant", "factory", "workshop", "warehous", "logistic",
  "distribution", "shipping", "supply", "quality", "production planning", "inventory",
  NULL
};

static const char * const support_words[] = {
  "财务", "財務", "会计", "會計", "出纳", "出納", "人力", "人事", "行政", "研发", "研發",
  "技术", "技術", "信息", "資訊", "资讯", "法务", "法務", "审计", "審計", "稽核", "培训",
  "培訓", "总务", "總務", "后勤", "後勤", "内控", "內控", "风控", "風控", "证券", "證券",
  "finance", "financial", "accounting", "treasury", "hr", "human resource", "people",
  "personnel", "admin", "r&d", "research", "engineering", "it", "information",
  "technology", "legal", "audit", "training", "facilit", "compliance", "risk",
  NULL
};

static const char * const front_words[] = {
  "销售", "銷售", "市场", "市場", "营销", "營銷", "行销", "行銷", "品牌", "推广", "推廣",
  "客户", "客戶", "客服", "售后", "售後", "渠道", "通路", "电商", "電商",
  "大区", "大區", "区域", "區域", "分公司", "办事处", "辦事處", "门店", "門店", "門市",
  "业务", "業務", "公关", "公關", "大客户", "展会", "展會",
  "sales", "marketing", "market", "brand", "customer", "channel", "key account",
  "e-commerce", "ecommerce", "retail", "region", "branch", "store", "business development",
  "promotion", "communication", "public relations", "pr", "advertis", "电子商务", "電子商務",
  NULL
};

/* Service alone faces customers, but IT service or 财务服务 is support:
 * tried after the support words. */
static const char * const service_words[] = {
  "服务", "服務", "service", NULL
};

static const KindWords tables[] = {
  { OD_UNIT_KIND_EXECUTIVE, executive_words },
  { OD_UNIT_KIND_BACK, back_words },
  { OD_UNIT_KIND_FRONT, front_words },
  { OD_UNIT_KIND_SUPPORT, support_words },
  { OD_UNIT_KIND_FRONT, service_words },
};

/* An English word of @lower (lower case) at @at that starts a word, and
 * for words of three letters or fewer also ends one. */
static gboolean
ascii_word_at (const char *lower,
               const char *at,
               gsize       len)
{
  if (at > lower && g_ascii_isalnum (at[-1]))
    return FALSE;
  if (len <= 3 && g_ascii_isalnum (at[len]))
    return FALSE;
  return TRUE;
}

static gboolean
contains_word (const char *lower,
               const char *word)
{
  gsize len = strlen (word);

  if ((guchar) word[0] >= 0x80)
    return strstr (lower, word) != NULL;
  for (const char *at = strstr (lower, word); at != NULL; at = strstr (at + 1, word))
    if (ascii_word_at (lower, at, len))
      return TRUE;
  return FALSE;
}

OdUnitKind
od_unit_kind_guess (const char *name,
                    gboolean    has_parent,
                    OdUnitKind  parent_kind)
{
  g_autofree char *lower = NULL;

  if (name != NULL)
    {
      lower = g_utf8_strdown (name, -1);
      for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
        for (guint w = 0; tables[t].words[w] != NULL; w++)
          if (contains_word (lower, tables[t].words[w]))
            return tables[t].kind;
    }
  if (!has_parent)
    return OD_UNIT_KIND_EXECUTIVE;
  /* 一组 under 仓储部 is warehouse work too. */
  if (parent_kind != OD_UNIT_KIND_EXECUTIVE && parent_kind < OD_N_UNIT_KINDS)
    return parent_kind;
  return OD_UNIT_KIND_FRONT;
}

static const struct {
  const char *word;
  OdUnitKind  kind;
} kind_names[] = {
  { "executive", OD_UNIT_KIND_EXECUTIVE }, { "exec", OD_UNIT_KIND_EXECUTIVE },
  { "management", OD_UNIT_KIND_EXECUTIVE }, { "高管", OD_UNIT_KIND_EXECUTIVE },
  { "管理层", OD_UNIT_KIND_EXECUTIVE }, { "管理層", OD_UNIT_KIND_EXECUTIVE },
  { "决策层", OD_UNIT_KIND_EXECUTIVE }, { "決策層", OD_UNIT_KIND_EXECUTIVE },
  { "front", OD_UNIT_KIND_FRONT }, { "frontoffice", OD_UNIT_KIND_FRONT },
  { "前台", OD_UNIT_KIND_FRONT },
  { "back", OD_UNIT_KIND_BACK }, { "backoffice", OD_UNIT_KIND_BACK },
  { "后台", OD_UNIT_KIND_BACK }, { "後台", OD_UNIT_KIND_BACK },
  { "support", OD_UNIT_KIND_SUPPORT }, { "支持", OD_UNIT_KIND_SUPPORT },
  { "支援", OD_UNIT_KIND_SUPPORT }, { "职能", OD_UNIT_KIND_SUPPORT },
  { "職能", OD_UNIT_KIND_SUPPORT },
};

/* Lower case without spaces, hyphens or underscores: "Front office" and
 * "front-office" read alike. */
static char *
squeeze (const char *text)
{
  g_autofree char *lower = g_utf8_strdown (text, -1);
  GString *out = g_string_new (NULL);

  for (const char *p = lower; *p != '\0'; p++)
    if (*p != ' ' && *p != '-' && *p != '_' && *p != '\t')
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

gboolean
od_unit_kind_parse_loose (const char *text,
                          OdUnitKind *kind)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (kind != NULL, FALSE);

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return FALSE;
  key = squeeze (text);
  if (key[0] == '\0')
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (kind_names); i++)
    if (g_str_equal (key, kind_names[i].word))
      {
        *kind = kind_names[i].kind;
        return TRUE;
      }
  /* The names the user's language gives them, as the inspector shows. */
  for (int k = 0; k < OD_N_UNIT_KINDS; k++)
    {
      g_autofree char *shown = squeeze (od_unit_kind_get_display_name ((OdUnitKind) k));

      if (g_str_equal (key, shown))
        {
          *kind = (OdUnitKind) k;
          return TRUE;
        }
    }
  return FALSE;
}
