/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-function-chooser.c: choosing a function of the catalog. */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "od-catalog.h"
#include "od-function-chooser.h"
#include "od-chooser-search.h"
#include "od-ui.h"

struct _OdFunctionChooser
{
  AdwWindow       parent_instance;

  AdwWindowTitle *window_title;
  GtkWidget      *search_entry;
  GtkListBox     *list_box;

  char           *needle;   /* case-folded search text, or NULL */
  GHashTable     *held;
};

enum {
  FUNCTION_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (OdFunctionChooser, od_function_chooser, ADW_TYPE_WINDOW)

static const OdFunction *
row_function (GtkListBoxRow *row)
{
  return g_object_get_data (G_OBJECT (row), "od-function");
}

static gboolean
contains_folded (const char *haystack,
                 const char *needle)
{
  g_autofree char *folded = haystack != NULL ? g_utf8_casefold (haystack, -1) : NULL;

  return folded != NULL && strstr (folded, needle) != NULL;
}

static gboolean
filter_cb (GtkListBoxRow *row,
           gpointer       user_data)
{
  OdFunctionChooser *self = user_data;
  const OdFunction *function = row_function (row);

  if (self->needle == NULL)
    return TRUE;
  if (contains_folded (function->id, self->needle))
    return TRUE;
  for (guint l = 0; l < OD_N_LANGS; l++)
    if (contains_folded (function->name[l], self->needle))
      return TRUE;
  return FALSE;
}

/* An area heading above the first function of each area. */
static void
header_cb (GtkListBoxRow *row,
           GtkListBoxRow *before,
           gpointer       user_data)
{
  const OdFunction *function = row_function (row);
  const OdArea *area;
  GtkWidget *label;

  if (before != NULL && g_strcmp0 (row_function (before)->area, function->area) == 0)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }
  area = od_catalog_lookup_area (od_catalog_get_default (), function->area);
  label = gtk_label_new (area != NULL ? area->name[od_lang_for_user ()] : function->area);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_list_box_row_set_header (row, label);
}

static void
search_changed_cb (OdFunctionChooser *self)
{
  od_function_chooser_filter (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
choose (OdFunctionChooser *self,
        const OdFunction  *function)
{
  g_signal_emit (self, signals[FUNCTION_CHOSEN], 0, function->id);
  gtk_window_close (GTK_WINDOW (self));
}

static void
row_activated_cb (OdFunctionChooser *self,
                  GtkListBoxRow     *row)
{
  choose (self, row_function (row));
}

/* Enter in the search field takes the first function shown. */
static void
search_activate_cb (OdFunctionChooser *self)
{
  GtkListBoxRow *row;

  /* The search entry reports typing only after a pause: Enter typed at
   * once would take the first row of the list filtered for what the
   * field held before. */
  search_changed_cb (self);
  row = od_chooser_search_first_choice (self->list_box);

  if (row != NULL)
    choose (self, row_function (row));
}

static void
od_function_chooser_finalize (GObject *object)
{
  OdFunctionChooser *self = OD_FUNCTION_CHOOSER (object);

  g_free (self->needle);
  g_clear_pointer (&self->held, g_hash_table_unref);

  G_OBJECT_CLASS (od_function_chooser_parent_class)->finalize (object);
}

static void
od_function_chooser_class_init (OdFunctionChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = od_function_chooser_finalize;

  /**
   * OdFunctionChooser::function-chosen:
   * @function_id: the id of the chosen function
   */
  signals[FUNCTION_CHOSEN] = g_signal_new ("function-chosen",
                                           G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST,
                                           0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 1, G_TYPE_STRING);

  od_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, OD_UI_RESOURCE_PATH "/od-function-chooser.ui");
  gtk_widget_class_bind_template_child (widget_class, OdFunctionChooser, window_title);
  gtk_widget_class_bind_template_child (widget_class, OdFunctionChooser, search_entry);
  gtk_widget_class_bind_template_child (widget_class, OdFunctionChooser, list_box);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, gtk_window_close);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
od_function_chooser_init (OdFunctionChooser *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->held = g_hash_table_new (g_str_hash, g_str_equal);
  gtk_list_box_set_filter_func (self->list_box, filter_cb, self, NULL);
  gtk_list_box_set_header_func (self->list_box, header_cb, NULL, NULL);
}

static void
populate (OdFunctionChooser *self)
{
  OdCatalog *catalog = od_catalog_get_default ();
  GPtrArray *areas = od_catalog_get_areas (catalog);
  GPtrArray *functions = od_catalog_get_functions (catalog);
  OdLang lang = od_lang_for_user ();

  /* Area by area, in the catalog's order of areas. */
  for (guint a = 0; a < areas->len; a++)
    {
      const OdArea *area = areas->pdata[a];

      for (guint i = 0; i < functions->len; i++)
        {
          const OdFunction *function = functions->pdata[i];
          GtkWidget *row;

          if (g_strcmp0 (function->area, area->id) != 0
              || g_hash_table_contains (self->held, function->id))
            continue;
          row = adw_action_row_new ();
          /* Names are text, not markup: “R&D” must show as typed. */
          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), function->name[lang]);
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                       function->type == OD_FUNCTION_COLLABORATION
                                       ? _("Collaboration process: one lead, several participants")
                                       : _("One owner"));
          gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
          g_object_set_data (G_OBJECT (row), "od-function", (gpointer) function);
          gtk_list_box_append (self->list_box, row);
        }
    }
}

OdFunctionChooser *
od_function_chooser_new (GtkWindow          *parent,
                         const char         *unit_name,
                         const char * const *held)
{
  OdFunctionChooser *self = g_object_new (OD_TYPE_FUNCTION_CHOOSER,
                                          "transient-for", parent,
                                          NULL);

  for (guint i = 0; held != NULL && held[i] != NULL; i++)
    g_hash_table_add (self->held, (gpointer) g_intern_string (held[i]));
  if (unit_name != NULL)
    adw_window_title_set_subtitle (self->window_title, unit_name);
  populate (self);
  return self;
}

guint
od_function_chooser_filter (OdFunctionChooser *self,
                            const char        *text)
{
  g_return_val_if_fail (OD_IS_FUNCTION_CHOOSER (self), 0);

  od_chooser_search_set_text (GTK_EDITABLE (self->search_entry), G_CALLBACK (search_changed_cb), self,
                              text, &self->needle);
  gtk_list_box_invalidate_filter (self->list_box);
  gtk_list_box_invalidate_headers (self->list_box);
  return od_chooser_search_count_shown (self->list_box, filter_cb, self);
}
