/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-layout.c: the layout object: keeping up with edits, and queries.
 *
 * The layout listens to the organisation's ::changed only to note which
 * units' text may have changed; the work happens in od_layout_update(),
 * which re-measures those units (Pango is the expensive part) and re-runs
 * the linear layout for the whole chart (cheap, and always consistent).
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "od-layout-private.h"

void
od_layout_options_init (OdLayoutOptions *options)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  options->orientation = OD_ORIENTATION_TOP_DOWN;
  options->compact_max_columns = 0;
  options->auto_compact = FALSE;
  options->auto_compact_width = 4000;
  options->override_lang = FALSE;
  options->lang = OD_LANG_ZH_CN;
  options->sibling_gap = 20;
  options->level_gap = 40;
  options->compact_gap = 10;
  options->compact_indent = 20;
  options->tree_gap = 40;
  options->font_size = 10;
  options->max_text_width = 140;
  options->min_box_width = 80;
  options->padding = 8;
  options->max_name_lines = 3;
}

/* Numbers a caller may have got wrong become sane ones: a NaN gap would
 * poison every coordinate, and cairo silently drops drawing after a NaN. */
static void
sanitize_options (OdLayoutOptions *o)
{
  OdLayoutOptions d;

  od_layout_options_init (&d);
#define FIX(field, lo, hi) \
  if (!isfinite (o->field) || o->field < (lo) || o->field > (hi)) o->field = d.field
  FIX (auto_compact_width, 0, 1e7);
  FIX (sibling_gap, 0, 1000);
  FIX (level_gap, 0, 1000);
  FIX (compact_gap, 0, 1000);
  FIX (compact_indent, 0, 1000);
  FIX (tree_gap, 0, 1000);
  FIX (font_size, 1, 200);
  FIX (max_text_width, 10, 2000);
  FIX (min_box_width, 0, 2000);
  FIX (padding, 0, 200);
#undef FIX
  if (o->orientation != OD_ORIENTATION_LEFT_RIGHT)
    o->orientation = OD_ORIENTATION_TOP_DOWN;
  if ((guint) o->lang >= OD_N_LANGS)
    o->lang = OD_LANG_ZH_CN;
  o->compact_max_columns = MIN (o->compact_max_columns, 64);
  o->max_name_lines = CLAMP (o->max_name_lines, 1, 20);
}

static void
mark_subtree_dirty (OdLayout *self,
                    OdUnit   *top)
{
  OdUnit *unit = top;

  /* Units put back by an undo keep their serials: measure them again in
   * case their text changed while they were out of the tree. */
  while (unit != NULL)
    {
      guint serial = od_unit_get_serial (unit);

      if (serial < self->serial_bound)
        {
          self->measures[serial].key = 0;
          self->hidden_count[serial] = 0;
        }
      if (od_unit_get_first_child (unit) != NULL)
        {
          unit = od_unit_get_first_child (unit);
          continue;
        }
      while (unit != NULL && unit != top && od_unit_get_next_sibling (unit) == NULL)
        unit = od_unit_get_parent (unit);
      if (unit == NULL || unit == top)
        break;
      unit = od_unit_get_next_sibling (unit);
    }
}

/* Drops the counts of hidden units of @unit and the units above it; a
 * removal (@pending) keeps them dropped until the unit is detached. */
static void
drop_hidden_counts (OdLayout *self,
                    OdUnit   *unit,
                    gboolean  pending)
{
  guint64 generation = od_organisation_get_structure_generation (self->org);

  for (; unit != NULL; unit = od_unit_get_parent (unit))
    {
      OdLayoutHiddenNote note = { od_unit_get_serial (unit), generation };

      if (note.serial >= self->serial_bound)
        continue;
      self->hidden_count[note.serial] = 0;
      if (pending)
        g_array_append_val (self->hidden_pending, note);
    }
}

/* A unit moved: the units it was under lose its subtree.  Where it was is
 * known from the last walk when it was shown; a unit moved from inside a
 * folded subtree drops every count. */
static void
drop_hidden_counts_before_move (OdLayout *self,
                                OdUnit   *unit)
{
  guint serial = od_unit_get_serial (unit);
  gint32 i = serial < self->serial_bound ? self->index_of_serial[serial] : -1;

  /* A walk since the move (another handler of this emission updated the
   * layout) no longer knows where the unit was. */
  if (i < 0 || (guint) i >= self->n_units || self->units[i] != unit
      || self->walked_structure == od_organisation_get_structure_generation (self->org))
    {
      self->hidden_reset = TRUE;
      return;
    }
  /* Serials from the measures, not the units: a unit of the last walk may
   * be gone since. */
  for (gint32 p = self->parent_of[i]; p >= 0; p = self->parent_of[p])
    self->hidden_count[self->measure_of[p] - self->measures] = 0;
}

