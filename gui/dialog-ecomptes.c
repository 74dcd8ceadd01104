/*
 * dialog-ecomptes.c: Données › PST › Exporter vers eComptes…
 *
 * The header of the export (INS code, exercice, type of administration,
 * entity) is asked once and kept in the workbook's document properties,
 * so that it is proposed again next time and travels with the file.  The
 * XML is written, then checked against the Region's schema installed
 * beside the plugin, and the user is told the result.
 */
#define _GNU_SOURCE	/* dladdr */
#include "pst-gui.h"
#include "ecomptes.h"
#include "plan-workbook.h"

#include <workbook.h>
#include <goffice/goffice.h>
#include <gsf/gsf-doc-meta-data.h>
#include <dlfcn.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define META_INS	"PST eComptes : code INS"
#define META_EXERCICE	"PST eComptes : exercice"
#define META_TYPE	"PST eComptes : type"
#define META_ENTITE	"PST eComptes : entité"
#define XSD_FILE	"PST_eComptes_Export_" PST_ECOMPTES_VERSION ".xsd"

static char *
meta_get (Workbook *wb, char const *name)
{
	GsfDocProp *prop = gsf_doc_meta_data_lookup (go_doc_get_meta_data (GO_DOC (wb)), name);
	GValue const *value = prop ? gsf_doc_prop_get_val (prop) : NULL;

	if (value == NULL)
		return NULL;
	if (G_VALUE_HOLDS_STRING (value))
		return g_value_dup_string (value);
	if (g_value_type_transformable (G_VALUE_TYPE (value), G_TYPE_STRING)) {
		GValue text = G_VALUE_INIT;
		char *result;
		g_value_init (&text, G_TYPE_STRING);
		g_value_transform (value, &text);
		result = g_value_dup_string (&text);
		g_value_unset (&text);
		return result;
	}
	return NULL;
}

static void
meta_set (Workbook *wb, char const *name, char const *text)
{
	GValue *value = g_new0 (GValue, 1);

	g_value_init (value, G_TYPE_STRING);
	g_value_set_string (value, text);
	gsf_doc_meta_data_insert (go_doc_get_meta_data (GO_DOC (wb)), g_strdup (name), value);
}

typedef struct {
	GtkWidget *entite, *type, *ins, *exercice, *message;
} HeaderFields;

static GtkWidget *
add_field (GtkGrid *grid, int row, char const *mnemonic, GtkWidget *field)
{
	GtkWidget *label = gtk_label_new_with_mnemonic (mnemonic);

	gtk_label_set_xalign (GTK_LABEL (label), 1.);
	gtk_label_set_mnemonic_widget (GTK_LABEL (label), field);
	gtk_widget_set_hexpand (field, TRUE);
	gtk_grid_attach (grid, label, 0, row, 1, 1);
	gtk_grid_attach (grid, field, 1, row, 1, 1);
	return field;
}

static gboolean
parse_ins (char const *text, gint64 *ins)
{
	char *end;
	gint64 v;

	while (g_ascii_isspace (*text))
		text++;
	if (!g_ascii_isdigit (*text))
		return FALSE;
	v = g_ascii_strtoll (text, &end, 10);
	while (g_ascii_isspace (*end))
		end++;
	if (*end != '\0' || v <= 0 || v > 999999999)
		return FALSE;
	*ins = v;
	return TRUE;
}

/* Asks the header, proposing what the workbook remembers; FALSE when the
 * user cancels. */
