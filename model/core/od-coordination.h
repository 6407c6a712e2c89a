/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-coordination.h: the records behind two coordination mechanisms, so
 * that a firm can show them rather than only tick them.
 *
 * Work coordination sheets (工作协调单): 《营销前后台协同机制设计》 has
 * collaboration between departments "采用工作协调单的形式,包括协同的工作要求、
 * 完成时间、评估标准和责任人,而且必须由双方负责人签字,明确工作协同的责任与
 * 权力界定,以及相关的奖惩措施".
 *
 * The 313 rule's plans: 《某某软件公司市场部与销售部协调之道》: "勾勒3年市场
 * 增长点与需求变化点;预测1年重点目标市场及市场成本控制;指导3个月市场活动及
 * 费用预算", and "没有足够量化信息的支持,313计划是站不住脚的".
 *
 * Both lists belong to the organisation; edits go through the commands in
 * od-command.h and emit ::changed with OD_CHANGE_MECHANISMS, since they are
 * what the mechanisms rest on.
 */
#pragma once

#include "od-organisation.h"

G_BEGIN_DECLS

/* The two sides of a sheet: the department that asks and the one that does the work. */
typedef enum {
  OD_SHEET_FROM,             /* the requesting unit */
  OD_SHEET_TO,               /* the performing unit */
  OD_N_SHEET_SIDES,
} OdSheetSide;

typedef struct {
  gboolean  is_signed;       /* the head of that side signed the sheet */
  char     *by;              /* who signed, or NULL */
  char     *date;            /* when, ISO 8601, or NULL */
} OdSheetSignature;

typedef struct {
  char             *id;      /* unique among the sheets: [A-Za-z0-9_.-], at most 64 */
  char             *unit[OD_N_SHEET_SIDES];  /* unit ids, or NULL */
  char             *requirement;             /* 工作要求 */
  char             *deadline;                /* 完成时间, ISO 8601 date, or NULL */
  char             *standard;                /* 评估标准 */
  char             *responsible;             /* 责任人 */
  char             *rewards;                 /* 奖惩措施 */
  OdSheetSignature  signature[OD_N_SHEET_SIDES];
  gpointer          extra;   /* other namespaces' attributes, private to model/core */
} OdCoordinationSheet;

/* What a sheet lacks, as the text requires it whole. */
typedef enum {
  OD_SHEET_LACKS_UNITS       = 1 << 0,   /* one of the two units is not named */
  OD_SHEET_LACKS_REQUIREMENT = 1 << 1,
  OD_SHEET_LACKS_DEADLINE    = 1 << 2,
  OD_SHEET_LACKS_STANDARD    = 1 << 3,
  OD_SHEET_LACKS_RESPONSIBLE = 1 << 4,
  OD_SHEET_LACKS_REWARDS     = 1 << 5,
} OdSheetLacks;

/* The three horizons of the 313 rule, longest first. */
typedef enum {
  OD_HORIZON_3_YEARS,        /* growth points and changes in demand */
  OD_HORIZON_1_YEAR,         /* key target markets and cost control */
  OD_HORIZON_3_MONTHS,       /* marketing activities and their budget */
  OD_N_HORIZONS,
} OdHorizon;

typedef struct {
  OdHorizon  horizon;
  char      *period;         /* the time it covers ("2026–2028"), or NULL */
  char      *owner;          /* who draws it up, or NULL */
  char      *summary;        /* what it says, or NULL */
  char      *basis;          /* the figures it rests on, or NULL */
  gpointer   extra;          /* other namespaces' attributes, private to model/core */
} OdPlanHorizon;

OdCoordinationSheet *od_coordination_sheet_new   (void);
OdCoordinationSheet *od_coordination_sheet_copy  (const OdCoordinationSheet *sheet);
void                 od_coordination_sheet_free  (OdCoordinationSheet       *sheet);
/* Both heads signed. */
gboolean             od_coordination_sheet_is_signed (const OdCoordinationSheet *sheet);
OdSheetLacks         od_coordination_sheet_get_lacks (const OdCoordinationSheet *sheet);
/* Every field filled in, both heads signed, two different existing units. */
gboolean             od_coordination_sheet_is_complete (const OdCoordinationSheet *sheet,
                                                        OdOrganisation            *org);
gboolean             od_coordination_sheet_equal (const OdCoordinationSheet *a,
                                                  const OdCoordinationSheet *b);

OdPlanHorizon       *od_plan_horizon_new         (OdHorizon horizon);
OdPlanHorizon       *od_plan_horizon_copy        (const OdPlanHorizon *plan);
void                 od_plan_horizon_free        (OdPlanHorizon       *plan);
gboolean             od_plan_horizon_equal       (const OdPlanHorizon *a,
                                                  const OdPlanHorizon *b);
/* "3-year", "1-year", "3-month": the file's values. */
const char          *od_horizon_to_string        (OdHorizon   horizon);
gboolean             od_horizon_from_string      (const char *str,
                                                  OdHorizon  *out);
/* "3-year plan" in the user's language. */
const char          *od_horizon_get_display_name (OdHorizon   horizon);

/* OdCoordinationSheet* in document order; transfer none. */
GPtrArray           *od_organisation_get_sheets  (OdOrganisation *self);
const OdCoordinationSheet *od_organisation_find_sheet (OdOrganisation *self,
                                                       const char     *id);
/* A sheet id not in use yet ("sheet-1", "sheet-2"...). */
char                *od_organisation_make_sheet_id (OdOrganisation *self);
guint                od_organisation_count_complete_sheets (OdOrganisation *self);
/* OdPlanHorizon*, at most one per horizon, in document order; transfer none. */
GPtrArray           *od_organisation_get_plans   (OdOrganisation *self);
const OdPlanHorizon *od_organisation_find_plan   (OdOrganisation *self,
                                                  OdHorizon       horizon);
/* All three horizons recorded, each saying what it plans. */
gboolean             od_organisation_has_313_plans (OdOrganisation *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OdCoordinationSheet, od_coordination_sheet_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (OdPlanHorizon, od_plan_horizon_free)

G_END_DECLS
