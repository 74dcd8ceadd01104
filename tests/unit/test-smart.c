/* test-smart.c: SMART checks on labels from real CPAS plans. */
#include <string.h>
#include <glib.h>
#include "suites.h"
#include "smart.h"

static void
assert_full (PstSmartInput const *in, char const *expected)
{
	PstSmartResult r;
	char *letters;
	ck_assert_int_eq (pst_smart (in, &r), PST_OK);
	letters = pst_smart_letters (&r);
	ck_assert_msg (strcmp (letters, expected) == 0,
		       "\"%s\" gave %s, expected %s", in->label, letters,
		       expected);
	g_free (letters);
}

/* The label alone. */
static void
assert_smart (char const *label, char const *expected)
{
	PstSmartInput in = { .label = label };
	assert_full (&in, expected);
}

static char *
diagnostic (PstSmartInput const *in)
{
	PstSmartResult r;
	ck_assert_int_eq (pst_smart (in, &r), PST_OK);
	return pst_smart_diagnostic (&r);
}

START_TEST (the_three_labels_of_the_primer)
{
	/* doc/domain.md §8: T comes from the échéance column only. */
	assert_smart ("Augmenter à raison de 20% le nombre de conventions de "
		      "partenariat avec le milieu associatif", "SM---");
	assert_smart ("Organiser tous les 6 mois une plateforme insertion "
		      "inter-CPAS", "SM--T");
	assert_smart ("Réduire la facture énergétique de 5% à 10 % des "
		      "bâtiments du CPAS", "SM---");
}
END_TEST

START_TEST (the_imio_examples)
{
	assert_smart ("Diminuer le temps d'attente de l'usager au guichet "
		      "population de 20% dans les 12 mois", "SM--T");
	assert_smart ("Engager 2 agents pour le Service Population", "SM---");
}
END_TEST

START_TEST (a_filled_echeance_gives_t)
{
	PstSmartInput in = {
		.label = "Augmenter à raison de 20% le nombre de conventions "
			 "de partenariat avec le milieu associatif",
		.echeance = "fin 2024"
	};
	assert_full (&in, "SM--T");
	in.echeance = "1x/an";
	assert_full (&in, "SM--T");
}
END_TEST

START_TEST (every_field_filled_is_smart)
{
	PstSmartInput in = {
		.label = "Organiser une permanence juridique dans chaque village",
		.echeance = "septembre 2020",
		.indicateur = "nombre de permanences tenues",
		.responsable = "assistante sociale de référence",
		.ressources = "0,5 ETP"
	};
	PstSmartResult r;
	char *letters, *text;

	ck_assert_int_eq (pst_smart (&in, &r), PST_OK);
	letters = pst_smart_letters (&r);
	ck_assert_str_eq (letters, "SMART");
	ck_assert_int_eq (pst_smart_score (&r), 5);
	text = pst_smart_diagnostic (&r);
	ck_assert_str_eq (text, "Objectif SMART : les cinq critères sont remplis");
	g_free (letters);
	g_free (text);
}
END_TEST

START_TEST (placeholders_do_not_fill_a_field)
{
	PstSmartInput in = {
		.label = "Créer un pôle logement",
		.echeance = "à définir",
		.indicateur = "-",
		.responsable = "  ",
		.ressources = "néant"
	};
	assert_full (&in, "S----");
	in.echeance = "Dès que possible";
	in.ressources = "0";
	assert_full (&in, "S----");
}
END_TEST

START_TEST (a_lone_vague_verb_is_not_specific)
{
	PstSmartInput in = { .label = "Favoriser les parcours de formation" };
	PstSmartResult r;
	char *text;

	assert_smart ("Favoriser les parcours de formation", "-----");
	assert_smart ("Améliorer l'accueil et confortabiliser le déroulement "
		      "des entretiens sociaux", "-----");
	assert_smart ("Promouvoir davantage le service d'insertion sociale",
		      "-----");
	assert_smart ("Sensibiliser le personnel au tri des déchets", "-----");
	assert_smart ("OPTIMISER les recettes", "-----");

	ck_assert_int_eq (pst_smart (&in, &r), PST_OK);
	ck_assert_int_eq (r.reasons[PST_SMART_S], PST_SMART_VAGUE_VERB);
	text = pst_smart_diagnostic (&r);
	ck_assert_msg (g_str_has_prefix (text, "S : « favoriser » est trop vague"),
		       "diagnostic: %s", text);
	g_free (text);
}
END_TEST

