/* test-consolidate.c: several CPAS stacked into one plan. */
#include <glib.h>
#include <string.h>
#include "suites.h"
#include "consolidation.h"

/* A plan as the importer leaves it: "1" and "1.1" as objectives, then
 * one action per reference, with a budget of 100 each. */
static PstPlan *
make_plan (char const *entite, char const *const *refs, int n)
{
	PstPlan *plan = pst_plan_new (entite);
	PstObjective *os = g_new0 (PstObjective, 1), *oo = g_new0 (PstObjective, 1);
	int i;

	os->level = 1;
	os->ref = g_strdup ("1");
	os->label = g_strdup ("Être un CPAS qui accompagne");
	os->entite = g_strdup (entite);
	oo->level = 2;
	oo->ref = g_strdup ("1.1");
	oo->label = g_strdup ("Accompagner 50 familles par an");
	oo->entite = g_strdup (entite);
	g_ptr_array_add (plan->objectives, os);
	g_ptr_array_add (plan->objectives, oo);
	for (i = 0; i < n; i++) {
		PstAction *a = g_new0 (PstAction, 1);
		a->level = 3;
		a->extras = g_ptr_array_new_with_free_func (g_free);
		a->values[PST_FIELD_ENTITE].kind = PST_CELL_TEXT;
		a->values[PST_FIELD_ENTITE].text = g_strdup (entite);
		a->values[PST_FIELD_REF].kind = PST_CELL_TEXT;
		a->values[PST_FIELD_REF].text = g_strdup (refs[i]);
		a->values[PST_FIELD_BUDGET].kind = PST_CELL_NUMBER;
		a->values[PST_FIELD_BUDGET].text = g_strdup ("100");
		a->values[PST_FIELD_BUDGET].number = 100;
		a->values[PST_FIELD_SOURCE].kind = PST_CELL_TEXT;
		a->values[PST_FIELD_SOURCE].text = g_strdup_printf ("%s.xlsx!Plan!A%d", entite ? entite : "plan", i + 2);
		g_ptr_array_add (plan->actions, a);
	}
	return plan;
}

static void
add_extra (PstPlan *plan, char const *header, char const *value)
{
	guint i;
	g_ptr_array_add (plan->extra_headers, g_strdup (header));
	for (i = 0; i < plan->actions->len; i++)
		g_ptr_array_add (((PstAction *) g_ptr_array_index (plan->actions, i))->extras,
				 g_strdup (value));
}

static void
add_title (PstPlan *plan, char const *title)
{
	PstAnomaly *a = g_new0 (PstAnomaly, 1);
	a->source = g_strdup ("plan.xlsx!Feuil1!A1");
	a->gravite = PST_GRAVITE_INFO;
	a->probleme = g_strdup ("Titre ou texte hors des tableaux.");
	a->contenu = g_strdup (title);
	g_ptr_array_add (plan->anomalies, a);
}

static char const *
text (PstPlan const *plan, guint i, PstField f)
{
	return ((PstAction *) g_ptr_array_index (plan->actions, i))->values[f].text;
}

static char const *
extra (PstPlan const *plan, guint i, char const *header)
{
	PstAction const *a = g_ptr_array_index (plan->actions, i);
	guint h;
	for (h = 0; h < plan->extra_headers->len; h++)
		if (strcmp (g_ptr_array_index (plan->extra_headers, h), header) == 0)
			return h < a->extras->len ? g_ptr_array_index (a->extras, h) : NULL;
	ck_abort_msg ("no column %s", header);
	return NULL;
}

static char const *const refs_a[] = { "1.1.1", "1.1.2", "1.1.3" };
static char const *const refs_b[] = { "1.1.1", "1.1.2" };

