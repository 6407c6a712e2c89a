/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-findings-panel.c: the boundary findings of the document. */
#include "config.h"

#include <glib/gi18n.h>

#include "od-check.h"
#include "od-findings-panel.h"
#include "od-ui.h"

struct _OdFindingsPanel
{
  AdwBin      parent_instance;

  GtkStack   *stack;
  GtkListBox *list_box;

  OdUnitTree *tree;
  GPtrArray  *findings;   /* shown; held so rows never outlive them */
  GtkWidget  *more_row;   /* the note on findings not listed, or NULL */
  guint       n_errors;   /* open ones, counted by refresh () */
  guint       n_warnings;
  guint       rows_idle;  /* makes the next rows, a few at a time */
};

G_DEFINE_FINAL_TYPE (OdFindingsPanel, od_findings_panel, ADW_TYPE_BIN)

/* A list box makes a widget per row: an imported group of thousands of
 * units can have thousands of findings, so only the first ones (worst
 * first) are listed, with a note saying how many more there are. */
#define MAX_ROWS 300
/* A finding about a function held by 300 units names them all: 3,000
 * characters that Pango shapes again at each measure.  A row shows the
 * start; activating the row selects the units. */
#define MAX_MESSAGE_CHARS 200
/* Rows made in one go: making a row and measuring it in the frame that
 * follows cost a few milliseconds each on a loaded machine (20 rows held
 * the main loop 90-150 ms after opening 100,000 units), so after opening
 * a large group the list fills in over many short passes, each stopping
 * at a handful of rows or when its time is spent, whichever comes first:
 * input and frames wait at most one short pass. */
#define ROWS_PER_PASS 6
#define PASS_BUDGET_USEC 6000

static OdDocument *
get_document (OdFindingsPanel *self)
{
  return od_unit_tree_get_document (self->tree);
}

static void
toast (OdFindingsPanel *self,
       AdwToast        *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

static const OdFinding *
finding_at (OdFindingsPanel *self,
            GVariant        *parameter)
{
  guint index = g_variant_get_uint32 (parameter);

  if (self->findings == NULL || index >= self->findings->len)
    return NULL;
  return self->findings->pdata[index];
}

/* Display groups: errors, warnings, information, then accepted ones. */
static int
group_of (const OdFinding *finding)
{
  if (finding->accepted)
    return 3;
  return OD_SEVERITY_ERROR - finding->severity;
}

static const char *
group_title (int group)
{
  switch (group)
    {
    case 0: return _("Errors");
    case 1: return _("Warnings");
    case 2: return _("Information");
    default: return _("Accepted Exceptions");
    }
}

static void
header_cb (GtkListBoxRow *row,
           GtkListBoxRow *before,
           gpointer       user_data)
{
  int group = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "od-group"));
  GtkWidget *label;

  /* group -1: the note on findings not listed, under the last group. */
  if (group < 0
      || (before != NULL && GPOINTER_TO_INT (g_object_get_data (G_OBJECT (before), "od-group")) == group))
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }
  /* Called again whenever a neighbour changes: keep a header that fits. */
  label = gtk_list_box_row_get_header (row);
  if (label != NULL && GPOINTER_TO_INT (g_object_get_data (G_OBJECT (label), "od-group")) == group)
    return;
  label = gtk_label_new (group_title (group));
  g_object_set_data (G_OBJECT (label), "od-group", GINT_TO_POINTER (group));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_top (label, 18);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_list_box_row_set_header (row, label);
}

static GtkWidget *
make_button (const char *label,
             const char *tooltip,
             const char *action,
             guint       index)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  if (tooltip != NULL)
    gtk_widget_set_tooltip_text (button, tooltip);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "u", index);
  return button;
}

/* @text cut after @max characters, at a character boundary, with an
 * ellipsis. */
static char *
shorten (const char *text,
         glong       max)
{
  g_autofree char *start = NULL;

  if (text == NULL || g_utf8_strlen (text, -1) <= max)
    return g_strdup (text);
  start = g_utf8_substring (text, 0, max);
  /* TRANSLATORS: a long text cut short */
  return g_strdup_printf (_("%s…"), start);
}

