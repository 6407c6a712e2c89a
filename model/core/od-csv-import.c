/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-csv-import.c: an HR export into an organisation.
 *
 * Three steps: decode the bytes and split them into records (a table the
 * import dialog previews); read each record as a unit through the column
 * mapping, checking each field and naming its line; then link children to
 * parents, refusing unknown parents and cycles, and add the units
 * top-down so the tree is built in the order of the file and each unit's
 * kind can follow its parent's.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "od-csv-import.h"
#include "od-file.h"
#include "od-organisation-private.h"
#include "od-unit-kind-guess.h"

G_DEFINE_QUARK (od-csv-error-quark, od_csv_error)

/* Progress and cancellation are looked at every this many records. */
#define CHECK_EVERY 4096

typedef struct {
  guint first;   /* index into fields */
  guint n;
  guint line;
} Record;

struct _OdCsvTable
{
  char           *display_name;
  OdTextEncoding  encoding;
  char            separator;
  GStringChunk   *chunk;
  GPtrArray      *fields;    /* char*, in chunk */
  GArray         *records;   /* Record */
  guint           n_columns;
  gboolean        has_header;
};

/* ---- columns ---- */

const char *
od_csv_column_get_display_name (OdCsvColumn column)
{
  switch (column)
    {
    case OD_CSV_COLUMN_IGNORE: return _("Not imported");
    case OD_CSV_COLUMN_ID: return _("Unit ID");
    case OD_CSV_COLUMN_NAME: return _("Name");
    case OD_CSV_COLUMN_PARENT: return _("Reports to");
    case OD_CSV_COLUMN_HEAD: return _("Head");
    case OD_CSV_COLUMN_HEADCOUNT: return _("Headcount");
    case OD_CSV_COLUMN_KIND: return _("Kind");
    case OD_N_CSV_COLUMNS: default: break;
    }
  g_return_val_if_reached (NULL);
}

/* Whole header names (lower case, without spaces, "_" or "-"). */
static const struct {
  const char  *header;
  OdCsvColumn  column;
} header_names[] = {
  { "id", OD_CSV_COLUMN_ID }, { "unitid", OD_CSV_COLUMN_ID }, { "deptid", OD_CSV_COLUMN_ID },
  { "departmentid", OD_CSV_COLUMN_ID }, { "orgid", OD_CSV_COLUMN_ID }, { "code", OD_CSV_COLUMN_ID },
  { "no", OD_CSV_COLUMN_ID }, { "no.", OD_CSV_COLUMN_ID },
  { "name", OD_CSV_COLUMN_NAME }, { "unit", OD_CSV_COLUMN_NAME }, { "unitname", OD_CSV_COLUMN_NAME },
  { "department", OD_CSV_COLUMN_NAME }, { "dept", OD_CSV_COLUMN_NAME }, { "部门", OD_CSV_COLUMN_NAME },
  { "部門", OD_CSV_COLUMN_NAME }, { "单位", OD_CSV_COLUMN_NAME }, { "單位", OD_CSV_COLUMN_NAME },
  { "parent", OD_CSV_COLUMN_PARENT }, { "parentid", OD_CSV_COLUMN_PARENT },
  { "reportsto", OD_CSV_COLUMN_PARENT },
  { "head", OD_CSV_COLUMN_HEAD }, { "leader", OD_CSV_COLUMN_HEAD }, { "manager", OD_CSV_COLUMN_HEAD },
  { "主管", OD_CSV_COLUMN_HEAD }, { "领导", OD_CSV_COLUMN_HEAD }, { "領導", OD_CSV_COLUMN_HEAD },
  { "经理", OD_CSV_COLUMN_HEAD }, { "經理", OD_CSV_COLUMN_HEAD },
  { "headcount", OD_CSV_COLUMN_HEADCOUNT }, { "staff", OD_CSV_COLUMN_HEADCOUNT },
  { "employees", OD_CSV_COLUMN_HEADCOUNT }, { "size", OD_CSV_COLUMN_HEADCOUNT },
  { "count", OD_CSV_COLUMN_HEADCOUNT }, { "编制", OD_CSV_COLUMN_HEADCOUNT }, { "編制", OD_CSV_COLUMN_HEADCOUNT },
  { "kind", OD_CSV_COLUMN_KIND }, { "type", OD_CSV_COLUMN_KIND }, { "category", OD_CSV_COLUMN_KIND },
  { "性质", OD_CSV_COLUMN_KIND }, { "性質", OD_CSV_COLUMN_KIND },
};

