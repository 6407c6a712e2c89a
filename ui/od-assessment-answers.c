/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-assessment-answers.c: the respondents and the twenty statements. */
#include "config.h"

#include <glib/gi18n.h>

#include "od-assessment-private.h"

static const char *
scale_label (guint value)
{
  switch (value)
    {
    case 1: return _("Strongly disagree");
    case 2: return _("Disagree");
    case 3: return _("Neither agree nor disagree");
    case 4: return _("Agree");
    default: return _("Strongly agree");
    }
}

static GPtrArray *
respondents (OdAssessmentPage *self)
{
  return od_organisation_get_respondents (od_document_get_organisation (self->document));
}

static void
answer_toggled_cb (GtkToggleButton  *button,
                   OdAssessmentPage *self)
{
  guint item = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "od-item"));
  guint value = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "od-value"));
  GPtrArray *list;
  OdRespondent copy;
  GError *error = NULL;
  OdCommand *command;

  if (self->updating || !gtk_toggle_button_get_active (button) || self->document == NULL)
    return;
  list = respondents (self);
  if (self->respondent >= list->len)
    return;
  copy = *(OdRespondent *) list->pdata[self->respondent];
  if (copy.answers[item - 1] == value)
    return;
  copy.answers[item - 1] = (guint8) value;
  command = od_command_set_respondent (od_document_get_organisation (self->document), self->respondent, &copy, &error);
  _od_assessment_push (self, command, error);
}

static void
remove_clicked_cb (GtkButton        *button,
                   OdAssessmentPage *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "od-index"));
  GError *error = NULL;
  OdCommand *command = od_command_set_respondent (od_document_get_organisation (self->document), index, NULL, &error);

  if (self->respondent >= index && self->respondent > 0)
    self->respondent--;
  self->n_respondents_shown = G_MAXUINT;
  _od_assessment_push (self, command, error);
}

static void
respondent_activated_cb (GtkListBox       *list,
                         GtkListBoxRow    *row,
                         OdAssessmentPage *self)
{
  od_assessment_page_select_respondent (self, (guint) gtk_list_box_row_get_index (row));
}

static void
add_clicked_cb (OdAssessmentPage *self)
{
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->new_name));
  OdRespondent respondent = { 0 };
  g_autofree char *trimmed = g_strstrip (g_strdup (name));
  GError *error = NULL;
  OdCommand *command;

  if (self->document == NULL || trimmed[0] == '\0')
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->new_name));
      return;
    }
  respondent.name = trimmed;
  respondent.side = gtk_drop_down_get_selected (self->new_side) == 0 ? OD_SIDE_SALES : OD_SIDE_MARKETING;
  command = od_command_set_respondent (od_document_get_organisation (self->document), respondents (self)->len,
                                       &respondent, &error);
  self->respondent = respondents (self)->len;
  self->n_respondents_shown = G_MAXUINT;
  _od_assessment_push (self, command, error);
  gtk_editable_set_text (GTK_EDITABLE (self->new_name), "");
}

/* A digit 1–5 answers the statement whose row has the focus, and the
 * focus moves on to the next statement: twenty answers in twenty keys. */
static gboolean
statement_key_cb (GtkEventControllerKey *controller,
                  guint                  keyval,
                  guint                  keycode,
                  GdkModifierType        state,
                  OdAssessmentPage      *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  guint item = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "od-item"));
  guint value;
  GtkWidget *next;

  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK))
    return FALSE;
  if (keyval >= GDK_KEY_1 && keyval <= GDK_KEY_5)
    value = keyval - GDK_KEY_0;
  else if (keyval >= GDK_KEY_KP_1 && keyval <= GDK_KEY_KP_5)
    value = keyval - GDK_KEY_KP_0;
  else
    return FALSE;
  od_assessment_page_answer (self, item, value);
  next = gtk_widget_get_next_sibling (row);
  if (next != NULL)
    gtk_widget_grab_focus (next);
  return TRUE;
}

/* The focused statement is highlighted on the chart of the answers. */
static void
statement_focus_cb (GtkEventControllerFocus *controller,
                    OdAssessmentPage        *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));

  self->focused_item = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "od-item"));
  if (self->statements != NULL)
    gtk_widget_queue_draw (GTK_WIDGET (self->statements));
}

/* One statement: its text and five linked toggle buttons, 1 to 5. */
static GtkWidget *
statement_row (OdAssessmentPage *self,
               guint             item)
{
  const OdStatement *statement = od_questionnaire_get_statement (item);
  g_autofree char *title = g_strdup_printf ("%u. %s", item, statement->text[od_lang_for_user ()]);
  GtkWidget *row = _od_assessment_row (title, NULL);
  GtkWidget *group = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkToggleButton *first = NULL;

  gtk_widget_add_css_class (group, "linked");
  gtk_widget_set_valign (group, GTK_ALIGN_CENTER);
  for (guint value = OD_ANSWER_MIN; value <= OD_ANSWER_MAX; value++)
    {
      g_autofree char *label = g_strdup_printf ("%u", value);
      g_autofree char *accessible = g_strdup_printf (_("Statement %u: %u, %s"), item, value, scale_label (value));
      GtkWidget *button = gtk_toggle_button_new_with_label (label);

      gtk_widget_set_tooltip_text (button, scale_label (value));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
      if (first == NULL)
        first = GTK_TOGGLE_BUTTON (button);
      else
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), first);
      g_object_set_data (G_OBJECT (button), "od-item", GUINT_TO_POINTER (item));
      g_object_set_data (G_OBJECT (button), "od-value", GUINT_TO_POINTER (value));
      g_signal_connect (button, "toggled", G_CALLBACK (answer_toggled_cb), self);
      self->buttons[item - 1][value - 1] = GTK_TOGGLE_BUTTON (button);
      gtk_box_append (GTK_BOX (group), button);
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), group);
  g_object_set_data (G_OBJECT (row), "od-item", GUINT_TO_POINTER (item));
  {
    GtkEventController *keys = gtk_event_controller_key_new ();
    GtkEventController *focus = gtk_event_controller_focus_new ();

    g_signal_connect (keys, "key-pressed", G_CALLBACK (statement_key_cb), self);
    gtk_widget_add_controller (row, keys);
    g_signal_connect (focus, "enter", G_CALLBACK (statement_focus_cb), self);
    gtk_widget_add_controller (row, focus);
  }
  return row;
}