static gboolean
ask_header (WBCGtk *wbcg, Workbook *wb, PstPlan const *plan,
	    PstEcomptesHeader *header, char **entite)
{
	GtkWidget *dialog = pst_gui_dialog_new (wbcg, "Exporter vers eComptes", "_Continuer");
	GtkWidget *content = gtk_dialog_get_content_area (GTK_DIALOG (dialog));
	GtkWidget *grid = gtk_grid_new ();
	GtkWidget *intro;
	HeaderFields f;
	char *saved_ins = meta_get (wb, META_INS), *saved_ex = meta_get (wb, META_EXERCICE);
	char *saved_type = meta_get (wb, META_TYPE), *saved_entite = meta_get (wb, META_ENTITE);
	time_t now = time (NULL);
	int year = localtime (&now)->tm_year + 1900;
	gboolean done = FALSE, accepted = FALSE;

	intro = gtk_label_new ("L’en-tête de l’export eComptes. Ces valeurs sont retenues dans "
			       "le classeur (propriétés du document) : enregistrez-le pour les "
			       "retrouver la prochaine fois.");
	gtk_label_set_line_wrap (GTK_LABEL (intro), TRUE);
	gtk_label_set_max_width_chars (GTK_LABEL (intro), 60);
	gtk_label_set_xalign (GTK_LABEL (intro), 0.);
	gtk_box_pack_start (GTK_BOX (content), intro, FALSE, FALSE, 0);

	gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
	gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
	f.ins = add_field (GTK_GRID (grid), 0, "Code _INS :", gtk_entry_new ());
	f.exercice = add_field (GTK_GRID (grid), 1, "_Exercice :",
				gtk_spin_button_new_with_range (1900, 2199, 1));
	f.type = add_field (GTK_GRID (grid), 2, "_Administration :", gtk_combo_box_text_new ());
	f.entite = add_field (GTK_GRID (grid), 3, "E_ntité :", gtk_entry_new ());
	gtk_box_pack_start (GTK_BOX (content), grid, FALSE, FALSE, 0);
	f.message = gtk_label_new (NULL);
	gtk_label_set_xalign (GTK_LABEL (f.message), 0.);
	gtk_box_pack_start (GTK_BOX (content), f.message, FALSE, FALSE, 0);

	gtk_combo_box_text_append (GTK_COMBO_BOX_TEXT (f.type), "CPAS", "CPAS");
	gtk_combo_box_text_append (GTK_COMBO_BOX_TEXT (f.type), "AC", "Administration communale");
	gtk_combo_box_set_active_id (GTK_COMBO_BOX (f.type),
				     g_strcmp0 (saved_type, "AC") == 0 ? "AC" : "CPAS");
	gtk_entry_set_text (GTK_ENTRY (f.ins), saved_ins ? saved_ins : "");
	gtk_entry_set_placeholder_text (GTK_ENTRY (f.ins), "par exemple 85045");
	gtk_entry_set_activates_default (GTK_ENTRY (f.ins), TRUE);
	gtk_spin_button_set_value (GTK_SPIN_BUTTON (f.exercice),
				   saved_ex ? atoi (saved_ex) : year);
	gtk_entry_set_activates_default (GTK_ENTRY (f.exercice), TRUE);
	gtk_entry_set_text (GTK_ENTRY (f.entite), saved_entite ? saved_entite
			    : plan->entite ? plan->entite : "");
	gtk_entry_set_activates_default (GTK_ENTRY (f.entite), TRUE);
	gtk_widget_show_all (dialog);
	gtk_widget_grab_focus (f.ins);

	while (!done) {
		gint64 ins;
		if (gtk_dialog_run (GTK_DIALOG (dialog)) != GTK_RESPONSE_ACCEPT)
			done = TRUE;
		else if (!parse_ins (gtk_entry_get_text (GTK_ENTRY (f.ins)), &ins)) {
			gtk_label_set_markup (GTK_LABEL (f.message),
					      "<b>Le code INS est un nombre entier positif</b> (par exemple 85045).");
			gtk_widget_grab_focus (f.ins);
		} else {
			char *ex;
			gtk_spin_button_update (GTK_SPIN_BUTTON (f.exercice));
			header->ins = ins;
			header->exercice = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (f.exercice));
			header->cpas = g_strcmp0 (gtk_combo_box_get_active_id (GTK_COMBO_BOX (f.type)), "AC") != 0;
			*entite = g_strstrip (g_strdup (gtk_entry_get_text (GTK_ENTRY (f.entite))));
			ex = g_strdup_printf ("%d", header->exercice);
			meta_set (wb, META_INS, g_strstrip ((char *) gtk_entry_get_text (GTK_ENTRY (f.ins))));
			meta_set (wb, META_EXERCICE, ex);
			meta_set (wb, META_TYPE, header->cpas ? "CPAS" : "AC");
			meta_set (wb, META_ENTITE, *entite);
			go_doc_set_dirty (GO_DOC (wb), TRUE);
			g_free (ex);
			done = accepted = TRUE;
		}
	}
	gtk_widget_destroy (dialog);
	g_free (saved_ins);
	g_free (saved_ex);
	g_free (saved_type);
	g_free (saved_entite);
	return accepted;
}

/* The schema beside the module that runs: the build's or the installed
 * plugin's, whichever Gnumeric loaded. */
