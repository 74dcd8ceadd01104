/*
 * fuzz-echeance.c: échéances ("fin 2019", "T3 2021", "31/01") and
 * frequencies ("1x/an", "tous les 6 mois").  The first two bytes choose
 * the default year, valid or not; the text is the whole input.
 */
#include "fuzz-common.h"
#include "echeance.h"
#include "periode.h"
#include "frequence.h"

#include <math.h>

static void
check_echeance (char const *text, int default_year)
{
	GDate date;
	PstError err;

	g_date_clear (&date, 1);
	err = pst_echeance_parse (text, default_year, &date);
	if (err == PST_OK) {
		FUZZ_CHECK (g_date_valid (&date), "\"%s\" (%d): invalid date", text, default_year);
		FUZZ_CHECK (g_date_get_year (&date) >= 1900 && g_date_get_year (&date) <= 9999,
			    "\"%s\" (%d): year %d", text, default_year, g_date_get_year (&date));
	} else
		FUZZ_CHECK (err == PST_ERROR_VALUE || err == PST_ERROR_NA || err == PST_ERROR_NUM,
			    "\"%s\": error %d", text, err);
	if (default_year != 0 && (default_year < 1900 || default_year > 9999))
		FUZZ_CHECK (err == PST_ERROR_NUM, "year %d accepted", default_year);

	/* SMART asks the same question without the year check. */
	g_date_clear (&date, 1);
	if (default_year == 0 || (default_year >= 1900 && default_year <= 9999))
		if (pst_echeance_match (text, default_year, &date))
			FUZZ_CHECK (g_date_valid (&date), "\"%s\": matched, invalid", text);
}

static void
check_frequence (char const *text)
{
	double per_year = -1;
	PstError err = pst_frequence_parse (text, &per_year);

	if (err == PST_OK)
		FUZZ_CHECK (isfinite (per_year) && per_year > 0,
			    "\"%s\": %g per year", text, per_year);
	else
		FUZZ_CHECK (err == PST_ERROR_VALUE || err == PST_ERROR_NA,
			    "\"%s\": error %d", text, err);
	per_year = -1;
	if (pst_frequence_match (text, &per_year))
		FUZZ_CHECK (isfinite (per_year) && per_year > 0,
			    "\"%s\": matched %g per year", text, per_year);
}

int
LLVMFuzzerTestOneInput (uint8_t const *data, size_t size)
{
	char *text = fuzz_string (data, size);
	int year = 0;

	if (size >= 2)
		year = 1800 + (data[0] << 8 | data[1]) % 8400;
	check_echeance (text, 0);
	check_echeance (text, 2021);
	check_echeance (text, year);
	check_frequence (text);
	g_free (text);
	return 0;
}
