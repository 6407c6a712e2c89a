/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-xml-capture.c: an element's subtree written back as XML text from
 * SAX2 events.
 *
 * The namespaces the subtree uses but does not declare itself are declared
 * on the captured element, after its own declarations and in the order
 * they are first used, which is what libxml2 does when it copies a node
 * out of its document; the text is then parsed again and written by
 * libxml2 (the reader's canonical_element()), so that a kept element reads
 * the same whichever way it was captured.
 */
#include "config.h"

#include <string.h>

#include "od-xml-capture.h"

typedef struct {
  char  *prefix;   /* NULL for the default namespace */
  guint  depth;    /* of the element that declares it */
} Declared;

struct _OdXmlCapture
{
  GString *head;      /* "<name" and the captured element's own declarations */
  GString *added;     /* declarations the subtree needs from outside it */
  GString *body;      /* the captured element's attributes and the rest */
  GArray  *declared;  /* Declared, innermost last */
  guint    depth;     /* 1 inside the captured element's own start tag */
};

static void
clear_declared (gpointer data)
{
  g_free (((Declared *) data)->prefix);
}

OdXmlCapture *
od_xml_capture_new (void)
{
  OdXmlCapture *self = g_new0 (OdXmlCapture, 1);

  self->head = g_string_new (NULL);
  self->added = g_string_new (NULL);
  self->body = g_string_new (NULL);
  self->declared = g_array_new (FALSE, FALSE, sizeof (Declared));
  g_array_set_clear_func (self->declared, clear_declared);
  return self;
}

void
od_xml_capture_free (OdXmlCapture *self)
{
  if (self == NULL)
    return;
  g_string_free (self->head, TRUE);
  g_string_free (self->added, TRUE);
  g_string_free (self->body, TRUE);
  g_array_unref (self->declared);
  g_free (self);
}

static void
append_escaped (GString       *out,
                const xmlChar *text,
                gssize         length,
                gboolean       attribute)
{
  const char *p = (const char *) text;
  const char *end = p + (length < 0 ? (gssize) strlen (p) : length);

  for (; p < end; p++)
    switch (*p)
      {
      case '&': g_string_append (out, "&amp;"); break;
      case '<': g_string_append (out, "&lt;"); break;
      case '>': g_string_append (out, "&gt;"); break;
      case '"': g_string_append (out, attribute ? "&quot;" : "\""); break;
      case '\t': g_string_append (out, attribute ? "&#9;" : "\t"); break;
      case '\n': g_string_append (out, attribute ? "&#10;" : "\n"); break;
      case '\r': g_string_append (out, "&#13;"); break;
      default: g_string_append_c (out, *p); break;
      }
}

char *
od_xml_attribute_value (const xmlChar *start,
                        const xmlChar *end)
{
  const char *p = (const char *) start;
  const char *stop = (const char *) end;
  const char *amp = memchr (p, '&', stop - p);
  GString *out;

  if (amp == NULL)
    return g_strndup (p, stop - p);
  out = g_string_sized_new (stop - p);
  while (amp != NULL)
    {
      g_string_append_len (out, p, amp - p);
      g_string_append_c (out, '&');
      p = amp + (stop - amp >= 5 && memcmp (amp, "&#38;", 5) == 0 ? 5 : 1);
      amp = memchr (p, '&', stop - p);
    }
  g_string_append_len (out, p, stop - p);
  return g_string_free (out, FALSE);
}

static void
append_name (GString       *out,
             const xmlChar *prefix,
             const xmlChar *local)
{
  if (prefix != NULL)
    {
      g_string_append (out, (const char *) prefix);
      g_string_append_c (out, ':');
    }
  g_string_append (out, (const char *) local);
}

static void
append_declaration (GString       *out,
                    const xmlChar *prefix,
                    const xmlChar *uri)
{
  g_string_append (out, prefix != NULL ? " xmlns:" : " xmlns");
  if (prefix != NULL)
    g_string_append (out, (const char *) prefix);
  g_string_append (out, "=\"");
  append_escaped (out, uri != NULL ? uri : (const xmlChar *) "", -1, TRUE);
  g_string_append_c (out, '"');
}

static void
declare (OdXmlCapture  *self,
         const xmlChar *prefix,
         guint          depth)
{
  Declared d = { g_strdup ((const char *) prefix), depth };

  g_array_append_val (self->declared, d);
}

/* A name in @uri with @prefix is used: declare the prefix on the captured
 * element unless the subtree already has it in scope.  "xml" is never
 * declared. */
static void
need (OdXmlCapture  *self,
      const xmlChar *prefix,
      const xmlChar *uri)
{
  if (uri == NULL || (prefix != NULL && strcmp ((const char *) prefix, "xml") == 0))
    return;
  for (guint i = self->declared->len; i > 0; i--)
    if (g_strcmp0 (g_array_index (self->declared, Declared, i - 1).prefix, (const char *) prefix) == 0)
      return;
  append_declaration (self->added, prefix, uri);
  declare (self, prefix, 1);
}

void
od_xml_capture_start (OdXmlCapture   *self,
                      const xmlChar  *local,
                      const xmlChar  *prefix,
                      const xmlChar  *uri,
                      int             n_namespaces,
                      const xmlChar **namespaces,
                      int             n_attributes,
                      const xmlChar **attributes)
{
  GString *out;

  self->depth++;
  out = self->depth == 1 ? self->head : self->body;
  g_string_append_c (out, '<');
  append_name (out, prefix, local);
  for (int i = 0; i < n_namespaces; i++)
    {
      append_declaration (out, namespaces[2 * i], namespaces[2 * i + 1]);
      declare (self, namespaces[2 * i], self->depth);
    }
  need (self, prefix, uri);
  /* Five pointers an attribute: local name, prefix, namespace, value, end. */
  for (int i = 0; i < n_attributes; i++)
    {
      const xmlChar **a = attributes + 5 * i;
      g_autofree char *value = od_xml_attribute_value (a[3], a[4]);

      need (self, a[1], a[2]);
      g_string_append_c (self->body, ' ');
      append_name (self->body, a[1], a[0]);
      g_string_append (self->body, "=\"");
      append_escaped (self->body, (const xmlChar *) value, -1, TRUE);
      g_string_append_c (self->body, '"');
    }
  g_string_append_c (self->body, '>');
}

gboolean
od_xml_capture_end (OdXmlCapture  *self,
                    const xmlChar *local,
                    const xmlChar *prefix)
{
  g_return_val_if_fail (self->depth > 0, TRUE);

  g_string_append (self->body, "</");
  append_name (self->body, prefix, local);
  g_string_append_c (self->body, '>');
  while (self->declared->len > 0 &&
         g_array_index (self->declared, Declared, self->declared->len - 1).depth >= self->depth &&
         self->depth > 1)
    g_array_set_size (self->declared, self->declared->len - 1);
  self->depth--;
  return self->depth == 0;
}

void
od_xml_capture_text (OdXmlCapture  *self,
                     const xmlChar *text,
                     int            length)
{
  append_escaped (self->body, text, length, FALSE);
}

void
od_xml_capture_cdata (OdXmlCapture  *self,
                      const xmlChar *text,
                      int            length)
{
  g_string_append (self->body, "<![CDATA[");
  g_string_append_len (self->body, (const char *) text, length);
  g_string_append (self->body, "]]>");
}

void
od_xml_capture_comment (OdXmlCapture  *self,
                        const xmlChar *text)
{
  g_string_append (self->body, "<!--");
  g_string_append (self->body, (const char *) text);
  g_string_append (self->body, "-->");
}

void
od_xml_capture_pi (OdXmlCapture  *self,
                   const xmlChar *target,
                   const xmlChar *data)
{
  g_string_append (self->body, "<?");
  g_string_append (self->body, (const char *) target);
  if (data != NULL)
    {
      g_string_append_c (self->body, ' ');
      g_string_append (self->body, (const char *) data);
    }
  g_string_append (self->body, "?>");
}

char *
od_xml_capture_finish (OdXmlCapture *self)
{
  char *text;

  if (self->depth != 0 || self->head->len == 0)
    return NULL;
  text = g_strconcat (self->head->str, self->added->str, self->body->str, NULL);
  g_string_truncate (self->head, 0);
  g_string_truncate (self->added, 0);
  g_string_truncate (self->body, 0);
  g_array_set_size (self->declared, 0);
  return text;
}