START_TEST (a_vague_verb_with_a_target_is_specific)
{
	assert_smart ("Améliorer le taux de satisfaction des usagers de 10 % "
		      "d'ici 2022", "SM--T");
	assert_smart ("Promouvoir le Taxi social et étendre son utilisation de "
		      "sorte à approcher un volume d'emploi égal à +/- 1 ETP",
		      "SM-R-");
}
END_TEST

START_TEST (a_vague_verb_next_to_a_real_one_is_specific)
{
	assert_smart ("Développer et améliorer le partenariat avec INTEGRA+",
		      "S----");
	assert_smart ("Informer, sensibiliser et conseiller dans le domaine "
		      "énergétique les citoyens fragilisés", "S----");
	assert_smart ("Optimiser/mettre en œuvre les outils informatiques",
		      "S----");
}
END_TEST

START_TEST (a_vague_verb_with_an_indicator_is_specific)
{
	PstSmartInput in = {
		.label = "Favoriser les parcours de formation",
		.indicateur = "20 bénéficiaires en formation par an"
	};
	assert_full (&in, "SM---");
}
END_TEST

START_TEST (a_vague_noun_after_poursuivre_is_vague)
{
	assert_smart ("Poursuivre l'optimalisation de l'utilisation des "
		      "logiciels métiers", "-----");
	assert_smart ("Poursuivre la collaboration avec le CRAC", "S----");
	assert_smart ("Poursuivre et améliorer l'organisation d'activités "
		      "sportives", "S----");
}
END_TEST

START_TEST (state_verbs_are_not_actions)
{
	assert_smart ("Disposer d'un personnel qualifié", "-----");
	assert_smart ("Avoir une offre de logements accessibles et décents",
		      "-----");
	assert_smart ("Être actif dans la mise en place du projet", "-----");
}
END_TEST

START_TEST (etre_un_cpas_qui_fits_an_os_only)
{
	PstSmartInput in = {
		.label = "Être un CPAS qui lutte contre la pauvreté infantile"
	};
	PstSmartResult r;
	char *text;

	assert_full (&in, "-----");
	ck_assert_int_eq (pst_smart (&in, &r), PST_OK);
	ck_assert_int_eq (r.reasons[PST_SMART_S], PST_SMART_STATE);
	text = pst_smart_diagnostic (&r);
	ck_assert_msg (strstr (text, "objectif stratégique") != NULL, "%s", text);
	g_free (text);

	in.niveau = 1;
	assert_full (&in, "S----");
	in.niveau = 2;
	assert_full (&in, "-----");
	assert_smart ("Etre un CPAS soucieux de la qualité du travail", "-----");
}
END_TEST

START_TEST (nouns_are_not_verbs)
{
	assert_smart ("Mise en place d'une politique de bien-être au travail "
		      "avec Mensura", "-----");
	assert_smart ("Formation de la ligne hiérarchique aux différents "
		      "entretiens d'absentéisme", "-----");
	assert_smart ("Atelier cuisine pour les bénéficiaires", "-----");
	assert_smart ("Dossier unique de l'usager", "-----");
	assert_smart ("Centre d'accueil de jour", "-----");
}
END_TEST

START_TEST (verbs_of_every_group)
{
	assert_smart ("Établir une procédure de sensibilisation", "S----");
	assert_smart ("Etablir une procédure d'utilisation des vélos", "S----");
	assert_smart ("Répondre à l'appel à projets", "S----");
	assert_smart ("Mettre en place un groupe de travail", "S----");
	assert_smart ("Concevoir une charte", "S----");
	assert_smart ("Poursuivre la collaboration avec le CRAC", "S----");
	assert_smart ("Réduire la consommation et la facture d'eau", "S----");
	assert_smart ("Se munir d'un plan de communication interne", "S----");
	assert_smart ("S'inscrire aux plateformes logement", "S----");
}
END_TEST

