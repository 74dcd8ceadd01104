/* test-verification.c: "Vérifier le plan", one test per rule. */
#include <glib.h>
#include <math.h>
#include <string.h>
#include "suites.h"
#include "import-fixtures.h"
#include "import.h"
#include "reference.h"
#include "verification.h"

/* ------------------------------------------------------------------ */
/* Plans built by hand, as the importer leaves them                    */

static PstObjective *
add_objective (PstPlan *plan, int level, char const *ref, char const *label)
{
	PstObjective *o = g_new0 (PstObjective, 1);
	o->level = level;
	o->ref = g_strdup (ref);
	o->label = g_strdup (label);
	o->entite = g_strdup (plan->entite);
	o->source = g_strdup_printf ("plan.xlsx!'PST'!A%u", plan->objectives->len + 1);
	g_ptr_array_add (plan->objectives, o);
	return o;
}

/* An action with nothing to say against it on 30/06/2024. */
static PstAction *
add_action (PstPlan *plan, char const *ref)
{
	PstAction *a = g_new0 (PstAction, 1);
	char *source = g_strdup_printf ("plan.xlsx!'PST'!A%u", plan->actions->len + 10);

	a->level = pst_ref_depth (ref) >= 4 ? 4 : 3;
	a->extras = g_ptr_array_new_with_free_func (g_free);
	pst_test_set_text (a, PST_FIELD_ENTITE, plan->entite);
	pst_test_set_text (a, PST_FIELD_REF, ref);
	pst_test_set_text (a, PST_FIELD_ACTION, "Organiser 4 ateliers d’insertion par an");
	pst_test_set_text (a, PST_FIELD_SERVICE, "Insertion");
	pst_test_set_text (a, PST_FIELD_RESPONSABLE, "Mme Collignon");
	pst_test_set_date (a, PST_FIELD_DEBUT, 1, 1, 2024);
	pst_test_set_date (a, PST_FIELD_FIN, 31, 12, 2024);
	pst_test_set_text (a, PST_FIELD_STATUT, "EN_COURS");
	pst_test_set_number (a, PST_FIELD_AVANCEMENT, 0.5);
	pst_test_set_text (a, PST_FIELD_ARTICLE, "8320/123-16");
	pst_test_set_number (a, PST_FIELD_BUDGET, 1000);
	pst_test_set_number (a, PST_FIELD_ENGAGE, 400);
	pst_test_set_text (a, PST_FIELD_INDICATEUR, "Nombre d’ateliers organisés");
	pst_test_set_text (a, PST_FIELD_SOURCE, source);
	g_free (source);
	g_ptr_array_add (plan->actions, a);
	return a;
}

static PstAction *
action (PstPlan *plan, guint i)
{
	return g_ptr_array_index (plan->actions, i);
}

/* OS 1, OO 1.1 and its actions 1.1.1 and 1.1.2: no finding at all. */
static PstPlan *
clean_plan (void)
{
	PstPlan *plan = pst_plan_new ("CPAS de Virton");
	add_objective (plan, 1, "1", "Être un CPAS accessible");
	add_objective (plan, 2, "1.1", "Accueillir 100 personnes de plus par an");
	add_action (plan, "1.1.1");
	add_action (plan, "1.1.2");
	return plan;
}

static GDate today;

static GPtrArray *
verify (PstPlan const *plan)
{
	return pst_plan_verify (plan, &today);
}

static PstFinding const *
find (GPtrArray const *findings, char const *rule, char const *ref)
{
	guint i;
	for (i = 0; i < findings->len; i++) {
		PstFinding const *f = g_ptr_array_index (findings, i);
		if (strcmp (f->regle, rule) == 0 && (ref == NULL || strcmp (f->ref, ref) == 0))
			return f;
	}
	return NULL;
}

static guint
count_rule (GPtrArray const *findings, char const *rule)
{
	guint i, n = 0;
	for (i = 0; i < findings->len; i++)
		if (strcmp (((PstFinding *) g_ptr_array_index (findings, i))->regle, rule) == 0)
			n++;
	return n;
}

static char *
describe (GPtrArray const *findings)
{
	GString *s = g_string_new (NULL);
	guint i;
	for (i = 0; i < findings->len; i++) {
		PstFinding const *f = g_ptr_array_index (findings, i);
		g_string_append_printf (s, "\n  %s %s %s: %s", pst_gravite_word (f->gravite),
					f->ref, f->regle, f->message);
	}
	return g_string_free (s, FALSE);
}

/* @plan has the finding @rule on @ref with @gravite; freed with @plan. */
static PstFinding *
expect (PstPlan *plan, char const *rule, char const *ref, PstGravite gravite,
	GPtrArray **out)
{
	GPtrArray *findings = verify (plan);
	PstFinding const *f = find (findings, rule, ref);
	char *all = describe (findings);

	ck_assert_msg (f != NULL, "no « %s » on %s among:%s", rule, ref, all);
	ck_assert_msg (f->gravite == gravite, "« %s » on %s is %s, expected %s", rule, ref,
		       pst_gravite_word (f->gravite), pst_gravite_word (gravite));
	g_free (all);
	*out = findings;
	return (PstFinding *) f;
}

