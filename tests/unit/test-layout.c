/* test-layout.c: the reading of a plan's layout: column roles from headers
 * and contents, the forms of hierarchy, what the importer says it
 * understood and doubts, and the user's corrections. */
#include <glib.h>
#include <string.h>
#include "suites.h"
#include "import-fixtures.h"
#include "import.h"
#include "headers.h"

static PstAction const *
action_labelled (PstPlan const *plan, char const *label)
{
	guint i;
	for (i = 0; i < plan->actions->len; i++) {
		PstAction const *a = g_ptr_array_index (plan->actions, i);
		if (g_strcmp0 (a->values[PST_FIELD_ACTION].text, label) == 0)
			return a;
	}
	ck_abort_msg ("no action «%s»", label);
	return NULL;
}

static char const *
value (PstPlan const *plan, char const *label, PstField f)
{
	PstCell const *cell = &action_labelled (plan, label)->values[f];
	return cell->text ? cell->text : "";
}

static PstColumnReading const *
column_reading (PstPlan const *plan, guint sheet, int col)
{
	PstSheetReading const *sr = g_ptr_array_index (plan->reading->sheets, sheet);
	guint i;
	for (i = 0; i < sr->columns->len; i++) {
		PstColumnReading const *c = &g_array_index (sr->columns, PstColumnReading, i);
		if (c->col == col)
			return c;
	}
	ck_abort_msg ("column %d not in the reading", col);
	return NULL;
}

static char const *
form (PstPlan const *plan, guint sheet)
{
	return ((PstSheetReading *) g_ptr_array_index (plan->reading->sheets, sheet))->forme;
}

static PstPlan *
import_rows (char const *file, char const *const *rows, int n_rows,
	     PstImportOptions const *options, PstGrid **grid_out)
{
	PstGrid *grid = pst_grid_new (file);
	PstPlan *plan;
	pst_test_add_sheet (grid, "PST", rows, n_rows);
	plan = pst_import_with (grid, "test", options);
	pst_test_nothing_lost (grid, plan);
	if (grid_out)
		*grid_out = grid;
	else
		pst_grid_free (grid);
	return plan;
}

/* Whether one of the reading's doubts says @text. */
static gboolean
has_doubt (PstPlan const *plan, char const *text)
{
	guint i;
	for (i = 0; i < plan->reading->doutes->len; i++)
		if (strstr (g_ptr_array_index (plan->reading->doutes, i), text))
			return TRUE;
	return FALSE;
}

START_TEST (headers_are_read_as_people_write_them)
{
	ck_assert_int_eq (pst_header_role ("O.S."), PST_FIELD_OS);
	ck_assert_int_eq (pst_header_role ("O.O."), PST_FIELD_OO);
	ck_assert_int_eq (pst_header_role ("Obj. strat."), PST_FIELD_OS);
	ck_assert_int_eq (pst_header_role ("Objectifs\nstratégiques"), PST_FIELD_OS);
	ck_assert_int_eq (pst_header_role ("Projets / actions"), PST_FIELD_ACTION);
	ck_assert_int_eq (pst_header_role ("Porteur"), PST_FIELD_RESPONSABLE);
	/* The budget as a directeur financier writes it. */
	ck_assert_int_eq (pst_header_role ("Service ordinaire (€)"), PST_FIELD_BUDGET);
	ck_assert_int_eq (pst_header_role ("Service extraordinaire"), PST_FIELD_BUDGET);
	ck_assert_int_eq (pst_header_role ("Crédit budgétaire (€)"), PST_FIELD_BUDGET);
	ck_assert_int_eq (pst_header_role ("Dépenses prévues (€)"), PST_FIELD_BUDGET);
	ck_assert_int_eq (pst_header_role ("Service"), PST_FIELD_SERVICE);
	ck_assert (pst_header_kept_aside ("Recettes - Subside RW 60 % (€)"));
	ck_assert (pst_header_kept_aside ("Montant liquidé (€)"));
	ck_assert (pst_header_kept_aside ("Charge nette CPAS"));
	ck_assert (!pst_header_kept_aside ("Subside"));
	ck_assert (!pst_header_kept_aside ("Montant engagé"));
	ck_assert (pst_header_kept_aside ("Dernière mise à jour"));
	ck_assert_int_eq (pst_header_role ("Date cible"), PST_FIELD_FIN);
	ck_assert_int_eq (pst_header_role ("Niv."), PST_ROLE_NIVEAU);
	ck_assert (pst_header_year_or_total ("2026 (k€)"));
	ck_assert (pst_header_year_or_total ("Total"));
	ck_assert (pst_header_year_or_total ("Total 2025-2030"));
	ck_assert (!pst_header_year_or_total ("Total des dépenses"));
	ck_assert (!pst_header_year_or_total ("Budget 2026"));
	ck_assert (pst_header_names_spending ("Dépenses (€)"));
	ck_assert_int_eq (pst_header_article_part ("Fonction"), 1);
	ck_assert_int_eq (pst_header_article_part ("Code économique"), 2);
	ck_assert_int_eq (pst_header_article_part ("Fonction du pilote"), 0);
	ck_assert (!pst_header_names_spending ("Dépenses prévues"));
	ck_assert_int_eq (pst_header_role ("Échéancier"), PST_FIELD_FIN);
	ck_assert_int_eq (pst_header_role ("Réalisation %"), PST_FIELD_AVANCEMENT);
	ck_assert_int_eq (pst_header_role ("Coût"), PST_FIELD_BUDGET);
	ck_assert_int_eq (pst_header_role ("IMPUTATION BUDGÉTAIRE"), PST_FIELD_ARTICLE);
	ck_assert_int_eq (pst_header_role ("Axes"), PST_ROLE_AXE);
	ck_assert_int_eq (pst_header_role ("Budget 2024 (€)"), PST_FIELD_BUDGET);
	ck_assert_int_eq (pst_header_role ("Remarques diverses sur la fiche"), PST_FIELD_COMMENTAIRE);
	ck_assert_int_eq (pst_header_role ("Commune partenaire"), PST_ROLE_NONE);
}
END_TEST

