/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-text-context.c: one way to make the Pango context of chart text. */
#include "config.h"

#include <pango/pangocairo.h>

#include "od-text-context.h"

const char *
od_lang_pango_tag (OdLang lang)
{
  switch (lang)
    {
    case OD_LANG_ZH_CN: return "zh-cn";
    case OD_LANG_ZH_TW: return "zh-tw";
    case OD_LANG_EN:
    case OD_N_LANGS:
    default:            return "en";
    }
}

/* Faces are named, not left to "Sans": fontconfig adds the locale's
 * language to every pattern, so under a zh_CN locale "Sans" for zh-TW
 * text is Noto Sans CJK SC, and under zh_TW an English document's Latin
 * text comes out in Noto Sans CJK TC.  A Chinese document is set in the
 * face of its script (Latin letters too, as Chinese typesetting does); an
 * English one in DejaVu Sans, the Sans of the system tools/deps installs,
 * with the Simplified face for Chinese names (the file states no script
 * for them, and Simplified is what most names are written in).  "Sans"
 * last, for a system without these fonts. */
const char *
od_text_families (OdLang lang)
{
  switch (lang)
    {
    case OD_LANG_ZH_CN: return "Noto Sans CJK SC, Sans";
    case OD_LANG_ZH_TW: return "Noto Sans CJK TC, Sans";
    case OD_LANG_EN:
    case OD_N_LANGS:
    default:            return "DejaVu Sans, Noto Sans CJK SC, Sans";
    }
}

OdLang
od_text_context_get_lang (PangoContext *context)
{
  /* Called for every name on a page: the interned languages, looked up
   * once (a benign race: every thread stores the same pointers). */
  static PangoLanguage *languages[OD_N_LANGS];
  PangoLanguage *language = pango_context_get_language (context);

  for (OdLang lang = 0; lang < OD_N_LANGS; lang++)
    {
      if (languages[lang] == NULL)
        languages[lang] = pango_language_from_string (od_lang_pango_tag (lang));
      if (language == languages[lang])
        return lang;
    }
  return OD_LANG_EN;
}

PangoFontDescription *
od_text_font_new (OdLang      lang,
                  const char *font)
{
  PangoFontDescription *desc = pango_font_description_from_string (font);
  const char *family = pango_font_description_get_family (desc);

  if (family == NULL || g_ascii_strcasecmp (family, "Sans") == 0)
    pango_font_description_set_family (desc, od_text_families (lang));
  return desc;
}

PangoContext *
od_text_context_new (OdLang lang)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_t *options = cairo_font_options_create ();

  pango_cairo_context_set_resolution (context, 72.0);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (context, FALSE);
  pango_context_set_language (context, pango_language_from_string (od_lang_pango_tag (lang)));
  return context;
}