static void
organisation_changed_cb (OdOrganisation *org,
                         int             kind,
                         gpointer        unit,
                         OdLayout       *self)
{
  /* Another handler of the same emission may have updated the layout
   * before this one noted what changed: the next update runs regardless. */
  /* A unit's text or functions only: its box may keep its size, and then
   * no box moves (anything else, here or elsewhere, sets stale). */
  if (kind == OD_CHANGE_UNIT_PROPERTY || kind == OD_CHANGE_ASSIGNMENT)
    self->text_stale = TRUE;
  else
    self->stale = TRUE;
  switch (kind)
    {
    case OD_CHANGE_UNIT_PROPERTY:
      if (unit == NULL || od_unit_get_serial (unit) >= self->serial_bound)
        self->stale = TRUE;
      else
        {
          guint serial = od_unit_get_serial (unit);
          gint32 i = self->index_of_serial[serial];

          self->measures[serial].key = 0;
          /* The one structural property an edit of a unit can change. */
          if (i >= 0 && (guint) i < self->n_units && self->units[i] == unit)
            {
              guint8 flags = self->flags_of[i];

              if (od_unit_get_assistant (unit))
                self->flags_of[i] |= OD_LAYOUT_FLAG_ASSISTANT;
              else
                self->flags_of[i] &= ~OD_LAYOUT_FLAG_ASSISTANT;
              if (self->flags_of[i] != flags)
                self->stale = TRUE;
            }
          else
            {
              self->structure_dirty = TRUE;
              self->stale = TRUE;
            }
        }
      break;
    case OD_CHANGE_UNIT_ADDED:
      if (unit != NULL)
        {
          mark_subtree_dirty (self, unit);
          drop_hidden_counts (self, od_unit_get_parent (unit), FALSE);
        }
      else
        self->hidden_reset = TRUE;
      self->structure_dirty = TRUE;
      break;
    case OD_CHANGE_UNIT_REMOVED:
      if (unit != NULL)
        drop_hidden_counts (self, od_unit_get_parent (unit), TRUE);
      else
        self->hidden_reset = TRUE;
      self->structure_dirty = TRUE;
      break;
    case OD_CHANGE_UNIT_MOVED:
      if (unit != NULL)
        {
          drop_hidden_counts_before_move (self, unit);
          drop_hidden_counts (self, od_unit_get_parent (unit), FALSE);
        }
      else
        self->hidden_reset = TRUE;
      self->structure_dirty = TRUE;
      break;
    case OD_CHANGE_RELOADED:
      for (guint s = 0; s < self->serial_bound; s++)
        self->measures[s].key = 0;
      self->hidden_reset = TRUE;
      self->structure_dirty = TRUE;
      break;
    default:
      /* Dotted lines, the language...: the update redoes them anyway. */
      break;
    }
}

OdLayout *
od_layout_new (OdOrganisation        *org,
               const OdLayoutOptions *options)
{
  OdLayout *self;

  g_return_val_if_fail (OD_IS_ORGANISATION (org), NULL);

  self = g_new0 (OdLayout, 1);
  self->org = g_object_ref (org);
  if (options != NULL)
    self->options = *options;
  else
    od_layout_options_init (&self->options);
  sanitize_options (&self->options);
  self->connectors = g_array_new (FALSE, FALSE, sizeof (OdLayoutConnector));
  self->dotted = g_array_new (FALSE, FALSE, sizeof (OdLayoutDotted));
  self->scratch = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->hidden_pending = g_array_new (FALSE, FALSE, sizeof (OdLayoutHiddenNote));
  self->changed_id = g_signal_connect (org, "changed", G_CALLBACK (organisation_changed_cb), self);
  self->stale = TRUE;
  self->structure_dirty = TRUE;
  od_layout_update (self);
  return self;
}

