/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-window.c: a window showing one document, or the welcome page. */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "od-application.h"
#include "od-chart-canvas.h"
#include "od-presentation.h"
#include "od-check.h"
#include "od-clipboard.h"
#include "od-clipboard-model.h"
#include "od-file.h"
#include "od-findings-panel.h"
#include "od-import-dialog.h"
#include "od-inline-rename.h"
#include "od-inspector.h"
#include "od-org-properties.h"
#include "od-coordination-editor.h"
#include "od-outline.h"
#include "od-ui.h"
#include "od-unit-chooser.h"
#include "od-unit-tree.h"
#include "od-window.h"
#include "od-window-keeping.h"
#include "od-page-view.h"
#include "od-recent.h"
#include "od-multi-move.h"
#include "od-selection.h"
#include "od-settings.h"

struct _OdWindow
{
  AdwApplicationWindow  parent_instance;

  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *window_title;
  GtkWidget            *undo_box;
  GtkWidget            *undo_button;
  GtkWidget            *redo_button;
  GtkWidget            *save_button;
  GtkWidget            *search_button;
  GtkStack             *main_stack;
  OdChartCanvas        *canvas;
  GtkWidget            *header_bar;
  OdOutline            *outline;
  AdwViewStack         *side_stack;
  AdwViewStackPage     *findings_page;
  OdInspector          *inspector;
  OdFindingsPanel      *findings_panel;
  GtkPaned             *editor_paned;
  GtkPaned             *content_paned;
  OdPageView           *page_view;
  GtkWidget            *page_view_button;

  OdDocument           *document;
  OdUnitTree           *tree;
  GtkWidget            *recent_box;
  GtkListBox           *recent_list;
  OdAutosave           *autosave;       /* recovery copies of this document */
  OdFileWatch          *watch;          /* another program changing its file */
  GtkWindow            *diagnose_window;
  GCancellable         *loading;        /* a file being read, or NULL */
  GFile                *loading_file;
  GtkLabel             *loading_label;
  GtkProgressBar       *loading_progress;
  gint                  loading_permille; /* written by the reading thread */
  guint                 loading_tick;     /* shows it in the progress bar */
  GtkFileChooserNative *chooser;        /* kept alive while it shows */
  gboolean              close_after_save;
  gboolean              closing;        /* the user chose to discard */
};

G_DEFINE_FINAL_TYPE (OdWindow, od_window, ADW_TYPE_APPLICATION_WINDOW)

static void save_as (OdWindow *self);
static void fill_recent (OdWindow *self);
static void document_file_cb (OdWindow *self);

static void
show_error (OdWindow   *self,
            const char *heading,
            const char *body)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, body));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static char *
file_display_name (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);

  return g_filename_display_name (basename);
}

static void
update_title (OdWindow *self)
{
  g_autofree char *title = NULL;
  g_autofree char *location = NULL;
  gboolean modified;

  if (self->document == NULL)
    {
      adw_window_title_set_title (self->window_title, _("Org Designer"));
      adw_window_title_set_subtitle (self->window_title, NULL);
      gtk_window_set_title (GTK_WINDOW (self), _("Org Designer"));
      return;
    }

  modified = od_document_get_modified (self->document);
  /* The bullet marks unsaved changes, as in other GNOME editors. */
  if (modified)
    title = g_strdup_printf ("• %s", od_document_get_title (self->document));
  else
    title = g_strdup (od_document_get_title (self->document));
  location = od_document_dup_location (self->document);
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title,
                                 location != NULL ? location : _("Not saved"));
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static void
update_actions (OdWindow *self)
{
  OdUndoStack *stack = self->document != NULL ? od_document_get_undo_stack (self->document) : NULL;
  gboolean has_document = self->document != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 stack != NULL && od_undo_stack_can_undo (stack));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 stack != NULL && od_undo_stack_can_redo (stack));
  /* Say what undo and redo would do. */
  if (stack != NULL && od_undo_stack_can_undo (stack))
    {
      g_autofree char *tip = g_strdup_printf (_("Undo: %s (Ctrl+Z)"), od_undo_stack_get_undo_label (stack));

      gtk_widget_set_tooltip_text (self->undo_button, tip);
    }
  else
    gtk_widget_set_tooltip_text (self->undo_button, _("Undo (Ctrl+Z)"));
  if (stack != NULL && od_undo_stack_can_redo (stack))
    {
      g_autofree char *tip = g_strdup_printf (_("Redo: %s (Ctrl+Shift+Z)"), od_undo_stack_get_redo_label (stack));

      gtk_widget_set_tooltip_text (self->redo_button, tip);
    }
  else
    gtk_widget_set_tooltip_text (self->redo_button, _("Redo (Ctrl+Shift+Z)"));
  OdUnit *unit = self->tree != NULL ? od_unit_tree_get_selected_unit (self->tree) : NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", has_document);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", has_document);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.find", has_document);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", has_document);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", has_document);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self), "page-view")),
                               has_document);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.diagnose", has_document);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.org-properties", has_document);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.coordination", has_document);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-findings", has_document);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "unit.add-child", has_document);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "unit.add-sibling", unit != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "unit.delete", unit != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "unit.copy", unit != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "unit.cut", unit != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "unit.duplicate", unit != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "unit.paste", has_document);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "unit.rename", unit != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "unit.add-function", unit != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "unit.move-to", unit != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "unit.add-dotted-line", unit != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "unit.move-up",
                                 unit != NULL && od_unit_get_prev_sibling (unit) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "unit.move-down",
                                 unit != NULL && od_unit_get_next_sibling (unit) != NULL);
}

static void
update_findings_badge (OdWindow *self)
{
  guint open = od_findings_panel_count_open (self->findings_panel);

  adw_view_stack_page_set_badge_number (self->findings_page, open);
  adw_view_stack_page_set_needs_attention (self->findings_page,
                                           od_findings_panel_count_errors (self->findings_panel) > 0);
}

static void
document_notify_cb (OdWindow *self)
{
  update_title (self);
  update_actions (self);
}

/* Lets go of the document shown and of everything that follows it.  A
 * recovery copy it still has stays on disk: only a clean close discards
 * it (od_window_close_request). */