START_TEST (a_lead_in_before_the_verb)
{
	assert_smart ("Pour le 31/01, établir un calendrier des marchés à "
		      "réaliser", "S---T");
	assert_smart ("Tous les trimestres réaliser une mise à jour du fichier "
		      "des stocks", "S---T");
	assert_smart ("En fonction du résultat, remplacer ou non la pompe",
		      "S----");
	assert_smart ("Pour chaque marché, se poser systématiquement les "
		      "questions suivantes", "S----");
}
END_TEST

START_TEST (numbering_before_the_label)
{
	assert_smart ("Action 3 : Créer un dépliant", "S----");
	assert_smart ("- Organiser un accompagnement post article 60", "S----");
	assert_smart ("o Etablir un rapport de faisabilité", "S----");
}
END_TEST

START_TEST (quantities)
{
	assert_smart ("Réaliser 3 desserts maison par semaine", "SM--T");
	assert_smart ("Maintenir au minimum 19h d'atelier", "SM---");
	assert_smart ("Concevoir une charte définissant cinq valeurs "
		      "fondamentales", "SM---");
	assert_smart ("Organiser au minimum un atelier par an", "SM--T");
	assert_smart ("Maintenir le rythme de minimum une visite à domicile "
		      "par an chez chaque bénéficiaire", "SM--T");
	assert_smart ("Engager un travailleur social à ½ ETP", "SM-R-");
	assert_smart ("Doubler le nombre de stages, soit une dizaine", "SM---");
}
END_TEST

START_TEST (a_percentage_with_a_non_breaking_space)
{
	assert_smart ("Réduire de 10\xc2\xa0% les impayés", "SM---");
	assert_smart ("Réduire de 10\xe2\x80\xaf% les impayés", "SM---");
	assert_smart ("Réduire de dix pour cent les impayés", "SM---");
}
END_TEST

START_TEST (what_is_no_quantity)
{
	/* An article, a year, a date, a legal reference, an ordinal. */
	assert_smart ("Créer un pôle logement", "S----");
	assert_smart ("Mettre en place la confection d'un budget en base zéro "
		      "dès le budget 2022", "S---T");
	assert_smart ("Maintenir et créer de nouveaux emplois sous le statut "
		      "article 60/article 61", "S----");
	assert_smart ("Intensifier le suivi pendant l'art. 60 § 7", "S----");
	assert_smart ("Créer des collaborations pour l'engagement d'articles "
		      "60 § 7 ou 61", "S----");
	assert_smart ("Organiser des formations communes aux agents des 2 "
		      "entités", "S----");
	/* An amount left blank. */
	assert_smart ("Réaliser de petits travaux pour un budget maximum de "
		      "... €", "S--R-");
	assert_smart ("Informatiser tous les documents de l'administration",
		      "S----");
	assert_smart ("Valider la 2e phase du projet", "S----");
	assert_smart ("Remettre le rapport le 15 octobre", "S---T");
}
END_TEST

START_TEST (deadline_phrases)
{
	assert_smart ("Réaliser un cadastre du patrimoine d'ici la fin de la "
		      "législature", "S---T");
	assert_smart ("Réaliser un cadastre du patrimoine d’ici 2021", "S---T");
	assert_smart ("Remettre le plan au plus tard le 30 juin", "S---T");
	assert_smart ("Doter le CPAS d'un budget de référence avant la "
		      "mi-législature", "S---T");
	assert_smart ("Élaborer le plan de formation pour fin 2019", "S---T");
	assert_smart ("Ouvrir le service dans les 6 mois", "SM--T");
	assert_smart ("Publier le dépliant fin juin", "S---T");
	assert_smart ("Rédiger le règlement en septembre", "S---T");
	assert_smart ("Élaborer un plan de formation — T3 2021", "S---T");
}
END_TEST

