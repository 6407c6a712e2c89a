/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-layout-private.h: the insides of OdLayout, shared by its parts and by
 * the chart renderer (which draws the same text the layout measured). */
#pragma once

#include <pango/pangocairo.h>

#include "od-layout.h"

G_BEGIN_DECLS

/* ---- text (od-layout-measure.c) ---- */

/* How a unit's text is shaped: one Pango context at 72 dpi (one Pango
 * point is one chart point) with unhinted metrics, so that a measurement
 * holds at every zoom and on every surface. */
typedef struct {
  PangoContext         *context;
  PangoLayout          *scratch;      /* reused for measuring */
  PangoFontDescription *name_font;
  PangoFontDescription *detail_font;
  OdLang                lang;
  double                max_width;
  guint                 max_lines;
  GHashTable           *shared;       /* text key → packed size, across units */
} OdLayoutText;

void         _od_layout_text_init     (OdLayoutText          *text,
                                       const OdLayoutOptions *options,
                                       OdLang                 lang);
void         _od_layout_text_clear    (OdLayoutText          *text);
/* A 64-bit digest of what a unit shows (name, head, headcount); never 0. */
guint64      _od_layout_text_key      (const OdUnit          *unit);
/* The natural size of @unit's text block (without padding): the name,
 * then, _od_layout_text_gap() below it, the detail line (head, headcount). */
void         _od_layout_text_measure  (OdLayoutText          *text,
                                       const OdUnit          *unit,
                                       double                *width,
                                       double                *height);
double       _od_layout_text_gap      (OdLayoutText          *text);
/* The detail line of @unit in the text's language, or NULL. */
char        *_od_layout_text_detail   (OdLayoutText          *text,
                                       const OdUnit          *unit);
/* A digest of a piece of text of @kind ('N' name, 'D' detail); never 0. */
guint64      _od_layout_text_digest   (char                   kind,
                                       const char            *str);
/* A new layout of a name or detail line, max_width wide and centred, so
 * that drawn with its centre on the box's centre it matches the
 * measurement. */
PangoLayout *_od_layout_text_create   (OdLayoutText          *text,
                                       char                   kind,
                                       const char            *str);
/* A plain single-line layout (dotted-line labels). */
PangoLayout *_od_layout_text_create_label (OdLayoutText      *text,
                                       const char            *label);

/* ---- the tidy tree (od-layout-tidy.c) ---- */

/* One node of the geometric tree the tidy algorithm lays out.  Its extent
 * includes the gaps: @w is the box's breadth plus the sibling gap (half on
 * each side), @h its depth plus the level gap below, so that centring
 * extents centres boxes.  Coordinates are abstract: u across a level
 * (x top-down, y left-right), v down the levels. */
typedef struct {
  double w, h;
  double lo, hi;              /* what a parent centres over: the box's (or
                               * block's) span, from the extent's left */
  double y;                   /* top of the extent (v), set by the run */
  double x;                   /* result: left of the extent (u) */
  double prelim, mod, shift, change, msel, mser;
  gint32 tl, tr, el, er;      /* threads and extremes (-1: none) */
  gint32 first, n;            /* children: kids[first .. first + n) */
  gint32 parent;
} OdTNode;

/* The nodes of the subtree under @root in pre-order, into @order (gint32). */
void         _od_tidy_collect         (OdTNode               *nodes,
                                       const gint32          *kids,
                                       gint32                 root,
                                       GArray                *order);
/* Lays out the subtree listed in @order (as _od_tidy_collect() gives it,
 * sizes set, the root's y set): sets y and x of every node, relative to the
 * root's placement at u = 0.  Linear in the size of the subtree. */
void         _od_tidy_layout          (OdTNode               *nodes,
                                       const gint32          *kids,
                                       const gint32          *order,
                                       guint                  n_order);

/* ---- the spatial index (od-layout-index.c) ---- */

/* A uniform grid of cells over the chart; each cell lists the items whose
 * rectangles touch it (compressed rows: cell_start, items). */
typedef struct {
  double   x0, y0, cell;
  guint    cols, rows;
  guint32 *cell_start;        /* cols * rows + 1 */
  guint32 *items;
  guint32 *stamps;            /* per item: last query that saw it */
  guint32  stamp;
  guint    n_items;
} OdLayoutIndex;

void         _od_layout_index_build   (OdLayoutIndex         *index,
                                       const OdLayoutRect    *bounds,
                                       const OdLayoutRect    *rects,
                                       guint                  n_rects,
                                       double                 cell);
