/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-test-util.h: small helpers the test programs share (header-only so
 * that each test stays one self-contained program). */
#pragma once

#include <glib.h>
#include <glib/gstdio.h>
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

/* A fresh folder named after @prefix ("od-save" makes od-save-XXXXXX)
 * for the files a test writes; remove it with od_test_remove_dir(). */
static inline char *
od_test_make_dir (const char *prefix)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *template = g_strconcat (prefix, "-XXXXXX", NULL);
  char *dir = g_dir_make_tmp (template, &error);

  g_assert_no_error (error);
  return dir;
}

/* Removes @dir and what is in it: files, and folders left empty. */
static inline void
od_test_remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_remove (path);
    }
  g_rmdir (dir);
}

G_END_DECLS
