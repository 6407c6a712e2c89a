/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-findings-csv.h: every boundary finding as a spreadsheet beside the
 * report, one row each, for HR to sort and assign. */
#pragma once

#include "od-organisation.h"

G_BEGIN_DECLS

/* Writes the findings of @org to @path (replaced whole or left as it was):
 * UTF-8 with a byte-order mark (so Excel reads the Chinese), RFC 4180
 * quoting, a header row.  Columns: rule, rule name, severity, unit ids,
 * unit names, function ids, function names, message, fix, reason, accepted. */
gboolean od_findings_csv_write (OdOrganisation *org,
                                const char     *path,
                                GError        **error);

G_END_DECLS
