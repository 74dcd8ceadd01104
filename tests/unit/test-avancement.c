/* test-avancement.c: roll-up rules of the catalogue. */
#include <glib.h>
#include "suites.h"
#include <math.h>
#include "avancement.h"
#include "synthese.h"

#define ROW(p, w, s) { (p), TRUE, (w), (s) }
#define BLANK(w, s) { 0, FALSE, (w), (s) }

START_TEST (equal_weights_give_the_plain_mean)
{
	PstProgressRow rows[] = {
		ROW (0.2, 1, PST_STATUS_EN_COURS),
		ROW (0.6, 1, PST_STATUS_EN_COURS),
	};
	double m;
	ck_assert_int_eq (pst_avancement (rows, 2, &m), PST_OK);
	ck_assert_double_eq_tol (m, 0.4, 1e-12);
}
END_TEST

START_TEST (termine_counts_as_100_percent)
{
	PstProgressRow rows[] = {
		ROW (0.6, 1, PST_STATUS_TERMINE),
		BLANK (1, PST_STATUS_TERMINE),
		ROW (0.1, 1, PST_STATUS_EN_COURS),
	};
	double m;
	ck_assert_int_eq (pst_avancement (rows, 3, &m), PST_OK);
	ck_assert_double_eq_tol (m, 2.1 / 3, 1e-12);
}
END_TEST

START_TEST (blank_progress_is_skipped_but_non_commence_counts_zero)
{
	PstProgressRow rows[] = {
		ROW (0.8, 1, PST_STATUS_EN_COURS),
		BLANK (1, PST_STATUS_EN_COURS),
		BLANK (1, PST_STATUS_NON_COMMENCE),
	};
	double m;
	ck_assert_int_eq (pst_avancement (rows, 3, &m), PST_OK);
	ck_assert_double_eq_tol (m, 0.4, 1e-12);
}
END_TEST

START_TEST (cancelled_actions_are_left_out)
{
	PstProgressRow rows[] = {
		ROW (0.5, 1, PST_STATUS_EN_COURS),
		ROW (0.0, 5, PST_STATUS_ANNULE_ABANDONNE),
	};
	double m;
	ck_assert_int_eq (pst_avancement (rows, 2, &m), PST_OK);
	ck_assert_double_eq_tol (m, 0.5, 1e-12);
}
END_TEST

START_TEST (weights_count)
{
	PstProgressRow rows[] = {
		ROW (1.0, 3, PST_STATUS_UNKNOWN),
		ROW (0.0, 1, PST_STATUS_UNKNOWN),
	};
	double m;
	ck_assert_int_eq (pst_avancement (rows, 2, &m), PST_OK);
	ck_assert_double_eq_tol (m, 0.75, 1e-12);
}
END_TEST

START_TEST (nothing_left_is_div0)
{
	PstProgressRow rows[] = {
		ROW (0.5, 0, PST_STATUS_EN_COURS),
		ROW (0.5, 1, PST_STATUS_ANNULE_ABANDONNE),
		BLANK (1, PST_STATUS_EN_COURS),
	};
	double m;
	ck_assert_int_eq (pst_avancement (rows, 3, &m), PST_ERROR_DIV0);
	ck_assert_int_eq (pst_avancement (rows, 0, &m), PST_ERROR_DIV0);
}
END_TEST

START_TEST (expected_progress_is_linear_and_clamped)
{
	double e;
	ck_assert_int_eq (pst_avancement_attendu (0, 100, 25, &e), PST_OK);
	ck_assert_double_eq_tol (e, 0.25, 1e-12);
	pst_avancement_attendu (0, 100, -5, &e);
	ck_assert_double_eq (e, 0);
	pst_avancement_attendu (0, 100, 500, &e);
	ck_assert_double_eq (e, 1);
	pst_avancement_attendu (10, 10, 10, &e);
	ck_assert_double_eq (e, 1);
	pst_avancement_attendu (10, 10, 9, &e);
	ck_assert_double_eq (e, 0);
	ck_assert_int_eq (pst_avancement_attendu (10, 5, 7, &e), PST_ERROR_NUM);
}
END_TEST

