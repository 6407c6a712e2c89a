/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-collate.c: sort keys in the document's language.
 *
 * The printed index of a chart is part of the document: a zh-CN document
 * lists its units in pinyin order whoever exports it, as its page
 * furniture is in its language whatever the computer's locale.
 * g_utf8_collate_key() follows LC_COLLATE, so the same file gave another
 * index under C (code point order) than under zh_CN.UTF-8.  The keys here
 * come from the C library's collation of the document's language, taken
 * with newlocale() (thread-safe: exports run in worker threads too).  A
 * machine without that locale gives code point order (C.UTF-8), the same
 * under every locale of that machine; tools/deps generates the locales. */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "od-collate.h"

static locale_t
open_first (const char *const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    {
      locale_t loc = newlocale (LC_COLLATE_MASK, names[i], (locale_t) 0);

      if (loc != (locale_t) 0)
        return loc;
    }
  return (locale_t) 0;
}

/* The collation of @lang, opened once and kept for the process. */
static locale_t
collation_of (OdLang lang)
{
  static const char *const zh_cn[] = { "zh_CN.UTF-8", "zh_SG.UTF-8", "C.UTF-8", NULL };
  /* glibc's zh_TW collation is code point order for Han; kept by name so a
   * C library with stroke order would use it. */
  static const char *const zh_tw[] = { "zh_TW.UTF-8", "zh_HK.UTF-8", "C.UTF-8", NULL };
  static const char *const en[] = { "en_US.UTF-8", "en_GB.UTF-8", "C.UTF-8", NULL };
  static gsize opened[3];
  static locale_t locales[3];
  guint i = lang == OD_LANG_ZH_TW ? 1 : lang == OD_LANG_EN ? 2 : 0;

  if (g_once_init_enter (&opened[i]))
    {
      locales[i] = open_first (i == 1 ? zh_tw : i == 2 ? en : zh_cn);
      g_once_init_leave (&opened[i], 1);
    }
  return locales[i];
}

/* A key for @text that sorts with strcmp() in @lang's order; free it with
 * g_free(). */
char *
od_collate_key (OdLang      lang,
                const char *text)
{
  locale_t loc = collation_of (lang);
  g_autofree char *normal = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);
  const char *source = normal != NULL ? normal : text;
  size_t length;
  char *key;

  if (loc == (locale_t) 0)
    return g_strdup (source);
  length = strxfrm_l (NULL, source, 0, loc);
  key = g_malloc (length + 1);
  strxfrm_l (key, source, length + 1, loc);
  return key;
}
