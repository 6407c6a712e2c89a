/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-severity-badge.c: a finding's badge, drawn as paths (no text shaping,
 * so it costs the same at every zoom and needs no font). */
#include "config.h"

#include <math.h>

#include "od-severity-badge.h"

/* The badge's outline, @r being half its size.  The shapes have about the
 * same area, so none looks more urgent only for being bigger. */
static void
outline (cairo_t    *cr,
         OdSeverity  severity,
         double      cx,
         double      cy,
         double      r)
{
  cairo_new_path (cr);
  switch (severity)
    {
    case OD_SEVERITY_ERROR:
      cairo_rectangle (cr, cx - 0.88 * r, cy - 0.88 * r, 1.76 * r, 1.76 * r);
      break;
    case OD_SEVERITY_WARNING:
      /* Point up, its centroid on the centre. */
      cairo_move_to (cr, cx, cy - 1.22 * r);
      cairo_line_to (cr, cx + 1.2 * r, cy + 0.86 * r);
      cairo_line_to (cr, cx - 1.2 * r, cy + 0.86 * r);
      cairo_close_path (cr);
      break;
    case OD_SEVERITY_INFO:
    case OD_N_SEVERITIES:
    default:
      cairo_arc (cr, cx, cy, r, 0, 2 * G_PI);
      break;
    }
}

static void
mark (cairo_t    *cr,
      OdSeverity  severity,
      double      cx,
      double      cy,
      double      r)
{
  double u = r / 7.0;   /* the marks were drawn for a badge 14 points across */

  cairo_set_line_width (cr, 1.8 * u);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  switch (severity)
    {
    case OD_SEVERITY_ERROR:
      cairo_move_to (cr, cx - 3 * u, cy - 3 * u);
      cairo_line_to (cr, cx + 3 * u, cy + 3 * u);
      cairo_move_to (cr, cx + 3 * u, cy - 3 * u);
      cairo_line_to (cr, cx - 3 * u, cy + 3 * u);
      cairo_stroke (cr);
      break;
    case OD_SEVERITY_WARNING:
      cairo_move_to (cr, cx, cy - 3.2 * u);
      cairo_line_to (cr, cx, cy + 1.2 * u);
      cairo_stroke (cr);
      cairo_arc (cr, cx, cy + 3.9 * u, 1.0 * u, 0, 2 * G_PI);
      cairo_fill (cr);
      break;
    case OD_SEVERITY_INFO:
    case OD_N_SEVERITIES:
    default:
      cairo_move_to (cr, cx, cy - 0.5 * u);
      cairo_line_to (cr, cx, cy + 3.5 * u);
      cairo_stroke (cr);
      cairo_arc (cr, cx, cy - 3.3 * u, 1.0 * u, 0, 2 * G_PI);
      cairo_fill (cr);
      break;
    }
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
}

void
od_severity_badge_draw (cairo_t      *cr,
                        OdSeverity    severity,
                        double        cx,
                        double        cy,
                        double        size,
                        const double  colour[3],
                        const double  ring[3])
{
  double r = size / 2;
  double luma;

  g_return_if_fail (cr != NULL && colour != NULL && ring != NULL);
  if (!(isfinite (cx) && isfinite (cy) && size > 0 && isfinite (size)))
    return;

  cairo_save (cr);
  outline (cr, severity, cx, cy, r);
  cairo_set_source_rgb (cr, colour[0], colour[1], colour[2]);
  cairo_fill_preserve (cr);
  cairo_set_source_rgb (cr, ring[0], ring[1], ring[2]);
  cairo_set_line_width (cr, 1.2 * r / 7.0);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke (cr);

  /* White on amber would vanish when printed in grey: a light fill gets a
   * dark mark (Rec. 709 luma). */
  luma = 0.2126 * colour[0] + 0.7152 * colour[1] + 0.0722 * colour[2];
  if (luma > 0.55)
    cairo_set_source_rgb (cr, 0.11, 0.11, 0.11);
  else
    cairo_set_source_rgb (cr, 1, 1, 1);
  mark (cr, severity, cx, cy, r);
  cairo_restore (cr);
}
