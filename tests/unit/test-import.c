/* test-import.c: plan layouts the importer has never seen as samples. */
#include <glib.h>
#include <string.h>
#include "suites.h"
#include "import-fixtures.h"
#include "import.h"
#include "csv.h"
#include "reference.h"


static PstAction const *
action (PstPlan const *plan, char const *ref)
{
	guint i;
	for (i = 0; i < plan->actions->len; i++) {
		PstAction const *a = g_ptr_array_index (plan->actions, i);
		if (strcmp (a->values[PST_FIELD_REF].text, ref) == 0)
			return a;
	}
	ck_abort_msg ("no action %s", ref);
	return NULL;
}

static char const *
field (PstPlan const *plan, char const *ref, PstField f)
{
	PstCell const *cell = &action (plan, ref)->values[f];
	return cell->text ? cell->text : "";
}

START_TEST (flat_table_with_codes_in_their_own_columns_and_english_headers)
{
	static char const *const rows[] = {
		"Strategic objective|OS code|Operational objective|OO code|Action|Status|Progress|Due date|Owner",
		"Être un CPAS accueillant|O.S.1|Aménager l'accès|O.O.1.1|Organiser les entretiens|In progress|~0.25|#2021-12-31|Mme A",
		"||||Acheter un ordinateur portable|Done|||M. B",
		"|||O.O.1.2|Améliorer l'accueil des usagers de 20 %|Not started|||",
		"Être un CPAS communicant|O.S.2|Informer la population|O.O.2.1|Créer une brochure|on hold|50%||",
	};
	PstGrid *grid = pst_grid_new ("plan.xlsx");
	PstPlan *plan;

	pst_test_add_sheet (grid, "Feuil1", rows, G_N_ELEMENTS (rows));
	plan = pst_import (grid, "test");
	ck_assert_uint_eq (pst_plan_count (plan, 1), 2);
	ck_assert_uint_eq (pst_plan_count (plan, 2), 3);
	ck_assert_uint_eq (pst_plan_count (plan, 3), 4);
	ck_assert_str_eq (field (plan, "1.1.2", PST_FIELD_ACTION), "Acheter un ordinateur portable");
	ck_assert_str_eq (field (plan, "1.1.2", PST_FIELD_STATUT), "TERMINE");
	ck_assert_str_eq (field (plan, "1.2.1", PST_FIELD_OO), "");
	ck_assert_str_eq (field (plan, "2.1.1", PST_FIELD_STATUT), "EN_ATTENTE");
	ck_assert_double_eq_tol (action (plan, "2.1.1")->values[PST_FIELD_AVANCEMENT].number, 0.5, 1e-12);
	ck_assert_str_eq (field (plan, "1.1.1", PST_FIELD_RESPONSABLE), "Mme A");
	ck_assert_int_eq (action (plan, "1.1.1")->values[PST_FIELD_FIN].kind, PST_CELL_DATE);
	pst_test_nothing_lost (grid, plan);
	pst_plan_free (plan);
	pst_grid_free (grid);
}
END_TEST

START_TEST (columns_in_another_order_title_rows_and_an_empty_hidden_column)
{
	static char const *const rows[] = {
		"PROGRAMME STRATÉGIQUE TRANSVERSAL 2019-2024",
		"CPAS de Nulle-Part",
		"",
		"Avancement|État||Libellé|Réf.",
		"||||",
		"||Objectif stratégique 1 : Être un CPAS juste||",
		"||OO 1.1 : Renforcer les partenariats||",
		"~60|en cours||Participer aux plateformes ISP|1.1.1",
		"~100|Terminé||Présenter le Centre|1.1.2",
	};
	PstGrid *grid = pst_grid_new ("nulle.ods");
	PstPlan *plan;

	pst_test_add_sheet (grid, "PST", rows, G_N_ELEMENTS (rows));
	plan = pst_import (grid, "test");
	ck_assert_uint_eq (pst_plan_count (plan, 1), 1);
	ck_assert_uint_eq (pst_plan_count (plan, 2), 1);
	ck_assert_uint_eq (pst_plan_count (plan, 3), 2);
	ck_assert_str_eq (field (plan, "1.1.1", PST_FIELD_ACTION), "Participer aux plateformes ISP");
	ck_assert_str_eq (field (plan, "1.1.1", PST_FIELD_OS), "Être un CPAS juste");
	ck_assert_str_eq (field (plan, "1.1.2", PST_FIELD_STATUT), "TERMINE");
	ck_assert_double_eq_tol (action (plan, "1.1.1")->values[PST_FIELD_AVANCEMENT].number, 0.6, 1e-12);
	pst_test_nothing_lost (grid, plan);
	pst_plan_free (plan);
	pst_grid_free (grid);
}
END_TEST

