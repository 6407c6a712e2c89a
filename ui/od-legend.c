/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-legend.c: the chart's key, as a column of swatches and labels.
 *
 * Swatches are drawn from the renderer's own palette, read again whenever
 * the chart's theme may have changed, so the key never disagrees with the
 * picture it explains.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>
#include <math.h>

#include "od-legend.h"
#include "od-severity-badge.h"

typedef enum {
  SWATCH_KIND,
  SWATCH_DOTTED,
  SWATCH_SEVERITY,
  SWATCH_FOLDED,
} SwatchType;

struct _OdLegend
{
  GtkWidget      parent_instance;

  GtkWidget     *grid;
  OdChartCanvas *canvas;      /* weak: the legend lies over it */
  GPtrArray     *swatches;
  guint          n_rows;
};

G_DEFINE_FINAL_TYPE (OdLegend, od_legend, GTK_TYPE_WIDGET)

static void
draw_swatch (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  OdLegend *self = OD_LEGEND (gtk_widget_get_ancestor (GTK_WIDGET (area), OD_TYPE_LEGEND));
  SwatchType type = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (area), "od-type"));
  guint which = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (area), "od-which"));
  OdChartTheme theme = self != NULL && self->canvas != NULL ? od_chart_canvas_get_theme (self->canvas)
                                                            : OD_CHART_THEME_LIGHT;
  double fill[3], border[3], rgb[3];

  switch (type)
    {
    case SWATCH_KIND:
      od_chart_theme_get_kind_colours (theme, which, fill, border);
      cairo_rectangle (cr, 1.5, 2.5, width - 3, height - 5);
      cairo_set_source_rgb (cr, fill[0], fill[1], fill[2]);
      cairo_fill_preserve (cr);
      cairo_set_source_rgb (cr, border[0], border[1], border[2]);
      cairo_set_line_width (cr, theme == OD_CHART_THEME_HIGH_CONTRAST ? 2.5 : 1.5);
      cairo_stroke (cr);
      break;
    case SWATCH_DOTTED:
      {
        double dashes[] = { 5, 3.5 };

        od_chart_theme_get_dotted_colour (theme, rgb);
        cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
        cairo_set_line_width (cr, theme == OD_CHART_THEME_HIGH_CONTRAST ? 2.6 : 1.5);
        cairo_set_dash (cr, dashes, 2, 0);
        cairo_move_to (cr, 1, height / 2.0);
        cairo_line_to (cr, width - 6, height / 2.0);
        cairo_stroke (cr);
        cairo_set_dash (cr, NULL, 0, 0);
        cairo_move_to (cr, width - 1, height / 2.0);
        cairo_line_to (cr, width - 7, height / 2.0 - 3.5);
        cairo_line_to (cr, width - 7, height / 2.0 + 3.5);
        cairo_close_path (cr);
        cairo_fill (cr);
      }
      break;
    case SWATCH_SEVERITY:
      {
        /* The badge the chart draws on boxes: its shape tells the
         * severity apart without colour. */
        const double ring[3] = { 1, 1, 1 };

        od_chart_theme_get_severity_colour (theme, which, rgb);
        od_severity_badge_draw (cr, which, width / 2.0, height / 2.0, MIN (width, height) - 2, rgb, ring);
      }
      break;
    case SWATCH_FOLDED:
    default:
      {
        double h = height - 4, w = width - 2, r = h / 2, x = 1, y = 2;

        cairo_new_sub_path (cr);
        cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, G_PI / 2);
        cairo_arc (cr, x + r, y + r, r, G_PI / 2, 3 * G_PI / 2);
        cairo_close_path (cr);
        if (theme == OD_CHART_THEME_DARK)
          cairo_set_source_rgb (cr, 0.87, 0.87, 0.85);
        else if (theme == OD_CHART_THEME_HIGH_CONTRAST)
          cairo_set_source_rgb (cr, 0, 0, 0);
        else
          cairo_set_source_rgb (cr, 0.24, 0.22, 0.27);
        cairo_fill (cr);
      }
      break;
    }
}

