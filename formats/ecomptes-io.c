/*
 * ecomptes-io.c: the saver Gnumeric_pst:ecomptes and the opener
 * Gnumeric_pst:ecomptes_xml.
 *
 *   ssconvert --export-type=Gnumeric_pst:ecomptes plan.xlsx pst.xml
 *   ssconvert -I Gnumeric_pst:ecomptes_xml pst.xml plan.gnumeric
 *
 * The saver takes the canonical workbook (sheets Plan, Objectifs…) and,
 * failing that, a plan workbook of any layout, which it imports first.
 * Its header has the defaults of pst_ecomptes_header_init: the command
 * "pst export" sets INS, type and exercice.  The opener writes the
 * canonical workbook.
 */
#include "ecomptes.h"
#include "plan-workbook.h"
#include "import.h"
#include "reference.h"

#include <workbook-view.h>
#include <workbook.h>
#include <goffice/goffice.h>
#include <gsf/gsf-input.h>
#include <gsf/gsf-output.h>
#include <gnm-plugin.h>

G_MODULE_EXPORT void ecomptes_file_save (GOFileSaver const *fs, GOIOContext *io,
					 WorkbookView const *wbv, GsfOutput *output);
G_MODULE_EXPORT void ecomptes_xml_file_open (GOFileOpener const *fo, GOIOContext *io,
					     WorkbookView *wbv, GsfInput *input);

G_MODULE_EXPORT void
ecomptes_file_save (GOFileSaver const *fs, GOIOContext *io,
		    WorkbookView const *wbv, GsfOutput *output)
{
	Workbook *wb = wb_view_get_workbook (wbv);
	char const *uri = go_doc_get_uri (GO_DOC (wb));
	char *entite = pst_entite_from_uri (uri ? uri : "plan");
	char *file = g_path_get_basename (uri ? uri : "plan");
	PstGrid *grid = pst_grid_from_workbook (wb, file);
	PstPlan *plan = pst_plan_from_canonical (grid, NULL);
	PstEcomptesHeader header;
	PstEcomptesStats stats;
	char *xml;
	gsize len = 0;

	if (plan == NULL)
		plan = pst_import (grid, entite);
	if (pst_plan_count (plan, PST_LEVEL_ACTION) + pst_plan_count (plan, PST_LEVEL_SOUS_ACTION) == 0) {
		go_io_error_string (io, "Aucune action dans ce classeur : ce n’est pas un plan PST, "
				    "rien n’a été exporté.");
		goto out;
	}
	pst_ecomptes_header_init (&header);
	xml = pst_ecomptes_write (plan, &header, &stats, &len);
	if (xml == NULL) {
		go_io_error_string (io, "Le XML eComptes n’a pas pu être produit (mémoire insuffisante).");
		goto out;
	}
	if (!gsf_output_write (output, len, (guint8 const *) xml))
		go_io_error_string (io, "Impossible d’écrire le fichier XML eComptes.");
	else if (stats.truncated > 0)
		go_io_warning (io, "%u libellé(s) de plus de %d caractères coupé(s) ; "
			       "le texte complet est dans la Description.",
			       stats.truncated, PST_ECOMPTES_LIBELLE_MAX);
	g_free (xml);
 out:
	pst_plan_free (plan);
	pst_grid_free (grid);
	g_free (entite);
	g_free (file);
}

G_MODULE_EXPORT void
ecomptes_xml_file_open (GOFileOpener const *fo, GOIOContext *io,
			WorkbookView *wbv, GsfInput *input)
{
	char const *name = gsf_input_name (input);
	char *file = g_path_get_basename (name ? name : "pst.xml");
	gsf_off_t size = gsf_input_size (input);
	guint8 const *data = NULL;
	char *error = NULL;
	PstPlan *plan;

	if (gsf_input_seek (input, 0, G_SEEK_SET) ||
	    (size > 0 && (data = gsf_input_read (input, size, NULL)) == NULL)) {
		char *msg = g_strdup_printf ("Impossible de lire « %s ».", file);
		go_io_error_string (io, msg);
		g_free (msg);
		g_free (file);
		return;
	}
	plan = pst_ecomptes_read ((char const *) data, size > 0 ? size : 0, file, NULL, &error);
	if (plan == NULL) {
		go_io_error_string (io, error);
		g_free (error);
		g_free (file);
		return;
	}
	pst_plan_write (wb_view_get_workbook (wbv), plan);
	pst_plan_free (plan);
	g_free (file);
}