START_TEST (a_header_repeated_per_table_and_one_sheet_per_os)
{
	static char const *const os1[] = {
		"O.S. 1 - Être un CPAS juste",
		"O.O. 1.1. Renforcer les partenariats",
		"N°|Action|Pilote|Échéance",
		"1|Participer aux plateformes|M. A|fin 2021",
		"2|Organiser une plateforme|M. A|1x/an",
		"",
		"O.O. 1.2. Doter le CPAS d'un budget",
		"N°|Action|Pilote|Échéance",
		"1|Élaborer le budget de référence|Mme B|T3 2022",
	};
	static char const *const os2[] = {
		"O.S. 2 - Lutter contre la pauvreté infantile",
		"O.O. 2.1. Actions préventives",
		"N°|Action|Pilote|Échéance",
		"1|=HYPERLINK(\"http://x\")|Mme C|2023",
	};
	PstGrid *grid = pst_grid_new ("plan.xlsx");
	PstPlan *plan;

	pst_test_add_sheet (grid, "OS 1", os1, G_N_ELEMENTS (os1));
	pst_test_add_sheet (grid, "OS 2", os2, G_N_ELEMENTS (os2));
	plan = pst_import (grid, "test");
	ck_assert_uint_eq (pst_plan_count (plan, 1), 2);
	ck_assert_uint_eq (pst_plan_count (plan, 2), 3);
	ck_assert_uint_eq (pst_plan_count (plan, 3), 4);
	ck_assert_str_eq (field (plan, "1.2.1", PST_FIELD_ACTION), "Élaborer le budget de référence");
	ck_assert_str_eq (field (plan, "1.2.1", PST_FIELD_OO), "Doter le CPAS d'un budget");
	/* A label beginning with "=" is data, never a formula. */
	ck_assert_str_eq (field (plan, "2.1.1", PST_FIELD_ACTION), "=HYPERLINK(\"http://x\")");
	/* A recurring échéance is kept, as written, in Commentaire. */
	ck_assert (strstr (field (plan, "1.1.2", PST_FIELD_COMMENTAIRE), "1x/an") != NULL);
	pst_test_nothing_lost (grid, plan);
	pst_plan_free (plan);
	pst_grid_free (grid);
}
END_TEST

START_TEST (volets_restart_numbering_and_keep_the_written_code)
{
	static char const *const rows[] = {
		"Réf.|Libellé|Statut",
		"VOLET EXTERNE",
		"O. S. 1 - Etre un CPAS juste",
		"O. O. 1.1.|Renforcer les partenariats",
		"action 1|Participer aux plateformes|En cours",
		"VOLET INTERNE",
		"O. S. 1 - Etre un CPAS de bonne gouvernance",
		"O. O. 1.1.|Consolider les synergies",
		"action 1|Lancer des marchés conjoints|Permanent",
		"action 1|Doublon du précédent|Permanent",
	};
	PstGrid *grid = pst_grid_new ("virton.xlsx");
	PstPlan *plan;
	PstAction const *a;

	pst_test_add_sheet (grid, "Plan", rows, G_N_ELEMENTS (rows));
	plan = pst_import (grid, "Virton");
	ck_assert_uint_eq (pst_plan_count (plan, 1), 2);
	ck_assert_uint_eq (pst_plan_count (plan, 3), 3);
	a = action (plan, "2.1.1");
	ck_assert_str_eq (a->values[PST_FIELD_VOLET].text, "interne");
	ck_assert_str_eq (a->original_ref, "1.1.1");
	ck_assert_str_eq (field (plan, "2.1.2", PST_FIELD_ACTION), "Doublon du précédent");
	ck_assert_str_eq (field (plan, "1.1.1", PST_FIELD_VOLET), "externe");
	pst_test_nothing_lost (grid, plan);
	pst_plan_free (plan);
	pst_grid_free (grid);
}
END_TEST