START_TEST (roles_come_from_contents_when_headers_say_nothing)
{
	static char const *const rows[] = {
		"Col1|Col2|Col3|Col4|Col5|Col6",
		"O.S. 1 : Être un CPAS juste|O.O. 1.1 : Maintenir les partenariats|Participer tous les trimestres aux plateformes ISP|M. Lambert|En cours|60 %",
		"O.S. 1 : Être un CPAS juste|O.O. 1.1 : Maintenir les partenariats|Présenter notre Centre aux services sociaux de la région|Mme Collignon|Terminé|100 %",
		"O.S. 1 : Être un CPAS juste|O.O. 1.2 : Doter le CPAS d'un budget de référence|Élaborer le budget de référence des ménages|Mme Gérard|À démarrer|0 %",
		"O.S. 2 : Être un CPAS proche de ses aînés|O.O. 2.1 : Créer un pôle personnes âgées|Réaliser une étude des besoins des aînés de la commune|DG|En attente|10 %",
	};
	PstPlan *plan = import_rows ("c.csv", rows, G_N_ELEMENTS (rows), NULL, NULL);

	ck_assert_uint_eq (pst_plan_count (plan, 1), 2);
	ck_assert_uint_eq (pst_plan_count (plan, 2), 3);
	ck_assert_uint_eq (pst_plan_count (plan, 3), 4);
	ck_assert_str_eq (value (plan, "Élaborer le budget de référence des ménages", PST_FIELD_OO),
			  "Doter le CPAS d'un budget de référence");
	ck_assert_str_eq (value (plan, "Réaliser une étude des besoins des aînés de la commune", PST_FIELD_RESPONSABLE), "DG");
	ck_assert_str_eq (value (plan, "Participer tous les trimestres aux plateformes ISP", PST_FIELD_STATUT), "EN_COURS");
	ck_assert_int_eq (column_reading (plan, 0, 0)->role, PST_FIELD_OS);
	ck_assert_int_eq (column_reading (plan, 0, 0)->confiance, PST_CONFIANCE_FORTE);
	ck_assert_int_eq (column_reading (plan, 0, 5)->role, PST_FIELD_AVANCEMENT);
	ck_assert_ptr_nonnull (strstr (column_reading (plan, 0, 5)->indice, "contenu"));
	ck_assert_uint_eq (plan->reading->doutes->len, 0);
	pst_plan_free (plan);
}
END_TEST

START_TEST (a_column_of_os_codes_is_the_os_whatever_its_header)
{
	static char const *const rows[] = {
		"Thème|Objectif|Action|Statut",
		"OS 1 - Être un CPAS juste|OO 1.1 - Maintenir les partenariats|Participer aux plateformes ISP|En cours",
		"OS 2 - Être un CPAS efficient|OO 2.1 - Moderniser l'informatique|Acheter des ordinateurs portables|Terminé",
	};
	PstPlan *plan = import_rows ("t.xlsx", rows, G_N_ELEMENTS (rows), NULL, NULL);

	ck_assert_int_eq (column_reading (plan, 0, 0)->role, PST_FIELD_OS);
	ck_assert_int_eq (column_reading (plan, 0, 1)->role, PST_FIELD_OO);
	ck_assert_uint_eq (pst_plan_count (plan, 1), 2);
	ck_assert_str_eq (value (plan, "Acheter des ordinateurs portables", PST_FIELD_OS),
			  "Être un CPAS efficient");
	pst_plan_free (plan);
}
END_TEST

START_TEST (two_header_rows_with_groups_merged_across_and_down)
{
	static char const *const rows[] = {
		"Suivi du PST",
		"Objectifs||Action|Pilote|Météo|||Budget||",
		"Stratégique|Opérationnel|||Délais|Ressources|Globale|Prévu|Engagé|Article",
		"OS 1 : Être un CPAS juste|OO 1.1 : Maintenir les partenariats|Participer aux plateformes ISP|M. Lambert|soleil|pluie|nuageux|~1500|~200|831/123-48",
	};
	PstPlan *plan = import_rows ("g.ods", rows, G_N_ELEMENTS (rows), NULL, NULL);
	PstAction const *a = action_labelled (plan, "Participer aux plateformes ISP");
	PstSheetReading const *sr = g_ptr_array_index (plan->reading->sheets, 0);

	ck_assert_int_eq (sr->header_row, 2);
	ck_assert_int_eq (sr->group_row, 1);
	ck_assert_str_eq (value (plan, "Participer aux plateformes ISP", PST_FIELD_RESPONSABLE), "M. Lambert");
	ck_assert_str_eq (a->values[PST_FIELD_METEO_DELAIS].text, "soleil");
	ck_assert_str_eq (a->values[PST_FIELD_METEO_RESSOURCES].text, "pluie");
	ck_assert_str_eq (a->values[PST_FIELD_METEO_GLOBALE].text, "nuageux");
	ck_assert_double_eq (a->values[PST_FIELD_BUDGET].number, 1500);
	ck_assert_double_eq (a->values[PST_FIELD_ENGAGE].number, 200);
	ck_assert_str_eq (a->values[PST_FIELD_ARTICLE].text, "831/123-48");
	ck_assert_str_eq (column_reading (plan, 0, 4)->header, "Météo / Délais");
	ck_assert_str_eq (column_reading (plan, 0, 2)->header, "Action");
	pst_plan_free (plan);
}
END_TEST

