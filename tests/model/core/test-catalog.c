/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-catalog.c: the shipped function catalog is complete and consistent:
 * every function the domain names exists, ids are unique and stable in
 * form, every name exists in the three languages, references resolve. */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "od-catalog.h"

/* Functions domain.md §3 names (seed 001), by the ids the catalog gives them. */
static const char * const required_ids[] = {
  /* 市场部 */
  "product-planning", "market-research", "competitor-analysis", "brand-management",
  "integrated-communication", "marketing-promotion", "marketing-strategy", "sales-collateral",
  "lead-generation-support",
  /* 销售部 */
  "marketing-plan-execution", "sales-target-delivery", "customer-development", "customer-maintenance",
  "key-account-management", "demand-order-submission", "sales-forecast", "receivables-collection",
  "market-feedback",
  /* 销管部 */
  "channel-management", "quotation-management", "order-management", "customer-credit-check",
  "delivery-management", "invoice-and-returns", "payment-refusal-handling", "sales-statistics",
  /* supply chain */
  "procurement", "production-planning", "production", "warehousing", "logistics",
  /* collaboration processes of seed 001 */
  "marketing-plan", "product-price-strategy", "promotion-planning", "sales-information-flow",
};

static void
test_loads (void)
{
  OdCatalog *catalog = od_catalog_get_default ();

  g_assert_nonnull (catalog);
  g_assert_cmpuint (od_catalog_get_functions (catalog)->len, >=, G_N_ELEMENTS (required_ids));
  g_assert_cmpuint (od_catalog_get_causes (catalog)->len, ==, OD_N_CAUSES);
  g_assert_cmpuint (od_catalog_get_mechanisms (catalog)->len, >=, 20);
}

static void
test_domain_functions_present (void)
{
  OdCatalog *catalog = od_catalog_get_default ();

  for (guint i = 0; i < G_N_ELEMENTS (required_ids); i++)
    {
      if (od_catalog_lookup_function (catalog, required_ids[i]) == NULL)
        g_error ("the catalog lacks the function %s", required_ids[i]);
    }
  g_assert_cmpint (od_catalog_lookup_function (catalog, "marketing-plan")->type, ==, OD_FUNCTION_COLLABORATION);
  g_assert_cmpint (od_catalog_lookup_function (catalog, "market-research")->type, ==, OD_FUNCTION_EXCLUSIVE);
}

static void
test_entries_complete (void)
{
  OdCatalog *catalog = od_catalog_get_default ();
  GPtrArray *functions = od_catalog_get_functions (catalog);
  GPtrArray *mechanisms = od_catalog_get_mechanisms (catalog);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < functions->len; i++)
    {
      const OdFunction *f = functions->pdata[i];

      g_assert_true (od_is_valid_ref (f->id));
      g_assert_false (g_hash_table_contains (ids, f->id));
      g_hash_table_add (ids, (gpointer) f->id);
      g_assert_nonnull (od_catalog_lookup_area (catalog, f->area));
      for (guint l = 0; l < OD_N_LANGS; l++)
        {
          g_assert_nonnull (f->name[l]);
          g_assert_nonnull (f->description[l]);
        }
      /* Traditional and Simplified are written differently for most names;
       * at least they must not be the English one. */
      g_assert_cmpstr (f->name[OD_LANG_ZH_CN], !=, f->name[OD_LANG_EN]);
      if (f->type == OD_FUNCTION_COLLABORATION)
        {
          g_assert_nonnull (f->sides[0]);
          g_assert_nonnull (f->sides[1]);
          g_assert_true (od_function_has_side (f, f->area));
        }
      if (f->controls != NULL)
        g_assert_nonnull (od_catalog_lookup_function (catalog, f->controls));
    }
  for (guint i = 0; i < mechanisms->len; i++)
    {
      const OdMechanism *m = mechanisms->pdata[i];

      g_assert_true (od_is_valid_ref (m->id));
      g_assert_false (g_hash_table_contains (ids, m->id));
      g_hash_table_add (ids, (gpointer) m->id);
      g_assert_cmpint (m->stage, >, OD_STAGE_UNDEFINED);
      g_assert_cmpuint (m->causes & 1u, ==, 0);
      for (guint l = 0; l < OD_N_LANGS; l++)
        g_assert_nonnull (m->name[l]);
    }
  for (guint c = 1; c <= OD_N_CAUSES; c++)
    for (guint l = 0; l < OD_N_LANGS; l++)
      g_assert_nonnull (od_catalog_lookup_cause (catalog, c)->name[l]);
}

static void
test_broken_catalog_refused (void)
{
  const char *broken[] = {
    "<catalog/>",   /* no causes */
    "<catalog><area id='a'><name lang='zh-CN'>甲</name><name lang='zh-TW'>甲</name><name lang='en'>A</name></area>"
    "<function id='Bad Id' area='a' type='exclusive'/></catalog>",
    "<catalog><area id='a'><name lang='zh-CN'>甲</name><name lang='zh-TW'>甲</name><name lang='en'>A</name></area>"
    "<function id='f' area='a' type='exclusive'><name lang='zh-CN'>x</name></function></catalog>",
    "<catalog><function id='f' area='nowhere' type='sometimes'/></catalog>",
    "<!DOCTYPE catalog [<!ENTITY e 'x'>]><catalog/>",
  };

  for (guint i = 0; i < G_N_ELEMENTS (broken); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (broken[i], strlen (broken[i]));
      g_autoptr(GError) error = NULL;
      g_autoptr(OdCatalog) catalog = od_catalog_new_from_bytes (bytes, &error);

      g_assert_null (catalog);
      g_assert_nonnull (error);
    }
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/model/catalog/loads", test_loads);
  g_test_add_func ("/model/catalog/domain-functions-present", test_domain_functions_present);
  g_test_add_func ("/model/catalog/entries-complete", test_entries_complete);
  g_test_add_func ("/model/catalog/broken-refused", test_broken_catalog_refused);
  return g_test_run ();
}
