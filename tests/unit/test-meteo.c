/* test-meteo.c: weather words, schedule and cost weather, syntheses. */
#include <math.h>
#include <glib.h>
#include "suites.h"
#include "meteo.h"

/* A year of 100 days makes the elapsed share easy to read. */
#define START 1000.0
#define END 1100.0

static void
assert_parse (char const *text, PstMeteo expected)
{
	PstMeteo m = pst_meteo_parse (text);
	ck_assert_msg (m == expected, "\"%s\" read as %d, expected %d",
		       text ? text : "(null)", m, expected);
}

static PstMeteo
delais (double progress, double date, PstStatus status)
{
	PstMeteo m = PST_METEO_UNKNOWN;
	PstError err = pst_meteo_delais (progress, START, END, date, status,
					 NULL, &m);
	ck_assert_msg (err == PST_OK, "progress %g on day %g gave error %d",
		       progress, date, err);
	return m;
}

static PstMeteo
ressources (double engage, double budget, double progress)
{
	PstMeteo m = PST_METEO_UNKNOWN;
	PstError err = pst_meteo_ressources (engage, budget, progress, NULL,
					     &m);
	ck_assert_msg (err == PST_OK, "%g spent of %g at %g gave error %d",
		       engage, budget, progress, err);
	return m;
}

static PstMeteo
synthese (char const *values, char const *mode_text)
{
	PstMeteoCount count;
	PstMeteoMode mode;
	PstMeteo m = PST_METEO_UNKNOWN;
	char **v = g_strsplit (values, " ", -1);
	int i;

	pst_meteo_count_init (&count);
	for (i = 0; v[i] != NULL; i++)
		ck_assert (pst_meteo_count_add (&count, pst_meteo_parse (v[i])));
	g_strfreev (v);
	ck_assert_int_eq (pst_meteo_mode_parse (mode_text, &mode), PST_OK);
	ck_assert_int_eq (pst_meteo_synthese_result (&count, mode, &m), PST_OK);
	return m;
}

START_TEST (the_four_words_in_any_case)
{
	assert_parse ("soleil", PST_METEO_SOLEIL);
	assert_parse ("Soleil", PST_METEO_SOLEIL);
	assert_parse ("NUAGEUX", PST_METEO_NUAGEUX);
	assert_parse (" pluie ", PST_METEO_PLUIE);
	assert_parse ("Orage", PST_METEO_ORAGE);
	assert_parse ("Orages", PST_METEO_ORAGE);
	assert_parse ("pluvieux", PST_METEO_PLUIE);
	assert_parse ("ensoleillé", PST_METEO_SOLEIL);
	assert_parse ("Tempête", PST_METEO_ORAGE);
	assert_parse ("Météo : nuageux", PST_METEO_NUAGEUX);
}
END_TEST

START_TEST (levels_typed_as_text)
{
	assert_parse ("1", PST_METEO_SOLEIL);
	assert_parse ("2", PST_METEO_NUAGEUX);
	assert_parse ("3", PST_METEO_PLUIE);
	assert_parse ("4", PST_METEO_ORAGE);
	assert_parse ("2,0", PST_METEO_NUAGEUX);
	assert_parse ("niveau 3", PST_METEO_PLUIE);
	assert_parse ("0", PST_METEO_UNKNOWN);
	assert_parse ("5", PST_METEO_UNKNOWN);
	assert_parse ("2.5", PST_METEO_UNKNOWN);
}
END_TEST

START_TEST (symbols_with_or_without_variation_selector)
{
	assert_parse ("\xe2\x98\x80", PST_METEO_SOLEIL);		/* ☀ */
	assert_parse ("\xe2\x98\x80\xef\xb8\x8f", PST_METEO_SOLEIL);	/* ☀️ */
	assert_parse ("\xe2\x9b\x85", PST_METEO_NUAGEUX);		/* ⛅ */
	assert_parse ("\xe2\x98\x81\xef\xb8\x8f", PST_METEO_NUAGEUX);	/* ☁️ */
	assert_parse ("\xf0\x9f\x8c\xa7", PST_METEO_PLUIE);		/* 🌧 */
	assert_parse ("\xf0\x9f\x8c\xa7\xef\xb8\x8f", PST_METEO_PLUIE);	/* 🌧️ */
	assert_parse ("\xf0\x9f\x8c\xa6", PST_METEO_PLUIE);		/* 🌦 */
	assert_parse ("\xe2\x9b\x86", PST_METEO_PLUIE);		/* ⛆ */
	assert_parse ("\xe2\x9b\x88", PST_METEO_ORAGE);		/* ⛈ */
	assert_parse ("\xe2\x9b\x88\xef\xb8\x8f", PST_METEO_ORAGE);	/* ⛈️ */
	assert_parse ("\xf0\x9f\x8c\xa9", PST_METEO_ORAGE);		/* 🌩 */
}
END_TEST

