/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-file-reader.c: builds an organisation from a .orgdesign document.
 *
 * It streams with libxml2's SAX2 callbacks (no node is built, memory stays
 * flat) into a fresh organisation, and only when everything has been read
 * and checked moves the result into the caller's organisation, so a failed
 * load changes nothing.  The reader enforces the format's rules itself; the
 * RelaxNG schema is applied only on request (validate, the tests).
 */
#include "config.h"

#include <glib/gi18n.h>
#include <libxml/xmlreader.h>
#include <libxml/relaxng.h>
#include <string.h>

#include "od-business.h"
#include "od-scope.h"
#include "od-catalog.h"
#include "od-coordination.h"
#include "od-file-private.h"
#include "od-organisation-private.h"
#include "od-xml-data.h"
#include "od-xml-capture.h"

/* The element whose start the parser reports, as SAX2 gives it. */
typedef struct {
  const char     *local;
  const char     *prefix;
  const char     *uri;
  const xmlChar **namespaces;    /* prefix, URI pairs */
  int             n_namespaces;
  const xmlChar **attributes;    /* local, prefix, URI, value, end */
  int             n_attributes;
} Element;

typedef enum {
  IN_DOCUMENT,
  IN_ORGANISATION,
  IN_UNIT,
  IN_ASSESSMENT,
  IN_RESPONDENT,
  IN_EMPTY,         /* an element with no content (space aside) */
  IN_TEXT,          /* an element of text only: <notes> */
  IN_KEPT,          /* inside an unknown element that is being kept */
} Context;

typedef struct {
  xmlParserCtxt  *ctxt;
  const char     *name;          /* display name for messages */
  OdLoadFlags     flags;
  OdOrganisation *org;           /* being built */
  OdCatalog      *catalog;
  GError         *error;         /* the first problem */
  int             xml_error_line;
  int             xml_error_code;
  int             xml_error_domain;
  char           *xml_error_element;
  gboolean        seen_assessment;
  gboolean        current_version;  /* the root says version 1 (or 1.0) */
  gboolean        strict;           /* so the format's rules all apply */
  int             line;             /* where the parser is, for messages */

  const Element  *element;          /* the start tag being read */
  GArray         *contexts;         /* Context of each open element */
  OdUnit         *unit;             /* the innermost open unit */
  OdRespondent   *respondent;       /* the open respondent */
  gboolean        seen_root;
  GString        *text;             /* the text of the open <notes> */
  int             text_line;        /* the line <notes> starts on */
  OdXmlCapture   *capture;          /* the unknown element being kept */
  OdExtra       **capture_extra;    /* where it goes */
  OdLoadProgressFunc progress;      /* after each piece pushed, or NULL */
  gpointer        progress_data;
  GCancellable   *cancellable;      /* looked at between pieces */
} Reader;

static void
structured_error_cb (void     *user_data,
                     xmlError *error)
{
  Reader *r = user_data;

  /* Keep the first error: later ones usually follow from it. */
  if (r->xml_error_code != 0 || error == NULL || error->level == XML_ERR_WARNING)
    return;
  r->xml_error_code = error->code != 0 ? error->code : -1;
  r->xml_error_domain = error->domain;
  r->xml_error_line = error->line;
  if (error->str1 != NULL)
    r->xml_error_element = g_strdup (error->str1);
}

/* The line of the element (or text) a callback reports: libxml2 counts
 * lines as it goes, and calls back at the end of a start tag or of a run
 * of text. */
static int
current_line (Reader *r)
{
  return r->line > 0 ? r->line : 1;
}

G_GNUC_PRINTF (3, 4) static gboolean
fail (Reader     *r,
      OdFileError code,
      const char *format,
      ...)
{
  va_list args;
  g_autofree char *message = NULL;

  if (r->error != NULL)
    return FALSE;
  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  r->error = g_error_new (OD_FILE_ERROR, code, "%s:%d: %s", r->name, current_line (r), message);
  return FALSE;
}

/* Turns libxml2's first error into a message a user can act on. */
static void
fail_from_xml (Reader *r)
{
  int line = r->xml_error_line > 0 ? r->xml_error_line : current_line (r);
  const char *message;
  OdFileError code = OD_FILE_ERROR_MALFORMED;

  if (r->error != NULL)
    return;
  if (r->xml_error_domain == XML_FROM_RELAXNGV || r->xml_error_domain == XML_FROM_RELAXNGP)
    {
      code = OD_FILE_ERROR_INVALID;
      if (r->xml_error_element != NULL)
        {
          r->error = g_error_new (OD_FILE_ERROR, code,
                                  _("%s:%d: “%s” is not allowed there, or something it needs is missing; the document does not follow the Org Designer format"),
                                  r->name, line, r->xml_error_element);
          return;
        }
      message = _("the document does not follow the Org Designer format");
    }
  else
    switch (r->xml_error_code)
      {
      case XML_ERR_DOCUMENT_END:
        /* "Extra content at the end of the document". */
        message = _("the document has more than one root element, or text after its end");
        break;
      case XML_ERR_DOCUMENT_EMPTY:
      case XML_ERR_TAG_NOT_FINISHED:
      case XML_ERR_LTSLASH_REQUIRED:
      case XML_ERR_GT_REQUIRED:
        message = _("the document ends too early: the file is truncated or incomplete");
        break;
      case XML_ERR_TAG_NAME_MISMATCH:
        message = _("an element is closed with the wrong name");
        break;
      case XML_ERR_INVALID_CHAR:
      case XML_ERR_INVALID_CHARREF:
      case XML_ERR_INVALID_DEC_CHARREF:
      case XML_ERR_INVALID_HEX_CHARREF:
        code = OD_FILE_ERROR_ENCODING;
        message = _("the document contains a character that XML does not allow");
        break;
      case XML_ERR_UNSUPPORTED_ENCODING:
      case XML_ERR_INVALID_ENCODING:
        code = OD_FILE_ERROR_ENCODING;
        message = _("the document declares an encoding other than UTF-8");
        break;
      case XML_ERR_UNDECLARED_ENTITY:
      case XML_WAR_UNDECLARED_ENTITY:
        code = OD_FILE_ERROR_DOCTYPE;
        message = _("the document uses an entity; Org Designer documents never do");
        break;
      case XML_ERR_ATTRIBUTE_REDEFINED:
        message = _("an element has the same attribute twice");
        break;
      case XML_NS_ERR_UNDEFINED_NAMESPACE:
      case XML_NS_ERR_QNAME:
      case XML_NS_ERR_ATTRIBUTE_REDEFINED:
      case XML_NS_ERR_EMPTY:
        message = _("a namespace prefix is used without being declared");
        break;
      case XML_ERR_INTERNAL_ERROR:
        code = OD_FILE_ERROR_TOO_DEEP;
        message = _("the document nests elements too deeply");
        break;
      default:
        message = _("the document is not well-formed XML");
        break;
      }
  r->error = g_error_new (OD_FILE_ERROR, code, "%s:%d: %s", r->name, line, message);
}

/* ---- attributes ---- */

/* How an attribute's value is read, as the schema's datatypes read it:
 * text as it is, a token (an enumerated value) and an integer with the
 * white space around them dropped (and an integer's "+").  Adding an
 * attribute to the format is one line in its element's Attr array (and
 * one in the schema). */
typedef enum {
  ATTR_TEXT,
  ATTR_TOKEN,
  ATTR_INTEGER,
} AttrType;

typedef struct {
  const char *name;
  AttrType    type;
  char       *value;   /* owned, NULL when absent */
} Attr;