void
od_layout_free (OdLayout *self)
{
  if (self == NULL)
    return;
  g_clear_signal_handler (&self->changed_id, self->org);
  g_clear_object (&self->org);
  if (self->text_ready)
    _od_layout_text_clear (&self->text);
  g_free (self->measures);
  g_free (self->compact);
  g_free (self->index_of_serial);
  g_free (self->units);
  g_free (self->boxes);
  g_free (self->parent_of);
  g_free (self->next_of);
  g_free (self->depth_of);
  g_free (self->flags_of);
  g_free (self->measure_of);
  g_free (self->hidden_of);
  g_free (self->hidden_count);
  if (self->collapsed_destroy != NULL)
    self->collapsed_destroy (self->collapsed_data);
  g_free (self->connector_rects);
  g_array_unref (self->connectors);
  g_array_unref (self->dotted);
  g_array_unref (self->scratch);
  g_array_unref (self->hidden_pending);
  _od_layout_index_clear (&self->box_index);
  _od_layout_index_clear (&self->connector_index);
  g_free (self);
}

OdOrganisation *
od_layout_get_organisation (OdLayout *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->org;
}

const OdLayoutOptions *
od_layout_get_options (OdLayout *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return &self->options;
}

void
od_layout_set_options (OdLayout              *self,
                       const OdLayoutOptions *options)
{
  OdLayoutOptions o;

  g_return_if_fail (self != NULL);
  g_return_if_fail (options != NULL);

  o = *options;
  sanitize_options (&o);
  /* Another font, width or language makes every measurement stale. */
  if (self->text_ready &&
      (o.font_size != self->options.font_size ||
       o.max_text_width != self->options.max_text_width ||
       o.max_name_lines != self->options.max_name_lines ||
       o.padding != self->options.padding ||
       o.min_box_width != self->options.min_box_width ||
       o.override_lang != self->options.override_lang ||
       o.lang != self->options.lang))
    {
      _od_layout_text_clear (&self->text);
      self->text_ready = FALSE;
    }
  self->options = o;
  self->stale = TRUE;
  /* Rare enough to start from scratch, walk of the tree included. */
  self->structure_dirty = TRUE;
}

static void
grow_serials (OdLayout *self)
{
  guint bound = od_organisation_get_serial_bound (self->org);

  if (bound <= self->serial_bound)
    return;
  self->measures = g_renew (OdMeasure, self->measures, bound);
  self->compact = g_renew (guint8, self->compact, bound);
  self->index_of_serial = g_renew (gint32, self->index_of_serial, bound);
  self->hidden_count = g_renew (guint32, self->hidden_count, bound);
  memset (self->hidden_count + self->serial_bound, 0, sizeof (guint32) * (bound - self->serial_bound));
  memset (self->measures + self->serial_bound, 0, sizeof (OdMeasure) * (bound - self->serial_bound));
  memset (self->compact + self->serial_bound, 0, bound - self->serial_bound);
  for (guint s = self->serial_bound; s < bound; s++)
    self->index_of_serial[s] = -1;
  self->serial_bound = bound;
}

void
od_layout_set_unit_compact (OdLayout      *self,
                            const OdUnit  *unit,
                            OdCompactMode  mode)
{
  guint serial;

  g_return_if_fail (self != NULL);
  g_return_if_fail (unit != NULL);
  g_return_if_fail (mode <= OD_COMPACT_OFF);

  grow_serials (self);
  serial = od_unit_get_serial (unit);
  g_return_if_fail (serial < self->serial_bound);
  if (self->compact[serial] != mode)
    {
      self->compact[serial] = mode;
      self->stale = TRUE;
    }
}

OdCompactMode
od_layout_get_unit_compact (OdLayout     *self,
                            const OdUnit *unit)
{
  guint serial;

  g_return_val_if_fail (self != NULL, OD_COMPACT_DEFAULT);
  g_return_val_if_fail (unit != NULL, OD_COMPACT_DEFAULT);

  serial = od_unit_get_serial (unit);
  return serial < self->serial_bound ? self->compact[serial] : OD_COMPACT_DEFAULT;
}

OdLang
_od_layout_get_lang (OdLayout *self)
{
  OdLang lang = self->options.override_lang ? self->options.lang
                                            : od_organisation_get_lang (self->org);

  return (guint) lang < OD_N_LANGS ? lang : OD_LANG_ZH_CN;
}

OdLayoutText *
_od_layout_get_text (OdLayout *self)
{
  return &self->text;
}

