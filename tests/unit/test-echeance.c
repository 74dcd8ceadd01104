/* test-echeance.c: every échéance written in Erezée's plan, and more. */
#include <glib.h>
#include "suites.h"
#include "echeance.h"
#include "periode.h"
#include "frequence.h"

static void
assert_date (char const *text, int year, int d, int m, int y)
{
	GDate date;
	PstError err;
	g_date_clear (&date, 1);
	err = pst_echeance_parse (text, year, &date);
	ck_assert_msg (err == PST_OK, "\"%s\" gave error %d", text, err);
	ck_assert_msg (g_date_get_day (&date) == d &&
		       g_date_get_month (&date) == m &&
		       g_date_get_year (&date) == y,
		       "\"%s\" gave %d/%d/%d, expected %d/%d/%d", text,
		       g_date_get_day (&date), g_date_get_month (&date),
		       g_date_get_year (&date), d, m, y);
}

static void
assert_no_date (char const *text, int year, PstError expected)
{
	GDate date;
	PstError err;
	g_date_clear (&date, 1);
	err = pst_echeance_parse (text, year, &date);
	ck_assert_msg (err == expected, "\"%s\" gave error %d, expected %d",
		       text, err, expected);
}

static void
assert_freq (char const *text, double expected)
{
	double f = -1;
	PstError err = pst_frequence_parse (text, &f);
	ck_assert_msg (err == PST_OK, "\"%s\" gave error %d", text, err);
	ck_assert_msg (f > expected - 1e-9 && f < expected + 1e-9,
		       "\"%s\" gave %g, expected %g", text, f, expected);
}

START_TEST (erezee_deadlines)
{
	assert_date ("janvier 2020 -Rapport au Conseil", 0, 31, 1, 2020);
	assert_date ("septembre 2020", 0, 30, 9, 2020);
	assert_date ("août 2020", 0, 31, 8, 2020);
	assert_date ("fin 2019", 0, 31, 12, 2019);
	assert_date ("2019 - 2020", 0, 31, 12, 2020);
	assert_date ("2025/26", 0, 31, 12, 2026);
	assert_date ("saison 2025-26", 0, 31, 12, 2026);
	assert_date ("2019-2020", 0, 31, 12, 2020);
}
END_TEST

START_TEST (erezee_recurring_deadlines_are_not_dates)
{
	assert_no_date ("1x/ trimestre.", 0, PST_ERROR_NA);
	assert_no_date ("1x/an", 0, PST_ERROR_NA);
	assert_no_date ("2x/an", 0, PST_ERROR_NA);
	assert_no_date ("3x/an", 0, PST_ERROR_NA);
	assert_no_date ("bi-mensuel", 0, PST_ERROR_NA);
	assert_no_date ("trimestriel", 0, PST_ERROR_NA);
	assert_no_date ("trimestrielle", 0, PST_ERROR_NA);
}
END_TEST

START_TEST (catalogue_deadlines)
{
	assert_date ("T3 2021", 0, 30, 9, 2021);
	assert_date ("3e trimestre 2021", 0, 30, 9, 2021);
	assert_date ("S1 2022", 0, 30, 6, 2022);
	assert_date ("2ème semestre 2022", 0, 31, 12, 2022);
	assert_date ("31/01", 2021, 31, 1, 2021);
	assert_date ("Pour le 31/01", 2022, 31, 1, 2022);
	assert_date ("15/03/2021", 0, 15, 3, 2021);
	assert_date ("15-03-21", 0, 15, 3, 2021);
	assert_date ("2021-03-15", 0, 15, 3, 2021);
	assert_date ("30 juin 2021", 0, 30, 6, 2021);
	assert_date ("1er juillet 2021", 0, 1, 7, 2021);
	assert_date ("mi-2021", 0, 30, 6, 2021);
	assert_date ("début 2020", 0, 31, 3, 2020);
	assert_date ("2024", 0, 31, 12, 2024);
	assert_date ("fin juin", 2023, 30, 6, 2023);
	assert_date ("février 2024", 0, 29, 2, 2024);
}
END_TEST

START_TEST (bad_deadlines)
{
	assert_no_date ("dès que possible", 0, PST_ERROR_VALUE);
	assert_no_date ("31/01", 0, PST_ERROR_VALUE);
	assert_no_date ("31/02/2021", 0, PST_ERROR_VALUE);
	assert_no_date ("2021 - 2019", 0, PST_ERROR_VALUE);
	assert_no_date ("", 0, PST_ERROR_VALUE);
	assert_no_date ("juin", 12, PST_ERROR_NUM);
}
END_TEST

/* Found by fuzz-echeance: a full date took any four-digit year, and
 * "1.2.3.1004" was the 2nd of March 1004, a day no spreadsheet numbers. */
START_TEST (full_dates_before_1900_are_no_deadlines)
{
	assert_no_date ("1.2.3.1004pa*", 0, PST_ERROR_VALUE);
	assert_no_date ("02/03/1004", 0, PST_ERROR_VALUE);
	assert_no_date ("1004-03-02", 0, PST_ERROR_VALUE);
	assert_date ("02/03/1900", 0, 2, 3, 1900);
	assert_date ("31/12/9999", 0, 31, 12, 9999);
}
END_TEST

START_TEST (frequencies)
{
	assert_freq ("1x/an", 1);
	assert_freq ("2x/an", 2);
	assert_freq ("3x/an", 3);
	assert_freq ("1x/ trimestre.", 4);
	assert_freq ("trimestriel", 4);
	assert_freq ("trimestrielle", 4);
	assert_freq ("tous les 6 mois", 2);
	assert_freq ("tous les 2 ans", 0.5);
	assert_freq ("tous les trimestres", 4);
	assert_freq ("mensuellement", 12);
	assert_freq ("bimensuel", 24);
	assert_freq ("bi-mensuel", 24);
	assert_freq ("deux fois par mois", 24);
	assert_freq ("une fois par an", 1);
	assert_freq ("chaque année", 1);
	assert_freq ("hebdomadaire", 52);
	assert_freq ("3 desserts maison par semaine", 156);
	assert_freq ("de manière bi-annuelle", 2);
}
END_TEST

START_TEST (deadlines_are_not_frequencies)
{
	double f;
	ck_assert_int_eq (pst_frequence_parse ("janvier 2020", &f), PST_ERROR_NA);
	ck_assert_int_eq (pst_frequence_parse ("fin 2019", &f), PST_ERROR_NA);
	ck_assert_int_eq (pst_frequence_parse ("souvent", &f), PST_ERROR_VALUE);
	ck_assert_int_eq (pst_frequence_parse ("augmenter de 5% par an", &f), PST_OK);
	ck_assert_double_eq (f, 1);
}
END_TEST

Suite *
echeance_suite (void)
{
	Suite *s = suite_create ("echeance");
	TCase *tc = tcase_create ("echeance");
	tcase_add_test (tc, erezee_deadlines);
	tcase_add_test (tc, erezee_recurring_deadlines_are_not_dates);
	tcase_add_test (tc, catalogue_deadlines);
	tcase_add_test (tc, bad_deadlines);
	tcase_add_test (tc, full_dates_before_1900_are_no_deadlines);
	tcase_add_test (tc, frequencies);
	tcase_add_test (tc, deadlines_are_not_frequencies);
	suite_add_tcase (s, tc);
	return s;
}
