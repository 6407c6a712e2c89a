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
