/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-assessment.c: the Diagnose page as a consultant uses it in a
 * workshop: add a respondent, answer the twenty statements with the
 * buttons, watch the stage follow, undo an answer. */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "od-assessment-page.h"
#include "od-command.h"
#include "od-window-keeping.h"

static void
spin (void)
{
  /* The page refreshes in an idle after each edit. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
test_answer_statements (void)
{
  g_autoptr(OdDocument) doc = od_document_new_from_template (OD_SIZE_MEDIUM, NULL);
  OdAssessmentPage *page = OD_ASSESSMENT_PAGE (g_object_ref_sink (od_assessment_page_new ()));
  OdOrganisation *org = od_document_get_organisation (doc);
  OdRespondent someone = { .name = (char *) "李经理", .side = OD_SIDE_SALES };
  GPtrArray *respondents;

  od_assessment_page_set_document (page, doc);
  spin ();
  /* No answers: the verdict rests on the structure. */
  g_assert_cmpstr (od_assessment_page_get_verdict (page), ==, "Stage: Defined");

  g_assert_true (od_document_push (doc, od_command_set_respondent (org, 0, &someone, NULL), NULL));
  spin ();
  for (guint item = 1; item <= OD_N_QUESTIONS; item++)
    {
      od_assessment_page_answer (page, item, 1);
      spin ();
    }
  respondents = od_organisation_get_respondents (org);
  g_assert_cmpuint (respondents->len, ==, 1);
  for (guint item = 1; item <= OD_N_QUESTIONS; item++)
    g_assert_cmpuint (((OdRespondent *) respondents->pdata[0])->answers[item - 1], ==, 1);
  /* 20 of 100: Undefined (answers above the structure would be capped at
   * what it shows, so the scored verdict is seen going down). */
  g_assert_cmpstr (od_assessment_page_get_verdict (page), ==, "Stage: Undefined");

  /* Each answer is one undoable step: one undo leaves nineteen answers,
   * an incomplete questionnaire that is not scored. */
  g_assert_true (od_undo_stack_undo (od_document_get_undo_stack (doc)));
  spin ();
  g_assert_cmpuint (((OdRespondent *) respondents->pdata[0])->answers[OD_N_QUESTIONS - 1], ==, 0);
  g_assert_cmpstr (od_assessment_page_get_verdict (page), ==, "Stage: Defined");

  od_assessment_page_set_document (page, NULL);
  g_object_unref (page);
}

/* The widget below @root of @type carrying @key = @value, depth first. */
static GtkWidget *
find_with_data (GtkWidget  *root,
                GType       type,
                const char *key,
                guint       value)
{
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (c, type) && GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (c), key)) == value)
        return c;
      if ((found = find_with_data (c, type, key, value)) != NULL)
        return found;
    }
  return NULL;
}

static guint
count_type (GtkWidget *root,
            GType      type)
{
  guint n = 0;

  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    n += (G_TYPE_CHECK_INSTANCE_TYPE (c, type) ? 1 : 0) + count_type (c, type);
  return n;
}

static gboolean
press_key (GtkWidget *widget,
           guint      keyval)
{
  GListModel *controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GObject) c = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (c))
        g_signal_emit_by_name (c, "key-pressed", keyval, 0, 0, &handled);
    }
  g_object_unref (controllers);
  return handled;
}

/* The diagnosis window in a workshop: digits answer the focused statement
 * and move on, Esc and Ctrl+W close it, the answers are compared on a
 * chart, and every move expands to what it involves and its source. */
static void
test_window_keys (void)
{
  g_autoptr(OdDocument) doc = od_document_new_from_template (OD_SIZE_MEDIUM, NULL);
  OdOrganisation *org = od_document_get_organisation (doc);
  OdRespondent someone = { .name = (char *) "李经理", .side = OD_SIDE_SALES };
  GtkWidget *parent = gtk_window_new ();
  GtkWindow *window;
  GtkWidget *row, *second;
  GListModel *controllers;
  gboolean closes = FALSE;

  g_assert_true (od_document_push (doc, od_command_set_respondent (org, 0, &someone, NULL), NULL));
  window = _od_window_keeping_diagnose_window (GTK_WINDOW (parent), doc);
  gtk_window_present (window);
  spin ();

  row = find_with_data (GTK_WIDGET (window), GTK_TYPE_LIST_BOX_ROW, "od-item", 1);
  second = find_with_data (GTK_WIDGET (window), GTK_TYPE_LIST_BOX_ROW, "od-item", 2);
  g_assert_nonnull (row);
  gtk_widget_grab_focus (row);
  g_assert_true (press_key (row, GDK_KEY_3));
  spin ();
  g_assert_cmpuint (((OdRespondent *) od_organisation_get_respondents (org)->pdata[0])->answers[0], ==, 3);
  g_assert_true (gtk_window_get_focus (window) == second);
  g_assert_true (press_key (second, GDK_KEY_KP_5));
  spin ();
  g_assert_cmpuint (((OdRespondent *) od_organisation_get_respondents (org)->pdata[0])->answers[1], ==, 5);
  /* Other keys are left alone. */
  g_assert_false (press_key (second, GDK_KEY_7));

  /* The chart of the answers, and moves that expand. */
  g_assert_cmpuint (count_type (GTK_WIDGET (window), GTK_TYPE_DRAWING_AREA), >=, 1);
  g_assert_cmpuint (count_type (GTK_WIDGET (window), ADW_TYPE_EXPANDER_ROW), >=, 1);

  /* Esc and Ctrl+W close the window. */
  controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) c = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (c))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (c)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (c), j);
          g_autofree char *trigger = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          if (GTK_IS_NAMED_ACTION (action) && g_strcmp0 (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)), "window.close") == 0 &&
              strstr (trigger, "Escape") != NULL && strstr (trigger, "<Control>w") != NULL)
            closes = TRUE;
        }
    }
  g_object_unref (controllers);
  g_assert_true (closes);
  {
    gpointer weak = window;

    g_object_add_weak_pointer (G_OBJECT (window), &weak);
    gtk_widget_activate_action (GTK_WIDGET (window), "window.close", NULL);
    spin ();
    g_assert_null (weak);
  }
  gtk_window_destroy (GTK_WINDOW (parent));
  spin ();
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();
  g_test_add_func ("/ui/assessment/answer-statements", test_answer_statements);
  g_test_add_func ("/ui/assessment/window-keys", test_window_keys);
  return g_test_run ();
}