/* The layout that once came out wrong without a word. */
START_TEST (groups_written_once_axes_restarting_os_numbers_and_empty_oo)
{
	static char const *const rows[] = {
		"Axe|OS|OO|Action|Responsable|Statut|Avancement",
		"Axe 1 : Social|OS 1 - Être un CPAS juste|OO 1.1 - Maintenir les partenariats|Participer aux plateformes ISP|M. Lambert|En cours|~0.6",
		"|||Présenter notre Centre aux services sociaux|Mme Collignon|Terminé|~1",
		"||OO 1.2 - Doter le CPAS d'un budget de référence||||",
		"|OS 2 - Être un CPAS proche des aînés|OO 2.1 - Créer un pôle aînés|Réaliser une étude des besoins|DG|À démarrer|~0",
		"Axe 2 : Gouvernance|OS 1 - Être un CPAS efficient|OO 1.1 - Moderniser l'informatique|Acheter des ordinateurs portables|M. Henrion|En cours|~0.5",
		"|||Former le personnel aux logiciels|M. Henrion|En cours|~0.2",
	};
	PstPlan *plan = import_rows ("a.xlsx", rows, G_N_ELEMENTS (rows), NULL, NULL);
	PstAction const *a = action_labelled (plan, "Former le personnel aux logiciels");
	guint i, empty_oo = 0;

	ck_assert_uint_eq (pst_plan_count (plan, 1), 3);
	ck_assert_uint_eq (pst_plan_count (plan, 2), 4);
	ck_assert_uint_eq (pst_plan_count (plan, 3), 5);
	ck_assert_str_eq (value (plan, "Présenter notre Centre aux services sociaux", PST_FIELD_OO),
			  "Maintenir les partenariats");
	ck_assert_str_eq (a->values[PST_FIELD_OS].text, "Être un CPAS efficient");
	ck_assert_str_eq (a->values[PST_FIELD_OO].text, "Moderniser l'informatique");
	/* The second "OS 1" is another OS, renumbered, its code kept. */
	ck_assert_str_ne (a->values[PST_FIELD_REF_OS].text, "1");
	ck_assert_str_eq (g_ptr_array_index (a->extras, 0), "Axe 2 : Gouvernance");
	for (i = 0; i < plan->objectives->len; i++) {
		PstObjective const *o = g_ptr_array_index (plan->objectives, i);
		if (strcmp (o->label, "Doter le CPAS d'un budget de référence") == 0)
			empty_oo++;
	}
	ck_assert_uint_eq (empty_oo, 1);
	ck_assert_ptr_nonnull (strstr (form (plan, 0), "recopiées"));
	/* Numbers that start again under each axe are no doubt. */
	ck_assert_uint_eq (plan->reading->doutes->len, 0);
	pst_plan_free (plan);
}
END_TEST

START_TEST (a_niveau_column_says_each_rows_level)
{
	static char const *const rows[] = {
		"Niveau|Code|Libellé|Pilote|Statut",
		"Objectif stratégique|1|Être un CPAS juste||",
		"Objectif opérationnel|1.1|Maintenir les partenariats||",
		"Action|1.1.1|Participer aux plateformes ISP|M. Lambert|En cours",
		"Action|1.1.2|Présenter notre Centre|Mme Collignon|Terminé",
		"OO|1.2|Doter le CPAS d'un budget||",
		"Action|1.2.1|Élaborer le budget de référence|Mme Gérard|À démarrer",
	};
	PstPlan *plan = import_rows ("n.ods", rows, G_N_ELEMENTS (rows), NULL, NULL);

	ck_assert_uint_eq (pst_plan_count (plan, 1), 1);
	ck_assert_uint_eq (pst_plan_count (plan, 2), 2);
	ck_assert_uint_eq (pst_plan_count (plan, 3), 3);
	ck_assert_str_eq (value (plan, "Élaborer le budget de référence", PST_FIELD_OO), "Doter le CPAS d'un budget");
	ck_assert_ptr_nonnull (strstr (form (plan, 0), "niveaux"));
	pst_plan_free (plan);
}
END_TEST

START_TEST (indentation_alone_gives_the_levels)
{
	static char const *const rows[] = {
		"Intitulé|Pilote|Avancement",
		"Être un CPAS juste dans son action sociale||",
		">Maintenir les partenariats avec le milieu associatif||",
		">>Participer aux plateformes ISP|M. Lambert|~0.5",
		">>Présenter notre Centre aux services sociaux|Mme Collignon|~1",
		">Doter le CPAS d'un budget de référence||",
		"Être un CPAS proche de ses aînés||",
		">Créer un pôle personnes âgées||",
		">>Réaliser une étude des besoins|DG|~0",
	};
	PstPlan *plan = import_rows ("r.xlsx", rows, G_N_ELEMENTS (rows), NULL, NULL);

	ck_assert_uint_eq (pst_plan_count (plan, 1), 2);
	ck_assert_uint_eq (pst_plan_count (plan, 2), 3);
	ck_assert_uint_eq (pst_plan_count (plan, 3), 3);
	ck_assert_str_eq (value (plan, "Réaliser une étude des besoins", PST_FIELD_OS), "Être un CPAS proche de ses aînés");
	ck_assert_ptr_nonnull (strstr (form (plan, 0), "retraits"));
	pst_plan_free (plan);
}
END_TEST

START_TEST (fiche_blocks_become_one_action_each)
{
	static char const *const rows[] = {
		"Fiche action n° :|1.1.1",
		"Objectif stratégique :|OS 1 : Être un CPAS juste",
		"Objectif opérationnel :|OO 1.1 : Maintenir les partenariats",
		"Intitulé :|Participer aux plateformes ISP",
		"Pilote :|M. Lambert",
		"Échéance :|#2024-12-31",
		"",
		"Fiche action n° :|1.1.2",
		"Objectif stratégique :|OS 1 : Être un CPAS juste",
		"Objectif opérationnel :|OO 1.1 : Maintenir les partenariats",
		"Intitulé :|Présenter notre Centre aux services sociaux",
		"Pilote : Mme Collignon",
		"Statut|Terminé",
	};
	PstPlan *plan = import_rows ("f.xlsx", rows, G_N_ELEMENTS (rows), NULL, NULL);

	ck_assert_uint_eq (pst_plan_count (plan, 1), 1);
	ck_assert_uint_eq (pst_plan_count (plan, 2), 1);
	ck_assert_uint_eq (pst_plan_count (plan, 3), 2);
	ck_assert_str_eq (value (plan, "Participer aux plateformes ISP", PST_FIELD_RESPONSABLE), "M. Lambert");
	ck_assert_str_eq (value (plan, "Présenter notre Centre aux services sociaux", PST_FIELD_RESPONSABLE), "Mme Collignon");
	ck_assert_str_eq (value (plan, "Présenter notre Centre aux services sociaux", PST_FIELD_STATUT), "TERMINE");
	ck_assert_int_eq (action_labelled (plan, "Participer aux plateformes ISP")->values[PST_FIELD_FIN].kind,
			  PST_CELL_DATE);
	/* Each action names its fiche's first row. */
	ck_assert_str_eq (value (plan, "Présenter notre Centre aux services sociaux", PST_FIELD_SOURCE),
			  "f.xlsx!'PST'!A8");
	ck_assert_ptr_nonnull (strstr (form (plan, 0), "fiches"));
	pst_plan_free (plan);
}
END_TEST

