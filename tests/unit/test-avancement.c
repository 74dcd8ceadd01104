/* test-avancement.c: roll-up rules of the catalogue. */
#include <glib.h>
#include "suites.h"
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
	suite_add_tcase (s, tc);
	return s;
}