/* The clean plan does not trip @rule: the check can tell. */
static void
clean_plan_lacks (char const *rule)
{
	PstPlan *plan = clean_plan ();
	GPtrArray *findings = verify (plan);
	ck_assert_msg (count_rule (findings, rule) == 0, "clean plan has « %s »", rule);
	g_ptr_array_free (findings, TRUE);
	pst_plan_free (plan);
}

static void
lacks (PstPlan *plan, char const *rule)
{
	GPtrArray *findings = verify (plan);
	char *all = describe (findings);
	ck_assert_msg (count_rule (findings, rule) == 0, "unexpected « %s »:%s", rule, all);
	g_free (all);
	g_ptr_array_free (findings, TRUE);
}

static void
setup (void)
{
	g_date_clear (&today, 1);
	g_date_set_dmy (&today, 30, 6, 2024);
}

/* ------------------------------------------------------------------ */

START_TEST (a_clean_plan_has_no_finding)
{
	PstPlan *plan = clean_plan ();
	GPtrArray *findings = verify (plan);
	char *all = describe (findings);
	char *summary = pst_findings_summary (findings);

	ck_assert_msg (findings->len == 0, "findings:%s", all);
	ck_assert_str_eq (summary, "Aucun problème détecté.");
	g_free (summary);
	g_free (all);
	g_ptr_array_free (findings, TRUE);
	pst_plan_free (plan);
}
END_TEST

START_TEST (an_action_that_is_not_smart)
{
	PstPlan *plan = clean_plan ();
	GPtrArray *findings;
	PstFinding *f;

	pst_test_set_text (action (plan, 1), PST_FIELD_ACTION, "Améliorer l’accueil");
	pst_test_set_text (action (plan, 1), PST_FIELD_INDICATEUR, NULL);
	f = expect (plan, "Action non SMART", "1.1.2", PST_GRAVITE_AVERTISSEMENT, &findings);
	ck_assert_str_eq (f->libelle, "Améliorer l’accueil");
	ck_assert_str_eq (f->source, "plan.xlsx!'PST'!A11");
	ck_assert_msg (strstr (f->message, "« améliorer »") != NULL, "%s", f->message);
	ck_assert_msg (strstr (f->message, "SMART --ART") != NULL, "%s", f->message);
	ck_assert_uint_eq (count_rule (findings, "Action non SMART"), 1);
	g_ptr_array_free (findings, TRUE);
	pst_plan_free (plan);
	clean_plan_lacks ("Action non SMART");
}
END_TEST

START_TEST (smart_reads_the_fields_of_the_smart_column)
{
	PstPlan *plan = clean_plan ();
	GPtrArray *findings;
	PstFinding *f;

	/* This label says neither when nor who: the échéance and the
	 * responsable come from their columns. */
	pst_test_set_text (action (plan, 0), PST_FIELD_ACTION, "Organiser 4 ateliers d’insertion");
	lacks (plan, "Action non SMART");
	pst_test_set_text (action (plan, 0), PST_FIELD_FIN, NULL);
	pst_test_set_text (action (plan, 0), PST_FIELD_RESPONSABLE, NULL);
	f = expect (plan, "Action non SMART", "1.1.1", PST_GRAVITE_AVERTISSEMENT, &findings);
	ck_assert_msg (strstr (f->message, "SMART SM-R-") != NULL, "%s", f->message);
	g_ptr_array_free (findings, TRUE);
	pst_plan_free (plan);
}
END_TEST

START_TEST (missing_only_who_or_means_is_a_remark)
{
	PstPlan *plan = clean_plan ();
	GPtrArray *findings;
	PstFinding *f;

	pst_test_set_text (action (plan, 0), PST_FIELD_BUDGET, NULL);
	f = expect (plan, "Action non SMART", "1.1.1", PST_GRAVITE_INFO, &findings);
	ck_assert_str_eq (f->message, "SMART SMA-T — R : aucune ressource indiquée "
			  "(budget, ETP, financement).");
	g_ptr_array_free (findings, TRUE);
	/* T missing as well: to look at. */
	pst_test_set_text (action (plan, 0), PST_FIELD_ACTION, "Organiser 4 ateliers d’insertion");
	pst_test_set_text (action (plan, 0), PST_FIELD_FIN, NULL);
	expect (plan, "Action non SMART", "1.1.1", PST_GRAVITE_AVERTISSEMENT, &findings);
	g_ptr_array_free (findings, TRUE);
	pst_plan_free (plan);
}
END_TEST

START_TEST (an_action_without_label)
{
	PstPlan *plan = clean_plan ();
	GPtrArray *findings;

	pst_test_set_text (action (plan, 0), PST_FIELD_ACTION, "  ");
	expect (plan, "Libellé manquant", "1.1.1", PST_GRAVITE_AVERTISSEMENT, &findings);
	ck_assert_uint_eq (count_rule (findings, "Action non SMART"), 0);
	g_ptr_array_free (findings, TRUE);
	pst_plan_free (plan);
	clean_plan_lacks ("Libellé manquant");
}
END_TEST

