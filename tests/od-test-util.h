/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-test-util.h: small helpers the test programs share (header-only so
 * that each test stays one self-contained program). */
#pragma once

#include <glib.h>
#include <string.h>

#include "od-file.h"
#include "od-organisation.h"

G_BEGIN_DECLS

/* The document as saved, as a NUL-terminated string. */
static inline char *
od_test_serialize (OdOrganisation *org)
{
  g_autoptr(GBytes) bytes = od_file_serialize (org);
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  return g_strndup (data, size);
}

/* Loads @xml (with @flags) into a new organisation, or NULL with @error. */
static inline OdOrganisation *
od_test_load_string (const char  *xml,
                     OdLoadFlags  flags,
                     GError     **error)
{
  g_autoptr(OdOrganisation) org = od_organisation_new ();
  g_autoptr(GBytes) bytes = g_bytes_new (xml, strlen (xml));

  if (!od_file_load_bytes (org, bytes, "test.orgdesign", flags, error))
    return NULL;
  return g_steal_pointer (&org);
}

/* The path of a fixture under tests/fixtures/. */
static inline char *
od_test_fixture (const char *area,
                 const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", area, name, NULL);
}

G_END_DECLS
