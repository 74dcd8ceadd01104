/* test-compare.c: two versions of a plan compared, one test per kind of
 * change, renumbering, ambiguity and the summary. */
#include <glib.h>
#include <math.h>
#include <string.h>
#include "suites.h"
#include "import-fixtures.h"
#include "compare.h"
#include "consolidation.h"
#include "import.h"
#include "reference.h"

/* ------------------------------------------------------------------ */
/* Plans built by hand, as the importer leaves them                    */

static void
add_objective (PstPlan *plan, int level, char const *ref, char const *label)
{
	PstObjective *o = g_new0 (PstObjective, 1);
	o->level = level;
	o->ref = g_strdup (ref);
	o->label = g_strdup (label);
	o->entite = g_strdup (plan->entite);
	o->source = g_strdup_printf ("%s.xlsx!'PST'!A%u", plan->entite,
				     plan->objectives->len + 1);
	g_ptr_array_add (plan->objectives, o);
}

static PstAction *
add_action (PstPlan *plan, char const *ref, char const *label)
{
	PstAction *a = g_new0 (PstAction, 1);
	char *source = g_strdup_printf ("%s.xlsx!'PST'!A%u", plan->entite,
					plan->actions->len + 10);
	char *oo = g_strndup (ref, pst_ref_prefix_len (ref, 2));
	char *os = g_strndup (ref, pst_ref_prefix_len (ref, 1));

	a->level = pst_ref_depth (ref) >= 4 ? 4 : 3;
	a->extras = g_ptr_array_new_with_free_func (g_free);
	pst_test_set_text (a, PST_FIELD_ENTITE, plan->entite);
	pst_test_set_text (a, PST_FIELD_REF_OS, os);
	pst_test_set_text (a, PST_FIELD_REF_OO, oo);
	pst_test_set_text (a, PST_FIELD_REF, ref);
	pst_test_set_text (a, PST_FIELD_ACTION, label);
	pst_test_set_text (a, PST_FIELD_SERVICE, "Insertion");
	pst_test_set_date (a, PST_FIELD_DEBUT, 1, 1, 2024);
	pst_test_set_date (a, PST_FIELD_FIN, 31, 12, 2025);
	pst_test_set_text (a, PST_FIELD_STATUT, "EN_COURS");
	pst_test_set_number (a, PST_FIELD_AVANCEMENT, 0.5);
	pst_test_set_text (a, PST_FIELD_METEO_GLOBALE, "nuageux");
	pst_test_set_text (a, PST_FIELD_SOURCE, source);
	g_ptr_array_add (plan->actions, a);
	g_free (source);
	g_free (oo);
	g_free (os);
	return a;
}

static PstAction *
find (PstPlan *plan, char const *ref)
{
	guint i;
	for (i = 0; i < plan->actions->len; i++) {
		PstAction *a = g_ptr_array_index (plan->actions, i);
		if (g_strcmp0 (a->values[PST_FIELD_REF].text, ref) == 0)
			return a;
	}
	ck_abort_msg ("no action %s", ref);
	return NULL;
}

/*
 * The plan of reference, with @shift added to every OS number and the
 * two OS in the other order when @swap: the same plan renumbered.
 */
