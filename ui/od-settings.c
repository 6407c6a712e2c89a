/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-settings.c: what the application remembers between runs. */
#include "config.h"

#include <glib/gi18n.h>

#include "od-settings.h"

GSettings *
od_settings_get (void)
{
  static GSettings *settings;
  static gsize once;

  if (g_once_init_enter (&once))
    {
      GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
      g_autoptr(GSettingsSchema) schema = NULL;

      /* g_settings_new() aborts on a missing schema; a binary started
       * outside tools/run or an installation still works, forgetfully. */
      if (source != NULL)
        schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
      if (schema != NULL)
        settings = g_settings_new_full (schema, NULL, NULL);
      else
        g_debug ("No settings schema %s: nothing will be remembered", APP_ID);
      g_once_init_leave (&once, 1);
    }
  return settings;
}

/* Sets an integer key within the range the schema allows (setting outside
 * it is a programming error GSettings refuses). */
static void
set_clamped_int (GSettings  *settings,
                 const char *key,
                 int         value)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettingsSchemaKey) schema_key = NULL;
  g_autoptr(GVariant) range = NULL;
  g_autoptr(GVariant) limits = NULL;
  const char *type;
  int lo, hi;

  g_object_get (settings, "settings-schema", &schema, NULL);
  schema_key = g_settings_schema_get_key (schema, key);
  range = g_settings_schema_key_get_range (schema_key);
  g_variant_get (range, "(&sv)", &type, &limits);
  if (g_str_equal (type, "range"))
    {
      g_variant_get (limits, "(ii)", &lo, &hi);
      value = CLAMP (value, lo, hi);
    }
  g_settings_set_int (settings, key, value);
}

typedef struct {
  GtkPaned *outline_paned;
  GtkPaned *content_paned;
  gulong    max_position_id;
} WindowPanes;

static void
window_panes_free (WindowPanes *panes)
{
  g_clear_weak_pointer (&panes->outline_paned);
  g_clear_weak_pointer (&panes->content_paned);
  g_free (panes);
}

/* The side panel's width can only be given once the paned knows its own
 * width: the first time it does, place the divider that far from the end. */
static void
content_max_position_cb (GtkPaned    *paned,
                         GParamSpec  *pspec,
                         WindowPanes *panes)
{
  GSettings *settings = od_settings_get ();
  GtkWidget *start = gtk_paned_get_start_child (paned);
  GtkWidget *end = gtk_paned_get_end_child (paned);
  int width = gtk_widget_get_width (GTK_WIDGET (paned));
  int max = 0, end_min = 0, handle;

  if (width <= 0 || settings == NULL || start == NULL || end == NULL)
    return;
  /* The children are not allocated yet; the largest position leaves the
   * side panel its minimum width and the handle its own. */
  g_object_get (paned, "max-position", &max, NULL);
  gtk_widget_measure (end, GTK_ORIENTATION_HORIZONTAL, -1, &end_min, NULL, NULL, NULL);
  handle = MAX (0, width - max - end_min);
  gtk_paned_set_position (paned, MAX (0, width - handle - g_settings_get_int (settings, "side-panel-width")));
  g_signal_handler_disconnect (paned, panes->max_position_id);
  panes->max_position_id = 0;
}

static gboolean
window_close_request_cb (GtkWindow   *window,
                         WindowPanes *panes)
{
  GSettings *settings = od_settings_get ();
  gboolean maximized = gtk_window_is_maximized (window);

  g_settings_delay (settings);
  g_settings_set_boolean (settings, "window-maximized", maximized);
  /* A maximised window keeps the size it had before, to go back to. */
  if (!maximized && !gtk_window_is_fullscreen (window))
    {
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      if (width > 0 && height > 0)
        {
          set_clamped_int (settings, "window-width", width);
          set_clamped_int (settings, "window-height", height);
        }
    }
  /* Panes that were never shown (the welcome page) keep what was saved. */
  if (panes->outline_paned != NULL && gtk_widget_get_mapped (GTK_WIDGET (panes->outline_paned)))
    set_clamped_int (settings, "outline-width", gtk_paned_get_position (panes->outline_paned));
  if (panes->content_paned != NULL && gtk_widget_get_mapped (GTK_WIDGET (panes->content_paned)))
    {
      GtkWidget *side = gtk_paned_get_end_child (panes->content_paned);

      if (side != NULL && gtk_widget_get_width (side) > 0)
        set_clamped_int (settings, "side-panel-width", gtk_widget_get_width (side));
    }
  g_settings_apply (settings);
  return FALSE;
}