START_TEST (tasks_left_blank_under_their_action_become_sous_actions)
{
	static char const *const rows[] = {
		"OO1 : Assurer un accompagnement des citoyens",
		"N°|Actions et projets|Tâche|Qui ?|Échéance|État|% réalisé",
		"1|Améliorer les services de proximité|Organiser des réunions|DG|janvier 2020|En cours|~30",
		"||Établir un rapport de faisabilité|DG|janvier 2020|À démarrer|",
		"2|Avoir une offre de logements|Fixer une réunion annuelle avec l'AIS|DG + Président|1x/an||",
		"3|Maintenir le service de médiation de dettes|||||",
	};
	PstGrid *grid = pst_grid_new ("erezee.ods");
	PstPlan *plan;

	pst_test_add_sheet (grid, "OO1 Accompagnement", rows, G_N_ELEMENTS (rows));
	plan = pst_import (grid, "Erezée");
	ck_assert_uint_eq (pst_plan_count (plan, 2), 1);
	ck_assert_uint_eq (pst_plan_count (plan, 3), 3);
	ck_assert_uint_eq (pst_plan_count (plan, 4), 3);
	ck_assert_str_eq (field (plan, "1.1.1.2", PST_FIELD_ACTION), "Établir un rapport de faisabilité");
	ck_assert_str_eq (field (plan, "1.1.1.2", PST_FIELD_STATUT), "NON_COMMENCE");
	ck_assert_str_eq (field (plan, "1.1.3", PST_FIELD_ACTION), "Maintenir le service de médiation de dettes");
	pst_test_nothing_lost (grid, plan);
	pst_plan_free (plan);
	pst_grid_free (grid);
}
END_TEST

START_TEST (bad_values_are_kept_and_reported)
{
	static char const *const rows[] = {
		"Réf.|Action|Statut|Avancement|Article|Budget",
		"O.O. 1.1.|Un objectif",
		"1.1.1|Une action|Peut-être|140 %|xxx/wal-13|beaucoup",
		"9.9.9|Une action mal placée|En cours|~0.5|8352 / 124.02|1 500 €",
		"|||en cours||",
	};
	PstGrid *grid = pst_grid_new ("mauvais.xlsx");
	PstPlan *plan;
	char const *comment;

	pst_test_add_sheet (grid, "Plan", rows, G_N_ELEMENTS (rows));
	plan = pst_import (grid, "test");
	comment = field (plan, "1.1.1", PST_FIELD_COMMENTAIRE);
	ck_assert (strstr (comment, "Peut-être") && strstr (comment, "140 %") &&
		   strstr (comment, "xxx/wal-13") && strstr (comment, "beaucoup"));
	/* Written 9.9.9 under OO 1.1: it keeps its number under that OO. */
	ck_assert_str_eq (field (plan, "1.1.9", PST_FIELD_ARTICLE), "8352/124-02");
	ck_assert_double_eq_tol (action (plan, "1.1.9")->values[PST_FIELD_BUDGET].number, 1500, 1e-9);
	ck_assert_str_eq (action (plan, "1.1.9")->original_ref, "9.9.9");
	ck_assert_uint_ge (plan->anomalies->len, 6);
	pst_test_nothing_lost (grid, plan);
	pst_plan_free (plan);
	pst_grid_free (grid);
}
END_TEST

