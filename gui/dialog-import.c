/*
 * dialog-import.c: Données › PST › Importer un plan…
 *
 * The plan is read as "pst import" reads it; before anything opens, the
 * user sees what was detected (sheets, columns and their roles, the form
 * of the hierarchy) and the doubts, and can correct a wrong guess with
 * the options of pst import, read again, and keep the corrections beside
 * the plan ("plan.xlsx.lecture") for the next import and for Fichier ›
 * Ouvrir.  Annuler opens nothing and writes nothing.
 */
#include "pst-gui.h"
#include "plan-workbook.h"
#include "import.h"

#include <workbook.h>
#include <goffice/goffice.h>
#include <string.h>

typedef struct {
	WBCGtk	  *wbcg;
	char	  *path, *base;
	PstPlan	  *plan;
	GtkWidget *dialog, *state, *text, *corrections, *remember, *open_button;
} ImportDialog;

/* Reads the plan again with the corrections typed; FALSE, with the reason
 * shown in the dialog, when they do not parse or the file cannot be read. */
static gboolean
read_plan (ImportDialog *d, char const *corrections, char **error)
{
	PstImportOptions *options = pst_import_options_new ();
	PstPlan *plan = NULL;

	if (pst_import_options_parse (options, corrections, error))
		plan = pst_plan_read_path (d->path, NULL, options,
					   GO_CMD_CONTEXT (d->wbcg), error);
	pst_import_options_free (options);
	if (plan == NULL)
		return FALSE;
	pst_plan_free (d->plan);
	d->plan = plan;
	return TRUE;
}

static char *
describe (PstPlan const *plan, char const *base)
{
	GString *out = g_string_new (NULL);
	char *reading = plan->reading ? pst_reading_describe (plan->reading) : NULL;
	guint i;

	if (reading)
		g_string_append (out, reading);
	g_free (reading);
	if (plan->anomalies->len > 0) {
		g_string_append_printf (out, "\nLignes non lues ou à vérifier (%u, toutes dans la feuille Anomalies) :\n",
					plan->anomalies->len);
		for (i = 0; i < plan->anomalies->len && i < 20; i++) {
			PstAnomaly const *a = g_ptr_array_index (plan->anomalies, i);
			g_string_append_printf (out, "  %s : %s\n", a->source ? a->source : base,
						a->probleme);
		}
		if (plan->anomalies->len > 20)
			g_string_append (out, "  …\n");
	}
	return g_string_free (out, FALSE);
}

static void
show_reading (ImportDialog *d)
{
	PstPlan const *plan = d->plan;
	guint actions = pst_plan_count (plan, 3) + pst_plan_count (plan, 4);
	guint doubts = plan->reading ? plan->reading->doutes->len : 0;
	char *summary = pst_plan_summary (plan);
	char *text = describe (plan, d->base);
	char *state;

	if (actions == 0)
		state = g_markup_printf_escaped ("<b>Aucune action trouvée dans « %s ».</b>\n"
					 "Si la lecture ci-dessous s’est trompée, corrigez-la puis cliquez sur Relire.",
					 d->base);
	else if (doubts > 0)
		state = g_markup_printf_escaped ("<b>Lecture douteuse</b> (%u doute%s) : %s.\n"
					 "Vérifiez les colonnes ci-dessous avant de vous fier aux totaux ; "
					 "corrigez-les au besoin puis cliquez sur Relire.",
					 doubts, doubts > 1 ? "s" : "", summary);
	else
		state = g_markup_printf_escaped ("<b>Lecture sûre</b> : %s.", summary);
	gtk_label_set_markup (GTK_LABEL (d->state), state);
	gtk_text_buffer_set_text (gtk_text_view_get_buffer (
		GTK_TEXT_VIEW (gtk_bin_get_child (GTK_BIN (d->text)))), text, -1);
	gtk_widget_set_sensitive (d->open_button, actions > 0);
	g_free (state);
	g_free (text);
	g_free (summary);
}

static void
cb_read_again (G_GNUC_UNUSED GtkButton *button, ImportDialog *d)
{
	char *error = NULL;

	if (read_plan (d, gtk_entry_get_text (GTK_ENTRY (d->corrections)), &error))
		show_reading (d);
	else {
		char *escaped = g_markup_printf_escaped ("<b>Correction refusée</b> : %s", error);
		gtk_label_set_markup (GTK_LABEL (d->state), escaped);
		g_free (escaped);
		g_free (error);
	}
}