static void
add_row (OdLegend   *self,
         SwatchType  type,
         guint       which,
         const char *label)
{
  GtkWidget *swatch = gtk_drawing_area_new ();
  GtkWidget *text = gtk_label_new (label);

  g_object_set_data (G_OBJECT (swatch), "od-type", GUINT_TO_POINTER (type));
  g_object_set_data (G_OBJECT (swatch), "od-which", GUINT_TO_POINTER (which));
  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (swatch), 28);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (swatch), 16);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (swatch), draw_swatch, NULL, NULL);
  gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_grid_attach (GTK_GRID (self->grid), swatch, 0, self->n_rows, 1, 1);
  gtk_grid_attach (GTK_GRID (self->grid), text, 1, self->n_rows, 1, 1);
  g_ptr_array_add (self->swatches, swatch);
  self->n_rows++;
}

static void
theme_changed_cb (OdLegend *self)
{
  for (guint i = 0; i < self->swatches->len; i++)
    gtk_widget_queue_draw (self->swatches->pdata[i]);
}

static void
od_legend_dispose (GObject *object)
{
  OdLegend *self = OD_LEGEND (object);

  if (self->canvas != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->canvas, self);
      g_object_remove_weak_pointer (G_OBJECT (self->canvas), (gpointer *) &self->canvas);
      self->canvas = NULL;
    }
  g_signal_handlers_disconnect_by_data (adw_style_manager_get_default (), self);
  g_clear_pointer (&self->grid, gtk_widget_unparent);
  g_clear_pointer (&self->swatches, g_ptr_array_unref);
  G_OBJECT_CLASS (od_legend_parent_class)->dispose (object);
}

static void
od_legend_class_init (OdLegendClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = od_legend_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "od-legend");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
od_legend_init (OdLegend *self)
{
  GtkWidget *title;

  self->swatches = g_ptr_array_new ();
  self->grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (self->grid), 4);
  gtk_grid_set_column_spacing (GTK_GRID (self->grid), 8);
  gtk_widget_set_margin_start (self->grid, 10);
  gtk_widget_set_margin_end (self->grid, 10);
  gtk_widget_set_margin_top (self->grid, 8);
  gtk_widget_set_margin_bottom (self->grid, 8);
  gtk_widget_set_parent (self->grid, GTK_WIDGET (self));
  gtk_widget_add_css_class (GTK_WIDGET (self), "osd");
  gtk_widget_add_css_class (GTK_WIDGET (self), "od-legend");

  title = gtk_label_new (_("Legend"));
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_grid_attach (GTK_GRID (self->grid), title, 0, 0, 2, 1);
  self->n_rows = 1;
  for (guint k = 0; k < OD_N_UNIT_KINDS; k++)
    add_row (self, SWATCH_KIND, k, od_unit_kind_get_display_name (k));
  add_row (self, SWATCH_DOTTED, 0, _("Dotted line: functional reporting"));
  for (guint s = OD_N_SEVERITIES; s-- > 0;)
    {
      /* TRANSLATORS: a badge on a unit; %s is a severity (Error, Warning...) */
      g_autofree char *label = g_strdup_printf (_("Finding: %s"), od_severity_get_display_name (s));

      add_row (self, SWATCH_SEVERITY, s, label);
    }
  add_row (self, SWATCH_FOLDED, 0, _("+N: units folded below; click to open"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Legend"), -1);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (theme_changed_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
od_legend_new (OdChartCanvas *canvas)
{
  OdLegend *self;

  g_return_val_if_fail (OD_IS_CHART_CANVAS (canvas), NULL);

  self = g_object_new (OD_TYPE_LEGEND, NULL);
  self->canvas = canvas;
  g_object_add_weak_pointer (G_OBJECT (canvas), (gpointer *) &self->canvas);
  g_signal_connect_object (canvas, "notify::presenting", G_CALLBACK (theme_changed_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  return GTK_WIDGET (self);
}

guint
od_legend_get_n_rows (OdLegend *self)
{
  g_return_val_if_fail (OD_IS_LEGEND (self), 0);
  return self->n_rows - 1;
}
