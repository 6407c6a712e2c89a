/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-lang-catalog.h: the product's translations in a language given per
 * call, whatever the process's locale: a document's page furniture is in
 * the document's language, not the reader's. */
#pragma once

#include <glib.h>
#include "od-types.h"

G_BEGIN_DECLS

/* @msgid in @lang, from the compiled catalog of the text domain's folder
 * (bindtextdomain); @msgid itself for English, or when the catalog or the
 * entry is missing.  The string lives as long as the process.  Thread-safe. */
const char *od_lang_gettext  (OdLang      lang,
                              const char *msgid);
/* The form of @singular / @plural for @n in @lang (Chinese has one form,
 * English two). */
const char *od_lang_ngettext (OdLang      lang,
                              const char *singular,
                              const char *plural,
                              gulong      n);

G_END_DECLS
