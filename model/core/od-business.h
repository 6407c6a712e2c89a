/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-business.h: what kind of business a firm is in, and which of the
 * supply-chain departments the sources' reasoning applies to.
 *
 * 《营销前后台协同机制设计》 builds its supply chain (采购, 生产, 仓储, 物流)
 * for a firm that makes goods: "生产、仓储、物流部门负责根据需求订单和销售
 * 预测，科学合理地安排生产计划".  A software company (the one in
 * 《某某软件公司市场部与销售部协调之道》) or a services firm has none of
 * them; a distributor or a retailer buys, stores and ships but makes
 * nothing.  The ids are stored in files: a contract. */
#pragma once

#include "od-types.h"

G_BEGIN_DECLS

/* "manufacturing", "distribution", "retail", "services", "software". */
gboolean     od_business_is_valid          (const char *business);
/* The ids in display order, NULL-terminated. */
const char * const *od_business_list       (void);
/* A translated name for menus and messages. */
const char  *od_business_get_display_name  (const char *business);
/* Whether the firm needs departments of catalog area @area.  A NULL
 * @business (files from before the field) is read as manufacturing: the
 * texts' structures, and this product's templates, are a manufacturer's. */
gboolean     od_business_needs_area        (const char *business,
                                            const char *area);

G_END_DECLS
