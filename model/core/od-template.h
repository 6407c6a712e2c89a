/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-template.h: the three starting structures of seed 001. */
#pragma once

#include "od-organisation.h"

G_BEGIN_DECLS

/* A new organisation of @size from the shipped template, its unit names in
 * @lang; @name may be NULL for the template's default name. */
OdOrganisation *od_template_create          (OdSize       size,
                                             OdLang       lang,
                                             const char  *name,
                                             GError     **error);
/* One line saying when the template fits, in @lang; transfer none. */
const char     *od_template_get_description (OdSize       size,
                                             OdLang       lang);

G_END_DECLS
