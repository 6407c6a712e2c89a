/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-csv-import.h: builds an organisation from an HR system's export.
 *
 * Comma-, tab- or semicolon-separated; UTF-8 (with or without a byte-order
 * mark), GB18030/GBK, Big5 or UTF-16, detected; fields may be quoted
 * RFC 4180 style; parents may come after their children.  A header row
 * names the columns (in any order, in English or Chinese: 部门编号,
 * 部门名称, 上级部门, 负责人, 人数, 类型 …); without one the columns are
 * id,name,parent[,head,headcount].  Without an id column, parents are
 * named by the units' names.  A unit's kind comes from a kind column, else
 * from its name (od_unit_kind_guess()).
 */
#pragma once

#include <gio/gio.h>
#include "od-organisation.h"
#include "od-text-decode.h"

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
  OD_CSV_ERROR_COLUMNS,      /* no column gives the names, or two the same */
} OdCsvError;

GQuark          od_csv_error_quark       (void);

/* More rows than this are refused: far beyond any real group. */
#define OD_CSV_MAX_ROWS 1000000

/* What a column holds. */
typedef enum {
  OD_CSV_COLUMN_IGNORE,
  OD_CSV_COLUMN_ID,
  OD_CSV_COLUMN_NAME,
  OD_CSV_COLUMN_PARENT,
  OD_CSV_COLUMN_HEAD,
  OD_CSV_COLUMN_HEADCOUNT,
  OD_CSV_COLUMN_KIND,
  OD_N_CSV_COLUMNS
} OdCsvColumn;

/* "Unit ID", "Name", … translated, for a column-mapping menu. */
const char     *od_csv_column_get_display_name (OdCsvColumn column);
/* What a header cell names ("上级部门编号" → PARENT); IGNORE if nothing. */
OdCsvColumn     od_csv_column_from_header (const char *header);

/* Called now and then from the thread doing the work, with 0..1. */
typedef void (*OdCsvProgressFunc) (double   fraction,
                                   gpointer user_data);

/* A file decoded and split into records, not yet checked as units. */
typedef struct _OdCsvTable OdCsvTable;

/* Decodes (in @encoding; NULL detects it) and splits @bytes, naming the
 * file @display_name in messages ("hr.csv:12: …").  Cancellable. */
OdCsvTable     *od_csv_table_parse       (GBytes             *bytes,
                                          const char         *display_name,
                                          const OdTextEncoding *encoding,
                                          GCancellable       *cancellable,
                                          OdCsvProgressFunc   progress,
                                          gpointer            progress_data,
                                          GError            **error);
void            od_csv_table_free        (OdCsvTable         *table);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (OdCsvTable, od_csv_table_free)

OdTextEncoding  od_csv_table_get_encoding  (OdCsvTable *table);
/* ',', '\t' or ';'. */
char            od_csv_table_get_separator (OdCsvTable *table);
/* Records, the header row included; blank lines are left out. */
guint           od_csv_table_get_n_records (OdCsvTable *table);
/* The widest record's number of fields. */
guint           od_csv_table_get_n_columns (OdCsvTable *table);
/* A field ("" past the end of a short record). */
const char     *od_csv_table_get_field     (OdCsvTable *table,
                                            guint       record,
                                            guint       column);
guint           od_csv_table_get_line      (OdCsvTable *table,
                                            guint       record);
/* TRUE if the first record names columns rather than holding a unit. */
gboolean        od_csv_table_has_header    (OdCsvTable *table);
void            od_csv_table_set_has_header (OdCsvTable *table,
                                             gboolean    has_header);
/* What each column most likely holds (od_csv_table_get_n_columns()
 * entries, free with g_free()): by the header's names, else in the order
 * id,name,parent,head,headcount. */
OdCsvColumn    *od_csv_table_guess_columns (OdCsvTable *table);

/* Builds the organisation from the records (after the header) with
 * @columns saying what each column holds.  Cancellable. */
OdOrganisation *od_csv_table_import      (OdCsvTable         *table,
                                          const OdCsvColumn  *columns,
                                          OdSize              size,
                                          const char         *name,
                                          GCancellable       *cancellable,
                                          OdCsvProgressFunc   progress,
                                          gpointer            progress_data,
                                          GError            **error);

/* All in one, as the command line imports: detects the encoding and the
 * columns.  Without a header, each row has 3 to 5 columns. */
OdOrganisation *od_csv_import_bytes      (GBytes      *bytes,
                                          const char  *display_name,
                                          OdSize       size,
                                          const char  *name,
                                          GError     **error);

G_END_DECLS
