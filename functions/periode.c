/*
 * periode.c: what a text says of time, a deadline or a frequency.  Each
 * reading rules the other out: "1x/an" is no échéance, "fin 2024" no
 * frequency.  The matchers (echeance.c, frequence.c) know nothing of each
 * other; this module alone weighs one against the other.
 */
#include "periode.h"
#include "echeance.h"
#include "frequence.h"

#include <math.h>

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

gboolean
pst_echeance_year (double number, GDate *date)
{
	if (number != floor (number) || number < 1900 || number > 2199)
		return FALSE;
	g_date_clear (date, 1);
	g_date_set_dmy (date, 31, 12, (GDateYear) number);
	return TRUE;
}

PstError
pst_echeance_retard (double before, double after, double *days)
{
	if (!isfinite (before) || !isfinite (after))
		return PST_ERROR_VALUE;
	*days = floor (after) - floor (before);
	return PST_OK;
}

/* @start plus @n months, as EDATE: the day kept, or the last day of the
 * month when @start is the last of its own or the day does not exist. */
static void
add_months (GDate const *start, guint n, GDate *out)
{
	*out = *start;
	g_date_add_months (out, n);
	if (g_date_is_last_of_month (start))
		g_date_set_day (out, g_date_get_days_in_month
				(g_date_get_month (out), g_date_get_year (out)));
}

PstError
pst_mois_ecoules (GDate const *start, GDate const *end, double *months)
{
	GDate at, next;
	int n;

	if (!g_date_valid (start) || !g_date_valid (end))
		return PST_ERROR_VALUE;
	if (g_date_compare (end, start) < 0)
		return PST_ERROR_NUM;
	n = (g_date_get_year (end) - g_date_get_year (start)) * 12 +
		(int) g_date_get_month (end) - (int) g_date_get_month (start);
	add_months (start, n, &at);
	if (g_date_compare (&at, end) > 0) {
		n--;
		add_months (start, n, &at);
	}
	add_months (start, n + 1, &next);
	*months = n + (double) g_date_days_between (&at, end) /
		g_date_days_between (&at, &next);
	return PST_OK;
}