void
od_settings_track_window (GtkWindow *window,
                          GtkPaned  *outline_paned,
                          GtkPaned  *content_paned)
{
  GSettings *settings = od_settings_get ();
  WindowPanes *panes;

  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (GTK_IS_PANED (outline_paned));
  g_return_if_fail (GTK_IS_PANED (content_paned));

  if (settings == NULL)
    return;
  gtk_window_set_default_size (window,
                               g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (window);
  gtk_paned_set_position (outline_paned, g_settings_get_int (settings, "outline-width"));

  panes = g_new0 (WindowPanes, 1);
  g_set_weak_pointer (&panes->outline_paned, outline_paned);
  g_set_weak_pointer (&panes->content_paned, content_paned);
  panes->max_position_id = g_signal_connect (content_paned, "notify::max-position",
                                             G_CALLBACK (content_max_position_cb), panes);
  g_signal_connect_data (window, "close-request", G_CALLBACK (window_close_request_cb), panes,
                         (GClosureNotify) (void (*) (void)) window_panes_free, 0);
}

/* The option of @id chosen last, if it is one of @options (NULL: a
 * boolean choice, "true" or "false"), else @fallback. */
static const char *
remembered_choice (GVariant    *choices,
                   const char  *id,
                   const char **options,
                   const char  *fallback)
{
  const char *stored = NULL;

  if (choices == NULL || !g_variant_lookup (choices, id, "&s", &stored))
    return fallback;
  if (options == NULL)
    return g_str_equal (stored, "true") || g_str_equal (stored, "false") ? stored : fallback;
  return g_strv_contains (options, stored) ? stored : fallback;
}

void
od_settings_add_export_choice (GtkFileChooser *chooser,
                               const char     *id,
                               const char     *label,
                               const char    **options,
                               const char    **option_labels,
                               const char     *fallback)
{
  GSettings *settings = od_settings_get ();
  g_autoptr(GVariant) choices = settings ? g_settings_get_value (settings, "export-choices") : NULL;
  const char *value = remembered_choice (choices, id, options, fallback);
  g_autofree const char **ordered = NULL;
  g_autofree const char **ordered_labels = NULL;

  g_return_if_fail (GTK_IS_FILE_CHOOSER (chooser));

  if (options == NULL)
    {
      gtk_file_chooser_add_choice (chooser, id, label, NULL, NULL);
      gtk_file_chooser_set_choice (chooser, id, value);
      return;
    }
  /* GTK 4.8's own file chooser ignores set_choice() for a list and shows
   * its first option: put the remembered one first, the others in order. */
  ordered = g_new0 (const char *, g_strv_length ((char **) options) + 1);
  ordered_labels = g_new0 (const char *, g_strv_length ((char **) options) + 1);
  for (guint i = 0, n = 1; options[i] != NULL; i++)
    {
      guint at = g_str_equal (options[i], value) ? 0 : n++;

      ordered[at] = options[i];
      ordered_labels[at] = option_labels[i];
    }
  gtk_file_chooser_add_choice (chooser, id, label, ordered, ordered_labels);
  gtk_file_chooser_set_choice (chooser, id, value);
}

char *
od_settings_dup_export_format (void)
{
  GSettings *settings = od_settings_get ();

  return settings ? g_settings_get_string (settings, "export-format") : g_strdup ("pdf");
}

GFile *
od_settings_dup_export_folder (void)
{
  GSettings *settings = od_settings_get ();
  g_autofree char *path = settings ? g_settings_get_string (settings, "export-folder") : NULL;

  /* A folder since removed is no place to start from. */
  if (path == NULL || path[0] == '\0' || !g_file_test (path, G_FILE_TEST_IS_DIR))
    return NULL;
  return g_file_new_for_path (path);
}

void
od_settings_save_export (GtkFileChooser *chooser,
                         const char    **ids,
                         const char     *path)
{
  GSettings *settings = od_settings_get ();
  g_autoptr(GVariant) old = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *lower = NULL;
  GVariantBuilder builder;
  GVariantIter iter;
  const char *key, *value;

  g_return_if_fail (GTK_IS_FILE_CHOOSER (chooser));
  g_return_if_fail (path != NULL);

  if (settings == NULL)
    return;
  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{ss}"));
  for (guint i = 0; ids[i] != NULL; i++)
    {
      const char *chosen = gtk_file_chooser_get_choice (chooser, ids[i]);

      if (chosen != NULL)
        g_variant_builder_add (&builder, "{ss}", ids[i], chosen);
    }
  /* Keep what other dialogs' choices said, for options not offered here. */
  old = g_settings_get_value (settings, "export-choices");
  g_variant_iter_init (&iter, old);
  while (g_variant_iter_next (&iter, "{&s&s}", &key, &value))
    if (!g_strv_contains (ids, key))
      g_variant_builder_add (&builder, "{ss}", key, value);

  g_settings_delay (settings);
  g_settings_set_value (settings, "export-choices", g_variant_builder_end (&builder));
  lower = g_ascii_strdown (path, -1);
  if (g_str_has_suffix (lower, ".svg"))
    g_settings_set_string (settings, "export-format", "svg");
  else if (g_str_has_suffix (lower, ".png"))
    g_settings_set_string (settings, "export-format", "png");
  else if (g_str_has_suffix (lower, ".pdf"))
    g_settings_set_string (settings, "export-format", "pdf");
  folder = g_path_get_dirname (path);
  g_settings_set_string (settings, "export-folder", folder);
  g_settings_apply (settings);
}

char *
od_settings_dup_export_choice (const char *id,
                               const char *fallback)
{
  GSettings *settings = od_settings_get ();
  g_autoptr(GVariant) choices = settings ? g_settings_get_value (settings, "export-choices") : NULL;
  const char *value = NULL;

  g_return_val_if_fail (id != NULL, g_strdup (fallback));

  if (choices == NULL || !g_variant_lookup (choices, id, "&s", &value))
    return g_strdup (fallback);
  return g_strdup (value);
}

void
od_settings_set_export_choice (const char *id,
                               const char *value)
{
  GSettings *settings = od_settings_get ();
  g_autoptr(GVariant) old = NULL;
  GVariantBuilder builder;
  GVariantIter iter;
  const char *key, *stored;

  g_return_if_fail (id != NULL && value != NULL);

  if (settings == NULL)
    return;
  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{ss}"));
  g_variant_builder_add (&builder, "{ss}", id, value);
  old = g_settings_get_value (settings, "export-choices");
  g_variant_iter_init (&iter, old);
  while (g_variant_iter_next (&iter, "{&s&s}", &key, &stored))
    if (!g_str_equal (key, id))
      g_variant_builder_add (&builder, "{ss}", key, stored);
  g_settings_set_value (settings, "export-choices", g_variant_builder_end (&builder));
}