static GtkWidget *
make_label (const char *text,
            const char *style)
{
  g_autofree char *shown = shorten (text, MAX_MESSAGE_CHARS);
  GtkWidget *label = gtk_label_new (shown);

  /* One line each, the whole text in the tooltip: wrapped labels are
   * measured again for every width the panel tries (height-for-width),
   * which took 10 s for 300 rows at 100,000 units. */
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_tooltip_text (label, shown);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  if (style != NULL)
    gtk_widget_add_css_class (label, style);
  return label;
}

/* The message and its reasoning take the row's whole width; the buttons
 * sit below them, so that a narrow side panel still reads well. */
static void
fill_row (GtkWidget       *row,
          const OdFinding *finding,
          guint            index)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *icon;
  const char *icon_name;

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);

  icon_name = finding->severity == OD_SEVERITY_ERROR ? "dialog-error-symbolic"
            : finding->severity == OD_SEVERITY_WARNING ? "dialog-warning-symbolic"
            : "dialog-information-symbolic";
  icon = gtk_image_new_from_icon_name (icon_name);
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_widget_set_margin_top (icon, 2);
  if (!finding->accepted)
    gtk_widget_add_css_class (icon, finding->severity == OD_SEVERITY_ERROR ? "error"
                                    : finding->severity == OD_SEVERITY_WARNING ? "warning" : "accent");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  od_severity_get_display_name (finding->severity), -1);
  gtk_box_append (GTK_BOX (top), icon);

  gtk_box_append (GTK_BOX (texts), make_label (finding->message, NULL));
  if (finding->accepted && finding->acceptance_reason != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Accepted: %s"), finding->acceptance_reason);

      gtk_box_append (GTK_BOX (texts), make_label (text, "dim-label"));
    }
  else if (finding->reason != NULL)
    gtk_box_append (GTK_BOX (texts), make_label (finding->reason, "dim-label"));
  if (finding->fix_label != NULL && !finding->accepted)
    {
      g_autofree char *text = g_strdup_printf (_("Fix: %s"), finding->fix_label);

      gtk_box_append (GTK_BOX (texts), make_label (text, "caption"));
    }
  gtk_widget_add_css_class (gtk_widget_get_last_child (texts), "caption");
  gtk_box_append (GTK_BOX (top), texts);
  gtk_box_append (GTK_BOX (box), top);

  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  if (finding->accepted)
    gtk_box_append (GTK_BOX (buttons),
                    make_button (_("_Withdraw"), _("Count this finding again"),
                                 "findings.withdraw", index));
  else
    {
      gtk_box_append (GTK_BOX (buttons),
                      make_button (_("_Accept…"), _("Accept as a deliberate exception, with a reason"),
                                   "findings.accept", index));
      if (finding->fix_kind != OD_FIX_NONE)
        {
          GtkWidget *fix = make_button (_("_Fix"), finding->fix_label, "findings.fix", index);

          gtk_widget_add_css_class (fix, "suggested-action");
          /* The button's description says what the fix does. */
          if (finding->fix_label != NULL)
            gtk_accessible_update_property (GTK_ACCESSIBLE (fix), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                            finding->fix_label, -1);
          gtk_box_append (GTK_BOX (buttons), fix);
        }
    }
  gtk_box_append (GTK_BOX (box), buttons);
  g_object_set_data (G_OBJECT (row), "od-buttons", buttons);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), finding->units[0] != NULL);
  {
    g_autofree char *label = shorten (finding->message, MAX_MESSAGE_CHARS);

    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  }
  gtk_widget_set_tooltip_text (row, finding->units[0] != NULL ? _("Select the units concerned") : NULL);
  g_object_set_data (G_OBJECT (row), "od-group", GINT_TO_POINTER (group_of (finding)));
  g_object_set_data (G_OBJECT (row), "od-index", GUINT_TO_POINTER (index));
}

static GtkWidget *
make_row (const OdFinding *finding,
          guint            index)
{
  GtkWidget *row = gtk_list_box_row_new ();

  fill_row (row, finding, index);
  return row;
}

