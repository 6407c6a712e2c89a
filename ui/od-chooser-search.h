/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-chooser-search.h: the search field over a chooser's list of rows. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void           od_chooser_search_set_text     (GtkEditable          *entry,
                                               GCallback             changed_cb,
                                               gpointer              changed_data,
                                               const char           *text,
                                               char                **needle);
guint          od_chooser_search_count_shown  (GtkListBox           *list_box,
                                               GtkListBoxFilterFunc  filter,
                                               gpointer              filter_data);
GtkListBoxRow *od_chooser_search_first_choice (GtkListBox           *list_box);

G_END_DECLS
