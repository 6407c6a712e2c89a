/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-lang-catalog.c: reads the compiled catalogs (.mo) itself.
 *
 * gettext answers in the process's language: switching LANGUAGE or the
 * locale around a call is not thread-safe (export runs in a worker thread
 * while the window translates its labels), and uselocale() is overridden by
 * a LANGUAGE the desktop sets and needs the target locale installed.  The
 * .mo format is small and fixed (a header, then two tables of length and
 * offset), so each language's catalog is mapped once and indexed by msgid.
 * Chinese and English are the only document languages, so the plural rule
 * is known here rather than parsed from the catalog's header.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "od-lang-catalog.h"

#define MO_MAGIC         0x950412deU
#define MO_MAGIC_SWAPPED 0xde120495U

typedef struct {
  GMappedFile *file;
  GHashTable  *entries;   /* msgid → translation (in the mapped file) */
  gsize        ready;
} Catalog;

static Catalog catalogs[OD_N_LANGS];

static guint32
word (const guint8 *data,
      gsize         offset,
      gboolean      swapped)
{
  guint32 v;

  memcpy (&v, data + offset, 4);
  return swapped ? GUINT32_SWAP_LE_BE (v) : v;
}

/* The string at table entry @i, or NULL if it leaves the file or is not
 * NUL-terminated (a damaged file is ignored, never trusted). */
static const char *
string_at (const guint8 *data,
           gsize         size,
           guint32       table,
           guint32       i,
           gboolean      swapped,
           guint32      *length)
{
  guint64 entry = (guint64) table + (guint64) i * 8;
  guint32 len, off;

  if (entry + 8 > size)
    return NULL;
  len = word (data, entry, swapped);
  off = word (data, entry + 4, swapped);
  if ((guint64) off + len >= size || data[off + len] != '\0')
    return NULL;
  *length = len;
  return (const char *) data + off;
}

static void
load (Catalog    *catalog,
      const char *locale)
{
  const char *dir = bindtextdomain (GETTEXT_PACKAGE, NULL);
  g_autofree char *path = NULL;
  const guint8 *data;
  guint32 n, originals, translations;
  gboolean swapped;
  gsize size;

  catalog->entries = g_hash_table_new (g_str_hash, g_str_equal);
  if (dir == NULL)
    return;
  path = g_build_filename (dir, locale, "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  catalog->file = g_mapped_file_new (path, FALSE, NULL);
  if (catalog->file == NULL)
    return;
  data = (const guint8 *) g_mapped_file_get_contents (catalog->file);
  size = g_mapped_file_get_length (catalog->file);
  if (size < 28)
    return;
  swapped = word (data, 0, FALSE) == MO_MAGIC_SWAPPED;
  if (!swapped && word (data, 0, FALSE) != MO_MAGIC)
    return;
  n = word (data, 8, swapped);
  originals = word (data, 12, swapped);
  translations = word (data, 16, swapped);
  for (guint32 i = 0; i < n; i++)
    {
      guint32 id_len, str_len;
      const char *id = string_at (data, size, originals, i, swapped, &id_len);
      const char *str = string_at (data, size, translations, i, swapped, &str_len);

      /* Entry 0 is the header (an empty msgid); a msgid with a context
       * ("ctx\4id") is looked up whole. */
      if (id == NULL || str == NULL || *id == '\0' || *str == '\0')
        continue;
      g_hash_table_insert (catalog->entries, (gpointer) id, (gpointer) str);
    }
}

static Catalog *
catalog_for (OdLang lang)
{
  Catalog *catalog = &catalogs[lang];

  if (g_once_init_enter (&catalog->ready))
    {
      load (catalog, lang == OD_LANG_ZH_TW ? "zh_TW" : "zh_CN");
      g_once_init_leave (&catalog->ready, 1);
    }
  return catalog;
}

const char *
od_lang_gettext (OdLang      lang,
                 const char *msgid)
{
  const char *str;

  g_return_val_if_fail (msgid != NULL, NULL);
  if (lang != OD_LANG_ZH_CN && lang != OD_LANG_ZH_TW)
    return msgid;
  str = g_hash_table_lookup (catalog_for (lang)->entries, msgid);
  return str != NULL ? str : msgid;
}

const char *
od_lang_ngettext (OdLang      lang,
                  const char *singular,
                  const char *plural,
                  gulong      n)
{
  g_return_val_if_fail (singular != NULL && plural != NULL, NULL);
  if (lang == OD_LANG_ZH_CN || lang == OD_LANG_ZH_TW)
    {
      /* A plural entry's msgid is "singular\0plural" and its translation
       * "form0\0form1…": Chinese uses form 0 for every number.  Keyed by
       * the singular, as the hash table reads it up to the first NUL. */
      const char *str = g_hash_table_lookup (catalog_for (lang)->entries, singular);

      if (str != NULL)
        return str;
    }
  return n == 1 ? singular : plural;
}
