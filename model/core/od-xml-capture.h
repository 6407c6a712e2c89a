/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-xml-capture.h: writes an element's subtree back as XML text from the
 * parser's SAX2 events, so that an element a newer minor version added can
 * be kept without building a tree. */
#pragma once

#include <glib.h>
#include <libxml/parser.h>

G_BEGIN_DECLS

typedef struct _OdXmlCapture OdXmlCapture;

OdXmlCapture *od_xml_capture_new     (void);
void          od_xml_capture_free    (OdXmlCapture   *self);

/* The events of the subtree, the captured element's own first; the
 * arguments are those of libxml2's SAX2 callbacks. */
void          od_xml_capture_start   (OdXmlCapture   *self,
                                      const xmlChar  *local,
                                      const xmlChar  *prefix,
                                      const xmlChar  *uri,
                                      int             n_namespaces,
                                      const xmlChar **namespaces,
                                      int             n_attributes,
                                      const xmlChar **attributes);
/* Returns TRUE when this closed the captured element itself. */
gboolean      od_xml_capture_end     (OdXmlCapture   *self,
                                      const xmlChar  *local,
                                      const xmlChar  *prefix);
void          od_xml_capture_text    (OdXmlCapture   *self,
                                      const xmlChar  *text,
                                      int             length);
void          od_xml_capture_cdata   (OdXmlCapture   *self,
                                      const xmlChar  *text,
                                      int             length);
void          od_xml_capture_comment (OdXmlCapture   *self,
                                      const xmlChar  *text);
void          od_xml_capture_pi      (OdXmlCapture   *self,
                                      const xmlChar  *target,
                                      const xmlChar  *data);

/* An attribute's value as SAX2 reports it (from @start to @end), as text:
 * without entity substitution libxml2 hands an ampersand back as "&#38;",
 * and every other reference already replaced. */
char         *od_xml_attribute_value (const xmlChar  *start,
                                      const xmlChar  *end);

/* The subtree as one well-formed element, every namespace it uses declared
 * on it (as libxml2 declares them on a copied node), or NULL before its
 * end.  The capture is ready for the next element afterwards. */
char         *od_xml_capture_finish  (OdXmlCapture   *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OdXmlCapture, od_xml_capture_free)

G_END_DECLS