START_TEST (a_sheet_per_entity_is_a_plan_of_its_own)
{
	static char const *const commune[] = {
		"OS|OO|Action",
		"OS 1 - Être une commune accueillante|OO 1.1 - Améliorer l'accueil|Créer un guichet unique",
	};
	static char const *const cpas[] = {
		"OS|OO|Action",
		"OS 1 - Être un CPAS juste|OO 1.1 - Maintenir les partenariats|Participer aux plateformes ISP",
	};
	PstGrid *grid = pst_grid_new ("e.xlsx");
	PstPlan *plan;

	pst_test_add_sheet (grid, "Commune de Virton", commune, G_N_ELEMENTS (commune));
	pst_test_add_sheet (grid, "CPAS de Virton", cpas, G_N_ELEMENTS (cpas));
	plan = pst_import (grid, "e");
	ck_assert_uint_eq (pst_plan_count (plan, 1), 2);
	ck_assert_str_eq (value (plan, "Créer un guichet unique", PST_FIELD_ENTITE), "Commune de Virton");
	ck_assert_str_eq (value (plan, "Participer aux plateformes ISP", PST_FIELD_ENTITE), "CPAS de Virton");
	ck_assert_str_eq (value (plan, "Participer aux plateformes ISP", PST_FIELD_OS), "Être un CPAS juste");
	ck_assert_uint_eq (plan->reading->doutes->len, 0);
	pst_test_nothing_lost (grid, plan);
	pst_plan_free (plan);
	pst_grid_free (grid);
}
END_TEST

START_TEST (totals_and_notes_under_a_table_are_no_objectives)
{
	static char const *const rows[] = {
		"OS|OO|Action|Coût",
		"OS 1 - Être un CPAS juste|OO 1.1 - Maintenir les partenariats|Participer aux plateformes ISP|~1500",
		"Total|||~1500",
		"Source : service finances, mise à jour du 30/06/2023",
	};
	PstPlan *plan = import_rows ("t.xlsx", rows, G_N_ELEMENTS (rows), NULL, NULL);
	ck_assert_uint_eq (pst_plan_count (plan, 1), 1);
	ck_assert_uint_eq (pst_plan_count (plan, 3), 1);
	pst_plan_free (plan);
}
END_TEST

START_TEST (the_user_corrects_a_column_the_header_row_and_the_sheet)
{
	static char const *const rows[] = {
		"PST 2019-2024",
		"Objectif|Sous-objectif|Quoi|Qui|Taux",
		"OS 1 - Être un CPAS juste|OO 1.1 - Maintenir les partenariats|Participer aux plateformes ISP|Lambert|~0.5",
	};
	PstImportOptions *options = pst_import_options_new ();
	PstPlan *plan;
	char *error = NULL;

	ck_assert (pst_import_options_parse (options, "--entete 2 --colonne Quoi=action --colonne 'E=avancement'", &error));
	ck_assert (pst_import_options_take (options, "--colonne", "qui=pilote", &error));
	plan = import_rows ("u.xlsx", rows, G_N_ELEMENTS (rows), options, NULL);
	ck_assert_str_eq (value (plan, "Participer aux plateformes ISP", PST_FIELD_RESPONSABLE), "Lambert");
	ck_assert_double_eq (action_labelled (plan, "Participer aux plateformes ISP")->values[PST_FIELD_AVANCEMENT].number, 0.5);
	ck_assert_int_eq (column_reading (plan, 0, 2)->confiance, PST_CONFIANCE_IMPOSEE);
	pst_plan_free (plan);

	ck_assert (!pst_import_options_take (options, "--colonne", "G=vitesse", &error));
	ck_assert_ptr_nonnull (strstr (error, "rôle « vitesse » inconnu"));
	g_free (error);
	ck_assert (!pst_import_options_take (options, "--entete", "zéro", &error));
	ck_assert_ptr_nonnull (strstr (error, "--entete"));
	g_free (error);
	ck_assert (!pst_import_options_parse (options, "--feuille", &error));
	g_free (error);
	pst_import_options_free (options);
}
END_TEST

START_TEST (a_doubtful_structure_is_said)
{
	/* One flat list without objectives, and an OO holding nearly all. */
	static char const *const flat[] = {
		"Action|Statut",
		"Participer aux plateformes ISP|En cours",
		"Présenter notre Centre|Terminé",
	};
	GPtrArray *rows = g_ptr_array_new_with_free_func (g_free);
	PstPlan *plan;
	int i;

	plan = import_rows ("d.csv", flat, G_N_ELEMENTS (flat), NULL, NULL);
	ck_assert_uint_ge (plan->reading->doutes->len, 1);
	ck_assert_ptr_nonnull (strstr (g_ptr_array_index (plan->reading->doutes, 0), "sans objectif opérationnel"));
	pst_plan_free (plan);

	g_ptr_array_add (rows, g_strdup ("OO|Action"));
	for (i = 0; i < 3; i++)
		g_ptr_array_add (rows, g_strdup_printf ("OO 1.%d - Petit objectif %d|Action seule %d", i + 1, i, i));
	g_ptr_array_add (rows, g_strdup ("OO 1.4 - Grand objectif|Action 0 du grand"));
	for (i = 1; i < 30; i++)
		g_ptr_array_add (rows, g_strdup_printf ("|Action %d du grand", i));
	plan = import_rows ("d.csv", (char const *const *) rows->pdata, rows->len, NULL, NULL);
	ck_assert_uint_ge (plan->reading->doutes->len, 1);
	ck_assert_ptr_nonnull (strstr (g_ptr_array_index (plan->reading->doutes, plan->reading->doutes->len - 1),
				       "bien plus que les autres"));
	pst_plan_free (plan);
	g_ptr_array_free (rows, TRUE);
}
END_TEST

START_TEST (values_in_the_forms_people_type)
{
	static char const *const rows[] = {
		"OO|Action|Avancement|Échéance|Coût",
		"OO 1.1 - Maintenir les partenariats|Action A|70 %|juin 2022|1.500,00 €",
		"|Action B|0,7|2e semestre 2023|12 000 €",
		"|Action C|~70|fin 2024|€ 1.500",
		"|Action D|~0.7|31/12/2023|EUR 850",
	};
	static char const *const labels[] = { "Action A", "Action B", "Action C", "Action D" };
	static double const budgets[] = { 1500, 12000, 1500, 850 };
	static char const *const dates[] = { "2022-06-30", "2023-12-31", "2024-12-31", "2023-12-31" };
	PstPlan *plan = import_rows ("v.csv", rows, G_N_ELEMENTS (rows), NULL, NULL);
	gsize i;

	for (i = 0; i < G_N_ELEMENTS (labels); i++) {
		PstAction const *a = action_labelled (plan, labels[i]);
		GDate d;
		g_date_clear (&d, 1);
		g_date_set_parse (&d, dates[i]);
		ck_assert_double_eq_tol (a->values[PST_FIELD_AVANCEMENT].number, 0.7, 1e-12);
		ck_assert_double_eq (a->values[PST_FIELD_BUDGET].number, budgets[i]);
		ck_assert_int_eq (a->values[PST_FIELD_FIN].kind, PST_CELL_DATE);
		ck_assert_double_eq (a->values[PST_FIELD_FIN].number, pst_date_to_serial (&d));
	}
	pst_plan_free (plan);
}
END_TEST

