/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-cli-test.h: what the CLI test programs share: running the built
 * org-designer-cli and collecting what it says, and a temporary folder for
 * the files they write (header-only, like tests/od-test-util.h). */
#pragma once

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

G_BEGIN_DECLS

typedef struct {
  int   status;
  char *out;
  char *err;
} Run;

static inline void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Runs @argv (NULL-terminated) and collects status and output.  With a
 * @language, the program reads its messages in it (LANGUAGE under
 * C.UTF-8, the build tree's catalogs from OD_LOCALEDIR); NULL keeps the
 * test's environment. */
static inline void
run_argv (Run                *run,
          const char         *language,
          const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocessLauncher) launcher =
    g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GSubprocess) process = NULL;

  if (language != NULL)
    {
      g_subprocess_launcher_setenv (launcher, "LANGUAGE", language, TRUE);
      g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
      g_subprocess_launcher_unsetenv (launcher, "LANG");
      g_subprocess_launcher_unsetenv (launcher, "LC_MESSAGES");
      g_subprocess_launcher_setenv (launcher, "OD_LOCALEDIR", g_getenv ("OD_LOCALEDIR"), TRUE);
    }
  process = g_subprocess_launcher_spawnv (launcher, argv, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  run->status = g_subprocess_get_if_exited (process) ? g_subprocess_get_exit_status (process) : -1;
}

/* Runs the built CLI with the arguments after @language, in that language
 * (see run_argv()); CLI() in the test's own environment. */
#define CLI_IN(run, language, ...) G_STMT_START {                           \
    const char *argv_[] = { g_getenv ("OD_CLI"), __VA_ARGS__, NULL };       \
    run_argv ((run), (language), argv_);                                     \
  } G_STMT_END

#define CLI(run, ...) CLI_IN ((run), NULL, __VA_ARGS__)

/* What a test expects in a command's output, with the output when not. */
#define assert_contains(haystack, needle) G_STMT_START {                     \
    if (strstr ((haystack), (needle)) == NULL)                               \
      g_error ("expected “%s” in:\n%s", (needle), (haystack));               \
  } G_STMT_END

#define assert_lacks(haystack, needle) G_STMT_START {                        \
    if (strstr ((haystack), (needle)) != NULL)                               \
      g_error ("did not expect “%s” in:\n%s", (needle), (haystack));         \
  } G_STMT_END

/* Every file a test writes lives under one folder, removed at the end. */
static char *temp_root;

static inline char *
temp_dir (void)
{
  g_autofree char *template = g_build_filename (temp_root, "XXXXXX", NULL);
  char *dir = g_mkdtemp (g_steal_pointer (&template));

  g_assert_nonnull (dir);
  return dir;
}

static inline char *
temp_path (const char *name)
{
  g_autofree char *dir = temp_dir ();
  return g_build_filename (dir, name, NULL);
}

static inline void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

/* Parses what a --format json command printed: one object, UTF-8, whose
 * "format" is the version README documents; returns its root node. */
static inline JsonNode *
parse_report (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;

  if (!json_parser_load_from_data (parser, text, -1, &error))
    g_error ("not JSON (%s):\n%s", error->message, text);
  g_assert_true (g_utf8_validate (text, -1, NULL));
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_true (json_object_has_member (root, "format"));
  g_assert_cmpint (json_node_get_value_type (json_object_get_member (root, "format")), ==, G_TYPE_INT64);
  g_assert_cmpint (json_object_get_int_member (root, "format"), ==, 1);
  return json_node_copy (json_parser_get_root (parser));
}

/* The one object in the array @array of @root whose string @key is
 * @value (the first when @value is NULL). */
static inline JsonObject *
json_find (JsonNode   *root,
           const char *array,
           const char *key,
           const char *value)
{
  JsonArray *items = json_object_get_array_member (json_node_get_object (root), array);
  JsonObject *found = NULL;

  g_assert_nonnull (items);
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonObject *item = json_array_get_object_element (items, i);

      if (value == NULL || g_strcmp0 (json_object_get_string_member_with_default (item, key, NULL), value) == 0)
        {
          if (found != NULL && value != NULL)
            g_error ("more than one of %s has %s “%s”", array, key, value);
          found = item;
          if (value == NULL)
            break;
        }
    }
  if (found == NULL)
    g_error ("none of %s has %s “%s”", array, key, value ? value : "");
  return found;
}

G_END_DECLS
