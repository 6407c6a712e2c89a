/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-business.c: business types and the supply-chain areas each needs. */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "od-business.h"

static const char * const ids[] = {
  "manufacturing", "distribution", "retail", "services", "software", NULL
};

gboolean
od_business_is_valid (const char *business)
{
  return business != NULL && g_strv_contains (ids, business);
}

const char * const *
od_business_list (void)
{
  return ids;
}

const char *
od_business_get_display_name (const char *business)
{
  if (g_strcmp0 (business, "distribution") == 0)
    return _("Distribution and trading");
  if (g_strcmp0 (business, "retail") == 0)
    return _("Retail");
  if (g_strcmp0 (business, "services") == 0)
    return _("Services");
  if (g_strcmp0 (business, "software") == 0)
    return _("Software and internet");
  return _("Manufacturing");
}

gboolean
od_business_needs_area (const char *business,
                        const char *area)
{
  gboolean production = g_strcmp0 (area, "production") == 0;
  gboolean goods = production || g_strcmp0 (area, "procurement") == 0 ||
                   g_strcmp0 (area, "warehousing") == 0 || g_strcmp0 (area, "logistics") == 0;

  if (!goods || business == NULL || strcmp (business, "manufacturing") == 0)
    return TRUE;
  /* Traders and shops buy, store and deliver goods, but make none. */
  if (strcmp (business, "distribution") == 0 || strcmp (business, "retail") == 0)
    return !production;
  /* Services and software move no goods at all. */
  return FALSE;
}