/* Measures every unit whose text is not measured yet or changed. */
/* Returns TRUE when a box changed size. */
static gboolean
measure_units (OdLayout *self)
{
  gboolean resized = FALSE;
  OdLang lang = _od_layout_get_lang (self);
  const OdLayoutOptions *opt = &self->options;

  if (self->text_ready && self->text.lang != lang)
    {
      _od_layout_text_clear (&self->text);
      self->text_ready = FALSE;
    }
  if (!self->text_ready)
    {
      _od_layout_text_init (&self->text, opt, lang);
      self->text_ready = TRUE;
      self->text_generation++;
      for (guint s = 0; s < self->serial_bound; s++)
        self->measures[s].key = 0;
    }

  for (guint i = 0; i < self->n_units; i++)
    {
      OdUnit *unit = self->units[i];
      OdMeasure *m = self->measure_of[i];
      guint64 key;
      double w, h;

      /* Only units an edit touched (key cleared) are looked at again. */
      if (m->key != 0)
        continue;
      key = _od_layout_text_key (unit);
      _od_layout_text_measure (&self->text, unit, &w, &h);
      self->n_measured++;
      m->key = key;
      w = MAX (w + 2 * opt->padding, opt->min_box_width);
      h = h + 2 * opt->padding;
      resized |= w != m->width || h != m->height;
      m->width = w;
      m->height = h;
    }
  return resized;
}

/* How many units report to @top, directly or not. */
static guint32
count_descendants (OdUnit *top)
{
  OdUnit *unit = od_unit_get_first_child (top);
  guint32 n = 0;

  while (unit != NULL)
    {
      n++;
      if (od_unit_get_first_child (unit) != NULL)
        {
          unit = od_unit_get_first_child (unit);
          continue;
        }
      while (unit != top && od_unit_get_next_sibling (unit) == NULL)
        unit = od_unit_get_parent (unit);
      if (unit == top)
        break;
      unit = od_unit_get_next_sibling (unit);
    }
  return n;
}

/* The one walk over the organisation's tree per update: the units in
 * document order with their parents, siblings, depths and flags, so that
 * everything after works on flat arrays. */
static void
list_units (OdLayout *self)
{
  guint n = 0, depth = 0;
  OdUnit *unit = od_organisation_get_first_top_unit (self->org);
  g_autoptr(GArray) last_at = g_array_new (FALSE, FALSE, sizeof (gint32));
  gint32 parent = -1;
  gint32 none = -1;

  guint n_org = od_organisation_get_n_units (self->org);
  guint64 structure = od_organisation_get_structure_generation (self->org);

  self->n_units = n_org;
  self->units = g_renew (OdUnit *, self->units, MAX (self->n_units, 1));
  self->boxes = g_renew (OdLayoutRect, self->boxes, MAX (self->n_units, 1));
  self->parent_of = g_renew (gint32, self->parent_of, MAX (self->n_units, 1));
  self->next_of = g_renew (gint32, self->next_of, MAX (self->n_units, 1));
  self->depth_of = g_renew (guint32, self->depth_of, MAX (self->n_units, 1));
  self->flags_of = g_renew (guint8, self->flags_of, MAX (self->n_units, 1));
  self->measure_of = g_renew (OdMeasure *, self->measure_of, MAX (self->n_units, 1));
  self->hidden_of = g_renew (guint32, self->hidden_of, MAX (self->n_units, 1));
  if (self->hidden_reset && self->serial_bound > 0)
    {
      memset (self->hidden_count, 0, sizeof (guint32) * self->serial_bound);
      g_array_set_size (self->hidden_pending, 0);
      self->hidden_reset = FALSE;
    }
  for (guint k = 0; k < self->hidden_pending->len;)
    {
      OdLayoutHiddenNote *note = &g_array_index (self->hidden_pending, OdLayoutHiddenNote, k);

      self->hidden_count[note->serial] = 0;
      if (note->generation != structure)
        g_array_remove_index_fast (self->hidden_pending, k);
      else
        k++;
    }
  /* last_at[d]: the last unit seen at depth d, whose next sibling the next
   * unit at that depth under the same parent is. */
  g_array_append_val (last_at, none);
  while (unit != NULL && n < n_org)
    {
      OdUnit *child = od_unit_get_first_child (unit);
      guint serial = od_unit_get_serial (unit);
      gint32 prev = g_array_index (last_at, gint32, depth);
      guint32 hidden = 0;

      /* A folded unit is laid out as a leaf: its subtree is skipped, only
       * counted, so the chart costs what it shows. */
      if (child != NULL && self->collapsed_func != NULL
          && self->collapsed_func (unit, self->collapsed_data))
        {
          /* Counted once per structure: folding and unfolding (a
           * presenter clicking through a 100,000-unit chart) reuse it. */
          if (self->hidden_count[serial] == 0)
            self->hidden_count[serial] = count_descendants (unit);
          hidden = self->hidden_count[serial];
          child = NULL;
        }

      self->units[n] = unit;
      self->index_of_serial[serial] = n;
      self->measure_of[n] = &self->measures[serial];
      self->parent_of[n] = parent;
      self->next_of[n] = -1;
      self->depth_of[n] = depth;
      self->flags_of[n] = (od_unit_get_assistant (unit) ? OD_LAYOUT_FLAG_ASSISTANT : 0) |
                          (child != NULL ? OD_LAYOUT_FLAG_HAS_CHILDREN : 0) |
                          (hidden > 0 ? OD_LAYOUT_FLAG_FOLDED : 0);
      self->hidden_of[n] = hidden;
      if (prev >= 0 && self->parent_of[prev] == parent)
        self->next_of[prev] = n;
      g_array_index (last_at, gint32, depth) = n;
      n++;

      if (child != NULL)
        {
          parent = n - 1;
          depth++;
          if (last_at->len <= depth)
            g_array_append_val (last_at, none);
          unit = child;
          continue;
        }
      while (unit != NULL && od_unit_get_next_sibling (unit) == NULL)
        {
          unit = od_unit_get_parent (unit);
          if (unit != NULL)
            {
              depth--;
              parent = self->parent_of[parent];
            }
        }
      if (unit != NULL)
        unit = od_unit_get_next_sibling (unit);
    }
  g_assert (n <= n_org);
  self->n_units = n;
}

