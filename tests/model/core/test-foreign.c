/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-foreign.c: attributes of other namespaces (xml:lang,
 * xsi:schemaLocation, a tool's own) are ordinary XML on every element of
 * the format: accepted, kept through load, edits and save (byte for byte),
 * and nothing they name is ever fetched. */
#include "config.h"

#include <gio/gio.h>
#include <locale.h>

#include "od-command.h"
#include "od-file-private.h"
#include "od-undo-stack.h"
#include "tests/od-test-util.h"

static char *
read_fixture (const char *name)
{
  g_autofree char *path = od_test_fixture ("core", name);
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

/* The fixture is written as the application writes it, so loading and
 * saving it must give it back unchanged; it must also give every element
 * kind of the format a foreign attribute, or it would prove less. */
static void
test_every_element_kept (void)
{
  static const char *const kinds[] = { "organisation", "unit", "notes", "function", "dotted", "mechanism",
                                       "assessment", "respondent", "answer", "cause", "fact", "accepted",
                                       "coordination-sheet", "plan", NULL };
  g_autofree char *text = read_fixture ("foreign-every-element.orgdesign");
  g_autoptr(GError) error = NULL;
  g_autoptr(OdOrganisation) org = od_test_load_string (text, OD_LOAD_STRICT | OD_LOAD_SCHEMA, &error);
  g_autofree char *saved = NULL;

  g_assert_no_error (error);
  for (guint i = 0; kinds[i] != NULL; i++)
    {
      g_autofree char *pattern = g_strdup_printf ("<%s [^>]*(xml:lang|hr:|q:)", kinds[i]);
      g_assert_true (g_regex_match_simple (pattern, text, 0, 0));
    }
  g_assert_nonnull (strstr (text, "xsi:schemaLocation=\"urn:org-designer:1 http://"));
  saved = od_test_serialize (org);
  g_assert_cmpstr (saved, ==, text);
}

static void
apply (OdUndoStack *stack,
       OdCommand   *command,
       GError      *error)
{
  g_assert_no_error (error);
  g_assert_true (od_undo_stack_push (stack, command, NULL));
}

/* Editing what an element says keeps what other namespaces said on it;
 * undo gives back the same document. */
static void
test_kept_through_edits (void)
{
  g_autofree char *text = read_fixture ("foreign-every-element.orgdesign");
  g_autoptr(OdOrganisation) org = od_test_load_string (text, OD_LOAD_STRICT, NULL);
  g_autoptr(OdUndoStack) stack = od_undo_stack_new (org);
  OdRespondent respondent;
  GError *error = NULL;
  g_autofree char *saved = NULL;
  guint steps = 0;

  g_assert_nonnull (org);
  apply (stack, od_command_set_unit_prop (org, "ceo", OD_UNIT_PROP_NAME, "总裁", &error), error), steps++;
  apply (stack, od_command_set_unit_prop (org, "ceo", OD_UNIT_PROP_NOTES, "One line", &error), error), steps++;
  apply (stack, od_command_set_assignment (org, "ceo", "market-research", OD_ROLE_OWNER, &error), error), steps++;
  apply (stack, od_command_set_dotted_agreement (org, 0, "2", "to", "bonus", &error), error), steps++;
  apply (stack, od_command_set_mechanism (org, "joint-meeting", TRUE, "每周", &error), error), steps++;
  respondent = *(OdRespondent *) od_organisation_get_respondents (org)->pdata[0];
  respondent.answers[0] = 4;
  respondent.answers[1] = 2;
  apply (stack, od_command_set_respondent (org, 0, &respondent, &error), error), steps++;
  apply (stack, od_command_set_cause (org, 3, OD_CAUSE_ABSENT, "已解决", &error), error), steps++;
  apply (stack, od_command_set_fact (org, "short-sales-cycle", "no", &error), error), steps++;
  apply (stack, od_command_set_acceptance (org, "span-too-narrow", "ceo", NULL, "董事会同意", &error), error), steps++;

  saved = od_test_serialize (org);
  g_assert_nonnull (strstr (saved, "<unit id=\"ceo\" name=\"总裁\" kind=\"executive\" xml:lang=\"zh-TW\" hr:cost-centre=\"CC-1\">"));
  g_assert_nonnull (strstr (saved, "<notes xml:lang=\"en\" hr:reviewed=\"2026-01-05\">One line</notes>"));
  g_assert_nonnull (strstr (saved, "role=\"owner\" xml:lang=\"zh-CN\" hr:weight=\"0.5\"/>"));
  g_assert_nonnull (strstr (saved, "directed-by=\"to\" reward=\"bonus\" xml:lang=\"en\" hr:agreed=\"2026-02-01\"/>"));
  g_assert_nonnull (strstr (saved, "detail=\"每周\" xml:lang=\"zh-CN\" hr:owner=\"ceo\"/>"));
  g_assert_nonnull (strstr (saved, "side=\"sales\" xml:lang=\"zh-CN\" hr:employee=\"E-17\">"));
  g_assert_nonnull (strstr (saved, "<answer item=\"1\" value=\"4\" xml:lang=\"zh-CN\" hr:confidence=\"low\"/>"));
  /* A statement answered for the first time is a new element. */
  g_assert_nonnull (strstr (saved, "<answer item=\"2\" value=\"2\"/>"));
  g_assert_nonnull (strstr (saved, "note=\"已解决\" xml:lang=\"zh-CN\" hr:source=\"interview\"/>"));
  g_assert_nonnull (strstr (saved, "value=\"no\" xml:lang=\"en\" hr:source=\"CRM\"/>"));
  g_assert_nonnull (strstr (saved, "reason=\"董事会同意\" xml:lang=\"zh-CN\" hr:approved-by=\"board\"/>"));

  while (steps-- > 0)
    g_assert_true (od_undo_stack_undo (stack));
  g_clear_pointer (&saved, g_free);
  saved = od_test_serialize (org);
  g_assert_cmpstr (saved, ==, text);
}

/* A newer minor version: an attribute this version does not know is kept
 * on every element too, and an unknown element keeps its own. */
static void
test_newer_minor_kept (void)
{
  g_autofree char *text = read_fixture ("foreign-newer-minor.orgdesign");
  g_autoptr(GError) error = NULL;
  g_autoptr(OdOrganisation) org = od_test_load_string (text, OD_LOAD_DEFAULT, &error);
  g_autoptr(OdOrganisation) again = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  g_assert_no_error (error);
  first = od_test_serialize (org);
  g_assert_nonnull (strstr (first, "role=\"owner\" weight=\"2\" hr:weight=\"0.5\"/>"));
  g_assert_nonnull (strstr (first, "label=\"x\" priority=\"high\" xml:lang=\"en\"/>"));
  g_assert_nonnull (strstr (first, "xml:lang=\"en\" hr:currency=\"CNY\" year=\"2027\"><line xml:lang=\"zh-CN\">差旅</line></budget>"));
  again = od_test_load_string (first, OD_LOAD_DEFAULT, &error);
  g_assert_no_error (error);
  second = od_test_serialize (again);
  g_assert_cmpstr (second, ==, first);
}

/* Version 1 still knows every attribute of its own: an unknown one without
 * a namespace, or one in the format's namespace under a prefix, is refused
 * and the message names the element. */
static void
test_version_1_still_strict (void)
{
  static const struct { const char *element; const char *message; } cases[] = {
    { "<unit id=\"a\" name=\"A\"><function ref=\"market-research\" role=\"owner\" colour=\"red\"/></unit>",
      "x.orgdesign:3: <function> has the attribute “colour”" },
    { "<assessment><respondent side=\"sales\"><answer item=\"1\" value=\"2\" o:item=\"3\"/></respondent></assessment>",
      "x.orgdesign:3: <answer> has the attribute “o:item”" },
    { "<unit id=\"a\" name=\"A\">\n<notes colour=\"red\">x</notes></unit>",
      "x.orgdesign:4: <notes> has the attribute “colour”" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *xml = g_strdup_printf ("<?xml version=\"1.0\"?>\n"
                                              "<organisation xmlns=\"urn:org-designer:1\" xmlns:o=\"urn:org-designer:1\" version=\"1\">\n"
                                              "%s</organisation>\n", cases[i].element);
      g_autoptr(GBytes) bytes = g_bytes_new (xml, strlen (xml));
      g_autoptr(OdOrganisation) org = od_organisation_new ();
      g_autoptr(GError) error = NULL;

      g_assert_false (od_file_load_bytes (org, bytes, "x.orgdesign", OD_LOAD_DEFAULT, &error));
      g_assert_error (error, OD_FILE_ERROR, OD_FILE_ERROR_INVALID);
      g_assert_true (g_str_has_prefix (error->message, cases[i].message));
    }
}

/* A listening socket that counts who came: a document naming it must
 * never make the loader (nor the schema's pass) connect. */
static void
test_nothing_fetched (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSocket) server = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, &error);
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) any = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;
  g_autoptr(GSocket) visitor = NULL;
  g_autofree char *url = NULL;
  const char *const templates[] = {
    /* Version 1: a schema location, a style sheet. */
    "<?xml version=\"1.0\"?>\n<?xml-stylesheet type=\"text/xsl\" href=\"%s/style.xsl\"?>\n"
    "<organisation xmlns=\"urn:org-designer:1\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
    "xsi:schemaLocation=\"urn:org-designer:1 %s/orgdesign.rng\" xsi:noNamespaceSchemaLocation=\"%s/x.xsd\" version=\"1\">\n"
    "<unit id=\"a\" name=\"A\" xml:base=\"%s/\"/>\n</organisation>\n",
    /* A newer minor version: an XInclude is an unknown element, kept, not followed. */
    "<?xml version=\"1.0\"?>\n<organisation xmlns=\"urn:org-designer:1\" version=\"1.2\">\n"
    "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"%s/part.xml\"/>\n"
    "<unit id=\"a\" name=\"A\"/>\n<x xmlns=\"%s/ns\" a=\"%s\" b=\"%s\"/></organisation>\n",
  };

  g_assert_no_error (error);
  g_assert_true (g_socket_bind (server, any, TRUE, &error));
  g_assert_true (g_socket_listen (server, &error));
  g_socket_set_blocking (server, FALSE);
  bound = g_socket_get_local_address (server, &error);
  url = g_strdup_printf ("http://127.0.0.1:%u", g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound)));

  for (guint i = 0; i < G_N_ELEMENTS (templates); i++)
    {
      g_autofree char *xml = g_strdup_printf (templates[i], url, url, url, url);
      g_autoptr(GBytes) bytes = g_bytes_new (xml, strlen (xml));
      g_autoptr(OdOrganisation) org = od_organisation_new ();
      g_autofree char *saved = NULL;

      g_assert_true (od_file_load_bytes (org, bytes, "x.orgdesign", OD_LOAD_STRICT | OD_LOAD_SCHEMA, &error));
      g_assert_no_error (error);
      saved = od_test_serialize (org);
      if (i == 1)
        g_assert_nonnull (strstr (saved, "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\""));
      else
        g_assert_nonnull (strstr (saved, "/orgdesign.rng\""));
    }
  visitor = g_socket_accept (server, NULL, &error);
  g_assert_null (visitor);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_WOULD_BLOCK);
}

