/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-product.c: libFuzzer harness that goes past the loader into the
 * product: whatever document loads is checked and diagnosed, laid out and
 * cut into pages (every box finite, inside the bounds, on exactly one
 * page), compared with itself and with an edited copy, and edited by a
 * command sequence the input's tail chooses, with undo and redo (undoing
 * everything gives the document back).  Never a crash, a leak or undefined
 * behaviour; every document the commands leave saves and loads again.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "od-check.h"
#include "od-command.h"
#include "od-compare.h"
#include "od-diagnosis.h"
#include "od-file.h"
#include "od-layout.h"
#include "od-pagination.h"
#include "od-undo-stack.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

#define CHECK(cond) G_STMT_START { if (!(cond)) { g_printerr ("failed: %s\n", #cond); abort (); } } G_STMT_END

static void
check_geometry (OdOrganisation *org)
{
  g_autoptr(OdLayout) layout = od_layout_new (org, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(OdPagination) pagination = NULL;
  const OdLayoutRect *boxes;
  OdLayoutRect bounds;
  guint n;

  od_layout_update (layout);
  od_layout_get_bounds (layout, &bounds);
  boxes = od_layout_get_boxes (layout, &n);
  CHECK (n == od_organisation_get_n_units (org));
  for (guint i = 0; i < n; i++)
    {
      CHECK (isfinite (boxes[i].x) && isfinite (boxes[i].y) && boxes[i].width > 0 && boxes[i].height > 0);
      CHECK (boxes[i].x >= bounds.x - 0.01 && boxes[i].y >= bounds.y - 0.01);
      CHECK (boxes[i].x + boxes[i].width <= bounds.x + bounds.width + 0.01);
      CHECK (boxes[i].y + boxes[i].height <= bounds.y + bounds.height + 0.01);
    }
  if (n == 0)
    return;
  pagination = od_pagination_new ((const OdPageRect *) &bounds, (const OdPageRect *) boxes, n, 1100, 780, &error);
  if (pagination == NULL)
    {
      CHECK (error != NULL);
      return;
    }
  for (guint i = 0; i < n; i++)
    CHECK (od_pagination_find_page (pagination, (const OdPageRect *) &boxes[i]) != NULL);
}

static const char *
pick_unit (OdOrganisation *org,
           GPtrArray      *units,
           guint8          byte)
{
  return units->len ? od_unit_get_id (units->pdata[byte % units->len]) : NULL;
}

static void
edit (OdOrganisation *org,
      const guint8   *script,
      size_t          size)
{
  g_autoptr(OdUndoStack) stack = od_undo_stack_new (org);
  g_autoptr(GBytes) before = od_file_serialize (org);
  const char *names[] = { "销售部", "市场部", "Sales & <Marketing>", "\xef\xb7\x90", "a\tb", "" };
  const char *functions[] = { "market-research", "marketing-plan", "key-accounts", "no-such-function" };
  guint n_pushed = 0, serial = 0;

  for (size_t i = 0; i + 3 < size && i < 4 * 64; i += 4)
    {
      g_autoptr(GPtrArray) units = od_organisation_list_units (org);
      const char *a = pick_unit (org, units, script[i + 1]);
      const char *b = pick_unit (org, units, script[i + 2]);
      const char *text = names[script[i + 3] % G_N_ELEMENTS (names)];
      OdCommand *command = NULL;
      char id[32];

      switch (script[i] % 9)
        {
        case 0:
          g_snprintf (id, sizeof id, "fz%u", serial++);
          command = od_command_add_unit (org, script[i + 3] & 1 ? a : NULL, -1, id, text[0] ? text : "单位",
                                         (OdUnitKind) (script[i + 2] % OD_N_UNIT_KINDS), NULL);
          break;
        case 1:
          command = a ? od_command_remove_unit (org, a, NULL) : NULL;
          break;
        case 2:
          command = a ? od_command_move_unit (org, a, b, (int) (script[i + 3] % 4) - 1, NULL) : NULL;
          break;
        case 3:
          command = a ? od_command_set_unit_prop (org, a, (OdUnitProp) (script[i + 3] % 6), text, NULL) : NULL;
          break;
        case 4:
          command = a ? od_command_set_assignment (org, a, functions[script[i + 3] % 4],
                                                   (OdRole) (script[i + 2] % 4), NULL) : NULL;
          break;
        case 5:
          command = a && b ? od_command_add_dotted_line (org, a, b, text, NULL) : NULL;
          break;
        case 6:
          od_undo_stack_undo (stack);
          break;
        case 7:
          od_undo_stack_redo (stack);
          break;
        default:
          command = od_command_set_org_prop (org, OD_ORG_PROP_NAME, text, NULL);
          break;
        }
      if (command != NULL && od_undo_stack_push (stack, command, NULL))
        n_pushed++;
    }
  /* What the commands left saves and loads again. */
  {
    g_autoptr(GBytes) now = od_file_serialize (org);
    g_autoptr(OdOrganisation) again = od_organisation_new ();
    g_autoptr(GError) error = NULL;

    if (!od_file_load_bytes (again, now, "edited.orgdesign", OD_LOAD_DEFAULT, &error))
      {
        g_printerr ("an edited document does not load again: %s\n", error->message);
        abort ();
      }
    check_geometry (org);
  }
  /* Undoing everything gives the document back. */
  while (od_undo_stack_undo (stack))
    ;
  {
    g_autoptr(GBytes) after = od_file_serialize (org);
    CHECK (g_bytes_equal (before, after));
  }
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  /* The document, then after a NUL byte the edit script. */
  const guint8 *nul = memchr (data, '\0', size);
  size_t doc_size = nul ? (size_t) (nul - data) : size;
  g_autoptr(OdOrganisation) org = od_organisation_new ();
  g_autoptr(OdOrganisation) copy = od_organisation_new ();
  g_autoptr(GBytes) bytes = g_bytes_new (data, doc_size);
  g_autoptr(GError) error = NULL;

  if (!od_file_load_bytes (org, bytes, "fuzz.orgdesign", OD_LOAD_DEFAULT, &error))
    return 0;
  {
    g_autoptr(GPtrArray) findings = od_check_run (org);
    OdDiagnosis *diagnosis = od_diagnosis_run (org);

    CHECK (findings != NULL && diagnosis != NULL);
    od_diagnosis_free (diagnosis);
  }
  check_geometry (org);
  {
    g_autoptr(GPtrArray) same = NULL;

    CHECK (od_file_load_bytes (copy, bytes, "fuzz.orgdesign", OD_LOAD_DEFAULT, NULL));
    same = od_compare (org, copy);
    CHECK (same->len == 0);
  }
  if (nul != NULL)
    {
      edit (copy, nul + 1, size - doc_size - 1);
      g_ptr_array_unref (od_compare (org, copy));
    }
  return 0;
}
