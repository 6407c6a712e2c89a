/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-page-plan.h: department pages for a chart of any size and shape.
 *
 * The plan printed org charts use: a page shows a department (a unit and
 * as much of its subtree as fits), its leaves stacked in as many columns
 * as fill the page; a subtree that does not fit where it is becomes a
 * stub box there ("→ p. N") and gets a section of its own, headed by its
 * chain of command; small sections share a page; a unit with more direct
 * reports than a page holds continues over several sections.  Boxes all
 * have one size (the text is fitted into them when drawn), so the plan
 * never fails: every box fits every page the metrics allow.
 *
 * Pure geometry over a tree given in document order: no cairo, no pango,
 * linear in the number of units (times the few levels one page shows).
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  double page_width, page_height;  /* the chart area of one page */
  double box_width, box_height;
  double level_gap;                /* a parent's bottom to its children's top */
  double sibling_gap;              /* between neighbouring blocks and columns */
  double stack_gap;                /* between stacked boxes */
  double indent;                   /* a stack's spine to its boxes */
  double header_height;            /* a section's chain-of-command line */
  double section_gap;              /* between sections sharing a page */
  double min_section_width;        /* room for the header line */
  gboolean share_pages;            /* FALSE: one page per section */
} OdPagePlanMetrics;

typedef enum {
  OD_PLACED_UNIT,                  /* the unit itself */
  OD_PLACED_STUB,                  /* a subtree shown on another page */
} OdPlacedKind;

typedef struct {
  guint32 node;
  guint32 kind;                    /* OdPlacedKind */
  double  x, y;                    /* top left, in page-area coordinates */
} OdPlacedBox;

typedef struct {
  double x0, y0, x1, y1;           /* a straight connector segment */
} OdPlanSegment;

typedef struct {
  guint32 root;                    /* the node at the top of the section */
  guint   part, n_parts;           /* > 1 parts: the root's reports continue */
  guint   page;                    /* 0-based */
  double  x, y, width, height;     /* on the page; the header is the top line */
  guint   first_box, n_boxes;      /* into od_page_plan_get_boxes() */
  guint   first_segment, n_segments;
} OdPlanSection;

typedef struct _OdPagePlan OdPagePlan;

/* Plans pages for @n_nodes nodes listed in document order (pre-order),
 * @parent giving each node's parent index (-1 for a top node; a parent
 * always comes before its children).  @metrics are adjusted (scaled down)
 * when a page could not hold a box, its children and a header. */
OdPagePlan          *od_page_plan_new             (const gint32            *parent,
                                                   guint                    n_nodes,
                                                   const OdPagePlanMetrics *metrics);
void                 od_page_plan_free            (OdPagePlan              *self);

/* The metrics the plan used (after any adjustment). */
const OdPagePlanMetrics *od_page_plan_get_metrics (OdPagePlan              *self);
guint                od_page_plan_get_n_pages     (OdPagePlan              *self);
const OdPlanSection *od_page_plan_get_sections    (OdPagePlan              *self,
                                                   guint                   *n_sections);
const OdPlacedBox   *od_page_plan_get_boxes       (OdPagePlan              *self,
                                                   guint                   *n_boxes);
const OdPlanSegment *od_page_plan_get_segments    (OdPagePlan              *self,
                                                   guint                   *n_segments);
/* The first section whose root is @node (where a stub's link leads), or -1. */
int                  od_page_plan_section_of_root (OdPagePlan              *self,
                                                   guint32                  node);
/* The section @node is drawn in as a unit (not as a stub). */
guint                od_page_plan_section_of_node (OdPagePlan              *self,
                                                   guint32                  node);
/* How many nodes the subtree under @node holds, itself included. */
guint                od_page_plan_subtree_size    (OdPagePlan              *self,
                                                   guint32                  node);
/* The sections on page @page (indices into the sections), *@n_sections
 * of them. */
const guint         *od_page_plan_page_sections   (OdPagePlan              *self,
                                                   guint                    page,
                                                   guint                   *n_sections);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OdPagePlan, od_page_plan_free)

G_END_DECLS
