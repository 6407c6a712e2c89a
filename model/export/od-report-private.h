/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-report-private.h: what the parts of the report share: the writer
 * (the flow being filled and what it reports on), shaped text for drawn
 * blocks, tables, the grouping of findings and citations by title. */
#pragma once

#include <pango/pango.h>

#include "od-check.h"
#include "od-diagnosis.h"
#include "od-text-flow.h"

G_BEGIN_DECLS

/* Beyond this many rows a group's table goes to the appendix, and the
 * section lists only the first rows. */
#define OD_REPORT_TABLE_ROWS 8

typedef struct {
  const char *rule;
  OdSeverity  severity;
  const char *function;     /* the function the group is about, or NULL */
  GPtrArray  *findings;     /* const OdFinding*, transfer none */
  guint       appendix;     /* the appendix table number, 0 when none */
} OdFindingGroup;

typedef struct {
  OdTextFlow        *flow;
  PangoContext      *context;
  OdLang             lang;
  OdOrganisation    *org;
  GPtrArray         *findings;   /* OdFinding* */
  const OdDiagnosis *diagnosis;
  GPtrArray         *groups;     /* OdFindingGroup*, most serious first */
} OdReportWriter;

void         _od_report_writer_init    (OdReportWriter    *w,
                                        OdTextFlow        *flow,
                                        OdOrganisation    *org,
                                        GPtrArray         *findings,
                                        const OdDiagnosis *diagnosis);
void         _od_report_writer_clear   (OdReportWriter    *w);

void         _od_report_printf         (OdTextFlow  *flow,
                                        OdTextStyle  style,
                                        double       indent,
                                        const char  *format,
                                        ...) G_GNUC_PRINTF (4, 5);
/* A section starts on a new page, with an outline entry. */
void         _od_report_section        (OdReportWriter *w,
                                        const char     *title);
/* A subsection heading with an outline entry; the caller keeps it with
 * what follows. */
void         _od_report_subsection     (OdReportWriter *w,
                                        const char     *title);

/* Text shaped for a drawn block, in the report's language. */
PangoLayout *_od_report_shape          (OdReportWriter *w,
                                        const char     *font,
                                        const char     *text,
                                        double          width);
/* A table: @n_columns columns of relative widths @widths, a header row and
 * @rows (GStrv of @n_columns cells each); rows never split across pages. */
void         _od_report_table          (OdReportWriter *w,
                                        guint           n_columns,
                                        const double   *widths,
                                        const char    **header,
                                        GPtrArray      *rows);
/* Short names in as many columns as the longest allows, dense: an
 * appendix list. */
void         _od_report_name_grid      (OdReportWriter *w,
                                        GPtrArray      *names);

/* ---- the front matter (od-report-cover.c) ---- */
typedef struct {
  guint    units;
  guint    headcount;
  gboolean headcount_known;
  guint    layers;
  guint    managers;
  guint    widest_span;
  double   mean_span;
} OdKeyFigures;

void         _od_report_key_figures    (OdOrganisation *org,
                                        OdKeyFigures   *figures);

/* ---- findings (od-report-findings.c) ---- */
GPtrArray   *_od_report_group_findings (GPtrArray      *findings);
/* A rule's name for readers ("Function owned more than once"). */
const char  *_od_report_rule_name      (const char     *rule);
char        *_od_report_group_title    (OdReportWriter       *w,
                                        const OdFindingGroup *group);
/* Who a finding is about: its units' names, or its functions' names. */
char        *_od_report_finding_subject (OdReportWriter  *w,
                                         const OdFinding *finding);
void         _od_report_write_findings (OdReportWriter *w);
void         _od_report_write_appendix (OdReportWriter *w);

/* ---- diagnosis (od-report-diagnosis.c) ---- */
void         _od_report_write_diagnosis (OdReportWriter *w);
/* The four-band scale with the sides' and the overall score. */
void         _od_report_add_band_scale (OdReportWriter *w);

/* ---- sources (od-report-sources.c) ---- */
/* The source of id @source (od-sources.h) cited by its title in @lang;
 * NULL when @source is NULL or empty. */
char        *_od_report_cite           (const char *source,
                                        OdLang      lang);
void         _od_report_write_sources  (OdReportWriter *w);

G_END_DECLS