START_TEST (amounts_in_thousands_and_seasons)
{
	static char const *const rows[] = {
		"OO|Action|Budget (k€)|Engagé|Échéance",
		"OO 1.1 - Partenariats|Action A|~150|12 k€|2025/26",
		"|Action B|3,2||2026-27",
	};
	PstPlan *plan = import_rows ("k.csv", rows, G_N_ELEMENTS (rows), NULL, NULL);
	PstAction const *a = action_labelled (plan, "Action A");
	GDate d;

	ck_assert_double_eq (a->values[PST_FIELD_BUDGET].number, 150000);
	ck_assert_double_eq (a->values[PST_FIELD_ENGAGE].number, 12000);
	ck_assert_double_eq_tol (action_labelled (plan, "Action B")->values[PST_FIELD_BUDGET].number, 3200, 1e-9);
	g_date_clear (&d, 1);
	g_date_set_dmy (&d, 31, 12, 2026);
	ck_assert_double_eq (a->values[PST_FIELD_FIN].number, pst_date_to_serial (&d));
	ck_assert_ptr_nonnull (strstr (column_reading (plan, 0, 2)->indice, "milliers"));
	pst_plan_free (plan);
}
END_TEST

START_TEST (the_responsable_is_who_delivers_the_action)
{
	static char const *const rows[] = {
		"OO|Action|Pilote politique|Pilote administratif|Personne de contact",
		"OO 1.1 - Partenariats|Action A|Échevine|Marie Dupont|marie.dupont@cpas.be",
	};
	static char const *const alone[] = {
		"OO|Action|Personne de contact",
		"OO 1.1 - Partenariats|Action A|Marie Dupont",
	};
	PstPlan *plan = import_rows ("p.csv", rows, G_N_ELEMENTS (rows), NULL, NULL);
	PstAction const *a = action_labelled (plan, "Action A");
	guint i;

	ck_assert_str_eq (a->values[PST_FIELD_RESPONSABLE].text, "Marie Dupont");
	/* The élu and the contact are kept under their titles. */
	ck_assert_uint_eq (plan->extra_headers->len, 2);
	for (i = 0; i < 2; i++)
		ck_assert_str_eq (g_ptr_array_index (a->extras, i), i == 0 ? "Échevine" : "marie.dupont@cpas.be");
	pst_plan_free (plan);
	/* Without another, the contact is the Responsable. */
	plan = import_rows ("c.csv", alone, G_N_ELEMENTS (alone), NULL, NULL);
	ck_assert_str_eq (action_labelled (plan, "Action A")->values[PST_FIELD_RESPONSABLE].text, "Marie Dupont");
	pst_plan_free (plan);
	ck_assert (pst_header_person_aside ("Pilote politique"));
	ck_assert (pst_header_person_aside ("E-mail du pilote"));
	ck_assert (!pst_header_person_aside ("Pilote administratif"));
	ck_assert (!pst_header_person_aside ("Responsable"));
}
END_TEST

START_TEST (a_status_and_its_progress_in_one_cell)
{
	static char const *const rows[] = {
		"OO|Action|Pilote|Statut - avancement|Échéance",
		"OO 1.1 - Partenariats|Action A|Marie Dupont|En cours - 40%|30/06/2026",
		"|Action B|Marie Dupont|100 % - Terminé|30/06/2026",
		"|Action C|Marie Dupont|En cours, 60%|30/06/2026",
		"|Action D|Marie Dupont|Suspendu / 20 %|30/06/2026",
		"|Action E|Marie Dupont|En cours (12,5 %)|30/06/2026",
		"|Action F|Marie Dupont|Non commencé|30/06/2026",
	};
	static struct { char const *label, *statut; double avancement; } const want[] = {
		{ "Action A", "EN_COURS", 0.4 }, { "Action B", "TERMINE", 1 },
		{ "Action C", "EN_COURS", 0.6 }, { "Action D", "PROBLEME", 0.2 },
		{ "Action E", "EN_COURS", 0.125 },
	};
	PstPlan *plan = import_rows ("s.csv", rows, G_N_ELEMENTS (rows), NULL, NULL);
	gsize i;

	for (i = 0; i < G_N_ELEMENTS (want); i++) {
		PstAction const *a = action_labelled (plan, want[i].label);
		ck_assert_str_eq (a->values[PST_FIELD_STATUT].text, want[i].statut);
		ck_assert_double_eq_tol (a->values[PST_FIELD_AVANCEMENT].number, want[i].avancement, 1e-9);
	}
	/* No percentage: nothing invented. */
	ck_assert_int_eq (action_labelled (plan, "Action F")->values[PST_FIELD_AVANCEMENT].kind, PST_CELL_BLANK);
	pst_plan_free (plan);
}
END_TEST

START_TEST (a_sheet_that_continues_the_plan_without_header_is_doubted)
{
	static char const *const first[] = {
		"Réf.|OS|OO|Action|Pilote|Statut|Échéance",
		"1.1.1|OS 1 - Être un CPAS juste|OO 1.1 - Maintenir les partenariats|Participer aux plateformes ISP|M. Lambert|En cours|#2026-06-30",
		"1.1.2|||Présenter le CPAS aux services de la région|Mme Collignon|Terminé|#2025-12-31",
	};
	static char const *const suite[] = {
		"2.1.1|OS 2 - Être un CPAS accessible|OO 2.1 - Simplifier l'accueil|Créer un guichet unique|Mme Gérard|En cours|#2026-06-30",
		"2.1.2|||Former les agents d'accueil|Mme Gérard|À démarrer|#2026-12-31",
		"2.1.3|||Traduire les formulaires|M. Lambert|À démarrer|#2027-06-30",
	};
	PstGrid *grid = pst_grid_new ("s.xlsx");
	PstPlan *plan;

	pst_test_add_sheet (grid, "Plan", first, G_N_ELEMENTS (first));
	pst_test_add_sheet (grid, "Plan (suite)", suite, G_N_ELEMENTS (suite));
	plan = pst_import (grid, "s");
	ck_assert_uint_eq (plan->reading->doutes->len, 1);
	ck_assert_ptr_nonnull (strstr (g_ptr_array_index (plan->reading->doutes, 0), "« Plan (suite) » a 3 lignes"));
	pst_test_nothing_lost (grid, plan);
	pst_plan_free (plan);
	pst_grid_free (grid);
}
END_TEST