static void
include_point (OdLayoutRect *r,
               double        x,
               double        y,
               gboolean     *first)
{
  if (*first)
    {
      *r = (OdLayoutRect) { x, y, 0, 0 };
      *first = FALSE;
      return;
    }
  if (x < r->x)
    {
      r->width += r->x - x;
      r->x = x;
    }
  if (y < r->y)
    {
      r->height += r->y - y;
      r->y = y;
    }
  r->width = MAX (r->width, x - r->x);
  r->height = MAX (r->height, y - r->y);
}

static void
translate_all (OdLayout *self,
               double    dx,
               double    dy)
{
  if (dx == 0 && dy == 0)
    return;
  for (guint i = 0; i < self->n_units; i++)
    {
      self->boxes[i].x += dx;
      self->boxes[i].y += dy;
    }
  for (guint i = 0; i < self->connectors->len; i++)
    {
      OdLayoutConnector *c = &g_array_index (self->connectors, OdLayoutConnector, i);
      for (guint k = 0; k < c->n_points; k++)
        {
          c->points[k].x += dx;
          c->points[k].y += dy;
        }
    }
  for (guint i = 0; i < self->dotted->len; i++)
    {
      OdLayoutDotted *d = &g_array_index (self->dotted, OdLayoutDotted, i);
      for (guint k = 0; k < d->n_points; k++)
        {
          d->points[k].x += dx;
          d->points[k].y += dy;
        }
      d->label_anchor.x += dx;
      d->label_anchor.y += dy;
    }
}

static void
compute_bounds (OdLayout     *self,
                OdLayoutRect *bounds,
                gboolean      with_dotted)
{
  gboolean first = TRUE;

  *bounds = (OdLayoutRect) { 0, 0, 0, 0 };
  for (guint i = 0; i < self->n_units; i++)
    {
      const OdLayoutRect *r = &self->boxes[i];
      include_point (bounds, r->x, r->y, &first);
      include_point (bounds, r->x + r->width, r->y + r->height, &first);
    }
  for (guint i = 0; i < self->connectors->len; i++)
    {
      const OdLayoutConnector *c = &g_array_index (self->connectors, OdLayoutConnector, i);
      for (guint k = 0; k < c->n_points; k++)
        include_point (bounds, c->points[k].x, c->points[k].y, &first);
    }
  if (with_dotted)
    for (guint i = 0; i < self->dotted->len; i++)
      {
        const OdLayoutDotted *d = &g_array_index (self->dotted, OdLayoutDotted, i);
        for (guint k = 0; k < d->n_points; k++)
          include_point (bounds, d->points[k].x, d->points[k].y, &first);
        /* Room for the label around its anchor. */
        if (d->line->label != NULL && *d->line->label != '\0')
          {
            double hw = self->options.max_text_width / 2, hh = self->options.font_size * 1.5;
            include_point (bounds, d->label_anchor.x - hw, d->label_anchor.y - hh, &first);
            include_point (bounds, d->label_anchor.x + hw, d->label_anchor.y + hh, &first);
          }
      }
}

