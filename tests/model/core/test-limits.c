/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-limits.c: the one text validation and the one nesting limit hold
 * for the loader, the editing commands and the CSV import alike, and
 * every document the commands can build saves and loads back the same. */
#include "config.h"

#include <locale.h>

#include "od-command.h"
#include "od-csv-import.h"
#include "od-undo-stack.h"
#include "tests/model/layout/layout-test-util.h"
#include "tests/od-test-util.h"

#define ORG "<organisation xmlns=\"urn:org-designer:1\" version=\"1\" name=\"T\">\n"

/* Texts a document cannot hold: noncharacters (cairo refuses them as "not
 * valid UTF-8", so one would break every PDF), C1 and C0 controls. */
static const struct {
  const char *reference;   /* as an XML character reference */
  const char *utf8;
} bad_texts[] = {
  { "&#xFDD0;", "\xef\xb7\x90" },
  { "&#xFDEF;", "\xef\xb7\xaf" },
  { "&#x1FFFE;", "\xf0\x9f\xbf\xbe" },
  { "&#x10FFFF;", "\xf4\x8f\xbf\xbf" },
  { "&#x85;", "\xc2\x85" },
  { "&#x7F;", "\x7f" },
};

static void
test_loader_refuses_unstorable_text (void)
{
  const char *shapes[] = {
    ORG "<unit id=\"a\" name=\"A%s\"/></organisation>",
    ORG "<unit id=\"a\" name=\"A\" head=\"王%s\"/></organisation>",
    ORG "<unit id=\"a\" name=\"A\"><notes>备注%s</notes></unit></organisation>",
    ORG "<unit id=\"a\" name=\"A\"/><unit id=\"b\" name=\"B\"/><dotted from=\"a\" to=\"b\" label=\"x%s\"/></organisation>",
    ORG "<mechanism ref=\"joint-meeting\" detail=\"每月%s\"/></organisation>",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad_texts); i++)
    for (guint j = 0; j < G_N_ELEMENTS (shapes); j++)
      {
        g_autofree char *xml = g_strdup_printf (shapes[j], bad_texts[i].reference);
        g_autoptr(GError) error = NULL;
        g_autoptr(OdOrganisation) org = od_test_load_string (xml, OD_LOAD_DEFAULT, &error);

        if (org != NULL)
          g_error ("loaded: %s", g_strescape (xml, NULL));
        g_assert_error (error, OD_FILE_ERROR, OD_FILE_ERROR_ENCODING);
        g_assert_true (g_str_has_prefix (error->message, "test.orgdesign:2:"));
      }
}

static void
test_commands_refuse_unstorable_text (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OdOrganisation) org = od_test_load_string (ORG "<unit id=\"a\" name=\"A\"/><unit id=\"b\" name=\"B\"/></organisation>",
                                                       OD_LOAD_DEFAULT, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (bad_texts); i++)
    {
      g_autofree char *text = g_strconcat ("销售", bad_texts[i].utf8, NULL);
      const OdUnitProp props[] = { OD_UNIT_PROP_NAME, OD_UNIT_PROP_HEAD, OD_UNIT_PROP_NOTES };
      OdCommand *command;

      for (guint j = 0; j < G_N_ELEMENTS (props); j++)
        {
          command = od_command_set_unit_prop (org, "a", props[j], text, &error);
          g_assert_null (command);
          g_assert_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_INVALID);
          g_clear_error (&error);
        }
      g_assert_null (od_command_add_unit (org, NULL, -1, NULL, text, OD_UNIT_KIND_FRONT, &error));
      g_assert_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_INVALID);
      g_clear_error (&error);
      g_assert_null (od_command_add_dotted_line (org, "a", "b", text, &error));
      g_assert_nonnull (error);
      g_clear_error (&error);
      g_assert_null (od_command_set_org_prop (org, OD_ORG_PROP_NAME, text, &error));
      g_assert_nonnull (error);
      g_clear_error (&error);
    }
}