/* The messages the issue names: two roots say so (not "truncated"), and
 * text inside a unit is reported on the line it starts on (its first
 * character other than space). */
static void
test_messages (void)
{
  static const struct { const char *xml; const char *message; } cases[] = {
    { "<organisation xmlns=\"urn:org-designer:1\" version=\"1\"/>\n<organisation xmlns=\"urn:org-designer:1\" version=\"1\"/>\n",
      "x.orgdesign:2: the document has more than one root element" },
    { "<organisation xmlns=\"urn:org-designer:1\" version=\"1\">\n<unit id=\"a\" name=\"A\">\n\n   stray 文字\n</unit>\n</organisation>\n",
      "x.orgdesign:4: text is not allowed here" },
    { "<organisation xmlns=\"urn:org-designer:1\" version=\"1\">\n<unit id=\"a\" name=\"A\">\n<unit id=\"b\" name=\"B\"/>\n"
      "<![CDATA[\n\nx]]></unit>\n</organisation>\n",
      "x.orgdesign:6: text is not allowed here" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new (cases[i].xml, strlen (cases[i].xml));
      g_autoptr(OdOrganisation) org = od_organisation_new ();
      g_autoptr(GError) error = NULL;

      g_assert_false (od_file_load_bytes (org, bytes, "x.orgdesign", OD_LOAD_DEFAULT, &error));
      g_test_message ("%s", error->message);
      g_assert_true (g_str_has_prefix (error->message, cases[i].message));
      g_assert_null (strstr (error->message, "truncated"));
    }
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/model/foreign/every-element-kept", test_every_element_kept);
  g_test_add_func ("/model/foreign/kept-through-edits", test_kept_through_edits);
  g_test_add_func ("/model/foreign/newer-minor-kept", test_newer_minor_kept);
  g_test_add_func ("/model/foreign/version-1-still-strict", test_version_1_still_strict);
  g_test_add_func ("/model/foreign/nothing-fetched", test_nothing_fetched);
  g_test_add_func ("/model/foreign/messages", test_messages);
  return g_test_run ();
}
