/*
 * taux.c: progress values.
 */
#include "taux.h"
#include "text.h"

#include <math.h>
#include <string.h>

PstError
pst_taux_from_number (double value, double *fraction)
{
	if (!isfinite (value))
		return PST_ERROR_VALUE;
	if (value < 0 || value > 100)
		return PST_ERROR_NUM;
	*fraction = value <= 1 ? value : value / 100;
	return PST_OK;
}

PstError
pst_taux_from_text (char const *text, double *fraction)
{
	char *folded = pst_text_fold (text);
	char const *end;
	double value;
	PstError err;

	if (!pst_text_parse_decimal (folded, &value, &end)) {
		g_free (folded);
		return PST_ERROR_VALUE;
	}
	while (*end == ' ')
		end++;
	if (*end == '%' || g_str_has_prefix (end, "pour cent") ||
	    g_str_has_prefix (end, "pourcent") || g_str_has_prefix (end, "pct")) {
		end += *end == '%' ? 1 : strcspn (end, " ") ;
		if (g_str_has_prefix (end, " cent"))
			end += 5;
		while (*end == ' ' || *end == '.')
			end++;
		err = *end ? PST_ERROR_VALUE
			: (value < 0 || value > 100) ? PST_ERROR_NUM
			: PST_OK;
		if (err == PST_OK)
			*fraction = value / 100;
	} else if (*end)
		err = PST_ERROR_VALUE;
	else
		err = pst_taux_from_number (value, fraction);
	g_free (folded);
	return err;
}