START_TEST (a_sheet_giving_the_plan_at_two_dates_is_doubted)
{
	static char const *const rows[] = {
		"Année|OS|OO|Action|Statut",
		"2025|OS 1 - Être un CPAS juste|OO 1.1 - Maintenir les partenariats|Participer aux plateformes ISP|En cours",
		"2025|OS 1 - Être un CPAS juste|OO 1.1 - Maintenir les partenariats|Présenter le CPAS à la région|À démarrer",
		"2025|OS 1 - Être un CPAS juste|OO 1.1 - Maintenir les partenariats|Créer un guichet unique|À démarrer",
		"2026|OS 1 - Être un CPAS juste|OO 1.1 - Maintenir les partenariats|Participer aux plateformes ISP|Terminé",
		"2026|OS 1 - Être un CPAS juste|OO 1.1 - Maintenir les partenariats|Présenter le CPAS à la région|En cours",
		"2026|OS 1 - Être un CPAS juste|OO 1.1 - Maintenir les partenariats|Créer un guichet unique|En cours",
	};
	PstPlan *plan = import_rows ("a.xlsx", rows, G_N_ELEMENTS (rows), NULL, NULL);

	ck_assert_uint_eq (plan->reading->doutes->len, 1);
	ck_assert_ptr_nonnull (strstr (g_ptr_array_index (plan->reading->doutes, 0), "3 actions deux fois"));
	pst_plan_free (plan);
}
END_TEST

START_TEST (objectives_that_carry_an_actions_values_are_doubted)
{
	static char const *const rows[] = {
		"N°|Intitulé|Pilote|Statut|Budget",
		"1|Être un CPAS juste||",
		"1.1|Maintenir les partenariats||",
		"1.1.1|Participer aux plateformes ISP|M. Lambert|En cours|~1200",
		"1.1.2|Présenter le CPAS à la région|Mme Collignon|À démarrer|",
		"2|Être un CPAS accessible||",
		"2.1|Créer un guichet unique|Mme Gérard|En cours|~5000",
		"2.2|Former les agents d'accueil|Mme Gérard|À démarrer|",
	};
	PstPlan *plan = import_rows ("o.xlsx", rows, G_N_ELEMENTS (rows), NULL, NULL);

	ck_assert (has_doubt (plan, "2 objectif(s) sans action"));
	pst_plan_free (plan);
}
END_TEST

START_TEST (a_parents_code_beside_an_objectives_code_is_no_label)
{
	static char const *const rows[] = {
		"Code|Parent|Intitulé|Pilote|Statut",
		"OS1||Être un CPAS juste||",
		"OO1.1|OS1|Maintenir les partenariats||",
		"P1|OO1.1|Participer aux plateformes ISP|M. Lambert|En cours",
		"P2|OO1.1|Présenter le CPAS à la région|Mme Collignon|À démarrer",
	};
	PstPlan *plan = import_rows ("p.xlsx", rows, G_N_ELEMENTS (rows), NULL, NULL);

	ck_assert_str_eq (value (plan, "Participer aux plateformes ISP", PST_FIELD_OO), "Maintenir les partenariats");
	ck_assert_str_eq (value (plan, "Participer aux plateformes ISP", PST_FIELD_OS), "Être un CPAS juste");
	pst_plan_free (plan);
}
END_TEST

START_TEST (an_actions_budget_summing_its_sous_actions_is_doubted)
{
	static char const *const rows[] = {
		"N°|Intitulé|Pilote|Statut|Budget",
		"1|Être un CPAS juste||",
		"1.1|Maintenir les partenariats||",
		"1.1.1|Participer aux plateformes ISP|M. Lambert|En cours|~900",
		"1.1.1.1|Préparer les réunions|M. Lambert|En cours|~300",
		"1.1.1.2|Rédiger les comptes rendus|M. Lambert|En cours|~600",
		"1.1.2|Présenter le CPAS à la région|Mme Collignon|À démarrer|~500",
		"1.1.2.1|Réserver la salle|Mme Collignon|À démarrer|~100",
	};
	PstPlan *plan = import_rows ("t.xlsx", rows, G_N_ELEMENTS (rows), NULL, NULL);

	ck_assert (has_doubt (plan, "1 action(s) ont pour budget la somme"));
	pst_plan_free (plan);
}
END_TEST

START_TEST (an_objectives_own_amount_counted_nowhere_is_doubted)
{
	static char const *const oo_amount[] = {
		"N°|Intitulé|Pilote|Statut|Budget OO (€)",
		"1|Être un CPAS juste||",
		"1.1|Maintenir les partenariats|||~65000",
		"1.1.1|Participer aux plateformes ISP|M. Lambert|En cours|",
		"1.1.2|Présenter le CPAS à la région|Mme Collignon|À démarrer|",
	};
	static char const *const subtotal[] = {
		"N°|Intitulé|Pilote|Statut|Budget",
		"1|Être un CPAS juste|||~1500",
		"1.1|Maintenir les partenariats|||~1500",
		"1.1.1|Participer aux plateformes ISP|M. Lambert|En cours|~1000",
		"1.1.2|Présenter le CPAS à la région|Mme Collignon|À démarrer|~500",
	};
	PstPlan *plan = import_rows ("b.xlsx", oo_amount, G_N_ELEMENTS (oo_amount), NULL, NULL);

	ck_assert (has_doubt (plan, "1 objectif(s) portent sur leur ligne un montant"));
	pst_plan_free (plan);
	/* Subtotals on the objectives' rows are no doubt. */
	plan = import_rows ("s.xlsx", subtotal, G_N_ELEMENTS (subtotal), NULL, NULL);
	ck_assert_uint_eq (plan->reading->doutes->len, 0);
	pst_plan_free (plan);
}
END_TEST

