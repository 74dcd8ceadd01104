/* test-echeance.c: every échéance written in Erezée's plan, and more. */
#include <glib.h>
#include <math.h>
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
	assert_date ("März 2026", 0, 31, 3, 2026);
	assert_date ("30 sept. 2025", 0, 30, 9, 2025);
	assert_date ("1 janv. 2025", 0, 1, 1, 2025);
	assert_date ("fin sept. 2025", 0, 30, 9, 2025);
	assert_date ("30-sep-2025", 0, 30, 9, 2025);
	assert_date ("déc. 2026", 0, 31, 12, 2026);
	assert_date ("déc-25", 0, 31, 12, 2025);
	assert_date ("2026 (T2)", 0, 30, 6, 2026);
	assert_date ("été 2025", 0, 31, 8, 2025);
	assert_date ("rentrée 2025", 0, 30, 9, 2025);
	assert_date ("hiver 2025", 0, 28, 2, 2026);
	assert_date ("31.12.2025", 0, 31, 12, 2025);
}
END_TEST

static void
assert_range_start (char const *text, int d, int m, int y)
{
	GDate date;
	g_date_clear (&date, 1);
	ck_assert_msg (pst_echeance_range_start (text, 0, &date), "\"%s\" gave no start", text);
	ck_assert_msg (g_date_get_day (&date) == d && g_date_get_month (&date) == m &&
		       g_date_get_year (&date) == y,
		       "\"%s\" started %d/%d/%d, expected %d/%d/%d", text, g_date_get_day (&date),
		       g_date_get_month (&date), g_date_get_year (&date), d, m, y);
}

/* A period in one cell ("Période"): it ends where its second part ends,
 * and starts on the first day of its first part. */
