/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-lang-catalog.c: translations in a language chosen per call read
 * the compiled catalog of that language whatever the process's locale,
 * choose Chinese and English plural forms, fall back to the English text
 * for a missing entry or a damaged or missing catalog, and load safely
 * from several threads at once. */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "od-lang-catalog.h"

typedef struct {
  const char *id;    /* with a NUL inside for a plural entry */
  gsize       id_len;
  const char *str;
  gsize       str_len;
} Entry;

static void
put32 (GByteArray *out,
       guint32     v)
{
  g_byte_array_append (out, (const guint8 *) &v, 4);
}

/* A .mo file of @entries (sorted by msgid, as msgfmt writes them). */
static GBytes *
make_mo (const Entry *entries,
         guint        n)
{
  GByteArray *out = g_byte_array_new ();
  guint32 strings = 28 + 16 * n;
  guint32 at = strings;

  put32 (out, 0x950412de);
  put32 (out, 0);
  put32 (out, n);
  put32 (out, 28);
  put32 (out, 28 + 8 * n);
  put32 (out, 0);
  put32 (out, 0);
  for (guint i = 0; i < n; i++)
    {
      put32 (out, entries[i].id_len);
      put32 (out, at);
      at += entries[i].id_len + 1;
    }
  for (guint i = 0; i < n; i++)
    {
      put32 (out, entries[i].str_len);
      put32 (out, at);
      at += entries[i].str_len + 1;
    }
  for (guint i = 0; i < n; i++)
    g_byte_array_append (out, (const guint8 *) entries[i].id, entries[i].id_len + 1);
  for (guint i = 0; i < n; i++)
    g_byte_array_append (out, (const guint8 *) entries[i].str, entries[i].str_len + 1);
  return g_byte_array_free_to_bytes (out);
}

static void
write_catalog (const char *root,
               const char *locale,
               GBytes     *bytes)
{
  g_autofree char *dir = g_build_filename (root, locale, "LC_MESSAGES", NULL);
  g_autofree char *path = g_build_filename (dir, GETTEXT_PACKAGE ".mo", NULL);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
}

#define PLURAL_ID "%u unit\0%u units"
#define PLURAL_STR "%u 個單位"

static gpointer
lookup_thread (gpointer data)
{
  return (gpointer) od_lang_gettext (OD_LANG_ZH_TW, "Page %u of %u");
}

static void
test_catalog (void)
{
  static const Entry tw[] = {
    { "", 0, "Content-Type: text/plain; charset=UTF-8\n", 40 },
    { PLURAL_ID, sizeof PLURAL_ID - 1, PLURAL_STR, sizeof PLURAL_STR - 1 },
    { "Page %u of %u", 13, "第 %u 頁，共 %u 頁", strlen ("第 %u 頁，共 %u 頁") },
  };
  g_autofree char *root = g_dir_make_tmp ("od-lang-catalog-XXXXXX", NULL);
  g_autoptr(GBytes) good = make_mo (tw, G_N_ELEMENTS (tw));
  g_autoptr(GBytes) damaged = NULL;
  GThread *threads[8];
  guint8 *bytes;
  gsize size;

  /* zh_CN: offsets that point past the end, as a truncated file has. */
  bytes = g_memdup2 (g_bytes_get_data (good, NULL), g_bytes_get_size (good));
  size = g_bytes_get_size (good);
  bytes[28 + 8 * 2 + 4] = 0xff;
  bytes[28 + 8 * 2 + 7] = 0x7f;
  damaged = g_bytes_new_take (bytes, size - 20);
  write_catalog (root, "zh_TW", good);
  write_catalog (root, "zh_CN", damaged);
  bindtextdomain (GETTEXT_PACKAGE, root);
  /* The process speaks English: the calls must not care. */
  setlocale (LC_ALL, "C");

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("lookup", lookup_thread, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_assert_cmpstr (g_thread_join (threads[i]), ==, "第 %u 頁，共 %u 頁");

  g_assert_cmpstr (od_lang_gettext (OD_LANG_ZH_TW, "Page %u of %u"), ==, "第 %u 頁，共 %u 頁");
  g_assert_cmpstr (od_lang_ngettext (OD_LANG_ZH_TW, "%u unit", "%u units", 1), ==, PLURAL_STR);
  g_assert_cmpstr (od_lang_ngettext (OD_LANG_ZH_TW, "%u unit", "%u units", 7), ==, PLURAL_STR);
  /* Missing entries, the damaged catalog and English give the English text. */
  g_assert_cmpstr (od_lang_gettext (OD_LANG_ZH_TW, "Not in the catalog"), ==, "Not in the catalog");
  g_assert_cmpstr (od_lang_ngettext (OD_LANG_ZH_TW, "%u box", "%u boxes", 2), ==, "%u boxes");
  g_assert_cmpstr (od_lang_gettext (OD_LANG_ZH_CN, "Page %u of %u"), ==, "Page %u of %u");
  g_assert_cmpstr (od_lang_gettext (OD_LANG_EN, "Page %u of %u"), ==, "Page %u of %u");
  g_assert_cmpstr (od_lang_ngettext (OD_LANG_EN, "%u unit", "%u units", 1), ==, "%u unit");
  g_assert_cmpstr (od_lang_ngettext (OD_LANG_EN, "%u unit", "%u units", 0), ==, "%u units");
  /* The header entry (an empty msgid) is never a translation. */
  g_assert_cmpstr (od_lang_gettext (OD_LANG_ZH_TW, ""), ==, "");
  /* The names the furniture uses go through the same catalog. */
  g_assert_cmpstr (od_size_get_display_name_in (OD_SIZE_MEDIUM, OD_LANG_EN), ==, "Medium firm");

  for (guint i = 0; i < 2; i++)
    {
      const char *locale = i == 0 ? "zh_TW" : "zh_CN";
      g_autofree char *file = g_build_filename (root, locale, "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
      g_autofree char *messages = g_path_get_dirname (file);
      g_autofree char *dir = g_path_get_dirname (messages);

      g_remove (file);
      g_rmdir (messages);
      g_rmdir (dir);
    }
  g_rmdir (root);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/model/core/lang-catalog/per-call", test_catalog);
  return g_test_run ();
}
