/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-csv.c: libFuzzer harness for the HR CSV importer: any bytes give an
 * organisation that saves and loads again, or a GError naming the file. */
#include "config.h"

#include <stdlib.h>

#include "od-csv-import.h"
#include "od-file.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(OdOrganisation) org = od_csv_import_bytes (bytes, "fuzz.csv", OD_SIZE_MEDIUM, "fuzz", &error);

  if (org == NULL)
    {
      g_assert (error != NULL && g_str_has_prefix (error->message, "fuzz.csv"));
      return 0;
    }
  {
    g_autoptr(GBytes) saved = od_file_serialize (org);
    g_autoptr(OdOrganisation) again = od_organisation_new ();

    if (!od_file_load_bytes (again, saved, "fuzz.orgdesign", OD_LOAD_STRICT, &error))
      {
        /* abort(), not g_error(): libFuzzer saves the input on SIGABRT. */
        g_printerr ("an imported organisation does not load again: %s\n", error->message);
        abort ();
      }
  }
  return 0;
}
