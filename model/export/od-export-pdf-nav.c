/* SPDX-License-Identifier: GPL-3.0-or-later */
/* od-export-pdf-nav.c: what lets a reader find their way in a PDF: the
 * outline (bookmarks) mirroring the department tree, page labels and the
 * document's metadata.  Links on pages are drawn with the pages
 * (od-export-pages.c); these are the parts cairo keeps per surface, so the
 * report can use them for its own pages too. */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>

#include "od-export-private.h"

/* Outline entries are opened down to this depth when the PDF opens. */
#define OPEN_DEPTH 2

void
_od_export_pdf_set_metadata (cairo_surface_t *surface,
                             const char      *title,
                             const char      *subject,
                             const char      *keywords,
                             const char      *date)
{
  const char *author = g_get_real_name ();
  g_autofree char *created = NULL;

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  if (author != NULL && *author != '\0' && g_strcmp0 (author, "Unknown") != 0)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, author);
  else
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, g_get_user_name ());
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, subject);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_KEYWORDS, keywords);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Org Designer");
  /* The date printed on the pages, so a dated export is reproducible. */
  if (date != NULL)
    {
      created = g_strdup_printf ("%sT00:00:00", date);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, created);
    }
}

/* Every unit with reports is a bookmark under its parent's (the top ones
 * under @root), leading to the page it is drawn on; a one-page chart is one
 * bookmark. */
static void
add_chart_outline (OdExportDocument *self,
                   cairo_surface_t  *surface,
                   int               root)
{
  g_autofree int *outline = NULL;

  if (self->plan == NULL)
    {
      g_autofree char *link = g_strdup_printf ("page=%u", self->first_chart_page + 1);

      if (self->first_chart_page < self->pages->len && root == CAIRO_PDF_OUTLINE_ROOT)
        cairo_pdf_surface_add_outline (surface, root, od_lang_gettext (self->lang, N_("Chart")), link, 0);
      return;
    }
  outline = g_new0 (int, MAX (self->n_plan_units, 1));
  for (guint i = 0; i < self->n_plan_units; i++)
    {
      OdUnit *unit = self->plan_units[i];
      OdUnit *parent = od_unit_get_parent (unit);
      int parent_id = parent != NULL ? outline[self->plan_node_of_serial[od_unit_get_serial (parent)]] : root;
      guint sheet = _od_export_section_sheet (self, od_page_plan_section_of_node (self->plan, i));
      g_autofree char *link = g_strdup_printf ("page=%u", sheet + 1);

      if (od_unit_get_first_child (unit) == NULL)
        continue;
      outline[i] = cairo_pdf_surface_add_outline (surface, parent_id, od_unit_get_name (unit), link,
                                                  od_unit_get_depth (unit) < OPEN_DEPTH ? CAIRO_PDF_OUTLINE_FLAG_OPEN : 0);
    }
}

/* The department pages' contents and name index, one bookmark. */
static void
add_directory_outline (OdExportDocument *self,
                       cairo_surface_t  *surface,
                       int               root)
{
  for (guint i = 0; i < self->pages->len; i++)
    if (g_array_index (self->pages, OdExportPage, i).kind == OD_EXPORT_PAGE_DIRECTORY)
      {
        g_autofree char *link = g_strdup_printf ("page=%u", i + 1);

        cairo_pdf_surface_add_outline (surface, root, od_lang_gettext (self->lang, N_("Contents and index")), link, 0);
        return;
      }
}

void
od_export_document_write_navigation (OdExportDocument *self,
                                     cairo_surface_t  *surface)
{
  g_autofree char *subject = NULL;
  g_autofree char *keywords = NULL;
  int section = CAIRO_PDF_OUTLINE_ROOT;

  g_return_if_fail (self != NULL && surface != NULL);

  /* The file's own description, in the document's language like its pages. */
  subject = g_strdup (od_lang_gettext (self->lang, self->report != NULL ? N_("Organisation chart and report")
                                                                     : N_("Organisation chart")));
  /* TRANSLATORS: PDF keywords: the organisation's name and size */
  keywords = g_strdup_printf ("%s, %s, %s", od_organisation_get_name (self->org),
                              od_size_get_display_name_in (od_organisation_get_size (self->org), self->lang),
                              od_lang_gettext (self->lang, N_("organisation chart")));
  _od_export_pdf_set_metadata (surface, od_organisation_get_name (self->org), subject, keywords, self->date);

  if (self->outline == NULL)
    {
      add_chart_outline (self, surface, CAIRO_PDF_OUTLINE_ROOT);
      add_directory_outline (self, surface, CAIRO_PDF_OUTLINE_ROOT);
      return;
    }
  /* A report: its sections in order, the department tree under the
   * chart's entry. */
  for (guint i = 0; i < self->outline->len; i++)
    {
      const OdTextFlowMark *m = &g_array_index (self->outline, OdTextFlowMark, i);
      g_autofree char *link = g_strdup_printf ("page=%u", m->page + 1);
      int id = cairo_pdf_surface_add_outline (surface, m->level > 1 ? section : CAIRO_PDF_OUTLINE_ROOT,
                                              m->title, link, 0);

      if (m->level == 1)
        section = id;
      if ((int) i == self->chart_mark)
        {
          add_chart_outline (self, surface, id);
          add_directory_outline (self, surface, id);
        }
    }
}
