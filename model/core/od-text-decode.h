/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-text-decode.h: the text of an exported file in whatever encoding the
 * exporting program chose (UTF-8 with or without a byte-order mark, GB18030
 * or GBK, Big5, UTF-16 from Excel's "Unicode text"), as UTF-8. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  OD_TEXT_UTF8,
  OD_TEXT_UTF8_BOM,
  OD_TEXT_UTF16LE,
  OD_TEXT_UTF16BE,
  OD_TEXT_GB18030,
  OD_TEXT_BIG5,
  OD_N_TEXT_ENCODINGS
} OdTextEncoding;

/* A stable id ("utf-8", "utf-8-bom", "utf-16le", "utf-16be", "gb18030",
 * "big5") and back. */
const char *od_text_encoding_to_string        (OdTextEncoding  encoding);
gboolean    od_text_encoding_from_string      (const char     *str,
                                               OdTextEncoding *encoding);
/* What a user reads ("Chinese Simplified (GB18030)"), translated. */
const char *od_text_encoding_get_display_name (OdTextEncoding  encoding);

/* The encoding @data most likely is in.  FALSE when it is none of them
 * (then *@encoding is UTF-8, so that decoding names the bad line). */
gboolean    od_text_detect_encoding           (const char     *data,
                                               gsize           length,
                                               OdTextEncoding *encoding);

/* @data as UTF-8 without a byte-order mark, NUL-terminated; *@length (may
 * be NULL) its length.  NULL when @data is not valid in @encoding or holds
 * a NUL character: then *@bad_line is the line (from 1) where it stops. */
char       *od_text_decode                    (const char     *data,
                                               gsize           length,
                                               OdTextEncoding  encoding,
                                               gsize          *out_length,
                                               guint          *bad_line);

G_END_DECLS