static char *
schema_path (void)
{
	Dl_info info;
	char *dir, *path;

	if (dladdr ((void *) schema_path, &info) == 0 || info.dli_fname == NULL)
		return g_strdup (XSD_FILE);
	dir = g_path_get_dirname (info.dli_fname);
	path = g_build_filename (dir, XSD_FILE, NULL);
	g_free (dir);
	return path;
}

static char *
suggested_output (Workbook *wb, char const *entite, int exercice)
{
	char const *uri = go_doc_get_uri (GO_DOC (wb));
	char *file = uri ? go_filename_from_uri (uri) : NULL;
	char *dir = file ? g_path_get_dirname (file) : g_strdup (g_get_home_dir ());
	char *name = g_strdup_printf ("%s - eComptes %d.xml", *entite ? entite : "PST", exercice);
	char *path;

	g_strdelimit (name, "/\\:", '-');
	path = g_build_filename (dir, name, NULL);
	g_free (name);
	g_free (dir);
	g_free (file);
	return path;
}

static void
report (WBCGtk *wbcg, char const *output, PstEcomptesStats const *stats,
	PstEcomptesHeader const *header, gboolean valid, char const *validation)
{
	GString *text = g_string_new (NULL);
	char *base = g_path_get_basename (output);
	char *title;

	g_string_append_printf (text, "%u objectif(s) stratégique(s), %u objectif(s) opérationnel(s), "
				"%u action(s), %u sous-action(s), %u article(s) budgétaire(s) ; "
				"%s, INS %" G_GINT64_FORMAT ", exercice %d.\n\nVérification : %s",
				stats->os, stats->oo, stats->actions, stats->sous_actions,
				stats->articles, header->cpas ? "CPAS" : "administration communale",
				header->ins, header->exercice, validation);
	if (stats->truncated > 0)
		g_string_append_printf (text, "\n\n%u libellé(s) de plus de %d caractères coupé(s) ; "
					"le texte complet est dans la Description.",
					stats->truncated, PST_ECOMPTES_LIBELLE_MAX);
	if (stats->skipped > 0)
		g_string_append_printf (text, "\n\n%u action(s) sans référence OS.OO.action non exportée(s).",
					stats->skipped);
	title = g_strdup_printf (valid ? "« %s » est enregistré et conforme."
				 : "« %s » est enregistré, mais n’est pas conforme.", base);
	pst_gui_notice (wbcg, valid ? GTK_MESSAGE_INFO : GTK_MESSAGE_WARNING, title, text->str);
	g_free (title);
	g_free (base);
	g_string_free (text, TRUE);
}

void
pst_gui_export_ecomptes (WBCGtk *wbcg)
{
	Workbook *wb = wb_control_get_workbook (GNM_WBC (wbcg));
	PstEcomptesHeader header;
	PstEcomptesStats stats;
	GError *err = NULL;
	gboolean canonical, valid;
	char *entite = NULL, *output = NULL, *suggested, *xml = NULL, *xsd, *validation;
	gsize len = 0;
	PstPlan *plan = pst_gui_current_plan (wbcg, &canonical);

	if (plan == NULL)
		return;
	pst_ecomptes_header_init (&header);
	if (!ask_header (wbcg, wb, plan, &header, &entite))
		goto out;
	header.entite = *entite ? entite : NULL;
	suggested = suggested_output (wb, entite, header.exercice);
	output = pst_gui_choose_output (wbcg, "Enregistrer l’export eComptes", suggested,
					"XML eComptes (*.xml)", "*.xml");
	g_free (suggested);
	if (output == NULL)
		goto out;

	xml = pst_ecomptes_write (plan, &header, &stats, &len);
	if (xml == NULL) {
		pst_gui_error (wbcg, "Le XML eComptes n’a pas pu être produit (mémoire insuffisante) ; "
			       "rien n’a été écrit.");
		goto out;
	}
	/* Written beside the target and renamed: never half a file. */
	if (!g_file_set_contents (output, xml, len, &err)) {
		pst_gui_error (wbcg, "Impossible d’écrire « %s » : %s ; aucun fichier n’a été modifié.",
			       output, err->message);
		g_error_free (err);
		goto out;
	}
	xsd = schema_path ();
	valid = pst_ecomptes_validate (xml, len, xsd, &validation);
	report (wbcg, output, &stats, &header, valid, validation);
	g_free (validation);
	g_free (xsd);
 out:
	g_free (xml);
	g_free (output);
	g_free (entite);
	pst_plan_free (plan);
}
