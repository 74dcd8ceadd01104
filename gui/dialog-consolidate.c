/*
 * dialog-consolidate.c: Données › PST › Consolider des plans…
 *
 * The user gathers the plans in a list, each read as soon as it is added
 * (so that its entity, named after the plan's title or its file, and its
 * number of actions show at once, and a file that is not a plan is known
 * before the long run), renames the entities as they should appear, and
 * gets the consolidated workbook (pst consolidate's) in a new window.
 * The status bar follows the reading of long lists.
 */
#include "pst-gui.h"
#include "plan-workbook.h"
#include "consolidated.h"
#include "consolidation.h"

#include <workbook.h>
#include <goffice/goffice.h>
#include <string.h>

enum { COL_FILE, COL_ENTITE, COL_ACTIONS, COL_READING, COL_PLAN, N_COLS };

typedef struct {
	WBCGtk	     *wbcg;
	GtkListStore *store;
	GtkWidget    *view, *dialog, *accept;
	char	     *folder;	/* of the first plan: where the result is named */
} ConsolidateDialog;

static void
update_accept (ConsolidateDialog *d)
{
	gtk_widget_set_sensitive (d->accept,
				  gtk_tree_model_iter_n_children (GTK_TREE_MODEL (d->store), NULL) > 0);
}

static void
add_plans (ConsolidateDialog *d, GSList *paths)
{
	GString *refused = g_string_new (NULL);
	guint n = g_slist_length (paths), k = 0;
	GSList *l;

	gtk_widget_set_sensitive (d->dialog, FALSE);
	for (l = paths; l; l = l->next, k++) {
		char const *path = l->data;
		char *base = g_path_get_basename (path);
		char *message = g_strdup_printf ("Lecture de « %s » (%u/%u)…", base, k + 1, n);
		char *error = NULL;
		PstPlan *plan;

		pst_gui_progress (d->wbcg, (double) k / n, message);
		plan = pst_plan_read_path (path, NULL, NULL, GO_CMD_CONTEXT (d->wbcg), &error);
		if (plan && pst_plan_count (plan, 3) + pst_plan_count (plan, 4) == 0) {
			pst_plan_free (plan);
			plan = NULL;
			error = g_strdup ("aucune action trouvée : est-ce bien un plan PST ?");
		}
		if (plan) {
			GtkTreeIter iter;
			guint doubts = plan->reading ? plan->reading->doutes->len : 0;

			pst_plan_name_entite_from_title (plan);
			if (d->folder == NULL)
				d->folder = g_path_get_dirname (path);
			gtk_list_store_append (d->store, &iter);
			gtk_list_store_set (d->store, &iter,
					    COL_FILE, base,
					    COL_ENTITE, plan->entite,
					    COL_ACTIONS, pst_plan_count (plan, 3) + pst_plan_count (plan, 4),
					    COL_READING, doubts > 0 ? "douteuse" : "sûre",
					    COL_PLAN, plan,
					    -1);
		} else
			g_string_append_printf (refused, "• %s : %s\n", base, error);
		g_free (error);
		g_free (message);
		g_free (base);
	}
	pst_gui_progress_done (d->wbcg);
	gtk_widget_set_sensitive (d->dialog, TRUE);
	if (refused->len > 0)
		pst_gui_error (d->wbcg, "Ces fichiers ne sont pas ajoutés :\n%s", refused->str);
	g_string_free (refused, TRUE);
	update_accept (d);
}

static void
cb_add (G_GNUC_UNUSED GtkButton *button, ConsolidateDialog *d)
{
	GSList *paths = pst_gui_choose_plans (d->wbcg, "Plans à consolider");

	add_plans (d, paths);
	g_slist_free_full (paths, g_free);
	if (gtk_tree_model_iter_n_children (GTK_TREE_MODEL (d->store), NULL) > 0) {
		GtkTreePath *first = gtk_tree_path_new_first ();
		gtk_tree_view_set_cursor (GTK_TREE_VIEW (d->view), first, NULL, FALSE);
		gtk_tree_path_free (first);
		gtk_widget_grab_focus (d->view);
	}
}