static void
test_csv_refuses_unstorable_text (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_texts); i++)
    {
      g_autofree char *csv = g_strdup_printf ("id,name,parent,head\nceo,总经理,,\nsales,销售%s,ceo,\n", bad_texts[i].utf8);
      g_autoptr(GBytes) bytes = g_bytes_new (csv, strlen (csv));
      g_autoptr(GError) error = NULL;
      g_autoptr(OdOrganisation) org = od_csv_import_bytes (bytes, "hr.csv", OD_SIZE_MEDIUM, "T", &error);

      g_assert_null (org);
      g_assert_error (error, OD_CSV_ERROR, OD_CSV_ERROR_INVALID);
      g_assert_true (g_str_has_prefix (error->message, "hr.csv:3:"));
    }
}

/* A chain of @levels units as a document. */
static char *
chain_xml (guint levels)
{
  GString *xml = g_string_new (ORG);

  for (guint i = 0; i < levels; i++)
    g_string_append_printf (xml, "<unit id=\"u%u\" name=\"第%u级\">", i, i);
  g_string_append (xml, "<function ref=\"market-research\" role=\"owner\"/>");
  for (guint i = 0; i < levels; i++)
    g_string_append (xml, "</unit>");
  g_string_append (xml, "</organisation>");
  return g_string_free (xml, FALSE);
}

/* What od_unit_get_subtree_levels() must give, the plain recursive way. */
static guint
levels_by_recursion (const OdUnit *unit)
{
  guint deepest = 0;

  for (const OdUnit *c = od_unit_get_first_child (unit); c != NULL; c = od_unit_get_next_sibling (c))
    {
      guint levels = levels_by_recursion (c);

      deepest = MAX (deepest, levels);
    }
  return deepest + 1;
}

/* The levels a move or paste adds, on every unit of the shapes users
 * bring: random fan-out trees, a chain as deep as the limit, one manager
 * with thousands of reports. */
static void
test_subtree_levels (void)
{
  g_autofree char *chain = chain_xml (OD_UNIT_MAX_LEVELS);
  g_autoptr(GError) error = NULL;
  g_autoptr(OdOrganisation) deep = od_test_load_string (chain, OD_LOAD_DEFAULT, &error);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261202);

  g_assert_no_error (error);
  for (guint i = 0; i < OD_UNIT_MAX_LEVELS; i++)
    {
      char id[16];

      g_snprintf (id, sizeof id, "u%u", i);
      g_assert_cmpuint (od_unit_get_subtree_levels (od_organisation_lookup_unit (deep, id)), ==,
                        OD_UNIT_MAX_LEVELS - i);
    }
  for (guint round = 0; round < 40; round++)
    {
      OdRandomTreeSpec spec = { .n_units = round < 38 ? 1 + g_rand_int_range (rand, 0, 600) : 3000,
                                .max_children = round == 39 ? 3000 : 1 + g_rand_int_range (rand, 0, 12),
                                .max_depth = round == 39 ? 2 : 1 + g_rand_int_range (rand, 0, 30),
                                .n_tops = 1 + g_rand_int_range (rand, 0, 3) };
      g_autoptr(OdOrganisation) org = od_test_random_tree (rand, &spec);
      g_autoptr(GPtrArray) units = od_organisation_list_units (org);

      for (guint i = 0; i < units->len; i++)
        g_assert_cmpuint (od_unit_get_subtree_levels (units->pdata[i]), ==, levels_by_recursion (units->pdata[i]));
    }
}