static void
release_document (OdWindow *self)
{
  if (self->document != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->document, self);
      g_signal_handlers_disconnect_by_data (od_document_get_undo_stack (self->document), self);
      g_signal_handlers_disconnect_by_data (od_document_get_organisation (self->document), self);
    }
  if (self->tree != NULL)
    g_signal_handlers_disconnect_by_data (self->tree, self);
  g_clear_object (&self->tree);
  g_clear_object (&self->autosave);
  g_clear_object (&self->watch);
  if (self->diagnose_window != NULL)
    gtk_window_destroy (self->diagnose_window);
}

void
od_window_set_document (OdWindow   *self,
                        OdDocument *document)
{
  g_return_if_fail (OD_IS_WINDOW (self));
  g_return_if_fail (document == NULL || OD_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  release_document (self);
  g_set_object (&self->document, document);

  if (document != NULL)
    {
      OdOrganisation *org = od_document_get_organisation (document);

      self->autosave = od_autosave_new (document, NULL);
      g_signal_connect_object (document, "notify::file", G_CALLBACK (document_file_cb), self, G_CONNECT_SWAPPED);
      document_file_cb (self);
      self->watch = _od_window_keeping_watch (self, document);

      self->tree = od_unit_tree_new (document);
      g_signal_connect_object (document, "notify::title",
                               G_CALLBACK (document_notify_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "notify::modified",
                               G_CALLBACK (document_notify_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (od_document_get_undo_stack (document), "notify::can-undo",
                               G_CALLBACK (document_notify_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (od_document_get_undo_stack (document), "notify::can-redo",
                               G_CALLBACK (document_notify_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->tree, "notify::selected-id",
                               G_CALLBACK (document_notify_cb), self, G_CONNECT_SWAPPED);
      /* Moves change which of up/down make sense. */
      g_signal_connect_object (org, "changed", G_CALLBACK (document_notify_cb),
                               self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
      g_signal_connect_object (document, "findings-changed",
                               G_CALLBACK (update_findings_badge), self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
    }
  od_outline_set_tree (self->outline, self->tree);
  od_chart_canvas_set_tree (self->canvas, self->tree);
  od_inspector_set_tree (self->inspector, self->tree);
  od_findings_panel_set_tree (self->findings_panel, self->tree);
  update_findings_badge (self);
  od_page_view_set_document (self->page_view, document);
  gtk_widget_set_visible (self->page_view_button, document != NULL);
  if (document == NULL)
    g_action_group_change_action_state (G_ACTION_GROUP (self), "page-view", g_variant_new_boolean (FALSE));
  if (document != NULL)
    {
      OdUnit *top = od_organisation_get_first_top_unit (od_document_get_organisation (document));

      if (top != NULL)
        od_unit_tree_select (self->tree, od_unit_get_id (top));
      gtk_stack_set_visible_child_name (self->main_stack, "editor");
    }
  else
    {
      fill_recent (self);
      gtk_stack_set_visible_child_name (self->main_stack, "welcome");
    }

  gtk_widget_set_visible (self->undo_box, document != NULL);
  gtk_widget_set_visible (self->save_button, document != NULL);
  gtk_widget_set_visible (self->search_button, document != NULL);
  update_title (self);
  update_actions (self);
}

OdDocument *
od_window_get_document (OdWindow *self)
{
  g_return_val_if_fail (OD_IS_WINDOW (self), NULL);
  return self->document;
}

OdUnitTree *
od_window_get_unit_tree (OdWindow *self)
{
  g_return_val_if_fail (OD_IS_WINDOW (self), NULL);
  return self->tree;
}

gboolean
od_window_is_empty (OdWindow *self)
{
  g_return_val_if_fail (OD_IS_WINDOW (self), FALSE);
  return self->document == NULL && self->loading == NULL;
}

gboolean
od_window_has_file (OdWindow *self,
                    GFile    *file)
{
  GFile *own;

  g_return_val_if_fail (OD_IS_WINDOW (self), FALSE);

  if (self->loading_file != NULL && g_file_equal (self->loading_file, file))
    return TRUE;
  own = self->document != NULL ? od_document_get_file (self->document) : NULL;
  return own != NULL && g_file_equal (own, file);
}

/* ---- opening ---- */

static gboolean
loading_tick_cb (gpointer user_data)
{
  OdWindow *self = user_data;

  gtk_progress_bar_set_fraction (self->loading_progress,
                                 g_atomic_int_get (&self->loading_permille) / 1000.0);
  return G_SOURCE_CONTINUE;
}

static void
load_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(OdWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(OdDocument) document = od_document_load_finish (result, &error);
  g_autoptr(GFile) file = NULL;

  /* A read that another Open replaced: that one is shown, not this. */
  if (g_task_get_cancellable (G_TASK (result)) != self->loading)
    return;
  file = g_steal_pointer (&self->loading_file);
  g_clear_object (&self->loading);
  g_clear_handle_id (&self->loading_tick, g_source_remove);
  if (document == NULL)
    {
      g_autofree char *name = file_display_name (file);
      g_autofree char *heading = g_strdup_printf (_("Could not open “%s”"), name);

      gtk_stack_set_visible_child_name (self->main_stack,
                                        self->document != NULL ? "editor" : "welcome");
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, heading, error->message);
      return;
    }
  od_window_set_document (self, document);
}

/* An imported document goes here when this window is empty, else into a
 * window of its own: an import never replaces work. */
static void
imported_cb (OdImportDialog *dialog,
             OdDocument     *document,
             OdWindow       *self)
{
  OdWindow *window = self;

  if (!od_window_is_empty (self))
    window = od_window_new (OD_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));
  od_window_set_document (window, document);
  gtk_window_present (GTK_WINDOW (window));
}

static gboolean
present_dialog_cb (GtkWindow *dialog)
{
  gtk_window_present (dialog);
  return G_SOURCE_REMOVE;
}

void
od_window_import_file (OdWindow *self,
                       GFile    *file)
{
  OdImportDialog *dialog;

  g_return_if_fail (OD_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  dialog = od_import_dialog_new (GTK_WINDOW (self), file);
  g_signal_connect_object (dialog, "imported", G_CALLBACK (imported_cb), self, 0);
  /* After the window: opened from the command line, the window is shown
   * when this returns, and the dialog must not end up beneath it. */
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, (GSourceFunc) present_dialog_cb, g_object_ref (dialog), g_object_unref);
}

void
od_window_open_file (OdWindow *self,
                     GFile    *file)
{
  g_return_if_fail (OD_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  /* A spreadsheet export is imported, not read as a design. */
  if (od_import_dialog_is_import_file (file))
    {
      od_window_import_file (self, file);
      return;
    }
  /* One file, one editor: two would each take the other's saves for
   * "another program".  Whichever way it was asked for (the recent list,
   * Open…, a drop), the window that has it comes forward. */
  if (gtk_window_get_application (GTK_WINDOW (self)) != NULL)
    {
      GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
      OdWindow *other = od_application_get_window_for_file (OD_APPLICATION (app), file);

      if (other != NULL && other != self)
        {
          gtk_window_present (GTK_WINDOW (other));
          return;
        }
    }

  if (self->loading != NULL)
    g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  self->loading = g_cancellable_new ();
  g_set_object (&self->loading_file, file);
  {
    g_autofree char *name = file_display_name (file);
    g_autofree char *text = g_strdup_printf (_("Opening “%s”…"), name);

    gtk_label_set_text (self->loading_label, text);
  }
  /* The reading thread moves the number; the bar follows it ten times a
   * second (a cancelled read's callback may still be due: it shares the
   * number, which only ever shows in the bar). */
  g_atomic_int_set (&self->loading_permille, 0);
  gtk_progress_bar_set_fraction (self->loading_progress, 0);
  if (self->loading_tick == 0)
    self->loading_tick = g_timeout_add (100, loading_tick_cb, self);
  gtk_stack_set_visible_child_name (self->main_stack, "loading");
  od_document_load_async_full (file, &self->loading_permille, self->loading, load_cb, g_object_ref (self));
}

/* Cancel on the loading page: back to what the window showed before. */
static void
cancel_open_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  OdWindow *self = OD_WINDOW (widget);

  if (self->loading != NULL)
    g_cancellable_cancel (self->loading);
}

/* Opens @file here when this window has nothing to lose, else elsewhere. */
static void
open_here_or_elsewhere (OdWindow *self,
                        GFile    *file)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (od_window_is_empty (self) || app == NULL)
    od_window_open_file (self, file);
  else
    gtk_window_present (GTK_WINDOW (od_application_open_file (OD_APPLICATION (app), file)));
}

static void
add_design_filters (GtkFileChooser *chooser)
{
  g_autoptr(GtkFileFilter) designs = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  gtk_file_filter_set_name (designs, _("Organisation Designs and HR Exports"));
  gtk_file_filter_add_mime_type (designs, OD_FILE_MIME_TYPE);
  gtk_file_filter_add_pattern (designs, "*.orgdesign");
  gtk_file_chooser_add_filter (chooser, designs);
  gtk_file_filter_add_pattern (designs, "*.csv");
  gtk_file_filter_add_pattern (designs, "*.tsv");
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (chooser, all);
}

static void
open_response_cb (OdWindow             *self,
                  int                   response,
                  GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        open_here_or_elsewhere (self, file);
    }
  g_clear_object (&self->chooser);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  OdWindow *self = OD_WINDOW (widget);

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Open a Design"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Open"), _("_Cancel"));
  add_design_filters (GTK_FILE_CHOOSER (self->chooser));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (open_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
import_response_cb (OdWindow             *self,
                    int                   response,
                    GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        od_window_import_file (self, file);
    }
  g_clear_object (&self->chooser);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OdWindow *self = OD_WINDOW (widget);
  g_autoptr(GtkFileFilter) exports = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Import Units"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Import"), _("_Cancel"));
  gtk_file_filter_set_name (exports, _("HR Exports (CSV, Tab-Separated)"));
  gtk_file_filter_add_mime_type (exports, "text/csv");
  gtk_file_filter_add_mime_type (exports, "text/tab-separated-values");
  gtk_file_filter_add_pattern (exports, "*.csv");
  gtk_file_filter_add_pattern (exports, "*.tsv");
  gtk_file_filter_add_pattern (exports, "*.txt");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), exports);
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (import_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
new_from_template_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  OdWindow *self = OD_WINDOW (widget);
  g_autoptr(OdDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  OdSize size;

  if (!od_size_from_string (g_variant_get_string (parameter, NULL), &size))
    return;
  document = od_document_new_from_template (size, &error);
  if (document == NULL)
    {
      show_error (self, _("Could not create the organisation"), error->message);
      return;
    }
  if (self->document != NULL || self->loading != NULL)
    {
      /* Never replace work in progress: a new design gets its own window. */
      OdWindow *window = od_window_new (OD_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));

      od_window_set_document (window, document);
      gtk_window_present (GTK_WINDOW (window));
      return;
    }
  od_window_set_document (self, document);
}

static gboolean
drop_cb (OdWindow      *self,
         const GValue  *value,
         double         x,
         double         y,
         GtkDropTarget *target)
{
  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    {
      GSList *files = g_value_get_boxed (value);

      for (GSList *l = files; l != NULL; l = l->next)
        open_here_or_elsewhere (self, l->data);
      return files != NULL;
    }
  if (G_VALUE_HOLDS (value, G_TYPE_FILE))
    {
      open_here_or_elsewhere (self, g_value_get_object (value));
      return TRUE;
    }
  return FALSE;
}

/* ---- saving ---- */

static void
saved (OdWindow *self)
{
  if (self->close_after_save)
    {
      self->closing = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
}

static void
changed_on_disk_response_cb (AdwMessageDialog *dialog,
                             const char       *response,
                             OdWindow         *self)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "overwrite") == 0)
    {
      if (od_document_save (self->document, NULL, TRUE, &error))
        saved (self);
      else
        {
          g_autofree char *name = file_display_name (od_document_get_file (self->document));
          g_autofree char *heading = g_strdup_printf (_("Could not save “%s”"), name);

          self->close_after_save = FALSE;
          show_error (self, heading, error->message);
        }
    }
  else if (g_strcmp0 (response, "save-as") == 0)
    save_as (self);
  else
    self->close_after_save = FALSE;
}

