/*
 * cmd-import.c: pst import PLAN -o SORTIE [--entite NOM]
 */
#include "pst-cli.h"

#include <stdio.h>
#include <string.h>

static int
usage (void)
{
	fputs ("usage : pst import PLAN -o SORTIE [--entite NOM]\n"
	       "  Importe un plan PST (xlsx, ods, gnumeric, csv ; toute mise en page)\n"
	       "  et écrit le classeur PST canonique (feuilles Plan, Objectifs, Budget,\n"
	       "  Anomalies) dans SORTIE (.xlsx, .ods ou .gnumeric).\n", stderr);
	return PST_EXIT_USAGE;
}

int
pst_cmd_import (int argc, char **argv)
{
	char const *input = NULL, *output = NULL, *entite = NULL;
	PstPlan *plan;
	char *summary;
	int i;

	for (i = 0; i < argc; i++) {
		if ((strcmp (argv[i], "-o") == 0 || strcmp (argv[i], "--sortie") == 0) && i + 1 < argc)
			output = argv[++i];
		else if (strcmp (argv[i], "--entite") == 0 && i + 1 < argc)
			entite = argv[++i];
		else if (argv[i][0] == '-' && argv[i][1] != '\0')
			return usage ();
		else if (input == NULL)
			input = argv[i];
		else
			return usage ();
	}
	if (input == NULL || output == NULL)
		return usage ();

	plan = pst_cli_read_plan (input, entite);
	if (plan == NULL)
		return PST_EXIT_FAILURE;
	if (pst_plan_count (plan, 3) == 0) {
		pst_cli_error ("aucune action trouvée dans « %s » : est-ce bien un plan PST ? "
			       "Rien n’a été écrit.", input);
		pst_plan_free (plan);
		return PST_EXIT_FAILURE;
	}
	if (!pst_cli_save_plan (plan, output)) {
		pst_plan_free (plan);
		return PST_EXIT_FAILURE;
	}
	summary = pst_cli_plan_summary (plan);
	printf ("« %s » importé : %s → %s\n", input, summary, output);
	g_free (summary);
	pst_plan_free (plan);
	return PST_EXIT_OK;
}
