/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-pdf-fonts.h: a finished PDF's CFF fonts rid of unused subroutines.
 *
 * cairo 1.16 may embed every subroutine of a CJK font in each subset
 * (od-cff-subrs.h): ~850 KB in a one-page chart.  The PDF is rewritten
 * with each FontFile3 stream emptied of them (re-compressed), its objects
 * in their order and its cross-reference table made anew.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* @pdf (@length bytes, as cairo writes it: one classic cross-reference
 * table, font streams /FlateDecode with an indirect /Length) with smaller
 * font programs, or NULL when nothing was gained or anything was not as
 * expected (the caller keeps @pdf). */
GBytes *od_pdf_fonts_compact (const guint8 *pdf,
                              gsize         length);

G_END_DECLS
