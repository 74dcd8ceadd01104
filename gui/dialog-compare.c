/*
 * dialog-compare.c: Données › PST › Comparer avec une version antérieure…
 *
 * The plan in the window is the new version; the user picks the earlier
 * one (any layout, or a canonical workbook), and the sheet Évolution
 * ("pst compare"'s) is written into the open workbook and shown: what
 * was added, removed, moved, renamed, and every change of statut,
 * avancement, dates, budget, article and météo, with the summary the
 * Conseil is shown at mid-term.
 */
#include "pst-gui.h"
#include "plan-workbook.h"
#include "compare.h"
#include "evolution-sheet.h"

#include <workbook.h>
#include <goffice/goffice.h>

void
pst_gui_compare (WBCGtk *wbcg)
{
	Workbook *wb = wb_control_get_workbook (GNM_WBC (wbcg));
	char const *uri = go_doc_get_uri (GO_DOC (wb));
	gboolean canonical;
	PstPlan *nouveau = pst_gui_current_plan (wbcg, &canonical), *ancien = NULL;
	PstComparison *cmp;
	char *path = NULL, *error = NULL, *ancien_name, *nouveau_name;

	if (nouveau == NULL)
		return;
	path = pst_gui_choose_plan (wbcg, "Version antérieure du plan");
	if (path == NULL)
		goto out;
	pst_gui_progress (wbcg, 0.2, "Lecture de la version antérieure…");
	ancien = pst_plan_read_path (path, NULL, NULL, GO_CMD_CONTEXT (wbcg), &error);
	if (ancien == NULL) {
		pst_gui_progress_done (wbcg);
		pst_gui_error (wbcg, "La version antérieure n’a pas pu être lue : %s", error);
		g_free (error);
		goto out;
	}
	if (pst_plan_count (ancien, 3) + pst_plan_count (ancien, 4) == 0) {
		char *base = g_path_get_basename (path);
		pst_gui_progress_done (wbcg);
		pst_gui_error (wbcg, "Aucune action trouvée dans « %s » : est-ce bien une version "
			       "du plan PST ? Rien n’a été comparé.", base);
		g_free (base);
		goto out;
	}
	pst_gui_progress (wbcg, 0.5, "Comparaison des deux versions…");
	cmp = pst_plan_compare (ancien, nouveau, NULL);	/* as of today */
	ancien_name = g_path_get_basename (path);
	{
		char *file = uri ? go_filename_from_uri (uri) : NULL;
		nouveau_name = g_path_get_basename (file ? file : "classeur");
		g_free (file);
	}
	pst_evolution_write (wb, ancien, nouveau, cmp, ancien_name, nouveau_name);
	pst_gui_show_sheet (wbcg, wb, PST_EVOLUTION_SHEET);
	pst_gui_progress_done (wbcg);
	g_free (ancien_name);
	g_free (nouveau_name);
	pst_comparison_free (cmp);
 out:
	g_free (path);
	pst_plan_free (ancien);
	pst_plan_free (nouveau);
}