static double
index_cell_size (OdLayout *self)
{
  /* About two boxes across: a viewport query visits few empty cells and a
   * box sits in few cells. */
  return 2 * (self->options.max_text_width + 2 * self->options.padding + self->options.sibling_gap);
}

static void
build_connector_index (OdLayout *self)
{
  guint n = self->connectors->len;

  self->connector_rects = g_renew (OdLayoutRect, self->connector_rects, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    {
      const OdLayoutConnector *c = &g_array_index (self->connectors, OdLayoutConnector, i);
      gboolean first = TRUE;

      self->connector_rects[i] = (OdLayoutRect) { 0, 0, 0, 0 };
      for (guint k = 0; k < c->n_points; k++)
        include_point (&self->connector_rects[i], c->points[k].x, c->points[k].y, &first);
    }
  _od_layout_index_build (&self->connector_index, &self->bounds, self->connector_rects, n,
                          index_cell_size (self));
}

gboolean
od_layout_update (OdLayout *self)
{
  guint64 generation;
  OdLayoutRect bounds;
  gint64 t[7];
  gboolean walked = FALSE, resized;

  g_return_val_if_fail (self != NULL, FALSE);

  generation = od_organisation_get_generation (self->org);
  if (self->laid_out && !self->stale && !self->text_stale && generation == self->generation
      && od_organisation_get_structure_generation (self->org) == self->walked_structure)
    return FALSE;

  t[0] = g_get_monotonic_time ();
  /* The walk of the tree is the part that chases pointers through the
   * whole organisation: after an edit of a unit's text it is skipped. */
  /* The structure generation, not only the ::changed note: an update run
   * by another handler of a removal's ::changed walked a tree that still
   * held the unit going away, and nothing else says it went. */
  if (self->structure_dirty || !self->laid_out
      || od_organisation_get_structure_generation (self->org) != self->walked_structure)
    {
      grow_serials (self);
      for (guint s = 0; s < self->serial_bound; s++)
        self->index_of_serial[s] = -1;
      list_units (self);
      self->structure_dirty = FALSE;
      self->walked_structure = od_organisation_get_structure_generation (self->org);
      walked = TRUE;
    }
  t[1] = g_get_monotonic_time ();
  resized = measure_units (self);
  t[2] = g_get_monotonic_time ();
  /* A unit's new text in a box of the same size (a name as long as
   * before, another head, a kind): every box stays where it is. */
  if (self->laid_out && !walked && !resized && !self->stale)
    {
      self->generation = generation;
      self->text_stale = FALSE;
      return TRUE;
    }
  _od_layout_run (self);
  t[3] = g_get_monotonic_time ();

  /* Boxes start at (0, 0); then the box index, which routing needs. */
  compute_bounds (self, &bounds, FALSE);
  translate_all (self, -bounds.x, -bounds.y);
  bounds.x = bounds.y = 0;
  self->bounds = bounds;
  _od_layout_index_build (&self->box_index, &self->bounds, self->boxes, self->n_units,
                          index_cell_size (self));
  t[4] = g_get_monotonic_time ();
  _od_layout_route_dotted (self);
  t[5] = g_get_monotonic_time ();

  /* A dotted line may leave the boxes' extent: then shift everything once
   * more so the chart still starts at (0, 0). */
  compute_bounds (self, &bounds, TRUE);
  if (bounds.x < 0 || bounds.y < 0)
    {
      double dx = -MIN (bounds.x, 0), dy = -MIN (bounds.y, 0);

      translate_all (self, dx, dy);
      bounds.x += dx;
      bounds.y += dy;
      self->bounds = (OdLayoutRect) { 0, 0, bounds.x + bounds.width, bounds.y + bounds.height };
      _od_layout_index_build (&self->box_index, &self->bounds, self->boxes, self->n_units,
                              index_cell_size (self));
    }
  else
    self->bounds = (OdLayoutRect) { 0, 0, bounds.x + bounds.width, bounds.y + bounds.height };
  build_connector_index (self);
  t[6] = g_get_monotonic_time ();
  g_debug ("layout of %u units: walk %.2f ms, measure %.2f ms, tidy %.2f ms, "
           "index %.2f ms, dotted %.2f ms, finish %.2f ms", self->n_units,
           (t[1] - t[0]) / 1e3, (t[2] - t[1]) / 1e3, (t[3] - t[2]) / 1e3,
           (t[4] - t[3]) / 1e3, (t[5] - t[4]) / 1e3, (t[6] - t[5]) / 1e3);

  self->generation = generation;
  self->stale = FALSE;
  self->text_stale = FALSE;
  self->laid_out = TRUE;
  return TRUE;
}

guint
od_layout_get_n_measured (OdLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_measured;
}

gboolean
od_layout_get_box (OdLayout     *self,
                   const OdUnit *unit,
                   OdLayoutRect *box)
{
  guint serial;
  gint32 i;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (unit != NULL, FALSE);

  serial = od_unit_get_serial (unit);
  if (serial >= self->serial_bound)
    return FALSE;
  i = self->index_of_serial[serial];
  if (i < 0 || (guint) i >= self->n_units || self->units[i] != unit)
    return FALSE;
  if (box != NULL)
    *box = self->boxes[i];
  return TRUE;
}

void
od_layout_get_bounds (OdLayout     *self,
                      OdLayoutRect *bounds)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (bounds != NULL);
  *bounds = self->bounds;
}