static PstPlan *
sample_plan (char const *entite, gboolean swap)
{
	PstPlan *plan = pst_plan_new (entite);
	char const *os1 = swap ? "2" : "1", *os2 = swap ? "1" : "2";
	char *r;
	PstAction *a;

#define REF(os, rest) (g_free (r), r = g_strconcat (os, rest, NULL))
	r = NULL;
	if (swap) {
		add_objective (plan, 1, os2, "Favoriser l’insertion socioprofessionnelle");
		add_objective (plan, 2, REF (os2, ".1"), "Développer les partenariats avec les entreprises");
	}
	add_objective (plan, 1, os1, "Être un CPAS accessible à tous");
	add_objective (plan, 2, REF (os1, ".1"), "Améliorer l’accueil des usagers");
	add_objective (plan, 2, REF (os1, ".2"), "Simplifier les démarches administratives");
	if (!swap) {
		add_objective (plan, 1, os2, "Favoriser l’insertion socioprofessionnelle");
		add_objective (plan, 2, REF (os2, ".1"), "Développer les partenariats avec les entreprises");
	}

	a = add_action (plan, REF (os1, ".1.1"), "Organiser 4 ateliers d’accueil par an");
	pst_test_set_text (a, PST_FIELD_ARTICLE, "8320/123-16");
	pst_test_set_number (a, PST_FIELD_BUDGET, 1000);
	a = add_action (plan, REF (os1, ".1.2"), "Installer deux bornes d’accueil numériques");
	pst_test_set_text (a, PST_FIELD_ARTICLE, "104/742-53");
	pst_test_set_number (a, PST_FIELD_BUDGET, 8000);
	a = add_action (plan, REF (os1, ".1.3"), "Former les agents à l’écoute active");
	pst_test_set_text (a, PST_FIELD_STATUT, "NON_COMMENCE");
	pst_test_set_number (a, PST_FIELD_AVANCEMENT, 0);
	/* Twins: the same label, the same columns, one OO. */
	add_action (plan, REF (os1, ".1.4"), "Publier le bulletin trimestriel");
	add_action (plan, REF (os1, ".1.5"), "Publier le bulletin trimestriel");
	a = add_action (plan, REF (os1, ".2.1"), "Numériser les formulaires de demande d’aide");
	pst_test_set_date (a, PST_FIELD_FIN, 31, 3, 2024);
	a = add_action (plan, REF (os1, ".2.2"), "Créer un guichet unique pour les allocations");
	pst_test_set_text (a, PST_FIELD_STATUT, "TERMINE");
	pst_test_set_number (a, PST_FIELD_AVANCEMENT, 1);
	pst_test_set_text (a, PST_FIELD_METEO_GLOBALE, "soleil");
	a = add_action (plan, REF (os2, ".1.1"), "Signer 10 conventions avec des entreprises locales");
	pst_test_set_text (a, PST_FIELD_ARTICLE, "8442/332-02");
	pst_test_set_number (a, PST_FIELD_BUDGET, 2500);
	add_action (plan, REF (os2, ".1.2"), "Organiser un salon de l’emploi annuel");
	add_action (plan, REF (os2, ".1.3"), "Accompagner 30 jeunes vers la formation qualifiante");
#undef REF
	g_free (r);
	pst_plan_sort (plan);
	return plan;
}

static GDate *
mid_term (void)
{
	return g_date_new_dmy (30, 6, 2024);
}

static PstComparison *
compare (PstPlan *a, PstPlan *b)
{
	GDate *today = mid_term ();
	PstComparison *cmp = pst_plan_compare (a, b, today);
	g_date_free (today);
	return cmp;
}

/* The changes of @kind, in order. */
static GPtrArray *
of_kind (PstComparison const *cmp, PstChangeKind kind)
{
	GPtrArray *out = g_ptr_array_new ();
	guint i;
	for (i = 0; i < cmp->changes->len; i++) {
		PstChange *c = g_ptr_array_index (cmp->changes, i);
		if (c->kind == kind)
			g_ptr_array_add (out, c);
	}
	return out;
}

static PstChange *
only (PstComparison const *cmp, PstChangeKind kind)
{
	GPtrArray *all = of_kind (cmp, kind);
	PstChange *c;
	ck_assert_msg (all->len == 1, "%u changes of kind %s", all->len,
		       pst_change_kind_word (kind));
	c = g_ptr_array_index (all, 0);
	g_ptr_array_free (all, TRUE);
	return c;
}

static void
dump (PstComparison const *cmp)
{
	guint i;
	for (i = 0; i < cmp->changes->len; i++) {
		char *d = pst_change_describe (g_ptr_array_index (cmp->changes, i));
		g_printerr ("  %s\n", d);
		g_free (d);
	}
}

static char const *
set_text_of (PstComparison const *cmp, PstCompareSet set)
{
	static char buf[512];
	guint i;
	buf[0] = '\0';
	for (i = 0; i < cmp->sets[set]->len; i++) {
		if (i)
			g_strlcat (buf, " ", sizeof buf);
		g_strlcat (buf, g_ptr_array_index (cmp->sets[set], i), sizeof buf);
	}
	return buf;
}

/* ------------------------------------------------------------------ */

START_TEST (test_identical)
{
	PstPlan *a = sample_plan ("Virton", FALSE), *b = sample_plan ("Virton", FALSE);
	PstComparison *cmp = compare (a, b);
	char *t;
	int s;

	ck_assert_uint_eq (cmp->changes->len, 0);
	ck_assert_uint_eq (pst_comparison_unchanged_actions (cmp), 10);
	ck_assert_uint_eq (pst_comparison_unchanged_objectives (cmp), 5);
	ck_assert_uint_eq (cmp->n_ambiguous, 0);
	for (s = 0; s < PST_COMPARE_N_SETS; s++)
		ck_assert_uint_eq (cmp->sets[s]->len, 0);
	t = pst_comparison_unchanged_text (cmp);
	ck_assert_str_eq (t, "Inchangés : 10 actions, 5 objectifs");
	g_free (t);
	pst_comparison_free (cmp);
	pst_plan_free (a);
	pst_plan_free (b);
}
END_TEST