START_TEST (amounts_per_year_are_summed_and_each_kept)
{
	static char const *const rows[] = {
		"OS|OO|Action|Budget prévu (€)|||Calendrier||||||",
		"|||2025|2026|2027|janv.|févr.|mars|avr.|mai|juin",
		"OS 1 - Être un CPAS juste|OO 1.1 - Maintenir les partenariats|Créer un service de petits travaux|~6000|~3000|~3000|x|x||||",
		"||Installer des systèmes de télévigilance|~750||~750||x||||",
	};
	PstPlan *plan = import_rows ("b.xlsx", rows, G_N_ELEMENTS (rows), NULL, NULL);
	PstAction const *a = action_labelled (plan, "Créer un service de petits travaux");

	ck_assert_double_eq (a->values[PST_FIELD_BUDGET].number, 12000);
	ck_assert_double_eq (action_labelled (plan, "Installer des systèmes de télévigilance")->values[PST_FIELD_BUDGET].number, 1500);
	ck_assert_uint_ge (plan->extra_headers->len, 3);
	ck_assert_uint_eq (plan->reading->doutes->len, 0);
	pst_plan_free (plan);
}
END_TEST

START_TEST (paths_letters_and_bullets_say_the_level)
{
	static char const *const path[] = {
		"Objectif / action|Responsable|Statut",
		"OS1 : Être une administration moderne||",
		"OS1 / OO1.1 : Moderniser les outils informatiques||",
		"OS1 / OO1.1 / Remplacer le logiciel des dossiers sociaux|Service social|Terminé",
		"OS1 / OO1.1 / Équiper les travailleurs sociaux d'ordinateurs|DG|En cours",
	};
	static char const *const steps[] = {
		"Code|Libellé|Pilote",
		"1|Être un CPAS juste|",
		"1.1|Maintenir les partenariats|",
		"1.1.1|Conclure une convention avec l'AIS|M. Collard",
		"1.1.1.a|Étape a : évaluer le dispositif|Mme Renard",
		"1.1.1.b|Étape b : lancer le marché|DG",
		"1.1.2|Rédiger un règlement d'occupation|Mme Gérard",
		"|- contacter les partenaires|",
		"|- rédiger le projet|",
	};
	PstPlan *plan = import_rows ("p.csv", path, G_N_ELEMENTS (path), NULL, NULL);

	ck_assert_uint_eq (pst_plan_count (plan, 1), 1);
	ck_assert_uint_eq (pst_plan_count (plan, 2), 1);
	ck_assert_uint_eq (pst_plan_count (plan, 3), 2);
	ck_assert_str_eq (value (plan, "Remplacer le logiciel des dossiers sociaux", PST_FIELD_OO),
			  "Moderniser les outils informatiques");
	ck_assert_uint_eq (plan->reading->doutes->len, 0);
	pst_plan_free (plan);

	plan = import_rows ("s.csv", steps, G_N_ELEMENTS (steps), NULL, NULL);
	ck_assert_uint_eq (pst_plan_count (plan, 3), 2);
	ck_assert_uint_eq (pst_plan_count (plan, 4), 4);
	ck_assert_str_eq (value (plan, "Étape b : lancer le marché", PST_FIELD_REF), "1.1.1.2");
	ck_assert_str_eq (value (plan, "rédiger le projet", PST_FIELD_REF), "1.1.2.2");
	pst_plan_free (plan);
}
END_TEST

START_TEST (a_summary_sheet_names_objectives_and_a_copied_sheet_is_doubted)
{
	static char const *const os1[] = {
		"OO|Action",
		"OO 1.1 - Accueillir|Refaire l'accueil du rez-de-chaussée",
	};
	static char const *const summary[] = {
		"OS 1 – Être un CPAS proche de ses usagers",
		"OO 1.1 – Améliorer l'accueil des usagers",
	};
	static char const *const year[] = {
		"OS|OO|Action",
		"OS 1 - Être juste|OO 1.1 - Partenariats|Action une",
		"||Action deux",
		"||Action trois",
	};
	PstGrid *grid = pst_grid_new ("y.xlsx");
	PstPlan *plan;

	pst_test_add_sheet (grid, "OS 1 - Proximité", os1, G_N_ELEMENTS (os1));
	pst_test_add_sheet (grid, "Synthèse", summary, G_N_ELEMENTS (summary));
	plan = pst_import (grid, "y");
	ck_assert_str_eq (value (plan, "Refaire l'accueil du rez-de-chaussée", PST_FIELD_OS),
			  "Être un CPAS proche de ses usagers");
	/* The OO had its own label: the summary does not replace it. */
	ck_assert_str_eq (value (plan, "Refaire l'accueil du rez-de-chaussée", PST_FIELD_OO), "Accueillir");
	pst_test_nothing_lost (grid, plan);
	pst_plan_free (plan);
	pst_grid_free (grid);

	grid = pst_grid_new ("y.xlsx");
	pst_test_add_sheet (grid, "2025", year, G_N_ELEMENTS (year));
	pst_test_add_sheet (grid, "2026", year, G_N_ELEMENTS (year));
	plan = pst_import (grid, "y");
	ck_assert_uint_ge (plan->reading->doutes->len, 1);
	ck_assert_ptr_nonnull (strstr (g_ptr_array_index (plan->reading->doutes, 0), "« 2026 » reprend 3 actions"));
	pst_plan_free (plan);
	pst_grid_free (grid);
}
END_TEST

START_TEST (an_export_whose_rows_name_their_parent)
{
	/* Actions first, then objectives: the order of a software export. */
	static char const *const rows[] = {
		"Type|Code|Titre|Parent|Responsable(s)|% réal.",
		"Action|A.2|Remplacer l'éclairage par des LED|OO.1|M. Hubert|~100",
		"Action|A.7|Étendre les repas à domicile au week-end|OO.3|M. Lambert|~40",
		"OO|OO.3|Soutenir le maintien à domicile|OS.2||",
		"OS|OS.2|Être un CPAS proche des aînés||",
		"OO|OO.1|Réduire la consommation d'énergie|OS.1||",
		"OS|OS.1|Être un CPAS durable||",
		"Action|A.9|Isoler les combles|OO.1|M. Lambert|~0",
	};
	PstPlan *plan = import_rows ("x.xlsx", rows, G_N_ELEMENTS (rows), NULL, NULL);

	ck_assert_uint_eq (pst_plan_count (plan, 1), 2);
	ck_assert_uint_eq (pst_plan_count (plan, 2), 2);
	ck_assert_uint_eq (pst_plan_count (plan, 3), 3);
	ck_assert_str_eq (value (plan, "Étendre les repas à domicile au week-end", PST_FIELD_OO),
			  "Soutenir le maintien à domicile");
	ck_assert_str_eq (value (plan, "Étendre les repas à domicile au week-end", PST_FIELD_OS),
			  "Être un CPAS proche des aînés");
	ck_assert_str_eq (value (plan, "Isoler les combles", PST_FIELD_OS), "Être un CPAS durable");
	ck_assert_double_eq (action_labelled (plan, "Étendre les repas à domicile au week-end")->values[PST_FIELD_AVANCEMENT].number, 0.4);
	ck_assert_uint_eq (plan->reading->doutes->len, 0);
	pst_plan_free (plan);
}
END_TEST