OdUnit *
od_layout_hit_test (OdLayout *self,
                    double    x,
                    double    y)
{
  int i;

  g_return_val_if_fail (self != NULL, NULL);

  i = _od_layout_index_find (&self->box_index, self->boxes, x, y);
  return i >= 0 ? self->units[i] : NULL;
}

static int
compare_guint32 (gconstpointer a,
                 gconstpointer b)
{
  guint32 x = *(const guint32 *) a, y = *(const guint32 *) b;
  return x < y ? -1 : x > y;
}

guint
od_layout_query_rect (OdLayout           *self,
                      const OdLayoutRect *rect,
                      GPtrArray          *units)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (rect != NULL, 0);
  g_return_val_if_fail (units != NULL, 0);

  g_array_set_size (self->scratch, 0);
  _od_layout_index_query (&self->box_index, self->boxes, rect, self->scratch);
  /* Indices are document positions: sorting gives document order. */
  g_array_sort (self->scratch, compare_guint32);
  for (guint k = 0; k < self->scratch->len; k++)
    g_ptr_array_add (units, self->units[g_array_index (self->scratch, guint32, k)]);
  return self->scratch->len;
}

guint
od_layout_query_connectors (OdLayout           *self,
                            const OdLayoutRect *rect,
                            GPtrArray          *connectors)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (rect != NULL, 0);
  g_return_val_if_fail (connectors != NULL, 0);

  g_array_set_size (self->scratch, 0);
  _od_layout_index_query (&self->connector_index, self->connector_rects, rect, self->scratch);
  g_array_sort (self->scratch, compare_guint32);
  for (guint k = 0; k < self->scratch->len; k++)
    g_ptr_array_add (connectors, &g_array_index (self->connectors, OdLayoutConnector,
                                                 g_array_index (self->scratch, guint32, k)));
  return self->scratch->len;
}

const OdLayoutRect *
od_layout_get_boxes (OdLayout *self,
                     guint    *n_boxes)
{
  g_return_val_if_fail (self != NULL, NULL);
  if (n_boxes != NULL)
    *n_boxes = self->n_units;
  return self->boxes;
}

OdUnit * const *
od_layout_get_units (OdLayout *self,
                     guint    *n_units)
{
  g_return_val_if_fail (self != NULL, NULL);
  if (n_units != NULL)
    *n_units = self->n_units;
  return self->units;
}

const OdLayoutConnector *
od_layout_get_connectors (OdLayout *self,
                          guint    *n_connectors)
{
  g_return_val_if_fail (self != NULL, NULL);
  if (n_connectors != NULL)
    *n_connectors = self->connectors->len;
  return (const OdLayoutConnector *) (gpointer) self->connectors->data;
}

const OdLayoutDotted *
od_layout_get_dotted (OdLayout *self,
                      guint    *n_dotted)
{
  g_return_val_if_fail (self != NULL, NULL);
  if (n_dotted != NULL)
    *n_dotted = self->dotted->len;
  return (const OdLayoutDotted *) (gpointer) self->dotted->data;
}