/* The OS in the other order, so every reference changes; another file
 * name for the entity: nothing changed. */
START_TEST (test_renumbered)
{
	PstPlan *a = sample_plan ("virton-2022", FALSE), *b = sample_plan ("virton-2024", TRUE);
	PstComparison *cmp = compare (a, b);
	PstCompareProgress *p;

	if (cmp->changes->len)
		dump (cmp);
	ck_assert_uint_eq (cmp->changes->len, 0);
	ck_assert_uint_eq (pst_comparison_unchanged_actions (cmp), 10);
	ck_assert_uint_eq (pst_comparison_unchanged_objectives (cmp), 5);
	/* The progress table pairs each objective with its former self. */
	p = g_ptr_array_index (cmp->progress, 1);
	ck_assert_str_eq (p->ref_new, "1");
	ck_assert_str_eq (p->ref_old, "2");
	ck_assert (p->has_before && p->has_after);
	ck_assert_double_eq_tol (p->before, p->after, 1e-12);
	pst_comparison_free (cmp);
	pst_plan_free (a);
	pst_plan_free (b);
}
END_TEST

START_TEST (test_each_kind)
{
	PstPlan *a = sample_plan ("Virton", FALSE), *b = sample_plan ("Virton", FALSE);
	PstComparison *cmp;
	PstChange *c;
	PstAction *x;
	GPtrArray *all;
	guint i;

	pst_test_set_text (find (b, "1.1.3"), PST_FIELD_STATUT, "EN_COURS");
	pst_test_set_number (find (b, "1.1.1"), PST_FIELD_AVANCEMENT, 0.65);
	pst_test_set_date (find (b, "2.1.2"), PST_FIELD_FIN, 30, 6, 2026);
	pst_test_set_number (find (b, "2.1.1"), PST_FIELD_BUDGET, 3000);
	pst_test_set_text (find (b, "1.1.2"), PST_FIELD_ARTICLE, "104/742-98");
	pst_test_set_text (find (b, "2.1.3"), PST_FIELD_METEO_GLOBALE, "orage");
	/* A small edit of a label. */
	pst_test_set_text (find (b, "1.2.2"), PST_FIELD_ACTION, "Créer un guichet unique pour toutes les allocations");
	/* 1.2.1 moves from OO 1.2 to OO 2.1, as 2.1.4. */
	x = find (b, "1.2.1");
	pst_test_set_text (x, PST_FIELD_REF, "2.1.4");
	pst_test_set_text (x, PST_FIELD_REF_OO, "2.1");
	pst_test_set_text (x, PST_FIELD_REF_OS, "2");
	/* An action added, one removed. */
	add_action (b, "1.2.3", "Traduire le site en néerlandais et en allemand");
	g_ptr_array_remove (b->actions, find (b, "2.1.2"));
	add_action (a, "2.1.9", "Créer une épicerie sociale");
	pst_plan_sort (a);
	pst_plan_sort (b);

	cmp = compare (a, b);
	ck_assert_uint_eq (cmp->n_ambiguous, 0);
	ck_assert_uint_eq (cmp->changes->len, 10);

	c = only (cmp, PST_CHANGE_STATUT);
	ck_assert_str_eq (c->ref_old, "1.1.3");
	ck_assert_str_eq (c->before, "NON_COMMENCE");
	ck_assert_str_eq (c->after, "EN_COURS");
	ck_assert_str_eq (c->source_old, "Virton.xlsx!'PST'!A12");
	ck_assert_str_eq (c->source_new, "Virton.xlsx!'PST'!A12");
	ck_assert_double_eq (c->confidence, 1);

	c = only (cmp, PST_CHANGE_AVANCEMENT);
	ck_assert_str_eq (c->ref_new, "1.1.1");
	ck_assert_str_eq (c->before, "50 %");
	ck_assert_str_eq (c->after, "65 %");
	ck_assert (c->has_delta);
	ck_assert_double_eq_tol (c->delta, 15, 1e-9);

	c = only (cmp, PST_CHANGE_BUDGET);
	ck_assert_str_eq (c->ref_new, "2.1.1");
	ck_assert_str_eq (c->before, "2 500 €");
	ck_assert_str_eq (c->after, "3 000 €");
	ck_assert_double_eq_tol (c->delta, 500, 1e-9);

	c = only (cmp, PST_CHANGE_ARTICLE);
	ck_assert_str_eq (c->ref_new, "1.1.2");
	ck_assert_str_eq (c->before, "104/742-53");
	ck_assert_str_eq (c->after, "104/742-98");

	c = only (cmp, PST_CHANGE_METEO);
	ck_assert_str_eq (c->ref_new, "2.1.3");
	ck_assert_int_eq (c->field, PST_FIELD_METEO_GLOBALE);
	ck_assert_str_eq (c->before, "nuageux");
	ck_assert_str_eq (c->after, "orage");
	ck_assert_double_eq (c->delta, 2);

	c = only (cmp, PST_CHANGE_RENOMMAGE);
	ck_assert_str_eq (c->ref_new, "1.2.2");
	ck_assert_str_eq (c->before, "Créer un guichet unique pour les allocations");
	ck_assert_str_eq (c->after, "Créer un guichet unique pour toutes les allocations");
	ck_assert_msg (c->confidence > 0.75 && c->confidence < 1, "confidence %g", c->confidence);

	c = only (cmp, PST_CHANGE_DEPLACEMENT);
	ck_assert_str_eq (c->ref_old, "1.2.1");
	ck_assert_str_eq (c->ref_new, "2.1.4");
	ck_assert_str_eq (c->before, "OO 1.2 « Simplifier les démarches administratives »");
	ck_assert_str_eq (c->after, "OO 2.1 « Développer les partenariats avec les entreprises »");
	ck_assert_double_eq (c->confidence, 1);

	c = only (cmp, PST_CHANGE_AJOUT);
	ck_assert_str_eq (c->ref_old, "");
	ck_assert_str_eq (c->ref_new, "1.2.3");
	ck_assert_str_eq (c->label_new, "Traduire le site en néerlandais et en allemand");
	ck_assert (c->confidence < 0);

	all = of_kind (cmp, PST_CHANGE_SUPPRESSION);
	ck_assert_uint_eq (all->len, 2);
	c = g_ptr_array_index (all, 0);
	ck_assert_str_eq (c->ref_old, "2.1.2");
	ck_assert_str_eq (c->label_old, "Organiser un salon de l’emploi annuel");
	ck_assert_str_eq (c->before, "OO 2.1 « Développer les partenariats avec les entreprises »");
	c = g_ptr_array_index (all, 1);
	ck_assert_str_eq (c->ref_old, "2.1.9");
	g_ptr_array_free (all, TRUE);

	/* Sorted by reference, new else old. */
	for (i = 1; i < cmp->changes->len; i++) {
		PstChange *p = g_ptr_array_index (cmp->changes, i - 1);
		PstChange *q = g_ptr_array_index (cmp->changes, i);
		ck_assert (pst_ref_compare (*p->ref_new ? p->ref_new : p->ref_old,
					    *q->ref_new ? q->ref_new : q->ref_old) <= 0);
	}
	/* 10 actions before (2 removed, 9 matched... 7 unchanged). */
	ck_assert_uint_eq (pst_comparison_unchanged_actions (cmp), 2);
	ck_assert_uint_eq (pst_comparison_unchanged_objectives (cmp), 5);
	ck_assert_uint_eq (cmp->n_old[3], 11);
	ck_assert_uint_eq (cmp->n_new[3], 10);
	pst_comparison_free (cmp);
	pst_plan_free (a);
	pst_plan_free (b);
}
END_TEST