START_TEST (an_entity_column_and_field_rows_under_actions)
{
	static char const *const rows[] = {
		"Entité|OS|OO|Action|Avancement",
		"CPAS|OS 1 - Être un CPAS juste|OO 1.1 - Partenariats|Participer aux plateformes ISP|3/4",
		"||||",
		"Commune|OS 1 - Être une commune accueillante|OO 1.1 - Accueil|Créer un guichet unique|½",
		"|||Indicateur : nombre de visiteurs|",
		"|||Cible : 300|",
		"|||Organiser des permanences|en cours (50 %)",
	};
	PstPlan *plan = import_rows ("e.xlsx", rows, G_N_ELEMENTS (rows), NULL, NULL);
	PstAction const *guichet = action_labelled (plan, "Créer un guichet unique");

	ck_assert_uint_eq (pst_plan_count (plan, 1), 2);
	ck_assert_uint_eq (pst_plan_count (plan, 3), 3);
	ck_assert_str_eq (value (plan, "Créer un guichet unique", PST_FIELD_ENTITE), "Commune");
	ck_assert_str_eq (value (plan, "Participer aux plateformes ISP", PST_FIELD_ENTITE), "CPAS");
	ck_assert_double_eq (action_labelled (plan, "Participer aux plateformes ISP")->values[PST_FIELD_AVANCEMENT].number, 0.75);
	ck_assert_double_eq (guichet->values[PST_FIELD_AVANCEMENT].number, 0.5);
	ck_assert_str_eq (guichet->values[PST_FIELD_INDICATEUR].text, "nombre de visiteurs");
	ck_assert_double_eq (guichet->values[PST_FIELD_CIBLE].number, 300);
	ck_assert_double_eq (action_labelled (plan, "Organiser des permanences")->values[PST_FIELD_AVANCEMENT].number, 0.5);
	ck_assert_str_eq (value (plan, "Organiser des permanences", PST_FIELD_STATUT), "EN_COURS");
	/* OS 1 again in another entity is its own OS, and no doubt. */
	ck_assert_uint_eq (plan->reading->doutes->len, 0);
	pst_plan_free (plan);
}
END_TEST

START_TEST (the_reading_is_told_in_french)
{
	static char const *const rows[] = {
		"O.S.|O.O.|Projets / actions|Porteur",
		"OS 1 - Être un CPAS juste|OO 1.1 - Maintenir les partenariats|Participer aux plateformes ISP|M. Lambert",
	};
	PstPlan *plan = import_rows ("l.xlsx", rows, G_N_ELEMENTS (rows), NULL, NULL);
	char *text = pst_reading_describe (plan->reading);

	ck_assert_ptr_nonnull (strstr (text, "Feuille « PST » : en-tête ligne 1"));
	ck_assert_ptr_nonnull (strstr (text, "« Porteur » → Responsable (confiance forte"));
	ck_assert_ptr_nonnull (strstr (text, "Hiérarchie : colonnes"));
	ck_assert_ptr_nonnull (strstr (text, "Lu : 1 OS, 1 OO, 1 action"));
	ck_assert_ptr_nonnull (strstr (text, "Aucun doute"));
	g_free (text);
	pst_plan_free (plan);
}
END_TEST

Suite *
layout_suite (void)
{
	Suite *s = suite_create ("layout");
	TCase *tc = tcase_create ("core");
	tcase_add_test (tc, headers_are_read_as_people_write_them);
	tcase_add_test (tc, roles_come_from_contents_when_headers_say_nothing);
	tcase_add_test (tc, a_column_of_os_codes_is_the_os_whatever_its_header);
	tcase_add_test (tc, two_header_rows_with_groups_merged_across_and_down);
	tcase_add_test (tc, groups_written_once_axes_restarting_os_numbers_and_empty_oo);
	tcase_add_test (tc, a_niveau_column_says_each_rows_level);
	tcase_add_test (tc, indentation_alone_gives_the_levels);
	tcase_add_test (tc, fiche_blocks_become_one_action_each);
	tcase_add_test (tc, a_sheet_per_entity_is_a_plan_of_its_own);
	tcase_add_test (tc, totals_and_notes_under_a_table_are_no_objectives);
	tcase_add_test (tc, the_user_corrects_a_column_the_header_row_and_the_sheet);
	tcase_add_test (tc, a_doubtful_structure_is_said);
	tcase_add_test (tc, values_in_the_forms_people_type);
	tcase_add_test (tc, amounts_in_thousands_and_seasons);
	tcase_add_test (tc, amounts_per_year_are_summed_and_each_kept);
	tcase_add_test (tc, the_responsable_is_who_delivers_the_action);
	tcase_add_test (tc, a_status_and_its_progress_in_one_cell);
	tcase_add_test (tc, a_sheet_that_continues_the_plan_without_header_is_doubted);
	tcase_add_test (tc, a_sheet_giving_the_plan_at_two_dates_is_doubted);
	tcase_add_test (tc, objectives_that_carry_an_actions_values_are_doubted);
	tcase_add_test (tc, a_parents_code_beside_an_objectives_code_is_no_label);
	tcase_add_test (tc, an_actions_budget_summing_its_sous_actions_is_doubted);
	tcase_add_test (tc, an_objectives_own_amount_counted_nowhere_is_doubted);
	tcase_add_test (tc, paths_letters_and_bullets_say_the_level);
	tcase_add_test (tc, a_summary_sheet_names_objectives_and_a_copied_sheet_is_doubted);
	tcase_add_test (tc, an_export_whose_rows_name_their_parent);
	tcase_add_test (tc, an_entity_column_and_field_rows_under_actions);
	tcase_add_test (tc, the_reading_is_told_in_french);
	suite_add_tcase (s, tc);
	return s;
}