/* What a row shows: a row showing the same can stay as it is.  Whether
 * the finding names units is part of it (the row is activatable and has a
 * tooltip only then); which units it names is not, activation reading
 * them from the finding at the row's index. */
static char *
row_key (const OdFinding *finding)
{
  return g_strdup_printf ("%d\x1f%s\x1f%s\x1f%s\x1f%s\x1f%d",
                          group_of (finding) * 8 + (int) finding->severity,
                          finding->message,
                          finding->accepted ? finding->acceptance_reason : finding->reason,
                          finding->fix_label, finding->rule,
                          (finding->fix_kind != OD_FIX_NONE) * 2 + (finding->units[0] != NULL));
}

/* Points a kept row at the finding's index in the new findings. */
static void
set_row_index (GtkWidget *row,
               guint      index)
{
  GtkWidget *buttons = g_object_get_data (G_OBJECT (row), "od-buttons");

  /* A new action target per button is a GVariant and a notification: not
   * for the rows that stay where they were. */
  if (GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "od-index")) == index)
    return;
  g_object_set_data (G_OBJECT (row), "od-index", GUINT_TO_POINTER (index));
  for (GtkWidget *b = gtk_widget_get_first_child (buttons); b != NULL; b = gtk_widget_get_next_sibling (b))
    gtk_actionable_set_action_target (GTK_ACTIONABLE (b), "u", index);
}

static void
clear_rows (OdFindingsPanel *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);
  self->more_row = NULL;
}

/* The note on findings not listed, last: a new count is a new text for
 * the label there (a wrapped label: set only when it reads otherwise, as
 * each set measures it again). */
static void
show_note (OdFindingsPanel *self,
           const char      *text)
{
  GtkWidget *label;
  GtkWidget *row;

  if (self->more_row != NULL)
    {
      label = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (self->more_row));
      if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), text) != 0)
        gtk_label_set_text (GTK_LABEL (label), text);
      return;
    }
  label = gtk_label_new (text);
  row = gtk_list_box_row_new ();
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  g_object_set_data (G_OBJECT (row), "od-group", GINT_TO_POINTER (-1));
  g_object_set_data (G_OBJECT (row), "od-index", GUINT_TO_POINTER (G_MAXUINT));
  gtk_list_box_append (self->list_box, row);
  self->more_row = row;
}

/* After each edit: rows whose finding reads the same are kept (a wrapped
 * label costs a Pango layout per measure), the others filled again with
 * the new findings, more made if need be, and the order put right. */
static void refresh (OdFindingsPanel *self);