/* Saves to @file (NULL: the document's own); reports failures. */
static void
save_to (OdWindow *self,
         GFile    *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  GFile *target = file != NULL ? file : od_document_get_file (self->document);

  if (od_document_save (self->document, file, FALSE, &error))
    {
      saved (self);
      return;
    }

  name = file_display_name (target);
  if (g_error_matches (error, OD_FILE_ERROR, OD_FILE_ERROR_CHANGED_ON_DISK))
    {
      g_autofree char *heading = g_strdup_printf (_("“%s” Changed on Disk"), name);
      AdwMessageDialog *dialog;

      dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading,
                                                           _("Another program changed the file after it was "
                                                             "opened here. Replacing it loses those changes.")));
      adw_message_dialog_add_responses (dialog,
                                        "cancel", _("_Cancel"),
                                        "save-as", _("Save _As…"),
                                        "overwrite", _("_Replace"),
                                        NULL);
      adw_message_dialog_set_response_appearance (dialog, "overwrite", ADW_RESPONSE_DESTRUCTIVE);
      adw_message_dialog_set_default_response (dialog, "save-as");
      adw_message_dialog_set_close_response (dialog, "cancel");
      g_signal_connect_object (dialog, "response", G_CALLBACK (changed_on_disk_response_cb), self, 0);
      gtk_window_present (GTK_WINDOW (dialog));
    }
  else
    {
      g_autofree char *heading = g_strdup_printf (_("Could not save “%s”"), name);

      self->close_after_save = FALSE;
      show_error (self, heading, error->message);
    }
}

