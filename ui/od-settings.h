/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-settings.h: what the application remembers between runs: the window's
 * size and panes, the export dialog's last choices, presentation
 * preferences (the GSettings schema io.github.orgdesigner.OrgDesigner). */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The application's settings, or NULL when the schema is not installed
 * (a binary run from elsewhere): then nothing is remembered. */
GSettings  *od_settings_get                  (void);

/* Gives @window the size, maximised state and pane widths saved last, and
 * saves them again when it closes. */
void        od_settings_track_window         (GtkWindow      *window,
                                              GtkPaned       *outline_paned,
                                              GtkPaned       *content_paned);

/* Adds the choice @id to @chooser (as gtk_file_chooser_add_choice())
 * with the option chosen last time selected, if it is one of @options,
 * else @fallback.  @options NULL: a boolean choice. */
void        od_settings_add_export_choice    (GtkFileChooser *chooser,
                                              const char     *id,
                                              const char     *label,
                                              const char    **options,
                                              const char    **option_labels,
                                              const char     *fallback);
/* The format ("pdf", "svg", "png") and the folder of the last export. */
char       *od_settings_dup_export_format    (void);
GFile      *od_settings_dup_export_folder    (void);
/* Remembers the choices @ids of @chooser, the format of @path and its
 * folder for the next export. */
void        od_settings_save_export          (GtkFileChooser *chooser,
                                              const char    **ids,
                                              const char     *path);

/* One of the export choices (paper, orientation, density, layout, report)
 * as last chosen in the export dialog, the page view or the print dialog,
 * else @fallback; and setting one, for all of them to follow. */
char       *od_settings_dup_export_choice    (const char     *id,
                                              const char     *fallback);
void        od_settings_set_export_choice    (const char     *id,
                                              const char     *value);

G_END_DECLS
