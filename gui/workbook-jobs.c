/*
 * workbook-jobs.c: the jobs of the menu Données › PST that work on the
 * workbook in the window: Actualiser le tableau de bord, Vérifier le plan.
 * Each rebuilds one sheet of its own and shows it; the rest of the
 * workbook is left as it is.
 */
#include "pst-gui.h"
#include "dashboard.h"
#include "verification-sheet.h"

#include <workbook.h>
#include <workbook-view.h>
#include <sheet.h>
#include <goffice/goffice.h>

void
pst_gui_refresh_dashboard (WBCGtk *wbcg)
{
	Workbook *wb = wb_control_get_workbook (GNM_WBC (wbcg));
	gboolean canonical;
	PstPlan *plan = pst_gui_current_plan (wbcg, &canonical);

	if (plan == NULL)
		return;
	/* The dashboard's formulas read the sheets Plan and Objectifs. */
	if (!canonical)
		pst_gui_error (wbcg, "Ce classeur n’est pas un classeur PST (feuilles Plan, Objectifs, "
			       "Budget) : le tableau de bord se calcule sur ces feuilles.\n\n"
			       "Importez d’abord le plan : Données › PST › Importer un plan…");
	else {
		pst_gui_progress (wbcg, 0.5, "Actualisation du tableau de bord…");
		pst_dashboard_write (wb, plan);
		pst_gui_show_sheet (wbcg, wb, PST_DASHBOARD_SHEET);
		pst_gui_progress_done (wbcg);
	}
	pst_plan_free (plan);
}

void
pst_gui_verify (WBCGtk *wbcg)
{
	Workbook *wb = wb_control_get_workbook (GNM_WBC (wbcg));
	gboolean canonical;
	PstPlan *plan = pst_gui_current_plan (wbcg, &canonical);

	if (plan == NULL)
		return;
	pst_gui_progress (wbcg, 0.5, "Vérification du plan…");
	pst_verification_write (wb, plan, NULL);	/* as of today */
	pst_gui_show_sheet (wbcg, wb, PST_VERIFICATION_SHEET);
	pst_gui_progress_done (wbcg);
	pst_plan_free (plan);
}
