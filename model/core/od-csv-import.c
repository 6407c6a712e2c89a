/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-csv-import.c: an HR CSV export into an organisation.
 *
 * Two passes: read every row (checking each field, naming its line), then
 * link children to parents, refusing unknown parents and cycles, and add
 * the units top-down so the tree is built in the order of the file.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "od-csv-import.h"
#include "od-file.h"
#include "od-organisation-private.h"

G_DEFINE_QUARK (od-csv-error-quark, od_csv_error)

typedef struct {
  char  *id;
  char  *name;
  char  *parent;     /* NULL for a top unit */
  char  *head;
  int    headcount;  /* -1 when not given */
  guint  line;
  guint  index;      /* row order */
  guint  depth;
  OdUnit *unit;
} Row;

static void
row_free (Row *row)
{
  g_free (row->id);
  g_free (row->name);
  g_free (row->parent);
  g_free (row->head);
  g_free (row);
}

/* Splits one record at *@pos into fields; advances *@pos past its line
 * break.  Returns FALSE on an unclosed quote. */
static gboolean
read_record (const char  *data,
             gsize        size,
             gsize       *pos,
             guint       *line,
             GPtrArray   *fields)
{
  GString *field = g_string_new (NULL);
  gsize i = *pos;
  gboolean quoted = FALSE;
  gboolean was_quoted = FALSE;

  g_ptr_array_set_size (fields, 0);
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
      if (c == ',')
        {
          g_ptr_array_add (fields, g_strdup (was_quoted ? field->str : g_strstrip (field->str)));
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
  g_ptr_array_add (fields, g_strdup (was_quoted ? field->str : g_strstrip (field->str)));
  g_string_free (field, TRUE);
  *pos = i;
  return !quoted;
}

static gboolean
is_blank_record (GPtrArray *fields)
{
  for (guint i = 0; i < fields->len; i++)
    if (((char *) fields->pdata[i])[0] != '\0')
      return FALSE;
  return TRUE;
}

static Row *
parse_row (GPtrArray   *fields,
           guint        line,
           const char  *name,
           GError     **error)
{
  Row *row;
  const char *headcount;

  if (fields->len < 3 || fields->len > 5)
    {
      g_set_error (error, OD_CSV_ERROR, OD_CSV_ERROR_SYNTAX,
                   _("%s:%u: expected the columns id,name,parent[,head,headcount], found %u columns"),
                   name, line, fields->len);
      return NULL;
    }
  row = g_new0 (Row, 1);
  row->line = line;
  row->id = g_strdup (fields->pdata[0]);
  row->name = g_strdup (fields->pdata[1]);
  row->parent = ((char *) fields->pdata[2])[0] ? g_strdup (fields->pdata[2]) : NULL;
  row->head = fields->len > 3 && ((char *) fields->pdata[3])[0] ? g_strdup (fields->pdata[3]) : NULL;
  row->headcount = -1;
  headcount = fields->len > 4 ? fields->pdata[4] : "";

  if (!od_is_valid_unit_id (row->id))
    g_set_error (error, OD_CSV_ERROR, OD_CSV_ERROR_INVALID,
                 _("%s:%u: “%s” is not a usable id (letters, digits, “-”, “_” and “.”, at most 64)"),
                 name, line, row->id);
  else if (row->name[0] == '\0')
    g_set_error (error, OD_CSV_ERROR, OD_CSV_ERROR_INVALID, _("%s:%u: the unit “%s” has no name"), name, line, row->id);
  else if (!od_text_is_storable (row->name, FALSE) || !od_text_is_storable (row->head, FALSE))
    g_set_error (error, OD_CSV_ERROR, OD_CSV_ERROR_INVALID,
                 _("%s:%u: the unit “%s” has a control or non-character in its name or head"), name, line, row->id);
  else if (row->parent != NULL && !od_is_valid_unit_id (row->parent))
    g_set_error (error, OD_CSV_ERROR, OD_CSV_ERROR_INVALID, _("%s:%u: “%s” is not a usable parent id"),
                 name, line, row->parent);
  else if (headcount[0] != '\0')
    {
      guint64 n;
      if (!g_ascii_string_to_unsigned (headcount, 10, 0, 10000000, &n, NULL))
        g_set_error (error, OD_CSV_ERROR, OD_CSV_ERROR_INVALID,
                     _("%s:%u: the headcount “%s” is not a whole number from 0 to 10,000,000"), name, line, headcount);
      else
        row->headcount = (int) n;
    }
  if (error != NULL && *error != NULL)
    {
      row_free (row);
      return NULL;
    }
  return row;
}

OdOrganisation *
od_csv_import_bytes (GBytes      *bytes,
                     const char  *display_name,
                     OdSize       size,
                     const char  *name,
                     GError     **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) children = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(OdOrganisation) org = NULL;
  g_autoptr(GPtrArray) queue = NULL;
  gsize size_bytes, pos = 0;
  const char *data = g_bytes_get_data (bytes, &size_bytes);
  const char *bad;
  guint line = 1;

  g_return_val_if_fail (bytes != NULL, NULL);
  if (display_name == NULL)
    display_name = "CSV";

  if (size_bytes > OD_FILE_MAX_BYTES)
    {
      g_set_error (error, OD_CSV_ERROR, OD_CSV_ERROR_TOO_LARGE, _("%s is too large to import"), display_name);
      return NULL;
    }
  if (!g_utf8_validate (data, (gssize) size_bytes, &bad))
    {
      guint bad_line = 1;
      for (const char *p = data; p < bad; p++)
        bad_line += *p == '\n';
      g_set_error (error, OD_CSV_ERROR, OD_CSV_ERROR_ENCODING,
                   *bad == '\0' ? _("%s:%u: the file contains a NUL byte; it is not a text CSV file")
                                : _("%s:%u: the text is not UTF-8; export the CSV as UTF-8 and try again"),
                   display_name, bad_line);
      return NULL;
    }
  if (size_bytes >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    pos = 3;

  while (pos < size_bytes)
    {
      guint record_line = line;
      Row *row;

      if (!read_record (data, size_bytes, &pos, &line, fields))
        {
          g_set_error (error, OD_CSV_ERROR, OD_CSV_ERROR_SYNTAX,
                       _("%s:%u: a quoted field is never closed"), display_name, record_line);
          return NULL;
        }
      line++;
      if (is_blank_record (fields))
        continue;
      /* A header row names the columns. */
      if (rows->len == 0 && g_ascii_strcasecmp (fields->pdata[0], "id") == 0)
        continue;
      if (rows->len >= OD_CSV_MAX_ROWS)
        {
          g_set_error (error, OD_CSV_ERROR, OD_CSV_ERROR_TOO_LARGE,
                       _("%s has more than %d rows; it was not imported"), display_name, OD_CSV_MAX_ROWS);
          return NULL;
        }
      row = parse_row (fields, record_line, display_name, error);
      if (row == NULL)
        return NULL;
      if (g_hash_table_contains (by_id, row->id))
        {
          g_set_error (error, OD_CSV_ERROR, OD_CSV_ERROR_DUPLICATE_ID,
                       _("%s:%u: the id “%s” is already used on line %u"), display_name, record_line, row->id,
                       ((Row *) g_hash_table_lookup (by_id, row->id))->line);
          row_free (row);
          return NULL;
        }
      row->index = rows->len;
      g_ptr_array_add (rows, row);
      g_hash_table_insert (by_id, row->id, row);
    }

  /* Link: every parent must exist; group children by parent in file order. */
  for (guint i = 0; i < rows->len; i++)
    {
      Row *row = rows->pdata[i];
      GPtrArray *siblings;

      if (row->parent == NULL)
        continue;
      if (!g_hash_table_contains (by_id, row->parent))
        {
          g_set_error (error, OD_CSV_ERROR, OD_CSV_ERROR_UNKNOWN_PARENT,
                       _("%s:%u: the parent “%s” of “%s” is not in the file"),
                       display_name, row->line, row->parent, row->id);
          return NULL;
        }
      siblings = g_hash_table_lookup (children, row->parent);
      if (siblings == NULL)
        {
          siblings = g_ptr_array_new ();
          g_hash_table_insert (children, row->parent, siblings);
        }
      g_ptr_array_add (siblings, row);
    }

  /* Build top-down, breadth first from the top units: whatever is never
   * reached sits on a cycle of parents. */
  org = od_organisation_new ();
  _od_organisation_set_size (org, size);
  _od_organisation_set_name (org, name);
  queue = g_ptr_array_new ();
  for (guint i = 0; i < rows->len; i++)
    if (((Row *) rows->pdata[i])->parent == NULL)
      g_ptr_array_add (queue, rows->pdata[i]);
  for (guint q = 0; q < queue->len; q++)
    {
      Row *row = queue->pdata[q];
      Row *parent_row = row->parent ? g_hash_table_lookup (by_id, row->parent) : NULL;
      GPtrArray *kids = g_hash_table_lookup (children, row->id);
      OdUnit *unit;

      row->depth = parent_row ? parent_row->depth + 1 : 0;
      if (row->depth >= OD_FILE_MAX_DEPTH - 1)
        {
          g_set_error (error, OD_CSV_ERROR, OD_CSV_ERROR_INVALID,
                       _("%s:%u: “%s” is more than %d levels below the top"),
                       display_name, row->line, row->id, OD_FILE_MAX_DEPTH - 2);
          return NULL;
        }
      unit = _od_unit_new (org, row->id, row->name, row->parent ? OD_UNIT_KIND_FRONT : OD_UNIT_KIND_EXECUTIVE);

      g_free (unit->head);
      unit->head = g_strdup (row->head);
      unit->headcount = row->headcount;
      _od_organisation_attach (org, unit, parent_row ? parent_row->unit : NULL, NULL);
      row->unit = unit;
      for (guint k = 0; kids != NULL && k < kids->len; k++)
        g_ptr_array_add (queue, kids->pdata[k]);
    }
  if (queue->len != rows->len)
    {
      for (guint i = 0; i < rows->len; i++)
        {
          Row *row = rows->pdata[i];
          if (row->unit == NULL)
            {
              g_set_error (error, OD_CSV_ERROR, OD_CSV_ERROR_CYCLE,
                           _("%s:%u: “%s” reports, through its parents, to itself"),
                           display_name, row->line, row->id);
              return NULL;
            }
        }
    }
  if (rows->len == 0)
    {
      g_set_error (error, OD_CSV_ERROR, OD_CSV_ERROR_INVALID, _("%s has no units"), display_name);
      return NULL;
    }
  return g_steal_pointer (&org);
}