static void
test_one_nesting_limit (void)
{
  g_autoptr(OdOrganisation) org = od_organisation_new ();
  g_autoptr(OdUndoStack) stack = od_undo_stack_new (org);
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *too_deep = chain_xml (OD_UNIT_MAX_LEVELS + 1);
  g_autoptr(OdOrganisation) refused = NULL;
  g_autoptr(OdOrganisation) reloaded = NULL;
  g_autoptr(GString) csv = g_string_new ("id,name,parent\n");
  char parent[16] = "";

  /* The commands build a chain up to the limit, and no further. */
  for (guint i = 0; i < OD_UNIT_MAX_LEVELS; i++)
    {
      char id[16];
      OdCommand *command;

      g_snprintf (id, sizeof id, "u%u", i);
      command = od_command_add_unit (org, i ? parent : NULL, -1, id, "级", OD_UNIT_KIND_FRONT, &error);
      g_assert_no_error (error);
      g_assert_true (od_undo_stack_push (stack, command, &error));
      g_strlcpy (parent, id, sizeof parent);
    }
  g_assert_null (od_command_add_unit (org, parent, -1, "one-more", "级", OD_UNIT_KIND_FRONT, &error));
  g_assert_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_INVALID);
  g_clear_error (&error);
  /* Moving a two-level branch under the deepest-but-one unit would exceed it. */
  {
    OdCommand *command = od_command_add_unit (org, NULL, -1, "branch", "枝", OD_UNIT_KIND_FRONT, &error);
    g_assert_true (od_undo_stack_push (stack, command, &error));
    command = od_command_add_unit (org, "branch", -1, "leaf", "叶", OD_UNIT_KIND_FRONT, &error);
    g_assert_true (od_undo_stack_push (stack, command, &error));
    g_assert_null (od_command_move_unit (org, "branch", "u248", -1, &error));
    g_assert_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_INVALID);
    g_clear_error (&error);
    command = od_command_move_unit (org, "leaf", "u248", -1, &error);
    g_assert_no_error (error);
    g_assert_true (od_undo_stack_push (stack, command, &error));
  }
  /* What they built saves and loads back the same. */
  saved = od_test_serialize (org);
  reloaded = od_test_load_string (saved, OD_LOAD_DEFAULT, &error);
  g_assert_no_error (error);
  {
    g_autofree char *again = od_test_serialize (reloaded);
    g_assert_cmpstr (saved, ==, again);
  }
  /* The loader refuses one level more, with the same number. */
  refused = od_test_load_string (too_deep, OD_LOAD_DEFAULT, &error);
  g_assert_null (refused);
  g_assert_error (error, OD_FILE_ERROR, OD_FILE_ERROR_TOO_DEEP);
  g_assert_nonnull (strstr (error->message, "250"));
  g_clear_error (&error);
  /* ... and the CSV import too. */
  for (guint i = 0; i <= OD_UNIT_MAX_LEVELS; i++)
    {
      g_string_append_printf (csv, "u%u,级,", i);
      if (i > 0)
        g_string_append_printf (csv, "u%u", i - 1);
      g_string_append_c (csv, '\n');
    }
  {
    g_autoptr(GBytes) bytes = g_bytes_new (csv->str, csv->len);
    g_autoptr(OdOrganisation) imported = od_csv_import_bytes (bytes, "hr.csv", OD_SIZE_LARGE, "T", &error);
    g_assert_null (imported);
    g_assert_error (error, OD_CSV_ERROR, OD_CSV_ERROR_INVALID);
    g_clear_error (&error);
  }
  /* Exactly the limit imports. */
  {
    const char *last = strrchr (csv->str, 'u');
    g_autoptr(GBytes) bytes = NULL;
    g_autoptr(OdOrganisation) imported = NULL;

    g_string_truncate (csv, (gsize) (last - csv->str));
    g_string_truncate (csv, (gsize) (strrchr (csv->str, '\n') - csv->str + 1));
    bytes = g_bytes_new (csv->str, csv->len);
    imported = od_csv_import_bytes (bytes, "hr.csv", OD_SIZE_LARGE, "T", &error);
    g_assert_no_error (error);
    g_assert_cmpuint (od_organisation_get_n_units (imported), ==, OD_UNIT_MAX_LEVELS);
  }
}

/* ---- the property: whatever the commands build saves and reloads ---- */

static const char *const texts[] = {
  "销售部", "市场部", "Sales & <Marketing>", "“引号” 'single' \"double\"", "a\tb", "两行\n备注",
  "  spaces  ", "]]> --> <!-- &amp;", "😀 emoji", "銷管部", "ä ö ü ß", "",
};

