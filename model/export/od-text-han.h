/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-text-han.h: Chinese runs in export text are shaped as Chinese of the
 * document's script, whatever language the sentence around them is in. */
#pragma once

#include <pango/pango.h>
#include "od-types.h"

G_BEGIN_DECLS

/* Gives every run of Han characters and CJK punctuation in @layout's text
 * the language of @lang (zh-cn, zh-tw; for an English document zh-cn,
 * whatever the locale), so an English sentence quoting "市场部"
 * draws it with Noto Sans CJK SC, not the Japanese face Pango picks for
 * Han text in an English run, and 《》 after Latin letters with the same
 * face as the title inside them.  Keeps the layout's other attributes;
 * call after setting the text. */
void od_text_set_han_language (PangoLayout *layout,
                               OdLang       lang);

/* Sets the text of @layout, which shows one name after another of a
 * document in @lang (with ligatures off, od_text_no_ligatures()): an
 * English document's Chinese names get the Simplified face and forms
 * whatever the reader's languages (Pango shapes Han in English text as the
 * first Chinese of $LANGUAGE). */
void od_text_set_name          (PangoLayout *layout,
                                OdLang       lang,
                                const char  *text);

G_END_DECLS
