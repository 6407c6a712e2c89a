/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-chooser-search.c: the search field over a chooser's list of rows.
 *
 * The function chooser and the unit chooser search the same way: the text
 * can be set from code (the tests, a caller that knows what is wanted) as
 * well as typed, it is matched case-folded, and Enter takes the first row
 * shown that can be chosen. */
#include "config.h"

#include "od-chooser-search.h"

/* Shows @text in @entry (unless it is there already) without reporting it
 * to @changed_cb: replacing the text passes through an empty field, which
 * the entry reports at once and which would clear the filter.  *@needle
 * becomes the case-folded text, or NULL when there is none. */
void
od_chooser_search_set_text (GtkEditable  *entry,
                            GCallback     changed_cb,
                            gpointer      changed_data,
                            const char   *text,
                            char        **needle)
{
  g_return_if_fail (GTK_IS_EDITABLE (entry));
  g_return_if_fail (needle != NULL);

  if (text == NULL)
    text = "";
  if (g_strcmp0 (gtk_editable_get_text (entry), text) != 0)
    {
      g_signal_handlers_block_by_func (entry, changed_cb, changed_data);
      gtk_editable_set_text (entry, text);
      g_signal_handlers_unblock_by_func (entry, changed_cb, changed_data);
    }
  g_clear_pointer (needle, g_free);
  if (*text != '\0')
    *needle = g_utf8_casefold (text, -1);
}

/* How many rows of @list_box @filter lets through (the list box applies
 * its filter later, when it next lays out). */
guint
od_chooser_search_count_shown (GtkListBox           *list_box,
                               GtkListBoxFilterFunc  filter,
                               gpointer              filter_data)
{
  guint shown = 0;

  g_return_val_if_fail (GTK_IS_LIST_BOX (list_box), 0);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list_box));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child) && filter (GTK_LIST_BOX_ROW (child), filter_data))
      shown++;
  return shown;
}

/* The first row shown that can be chosen (a unit below the one moving
 * cannot), for Enter in the search field; NULL when there is none. */
GtkListBoxRow *
od_chooser_search_first_choice (GtkListBox *list_box)
{
  g_return_val_if_fail (GTK_IS_LIST_BOX (list_box), NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list_box));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child) && gtk_widget_get_child_visible (child)
        && gtk_widget_get_sensitive (child))
      return GTK_LIST_BOX_ROW (child);
  return NULL;
}
