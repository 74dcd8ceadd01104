/* test-reference.c: references in every style of the seed documents. */
#include <glib.h>
#include "suites.h"
#include "reference.h"

static void
assert_ref (char const *text, char const *parent, char const *expected)
{
	PstError err;
	char *r = pst_ref_normalise (text, parent, &err);
	ck_assert_msg (err == PST_OK && r != NULL,
		       "\"%s\" (parent %s) gave error %d", text,
		       parent ? parent : "none", err);
	ck_assert_msg (g_strcmp0 (r, expected) == 0,
		       "\"%s\" gave \"%s\", expected \"%s\"", text, r, expected);
	g_free (r);
}

static void
assert_not_ref (char const *text, char const *parent, PstError expected)
{
	PstError err;
	char *r = pst_ref_normalise (text, parent, &err);
	ck_assert_msg (r == NULL && err == expected,
		       "\"%s\" gave \"%s\" (error %d)", text, r ? r : "", err);
}

START_TEST (virton_catalogue_styles)
{
	assert_ref ("O. O. 1.1.", NULL, "1.1");
	assert_ref ("O. S. 1 - Etre un CPAS juste dans son action sociale", NULL, "1");
	assert_ref ("O.S. 2 - Etre un CPAS qui lutte contre la pauvreté infantile", NULL, "2");
	assert_ref ("O.O. 2.1.", NULL, "2.1");
	assert_ref ("OO 1.2", NULL, "1.2");
	assert_ref ("OS 4", NULL, "4");
	assert_ref ("action 3", "1.2", "1.2.3");
	assert_ref ("action 14", "O.O. 6.2.", "6.2.14");
}
END_TEST

START_TEST (burdinne_and_erezee_styles)
{
	assert_ref ("O.S.1.1", NULL, "1.1");
	assert_ref ("O.O.1.1.1", NULL, "1.1.1");
	assert_ref ("O.O.3.1    créer des collaborations externes", NULL, "3.1");
	assert_ref ("A.  OO1 : ASSURER UN ACCOMPAGNEMENT", "1", "1.1");
	assert_ref ("- Action 1 : Améliorer les services", "1.1", "1.1.1");
	assert_ref ("- ACTION 6 : poursuivre", "1.3", "1.3.6");
	assert_ref ("1.3.1", NULL, "1.3.1");
	assert_ref ("1.2.3.", NULL, "1.2.3");
}
END_TEST

START_TEST (other_writings)
{
	assert_ref ("Objectif stratégique 3", NULL, "3");
	assert_ref ("Objectif opérationnel 3.2 : Réduire", NULL, "3.2");
	assert_ref ("OS.1 - OO.2 - A.4", NULL, "1.2.4");
	assert_ref ("Action n° 5", "2.1", "2.1.5");
	assert_ref ("Sous-action 2", "1.1.3", "1.1.3.2");
	assert_ref ("3", "1.2", "1.2.3");
	assert_ref ("01.02", NULL, "1.2");
	/* Each level's keyword and number, joined by dots. */
	assert_ref ("OS1", NULL, "1");
	assert_ref ("OS1.OO2", NULL, "1.2");
	assert_ref ("OS1.OO2.A3", NULL, "1.2.3");
	assert_ref ("OS2.OO1.A12", NULL, "2.1.12");
	assert_ref ("OS 1.OO 2.A 3", NULL, "1.2.3");
	assert_ref ("OS1 - OO1.2 - A1.2.4", NULL, "1.2.4");
	assert_ref ("A1", "3.1", "3.1.1");
	assert_ref ("OS 1 OO 2 A 3", NULL, "1.2.3");
	assert_ref ("SZ 2", NULL, "2");
	assert_ref ("Objectif 1.2 : Réduire les délais", NULL, "1.2");
	assert_ref ("Objectif 3 – Logement", NULL, "3");
	assert_ref ("OZ 2.1", NULL, "2.1");
	assert_ref ("Massnahme 4", "2.1", "2.1.4");
}
END_TEST

START_TEST (not_references)
{
	assert_not_ref ("Augmenter de 20%", NULL, PST_ERROR_VALUE);
	assert_not_ref ("à 20 ans", NULL, PST_ERROR_VALUE);
	assert_not_ref ("2019", NULL, PST_ERROR_VALUE);
	assert_not_ref ("1.2a", NULL, PST_ERROR_VALUE);
	assert_not_ref ("", NULL, PST_ERROR_VALUE);
	assert_not_ref ("action 3", NULL, PST_ERROR_VALUE);
	assert_not_ref ("OS 0", NULL, PST_ERROR_VALUE);
	assert_not_ref ("à1", NULL, PST_ERROR_VALUE);
	assert_not_ref ("Objectif 100 % dématérialisé", NULL, PST_ERROR_VALUE);
	assert_ref ("OS 1 - à 20 ans", NULL, "1");
}
END_TEST

