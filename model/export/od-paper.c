/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-paper.c: paper sizes (ISO 216, US Letter, Legal, Tabloid and custom
 * sizes in millimetres) in points. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "od-paper.h"

#define MM (72.0 / 25.4)

static const struct {
  const char *name;
  OdPaper     paper;
  double      width, height;   /* portrait, points */
} papers[] = {
  { "A4", OD_PAPER_A4, 595.28, 841.89 },
  { "A3", OD_PAPER_A3, 841.89, 1190.55 },
  { "letter", OD_PAPER_LETTER, 612, 792 },
  { "A2", OD_PAPER_A2, 1190.55, 1683.78 },
  { "A1", OD_PAPER_A1, 1683.78, 2383.94 },
  { "A0", OD_PAPER_A0, 2383.94, 3370.39 },
  { "legal", OD_PAPER_LEGAL, 612, 1008 },
  { "tabloid", OD_PAPER_TABLOID, 792, 1224 },
};

/* A number of millimetres as people write it: digits and a decimal point.
 * g_ascii_strtod alone would also read "1e3" and hex ("0x100x100mm" as
 * 256 × 100 mm). */
static gboolean
parse_mm (const char  *str,
          double      *out,
          char       **end)
{
  *out = g_ascii_strtod (str, end);
  if (*end == str)
    return FALSE;
  for (const char *c = str; c < *end; c++)
    if (!g_ascii_isdigit (*c) && *c != '.')
      return FALSE;
  return TRUE;
}

/* "300x200mm" (also "300 x 200 mm", "×"): TRUE with the size in points. */
static gboolean
parse_custom (const char *str,
              double     *width,
              double     *height)
{
  g_autofree char *s = g_ascii_strdown (str, -1);
  char *end;
  double w, h;

  g_strstrip (s);
  if (!g_str_has_suffix (s, "mm"))
    return FALSE;
  s[strlen (s) - 2] = '\0';
  if (!parse_mm (s, &w, &end))
    return FALSE;
  while (*end == ' ')
    end++;
  if (*end == 'x')
    end++;
  else if (g_str_has_prefix (end, "\xc3\x97"))  /* × */
    end += 2;
  else
    return FALSE;
  while (*end == ' ')
    end++;
  if (!parse_mm (end, &h, &end))
    return FALSE;
  while (*end == ' ')
    end++;
  if (*end != '\0' || !(w >= 50 && w <= 5000 && h >= 50 && h <= 5000))
    return FALSE;
  if (width != NULL)
    *width = w * MM;
  if (height != NULL)
    *height = h * MM;
  return TRUE;
}

gboolean
od_paper_parse (const char *str,
                OdPaper    *out,
                double     *width,
                double     *height)
{
  if (str == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (papers); i++)
    if (g_ascii_strcasecmp (str, papers[i].name) == 0)
      {
        *out = papers[i].paper;
        if (width != NULL)
          *width = papers[i].width;
        if (height != NULL)
          *height = papers[i].height;
        return TRUE;
      }
  if (parse_custom (str, width, height))
    {
      *out = OD_PAPER_CUSTOM;
      return TRUE;
    }
  return FALSE;
}

gboolean
od_paper_from_string (const char *str,
                      OdPaper    *out)
{
  OdPaper paper;

  /* A custom size needs its dimensions: od_paper_parse() gives them. */
  if (!od_paper_parse (str, &paper, NULL, NULL) || paper == OD_PAPER_CUSTOM)
    return FALSE;
  *out = paper;
  return TRUE;
}

gboolean
od_density_from_string (const char *str,
                        OdDensity  *out)
{
  static const char *names[] = { "standard", "dense", "department" };

  for (guint i = 0; str != NULL && i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (str, names[i]) == 0)
      {
        *out = (OdDensity) i;
        return TRUE;
      }
  return FALSE;
}

void
od_page_setup_init_size (OdPageSetup *setup,
                         double       width,
                         double       height,
                         gboolean     landscape)
{
  double shorter = MIN (width, height);

  /* Landscape puts the longer side across, whichever way a custom size
   * was written ("300x200mm" is landscape already); without it the paper
   * stands as given, the named sizes upright. */
  setup->width = landscape ? MAX (width, height) : width;
  setup->height = landscape ? shorter : height;
  /* 15 mm: inside what every office printer can print; less on paper too
   * small to keep much else. */
  setup->margin = MIN (42.5, shorter * 0.08);
  setup->header = MIN (34, shorter * 0.06);
  setup->footer = MIN (22, shorter * 0.04);
  setup->density = OD_DENSITY_STANDARD;
}

void
od_page_setup_init (OdPageSetup *setup,
                    OdPaper      paper,
                    gboolean     landscape)
{
  guint i = 0;

  for (guint k = 0; k < G_N_ELEMENTS (papers); k++)
    if (papers[k].paper == paper)
      i = k;
  od_page_setup_init_size (setup, papers[i].width, papers[i].height, landscape);
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