static gboolean
has_anomaly (PstPlan const *plan, char const *source_cell, char const *words)
{
	guint i;
	for (i = 0; i < plan->anomalies->len; i++) {
		PstAnomaly const *a = g_ptr_array_index (plan->anomalies, i);
		if (g_str_has_suffix (a->source, source_cell) && strstr (a->probleme, words))
			return TRUE;
	}
	return FALSE;
}

/* Found by fuzz-import: a row of placement columns only, naming
 * objectives read on rows above, was named by no line. */
START_TEST (a_repeated_objective_row_is_accounted_for)
{
	static char const *const rows[] = {
		"Objectif stratégique|Objectif opérationnel|Action|Statut",
		"Être un CPAS juste|Renforcer les partenariats||",
		"||Participer aux plateformes|En cours",
		"Être un CPAS juste|Renforcer les partenariats||",
		"Être un CPAS juste|||",
	};
	PstGrid *grid = pst_grid_new ("plan.xlsx");
	PstPlan *plan;

	pst_test_add_sheet (grid, "Plan", rows, G_N_ELEMENTS (rows));
	plan = pst_import (grid, "test");
	ck_assert_uint_eq (pst_plan_count (plan, 2), 1);
	ck_assert_uint_eq (pst_plan_count (plan, 3), 1);
	ck_assert (has_anomaly (plan, "!A4", "déjà lu plus haut"));
	ck_assert (has_anomaly (plan, "!A5", "déjà lu plus haut"));
	pst_test_nothing_lost (grid, plan);
	pst_plan_free (plan);
	pst_grid_free (grid);
}
END_TEST

/* Hostile workbooks (tests/hostile/files/formules.xlsx): error values
 * became objectives labelled "#N/A", and an xlsx "1e+400", read as
 * infinity, became a budget of infinity and, in a date column, an
 * undefined (int) cast. */
START_TEST (error_values_and_infinite_numbers_are_reported_not_read)
{
	static char const *const rows[] = {
		"Code OS|Objectif stratégique|Code OO|Objectif opérationnel|Action|Statut|Échéance|Budget",
		"O.S.1|Être un CPAS juste|O.O.1.1|Renforcer|Participer aux plateformes|En cours|~1e400|~1e400",
		"!#N/A|!#N/A|!#N/A|!#N/A|!#DIV/0!|!#N/A|!#N/A|!#N/A",
		"O.S.1|Être un CPAS juste|O.O.1.1|Renforcer|!#REF!|Terminé||",
		"||||Présenter le Centre||~-1e400|",
	};
	PstGrid *grid = pst_grid_new ("formules.xlsx");
	PstPlan *plan;
	PstAction const *a;
	guint i;

	pst_test_add_sheet (grid, "Plan", rows, G_N_ELEMENTS (rows));
	plan = pst_import (grid, "test");
	ck_assert_uint_eq (pst_plan_count (plan, 1), 1);
	ck_assert_uint_eq (pst_plan_count (plan, 2), 1);
	ck_assert_uint_eq (pst_plan_count (plan, 3), 2);
	for (i = 0; i < plan->objectives->len; i++)
		ck_assert (((PstObjective *) g_ptr_array_index (plan->objectives, i))->label[0] != '#');
	a = action (plan, "1.1.1");
	ck_assert_int_eq (a->values[PST_FIELD_FIN].kind, PST_CELL_BLANK);
	ck_assert_int_eq (a->values[PST_FIELD_BUDGET].kind, PST_CELL_BLANK);
	ck_assert (strstr (field (plan, "1.1.1", PST_FIELD_COMMENTAIRE), "Fin : 1e400") != NULL);
	ck_assert (strstr (field (plan, "1.1.1", PST_FIELD_COMMENTAIRE), "Budget : 1e400") != NULL);
	ck_assert_int_eq (action (plan, "1.1.2")->values[PST_FIELD_FIN].kind, PST_CELL_BLANK);
	ck_assert (has_anomaly (plan, "!A3", "Valeur d’erreur « #DIV/0! » en E3"));
	ck_assert (has_anomaly (plan, "!A4", "Valeur d’erreur « #REF! » en E4"));
	ck_assert (has_anomaly (plan, "!A4", "sans libellé"));
	pst_test_nothing_lost (grid, plan);
	pst_plan_free (plan);
	pst_grid_free (grid);
}
END_TEST

