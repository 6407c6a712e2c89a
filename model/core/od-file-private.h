/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-file-private.h: pieces of the file format shared by the reader,
 * the writer and the tests. */
#pragma once

#include "od-file.h"

G_BEGIN_DECLS

/* Checks raw bytes before any XML parser sees them (size, compression,
 * UTF-8, NUL and control characters, a DOCTYPE) and converts text in
 * another declared encoding (or UTF-16 with a byte-order mark) to UTF-8.
 * Returns the bytes to parse (a new reference), or NULL with @error. */
GBytes   *_od_file_prepare_bytes (GBytes      *bytes,
                                  const char  *display_name,
                                  GError     **error);

/* The compiled schema (NULL if it could not be compiled, which the test
 * suite treats as a failure); transfer none. */
gpointer  _od_file_get_schema    (void);

G_END_DECLS
