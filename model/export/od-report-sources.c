/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-report-sources.c: the report's Sources section and its citations,
 * both from the model's one list of texts (od-sources.h), by title. */
#include "config.h"

#include <glib/gi18n.h>

#include "od-report.h"
#include "od-report-private.h"
#include "od-sources.h"

char *
_od_report_cite (const char *source,
                 OdLang      lang)
{
  const OdSource *known;

  if (source == NULL || *source == '\0')
    return NULL;
  known = od_sources_lookup (source);
  /* Data that already carries a title (or a note of its own) is printed as it is. */
  if (known == NULL)
    return g_strdup (source);
  return g_strdup (od_source_get_title (known, lang));
}

void
_od_report_write_sources (OdReportWriter *w)
{
  const OdSource *sources;
  guint n_sources;

  _od_report_section (w, _("Sources"));
  od_text_flow_add (w->flow, OD_TEXT_BODY, 0,
                    _("The rules the checks apply and the moves the diagnosis proposes come from these texts. Span limits and thresholds that no text gives are the product’s own judgement, from common practice."));
  sources = od_sources_get (&n_sources);
  for (guint i = 0; i < n_sources; i++)
    {
      g_autofree char *citation = od_source_dup_citation (&sources[i], w->lang);

      _od_report_printf (w->flow, OD_TEXT_BODY, 0, "%u. %s", i + 1, citation);
    }
}