/* Two "Zut" columns shared one extra column of Plan, and so did every
 * column past Z without a header ("Colonne A+"): the first value was
 * overwritten.  Two "Début" columns: the first date was overwritten. */
START_TEST (two_columns_of_one_title_keep_both_values)
{
	char *rows[2], *pipes = g_strnfill (22, '|');
	PstGrid *grid = pst_grid_new ("plan.xlsx");
	PstPlan *plan;
	PstAction const *a;
	guint i;

	/* Columns A to AB; AA and AB have no header. */
	rows[0] = g_strconcat ("Action|Statut|Début|Début|Zut|Zut", pipes, NULL);
	pipes[21] = '\0';
	rows[1] = g_strconcat ("Faire la chose|En cours|#2021-01-04|#2022-02-03|premier|second",
			       pipes, "AA|AB", NULL);
	g_free (pipes);
	pst_test_add_sheet (grid, "Plan", (char const *const *) rows, 2);
	plan = pst_import (grid, "test");
	a = action (plan, "1.1.1");
	ck_assert_uint_eq (plan->extra_headers->len, a->extras->len);
	for (i = 0; i < plan->extra_headers->len; i++) {
		char const *header = g_ptr_array_index (plan->extra_headers, i);
		char const *value = g_ptr_array_index (a->extras, i);
		if (strcmp (header, "Zut") == 0)
			ck_assert_str_eq (value, "premier");
		else if (strcmp (header, "Zut (colonne F)") == 0)
			ck_assert_str_eq (value, "second");
		else if (strcmp (header, "Colonne AA") == 0)
			ck_assert_str_eq (value, "AA");
		else if (strcmp (header, "Colonne AB") == 0)
			ck_assert_str_eq (value, "AB");
		else
			ck_assert_msg (value == NULL, "%s: %s", header, value);
	}
	/* The empty columns without a header make none. */
	ck_assert_uint_eq (plan->extra_headers->len, 4);
	ck_assert_int_eq (a->values[PST_FIELD_DEBUT].kind, PST_CELL_DATE);
	ck_assert (strstr (field (plan, "1.1.1", PST_FIELD_COMMENTAIRE), "Début : 2022-02-03") != NULL);
	pst_test_nothing_lost (grid, plan);
	pst_plan_free (plan);
	pst_grid_free (grid);
	g_free (rows[0]);
	g_free (rows[1]);
}
END_TEST

/* Tables of new columns, one after the other, ran Plan past the 16 384
 * columns of a sheet: Gnumeric refused the cells (criticals) and their
 * values were lost while the import said it had succeeded; and every
 * action held one pointer per extra column (2 GB for 16 000 tables). */
START_TEST (columns_past_the_extra_columns_go_to_commentaire)
{
	int n = PST_MAX_EXTRA_COLUMNS + 2, i;
	char **rows = g_new0 (char *, 2 * n + 1);
	PstGrid *grid = pst_grid_new ("large.csv");
	PstPlan *plan;
	char *ref, *note, *header;

	for (i = 0; i < n; i++) {
		rows[2 * i] = g_strdup_printf ("Action|Statut|Z%d", i + 1);
		rows[2 * i + 1] = g_strdup_printf ("Faire la chose %d|En cours|v%d", i + 1, i + 1);
	}
	pst_test_add_sheet (grid, "large", (char const *const *) rows, 2 * n);
	plan = pst_import (grid, "test");
	ck_assert_uint_eq (pst_plan_count (plan, 3), n);
	ck_assert_uint_eq (plan->extra_headers->len, PST_MAX_EXTRA_COLUMNS);
	ref = g_strdup_printf ("1.1.%d", n);
	note = g_strdup_printf ("Z%d : v%d", n, n);
	ck_assert_str_eq (field (plan, ref, PST_FIELD_COMMENTAIRE), note);
	/* Said once, on the header of the first table left without room. */
	header = g_strdup_printf ("!A%d", 2 * PST_MAX_EXTRA_COLUMNS + 1);
	ck_assert (has_anomaly (plan, header, "Trop de colonnes"));
	ck_assert (!has_anomaly (plan, "!A1", "Trop de colonnes"));
	pst_test_nothing_lost (grid, plan);
	g_free (header);
	g_free (ref);
	g_free (note);
	g_strfreev (rows);
	pst_plan_free (plan);
	pst_grid_free (grid);
}
END_TEST

