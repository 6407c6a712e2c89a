/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-test-random.h: random edits of every kind, for property tests that
 * apply thousands of them (header-only, like od-test-util.h). */
#pragma once

#include "od-catalog.h"
#include "od-command.h"

G_BEGIN_DECLS

static inline OdUnit *
random_unit (OdOrganisation *org)
{
  g_autoptr(GPtrArray) units = od_organisation_list_units (org);

  if (units->len == 0)
    return NULL;
  return units->pdata[g_test_rand_int_range (0, (int) units->len)];
}

static inline const char *
random_function (OdRole *role)
{
  GPtrArray *functions = od_catalog_get_functions (od_catalog_get_default ());
  const OdFunction *f = functions->pdata[g_test_rand_int_range (0, (int) functions->len)];

  switch (g_test_rand_int_range (0, 3))
    {
    case 0: *role = OD_ROLE_NONE; break;
    case 1: *role = OD_ROLE_PARTICIPANT; break;
    default: *role = f->type == OD_FUNCTION_EXCLUSIVE ? OD_ROLE_OWNER : OD_ROLE_LEAD; break;
    }
  return f->id;
}

static inline OdCommand *
random_command (OdOrganisation *org)
{
  OdUnit *a = random_unit (org);
  OdUnit *b = random_unit (org);
  const char *a_id = a ? od_unit_get_id (a) : NULL;
  const char *b_id = b ? od_unit_get_id (b) : NULL;
  GPtrArray *mechanisms = od_catalog_get_mechanisms (od_catalog_get_default ());
  g_autofree char *text = g_strdup_printf ("名称 %d", g_test_rand_int_range (0, 1000));
  OdRespondent respondent = { text, g_test_rand_bit () ? OD_SIDE_SALES : OD_SIDE_MARKETING, NULL, { 0 } };
  OdRole role;
  const char *function;
  guint n;

  for (guint i = 0; i < OD_N_QUESTIONS; i++)
    respondent.answers[i] = (guint8) g_test_rand_int_range (0, OD_ANSWER_MAX + 1);

  switch (g_test_rand_int_range (0, 16))
    {
    case 0: case 1:
      return od_command_add_unit (org, g_test_rand_bit () ? a_id : b_id, g_test_rand_int_range (-1, 4), NULL, text,
                                  (OdUnitKind) g_test_rand_int_range (0, OD_N_UNIT_KINDS), NULL);
    case 2:
      /* Keep the tree from shrinking to nothing. */
      return od_organisation_get_n_units (org) > 3 && a != NULL && od_unit_get_parent (a) != NULL
             ? od_command_remove_unit (org, a_id, NULL) : NULL;
    case 3: case 4:
      return a ? od_command_move_unit (org, a_id, b_id, g_test_rand_int_range (-1, 5), NULL) : NULL;
    case 5:
      return a ? od_command_set_unit_prop (org, a_id, (OdUnitProp) g_test_rand_int_range (0, 5),
                                           g_test_rand_bit () ? "front" : "7", NULL) : NULL;
    case 6:
      return a ? od_command_set_unit_prop (org, a_id, OD_UNIT_PROP_NAME, text, NULL) : NULL;
    case 7: case 8:
      function = random_function (&role);
      return a ? od_command_set_assignment (org, a_id, function, role, NULL) : NULL;
    case 9:
      return a && b ? od_command_add_dotted_line (org, a_id, b_id, g_test_rand_bit () ? text : NULL, NULL) : NULL;
    case 10:
      n = od_organisation_get_dotted_lines (org)->len;
      return n ? od_command_remove_dotted_line (org, (guint) g_test_rand_int_range (0, (int) n), NULL) : NULL;
    case 11:
      return od_command_set_mechanism (org, ((OdMechanism *) mechanisms->pdata[g_test_rand_int_range (0, (int) mechanisms->len)])->id,
                                       g_test_rand_bit (), g_test_rand_bit () ? text : NULL, NULL);
    case 12:
      n = od_organisation_get_respondents (org)->len;
      return od_command_set_respondent (org, (guint) g_test_rand_int_range (0, (int) n + 1),
                                        g_test_rand_int_range (0, 4) ? &respondent : NULL, NULL);
    case 13:
      return od_command_set_cause (org, (guint) g_test_rand_int_range (1, 7), (OdCauseState) g_test_rand_int_range (0, 3),
                                   g_test_rand_bit () ? text : NULL, NULL);
    case 14:
      return od_command_set_fact (org, g_test_rand_bit () ? "short-sales-cycle" : "visible-conflict",
                                  g_test_rand_bit () ? "yes" : NULL, NULL);
    default:
      return od_command_set_acceptance (org, "empty-unit", a_id, NULL, g_test_rand_bit () ? text : NULL, NULL);
    }
}

G_END_DECLS
