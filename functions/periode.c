/*
 * periode.c: what a text says of time, a deadline or a frequency.  Each
 * reading rules the other out: "1x/an" is no échéance, "fin 2024" no
 * frequency.  The matchers (echeance.c, frequence.c) know nothing of each
 * other; this module alone weighs one against the other.
 */
#include "periode.h"
#include "echeance.h"
#include "frequence.h"

PstError
pst_echeance_parse (char const *text, int default_year, GDate *date)
{
	double per_year;

	if (default_year != 0 && (default_year < 1900 || default_year > 9999))
		return PST_ERROR_NUM;
	if (pst_frequence_match (text, &per_year))
		return PST_ERROR_NA;
	return pst_echeance_match (text, default_year, date)
		? PST_OK : PST_ERROR_VALUE;
}

PstError
pst_frequence_parse (char const *text, double *per_year)
{
	GDate date;

	if (pst_frequence_match (text, per_year))
		return PST_OK;
	g_date_clear (&date, 1);
	return pst_echeance_match (text, 0, &date)
		? PST_ERROR_NA : PST_ERROR_VALUE;
}