/* One matched action with several changes gives one change each, in
 * the order of compare.h. */
START_TEST (test_several_changes)
{
	PstPlan *a = sample_plan ("Virton", FALSE), *b = sample_plan ("Virton", FALSE);
	PstComparison *cmp;
	PstAction *x = find (b, "1.1.1");
	static PstChangeKind const expected[] = {
		PST_CHANGE_STATUT, PST_CHANGE_AVANCEMENT, PST_CHANGE_DATES,
		PST_CHANGE_DATES, PST_CHANGE_BUDGET, PST_CHANGE_METEO
	};
	char *d;
	guint i;

	pst_test_set_text (x, PST_FIELD_STATUT, "terminé");
	pst_test_set_number (x, PST_FIELD_AVANCEMENT, 1);
	pst_test_set_date (x, PST_FIELD_DEBUT, 1, 3, 2024);
	pst_test_set_date (x, PST_FIELD_FIN, 31, 5, 2024);
	pst_test_set_text (x, PST_FIELD_BUDGET, NULL);
	pst_test_set_text (x, PST_FIELD_METEO_GLOBALE, "☀️");
	cmp = compare (a, b);
	ck_assert_uint_eq (cmp->changes->len, G_N_ELEMENTS (expected));
	for (i = 0; i < G_N_ELEMENTS (expected); i++) {
		PstChange *c = g_ptr_array_index (cmp->changes, i);
		ck_assert_int_eq (c->kind, expected[i]);
		ck_assert_str_eq (c->ref_new, "1.1.1");
	}
	{
		PstChange *debut = g_ptr_array_index (cmp->changes, 2);
		PstChange *fin = g_ptr_array_index (cmp->changes, 3);
		PstChange *budget = g_ptr_array_index (cmp->changes, 4);
		PstChange *meteo = g_ptr_array_index (cmp->changes, 5);
		ck_assert_int_eq (debut->field, PST_FIELD_DEBUT);
		ck_assert_double_eq (debut->delta, 60);
		ck_assert_int_eq (fin->field, PST_FIELD_FIN);
		ck_assert_str_eq (fin->before, "31/12/2025");
		ck_assert_str_eq (fin->after, "31/05/2024");
		ck_assert_double_eq (fin->delta, -579);
		ck_assert_str_eq (budget->after, "—");
		ck_assert_double_eq (budget->delta, -1000);
		ck_assert_str_eq (meteo->after, "soleil");
		ck_assert_double_eq (meteo->delta, -1);
		d = pst_change_describe (fin);
		ck_assert_str_eq (d, "Action 1.1.1 « Organiser 4 ateliers d’accueil par an » : "
				  "fin 31/12/2025 → 31/05/2024 (-579 jours)");
		g_free (d);
	}
	ck_assert_uint_eq (pst_comparison_unchanged_actions (cmp), 9);
	ck_assert_str_eq (set_text_of (cmp, PST_COMPARE_TERMINEES), "1.1.1");
	pst_comparison_free (cmp);
	pst_plan_free (a);
	pst_plan_free (b);
}
END_TEST