START_TEST (periods_written_as_ranges)
{
	assert_date ("06/2025", 0, 30, 6, 2025);
	assert_date ("01/2025 - 06/2025", 0, 30, 6, 2025);
	assert_date ("03/2025 – 12/2026", 0, 31, 12, 2026);
	assert_date ("du 01/03/2025 au 15/09/2025", 0, 15, 9, 2025);
	assert_date ("du 01/03 au 30/06/2025", 0, 30, 6, 2025);
	assert_date ("janvier à juin 2026", 0, 30, 6, 2026);
	assert_date ("T1 2025 - T3 2025", 0, 30, 9, 2025);
	assert_date ("31/12/2025 à confirmer", 0, 31, 12, 2025);
	assert_range_start ("01/2025 - 06/2025", 1, 1, 2025);
	assert_range_start ("du 01/03 au 30/06/2025", 1, 3, 2025);
	assert_range_start ("T2 2025 - T3 2025", 1, 4, 2025);
	assert_range_start ("2025 - 2027", 1, 1, 2025);
	assert_range_start ("janvier à juin 2026", 1, 1, 2026);
	assert_no_date ("06/2025 - 01/2025", 0, PST_ERROR_VALUE);
	ck_assert (!pst_echeance_range_start ("31/12/2025", 0, &(GDate) { 0 }));
	ck_assert (!pst_echeance_range_start ("2021-2022", 0, &(GDate) { 0 }));
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

/* Julian day of the échéance @text, as the functions read it. */
static double
echeance_day (char const *text)
{
	GDate date;
	g_date_clear (&date, 1);
	ck_assert_msg (pst_echeance_parse (text, 0, &date) == PST_OK,
		       "\"%s\" is no échéance", text);
	return g_date_get_julian (&date);
}

static double
retard (char const *before, char const *after)
{
	double days = -1e9;
	ck_assert_int_eq (pst_echeance_retard (echeance_day (before),
					       echeance_day (after), &days),
			  PST_OK);
	return days;
}

START_TEST (retard_in_days_between_deadlines)
{
	ck_assert_double_eq (retard ("fin 2024", "T3 2025"), 273);
	ck_assert_double_eq (retard ("T3 2025", "fin 2024"), -273);
	/* 2024 is a leap year, 2023 is not. */
	ck_assert_double_eq (retard ("fin 2023", "fin 2024"), 366);
	ck_assert_double_eq (retard ("fin 2024", "fin 2025"), 365);
	ck_assert_double_eq (retard ("janvier 2024", "février 2024"), 29);
	ck_assert_double_eq (retard ("janvier 2023", "février 2023"), 28);
	/* Quarter ends. */
	ck_assert_double_eq (retard ("T1 2025", "T2 2025"), 91);
	ck_assert_double_eq (retard ("T4 2024", "T1 2025"), 90);
	ck_assert_double_eq (retard ("juin 2025", "S1 2025"), 0);
	ck_assert_double_eq (retard ("31/12/2024", "fin 2024"), 0);
}
END_TEST

START_TEST (retard_drops_the_time_of_day)
{
	double days;
	ck_assert_int_eq (pst_echeance_retard (45657.75, 45658.25, &days), PST_OK);
	ck_assert_double_eq (days, 1);
	ck_assert_int_eq (pst_echeance_retard (45658.9, 45658.1, &days), PST_OK);
	ck_assert_double_eq (days, 0);
	ck_assert_int_eq (pst_echeance_retard (NAN, 45658, &days), PST_ERROR_VALUE);
	ck_assert_int_eq (pst_echeance_retard (45658, INFINITY, &days), PST_ERROR_VALUE);
}
END_TEST

START_TEST (a_whole_number_from_1900_to_2199_is_a_year)
{
	GDate date;
	ck_assert (pst_echeance_year (2024, &date));
	ck_assert_int_eq (g_date_get_day (&date), 31);
	ck_assert_int_eq (g_date_get_month (&date), 12);
	ck_assert_int_eq (g_date_get_year (&date), 2024);
	ck_assert (pst_echeance_year (1900, &date));
	ck_assert (pst_echeance_year (2199, &date));
	ck_assert (!pst_echeance_year (2200, &date));
	ck_assert (!pst_echeance_year (1899, &date));
	ck_assert (!pst_echeance_year (2024.5, &date));
	ck_assert (!pst_echeance_year (45657, &date));
}
END_TEST

static double
months (int d1, int m1, int y1, int d2, int m2, int y2)
{
	GDate a, b;
	double n = -1;
	g_date_clear (&a, 1);
	g_date_clear (&b, 1);
	g_date_set_dmy (&a, d1, m1, y1);
	g_date_set_dmy (&b, d2, m2, y2);
	ck_assert_int_eq (pst_mois_ecoules (&a, &b, &n), PST_OK);
	return n;
}

START_TEST (months_as_edate_counts_them)
{
	ck_assert_double_eq (months (15, 1, 2024, 15, 3, 2024), 2);
	ck_assert_double_eq (months (1, 1, 2022, 1, 1, 2024), 24);
	ck_assert_double_eq (months (5, 5, 2024, 5, 5, 2024), 0);
	/* Ends of months, quarters and half-years. */
	ck_assert_double_eq (months (31, 12, 2022, 30, 6, 2023), 6);
	ck_assert_double_eq (months (30, 6, 2023, 31, 12, 2023), 6);
	ck_assert_double_eq (months (31, 3, 2024, 30, 6, 2024), 3);
	ck_assert_double_eq (months (30, 9, 2024, 31, 12, 2024), 3);
	ck_assert_double_eq (months (31, 1, 2024, 29, 2, 2024), 1);
	ck_assert_double_eq (months (31, 1, 2023, 28, 2, 2023), 1);
	/* Leap years: 28/02/2023 is the last of its month, 28/02/2024 not. */
	ck_assert_double_eq (months (28, 2, 2023, 29, 2, 2024), 12);
	ck_assert_double_eq (months (29, 2, 2024, 28, 2, 2025), 12);
	ck_assert_double_eq (months (28, 2, 2024, 28, 2, 2025), 12);
	ck_assert_double_eq_tol (months (28, 2, 2024, 29, 2, 2024), 1.0 / 29, 1e-12);
	/* Days left over: a share of the month that follows. */
	ck_assert_double_eq_tol (months (1, 1, 2021, 31, 12, 2021), 11 + 30.0 / 31, 1e-12);
	ck_assert_double_eq_tol (months (15, 1, 2024, 1, 2, 2024), 17.0 / 31, 1e-12);
	ck_assert_double_eq_tol (months (31, 1, 2024, 1, 2, 2024), 1.0 / 29, 1e-12);
}
END_TEST

START_TEST (months_backwards_or_invalid)
{
	GDate a, b, bad;
	double n;
	g_date_clear (&a, 1);
	g_date_clear (&b, 1);
	g_date_clear (&bad, 1);
	g_date_set_dmy (&a, 1, 7, 2024);
	g_date_set_dmy (&b, 30, 6, 2024);
	ck_assert_int_eq (pst_mois_ecoules (&a, &b, &n), PST_ERROR_NUM);
	ck_assert_int_eq (pst_mois_ecoules (&a, &bad, &n), PST_ERROR_VALUE);
	ck_assert_int_eq (pst_mois_ecoules (&bad, &a, &n), PST_ERROR_VALUE);
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
	tcase_add_test (tc, periods_written_as_ranges);
	tcase_add_test (tc, bad_deadlines);
	tcase_add_test (tc, full_dates_before_1900_are_no_deadlines);
	tcase_add_test (tc, frequencies);
	tcase_add_test (tc, retard_in_days_between_deadlines);
	tcase_add_test (tc, retard_drops_the_time_of_day);
	tcase_add_test (tc, a_whole_number_from_1900_to_2199_is_a_year);
	tcase_add_test (tc, months_as_edate_counts_them);
	tcase_add_test (tc, months_backwards_or_invalid);
	tcase_add_test (tc, deadlines_are_not_frequencies);
	suite_add_tcase (s, tc);
	return s;
}
