/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cli-validate.c: org-designer-cli validate FILE: the schema and every
 * reference (catalog ids included); exit 0 valid, 2 not. */
#include "config.h"

#include <glib/gi18n.h>

#include "od-cli.h"

int
od_cli_validate (int    argc,
                 char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE"));
  g_autoptr(OdOrganisation) org = NULL;

  g_option_context_set_summary (context, _("Check that FILE follows the Org Designer format and that every reference resolves."));
  if (!od_cli_parse (context, &argc, &argv))
    return 2;
  if (argc != 2)
    return od_cli_usage_error ("validate", _("name exactly one file"));
  org = od_cli_load (argv[1], TRUE);
  if (org == NULL)
    return 2;
  g_print (_("%s is valid: %u units"), argv[1], od_organisation_get_n_units (org));
  g_print ("\n");
  return 0;
}