/* An OO renamed a little and renumbered, with its OS: its actions follow
 * it and are not moved. */
START_TEST (test_objective_renamed)
{
	PstPlan *a = sample_plan ("Virton", FALSE), *b = sample_plan ("Virton", FALSE);
	PstObjective *oo = g_ptr_array_index (b->objectives, 2);
	PstComparison *cmp;
	PstChange *c;
	char *d;

	ck_assert_str_eq (oo->ref, "1.2");
	g_free (oo->label);
	oo->label = g_strdup ("Simplifier les démarches administratives des usagers");
	cmp = compare (a, b);
	if (cmp->changes->len != 1)
		dump (cmp);
	ck_assert_uint_eq (cmp->changes->len, 1);
	c = only (cmp, PST_CHANGE_RENOMMAGE);
	ck_assert_int_eq (c->level, 2);
	ck_assert_str_eq (c->ref_old, "1.2");
	ck_assert_str_eq (c->source_old, "Virton.xlsx!'PST'!A3");
	d = pst_change_describe (c);
	ck_assert_str_eq (d, "OO 1.2 : renommage de « Simplifier les démarches administratives » en "
			  "« Simplifier les démarches administratives des usagers » (confiance 86 %)");
	g_free (d);
	pst_comparison_free (cmp);
	pst_plan_free (a);
	pst_plan_free (b);
}
END_TEST

/* A label reworded beyond recognition is a removal and an addition. */
START_TEST (test_replaced)
{
	PstPlan *a = sample_plan ("Virton", FALSE), *b = sample_plan ("Virton", FALSE);
	PstComparison *cmp;

	pst_test_set_text (find (b, "2.1.3"), PST_FIELD_ACTION, "Ouvrir une halte-garderie");
	cmp = compare (a, b);
	ck_assert_uint_eq (cmp->changes->len, 2);
	ck_assert_str_eq (only (cmp, PST_CHANGE_SUPPRESSION)->ref_old, "2.1.3");
	ck_assert_str_eq (only (cmp, PST_CHANGE_AJOUT)->ref_new, "2.1.3");
	ck_assert_str_eq (set_text_of (cmp, PST_COMPARE_AJOUTEES), "2.1.3");
	ck_assert_str_eq (set_text_of (cmp, PST_COMPARE_SUPPRIMEES), "2.1.3");
	pst_comparison_free (cmp);
	pst_plan_free (a);
	pst_plan_free (b);
}
END_TEST