/* An OS has no objective above it: "O.S.1.1" was said to belong to
 * "l’objectif  sous lequel il est écrit", an empty name. */
START_TEST (an_os_code_with_an_extra_level_says_so)
{
	static char const *const rows[] = {
		"Code OS|Objectif stratégique|Action",
		"O.S.1.1.|Être un CPAS accueillant|Organiser les entretiens",
	};
	PstGrid *grid = pst_grid_new ("burdinne.csv");
	PstPlan *plan;

	pst_test_add_sheet (grid, "Plan", rows, G_N_ELEMENTS (rows));
	plan = pst_import (grid, "test");
	ck_assert (has_anomaly (plan, "!A2", "a un niveau de trop pour un objectif stratégique"));
	ck_assert (!has_anomaly (plan, "!A2", "l’objectif  sous"));
	pst_test_nothing_lost (grid, plan);
	pst_plan_free (plan);
	pst_grid_free (grid);
}
END_TEST

/* Grids of generated rows: @header, then @n rows of @fmt with %d the row
 * number from 1. */
static PstGrid *
generated_grid (char const *header, char const *fmt, int n)
{
	char **rows = g_new0 (char *, n + 2);
	PstGrid *grid = pst_grid_new ("grand.xlsx");
	int i;

	rows[0] = g_strdup (header);
	for (i = 1; i <= n; i++)
		rows[i] = g_strdup_printf (fmt, i, i);
	pst_test_add_sheet (grid, "Plan", (char const *const *) rows, n + 1);
	g_strfreev (rows);
	return grid;
}

static void
assert_refs_readable (PstPlan const *plan)
{
	guint i;
	for (i = 0; i < plan->actions->len; i++) {
		char const *ref = ((PstAction *) g_ptr_array_index (plan->actions, i))->values[PST_FIELD_REF].text;
		PstError err;
		char *again = pst_ref_normalise (ref, NULL, &err);
		ck_assert_msg (again && strcmp (again, ref) == 0, "reference %s", ref);
		g_free (again);
	}
}

/* Found by fuzz-import, and by the 100 000-row hostile sheet: the 1000th
 * action of an OO was numbered 1.1.1000, which PST.REF does not read, so
 * every roll-up of its objectives answered #VALUE!. */
START_TEST (more_than_999_actions_under_one_oo_go_on_under_another)
{
	PstGrid *grid = generated_grid ("Objectif opérationnel|Action|Statut",
					"Accueillir|Action %d|En cours", 1000);
	PstPlan *plan = pst_import (grid, "test");

	ck_assert_uint_eq (pst_plan_count (plan, 3), 1000);
	ck_assert_str_eq (field (plan, "1.1.999", PST_FIELD_ACTION), "Action 999");
	ck_assert_str_eq (field (plan, "1.2.1", PST_FIELD_ACTION), "Action 1000");
	ck_assert_str_eq (field (plan, "1.2.1", PST_FIELD_OO), "Accueillir (suite)");
	ck_assert (has_anomaly (plan, "!A1001", "Plus de 999 actions sous l’objectif 1.1"));
	assert_refs_readable (plan);
	pst_test_nothing_lost (grid, plan);
	pst_plan_free (plan);
	pst_grid_free (grid);
}
END_TEST

