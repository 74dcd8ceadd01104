/*
 * cmd-compare.c: pst compare ANCIEN NOUVEAU [-o SORTIE] [--date JJ/MM/AAAA]
 *                [--date-ancien JJ/MM/AAAA]
 *
 * Two versions of a plan compared (functions/compare.h): the summary and
 * one line per change printed in French, and with -o the canonical
 * workbook of the new version with the sheet Évolution first.
 */
#include "pst-cli.h"
#include "plan-workbook.h"
#include "compare.h"
#include "evolution-sheet.h"

#include <workbook.h>
#include <stdio.h>
#include <string.h>

static int
usage (void)
{
	fputs ("usage : pst compare ANCIEN NOUVEAU [-o SORTIE] [--date JJ/MM/AAAA]\n"
	       "                    [--date-ancien JJ/MM/AAAA]\n"
	       "  Compare deux versions d’un plan PST (xlsx, ods, gnumeric, csv ; toute\n"
	       "  mise en page, ou le classeur canonique de « pst import ») : actions et\n"
	       "  objectifs ajoutés, supprimés, déplacés, renommés ; statut, avancement,\n"
	       "  dates, budget, article et météo de chaque action.  Les éléments sont\n"
	       "  rapprochés par leur libellé, leur référence et leur objectif : une\n"
	       "  renumérotation seule n’est pas un changement.  Écrit le résumé puis une\n"
	       "  ligne par changement.\n"
	       "  -o SORTIE              écrit aussi le classeur PST canonique de NOUVEAU\n"
	       "                         avec, en tête, la feuille « Évolution »\n"
	       "                         (.xlsx, .ods ou .gnumeric)\n"
	       "  --date JJ/MM/AAAA      date de la comparaison, pour les actions en retard\n"
	       "                         (défaut : aujourd’hui ; AAAA-MM-JJ aussi)\n"
	       "  --date-ancien JJ/MM/AAAA  date de l’ancienne version : une action est\n"
	       "                         « en retard depuis » si elle ne l’était pas à\n"
	       "                         cette date (défaut : la date de la comparaison)\n"
	       "  Sortie 0 : comparaison faite ; 1 : fichier illisible ou non écrit ;\n"
	       "  2 : usage.  Alias : pst comparer.\n", stderr);
	return PST_EXIT_USAGE;
}

static gboolean
write_workbook (PstPlan const *ancien, PstPlan const *nouveau, PstComparison const *cmp,
		char const *ancien_name, char const *nouveau_name, char const *output)
{
	GOFileSaver *fs = pst_cli_saver_for (output);
	Workbook *wb;
	gboolean ok;

	if (fs == NULL)
		return FALSE;
	wb = workbook_new ();
	pst_plan_write (wb, nouveau);
	pst_evolution_write (wb, ancien, nouveau, cmp, ancien_name, nouveau_name);
	ok = pst_cli_save_workbook (wb, fs, output);
	g_object_unref (wb);
	return ok;
}

static void
print_comparison (PstComparison const *cmp, char const *ancien, char const *nouveau,
		  GDate const *date)
{
	GPtrArray *lines = pst_comparison_summary (cmp);
	char *unchanged = pst_comparison_unchanged_text (cmp);
	guint i;

	printf ("Évolution du plan « %s » → « %s » au %02d/%02d/%04d\n", ancien, nouveau,
		g_date_get_day (date), g_date_get_month (date), g_date_get_year (date));
	for (i = 0; i < lines->len; i++)
		printf ("  %s\n", (char const *) g_ptr_array_index (lines, i));
	g_ptr_array_free (lines, TRUE);
	if (cmp->changes->len == 0)
		puts ("Aucun changement.");
	else
		printf ("%u changement%s :\n", cmp->changes->len, cmp->changes->len > 1 ? "s" : "");
	for (i = 0; i < cmp->changes->len; i++) {
		char *d = pst_change_describe (g_ptr_array_index (cmp->changes, i));
		printf ("  %s\n", d);
		g_free (d);
	}
	printf ("%s.\n", unchanged);
	g_free (unchanged);
}

/* A file that reads as no action at all is no version of a plan:
 * compared, it would report every action "added" or "removed". */
static gboolean
holds_actions (PstPlan const *plan, char const *path)
{
	if (pst_plan_count (plan, 3) + pst_plan_count (plan, 4) > 0)
		return TRUE;
	pst_cli_error ("aucune action trouvée dans « %s » : est-ce bien un plan PST ? "
		       "Rien n’a été comparé.", path);
	return FALSE;
}

int
pst_cmd_compare (int argc, char **argv)
{
	char const *inputs[2] = { NULL, NULL }, *output = NULL;
	PstPlan *ancien = NULL, *nouveau = NULL;
	PstComparison *cmp = NULL;
	GDate date, ancien_date;
	char *names[2] = { NULL, NULL };
	int i, n_inputs = 0, status = PST_EXIT_FAILURE;

	g_date_clear (&date, 1);
	g_date_clear (&ancien_date, 1);
	for (i = 0; i < argc; i++) {
		if ((strcmp (argv[i], "-o") == 0 || strcmp (argv[i], "--sortie") == 0) && i + 1 < argc)
			output = argv[++i];
		else if ((strcmp (argv[i], "--date") == 0 || strcmp (argv[i], "--date-ancien") == 0) &&
			 i + 1 < argc) {
			GDate *d = strcmp (argv[i], "--date") == 0 ? &date : &ancien_date;
			if (!pst_cli_parse_date (argv[++i], d)) {
				return PST_EXIT_USAGE;
			}
		} else if (argv[i][0] == '-' && argv[i][1] != '\0')
			return usage ();
		else if (n_inputs < 2)
			inputs[n_inputs++] = argv[i];
		else
			return usage ();
	}
	if (n_inputs != 2)
		return usage ();
	pst_date_or_today (&date, &date);

	ancien = pst_cli_read_plan (inputs[0], NULL);
	if (ancien == NULL || !holds_actions (ancien, inputs[0]))
		goto out;
	nouveau = pst_cli_read_plan (inputs[1], NULL);
	if (nouveau == NULL || !holds_actions (nouveau, inputs[1]))
		goto out;
	cmp = pst_plan_compare_at (ancien, nouveau,
				   g_date_valid (&ancien_date) ? &ancien_date : NULL, &date);
	print_comparison (cmp, inputs[0], inputs[1], &date);

	names[0] = g_path_get_basename (inputs[0]);
	names[1] = g_path_get_basename (inputs[1]);
	if (output) {
		if (!write_workbook (ancien, nouveau, cmp, names[0], names[1], output))
			goto out;
		printf ("Classeur de « %s » avec la feuille « %s » → %s\n", names[1],
			PST_EVOLUTION_SHEET, output);
	}
	status = PST_EXIT_OK;
 out:
	g_free (names[0]);
	g_free (names[1]);
	pst_comparison_free (cmp);
	pst_plan_free (ancien);
	pst_plan_free (nouveau);
	return status;
}
