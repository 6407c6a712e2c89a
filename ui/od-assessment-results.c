/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-assessment-results.c: the verdict, scores, evidence, contradictions,
 * next moves, facts and conflict causes of the Diagnose page. */
#include "config.h"

#include <glib/gi18n.h>

#include "od-answers-chart.h"
#include "od-assessment-private.h"
#include "od-report.h"
#include "od-catalog.h"

static void
fact_selected_cb (GtkDropDown      *drop_down,
                  GParamSpec       *pspec,
                  OdAssessmentPage *self)
{
  static const char *const values[] = { NULL, "yes", "no" };
  const char *key = g_object_get_data (G_OBJECT (drop_down), "od-fact");
  guint selected = gtk_drop_down_get_selected (drop_down);
  GError *error = NULL;
  OdCommand *command;

  if (self->updating || self->document == NULL || selected >= G_N_ELEMENTS (values))
    return;
  if (g_strcmp0 (od_organisation_get_fact (od_document_get_organisation (self->document), key), values[selected]) == 0)
    return;
  command = od_command_set_fact (od_document_get_organisation (self->document), key, values[selected], &error);
  _od_assessment_push (self, command, error);
}

static void
cause_changed (OdAssessmentPage *self,
               guint             cause,
               OdCauseState      state,
               const char       *note)
{
  GError *error = NULL;
  OdCommand *command;

  if (self->updating || self->document == NULL)
    return;
  command = od_command_set_cause (od_document_get_organisation (self->document), cause, state,
                                  note && note[0] ? note : NULL, &error);
  _od_assessment_push (self, command, error);
}

static void
cause_state_cb (GtkDropDown      *drop_down,
                GParamSpec       *pspec,
                OdAssessmentPage *self)
{
  static const OdCauseState states[] = { OD_CAUSE_UNKNOWN, OD_CAUSE_PRESENT, OD_CAUSE_ABSENT };
  guint cause = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (drop_down), "od-cause"));
  const OdCauseAnswer *answer;
  guint selected = gtk_drop_down_get_selected (drop_down);

  if (self->updating || self->document == NULL || selected >= G_N_ELEMENTS (states))
    return;
  answer = od_organisation_get_cause (od_document_get_organisation (self->document), cause);
  if (answer->state != states[selected])
    cause_changed (self, cause, states[selected], answer->note);
}

static void
cause_note_cb (AdwEntryRow      *row,
               OdAssessmentPage *self)
{
  guint cause = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "od-cause"));
  const OdCauseAnswer *answer = od_organisation_get_cause (od_document_get_organisation (self->document), cause);

  cause_changed (self, cause, answer->state, gtk_editable_get_text (GTK_EDITABLE (row)));
}

static GtkWidget *
drop_down_row (const char        *title,
               const char *const *choices,
               guint              selected)
{
  GtkWidget *row = _od_assessment_row (title, NULL);
  GtkWidget *drop_down = gtk_drop_down_new_from_strings (choices);

  gtk_drop_down_set_selected (GTK_DROP_DOWN (drop_down), selected);
  gtk_widget_set_valign (drop_down, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), drop_down);
  g_object_set_data (G_OBJECT (row), "od-drop-down", drop_down);
  return row;
}

#define SCREEN_SCALE 1.6

/* The same picture as in the report (od-answers-chart.c), on screen; the
 * focused statement is highlighted. */
static void
draw_statements_cb (GtkDrawingArea *area,
                    cairo_t        *cr,
                    int             width,
                    int             height,
                    gpointer        user_data)
{
  OdAssessmentPage *self = user_data;
  OdAnswerMeans means;

  if (self->document == NULL)
    return;
  od_answer_means_compute (od_document_get_organisation (self->document), &means);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  /* Drawn in points for paper; on screen larger, to be read at a glance. */
  cairo_scale (cr, SCREEN_SCALE, SCREEN_SCALE);
  od_answers_chart_draw (cr, &means, width / SCREEN_SCALE, od_lang_for_user (), self->focused_item);
}