/* One action split in two of equal likeness: which one it became cannot
 * be told. */
START_TEST (test_ambiguous)
{
	PstPlan *a = sample_plan ("Virton", FALSE), *b = sample_plan ("Virton", FALSE);
	PstComparison *cmp;
	PstChange *c;
	PstAction *x;
	char *d;

	/* Neither takes the old one's reference, which would settle it. */
	pst_test_set_text (find (a, "2.1.2"), PST_FIELD_ACTION, "Organiser un salon de l’emploi");
	x = find (b, "2.1.2");
	pst_test_set_text (x, PST_FIELD_ACTION, "Organiser un salon de l’emploi à Virton");
	pst_test_set_text (x, PST_FIELD_REF, "2.1.5");
	x = add_action (b, "2.1.4", "Organiser un salon de l’emploi à Ethe");
	pst_plan_sort (b);
	cmp = compare (a, b);
	if (cmp->changes->len != 1)
		dump (cmp);
	ck_assert_uint_eq (cmp->changes->len, 1);
	c = only (cmp, PST_CHANGE_AMBIGU);
	ck_assert (c->doubt_old);
	ck_assert_int_eq (c->level, 3);
	ck_assert_str_eq (c->ref_old, "2.1.2");
	/* The closest first: the shorter label. */
	ck_assert_str_eq (c->ref_new, "2.1.4 ou 2.1.5");
	ck_assert_str_eq (c->source_new, "Virton.xlsx!'PST'!A20 ; Virton.xlsx!'PST'!A18");
	ck_assert (c->confidence > 0.5 && c->confidence < 1);
	d = pst_change_describe (c);
	ck_assert_msg (g_str_has_prefix (d, "Action 2.1.2 « Organiser un salon de l’emploi » : "
					 "correspondance ambiguë, dans le nouveau plan : "
					 "« Organiser un salon de l’emploi à Ethe » (2.1.4, "), "%s", d);
	g_free (d);
	/* Neither counted as added nor removed. */
	ck_assert_uint_eq (cmp->sets[PST_COMPARE_AJOUTEES]->len, 0);
	ck_assert_uint_eq (cmp->sets[PST_COMPARE_SUPPRIMEES]->len, 0);
	ck_assert_uint_eq (cmp->n_ambiguous, 3);
	ck_assert_uint_eq (pst_comparison_unchanged_actions (cmp), 9);
	(void) x;
	pst_comparison_free (cmp);
	pst_plan_free (a);
	pst_plan_free (b);
}
END_TEST

