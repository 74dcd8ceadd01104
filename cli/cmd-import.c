/*
 * cmd-import.c: pst import PLAN -o SORTIE [--entite NOM] [--explique]
 *               [--colonne COLONNE=RÔLE]... [--entete N] [--feuille NOM]
 */
#include "pst-cli.h"
#include "plan-workbook.h"

#include <stdio.h>
#include <string.h>

static int
usage (void)
{
	fputs ("usage : pst import PLAN -o SORTIE [--entite NOM] [--explique]\n"
	       "                  [--colonne COLONNE=RÔLE]... [--entete N] [--feuille NOM]\n"
	       "  Importe un plan PST (xlsx, ods, gnumeric, csv ; toute mise en page)\n"
	       "  et écrit le classeur PST canonique (feuilles Plan, Objectifs, Budget,\n"
	       "  Anomalies, Lecture du plan) dans SORTIE (.xlsx, .ods ou .gnumeric).\n"
	       "  Dit ce qu’il a compris du plan : feuilles, ligne d’en-tête, rôle de\n"
	       "  chaque colonne et confiance, forme de la hiérarchie, doutes.\n"
	       "  --explique        dit seulement ce qu’il comprend, sans rien écrire\n"
	       "  --colonne C=RÔLE  impose le rôle d’une colonne, donnée par ses lettres\n"
	       "                    (« G ») ou son en-tête (« Pilote ») ; rôles : os, oo,\n"
	       "                    axe, volet, action, sous-action, ref, libelle, niveau,\n"
	       "                    responsable, service, debut, fin, statut, avancement,\n"
	       "                    meteo, budget, engage, article, commentaire, autre…\n"
	       "  --entete N        la ligne N est l’en-tête du tableau\n"
	       "  --feuille NOM     ne lit que cette feuille\n"
	       "  Sans ces options, celles du fichier PLAN.lecture (à côté du plan,\n"
	       "  écrit par le menu Données › PST › Importer un plan…) s’appliquent.\n"
	       "  Sortie 0 : plan importé ; 3 : importé mais la lecture est douteuse\n"
	       "  (vérifiez-la) ; 1 : fichier illisible ou non écrit ; 2 : usage.\n", stderr);
	return PST_EXIT_USAGE;
}

int
pst_cmd_import (int argc, char **argv)
{
	char const *input = NULL, *output = NULL, *entite = NULL;
	PstImportOptions *options = pst_import_options_new ();
	gboolean explain = FALSE, corrected = FALSE;
	PstPlan *plan = NULL;
	char *summary, *reading, *error = NULL;
	guint doutes;
	int i, status = PST_EXIT_FAILURE;

	for (i = 0; i < argc; i++) {
		if ((strcmp (argv[i], "-o") == 0 || strcmp (argv[i], "--sortie") == 0) && i + 1 < argc)
			output = argv[++i];
		else if (strcmp (argv[i], "--entite") == 0 && i + 1 < argc)
			entite = argv[++i];
		else if (strcmp (argv[i], "--explique") == 0)
			explain = TRUE;
		else if (pst_import_option_is_known (argv[i]) && i + 1 < argc) {
			if (!pst_import_options_take (options, argv[i], argv[i + 1], &error)) {
				pst_cli_error ("%s", error);
				g_free (error);
				status = PST_EXIT_USAGE;
				goto out;
			}
			corrected = TRUE;
			i++;
		} else if (argv[i][0] == '-' && argv[i][1] != '\0') {
			status = usage ();
			goto out;
		} else if (input == NULL)
			input = argv[i];
		else {
			status = usage ();
			goto out;
		}
	}
	if (input == NULL || (output == NULL && !explain)) {
		status = usage ();
		goto out;
	}

	/* Without corrections on the command line, those kept beside the
	 * plan apply, as in Gnumeric. */
	plan = pst_cli_read_plan_with (input, entite, corrected ? options : NULL);
	if (plan == NULL)
		goto out;
	reading = plan->reading ? pst_reading_describe (plan->reading) : NULL;
	if (reading)
		fputs (reading, stdout);
	g_free (reading);
	if (pst_plan_count (plan, 3) == 0) {
		pst_cli_error ("aucune action trouvée dans « %s » : est-ce bien un plan PST ? "
			       "Rien n’a été écrit. Si la lecture ci-dessus s’est trompée, "
			       "corrigez-la avec --entete, --colonne ou --feuille.", input);
		goto out;
	}
	summary = pst_plan_summary (plan);
	doutes = plan->reading ? plan->reading->doutes->len : 0;
	if (explain) {
		printf ("« %s » se lirait : %s (rien n’a été écrit).\n", input, summary);
		status = PST_EXIT_OK;
	} else {
		PstPlan *taken = plan;
		plan = NULL;
		if (pst_cli_save_plan (taken, output)) {
			printf ("« %s » importé : %s → %s\n", input, summary, output);
			status = PST_EXIT_OK;
		}
	}
	g_free (summary);
	if (status == PST_EXIT_OK && doutes > 0) {
		pst_cli_error ("la lecture de « %s » est douteuse (%u doute%s ci-dessus) : "
			       "vérifiez le plan avant de vous fier à ses totaux.", input,
			       doutes, doutes > 1 ? "s" : "");
		status = PST_EXIT_DOUBT;
	}
 out:
	pst_plan_free (plan);
	pst_import_options_free (options);
	return status;
}
