/*
 * cmd-verify.c: pst verifier PLAN [-o SORTIE] [--date JJ/MM/AAAA]
 *               [--entite NOM]
 *
 * The checks of "Vérifier le plan" (functions/verification.h) from the
 * command line: the findings printed, and with -o the canonical workbook
 * with its sheet Vérification.
 */
#include "pst-cli.h"
#include "plan-workbook.h"
#include "verification.h"
#include "verification-sheet.h"

#include <workbook.h>
#include <stdio.h>
#include <string.h>

static int
usage (void)
{
	fputs ("usage : pst verifier PLAN [-o SORTIE] [--date JJ/MM/AAAA] [--entite NOM]\n"
	       "  Vérifie un plan PST (xlsx, ods, gnumeric, csv ; toute mise en page, ou le\n"
	       "  classeur canonique de « pst import ») : actions SMART, dates, statut et\n"
	       "  avancement, responsables, budget, articles budgétaires, références en\n"
	       "  double, objectifs sans action.  Écrit une ligne par problème, de la\n"
	       "  plus grave à la moins grave : gravité, référence, règle : message.\n"
	       "  -o SORTIE         écrit aussi le classeur PST canonique avec la feuille\n"
	       "                    « Vérification » (.xlsx, .ods ou .gnumeric)\n"
	       "  --date JJ/MM/AAAA date de la vérification, pour les échéances (défaut :\n"
	       "                    aujourd’hui ; AAAA-MM-JJ aussi)\n"
	       "  --entite NOM      nom de l’entité (défaut : celui du plan)\n"
	       "  Sortie 0 : aucune erreur (des avertissements peut-être) ; 3 : le plan\n"
	       "  contient des erreurs ; 1 : fichier illisible ou non écrit ; 2 : usage.\n"
	       "  Alias : pst verify.\n", stderr);
	return PST_EXIT_USAGE;
}

/* @text and spaces up to @width characters: printf pads bytes, and
 * "—" or "CPAS d’Erezée:1.1.1" have more bytes than characters. */
static void
print_padded (char const *text, glong width)
{
	glong n = g_utf8_strlen (text, -1);
	fputs (text, stdout);
	for (; n < width; n++)
		putchar (' ');
}

static void
print_findings (GPtrArray const *findings)
{
	guint i;

	for (i = 0; i < findings->len; i++) {
		PstFinding const *f = g_ptr_array_index (findings, i);
		print_padded (pst_gravite_word (f->gravite), 13);
		putchar (' ');
		print_padded (*f->ref ? f->ref : "—", 8);
		printf (" %s : %s\n", f->regle, f->message);
	}
}

static gboolean
write_workbook (PstPlan const *plan, GPtrArray const *findings, GDate const *date,
		char const *output)
{
	GOFileSaver *fs = pst_cli_saver_for (output);
	Workbook *wb;
	gboolean ok;

	if (fs == NULL)
		return FALSE;
	wb = workbook_new ();
	pst_plan_write (wb, plan);
	pst_verification_write_findings (wb, plan, findings, date);
	ok = pst_cli_save_workbook (wb, fs, output);
	g_object_unref (wb);
	return ok;
}

int
pst_cmd_verify (int argc, char **argv)
{
	char const *input = NULL, *output = NULL, *entite = NULL;
	PstPlan *plan = NULL;
	GPtrArray *findings = NULL;
	GDate date;
	guint counts[PST_GRAVITE_ERREUR + 1];
	char *summary;
	int i, status = PST_EXIT_FAILURE;

	g_date_clear (&date, 1);
	for (i = 0; i < argc; i++) {
		if ((strcmp (argv[i], "-o") == 0 || strcmp (argv[i], "--sortie") == 0) && i + 1 < argc)
			output = argv[++i];
		else if (strcmp (argv[i], "--entite") == 0 && i + 1 < argc)
			entite = argv[++i];
		else if (strcmp (argv[i], "--date") == 0 && i + 1 < argc) {
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
	if (input == NULL)
		return usage ();
	pst_date_or_today (&date, &date);

	plan = pst_cli_read_plan (input, entite);
	if (plan == NULL)
		return PST_EXIT_FAILURE;
	findings = pst_plan_verify (plan, &date);
	print_findings (findings);
	summary = pst_findings_summary (findings);
	printf ("Vérification de « %s » au %02d/%02d/%04d : %s%s\n", input,
		g_date_get_day (&date), g_date_get_month (&date), g_date_get_year (&date),
		summary, findings->len ? "." : "");
	g_free (summary);

	if (output && !write_workbook (plan, findings, &date, output))
		goto out;
	if (output)
		printf ("Classeur avec la feuille « %s » → %s\n", PST_VERIFICATION_SHEET, output);

	pst_findings_count (findings, counts);
	if (counts[PST_GRAVITE_ERREUR] > 0) {
		gboolean several = counts[PST_GRAVITE_ERREUR] > 1;
		pst_cli_error ("le plan « %s » contient %u erreur%s (ci-dessus) : "
			       "corrigez-l%s avant de vous fier à ses totaux.", input,
			       counts[PST_GRAVITE_ERREUR], several ? "s" : "",
			       several ? "es" : "a");
		status = PST_EXIT_DOUBT;
	} else
		status = PST_EXIT_OK;
 out:
	g_ptr_array_free (findings, TRUE);
	pst_plan_free (plan);
	return status;
}