START_TEST (two_plans_numbered_from_1_keep_their_references_under_their_entity)
{
	GPtrArray *plans = g_ptr_array_new_with_free_func ((GDestroyNotify) pst_plan_free);
	PstPlan *merged;

	g_ptr_array_add (plans, make_plan ("CPAS de Virton", refs_a, 3));
	g_ptr_array_add (plans, make_plan ("CPAS de Burdinne", refs_b, 2));
	merged = pst_plan_merge (plans);

	ck_assert_uint_eq (merged->actions->len, 5);
	ck_assert_uint_eq (merged->objectives->len, 4);
	ck_assert_str_eq (text (merged, 0, PST_FIELD_REF), "1.1.1");
	ck_assert_str_eq (text (merged, 3, PST_FIELD_REF), "1.1.1");
	ck_assert_str_eq (text (merged, 0, PST_FIELD_ENTITE), "CPAS de Virton");
	ck_assert_str_eq (text (merged, 3, PST_FIELD_ENTITE), "CPAS de Burdinne");
	ck_assert_str_eq (extra (merged, 0, PST_HEADER_REF_CONSOLIDEE), "CPAS de Virton:1.1.1");
	ck_assert_str_eq (extra (merged, 3, PST_HEADER_REF_CONSOLIDEE), "CPAS de Burdinne:1.1.1");
	ck_assert_str_eq (((PstObjective *) g_ptr_array_index (merged->objectives, 2))->entite,
			  "CPAS de Burdinne");
	ck_assert_str_eq (merged->entite, "2 entités");
	ck_assert_double_eq (((PstAction *) g_ptr_array_index (merged->actions, 4))->values[PST_FIELD_BUDGET].number, 100);
	pst_plan_free (merged);
	g_ptr_array_free (plans, TRUE);
}
END_TEST

START_TEST (merging_leaves_the_plans_as_they_were)
{
	GPtrArray *plans = g_ptr_array_new_with_free_func ((GDestroyNotify) pst_plan_free);
	PstPlan *merged;

	g_ptr_array_add (plans, make_plan ("Erezée", refs_a, 3));
	merged = pst_plan_merge (plans);
	pst_plan_set_entite (merged, "Autre nom");
	ck_assert_str_eq (text (g_ptr_array_index (plans, 0), 0, PST_FIELD_ENTITE), "Erezée");
	ck_assert_uint_eq (((PstPlan *) g_ptr_array_index (plans, 0))->extra_headers->len, 0);
	ck_assert_str_eq (text (merged, 2, PST_FIELD_ENTITE), "Autre nom");
	pst_plan_free (merged);
	g_ptr_array_free (plans, TRUE);
}
END_TEST

START_TEST (the_same_entity_twice_is_renamed_and_reported)
{
	GPtrArray *plans = g_ptr_array_new_with_free_func ((GDestroyNotify) pst_plan_free);
	PstPlan *merged;
	PstAnomaly const *a;

	g_ptr_array_add (plans, make_plan ("CPAS de Virton", refs_a, 3));
	g_ptr_array_add (plans, make_plan ("CPAS de Virton", refs_b, 2));
	g_ptr_array_add (plans, make_plan (NULL, refs_b, 1));
	merged = pst_plan_merge (plans);
	ck_assert_str_eq (text (merged, 3, PST_FIELD_ENTITE), "CPAS de Virton (2)");
	ck_assert_str_eq (extra (merged, 4, PST_HEADER_REF_CONSOLIDEE), "CPAS de Virton (2):1.1.2");
	ck_assert_str_eq (text (merged, 5, PST_FIELD_ENTITE), "Plan 3");
	ck_assert_uint_eq (merged->anomalies->len, 1);
	a = g_ptr_array_index (merged->anomalies, 0);
	ck_assert_int_eq (a->gravite, PST_GRAVITE_AVERTISSEMENT);
	ck_assert_str_eq (a->source, "CPAS de Virton.xlsx");
	ck_assert_ptr_nonnull (strstr (a->probleme, "« CPAS de Virton (2) »"));
	pst_plan_free (merged);
	g_ptr_array_free (plans, TRUE);
}
END_TEST

