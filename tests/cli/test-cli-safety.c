/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-cli-safety.c: the command line under kills and limits: SIGTERM,
 * SIGINT and SIGHUP mid-export leave no temporary and the old output
 * intact; a file-size limit (ulimit -f) gives exit 2 and a message; a
 * small file validates under a 200 MB address-space limit (ulimit -v). */
#include "config.h"

#include <locale.h>
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "od-cli-test.h"

/* A document with @n units under one head (wide enough for a long export). */
static char *
write_big (const char *dir,
           guint       n)
{
  g_autoptr(GString) xml = g_string_new ("<organisation xmlns=\"urn:org-designer:1\" version=\"1\" name=\"大公司\">\n"
                                         "<unit id=\"ceo\" name=\"总经理\" kind=\"executive\">\n");
  char *path = g_build_filename (dir, "big.orgdesign", NULL);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (xml, "<unit id=\"u%u\" name=\"销售%u组\" head=\"李%u\"/>\n", i, i, i);
  g_string_append (xml, "</unit>\n</organisation>\n");
  g_assert_true (g_file_set_contents (path, xml->str, (gssize) xml->len, NULL));
  return path;
}

/* Entries of @dir that are not @keep: temporaries left behind. */
static guint
debris (const char         *dir,
        const char * const *keep)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (d)) != NULL)
    if (!g_strv_contains (keep, name))
      {
        g_test_message ("left behind: %s", name);
        n++;
      }
  return n;
}

static void
test_kills_leave_no_temporary (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *big = write_big (dir, 4000);
  g_autofree char *out_pdf = g_build_filename (dir, "chart.pdf", NULL);
  g_autofree char *out_doc = g_build_filename (dir, "copy.orgdesign", NULL);
  const char *keep[] = { "big.orgdesign", "chart.pdf", "copy.orgdesign", NULL };
  const int signals[] = { SIGTERM, SIGINT, SIGHUP };
  const char *old = "the previous export";
  guint kills = 0, finished = 0;

  g_autofree char *expected_doc = NULL;

  {
    g_auto(Run) run = { 0 };
    CLI (&run, "export", big, "-o", out_doc);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_true (g_file_get_contents (out_doc, &expected_doc, NULL, NULL));
  }
  g_assert_true (g_file_set_contents (out_pdf, old, -1, NULL));
  g_assert_true (g_file_set_contents (out_doc, old, -1, NULL));
  for (guint i = 0; i < 36; i++)
    {
      const char *out = i % 2 ? out_doc : out_pdf;
      const char *argv[] = { g_getenv ("OD_CLI"), "export", big, "-o", out, NULL };
      g_autoptr(GError) error = NULL;
      g_autofree char *seen = NULL;
      GPid pid;
      int status;

      g_assert_true (g_spawn_async (NULL, (char **) argv, NULL,
                                    G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                                    NULL, NULL, &pid, &error));
      /* Spread over loading, laying out and writing. */
      g_usleep (20000 + (i * 37 % 12) * 25000);
      kill (pid, signals[i % 3]);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      if (WIFSIGNALED (status))
        {
          g_assert_cmpint (WTERMSIG (status), ==, signals[i % 3]);
          kills++;
          /* Killed before the rename: the old file; after it: the whole new one. */
          g_assert_true (g_file_get_contents (out, &seen, NULL, NULL));
          if (strcmp (seen, old) != 0)
            {
              if (out == out_doc)
                g_assert_cmpstr (seen, ==, expected_doc);
              else
                g_assert_true (g_str_has_prefix (seen, "%PDF-") && strstr (seen, "%%EOF") != NULL);
              g_assert_true (g_file_set_contents (out, old, -1, NULL));
            }
        }
      else
        {
          g_assert_cmpint (WEXITSTATUS (status), ==, 0);
          finished++;
          g_assert_true (g_file_set_contents (out, old, -1, NULL));
        }
      g_assert_cmpuint (debris (dir, keep), ==, 0);
    }
  g_test_message ("%u kills mid-export, %u runs finished first; no temporary left, the old output intact", kills, finished);
  /* Every PDF export (seconds long) is killed mid-way; the short
   * .orgdesign exports only when the kill comes early. */
  g_assert_cmpuint (kills, >=, 12);
}

static void
test_file_size_limit (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *big = write_big (dir, 2000);
  g_autofree char *out = g_build_filename (dir, "chart.pdf", NULL);
  /* The whole PDF is made before a byte is written (its fonts are
   * compacted at the end), so cairo finishes its font subsets and leaks
   * what cairo 1.16 leaks there.  LeakSanitizer's fast unwinder stops at
   * cairo's first frame (no frame pointers), where the suppression
   * (cairo_surface_finish) cannot see it: whole stacks for this run. */
  g_autofree char *script = g_strdup_printf ("export LSAN_OPTIONS=\"$LSAN_OPTIONS:fast_unwind_on_malloc=0\"; "
                                             "ulimit -f 16; exec \"$0\" export \"$1\" -o \"$2\"");
  const char *argv[] = { "/bin/sh", "-c", script, g_getenv ("OD_CLI"), big, out, NULL };
  const char *keep[] = { "big.orgdesign", "chart.pdf", NULL };
  g_auto(Run) run = { 0 };
  g_autofree char *seen = NULL;

  g_assert_true (g_file_set_contents (out, "old", -1, NULL));
  run_argv (&run, NULL, argv);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "chart.pdf"));
  g_assert_nonnull (strstr (run.err, g_strerror (EFBIG)));
  g_assert_true (g_file_get_contents (out, &seen, NULL, NULL));
  g_assert_cmpstr (seen, ==, "old");
  g_assert_cmpuint (debris (dir, keep), ==, 0);
}

static void
test_address_space_limit (void)
{
  g_autofree char *path = temp_path ("tiny.orgdesign");
  const char *argv[] = { "/bin/sh", "-c", "ulimit -v 200000; exec \"$0\" validate \"$1\"",
                         g_getenv ("OD_CLI"), path, NULL };
  g_auto(Run) run = { 0 };

  g_assert_true (g_file_set_contents (path, "<organisation xmlns=\"urn:org-designer:1\" version=\"1\">"
                                      "<unit id=\"a\" name=\"总经理\"/></organisation>\n", -1, NULL));
  run_argv (&run, NULL, argv);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
}

int
main (int argc, char **argv)
{
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/cli/safety/kills-leave-no-temporary", test_kills_leave_no_temporary);
  g_test_add_func ("/cli/safety/file-size-limit", test_file_size_limit);
  /* A sanitizer reserves terabytes of shadow memory: no address-space
   * limit there (the plain build runs this case). */
  if (g_getenv ("OD_SANITIZED") == NULL)
    g_test_add_func ("/cli/safety/address-space-limit", test_address_space_limit);
  temp_root = g_dir_make_tmp ("od-cli-safety-XXXXXX", NULL);
  status = g_test_run ();
  remove_tree (temp_root);
  g_free (temp_root);
  return status;
}