/* Words a longer header contains, tried in order: "上级部门编号" is a
 * parent before it is an id. */
static const struct {
  const char  *word;
  OdCsvColumn  column;
} header_words[] = {
  { "上级", OD_CSV_COLUMN_PARENT }, { "上級", OD_CSV_COLUMN_PARENT }, { "父", OD_CSV_COLUMN_PARENT },
  { "所属", OD_CSV_COLUMN_PARENT }, { "所屬", OD_CSV_COLUMN_PARENT }, { "汇报", OD_CSV_COLUMN_PARENT },
  { "匯報", OD_CSV_COLUMN_PARENT }, { "parent", OD_CSV_COLUMN_PARENT }, { "reports", OD_CSV_COLUMN_PARENT },
  { "负责人", OD_CSV_COLUMN_HEAD }, { "負責人", OD_CSV_COLUMN_HEAD }, { "主管", OD_CSV_COLUMN_HEAD },
  { "head", OD_CSV_COLUMN_HEAD }, { "leader", OD_CSV_COLUMN_HEAD }, { "manager", OD_CSV_COLUMN_HEAD },
  { "人数", OD_CSV_COLUMN_HEADCOUNT }, { "人數", OD_CSV_COLUMN_HEADCOUNT }, { "编制", OD_CSV_COLUMN_HEADCOUNT },
  { "編制", OD_CSV_COLUMN_HEADCOUNT }, { "员工数", OD_CSV_COLUMN_HEADCOUNT }, { "員工數", OD_CSV_COLUMN_HEADCOUNT },
  { "headcount", OD_CSV_COLUMN_HEADCOUNT }, { "employees", OD_CSV_COLUMN_HEADCOUNT },
  { "类型", OD_CSV_COLUMN_KIND }, { "類型", OD_CSV_COLUMN_KIND }, { "类别", OD_CSV_COLUMN_KIND },
  { "類別", OD_CSV_COLUMN_KIND }, { "前后台", OD_CSV_COLUMN_KIND }, { "前後台", OD_CSV_COLUMN_KIND },
  { "kind", OD_CSV_COLUMN_KIND }, { "type", OD_CSV_COLUMN_KIND },
  { "编号", OD_CSV_COLUMN_ID }, { "編號", OD_CSV_COLUMN_ID }, { "代码", OD_CSV_COLUMN_ID },
  { "代碼", OD_CSV_COLUMN_ID }, { "编码", OD_CSV_COLUMN_ID }, { "編碼", OD_CSV_COLUMN_ID },
  { "id", OD_CSV_COLUMN_ID }, { "code", OD_CSV_COLUMN_ID },
  { "名称", OD_CSV_COLUMN_NAME }, { "名稱", OD_CSV_COLUMN_NAME }, { "部门", OD_CSV_COLUMN_NAME },
  { "部門", OD_CSV_COLUMN_NAME }, { "name", OD_CSV_COLUMN_NAME }, { "department", OD_CSV_COLUMN_NAME },
};