START_TEST (a_frequency_is_time_and_its_count_a_measure)
{
	assert_smart ("Alimenter trimestriellement la page des réseaux sociaux",
		      "S---T");
	assert_smart ("Organiser semestriellement des réunions conjointes des "
		      "Codirs", "S---T");
	assert_smart ("Publier, de manière bi-annuelle, un article", "S---T");
	assert_smart ("Participer chaque année aux journées portes ouvertes",
		      "S---T");
	/* "une" is an article unless something makes it a count. */
	assert_smart ("Organiser une réunion trimestrielle avec les cantonniers",
		      "S---T");
	assert_smart ("Organiser une fois par an un BBQ avec tout le personnel",
		      "SM--T");
	assert_smart ("Présenter tous les 2 ans notre Centre aux services "
		      "sociaux", "SM--T");
	assert_smart ("Aménager au moins un demi-jour par semaine pour les "
		      "courses", "SM--T");
	assert_smart ("Intensifier le suivi pendant article 60 (indicateur : "
		      "1 réunion d'évaluation / 2 mois)", "SM--T");
	assert_smart ("Organiser une permanence juridique 1x/mois", "SM--T");
}
END_TEST

START_TEST (au_quotidien_is_no_frequency)
{
	assert_smart ("Concevoir une charte à respecter dans notre action au "
		      "quotidien", "S----");
	assert_smart ("Mettre sur pied des mesures permettant de réduire les "
		      "dépenses quotidiennes", "S----");
}
END_TEST

START_TEST (a_responsible_named_in_the_label)
{
	PstSmartInput in = { .label = "Créer un dépliant", .responsable = "DG" };
	assert_full (&in, "S-A--");
	assert_smart ("Organiser une permanence juridique assurée par le "
		      "service social", "S-A--");
	assert_smart ("Faire le point sur les dossiers par l'assistante "
		      "sociale", "S-A--");
	assert_smart ("Établir un rapport de faisabilité. Qui ? DG", "S-A--");
	/* A partner is not a responsible. */
	assert_smart ("Signer un protocole de collaboration avec la Ville",
		      "S----");
	assert_smart ("Participer aux plateformes mises en place par la Ville",
		      "S----");
}
END_TEST

START_TEST (resources_named_in_the_label)
{
	PstSmartInput in = { .label = "Créer un dépliant",
			     .ressources = "500 € (article 8441/123-48)" };
	assert_full (&in, "S--R-");
	assert_smart ("Réaliser de petits travaux pour un budget maximum de "
		      "5.000 €", "SM-R-");
	assert_smart ("Organiser trois modules collectifs liés au subside "
		      "\"Participation et activation sociale\"", "SM-R-");
	assert_smart ("Engager un éducateur à mi-temps", "S--R-");
	/* A budget that is the subject is not a resource. */
	assert_smart ("Élaborer le budget de référence", "S----");
	assert_smart ("Communiquer sur le budget à tous les responsables",
		      "S----");
}
END_TEST

START_TEST (the_diagnostic_names_every_missing_letter)
{
	PstSmartInput in = { .label = "Créer un pôle logement" };
	char *text = diagnostic (&in);
	ck_assert_str_eq (text,
		"M : aucune quantité ni indicateur chiffré; "
		"A : aucun responsable ni service désigné; "
		"R : aucune ressource indiquée (budget, ETP, financement); "
		"T : aucune échéance, date, période ni fréquence");
	g_free (text);

	in.label = "Mise en place d'un pôle logement en 2021";
	in.responsable = "Service logement";
	in.ressources = "1 ETP";
	in.indicateur = "un pôle créé";
	text = diagnostic (&in);
	ck_assert_str_eq (text,
		"S : ne commence pas par un verbe d'action à l'infinitif");
	g_free (text);
}
END_TEST

