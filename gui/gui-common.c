/*
 * gui-common.c: what the dialogs of the menu Données › PST share.
 *
 * Everything the user reads is in French; every error reaches a dialog,
 * never only stderr, since finance staff do not look at a terminal.
 */
#include "pst-gui.h"
#include "plan-workbook.h"
#include "ecomptes.h"
#include "sheet-write.h"

#include <workbook.h>
#include <workbook-view.h>
#include <gui-file.h>
#include <gui-util.h>
#include <sheet.h>
#include <goffice/goffice.h>
#include <stdarg.h>

void
pst_gui_notice (WBCGtk *wbcg, GtkMessageType type, char const *title,
		char const *text)
{
	GtkWidget *dialog = gtk_message_dialog_new (wbcg_toplevel (wbcg),
						    GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
						    type, GTK_BUTTONS_CLOSE, "%s", title);
	if (text)
		gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog),
							  "%s", text);
	gtk_window_set_title (GTK_WINDOW (dialog), title);
	gtk_dialog_run (GTK_DIALOG (dialog));
	gtk_widget_destroy (dialog);
}

void
pst_gui_error (WBCGtk *wbcg, char const *fmt, ...)
{
	va_list args;
	char *text;

	va_start (args, fmt);
	text = g_strdup_vprintf (fmt, args);
	va_end (args);
	pst_gui_notice (wbcg, GTK_MESSAGE_ERROR, "PST : erreur", text);
	g_free (text);
}

/* A modal dialog with Annuler and @accept_label; Enter accepts. */
GtkWidget *
pst_gui_dialog_new (WBCGtk *wbcg, char const *title, char const *accept_label)
{
	GtkWidget *dialog = gtk_dialog_new_with_buttons (
		title, wbcg_toplevel (wbcg),
		GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
		"_Annuler", GTK_RESPONSE_CANCEL,
		accept_label, GTK_RESPONSE_ACCEPT,
		NULL);
	GtkWidget *content = gtk_dialog_get_content_area (GTK_DIALOG (dialog));

	gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
	gtk_container_set_border_width (GTK_CONTAINER (content), 12);
	gtk_box_set_spacing (GTK_BOX (content), 8);
	return dialog;
}

GtkWidget *
pst_gui_scrolled_text (char const *text, int width, int height)
{
	GtkWidget *scroll = gtk_scrolled_window_new (NULL, NULL);
	GtkWidget *view = gtk_text_view_new ();

	gtk_text_view_set_editable (GTK_TEXT_VIEW (view), FALSE);
	gtk_text_view_set_monospace (GTK_TEXT_VIEW (view), TRUE);
	gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
	gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)),
				  text ? text : "", -1);
	gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroll),
					GTK_POLICY_AUTOMATIC, GTK_POLICY_AUTOMATIC);
	gtk_widget_set_size_request (scroll, width, height);
	gtk_container_add (GTK_CONTAINER (scroll), view);
	gtk_widget_set_vexpand (scroll, TRUE);
	return scroll;
}

static void
add_plan_filters (GtkFileChooser *chooser)
{
	GtkFileFilter *plans = gtk_file_filter_new ();
	GtkFileFilter *all = gtk_file_filter_new ();
	static char const *const patterns[] = {
		"*.xlsx", "*.XLSX", "*.xls", "*.XLS", "*.ods", "*.ODS",
		"*.gnumeric", "*.csv", "*.CSV", "*.txt", "*.xml"
	};
	unsigned i;

	gtk_file_filter_set_name (plans, "Plans (xlsx, xls, ods, gnumeric, csv)");
	for (i = 0; i < G_N_ELEMENTS (patterns); i++)
		gtk_file_filter_add_pattern (plans, patterns[i]);
	gtk_file_filter_set_name (all, "Tous les fichiers");
	gtk_file_filter_add_pattern (all, "*");
	gtk_file_chooser_add_filter (chooser, plans);
	gtk_file_chooser_add_filter (chooser, all);
}

static GtkWidget *
plan_chooser_new (WBCGtk *wbcg, char const *title, gboolean several)
{
	GtkWidget *chooser = gtk_file_chooser_dialog_new (
		title, wbcg_toplevel (wbcg), GTK_FILE_CHOOSER_ACTION_OPEN,
		"_Annuler", GTK_RESPONSE_CANCEL, "_Ouvrir", GTK_RESPONSE_ACCEPT, NULL);
	gtk_dialog_set_default_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
	gtk_file_chooser_set_local_only (GTK_FILE_CHOOSER (chooser), TRUE);
	gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), several);
	add_plan_filters (GTK_FILE_CHOOSER (chooser));
	return chooser;
}

/* A plan file, or NULL when the user cancels. */
char *
pst_gui_choose_plan (WBCGtk *wbcg, char const *title)
{
	GtkWidget *chooser = plan_chooser_new (wbcg, title, FALSE);
	char *path = NULL;

	if (gtk_dialog_run (GTK_DIALOG (chooser)) == GTK_RESPONSE_ACCEPT)
		path = gtk_file_chooser_get_filename (GTK_FILE_CHOOSER (chooser));
	gtk_widget_destroy (chooser);
	return path;
}

/* The plan files chosen (char *), NULL when the user cancels. */
GSList *
pst_gui_choose_plans (WBCGtk *wbcg, char const *title)
{
	GtkWidget *chooser = plan_chooser_new (wbcg, title, TRUE);
	GSList *paths = NULL;

	if (gtk_dialog_run (GTK_DIALOG (chooser)) == GTK_RESPONSE_ACCEPT)
		paths = gtk_file_chooser_get_filenames (GTK_FILE_CHOOSER (chooser));
	gtk_widget_destroy (chooser);
	return paths;
}

