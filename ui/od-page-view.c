/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-page-view.c: the printed pages of the document, kept up to date.
 *
 * The pages come from the export's own plan and drawing code, so the view
 * cannot disagree with the PDF or the printout: this file only chooses
 * the sheet, asks a worker for the plan a moment after the last edit, and
 * hands the pages to OdPageSheets, which draws the ones in view.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "od-export-links.h"
#include "od-page-planner.h"
#include "od-page-view.h"
#include "od-settings.h"

/* After an edit, the pages are planned again once the user pauses this
 * long (milliseconds): typing a name re-plans once, not per key. */
#define REPLAN_DELAY 400
/* The zoom buttons' step. */
#define ZOOM_STEP 1.25

static const char *papers[] = { "A4", "A3", "A2", "A1", "A0", "letter", "legal", "tabloid", NULL };
static const char *paper_labels[] = { "A4", "A3", "A2", "A1", "A0", N_("Letter"), N_("Legal"), N_("Tabloid"), NULL };
static const char *densities[] = { "standard", "dense", "department", NULL };

struct _OdPageView
{
  GtkWidget         parent_instance;

  GtkWidget        *toolbar;
  GtkDropDown      *paper_dropdown;
  GtkDropDown      *orientation_dropdown;
  GtkDropDown      *density_dropdown;
  GtkCheckButton   *report_check;
  GtkSpinner       *spinner;
  GtkLabel         *status_label;
  GtkWidget        *scrolled;
  OdPageSheets     *sheets;

  OdDocument       *document;
  OdExportDocument *pages;        /* shown; owned by the sheets */
  char             *paper;        /* as --paper takes it */
  gboolean          landscape;
  OdDensity         density;
  OdExportFit       fit;
  gboolean          report;       /* the report's pages, the chart's among them */
  GCancellable     *planning;     /* the plan being made, or NULL */
  guint             replan_id;    /* a pending re-plan after an edit */
  gboolean          stale;        /* edited while hidden */
  gboolean          fitted;       /* zoomed to fit a page, once per document */
  guint             updating;     /* our own changes of the choosers */
  guint             status_id;    /* the status to update after a scroll */
};

enum {
  PROP_0,
  PROP_N_PAGES,
  PROP_PLANNING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (OdPageView, od_page_view, GTK_TYPE_WIDGET)

static void replan (OdPageView *self);

static void
draw_page_cb (cairo_t  *cr,
              guint     page,
              gpointer  user_data)
{
  od_export_document_draw_page (user_data, cr, page);
}

static int
link_cb (guint    page,
         double   x,
         double   y,
         gpointer user_data)
{
  return od_export_document_link_at (user_data, page, x, y);
}

static void
set_status (OdPageView *self,
            const char *text,
            gboolean    busy)
{
  if (g_strcmp0 (gtk_label_get_text (self->status_label), text) != 0)
    gtk_label_set_text (self->status_label, text);
  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
}

/* How many pages, and which one is at the top of the view. */
static void
show_count (OdPageView *self)
{
  guint n = self->pages != NULL ? od_export_document_get_n_pages (self->pages) : 0;
  guint first, last;
  g_autofree char *text = NULL;

  if (n > 1 && od_page_sheets_get_visible (self->sheets, &first, &last) && first > 0)
    text = g_strdup_printf (_("Page %u of %u"), first + 1, n);
  else
    text = g_strdup_printf (ngettext ("%u page", "%u pages", n), n);
  set_status (self, text, FALSE);
}

static gboolean
show_count_idle_cb (gpointer user_data)
{
  OdPageView *self = user_data;

  self->status_id = 0;
  if (self->planning == NULL && self->pages != NULL)
    show_count (self);
  return G_SOURCE_REMOVE;
}

/* After the scroll settles: the adjustments change during allocation,
 * when the toolbar must not be resized. */
static void
scrolled_cb (OdPageView *self)
{
  if (self->status_id == 0)
    self->status_id = g_idle_add (show_count_idle_cb, self);
}

/* Zooms to a whole page once the sheets have a size (the first plan may
 * arrive before the view is laid out). */
static gboolean
fit_tick_cb (GtkWidget     *widget,
             GdkFrameClock *clock,
             gpointer       user_data)
{
  OdPageView *self = user_data;

  if (self->fitted)
    return G_SOURCE_REMOVE;
  if (gtk_widget_get_width (widget) <= 0)
    return G_SOURCE_CONTINUE;
  od_page_sheets_set_zoom (self->sheets, od_page_sheets_get_fit_zoom (self->sheets));
  od_page_sheets_show_page (self->sheets, 0);
  self->fitted = TRUE;
  return G_SOURCE_REMOVE;
}

static void
plan_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(OdPageView) self = user_data;
  g_autoptr(GError) error = NULL;
  OdExportDocument *pages = od_page_planner_run_finish (result, &error);
  OdPageSetup setup;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_clear_object (&self->planning);
  if (pages == NULL)
    {
      /* Say why (fit to one page would be unreadable): the old pages go,
       * since they no longer show the document. */
      self->pages = NULL;
      od_page_sheets_set_pages (self->sheets, 0, 1, 1, NULL, NULL, NULL, NULL);
      set_status (self, error->message, FALSE);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->status_label), error->message);
    }
  else
    {
      od_page_view_get_page_setup (self, &setup);
      self->pages = pages;
      od_page_sheets_set_pages (self->sheets, od_export_document_get_n_pages (pages), setup.width, setup.height,
                                draw_page_cb, link_cb, pages, (GDestroyNotify) od_export_document_free);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->status_label), NULL);
      show_count (self);
      /* A whole page at first; after that the user's zoom stays. */
      if (!self->fitted)
        gtk_widget_add_tick_callback (GTK_WIDGET (self->sheets), fit_tick_cb, g_object_ref (self), g_object_unref);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PAGES]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLANNING]);
}

