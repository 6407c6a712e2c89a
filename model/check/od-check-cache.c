/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-check-cache.c: unit findings kept by unit serial, run again for the
 * units an edit touched (see the header). */
#include "config.h"

#include "od-check-cache.h"
#include "od-check-private.h"

#include <string.h>

#define NO_SERIAL G_MAXUINT

struct _OdCheckCache {
  OdOrganisation *org;
  gulong          changed_id;
  GPtrArray      *local;         /* per serial: GPtrArray of owned OdFinding*, or NULL */
  GArray         *parent;        /* per serial: the manager's serial at the last run */
  GArray         *dirty;         /* per serial: gboolean */
  GArray         *dirty_list;    /* serials marked since the last run */
  gboolean        all_dirty;
  GPtrArray      *global;        /* owned findings of the whole-organisation rules */
  GPtrArray      *result;        /* the view handed out: global then local, not owning */
  GArray         *worst;         /* per serial: gint8, the worst open severity in result */
  guint           n_rechecked;
};

static void
ensure_size (OdCheckCache *self,
             guint         bound)
{
  guint old = self->local->len;

  if (bound <= old)
    return;
  g_ptr_array_set_size (self->local, bound);
  g_array_set_size (self->parent, bound);
  g_array_set_size (self->dirty, bound);
  for (guint i = old; i < bound; i++)
    {
      g_array_index (self->parent, guint, i) = NO_SERIAL;
      g_array_index (self->dirty, gboolean, i) = FALSE;
    }
}

static void
mark (OdCheckCache *self,
      guint         serial)
{
  if (serial == NO_SERIAL)
    return;
  ensure_size (self, serial + 1);
  if (!g_array_index (self->dirty, gboolean, serial))
    {
      g_array_index (self->dirty, gboolean, serial) = TRUE;
      g_array_append_val (self->dirty_list, serial);
    }
}

/* @unit and the two levels above it: a manager's span and relay findings
 * name its reports and depend on their number and their own reports. */
static void
mark_with_managers (OdCheckCache *self,
                    const OdUnit *unit)
{
  for (guint level = 0; unit != NULL && level < 3; level++, unit = od_unit_get_parent (unit))
    mark (self, od_unit_get_serial (unit));
}

static void
mark_subtree (OdCheckCache *self,
              const OdUnit *unit)
{
  mark (self, od_unit_get_serial (unit));
  for (OdUnit *c = od_unit_get_first_child (unit); c != NULL; c = od_unit_get_next_sibling (c))
    mark_subtree (self, c);
}

/* The managers a unit had at the last run (it may have moved since). */
static void
mark_old_managers (OdCheckCache *self,
                   guint         serial)
{
  for (guint level = 0; level < 2 && serial < self->parent->len; level++)
    {
      serial = g_array_index (self->parent, guint, serial);
      mark (self, serial);
    }
}

static void
changed_cb (OdOrganisation *org,
            int             kind,
            gpointer        unit,
            OdCheckCache   *self)
{
  switch ((OdChangeKind) kind)
    {
    case OD_CHANGE_UNIT_ADDED:
      mark_subtree (self, unit);
      mark_with_managers (self, unit);
      break;
    case OD_CHANGE_UNIT_REMOVED:
      /* Still valid during the signal: its findings go at the next run. */
      mark_subtree (self, unit);
      mark_with_managers (self, unit);
      break;
    case OD_CHANGE_UNIT_MOVED:
      mark_old_managers (self, od_unit_get_serial (unit));
      mark_with_managers (self, unit);
      break;
    case OD_CHANGE_UNIT_PROPERTY:
    case OD_CHANGE_ASSIGNMENT:
      mark_with_managers (self, unit);
      break;
    case OD_CHANGE_ORGANISATION:   /* the size sets the thresholds */
    case OD_CHANGE_RELOADED:
      self->all_dirty = TRUE;
      break;
    case OD_CHANGE_DOTTED_LINES:
    case OD_CHANGE_MECHANISMS:
    case OD_CHANGE_ASSESSMENT:
    case OD_CHANGE_ACCEPTANCES:    /* marked on every run */
    default:
      break;
    }
}

static void
free_findings (gpointer data)
{
  if (data != NULL)
    g_ptr_array_unref (data);
}

OdCheckCache *
od_check_cache_new (OdOrganisation *org)
{
  OdCheckCache *self;

  g_return_val_if_fail (OD_IS_ORGANISATION (org), NULL);

  self = g_new0 (OdCheckCache, 1);
  self->org = g_object_ref (org);
  self->local = g_ptr_array_new_with_free_func (free_findings);
  self->parent = g_array_new (FALSE, FALSE, sizeof (guint));
  self->dirty = g_array_new (FALSE, FALSE, sizeof (gboolean));
  self->dirty_list = g_array_new (FALSE, FALSE, sizeof (guint));
  self->all_dirty = TRUE;
  self->result = g_ptr_array_new ();
  self->worst = g_array_new (FALSE, FALSE, sizeof (gint8));
  self->changed_id = g_signal_connect (org, "changed", G_CALLBACK (changed_cb), self);
  return self;
}

void
od_check_cache_free (OdCheckCache *self)
{
  if (self == NULL)
    return;
  g_signal_handler_disconnect (self->org, self->changed_id);
  g_ptr_array_unref (self->local);
  g_array_unref (self->parent);
  g_array_unref (self->dirty);
  g_array_unref (self->dirty_list);
  g_clear_pointer (&self->global, g_ptr_array_unref);
  g_ptr_array_unref (self->result);
  g_array_unref (self->worst);
  g_object_unref (self->org);
  g_free (self);
}

