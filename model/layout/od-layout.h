/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-layout.h: where each unit of an organisation is drawn.
 *
 * A tidy-tree layout (van der Ploeg's non-layered variant of Walker's
 * algorithm, linear in the number of units): parents centred over their
 * children, subtrees never overlap, identical subtrees drawn identically, and
 * boxes of different sizes packed tightly.  Boxes are sized to their text,
 * measured with Pango once and cached per unit, so after an edit
 * od_layout_update() re-measures only the units whose text changed and then
 * re-runs the (cheap) geometry.
 *
 * Everything is in chart coordinates, in points, with the chart's bounds
 * starting at (0, 0).  A spatial index answers "what is in this rectangle"
 * in time proportional to what is there, so a viewport costs what it shows.
 *
 * GTK-free: GLib, cairo and Pango only.
 */
#pragma once

#include "od-organisation.h"

G_BEGIN_DECLS

typedef enum {
  OD_ORIENTATION_TOP_DOWN,    /* children below their parent */
  OD_ORIENTATION_LEFT_RIGHT,  /* children to the right of their parent */
} OdOrientation;

/* Whether one unit stacks its leaf children (overrides the options). */
typedef enum {
  OD_COMPACT_DEFAULT,         /* as the options say */
  OD_COMPACT_ON,
  OD_COMPACT_OFF,
} OdCompactMode;

typedef struct {
  double x, y, width, height;
} OdLayoutRect;

typedef struct {
  double x, y;
} OdLayoutPoint;

typedef struct {
  OdOrientation orientation;
  /* Compact mode: the leaf children of a parent are stacked in at most this
   * many columns under it.  0 turns compact mode off (except for units set
   * OD_COMPACT_ON, which then use one column). */
  guint         compact_max_columns;
  /* With compact mode on: TRUE stacks only the leaves of levels that would
   * otherwise be wider than auto_compact_width; FALSE stacks every parent's
   * leaves (when it has at least two). */
  gboolean      auto_compact;
  double        auto_compact_width;
  /* The language text is measured and shaped in.  When override_lang is
   * FALSE (the default) the organisation's own language is followed. */
  gboolean      override_lang;
  OdLang        lang;
  /* Gaps, in points. */
  double        sibling_gap;     /* between neighbouring subtrees */
  double        level_gap;       /* between a parent and its children */
  double        compact_gap;     /* between stacked leaves */
  double        compact_indent;  /* from a stack's spine to its boxes */
  double        tree_gap;        /* between the trees of several top units */
  /* Text: names wrap at max_text_width and stop after max_name_lines. */
  double        font_size;
  double        max_text_width;
  double        min_box_width;
  double        padding;
  guint         max_name_lines;
  /* Layered: the boxes of one level share their depth (height top-down,
   * width left-right), so levels line up across the whole chart, as in a
   * classic organisation chart, and a printout can be cut between levels.
   * Stacked leaves and assistants still sit where they fit. */
  gboolean      layered;
} OdLayoutOptions;

/* A parent-to-child connector: an orthogonal polyline from the parent's box
 * to the child's box (an elbow through the gap between the levels, or a
 * spine with a stub for stacked leaves and assistants). */
#define OD_LAYOUT_MAX_POINTS 8
typedef struct {
  OdUnit        *parent;
  OdUnit        *child;
  guint          n_points;
  OdLayoutPoint  points[OD_LAYOUT_MAX_POINTS];
} OdLayoutConnector;

/* A dotted (functional) reporting line, routed as a dashed orthogonal
 * polyline that avoids crossing boxes where it can. */
typedef struct {
  const OdDottedLine *line;     /* the organisation's line; transfer none */
  OdUnit        *from;
  OdUnit        *to;
  guint          n_points;
  OdLayoutPoint  points[OD_LAYOUT_MAX_POINTS];
  OdLayoutPoint  label_anchor;  /* where the label's centre goes */
  gboolean       label_vertical_segment; /* the label sits beside a vertical segment */
  guint          crossings;     /* boxes the route could not avoid */
} OdLayoutDotted;

typedef struct _OdLayout OdLayout;

/* Whether @unit's reports are hidden (folded), for a chart that shows only
 * part of the tree; the layout then lays out @unit as a leaf. */
typedef gboolean (*OdLayoutCollapsedFunc) (const OdUnit *unit,
                                           gpointer      user_data);

/* Fills @options with the defaults (top-down, compact off, 20/40 pt gaps,
 * 10 pt text wrapped at 140 pt). */
void            od_layout_options_init      (OdLayoutOptions       *options);

