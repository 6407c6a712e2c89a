/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-types.c: string forms and display names of the shared enumerations. */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "od-types.h"
#include "od-lang-catalog.h"

static const char * const size_ids[] = { "small", "medium", "large" };
static const char * const kind_ids[] = { "executive", "front", "back", "support" };
static const char * const role_ids[] = { "owner", "lead", "participant" };
static const char * const side_ids[] = { "sales", "marketing" };
static const char * const stage_ids[] = { "undefined", "defined", "aligned", "integrated" };
static const char * const severity_ids[] = { "info", "warning", "error" };
static const char * const lang_ids[] = { "zh-CN", "zh-TW", "en" };

static gboolean
lookup (const char * const *ids,
        guint               n_ids,
        const char         *str,
        int                *out)
{
  if (str == NULL)
    return FALSE;
  for (guint i = 0; i < n_ids; i++)
    if (strcmp (ids[i], str) == 0)
      {
        *out = (int) i;
        return TRUE;
      }
  return FALSE;
}

#define DEFINE_STRING_FORMS(Type, type, ids, n)                        \
  const char *                                                         \
  od_##type##_to_string (Type value)                                   \
  {                                                                    \
    g_return_val_if_fail ((int) value >= 0 && (int) value < (n), NULL); \
    return ids[value];                                                 \
  }                                                                    \
  gboolean                                                             \
  od_##type##_from_string (const char *str, Type *out)                 \
  {                                                                    \
    int value;                                                         \
    if (!lookup (ids, (n), str, &value))                               \
      return FALSE;                                                    \
    if (out != NULL)                                                   \
      *out = (Type) value;                                             \
    return TRUE;                                                       \
  }

DEFINE_STRING_FORMS (OdSize, size, size_ids, OD_N_SIZES)
DEFINE_STRING_FORMS (OdUnitKind, unit_kind, kind_ids, OD_N_UNIT_KINDS)
DEFINE_STRING_FORMS (OdRole, role, role_ids, OD_N_ROLES)
DEFINE_STRING_FORMS (OdSide, side, side_ids, OD_N_SIDES)
DEFINE_STRING_FORMS (OdStage, stage, stage_ids, OD_N_STAGES)
DEFINE_STRING_FORMS (OdLang, lang, lang_ids, OD_N_LANGS)

const char *
od_severity_to_string (OdSeverity severity)
{
  g_return_val_if_fail (severity < OD_N_SEVERITIES, NULL);
  return severity_ids[severity];
}

OdLang
od_lang_for_user (void)
{
  const char * const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      const char *name = names[i];

      if (strcmp (name, "C") == 0 || strcmp (name, "POSIX") == 0)
        continue;
      if (g_str_has_prefix (name, "zh"))
        {
          if (strstr (name, "TW") != NULL || strstr (name, "HK") != NULL ||
              strstr (name, "MO") != NULL || strstr (name, "Hant") != NULL)
            return OD_LANG_ZH_TW;
          return OD_LANG_ZH_CN;
        }
      /* The first real language the user asked for decides. */
      return OD_LANG_EN;
    }
  return OD_LANG_EN;
}

/* A name for the reader (in the interface's language) and one in a
 * document's language, both from type##_msgid (), the untranslated name. */
#define DEFINE_DISPLAY_NAMES(Type, type)                               \
  const char *                                                         \
  od_##type##_get_display_name (Type value)                            \
  {                                                                    \
    const char *msgid = type##_msgid (value);                          \
    return msgid != NULL ? _(msgid) : NULL;                            \
  }                                                                    \
  const char *                                                         \
  od_##type##_get_display_name_in (Type value, OdLang lang)            \
  {                                                                    \
    const char *msgid = type##_msgid (value);                          \
    return msgid != NULL ? od_lang_gettext (lang, msgid) : NULL;       \
  }

/* The untranslated names, so that a name can be given in the reader's
 * language (_()) or in a document's (od_lang_gettext ()). */
static const char *
size_msgid (OdSize size)
{
  switch (size)
    {
    case OD_SIZE_SMALL: return N_("Small firm");
    case OD_SIZE_MEDIUM: return N_("Medium firm");
    case OD_SIZE_LARGE: return N_("Large firm");
    case OD_N_SIZES: default: break;
    }
  g_return_val_if_reached (NULL);
}

DEFINE_DISPLAY_NAMES (OdSize, size)

static const char *
unit_kind_msgid (OdUnitKind kind)
{
  switch (kind)
    {
    case OD_UNIT_KIND_EXECUTIVE: return N_("Executive");
    /* Translators: 前台, the market-facing side */
    case OD_UNIT_KIND_FRONT: return N_("Front office");
    /* Translators: 后台, the side that supports and controls */
    case OD_UNIT_KIND_BACK: return N_("Back office");
    case OD_UNIT_KIND_SUPPORT: return N_("Support");
    case OD_N_UNIT_KINDS: default: break;
    }
  g_return_val_if_reached (NULL);
}

