/* test-taux.c: progress in any accepted form. */
#include <glib.h>
#include "suites.h"
#include "taux.h"

static void
assert_text (char const *text, PstError err, double expected)
{
	double v = -1;
	PstError got = pst_taux_from_text (text, &v);
	ck_assert_msg (got == err, "\"%s\" gave error %d, expected %d", text, got, err);
	if (err == PST_OK)
		ck_assert_double_eq_tol (v, expected, 1e-12);
}

START_TEST (numbers)
{
	double v;
	ck_assert_int_eq (pst_taux_from_number (0.5, &v), PST_OK);
	ck_assert_double_eq (v, 0.5);
	ck_assert_int_eq (pst_taux_from_number (1, &v), PST_OK);
	ck_assert_double_eq (v, 1);
	ck_assert_int_eq (pst_taux_from_number (50, &v), PST_OK);
	ck_assert_double_eq (v, 0.5);
	ck_assert_int_eq (pst_taux_from_number (100, &v), PST_OK);
	ck_assert_double_eq (v, 1);
	ck_assert_int_eq (pst_taux_from_number (140, &v), PST_ERROR_NUM);
	ck_assert_int_eq (pst_taux_from_number (-0.1, &v), PST_ERROR_NUM);
}
END_TEST

START_TEST (texts)
{
	assert_text ("50 %", PST_OK, 0.5);
	assert_text ("50%", PST_OK, 0.5);
	assert_text ("0,5", PST_OK, 0.5);
	assert_text ("0.5", PST_OK, 0.5);
	assert_text ("50", PST_OK, 0.5);
	assert_text ("12,5\xc2\xa0%", PST_OK, 0.125);
	assert_text ("0,5 %", PST_OK, 0.005);
	assert_text ("100 %", PST_OK, 1);
	assert_text ("75 pour cent", PST_OK, 0.75);
	assert_text ("140 %", PST_ERROR_NUM, 0);
	assert_text ("-5 %", PST_ERROR_NUM, 0);
	assert_text ("en cours", PST_ERROR_VALUE, 0);
	assert_text ("50 % environ", PST_ERROR_VALUE, 0);
	assert_text ("", PST_ERROR_VALUE, 0);
}
END_TEST

Suite *
taux_suite (void)
{
	Suite *s = suite_create ("taux");
	TCase *tc = tcase_create ("taux");
	tcase_add_test (tc, numbers);
	tcase_add_test (tc, texts);
	suite_add_tcase (s, tc);
	return s;
}