/* Lays out @org (a reference is kept).  @options may be NULL for the
 * defaults.  The layout follows edits of @org only when od_layout_update()
 * is called. */
OdLayout       *od_layout_new               (OdOrganisation        *org,
                                             const OdLayoutOptions *options);
void            od_layout_free              (OdLayout              *self);

OdOrganisation *od_layout_get_organisation  (OdLayout              *self);
const OdLayoutOptions *od_layout_get_options (OdLayout             *self);
/* Takes new options; the next od_layout_update() applies them. */
void            od_layout_set_options       (OdLayout              *self,
                                             const OdLayoutOptions *options);
/* Per-unit compact override (e.g. a department the user chose to stack). */
void            od_layout_set_unit_compact  (OdLayout              *self,
                                             const OdUnit          *unit,
                                             OdCompactMode          mode);
OdCompactMode   od_layout_get_unit_compact  (OdLayout              *self,
                                             const OdUnit          *unit);

/* Brings the layout up to date with the organisation: re-measures the
 * units whose text changed, then re-runs the linear layout.  Returns FALSE
 * when nothing had changed (cheap). */
gboolean        od_layout_update            (OdLayout              *self);
/* How many text measurements the layout has made so far (tests and the
 * benchmark use it to see that only edited units are re-measured). */
guint           od_layout_get_n_measured    (OdLayout              *self);
/* The detail line a box shows under the name (head, headcount) in @lang,
 * or NULL when the unit has neither. */
char           *od_layout_unit_detail       (const OdUnit          *unit,
                                             OdLang                 lang);

/* ---- queries ----
 *
 * Queries answer as of the last od_layout_update(): after an edit, update
 * before querying (a unit removed since may no longer exist).  The chart
 * renderer updates the layout itself before drawing. */

/* The box of @unit; FALSE for a unit not in the layout. */
gboolean        od_layout_get_box           (OdLayout              *self,
                                             const OdUnit          *unit,
                                             OdLayoutRect          *box);
/* The extent of every box, connector and dotted line; starts at (0, 0). */
void            od_layout_get_bounds        (OdLayout              *self,
                                             OdLayoutRect          *bounds);
/* The unit whose box contains (@x, @y), or NULL. */
OdUnit         *od_layout_hit_test          (OdLayout              *self,
                                             double                 x,
                                             double                 y);
/* Appends to @units (OdUnit*) the units whose boxes intersect @rect, in
 * document order; returns how many were appended.  Costs what is found. */
guint           od_layout_query_rect        (OdLayout              *self,
                                             const OdLayoutRect    *rect,
                                             GPtrArray             *units);
/* Appends the connectors (const OdLayoutConnector*) whose extent
 * intersects @rect. */
guint           od_layout_query_connectors  (OdLayout              *self,
                                             const OdLayoutRect    *rect,
                                             GPtrArray             *connectors);

/* Every box, in document order, and the unit of each (parallel arrays, as
 * many as there are units); for pagination.  OdLayoutRect has the same
 * layout as OdPageRect. */
const OdLayoutRect *od_layout_get_boxes     (OdLayout              *self,
                                             guint                 *n_boxes);
OdUnit * const *od_layout_get_units         (OdLayout              *self,
                                             guint                 *n_units);
const OdLayoutConnector *od_layout_get_connectors (OdLayout        *self,
                                             guint                 *n_connectors);
const OdLayoutDotted *od_layout_get_dotted  (OdLayout              *self,
                                             guint                 *n_dotted);

/* ---- folded subtrees (od-layout-fold.c) ----
 *
 * A chart on screen may hide the reports of some units: the layout asks
 * @func of every unit with reports and lays out only what is shown, so
 * the cost follows what is visible.  NULL shows everything.  Call
 * od_layout_collapsed_changed() when the answers change. */
void            od_layout_set_collapsed_func (OdLayout             *self,
                                             OdLayoutCollapsedFunc  func,
                                             gpointer               user_data,
                                             GDestroyNotify         destroy);
void            od_layout_collapsed_changed (OdLayout              *self);
/* How many units are hidden under @unit (0: not folded, or not shown). */
guint           od_layout_get_n_hidden      (OdLayout              *self,
                                             const OdUnit          *unit);
/* The extent of the boxes of @unit and the shown units under it; FALSE for
 * a unit not in the layout. */
gboolean        od_layout_get_subtree_bounds (OdLayout             *self,
                                             const OdUnit          *unit,
                                             OdLayoutRect          *bounds);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OdLayout, od_layout_free)

G_END_DECLS