START_TEST (synthese_groups_by_node_in_reference_order)
{
	char const *refs[] = { "1.10.1", "1.2.1", "1.2.2", "2.1.1", NULL, "1", "1.2" };
	PstProgressRow rows[] = {
		ROW (1.0, 1, PST_STATUS_TERMINE),
		ROW (0.5, 1, PST_STATUS_EN_COURS),
		ROW (0.0, 1, PST_STATUS_EN_COURS),
		ROW (0.3, 1, PST_STATUS_ANNULE_ABANDONNE),
		ROW (0.9, 1, PST_STATUS_EN_COURS),
		ROW (0.9, 1, PST_STATUS_EN_COURS),
		ROW (0.1, 1, PST_STATUS_EN_COURS),
	};
	GPtrArray *nodes = pst_synthese (refs, rows, G_N_ELEMENTS (rows), 2);
	PstSyntheseNode *n;
	double m;

	ck_assert_uint_eq (nodes->len, 3);
	n = g_ptr_array_index (nodes, 0);
	ck_assert_str_eq (n->ref, "1.2");
	ck_assert_uint_eq (n->sum.n_rows, 3);
	ck_assert_int_eq (pst_progress_sum_mean (&n->sum, &m), PST_OK);
	ck_assert_double_eq_tol (m, 0.2, 1e-12);
	n = g_ptr_array_index (nodes, 1);
	ck_assert_str_eq (n->ref, "1.10");
	ck_assert_uint_eq (n->sum.n_finished, 1);
	n = g_ptr_array_index (nodes, 2);
	ck_assert_str_eq (n->ref, "2.1");
	ck_assert_uint_eq (n->sum.n_rows, 0);
	ck_assert_int_eq (pst_progress_sum_mean (&n->sum, &m), PST_ERROR_DIV0);
	pst_synthese_free (nodes);
}
END_TEST

static GDate
dmy (int d, int m, int y)
{
	GDate date;
	g_date_clear (&date, 1);
	g_date_set_dmy (&date, d, m, y);
	return date;
}

START_TEST (progression_is_the_change_without_dates)
{
	double c = -1;
	ck_assert_int_eq (pst_avancement_progression (0.4, 0.6, NULL, NULL, &c), PST_OK);
	ck_assert_double_eq_tol (c, 0.2, 1e-12);
	ck_assert_int_eq (pst_avancement_progression (0.6, 0.4, NULL, NULL, &c), PST_OK);
	ck_assert_double_eq_tol (c, -0.2, 1e-12);
	ck_assert_int_eq (pst_avancement_progression (0.5, 0.5, NULL, NULL, &c), PST_OK);
	ck_assert_double_eq (c, 0);
	ck_assert_int_eq (pst_avancement_progression (NAN, 0.5, NULL, NULL, &c), PST_ERROR_VALUE);
}
END_TEST

START_TEST (progression_per_year_between_dates)
{
	GDate a = dmy (31, 12, 2022), b = dmy (30, 6, 2023);
	GDate c1 = dmy (1, 1, 2022), c2 = dmy (1, 1, 2024);
	GDate l1 = dmy (28, 2, 2023), l2 = dmy (29, 2, 2024);
	double c;

	/* 20 points in half a year: 40 points a year. */
	ck_assert_int_eq (pst_avancement_progression (0.4, 0.6, &a, &b, &c), PST_OK);
	ck_assert_double_eq_tol (c, 0.4, 1e-12);
	ck_assert_int_eq (pst_avancement_progression (0.1, 0.5, &c1, &c2, &c), PST_OK);
	ck_assert_double_eq_tol (c, 0.2, 1e-12);
	/* A leap year is still a year. */
	ck_assert_int_eq (pst_avancement_progression (0, 0.3, &l1, &l2, &c), PST_OK);
	ck_assert_double_eq_tol (c, 0.3, 1e-12);
	/* Progress revised downwards. */
	ck_assert_int_eq (pst_avancement_progression (0.6, 0.5, &a, &b, &c), PST_OK);
	ck_assert_double_eq_tol (c, -0.2, 1e-12);
}
END_TEST

START_TEST (progression_with_bad_dates)
{
	GDate a = dmy (31, 12, 2022), b = dmy (30, 6, 2023), bad;
	double c;

	g_date_clear (&bad, 1);
	ck_assert_int_eq (pst_avancement_progression (0.4, 0.6, &b, &a, &c), PST_ERROR_NUM);
	ck_assert_int_eq (pst_avancement_progression (0.4, 0.6, &a, &a, &c), PST_ERROR_DIV0);
	ck_assert_int_eq (pst_avancement_progression (0.4, 0.6, &a, NULL, &c), PST_ERROR_VALUE);
	ck_assert_int_eq (pst_avancement_progression (0.4, 0.6, NULL, &b, &c), PST_ERROR_VALUE);
	ck_assert_int_eq (pst_avancement_progression (0.4, 0.6, &a, &bad, &c), PST_ERROR_VALUE);
}
END_TEST

Suite *
avancement_suite (void)
{
	Suite *s = suite_create ("avancement");
	TCase *tc = tcase_create ("avancement");
	tcase_add_test (tc, equal_weights_give_the_plain_mean);
	tcase_add_test (tc, termine_counts_as_100_percent);
	tcase_add_test (tc, blank_progress_is_skipped_but_non_commence_counts_zero);
	tcase_add_test (tc, cancelled_actions_are_left_out);
	tcase_add_test (tc, weights_count);
	tcase_add_test (tc, nothing_left_is_div0);
	tcase_add_test (tc, expected_progress_is_linear_and_clamped);
	tcase_add_test (tc, synthese_groups_by_node_in_reference_order);
	tcase_add_test (tc, progression_is_the_change_without_dates);
	tcase_add_test (tc, progression_per_year_between_dates);
	tcase_add_test (tc, progression_with_bad_dates);
	suite_add_tcase (s, tc);
	return s;
}