START_TEST (a_start_after_the_end)
{
	PstPlan *plan = clean_plan ();
	GPtrArray *findings;
	PstFinding *f;

	pst_test_set_date (action (plan, 0), PST_FIELD_DEBUT, 1, 3, 2025);
	f = expect (plan, "Début après l’échéance", "1.1.1", PST_GRAVITE_ERREUR, &findings);
	ck_assert_str_eq (f->message, "Début le 01/03/2025, après l’échéance du 31/12/2024.");
	g_ptr_array_free (findings, TRUE);
	/* The same day is a one-day milestone, not an error. */
	pst_test_set_date (action (plan, 0), PST_FIELD_DEBUT, 31, 12, 2024);
	lacks (plan, "Début après l’échéance");
	pst_plan_free (plan);
	clean_plan_lacks ("Début après l’échéance");
}
END_TEST

START_TEST (a_late_action)
{
	PstPlan *plan = clean_plan ();
	GPtrArray *findings;
	PstFinding *f;

	pst_test_set_date (action (plan, 0), PST_FIELD_FIN, 31, 3, 2024);
	f = expect (plan, "Échéance dépassée", "1.1.1", PST_GRAVITE_AVERTISSEMENT, &findings);
	ck_assert_str_eq (f->message, "Échéance du 31/03/2024 dépassée de 91 jours ; "
			  "statut en cours, avancement 50 %.");
	g_ptr_array_free (findings, TRUE);

	/* Finished, cancelled or at 100 %: not late. */
	pst_test_set_text (action (plan, 0), PST_FIELD_STATUT, "TERMINE");
	pst_test_set_number (action (plan, 0), PST_FIELD_AVANCEMENT, 1);
	lacks (plan, "Échéance dépassée");
	pst_test_set_text (action (plan, 0), PST_FIELD_STATUT, "abandonné");
	lacks (plan, "Échéance dépassée");
	pst_test_set_text (action (plan, 0), PST_FIELD_STATUT, NULL);
	lacks (plan, "Échéance dépassée");

	/* Without a status or a progress it is late all the same. */
	pst_test_set_text (action (plan, 0), PST_FIELD_AVANCEMENT, NULL);
	f = expect (plan, "Échéance dépassée", "1.1.1", PST_GRAVITE_AVERTISSEMENT, &findings);
	ck_assert_msg (g_str_has_suffix (f->message, "; sans statut, sans avancement."), "%s", f->message);
	g_ptr_array_free (findings, TRUE);

	/* The end day itself is not past. */
	pst_test_set_text (action (plan, 0), PST_FIELD_STATUT, "EN_COURS");
	pst_test_set_date (action (plan, 0), PST_FIELD_FIN, 30, 6, 2024);
	lacks (plan, "Échéance dépassée");
	pst_test_set_date (action (plan, 0), PST_FIELD_FIN, 29, 6, 2024);
	f = expect (plan, "Échéance dépassée", "1.1.1", PST_GRAVITE_AVERTISSEMENT, &findings);
	ck_assert_msg (strstr (f->message, "dépassée de 1 jour ;") != NULL, "%s", f->message);
	g_ptr_array_free (findings, TRUE);
	pst_plan_free (plan);
	clean_plan_lacks ("Échéance dépassée");
}
END_TEST

START_TEST (a_start_passed_on_an_action_not_begun)
{
	PstPlan *plan = clean_plan ();
	GPtrArray *findings;
	PstFinding *f;

	pst_test_set_text (action (plan, 0), PST_FIELD_STATUT, "NON_COMMENCE");
	pst_test_set_number (action (plan, 0), PST_FIELD_AVANCEMENT, 0);
	f = expect (plan, "Démarrage en retard", "1.1.1", PST_GRAVITE_INFO, &findings);
	ck_assert_str_eq (f->message, "Début prévu le 01/01/2024, mais l’action n’est pas commencée.");
	g_ptr_array_free (findings, TRUE);
	/* A late action is reported as late only. */
	pst_test_set_date (action (plan, 0), PST_FIELD_FIN, 1, 2, 2024);
	lacks (plan, "Démarrage en retard");
	/* Not begun, and not due to begin. */
	pst_test_set_date (action (plan, 0), PST_FIELD_DEBUT, 1, 9, 2024);
	pst_test_set_date (action (plan, 0), PST_FIELD_FIN, 31, 12, 2024);
	lacks (plan, "Démarrage en retard");
	pst_plan_free (plan);
	clean_plan_lacks ("Démarrage en retard");
}
END_TEST

START_TEST (a_progress_outside_0_to_100)
{
	PstPlan *plan = clean_plan ();
	GPtrArray *findings;
	PstFinding *f;

	pst_test_set_number (action (plan, 1), PST_FIELD_AVANCEMENT, 1.4);
	f = expect (plan, "Avancement hors de 0 à 100 %", "1.1.2", PST_GRAVITE_ERREUR, &findings);
	ck_assert_str_eq (f->message, "Avancement de 140 % : un avancement va de 0 à 100 %.");
	/* Out of range, it says nothing of the status. */
	ck_assert_uint_eq (count_rule (findings, "Avancement complet, statut non terminé"), 0);
	g_ptr_array_free (findings, TRUE);
	pst_test_set_number (action (plan, 1), PST_FIELD_AVANCEMENT, -0.1);
	f = expect (plan, "Avancement hors de 0 à 100 %", "1.1.2", PST_GRAVITE_ERREUR, &findings);
	ck_assert_str_eq (f->message, "Avancement de -10 % : un avancement va de 0 à 100 %.");
	g_ptr_array_free (findings, TRUE);
	/* 50 typed in a column of fractions. */
	pst_test_set_number (action (plan, 1), PST_FIELD_AVANCEMENT, 50);
	f = expect (plan, "Avancement hors de 0 à 100 %", "1.1.2", PST_GRAVITE_ERREUR, &findings);
	ck_assert_str_eq (f->message, "Avancement de 5000 % : un avancement va de 0 à 100 % "
			  "(pour 50 %, écrivez 50 % ou la fraction).");
	g_ptr_array_free (findings, TRUE);
	/* 100 % read back from a cell. */
	pst_test_set_number (action (plan, 1), PST_FIELD_AVANCEMENT, 0.1 * 3 / 0.3);
	lacks (plan, "Avancement hors de 0 à 100 %");
	pst_plan_free (plan);
	clean_plan_lacks ("Avancement hors de 0 à 100 %");
}
END_TEST