START_TEST (a_symbol_next_to_its_word)
{
	assert_parse ("\xe2\x98\x80\xef\xb8\x8f Soleil", PST_METEO_SOLEIL);
	assert_parse ("\xe2\x9b\x88 orage (4)", PST_METEO_ORAGE);
	assert_parse ("\xe2\x98\x80 orage", PST_METEO_UNKNOWN);
	assert_parse ("soleil 2", PST_METEO_UNKNOWN);
}
END_TEST

START_TEST (imio_health_words)
{
	assert_parse ("bon", PST_METEO_SOLEIL);
	assert_parse ("Risque", PST_METEO_PLUIE);
	assert_parse ("à risque", PST_METEO_PLUIE);
	assert_parse ("blocage", PST_METEO_ORAGE);
	assert_parse ("pause", PST_METEO_NUAGEUX);
	assert_parse ("En pause", PST_METEO_NUAGEUX);
}
END_TEST

START_TEST (what_is_no_weather)
{
	assert_parse (NULL, PST_METEO_UNKNOWN);
	assert_parse ("", PST_METEO_UNKNOWN);
	assert_parse ("   ", PST_METEO_UNKNOWN);
	assert_parse ("vert", PST_METEO_UNKNOWN);
	assert_parse ("soleil couchant", PST_METEO_UNKNOWN);
	assert_parse ("beau", PST_METEO_UNKNOWN);
}
END_TEST

START_TEST (levels_and_words)
{
	ck_assert_int_eq (pst_meteo_from_level (1), PST_METEO_SOLEIL);
	ck_assert_int_eq (pst_meteo_from_level (4), PST_METEO_ORAGE);
	ck_assert_int_eq (pst_meteo_from_level (0), PST_METEO_UNKNOWN);
	ck_assert_int_eq (pst_meteo_from_level (2.5), PST_METEO_UNKNOWN);
	ck_assert_int_eq (pst_meteo_from_level (5), PST_METEO_UNKNOWN);
	ck_assert_int_eq (pst_meteo_from_level (NAN), PST_METEO_UNKNOWN);
	ck_assert_str_eq (pst_meteo_word (PST_METEO_SOLEIL), "soleil");
	ck_assert_str_eq (pst_meteo_word (PST_METEO_NUAGEUX), "nuageux");
	ck_assert_str_eq (pst_meteo_word (PST_METEO_PLUIE), "pluie");
	ck_assert_str_eq (pst_meteo_word (PST_METEO_ORAGE), "orage");
	ck_assert_ptr_null (pst_meteo_word (PST_METEO_UNKNOWN));
}
END_TEST

START_TEST (the_worse_of_two)
{
	ck_assert_int_eq (pst_meteo_worst (PST_METEO_SOLEIL, PST_METEO_PLUIE),
			  PST_METEO_PLUIE);
	ck_assert_int_eq (pst_meteo_worst (PST_METEO_ORAGE, PST_METEO_NUAGEUX),
			  PST_METEO_ORAGE);
	ck_assert_int_eq (pst_meteo_worst (PST_METEO_UNKNOWN, PST_METEO_NUAGEUX),
			  PST_METEO_NUAGEUX);
}
END_TEST

