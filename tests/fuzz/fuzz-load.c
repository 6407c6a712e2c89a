/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-load.c: libFuzzer harness for the .orgdesign loader.
 *
 * Any bytes must give either a loaded organisation or a GError naming the
 * file; never a crash, a hang, a leak or undefined behaviour.  A document
 * that loads must also save and load again to the same bytes.
 */
#include "config.h"

#include <stdlib.h>

#include <string.h>

#include "od-file.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(OdOrganisation) org = od_organisation_new ();
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;

  if (!od_file_load_bytes (org, bytes, "fuzz.orgdesign", OD_LOAD_DEFAULT, &error))
    {
      g_assert (error != NULL);
      g_assert (g_str_has_prefix (error->message, "fuzz.orgdesign"));
      return 0;
    }
  {
    g_autoptr(GBytes) first = od_file_serialize (org);
    g_autoptr(OdOrganisation) again = od_organisation_new ();
    g_autoptr(GBytes) second = NULL;

    if (!od_file_load_bytes (again, first, "fuzz.orgdesign", OD_LOAD_DEFAULT, &error))
      {
        /* abort(), not g_error(): libFuzzer saves the input on SIGABRT. */
        g_printerr ("a saved document does not load again: %s\n", error->message);
        abort ();
      }
    second = od_file_serialize (again);
    g_assert (g_bytes_equal (first, second));
  }
  return 0;
}