START_TEST (finished_with_a_progress_under_100)
{
	PstPlan *plan = clean_plan ();
	GPtrArray *findings;
	PstFinding *f;

	pst_test_set_text (action (plan, 0), PST_FIELD_STATUT, "TERMINE");
	pst_test_set_number (action (plan, 0), PST_FIELD_AVANCEMENT, 0.6);
	f = expect (plan, "Terminée mais avancement incomplet", "1.1.1",
		    PST_GRAVITE_AVERTISSEMENT, &findings);
	ck_assert_msg (strstr (f->message, "avancement de 60 %") != NULL, "%s", f->message);
	g_ptr_array_free (findings, TRUE);
	pst_test_set_number (action (plan, 0), PST_FIELD_AVANCEMENT, 1);
	lacks (plan, "Terminée mais avancement incomplet");
	/* Finished with no progress given: it counts 100 %, nothing to say. */
	pst_test_set_text (action (plan, 0), PST_FIELD_AVANCEMENT, NULL);
	lacks (plan, "Terminée mais avancement incomplet");
	pst_plan_free (plan);
	clean_plan_lacks ("Terminée mais avancement incomplet");
}
END_TEST

START_TEST (a_progress_of_100_with_another_status)
{
	PstPlan *plan = clean_plan ();
	GPtrArray *findings;
	PstFinding *f;

	pst_test_set_number (action (plan, 1), PST_FIELD_AVANCEMENT, 1);
	f = expect (plan, "Avancement complet, statut non terminé", "1.1.2",
		    PST_GRAVITE_AVERTISSEMENT, &findings);
	ck_assert_str_eq (f->message, "Avancement de 100 % mais statut en cours.");
	g_ptr_array_free (findings, TRUE);
	/* No status at all: a remark. */
	pst_test_set_text (action (plan, 1), PST_FIELD_STATUT, NULL);
	expect (plan, "Avancement complet, statut non terminé", "1.1.2", PST_GRAVITE_INFO, &findings);
	g_ptr_array_free (findings, TRUE);
	pst_test_set_text (action (plan, 1), PST_FIELD_STATUT, "terminé");
	lacks (plan, "Avancement complet, statut non terminé");
	pst_plan_free (plan);
	clean_plan_lacks ("Avancement complet, statut non terminé");
}
END_TEST

START_TEST (not_started_but_progressed)
{
	PstPlan *plan = clean_plan ();
	GPtrArray *findings;

	pst_test_set_text (action (plan, 0), PST_FIELD_STATUT, "NON_COMMENCE");
	pst_test_set_number (action (plan, 0), PST_FIELD_AVANCEMENT, 0.25);
	expect (plan, "Non commencée mais avancée", "1.1.1", PST_GRAVITE_AVERTISSEMENT, &findings);
	g_ptr_array_free (findings, TRUE);
	pst_test_set_number (action (plan, 0), PST_FIELD_AVANCEMENT, 0);
	lacks (plan, "Non commencée mais avancée");
	pst_plan_free (plan);
	clean_plan_lacks ("Non commencée mais avancée");
}
END_TEST

START_TEST (an_action_without_pilote)
{
	PstPlan *plan = clean_plan ();
	GPtrArray *findings;
	PstFinding *f;

	pst_test_set_text (action (plan, 0), PST_FIELD_RESPONSABLE, "à définir");
	pst_test_set_text (action (plan, 0), PST_FIELD_SERVICE, NULL);
	expect (plan, "Responsable manquant", "1.1.1", PST_GRAVITE_AVERTISSEMENT, &findings);
	g_ptr_array_free (findings, TRUE);
	/* A service but nobody named: a remark. */
	pst_test_set_text (action (plan, 0), PST_FIELD_SERVICE, "Service social");
	f = expect (plan, "Responsable manquant", "1.1.1", PST_GRAVITE_INFO, &findings);
	ck_assert_msg (strstr (f->message, "« Service social »") != NULL, "%s", f->message);
	g_ptr_array_free (findings, TRUE);
	/* Cancelled: nobody needs to carry it. */
	pst_test_set_text (action (plan, 0), PST_FIELD_SERVICE, NULL);
	pst_test_set_text (action (plan, 0), PST_FIELD_STATUT, "ANNULE_ABANDONNE");
	lacks (plan, "Responsable manquant");
	pst_plan_free (plan);
	clean_plan_lacks ("Responsable manquant");
}
END_TEST

