/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-sources.h: the texts the product's rules rest on, cited by title.
 *
 * Nothing a user sees names a text by an internal number: checks, the
 * diagnosis, the command line, the application and the report cite a
 * source by its id here and print its title (and a Sources list) from it.
 */
#pragma once

#include "od-types.h"

G_BEGIN_DECLS

typedef struct {
  const char *id;                     /* stable: "conflict-causes", "hbr-2006"... */
  const char *authors;                /* NULL when the text names none */
  const char *original_title;         /* as the text is titled, in its own language */
  const char *title[OD_N_LANGS];      /* to cite in each language */
  const char *publication;            /* journal and year, or NULL */
  const char *retelling;              /* the Chinese article that retells it, or NULL */
  gboolean    descriptive;            /* the text has no title: ours describes it */
} OdSource;

/* Every source, in citation order; *@n_sources receives their number. */
const OdSource *od_sources_get          (guint          *n_sources);
/* The source of @id, or NULL. */
const OdSource *od_sources_lookup       (const char     *id);
/* The title of @source to print in @lang. */
const char     *od_source_get_title     (const OdSource *source,
                                         OdLang          lang);
/* One entry of a Sources list in @lang: authors, title, publication. */
char           *od_source_dup_citation  (const OdSource *source,
                                         OdLang          lang);

/* Ids of the sources, for the rules that cite them. */
#define OD_SOURCE_CAUSES      "conflict-causes"
#define OD_SOURCE_MECHANISMS  "front-back-office-mechanisms"
#define OD_SOURCE_DUAL_TRACK  "dual-track-case"
#define OD_SOURCE_HBR         "hbr-2006"
#define OD_SOURCE_ALL_STAFF   "all-staff-marketing"

G_END_DECLS
