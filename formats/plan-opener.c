/*
 * plan-opener.c: the file opener Gnumeric_pst:plan.
 *
 * "ssconvert -I Gnumeric_pst:plan plan.xlsx out.gnumeric" opens a plan
 * workbook of any layout as the canonical PST workbook.  The opener is
 * only used when asked for: it declares no suffix and no probe, so that
 * ordinary xlsx files keep opening as they are.
 *
 * A wrong guess of the reading is corrected with the options of
 * pst import (--colonne, --entete, --feuille), written in a file beside
 * the plan named after it ("plan.xlsx.lecture"), or in the environment
 * variable PST_LECTURE.
 */
#include "plan-workbook.h"

#include <workbook-view.h>
#include <workbook.h>
#include <goffice/goffice.h>
#include <gsf/gsf-input.h>

G_MODULE_EXPORT void plan_file_open (GOFileOpener const *fo, GOIOContext *io,
				     WorkbookView *wbv, GsfInput *input);

/* The corrections of the reading: PST_LECTURE, then the file beside
 * the plan. */
static gboolean
read_options (char const *name, PstImportOptions *options, char **error)
{
	char *path = name ? g_filename_from_uri (name, NULL, NULL) : NULL;
	char *text = NULL;
	gboolean ok;

	if (path == NULL && name != NULL)
		path = g_strdup (name);
	ok = pst_import_options_parse (options, g_getenv ("PST_LECTURE"), error);

	if (ok && path && (text = pst_plan_corrections_load (path)) != NULL) {
		ok = pst_import_options_parse (options, text, error);
		if (!ok) {
			char *side = pst_plan_corrections_path (path);
			char *why = g_strdup_printf ("« %s » : %s", side, *error);
			g_free (*error);
			*error = why;
			g_free (side);
		}
	}
	g_free (text);
	g_free (path);
	return ok;
}

G_MODULE_EXPORT void
plan_file_open (GOFileOpener const *fo, GOIOContext *io, WorkbookView *wbv,
		GsfInput *input)
{
	char const *name = gsf_input_name (input);
	char *error = NULL;
	PstImportOptions *options = pst_import_options_new ();
	PstPlan *plan = NULL;

	if (read_options (name, options, &error))
		plan = pst_plan_read (input, name ? name : "plan", NULL, options, io, &error);
	pst_import_options_free (options);
	if (plan == NULL) {
		go_io_error_string (io, error);
		g_free (error);
		return;
	}
	/* Opened all the same: the titles and unread rows are in Anomalies,
	 * and the user sees why the plan is empty at the top of that sheet. */
	if (pst_plan_count (plan, 3) + pst_plan_count (plan, 4) == 0) {
		char *base = g_path_get_basename (name ? name : "plan");
		pst_plan_take_anomaly (plan, g_strdup (base), PST_GRAVITE_ERREUR,
				       g_strdup ("Aucune action trouvée : est-ce bien un plan PST ?"),
				       NULL);
		g_ptr_array_insert (plan->anomalies, 0,
				    g_ptr_array_steal_index (plan->anomalies,
							     plan->anomalies->len - 1));
		go_io_warning (io, "« %s » : aucune action trouvée ; est-ce bien un plan PST ?",
			       base);
		g_free (base);
	}
	if (plan->reading && plan->reading->doutes->len > 0) {
		char *base = g_path_get_basename (name ? name : "plan");
		go_io_warning (io, "« %s » : la lecture du plan est douteuse (%s). Vérifiez la feuille « Lecture du plan » ; "
			       "une lecture fausse se corrige dans le fichier « %s.lecture » (options de pst import).",
			       base, (char *) g_ptr_array_index (plan->reading->doutes, 0), base);
		g_free (base);
	}
	pst_plan_write (wb_view_get_workbook (wbv), plan);
	pst_plan_free (plan);
}