/* A file to write, confirmed by the user when it exists. */
char *
pst_gui_choose_output (WBCGtk *wbcg, char const *title, char const *suggested,
		       char const *filter_name, char const *pattern)
{
	GtkWidget *chooser = gtk_file_chooser_dialog_new (
		title, wbcg_toplevel (wbcg), GTK_FILE_CHOOSER_ACTION_SAVE,
		"_Annuler", GTK_RESPONSE_CANCEL, "_Enregistrer", GTK_RESPONSE_ACCEPT, NULL);
	GtkFileFilter *filter = gtk_file_filter_new ();
	char *path = NULL;

	gtk_dialog_set_default_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
	gtk_file_chooser_set_do_overwrite_confirmation (GTK_FILE_CHOOSER (chooser), TRUE);
	gtk_file_chooser_set_local_only (GTK_FILE_CHOOSER (chooser), TRUE);
	gtk_file_filter_set_name (filter, filter_name);
	gtk_file_filter_add_pattern (filter, pattern);
	gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
	if (suggested) {
		char *dir = g_path_get_dirname (suggested);
		char *base = g_path_get_basename (suggested);
		if (g_path_is_absolute (suggested))
			gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), dir);
		gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), base);
		g_free (dir);
		g_free (base);
	}
	if (gtk_dialog_run (GTK_DIALOG (chooser)) == GTK_RESPONSE_ACCEPT)
		path = gtk_file_chooser_get_filename (GTK_FILE_CHOOSER (chooser));
	gtk_widget_destroy (chooser);
	return path;
}

/* @wb, which the window takes over, in a window of its own (or in place of an untouched
 * empty one, as Fichier › Ouvrir does).  @path names it: Enregistrer
 * writes a Gnumeric file there, never over the plan it came from. */
void
pst_gui_show_workbook (WBCGtk *wbcg, Workbook *wb, char const *path)
{
	WorkbookView *wbv = workbook_view_new (wb);

	if (path) {
		char *uri = go_filename_to_uri (path);
		go_doc_set_uri (GO_DOC (wb), uri);
		workbook_set_saveinfo (wb, GO_FILE_FL_AUTO,
				       go_file_saver_for_id ("Gnumeric_XmlIO:sax"));
		g_free (uri);
	}
	go_doc_set_dirty (GO_DOC (wb), TRUE);
	/* The view took the workbook, the window takes the view. */
	gui_wb_view_show (wbcg, wbv);
}

/* The plan of the workbook in the window: read back by its headers when
 * it is a canonical workbook (*@canonical then TRUE), imported otherwise.
 * NULL, after telling the user why, when it holds no action. */
PstPlan *
pst_gui_current_plan (WBCGtk *wbcg, gboolean *canonical)
{
	Workbook *wb = wb_control_get_workbook (GNM_WBC (wbcg));
	char const *uri = go_doc_get_uri (GO_DOC (wb));
	char *file = g_path_get_basename (uri ? uri : "classeur");
	PstGrid *grid = pst_grid_from_workbook (wb, file);
	PstPlan *plan = pst_plan_from_canonical (grid, NULL);

	*canonical = plan != NULL;
	if (plan == NULL) {
		char *entite = pst_entite_from_uri (uri ? uri : "classeur");
		plan = pst_import (grid, entite);
		g_free (entite);
	}
	pst_grid_free (grid);
	if (pst_plan_count (plan, 3) + pst_plan_count (plan, 4) == 0) {
		pst_gui_error (wbcg, "Aucune action trouvée dans « %s » : ce classeur ne "
			       "semble pas être un plan PST.\n\nOuvrez un plan importé "
			       "(Données › PST › Importer un plan…) ou consolidé.", file);
		pst_plan_free (plan);
		plan = NULL;
	}
	g_free (file);
	return plan;
}

/* Long runs show where they are in the status bar, and keep the window
 * drawn; the window takes no input meanwhile, or a click could start a
 * second job inside the first. */
void
pst_gui_progress (WBCGtk *wbcg, double fraction, char const *message)
{
	GOCmdContext *cc = GO_CMD_CONTEXT (wbcg);

	gtk_widget_set_sensitive (GTK_WIDGET (wbcg_toplevel (wbcg)), FALSE);
	go_cmd_context_progress_set (cc, fraction);
	if (message)
		go_cmd_context_progress_message_set (cc, message);
	while (gtk_events_pending ())
		gtk_main_iteration_do (FALSE);
}

void
pst_gui_progress_done (WBCGtk *wbcg)
{
	GOCmdContext *cc = GO_CMD_CONTEXT (wbcg);

	go_cmd_context_progress_set (cc, 0.);
	go_cmd_context_progress_message_set (cc, NULL);
	gtk_widget_set_sensitive (GTK_WIDGET (wbcg_toplevel (wbcg)), TRUE);
}

/* A sheet just written into the workbook in the window: its formulas
 * computed (those written, which are queued, not the whole workbook),
 * then shown. */
void
pst_gui_show_sheet (WBCGtk *wbcg, Workbook *wb, char const *name)
{
	Sheet *sheet = workbook_sheet_by_name (wb, name);

	pst_sheets_compute (wb);
	if (sheet) {
		wb_view_sheet_focus (wb_control_view (GNM_WBC (wbcg)), sheet);
		sheet_redraw_all (sheet, TRUE);
	}
	go_doc_set_dirty (GO_DOC (wb), TRUE);
}
