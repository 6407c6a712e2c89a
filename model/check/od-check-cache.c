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

struct _OdCheckPass {
  guint64              generation;   /* of the organisation when the pass began */
  gboolean             all;          /* every unit checked again */
  GPtrArray           *global;       /* owned findings of the whole-organisation rules */
  GArray              *serials;      /* the serials checked again ... */
  GPtrArray           *locals;       /* ... and their new findings (owned arrays, or NULL) */
  GPtrArray           *result;       /* the view to publish: global then local, not owning */
  GPtrArray           *acceptances;  /* per result entry: const OdAcceptance*, or NULL */
  GArray              *worst;        /* per serial: gint8 */
  GArray              *parent;       /* per serial: the manager's serial now */
  guint                n_rechecked;
};

void
od_check_pass_free (OdCheckPass *pass)
{
  if (pass == NULL)
    return;
  g_clear_pointer (&pass->global, g_ptr_array_unref);
  g_array_unref (pass->serials);
  g_ptr_array_unref (pass->locals);
  g_ptr_array_unref (pass->result);
  g_ptr_array_unref (pass->acceptances);
  g_array_unref (pass->worst);
  g_array_unref (pass->parent);
  g_free (pass);
}

static gboolean
cancelled (const gint *cancel)
{
  return cancel != NULL && g_atomic_int_get (cancel) != 0;
}

static GPtrArray *
check_unit (OdCheckContext *ctx,
            OdUnit         *unit)
{
  GPtrArray *findings = g_ptr_array_new_with_free_func ((GDestroyNotify) od_finding_free);
  GPtrArray *global = ctx->findings;

  ctx->findings = findings;
  _od_check_unit_functions (ctx, unit);
  _od_check_unit_shape (ctx, unit);
  ctx->findings = global;
  if (findings->len == 0)
    g_clear_pointer (&findings, g_ptr_array_unref);
  return findings;
}

/* The worst severity per unit serial, in one pass over the findings, so
 * that an outline of 100,000 rows and the chart ask for a unit's severity
 * in constant time instead of scanning every finding per unit. */