START_TEST (index_bands_at_their_edges)
{
	PstMeteo m;
	ck_assert_int_eq (pst_meteo_from_index (0.95, NULL, &m), PST_OK);
	ck_assert_int_eq (m, PST_METEO_SOLEIL);
	pst_meteo_from_index (0.9499, NULL, &m);
	ck_assert_int_eq (m, PST_METEO_NUAGEUX);
	pst_meteo_from_index (0.85, NULL, &m);
	ck_assert_int_eq (m, PST_METEO_NUAGEUX);
	pst_meteo_from_index (0.70, NULL, &m);
	ck_assert_int_eq (m, PST_METEO_PLUIE);
	pst_meteo_from_index (0.6999, NULL, &m);
	ck_assert_int_eq (m, PST_METEO_ORAGE);
	pst_meteo_from_index (0, NULL, &m);
	ck_assert_int_eq (m, PST_METEO_ORAGE);
	pst_meteo_from_index (1.7, NULL, &m);
	ck_assert_int_eq (m, PST_METEO_SOLEIL);
}
END_TEST

START_TEST (thresholds_must_go_down_and_stay_positive)
{
	PstMeteoThresholds t;
	PstMeteo m;

	pst_meteo_thresholds_init (&t);
	ck_assert_double_eq (t.soleil, 0.95);
	ck_assert_double_eq (t.nuageux, 0.85);
	ck_assert_double_eq (t.pluie, 0.70);
	ck_assert_int_eq (pst_meteo_thresholds_check (&t), PST_OK);

	t = (PstMeteoThresholds) { 0.85, 0.95, 0.70 };
	ck_assert_int_eq (pst_meteo_thresholds_check (&t), PST_ERROR_NUM);
	t = (PstMeteoThresholds) { 0.95, 0.85, 0 };
	ck_assert_int_eq (pst_meteo_thresholds_check (&t), PST_ERROR_NUM);
	t = (PstMeteoThresholds) { 0.95, 0.85, -0.1 };
	ck_assert_int_eq (pst_meteo_thresholds_check (&t), PST_ERROR_NUM);
	t = (PstMeteoThresholds) { INFINITY, 0.85, 0.70 };
	ck_assert_int_eq (pst_meteo_thresholds_check (&t), PST_ERROR_NUM);
	t = (PstMeteoThresholds) { 0.95, NAN, 0.70 };
	ck_assert_int_eq (pst_meteo_thresholds_check (&t), PST_ERROR_NUM);
	ck_assert_int_eq (pst_meteo_from_index (1, &t, &m), PST_ERROR_NUM);
	ck_assert_int_eq (pst_meteo_delais (0.5, START, END, 1050,
					    PST_STATUS_EN_COURS, &t, &m),
			  PST_ERROR_NUM);
	ck_assert_int_eq (pst_meteo_ressources (10, 10, 0.5, &t, &m),
			  PST_ERROR_NUM);
}
END_TEST

START_TEST (three_colours_by_merging_two_thresholds)
{
	PstMeteoThresholds t = { 0.95, 0.85, 0.85 };
	PstMeteo m;
	ck_assert_int_eq (pst_meteo_thresholds_check (&t), PST_OK);
	pst_meteo_from_index (0.86, &t, &m);
	ck_assert_int_eq (m, PST_METEO_NUAGEUX);
	pst_meteo_from_index (0.84, &t, &m);
	ck_assert_int_eq (m, PST_METEO_ORAGE);
}
END_TEST

START_TEST (on_schedule_is_soleil)
{
	/* Half the time gone, half the work done: SPI 1. */
	ck_assert_int_eq (delais (0.5, 1050, PST_STATUS_EN_COURS),
			  PST_METEO_SOLEIL);
	/* SPI 0.9, 0.8, 0.6. */
	ck_assert_int_eq (delais (0.45, 1050, PST_STATUS_EN_COURS),
			  PST_METEO_NUAGEUX);
	ck_assert_int_eq (delais (0.40, 1050, PST_STATUS_EN_COURS),
			  PST_METEO_PLUIE);
	ck_assert_int_eq (delais (0.30, 1050, PST_STATUS_EN_COURS),
			  PST_METEO_ORAGE);
	/* Ahead of schedule. */
	ck_assert_int_eq (delais (0.9, 1050, PST_STATUS_UNKNOWN),
			  PST_METEO_SOLEIL);
}
END_TEST

START_TEST (termine_with_60_percent_is_soleil)
{
	ck_assert_int_eq (delais (0.6, 1050, PST_STATUS_TERMINE),
			  PST_METEO_SOLEIL);
	ck_assert_int_eq (delais (0.6, 1200, PST_STATUS_TERMINE),
			  PST_METEO_SOLEIL);
}
END_TEST