/* A random existing unit's id (NULL when there is none), owned by @org. */
static const char *
random_unit_id (OdOrganisation *org,
                GRand          *rand)
{
  g_autoptr(GPtrArray) units = od_organisation_list_units (org);

  if (units->len == 0)
    return NULL;
  return od_unit_get_id (units->pdata[g_rand_int_range (rand, 0, (gint32) units->len)]);
}

static OdCommand *
random_command (OdOrganisation *org,
                GRand          *rand,
                guint          *serial)
{
  g_autofree char *id_a = g_strdup (random_unit_id (org, rand));
  g_autofree char *id_b = g_strdup (random_unit_id (org, rand));
  const char *text = texts[g_rand_int_range (rand, 0, G_N_ELEMENTS (texts))];
  const char *functions[] = { "market-research", "marketing-plan", "sales-forecast", "key-accounts" };
  const OdRole roles[] = { OD_ROLE_OWNER, OD_ROLE_LEAD, OD_ROLE_PARTICIPANT, OD_ROLE_NONE };
  char id[32];

  switch (g_rand_int_range (rand, 0, 11))
    {
    case 0: case 1: case 2: case 3:
      /* Deep chains as well as wide ones: often under the newest unit. */
      g_snprintf (id, sizeof id, "u%u", (*serial)++);
      return od_command_add_unit (org, g_rand_boolean (rand) ? id_a : NULL, -1, id, text[0] ? text : "单位",
                                  (OdUnitKind) g_rand_int_range (rand, 0, OD_N_UNIT_KINDS), NULL);
    case 4:
      return id_a ? od_command_remove_unit (org, id_a, NULL) : NULL;
    case 5:
      return id_a ? od_command_move_unit (org, id_a, id_b, g_rand_int_range (rand, -1, 3), NULL) : NULL;
    case 6:
      return id_a ? od_command_set_unit_prop (org, id_a, (OdUnitProp) g_rand_int_range (rand, 0, 6),
                                              g_rand_boolean (rand) ? text : "12", NULL) : NULL;
    case 7:
      return id_a ? od_command_set_assignment (org, id_a, functions[g_rand_int_range (rand, 0, 4)],
                                               roles[g_rand_int_range (rand, 0, 4)], NULL) : NULL;
    case 8:
      return id_a && id_b ? od_command_add_dotted_line (org, id_a, id_b, text, NULL) : NULL;
    case 9:
      return od_command_set_org_prop (org, OD_ORG_PROP_NAME, text, NULL);
    default:
      return od_command_set_mechanism (org, "joint-meeting", g_rand_boolean (rand), text, NULL);
    }
}

static void
assert_reloads_same (OdOrganisation *org)
{
  g_autofree char *saved = od_test_serialize (org);
  g_autoptr(GError) error = NULL;
  g_autoptr(OdOrganisation) reloaded = od_test_load_string (saved, OD_LOAD_DEFAULT, &error);
  g_autofree char *again = NULL;

  if (error != NULL)
    g_error ("a document the commands built does not load: %s\n%s", error->message, saved);
  again = od_test_serialize (reloaded);
  g_assert_cmpstr (saved, ==, again);
}

static void
test_commands_build_only_loadable_documents (void)
{
  guint32 seed = g_test_rand_int ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  guint applied = 0, undone = 0;

  g_test_message ("seed %u", seed);
  for (guint doc = 0; doc < 40; doc++)
    {
      g_autoptr(OdOrganisation) org = od_organisation_new ();
      g_autoptr(OdUndoStack) stack = od_undo_stack_new (org);
      guint serial = 0;

      for (guint step = 0; step < 400; step++)
        {
          OdCommand *command = random_command (org, rand, &serial);

          if (command != NULL && od_undo_stack_push (stack, command, NULL))
            applied++;
          if (g_rand_int_range (rand, 0, 10) == 0)
            {
              guint n = g_rand_int_range (rand, 1, 5);
              for (guint k = 0; k < n && od_undo_stack_undo (stack); k++)
                undone++;
              if (g_rand_boolean (rand))
                while (od_undo_stack_redo (stack))
                  ;
            }
          if (step % 50 == 49)
            assert_reloads_same (org);
        }
      assert_reloads_same (org);
    }
  g_test_message ("%u commands applied, %u undone, every document reloaded the same", applied, undone);
  g_assert_cmpuint (applied, >, 4000);
}