START_TEST (test_summary)
{
	PstPlan *a = sample_plan ("Virton", FALSE), *b = sample_plan ("Virton", FALSE);
	PstComparison *cmp;
	PstCompareProgress *p;
	PstCompareBudget *bu;
	GPtrArray *lines;
	GDate *old_day = g_date_new_dmy (1, 1, 2024), *today = mid_term ();
	guint i;

	/* Finished since. */
	pst_test_set_text (find (b, "1.1.2"), PST_FIELD_STATUT, "TERMINE");
	pst_test_set_number (find (b, "1.1.2"), PST_FIELD_AVANCEMENT, 1);
	/* In trouble since: a PROBLEME, and an orage; 2.1.1 was already. */
	pst_test_set_text (find (b, "1.1.3"), PST_FIELD_STATUT, "PROBLEME");
	pst_test_set_text (find (b, "2.1.3"), PST_FIELD_METEO_RESSOURCES, "orage");
	pst_test_set_text (find (a, "2.1.1"), PST_FIELD_STATUT, "PROBLEME");
	pst_test_set_text (find (b, "2.1.1"), PST_FIELD_STATUT, "PROBLEME");
	/* Late at 30/06/2024: 1.2.1 (Fin 31/03/2024) was not at 01/01/2024;
	 * 1.1.4 becomes late by its new Fin; 1.1.5 is at 100 %. */
	pst_test_set_date (find (b, "1.1.4"), PST_FIELD_FIN, 31, 5, 2024);
	pst_test_set_date (find (b, "1.1.5"), PST_FIELD_FIN, 31, 5, 2024);
	pst_test_set_number (find (b, "1.1.5"), PST_FIELD_AVANCEMENT, 1);
	/* An added action, already late and in trouble. */
	{
		PstAction *x = add_action (b, "2.1.4", "Créer un atelier de recherche d’emploi");
		pst_test_set_date (x, PST_FIELD_FIN, 1, 6, 2024);
		pst_test_set_text (x, PST_FIELD_STATUT, "PROBLEME");
		pst_test_set_text (x, PST_FIELD_ARTICLE, "8442/332-02");
		pst_test_set_number (x, PST_FIELD_BUDGET, 500);
		pst_plan_sort (b);
	}
	g_ptr_array_remove (b->actions, find (b, "2.1.2"));

	cmp = pst_plan_compare_at (a, b, old_day, today);
	ck_assert_str_eq (set_text_of (cmp, PST_COMPARE_AJOUTEES), "2.1.4");
	ck_assert_str_eq (set_text_of (cmp, PST_COMPARE_SUPPRIMEES), "2.1.2");
	ck_assert_str_eq (set_text_of (cmp, PST_COMPARE_TERMINEES), "1.1.2");
	ck_assert_str_eq (set_text_of (cmp, PST_COMPARE_EN_RETARD), "1.1.4 1.2.1 2.1.4");
	ck_assert_str_eq (set_text_of (cmp, PST_COMPARE_EN_DIFFICULTE), "1.1.3 2.1.3 2.1.4");
	pst_comparison_free (cmp);

	/* Judged at the same day, 1.2.1 was late already. */
	cmp = pst_plan_compare (a, b, today);
	ck_assert_str_eq (set_text_of (cmp, PST_COMPARE_EN_RETARD), "1.1.4 2.1.4");

	/* Progress: the plan, then OS 1, OO 1.1, OO 1.2, OS 2, OO 2.1.
	 * Before: 1.1.1–1.1.5 at 50, 50, 0, 50, 50; 1.2.1 at 50, 1.2.2
	 * done; 2.1.1–2.1.3 at 50. */
	ck_assert_uint_eq (cmp->progress->len, 6);
	p = g_ptr_array_index (cmp->progress, 0);
	ck_assert_int_eq (p->level, 0);
	ck_assert_double_eq_tol (p->before, (0.5 * 8 + 0 + 1) / 10, 1e-12);
	/* After: 1.1.2 and 1.1.5 at 100; 2.1.2 removed, 2.1.4 at 50. */
	ck_assert_double_eq_tol (p->after, (0.5 * 6 + 0 + 1 * 3) / 10, 1e-12);
	p = g_ptr_array_index (cmp->progress, 2);
	ck_assert_str_eq (p->ref_new, "1.1");
	ck_assert_double_eq_tol (p->before, 2.0 / 5, 1e-12);
	ck_assert_double_eq_tol (p->after, 3.0 / 5, 1e-12);
	p = g_ptr_array_index (cmp->progress, 4);
	ck_assert_int_eq (p->level, 1);
	ck_assert_str_eq (p->label, "Favoriser l’insertion socioprofessionnelle");

	/* Budget: fonctions 104, 8320, 8442; services E then O; sans
	 * article; total. */
	{
		static struct { PstCompareBudgetKind kind; char const *key; double before, after; } const want[] = {
			{ PST_BUDGET_FONCTION, "104", 8000, 8000 },
			{ PST_BUDGET_FONCTION, "8320", 1000, 1000 },
			{ PST_BUDGET_FONCTION, "8442", 2500, 3000 },
			{ PST_BUDGET_SERVICE, "E", 8000, 8000 },
			{ PST_BUDGET_SERVICE, "O", 3500, 4000 },
			{ PST_BUDGET_SANS_ARTICLE, "", 0, 0 },
			{ PST_BUDGET_TOTAL, "", 11500, 12000 },
		};
		ck_assert_uint_eq (cmp->budget->len, G_N_ELEMENTS (want));
		for (i = 0; i < G_N_ELEMENTS (want); i++) {
			bu = g_ptr_array_index (cmp->budget, i);
			ck_assert_int_eq (bu->kind, want[i].kind);
			ck_assert_str_eq (bu->key, want[i].key);
			ck_assert_double_eq_tol (bu->before, want[i].before, 1e-9);
			ck_assert_double_eq_tol (bu->after, want[i].after, 1e-9);
		}
	}

	lines = pst_comparison_summary (cmp);
	ck_assert_str_eq (g_ptr_array_index (lines, 0), "Actions ajoutées : 1 (2.1.4)");
	ck_assert_str_eq (g_ptr_array_index (lines, 3), "Actions en retard depuis : 2 (1.1.4, 2.1.4)");
	ck_assert_str_eq (g_ptr_array_index (lines, 5), "Avancement du plan : 50 % → 60 % (+10 points)");
	ck_assert_str_eq (g_ptr_array_index (lines, 6),
			  "Budget total des actions : 11 500 € → 12 000 € (+500 €)");
	g_ptr_array_free (lines, TRUE);
	pst_comparison_free (cmp);
	g_date_free (old_day);
	g_date_free (today);
	pst_plan_free (a);
	pst_plan_free (b);
}
END_TEST