static GtkWidget *
build_dialog (ImportDialog *d, char const *corrections)
{
	GtkWidget *dialog, *content, *row, *label, *button;
	char *title = g_strdup_printf ("Importer un plan — %s", d->base);
	char *remember = g_strdup_printf ("Retenir ces corrections pour ce plan (fichier « %s.lecture »)",
					  d->base);

	dialog = pst_gui_dialog_new (d->wbcg, title, "_Ouvrir");
	d->open_button = gtk_dialog_get_widget_for_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
	content = gtk_dialog_get_content_area (GTK_DIALOG (dialog));

	d->state = gtk_label_new (NULL);
	gtk_label_set_line_wrap (GTK_LABEL (d->state), TRUE);
	gtk_label_set_xalign (GTK_LABEL (d->state), 0.);
	gtk_label_set_max_width_chars (GTK_LABEL (d->state), 90);
	gtk_box_pack_start (GTK_BOX (content), d->state, FALSE, FALSE, 0);

	label = gtk_label_new ("Ce qui a été détecté :");
	gtk_label_set_xalign (GTK_LABEL (label), 0.);
	gtk_box_pack_start (GTK_BOX (content), label, FALSE, FALSE, 0);
	d->text = pst_gui_scrolled_text (NULL, 760, 340);
	gtk_box_pack_start (GTK_BOX (content), d->text, TRUE, TRUE, 0);

	row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
	label = gtk_label_new_with_mnemonic ("_Corrections :");
	d->corrections = gtk_entry_new ();
	gtk_label_set_mnemonic_widget (GTK_LABEL (label), d->corrections);
	gtk_entry_set_text (GTK_ENTRY (d->corrections), corrections ? corrections : "");
	gtk_entry_set_placeholder_text (GTK_ENTRY (d->corrections),
					"par exemple : --colonne E=avancement --entete 3 --feuille \"Plan 2025\"");
	gtk_widget_set_tooltip_text (d->corrections,
				     "Les options de pst import : --colonne LETTRE=RÔLE (=autre : à garder telle quelle), "
				     "--entete N (ligne des titres), --feuille NOM (la feuille du plan).");
	button = gtk_button_new_with_mnemonic ("_Relire");
	g_signal_connect (button, "clicked", G_CALLBACK (cb_read_again), d);
	gtk_box_pack_start (GTK_BOX (row), label, FALSE, FALSE, 0);
	gtk_box_pack_start (GTK_BOX (row), d->corrections, TRUE, TRUE, 0);
	gtk_box_pack_start (GTK_BOX (row), button, FALSE, FALSE, 0);
	gtk_box_pack_start (GTK_BOX (content), row, FALSE, FALSE, 0);

	d->remember = gtk_check_button_new_with_mnemonic (remember);
	gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (d->remember),
				      corrections != NULL && *corrections != '\0');
	gtk_box_pack_start (GTK_BOX (content), d->remember, FALSE, FALSE, 0);

	g_free (title);
	g_free (remember);
	return dialog;
}

/* The canonical workbook is named after the plan, beside it: saving it
 * never writes over the plan itself. */
static char *
canonical_path (char const *path)
{
	char *dir = g_path_get_dirname (path);
	char *base = g_path_get_basename (path);
	char *dot = strrchr (base, '.');
	char *name, *result;

	if (dot && dot != base)
		*dot = '\0';
	name = g_strconcat (base, " - PST.gnumeric", NULL);
	result = g_build_filename (dir, name, NULL);
	g_free (name);
	g_free (base);
	g_free (dir);
	return result;
}

static gboolean
keep_corrections (ImportDialog *d)
{
	char const *text = gtk_entry_get_text (GTK_ENTRY (d->corrections));
	char *error = NULL;
	char *old = pst_plan_corrections_load (d->path);
	gboolean wanted = gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (d->remember));
	gboolean ok = TRUE;

	/* Unticked: corrections kept earlier are forgotten only when the user
	 * emptied the field, not silently because the box was left blank. */
	if (wanted && g_strcmp0 (g_strstrip (old ? old : (char *) ""), text) != 0)
		ok = pst_plan_corrections_save (d->path, text, &error);
	else if (!wanted && old && *text == '\0')
		ok = pst_plan_corrections_save (d->path, NULL, &error);
	if (!ok) {
		pst_gui_error (d->wbcg, "Les corrections n’ont pas été retenues : %s", error);
		g_free (error);
	}
	g_free (old);
	return ok;
}

void
pst_gui_import (WBCGtk *wbcg)
{
	ImportDialog d;
	char *corrections, *error = NULL;

	memset (&d, 0, sizeof d);
	d.wbcg = wbcg;
	d.path = pst_gui_choose_plan (wbcg, "Importer un plan PST");
	if (d.path == NULL)
		return;
	d.base = g_path_get_basename (d.path);
	corrections = pst_plan_corrections_load (d.path);
	if (corrections)
		g_strstrip (corrections);

	pst_gui_progress (wbcg, 0.1, "Lecture du plan…");
	if (!read_plan (&d, corrections, &error)) {
		/* Kept corrections that no longer parse must not lock the plan
		 * out: read it without them, and say so. */
		char *first = error;
		error = NULL;
		if (corrections && read_plan (&d, NULL, &error))
			pst_gui_error (wbcg, "Les corrections retenues pour « %s » sont ignorées : %s",
				       d.base, first);
		else
			pst_gui_error (wbcg, "« %s » n’a pas pu être lu : %s", d.base,
				       error ? error : first);
		g_free (first);
		g_clear_pointer (&error, g_free);
	}
	pst_gui_progress_done (wbcg);
	if (d.plan == NULL)
		goto out;

	d.dialog = build_dialog (&d, corrections);
	show_reading (&d);
	gtk_widget_show_all (d.dialog);
	if (gtk_dialog_run (GTK_DIALOG (d.dialog)) == GTK_RESPONSE_ACCEPT &&
	    pst_plan_count (d.plan, 3) + pst_plan_count (d.plan, 4) > 0) {
		Workbook *wb = workbook_new ();
		char *target = canonical_path (d.path);

		keep_corrections (&d);
		gtk_widget_hide (d.dialog);
		pst_gui_progress (wbcg, 0.5, "Écriture du classeur PST…");
		pst_plan_write (wb, d.plan);
		pst_gui_progress_done (wbcg);
		pst_gui_show_workbook (wbcg, wb, target);
		g_free (target);
	}
	gtk_widget_destroy (d.dialog);
 out:
	pst_plan_free (d.plan);
	g_free (corrections);
	g_free (d.base);
	g_free (d.path);
}