START_TEST (a_budget_without_article)
{
	PstPlan *plan = clean_plan ();
	GPtrArray *findings;
	PstFinding *f;

	pst_test_set_text (action (plan, 1), PST_FIELD_ARTICLE, NULL);
	pst_test_set_number (action (plan, 1), PST_FIELD_BUDGET, 12500);
	f = expect (plan, "Budget sans article", "1.1.2", PST_GRAVITE_AVERTISSEMENT, &findings);
	ck_assert_msg (strstr (f->message, "Budget de 12 500 € sans article") != NULL, "%s", f->message);
	g_ptr_array_free (findings, TRUE);
	/* No money, no article needed. */
	pst_test_set_number (action (plan, 1), PST_FIELD_BUDGET, 0);
	pst_test_set_number (action (plan, 1), PST_FIELD_ENGAGE, 0);
	lacks (plan, "Budget sans article");
	pst_plan_free (plan);
	clean_plan_lacks ("Budget sans article");
}
END_TEST

START_TEST (an_article_that_is_no_article)
{
	PstPlan *plan = clean_plan ();
	GPtrArray *findings;
	PstFinding *f;

	pst_test_set_text (action (plan, 0), PST_FIELD_ARTICLE, "xxx/wal-13.2019");
	f = expect (plan, "Article budgétaire invalide", "1.1.1", PST_GRAVITE_ERREUR, &findings);
	ck_assert_msg (strstr (f->message, "« xxx/wal-13.2019 »") != NULL, "%s", f->message);
	ck_assert_uint_eq (count_rule (findings, "Code économique inconnu"), 0);
	g_ptr_array_free (findings, TRUE);
	pst_plan_free (plan);
	clean_plan_lacks ("Article budgétaire invalide");
}
END_TEST

START_TEST (an_article_with_an_unknown_economic_code)
{
	PstPlan *plan = clean_plan ();
	GPtrArray *findings;
	PstFinding *f;

	pst_test_set_text (action (plan, 0), PST_FIELD_ARTICLE, "104/123-47");
	f = expect (plan, "Code économique inconnu", "1.1.1", PST_GRAVITE_AVERTISSEMENT, &findings);
	ck_assert_str_eq (f->message, "Article 104/123-47 : le code économique 123-47 "
			  "n’est pas dans la classification.");
	ck_assert_uint_eq (count_rule (findings, "Article budgétaire invalide"), 0);
	g_ptr_array_free (findings, TRUE);
	pst_test_set_text (action (plan, 0), PST_FIELD_ARTICLE, "104/123-48");
	lacks (plan, "Code économique inconnu");
	pst_plan_free (plan);
	clean_plan_lacks ("Code économique inconnu");
}
END_TEST

START_TEST (spending_above_the_budget)
{
	PstPlan *plan = clean_plan ();
	GPtrArray *findings;
	PstFinding *f;

	pst_test_set_number (action (plan, 1), PST_FIELD_ENGAGE, 1250.5);
	f = expect (plan, "Engagé supérieur au budget", "1.1.2", PST_GRAVITE_AVERTISSEMENT, &findings);
	ck_assert_str_eq (f->message, "Engagé de 1 250,5 € pour un budget de 1 000 €.");
	g_ptr_array_free (findings, TRUE);
	pst_test_set_text (action (plan, 1), PST_FIELD_BUDGET, NULL);
	f = expect (plan, "Engagé supérieur au budget", "1.1.2", PST_GRAVITE_AVERTISSEMENT, &findings);
	ck_assert_str_eq (f->message, "Engagé de 1 250,5 € sans budget prévu.");
	g_ptr_array_free (findings, TRUE);
	/* Exactly the budget is no overspend. */
	pst_test_set_number (action (plan, 1), PST_FIELD_BUDGET, 1250.5);
	lacks (plan, "Engagé supérieur au budget");
	pst_plan_free (plan);
	clean_plan_lacks ("Engagé supérieur au budget");
}
END_TEST

START_TEST (a_negative_amount)
{
	PstPlan *plan = clean_plan ();
	GPtrArray *findings;

	pst_test_set_number (action (plan, 0), PST_FIELD_ENGAGE, -300);
	expect (plan, "Montant négatif", "1.1.1", PST_GRAVITE_ERREUR, &findings);
	g_ptr_array_free (findings, TRUE);
	pst_test_set_number (action (plan, 0), PST_FIELD_ENGAGE, 300);
	pst_test_set_number (action (plan, 0), PST_FIELD_BUDGET, -1000);
	expect (plan, "Montant négatif", "1.1.1", PST_GRAVITE_ERREUR, &findings);
	/* A negative budget makes no overspend on top. */
	ck_assert_uint_eq (count_rule (findings, "Engagé supérieur au budget"), 0);
	g_ptr_array_free (findings, TRUE);
	pst_plan_free (plan);
	clean_plan_lacks ("Montant négatif");
}
END_TEST