static void
check_unit (OdCheckContext *ctx,
            OdCheckCache   *self,
            OdUnit         *unit)
{
  GPtrArray *findings = g_ptr_array_new_with_free_func ((GDestroyNotify) od_finding_free);
  GPtrArray *global = ctx->findings;

  ctx->findings = findings;
  _od_check_unit_functions (ctx, unit);
  _od_check_unit_shape (ctx, unit);
  ctx->findings = global;
  g_ptr_array_index (self->local, od_unit_get_serial (unit)) = findings->len ? findings : NULL;
  if (findings->len == 0)
    g_ptr_array_unref (findings);
  self->n_rechecked++;
}

/* The worst severity per unit serial, in one pass over the findings, so
 * that an outline of 100,000 rows and the chart ask for a unit's severity
 * in constant time instead of scanning every finding per unit. */
static void
index_by_unit (OdCheckCache  *self,
               OdUnit *const *by_serial,
               guint          bound)
{
  gint8 *worst;

  g_array_set_size (self->worst, bound);
  worst = (gint8 *) self->worst->data;
  memset (worst, -1, bound);
  for (guint i = 0; i < self->result->len; i++)
    {
      const OdFinding *f = self->result->pdata[i];

      if (f->accepted)
        continue;
      for (guint u = 0; f->units[u] != NULL; u++)
        {
          const OdUnit *unit = od_organisation_lookup_unit (self->org, f->units[u]);
          guint serial = unit != NULL ? od_unit_get_serial (unit) : G_MAXUINT;

          if (serial < bound && by_serial[serial] == unit)
            worst[serial] = MAX (worst[serial], (gint8) f->severity);
        }
    }
}

GPtrArray *
od_check_cache_get_findings (OdCheckCache *self)
{
  OdCheckContext ctx;
  g_autofree OdUnit **by_serial = NULL;
  guint bound;

  g_return_val_if_fail (self != NULL, NULL);

  g_clear_pointer (&self->global, g_ptr_array_unref);
  self->global = g_ptr_array_new_with_free_func ((GDestroyNotify) od_finding_free);
  _od_check_context_init (&ctx, self->org, self->global);
  _od_check_functions (&ctx);
  _od_check_structure (&ctx);
  _od_check_power (&ctx);
  _od_check_layers (&ctx);
  _od_check_focus (&ctx);
  _od_check_dotted (&ctx);
  _od_check_meeting (&ctx);
  _od_check_coordination (&ctx);

  bound = od_organisation_get_serial_bound (self->org);
  ensure_size (self, bound);
  by_serial = g_new0 (OdUnit *, MAX (bound, 1));
  for (guint u = 0; u < ctx.units->len; u++)
    by_serial[od_unit_get_serial (ctx.units->pdata[u])] = ctx.units->pdata[u];

  self->n_rechecked = 0;
  if (self->all_dirty)
    for (guint s = 0; s < bound; s++)
      {
        g_clear_pointer (&g_ptr_array_index (self->local, s), g_ptr_array_unref);
        if (by_serial[s] != NULL)
          check_unit (&ctx, self, by_serial[s]);
      }
  else
    for (guint i = 0; i < self->dirty_list->len; i++)
      {
        guint s = g_array_index (self->dirty_list, guint, i);

        g_clear_pointer (&g_ptr_array_index (self->local, s), g_ptr_array_unref);
        /* A removed unit has no serial in the tree any more: its findings went. */
        if (s < bound && by_serial[s] != NULL)
          check_unit (&ctx, self, by_serial[s]);
      }
  for (guint i = 0; i < self->dirty_list->len; i++)
    g_array_index (self->dirty, gboolean, g_array_index (self->dirty_list, guint, i)) = FALSE;
  g_array_set_size (self->dirty_list, 0);
  self->all_dirty = FALSE;

  /* The view, in od_check_run()'s order; managers as of now for the next move. */
  g_ptr_array_set_size (self->result, 0);
  g_ptr_array_extend (self->result, self->global, NULL, NULL);
  for (guint u = 0; u < ctx.units->len; u++)
    {
      OdUnit *unit = ctx.units->pdata[u];
      OdUnit *parent = od_unit_get_parent (unit);
      GPtrArray *local = g_ptr_array_index (self->local, od_unit_get_serial (unit));

      g_array_index (self->parent, guint, od_unit_get_serial (unit)) = parent ? od_unit_get_serial (parent) : NO_SERIAL;
      if (local != NULL)
        g_ptr_array_extend (self->result, local, NULL, NULL);
    }
  _od_check_mark_accepted (self->org, self->result);
  index_by_unit (self, by_serial, bound);
  _od_check_context_clear (&ctx);
  return self->result;
}

const gint8 *
od_check_cache_get_severities (OdCheckCache *self,
                               guint        *n_serials)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (n_serials != NULL)
    *n_serials = self->worst->len;
  return (const gint8 *) self->worst->data;
}

int
od_check_cache_get_worst (OdCheckCache *self,
                          const OdUnit *unit)
{
  guint serial;

  g_return_val_if_fail (self != NULL, -1);
  g_return_val_if_fail (unit != NULL, -1);

  serial = od_unit_get_serial (unit);
  return serial < self->worst->len ? g_array_index (self->worst, gint8, serial) : -1;
}

guint
od_check_cache_get_n_rechecked (OdCheckCache *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_rechecked;
}
