/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-ui.c: resources of the user interface. */

#include "config.h"

#include <gio/gio.h>

#include "od-ui.h"
#include "od-ui-resources.h"

void
od_ui_ensure_resources (void)
{
  static gsize registered = 0;

  if (g_once_init_enter (&registered))
    {
      od_ui_register_resource ();
      g_once_init_leave (&registered, 1);
    }
}
