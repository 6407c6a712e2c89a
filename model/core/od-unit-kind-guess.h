/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-unit-kind-guess.h: a unit's kind (executive, front office, back office,
 * support) from its name, as an importer needs when an HR export has no
 * kind column; and a kind column's value read leniently. */
#pragma once

#include "od-types.h"

G_BEGIN_DECLS

/* The kind a unit called @name most likely is, from the words in it
 * (Simplified or Traditional Chinese, or English): 销售/市场 front office,
 * 销管/采购/生产/仓储/物流 back office, 财务/人力/研发 support, 总经理 an
 * executive.  A name that says nothing takes its parent's kind below a
 * department, is an executive at the top (@has_parent FALSE) and front
 * office under an executive. */
OdUnitKind  od_unit_kind_guess      (const char *name,
                                     gboolean    has_parent,
                                     OdUnitKind  parent_kind);

/* Reads a kind column's value: the file format's words ("front"), their
 * English forms ("Front office"), the Chinese (前台, 后台/後台, 支持/支援,
 * 高管) or the translated display names, ignoring case and spaces.  FALSE
 * for anything else. */
gboolean    od_unit_kind_parse_loose (const char *text,
                                      OdUnitKind *kind);

G_END_DECLS
