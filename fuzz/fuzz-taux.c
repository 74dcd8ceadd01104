/*
 * fuzz-taux.c: progress as text ("50 %", "0,5", "75 pour cent") and as a
 * number.
 */
#include "fuzz-common.h"
#include "taux.h"

#include <math.h>

static void
check_fraction (PstError err, double fraction, char const *what)
{
	if (err == PST_OK)
		FUZZ_CHECK (isfinite (fraction) && fraction >= 0 && fraction <= 1,
			    "%s gave %g", what, fraction);
	else
		FUZZ_CHECK (err == PST_ERROR_VALUE || err == PST_ERROR_NUM,
			    "%s: error %d", what, err);
}

int
LLVMFuzzerTestOneInput (uint8_t const *data, size_t size)
{
	char *text = fuzz_string (data, size);
	double fraction = -1, number;

	check_fraction (pst_taux_from_text (text, &fraction), fraction, text);
	if (size >= sizeof number) {
		char shown[64];
		memcpy (&number, data, sizeof number);
		g_snprintf (shown, sizeof shown, "%g", number);
		fraction = -1;
		check_fraction (pst_taux_from_number (number, &fraction), fraction, shown);
	}
	g_free (text);
	return 0;
}