static void
save_as_response_cb (OdWindow             *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file == NULL || self->document == NULL)
    {
      self->close_after_save = FALSE;
      return;
    }
  save_to (self, file);
}

static void
save_as (OdWindow *self)
{
  GFile *current = od_document_get_file (self->document);

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Save As"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Save"), _("_Cancel"));
  add_design_filters (GTK_FILE_CHOOSER (self->chooser));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  if (current != NULL)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (self->chooser), current, NULL);
  else
    {
      g_autofree char *name = g_strdup_printf ("%s.orgdesign", od_document_get_title (self->document));

      /* A name cannot hold a slash. */
      g_strdelimit (name, "/", '-');
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
    }
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (save_as_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  OdWindow *self = OD_WINDOW (widget);

  if (self->document == NULL)
    return;
  if (od_document_get_file (self->document) == NULL)
    save_as (self);
  else
    save_to (self, NULL);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  OdWindow *self = OD_WINDOW (widget);

  if (self->document != NULL)
    save_as (self);
}

/* F9: the outline and the side panel go, leaving the chart the room (a
 * projector, a workshop); again, they come back. */
static void
toggle_panels_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  OdWindow *self = OD_WINDOW (widget);
  GtkWidget *content = gtk_widget_get_ancestor (GTK_WIDGET (self->canvas), GTK_TYPE_PANED);
  GtkWidget *side = content != NULL ? gtk_paned_get_end_child (GTK_PANED (content)) : NULL;
  gboolean shown = gtk_widget_get_visible (GTK_WIDGET (self->outline));

  gtk_widget_set_visible (GTK_WIDGET (self->outline), !shown);
  if (side != NULL)
    gtk_widget_set_visible (side, !shown);
  if (shown)
    gtk_widget_grab_focus (GTK_WIDGET (self->canvas));
}

/* F11 */
static void
fullscreen_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  if (gtk_window_is_fullscreen (GTK_WINDOW (widget)))
    gtk_window_unfullscreen (GTK_WINDOW (widget));
  else
    gtk_window_fullscreen (GTK_WINDOW (widget));
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  OdWindow *self = OD_WINDOW (widget);

  if (self->document != NULL)
    od_undo_stack_undo (od_document_get_undo_stack (self->document));
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  OdWindow *self = OD_WINDOW (widget);

  if (self->document != NULL)
    od_undo_stack_redo (od_document_get_undo_stack (self->document));
}

/* ---- editing units ---- */

static void
toast_message (OdWindow   *self,
               const char *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

/* Pushes a command the caller made, or says why it was refused. */
static gboolean
push_command (OdWindow  *self,
              OdCommand *command,
              GError    *error)
{
  g_autoptr(GError) owned = error;

  if (command != NULL && od_document_push (self->document, command, &owned))
    return TRUE;
  if (owned != NULL)
    toast_message (self, owned->message);
  return FALSE;
}

static OdOrganisation *
get_org (OdWindow *self)
{
  return od_document_get_organisation (self->document);
}

/* The units cut, copy, duplicate, delete and move work on: the selected
 * one and those marked beside it. */
static GStrv
selected_ids (OdWindow *self)
{
  if (self->tree == NULL)
    return g_new0 (char *, 1);
  return od_selection_dup_ids (od_selection_get_for_tree (self->tree));
}

static guint
n_marked (OdWindow *self)
{
  return self->tree != NULL ? od_selection_get_n_marked (od_selection_get_for_tree (self->tree)) : 0;
}

/* A new unit under @parent (NULL: at the top) at @position, selected and
 * ready to be named. */
static void
add_unit (OdWindow     *self,
          const OdUnit *parent,
          int           position)
{
  OdUnitKind kind = OD_UNIT_KIND_FRONT;
  GError *error = NULL;
  OdCommand *command;
  g_autofree char *id = NULL;

  /* A new unit is usually of its parent's kind; below the executive it
   * is a department, front office being the commonest. */
  if (parent != NULL && od_unit_get_kind (parent) != OD_UNIT_KIND_EXECUTIVE)
    kind = od_unit_get_kind (parent);
  command = od_command_add_unit (get_org (self), parent != NULL ? od_unit_get_id (parent) : NULL,
                                 position, NULL, _("New Unit"), kind, &error);
  if (command != NULL)
    id = g_strdup (od_command_get_new_unit_id (command));
  if (!push_command (self, command, error))
    return;
  od_unit_tree_select (self->tree, id);
  adw_view_stack_set_visible_child_name (self->side_stack, "unit");
  od_inspector_focus_name (self->inspector);
}

static void
add_child_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  OdWindow *self = OD_WINDOW (widget);
  OdUnit *selected;

  if (self->document == NULL)
    return;
  selected = od_unit_tree_get_selected_unit (self->tree);
  /* With nothing selected, the new unit reports to the top unit. */
  if (selected == NULL)
    selected = od_organisation_get_first_top_unit (get_org (self));
  add_unit (self, selected, -1);
}

static void
add_sibling_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  OdWindow *self = OD_WINDOW (widget);
  OdUnit *selected = self->tree != NULL ? od_unit_tree_get_selected_unit (self->tree) : NULL;

  if (selected != NULL)
    add_unit (self, od_unit_get_parent (selected), od_unit_get_position (selected) + 1);
}