START_TEST (letters_and_score)
{
	PstSmartInput in = { .label = "Organiser tous les 6 mois une plateforme "
				      "insertion inter-CPAS" };
	PstSmartResult r;
	ck_assert_int_eq (pst_smart (&in, &r), PST_OK);
	ck_assert (r.letters[PST_SMART_S]);
	ck_assert (r.letters[PST_SMART_M]);
	ck_assert (!r.letters[PST_SMART_A]);
	ck_assert (!r.letters[PST_SMART_R]);
	ck_assert (r.letters[PST_SMART_T]);
	ck_assert_int_eq (r.reasons[PST_SMART_A], PST_SMART_NO_RESPONSIBLE);
	ck_assert_int_eq (r.reasons[PST_SMART_T], PST_SMART_PRESENT);
	ck_assert_int_eq (pst_smart_score (&r), 3);
}
END_TEST

START_TEST (a_blank_label_has_nothing_to_judge)
{
	PstSmartInput in = { .label = NULL, .echeance = "2020" };
	PstSmartResult r;
	ck_assert_int_eq (pst_smart (&in, &r), PST_ERROR_NA);
	in.label = " \xc2\xa0 ";
	ck_assert_int_eq (pst_smart (&in, &r), PST_ERROR_NA);
	ck_assert_int_eq (pst_smart (NULL, &r), PST_ERROR_NA);
}
END_TEST

START_TEST (guillemets_apostrophes_and_case)
{
	assert_smart ("ÉLABORER UN PLAN DE FORMATION D’ICI FIN 2019", "S---T");
	assert_smart ("Créer un groupe de travail « TUBBE » visant à remettre "
		      "le résident au centre", "S----");
	assert_smart ("Etablir une convention « d'accueil »", "S----");
}
END_TEST

Suite *
smart_suite (void)
{
	Suite *s = suite_create ("smart");
	TCase *tc = tcase_create ("letters");
	tcase_add_test (tc, the_three_labels_of_the_primer);
	tcase_add_test (tc, the_imio_examples);
	tcase_add_test (tc, a_filled_echeance_gives_t);
	tcase_add_test (tc, every_field_filled_is_smart);
	tcase_add_test (tc, placeholders_do_not_fill_a_field);
	tcase_add_test (tc, letters_and_score);
	tcase_add_test (tc, a_blank_label_has_nothing_to_judge);
	tcase_add_test (tc, the_diagnostic_names_every_missing_letter);
	suite_add_tcase (s, tc);

	tc = tcase_create ("S");
	tcase_add_test (tc, a_lone_vague_verb_is_not_specific);
	tcase_add_test (tc, a_vague_verb_with_a_target_is_specific);
	tcase_add_test (tc, a_vague_verb_next_to_a_real_one_is_specific);
	tcase_add_test (tc, a_vague_verb_with_an_indicator_is_specific);
	tcase_add_test (tc, a_vague_noun_after_poursuivre_is_vague);
	tcase_add_test (tc, state_verbs_are_not_actions);
	tcase_add_test (tc, etre_un_cpas_qui_fits_an_os_only);
	tcase_add_test (tc, nouns_are_not_verbs);
	tcase_add_test (tc, verbs_of_every_group);
	tcase_add_test (tc, a_lead_in_before_the_verb);
	tcase_add_test (tc, numbering_before_the_label);
	tcase_add_test (tc, guillemets_apostrophes_and_case);
	suite_add_tcase (s, tc);

	tc = tcase_create ("M and T");
	tcase_add_test (tc, quantities);
	tcase_add_test (tc, a_percentage_with_a_non_breaking_space);
	tcase_add_test (tc, what_is_no_quantity);
	tcase_add_test (tc, deadline_phrases);
	tcase_add_test (tc, a_frequency_is_time_and_its_count_a_measure);
	tcase_add_test (tc, au_quotidien_is_no_frequency);
	suite_add_tcase (s, tc);

	tc = tcase_create ("A and R");
	tcase_add_test (tc, a_responsible_named_in_the_label);
	tcase_add_test (tc, resources_named_in_the_label);
	suite_add_tcase (s, tc);
	return s;
}
