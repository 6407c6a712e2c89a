/* od-report-sources.c: the texts the product's rules come from, cited by
 * title.  The data (resources/diagnosis/diagnosis.xml, the checks) keeps
 * short keys: "seed NNN" for the five source texts and "S1 p.N" / "S2 p.N"
 * for the two anthology reprints of the HBR article; readers see titles.
 * TODO for the lead: one Sources list in the model should replace this
 * table once it exists. */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "od-report.h"
#include "od-report-private.h"

typedef struct {
  const char *key;            /* "000".."004", "S1", "S2" */
  const char *title[OD_N_LANGS];
} Source;

#define HBR_ARTICLE "Kotler, Rackham & Krishnaswamy, “Ending the War Between Sales & Marketing”, Harvard Business Review, July–August 2006"

static const Source sources[] = {
  { "003", { HBR_ARTICLE "，繁体中文转述《文化壁垒：如何让销售与营销达成紧密合作关系》",
             HBR_ARTICLE "，繁體中文轉述《文化壁壘：如何讓銷售與行銷達成緊密合作關係》",
             HBR_ARTICLE ", as retold in Traditional Chinese: 《文化壁壘：如何讓銷售與行銷達成緊密合作關係》" } },
  { "S1",  { "HBR’s 10 Must Reads on Sales（收录上文）",
             "HBR’s 10 Must Reads on Sales（收錄上文）",
             "HBR’s 10 Must Reads on Sales (reprints the article above)" } },
  { "S2",  { "HBR’s 10 Must Reads on Strategic Marketing（收录上文）",
             "HBR’s 10 Must Reads on Strategic Marketing（收錄上文）",
             "HBR’s 10 Must Reads on Strategic Marketing (reprints the article above)" } },
  { "001", { "《营销前后台协同机制设计》",
             "《營銷前後台協同機制設計》（原文：《营销前后台协同机制设计》）",
             "《营销前后台协同机制设计》 (Designing collaboration between the marketing front and back office)" } },
  { "000", { "《营销前后台发生冲突的原因》",
             "《營銷前後台發生衝突的原因》（原文：《营销前后台发生冲突的原因》）",
             "《营销前后台发生冲突的原因》 (Why the marketing front and back office come into conflict)" } },
  { "002", { "《某某软件公司市场部与销售部协调之道》",
             "《某某軟體公司市場部與銷售部協調之道》（原文：《某某软件公司市场部与销售部协调之道》）",
             "《某某软件公司市场部与销售部协调之道》 (How a software company’s marketing and sales departments coordinate)" } },
  { "004", { "《全员营销与内部支撑》（原文无标题，此为描述性标题）",
             "《全員營銷與內部支撐》（原文無標題，此為描述性標題）",
             "《全员营销与内部支撑》 (Everyone markets: internal support for the sales force; a descriptive title, the text has none)" } },
};

/* The short title of the article and its reprints; the Chinese texts are
 * cited by their title proper (title_only). */
static const char *
short_title (const char *key,
             OdLang      lang)
{
  if (strcmp (key, "S1") == 0)
    return "HBR’s 10 Must Reads on Sales";
  if (strcmp (key, "S2") == 0)
    return "HBR’s 10 Must Reads on Strategic Marketing";
  if (strcmp (key, "003") == 0)
    return lang == OD_LANG_EN ? "Kotler, Rackham & Krishnaswamy 2006" : "Kotler, Rackham & Krishnaswamy（2006）";
  return NULL;
}

static char *
title_only (const char *key,
            OdLang      lang)
{
  for (guint i = 0; i < G_N_ELEMENTS (sources); i++)
    if (strcmp (sources[i].key, key) == 0)
      {
        const char *title = sources[i].title[lang];
        const char *end = strstr (title, "》");

        if (end != NULL)
          return g_strndup (title, end + strlen ("》") - title);
        return g_strdup (title);
      }
  return NULL;
}

char *
_od_report_cite (const char *source,
                 OdLang      lang)
{
  g_autofree char *title = NULL;
  const char *page = NULL;
  char key[8] = { 0 };

  if (source == NULL || *source == '\0')
    return NULL;
  if (g_str_has_prefix (source, "seed "))
    g_strlcpy (key, source + 5, 4);
  else if (source[0] == 'S' && (source[1] == '1' || source[1] == '2'))
    {
      key[0] = source[0];
      key[1] = source[1];
      page = strstr (source, "p.");
      if (page != NULL)
        page += 2;
    }
  else
    return g_strdup (source);

  title = short_title (key, lang) != NULL ? g_strdup (short_title (key, lang)) : title_only (key, lang);
  if (title == NULL)
    return g_strdup (source);
  if (page != NULL)
    /* TRANSLATORS: a citation: the article, the book that reprints it, its page */
    return g_strdup_printf (_("Kotler, Rackham & Krishnaswamy, “Ending the War Between Sales & Marketing”, in %s, p. %s"),
                            title, page);
  return g_steal_pointer (&title);
}

void
_od_report_write_sources (OdReportWriter *w)
{
  _od_report_section (w, _("Sources"));
  od_text_flow_add (w->flow, OD_TEXT_BODY, 0,
                    _("The rules the checks apply and the moves the diagnosis proposes come from these texts. Span limits and thresholds that no text gives are the product’s own judgement, from common practice."));
  for (guint i = 0; i < G_N_ELEMENTS (sources); i++)
    _od_report_printf (w->flow, OD_TEXT_BODY, 0, "%u. %s", i + 1, sources[i].title[w->lang]);
}

char *
od_report_cite (const char *source,
                OdLang      lang)
{
  return _od_report_cite (source, lang);
}