static void
undo_toast_cb (AdwToast *toast,
               OdWindow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.undo", NULL);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OdWindow *self = OD_WINDOW (widget);
  OdUnit *selected = self->tree != NULL ? od_unit_tree_get_selected_unit (self->tree) : NULL;
  g_autofree char *message = NULL;
  GError *error = NULL;
  OdCommand *command;
  AdwToast *toast;
  guint below;

  if (selected == NULL)
    return;
  /* Several units selected: all of them (and what is below) in one step. */
  if (n_marked (self) > 0)
    {
      g_auto(GStrv) ids = selected_ids (self);
      guint n = g_strv_length (ids);

      command = od_command_remove_units (get_org (self), (const char * const *) ids, &error);
      if (!push_command (self, command, error))
        return;
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Deleted %u unit", "Deleted %u units", n), n);
      toast = adw_toast_new (message);
      adw_toast_set_button_label (toast, _("_Undo"));
      g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_toast_cb), self, 0);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
      return;
    }
  below = 0;
  if (od_unit_get_first_child (selected) != NULL)
    {
      g_autoptr(GPtrArray) units = od_organisation_list_units (get_org (self));

      below = 0;
      for (guint i = 0; i < units->len; i++)
        if (units->pdata[i] != (gpointer) selected && od_unit_is_within (units->pdata[i], selected))
          below++;
    }
  if (below > 0)
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "Deleted “%s” and %u unit below it",
                                            "Deleted “%s” and %u units below it", below),
                               od_unit_get_name (selected), below);
  else
    message = g_strdup_printf (_("Deleted “%s”"), od_unit_get_name (selected));
  command = od_command_remove_unit (get_org (self), od_unit_get_id (selected), &error);
  if (!push_command (self, command, error))
    return;
  /* Deleting is undoable, so it does not ask first; the toast offers the
   * way back. */
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_toast_cb), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* ---- clipboard ---- */

static gboolean
copy_selection (OdWindow *self)
{
  g_auto(GStrv) ids = selected_ids (self);
  g_autoptr(GError) error = NULL;

  if (ids[0] == NULL)
    return FALSE;
  if (!od_clipboard_set_units (gtk_widget_get_clipboard (GTK_WIDGET (self)), get_org (self),
                               (const char * const *) ids, &error))
    {
      toast_message (self, error->message);
      return FALSE;
    }
  return TRUE;
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  OdWindow *self = OD_WINDOW (widget);

  if (self->document != NULL && copy_selection (self))
    toast_message (self, _("Copied; paste it under any unit, here or in another window"));
}

static void
cut_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  OdWindow *self = OD_WINDOW (widget);
  g_auto(GStrv) ids = NULL;
  GError *error = NULL;
  AdwToast *toast;

  if (self->document == NULL || !copy_selection (self))
    return;
  ids = selected_ids (self);
  if (!push_command (self, od_command_remove_units (get_org (self), (const char * const *) ids, &error), error))
    return;
  toast = adw_toast_new (_("Cut; paste it under another unit"));
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_toast_cb), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
paste_read_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(OdWindow) self = user_data;
  g_autoptr(GError) read_error = NULL;
  g_autoptr(GBytes) document = od_clipboard_read_units_finish (GDK_CLIPBOARD (source), result, &read_error);
  g_autofree char *first = NULL;
  GError *error = NULL;
  OdCommand *command;
  OdUnit *parent;

  if (self->document == NULL)
    return;
  if (document == NULL)
    {
      toast_message (self, read_error->message);
      return;
    }
  /* Under the selected unit, as its last reports; with nothing selected,
   * under the top unit. */
  parent = od_unit_tree_get_selected_unit (self->tree);
  if (parent == NULL)
    parent = od_organisation_get_first_top_unit (get_org (self));
  command = od_command_paste_units (get_org (self), document, parent ? od_unit_get_id (parent) : NULL, -1, &error);
  if (command != NULL)
    first = g_strdup (od_command_get_pasted_ids (command)[0]);
  if (push_command (self, command, error))
    od_unit_tree_select (self->tree, first);
}

static void
paste_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  OdWindow *self = OD_WINDOW (widget);

  if (self->document != NULL)
    od_clipboard_read_units_async (gtk_widget_get_clipboard (widget), NULL, paste_read_cb, g_object_ref (self));
}

static void
duplicate_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  OdWindow *self = OD_WINDOW (widget);
  g_auto(GStrv) ids = NULL;
  OdUnit *unit;
  GError *error = NULL;

  if (self->document == NULL)
    return;
  ids = selected_ids (self);
  unit = od_unit_tree_get_selected_unit (self->tree);
  if (!push_command (self, od_command_duplicate_units (get_org (self), (const char * const *) ids, &error), error))
    return;
  /* The copy sits right after its original: select it. */
  if (unit != NULL && od_unit_get_next_sibling (unit) != NULL)
    od_unit_tree_select (self->tree, od_unit_get_id (od_unit_get_next_sibling (unit)));
}

static void
rename_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OdWindow *self = OD_WINDOW (widget);
  OdUnit *unit = self->tree != NULL ? od_unit_tree_get_selected_unit (self->tree) : NULL;
  GdkRectangle box;

  /* From the chart (F2 there, a double click on a box): an editor over the
   * box, where the eyes are; elsewhere the name field of the side panel.
   * The chart is asked whether it is the window's focus widget, not
   * whether it has the keyboard: a window the compositor has not
   * activated (yet) still renames where its focus is. */
  if (unit != NULL && gtk_widget_is_focus (GTK_WIDGET (self->canvas))
      && od_chart_canvas_get_unit_rect (self->canvas, unit, &box)
      && box.x + box.width > 0 && box.y + box.height > 0
      && box.x < gtk_widget_get_width (GTK_WIDGET (self->canvas))
      && box.y < gtk_widget_get_height (GTK_WIDGET (self->canvas)))
    {
      od_inline_rename_start (GTK_WIDGET (self->canvas), self->document, od_unit_get_id (unit), &box);
      return;
    }
  adw_view_stack_set_visible_child_name (self->side_stack, "unit");
  od_inspector_focus_name (self->inspector);
}

static void
add_function_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  OdWindow *self = OD_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->side_stack, "unit");
  od_inspector_add_function (self->inspector);
}