START_TEST (past_the_end_and_not_finished_is_orage)
{
	ck_assert_int_eq (delais (0.99, 1101, PST_STATUS_EN_COURS),
			  PST_METEO_ORAGE);
	ck_assert_int_eq (delais (0, 1200, PST_STATUS_NON_COMMENCE),
			  PST_METEO_ORAGE);
	/* The end day itself is not past: SPI = progress. */
	ck_assert_int_eq (delais (0.96, 1100, PST_STATUS_EN_COURS),
			  PST_METEO_SOLEIL);
	ck_assert_int_eq (delais (0.9, 1100, PST_STATUS_EN_COURS),
			  PST_METEO_NUAGEUX);
}
END_TEST

START_TEST (all_the_work_done_past_the_end_is_soleil)
{
	ck_assert_int_eq (delais (1, 1200, PST_STATUS_EN_COURS),
			  PST_METEO_SOLEIL);
}
END_TEST

START_TEST (before_the_start_is_soleil)
{
	ck_assert_int_eq (delais (0, 900, PST_STATUS_NON_COMMENCE),
			  PST_METEO_SOLEIL);
	/* On the start day nothing is expected yet, no division by zero. */
	ck_assert_int_eq (delais (0, START, PST_STATUS_NON_COMMENCE),
			  PST_METEO_SOLEIL);
}
END_TEST

START_TEST (probleme_is_at_least_pluie)
{
	ck_assert_int_eq (delais (0.5, 1050, PST_STATUS_PROBLEME),
			  PST_METEO_PLUIE);
	ck_assert_int_eq (delais (0, 900, PST_STATUS_PROBLEME),
			  PST_METEO_PLUIE);
	ck_assert_int_eq (delais (0.3, 1050, PST_STATUS_PROBLEME),
			  PST_METEO_ORAGE);
	ck_assert_int_eq (delais (0.5, 1200, PST_STATUS_PROBLEME),
			  PST_METEO_ORAGE);
}
END_TEST

START_TEST (a_cancelled_action_has_no_weather)
{
	PstMeteo m;
	ck_assert_int_eq (pst_meteo_delais (0.5, START, END, 1050,
					    PST_STATUS_ANNULE_ABANDONNE,
					    NULL, &m), PST_ERROR_NA);
}
END_TEST

START_TEST (a_one_day_milestone)
{
	PstMeteo m;
	ck_assert_int_eq (pst_meteo_delais (0, 1000, 1000, 999,
					    PST_STATUS_EN_COURS, NULL, &m),
			  PST_OK);
	ck_assert_int_eq (m, PST_METEO_SOLEIL);
	pst_meteo_delais (0.5, 1000, 1000, 1000, PST_STATUS_EN_COURS, NULL, &m);
	ck_assert_int_eq (m, PST_METEO_ORAGE);
	pst_meteo_delais (0.9, 1000, 1000, 1000, PST_STATUS_EN_COURS, NULL, &m);
	ck_assert_int_eq (m, PST_METEO_NUAGEUX);
	pst_meteo_delais (0.9, 1000, 1000, 1001, PST_STATUS_EN_COURS, NULL, &m);
	ck_assert_int_eq (m, PST_METEO_ORAGE);
	pst_meteo_delais (1, 1000, 1000, 1001, PST_STATUS_EN_COURS, NULL, &m);
	ck_assert_int_eq (m, PST_METEO_SOLEIL);
}
END_TEST

START_TEST (bad_schedule_inputs)
{
	PstMeteo m = PST_METEO_UNKNOWN;
	ck_assert_int_eq (pst_meteo_delais (0.5, END, START, 1050,
					    PST_STATUS_EN_COURS, NULL, &m),
			  PST_ERROR_NUM);
	ck_assert_int_eq (pst_meteo_delais (1.2, START, END, 1050,
					    PST_STATUS_EN_COURS, NULL, &m),
			  PST_ERROR_NUM);
	ck_assert_int_eq (pst_meteo_delais (-0.1, START, END, 1050,
					    PST_STATUS_EN_COURS, NULL, &m),
			  PST_ERROR_NUM);
	/* Out of range even when the status would have settled it. */
	ck_assert_int_eq (pst_meteo_delais (1.2, START, END, 1050,
					    PST_STATUS_TERMINE, NULL, &m),
			  PST_ERROR_NUM);
	ck_assert_int_eq (pst_meteo_delais (NAN, START, END, 1050,
					    PST_STATUS_EN_COURS, NULL, &m),
			  PST_ERROR_VALUE);
	ck_assert_int_eq (pst_meteo_delais (0.5, START, NAN, 1050,
					    PST_STATUS_EN_COURS, NULL, &m),
			  PST_ERROR_VALUE);
	ck_assert_int_eq (m, PST_METEO_UNKNOWN);
}
END_TEST