START_TEST (extra_columns_are_united_by_header)
{
	GPtrArray *plans = g_ptr_array_new_with_free_func ((GDestroyNotify) pst_plan_free);
	PstPlan *a = make_plan ("A", refs_a, 3), *b = make_plan ("B", refs_b, 2), *merged;

	add_extra (a, "Thème", "Insertion");
	add_extra (b, "Commune partenaire", "Durbuy");
	add_extra (b, "Thème", "Logement");
	add_extra (b, PST_HEADER_REF_CONSOLIDEE, "ne doit pas écraser");
	g_ptr_array_add (plans, a);
	g_ptr_array_add (plans, b);
	merged = pst_plan_merge (plans);

	ck_assert_uint_eq (merged->extra_headers->len, 3);
	ck_assert_str_eq (g_ptr_array_index (merged->extra_headers, 0), PST_HEADER_REF_CONSOLIDEE);
	ck_assert_str_eq (g_ptr_array_index (merged->extra_headers, 1), "Thème");
	ck_assert_str_eq (g_ptr_array_index (merged->extra_headers, 2), "Commune partenaire");
	ck_assert_str_eq (extra (merged, 0, "Thème"), "Insertion");
	ck_assert_ptr_null (extra (merged, 0, "Commune partenaire"));
	ck_assert_str_eq (extra (merged, 3, "Thème"), "Logement");
	ck_assert_str_eq (extra (merged, 4, "Commune partenaire"), "Durbuy");
	ck_assert_str_eq (extra (merged, 4, PST_HEADER_REF_CONSOLIDEE), "B:1.1.2");
	pst_plan_free (merged);
	g_ptr_array_free (plans, TRUE);
}
END_TEST

START_TEST (each_entity_is_one_block_of_rows)
{
	GPtrArray *plans = g_ptr_array_new_with_free_func ((GDestroyNotify) pst_plan_free);
	PstPlan *merged;
	GArray *blocks;
	PstEntityBlock const *b;
	gboolean contiguous;
	guint first, last;

	g_ptr_array_add (plans, make_plan ("A", refs_a, 3));
	g_ptr_array_add (plans, make_plan ("B", refs_b, 2));
	merged = pst_plan_merge (plans);
	blocks = pst_plan_entity_blocks (merged, &contiguous);
	ck_assert (contiguous);
	ck_assert_uint_eq (blocks->len, 2);
	b = &g_array_index (blocks, PstEntityBlock, 1);
	ck_assert_str_eq (b->entite, "B");
	ck_assert_uint_eq (b->first_action, 3);
	ck_assert_uint_eq (b->n_actions, 2);
	ck_assert_uint_eq (b->first_objective, 2);
	ck_assert_uint_eq (b->n_objectives, 2);

	/* "1.1" of B does not reach back into A's "1.1.x". */
	ck_assert (pst_block_ref_range (merged, b, "1.1", &first, &last));
	ck_assert_uint_eq (first, 3);
	ck_assert_uint_eq (last, 4);
	ck_assert (!pst_block_ref_range (merged, b, "1.2", &first, &last));
	ck_assert (pst_block_ref_range (merged, &g_array_index (blocks, PstEntityBlock, 0),
					"1.1.2", &first, &last));
	ck_assert_uint_eq (first, 1);
	ck_assert_uint_eq (last, 1);
	g_array_free (blocks, TRUE);
	pst_plan_free (merged);
	g_ptr_array_free (plans, TRUE);
}
END_TEST

START_TEST (interleaved_entities_are_flagged)
{
	PstPlan *plan = make_plan ("A", refs_a, 3);
	GArray *blocks;
	gboolean contiguous;
	PstAction *a = g_ptr_array_index (plan->actions, 1);

	g_free (a->values[PST_FIELD_ENTITE].text);
	a->values[PST_FIELD_ENTITE].text = g_strdup ("B");
	blocks = pst_plan_entity_blocks (plan, &contiguous);
	ck_assert (!contiguous);
	ck_assert_uint_eq (blocks->len, 2);
	ck_assert_uint_eq (g_array_index (blocks, PstEntityBlock, 0).n_actions, 3);
	g_array_free (blocks, TRUE);
	pst_plan_free (plan);
}
END_TEST

static char *
title_entite (char const *title)
{
	PstPlan *plan = pst_plan_new ("fichier");
	char *e;
	add_title (plan, title);
	e = pst_plan_title_entite (plan);
	pst_plan_free (plan);
	return e;
}

