/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-templates.c: the three starting structures of seed 001 (设计组织结构):
 * each is valid, assigns every function its size requires exactly once, and
 * has the shape the seed prescribes.  Shapes are found by the functions
 * units own, never by their names. */
#include "config.h"

#include <locale.h>

#include "od-catalog.h"
#include "od-template.h"
#include "od-test-util.h"

static OdOrganisation *
create (OdSize size,
        OdLang lang)
{
  g_autoptr(GError) error = NULL;
  OdOrganisation *org = od_template_create (size, lang, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (org);
  return org;
}

/* The unit that owns (or leads) @function_id; exactly one must. */
static OdUnit *
holder (OdOrganisation *org,
        const char     *function_id)
{
  g_autoptr(GPtrArray) holders = od_organisation_find_holders (org, function_id);
  OdUnit *found = NULL;

  for (guint i = 0; i < holders->len; i++)
    {
      OdRole role = od_unit_get_role (holders->pdata[i], function_id);
      if (role == OD_ROLE_OWNER || role == OD_ROLE_LEAD)
        {
          g_assert_null (found);
          found = holders->pdata[i];
        }
    }
  if (found == NULL)
    g_error ("no unit owns %s", function_id);
  return found;
}

static void
test_required_functions (gconstpointer data)
{
  OdSize size = GPOINTER_TO_INT (data);
  g_autoptr(OdOrganisation) org = create (size, OD_LANG_ZH_CN);
  GPtrArray *functions = od_catalog_get_functions (od_catalog_get_default ());
  guint required = 0;

  for (guint i = 0; i < functions->len; i++)
    {
      const OdFunction *f = functions->pdata[i];
      g_autoptr(GPtrArray) holders = od_organisation_find_holders (org, f->id);
      guint owners = 0, leads = 0, participants = 0;

      for (guint h = 0; h < holders->len; h++)
        switch (od_unit_get_role (holders->pdata[h], f->id))
          {
          case OD_ROLE_OWNER: owners++; break;
          case OD_ROLE_LEAD: leads++; break;
          case OD_ROLE_PARTICIPANT: participants++; break;
          default: break;
          }
      /* Never two owners or two leads, required or not. */
      if (owners > 1 || leads > 1)
        g_error ("%s template: %s has %u owners and %u leads", od_size_to_string (size), f->id, owners, leads);
      if (!od_function_is_required_for (f, size))
        continue;
      required++;
      if (f->type == OD_FUNCTION_EXCLUSIVE && owners != 1)
        g_error ("%s template: required %s has no owner", od_size_to_string (size), f->id);
      if (f->type == OD_FUNCTION_COLLABORATION && (leads != 1 || participants < 1))
        g_error ("%s template: required process %s has %u leads and %u participants",
                 od_size_to_string (size), f->id, leads, participants);
    }
  g_assert_cmpuint (required, >, 10);
}

static void
test_valid_and_stable (gconstpointer data)
{
  OdSize size = GPOINTER_TO_INT (data);

  for (OdLang lang = 0; lang < OD_N_LANGS; lang++)
    {
      g_autoptr(OdOrganisation) org = create (size, lang);
      g_autofree char *first = od_test_serialize (org);
      g_autoptr(GError) error = NULL;
      /* Strict: the schema and every catalog reference. */
      g_autoptr(OdOrganisation) again = od_test_load_string (first, OD_LOAD_STRICT, &error);
      g_autofree char *second = NULL;

      g_assert_no_error (error);
      second = od_test_serialize (again);
      g_assert_cmpstr (first, ==, second);
      g_assert_cmpint (od_organisation_get_size (again), ==, size);
      g_assert_cmpint (od_organisation_get_lang (again), ==, lang);
      g_assert_cmpuint (od_organisation_get_n_top_units (again), ==, 1);
      g_assert_nonnull (od_template_get_description (size, lang));
    }
}

static void
test_languages (void)
{
  g_autoptr(OdOrganisation) cn = create (OD_SIZE_MEDIUM, OD_LANG_ZH_CN);
  g_autoptr(OdOrganisation) tw = create (OD_SIZE_MEDIUM, OD_LANG_ZH_TW);
  g_autoptr(OdOrganisation) en = create (OD_SIZE_MEDIUM, OD_LANG_EN);
  g_autoptr(GError) error = NULL;
  g_autoptr(OdOrganisation) named = od_template_create (OD_SIZE_SMALL, OD_LANG_EN, "Acme 食品", &error);

  /* Same structure, names in the asked language. */
  g_assert_cmpuint (od_organisation_get_n_units (cn), ==, od_organisation_get_n_units (en));
  g_assert_cmpstr (od_unit_get_name (holder (cn, "customer-development")), !=,
                   od_unit_get_name (holder (en, "customer-development")));
  g_assert_true (g_utf8_validate (od_unit_get_name (holder (tw, "customer-development")), -1, NULL));
  g_assert_cmpstr (od_unit_get_name (holder (cn, "customer-development")), ==, "销售部");
  g_assert_cmpstr (od_unit_get_name (holder (tw, "customer-development")), ==, "銷售部");
  g_assert_cmpstr (od_organisation_get_name (named), ==, "Acme 食品");
}

/* Seed 001: a small firm merges marketing and sales into one 营销部, with
 * 销管 a second-level unit under it and the supply units under 生产部. */
static void
test_small_shape (void)
{
  g_autoptr(OdOrganisation) org = create (OD_SIZE_SMALL, OD_LANG_ZH_CN);
  OdUnit *top = od_organisation_get_first_top_unit (org);
  OdUnit *marketing = holder (org, "market-research");
  OdUnit *sales = holder (org, "customer-development");
  OdUnit *admin = holder (org, "order-management");
  OdUnit *supply = od_unit_get_parent (holder (org, "warehousing"));

  g_assert_true (marketing == sales);
  g_assert_true (od_unit_get_parent (marketing) == top);
  g_assert_true (admin != marketing);
  g_assert_true (od_unit_get_parent (admin) == marketing);
  g_assert_true (od_unit_get_parent (holder (org, "logistics")) == supply);
  g_assert_true (od_unit_get_parent (holder (org, "procurement")) == supply);
  g_assert_true (od_unit_get_parent (supply) == top);
}

/* Seed 001: a medium firm's CEO manages 市场部 and 销售部 directly, 销管部
 * beside 销售部; 采购部 under the CEO; a 生产副总 over 生产部, which holds
 * 仓储部 and 物流部. */
static void
test_medium_shape (void)
{
  g_autoptr(OdOrganisation) org = create (OD_SIZE_MEDIUM, OD_LANG_ZH_CN);
  OdUnit *top = od_organisation_get_first_top_unit (org);
  OdUnit *marketing = holder (org, "market-research");
  OdUnit *sales = holder (org, "customer-development");
  OdUnit *admin = holder (org, "order-management");
  OdUnit *production = od_unit_get_parent (holder (org, "warehousing"));

  g_assert_true (marketing != sales);
  g_assert_true (od_unit_get_parent (marketing) == top);
  g_assert_true (od_unit_get_parent (sales) == top);
  g_assert_true (od_unit_get_parent (admin) == top);
  g_assert_true (od_unit_get_parent (holder (org, "procurement")) == top);
  g_assert_true (od_unit_get_parent (holder (org, "logistics")) == production);
  g_assert_cmpint (od_unit_get_kind (od_unit_get_parent (production)), ==, OD_UNIT_KIND_EXECUTIVE);
  g_assert_true (od_unit_get_parent (od_unit_get_parent (production)) == top);
}

/* Seed 001: a large firm's 营销总部 integrates 市场部, 销售部 and 销管部; a
 * supply-chain head leads 采购部, 生产部, 仓储部 and 物流部, each separate. */
static void
test_large_shape (void)
{
  g_autoptr(OdOrganisation) org = create (OD_SIZE_LARGE, OD_LANG_ZH_CN);
  OdUnit *top = od_organisation_get_first_top_unit (org);
  OdUnit *marketing = holder (org, "market-research");
  OdUnit *sales = holder (org, "customer-development");
  OdUnit *hq = od_unit_get_parent (marketing);
  OdUnit *supply = od_unit_get_parent (holder (org, "procurement"));
  const char *supply_functions[] = { "procurement", "production", "warehousing", "logistics" };

  g_assert_true (marketing != sales);
  g_assert_true (hq != top);
  g_assert_true (od_unit_get_parent (sales) == hq);
  g_assert_true (od_unit_get_parent (holder (org, "order-management")) == hq);
  g_assert_true (od_unit_get_parent (hq) == top);
  g_assert_true (supply != top);
  g_assert_true (od_unit_get_parent (supply) == top);
  for (guint i = 0; i < G_N_ELEMENTS (supply_functions); i++)
    {
      OdUnit *unit = holder (org, supply_functions[i]);
      /* Each separate: under the head directly, or one level down inside its own department. */
      g_assert_true (od_unit_get_parent (unit) == supply || od_unit_get_parent (od_unit_get_parent (unit)) == supply);
      for (guint j = 0; j < i; j++)
        g_assert_true (unit != holder (org, supply_functions[j]));
    }
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  for (OdSize s = 0; s < OD_N_SIZES; s++)
    {
      g_autofree char *p1 = g_strdup_printf ("/model/templates/%s/required-functions", od_size_to_string (s));
      g_autofree char *p2 = g_strdup_printf ("/model/templates/%s/valid-and-stable", od_size_to_string (s));
      g_test_add_data_func (p1, GINT_TO_POINTER (s), test_required_functions);
      g_test_add_data_func (p2, GINT_TO_POINTER (s), test_valid_and_stable);
    }
  g_test_add_func ("/model/templates/languages", test_languages);
  g_test_add_func ("/model/templates/small/shape", test_small_shape);
  g_test_add_func ("/model/templates/medium/shape", test_medium_shape);
  g_test_add_func ("/model/templates/large/shape", test_large_shape);
  return g_test_run ();
}