/* XML Schema's whiteSpace="collapse": no space at the ends, runs of space
 * inside made one.  Takes @value; most values need no change and are
 * returned as they are. */
static char *
collapse_space (char     *value,
                AttrType  type)
{
  GString *out;
  gboolean pending = FALSE;

  if (value[strcspn (value, " \t\n\r")] == '\0' && !(type == ATTR_INTEGER && value[0] == '+'))
    return value;
  out = g_string_sized_new (strlen (value));

  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
        {
          pending = out->len > 0;
          continue;
        }
      if (pending)
        g_string_append_c (out, ' ');
      pending = FALSE;
      g_string_append_c (out, *p);
    }
  if (type == ATTR_INTEGER && out->str[0] == '+' && g_ascii_isdigit (out->str[1]))
    g_string_erase (out, 0, 1);
  g_free (value);
  return g_string_free (out, FALSE);
}

/* The one text validation (od_text_is_storable()), as the commands and the
 * CSV import apply it, so that what loads also saves and exports.  Line
 * breaks are let through everywhere: a single-line name is the editor's
 * rule for what is typed, and a file with "&#10;" in a name still saves,
 * loads and exports the same. */
static gboolean
check_text (Reader     *r,
            const char *what,
            const char *text,
            gboolean    multiline)
{
  const char *bad = od_text_find_unstorable (text, multiline);

  if (bad == NULL)
    return TRUE;
  if (!g_utf8_validate (text, -1, NULL))
    return fail (r, OD_FILE_ERROR_ENCODING, _("the text of “%s” is not valid UTF-8"), what);
  return fail (r, OD_FILE_ERROR_ENCODING,
               _("the text of “%s” contains the character U+%04X, which a document cannot hold"),
               what, g_utf8_get_char (bad));
}

/* The element's name as written ("x:gadget"), for messages. */
static char *
element_qname (const Element *e)
{
  return e->prefix != NULL ? g_strconcat (e->prefix, ":", e->local, NULL) : g_strdup (e->local);
}

/* One attribute or namespace declaration of the start tag being read;
 * *@owned is its value, taken when kept. */
static void
read_one_attribute (Reader     *r,
                    const char *qname,
                    char      **owned,
                    const char *ns,
                    gboolean    is_declaration,
                    Attr       *known,
                    guint       n_known,
                    OdExtra   **extra)
{
  const char *value = *owned;
  gboolean matched = FALSE;

  if (!check_text (r, qname, value, TRUE))
    return;
  if (is_declaration)
    {
      if (strcmp (qname, "xmlns") == 0)
        return;   /* the default namespace is checked separately */
      /* libxml2 writes a kept declaration back unescaped, so one with
       * markup characters cannot be kept faithfully. */
      if (extra != NULL && strpbrk (value, "&<>\"") != NULL)
        {
          fail (r, OD_FILE_ERROR_INVALID,
                _("the namespace name “%s” has characters that cannot be kept"), value);
          return;
        }
    }
  else if (ns == NULL)
    for (guint i = 0; i < n_known; i++)
      if (strcmp (known[i].name, qname) == 0)
        {
          g_free (known[i].value);
          known[i].value = known[i].type == ATTR_TEXT ? g_steal_pointer (owned)
                                                      : collapse_space (g_steal_pointer (owned), known[i].type);
          matched = TRUE;
          break;
        }
  if (!matched && !is_declaration && r->strict &&
      (extra == NULL || ns == NULL || strcmp (ns, OD_FILE_NAMESPACE) == 0))
    {
      /* Version 1 knows every attribute: an unknown one is a mistake;
       * one of another namespace (xml:lang, xsi:...) is kept. */
      g_autofree char *element = element_qname (r->element);

      fail (r, OD_FILE_ERROR_INVALID, _("<%s> has the attribute “%s”, which the Org Designer format does not have there"),
            element, qname);
      return;
    }
  if (!matched && extra != NULL)
    {
      if (*extra == NULL)
        *extra = g_new0 (OdExtra, 1);
      if ((*extra)->attributes == NULL)
        (*extra)->attributes = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_add ((*extra)->attributes, g_strdup (qname));
      g_ptr_array_add ((*extra)->attributes, g_steal_pointer (owned));
    }
}

/* Reads the current element's attributes: the ones named in @known into
 * @known[i].value, the rest (including namespace declarations other than
 * our default one) into @extra when given.  Declarations come first, as
 * they are written back. */
static void
read_attributes (Reader   *r,
                 Attr     *known,
                 guint     n_known,
                 OdExtra **extra)
{
  const Element *e = r->element;

  for (int i = 0; i < e->n_namespaces; i++)
    {
      const char *prefix = (const char *) e->namespaces[2 * i];
      const char *uri = (const char *) e->namespaces[2 * i + 1];
      g_autofree char *qname = prefix != NULL ? g_strconcat ("xmlns:", prefix, NULL) : g_strdup ("xmlns");
      g_autofree char *value = g_strdup (uri != NULL ? uri : "");

      read_one_attribute (r, qname, &value, NULL, TRUE, known, n_known, extra);
    }
  for (int i = 0; i < e->n_attributes; i++)
    {
      const xmlChar **a = e->attributes + 5 * i;
      g_autofree char *value = od_xml_attribute_value (a[3], a[4]);
      g_autofree char *qname = NULL;
      const char *name = (const char *) a[0];

      if (a[1] != NULL)
        name = qname = g_strconcat ((const char *) a[1], ":", (const char *) a[0], NULL);
      read_one_attribute (r, name, &value, (const char *) a[2], FALSE, known, n_known, extra);
    }
}

/* Whether the start tag being read has attributes (declarations count). */
static gboolean
has_attributes (Reader *r)
{
  return r->element->n_attributes > 0 || r->element->n_namespaces > 0;
}

static void
clear_attributes (Attr  *attrs,
                  guint  n)
{
  for (guint i = 0; i < n; i++)
    g_clear_pointer (&attrs[i].value, g_free);
}

/* The attributes of the start tag an element's reader is reading, freed
 * when it returns (g_auto): the known ones in @attrs, the others in @extra
 * until the element read takes them to keep. */
typedef struct {
  Attr    *attrs;
  guint    n_attrs;
  OdExtra *extra;
} StartTag;

