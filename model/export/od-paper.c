/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-paper.c: paper sizes (ISO 216 and US Letter) in points. */
#include "config.h"

#include <string.h>

#include "od-paper.h"

gboolean
od_paper_from_string (const char *str,
                      OdPaper    *out)
{
  static const struct { const char *name; OdPaper paper; } papers[] = {
    { "A4", OD_PAPER_A4 }, { "A3", OD_PAPER_A3 }, { "letter", OD_PAPER_LETTER },
  };

  for (guint i = 0; str != NULL && i < G_N_ELEMENTS (papers); i++)
    if (g_ascii_strcasecmp (str, papers[i].name) == 0)
      {
        *out = papers[i].paper;
        return TRUE;
      }
  return FALSE;
}

void
od_page_setup_init (OdPageSetup *setup,
                    OdPaper      paper,
                    gboolean     landscape)
{
  double w, h;

  switch (paper)
    {
    case OD_PAPER_A3: w = 841.89; h = 1190.55; break;
    case OD_PAPER_LETTER: w = 612; h = 792; break;
    case OD_PAPER_A4:
    default: w = 595.28; h = 841.89; break;
    }
  setup->width = landscape ? h : w;
  setup->height = landscape ? w : h;
  /* 15 mm: inside what every office printer can print. */
  setup->margin = 42.5;
  setup->header = 34;
  setup->footer = 22;
}

double
od_page_setup_content_width (const OdPageSetup *setup)
{
  return setup->width - 2 * setup->margin;
}

double
od_page_setup_content_height (const OdPageSetup *setup)
{
  return setup->height - 2 * setup->margin - setup->header - setup->footer;
}
