/* test-text.c: folding and numbers. */
#include <glib.h>
#include "suites.h"
#include "text.h"

static void
assert_fold (char const *in, char const *expected)
{
	char *f = pst_text_fold (in);
	ck_assert_str_eq (f, expected);
	g_free (f);
}

START_TEST (fold_removes_accents_case_and_odd_spaces)
{
	assert_fold ("  À Démarrer ", "a demarrer");
	assert_fold ("Être\xc2\xa0un  CPAS", "etre un cpas");
	assert_fold ("l\xe2\x80\x99\xc5\x93uvre", "l'oeuvre");
	assert_fold ("\xc2\xab Participation \xc2\xbb", "\" participation \"");
	assert_fold ("2019 \xe2\x80\x93 2020", "2019 - 2020");
	assert_fold (NULL, "");
}
END_TEST

START_TEST (blank_is_spaces_of_any_kind)
{
	ck_assert (pst_text_is_blank (NULL));
	ck_assert (pst_text_is_blank (""));
	ck_assert (pst_text_is_blank (" \t\r\n"));
	ck_assert (pst_text_is_blank ("\xc2\xa0\xe2\x80\xaf "));
	ck_assert (!pst_text_is_blank ("a"));
	ck_assert (!pst_text_is_blank ("!"));
	ck_assert (!pst_text_is_blank ("  x"));
	ck_assert (!pst_text_is_blank ("\xc2\xa0\xc3\xa9"));
	ck_assert (!pst_text_is_blank ("\xc3\xa9"));
}
END_TEST

static double
decimal (char const *s)
{
	double v = -1;
	ck_assert_msg (pst_text_parse_decimal (s, &v, NULL), "cannot read %s", s);
	return v;
}

START_TEST (decimals_written_the_french_or_english_way)
{
	ck_assert_double_eq_tol (decimal ("0,5"), 0.5, 1e-12);
	ck_assert_double_eq_tol (decimal ("12.5"), 12.5, 1e-12);
	ck_assert_double_eq_tol (decimal ("1 234,56"), 1234.56, 1e-9);
	ck_assert_double_eq_tol (decimal ("1\xc2\xa0" "234\xc2\xa0" "567"), 1234567, 1e-9);
	ck_assert_double_eq_tol (decimal ("1.234.567"), 1234567, 1e-9);
	ck_assert_double_eq_tol (decimal ("1.234,5"), 1234.5, 1e-9);
	ck_assert_double_eq_tol (decimal ("1,234.5"), 1234.5, 1e-9);
	ck_assert_double_eq_tol (decimal ("-3"), -3, 1e-12);
}
END_TEST

START_TEST (a_number_then_text_stops_at_the_text)
{
	double v;
	char const *end;
	ck_assert (pst_text_parse_decimal ("50 %", &v, &end));
	ck_assert_str_eq (end, " %");
	ck_assert (!pst_text_parse_decimal ("abc", &v, &end));
	ck_assert (!pst_text_parse_decimal ("", &v, &end));
}
END_TEST

START_TEST (tokens_split_letters_digits_and_marks)
{
	char **t = pst_text_tokens ("1x/ trimestre.");
	ck_assert_uint_eq (g_strv_length (t), 5);
	ck_assert_str_eq (t[0], "1");
	ck_assert_str_eq (t[1], "x");
	ck_assert_str_eq (t[2], "/");
	ck_assert_str_eq (t[3], "trimestre");
	ck_assert_str_eq (t[4], ".");
	g_strfreev (t);
}
END_TEST

START_TEST (number_words)
{
	int v;
	ck_assert (pst_text_number_word ("septante", &v) && v == 70);
	ck_assert (pst_text_number_word ("deux", &v) && v == 2);
	ck_assert (!pst_text_number_word ("deuxieme", &v));
}
END_TEST

Suite *
text_suite (void)
{
	Suite *s = suite_create ("text");
	TCase *tc = tcase_create ("text");
	tcase_add_test (tc, fold_removes_accents_case_and_odd_spaces);
	tcase_add_test (tc, blank_is_spaces_of_any_kind);
	tcase_add_test (tc, decimals_written_the_french_or_english_way);
	tcase_add_test (tc, a_number_then_text_stops_at_the_text);
	tcase_add_test (tc, tokens_split_letters_digits_and_marks);
	tcase_add_test (tc, number_words);
	suite_add_tcase (s, tc);
	return s;
}