START_TEST (cost_on_budget_is_soleil)
{
	/* Half the budget spent for half the work: CPI 1. */
	ck_assert_int_eq (ressources (500, 1000, 0.5), PST_METEO_SOLEIL);
	/* CPI 0.9, 0.8, 0.5. */
	ck_assert_int_eq (ressources (500, 1000, 0.45), PST_METEO_NUAGEUX);
	ck_assert_int_eq (ressources (500, 1000, 0.40), PST_METEO_PLUIE);
	ck_assert_int_eq (ressources (1000, 1000, 0.5), PST_METEO_ORAGE);
	/* Overspent, then some. */
	ck_assert_int_eq (ressources (1500, 1000, 1), PST_METEO_ORAGE);
}
END_TEST

START_TEST (nothing_spent_is_soleil)
{
	ck_assert_int_eq (ressources (0, 1000, 0), PST_METEO_SOLEIL);
	ck_assert_int_eq (ressources (0, 0, 0.5), PST_METEO_SOLEIL);
}
END_TEST

START_TEST (spending_without_a_budget_is_orage)
{
	ck_assert_int_eq (ressources (100, 0, 1), PST_METEO_ORAGE);
}
END_TEST

START_TEST (money_spent_and_no_progress_is_orage)
{
	ck_assert_int_eq (ressources (100, 1000, 0), PST_METEO_ORAGE);
}
END_TEST

START_TEST (bad_cost_inputs)
{
	PstMeteo m;
	ck_assert_int_eq (pst_meteo_ressources (-1, 1000, 0.5, NULL, &m),
			  PST_ERROR_NUM);
	ck_assert_int_eq (pst_meteo_ressources (100, -1000, 0.5, NULL, &m),
			  PST_ERROR_NUM);
	ck_assert_int_eq (pst_meteo_ressources (100, 1000, 1.5, NULL, &m),
			  PST_ERROR_NUM);
	ck_assert_int_eq (pst_meteo_ressources (NAN, 1000, 0.5, NULL, &m),
			  PST_ERROR_VALUE);
	ck_assert_int_eq (pst_meteo_ressources (100, INFINITY, 0.5, NULL, &m),
			  PST_ERROR_VALUE);
}
END_TEST

START_TEST (synthesis_modes_are_read_like_words)
{
	PstMeteoMode mode = PST_METEO_MODE_MOYENNE;
	ck_assert_int_eq (pst_meteo_mode_parse (NULL, &mode), PST_OK);
	ck_assert_int_eq (mode, PST_METEO_MODE_PIRE);
	ck_assert_int_eq (pst_meteo_mode_parse ("Pire", &mode), PST_OK);
	ck_assert_int_eq (mode, PST_METEO_MODE_PIRE);
	ck_assert_int_eq (pst_meteo_mode_parse ("majorité", &mode), PST_OK);
	ck_assert_int_eq (mode, PST_METEO_MODE_MAJORITE);
	ck_assert_int_eq (pst_meteo_mode_parse ("MAJORITE", &mode), PST_OK);
	ck_assert_int_eq (mode, PST_METEO_MODE_MAJORITE);
	ck_assert_int_eq (pst_meteo_mode_parse (" moyenne ", &mode), PST_OK);
	ck_assert_int_eq (mode, PST_METEO_MODE_MOYENNE);
	ck_assert_int_eq (pst_meteo_mode_parse ("médiane", &mode),
			  PST_ERROR_VALUE);
}
END_TEST

START_TEST (the_worst_colours_the_whole)
{
	ck_assert_int_eq (synthese ("soleil soleil orage soleil", "pire"),
			  PST_METEO_ORAGE);
	ck_assert_int_eq (synthese ("soleil 2 \xe2\x98\x80", ""),
			  PST_METEO_NUAGEUX);
}
END_TEST

