/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-text-decode.c: an exported file's text as UTF-8.
 *
 * A byte-order mark settles it.  Otherwise: text that is valid UTF-8 is
 * UTF-8 (legacy double-byte text almost never is); a file with zero
 * bytes that reads as text in UTF-16 is UTF-16 without a mark; else
 * both GB18030 (a superset of GBK and GB2312) and Big5 (Windows code
 * page 950, what Excel writes in Taiwan) are tried, and the one whose characters look like the
 * names of departments wins: the same bytes read in the wrong one give
 * rare characters.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "od-text-decode.h"

static const struct {
  const char *id;
  const char *iconv;
  const char *display;
} encodings[] = {
  [OD_TEXT_UTF8] = { "utf-8", "UTF-8", N_("Unicode (UTF-8)") },
  [OD_TEXT_UTF8_BOM] = { "utf-8-bom", "UTF-8", N_("Unicode (UTF-8 with byte-order mark)") },
  [OD_TEXT_UTF16LE] = { "utf-16le", "UTF-16LE", N_("Unicode (UTF-16, little-endian)") },
  [OD_TEXT_UTF16BE] = { "utf-16be", "UTF-16BE", N_("Unicode (UTF-16, big-endian)") },
  [OD_TEXT_GB18030] = { "gb18030", "GB18030", N_("Chinese Simplified (GB18030, GBK)") },
  [OD_TEXT_BIG5] = { "big5", "CP950", N_("Chinese Traditional (Big5)") },
};

const char *
od_text_encoding_to_string (OdTextEncoding encoding)
{
  g_return_val_if_fail (encoding < OD_N_TEXT_ENCODINGS, NULL);
  return encodings[encoding].id;
}

gboolean
od_text_encoding_from_string (const char     *str,
                              OdTextEncoding *encoding)
{
  for (guint i = 0; str != NULL && i < OD_N_TEXT_ENCODINGS; i++)
    if (g_ascii_strcasecmp (str, encodings[i].id) == 0)
      {
        *encoding = (OdTextEncoding) i;
        return TRUE;
      }
  return FALSE;
}

const char *
od_text_encoding_get_display_name (OdTextEncoding encoding)
{
  g_return_val_if_fail (encoding < OD_N_TEXT_ENCODINGS, NULL);
  return _(encodings[encoding].display);
}

/* Characters common in the names of departments, posts and places, in
 * both scripts.  A decoding in the right encoding is mostly made of them. */
static const char common_chars[] =
  "部门門销銷售市场場管理财財务務人力资資源采採购購生产產仓倉储儲物流总總经經办辦公司中心"
  "组組科处處室区區大华華东東南西北省分营營业業客户戶服售后後研发發技术術质質量品牌行政"
  "信息訊法审審计計划劃运運输輸车車间間工厂廠一二三四五六七八九十事长長副主任员員会會"
  "计財会會监監察训訓练練国國际際海外线線上下网網电電商店产品展策略推广廣关關系係支持援"
  "台前战戰统統合作项項目新开開规規建设設备備维維修安全检檢测測控制造料库庫配送集团團"
  "本地京沪滬广廣深港澳台湾灣江浙苏蘇川渝闽閩粤粵鲁魯豫冀晋晉陕陝湘鄂皖赣贛滇黔桂";

static GHashTable *
common_set (void)
{
  static GHashTable *set;
  static gsize once;

  if (g_once_init_enter (&once))
    {
      GHashTable *made = g_hash_table_new (NULL, NULL);

      for (const char *p = common_chars; *p != '\0'; p = g_utf8_next_char (p))
        g_hash_table_add (made, GUINT_TO_POINTER (g_utf8_get_char (p)));
      set = made;
      g_once_init_leave (&once, 1);
    }
  return set;
}

/* How many of the first double-byte characters of @data, read as
 * @encoding, are common in names; -1 if it does not read at all. */
