/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-clipboard.c: copying subtrees as documents, pasting them into the
 * same or another organisation, duplicating, deleting and moving several
 * units: each one undoable step that undo takes back exactly. */
#include "config.h"

#include <locale.h>

#include "od-clipboard-model.h"
#include "od-template.h"
#include "od-undo-stack.h"
#include "od-test-util.h"

static OdOrganisation *
medium (void)
{
  g_autoptr(GError) error = NULL;
  OdOrganisation *org = od_template_create (OD_SIZE_MEDIUM, OD_LANG_ZH_CN, "甲公司", &error);

  g_assert_no_error (error);
  return org;
}

/* Pushes @command and checks that undo gives back @org exactly as it was
 * and redo the result; returns the result's serialisation. */
static char *
push_undo_redo (OdOrganisation *org,
                OdCommand      *command)
{
  g_autoptr(OdUndoStack) stack = od_undo_stack_new (org);
  g_autofree char *before = od_test_serialize (org);
  g_autofree char *undone = NULL;
  g_autoptr(GError) error = NULL;
  char *after;

  g_assert_nonnull (command);
  g_assert_true (od_undo_stack_push (stack, command, &error));
  g_assert_no_error (error);
  after = od_test_serialize (org);
  g_assert_true (od_undo_stack_undo (stack));
  undone = od_test_serialize (org);
  g_assert_cmpstr (undone, ==, before);
  g_assert_true (od_undo_stack_redo (stack));
  {
    g_autofree char *redone = od_test_serialize (org);
    g_assert_cmpstr (redone, ==, after);
  }
  /* The stack stays in the redone state when it goes. */
  od_undo_stack_clear (stack);
  return after;
}

static void
test_copy_is_document (void)
{
  g_autoptr(OdOrganisation) org = medium ();
  const char *ids[] = { "production-vp", "workshop", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) copy = od_clipboard_copy_units (org, ids, &error);
  g_autoptr(OdOrganisation) read = od_organisation_new ();
  g_autofree char *text = NULL;
  OdUnit *top;

  g_assert_no_error (error);
  /* A document of its own, strictly valid; the workshop goes with its
   * department rather than twice. */
  g_assert_true (od_file_load_bytes (read, copy, "clip", OD_LOAD_STRICT, &error));
  g_assert_no_error (error);
  top = od_organisation_get_first_top_unit (read);
  g_assert_cmpstr (od_unit_get_id (top), ==, "production-vp");
  g_assert_null (od_unit_get_next_sibling (top));
  /* 生产副总 with 生产部, 生产车间, 仓储部 and 物流部 below. */
  g_assert_cmpuint (od_organisation_get_n_units (read), ==, 5);
  g_assert_nonnull (od_organisation_lookup_unit (read, "workshop"));
  g_assert_null (od_organisation_lookup_unit (read, "sales"));
  /* The functions come along. */
  g_assert_cmpuint (od_unit_get_n_assignments (od_organisation_lookup_unit (read, "production")), ==,
                    od_unit_get_n_assignments (od_organisation_lookup_unit (org, "production")));

  text = od_clipboard_units_to_text (org, ids);
  g_assert_true (g_str_has_prefix (text, od_unit_get_name (od_organisation_lookup_unit (org, "production-vp"))));
  g_assert_nonnull (strstr (text, "\n\t"));

  {
    const char *unknown[] = { "ghost", NULL };

    g_assert_null (od_clipboard_copy_units (org, unknown, &error));
    g_assert_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_NOT_FOUND);
  }
}

static void
test_paste_between (void)
{
  g_autoptr(OdOrganisation) org = medium ();
  g_autoptr(OdOrganisation) other = od_template_create (OD_SIZE_SMALL, OD_LANG_ZH_CN, "乙公司", NULL);
  const char *ids[] = { "sales", NULL };
  g_autoptr(GBytes) copy = od_clipboard_copy_units (org, ids, NULL);
  OdUnit *top = od_organisation_get_first_top_unit (other);
  g_autoptr(GError) error = NULL;
  OdCommand *paste;
  g_autofree char *after = NULL;
  g_autofree char *pasted = NULL;
  guint before = od_organisation_get_n_units (other);

  paste = od_command_paste_units (other, copy, od_unit_get_id (top), -1, &error);
  g_assert_no_error (error);
  pasted = g_strdup (od_command_get_pasted_ids (paste)[0]);
  after = push_undo_redo (other, paste);
  g_assert_cmpuint (od_organisation_get_n_units (other), ==, before + 1);
  /* Last under the top unit, named as in the first organisation. */
  g_assert_cmpstr (od_unit_get_name (od_unit_get_last_child (top)), ==,
                   od_unit_get_name (od_organisation_lookup_unit (org, "sales")));
  g_assert_cmpstr (od_unit_get_id (od_unit_get_last_child (top)), ==, pasted);
}