static void
cb_remove (G_GNUC_UNUSED GtkButton *button, ConsolidateDialog *d)
{
	GtkTreeSelection *selection = gtk_tree_view_get_selection (GTK_TREE_VIEW (d->view));
	GtkTreeModel *model;
	GtkTreeIter iter;

	if (gtk_tree_selection_get_selected (selection, &model, &iter)) {
		PstPlan *plan;
		gtk_tree_model_get (model, &iter, COL_PLAN, &plan, -1);
		pst_plan_free (plan);
		gtk_list_store_remove (d->store, &iter);
	}
	update_accept (d);
}

static void
cb_entite_edited (G_GNUC_UNUSED GtkCellRendererText *cell, char const *path,
		  char const *text, ConsolidateDialog *d)
{
	GtkTreeIter iter;
	char *name = g_strstrip (g_strdup (text));

	if (*name != '\0' &&
	    gtk_tree_model_get_iter_from_string (GTK_TREE_MODEL (d->store), &iter, path))
		gtk_list_store_set (d->store, &iter, COL_ENTITE, name, -1);
	g_free (name);
}

/* Entrée on a row edits its entity: the keyboard is enough. */
static void
cb_row_activated (GtkTreeView *view, GtkTreePath *path,
		  G_GNUC_UNUSED GtkTreeViewColumn *column, G_GNUC_UNUSED gpointer data)
{
	gtk_tree_view_set_cursor (view, path, gtk_tree_view_get_column (view, COL_ENTITE), TRUE);
}

static GtkWidget *
build_dialog (ConsolidateDialog *d)
{
	GtkWidget *dialog = pst_gui_dialog_new (d->wbcg, "Consolider des plans", "C_onsolider");
	GtkWidget *content = gtk_dialog_get_content_area (GTK_DIALOG (dialog));
	GtkWidget *label, *scroll, *buttons, *add, *remove;
	GtkCellRenderer *cell;
	static char const *const titles[] = { "Fichier", "Entité", "Actions", "Lecture" };
	int c;

	d->store = gtk_list_store_new (N_COLS, G_TYPE_STRING, G_TYPE_STRING, G_TYPE_UINT,
				       G_TYPE_STRING, G_TYPE_POINTER);
	d->view = gtk_tree_view_new_with_model (GTK_TREE_MODEL (d->store));
	for (c = 0; c < (int) G_N_ELEMENTS (titles); c++) {
		cell = gtk_cell_renderer_text_new ();
		if (c == COL_ENTITE) {
			g_object_set (cell, "editable", TRUE, NULL);
			g_signal_connect (cell, "edited", G_CALLBACK (cb_entite_edited), d);
		}
		gtk_tree_view_append_column (GTK_TREE_VIEW (d->view),
			gtk_tree_view_column_new_with_attributes (titles[c], cell, "text", c, NULL));
		gtk_tree_view_column_set_resizable (gtk_tree_view_get_column (GTK_TREE_VIEW (d->view), c), TRUE);
	}
	g_signal_connect (d->view, "row-activated", G_CALLBACK (cb_row_activated), d);

	label = gtk_label_new ("Les plans à consolider. Le nom de chaque entité se modifie dans la "
			       "liste (double-clic ou Entrée) : c’est sous ce nom qu’elle figure dans "
			       "le classeur consolidé.");
	gtk_label_set_line_wrap (GTK_LABEL (label), TRUE);
	gtk_label_set_max_width_chars (GTK_LABEL (label), 80);
	gtk_label_set_xalign (GTK_LABEL (label), 0.);
	gtk_box_pack_start (GTK_BOX (content), label, FALSE, FALSE, 0);

	scroll = gtk_scrolled_window_new (NULL, NULL);
	gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroll),
					GTK_POLICY_AUTOMATIC, GTK_POLICY_AUTOMATIC);
	gtk_widget_set_size_request (scroll, 640, 260);
	gtk_container_add (GTK_CONTAINER (scroll), d->view);
	gtk_box_pack_start (GTK_BOX (content), scroll, TRUE, TRUE, 0);

	buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
	add = gtk_button_new_with_mnemonic ("A_jouter des plans…");
	remove = gtk_button_new_with_mnemonic ("_Retirer");
	g_signal_connect (add, "clicked", G_CALLBACK (cb_add), d);
	g_signal_connect (remove, "clicked", G_CALLBACK (cb_remove), d);
	gtk_box_pack_start (GTK_BOX (buttons), add, FALSE, FALSE, 0);
	gtk_box_pack_start (GTK_BOX (buttons), remove, FALSE, FALSE, 0);
	gtk_box_pack_start (GTK_BOX (content), buttons, FALSE, FALSE, 0);

	d->accept = gtk_dialog_get_widget_for_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
	return dialog;
}