START_TEST (a_reference_used_twice)
{
	PstPlan *plan = clean_plan ();
	GPtrArray *findings;
	PstFinding *f;

	add_action (plan, "1.1.1");
	f = expect (plan, "Référence en double", "1.1.1", PST_GRAVITE_ERREUR, &findings);
	/* The second one is reported, naming the first. */
	ck_assert_str_eq (f->source, "plan.xlsx!'PST'!A12");
	ck_assert_msg (strstr (f->message, "plan.xlsx!'PST'!A10") != NULL, "%s", f->message);
	ck_assert_uint_eq (count_rule (findings, "Référence en double"), 1);
	g_ptr_array_free (findings, TRUE);
	pst_plan_free (plan);
	clean_plan_lacks ("Référence en double");
}
END_TEST

START_TEST (objectives_without_action)
{
	PstPlan *plan = clean_plan ();
	GPtrArray *findings;
	PstFinding *f;

	add_objective (plan, 2, "1.2", "Former 10 agents");
	add_objective (plan, 1, "2", "Être un CPAS durable");
	f = expect (plan, "Objectif sans action", "1.2", PST_GRAVITE_AVERTISSEMENT, &findings);
	ck_assert_str_eq (f->libelle, "Former 10 agents");
	ck_assert_str_eq (f->message, "L’objectif opérationnel 1.2 n’a aucune action.");
	f = (PstFinding *) find (findings, "Objectif sans action", "2");
	ck_assert (f != NULL);
	ck_assert_str_eq (f->message, "L’objectif stratégique 2 n’a ni objectif opérationnel ni action.");
	/* OS 1 has actions; an OS whose OO are empty is told through them. */
	ck_assert (find (findings, "Objectif sans action", "1") == NULL);
	ck_assert (find (findings, "Objectif sans action", "1.1") == NULL);
	ck_assert_uint_eq (count_rule (findings, "Objectif sans action"), 2);
	g_ptr_array_free (findings, TRUE);
	add_objective (plan, 2, "2.1", "Réduire de 10 % la consommation d’énergie");
	expect (plan, "Objectif sans action", "2.1", PST_GRAVITE_AVERTISSEMENT, &findings);
	ck_assert (find (findings, "Objectif sans action", "2") == NULL);
	g_ptr_array_free (findings, TRUE);
	pst_plan_free (plan);
	clean_plan_lacks ("Objectif sans action");
}
END_TEST

START_TEST (an_action_under_an_unknown_oo)
{
	PstPlan *plan = clean_plan ();
	GPtrArray *findings;
	PstFinding *f;

	add_action (plan, "1.3.1");
	f = expect (plan, "Objectif opérationnel inconnu", "1.3.1", PST_GRAVITE_ERREUR, &findings);
	ck_assert_msg (strstr (f->message, "L’objectif opérationnel 1.3 ") != NULL, "%s", f->message);
	ck_assert_uint_eq (count_rule (findings, "Objectif opérationnel inconnu"), 1);
	g_ptr_array_free (findings, TRUE);
	pst_plan_free (plan);
	clean_plan_lacks ("Objectif opérationnel inconnu");
}
END_TEST

START_TEST (a_column_naming_another_objective)
{
	PstPlan *plan = clean_plan ();
	GPtrArray *findings;
	PstFinding *f;

	add_objective (plan, 2, "1.2", "Former 10 agents");
	pst_test_set_text (action (plan, 0), PST_FIELD_REF_OO, "1.2");
	pst_test_set_text (action (plan, 0), PST_FIELD_REF_OS, "O.S. 1");
	f = expect (plan, "Référence hors de son objectif", "1.1.1", PST_GRAVITE_ERREUR, &findings);
	ck_assert_msg (strstr (f->message, "Réf. OO dit « 1.2 »") != NULL, "%s", f->message);
	/* "O.S. 1" is OS 1, written otherwise. */
	ck_assert_uint_eq (count_rule (findings, "Référence hors de son objectif"), 1);
	g_ptr_array_free (findings, TRUE);
	pst_test_set_text (action (plan, 0), PST_FIELD_REF_OO, "1.1");
	lacks (plan, "Référence hors de son objectif");
	pst_plan_free (plan);
	clean_plan_lacks ("Référence hors de son objectif");
}
END_TEST

START_TEST (a_sous_action_without_its_action)
{
	PstPlan *plan = clean_plan ();
	GPtrArray *findings;

	add_action (plan, "1.1.1.1");
	add_action (plan, "1.1.5.1");
	expect (plan, "Sous-action sans action", "1.1.5.1", PST_GRAVITE_AVERTISSEMENT, &findings);
	ck_assert (find (findings, "Sous-action sans action", "1.1.1.1") == NULL);
	g_ptr_array_free (findings, TRUE);
	pst_plan_free (plan);
	clean_plan_lacks ("Sous-action sans action");
}
END_TEST

START_TEST (an_action_without_a_usable_reference)
{
	PstPlan *plan = clean_plan ();
	GPtrArray *findings;

	pst_test_set_text (action (plan, 0), PST_FIELD_REF, NULL);
	pst_test_set_text (action (plan, 1), PST_FIELD_REF, "1.1");
	expect (plan, "Référence manquante", "", PST_GRAVITE_ERREUR, &findings);
	g_ptr_array_free (findings, TRUE);
	expect (plan, "Référence invalide", "1.1", PST_GRAVITE_ERREUR, &findings);
	/* Neither can be placed: no objective is looked for. */
	ck_assert_uint_eq (count_rule (findings, "Objectif opérationnel inconnu"), 0);
	g_ptr_array_free (findings, TRUE);
	pst_plan_free (plan);
	clean_plan_lacks ("Référence manquante");
	clean_plan_lacks ("Référence invalide");
}
END_TEST

