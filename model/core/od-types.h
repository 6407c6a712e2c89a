/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-types.h: the small enumerations every part of the model shares.
 *
 * Each enumeration has a stable string form: it is what the file format and
 * the command line's JSON use, so those strings are a contract.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  OD_SIZE_SMALL,
  OD_SIZE_MEDIUM,
  OD_SIZE_LARGE,
  OD_N_SIZES
} OdSize;

typedef enum {
  OD_UNIT_KIND_EXECUTIVE,
  OD_UNIT_KIND_FRONT,
  OD_UNIT_KIND_BACK,
  OD_UNIT_KIND_SUPPORT,
  OD_N_UNIT_KINDS
} OdUnitKind;

typedef enum {
  OD_ROLE_NONE = -1,       /* not assigned: used to remove an assignment */
  OD_ROLE_OWNER,           /* 主责方: the one owner of an exclusive function */
  OD_ROLE_LEAD,            /* the one lead of a collaboration process */
  OD_ROLE_PARTICIPANT,     /* 协同方/顾问方: participant or advisor */
  OD_N_ROLES
} OdRole;

typedef enum {
  OD_SIDE_SALES,
  OD_SIDE_MARKETING,
  OD_N_SIDES
} OdSide;

/* Sales–marketing collaboration stages (Kotler, Rackham & Krishnaswamy 2006). */
typedef enum {
  OD_STAGE_UNDEFINED,      /* 未界定 */
  OD_STAGE_DEFINED,        /* 已界定 */
  OD_STAGE_ALIGNED,        /* 密切合作 */
  OD_STAGE_INTEGRATED,     /* 整合 */
  OD_N_STAGES
} OdStage;

/* The languages the product's data is written in.  The UI's language and a
 * document's content language are separate things. */
typedef enum {
  OD_LANG_ZH_CN,
  OD_LANG_ZH_TW,
  OD_LANG_EN,
  OD_N_LANGS
} OdLang;

typedef enum {
  OD_SEVERITY_INFO,
  OD_SEVERITY_WARNING,
  OD_SEVERITY_ERROR,
  OD_N_SEVERITIES
} OdSeverity;

/* Number of statements in the maturity questionnaire, and its scale. */
#define OD_N_QUESTIONS 20
#define OD_ANSWER_MIN  1
#define OD_ANSWER_MAX  5
/* Seed 000's six causes of front/back-office conflict, numbered 1..6. */
#define OD_N_CAUSES    6

const char *od_size_to_string       (OdSize size);
gboolean    od_size_from_string     (const char *str, OdSize *out);
const char *od_unit_kind_to_string  (OdUnitKind kind);
gboolean    od_unit_kind_from_string (const char *str, OdUnitKind *out);
const char *od_role_to_string       (OdRole role);
gboolean    od_role_from_string     (const char *str, OdRole *out);
const char *od_side_to_string       (OdSide side);
gboolean    od_side_from_string     (const char *str, OdSide *out);
const char *od_stage_to_string      (OdStage stage);
gboolean    od_stage_from_string    (const char *str, OdStage *out);
const char *od_severity_to_string   (OdSeverity severity);
const char *od_lang_to_string       (OdLang lang);
gboolean    od_lang_from_string     (const char *str, OdLang *out);

/* The language the user reads (from LANGUAGE, LC_ALL, LC_MESSAGES, LANG):
 * zh_TW, zh_HK and zh_Hant give Traditional, any other zh Simplified,
 * everything else English. */
OdLang      od_lang_for_user        (void);

/* Translated, user-visible names ("小企业", "Medium firm", "已界定"...). */
const char *od_size_get_display_name      (OdSize size);
const char *od_unit_kind_get_display_name (OdUnitKind kind);
const char *od_role_get_display_name      (OdRole role);
const char *od_side_get_display_name      (OdSide side);
const char *od_stage_get_display_name     (OdStage stage);
const char *od_severity_get_display_name  (OdSeverity severity);
/* The same names in a document's language @lang, whatever the reader's. */
const char *od_size_get_display_name_in      (OdSize size, OdLang lang);
const char *od_unit_kind_get_display_name_in (OdUnitKind kind, OdLang lang);
const char *od_severity_get_display_name_in  (OdSeverity severity, OdLang lang);

/* TRUE for a stable identifier: 1–64 characters of [a-z0-9-] (unit ids may
 * also use [A-Za-z0-9_.-]; see od_is_valid_unit_id()). */
gboolean    od_is_valid_ref         (const char *str);
gboolean    od_is_valid_unit_id     (const char *str);
/* TRUE for a calendar date written YYYY-MM-DD. */
gboolean    od_is_valid_date        (const char *str);

/* TRUE if @text can be stored in a document: valid UTF-8 with no control
 * character (C0 other than tab and, when @multiline, line feed; DEL; C1)
 * and no Unicode noncharacter (U+FDD0..U+FDEF, U+xxFFFE, U+xxFFFF).  The
 * one validation of names, heads, notes and labels: the loader, every
 * edit and the CSV import check it, so that every document saves, loads
 * again and exports. */
gboolean    od_text_is_storable     (const char *text,
                                     gboolean    multiline);
/* The first offending byte of @text for od_text_is_storable(), or NULL. */
const char *od_text_find_unstorable (const char *text,
                                     gboolean    multiline);

G_END_DECLS
