/*
 * dialog-fiches.c: Données › PST › Fiches actions…
 *
 * One printable A4 page per action (or per OO) of the plan in the window,
 * the sheet the pilote brings to the meeting, written as a PDF with
 * Gnumeric's own PDF export, as "pst fiches" does.
 */
#include "pst-gui.h"
#include "fiches.h"

#include <workbook.h>
#include <workbook-view.h>
#include <goffice/goffice.h>
#include <string.h>

static gboolean
ask_per_oo (WBCGtk *wbcg, gboolean *per_oo)
{
	GtkWidget *dialog = pst_gui_dialog_new (wbcg, "Fiches actions", "_Continuer");
	GtkWidget *content = gtk_dialog_get_content_area (GTK_DIALOG (dialog));
	GtkWidget *action = gtk_radio_button_new_with_mnemonic (NULL, "Une fiche par _action");
	GtkWidget *oo = gtk_radio_button_new_with_mnemonic_from_widget (
		GTK_RADIO_BUTTON (action), "Une fiche par _objectif opérationnel");
	gboolean ok;

	gtk_box_pack_start (GTK_BOX (content), action, FALSE, FALSE, 0);
	gtk_box_pack_start (GTK_BOX (content), oo, FALSE, FALSE, 0);
	gtk_widget_show_all (dialog);
	ok = gtk_dialog_run (GTK_DIALOG (dialog)) == GTK_RESPONSE_ACCEPT;
	*per_oo = gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (oo));
	gtk_widget_destroy (dialog);
	return ok;
}

static char *
suggested_pdf (WBCGtk *wbcg)
{
	Workbook *wb = wb_control_get_workbook (GNM_WBC (wbcg));
	char const *uri = go_doc_get_uri (GO_DOC (wb));
	char *file = uri ? go_filename_from_uri (uri) : NULL;
	char *dir = file ? g_path_get_dirname (file) : g_strdup (g_get_home_dir ());
	char *path = g_build_filename (dir, "Fiches actions.pdf", NULL);

	g_free (dir);
	g_free (file);
	return path;
}

void
pst_gui_fiches (WBCGtk *wbcg)
{
	gboolean canonical, per_oo = FALSE;
	PstPlan *plan = pst_gui_current_plan (wbcg, &canonical);
	GOFileSaver *pdf = go_file_saver_for_id ("Gnumeric_pdf:pdf_assistant");
	char *output = NULL, *suggested, *error = NULL;
	Workbook *fiches;

	if (plan == NULL)
		return;
	if (pdf == NULL) {
		pst_gui_error (wbcg, "L’export PDF de Gnumeric n’est pas disponible "
			       "(greffon « pdf » inactif) : les fiches ne peuvent pas être écrites.");
		goto out;
	}
	if (!ask_per_oo (wbcg, &per_oo))
		goto out;
	suggested = suggested_pdf (wbcg);
	output = pst_gui_choose_output (wbcg, "Enregistrer les fiches", suggested,
					"PDF (*.pdf)", "*.pdf");
	g_free (suggested);
	if (output == NULL)
		goto out;

	pst_gui_progress (wbcg, 0.3, "Mise en page des fiches…");
	fiches = pst_fiches_workbook (plan, per_oo ? PST_FICHES_PAR_OO : PST_FICHES_PAR_ACTION,
				      NULL, &error);	/* as of today */
	if (fiches == NULL) {
		pst_gui_progress_done (wbcg);
		pst_gui_error (wbcg, "Les fiches n’ont pas pu être faites : %s", error);
		g_free (error);
	} else {
		/* As pst_cli_save_workbook: the view is the workbook's, which
		 * goes with it. */
		WorkbookView *wbv = workbook_view_new (fiches);
		char *uri = go_filename_to_uri (output);
		gboolean ok;

		pst_gui_progress (wbcg, 0.6, "Écriture du PDF…");
		ok = workbook_view_save_as (wbv, pdf, uri, GO_CMD_CONTEXT (wbcg));
		pst_gui_progress_done (wbcg);
		if (ok) {
			char *base = g_path_get_basename (output);
			char *title = g_strdup_printf ("« %s » est enregistré.", base);
			char *text = g_strdup_printf ("%u fiche%s, une page A4 chacune.",
						      pst_fiches_count (plan, per_oo ? PST_FICHES_PAR_OO
									: PST_FICHES_PAR_ACTION),
						      pst_fiches_count (plan, per_oo ? PST_FICHES_PAR_OO
									: PST_FICHES_PAR_ACTION) > 1 ? "s" : "");
			pst_gui_notice (wbcg, GTK_MESSAGE_INFO, title, text);
			g_free (text);
			g_free (title);
			g_free (base);
		} else
			pst_gui_error (wbcg, "Impossible d’écrire « %s ».", output);
		g_free (uri);
		g_object_unref (fiches);
	}
 out:
	g_free (output);
	pst_plan_free (plan);
}