DEFINE_DISPLAY_NAMES (OdUnitKind, unit_kind)

const char *
od_role_get_display_name (OdRole role)
{
  switch (role)
    {
    /* Translators: 主责方 */
    case OD_ROLE_OWNER: return _("Owner");
    case OD_ROLE_LEAD: return _("Lead");
    /* Translators: 协同方/顾问方 */
    case OD_ROLE_PARTICIPANT: return _("Participant");
    case OD_ROLE_NONE: return _("Not assigned");
    case OD_N_ROLES: default: break;
    }
  g_return_val_if_reached (NULL);
}

const char *
od_side_get_display_name (OdSide side)
{
  switch (side)
    {
    case OD_SIDE_SALES: return _("Sales");
    case OD_SIDE_MARKETING: return _("Marketing");
    case OD_N_SIDES: default: break;
    }
  g_return_val_if_reached (NULL);
}

const char *
od_stage_get_display_name (OdStage stage)
{
  switch (stage)
    {
    /* Translators: 未界定 */
    case OD_STAGE_UNDEFINED: return _("Undefined");
    /* Translators: 已界定 */
    case OD_STAGE_DEFINED: return _("Defined");
    /* Translators: 密切合作 */
    case OD_STAGE_ALIGNED: return _("Aligned");
    /* Translators: 整合 */
    case OD_STAGE_INTEGRATED: return _("Integrated");
    case OD_N_STAGES: default: break;
    }
  g_return_val_if_reached (NULL);
}

static const char *
severity_msgid (OdSeverity severity)
{
  switch (severity)
    {
    case OD_SEVERITY_INFO: return N_("Info");
    case OD_SEVERITY_WARNING: return N_("Warning");
    case OD_SEVERITY_ERROR: return N_("Error");
    case OD_N_SEVERITIES: default: break;
    }
  g_return_val_if_reached (NULL);
}

DEFINE_DISPLAY_NAMES (OdSeverity, severity)

/* TRUE if @str is 1–64 characters, each accepted by @allowed. */
static gboolean
is_id (const char *str,
       gboolean  (*allowed) (char c))
{
  gsize len;

  if (str == NULL)
    return FALSE;
  len = strlen (str);
  if (len == 0 || len > 64)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (!allowed (str[i]))
      return FALSE;
  return TRUE;
}

static gboolean
ref_char (char c)
{
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
}

static gboolean
unit_id_char (char c)
{
  return g_ascii_isalnum (c) || c == '-' || c == '_' || c == '.';
}

gboolean
od_is_valid_ref (const char *str)
{
  return is_id (str, ref_char);
}

gboolean
od_is_valid_unit_id (const char *str)
{
  return is_id (str, unit_id_char);
}

gboolean
od_is_valid_date (const char *str)
{
  int y, m, d;

  return str != NULL && strlen (str) == 10 && str[4] == '-' && str[7] == '-' &&
         sscanf (str, "%4d-%2d-%2d", &y, &m, &d) == 3 &&
         g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y);
}

const char *
od_text_find_unstorable (const char *text,
                         gboolean    multiline)
{
  if (text == NULL)
    return NULL;
  for (const char *p = text; *p != '\0'; )
    {
      guchar byte = (guchar) *p;
      gunichar c;

      /* Most text is ASCII: one comparison per byte (loading reads every
       * name and note through here). */
      if (byte < 0x80)
        {
          if (byte < 0x20 && byte != '\t' && !(multiline && byte == '\n'))
            return p;
          if (byte == 0x7f)
            return p;
          p++;
          continue;
        }
      /* Chinese text is mostly three-byte characters: decoded here
       * rather than through g_utf8_get_char_validated(), which costs a
       * call and a length check each. */
      if ((byte & 0xf0) == 0xe0 && ((guchar) p[1] & 0xc0) == 0x80 && ((guchar) p[2] & 0xc0) == 0x80)
        {
          c = ((gunichar) (byte & 0x0f) << 12) | ((gunichar) ((guchar) p[1] & 0x3f) << 6) | ((guchar) p[2] & 0x3f);
          if (c < 0x800 || (c >= 0xd800 && c <= 0xdfff))
            return p;   /* overlong, or a surrogate */
        }
      else
        {
          c = g_utf8_get_char_validated (p, -1);
          if (c == (gunichar) -1 || c == (gunichar) -2)
            return p;
        }
      /* C1 controls; the noncharacters (U+FDD0..U+FDEF and the last two
       * of every plane), which cairo refuses as "not valid UTF-8" when it
       * writes a PDF, so one would break every export. */
      if (c <= 0x9f || (c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) == 0xfffe)
        return p;
      p = g_utf8_next_char (p);
    }
  return NULL;
}

gboolean
od_text_is_storable (const char *text,
                     gboolean    multiline)
{
  return od_text_find_unstorable (text, multiline) == NULL;
}
