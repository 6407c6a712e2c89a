/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-paper.c: the papers users ask for (--paper, the page view): named
 * sizes upright or turned, custom sizes in millimetres as people write
 * them, and --landscape giving a landscape page whichever way a custom
 * size was written. */
#include "config.h"

#include <locale.h>
#include <math.h>

#include "od-paper.h"

#define MM (72.0 / 25.4)

static void
test_landscape (void)
{
  const struct {
    const char *paper;
    gboolean    landscape;
    double      width_mm, height_mm;
  } cases[] = {
    { "A4", FALSE, 210, 297 },
    { "A4", TRUE, 297, 210 },
    { "A0", TRUE, 1189, 841 },
    { "300x200mm", FALSE, 300, 200 },
    { "300x200mm", TRUE, 300, 200 },
    { "200x300mm", FALSE, 200, 300 },
    { "200x300mm", TRUE, 300, 200 },
    { "300.5 × 200 mm", TRUE, 300.5, 200 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      OdPageSetup setup;
      OdPaper paper;
      double w, h;

      g_assert_true (od_paper_parse (cases[i].paper, &paper, &w, &h));
      od_page_setup_init_size (&setup, w, h, cases[i].landscape);
      if (fabs (setup.width - cases[i].width_mm * MM) > 1.5 || fabs (setup.height - cases[i].height_mm * MM) > 1.5)
        g_error ("%s%s: %.1f × %.1f pt, not %.0f × %.0f mm", cases[i].paper,
                 cases[i].landscape ? " landscape" : "", setup.width, setup.height,
                 cases[i].width_mm, cases[i].height_mm);
    }
}

static void
test_custom_numbers (void)
{
  const char *good[] = { "50x50mm", "5000x5000mm", "300X200MM", " 300 x 200 mm ", "297.5x210mm" };
  const char *bad[] = { "49x50mm", "300x200", "1e3x200mm", "0x100x100mm", "300x0x10mm",
                        "nanx100mm", "infx100mm", "-5x100mm", "+300x200mm", "x200mm", "300xmm", "" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      OdPaper paper;

      if (!od_paper_parse (good[i], &paper, NULL, NULL) || paper != OD_PAPER_CUSTOM)
        g_error ("refused: “%s”", good[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      OdPaper paper;

      if (od_paper_parse (bad[i], &paper, NULL, NULL))
        g_error ("accepted: “%s”", bad[i]);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/model/paper/landscape", test_landscape);
  g_test_add_func ("/model/paper/custom-numbers", test_custom_numbers);
  return g_test_run ();
}