void
_od_assessment_build_answers (OdAssessmentPage *self,
                              GtkBox           *box)
{
  GtkWidget *add_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *add = gtk_button_new_with_mnemonic (_("_Add Respondent"));
  const char *sides[] = { NULL, NULL, NULL };

  self->respondents = _od_assessment_add_section (box, _("Respondents"));
  gtk_list_box_set_selection_mode (self->respondents, GTK_SELECTION_SINGLE);
  g_signal_connect (self->respondents, "row-activated", G_CALLBACK (respondent_activated_cb), self);

  self->new_name = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_placeholder_text (self->new_name, _("Name of the respondent"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->new_name), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Name of the respondent"), -1);
  gtk_widget_set_hexpand (GTK_WIDGET (self->new_name), TRUE);
  g_signal_connect_swapped (self->new_name, "activate", G_CALLBACK (add_clicked_cb), self);
  sides[0] = od_side_get_display_name (OD_SIDE_SALES);
  sides[1] = od_side_get_display_name (OD_SIDE_MARKETING);
  self->new_side = GTK_DROP_DOWN (gtk_drop_down_new_from_strings (sides));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->new_side), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Side"), -1);
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (add_clicked_cb), self);
  gtk_box_append (GTK_BOX (add_box), GTK_WIDGET (self->new_name));
  gtk_box_append (GTK_BOX (add_box), GTK_WIDGET (self->new_side));
  gtk_box_append (GTK_BOX (add_box), add);
  gtk_widget_set_margin_top (add_box, 6);
  gtk_box_append (box, add_box);

  self->answers_title = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->answers_title, 0);
  gtk_label_set_wrap (self->answers_title, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->answers_title), "heading");
  gtk_widget_set_margin_top (GTK_WIDGET (self->answers_title), 18);
  gtk_box_append (box, GTK_WIDGET (self->answers_title));
  self->answers = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->answers, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->answers), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->answers), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Statements"), -1);
  gtk_box_append (box, GTK_WIDGET (self->answers));
}

static char *
describe_score (const OdRespondentScore *score)
{
  if (score->complete)
    return g_strdup_printf (_("%s · %u of 100 · %s"), od_side_get_display_name (score->respondent->side),
                            score->total, od_stage_get_display_name (score->band));
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · incomplete: %u statement to answer",
                                       "%s · incomplete: %u statements to answer", score->n_missing),
                          od_side_get_display_name (score->respondent->side), score->n_missing);
}

void
_od_assessment_sync_answers (OdAssessmentPage *self)
{
  const OdDiagnosis *d = self->diagnosis;
  GPtrArray *list = respondents (self);

  _od_assessment_clear_list (self->respondents);
  for (guint i = 0; i < d->respondents->len; i++)
    {
      const OdRespondentScore *score = d->respondents->pdata[i];
      g_autofree char *subtitle = describe_score (score);
      GtkWidget *row = _od_assessment_row (score->respondent->name, subtitle);
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
      g_autofree char *remove_label = g_strdup_printf (_("Remove %s"), score->respondent->name);

      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, remove_label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label, -1);
      g_object_set_data (G_OBJECT (remove), "od-index", GUINT_TO_POINTER (i));
      g_signal_connect (remove, "clicked", G_CALLBACK (remove_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_list_box_append (self->respondents, row);
      if (i == self->respondent)
        gtk_list_box_select_row (self->respondents, GTK_LIST_BOX_ROW (row));
    }

  if (self->respondent >= list->len)
    self->respondent = list->len ? list->len - 1 : 0;
  if (list->len == 0)
    {
      _od_assessment_clear_list (self->answers);
      memset (self->buttons, 0, sizeof self->buttons);
      gtk_label_set_text (self->answers_title, _("Add a respondent to answer the twenty statements."));
      self->n_respondents_shown = 0;
      return;
    }
  {
    const OdRespondent *r = list->pdata[self->respondent];
    g_autofree char *title = g_strdup_printf (_("Answers of %s (1 strongly disagree … 5 strongly agree)"), r->name);

    gtk_label_set_text (self->answers_title, title);
    if (self->n_respondents_shown != list->len)
      {
        /* Built again only when who is shown changes, so that answering
         * does not move the keyboard focus. */
        _od_assessment_clear_list (self->answers);
        for (guint item = 1; item <= OD_N_QUESTIONS; item++)
          gtk_list_box_append (self->answers, statement_row (self, item));
        self->n_respondents_shown = list->len;
      }
    for (guint item = 1; item <= OD_N_QUESTIONS; item++)
      for (guint value = OD_ANSWER_MIN; value <= OD_ANSWER_MAX; value++)
        gtk_toggle_button_set_active (self->buttons[item - 1][value - 1], r->answers[item - 1] == value);
  }
}