static gint64
score (const char     *data,
       gsize           length,
       OdTextEncoding  encoding)
{
  GHashTable *set = common_set ();
  g_autofree char *text = NULL;
  gsize sample = MIN (length, 256 * 1024);
  gsize read = 0;
  gint64 hits = 0, others = 0;

  text = g_convert (data, (gssize) sample, "UTF-8", encodings[encoding].iconv, &read, NULL, NULL);
  /* A sample cut inside a character is fine; a bad byte before that is not. */
  if (text == NULL)
    {
      if (sample == length || read + 4 < sample || read == 0)
        return -1;
      text = g_convert (data, (gssize) read, "UTF-8", encodings[encoding].iconv, NULL, NULL, NULL);
      if (text == NULL)
        return -1;
    }
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x80)
        continue;
      if (g_hash_table_contains (set, GUINT_TO_POINTER (c)))
        hits++;
      else
        others++;
    }
  /* Rare characters count against: in the wrong encoding nearly all are. */
  return 2 * hits - others + (gint64) G_MAXINT32;
}

/* How many of the first @length / 2 code units of @data, read as UTF-16
 * in @encoding, are what tables of departments hold: printable ASCII, tab
 * and line ends, Latin letters, punctuation, CJK and full-width forms,
 * surrogate pairs.  Read in the wrong byte order, the separators and line
 * ends become letters of unrelated scripts (',' U+2C00, '\n' U+0A00). */
static gsize
utf16_plausible_units (const char     *data,
                       gsize           length,
                       OdTextEncoding  encoding)
{
  const guint8 *bytes = (const guint8 *) data;
  gboolean little = encoding == OD_TEXT_UTF16LE;
  gsize plausible = 0;

  for (gsize i = 0; i + 1 < length; i += 2)
    {
      guint unit = little ? bytes[i] | bytes[i + 1] << 8 : bytes[i] << 8 | bytes[i + 1];

      if ((unit >= 0x20 && unit < 0x7f) || unit == '\t' || unit == '\n' || unit == '\r' ||
          (unit >= 0xa0 && unit < 0x250) || (unit >= 0x2000 && unit < 0x2070) ||
          (unit >= 0x3000 && unit < 0xa000) || (unit >= 0xf900 && unit < 0xfb00) ||
          (unit >= 0xff00 && unit < 0xfff0))
        plausible++;
      else if (unit >= 0xd800 && unit < 0xdc00 && i + 3 < length)
        {
          guint next = little ? bytes[i + 2] | bytes[i + 3] << 8 : bytes[i + 2] << 8 | bytes[i + 3];

          if (next >= 0xdc00 && next < 0xe000)
            {
              plausible += 2;
              i += 2;
            }
        }
    }
  return plausible;
}

gboolean
od_text_detect_encoding (const char     *data,
                         gsize           length,
                         OdTextEncoding *encoding)
{
  gsize zeros_even = 0, zeros_odd = 0, pairs;
  gint64 gb, big5;

  g_return_val_if_fail (encoding != NULL, FALSE);

  *encoding = OD_TEXT_UTF8;
  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      *encoding = OD_TEXT_UTF8_BOM;
      return TRUE;
    }
  if (length >= 2 && memcmp (data, "\xff\xfe", 2) == 0)
    {
      *encoding = OD_TEXT_UTF16LE;
      return TRUE;
    }
  if (length >= 2 && memcmp (data, "\xfe\xff", 2) == 0)
    {
      *encoding = OD_TEXT_UTF16BE;
      return TRUE;
    }
  /* UTF-16 without a mark.  Text in UTF-8, GB18030 or Big5 never holds a
   * zero byte, while every ASCII character in UTF-16 (a table's separators
   * and line ends at least) has one.  Which byte order: the one in which
   * nearly all of the sample reads as such text (zeros fall on both sides
   * when names hold characters like 一, U+4E00). */
  pairs = MIN (length, 4096) / 2;
  for (gsize i = 0; i < pairs; i++)
    {
      zeros_even += data[2 * i] == '\0';
      zeros_odd += data[2 * i + 1] == '\0';
    }
  if (pairs >= 2 && length % 2 == 0 && zeros_even + zeros_odd > 0)
    {
      gsize le = utf16_plausible_units (data, pairs * 2, OD_TEXT_UTF16LE);
      gsize be = utf16_plausible_units (data, pairs * 2, OD_TEXT_UTF16BE);

      if (MAX (le, be) * 10 >= pairs * 9 && le != be)
        {
          *encoding = le > be ? OD_TEXT_UTF16LE : OD_TEXT_UTF16BE;
          return TRUE;
        }
    }
  if (g_utf8_validate_len (data, length, NULL))
    return TRUE;
  /* A NUL in otherwise 8-bit text: not a text file; let UTF-8 say where. */
  if (memchr (data, '\0', length) != NULL)
    return FALSE;
  gb = score (data, length, OD_TEXT_GB18030);
  big5 = score (data, length, OD_TEXT_BIG5);
  if (gb < 0 && big5 < 0)
    return FALSE;
  *encoding = big5 > gb ? OD_TEXT_BIG5 : OD_TEXT_GB18030;
  return TRUE;
}