static void
move_by (OdWindow *self,
         int       delta)
{
  OdUnit *selected = self->tree != NULL ? od_unit_tree_get_selected_unit (self->tree) : NULL;
  OdUnit *parent;
  GError *error = NULL;
  OdCommand *command;
  int position;

  if (selected == NULL)
    return;
  parent = od_unit_get_parent (selected);
  /* Positions count the siblings without the unit itself. */
  position = (int) od_unit_get_position (selected) + delta;
  if (position < 0 || (guint) position >= (parent != NULL ? od_unit_get_n_children (parent)
                                                          : od_organisation_get_n_top_units (get_org (self))))
    return;
  command = od_command_move_unit (get_org (self), od_unit_get_id (selected),
                                  parent != NULL ? od_unit_get_id (parent) : NULL,
                                  position, &error);
  push_command (self, command, error);
}

static void
move_up_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  move_by (OD_WINDOW (widget), -1);
}

static void
move_down_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  move_by (OD_WINDOW (widget), 1);
}

gboolean
od_window_move_unit (OdWindow   *self,
                     const char *unit_id,
                     const char *new_parent_id)
{
  GError *error = NULL;
  OdCommand *command;

  g_return_val_if_fail (OD_IS_WINDOW (self), FALSE);

  if (self->document == NULL)
    return FALSE;
  command = od_command_move_unit (get_org (self), unit_id, new_parent_id, -1, &error);
  if (!push_command (self, command, error))
    return FALSE;
  od_unit_tree_select (self->tree, unit_id);
  return TRUE;
}

static void
unit_chosen_cb (OdUnitChooser *chooser,
                const char    *target_id,
                OdWindow      *self)
{
  const char *unit_id = g_object_get_data (G_OBJECT (chooser), "od-unit-id");
  OdMultiMove *moving = g_object_get_data (G_OBJECT (chooser), "od-multi-move");
  g_autoptr(GError) error = NULL;

  /* Several units selected: they move together, as one step. */
  if (moving != NULL && self->document != NULL)
    {
      if (!od_multi_move_to (moving, target_id, &error))
        toast_message (self, error->message);
      return;
    }
  od_window_move_unit (self, unit_id, target_id);
}

/* A row of the chooser the selected units may all move to. */
static gboolean
multi_move_allowed (const char *unit_id,
                    gpointer    user_data)
{
  return od_multi_move_allows (user_data, unit_id);
}

static void
move_to_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  OdWindow *self = OD_WINDOW (widget);
  OdUnit *selected = self->tree != NULL ? od_unit_tree_get_selected_unit (self->tree) : NULL;
  OdUnitChooser *chooser;

  if (selected == NULL)
    return;
  chooser = od_unit_chooser_new (GTK_WINDOW (self), get_org (self), selected);
  g_object_set_data_full (G_OBJECT (chooser), "od-unit-id", g_strdup (od_unit_get_id (selected)), g_free);
  if (n_marked (self) > 0)
    {
      OdMultiMove *moving = od_multi_move_new (self->tree, od_unit_get_id (selected));
      guint n = od_multi_move_get_n_roots (moving);
      g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Move %u Unit To", "Move %u Units To", n), n);

      g_object_set_data_full (G_OBJECT (chooser), "od-multi-move", moving, (GDestroyNotify) od_multi_move_free);
      od_unit_chooser_set_purpose (chooser, title, _("Choose the unit they will report to"));
      od_unit_chooser_set_allowed (chooser, multi_move_allowed, moving);
    }
  g_signal_connect_object (chooser, "unit-chosen", G_CALLBACK (unit_chosen_cb), self, 0);
  gtk_window_present (GTK_WINDOW (chooser));
}

static void
dotted_target_chosen_cb (OdUnitChooser *chooser,
                         const char    *target_id,
                         OdWindow      *self)
{
  const char *unit_id = g_object_get_data (G_OBJECT (chooser), "od-unit-id");
  GError *error = NULL;
  OdCommand *command;

  if (self->document == NULL)
    return;
  command = od_command_add_dotted_line (get_org (self), unit_id, target_id, NULL, &error);
  if (push_command (self, command, error))
    toast_message (self, _("Dotted line added"));
}

/* A dotted (functional) line from the selected unit to another one, e.g.
 * IT support giving sales two hours a day. */
static void
add_dotted_line_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  OdWindow *self = OD_WINDOW (widget);
  OdUnit *selected = self->tree != NULL ? od_unit_tree_get_selected_unit (self->tree) : NULL;
  g_autofree char *title = NULL;
  OdUnitChooser *chooser;

  if (selected == NULL)
    return;
  chooser = od_unit_chooser_new (GTK_WINDOW (self), get_org (self), selected);
  title = g_strdup_printf (_("Dotted Line From “%s”"), od_unit_get_name (selected));
  od_unit_chooser_set_purpose (chooser, title, _("Choose the unit it also works for"));
  g_object_set_data_full (G_OBJECT (chooser), "od-unit-id", g_strdup (od_unit_get_id (selected)), g_free);
  g_signal_connect_object (chooser, "unit-chosen", G_CALLBACK (dotted_target_chosen_cb), self, 0);
  gtk_window_present (GTK_WINDOW (chooser));
}

static void
select_all_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  OdWindow *self = OD_WINDOW (widget);

  if (self->tree != NULL)
    od_selection_select_all (od_selection_get_for_tree (self->tree));
}

static void
select_none_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  OdWindow *self = OD_WINDOW (widget);

  if (self->tree != NULL)
    od_selection_clear (od_selection_get_for_tree (self->tree));
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  OdWindow *self = OD_WINDOW (widget);

  if (self->document != NULL)
    od_outline_start_search (self->outline);
}

/* The zoom keys work wherever the focus is; the canvas does the zooming. */
static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  OdWindow *self = OD_WINDOW (widget);

  /* "win.zoom-in" → "chart.zoom-in", or "pages.zoom-in" in the page view */
  gboolean pages = gtk_widget_get_visible (GTK_WIDGET (self->page_view));
  g_autofree char *name = g_strconcat (pages ? "pages." : "chart.", action_name + strlen ("win."), NULL);

  if (self->document != NULL)
    gtk_widget_activate_action (pages ? GTK_WIDGET (self->page_view) : GTK_WIDGET (self->canvas), name, NULL);
}