static void
cancel_planning (OdPageView *self)
{
  if (self->planning != NULL)
    g_cancellable_cancel (self->planning);
  g_clear_object (&self->planning);
  g_clear_handle_id (&self->replan_id, g_source_remove);
}

static void
replan (OdPageView *self)
{
  gboolean was_planning = self->planning != NULL;
  OdPageSetup setup;

  cancel_planning (self);
  self->stale = FALSE;
  if (self->document == NULL)
    return;
  od_page_view_get_page_setup (self, &setup);
  self->planning = g_cancellable_new ();
  set_status (self, _("Laying out the pages…"), TRUE);
  od_page_planner_run_async (od_document_get_organisation (self->document), &setup, self->fit, self->report,
                             self->planning, plan_done_cb, g_object_ref (self));
  if (!was_planning)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLANNING]);
}

static gboolean
replan_timeout_cb (gpointer user_data)
{
  OdPageView *self = user_data;

  self->replan_id = 0;
  replan (self);
  return G_SOURCE_REMOVE;
}

static void
org_changed_cb (OdPageView *self)
{
  /* Hidden, the pages wait until they are shown again. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }
  g_clear_handle_id (&self->replan_id, g_source_remove);
  self->replan_id = g_timeout_add (REPLAN_DELAY, replan_timeout_cb, self);
}

/* An edit waits until a plan under way has copied the organisation. */
static void
about_to_change_cb (OdPageView *self)
{
  if (self->document != NULL)
    od_page_planner_wait (od_document_get_organisation (self->document));
}

static void
od_page_view_map (GtkWidget *widget)
{
  OdPageView *self = OD_PAGE_VIEW (widget);

  GTK_WIDGET_CLASS (od_page_view_parent_class)->map (widget);
  if (self->stale)
    replan (self);
}

/* ---- the choosers ---- */

static void
select_choices (OdPageView *self)
{
  GListModel *model = G_LIST_MODEL (gtk_drop_down_get_model (self->paper_dropdown));
  guint paper = 0;

  self->updating++;
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);
      const char *name = g_object_get_data (G_OBJECT (item), "od-paper");

      if (name != NULL && g_ascii_strcasecmp (name, self->paper) == 0)
        paper = i;
    }
  gtk_drop_down_set_selected (self->paper_dropdown, paper);
  gtk_drop_down_set_selected (self->orientation_dropdown, self->landscape ? 1 : 0);
  gtk_drop_down_set_selected (self->density_dropdown, (guint) self->density);
  gtk_check_button_set_active (self->report_check, self->report);
  self->updating--;
}

