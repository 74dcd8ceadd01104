/*
 * cmd-consolidate.c: pst consolidate PLAN... -o SORTIE [--entite NOM]...
 *
 * Each plan is read as pst import reads it and stacked under its entity
 * (functions/consolidation.h): the k-th --entite names the k-th plan;
 * without one, the CPAS or commune the plan's own title names ("CPAS de
 * Virton – Programme stratégique…" gives "CPAS de Virton"); without a
 * title, the file name without its extension.
 *
 * The workbook is written by pst_consolidated_workbook (formats/
 * consolidated.c), which the menu Données › PST › Consolider shares.
 *
 * A file that cannot be read, or holds no action, is reported on the
 * terminal and in Anomalies (gravité erreur); the others are consolidated
 * all the same, and the exit status is 1.
 */
#include "pst-cli.h"
#include "plan-workbook.h"
#include "consolidated.h"
#include "consolidation.h"
#include "import.h"

#include <workbook.h>
#include <workbook-view.h>
#include <goffice/goffice.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static int
usage (void)
{
	fputs ("usage : pst consolidate PLAN... -o SORTIE [--entite NOM]... [--progres]\n"
	       "  Consolide plusieurs plans PST (xlsx, ods, gnumeric, csv) dans un seul\n"
	       "  classeur canonique (.xlsx, .ods ou .gnumeric) : feuilles Plan, Objectifs,\n"
	       "  Entités, Budget, Budget par entité, Anomalies et Tableau de bord.\n"
	       "  --entite NOM   nom de l’entité du plan suivant dans l’ordre des fichiers\n"
	       "                 (1er --entite pour le 1er plan…) ; à défaut, le CPAS nommé\n"
	       "                 dans le titre du plan, sinon le nom du fichier.\n"
	       "  --progres      affiche l’avancement (d’office sur un terminal).\n"
	       "  Un fichier illisible est signalé et listé dans Anomalies ; les autres\n"
	       "  sont consolidés et le code de sortie vaut 1.\n", stderr);
	return PST_EXIT_USAGE;
}

static PstAnomaly *
file_anomaly (char const *path, char const *probleme)
{
	PstAnomaly *a = g_new0 (PstAnomaly, 1);
	char *base = g_path_get_basename (path);
	a->source = g_strdup (path);
	a->gravite = PST_GRAVITE_ERREUR;
	a->probleme = g_strdup (probleme);
	a->contenu = base;
	return a;
}

static void
file_anomaly_free (gpointer data)
{
	PstAnomaly *a = data;
	g_free (a->source);
	g_free (a->probleme);
	g_free (a->contenu);
	g_free (a);
}

/* A plan being read: Gnumeric reads the next file while the engine
 * imports this one (pst_plan_read_begin); plans are finished in the
 * order of the files. */
typedef struct {
	char const	*path, *entite;
	PstPlanReading	*reading;
	gboolean	 missing;
} Pending;

/* How many plans may be imported while the next file is read: one per
 * core of the reference machine. */
#define IMPORTS_AHEAD 2

static Pending *
read_begin (char const *path, char const *entite)
{
	Pending *p = g_new0 (Pending, 1);

	p->path = path;
	p->entite = entite;
	if (!g_file_test (path, G_FILE_TEST_IS_REGULAR)) {
		pst_cli_error ("le fichier « %s » n’existe pas ou n’est pas un fichier.", path);
		p->missing = TRUE;
	} else
		p->reading = pst_cli_read_plan_begin (path, entite, NULL);
	return p;
}

/* Finishes @p's plan and names its entity; NULL, with the anomaly that
 * says why in *problem, when it cannot be consolidated.  Frees @p. */
static PstPlan *
read_end (Pending *p, PstAnomaly **problem)
{
	char const *path = p->path, *entite = p->entite;
	PstPlan *plan = p->reading ? pst_plan_read_end (p->reading) : NULL;
	gboolean missing = p->missing;

	g_free (p);
	*problem = NULL;
	if (missing) {
		*problem = file_anomaly (path, "Fichier introuvable : il n’existe pas ou "
					 "n’est pas un fichier ; le plan n’est pas consolidé.");
		return NULL;
	}
	if (plan == NULL) {
		*problem = file_anomaly (path, "Fichier illisible : ce n’est pas un classeur "
					 "que Gnumeric sait ouvrir ; le plan n’est pas consolidé.");
		return NULL;
	}
	if (pst_plan_count (plan, 3) == 0) {
		pst_cli_error ("aucune action trouvée dans « %s » : est-ce bien un plan PST ? "
			       "Il n’est pas consolidé.", path);
		*problem = file_anomaly (path, "Aucune action trouvée : est-ce bien un plan PST ? "
					 "Il n’est pas consolidé.");
		pst_plan_free (plan);
		return NULL;
	}
	if (plan->reading && plan->reading->doutes->len > 0)
		pst_cli_error ("la lecture de « %s » est douteuse (%s) : le plan est consolidé, "
			       "ses doutes sont dans la feuille Anomalies ; vérifiez-le avec pst import --explique.",
			       path, (char *) g_ptr_array_index (plan->reading->doutes, 0));
	if (entite == NULL)
		pst_plan_name_entite_from_title (plan);
	return plan;
}

