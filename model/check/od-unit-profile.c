/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-unit-profile.c: units profiled by the functions they own. */
#include "config.h"

#include <string.h>

#include "od-catalog.h"
#include "od-scope.h"
#include "od-unit-profile.h"

struct _OdProfiles
{
  OdOrganisation *org;
  GPtrArray      *areas;      /* const OdArea*, catalog order */
  guint           n_areas;
  guint           bound;      /* serial bound */
  guint          *counts;     /* bound × n_areas */
  GPtrArray      *units;      /* document order */
  OdUnit        **main;       /* per area: the unit owning most of it, or NULL */
};

static int
area_index (OdProfiles *self,
            const char *area)
{
  for (guint i = 0; i < self->n_areas; i++)
    if (strcmp (((const OdArea *) self->areas->pdata[i])->id, area) == 0)
      return (int) i;
  return -1;
}

OdProfiles *
od_profiles_new (OdOrganisation *org)
{
  OdProfiles *self = g_new0 (OdProfiles, 1);
  OdCatalog *catalog = od_catalog_get_default ();

  self->org = g_object_ref (org);
  self->areas = od_catalog_get_areas (catalog);
  self->n_areas = self->areas->len;
  self->bound = od_organisation_get_serial_bound (org);
  self->counts = g_new0 (guint, (gsize) self->bound * self->n_areas);
  self->units = od_organisation_list_units (org);
  for (guint u = 0; u < self->units->len; u++)
    {
      const OdUnit *unit = self->units->pdata[u];

      for (guint i = 0; i < od_unit_get_n_assignments (unit); i++)
        {
          const OdAssignment *a = od_unit_get_assignment (unit, i);
          const OdFunction *f = od_catalog_lookup_function (catalog, a->function_id);
          int idx;

          if (f == NULL || f->type != OD_FUNCTION_EXCLUSIVE || a->role != OD_ROLE_OWNER)
            continue;
          idx = area_index (self, f->area);
          if (idx >= 0)
            self->counts[(gsize) od_unit_get_serial (unit) * self->n_areas + (guint) idx]++;
        }
    }
  /* The main unit of every area in one pass: the checks ask for them once
   * per function, which would otherwise scan the tree each time.  Units
   * that cover one region, segment or product line (华东大区…) count for
   * the department that groups them (销售部), which is what the structure
   * rules place. */
  self->main = g_new0 (OdUnit *, MAX (self->n_areas, 1));
  {
    g_autofree guint *best = g_new0 (guint, MAX (self->n_areas, 1));
    g_autofree guint *grouped = NULL;
    gboolean any_scoped = FALSE;

    for (guint u = 0; u < self->units->len; u++)
      {
        OdUnit *unit = self->units->pdata[u];
        OdUnit *department = unit;
        const char *kind;
        g_autofree char *scope = NULL;

        if (od_profiles_total (self, unit) == 0 || !od_unit_dup_scope (unit, &kind, &scope))
          continue;
        while (od_unit_get_parent (department) != NULL)
          {
            g_autofree char *parent_scope = NULL;

            department = od_unit_get_parent (department);
            if (!od_unit_dup_scope (department, &kind, &parent_scope))
              break;
          }
        if (department == unit)
          continue;
        if (!any_scoped)
          {
            grouped = g_memdup2 (self->counts, (gsize) self->bound * self->n_areas * sizeof (guint));
            any_scoped = TRUE;
          }
        for (guint i = 0; i < self->n_areas; i++)
          {
            guint n = self->counts[(gsize) od_unit_get_serial (unit) * self->n_areas + i];
            grouped[(gsize) od_unit_get_serial (department) * self->n_areas + i] += n;
            grouped[(gsize) od_unit_get_serial (unit) * self->n_areas + i] -= n;
          }
      }
    for (guint u = 0; u < self->units->len; u++)
      {
        OdUnit *unit = self->units->pdata[u];
        const guint *row = &(any_scoped ? grouped : self->counts)[(gsize) od_unit_get_serial (unit) * self->n_areas];

        for (guint i = 0; i < self->n_areas; i++)
          if (row[i] > best[i])
            {
              best[i] = row[i];
              self->main[i] = unit;
            }
      }
  }
  return self;
}

void
od_profiles_free (OdProfiles *self)
{
  if (self == NULL)
    return;
  g_object_unref (self->org);
  g_ptr_array_unref (self->units);
  g_free (self->counts);
  g_free (self->main);
  g_free (self);
}

GPtrArray *
od_profiles_get_units (OdProfiles *self)
{
  return self->units;
}

guint
od_profiles_count (OdProfiles   *self,
                   const OdUnit *unit,
                   const char   *area)
{
  int idx = area_index (self, area);
  guint serial = od_unit_get_serial (unit);

  if (idx < 0 || serial >= self->bound)
    return 0;
  return self->counts[(gsize) serial * self->n_areas + (guint) idx];
}

guint
od_profiles_total (OdProfiles   *self,
                   const OdUnit *unit)
{
  guint serial = od_unit_get_serial (unit);
  guint total = 0;

  if (serial >= self->bound)
    return 0;
  for (guint i = 0; i < self->n_areas; i++)
    total += self->counts[(gsize) serial * self->n_areas + i];
  return total;
}

const char *
od_profiles_primary_area (OdProfiles   *self,
                          const OdUnit *unit)
{
  guint serial = od_unit_get_serial (unit);
  guint best = 0;
  const char *area = NULL;

  if (serial >= self->bound)
    return NULL;
  for (guint i = 0; i < self->n_areas; i++)
    {
      guint n = self->counts[(gsize) serial * self->n_areas + i];
      if (n > best)
        {
          best = n;
          area = ((const OdArea *) self->areas->pdata[i])->id;
        }
    }
  return area;
}

OdUnit *
od_profiles_main_unit (OdProfiles *self,
                       const char *area)
{
  int idx = area_index (self, area);

  return idx >= 0 ? self->main[idx] : NULL;
}

gboolean
od_profiles_is_merged (OdProfiles   *self,
                       const OdUnit *unit)
{
  return od_profiles_count (self, unit, "marketing") >= 3 && od_profiles_count (self, unit, "sales") >= 3;
}

OdUnit *
od_unit_common_ancestor (OdUnit *a,
                         OdUnit *b)
{
  for (OdUnit *u = a; u != NULL; u = od_unit_get_parent (u))
    if (od_unit_is_within (b, u))
      return u;
  return NULL;
}
