/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-text-han.c: language attributes on the Chinese runs of a layout. */
#include "config.h"

#include "od-text-context.h"
#include "od-text-flow.h"
#include "od-text-han.h"

static gboolean
is_cjk (gunichar c)
{
  GUnicodeScript script = g_unichar_get_script (c);

  if (script == G_UNICODE_SCRIPT_HAN || script == G_UNICODE_SCRIPT_BOPOMOFO)
    return TRUE;
  /* Punctuation and symbols of the Chinese faces (common script, so Pango
   * gives them the language of the run they follow). */
  return (c >= 0x2E80 && c <= 0x2FDF) ||  /* radicals */
         (c >= 0x3000 && c <= 0x303F) ||  /* 、。《》「」【】 */
         (c >= 0x3200 && c <= 0x33FF) ||  /* enclosed and compatibility */
         (c >= 0xFE30 && c <= 0xFE4F) ||  /* vertical forms */
         (c >= 0xFF00 && c <= 0xFFEF);    /* full width ，：；（） */
}

/* The face of @lang's script, first in a list ending in "Sans" (a system
 * without Noto CJK, which tools/deps installs, falls back as before).
 * A language attribute alone is not enough: Pango gives 《 or ： after
 * Latin letters the Latin script of the run they follow, and a language
 * that does not write that script is replaced by English, whose fallback
 * for them is the Japanese face; and fontconfig adds the locale's language
 * to every pattern, so under zh_CN a run asking for zh-tw still gets the
 * Simplified face. */
static const char *
family_for (OdLang lang)
{
  return od_text_families (lang);
}

void
od_text_set_han_language (PangoLayout *layout,
                          OdLang       lang)
{
  const char *text, *p, *start = NULL;
  PangoLanguage *language;
  const char *family;
  PangoAttrList *attrs;
  gboolean any = FALSE;

  g_return_if_fail (PANGO_IS_LAYOUT (layout));

  /* The Chinese names of an English document: Simplified, whatever the
   * locale (od-text-context.c). */
  if (lang != OD_LANG_ZH_CN && lang != OD_LANG_ZH_TW)
    lang = OD_LANG_ZH_CN;
  language = pango_language_from_string (od_lang_pango_tag (lang));
  family = family_for (lang);
  text = pango_layout_get_text (layout);
  attrs = pango_layout_get_attributes (layout) != NULL
          ? pango_attr_list_copy (pango_layout_get_attributes (layout))
          : pango_attr_list_new ();
  for (p = text;; p = g_utf8_next_char (p))
    {
      gboolean cjk = *p != '\0' && is_cjk (g_utf8_get_char (p));

      if (cjk && start == NULL)
        start = p;
      else if (!cjk && start != NULL)
        {
          PangoAttribute *attr = pango_attr_language_new (language);

          attr->start_index = (guint) (start - text);
          attr->end_index = (guint) (p - text);
          pango_attr_list_insert (attrs, attr);
          attr = pango_attr_family_new (family);
          attr->start_index = (guint) (start - text);
          attr->end_index = (guint) (p - text);
          pango_attr_list_insert (attrs, attr);
          start = NULL;
          any = TRUE;
        }
      if (*p == '\0')
        break;
    }
  if (any)
    pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
}

void
od_text_set_name (PangoLayout *layout,
                  OdLang       lang,
                  const char  *text)
{
  pango_layout_set_text (layout, text, -1);
  if (lang != OD_LANG_EN)
    return;
  /* Afresh: the runs of the previous name must not mark this one. */
  od_text_no_ligatures (layout);
  for (const char *p = text; *p != '\0'; p++)
    if ((guchar) *p >= 0x80)
      {
        od_text_set_han_language (layout, OD_LANG_ZH_CN);
        break;
      }
}
