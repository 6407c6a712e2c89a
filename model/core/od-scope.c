/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-scope.c: reading a unit's scope from what it records or from its name. */
#include "config.h"

#include <string.h>

#include "od-scope.h"

static const char * const kinds[] = { "region", "segment", "channel", "product", NULL };

/* Name endings that say "this unit covers one part of @kind"; what comes
 * before is the part (华东大区 → 华东). */
static const struct { const char *suffix; const char *kind; } endings[] = {
  { "大区", "region" }, { "大區", "region" }, { "区域", "region" }, { "區域", "region" },
  { "片区", "region" }, { "片區", "region" }, { "省区", "region" }, { "省區", "region" },
  { "分公司", "region" }, { "办事处", "region" }, { "辦事處", "region" }, { "营业所", "region" },
  { "營業所", "region" }, { "区", "region" }, { "區", "region" },
  { "事业部", "product" }, { "事業部", "product" }, { "产品线", "product" }, { "產品線", "product" },
};
/* Words anywhere in a name that mark a customer segment or a channel. */
static const struct { const char *word; const char *kind; } words[] = {
  { "KA", "segment" }, { "大客户", "segment" }, { "大客戶", "segment" }, { "重点客户", "segment" },
  { "重點客戶", "segment" }, { "政企", "segment" }, { "行业客户", "segment" }, { "行業客戶", "segment" },
  { "电商", "channel" }, { "電商", "channel" }, { "线上", "channel" }, { "線上", "channel" },
  { "线下", "channel" }, { "線下", "channel" }, { "经销", "channel" }, { "經銷", "channel" },
};

gboolean
od_scope_kind_is_valid (const char *kind)
{
  return kind != NULL && g_strv_contains (kinds, kind);
}

static const char *
static_kind (const char *kind)
{
  for (guint i = 0; kinds[i] != NULL; i++)
    if (strcmp (kinds[i], kind) == 0)
      return kinds[i];
  return NULL;
}

gboolean
od_unit_dup_scope (const OdUnit *unit,
                   const char  **kind,
                   char        **scope)
{
  const char *name;
  gsize len;

  g_return_val_if_fail (unit != NULL && kind != NULL && scope != NULL, FALSE);

  *kind = NULL;
  *scope = NULL;
  if (od_unit_get_scope_kind (unit) != NULL)
    {
      *kind = static_kind (od_unit_get_scope_kind (unit));
      *scope = g_strdup (od_unit_get_scope (unit) ? od_unit_get_scope (unit) : od_unit_get_name (unit));
      return *kind != NULL;
    }
  name = od_unit_get_name (unit);
  len = strlen (name);
  for (guint i = 0; i < G_N_ELEMENTS (endings); i++)
    {
      gsize n = strlen (endings[i].suffix);

      /* The name is the bare word ("大区", "分公司"): no region named. */
      if (len == n && strcmp (name, endings[i].suffix) == 0)
        return FALSE;
      if (len > n && strcmp (name + len - n, endings[i].suffix) == 0)
        {
          *kind = endings[i].kind;
          *scope = g_strndup (name, len - n);
          return TRUE;
        }
    }
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (strstr (name, words[i].word) != NULL)
      {
        *kind = words[i].kind;
        *scope = g_strdup (name);
        return TRUE;
      }
  return FALSE;
}

gboolean
od_scope_units_divide (GPtrArray *units)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *first_kind = NULL;

  if (units->len < 2)
    return FALSE;
  for (guint i = 0; i < units->len; i++)
    {
      const char *kind;
      char *scope;

      if (!od_unit_dup_scope (units->pdata[i], &kind, &scope))
        return FALSE;
      if (first_kind == NULL)
        first_kind = kind;
      /* Scopes overlap: two units for the same territory, or territory
       * against segment (a KA team inside a region's customers). */
      if (kind != first_kind || g_hash_table_contains (seen, scope))
        {
          g_free (scope);
          return FALSE;
        }
      g_hash_table_add (seen, scope);
    }
  return TRUE;
}