/* The deepest chain the commands allow, made by always adding under the
 * newest unit, also saves and reloads. */
static void
test_deepest_chain_reloads (void)
{
  g_autoptr(OdOrganisation) org = od_organisation_new ();
  g_autoptr(OdUndoStack) stack = od_undo_stack_new (org);
  char parent[16] = "";

  /* Bounded: without the limit the commands would go on to 400. */
  for (guint i = 0; i < 400; i++)
    {
      char id[16];
      OdCommand *command;

      g_snprintf (id, sizeof id, "c%u", i);
      command = od_command_add_unit (org, i ? parent : NULL, -1, id, "链", OD_UNIT_KIND_BACK, NULL);
      if (command == NULL)
        break;
      g_assert_true (od_undo_stack_push (stack, command, NULL));
      command = od_command_set_assignment (org, id, "market-research", OD_ROLE_PARTICIPANT, NULL);
      g_assert_true (od_undo_stack_push (stack, command, NULL));
      g_strlcpy (parent, id, sizeof parent);
    }
  g_assert_cmpuint (od_organisation_get_n_units (org), ==, OD_UNIT_MAX_LEVELS);
  assert_reloads_same (org);
}

/* Moving a chain of command as deep as the limit allows is checked once
 * per unit, not once per path: measuring the moved chain's depth walked
 * each subtree twice a level, 2^depth walks, and the command never came
 * back. */
static void
test_deep_chain_moves (void)
{
  g_autoptr(OdOrganisation) org = od_organisation_new ();
  g_autoptr(OdUndoStack) stack = od_undo_stack_new (org);
  g_autoptr(GError) error = NULL;
  OdCommand *command;
  char parent[16] = "";

  g_assert_true (od_undo_stack_push (stack, od_command_add_unit (org, NULL, -1, "top", "总部", OD_UNIT_KIND_EXECUTIVE, NULL),
                                     NULL));
  g_assert_true (od_undo_stack_push (stack, od_command_add_unit (org, "top", -1, "side", "侧", OD_UNIT_KIND_BACK, NULL),
                                     NULL));
  g_strlcpy (parent, "top", sizeof parent);
  for (guint i = 0; i < 200; i++)
    {
      char id[16];

      g_snprintf (id, sizeof id, "c%u", i);
      g_assert_true (od_undo_stack_push (stack, od_command_add_unit (org, parent, -1, id, "链", OD_UNIT_KIND_BACK, NULL),
                                         NULL));
      g_strlcpy (parent, id, sizeof parent);
    }
  command = od_command_move_unit (org, "c0", "side", -1, &error);
  g_assert_no_error (error);
  g_assert_true (od_undo_stack_push (stack, command, NULL));
  g_assert_cmpstr (od_unit_get_id (od_unit_get_parent (od_organisation_lookup_unit (org, "c0"))), ==, "side");
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/model/limits/loader-refuses-unstorable-text", test_loader_refuses_unstorable_text);
  g_test_add_func ("/model/limits/commands-refuse-unstorable-text", test_commands_refuse_unstorable_text);
  g_test_add_func ("/model/limits/csv-refuses-unstorable-text", test_csv_refuses_unstorable_text);
  g_test_add_func ("/model/limits/one-nesting-limit", test_one_nesting_limit);
  g_test_add_func ("/model/limits/subtree-levels", test_subtree_levels);
  g_test_add_func ("/model/limits/commands-build-only-loadable-documents", test_commands_build_only_loadable_documents);
  g_test_add_func ("/model/limits/deepest-chain-reloads", test_deepest_chain_reloads);
  g_test_add_func ("/model/limits/deep-chain-moves", test_deep_chain_moves);
  return g_test_run ();
}
