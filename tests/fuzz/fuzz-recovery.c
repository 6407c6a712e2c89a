/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-recovery.c: libFuzzer harness for recovery entries: any bytes as an
 * entry's description (and as its document) are listed safely, never
 * offered with a non-local original, never crash; a listed document loads
 * or is refused with a message. */
#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "od-file.h"
#include "od-recovery.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static char *dir;

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(OdRecovery) slot = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree char *ini = NULL;
  g_autofree char *doc = NULL;
  const guint8 *nul = memchr (data, '\0', size);
  size_t ini_size = nul ? (size_t) (nul - data) : size;

  if (dir == NULL)
    {
      dir = g_dir_make_tmp ("od-fuzz-recovery-XXXXXX", NULL);
      g_setenv ("OD_RECOVERY_DIR", dir, TRUE);
    }
  slot = od_recovery_new ();
  ini = g_strdup_printf ("%s/%s.ini", dir, od_recovery_get_id (slot));
  doc = g_strdup_printf ("%s/%s.orgdesign", dir, od_recovery_get_id (slot));
  g_file_set_contents_full (ini, (const char *) data, (gssize) ini_size, G_FILE_SET_CONTENTS_NONE, 0600, NULL);
  g_file_set_contents_full (doc, nul ? (const char *) nul + 1 : "", nul ? (gssize) (size - ini_size - 1) : 0,
                            G_FILE_SET_CONTENTS_NONE, 0600, NULL);
  entries = od_recovery_list ();
  for (guint i = 0; i < entries->len; i++)
    {
      const OdRecoveryEntry *entry = entries->pdata[i];
      g_autoptr(GFile) file = g_file_new_for_path (entry->document_path);
      g_autoptr(GError) error = NULL;
      g_autoptr(OdOrganisation) org = od_organisation_new ();

      if (entry->original_uri != NULL && !g_str_has_prefix (entry->original_uri, "file:///"))
        abort ();
      if (!od_file_load (org, file, OD_LOAD_DEFAULT, NULL, &error) && error == NULL)
        abort ();
    }
  g_unlink (ini);
  g_unlink (doc);
  return 0;
}
