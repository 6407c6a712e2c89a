/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-collate.h: sort keys in the document's language, not the reader's. */
#pragma once

#include <glib.h>

#include "od-types.h"

G_BEGIN_DECLS

char *od_collate_key (OdLang      lang,
                      const char *text);

G_END_DECLS