/* Consolidations: entities paired by name; an entity only in the new
 * version is all added, references qualified. */
START_TEST (test_entities)
{
	GPtrArray *olds = g_ptr_array_new (), *news = g_ptr_array_new ();
	PstPlan *v1 = sample_plan ("CPAS de Virton", FALSE), *v2 = sample_plan ("CPAS de Virton", TRUE);
	PstPlan *e2 = sample_plan ("CPAS d’Erezée", FALSE), *e1 = sample_plan ("CPAS d’Erezée", FALSE);
	PstPlan *b2 = sample_plan ("CPAS de Burdinne", FALSE);
	PstPlan *a, *b;
	PstComparison *cmp;

	g_ptr_array_add (olds, v1);
	g_ptr_array_add (olds, e1);
	g_ptr_array_add (news, e2);
	g_ptr_array_add (news, b2);
	g_ptr_array_add (news, v2);
	pst_test_set_number (find (e2, "1.1.1"), PST_FIELD_AVANCEMENT, 0.8);
	a = pst_plan_merge (olds);
	b = pst_plan_merge (news);
	cmp = compare (a, b);
	ck_assert (cmp->several);
	ck_assert_uint_eq (cmp->sets[PST_COMPARE_AJOUTEES]->len, 10);
	ck_assert_str_eq (g_ptr_array_index (cmp->sets[PST_COMPARE_AJOUTEES], 0),
			  "CPAS de Burdinne:1.1.1");
	ck_assert_str_eq (only (cmp, PST_CHANGE_AVANCEMENT)->ref_new, "CPAS d’Erezée:1.1.1");
	ck_assert_uint_eq (pst_comparison_unchanged_actions (cmp), 19);
	ck_assert_uint_eq (cmp->changes->len, 1 + 15);
	pst_comparison_free (cmp);
	pst_plan_free (a);
	pst_plan_free (b);
	g_ptr_array_free (olds, TRUE);
	g_ptr_array_free (news, TRUE);
	pst_plan_free (v1);
	pst_plan_free (v2);
	pst_plan_free (e1);
	pst_plan_free (e2);
	pst_plan_free (b2);
}
END_TEST

START_TEST (test_empty)
{
	PstPlan *a = pst_plan_new ("Vide"), *b = sample_plan ("Virton", FALSE);
	PstComparison *cmp = compare (a, b);
	PstCompareProgress *p;

	ck_assert_uint_eq (cmp->sets[PST_COMPARE_AJOUTEES]->len, 10);
	ck_assert_uint_eq (cmp->changes->len, 15);
	p = g_ptr_array_index (cmp->progress, 0);
	ck_assert (!p->has_before && p->has_after);
	pst_comparison_free (cmp);
	cmp = pst_plan_compare (NULL, NULL, NULL);
	ck_assert_uint_eq (cmp->changes->len, 0);
	pst_comparison_free (cmp);
	pst_plan_free (a);
	pst_plan_free (b);
}
END_TEST

Suite *
compare_suite (void)
{
	Suite *s = suite_create ("compare");
	TCase *tc = tcase_create ("compare");

	tcase_add_test (tc, test_identical);
	tcase_add_test (tc, test_renumbered);
	tcase_add_test (tc, test_each_kind);
	tcase_add_test (tc, test_several_changes);
	tcase_add_test (tc, test_objective_renamed);
	tcase_add_test (tc, test_replaced);
	tcase_add_test (tc, test_ambiguous);
	tcase_add_test (tc, test_summary);
	tcase_add_test (tc, test_entities);
	tcase_add_test (tc, test_empty);
	suite_add_tcase (s, tc);
	return s;
}