START_TEST (the_majority_with_ties_to_the_worse)
{
	ck_assert_int_eq (synthese ("soleil soleil orage pluie", "majorite"),
			  PST_METEO_SOLEIL);
	ck_assert_int_eq (synthese ("soleil soleil pluie pluie orage",
				    "majorité"), PST_METEO_PLUIE);
	ck_assert_int_eq (synthese ("nuageux soleil", "majorite"),
			  PST_METEO_NUAGEUX);
}
END_TEST

START_TEST (the_mean_rounded_half_up)
{
	/* (1 + 2) / 2 = 1.5 → 2. */
	ck_assert_int_eq (synthese ("soleil nuageux", "moyenne"),
			  PST_METEO_NUAGEUX);
	/* (1 + 1 + 2) / 3 = 1.33 → 1. */
	ck_assert_int_eq (synthese ("soleil soleil nuageux", "moyenne"),
			  PST_METEO_SOLEIL);
	/* (1 + 4) / 2 = 2.5 → 3. */
	ck_assert_int_eq (synthese ("soleil orage", "moyenne"),
			  PST_METEO_PLUIE);
	/* (2 + 3 + 3 + 4) / 4 = 3. */
	ck_assert_int_eq (synthese ("nuageux pluie pluie orage", "moyenne"),
			  PST_METEO_PLUIE);
}
END_TEST

START_TEST (no_weather_to_sum_up)
{
	PstMeteoCount count;
	PstMeteo m;
	pst_meteo_count_init (&count);
	ck_assert (!pst_meteo_count_add (&count, PST_METEO_UNKNOWN));
	ck_assert_int_eq (pst_meteo_synthese_result (&count,
						     PST_METEO_MODE_PIRE, &m),
			  PST_ERROR_NA);
	ck_assert_int_eq (pst_meteo_synthese_result (&count,
						     PST_METEO_MODE_MOYENNE,
						     &m), PST_ERROR_NA);
}
END_TEST

Suite *
meteo_suite (void)
{
	Suite *s = suite_create ("meteo");
	TCase *tc = tcase_create ("words");
	tcase_add_test (tc, the_four_words_in_any_case);
	tcase_add_test (tc, levels_typed_as_text);
	tcase_add_test (tc, symbols_with_or_without_variation_selector);
	tcase_add_test (tc, a_symbol_next_to_its_word);
	tcase_add_test (tc, imio_health_words);
	tcase_add_test (tc, what_is_no_weather);
	tcase_add_test (tc, levels_and_words);
	tcase_add_test (tc, the_worse_of_two);
	suite_add_tcase (s, tc);

	tc = tcase_create ("indices");
	tcase_add_test (tc, index_bands_at_their_edges);
	tcase_add_test (tc, thresholds_must_go_down_and_stay_positive);
	tcase_add_test (tc, three_colours_by_merging_two_thresholds);
	tcase_add_test (tc, on_schedule_is_soleil);
	tcase_add_test (tc, termine_with_60_percent_is_soleil);
	tcase_add_test (tc, past_the_end_and_not_finished_is_orage);
	tcase_add_test (tc, all_the_work_done_past_the_end_is_soleil);
	tcase_add_test (tc, before_the_start_is_soleil);
	tcase_add_test (tc, probleme_is_at_least_pluie);
	tcase_add_test (tc, a_cancelled_action_has_no_weather);
	tcase_add_test (tc, a_one_day_milestone);
	tcase_add_test (tc, bad_schedule_inputs);
	tcase_add_test (tc, cost_on_budget_is_soleil);
	tcase_add_test (tc, nothing_spent_is_soleil);
	tcase_add_test (tc, spending_without_a_budget_is_orage);
	tcase_add_test (tc, money_spent_and_no_progress_is_orage);
	tcase_add_test (tc, bad_cost_inputs);
	suite_add_tcase (s, tc);

	tc = tcase_create ("synthese");
	tcase_add_test (tc, synthesis_modes_are_read_like_words);
	tcase_add_test (tc, the_worst_colours_the_whole);
	tcase_add_test (tc, the_majority_with_ties_to_the_worse);
	tcase_add_test (tc, the_mean_rounded_half_up);
	tcase_add_test (tc, no_weather_to_sum_up);
	suite_add_tcase (s, tc);
	return s;
}