int
pst_cmd_consolidate (int argc, char **argv)
{
	GPtrArray *inputs = g_ptr_array_new ();
	GPtrArray *entites = g_ptr_array_new ();
	GPtrArray *plans = g_ptr_array_new_with_free_func ((GDestroyNotify) pst_plan_free);
	GPtrArray *files = g_ptr_array_new_with_free_func (g_free);
	GPtrArray *problems = g_ptr_array_new_with_free_func (file_anomaly_free);
	char const *output = NULL;
	gboolean progress = isatty (STDERR_FILENO);
	GOFileSaver *fs;
	PstPlan *merged = NULL;
	Workbook *wb;
	char *error = NULL;
	int status = PST_EXIT_USAGE, i;
	GQueue *pending;
	guint k, next;

	for (i = 0; i < argc; i++) {
		if ((strcmp (argv[i], "-o") == 0 || strcmp (argv[i], "--sortie") == 0) && i + 1 < argc)
			output = argv[++i];
		else if (strcmp (argv[i], "--entite") == 0 && i + 1 < argc)
			g_ptr_array_add (entites, argv[++i]);
		else if (strcmp (argv[i], "--progres") == 0)
			progress = TRUE;
		else if (argv[i][0] == '-' && argv[i][1] != '\0')
			goto out;
		else
			g_ptr_array_add (inputs, argv[i]);
	}
	if (inputs->len == 0 || output == NULL || entites->len > inputs->len) {
		if (entites->len > inputs->len)
			pst_cli_error ("plus de --entite (%u) que de plans (%u).",
				       entites->len, inputs->len);
		goto out;
	}
	/* Before reading a single plan: a long run must not end on this. */
	fs = pst_cli_saver_for (output);
	if (fs == NULL) {
		status = PST_EXIT_FAILURE;
		goto out;
	}

	status = PST_EXIT_OK;
	pending = g_queue_new ();
	for (k = 0, next = 0; k < inputs->len; k++) {
		char const *path = g_ptr_array_index (inputs, k);
		PstAnomaly *problem;
		PstPlan *plan;
		char *base;

		for (; next < inputs->len && next <= k + IMPORTS_AHEAD; next++)
			g_queue_push_tail (pending, read_begin (g_ptr_array_index (inputs, next),
								next < entites->len ? g_ptr_array_index (entites, next) : NULL));
		plan = read_end (g_queue_pop_head (pending), &problem);
		base = g_path_get_basename (path);

		if (plan) {
			if (progress)
				fprintf (stderr, "[%u/%u] %s : %u actions (%s)\n", k + 1, inputs->len,
					 base, pst_plan_count (plan, 3), plan->entite);
			g_ptr_array_add (plans, plan);
			g_ptr_array_add (files, base);
		} else {
			if (progress)
				fprintf (stderr, "[%u/%u] %s : non consolidé\n", k + 1, inputs->len, base);
			g_ptr_array_add (problems, problem);
			status = PST_EXIT_FAILURE;
			g_free (base);
		}
	}
	g_queue_free (pending);
	if (plans->len == 0) {
		pst_cli_error ("aucun plan n’a pu être lu : rien n’a été écrit.");
		status = PST_EXIT_FAILURE;
		goto out;
	}

	if (progress)
		fprintf (stderr, "Consolidation de %u plan%s…\n", plans->len,
			 plans->len > 1 ? "s" : "");
	merged = pst_plan_merge (plans);
	g_ptr_array_set_size (plans, 0);	/* merged holds copies */
	/* The anomalies of the files left out, in the merged plan's hands. */
	while (problems->len > 0)
		g_ptr_array_add (merged->anomalies, g_ptr_array_steal_index (problems, 0));

	wb = pst_consolidated_workbook (merged, files, &error);
	if (wb == NULL) {
		pst_cli_error ("%s", error);
		g_free (error);
		status = PST_EXIT_FAILURE;
		goto out;
	}
	if (progress)
		fprintf (stderr, "Enregistrement de « %s »…\n", output);
	if (!pst_cli_save_workbook (wb, fs, output))
		status = PST_EXIT_FAILURE;
	else {
		char *summary = pst_plan_summary (merged);
		printf ("%u %s : %s → %s\n", files->len,
			files->len > 1 ? "plans consolidés" : "plan consolidé", summary, output);
		g_free (summary);
		if (status != PST_EXIT_OK)
			pst_cli_error (inputs->len - files->len > 1
				       ? "%u fichiers non consolidés : voir la feuille Anomalies."
				       : "%u fichier non consolidé : voir la feuille Anomalies.",
				       inputs->len - files->len);
	}
	pst_cli_done_with (wb);
 out:
	if (status == PST_EXIT_USAGE)
		usage ();
	g_ptr_array_free (problems, TRUE);
	pst_plan_free (merged);
	g_ptr_array_free (plans, TRUE);
	g_ptr_array_free (files, TRUE);
	g_ptr_array_free (inputs, TRUE);
	g_ptr_array_free (entites, TRUE);
	return status;
}