static void
index_by_unit (OdCheckCache  *self,
               OdCheckPass   *pass,
               OdUnit *const *by_serial,
               guint          bound)
{
  gint8 *worst;

  g_array_set_size (pass->worst, bound);
  worst = (gint8 *) pass->worst->data;
  memset (worst, -1, bound);
  for (guint i = 0; i < pass->result->len; i++)
    {
      const OdFinding *f = pass->result->pdata[i];

      if (pass->acceptances->pdata[i] != NULL)
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

/* The findings of the units not checked again, as the last pass left them. */
static GPtrArray *
local_of (OdCheckCache *self,
          OdCheckPass  *pass,
          const guint  *slot,
          guint         serial)
{
  if (pass->all || slot[serial] != G_MAXUINT)
    return pass->all ? pass->locals->pdata[serial] : pass->locals->pdata[slot[serial]];
  return serial < self->local->len ? self->local->pdata[serial] : NULL;
}

OdCheckPass *
od_check_cache_compute (OdCheckCache *self,
                        const gint   *cancel)
{
  void (*const rules[]) (OdCheckContext *) = {
    _od_check_functions, _od_check_structure, _od_check_power, _od_check_layers,
    _od_check_focus, _od_check_dotted, _od_check_meeting, _od_check_coordination,
  };
  OdCheckContext ctx;
  g_autofree OdUnit **by_serial = NULL;
  g_autofree guint *slot = NULL;
  OdCheckPass *pass;
  guint bound;

  g_return_val_if_fail (self != NULL, NULL);

  pass = g_new0 (OdCheckPass, 1);
  pass->generation = od_organisation_get_generation (self->org);
  pass->all = self->all_dirty;
  pass->global = g_ptr_array_new_with_free_func ((GDestroyNotify) od_finding_free);
  pass->serials = g_array_new (FALSE, FALSE, sizeof (guint));
  pass->locals = g_ptr_array_new_with_free_func (free_findings);
  pass->result = g_ptr_array_new ();
  pass->acceptances = g_ptr_array_new ();
  pass->worst = g_array_new (FALSE, FALSE, sizeof (gint8));
  pass->parent = g_array_new (FALSE, FALSE, sizeof (guint));

  _od_check_context_init (&ctx, self->org, pass->global);
  for (guint r = 0; r < G_N_ELEMENTS (rules) && !cancelled (cancel); r++)
    rules[r] (&ctx);

  bound = od_organisation_get_serial_bound (self->org);
  by_serial = g_new0 (OdUnit *, MAX (bound, 1));
  for (guint u = 0; u < ctx.units->len; u++)
    by_serial[od_unit_get_serial (ctx.units->pdata[u])] = ctx.units->pdata[u];

  /* Where each serial checked again sits in pass->locals. */
  slot = g_new (guint, MAX (bound, 1));
  memset (slot, 0xff, sizeof (guint) * MAX (bound, 1));
  if (pass->all)
    {
      g_ptr_array_set_size (pass->locals, bound);
      for (guint s = 0; s < bound && !cancelled (cancel); s++)
        if (by_serial[s] != NULL)
          {
            pass->locals->pdata[s] = check_unit (&ctx, by_serial[s]);
            pass->n_rechecked++;
          }
    }
  else
    for (guint i = 0; i < self->dirty_list->len; i++)
      {
        guint s = g_array_index (self->dirty_list, guint, i);

        g_array_append_val (pass->serials, s);
        /* A removed unit has no serial in the tree any more: its findings go. */
        if (s < bound && by_serial[s] != NULL)
          {
            g_ptr_array_add (pass->locals, check_unit (&ctx, by_serial[s]));
            pass->n_rechecked++;
          }
        else
          g_ptr_array_add (pass->locals, NULL);
        if (s < bound)
          slot[s] = i;
      }
  if (cancelled (cancel))
    {
      _od_check_context_clear (&ctx);
      od_check_pass_free (pass);
      return NULL;
    }

  /* The view, in od_check_run()'s order; managers as of now for the next move. */
  g_ptr_array_extend (pass->result, pass->global, NULL, NULL);
  g_array_set_size (pass->parent, bound);
  memset (pass->parent->data, 0xff, sizeof (guint) * bound);
  for (guint u = 0; u < ctx.units->len; u++)
    {
      OdUnit *unit = ctx.units->pdata[u];
      OdUnit *parent = od_unit_get_parent (unit);
      GPtrArray *local = local_of (self, pass, slot, od_unit_get_serial (unit));

      g_array_index (pass->parent, guint, od_unit_get_serial (unit)) = parent ? od_unit_get_serial (parent) : NO_SERIAL;
      if (local != NULL)
        g_ptr_array_extend (pass->result, local, NULL, NULL);
    }
  /* Found now, written into the findings only when the pass is published:
   * the findings it shares with the last pass are on show meanwhile. */
  g_ptr_array_set_size (pass->acceptances, pass->result->len);
  for (guint i = 0; i < pass->result->len; i++)
    pass->acceptances->pdata[i] = (gpointer) _od_check_find_acceptance (self->org, pass->result->pdata[i]);
  index_by_unit (self, pass, by_serial, bound);
  _od_check_context_clear (&ctx);
  return pass;
}

gboolean
od_check_cache_commit (OdCheckCache *self,
                       OdCheckPass  *pass)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (pass != NULL, FALSE);

  if (pass->generation != od_organisation_get_generation (self->org))
    {
      od_check_pass_free (pass);
      return FALSE;
    }

  ensure_size (self, pass->parent->len);
  if (pass->all)
    for (guint s = 0; s < self->local->len; s++)
      {
        g_clear_pointer (&g_ptr_array_index (self->local, s), g_ptr_array_unref);
        if (s < pass->locals->len)
          self->local->pdata[s] = g_steal_pointer (&pass->locals->pdata[s]);
      }
  else
    for (guint i = 0; i < pass->serials->len; i++)
      {
        guint s = g_array_index (pass->serials, guint, i);

        g_clear_pointer (&g_ptr_array_index (self->local, s), g_ptr_array_unref);
        self->local->pdata[s] = g_steal_pointer (&pass->locals->pdata[i]);
      }
  for (guint i = 0; i < self->dirty_list->len; i++)
    g_array_index (self->dirty, gboolean, g_array_index (self->dirty_list, guint, i)) = FALSE;
  g_array_set_size (self->dirty_list, 0);
  self->all_dirty = FALSE;

  for (guint i = 0; i < pass->result->len; i++)
    {
      OdFinding *f = pass->result->pdata[i];
      const OdAcceptance *a = pass->acceptances->pdata[i];

      f->accepted = a != NULL;
      if (a == NULL)
        g_clear_pointer (&f->acceptance_reason, g_free);
      else if (g_strcmp0 (f->acceptance_reason, a->reason) != 0)
        {
          g_free (f->acceptance_reason);
          f->acceptance_reason = g_strdup (a->reason);
        }
    }

  g_clear_pointer (&self->global, g_ptr_array_unref);
  self->global = g_steal_pointer (&pass->global);
  /* The same array object as before: views handed out see the new findings. */
  g_ptr_array_set_size (self->result, 0);
  g_ptr_array_extend (self->result, pass->result, NULL, NULL);
  g_array_set_size (self->worst, 0);
  g_array_append_vals (self->worst, pass->worst->data, pass->worst->len);
  g_array_set_size (self->parent, 0);
  g_array_append_vals (self->parent, pass->parent->data, pass->parent->len);
  ensure_size (self, pass->parent->len);
  self->n_rechecked = pass->n_rechecked;
  od_check_pass_free (pass);
  return TRUE;
}

GPtrArray *
od_check_cache_get_findings (OdCheckCache *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (!od_check_cache_commit (self, od_check_cache_compute (self, NULL)))
    g_return_val_if_reached (self->result);
  return self->result;
}

GPtrArray *
od_check_cache_get_findings_shown (OdCheckCache *self)
{
  g_return_val_if_fail (self != NULL, NULL);
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