/* The paper list, with a custom size last chosen elsewhere (the command
 * line's 300x200mm) as an entry of its own. */
static void
fill_papers (OdPageView *self)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  gboolean named = FALSE;

  for (guint i = 0; papers[i] != NULL; i++)
    {
      g_autoptr(GtkStringObject) item = NULL;

      gtk_string_list_append (list, _(paper_labels[i]));
      item = g_list_model_get_item (G_LIST_MODEL (list), i);
      g_object_set_data (G_OBJECT (item), "od-paper", (gpointer) papers[i]);
      named |= g_ascii_strcasecmp (papers[i], self->paper) == 0;
    }
  if (!named)
    {
      g_autoptr(GtkStringObject) item = NULL;

      gtk_string_list_append (list, self->paper);
      item = g_list_model_get_item (G_LIST_MODEL (list), g_list_model_get_n_items (G_LIST_MODEL (list)) - 1);
      g_object_set_data_full (G_OBJECT (item), "od-paper", g_strdup (self->paper), g_free);
    }
  self->updating++;
  gtk_drop_down_set_model (self->paper_dropdown, G_LIST_MODEL (list));
  self->updating--;
}

static void
paper_selected_cb (OdPageView *self)
{
  g_autoptr(GtkStringObject) item = NULL;
  const char *name;

  if (self->updating > 0)
    return;
  item = g_list_model_get_item (gtk_drop_down_get_model (self->paper_dropdown),
                                gtk_drop_down_get_selected (self->paper_dropdown));
  name = item != NULL ? g_object_get_data (G_OBJECT (item), "od-paper") : NULL;
  if (name != NULL)
    od_page_view_set_paper (self, name);
}

static void
orientation_selected_cb (OdPageView *self)
{
  if (self->updating == 0)
    od_page_view_set_landscape (self, gtk_drop_down_get_selected (self->orientation_dropdown) == 1);
}

static void
density_selected_cb (OdPageView *self)
{
  guint selected = gtk_drop_down_get_selected (self->density_dropdown);

  if (self->updating == 0 && selected < G_N_ELEMENTS (densities) - 1)
    od_page_view_set_density (self, (OdDensity) selected);
}

static void
report_toggled_cb (OdPageView *self)
{
  if (self->updating == 0)
    od_page_view_set_report (self, gtk_check_button_get_active (self->report_check));
}

/* ---- zoom ---- */

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  OdPageView *self = OD_PAGE_VIEW (widget);
  double zoom = od_page_sheets_get_zoom (self->sheets);

  if (g_str_equal (action_name, "pages.zoom-in"))
    zoom *= ZOOM_STEP;
  else if (g_str_equal (action_name, "pages.zoom-out"))
    zoom /= ZOOM_STEP;
  else if (g_str_equal (action_name, "pages.zoom-reset"))
    zoom = 1.0;   /* a point a pixel: the paper's size on a 72 dpi screen */
  else
    zoom = od_page_sheets_get_fit_zoom (self->sheets);
  od_page_sheets_set_zoom (self->sheets, zoom);
}

/* ---- the object ---- */

static void
release_document (OdPageView *self)
{
  cancel_planning (self);
  if (self->document != NULL)
    {
      /* Its edits would no longer wait for a plan still copying it. */
      od_page_planner_wait (od_document_get_organisation (self->document));
      g_signal_handlers_disconnect_by_data (od_document_get_organisation (self->document), self);
      g_signal_handlers_disconnect_by_data (od_document_get_undo_stack (self->document), self);
    }
  g_clear_object (&self->document);
}

static void
od_page_view_dispose (GObject *object)
{
  OdPageView *self = OD_PAGE_VIEW (object);

  release_document (self);
  g_clear_handle_id (&self->status_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), OD_TYPE_PAGE_VIEW);
  G_OBJECT_CLASS (od_page_view_parent_class)->dispose (object);
}

static void
od_page_view_finalize (GObject *object)
{
  OdPageView *self = OD_PAGE_VIEW (object);

  g_free (self->paper);
  G_OBJECT_CLASS (od_page_view_parent_class)->finalize (object);
}