static void
test_paste_same (void)
{
  g_autoptr(OdOrganisation) org = medium ();
  const char *ids[] = { "production-vp", NULL };
  g_autoptr(GBytes) copy = od_clipboard_copy_units (org, ids, NULL);
  g_autoptr(GError) error = NULL;
  guint before = od_organisation_get_n_units (org);
  g_autofree char *after = NULL;
  OdCommand *paste;
  OdUnit *pasted;

  /* Pasted again under the general manager: every id is taken, so each
   * gets a fresh one, and the copy is valid. */
  paste = od_command_paste_units (org, copy, "gm", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (od_command_get_pasted_ids (paste)[0], ==, "production-vp-2");
  after = push_undo_redo (org, paste);
  g_assert_cmpuint (od_organisation_get_n_units (org), ==, before + 5);
  pasted = od_organisation_lookup_unit (org, "production-vp-2");
  g_assert_nonnull (pasted);
  g_assert_true (od_unit_get_first_child (od_organisation_lookup_unit (org, "gm")) == pasted);
  g_assert_nonnull (od_organisation_lookup_unit (org, "workshop-2"));
  {
    g_autoptr(OdOrganisation) again = od_test_load_string (after, OD_LOAD_STRICT, &error);
    g_assert_no_error (error);
  }
}

static void
test_dotted_lines (void)
{
  g_autoptr(OdOrganisation) org = medium ();
  g_autoptr(OdUndoStack) stack = od_undo_stack_new (org);
  const char *ids[] = { "sales", "hr", "finance", NULL };
  g_autoptr(GBytes) copy = NULL;
  g_autoptr(OdOrganisation) read = od_organisation_new ();
  GPtrArray *lines;

  g_assert_true (od_undo_stack_push (stack, od_command_add_dotted_line (org, "hr", "sales", "招聘支持", NULL), NULL));
  g_assert_true (od_undo_stack_push (stack, od_command_add_dotted_line (org, "finance", "marketing", NULL, NULL), NULL));
  copy = od_clipboard_copy_units (org, ids, NULL);
  g_assert_true (od_file_load_bytes (read, copy, "clip", OD_LOAD_STRICT, NULL));
  /* The line between two copied units comes along; one to a unit left
   * behind does not. */
  lines = od_organisation_get_dotted_lines (read);
  g_assert_cmpuint (lines->len, ==, 1);
  g_assert_cmpstr (((OdDottedLine *) lines->pdata[0])->from, ==, "hr");
  g_assert_cmpstr (((OdDottedLine *) lines->pdata[0])->label, ==, "招聘支持");

  /* Pasted back, the line joins the copies, not the originals. */
  {
    g_autofree char *after = push_undo_redo (org, od_command_paste_units (org, copy, NULL, -1, NULL));
    GPtrArray *all = od_organisation_get_dotted_lines (org);
    OdDottedLine *last = all->pdata[all->len - 1];

    g_assert_cmpstr (last->from, ==, "hr-2");
    g_assert_cmpstr (last->to, ==, "sales-2");
  }
}

static void
test_duplicate (void)
{
  g_autoptr(OdOrganisation) org = medium ();
  const char *ids[] = { "marketing", "sales-admin", NULL };
  guint marketing = od_unit_get_position (od_organisation_lookup_unit (org, "marketing"));
  guint admin = od_unit_get_position (od_organisation_lookup_unit (org, "sales-admin"));
  g_autofree char *after = push_undo_redo (org, od_command_duplicate_units (org, ids, NULL));

  /* Each copy right after its original. */
  g_assert_cmpuint (od_unit_get_position (od_organisation_lookup_unit (org, "marketing-2")), ==, marketing + 1);
  g_assert_cmpuint (od_unit_get_position (od_organisation_lookup_unit (org, "sales-admin")), ==, admin + 1);
  g_assert_cmpuint (od_unit_get_position (od_organisation_lookup_unit (org, "sales-admin-2")), ==, admin + 2);
}

static void
test_remove_and_move (void)
{
  g_autoptr(OdOrganisation) org = medium ();
  const char *remove[] = { "production-vp", "workshop", "hr", NULL };
  const char *move[] = { "finance", "rnd", NULL };
  g_autoptr(GError) error = NULL;
  guint before = od_organisation_get_n_units (org);
  g_autofree char *moved = NULL;
  g_autofree char *removed = NULL;

  moved = push_undo_redo (org, od_command_move_units (org, move, "marketing", NULL));
  g_assert_true (od_unit_get_parent (od_organisation_lookup_unit (org, "rnd")) ==
                 od_organisation_lookup_unit (org, "marketing"));
  g_assert_true (od_unit_get_next_sibling (od_organisation_lookup_unit (org, "finance")) ==
                 od_organisation_lookup_unit (org, "rnd"));
  removed = push_undo_redo (org, od_command_remove_units (org, remove, NULL));
  g_assert_cmpuint (od_organisation_get_n_units (org), ==, before - 6);
  /* A unit cannot move under what is below it. */
  g_assert_null (od_command_move_units (org, (const char *[]) { "gm", NULL }, "sales", &error));
  g_assert_error (error, OD_COMMAND_ERROR, OD_COMMAND_ERROR_CYCLE);
}

static void
test_hostile_clipboard (void)
{
  g_autoptr(OdOrganisation) org = medium ();
  const char *texts[] = {
    "not xml at all",
    "<organisation xmlns=\"urn:org-designer:1\" version=\"1\" name=\"x\" size=\"small\"/>",
    "<!DOCTYPE x [<!ENTITY a \"aaaa\">]><organisation xmlns=\"urn:org-designer:1\"/>",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (texts[i], strlen (texts[i]));
      g_autoptr(GError) error = NULL;
      OdCommand *paste = od_command_paste_units (org, bytes, "gm", -1, &error);

      g_assert_null (paste);
      g_assert_nonnull (error);
      g_test_message ("%s", error->message);
    }
}

/* Random subsets of a random group: copy, paste somewhere, undo: always
 * back to the same document, and the pasted copy always loads strictly. */
static void
test_random (void)
{
  g_autoptr(OdOrganisation) org = od_organisation_new ();
  g_autoptr(OdUndoStack) stack = od_undo_stack_new (org);

  g_assert_true (od_undo_stack_push (stack, od_command_add_unit (org, NULL, -1, "u0", "总部", OD_UNIT_KIND_EXECUTIVE, NULL), NULL));
  for (guint i = 1; i < 1500; i++)
    {
      g_autofree char *id = g_strdup_printf ("u%u", i);
      g_autofree char *parent = g_strdup_printf ("u%d", g_test_rand_int_range (0, (int) i));
      g_autofree char *name = g_strdup_printf ("部门%u", i);

      g_assert_true (od_undo_stack_push (stack, od_command_add_unit (org, parent, -1, id, name, OD_UNIT_KIND_FRONT, NULL), NULL));
    }
  od_undo_stack_clear (stack);
  for (guint round = 0; round < 30; round++)
    {
      g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GBytes) copy = NULL;
      g_autofree char *target = g_strdup_printf ("u%d", g_test_rand_int_range (0, 1500));
      g_autofree char *after = NULL;
      g_autoptr(GError) error = NULL;
      int n = g_test_rand_int_range (1, 6);

      for (int k = 0; k < n; k++)
        g_ptr_array_add (ids, g_strdup_printf ("u%d", g_test_rand_int_range (1, 1500)));
      g_ptr_array_add (ids, NULL);
      copy = od_clipboard_copy_units (org, (const char * const *) ids->pdata, &error);
      g_assert_no_error (error);
      after = push_undo_redo (org, od_command_paste_units (org, copy, target, 0, NULL));
      {
        g_autoptr(OdOrganisation) again = od_test_load_string (after, OD_LOAD_STRICT, &error);
        g_assert_no_error (error);
      }
      g_assert_true (od_undo_stack_push (stack, od_command_duplicate_units (org, (const char * const *) ids->pdata, NULL), NULL));
      g_assert_true (od_undo_stack_undo (stack));
    }
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/model/clipboard/copy-is-document", test_copy_is_document);
  g_test_add_func ("/model/clipboard/paste-between", test_paste_between);
  g_test_add_func ("/model/clipboard/paste-same", test_paste_same);
  g_test_add_func ("/model/clipboard/dotted-lines", test_dotted_lines);
  g_test_add_func ("/model/clipboard/duplicate", test_duplicate);
  g_test_add_func ("/model/clipboard/remove-and-move", test_remove_and_move);
  g_test_add_func ("/model/clipboard/hostile", test_hostile_clipboard);
  g_test_add_func ("/model/clipboard/random", test_random);
  return g_test_run ();
}