START_TEST (a_plan_without_actions)
{
	PstPlan *plan = pst_plan_new ("Vide");
	GPtrArray *findings;

	expect (plan, "Plan sans action", "", PST_GRAVITE_AVERTISSEMENT, &findings);
	ck_assert_uint_eq (findings->len, 1);
	g_ptr_array_free (findings, TRUE);
	pst_plan_free (plan);
	clean_plan_lacks ("Plan sans action");
}
END_TEST

START_TEST (errors_come_first_then_references_in_order)
{
	PstPlan *plan = clean_plan ();
	GPtrArray *findings;
	char const *expected[][3] = {
		{ "erreur", "1.1.2", "Montant négatif" },
		{ "erreur", "1.1.10", "Avancement hors de 0 à 100 %" },
		{ "avertissement", "1.1.1", "Budget sans article" },
		{ "avertissement", "1.1.10", "Responsable manquant" },
		{ "info", "1.1.10", "Action non SMART" },
	};
	guint i, counts[PST_GRAVITE_ERREUR + 1];
	char *summary;

	add_action (plan, "1.1.10");
	pst_test_set_number (action (plan, 2), PST_FIELD_AVANCEMENT, 2);
	pst_test_set_text (action (plan, 2), PST_FIELD_RESPONSABLE, NULL);
	pst_test_set_text (action (plan, 2), PST_FIELD_SERVICE, NULL);
	pst_test_set_number (action (plan, 1), PST_FIELD_BUDGET, -5);
	pst_test_set_text (action (plan, 0), PST_FIELD_ARTICLE, NULL);
	findings = verify (plan);
	ck_assert_uint_eq (findings->len, G_N_ELEMENTS (expected));
	for (i = 0; i < G_N_ELEMENTS (expected); i++) {
		PstFinding const *f = g_ptr_array_index (findings, i);
		ck_assert_str_eq (pst_gravite_word (f->gravite), expected[i][0]);
		ck_assert_str_eq (f->ref, expected[i][1]);
		ck_assert_str_eq (f->regle, expected[i][2]);
	}
	pst_findings_count (findings, counts);
	ck_assert_uint_eq (counts[PST_GRAVITE_ERREUR], 2);
	ck_assert_uint_eq (counts[PST_GRAVITE_AVERTISSEMENT], 2);
	ck_assert_uint_eq (counts[PST_GRAVITE_INFO], 1);
	summary = pst_findings_summary (findings);
	ck_assert_str_eq (summary, "2 erreurs, 2 avertissements, 1 info");
	g_free (summary);
	g_ptr_array_free (findings, TRUE);
	pst_plan_free (plan);
}
END_TEST

START_TEST (a_cancelled_action_need_not_be_smart)
{
	PstPlan *plan = clean_plan ();

	pst_test_set_text (action (plan, 0), PST_FIELD_ACTION, "Favoriser la mobilité");
	pst_test_set_text (action (plan, 0), PST_FIELD_STATUT, "ANNULE_ABANDONNE");
	lacks (plan, "Action non SMART");
	pst_plan_free (plan);
}
END_TEST

START_TEST (entities_of_a_consolidation_are_apart)
{
	PstPlan *plan = clean_plan ();
	PstObjective *o;
	PstAction *a;
	GPtrArray *findings;
	PstFinding *f;

	/* Burdinne's 1.1.1 is no duplicate of Virton's… */
	o = add_objective (plan, 1, "1", "Être un CPAS accueillant");
	g_free (o->entite);
	o->entite = g_strdup ("CPAS de Burdinne");
	a = add_action (plan, "1.1.1");
	pst_test_set_text (a, PST_FIELD_ENTITE, "CPAS de Burdinne");
	findings = verify (plan);
	ck_assert_uint_eq (count_rule (findings, "Référence en double"), 0);
	/* …but Burdinne has no OO 1.1, and its findings say whose they are. */
	f = (PstFinding *) find (findings, "Objectif opérationnel inconnu", "CPAS de Burdinne:1.1.1");
	ck_assert (f != NULL);
	ck_assert_int_eq (f->gravite, PST_GRAVITE_ERREUR);
	ck_assert (find (findings, "Objectif opérationnel inconnu", "CPAS de Virton:1.1.1") == NULL);
	g_ptr_array_free (findings, TRUE);

	/* Each entity's findings together, in the plan's order of entities,
	 * though Burdinne's 1.1.1 comes before Virton's 1.1.2. */
	pst_test_set_number (action (plan, 1), PST_FIELD_AVANCEMENT, 2);
	findings = verify (plan);
	ck_assert_uint_ge (findings->len, 2);
	ck_assert_str_eq (((PstFinding *) g_ptr_array_index (findings, 0))->ref, "CPAS de Virton:1.1.2");
	ck_assert_str_eq (((PstFinding *) g_ptr_array_index (findings, 1))->ref, "CPAS de Burdinne:1.1.1");
	g_ptr_array_free (findings, TRUE);
	pst_plan_free (plan);
}
END_TEST