static void
od_page_view_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  OdPageView *self = OD_PAGE_VIEW (object);

  switch (prop_id)
    {
    case PROP_N_PAGES:
      g_value_set_uint (value, od_page_view_get_n_pages (self));
      break;
    case PROP_PLANNING:
      g_value_set_boolean (value, od_page_view_get_planning (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
od_page_view_class_init (OdPageViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = od_page_view_dispose;
  object_class->finalize = od_page_view_finalize;
  object_class->get_property = od_page_view_get_property;
  widget_class->map = od_page_view_map;

  properties[PROP_N_PAGES] =
    g_param_spec_uint ("n-pages", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_PLANNING] =
    g_param_spec_boolean ("planning", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (OD_TYPE_PAGE_SHEETS);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/orgdesigner/OrgDesigner/od-page-view.ui");
  gtk_widget_class_bind_template_child (widget_class, OdPageView, toolbar);
  gtk_widget_class_bind_template_child (widget_class, OdPageView, paper_dropdown);
  gtk_widget_class_bind_template_child (widget_class, OdPageView, orientation_dropdown);
  gtk_widget_class_bind_template_child (widget_class, OdPageView, density_dropdown);
  gtk_widget_class_bind_template_child (widget_class, OdPageView, report_check);
  gtk_widget_class_bind_template_child (widget_class, OdPageView, spinner);
  gtk_widget_class_bind_template_child (widget_class, OdPageView, status_label);
  gtk_widget_class_bind_template_child (widget_class, OdPageView, scrolled);
  gtk_widget_class_bind_template_child (widget_class, OdPageView, sheets);

  gtk_widget_class_install_action (widget_class, "pages.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "pages.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "pages.zoom-fit", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "pages.zoom-reset", NULL, zoom_action);
  /* The chart's zoom keys, while the focus is on the pages. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "pages.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "pages.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "pages.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "pages.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "pages.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "pages.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "pages.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, GDK_CONTROL_MASK, "pages.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_CONTROL_MASK, "pages.zoom-reset", NULL);
  gtk_widget_class_set_css_name (widget_class, "odpageview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static gboolean
is_paper (const char *str)
{
  OdPaper paper;
  double width, height;

  return od_paper_parse (str, &paper, &width, &height);
}

static OdExportFit
fit_from_string (const char *layout)
{
  if (g_strcmp0 (layout, "fit") == 0)
    return OD_EXPORT_FIT_PAGE;
  if (g_strcmp0 (layout, "tile") == 0)
    return OD_EXPORT_FIT_TILE;
  return OD_EXPORT_FIT_AUTO;
}

static void
od_page_view_init (OdPageView *self)
{
  g_autofree char *paper = od_settings_dup_export_choice ("paper", "A4");
  g_autofree char *orientation = od_settings_dup_export_choice ("orientation", "portrait");
  g_autofree char *density = od_settings_dup_export_choice ("density", "standard");
  g_autofree char *layout = od_settings_dup_export_choice ("layout", "auto");
  g_autofree char *report = od_settings_dup_export_choice ("report", "false");

  gtk_widget_init_template (GTK_WIDGET (self));
  /* The export dialog's last choices, so that the view shows what Export
   * would write. */
  self->paper = g_strdup (is_paper (paper) ? paper : "A4");
  self->landscape = g_str_equal (orientation, "landscape");
  if (!od_density_from_string (density, &self->density))
    self->density = OD_DENSITY_STANDARD;
  self->fit = fit_from_string (layout);
  self->report = g_str_equal (report, "true");
  fill_papers (self);
  select_choices (self);
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scrolled)), "value-changed",
                           G_CALLBACK (scrolled_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->paper_dropdown, "notify::selected", G_CALLBACK (paper_selected_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->orientation_dropdown, "notify::selected", G_CALLBACK (orientation_selected_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->density_dropdown, "notify::selected", G_CALLBACK (density_selected_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->report_check, "toggled", G_CALLBACK (report_toggled_cb),
                           self, G_CONNECT_SWAPPED);
  set_status (self, "", FALSE);
}

GtkWidget *
od_page_view_new (void)
{
  return g_object_new (OD_TYPE_PAGE_VIEW, NULL);
}

void
od_page_view_set_document (OdPageView *self,
                           OdDocument *document)
{
  g_return_if_fail (OD_IS_PAGE_VIEW (self));
  g_return_if_fail (document == NULL || OD_IS_DOCUMENT (document));

  if (self->document == document)
    return;
  release_document (self);
  self->pages = NULL;
  od_page_sheets_set_pages (self->sheets, 0, 1, 1, NULL, NULL, NULL, NULL);
  self->fitted = FALSE;
  set_status (self, "", FALSE);
  if (document != NULL)
    {
      self->document = g_object_ref (document);
      g_signal_connect_object (od_document_get_organisation (document), "changed",
                               G_CALLBACK (org_changed_cb), self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
      g_signal_connect_object (od_document_get_undo_stack (document), "about-to-change",
                               G_CALLBACK (about_to_change_cb), self, G_CONNECT_SWAPPED);
      if (gtk_widget_get_mapped (GTK_WIDGET (self)))
        replan (self);
      else
        self->stale = TRUE;
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PAGES]);
}

guint
od_page_view_get_n_pages (OdPageView *self)
{
  g_return_val_if_fail (OD_IS_PAGE_VIEW (self), 0);

  return self->pages != NULL ? od_export_document_get_n_pages (self->pages) : 0;
}

gboolean
od_page_view_get_planning (OdPageView *self)
{
  g_return_val_if_fail (OD_IS_PAGE_VIEW (self), FALSE);

  return self->planning != NULL || self->replan_id != 0;
}

void
od_page_view_get_page_setup (OdPageView  *self,
                             OdPageSetup *setup)
{
  OdPaper paper = OD_PAPER_A4;
  double width = 0, height = 0;

  g_return_if_fail (OD_IS_PAGE_VIEW (self));

  od_paper_parse (self->paper, &paper, &width, &height);
  if (paper == OD_PAPER_CUSTOM)
    od_page_setup_init_size (setup, width, height, self->landscape);
  else
    od_page_setup_init (setup, paper, self->landscape);
  setup->density = self->density;
}

gboolean
od_page_view_set_paper (OdPageView *self,
                        const char *paper)
{
  g_return_val_if_fail (OD_IS_PAGE_VIEW (self), FALSE);
  g_return_val_if_fail (paper != NULL, FALSE);

  if (!is_paper (paper))
    return FALSE;
  if (g_ascii_strcasecmp (paper, self->paper) == 0)
    return TRUE;
  g_free (self->paper);
  self->paper = g_strdup (paper);
  /* Another sheet: a whole one in view again. */
  self->fitted = FALSE;
  od_settings_set_export_choice ("paper", paper);
  fill_papers (self);
  select_choices (self);
  replan (self);
  return TRUE;
}

void
od_page_view_set_landscape (OdPageView *self,
                            gboolean    landscape)
{
  g_return_if_fail (OD_IS_PAGE_VIEW (self));

  if (self->landscape == !!landscape)
    return;
  self->landscape = !!landscape;
  self->fitted = FALSE;
  od_settings_set_export_choice ("orientation", landscape ? "landscape" : "portrait");
  select_choices (self);
  replan (self);
}

void
od_page_view_set_density (OdPageView *self,
                          OdDensity   density)
{
  g_return_if_fail (OD_IS_PAGE_VIEW (self));
  g_return_if_fail (density <= OD_DENSITY_DEPARTMENT);

  if (self->density == density)
    return;
  self->density = density;
  od_settings_set_export_choice ("density", densities[density]);
  select_choices (self);
  replan (self);
}

OdPageSheets *
od_page_view_get_sheets (OdPageView *self)
{
  g_return_val_if_fail (OD_IS_PAGE_VIEW (self), NULL);

  return self->sheets;
}

gboolean
od_page_view_get_report (OdPageView *self)
{
  g_return_val_if_fail (OD_IS_PAGE_VIEW (self), FALSE);

  return self->report;
}

void
od_page_view_set_report (OdPageView *self,
                         gboolean    report)
{
  g_return_if_fail (OD_IS_PAGE_VIEW (self));

  if (self->report == !!report)
    return;
  self->report = !!report;
  /* The export dialog and the print dialog add the report too. */
  od_settings_set_export_choice ("report", report ? "true" : "false");
  select_choices (self);
  replan (self);
}
