/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-csv-import.h: builds an organisation from an HR system's CSV export.
 *
 * Columns: id,name,parent[,head,headcount] (a header row naming them may come
 * first).  UTF-8, with or without a byte-order mark; fields may be quoted
 * RFC 4180 style; parents may come after their children.
 */
#pragma once

#include <gio/gio.h>
#include "od-organisation.h"

G_BEGIN_DECLS

#define OD_CSV_ERROR (od_csv_error_quark ())
typedef enum {
  OD_CSV_ERROR_READ,
  OD_CSV_ERROR_ENCODING,
  OD_CSV_ERROR_SYNTAX,       /* an unclosed quote, too few or too many columns */
  OD_CSV_ERROR_INVALID,      /* an empty or malformed id, name or headcount */
  OD_CSV_ERROR_DUPLICATE_ID,
  OD_CSV_ERROR_UNKNOWN_PARENT,
  OD_CSV_ERROR_CYCLE,
  OD_CSV_ERROR_TOO_LARGE,
} OdCsvError;

GQuark          od_csv_error_quark       (void);

/* More rows than this are refused: far beyond any real group. */
#define OD_CSV_MAX_ROWS 1000000

/* Parses @bytes; @display_name names the file in messages ("hr.csv:12: …").
 * Units with no parent become top units; the organisation gets @size and
 * its name from @name. */
OdOrganisation *od_csv_import_bytes      (GBytes      *bytes,
                                          const char  *display_name,
                                          OdSize       size,
                                          const char  *name,
                                          GError     **error);

G_END_DECLS