START_TEST (blank_and_odd_cells_do_not_crash)
{
	PstPlan *plan = pst_plan_new (NULL);
	PstAction *a = g_new0 (PstAction, 1);
	PstObjective *o = g_new0 (PstObjective, 1);
	GPtrArray *findings;
	guint i;

	/* Nothing but a level, and an objective with nothing at all. */
	a->level = 3;
	g_ptr_array_add (plan->actions, a);
	g_ptr_array_add (plan->objectives, o);
	a = add_action (plan, "1.1.1");
	a->values[PST_FIELD_AVANCEMENT].kind = PST_CELL_NUMBER;
	a->values[PST_FIELD_AVANCEMENT].number = NAN;
	a->values[PST_FIELD_BUDGET].kind = PST_CELL_NUMBER;
	a->values[PST_FIELD_BUDGET].number = INFINITY;
	a->values[PST_FIELD_FIN].kind = PST_CELL_DATE;
	a->values[PST_FIELD_FIN].number = -5;
	pst_test_set_text (a, PST_FIELD_DEBUT, "bientôt");
	pst_test_set_text (a, PST_FIELD_STATUT, "???");
	a->values[PST_FIELD_ENGAGE].kind = PST_CELL_ERROR;
	findings = verify (plan);
	for (i = 0; i < findings->len; i++) {
		PstFinding const *f = g_ptr_array_index (findings, i);
		ck_assert (f->ref && f->libelle && f->regle && f->message && f->source);
		ck_assert (g_utf8_validate (f->message, -1, NULL));
	}
	ck_assert (find (findings, "Référence manquante", "") != NULL);
	ck_assert (find (findings, "Objectif opérationnel inconnu", "1.1.1") != NULL);
	ck_assert_uint_eq (count_rule (findings, "Avancement hors de 0 à 100 %"), 0);
	ck_assert_uint_eq (count_rule (findings, "Échéance dépassée"), 0);
	g_ptr_array_free (findings, TRUE);
	pst_plan_free (plan);

	findings = pst_plan_verify (NULL, NULL);
	ck_assert_uint_eq (findings->len, 0);
	g_ptr_array_free (findings, TRUE);
}
END_TEST

START_TEST (today_defaults_to_the_current_date)
{
	PstPlan *plan = clean_plan ();
	GPtrArray *findings;

	pst_test_set_date (action (plan, 0), PST_FIELD_FIN, 31, 12, 2000);
	pst_test_set_date (action (plan, 0), PST_FIELD_DEBUT, 1, 1, 2000);
	pst_test_set_date (action (plan, 1), PST_FIELD_FIN, 31, 12, 9000);
	findings = pst_plan_verify (plan, NULL);
	ck_assert (find (findings, "Échéance dépassée", "1.1.1") != NULL);
	ck_assert (find (findings, "Échéance dépassée", "1.1.2") == NULL);
	g_ptr_array_free (findings, TRUE);
	pst_plan_free (plan);
}
END_TEST

Suite *
verification_suite (void)
{
	Suite *s = suite_create ("verification");
	TCase *tc = tcase_create ("rules");

	tcase_add_checked_fixture (tc, setup, NULL);
	tcase_add_test (tc, a_clean_plan_has_no_finding);
	tcase_add_test (tc, an_action_that_is_not_smart);
	tcase_add_test (tc, smart_reads_the_fields_of_the_smart_column);
	tcase_add_test (tc, missing_only_who_or_means_is_a_remark);
	tcase_add_test (tc, an_action_without_label);
	tcase_add_test (tc, a_start_after_the_end);
	tcase_add_test (tc, a_late_action);
	tcase_add_test (tc, a_start_passed_on_an_action_not_begun);
	tcase_add_test (tc, a_progress_outside_0_to_100);
	tcase_add_test (tc, finished_with_a_progress_under_100);
	tcase_add_test (tc, a_progress_of_100_with_another_status);
	tcase_add_test (tc, not_started_but_progressed);
	tcase_add_test (tc, an_action_without_pilote);
	tcase_add_test (tc, a_budget_without_article);
	tcase_add_test (tc, an_article_that_is_no_article);
	tcase_add_test (tc, an_article_with_an_unknown_economic_code);
	tcase_add_test (tc, spending_above_the_budget);
	tcase_add_test (tc, a_negative_amount);
	tcase_add_test (tc, a_reference_used_twice);
	tcase_add_test (tc, objectives_without_action);
	tcase_add_test (tc, an_action_under_an_unknown_oo);
	tcase_add_test (tc, a_column_naming_another_objective);
	tcase_add_test (tc, a_sous_action_without_its_action);
	tcase_add_test (tc, an_action_without_a_usable_reference);
	tcase_add_test (tc, a_plan_without_actions);
	tcase_add_test (tc, errors_come_first_then_references_in_order);
	tcase_add_test (tc, a_cancelled_action_need_not_be_smart);
	tcase_add_test (tc, entities_of_a_consolidation_are_apart);
	tcase_add_test (tc, blank_and_odd_cells_do_not_crash);
	tcase_add_test (tc, today_defaults_to_the_current_date);
	suite_add_tcase (s, tc);
	return s;
}