static char *
squeeze_header (const char *header)
{
  g_autofree char *lower = g_utf8_strdown (header, -1);
  GString *out = g_string_new (NULL);

  for (const char *p = lower; *p != '\0'; p++)
    if (*p != ' ' && *p != '_' && *p != '-' && *p != '\t')
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

OdCsvColumn
od_csv_column_from_header (const char *header)
{
  g_autofree char *key = NULL;

  if (header == NULL || !g_utf8_validate (header, -1, NULL))
    return OD_CSV_COLUMN_IGNORE;
  key = squeeze_header (header);
  if (key[0] == '\0')
    return OD_CSV_COLUMN_IGNORE;
  for (guint i = 0; i < G_N_ELEMENTS (header_names); i++)
    if (g_str_equal (key, header_names[i].header))
      return header_names[i].column;
  for (guint i = 0; i < G_N_ELEMENTS (header_words); i++)
    if (strstr (key, header_words[i].word) != NULL)
      return header_words[i].column;
  return OD_CSV_COLUMN_IGNORE;
}

/* ---- splitting ---- */

/* Splits one record at *@pos into fields (appended to @table); advances
 * *@pos past its line break.  Returns FALSE on an unclosed quote. */
static gboolean
read_record (OdCsvTable  *table,
             const char  *data,
             gsize        size,
             gsize       *pos,
             guint       *line,
             GString     *field,
             guint       *n_fields)
{
  char sep = table->separator;
  gsize i = *pos;
  gboolean quoted = FALSE;
  gboolean was_quoted = FALSE;

  *n_fields = 0;
  g_string_truncate (field, 0);
  while (i < size)
    {
      char c = data[i];

      if (quoted)
        {
          if (c == '"' && i + 1 < size && data[i + 1] == '"')
            {
              g_string_append_c (field, '"');
              i += 2;
              continue;
            }
          if (c == '"')
            {
              quoted = FALSE;
              i++;
              continue;
            }
          if (c == '\n')
            (*line)++;
          g_string_append_c (field, c);
          i++;
          continue;
        }
      if (c == '"' && field->len == 0 && !was_quoted)
        {
          quoted = was_quoted = TRUE;
          i++;
          continue;
        }
      if (c == sep)
        {
          g_ptr_array_add (table->fields,
                           g_string_chunk_insert_const (table->chunk, was_quoted ? field->str : g_strstrip (field->str)));
          (*n_fields)++;
          g_string_truncate (field, 0);
          was_quoted = FALSE;
          i++;
          continue;
        }
      if (c == '\r' || c == '\n')
        {
          if (c == '\r' && i + 1 < size && data[i + 1] == '\n')
            i++;
          i++;
          break;
        }
      g_string_append_c (field, c);
      i++;
    }
  g_ptr_array_add (table->fields,
                   g_string_chunk_insert_const (table->chunk, was_quoted ? field->str : g_strstrip (field->str)));
  (*n_fields)++;
  *pos = i;
  return !quoted;
}

/* The separator the first line uses most: a comma, a tab (Excel's
 * "Unicode text") or a semicolon (Excel where the comma is the decimal
 * point, as in German). */
static char
detect_separator (const char *text,
                  gsize       size)
{
  guint commas = 0, tabs = 0, semicolons = 0;
  gboolean quoted = FALSE;

  for (gsize i = 0; i < size && i < 65536; i++)
    {
      char c = text[i];

      if (c == '"')
        quoted = !quoted;
      else if (quoted)
        continue;
      else if (c == '\n' || c == '\r')
        break;
      else if (c == ',')
        commas++;
      else if (c == '\t')
        tabs++;
      else if (c == ';')
        semicolons++;
    }
  if (tabs > 0 && tabs >= commas && tabs >= semicolons)
    return '\t';
  if (semicolons > commas)
    return ';';
  return ',';
}

static gboolean
record_is_blank (OdCsvTable *table,
                 guint       first,
                 guint       n)
{
  for (guint i = 0; i < n; i++)
    if (((char *) table->fields->pdata[first + i])[0] != '\0')
      return FALSE;
  return TRUE;
}

static gboolean
cancelled (GCancellable  *cancellable,
           GError       **error)
{
  return g_cancellable_set_error_if_cancelled (cancellable, error);
}

OdCsvTable *
od_csv_table_parse (GBytes               *bytes,
                    const char           *display_name,
                    const OdTextEncoding *encoding,
                    GCancellable         *cancellable,
                    OdCsvProgressFunc     progress,
                    gpointer              progress_data,
                    GError              **error)
{
  g_autoptr(OdCsvTable) table = NULL;
  g_autoptr(GString) field = NULL;
  g_autofree char *text = NULL;
  gsize raw_size, size = 0, pos = 0;
  const char *raw;
  guint line = 1, bad_line = 0;
  OdTextEncoding detected;

  g_return_val_if_fail (bytes != NULL, NULL);

  raw = g_bytes_get_data (bytes, &raw_size);
  if (display_name == NULL)
    display_name = "CSV";
  if (raw_size > OD_FILE_MAX_BYTES)
    {
      g_set_error (error, OD_CSV_ERROR, OD_CSV_ERROR_TOO_LARGE, _("%s is too large to import"), display_name);
      return NULL;
    }
  if (encoding != NULL)
    detected = *encoding;
  else if (!od_text_detect_encoding (raw, raw_size, &detected))
    detected = OD_TEXT_UTF8;
  text = od_text_decode (raw != NULL ? raw : "", raw_size, detected, &size, &bad_line);
  if (text == NULL)
    {
      if (memchr (raw, '\0', raw_size) != NULL && encoding == NULL)
        g_set_error (error, OD_CSV_ERROR, OD_CSV_ERROR_ENCODING,
                     _("%s:%u: the file contains a NUL byte; it is not a text CSV file"), display_name, bad_line);
      else if (encoding == NULL)
        g_set_error (error, OD_CSV_ERROR, OD_CSV_ERROR_ENCODING,
                     _("%s:%u: the text is not in UTF-8, UTF-16, GB18030 or Big5; "
                       "export the CSV as UTF-8 and try again"), display_name, bad_line);
      else
        g_set_error (error, OD_CSV_ERROR, OD_CSV_ERROR_ENCODING,
                     _("%s:%u: the text cannot be read as %s"), display_name, bad_line,
                     od_text_encoding_get_display_name (detected));
      return NULL;
    }

  table = g_new0 (OdCsvTable, 1);
  table->display_name = g_strdup (display_name);
  table->encoding = detected;
  table->separator = detect_separator (text, size);
  table->chunk = g_string_chunk_new (MAX (size, 64));
  table->fields = g_ptr_array_new ();
  table->records = g_array_new (FALSE, FALSE, sizeof (Record));
  field = g_string_new (NULL);
  while (pos < size)
    {
      Record record = { table->fields->len, 0, line };

      if (!read_record (table, text, size, &pos, &line, field, &record.n))
        {
          g_set_error (error, OD_CSV_ERROR, OD_CSV_ERROR_SYNTAX,
                       _("%s:%u: a quoted field is never closed"), display_name, record.line);
          return NULL;
        }
      line++;
      if (record_is_blank (table, record.first, record.n))
        {
          g_ptr_array_set_size (table->fields, record.first);
          continue;
        }
      if (table->records->len > OD_CSV_MAX_ROWS)
        {
          g_set_error (error, OD_CSV_ERROR, OD_CSV_ERROR_TOO_LARGE,
                       _("%s has more than %d rows; it was not imported"), display_name, OD_CSV_MAX_ROWS);
          return NULL;
        }
      g_array_append_val (table->records, record);
      table->n_columns = MAX (table->n_columns, record.n);
      if (table->records->len % CHECK_EVERY == 0)
        {
          if (cancelled (cancellable, error))
            return NULL;
          if (progress != NULL)
            progress ((double) pos / (double) size, progress_data);
        }
    }

  /* A header names columns: the old contract's "id" first, or at least
   * two names the importer knows. */
  if (table->records->len > 0)
    {
      guint known = 0;

      for (guint c = 0; c < table->n_columns; c++)
        known += od_csv_column_from_header (od_csv_table_get_field (table, 0, c)) != OD_CSV_COLUMN_IGNORE;
      table->has_header = known >= 2 || g_ascii_strcasecmp (od_csv_table_get_field (table, 0, 0), "id") == 0;
    }
  if (progress != NULL)
    progress (1.0, progress_data);
  return g_steal_pointer (&table);
}

void
od_csv_table_free (OdCsvTable *table)
{
  if (table == NULL)
    return;
  g_free (table->display_name);
  if (table->chunk != NULL)
    g_string_chunk_free (table->chunk);
  if (table->fields != NULL)
    g_ptr_array_unref (table->fields);
  if (table->records != NULL)
    g_array_unref (table->records);
  g_free (table);
}

OdTextEncoding
od_csv_table_get_encoding (OdCsvTable *table)
{
  return table->encoding;
}

char
od_csv_table_get_separator (OdCsvTable *table)
{
  return table->separator;
}

guint
od_csv_table_get_n_records (OdCsvTable *table)
{
  return table->records->len;
}

guint
od_csv_table_get_n_columns (OdCsvTable *table)
{
  return table->n_columns;
}

const char *
od_csv_table_get_field (OdCsvTable *table,
                        guint       record,
                        guint       column)
{
  const Record *r;

  g_return_val_if_fail (record < table->records->len, "");

  r = &g_array_index (table->records, Record, record);
  return column < r->n ? table->fields->pdata[r->first + column] : "";
}

guint
od_csv_table_get_line (OdCsvTable *table,
                       guint       record)
{
  g_return_val_if_fail (record < table->records->len, 0);
  return g_array_index (table->records, Record, record).line;
}

gboolean
od_csv_table_has_header (OdCsvTable *table)
{
  return table->has_header;
}

void
od_csv_table_set_has_header (OdCsvTable *table,
                             gboolean    has_header)
{
  table->has_header = has_header;
}

OdCsvColumn *
od_csv_table_guess_columns (OdCsvTable *table)
{
  OdCsvColumn *columns = g_new0 (OdCsvColumn, MAX (table->n_columns, 1));
  gboolean taken[OD_N_CSV_COLUMNS] = { FALSE, };

  for (guint c = 0; c < table->n_columns; c++)
    {
      OdCsvColumn guess;

      if (table->has_header && table->records->len > 0)
        guess = od_csv_column_from_header (od_csv_table_get_field (table, 0, c));
      else
        guess = c < 5 ? (OdCsvColumn) (OD_CSV_COLUMN_ID + c) : OD_CSV_COLUMN_IGNORE;
      /* Each meaning once: the first column that claims it. */
      if (guess != OD_CSV_COLUMN_IGNORE && taken[guess])
        guess = OD_CSV_COLUMN_IGNORE;
      taken[guess] = TRUE;
      columns[c] = guess;
    }
  return columns;
}

/* ---- reading units ---- */

typedef struct {
  char       *id;
  const char *name;
  const char *parent;     /* NULL for a top unit */
  const char *head;
  const char *kind_text;  /* NULL: guess from the name */
  int         headcount;  /* -1 when not given */
  guint       line;
  guint       depth;
  OdUnit     *unit;
} Row;

static void
row_clear (Row *row)
{
  g_free (row->id);
}

static const char *
mapped (OdCsvTable *table,
        guint       record,
        const int  *where,
        OdCsvColumn column)
{
  return where[column] >= 0 ? od_csv_table_get_field (table, record, (guint) where[column]) : "";
}

static gboolean
read_row (OdCsvTable  *table,
          guint        record,
          const int   *where,
          Row         *row,
          GError     **error)
{
  const char *name = table->display_name;
  const char *headcount = mapped (table, record, where, OD_CSV_COLUMN_HEADCOUNT);
  const char *parent = mapped (table, record, where, OD_CSV_COLUMN_PARENT);
  const char *head = mapped (table, record, where, OD_CSV_COLUMN_HEAD);
  const char *kind = mapped (table, record, where, OD_CSV_COLUMN_KIND);
  guint line = od_csv_table_get_line (table, record);
  OdUnitKind parsed;

  row->line = line;
  row->name = mapped (table, record, where, OD_CSV_COLUMN_NAME);
  row->parent = parent[0] != '\0' ? parent : NULL;
  row->head = head[0] != '\0' ? head : NULL;
  row->kind_text = kind[0] != '\0' ? kind : NULL;
  row->headcount = -1;
  /* Without an id column the file names parents by name. */
  row->id = where[OD_CSV_COLUMN_ID] >= 0 ? g_strdup (mapped (table, record, where, OD_CSV_COLUMN_ID))
                                         : g_strdup_printf ("u%u", line);

  if (!od_is_valid_unit_id (row->id))
    g_set_error (error, OD_CSV_ERROR, OD_CSV_ERROR_INVALID,
                 _("%s:%u: “%s” is not a usable id (letters, digits, “-”, “_” and “.”, at most 64)"),
                 name, line, row->id);
  else if (row->name[0] == '\0')
    g_set_error (error, OD_CSV_ERROR, OD_CSV_ERROR_INVALID, _("%s:%u: the unit “%s” has no name"), name, line, row->id);
  else if (!od_text_is_storable (row->name, FALSE) || !od_text_is_storable (row->head, FALSE))
    g_set_error (error, OD_CSV_ERROR, OD_CSV_ERROR_INVALID,
                 _("%s:%u: the unit “%s” has a control or non-character in its name or head"), name, line, row->id);
  else if (row->parent != NULL && where[OD_CSV_COLUMN_ID] >= 0 && !od_is_valid_unit_id (row->parent))
    g_set_error (error, OD_CSV_ERROR, OD_CSV_ERROR_INVALID, _("%s:%u: “%s” is not a usable parent id"),
                 name, line, row->parent);
  else if (row->kind_text != NULL && !od_unit_kind_parse_loose (row->kind_text, &parsed))
    g_set_error (error, OD_CSV_ERROR, OD_CSV_ERROR_INVALID,
                 _("%s:%u: “%s” is not a kind of unit (executive, front office, back office or support)"),
                 name, line, row->kind_text);
  else if (headcount[0] != '\0')
    {
      guint64 n;

      if (!g_ascii_string_to_unsigned (headcount, 10, 0, 10000000, &n, NULL))
        g_set_error (error, OD_CSV_ERROR, OD_CSV_ERROR_INVALID,
                     _("%s:%u: the headcount “%s” is not a whole number from 0 to 10,000,000"), name, line, headcount);
      else
        row->headcount = (int) n;
    }
  return error == NULL || *error == NULL;
}

/* Below a header every record has the header's fields: one more or fewer
 * is a stray or missing separator that would shift the columns.  Empty
 * fields beyond the header (a spreadsheet's trailing commas) are fine. */
static gboolean
check_width (OdCsvTable  *table,
             guint        record,
             GError     **error)
{
  const Record *header = &g_array_index (table->records, Record, 0);
  const Record *r = &g_array_index (table->records, Record, record);
  guint n = r->n;

  while (n > header->n && ((char *) table->fields->pdata[r->first + n - 1])[0] == '\0')
    n--;
  if (n == header->n)
    return TRUE;
  g_set_error (error, OD_CSV_ERROR, OD_CSV_ERROR_SYNTAX,
               _("%s:%u: the header has %u columns but this row has %u"),
               table->display_name, r->line, header->n, r->n);
  return FALSE;
}

OdOrganisation *
od_csv_table_import (OdCsvTable        *table,
                     const OdCsvColumn *columns,
                     OdSize             size,
                     const char        *name,
                     GCancellable      *cancellable,
                     OdCsvProgressFunc  progress,
                     gpointer           progress_data,
                     GError           **error)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) by_name = NULL;
  g_autoptr(GHashTable) children = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(OdOrganisation) org = NULL;
  g_autoptr(GPtrArray) queue = NULL;
  g_autoptr(GArray) rows = NULL;
  const char *display_name;
  int where[OD_N_CSV_COLUMNS];
  guint first, n_rows;

  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (columns != NULL || table->n_columns == 0, NULL);

  display_name = table->display_name;
  for (guint k = 0; k < OD_N_CSV_COLUMNS; k++)
    where[k] = -1;
  for (guint c = 0; c < table->n_columns; c++)
    {
      OdCsvColumn column = columns[c];

      if (column == OD_CSV_COLUMN_IGNORE || column >= OD_N_CSV_COLUMNS)
        continue;
      if (where[column] >= 0)
        {
          g_set_error (error, OD_CSV_ERROR, OD_CSV_ERROR_COLUMNS,
                       _("%s: columns %d and %u both hold “%s”; choose one"), display_name,
                       where[column] + 1, c + 1, od_csv_column_get_display_name (column));
          return NULL;
        }
      where[column] = (int) c;
    }
  /* An empty file (or one of blank lines) has no columns either: say
   * what is wrong with it, not which column to choose. */
  if (table->records->len == 0)
    {
      g_set_error (error, OD_CSV_ERROR, OD_CSV_ERROR_INVALID, _("%s has no units"), display_name);
      return NULL;
    }
  if (where[OD_CSV_COLUMN_NAME] < 0)
    {
      g_set_error (error, OD_CSV_ERROR, OD_CSV_ERROR_COLUMNS,
                   _("%s: no column holds the units’ names; choose one"), display_name);
      return NULL;
    }

  first = table->has_header ? 1 : 0;
  n_rows = table->records->len > first ? table->records->len - first : 0;
  if (n_rows == 0)
    {
      g_set_error (error, OD_CSV_ERROR, OD_CSV_ERROR_INVALID, _("%s has no units"), display_name);
      return NULL;
    }
  rows = g_array_sized_new (FALSE, TRUE, sizeof (Row), n_rows);
  g_array_set_clear_func (rows, (GDestroyNotify) row_clear);
  g_array_set_size (rows, n_rows);
  if (where[OD_CSV_COLUMN_ID] < 0)
    by_name = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < n_rows; i++)
    {
      Row *row = &g_array_index (rows, Row, i);
      Row *other;

      if (table->has_header && !check_width (table, first + i, error))
        return NULL;
      if (!read_row (table, first + i, where, row, error))
        return NULL;
      if ((other = g_hash_table_lookup (by_id, row->id)) != NULL)
        {
          g_set_error (error, OD_CSV_ERROR, OD_CSV_ERROR_DUPLICATE_ID,
                       _("%s:%u: the id “%s” is already used on line %u"), display_name, row->line, row->id,
                       other->line);
          return NULL;
        }
      g_hash_table_insert (by_id, row->id, row);
      /* A name given twice cannot be a parent: remember it as ambiguous. */
      if (by_name != NULL)
        {
          if (g_hash_table_contains (by_name, row->name))
            g_hash_table_insert (by_name, (char *) row->name, NULL);
          else
            g_hash_table_insert (by_name, (char *) row->name, row);
        }
      if (i % CHECK_EVERY == 0 && i > 0)
        {
          if (cancelled (cancellable, error))
            return NULL;
          if (progress != NULL)
            progress (0.5 * i / n_rows, progress_data);
        }
    }

  /* Link: every parent must exist; group children by parent in file order. */
  for (guint i = 0; i < n_rows; i++)
    {
      Row *row = &g_array_index (rows, Row, i);
      Row *parent_row;
      GPtrArray *siblings;

      if (row->parent == NULL)
        continue;
      if (by_name != NULL)
        {
          gpointer found = NULL;

          if (!g_hash_table_lookup_extended (by_name, row->parent, NULL, &found))
            {
              g_set_error (error, OD_CSV_ERROR, OD_CSV_ERROR_UNKNOWN_PARENT,
                           _("%s:%u: the parent “%s” of “%s” is not in the file"),
                           display_name, row->line, row->parent, row->name);
              return NULL;
            }
          if (found == NULL)
            {
              g_set_error (error, OD_CSV_ERROR, OD_CSV_ERROR_UNKNOWN_PARENT,
                           _("%s:%u: more than one unit is called “%s”; give the file an id column "
                             "so that “%s” names its parent unambiguously"),
                           display_name, row->line, row->parent, row->name);
              return NULL;
            }
          parent_row = found;
        }
      else if ((parent_row = g_hash_table_lookup (by_id, row->parent)) == NULL)
        {
          g_set_error (error, OD_CSV_ERROR, OD_CSV_ERROR_UNKNOWN_PARENT,
                       _("%s:%u: the parent “%s” of “%s” is not in the file"),
                       display_name, row->line, row->parent, row->id);
          return NULL;
        }
      siblings = g_hash_table_lookup (children, parent_row);
      if (siblings == NULL)
        {
          siblings = g_ptr_array_new ();
          g_hash_table_insert (children, parent_row, siblings);
        }
      g_ptr_array_add (siblings, row);
      /* The parent found by name, for the build below. */
      row->parent = parent_row->id;
    }

  /* Build top-down, breadth first from the top units: whatever is never
   * reached sits on a cycle of parents. */
  org = od_organisation_new ();
  _od_organisation_set_size (org, size);
  _od_organisation_set_name (org, name);
  queue = g_ptr_array_sized_new (n_rows);
  for (guint i = 0; i < n_rows; i++)
    if (g_array_index (rows, Row, i).parent == NULL)
      g_ptr_array_add (queue, &g_array_index (rows, Row, i));
  for (guint q = 0; q < queue->len; q++)
    {
      Row *row = queue->pdata[q];
      Row *parent_row = row->parent ? g_hash_table_lookup (by_id, row->parent) : NULL;
      GPtrArray *kids = g_hash_table_lookup (children, row);
      OdUnitKind kind;
      OdUnit *unit;

      row->depth = parent_row ? parent_row->depth + 1 : 0;
      if (row->depth >= OD_UNIT_MAX_LEVELS)
        {
          g_set_error (error, OD_CSV_ERROR, OD_CSV_ERROR_INVALID,
                       _("%s:%u: “%s” is more than %d levels below the top"),
                       display_name, row->line, row->id, OD_UNIT_MAX_LEVELS - 1);
          return NULL;
        }
      if (row->kind_text == NULL || !od_unit_kind_parse_loose (row->kind_text, &kind))
        kind = od_unit_kind_guess (row->name, parent_row != NULL,
                                   parent_row != NULL ? od_unit_get_kind (parent_row->unit) : OD_UNIT_KIND_EXECUTIVE);
      unit = _od_unit_new (org, row->id, row->name, kind);
      g_free (unit->head);
      unit->head = g_strdup (row->head);
      unit->headcount = row->headcount;
      _od_organisation_attach (org, unit, parent_row ? parent_row->unit : NULL, NULL);
      row->unit = unit;
      for (guint k = 0; kids != NULL && k < kids->len; k++)
        g_ptr_array_add (queue, kids->pdata[k]);
      if (q % CHECK_EVERY == 0 && q > 0)
        {
          if (cancelled (cancellable, error))
            return NULL;
          if (progress != NULL)
            progress (0.5 + 0.5 * q / n_rows, progress_data);
        }
    }
  if (queue->len != n_rows)
    {
      for (guint i = 0; i < n_rows; i++)
        {
          Row *row = &g_array_index (rows, Row, i);

          if (row->unit == NULL)
            {
              g_set_error (error, OD_CSV_ERROR, OD_CSV_ERROR_CYCLE,
                           _("%s:%u: “%s” reports, through its parents, to itself"),
                           display_name, row->line, by_name != NULL ? row->name : row->id);
              return NULL;
            }
        }
    }
  if (progress != NULL)
    progress (1.0, progress_data);
  return g_steal_pointer (&org);
}

OdOrganisation *
od_csv_import_bytes (GBytes      *bytes,
                     const char  *display_name,
                     OdSize       size,
                     const char  *name,
                     GError     **error)
{
  g_autoptr(OdCsvTable) table = NULL;
  g_autofree OdCsvColumn *columns = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);

  table = od_csv_table_parse (bytes, display_name, NULL, NULL, NULL, NULL, error);
  if (table == NULL)
    return NULL;
  /* Without a header the columns are the documented ones, in order. */
  if (!table->has_header)
    for (guint r = 0; r < table->records->len; r++)
      {
        const Record *record = &g_array_index (table->records, Record, r);

        if (record->n < 3 || record->n > 5)
          {
            g_set_error (error, OD_CSV_ERROR, OD_CSV_ERROR_SYNTAX,
                         _("%s:%u: expected the columns id,name,parent[,head,headcount], found %u columns"),
                         table->display_name, record->line, record->n);
            return NULL;
          }
      }
  columns = od_csv_table_guess_columns (table);
  return od_csv_table_import (table, columns, size, name, NULL, NULL, NULL, error);
}