static void
show_findings_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  OdWindow *self = OD_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->side_stack, "findings");
}

/* ---- closing ---- */

static void
recent_activated_cb (GtkListBox    *list,
                     GtkListBoxRow *row,
                     OdWindow      *self)
{
  GFile *file = g_object_get_data (G_OBJECT (row), "od-file");

  if (file != NULL)
    od_window_open_file (self, file);
}

/* The welcome page lists the designs used lately, newest first. */
static void
fill_recent (OdWindow *self)
{
  g_autoptr(GPtrArray) files = od_recent_list (5);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recent_list))) != NULL)
    gtk_list_box_remove (self->recent_list, child);
  for (guint i = 0; i < files->len; i++)
    {
      GFile *file = files->pdata[i];
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *display = g_filename_display_name (name);
      g_autoptr(GFile) parent = g_file_get_parent (file);
      g_autofree char *where = parent ? g_file_get_parse_name (parent) : NULL;
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), display);
      if (where != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), where);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "od-file", g_object_ref (file), g_object_unref);
      gtk_list_box_append (self->recent_list, row);
    }
  gtk_widget_set_visible (self->recent_box, files->len > 0);
}

static void
document_file_cb (OdWindow *self)
{
  GFile *file = self->document ? od_document_get_file (self->document) : NULL;

  if (file != NULL)
    od_recent_add (file);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OdWindow *self = OD_WINDOW (widget);

  if (self->document != NULL)
    od_export_run_dialog (GTK_WINDOW (self), self->toast_overlay, od_document_get_organisation (self->document),
                          od_document_get_title (self->document));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  OdWindow *self = OD_WINDOW (widget);

  if (self->document != NULL)
    od_print_organisation (GTK_WINDOW (self), od_document_get_organisation (self->document));
}

/* The page view covers the chart while on: the pages as they print. */
static void
page_view_change_state_cb (GSimpleAction *action,
                           GVariant      *state,
                           gpointer       user_data)
{
  OdWindow *self = user_data;
  gboolean on = g_variant_get_boolean (state);

  g_simple_action_set_state (action, state);
  gtk_widget_set_visible (GTK_WIDGET (self->page_view), on);
  if (on)
    gtk_widget_grab_focus (GTK_WIDGET (od_page_view_get_sheets (self->page_view)));
  else if (self->document != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->canvas));
}

static void
diagnose_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  OdWindow *self = OD_WINDOW (widget);

  if (self->document == NULL)
    return;
  if (self->diagnose_window == NULL)
    {
      self->diagnose_window = _od_window_keeping_diagnose_window (GTK_WINDOW (self), self->document);
      g_object_add_weak_pointer (G_OBJECT (self->diagnose_window), (gpointer *) &self->diagnose_window);
    }
  gtk_window_present (self->diagnose_window);
}

static void
org_properties_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  OdWindow *self = OD_WINDOW (widget);

  if (self->document != NULL)
    od_org_properties_present (GTK_WINDOW (self), self->document);
}

static void
coordination_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  OdWindow *self = OD_WINDOW (widget);

  if (self->document != NULL)
    od_coordination_editor_present (GTK_WINDOW (self), self->document);
}

gboolean
od_window_restore (OdWindow              *self,
                   const OdRecoveryEntry *entry,
                   GError               **error)
{
  g_autoptr(OdDocument) document = _od_window_keeping_restore (entry, error);

  g_return_val_if_fail (OD_IS_WINDOW (self), FALSE);

  if (document == NULL)
    return FALSE;
  od_window_set_document (self, document);
  /* Keep writing to the same recovery slot, so one crash after another
   * never leaves two copies. */
  g_clear_object (&self->autosave);
  self->autosave = od_autosave_new (document, entry);
  return TRUE;
}