/* The line of byte @offset in @data, counting line feeds in @encoding's
 * code units. */
static guint
line_at (const char     *data,
         gsize           offset,
         OdTextEncoding  encoding)
{
  guint line = 1;

  if (encoding == OD_TEXT_UTF16LE || encoding == OD_TEXT_UTF16BE)
    {
      gsize low = encoding == OD_TEXT_UTF16LE ? 0 : 1;

      for (gsize i = 0; i + 1 < offset; i += 2)
        if (data[i + low] == '\n' && data[i + 1 - low] == '\0')
          line++;
      return line;
    }
  for (gsize i = 0; i < offset; i++)
    line += data[i] == '\n';
  return line;
}

char *
od_text_decode (const char     *data,
                gsize           length,
                OdTextEncoding  encoding,
                gsize          *out_length,
                guint          *bad_line)
{
  g_autoptr(GError) error = NULL;
  char *text;
  gsize skip = 0, read = 0, written = 0;
  const char *bad;

  g_return_val_if_fail (encoding < OD_N_TEXT_ENCODINGS, NULL);

  if (bad_line != NULL)
    *bad_line = 0;
  if (encoding == OD_TEXT_UTF8 || encoding == OD_TEXT_UTF8_BOM)
    {
      if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
        skip = 3;
      /* g_utf8_validate stops at a NUL too: not text either way. */
      if (!g_utf8_validate (data + skip, (gssize) (length - skip), &bad))
        {
          if (bad_line != NULL)
            *bad_line = line_at (data, (gsize) (bad - data), encoding);
          return NULL;
        }
      if (out_length != NULL)
        *out_length = length - skip;
      return g_strndup (data + skip, length - skip);
    }
  if ((encoding == OD_TEXT_UTF16LE && length >= 2 && memcmp (data, "\xff\xfe", 2) == 0) ||
      (encoding == OD_TEXT_UTF16BE && length >= 2 && memcmp (data, "\xfe\xff", 2) == 0))
    skip = 2;
  text = g_convert (data + skip, (gssize) (length - skip), "UTF-8", encodings[encoding].iconv,
                    &read, &written, &error);
  if (text == NULL)
    {
      if (bad_line != NULL)
        *bad_line = line_at (data, skip + read, encoding);
      return NULL;
    }
  /* A NUL character decoded from UTF-16 is no more text than a NUL byte. */
  if (strlen (text) != written)
    {
      if (bad_line != NULL)
        {
          guint line = 1;

          for (const char *p = text; *p != '\0'; p++)
            line += *p == '\n';
          *bad_line = line;
        }
      g_free (text);
      return NULL;
    }
  if (out_length != NULL)
    *out_length = written;
  return text;
}
