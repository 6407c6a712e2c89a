/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-export-rollups.c: the headcount of each department's whole subtree
 * ("Σ 1,234", "合计 1,234") on every box with children, when asked for.
 *
 * The totals are summed once, bottom-up over the units in document order
 * (O(n)), and kept by unit serial.  Numbers are grouped by three with a
 * comma in every document language, never by the reader's locale (a
 * German desktop must not print "1.234" on a Chinese chart).  A subtree in
 * which some unit has no headcount shows its known total with a "+".
 * Department pages add the total to the box's detail line; a chart drawn
 * by the shared renderer gets it as a small tag on the box's bottom-left
 * corner, which leaves the renderer's measured boxes as they are.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "od-export-private.h"
#include "od-text-sink.h"

#define TAG_FONT "Sans 6"

void
od_export_document_set_rollups (OdExportDocument *self,
                                gboolean          rollups)
{
  guint bound;
  g_autofree OdUnit **order = NULL;
  guint n = 0, count;

  g_return_if_fail (self != NULL);

  g_clear_pointer (&self->rollup_total, g_free);
  g_clear_pointer (&self->rollup_flags, g_free);
  if (!rollups)
    return;
  bound = MAX (od_organisation_get_serial_bound (self->org), 1);
  count = od_organisation_get_n_units (self->org);
  self->rollup_total = g_new0 (guint64, bound);
  self->rollup_flags = g_new0 (guint8, bound);
  order = g_new (OdUnit *, MAX (count, 1));
  /* Pre-order: down, else along, else up and along. */
  for (OdUnit *u = od_organisation_get_first_top_unit (self->org); u != NULL && n < count;)
    {
      order[n++] = u;
      if (od_unit_get_first_child (u) != NULL)
        u = od_unit_get_first_child (u);
      else
        {
          while (u != NULL && od_unit_get_next_sibling (u) == NULL)
            u = od_unit_get_parent (u);
          if (u != NULL)
            u = od_unit_get_next_sibling (u);
        }
    }
  /* Backwards, every unit comes after its descendants: add each to its
   * parent. */
  for (guint i = n; i > 0; i--)
    {
      OdUnit *u = order[i - 1];
      OdUnit *parent = od_unit_get_parent (u);
      guint serial = od_unit_get_serial (u);
      int own = od_unit_get_headcount (u);

      if (own >= 0)
        {
          self->rollup_total[serial] += (guint64) own;
          self->rollup_flags[serial] |= OD_ROLLUP_KNOWN;
        }
      else
        self->rollup_flags[serial] |= OD_ROLLUP_PARTIAL;
      if (parent != NULL)
        {
          guint p = od_unit_get_serial (parent);

          self->rollup_total[p] += self->rollup_total[serial];
          self->rollup_flags[p] |= self->rollup_flags[serial];
        }
    }
}

/* @value with its thousands grouped by commas. */
static char *
group_thousands (guint64 value)
{
  g_autofree char *digits = g_strdup_printf ("%" G_GUINT64_FORMAT, value);
  GString *out = g_string_new (NULL);
  gsize len = strlen (digits);

  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, digits[i]);
    }
  return g_string_free (out, FALSE);
}

char *
_od_export_rollup_text (OdExportDocument *self,
                        const OdUnit     *unit)
{
  guint serial;
  g_autofree char *number = NULL;
  g_autofree char *shown = NULL;

  if (self->rollup_total == NULL || od_unit_get_first_child ((OdUnit *) unit) == NULL)
    return NULL;
  serial = od_unit_get_serial (unit);
  if (!(self->rollup_flags[serial] & OD_ROLLUP_KNOWN))
    return NULL;
  number = group_thousands (self->rollup_total[serial]);
  /* Some unit below has no headcount: the total is at least this. */
  shown = self->rollup_flags[serial] & OD_ROLLUP_PARTIAL ? g_strconcat (number, "+", NULL) : g_strdup (number);
  /* TRANSLATORS: on a department's box, the headcount of the department
   * and everything under it; %s is the number, such as 1,234 */
  return g_strdup_printf (od_lang_gettext (self->lang, N_("Σ %s")), shown);
}

void
_od_export_draw_rollup_tags (OdExportDocument   *self,
                             cairo_t            *cr,
                             const OdLayoutRect *clip)
{
  g_autoptr(GPtrArray) units = NULL;
  OdLayout *layout = self->layout;

  if (self->rollup_total == NULL || layout == NULL)
    return;
  units = g_ptr_array_new ();
  od_layout_query_rect (layout, clip, units);
  cairo_save (cr);
  for (guint i = 0; i < units->len; i++)
    {
      const OdUnit *unit = units->pdata[i];
      g_autofree char *text = _od_export_rollup_text (self, unit);
      g_autoptr(PangoLayout) tag = NULL;
      PangoRectangle ink, logical;
      OdLayoutRect box;
      double w, h, x, y;

      if (text == NULL || !od_layout_get_box (layout, unit, &box))
        continue;
      tag = _od_export_text_layout (cr, self->lang, TAG_FONT, text, -1);
      pango_layout_get_extents (tag, &ink, &logical);
      w = logical.width / (double) PANGO_SCALE + 4;
      h = logical.height / (double) PANGO_SCALE;
      /* On the bottom edge, left of the connector that leaves its middle. */
      x = box.x + 3;
      y = box.y + box.height - h / 2;
      cairo_rectangle (cr, x, y, w, h);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_fill_preserve (cr);
      cairo_set_source_rgb (cr, 0.35, 0.35, 0.38);
      cairo_set_line_width (cr, 0.5);
      cairo_stroke (cr);
      cairo_set_source_rgb (cr, 0.15, 0.15, 0.15);
      cairo_move_to (cr, x + 2, y);
      od_text_show_layout (cr, tag);
    }
  cairo_restore (cr);
}