static void
start_tag_clear (StartTag *tag)
{
  _od_extra_free (tag->extra);
  clear_attributes (tag->attrs, tag->n_attrs);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (StartTag, start_tag_clear)

static StartTag
read_start_tag_n (Reader *r,
                  Attr   *attrs,
                  guint   n_attrs)
{
  StartTag tag = { attrs, n_attrs, NULL };

  read_attributes (r, attrs, n_attrs, &tag.extra);
  return tag;
}

/* @attrs is an array of the element's attributes, not a pointer. */
#define read_start_tag(r, attrs) read_start_tag_n ((r), (attrs), G_N_ELEMENTS (attrs))

static gboolean
require (Reader     *r,
         const char *element,
         Attr       *attr)
{
  if (attr->value != NULL)
    return TRUE;
  return fail (r, OD_FILE_ERROR_INVALID, _("<%s> needs the attribute “%s”"), element, attr->name);
}

static gboolean
parse_count (Reader     *r,
             const char *element,
             const char *attribute,
             const char *value,
             guint64     min,
             guint64     max,
             guint64    *out)
{
  g_autofree char *lowest = NULL;
  g_autofree char *highest = NULL;

  if (g_ascii_string_to_unsigned (value, 10, min, max, out, NULL))
    return TRUE;
  /* The numbers as text: xgettext cannot read a format built with
   * G_GUINT64_FORMAT, so the message would never be translated. */
  lowest = g_strdup_printf ("%" G_GUINT64_FORMAT, min);
  highest = g_strdup_printf ("%" G_GUINT64_FORMAT, max);
  return fail (r, OD_FILE_ERROR_OUT_OF_RANGE,
               _("<%s %s=\"%s\">: expected a whole number from %s to %s"),
               element, attribute, value, lowest, highest);
}

/* The canonical text of an element this version does not know: libxml2's
 * serialisation of it depends on the document it came from (non-ASCII text
 * comes out as character references when the source declared no usable
 * encoding) and is not always well-formed (namespace names are written
 * unescaped).  Parsing it on its own as UTF-8 and writing it again gives
 * the same text whatever the source, or NULL when it cannot be kept. */
static char *
canonical_element (const char *xml)
{
  xmlDoc *doc = xmlReadMemory (xml, (int) strlen (xml), NULL, "UTF-8",
                               XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  xmlBuffer *buffer;
  char *text = NULL;

  if (doc == NULL)
    return NULL;
  buffer = xmlBufferCreate ();
  if (xmlNodeDump (buffer, doc, xmlDocGetRootElement (doc), 0, 0) >= 0)
    text = g_strdup ((const char *) xmlBufferContent (buffer));
  xmlBufferFree (buffer);
  xmlFreeDoc (doc);
  return text;
}

/* Keeps an element this version does not know, as it was, for writing
 * back: called when the capture of its subtree is complete. */
static gboolean
keep_unknown_element (Reader   *r,
                      OdExtra **extra)
{
  g_autofree char *captured = od_xml_capture_finish (r->capture);
  g_autofree char *canonical = NULL;

  if (captured == NULL)
    return fail (r, OD_FILE_ERROR_MALFORMED, _("an unknown element could not be read"));
  canonical = canonical_element (captured);
  if (canonical == NULL)
    {
      /* The element's name, as it was written, for the message. */
      g_autofree char *name = g_strndup (captured + 1, strcspn (captured + 1, " \t\r\n/>"));

      return fail (r, OD_FILE_ERROR_INVALID,
                   _("the element <%s>, from a newer version, cannot be kept safely (its namespace name has special characters)"),
                   name);
    }
  if (*extra == NULL)
    *extra = g_new0 (OdExtra, 1);
  if ((*extra)->elements == NULL)
    (*extra)->elements = g_string_new (NULL);
  else
    g_string_append_c ((*extra)->elements, '\n');
  g_string_append ((*extra)->elements, canonical);
  return TRUE;
}

/* ---- elements ---- */

static gboolean
read_unit_start (Reader  *r,
                 OdUnit  *parent,
                 OdUnit **out)
{
  Attr attrs[] = { { "id" }, { "name" }, { "kind", ATTR_TOKEN }, { "head" }, { "headcount", ATTR_INTEGER },
                   { "assistant", ATTR_TOKEN }, { "scope-kind", ATTR_TOKEN }, { "scope" } };
  OdUnitKind kind = OD_UNIT_KIND_FRONT;
  OdUnit *unit = NULL;
  guint64 headcount;
  g_auto(StartTag) tag = read_start_tag (r, attrs);

  if (r->error != NULL || !require (r, "unit", &attrs[0]) || !require (r, "unit", &attrs[1]))
    return FALSE;
  if (!od_is_valid_unit_id (attrs[0].value))
    return fail (r, OD_FILE_ERROR_INVALID, _("“%s” is not a valid unit id (letters, digits, “-”, “_” and “.”, at most 64)"),
               attrs[0].value);
  if (parent != NULL && od_unit_get_depth (parent) + 1 >= OD_UNIT_MAX_LEVELS)
    return fail (r, OD_FILE_ERROR_TOO_DEEP, _("units are nested more than %d levels deep"), OD_UNIT_MAX_LEVELS);
  if (od_organisation_lookup_unit (r->org, attrs[0].value) != NULL)
    return fail (r, OD_FILE_ERROR_DUPLICATE_ID, _("two units have the id “%s”"), attrs[0].value);
  if (attrs[2].value != NULL && !od_unit_kind_from_string (attrs[2].value, &kind))
    return fail (r, OD_FILE_ERROR_INVALID, _("unit “%s” has the kind “%s”; expected executive, front, back or support"),
               attrs[0].value, attrs[2].value);
  if (attrs[4].value != NULL && !parse_count (r, "unit", "headcount", attrs[4].value, 0, 10000000, &headcount))
    return FALSE;
  if (attrs[5].value != NULL && strcmp (attrs[5].value, "true") != 0 && strcmp (attrs[5].value, "false") != 0)
    return fail (r, OD_FILE_ERROR_INVALID, _("unit “%s”: assistant is true or false"), attrs[0].value);
  if (attrs[6].value != NULL && !od_scope_kind_is_valid (attrs[6].value))
    return fail (r, OD_FILE_ERROR_INVALID, _("unit “%s” has the scope kind “%s”; expected region, segment, channel or product"),
               attrs[0].value, attrs[6].value);
  unit = _od_unit_new (r->org, attrs[0].value, attrs[1].value, kind);
  if (attrs[3].value != NULL && attrs[3].value[0] != '\0')
    unit->head = g_steal_pointer (&attrs[3].value);
  if (attrs[4].value != NULL)
    unit->headcount = (int) headcount;
  unit->assistant = g_strcmp0 (attrs[5].value, "true") == 0;
  if (attrs[6].value != NULL && attrs[6].value[0] != '\0')
    unit->scope_kind = g_steal_pointer (&attrs[6].value);
  if (attrs[7].value != NULL && attrs[7].value[0] != '\0')
    unit->scope = g_steal_pointer (&attrs[7].value);
  unit->extra = g_steal_pointer (&tag.extra);
  /* Attach directly: the organisation under construction has no listeners,
   * but attaching keeps the id table current for the duplicate check. */
  _od_organisation_attach (r->org, unit, parent, NULL);
  *out = unit;
  return TRUE;
}

static gboolean
read_function (Reader *r,
               OdUnit *unit)
{
  Attr attrs[] = { { "ref" }, { "role", ATTR_TOKEN } };
  const OdFunction *function;
  OdRole role;
  g_auto(StartTag) tag = read_start_tag (r, attrs);

  if (!require (r, "function", &attrs[0]) || !require (r, "function", &attrs[1]))
    return FALSE;
  if (!od_role_from_string (attrs[1].value, &role))
    return fail (r, OD_FILE_ERROR_INVALID, _("function “%s” has the role “%s”; expected owner, lead or participant"),
               attrs[0].value, attrs[1].value);
  if (!od_is_valid_ref (attrs[0].value))
    return fail (r, OD_FILE_ERROR_INVALID, _("“%s” is not a valid function id"), attrs[0].value);
  function = od_catalog_lookup_function (r->catalog, attrs[0].value);
  if (function == NULL && (r->flags & OD_LOAD_STRICT))
    return fail (r, OD_FILE_ERROR_UNKNOWN_REFERENCE, _("the function “%s” is not in the catalog"), attrs[0].value);
  if (function != NULL && role == OD_ROLE_OWNER && function->type == OD_FUNCTION_COLLABORATION)
    return fail (r, OD_FILE_ERROR_INVALID, _("“%s” is a collaboration process: it has a lead and participants, not an owner"),
               attrs[0].value);
  if (function != NULL && role == OD_ROLE_LEAD && function->type == OD_FUNCTION_EXCLUSIVE)
    return fail (r, OD_FILE_ERROR_INVALID, _("“%s” is an exclusive function: it has an owner, not a lead"), attrs[0].value);
  if (_od_unit_find_assignment (unit, attrs[0].value) >= 0)
    return fail (r, OD_FILE_ERROR_DUPLICATE_ID, _("unit “%s” lists the function “%s” twice"),
               od_unit_get_id (unit), attrs[0].value);
  _od_unit_insert_assignment (r->org, unit, G_MAXUINT, attrs[0].value, role);
  g_array_index (unit->assignments, OdAssignment, unit->assignments->len - 1).extra = g_steal_pointer (&tag.extra);
  return TRUE;
}

static gboolean
read_dotted (Reader *r)
{
  Attr attrs[] = { { "from" }, { "to" }, { "label" }, { "hours" }, { "directed-by" }, { "reward" } };
  OdDottedLine *line;
  g_auto(StartTag) tag = read_start_tag (r, attrs);

  if (attrs[4].value != NULL && strcmp (attrs[4].value, "from") != 0 && strcmp (attrs[4].value, "to") != 0)
    return fail (r, OD_FILE_ERROR_INVALID, _("a dotted line is directed by “from” or “to”, not “%s”"), attrs[4].value);
  if (!require (r, "dotted", &attrs[0]) || !require (r, "dotted", &attrs[1]))
    return FALSE;
  line = _od_dotted_line_new (attrs[0].value, attrs[1].value, attrs[2].value);
  _od_dotted_line_set_agreement (line, attrs[3].value, attrs[4].value, attrs[5].value);
  line->extra = g_steal_pointer (&tag.extra);
  /* Whether both ends exist is checked at the end: units may follow. */
  g_ptr_array_add (od_organisation_get_dotted_lines (r->org), line);
  return TRUE;
}

static gboolean
read_mechanism (Reader *r)
{
  Attr attrs[] = { { "ref" }, { "detail" } };
  OdMechanismUse *use;
  g_auto(StartTag) tag = read_start_tag (r, attrs);

  if (!require (r, "mechanism", &attrs[0]))
    return FALSE;
  if (!od_is_valid_ref (attrs[0].value) ||
      ((r->flags & OD_LOAD_STRICT) && od_catalog_lookup_mechanism (r->catalog, attrs[0].value) == NULL))
    return fail (r, OD_FILE_ERROR_UNKNOWN_REFERENCE, _("the coordination mechanism “%s” is not in the catalog"), attrs[0].value);
  if (od_organisation_find_mechanism (r->org, attrs[0].value) != NULL)
    return fail (r, OD_FILE_ERROR_DUPLICATE_ID, _("the mechanism “%s” is listed twice"), attrs[0].value);
  use = _od_mechanism_use_new (attrs[0].value, attrs[1].value);
  use->extra = g_steal_pointer (&tag.extra);
  g_ptr_array_add (od_organisation_get_mechanisms (r->org), use);
  return TRUE;
}

static char *
steal_text (Attr *attr)
{
  if (attr->value == NULL || attr->value[0] == '\0')
    return NULL;
  return g_steal_pointer (&attr->value);
}

static gboolean
check_signed (Reader     *r,
              const char *attribute,
              const char *value)
{
  if (value == NULL || strcmp (value, "true") == 0 || strcmp (value, "false") == 0)
    return TRUE;
  return fail (r, OD_FILE_ERROR_INVALID, _("<coordination-sheet %s=\"%s\">: expected true or false"), attribute, value);
}

static gboolean check_date (Reader *r, const char *element, const char *value);

/* A work coordination sheet (工作协调单).  Its units are not required to
 * exist: a sheet naming a removed unit is a finding, not a broken file. */
static gboolean
read_sheet (Reader *r)
{
  Attr attrs[] = { { "id" }, { "from" }, { "to" }, { "requirement" }, { "deadline" }, { "standard" },
                   { "responsible" }, { "rewards" },
                   { "from-signed", ATTR_TOKEN }, { "from-signer" }, { "from-signed-on" },
                   { "to-signed", ATTR_TOKEN }, { "to-signer" }, { "to-signed-on" } };
  g_autoptr(OdCoordinationSheet) sheet = NULL;
  g_auto(StartTag) tag = read_start_tag (r, attrs);

  if (r->error != NULL || !require (r, "coordination-sheet", &attrs[0]))
    return FALSE;
  for (guint i = 0; i < 3; i++)
    if (attrs[i].value != NULL && !od_is_valid_unit_id (attrs[i].value))
      return fail (r, OD_FILE_ERROR_INVALID, i == 0
                 ? _("“%s” is not a valid coordination sheet id (letters, digits, “-”, “_” and “.”, at most 64)")
                 : _("“%s” is not a valid unit id (letters, digits, “-”, “_” and “.”, at most 64)"),
                 attrs[i].value);
  if (od_organisation_find_sheet (r->org, attrs[0].value) != NULL)
    return fail (r, OD_FILE_ERROR_DUPLICATE_ID, _("two coordination sheets have the id “%s”"), attrs[0].value);
  if (!check_date (r, "coordination-sheet", attrs[4].value) ||
      !check_signed (r, "from-signed", attrs[8].value) || !check_date (r, "coordination-sheet", attrs[10].value) ||
      !check_signed (r, "to-signed", attrs[11].value) || !check_date (r, "coordination-sheet", attrs[13].value))
    return FALSE;
  sheet = od_coordination_sheet_new ();
  sheet->id = steal_text (&attrs[0]);
  sheet->unit[OD_SHEET_FROM] = steal_text (&attrs[1]);
  sheet->unit[OD_SHEET_TO] = steal_text (&attrs[2]);
  sheet->requirement = steal_text (&attrs[3]);
  sheet->deadline = steal_text (&attrs[4]);
  sheet->standard = steal_text (&attrs[5]);
  sheet->responsible = steal_text (&attrs[6]);
  sheet->rewards = steal_text (&attrs[7]);
  for (guint side = 0; side < OD_N_SHEET_SIDES; side++)
    {
      Attr *a = &attrs[8 + 3 * side];
      sheet->signature[side].is_signed = g_strcmp0 (a[0].value, "true") == 0;
      sheet->signature[side].by = steal_text (&a[1]);
      sheet->signature[side].date = steal_text (&a[2]);
    }
  sheet->extra = g_steal_pointer (&tag.extra);
  g_ptr_array_add (od_organisation_get_sheets (r->org), g_steal_pointer (&sheet));
  return TRUE;
}

/* One horizon of the 313 rule's plans; each at most once. */
static gboolean
read_plan (Reader *r)
{
  Attr attrs[] = { { "horizon", ATTR_TOKEN }, { "period" }, { "owner" }, { "summary" }, { "basis" } };
  OdPlanHorizon *plan;
  OdHorizon horizon;
  g_auto(StartTag) tag = read_start_tag (r, attrs);

  if (r->error != NULL || !require (r, "plan", &attrs[0]))
    return FALSE;
  if (!od_horizon_from_string (attrs[0].value, &horizon))
    return fail (r, OD_FILE_ERROR_INVALID, _("a plan's horizon is 3-year, 1-year or 3-month, not “%s”"), attrs[0].value);
  if (od_organisation_find_plan (r->org, horizon) != NULL)
    return fail (r, OD_FILE_ERROR_DUPLICATE_ID, _("the %s plan is recorded twice"), attrs[0].value);
  plan = od_plan_horizon_new (horizon);
  plan->period = steal_text (&attrs[1]);
  plan->owner = steal_text (&attrs[2]);
  plan->summary = steal_text (&attrs[3]);
  plan->basis = steal_text (&attrs[4]);
  plan->extra = g_steal_pointer (&tag.extra);
  g_ptr_array_add (od_organisation_get_plans (r->org), plan);
  return TRUE;
}

static gboolean
read_accepted (Reader *r)
{
  Attr attrs[] = { { "rule" }, { "units" }, { "functions" }, { "reason" } };
  OdAcceptance *a;
  g_auto(StartTag) tag = read_start_tag (r, attrs);

  if (!require (r, "accepted", &attrs[0]) || !require (r, "accepted", &attrs[3]))
    return FALSE;
  if (!od_is_valid_ref (attrs[0].value))
    return fail (r, OD_FILE_ERROR_INVALID, _("“%s” is not a rule id"), attrs[0].value);
  a = _od_acceptance_new (attrs[0].value, attrs[1].value, attrs[2].value, attrs[3].value);
  a->extra = g_steal_pointer (&tag.extra);
  g_ptr_array_add (od_organisation_get_acceptances (r->org), a);
  return TRUE;
}

static gboolean
check_date (Reader     *r,
            const char *element,
            const char *value)
{
  if (value == NULL || od_is_valid_date (value))
    return TRUE;
  return fail (r, OD_FILE_ERROR_INVALID, _("<%s date=\"%s\">: a date is written YYYY-MM-DD"), element, value);
}

static gboolean
read_answer (Reader       *r,
             OdRespondent *respondent)
{
  Attr attrs[] = { { "item", ATTR_INTEGER }, { "value", ATTR_INTEGER } };
  guint64 item, value;
  g_auto(StartTag) tag = read_start_tag (r, attrs);

  if (!require (r, "answer", &attrs[0]) || !require (r, "answer", &attrs[1]) ||
      !parse_count (r, "answer", "item", attrs[0].value, 1, OD_N_QUESTIONS, &item) ||
      !parse_count (r, "answer", "value", attrs[1].value, OD_ANSWER_MIN, OD_ANSWER_MAX, &value))
    return FALSE;
  if (respondent->answers[item - 1] != 0)
    return fail (r, OD_FILE_ERROR_DUPLICATE_ID, _("statement %u is answered twice by the same respondent"), (guint) item);
  respondent->answers[item - 1] = (guint8) value;
  if (tag.extra != NULL)
    *_od_respondent_answer_extra_slot (respondent, (guint) item) = g_steal_pointer (&tag.extra);
  return TRUE;
}

static gboolean
read_respondent_start (Reader        *r,
                       OdRespondent **out)
{
  Attr attrs[] = { { "name" }, { "side", ATTR_TOKEN }, { "date" } };
  OdRespondent respondent = { 0 };
  g_auto(StartTag) tag = read_start_tag (r, attrs);

  if (!require (r, "respondent", &attrs[1]))
    return FALSE;
  if (!od_side_from_string (attrs[1].value, &respondent.side))
    return fail (r, OD_FILE_ERROR_INVALID, _("a respondent's side is sales or marketing, not “%s”"), attrs[1].value);
  if (!check_date (r, "respondent", attrs[2].value))
    return FALSE;
  respondent.name = attrs[0].value;
  respondent.date = attrs[2].value;
  *out = _od_respondent_copy (&respondent);
  (*out)->extra = g_steal_pointer (&tag.extra);
  g_ptr_array_add (od_organisation_get_respondents (r->org), *out);
  return TRUE;
}

static gboolean
read_cause (Reader *r)
{
  Attr attrs[] = { { "ref", ATTR_INTEGER }, { "state", ATTR_TOKEN }, { "note" } };
  guint64 cause;
  OdCauseState state;
  g_auto(StartTag) tag = read_start_tag (r, attrs);

  if (!require (r, "cause", &attrs[0]) || !require (r, "cause", &attrs[1]) ||
      !parse_count (r, "cause", "ref", attrs[0].value, 1, OD_N_CAUSES, &cause))
    return FALSE;
  if (strcmp (attrs[1].value, "present") == 0)
    state = OD_CAUSE_PRESENT;
  else if (strcmp (attrs[1].value, "absent") == 0)
    state = OD_CAUSE_ABSENT;
  else if (strcmp (attrs[1].value, "unknown") == 0)
    state = OD_CAUSE_UNKNOWN;
  else
    return fail (r, OD_FILE_ERROR_INVALID, _("a cause's state is present, absent or unknown, not “%s”"), attrs[1].value);
  _od_organisation_set_cause (r->org, (guint) cause, state, attrs[2].value);
  _od_organisation_set_cause_extra (r->org, (guint) cause, g_steal_pointer (&tag.extra));
  return TRUE;
}

static gboolean
read_fact (Reader *r)
{
  Attr attrs[] = { { "key" }, { "value" } };
  g_auto(StartTag) tag = read_start_tag (r, attrs);

  if (!require (r, "fact", &attrs[0]) || !require (r, "fact", &attrs[1]))
    return FALSE;
  if (!od_is_valid_ref (attrs[0].value))
    return fail (r, OD_FILE_ERROR_INVALID, _("“%s” is not a valid fact key"), attrs[0].value);
  _od_organisation_set_fact (r->org, attrs[0].value, attrs[1].value);
  _od_organisation_set_fact_extra (r->org, attrs[0].value, g_steal_pointer (&tag.extra));
  return TRUE;
}

static gboolean
read_organisation_start (Reader *r)
{
  Attr attrs[] = { { "version" }, { "name" }, { "size", ATTR_TOKEN }, { "focus", ATTR_TOKEN }, { "industry" },
                   { "lang", ATTR_TOKEN }, { "business", ATTR_TOKEN }, { "task", ATTR_TOKEN } };
  const char *ns = r->element->uri;
  OdSize size = OD_SIZE_MEDIUM;
  OdLang lang = OD_LANG_ZH_CN;
  g_autofree char *version = NULL;
  /* Unknown attributes are kept on the organisation, not in tag.extra. */
  g_auto(StartTag) tag = { attrs, G_N_ELEMENTS (attrs), NULL };

  if (strcmp (r->element->local, "organisation") != 0 || g_strcmp0 (ns, OD_FILE_NAMESPACE) != 0)
    {
      g_autofree char *root = element_qname (r->element);

      return fail (r, OD_FILE_ERROR_NOT_ORGDESIGN,
                   _("this is not an Org Designer document (its root is <%s> in the namespace “%s”)"),
                   root, ns ? ns : "");
    }

  /* Known before the attributes are read: they are judged by it. */
  for (int i = 0; i < r->element->n_attributes; i++)
    {
      const xmlChar **a = r->element->attributes + 5 * i;

      if (a[2] == NULL && strcmp ((const char *) a[0], "version") == 0)
        version = od_xml_attribute_value (a[3], a[4]);
    }
  r->strict = version == NULL || strcmp (version, "1") == 0 || strcmp (version, "1.0") == 0;
  read_attributes (r, attrs, G_N_ELEMENTS (attrs), _od_organisation_get_extra (r->org));
  if (r->error != NULL || !require (r, "organisation", &attrs[0]))
    return FALSE;
  if (!g_regex_match_simple ("^1(\\.[0-9]+)?$", attrs[0].value, 0, 0) && g_str_has_prefix (attrs[0].value, "1."))
    return fail (r, OD_FILE_ERROR_INVALID, _("the format version is written 1 or 1.N, not “%s”"), attrs[0].value);
  if (attrs[3].value != NULL)
    {
      static const char *const focuses[] = { "channel", "promotion", "brand", "new-product", "share-growth", NULL };
      if (!g_strv_contains (focuses, attrs[3].value))
        return fail (r, OD_FILE_ERROR_INVALID,
                   _("the marketing focus is channel, promotion, brand, new-product or share-growth, not “%s”"),
                   attrs[3].value);
    }
  /* Same major version: read it, keeping what a newer minor version added. */
  if (strcmp (attrs[0].value, "1") != 0 && !g_str_has_prefix (attrs[0].value, "1."))
    return fail (r, OD_FILE_ERROR_VERSION,
               _("the document is in format version %s, made by a newer Org Designer; this version reads version 1"),
               attrs[0].value);
  if (attrs[2].value != NULL && !od_size_from_string (attrs[2].value, &size))
    return fail (r, OD_FILE_ERROR_INVALID, _("the firm size is small, medium or large, not “%s”"), attrs[2].value);
  if (attrs[5].value != NULL && !od_lang_from_string (attrs[5].value, &lang))
    return fail (r, OD_FILE_ERROR_INVALID, _("the document language is zh-CN, zh-TW or en, not “%s”"), attrs[5].value);
  if (attrs[6].value != NULL && !od_business_is_valid (attrs[6].value))
    return fail (r, OD_FILE_ERROR_INVALID,
               _("the business type is manufacturing, distribution, retail, services or software, not “%s”"), attrs[6].value);
  if (attrs[7].value != NULL && strcmp (attrs[7].value, "new-product") != 0 &&
      strcmp (attrs[7].value, "brand-building") != 0 && strcmp (attrs[7].value, "share-growth") != 0)
    return fail (r, OD_FILE_ERROR_INVALID,
               _("the core task is new-product, brand-building or share-growth, not “%s”"), attrs[7].value);
  r->current_version = strcmp (attrs[0].value, "1") == 0 || strcmp (attrs[0].value, "1.0") == 0;
  _od_organisation_set_version (r->org, attrs[0].value);
  _od_organisation_set_name (r->org, attrs[1].value);
  _od_organisation_set_size (r->org, size);
  _od_organisation_set_focus (r->org, attrs[3].value);
  _od_organisation_set_industry (r->org, attrs[4].value);
  _od_organisation_set_business (r->org, attrs[6].value);
  _od_organisation_set_task (r->org, attrs[7].value);
  _od_organisation_set_lang (r->org, lang);
  return TRUE;
}

/* After the whole tree is in: references between elements. */
static gboolean
check_references (Reader *r)
{
  GPtrArray *lines = od_organisation_get_dotted_lines (r->org);

  for (guint i = 0; i < lines->len; i++)
    {
      const OdDottedLine *line = g_ptr_array_index (lines, i);
      const char *missing = NULL;

      if (od_organisation_lookup_unit (r->org, line->from) == NULL)
        missing = line->from;
      else if (od_organisation_lookup_unit (r->org, line->to) == NULL)
        missing = line->to;
      if (missing != NULL)
        {
          r->error = g_error_new (OD_FILE_ERROR, OD_FILE_ERROR_DANGLING,
                                  _("%s: dotted line %u (from “%s” to “%s”) names the unit “%s”, which does not exist"),
                                  r->name, i + 1, line->from, line->to, missing);
          return FALSE;
        }
      if (strcmp (line->from, line->to) == 0)
        {
          r->error = g_error_new (OD_FILE_ERROR, OD_FILE_ERROR_INVALID,
                                  _("%s: dotted line %u joins the unit “%s” to itself"), r->name, i + 1, line->from);
          return FALSE;
        }
    }
  return TRUE;
}

/* ---- the parser's callbacks ---- */

static Context
current_context (Reader *r)
{
  return r->contexts->len ? g_array_index (r->contexts, Context, r->contexts->len - 1) : IN_DOCUMENT;
}

/* Whether to go on: after the first problem the parser is stopped, and a
 * problem libxml2 found (a namespace error does not stop it) is the one to
 * report, not what the element after it looks like. */
static gboolean
proceed (Reader *r)
{
  if (r->error == NULL && r->xml_error_code != 0)
    fail_from_xml (r);
  if (r->error != NULL)
    {
      xmlStopParser (r->ctxt);
      return FALSE;
    }
  r->line = r->ctxt->input != NULL ? r->ctxt->input->line : 0;
  return TRUE;
}

static void
stop_if_failed (Reader *r)
{
  if (r->error != NULL)
    xmlStopParser (r->ctxt);
}

/* <notes>: text only, once per unit.  Read to its end; judged there, but
 * problems are reported on the line it starts on. */
static void
read_notes_start (Reader *r)
{
  if (has_attributes (r))
    {
      g_clear_pointer (&r->unit->notes_extra, _od_extra_free);
      read_attributes (r, NULL, 0, &r->unit->notes_extra);
    }
  r->text_line = r->line;
  g_string_truncate (r->text, 0);
}

static gboolean
read_notes_end (Reader *r)
{
  g_autofree char *text = g_strndup (r->text->str, r->text->len);

  r->line = r->text_line;
  if (!check_text (r, "notes", text, TRUE))
    return FALSE;
  if (od_unit_get_notes (r->unit) != NULL)
    return fail (r, OD_FILE_ERROR_INVALID, _("unit “%s” has two <notes>"), od_unit_get_id (r->unit));
  r->unit->notes = text[0] ? g_steal_pointer (&text) : NULL;
  return TRUE;
}

static gboolean
read_assessment_start (Reader *r)
{
  Attr attrs[] = { { "date" } };
  /* Unknown attributes are kept on the assessment, not in tag.extra. */
  g_auto(StartTag) tag = { attrs, G_N_ELEMENTS (attrs), NULL };

  if (r->seen_assessment)
    return fail (r, OD_FILE_ERROR_INVALID, _("the document has more than one <assessment>"));
  r->seen_assessment = TRUE;
  _od_organisation_set_has_assessment (r->org, TRUE);
  read_attributes (r, attrs, G_N_ELEMENTS (attrs), _od_organisation_get_assessment_extra (r->org));
  if (r->error != NULL || !check_date (r, "assessment", attrs[0].value))
    return FALSE;
  _od_organisation_set_assessment_date (r->org, attrs[0].value);
  return TRUE;
}

/* An element starts: which one it is, and where, decides who reads it. */
static void
start_element_cb (void           *user_data,
                  const xmlChar  *local_name,
                  const xmlChar  *prefix,
                  const xmlChar  *uri,
                  int             n_namespaces,
                  const xmlChar **namespaces,
                  int             n_attributes,
                  int             n_defaulted,
                  const xmlChar **attributes)
{
  Reader *r = user_data;
  Context context = current_context (r);
  Element element = { (const char *) local_name, (const char *) prefix, (const char *) uri,
                      namespaces, n_namespaces, attributes, n_attributes };
  const char *local = element.local;
  gboolean ours = g_strcmp0 (element.uri, OD_FILE_NAMESPACE) == 0;
  Context pushed = IN_EMPTY;
  gboolean ok = TRUE;

  if (!proceed (r))
    return;
  /* libxml2 calls back before it has seen the start tag's end: when that
   * is missing, the broken tag is the problem, which it reports next. */
  if (r->ctxt->input->cur[0] != '>' && (r->ctxt->input->cur[0] != '/' || r->ctxt->input->cur[1] != '>'))
    return;
  if (context == IN_KEPT)
    {
      od_xml_capture_start (r->capture, local_name, prefix, uri, n_namespaces, namespaces, n_attributes, attributes);
      g_array_append_val (r->contexts, context);
      return;
    }
  r->element = &element;
  if (r->contexts->len >= OD_FILE_MAX_DEPTH)
    ok = fail (r, OD_FILE_ERROR_TOO_DEEP, _("units are nested more than %d levels deep"), OD_UNIT_MAX_LEVELS);
  else if (context == IN_DOCUMENT)
    {
      if (r->seen_root)
        ok = fail (r, OD_FILE_ERROR_MALFORMED, _("the document has more than one root element"));
      else
        {
          r->seen_root = TRUE;
          ok = read_organisation_start (r);
          pushed = IN_ORGANISATION;
        }
    }
  else if (ours && strcmp (local, "unit") == 0 && (context == IN_ORGANISATION || context == IN_UNIT))
    {
      ok = read_unit_start (r, context == IN_UNIT ? r->unit : NULL, &r->unit);
      pushed = IN_UNIT;
    }
  else if (ours && strcmp (local, "function") == 0 && context == IN_UNIT)
    ok = read_function (r, r->unit);
  else if (ours && strcmp (local, "notes") == 0 && context == IN_UNIT)
    {
      read_notes_start (r);
      pushed = IN_TEXT;
    }
  else if (ours && strcmp (local, "dotted") == 0 && context == IN_ORGANISATION)
    ok = read_dotted (r);
  else if (ours && strcmp (local, "mechanism") == 0 && context == IN_ORGANISATION)
    ok = read_mechanism (r);
  else if (ours && strcmp (local, "accepted") == 0 && context == IN_ORGANISATION)
    ok = read_accepted (r);
  else if (ours && strcmp (local, "coordination-sheet") == 0 && context == IN_ORGANISATION)
    ok = read_sheet (r);
  else if (ours && strcmp (local, "plan") == 0 && context == IN_ORGANISATION)
    ok = read_plan (r);
  else if (ours && strcmp (local, "assessment") == 0 && context == IN_ORGANISATION)
    {
      ok = read_assessment_start (r);
      pushed = IN_ASSESSMENT;
    }
  else if (ours && strcmp (local, "respondent") == 0 && context == IN_ASSESSMENT)
    {
      ok = read_respondent_start (r, &r->respondent);
      pushed = IN_RESPONDENT;
    }
  else if (ours && strcmp (local, "answer") == 0 && context == IN_RESPONDENT)
    ok = read_answer (r, r->respondent);
  else if (ours && strcmp (local, "cause") == 0 && context == IN_ASSESSMENT)
    ok = read_cause (r);
  else if (ours && strcmp (local, "fact") == 0 && context == IN_ASSESSMENT)
    ok = read_fact (r);
  else if (r->strict && context != IN_EMPTY && context != IN_TEXT)
    {
      g_autofree char *name = element_qname (&element);
      ok = fail (r, OD_FILE_ERROR_INVALID, _("<%s> is not part of the Org Designer format (version 1)"), name);
    }
  else if (context == IN_ORGANISATION || context == IN_UNIT || context == IN_ASSESSMENT)
    {
      /* Not known to this version (a newer minor version wrote it): keep
       * it as it was, its whole subtree, which is not read otherwise. */
      r->capture_extra = context == IN_UNIT ? &r->unit->extra
                         : context == IN_ASSESSMENT ? _od_organisation_get_assessment_extra (r->org)
                         : _od_organisation_get_extra (r->org);
      od_xml_capture_start (r->capture, local_name, prefix, uri, n_namespaces, namespaces, n_attributes, attributes);
      pushed = IN_KEPT;
    }
  else
    {
      g_autofree char *name = element_qname (&element);
      ok = fail (r, OD_FILE_ERROR_INVALID, _("<%s> is not allowed here"), name);
    }
  r->element = NULL;

  /* A handler may record a problem with an attribute and go on. */
  if (!ok || r->error != NULL)
    {
      stop_if_failed (r);
      return;
    }
  g_array_append_val (r->contexts, pushed);
}

static void
end_element_cb (void          *user_data,
                const xmlChar *local_name,
                const xmlChar *prefix,
                const xmlChar *uri)
{
  Reader *r = user_data;
  Context context = current_context (r);

  /* Every end has its start on the stack (a broken start tag, which is
   * not taken, stops the parser before any end): kept as a safeguard. */
  if (!proceed (r) || r->contexts->len == 0)
    return;
  g_array_set_size (r->contexts, r->contexts->len - 1);
  if (context == IN_UNIT)
    r->unit = od_unit_get_parent (r->unit);
  else if (context == IN_RESPONDENT)
    r->respondent = NULL;
  else if (context == IN_TEXT)
    read_notes_end (r);
  else if (context == IN_KEPT && od_xml_capture_end (r->capture, local_name, prefix))
    keep_unknown_element (r, r->capture_extra);
  stop_if_failed (r);
}

/* Text (also space between elements, which the format allows anywhere).
 * A problem is reported on the line its first character other than space
 * is on: the parser has counted lines to the end of this run. */
static void
characters_cb (void          *user_data,
               const xmlChar *text,
               int            length)
{
  Reader *r = user_data;
  Context context = current_context (r);
  const char *p = (const char *) text;
  const char *end = p + length;

  if (!proceed (r))
    return;
  if (context == IN_TEXT)
    g_string_append_len (r->text, p, length);
  else if (context == IN_KEPT)
    od_xml_capture_text (r->capture, text, length);
  else
    {
      while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n'))
        p++;
      if (p == end)
        return;
      for (const char *q = p; q < end; q++)
        if (*q == '\n')
          r->line--;
      if (r->line < 1)
        r->line = 1;
      fail (r, OD_FILE_ERROR_INVALID, _("text is not allowed here"));
      stop_if_failed (r);
    }
}

static void
cdata_cb (void          *user_data,
          const xmlChar *text,
          int            length)
{
  Reader *r = user_data;
  Context context = current_context (r);

  if (!proceed (r))
    return;
  if (context == IN_TEXT)
    g_string_append_len (r->text, (const char *) text, length);
  else if (context == IN_KEPT)
    od_xml_capture_cdata (r->capture, text, length);
  else
    {
      /* Here libxml2 calls back with the line the section starts on. */
      for (int i = 0; i < length && g_ascii_isspace (text[i]); i++)
        if (text[i] == '\n')
          r->line++;
      fail (r, OD_FILE_ERROR_INVALID, _("text is not allowed here"));
      stop_if_failed (r);
    }
}

static void
comment_cb (void          *user_data,
            const xmlChar *text)
{
  Reader *r = user_data;

  if (proceed (r) && current_context (r) == IN_KEPT)
    od_xml_capture_comment (r->capture, text);
}

static void
processing_instruction_cb (void          *user_data,
                           const xmlChar *target,
                           const xmlChar *data)
{
  Reader *r = user_data;

  if (proceed (r) && current_context (r) == IN_KEPT)
    od_xml_capture_pi (r->capture, target, data);
}

static void
internal_subset_cb (void          *user_data,
                    const xmlChar *name,
                    const xmlChar *external_id,
                    const xmlChar *system_id)
{
  Reader *r = user_data;

  if (proceed (r))
    {
      fail (r, OD_FILE_ERROR_DOCTYPE, _("the document declares a DOCTYPE, which Org Designer documents never use"));
      stop_if_failed (r);
    }
}

static void
reference_cb (void          *user_data,
              const xmlChar *name)
{
  Reader *r = user_data;

  if (proceed (r))
    {
      fail (r, OD_FILE_ERROR_DOCTYPE, _("the document uses an entity; Org Designer documents never do"));
      stop_if_failed (r);
    }
}

/* Large enough that the callbacks, not the pushing, cost the time. */
#define PUSH_PIECE (256 * 1024)

/* Parses @data (UTF-8, checked by _od_file_prepare_bytes()) with the
 * callbacks above.  No tree is built and nothing is fetched: no entity
 * substitution, no DTD loading, no XInclude, no recovery, no "huge" mode
 * (which lifts libxml2's depth and size limits). */
static gboolean
read_document (Reader     *r,
               const char *data,
               gsize       size)
{
  xmlSAXHandler handler = { 0 };

  handler.initialized = XML_SAX2_MAGIC;
  handler.startElementNs = start_element_cb;
  handler.endElementNs = end_element_cb;
  handler.characters = characters_cb;
  handler.ignorableWhitespace = characters_cb;
  handler.cdataBlock = cdata_cb;
  handler.comment = comment_cb;
  handler.processingInstruction = processing_instruction_cb;
  handler.internalSubset = internal_subset_cb;
  handler.reference = reference_cb;
  handler.serror = structured_error_cb;

  /* Pushed in pieces rather than parsed from one buffer: libxml2 would
   * copy the whole document first (it reads a static buffer up to a NUL
   * after its end, which the bytes need not have). */
  r->ctxt = xmlCreatePushParserCtxt (&handler, r, NULL, 0, NULL);
  if (r->ctxt == NULL)
    {
      r->error = g_error_new (OD_FILE_ERROR, OD_FILE_ERROR_READ, _("%s could not be read"), r->name);
      return FALSE;
    }
  xmlCtxtUseOptions (r->ctxt, XML_PARSE_NONET);
  r->contexts = g_array_new (FALSE, FALSE, sizeof (Context));
  r->text = g_string_new (NULL);
  r->capture = od_xml_capture_new ();
  for (gsize done = 0; r->error == NULL && !r->ctxt->disableSAX;)
    {
      gsize piece = MIN (size - done, PUSH_PIECE);

      if (xmlParseChunk (r->ctxt, data + done, (int) piece, done + piece == size) != 0 || done + piece == size)
        break;
      done += piece;
      if (r->progress != NULL)
        r->progress ((double) done / size, r->progress_data);
      if (g_cancellable_set_error_if_cancelled (r->cancellable, &r->error))
        break;
    }
  if (r->error == NULL && (r->xml_error_code != 0 || !r->ctxt->wellFormed || !r->ctxt->nsWellFormed))
    fail_from_xml (r);
  if (r->error == NULL && !r->seen_root)
    fail (r, OD_FILE_ERROR_MALFORMED, _("the document has no root element"));

  xmlFreeParserCtxt (r->ctxt);
  r->ctxt = NULL;
  g_array_unref (r->contexts);
  g_string_free (r->text, TRUE);
  od_xml_capture_free (r->capture);
  return r->error == NULL;
}

/* libxml2 may try to fetch external entities or DTDs for any parser in the
 * process; documents never need one, so every such load is refused. */
static xmlParserInputPtr
refuse_external_entity (const char      *url,
                        const char      *id,
                        xmlParserCtxtPtr ctxt)
{
  return NULL;
}

static void
install_entity_loader (void)
{
  static gsize done;

  if (g_once_init_enter (&done))
    {
      xmlSetExternalEntityLoader (refuse_external_entity);
      g_once_init_leave (&done, 1);
    }
}

gpointer
_od_file_get_schema (void)
{
  static xmlRelaxNG *schema;

  if (g_once_init_enter (&schema))
    {
      g_autoptr(GBytes) bytes = NULL;
      xmlRelaxNG *compiled = NULL;

      od_xml_data_ensure_resources ();
      bytes = g_resources_lookup_data (OD_MODEL_RESOURCE_PREFIX "schema/orgdesign.rng",
                                       G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      if (bytes != NULL)
        {
          gsize size;
          const char *data = g_bytes_get_data (bytes, &size);
          xmlRelaxNGParserCtxt *ctxt = xmlRelaxNGNewMemParserCtxt (data, (int) size);
          compiled = xmlRelaxNGParse (ctxt);
          xmlRelaxNGFreeParserCtxt (ctxt);
        }
      if (compiled == NULL)
        g_critical ("The file format schema could not be compiled");
      g_once_init_leave (&schema, compiled);
    }
  return schema;
}

/* The schema's opinion, as a second pass over a document the reader has
 * accepted (validate, the tests): libxml2's streaming reader applies it
 * without building the whole tree. */
static gboolean
validate_with_schema (Reader     *r,
                      const char *data,
                      gsize       size)
{
  xmlTextReader *reader = xmlReaderForMemory (data, (int) size, NULL, "UTF-8", XML_PARSE_NONET | XML_PARSE_COMPACT);
  int status;

  if (reader == NULL)
    {
      r->error = g_error_new (OD_FILE_ERROR, OD_FILE_ERROR_READ, _("%s could not be read"), r->name);
      return FALSE;
    }
  xmlTextReaderSetStructuredErrorHandler (reader, structured_error_cb, r);
  xmlTextReaderRelaxNGSetSchema (reader, _od_file_get_schema ());
  while ((status = xmlTextReaderRead (reader)) == 1 && r->xml_error_code == 0)
    ;
  if (r->xml_error_code != 0 || status < 0 || xmlTextReaderIsValid (reader) != 1)
    {
      r->line = xmlTextReaderGetParserLineNumber (reader);
      fail_from_xml (r);
    }
  xmlFreeTextReader (reader);
  return r->error == NULL;
}

/* One pass of the reader over @data into a new organisation. */
static OdOrganisation *
read_once (const char         *data,
           gsize               size,
           const char         *display_name,
           OdLoadFlags         flags,
           OdLoadProgressFunc  progress,
           gpointer            progress_data,
           GCancellable       *cancellable,
           GError            **error)
{
  g_autoptr(OdOrganisation) built = od_organisation_new ();
  Reader r = { 0 };
  gboolean ok;

  r.progress = progress;
  r.progress_data = progress_data;
  r.cancellable = cancellable;
  r.name = display_name;
  r.flags = flags;
  r.org = built;
  r.catalog = od_catalog_get_default ();

  ok = read_document (&r, data, size) && check_references (&r);
  /* The schema applies to version 1; a newer minor version may carry
   * elements it does not know, which are kept rather than refused. */
  if (ok && (flags & OD_LOAD_SCHEMA) && r.current_version && _od_file_get_schema () != NULL)
    ok = validate_with_schema (&r, data, size);
  g_free (r.xml_error_element);
  if (!ok)
    {
      g_assert (r.error != NULL);
      g_propagate_error (error, r.error);
      return NULL;
    }
  return g_steal_pointer (&built);
}

gboolean
od_file_load_bytes_full (OdOrganisation     *org,
                         GBytes             *bytes,
                         const char         *display_name,
                         OdLoadFlags         flags,
                         OdLoadProgressFunc  progress,
                         gpointer            progress_data,
                         GCancellable       *cancellable,
                         GError            **error)
{
  g_autoptr(OdOrganisation) built = NULL;
  g_autoptr(GBytes) prepared = NULL;
  gsize size;
  const char *data;

  g_return_val_if_fail (OD_IS_ORGANISATION (org), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (display_name == NULL)
    display_name = _("the document");
  prepared = _od_file_prepare_bytes (bytes, display_name, error);
  if (prepared == NULL)
    return FALSE;

  install_entity_loader ();
  data = g_bytes_get_data (prepared, &size);
  built = read_once (data, size, display_name, flags, progress, progress_data, cancellable, error);
  if (built == NULL)
    return FALSE;
  _od_organisation_take_contents (org, built);
  return TRUE;
}

gboolean
od_file_load_bytes (OdOrganisation *org,
                    GBytes         *bytes,
                    const char     *display_name,
                    OdLoadFlags     flags,
                    GError        **error)
{
  return od_file_load_bytes_full (org, bytes, display_name, flags, NULL, NULL, NULL, error);
}
