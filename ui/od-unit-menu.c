/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-unit-menu.c: the context menu of a unit. */
#include "config.h"

#include <glib/gi18n.h>

#include "od-unit-menu.h"

GMenuModel *
od_unit_menu_new_model (void)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) add = g_menu_new ();
  g_autoptr(GMenu) edit = g_menu_new ();
  g_autoptr(GMenu) clip = g_menu_new ();
  g_autoptr(GMenu) move = g_menu_new ();
  g_autoptr(GMenu) remove = g_menu_new ();
  g_autoptr(GMenu) fold = g_menu_new ();

  g_menu_append (add, _("Add C_hild"), "unit.add-child");
  g_menu_append (add, _("Add _Sibling"), "unit.add-sibling");
  g_menu_append (clip, _("Cu_t"), "unit.cut");
  g_menu_append (clip, _("_Copy"), "unit.copy");
  g_menu_append (clip, _("_Paste Below"), "unit.paste");
  g_menu_append (clip, _("Dupl_icate"), "unit.duplicate");
  g_menu_append (edit, _("_Rename"), "unit.rename");
  g_menu_append (edit, _("Add _Function…"), "unit.add-function");
  g_menu_append (move, _("Move _Up"), "unit.move-up");
  g_menu_append (move, _("Move Do_wn"), "unit.move-down");
  g_menu_append (move, _("_Move To…"), "unit.move-to");
  g_menu_append (move, _("Add Dotted _Line…"), "unit.add-dotted-line");
  g_menu_append (remove, _("_Delete"), "unit.delete");
  /* On the chart only (the outline has its own expanders). */
  {
    g_autoptr(GMenuItem) collapse = g_menu_item_new (_("C_ollapse"), "chart.collapse");
    g_autoptr(GMenuItem) expand = g_menu_item_new (_("_Expand"), "chart.expand");

    g_menu_item_set_attribute (collapse, "hidden-when", "s", "action-disabled");
    g_menu_item_set_attribute (expand, "hidden-when", "s", "action-disabled");
    g_menu_append_item (fold, collapse);
    g_menu_append_item (fold, expand);
  }
  g_menu_append_section (menu, NULL, G_MENU_MODEL (fold));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (add));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (clip));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (edit));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (move));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (remove));
  return G_MENU_MODEL (menu);
}

static void
closed_cb (GtkPopover *popover)
{
  /* Unparented once closed, after its action ran. */
  g_idle_add_once ((GSourceOnceFunc) gtk_widget_unparent, popover);
}

void
od_unit_menu_popup (GtkWidget *parent,
                    double     x,
                    double     y)
{
  g_autoptr(GMenuModel) model = od_unit_menu_new_model ();
  GtkWidget *popover = gtk_popover_menu_new_from_model (model);
  GdkRectangle rect = { (int) x, (int) y, 1, 1 };

  g_return_if_fail (GTK_IS_WIDGET (parent));

  gtk_widget_set_parent (popover, parent);
  gtk_popover_set_has_arrow (GTK_POPOVER (popover), FALSE);
  gtk_widget_set_halign (popover, GTK_ALIGN_START);
  gtk_popover_set_pointing_to (GTK_POPOVER (popover), &rect);
  g_signal_connect (popover, "closed", G_CALLBACK (closed_cb), NULL);
  gtk_popover_popup (GTK_POPOVER (popover));
}
