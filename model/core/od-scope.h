/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-scope.h: units that split the same functions by territory, customer
 * segment, channel or product line.
 *
 * 《营销前后台协同机制设计》: "围绕核心业务的差异性和同质性…来组建部门", and
 * 《营销前后台发生冲突的原因》: "不同区域市场、不同客户存在差异化的需求，可能
 * 需要一地(客)一策".  华东、华北、华南大区 each doing customer development
 * divide the territory; they do not duplicate each other's duties. */
#pragma once

#include "od-organisation.h"

G_BEGIN_DECLS

gboolean  od_scope_kind_is_valid   (const char   *kind);
/* The scope of @unit: the recorded one, else one read from the usual names
 * (…大区, …分公司, …办事处 → region; KA…, 大客户… → segment; 电商…, 经销…
 * → channel; …事业部, …产品线 → product).  Returns FALSE when it has none;
 * *@kind is static, *@scope newly allocated. */
gboolean  od_unit_dup_scope        (const OdUnit *unit,
                                    const char  **kind,
                                    char        **scope);
/* Whether @units (OdUnit*) are each scoped, with one kind and no value twice:
 * a division of the work, not a duplicate. */
gboolean  od_scope_units_divide    (GPtrArray    *units);

G_END_DECLS