static gboolean
rows_idle_cb (gpointer user_data)
{
  OdFindingsPanel *self = user_data;

  self->rows_idle = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
refresh (OdFindingsPanel *self)
{
  g_autoptr(GArray) order = NULL;
  g_autoptr(GHashTable) old_rows = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) keys = NULL;
  g_autofree GtkWidget **kept = NULL;
  g_autoptr(GQueue) spares = NULL;
  guint shown, made = 0;
  gboolean complete = TRUE;
  gint64 pass_start = g_get_monotonic_time ();

  g_clear_handle_id (&self->rows_idle, g_source_remove);
  g_clear_pointer (&self->findings, g_ptr_array_unref);
  self->n_errors = self->n_warnings = 0;
  if (self->tree == NULL)
    {
      clear_rows (self);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  self->findings = g_ptr_array_ref (od_document_peek_findings (get_document (self)));

  /* Display position → index in self->findings, which the actions use:
   * group by group, the checks' own order kept within a group. */
  /* One pass counting the groups, one placing (60,000 findings at 100,000
   * units: each pass is a stall of its own after every edit). */
  {
    guint start[5] = { 0 };
    g_autofree guint8 *groups = g_new (guint8, MAX (self->findings->len, 1));

    for (guint i = 0; i < self->findings->len; i++)
      {
        groups[i] = group_of (self->findings->pdata[i]);
        start[groups[i] + 1]++;
      }
    for (int group = 1; group <= 4; group++)
      start[group] += start[group - 1];
    order = g_array_sized_new (FALSE, FALSE, sizeof (guint), self->findings->len);
    g_array_set_size (order, self->findings->len);
    for (guint i = 0; i < self->findings->len; i++)
      g_array_index (order, guint, start[groups[i]]++) = i;
    /* Groups 0 and 1: the errors and warnings not accepted. */
    self->n_errors = start[0];
    self->n_warnings = start[1] - start[0];
  }
  shown = MIN (order->len, MAX_ROWS);

  /* The rows there now, by what they show (a queue: findings may read alike). */
  old_rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_queue_free);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      const char *key = g_object_get_data (G_OBJECT (child), "od-key");
      GQueue *queue;

      if (key == NULL)
        continue;
      queue = g_hash_table_lookup (old_rows, key);
      if (queue == NULL)
        g_hash_table_insert (old_rows, g_strdup (key), queue = g_queue_new ());
      g_queue_push_tail (queue, child);
    }

  /* First the rows that stay as they are, wherever they are wanted... */
  keys = g_ptr_array_new_full (shown, g_free);
  kept = g_new0 (GtkWidget *, MAX (shown, 1));
  for (guint i = 0; i < shown; i++)
    {
      GQueue *queue;

      g_ptr_array_add (keys, row_key (self->findings->pdata[g_array_index (order, guint, i)]));
      queue = g_hash_table_lookup (old_rows, keys->pdata[i]);
      kept[i] = queue != NULL ? g_queue_pop_head (queue) : NULL;
    }
  /* ...then the rows nobody took, in the list's order: each is filled
   * again, in place, with a finding that has no row.  A row put in or
   * taken out makes GTK restyle every row after it (position selectors):
   * 2,000 styles and 40 ms for a rename that changed one finding. */
  spares = g_queue_new ();
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      const char *key = g_object_get_data (G_OBJECT (child), "od-key");
      GQueue *queue = key != NULL ? g_hash_table_lookup (old_rows, key) : NULL;

      if (queue != NULL && g_queue_find (queue, child) != NULL)
        g_queue_push_tail (spares, child);
    }

  rows = g_ptr_array_sized_new (shown);
  for (guint i = 0; i < shown; i++)
    {
      guint index = g_array_index (order, guint, i);
      const OdFinding *finding = self->findings->pdata[index];
      GtkWidget *row = kept[i];

      if (row != NULL)
        set_row_index (row, index);
      else if (made == ROWS_PER_PASS
               || (made > 0 && g_get_monotonic_time () - pass_start > PASS_BUDGET_USEC))
        {
          /* The rest after the next frame; the rows kept further down
           * go, as their buttons point at findings by old positions. */
          complete = FALSE;
          for (guint j = i; j < shown; j++)
            if (kept[j] != NULL)
              g_queue_push_tail (spares, kept[j]);
          break;
        }
      else
        {
          row = g_queue_pop_head (spares);
          if (row != NULL)
            {
              fill_row (row, finding, index);
              /* Its heading, and the next row's, may change. */
              gtk_list_box_row_changed (GTK_LIST_BOX_ROW (row));
            }
          else
            row = make_row (finding, index);
          made++;
          g_object_set_data_full (G_OBJECT (row), "od-key", g_steal_pointer (&keys->pdata[i]), g_free);
        }
      g_ptr_array_add (rows, row);
    }
  /* Rows nobody took go; then each row in its place. */
  for (GList *l = spares->head; l != NULL; l = l->next)
    gtk_list_box_remove (self->list_box, l->data);
  /* The note stays where it is, last, while it is still wanted: the rows
   * below are put in place before it. */
  if (self->more_row != NULL && (!complete || order->len <= MAX_ROWS))
    {
      gtk_list_box_remove (self->list_box, self->more_row);
      self->more_row = NULL;
    }
  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = rows->pdata[i];
      GtkListBoxRow *there = gtk_list_box_get_row_at_index (self->list_box, i);

      if (there == GTK_LIST_BOX_ROW (row))
        continue;
      g_object_ref (row);
      if (gtk_widget_get_parent (row) != NULL)
        gtk_list_box_remove (self->list_box, row);
      gtk_list_box_insert (self->list_box, row, i);
      g_object_unref (row);
    }
  if (!complete)
    self->rows_idle = g_idle_add (rows_idle_cb, self);
  else if (order->len > MAX_ROWS)
    {
      guint more = order->len - MAX_ROWS;
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u more finding is not listed: fix or accept the ones above to see it.",
                                                            "%u more findings are not listed: fix or accept the ones above to see them.",
                                                            more), more);

      show_note (self, text);
    }
  gtk_stack_set_visible_child_name (self->stack, self->findings->len > 0 ? "list" : "empty");
}