#define ck_assert_title(title, expected) G_STMT_START {		\
	char *e_ = title_entite (title);				\
	ck_assert_msg (g_strcmp0 (e_, expected) == 0,			\
		       "%s: got %s, expected %s", title,		\
		       e_ ? e_ : "(none)", expected ? expected : "(none)"); \
	g_free (e_);							\
} G_STMT_END

START_TEST (the_entity_is_read_from_the_plan_title)
{
	ck_assert_title ("CPAS de Virton – Programme Stratégique Transversal 2018-2024",
			 "CPAS de Virton");
	ck_assert_title ("CPAS d’Erezée – Programme stratégique transversal 2019-2024 – suivi des actions",
			 "CPAS d’Erezée");
	ck_assert_title ("Programme stratégique transversal du CPAS de Burdinne – suivi 2021",
			 "CPAS de Burdinne");
	ck_assert_title ("PST du CPAS de Marche-en-Famenne, législature 2019-2024",
			 "CPAS de Marche-en-Famenne");
	ck_assert_title ("CPAS de Mont de l’Enclus - PST", "CPAS de Mont de l’Enclus");
	ck_assert_title ("CPAS de La Louvière PST 2019-2024", "CPAS de La Louvière");
	ck_assert_title ("Ville de Bastogne", "Ville de Bastogne");
	ck_assert_title ("COMMUNE DE SPRIMONT – PST", "COMMUNE DE SPRIMONT");
	ck_assert_title ("Centre public d’action sociale de Durbuy", "Centre public d’action sociale de Durbuy");
}
END_TEST

START_TEST (a_title_naming_no_cpas_gives_nothing)
{
	ck_assert_title ("Programme stratégique transversal 2019-2024", NULL);
	ck_assert_title ("Commune partenaire", NULL);
	ck_assert_title ("Les CPAS de la région", NULL);
	ck_assert_title ("cpas de virton", NULL);
}
END_TEST

START_TEST (only_title_rows_name_the_entity)
{
	PstPlan *plan = pst_plan_new ("fichier");
	PstAnomaly *warning = g_new0 (PstAnomaly, 1);
	char *e;

	/* An action about another CPAS, kept as a warning, is not a title. */
	warning->source = g_strdup ("plan.xlsx!Feuil1!A9");
	warning->gravite = PST_GRAVITE_AVERTISSEMENT;
	warning->probleme = g_strdup ("Ligne non placée.");
	warning->contenu = g_strdup ("Rencontrer le CPAS de Durbuy");
	g_ptr_array_add (plan->anomalies, warning);
	add_title (plan, "Suivi du PST");
	add_title (plan, "CPAS de Hotton");
	e = pst_plan_title_entite (plan);
	ck_assert_str_eq (e, "CPAS de Hotton");
	g_free (e);
	pst_plan_free (plan);
}
END_TEST

START_TEST (qualified_references)
{
	char *q = pst_ref_qualify ("CPAS de Virton", "2.1.3");
	ck_assert_str_eq (q, "CPAS de Virton:2.1.3");
	g_free (q);
	ck_assert_ptr_null (pst_ref_qualify ("CPAS de Virton", NULL));
	ck_assert_ptr_null (pst_ref_qualify ("CPAS de Virton", ""));
}
END_TEST

Suite *
consolidate_suite (void)
{
	Suite *s = suite_create ("consolidate");
	TCase *tc = tcase_create ("consolidate");
	tcase_add_test (tc, two_plans_numbered_from_1_keep_their_references_under_their_entity);
	tcase_add_test (tc, merging_leaves_the_plans_as_they_were);
	tcase_add_test (tc, the_same_entity_twice_is_renamed_and_reported);
	tcase_add_test (tc, extra_columns_are_united_by_header);
	tcase_add_test (tc, each_entity_is_one_block_of_rows);
	tcase_add_test (tc, interleaved_entities_are_flagged);
	tcase_add_test (tc, the_entity_is_read_from_the_plan_title);
	tcase_add_test (tc, a_title_naming_no_cpas_gives_nothing);
	tcase_add_test (tc, only_title_rows_name_the_entity);
	tcase_add_test (tc, qualified_references);
	suite_add_tcase (s, tc);
	return s;
}