START_TEST (the_label_follows_the_code)
{
	PstRefScan scan;
	char const *t = "O. S. 1 - Etre un CPAS juste";
	ck_assert (pst_ref_scan (t, &scan));
	ck_assert_str_eq (t + scan.label_offset, "Etre un CPAS juste");
	t = "action 2\tPrésenter tous les 2 ans";
	ck_assert (pst_ref_scan (t, &scan));
	ck_assert_str_eq (t + scan.label_offset, "Présenter tous les 2 ans");
	t = "OS1. Action sociale renforcée";
	ck_assert (pst_ref_scan (t, &scan));
	ck_assert_int_eq (scan.keyword_level, PST_LEVEL_OS);
	ck_assert_str_eq (t + scan.label_offset, "Action sociale renforcée");
	t = "Objectif 1.2 : Réduire les délais";
	ck_assert (pst_ref_scan (t, &scan));
	ck_assert_int_eq (scan.keyword_level, PST_LEVEL_OO);
	ck_assert_str_eq (t + scan.label_offset, "Réduire les délais");
	t = "OS1.OO2 : Réduire les délais";
	ck_assert (pst_ref_scan (t, &scan));
	ck_assert_int_eq (scan.keyword_level, PST_LEVEL_OO);
	ck_assert_str_eq (t + scan.label_offset, "Réduire les délais");
}
END_TEST

START_TEST (levels_follow_the_keyword_or_the_depth)
{
	PstError err;
	ck_assert_int_eq (pst_ref_level ("2.1.3", &err), 3);
	ck_assert_int_eq (pst_ref_level ("OO 1.2", &err), 2);
	ck_assert_int_eq (pst_ref_level ("O.S.1.1", &err), 1);
	ck_assert_int_eq (pst_ref_level ("action 3", &err), 3);
	ck_assert_int_eq (pst_ref_level ("1.1.3.2", &err), 4);
	pst_ref_level ("1.2.3.4.5", &err);
	ck_assert_int_eq (err, PST_ERROR_NUM);
}
END_TEST

START_TEST (parents)
{
	PstError err;
	char *p = pst_ref_parent ("2.1.3", &err);
	ck_assert_str_eq (p, "2.1");
	g_free (p);
	p = pst_ref_parent ("O.O. 2.1.", &err);
	ck_assert_str_eq (p, "2");
	g_free (p);
	ck_assert_ptr_null (pst_ref_parent ("2", &err));
	ck_assert_int_eq (err, PST_ERROR_NA);
	ck_assert_ptr_null (pst_ref_parent ("xyz", &err));
	ck_assert_int_eq (err, PST_ERROR_VALUE);
}
END_TEST

START_TEST (one_point_ten_is_not_under_one_point_one)
{
	ck_assert (pst_ref_is_within ("1.1.3", "1.1"));
	ck_assert (pst_ref_is_within ("1.1", "1.1"));
	ck_assert (!pst_ref_is_within ("1.10.3", "1.1"));
	ck_assert (!pst_ref_is_within ("2.1", "1"));
}
END_TEST

START_TEST (references_sort_by_position)
{
	ck_assert_int_lt (pst_ref_compare ("1.2", "1.10"), 0);
	ck_assert_int_lt (pst_ref_compare ("1.9.9", "1.10"), 0);
	ck_assert_int_lt (pst_ref_compare ("1", "1.1"), 0);
	ck_assert_int_eq (pst_ref_compare ("3.2", "3.2"), 0);
	ck_assert_int_gt (pst_ref_compare ("10", "9.9"), 0);
	ck_assert_uint_eq (pst_ref_prefix_len ("12.3.45", 2), 4);
	ck_assert_uint_eq (pst_ref_prefix_len ("12.3.45", 3), 7);
}
END_TEST

/* The canonical workbook's references, read by every roll-up, take a
 * shortcut: it must give what the full reading gives. */
START_TEST (canonical_references_read_as_written)
{
	assert_ref ("1", NULL, "1");
	assert_ref ("12.3.45", NULL, "12.3.45");
	assert_ref ("999.1.10", NULL, "999.1.10");
	assert_ref ("1.2.3.4.5.6.7.8", NULL, "1.2.3.4.5.6.7.8");
	assert_ref ("1.2.3", "4.5", "1.2.3");
	/* A lone number under a parent is relative, canonical or not. */
	assert_ref ("3", "1.2", "1.2.3");
	/* Near misses go the long way. */
	assert_ref ("01.2", NULL, "1.2");
	assert_ref ("1.2.", NULL, "1.2");
	assert_not_ref ("1000.1", NULL, PST_ERROR_VALUE);
	assert_not_ref ("0.1", NULL, PST_ERROR_VALUE);
	assert_not_ref ("1.2.3.4.5.6.7.8.9", NULL, PST_ERROR_VALUE);
}
END_TEST

Suite *
reference_suite (void)
{
	Suite *s = suite_create ("reference");
	TCase *tc = tcase_create ("reference");
	tcase_add_test (tc, virton_catalogue_styles);
	tcase_add_test (tc, burdinne_and_erezee_styles);
	tcase_add_test (tc, other_writings);
	tcase_add_test (tc, not_references);
	tcase_add_test (tc, the_label_follows_the_code);
	tcase_add_test (tc, levels_follow_the_keyword_or_the_depth);
	tcase_add_test (tc, parents);
	tcase_add_test (tc, one_point_ten_is_not_under_one_point_one);
	tcase_add_test (tc, references_sort_by_position);
	tcase_add_test (tc, canonical_references_read_as_written);
	suite_add_tcase (s, tc);
	return s;
}