void         _od_layout_index_clear   (OdLayoutIndex         *index);
/* Appends to @out (guint32) each item whose rectangle intersects @rect,
 * once; @rects are those the index was built from. */
void         _od_layout_index_query   (OdLayoutIndex         *index,
                                       const OdLayoutRect    *rects,
                                       const OdLayoutRect    *rect,
                                       GArray                *out);
/* How many items (other than @skip_a and @skip_b) have insides that
 * @rect's inside meets, counting no further than @cap. */
guint        _od_layout_index_count_overlaps (OdLayoutIndex  *index,
                                       const OdLayoutRect    *rects,
                                       const OdLayoutRect    *rect,
                                       int                    skip_a,
                                       int                    skip_b,
                                       guint                  cap);
/* The first item whose rectangle contains the point, or -1. */
int          _od_layout_index_find    (OdLayoutIndex         *index,
                                       const OdLayoutRect    *rects,
                                       double                 x,
                                       double                 y);

/* ---- the layout ---- */

enum {
  OD_LAYOUT_FLAG_ASSISTANT    = 1 << 0,
  OD_LAYOUT_FLAG_HAS_CHILDREN = 1 << 1,  /* children laid out */
  OD_LAYOUT_FLAG_FOLDED       = 1 << 2,  /* children hidden */
};

/* An ancestor whose count of hidden units must be dropped; until the
 * structure generation moves past @generation for a removal noted before
 * the unit is detached. */
typedef struct {
  guint   serial;
  guint64 generation;
} OdLayoutHiddenNote;

typedef struct {
  guint64 key;                /* text digest measured; 0: never measured */
  float   width, height;      /* the box, padding included */
} OdMeasure;

struct _OdLayout
{
  OdOrganisation  *org;
  OdLayoutOptions  options;
  gulong           changed_id;
  guint64          generation;      /* of the organisation when laid out */
  gboolean         stale;           /* options or overrides changed */
  gboolean         structure_dirty; /* units added, removed or moved */
  /* Only units' text or functions changed since the last run: when no
   * box changes size, no box moves (stale forces the whole run). */
  gboolean         text_stale;
  guint64          walked_structure; /* the organisation's structure generation last walked */
  gboolean         laid_out;

  OdLayoutText     text;
  gboolean         text_ready;
  guint            text_generation; /* bumped whenever text is set up anew */
  guint            n_measured;

  /* Per serial. */
  guint            serial_bound;
  OdMeasure       *measures;
  guint8          *compact;         /* OdCompactMode */
  gint32          *index_of_serial; /* -1: not laid out */

  /* Per unit, in document order (the tree in index space, so that the
   * layout walks flat arrays instead of chasing unit pointers). */
  guint            n_units;
  OdUnit         **units;
  OdLayoutRect    *boxes;
  gint32          *parent_of;       /* -1 for a top unit */
  gint32          *next_of;         /* next sibling, -1 for the last */
  guint32         *depth_of;
  guint8          *flags_of;        /* OD_LAYOUT_FLAG_* */
  OdMeasure      **measure_of;      /* into measures[], by index */
  guint32         *hidden_of;       /* units hidden under a folded unit */
  guint32         *hidden_count;    /* per serial: units under it, 0: not counted */
  /* Counts an edit may have changed (the ancestors of what was added,
   * removed or moved) are dropped, not all of them: recounting every folded
   * subtree walks the whole organisation after each structural edit. */
  GArray          *hidden_pending;  /* OdLayoutHiddenNote */
  gboolean         hidden_reset;    /* drop every count */

  OdLayoutCollapsedFunc collapsed_func;
  gpointer         collapsed_data;
  GDestroyNotify   collapsed_destroy;

  GArray          *connectors;      /* OdLayoutConnector */
  OdLayoutRect    *connector_rects;
  GArray          *dotted;          /* OdLayoutDotted */
  OdLayoutRect     bounds;

  OdLayoutIndex    box_index;
  OdLayoutIndex    connector_index;
  GArray          *scratch;         /* guint32, for queries */
};

/* The language text is measured in. */
OdLang       _od_layout_get_lang      (OdLayout              *self);
/* Lays out the units (od-layout-tree.c): fills units, boxes, connectors. */
void         _od_layout_run           (OdLayout              *self);
/* Routes the dotted lines (od-layout-dotted.c); needs the box index. */
void         _od_layout_route_dotted  (OdLayout              *self);
/* The text layout module, measured for this layout (renderer). */
OdLayoutText *_od_layout_get_text     (OdLayout              *self);

G_END_DECLS