static void
row_activated_cb (OdFindingsPanel *self,
                  GtkListBoxRow   *row)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "od-index"));
  const OdFinding *finding;

  if (self->findings == NULL || index >= self->findings->len)
    return;
  finding = self->findings->pdata[index];
  if (finding->units[0] != NULL)
    od_unit_tree_select (self->tree, finding->units[0]);
}

/* ---- actions ---- */

static void
undo_toast_cb (AdwToast        *toast,
               OdFindingsPanel *self)
{
  if (self->tree != NULL)
    od_undo_stack_undo (od_document_get_undo_stack (get_document (self)));
}

static void
fix_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  OdFindingsPanel *self = OD_FINDINGS_PANEL (widget);
  const OdFinding *finding = finding_at (self, parameter);
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  OdCommand *command;
  AdwToast *done;

  if (finding == NULL)
    return;
  label = g_strdup (finding->fix_label);
  command = od_finding_build_fix (finding, od_document_get_organisation (get_document (self)), &error);
  if (command == NULL || !od_document_push (get_document (self), command, &error))
    {
      toast (self, adw_toast_new (error != NULL ? error->message : _("This fix no longer applies")));
      return;
    }
  done = adw_toast_new (label != NULL ? label : _("Fix applied"));
  adw_toast_set_button_label (done, _("_Undo"));
  g_signal_connect_object (done, "button-clicked", G_CALLBACK (undo_toast_cb), self, 0);
  toast (self, done);
}

static void
accept (OdFindingsPanel *self,
        const OdFinding *finding,
        const char      *reason)
{
  g_autoptr(GError) error = NULL;
  OdCommand *command;

  command = od_finding_build_accept (finding, od_document_get_organisation (get_document (self)),
                                     reason, &error);
  if (command == NULL || !od_document_push (get_document (self), command, &error))
    toast (self, adw_toast_new (error != NULL ? error->message : _("Could not record the exception")));
}

static void
reason_changed_cb (GtkEditable      *entry,
                   AdwMessageDialog *dialog)
{
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "accept", *reason != '\0');
}

static void
accept_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    OdFindingsPanel  *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), "od-index"));
  GPtrArray *findings = g_object_get_data (G_OBJECT (dialog), "od-findings");
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  if (g_strcmp0 (response, "accept") != 0 || *reason == '\0' || self->tree == NULL)
    return;
  accept (self, findings->pdata[index], reason);
}

