/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-assessment-page.c: the Diagnose page: its frame, and keeping it in
 * step with the document.  The sections are built in code, not from a .ui
 * template, since their rows follow the data (respondents, evidence). */
#include "config.h"

#include <glib/gi18n.h>

#include "od-assessment-private.h"

G_DEFINE_FINAL_TYPE (OdAssessmentPage, od_assessment_page, ADW_TYPE_BIN)

void
_od_assessment_push (OdAssessmentPage *self,
                     OdCommand        *command,
                     GError           *error)
{
  g_autoptr(GError) owned = error;
  GtkWidget *overlay;

  if (command != NULL && self->document != NULL && od_document_push (self->document, command, &owned))
    return;
  overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  if (owned != NULL && overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (owned->message));
  else if (owned != NULL)
    g_message ("%s", owned->message);
}

void
_od_assessment_clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

GtkWidget *
_od_assessment_row (const char *title,
                    const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  /* Texts come from documents and the catalog: never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  return row;
}

GtkListBox *
_od_assessment_add_section (GtkBox     *box,
                            const char *title)
{
  GtkWidget *heading = gtk_label_new (title);
  GtkWidget *list = gtk_list_box_new ();

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_widget_set_margin_top (heading, 18);
  gtk_box_append (box, heading);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_box_append (box, list);
  return GTK_LIST_BOX (list);
}

static void
refresh (OdAssessmentPage *self)
{
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_clear_pointer (&self->diagnosis, od_diagnosis_free);
  if (self->document == NULL)
    return;
  self->diagnosis = od_diagnosis_run (od_document_get_organisation (self->document));
  self->updating = TRUE;
  _od_assessment_sync_answers (self);
  _od_assessment_sync_results (self);
  self->updating = FALSE;
}

static gboolean
refresh_idle_cb (gpointer user_data)
{
  OdAssessmentPage *self = user_data;

  self->refresh_id = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

/* After the edit's signal has finished: the widget that made the edit (a
 * drop-down, a note) may be among those rebuilt. */
static void
organisation_changed_cb (OdAssessmentPage *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add (refresh_idle_cb, self);
}

static void
od_assessment_page_dispose (GObject *object)
{
  OdAssessmentPage *self = OD_ASSESSMENT_PAGE (object);

  od_assessment_page_set_document (self, NULL);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  G_OBJECT_CLASS (od_assessment_page_parent_class)->dispose (object);
}

static void
od_assessment_page_class_init (OdAssessmentPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = od_assessment_page_dispose;
}

static void
od_assessment_page_init (OdAssessmentPage *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 860);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  adw_bin_set_child (ADW_BIN (self), scrolled);

  self->verdict = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->verdict), "title-2");
  gtk_label_set_xalign (self->verdict, 0);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->verdict));
  self->reasons = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->reasons, TRUE);
  gtk_label_set_xalign (self->reasons, 0);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->reasons));

  _od_assessment_build_answers (self, GTK_BOX (box));
  _od_assessment_build_results (self, GTK_BOX (box));
}

GtkWidget *
od_assessment_page_new (void)
{
  return g_object_new (OD_TYPE_ASSESSMENT_PAGE, NULL);
}

void
od_assessment_page_set_document (OdAssessmentPage *self,
                                 OdDocument       *document)
{
  g_return_if_fail (OD_IS_ASSESSMENT_PAGE (self));

  if (self->document == document)
    return;
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (od_document_get_organisation (self->document), self);
  g_set_object (&self->document, document);
  self->respondent = 0;
  self->n_respondents_shown = G_MAXUINT;
  if (document != NULL)
    g_signal_connect_swapped (od_document_get_organisation (document), "changed",
                              G_CALLBACK (organisation_changed_cb), self);
  refresh (self);
}

void
od_assessment_page_select_respondent (OdAssessmentPage *self,
                                      guint             index)
{
  g_return_if_fail (OD_IS_ASSESSMENT_PAGE (self));

  self->respondent = index;
  self->n_respondents_shown = G_MAXUINT;   /* rebuild the answers */
  refresh (self);
}

void
od_assessment_page_answer (OdAssessmentPage *self,
                           guint             item,
                           guint             value)
{
  g_return_if_fail (OD_IS_ASSESSMENT_PAGE (self));
  g_return_if_fail (item >= 1 && item <= OD_N_QUESTIONS && value >= OD_ANSWER_MIN && value <= OD_ANSWER_MAX);

  if (self->buttons[item - 1][value - 1] != NULL)
    gtk_toggle_button_set_active (self->buttons[item - 1][value - 1], TRUE);
}

const char *
od_assessment_page_get_verdict (OdAssessmentPage *self)
{
  g_return_val_if_fail (OD_IS_ASSESSMENT_PAGE (self), NULL);
  return gtk_label_get_text (self->verdict);
}