START_TEST (more_than_999_objectives_join_the_999th)
{
	PstGrid *grid = generated_grid ("Objectif stratégique|Action",
					"Objectif n° %d|Action %d", 1001);
	PstPlan *plan = pst_import (grid, "test");
	PstAction const *a;

	ck_assert_uint_eq (pst_plan_count (plan, 1), 999);
	ck_assert_uint_eq (pst_plan_count (plan, 3), 1001);
	a = action (plan, "999.1.3");
	ck_assert_str_eq (a->values[PST_FIELD_ACTION].text, "Action 1001");
	ck_assert (has_anomaly (plan, "!A1001", "Plus de 999 objectifs stratégiques"));
	assert_refs_readable (plan);
	pst_test_nothing_lost (grid, plan);
	pst_plan_free (plan);
	pst_grid_free (grid);
}
END_TEST

START_TEST (more_than_999_tasks_are_reported_not_misnumbered)
{
	PstGrid *grid = generated_grid ("Action|Tâche",
					"|Tâche %d", 1000);
	PstPlan *plan;

	pst_sheet_set (g_ptr_array_index (grid->sheets, 0), 1, 0, PST_CELL_TEXT, "Organiser", 0);
	plan = pst_import (grid, "test");
	ck_assert_uint_eq (pst_plan_count (plan, 4), 999);
	ck_assert (has_anomaly (plan, "!B1001", "ne peut être numérotée"));
	assert_refs_readable (plan);
	pst_test_nothing_lost (grid, plan);
	pst_plan_free (plan);
	pst_grid_free (grid);
}
END_TEST

/* A hostile CSV of 2 MB, one line of 16 384 separators and 100 000 short
 * lines, made a dense grid of 1.6 billion cells: 39 GB asked of malloc,
 * and Gnumeric aborted with the user's work.  So did a workbook with a
 * cell in XFD1 above 100 000 rows.  Rows now hold their own cells. */
/* Two plans on one sheet under "… Volet CPAS" and "… Volet Commune":
 * two entities; an OS title naming the CPAS in its label is no entity. */
START_TEST (titles_of_two_plans_on_one_sheet_are_their_entities)
{
	static char const *const rows[] = {
		"PST 2025-2030 — Volet CPAS",
		"",
		"Objectif stratégique 1 : Être un CPAS accueillant",
		"Objectif opérationnel|Action|Statut",
		"Réduire les délais|Former les agents|En cours",
		"",
		"PST 2025-2030 — Volet Commune",
		"",
		"Objectif stratégique|Objectif opérationnel|Action|Statut",
		"Propreté|Installer des poubelles|Je ne sais pas|",
	};
	PstGrid *grid = pst_grid_new ("plan.xlsx");
	PstPlan *plan;
	guint i, cpas = 0, commune = 0;

	pst_test_add_sheet (grid, "PST", rows, G_N_ELEMENTS (rows));
	plan = pst_import (grid, "plan");
	ck_assert_uint_eq (plan->actions->len, 2);
	for (i = 0; i < plan->actions->len; i++) {
		PstAction const *a = g_ptr_array_index (plan->actions, i);
		char const *e = a->values[PST_FIELD_ENTITE].text;
		cpas += g_strcmp0 (e, "CPAS") == 0;
		commune += g_strcmp0 (e, "Commune") == 0;
		if (g_strcmp0 (e, "CPAS") == 0)
			ck_assert_str_eq (a->values[PST_FIELD_OS].text, "Être un CPAS accueillant");
	}
	ck_assert_uint_eq (cpas, 1);
	ck_assert_uint_eq (commune, 1);
	pst_test_nothing_lost (grid, plan);
	pst_plan_free (plan);
	pst_grid_free (grid);
}
END_TEST

/* Excel's "Texte Unicode" export: UTF-16 with its byte order mark,
 * tab-separated. */