void
_od_assessment_build_results (OdAssessmentPage *self,
                              GtkBox           *box)
{
  self->scores = _od_assessment_add_section (box, _("Scores"));
  {
    GtkWidget *heading = gtk_label_new (_("Statement by statement: sales and marketing compared"));

    gtk_label_set_xalign (GTK_LABEL (heading), 0);
    gtk_widget_add_css_class (heading, "heading");
    gtk_widget_set_margin_top (heading, 18);
    gtk_box_append (box, heading);
    self->statements = GTK_DRAWING_AREA (gtk_drawing_area_new ());
    gtk_drawing_area_set_content_height (self->statements, (int) (od_answers_chart_get_height (800) * SCREEN_SCALE));
    gtk_drawing_area_set_draw_func (self->statements, draw_statements_cb, self, NULL);
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->statements), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    _("Statement by statement: sales and marketing compared"), -1);
    gtk_box_append (box, GTK_WIDGET (self->statements));
  }
  self->evidence = _od_assessment_add_section (box, _("Evidence in the structure"));
  self->moves = _od_assessment_add_section (box, _("Next moves"));
  self->facts = _od_assessment_add_section (box, _("Facts that decide whether a move is worth it"));
  self->causes = _od_assessment_add_section (box, _("Why front and back office fight"));
}

static void
sync_scores (OdAssessmentPage *self)
{
  const OdDiagnosis *d = self->diagnosis;

  _od_assessment_clear_list (self->scores);
  if (!d->has_score)
    {
      gtk_list_box_append (self->scores, _od_assessment_row (_("No complete questionnaire yet"),
                                                             _("Incomplete answers are not scored.")));
      return;
    }
  {
    g_autofree char *overall = g_strdup_printf (_("%.1f of 100 · %s"), d->overall, od_stage_get_display_name (d->answers_stage));
    gtk_list_box_append (self->scores, _od_assessment_row (_("Overall"), overall));
  }
  for (OdSide side = 0; side < OD_N_SIDES; side++)
    {
      const OdSideScore *s = &d->sides[side];
      g_autofree char *value = s->n_complete
        ? g_strdup_printf (_("%.1f of 100 · %s"), s->mean, od_stage_get_display_name (s->band))
        : g_strdup (_("No complete answers"));

      gtk_list_box_append (self->scores, _od_assessment_row (od_side_get_display_name (side), value));
    }
  if (d->has_gap)
    {
      g_autofree char *gap = g_strdup_printf (_("%.1f points"), d->gap);
      GtkWidget *row = _od_assessment_row (_("Gap between sales and marketing"), d->gap_is_finding
                                           ? _("The two sides see the relationship differently: discuss why before acting.")
                                           : gap);
      if (d->gap_is_finding)
        {
          adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), gap);
        }
      gtk_list_box_append (self->scores, row);
    }
}

static void
sync_evidence (OdAssessmentPage *self)
{
  const OdDiagnosis *d = self->diagnosis;

  _od_assessment_clear_list (self->evidence);
  for (guint i = 0; i < d->evidence->len; i++)
    {
      const OdEvidence *e = d->evidence->pdata[i];
      g_autofree char *subtitle = g_strdup_printf (e->against ? _("Against %s") : _("For %s"),
                                                   od_stage_get_display_name (e->stage));
      GtkWidget *row = _od_assessment_row (e->text, subtitle);

      adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name (e->against ? "list-remove-symbolic" : "list-add-symbolic"));
      gtk_list_box_append (self->evidence, row);
    }
  for (guint i = 0; i < d->contradictions->len; i++)
    {
      const OdContradiction *c = d->contradictions->pdata[i];
      GtkWidget *row = _od_assessment_row (c->text, _("Contradiction between answers and structure"));

      adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
      gtk_list_box_append (self->evidence, row);
    }
  if (d->evidence->len == 0 && d->contradictions->len == 0)
    gtk_list_box_append (self->evidence, _od_assessment_row (_("None: no mechanism recorded and no structural sign of collaboration."), NULL));
}

static void
sync_moves (OdAssessmentPage *self)
{
  const OdDiagnosis *d = self->diagnosis;

  _od_assessment_clear_list (self->moves);
  for (guint i = 0; i < d->move_need_reasons->len; i++)
    gtk_list_box_append (self->moves, _od_assessment_row (d->move_need_reasons->pdata[i], NULL));
  /* Each move expands to say what it involves and where the texts say it. */
  for (guint i = 0; i < d->next_moves->len; i++)
    {
      const OdNextMove *m = d->next_moves->pdata[i];
      const OdMechanism *mechanism = od_catalog_lookup_mechanism (od_catalog_get_default (), m->move->mechanism);
      GtkWidget *row = adw_expander_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), m->text);
      if (m->present)
        adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), _("Already in place"));
      adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row),
                                   gtk_image_new_from_icon_name (m->present ? "object-select-symbolic" : "go-next-symbolic"));
      if (mechanism != NULL)
        {
          g_autofree char *what = g_strdup_printf ("%s: %s", mechanism->name[od_lang_for_user ()],
                                                   mechanism->description[od_lang_for_user ()]);

          adw_expander_row_add_row (ADW_EXPANDER_ROW (row), _od_assessment_row (_("What it involves"), what));
        }
      /* The diagnosis names the source by its title, in the user's language. */
      if (m->source != NULL)
        adw_expander_row_add_row (ADW_EXPANDER_ROW (row), _od_assessment_row (_("Where the texts say it"), m->source));
      gtk_list_box_append (self->moves, row);
    }
}