static void
close_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   OdWindow         *self)
{
  if (g_strcmp0 (response, "discard") == 0)
    {
      self->closing = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
  else if (g_strcmp0 (response, "save") == 0)
    {
      self->close_after_save = TRUE;
      gtk_widget_activate_action (GTK_WIDGET (self), "win.save", NULL);
    }
}

static gboolean
od_window_close_request (GtkWindow *window)
{
  OdWindow *self = OD_WINDOW (window);
  g_autofree char *heading = NULL;
  AdwMessageDialog *dialog;

  if (self->closing || self->document == NULL || !od_document_get_modified (self->document))
    {
      if (self->loading != NULL)
        g_cancellable_cancel (self->loading);
      /* Closed on purpose (saved, or the user chose to discard): nothing
       * is left to recover. */
      if (self->autosave != NULL)
        od_autosave_discard (self->autosave);
      return GTK_WINDOW_CLASS (od_window_parent_class)->close_request (window);
    }

  gtk_window_present (window);
  heading = g_strdup_printf (_("Save Changes to “%s”?"), od_document_get_title (self->document));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (window, heading,
                                                       _("Unsaved changes are lost if you close without saving.")));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (close_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

static void
od_window_dispose (GObject *object)
{
  OdWindow *self = OD_WINDOW (object);

  if (self->loading != NULL)
    g_cancellable_cancel (self->loading);
  g_clear_handle_id (&self->loading_tick, g_source_remove);
  release_document (self);
  g_clear_object (&self->document);
  g_clear_object (&self->chooser);
  g_clear_object (&self->loading_file);

  G_OBJECT_CLASS (od_window_parent_class)->dispose (object);
}

static void
od_window_class_init (OdWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = od_window_dispose;
  window_class->close_request = od_window_close_request;

  g_type_ensure (OD_TYPE_CHART_CANVAS);
  g_type_ensure (OD_TYPE_OUTLINE);
  g_type_ensure (OD_TYPE_INSPECTOR);
  g_type_ensure (OD_TYPE_FINDINGS_PANEL);
  g_type_ensure (OD_TYPE_PAGE_VIEW);
  od_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, OD_UI_RESOURCE_PATH "/od-window.ui");
  gtk_widget_class_bind_template_child (widget_class, OdWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, OdWindow, recent_box);
  gtk_widget_class_bind_template_child (widget_class, OdWindow, recent_list);
  gtk_widget_class_bind_template_callback (widget_class, recent_activated_cb);
  gtk_widget_class_bind_template_child (widget_class, OdWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, OdWindow, undo_box);
  gtk_widget_class_bind_template_child (widget_class, OdWindow, undo_button);
  gtk_widget_class_bind_template_child (widget_class, OdWindow, redo_button);
  gtk_widget_class_bind_template_child (widget_class, OdWindow, save_button);
  gtk_widget_class_bind_template_child (widget_class, OdWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, OdWindow, loading_label);
  gtk_widget_class_bind_template_child (widget_class, OdWindow, loading_progress);
  gtk_widget_class_bind_template_child (widget_class, OdWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, OdWindow, canvas);
  gtk_widget_class_bind_template_child (widget_class, OdWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, OdWindow, outline);
  gtk_widget_class_bind_template_child (widget_class, OdWindow, side_stack);
  gtk_widget_class_bind_template_child (widget_class, OdWindow, findings_page);
  gtk_widget_class_bind_template_child (widget_class, OdWindow, inspector);
  gtk_widget_class_bind_template_child (widget_class, OdWindow, findings_panel);
  gtk_widget_class_bind_template_child (widget_class, OdWindow, editor_paned);
  gtk_widget_class_bind_template_child (widget_class, OdWindow, content_paned);
  gtk_widget_class_bind_template_child (widget_class, OdWindow, page_view);
  gtk_widget_class_bind_template_child (widget_class, OdWindow, page_view_button);

  gtk_widget_class_install_action (widget_class, "win.new-from-template", "s", new_from_template_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-open", NULL, cancel_open_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-panels", NULL, toggle_panels_action);
  gtk_widget_class_install_action (widget_class, "win.fullscreen", NULL, fullscreen_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.toggle-panels", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F11, 0, "win.fullscreen", NULL);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.diagnose", NULL, diagnose_action);
  gtk_widget_class_install_action (widget_class, "win.show-findings", NULL, show_findings_action);
  gtk_widget_class_install_action (widget_class, "win.org-properties", NULL, org_properties_action);
  gtk_widget_class_install_action (widget_class, "win.coordination", NULL, coordination_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_ALT_MASK, "win.org-properties", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_ALT_MASK, "win.org-properties", NULL);
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-fit", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-reset", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "unit.add-child", NULL, add_child_action);
  gtk_widget_class_install_action (widget_class, "unit.add-sibling", NULL, add_sibling_action);
  gtk_widget_class_install_action (widget_class, "unit.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "unit.rename", NULL, rename_action);
  gtk_widget_class_install_action (widget_class, "unit.copy", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "unit.cut", NULL, cut_action);
  gtk_widget_class_install_action (widget_class, "unit.paste", NULL, paste_action);
  gtk_widget_class_install_action (widget_class, "unit.duplicate", NULL, duplicate_action);
  /* On the window, so that a text field being edited copies its text. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK, "unit.copy", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_x, GDK_CONTROL_MASK, "unit.cut", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_v, GDK_CONTROL_MASK, "unit.paste", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "unit.duplicate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_D, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "unit.duplicate", NULL);
  gtk_widget_class_install_action (widget_class, "unit.add-function", NULL, add_function_action);
  gtk_widget_class_install_action (widget_class, "unit.move-up", NULL, move_up_action);
  gtk_widget_class_install_action (widget_class, "unit.move-down", NULL, move_down_action);
  gtk_widget_class_install_action (widget_class, "unit.move-to", NULL, move_to_action);
  gtk_widget_class_install_action (widget_class, "unit.select-all", NULL, select_all_action);
  gtk_widget_class_install_action (widget_class, "unit.select-none", NULL, select_none_action);
  /* Text fields see Ctrl+A first and keep it for their text. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_a, GDK_CONTROL_MASK, "unit.select-all", NULL);
  gtk_widget_class_install_action (widget_class, "unit.add-dotted-line", NULL, add_dotted_line_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, GDK_CONTROL_MASK, "unit.add-dotted-line", NULL);

  /* Bound on the window, not the application, so that a text field being
   * edited gets Ctrl+Z for its own text first. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.find", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "win.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "win.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "win.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, GDK_CONTROL_MASK, "win.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_CONTROL_MASK, "win.zoom-reset", NULL);
  /* Menus show the binding added last: the keypad variants go first. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Insert, 0, "unit.add-child", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Insert, 0, "unit.add-child", NULL);
  /* Ctrl+N is a new design, as in every GNOME application. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "unit.add-child", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "unit.add-child", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "unit.add-sibling", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "unit.add-sibling", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "unit.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "unit.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "unit.rename", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "unit.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "unit.move-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_m, GDK_CONTROL_MASK, "unit.move-to", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "unit.add-function", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "unit.add-function", NULL);
}

static void
od_window_init (OdWindow *self)
{
  GtkDropTarget *target;
  GType types[] = { GDK_TYPE_FILE_LIST, G_TYPE_FILE };

  gtk_widget_init_template (GTK_WIDGET (self));
  {
    /* A stateful action in the window's own map ("win."), so that the
     * menu shows a check and the header bar button stays pressed. */
    const GActionEntry entries[] = {
      { .name = "page-view", .state = "false", .change_state = page_view_change_state_cb },
    };

    g_action_map_add_action_entries (G_ACTION_MAP (self), entries, G_N_ELEMENTS (entries), self);
  }
  od_settings_track_window (GTK_WINDOW (self), self->editor_paned, self->content_paned);
  /* A name committed or a field left with Esc: the keys go back to the
   * structure, where the selected unit's row is. */
  g_signal_connect_object (self->inspector, "editing-done", G_CALLBACK (od_outline_focus_list),
                           self->outline, G_CONNECT_SWAPPED);

  target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
  gtk_drop_target_set_gtypes (target, types, G_N_ELEMENTS (types));
  g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));

  /* F5, the legend and the mini-map (od-presentation.c). */
  {
    GtkWidget *panels[] = {
      GTK_WIDGET (self->outline),
      gtk_paned_get_end_child (self->content_paned),
      self->header_bar,
    };

    od_presentation_attach (GTK_WINDOW (self), self->canvas,
                            GTK_OVERLAY (gtk_widget_get_parent (GTK_WIDGET (self->canvas))),
                            panels, G_N_ELEMENTS (panels));
  }

  fill_recent (self);
  update_actions (self);
}

OdWindow *
od_window_new (OdApplication *app)
{
  return g_object_new (OD_TYPE_WINDOW, "application", app, NULL);
}
