/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-layout-measure.c: shaping and measuring the text of a unit's box.
 *
 * A box shows the unit's name (bold, wrapped at the maximum width, at most a
 * few lines) and one detail line: the head and the headcount.  Pango costs
 * about 5 µs per label, so every measurement is cached by the caller under
 * a digest of the text, and measurements are also shared between units that
 * show the same text (many departments are called 销售部).
 *
 * The Pango language is set on the context: under the C locale Pango would
 * otherwise shape Chinese with the Japanese face of Noto CJK.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "od-layout-private.h"
#include "od-text-context.h"
#include "od-text-han.h"

void
_od_layout_text_init (OdLayoutText          *text,
                      const OdLayoutOptions *options,
                      OdLang                 lang)
{
  memset (text, 0, sizeof *text);
  /* 72 dpi and unhinted: the size of a label must not depend on the zoom
   * or the surface it is drawn on (od-text-context.h). */
  text->context = od_text_context_new (lang);

  text->name_font = od_text_font_new (lang, "Sans Bold");
  pango_font_description_set_size (text->name_font, (int) (options->font_size * PANGO_SCALE));
  text->detail_font = od_text_font_new (lang, "Sans");
  pango_font_description_set_size (text->detail_font, (int) (options->font_size * 0.85 * PANGO_SCALE));
  text->lang = lang;
  text->max_width = options->max_text_width;
  text->max_lines = MAX (options->max_name_lines, 1);
  text->scratch = pango_layout_new (text->context);
  text->shared = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

void
_od_layout_text_clear (OdLayoutText *text)
{
  g_clear_object (&text->scratch);
  g_clear_object (&text->context);
  g_clear_pointer (&text->name_font, pango_font_description_free);
  g_clear_pointer (&text->detail_font, pango_font_description_free);
  g_clear_pointer (&text->shared, g_hash_table_unref);
}

static inline guint64
fnv1a (guint64     hash,
       const char *str)
{
  if (str != NULL)
    for (const guchar *p = (const guchar *) str; *p; p++)
      {
        hash ^= *p;
        hash *= G_GUINT64_CONSTANT (0x100000001b3);
      }
  /* A separator, so that ("ab", "c") and ("a", "bc") differ. */
  hash ^= 0xff;
  hash *= G_GUINT64_CONSTANT (0x100000001b3);
  return hash;
}

guint64
_od_layout_text_key (const OdUnit *unit)
{
  guint64 hash = G_GUINT64_CONSTANT (0xcbf29ce484222325);
  char count[16];

  g_snprintf (count, sizeof count, "%d", od_unit_get_headcount (unit));
  hash = fnv1a (hash, od_unit_get_name (unit));
  hash = fnv1a (hash, od_unit_get_head (unit));
  hash = fnv1a (hash, count);
  return hash != 0 ? hash : 1;
}

/* The detail line in the document's language (not the user's: the chart is
 * part of the document, printed for its readers), or NULL. */
static char *
detail_text (const OdUnit *unit,
             OdLang        lang)
{
  const char *head = od_unit_get_head (unit);
  int headcount = od_unit_get_headcount (unit);
  g_autofree char *count = NULL;

  if (head != NULL && *head == '\0')
    head = NULL;
  if (headcount >= 0)
    {
      switch (lang)
        {
        case OD_LANG_ZH_CN:
        case OD_LANG_ZH_TW:
          count = g_strdup_printf ("%d\xe4\xba\xba", headcount);  /* 人 */
          break;
        case OD_LANG_EN:
        case OD_N_LANGS:
        default:
          count = g_strdup_printf (headcount == 1 ? "%d person" : "%d people", headcount);
          break;
        }
    }
  if (head != NULL && count != NULL)
    return g_strconcat (head, " \xc2\xb7 ", count, NULL);  /* · */
  if (head != NULL)
    return g_strdup (head);
  return g_steal_pointer (&count);
}

char *
od_layout_unit_detail (const OdUnit *unit,
                       OdLang        lang)
{
  g_return_val_if_fail (unit != NULL, NULL);
  return detail_text (unit, lang);
}

char *
_od_layout_text_detail (OdLayoutText *text,
                        const OdUnit *unit)
{
  return detail_text (unit, text->lang);
}

guint64
_od_layout_text_digest (char        kind,
                        const char *str)
{
  char prefix[2] = { kind, '\0' };
  guint64 hash = G_GUINT64_CONSTANT (0xcbf29ce484222325);

  hash = fnv1a (hash, prefix);
  hash = fnv1a (hash, str);
  return hash != 0 ? hash : 1;
}

/* Sets @layout to show a name (bold, wrapped, at most max_lines lines) or
 * a detail line (regular, one line), centred in max_width. */
static void
fill_layout (OdLayoutText *text,
             PangoLayout  *layout,
             char          kind,
             const char   *str)
{
  g_autofree char *clean = NULL;

  if (kind == 'N')
    {
      /* A newline inside a name would break the box's shape: a space. */
      clean = g_strdup (str != NULL ? str : "");
      g_strdelimit (clean, "\n\r\t", ' ');
      str = clean;
    }
  pango_layout_set_font_description (layout, kind == 'N' ? text->name_font : text->detail_font);
  pango_layout_set_width (layout, (int) (text->max_width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  /* Negative: at most this many lines. */
  pango_layout_set_height (layout, kind == 'N' ? -(int) text->max_lines : -1);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_set_text (layout, str, -1);
  if (text->lang == OD_LANG_EN)
    {
      /* Pango shapes Han in English text as the first Chinese of
       * $LANGUAGE (Traditional forms for a zh_TW reader): the names of an
       * English document get Simplified forms, whoever reads them. */
      pango_layout_set_attributes (layout, NULL);
      od_text_set_han_language (layout, OD_LANG_ZH_CN);
    }
}

/* The size of one piece of text, shared across units in 1/64 pt steps
 * (rounded up so text always fits). */
static void
measure_piece (OdLayoutText *text,
               char          kind,
               const char   *str,
               double       *width,
               double       *height)
{
  guint64 key = _od_layout_text_digest (kind, str);
  gpointer packed;
  PangoRectangle logical;
  guint64 w, h;

  if (g_hash_table_lookup_extended (text->shared, &key, NULL, &packed))
    {
      *width = (GPOINTER_TO_SIZE (packed) >> 32) / 64.0;
      *height = (GPOINTER_TO_SIZE (packed) & 0xffffffff) / 64.0;
      return;
    }
  fill_layout (text, text->scratch, kind, str);
  pango_layout_get_extents (text->scratch, NULL, &logical);
  w = (guint64) ceil (MAX (logical.width, 0) * 64.0 / PANGO_SCALE);
  h = (guint64) ceil (MAX (logical.height, 0) * 64.0 / PANGO_SCALE);
  w = MIN (w, G_MAXUINT32);
  h = MIN (h, G_MAXUINT32);
  *width = w / 64.0;
  *height = h / 64.0;
  if (sizeof (gpointer) >= 8)
    g_hash_table_insert (text->shared, g_memdup2 (&key, sizeof key),
                         GSIZE_TO_POINTER ((gsize) ((w << 32) | h)));
}

void
_od_layout_text_measure (OdLayoutText *text,
                         const OdUnit *unit,
                         double       *width,
                         double       *height)
{
  g_autofree char *detail = detail_text (unit, text->lang);
  double nw, nh;

  /* Name and detail line are measured (and drawn) as two layouts: names
   * repeat across a large organisation (every region has a 销售部), and so
   * do detail lines, so most measurements come from the shared table. */
  measure_piece (text, 'N', od_unit_get_name (unit), &nw, &nh);
  *width = nw;
  *height = nh;
  if (detail != NULL)
    {
      double dw, dh;

      measure_piece (text, 'D', detail, &dw, &dh);
      *width = MAX (*width, dw);
      *height += _od_layout_text_gap (text) + dh;
    }
}

double
_od_layout_text_gap (OdLayoutText *text)
{
  /* Line boxes already carry the fonts' leading: the detail line sits
   * right under the name, as the lines of one paragraph would. */
  return 0;
}

PangoLayout *
_od_layout_text_create (OdLayoutText *text,
                        char          kind,
                        const char   *str)
{
  PangoLayout *layout = pango_layout_new (text->context);

  fill_layout (text, layout, kind, str);
  return layout;
}

PangoLayout *
_od_layout_text_create_label (OdLayoutText *text,
                              const char   *label)
{
  PangoLayout *layout = pango_layout_new (text->context);

  pango_layout_set_font_description (layout, text->detail_font);
  pango_layout_set_width (layout, (int) (text->max_width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (layout, -2);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_set_text (layout, label != NULL ? label : "", -1);
  if (text->lang == OD_LANG_EN)
    od_text_set_han_language (layout, OD_LANG_ZH_CN);
  return layout;
}