static void
accept_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OdFindingsPanel *self = OD_FINDINGS_PANEL (widget);
  const OdFinding *finding = finding_at (self, parameter);
  AdwMessageDialog *dialog;
  GtkWidget *entry;

  if (finding == NULL)
    return;
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                                       _("Accept as an Exception?"),
                                                       finding->message));
  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Why this is deliberate"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Reason for the exception"), -1);
  adw_message_dialog_set_extra_child (dialog, entry);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "accept", _("_Accept"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "accept", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (dialog, "accept", FALSE);
  adw_message_dialog_set_default_response (dialog, "accept");
  adw_message_dialog_set_close_response (dialog, "cancel");
  /* The dialog keeps the findings it was opened for: the list may be
   * refreshed while it shows. */
  g_object_set_data (G_OBJECT (dialog), "od-index", GUINT_TO_POINTER (g_variant_get_uint32 (parameter)));
  g_object_set_data_full (G_OBJECT (dialog), "od-findings", g_ptr_array_ref (self->findings),
                          (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect (entry, "changed", G_CALLBACK (reason_changed_cb), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (accept_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
withdraw_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  OdFindingsPanel *self = OD_FINDINGS_PANEL (widget);
  const OdFinding *finding = finding_at (self, parameter);

  if (finding != NULL)
    accept (self, finding, NULL);
}

/* ---- object ---- */

static void
od_findings_panel_dispose (GObject *object)
{
  OdFindingsPanel *self = OD_FINDINGS_PANEL (object);

  if (self->tree != NULL)
    g_signal_handlers_disconnect_by_data (get_document (self), self);
  g_clear_object (&self->tree);
  g_clear_handle_id (&self->rows_idle, g_source_remove);
  g_clear_pointer (&self->findings, g_ptr_array_unref);

  G_OBJECT_CLASS (od_findings_panel_parent_class)->dispose (object);
}

/* Up to MAX_ROWS rows of a dozen widgets each, behind the Unit tab most of
 * the time: GTK restyles every one of them whenever an ancestor's state
 * changes.  The focus going back to the outline after a rename is such a
 * change: GTK's style pass took 25-30 ms of the rename's first frame for
 * this list (3-5 ms without it).  An invisible list is left out of style
 * passes, and out of heading updates, until it is shown again. */
static void
od_findings_panel_map (GtkWidget *widget)
{
  OdFindingsPanel *self = OD_FINDINGS_PANEL (widget);

  gtk_widget_set_visible (GTK_WIDGET (self->list_box), TRUE);
  GTK_WIDGET_CLASS (od_findings_panel_parent_class)->map (widget);
}

static void
od_findings_panel_unmap (GtkWidget *widget)
{
  OdFindingsPanel *self = OD_FINDINGS_PANEL (widget);

  GTK_WIDGET_CLASS (od_findings_panel_parent_class)->unmap (widget);
  gtk_widget_set_visible (GTK_WIDGET (self->list_box), FALSE);
}

static void
od_findings_panel_class_init (OdFindingsPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = od_findings_panel_dispose;
  widget_class->map = od_findings_panel_map;
  widget_class->unmap = od_findings_panel_unmap;

  od_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, OD_UI_RESOURCE_PATH "/od-findings-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, OdFindingsPanel, stack);
  gtk_widget_class_bind_template_child (widget_class, OdFindingsPanel, list_box);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);

  gtk_widget_class_install_action (widget_class, "findings.fix", "u", fix_action);
  gtk_widget_class_install_action (widget_class, "findings.accept", "u", accept_action);
  gtk_widget_class_install_action (widget_class, "findings.withdraw", "u", withdraw_action);
}

static void
od_findings_panel_init (OdFindingsPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_header_func (self->list_box, header_cb, NULL, NULL);
  /* Shown when the panel is (see od_findings_panel_map). */
  gtk_widget_set_visible (GTK_WIDGET (self->list_box), FALSE);
}

GtkWidget *
od_findings_panel_new (void)
{
  return g_object_new (OD_TYPE_FINDINGS_PANEL, NULL);
}

void
od_findings_panel_set_tree (OdFindingsPanel *self,
                            OdUnitTree      *tree)
{
  g_return_if_fail (OD_IS_FINDINGS_PANEL (self));
  g_return_if_fail (tree == NULL || OD_IS_UNIT_TREE (tree));

  if (self->tree != NULL)
    g_signal_handlers_disconnect_by_data (get_document (self), self);
  g_set_object (&self->tree, tree);
  if (tree != NULL)
    g_signal_connect_object (get_document (self), "findings-changed", G_CALLBACK (refresh),
                             self, G_CONNECT_SWAPPED);
  refresh (self);
}

GPtrArray *
od_findings_panel_get_findings (OdFindingsPanel *self)
{
  g_return_val_if_fail (OD_IS_FINDINGS_PANEL (self), NULL);
  return self->findings;
}

guint
od_findings_panel_count_open (OdFindingsPanel *self)
{
  g_return_val_if_fail (OD_IS_FINDINGS_PANEL (self), 0);

  return self->n_errors + self->n_warnings;
}

guint
od_findings_panel_count_errors (OdFindingsPanel *self)
{
  g_return_val_if_fail (OD_IS_FINDINGS_PANEL (self), 0);

  return self->n_errors;
}
