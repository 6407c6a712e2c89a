/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-text-context.h: the Pango context every piece of chart and report
 * text is shaped in, so that a label measured for the layout is exactly as
 * long when drawn on screen, on paper or in a PDF. */
#pragma once

#include <pango/pango.h>
#include "od-types.h"

G_BEGIN_DECLS

/* A context at 72 dpi (a 10 pt font is 10 chart units), with unhinted
 * metrics (sizes never depend on the zoom or the surface), shaping text as
 * @lang: without the language Pango picks the Japanese forms of Noto CJK
 * under the C locale.  Transfer full. */
PangoContext *od_text_context_new (OdLang lang);
/* The Pango language tag for @lang ("zh-cn", "zh-tw", "en"). */
const char   *od_lang_pango_tag   (OdLang lang);
/* The font families text of @lang is set in, the face of its script first
 * ("Noto Sans CJK TC, Sans" for zh-TW), whatever the locale. */
const char   *od_text_families    (OdLang lang);
/* The language a context from od_text_context_new() shapes as. */
OdLang        od_text_context_get_lang (PangoContext *context);
/* @font ("Sans Bold 8") with "Sans" (or no family) replaced by
 * od_text_families (@lang).  Transfer full. */
PangoFontDescription *od_text_font_new (OdLang      lang,
                                        const char *font);

G_END_DECLS
