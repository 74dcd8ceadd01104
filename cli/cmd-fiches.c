/*
 * cmd-fiches.c: pst fiches PLAN -o SORTIE.pdf [--par action|oo]
 *               [--date JJ/MM/AAAA] [--entite NOM]
 *
 * The fiches actions (formats/fiches.h), one A4 page per action or per
 * objectif opérationnel, printed to PDF by Gnumeric's own exporter, or
 * written as a workbook when SORTIE is not a .pdf.
 */
#include "pst-cli.h"
#include "fiches.h"

#include <workbook.h>
#include <goffice/goffice.h>
#include <stdio.h>
#include <string.h>

#define PDF_SAVER_ID "Gnumeric_pdf:pdf_assistant"

static int
usage (void)
{
	fputs ("usage : pst fiches PLAN -o SORTIE.pdf [--par action|oo] [--date JJ/MM/AAAA] [--entite NOM]\n"
	       "  Imprime les fiches du plan PST (xlsx, ods, gnumeric, csv ; toute mise en\n"
	       "  page, ou le classeur canonique de « pst import ») : une page A4 par action,\n"
	       "  avec ses objectifs, son pilote, ses dates, son statut, son avancement, sa\n"
	       "  météo, son budget et son article, le diagnostic SMART et les indicateurs,\n"
	       "  la fiche que le pilote apporte en réunion.\n"
	       "  -o SORTIE         le PDF à écrire (ou un classeur .xlsx, .ods, .gnumeric)\n"
	       "  --par action|oo   une fiche par action (défaut) ou par objectif\n"
	       "                    opérationnel, avec le tableau de ses actions\n"
	       "  --date JJ/MM/AAAA date de la situation, pour la météo calculée (défaut :\n"
	       "                    aujourd’hui ; AAAA-MM-JJ aussi)\n"
	       "  --entite NOM      nom de l’entité (défaut : celui du plan)\n"
	       "  Sortie 0 : fiches écrites ; 1 : plan illisible, sans action, ou fichier\n"
	       "  non écrit ; 2 : usage.  Alias : pst fiche.\n", stderr);
	return PST_EXIT_USAGE;
}

static gboolean
is_pdf (char const *path)
{
	gsize n = strlen (path);
	return n >= 4 && g_ascii_strcasecmp (path + n - 4, ".pdf") == 0;
}

static GOFileSaver *
saver_for (char const *output)
{
	GOFileSaver *fs;

	if (!is_pdf (output))
		return pst_cli_saver_for (output);
	fs = go_file_saver_for_id (PDF_SAVER_ID);
	if (fs == NULL)
		pst_cli_error ("l’export PDF de Gnumeric (%s) n’est pas disponible : "
			       "écrivez les fiches dans un classeur (.xlsx, .ods ou .gnumeric).",
			       PDF_SAVER_ID);
	return fs;
}

/* Gnumeric 1.12 prints every merged cell (the OO fiches have some) with
 * "gnm_style_conditions_eval: assertion 'sc != NULL' failed": its
 * print-cell.c tests the style where it means the style's conditions,
 * and nothing else goes wrong.  That one warning is dropped while the
 * PDF is written; any other goes through. */
static void
drop_merged_cell_warning (gchar const *domain, GLogLevelFlags level,
			  gchar const *message, gpointer data)
{
	if (message && strstr (message, "gnm_style_conditions_eval") &&
	    strstr (message, "sc != NULL"))
		return;
	g_log_default_handler (domain, level, message, data);
}

static gboolean
save (Workbook *wb, GOFileSaver *fs, char const *output)
{
	guint handler = g_log_set_handler (NULL, G_LOG_LEVEL_CRITICAL,
					   drop_merged_cell_warning, NULL);
	gboolean ok = pst_cli_save_workbook (wb, fs, output);
	g_log_remove_handler (NULL, handler);
	return ok;
}

int
pst_cmd_fiches (int argc, char **argv)
{
	char const *input = NULL, *output = NULL, *entite = NULL;
	PstFichesPar par = PST_FICHES_PAR_ACTION;
	GOFileSaver *fs;
	PstPlan *plan;
	Workbook *wb;
	char *error = NULL;
	GDate date;
	guint n;
	int i;

	g_date_clear (&date, 1);
	for (i = 0; i < argc; i++) {
		if ((strcmp (argv[i], "-o") == 0 || strcmp (argv[i], "--sortie") == 0) && i + 1 < argc)
			output = argv[++i];
		else if (strcmp (argv[i], "--entite") == 0 && i + 1 < argc)
			entite = argv[++i];
		else if (strcmp (argv[i], "--par") == 0 && i + 1 < argc) {
			if (!pst_fiches_par_parse (argv[++i], &par)) {
				pst_cli_error ("--par « %s » inconnu : écrivez --par action ou --par oo.", argv[i]);
				return PST_EXIT_USAGE;
			}
		} else if (strcmp (argv[i], "--date") == 0 && i + 1 < argc) {
			if (!pst_cli_parse_date (argv[++i], &date)) {
				return PST_EXIT_USAGE;
			}
		} else if (argv[i][0] == '-' && argv[i][1] != '\0')
			return usage ();
		else if (input == NULL)
			input = argv[i];
		else
			return usage ();
	}
	if (input == NULL || output == NULL)
		return usage ();

	fs = saver_for (output);
	if (fs == NULL)
		return PST_EXIT_FAILURE;
	plan = pst_cli_read_plan (input, entite);
	if (plan == NULL)
		return PST_EXIT_FAILURE;
	wb = pst_fiches_workbook (plan, par, g_date_valid (&date) ? &date : NULL, &error);
	if (wb == NULL) {
		pst_cli_error ("« %s » : %s", input, error);
		g_free (error);
		pst_plan_free (plan);
		return PST_EXIT_FAILURE;
	}
	n = pst_fiches_count (plan, par);
	if (!save (wb, fs, output)) {
		g_object_unref (wb);
		pst_plan_free (plan);
		return PST_EXIT_FAILURE;
	}
	printf ("%u fiche%s → %s\n", n, n > 1 ? "s" : "", output);
	g_object_unref (wb);
	pst_plan_free (plan);
	return PST_EXIT_OK;
}