static void
sync_facts (OdAssessmentPage *self)
{
  const char *choices[] = { _("Not known"), _("Yes"), _("No"), NULL };
  GPtrArray *facts = od_questionnaire_get_facts ();
  OdOrganisation *org = od_document_get_organisation (self->document);

  _od_assessment_clear_list (self->facts);
  for (guint i = 0; i < facts->len; i++)
    {
      const OdFactQuestion *q = facts->pdata[i];
      const char *value = od_organisation_get_fact (org, q->id);
      GtkWidget *row = drop_down_row (q->question[od_lang_for_user ()], choices,
                                      g_strcmp0 (value, "yes") == 0 ? 1 : g_strcmp0 (value, "no") == 0 ? 2 : 0);
      GObject *drop_down = g_object_get_data (G_OBJECT (row), "od-drop-down");

      g_object_set_data (drop_down, "od-fact", (gpointer) q->id);
      g_signal_connect (drop_down, "notify::selected", G_CALLBACK (fact_selected_cb), self);
      gtk_list_box_append (self->facts, row);
    }
}

static void
sync_causes (OdAssessmentPage *self)
{
  const char *choices[] = { _("Not discussed"), _("Present"), _("Absent"), NULL };
  OdOrganisation *org = od_document_get_organisation (self->document);

  _od_assessment_clear_list (self->causes);
  for (guint i = 0; i < self->diagnosis->causes->len; i++)
    {
      const OdCauseReport *c = self->diagnosis->causes->pdata[i];
      const OdCauseAnswer *answer = od_organisation_get_cause (org, c->cause);
      g_autofree char *title = g_strdup_printf ("%u. %s", c->cause, c->name);
      g_autoptr(GString) subtitle = g_string_new (NULL);
      GtkWidget *row = drop_down_row (title, choices, c->state == OD_CAUSE_PRESENT ? 1 : c->state == OD_CAUSE_ABSENT ? 2 : 0);
      GObject *drop_down = g_object_get_data (G_OBJECT (row), "od-drop-down");
      GtkWidget *note = adw_entry_row_new ();

      for (guint j = 0; j < c->signals->len; j++)
        g_string_append_printf (subtitle, "%s• %s", j ? "\n" : "", (char *) c->signals->pdata[j]);
      for (guint j = 0; j < c->mechanisms->len; j++)
        if (g_array_index (c->mechanism_present, gboolean, j))
          g_string_append_printf (subtitle, "%s✓ %s", subtitle->len ? "\n" : "",
                                  ((const OdMechanism *) c->mechanisms->pdata[j])->name[od_lang_for_user ()]);
      if (subtitle->len > 0)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
      g_object_set_data (drop_down, "od-cause", GUINT_TO_POINTER (c->cause));
      g_signal_connect (drop_down, "notify::selected", G_CALLBACK (cause_state_cb), self);
      gtk_list_box_append (self->causes, row);

      /* TRANSLATORS: the workshop's note on one cause of conflict */
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (note), _("Note"));
      adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (note), TRUE);
      gtk_editable_set_text (GTK_EDITABLE (note), answer->note ? answer->note : "");
      g_object_set_data (G_OBJECT (note), "od-cause", GUINT_TO_POINTER (c->cause));
      g_signal_connect (note, "apply", G_CALLBACK (cause_note_cb), self);
      gtk_list_box_append (self->causes, note);
    }
}

void
_od_assessment_sync_results (OdAssessmentPage *self)
{
  const OdDiagnosis *d = self->diagnosis;
  g_autofree char *verdict = g_strdup_printf (_("Stage: %s"), od_stage_get_display_name (d->stage));
  g_autoptr(GString) reasons = g_string_new (NULL);

  gtk_label_set_text (self->verdict, verdict);
  for (guint i = 0; i < d->reasons->len; i++)
    g_string_append_printf (reasons, "%s%s", i ? "\n" : "", (char *) d->reasons->pdata[i]);
  gtk_label_set_text (self->reasons, reasons->str);
  sync_scores (self);
  gtk_widget_queue_draw (GTK_WIDGET (self->statements));
  sync_evidence (self);
  sync_moves (self);
  sync_facts (self);
  sync_causes (self);
}
