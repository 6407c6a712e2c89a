/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-cff-subrs.h: the unused subroutines of a CFF font program emptied.
 *
 * cairo 1.16 subsets a CFF font per glyph but keeps every subroutine of a
 * Font DICT as soon as one glyph's charstring trips its parser (it does not
 * re-read a subroutine another glyph already used, so its hint count goes
 * wrong): a few dozen Han glyphs of Noto Sans CJK then carry ~900 KB of
 * local subroutines.  Here each glyph is read again, correctly, and every
 * subroutine no glyph calls becomes a one-byte `return`: the indices and
 * their bias stay, so no charstring changes.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The CFF font program @cff (@length bytes; CID-keyed or not) with its
 * unused local and global subroutines emptied, or NULL when anything in it
 * is not understood (the caller keeps @cff as it is). */
GBytes *od_cff_subrs_compact (const guint8 *cff,
                              gsize         length);

G_END_DECLS