static gboolean
collect (GtkTreeModel *model, G_GNUC_UNUSED GtkTreePath *path, GtkTreeIter *iter,
	 gpointer data)
{
	GPtrArray **arrays = data;
	PstPlan *plan;
	char *file, *entite;

	gtk_tree_model_get (model, iter, COL_FILE, &file, COL_ENTITE, &entite, COL_PLAN, &plan, -1);
	pst_plan_set_entite (plan, entite);
	g_ptr_array_add (arrays[0], plan);
	g_ptr_array_add (arrays[1], file);
	g_free (entite);
	return FALSE;
}

static gboolean
free_plan (GtkTreeModel *model, G_GNUC_UNUSED GtkTreePath *path, GtkTreeIter *iter,
	   G_GNUC_UNUSED gpointer data)
{
	PstPlan *plan;

	gtk_tree_model_get (model, iter, COL_PLAN, &plan, -1);
	pst_plan_free (plan);
	return FALSE;
}

static void
consolidate (ConsolidateDialog *d)
{
	GPtrArray *arrays[2];
	PstPlan *merged;
	Workbook *wb;
	char *error = NULL, *target, *message;

	arrays[0] = g_ptr_array_new ();			/* the plans, still the store's */
	arrays[1] = g_ptr_array_new_with_free_func (g_free);	/* their files */
	gtk_tree_model_foreach (GTK_TREE_MODEL (d->store), collect, arrays);

	message = g_strdup_printf ("Consolidation de %u plans…", arrays[0]->len);
	pst_gui_progress (d->wbcg, 0.3, message);
	merged = pst_plan_merge (arrays[0]);
	pst_gui_progress (d->wbcg, 0.6, "Écriture du classeur consolidé…");
	wb = pst_consolidated_workbook (merged, arrays[1], &error);
	pst_gui_progress_done (d->wbcg);
	if (wb == NULL) {
		pst_gui_error (d->wbcg, "La consolidation a échoué : %s", error);
		g_free (error);
	} else {
		target = g_build_filename (d->folder ? d->folder : g_get_home_dir (),
					   "PST consolidé.gnumeric", NULL);
		pst_gui_show_workbook (d->wbcg, wb, target);
		g_free (target);
	}
	pst_plan_free (merged);
	g_free (message);
	g_ptr_array_free (arrays[0], TRUE);
	g_ptr_array_free (arrays[1], TRUE);
}

void
pst_gui_consolidate (WBCGtk *wbcg)
{
	ConsolidateDialog d;

	memset (&d, 0, sizeof d);
	d.wbcg = wbcg;
	d.dialog = build_dialog (&d);
	update_accept (&d);
	gtk_widget_show_all (d.dialog);
	if (gtk_dialog_run (GTK_DIALOG (d.dialog)) == GTK_RESPONSE_ACCEPT) {
		gtk_widget_hide (d.dialog);
		consolidate (&d);
	}
	gtk_tree_model_foreach (GTK_TREE_MODEL (d.store), free_plan, NULL);
	gtk_widget_destroy (d.dialog);
	g_object_unref (d.store);
	g_free (d.folder);
}