START_TEST (a_csv_in_utf16_is_read)
{
	char const *text = "Action\tStatut\tAvancement\nR\xc3\xa9nover la salle\tEn cours\t50 %\n";
	gsize len = 0;
	char *utf16 = g_convert (text, -1, "UTF-16LE", "UTF-8", NULL, &len, NULL);
	GString *data = g_string_new_len ("\xff\xfe", 2);
	PstGrid *grid;
	PstPlan *plan;

	g_string_append_len (data, utf16, len);
	grid = pst_grid_from_csv (data->str, data->len, "plan.txt", "plan.txt");
	plan = pst_import (grid, "test");
	ck_assert_uint_eq (plan->actions->len, 1);
	ck_assert_str_eq (field (plan, "1.1.1", PST_FIELD_ACTION), "R\xc3\xa9nover la salle");
	ck_assert_str_eq (field (plan, "1.1.1", PST_FIELD_STATUT), "EN_COURS");
	pst_plan_free (plan);
	pst_grid_free (grid);
	g_string_free (data, TRUE);
	g_free (utf16);
}
END_TEST

START_TEST (a_wide_line_over_many_rows_costs_its_cells)
{
	GString *csv = g_string_new ("Action;Statut");
	PstGrid *grid;
	PstSheet const *sheet;
	PstPlan *plan;
	int i;

	for (i = 0; i < 16384; i++)
		g_string_append_c (csv, ';');
	g_string_append_c (csv, '\n');
	for (i = 1; i <= 100000; i++)
		g_string_append_printf (csv, "Faire la chose %d;En cours\n", i);
	grid = pst_grid_from_csv (csv->str, csv->len, "large.csv", "large.csv");
	sheet = g_ptr_array_index (grid->sheets, 0);
	ck_assert_int_eq (sheet->n_rows, 100001);
	ck_assert_int_eq (sheet->n_cols, 16386);
	ck_assert_int_eq (pst_sheet_row_width (sheet, 5), 2);
	ck_assert_str_eq (pst_sheet_cell (sheet, 100000, 0)->text, "Faire la chose 100000");
	ck_assert_int_eq (pst_sheet_cell (sheet, 100000, 16385)->kind, PST_CELL_BLANK);
	plan = pst_import (grid, "test");
	ck_assert_uint_eq (pst_plan_count (plan, 3), 100000);
	pst_plan_free (plan);
	pst_grid_free (grid);
	g_string_free (csv, TRUE);
}
END_TEST

Suite *
import_suite (void)
{
	Suite *s = suite_create ("import");
	TCase *tc = tcase_create ("import");
	tcase_add_test (tc, flat_table_with_codes_in_their_own_columns_and_english_headers);
	tcase_add_test (tc, columns_in_another_order_title_rows_and_an_empty_hidden_column);
	tcase_add_test (tc, a_header_repeated_per_table_and_one_sheet_per_os);
	tcase_add_test (tc, volets_restart_numbering_and_keep_the_written_code);
	tcase_add_test (tc, tasks_left_blank_under_their_action_become_sous_actions);
	tcase_add_test (tc, bad_values_are_kept_and_reported);
	tcase_add_test (tc, a_repeated_objective_row_is_accounted_for);
	tcase_add_test (tc, error_values_and_infinite_numbers_are_reported_not_read);
	tcase_add_test (tc, two_columns_of_one_title_keep_both_values);
	tcase_add_test (tc, columns_past_the_extra_columns_go_to_commentaire);
	tcase_add_test (tc, an_os_code_with_an_extra_level_says_so);
	tcase_add_test (tc, more_than_999_actions_under_one_oo_go_on_under_another);
	tcase_add_test (tc, more_than_999_objectives_join_the_999th);
	tcase_add_test (tc, more_than_999_tasks_are_reported_not_misnumbered);
	tcase_add_test (tc, a_wide_line_over_many_rows_costs_its_cells);
	tcase_add_test (tc, a_csv_in_utf16_is_read);
	tcase_add_test (tc, titles_of_two_plans_on_one_sheet_are_their_entities);
	suite_add_tcase (s, tc);
	return s;
}
