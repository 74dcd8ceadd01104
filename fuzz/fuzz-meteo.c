/*
 * fuzz-meteo.c: weathers as written ("☀️ Soleil", "orageux", "3",
 * "risque"), synthesis modes, and the schedule and cost weathers of any
 * numbers.  The text is the whole input; its first bytes also make the
 * numbers.
 */
#include "fuzz-common.h"
#include "meteo.h"

static void
check_result (PstError err, PstMeteo meteo, char const *what)
{
	if (err == PST_OK)
		FUZZ_CHECK (meteo >= PST_METEO_SOLEIL && meteo <= PST_METEO_ORAGE,
			    "%s: %d", what, meteo);
	else
		FUZZ_CHECK (err == PST_ERROR_VALUE || err == PST_ERROR_NUM ||
			    err == PST_ERROR_NA, "%s: error %d", what, err);
}

int
LLVMFuzzerTestOneInput (uint8_t const *data, size_t size)
{
	char *text = fuzz_string (data, size);
	PstMeteo meteo = pst_meteo_parse (text), out;
	PstMeteoMode mode;
	PstMeteoCount count;
	PstError err;

	FUZZ_CHECK (meteo >= PST_METEO_UNKNOWN && meteo <= PST_METEO_ORAGE, "%d", meteo);
	if (meteo != PST_METEO_UNKNOWN)
		/* The word written in the Plan sheet reads as itself. */
		FUZZ_CHECK (pst_meteo_parse (pst_meteo_word (meteo)) == meteo,
			    "\"%s\" does not read back", pst_meteo_word (meteo));
	else
		FUZZ_CHECK (pst_meteo_word (meteo) == NULL, "a word for no weather");

	err = pst_meteo_mode_parse (text, &mode);
	FUZZ_CHECK (err == PST_OK || err == PST_ERROR_VALUE, "mode: error %d", err);

	pst_meteo_count_init (&count);
	FUZZ_CHECK (pst_meteo_count_add (&count, meteo) == (meteo != PST_METEO_UNKNOWN),
		    "count");
	if (err == PST_OK) {
		err = pst_meteo_synthese_result (&count, mode, &out);
		if (meteo == PST_METEO_UNKNOWN)
			FUZZ_CHECK (err == PST_ERROR_NA, "synthesis of nothing: %d", err);
		else
			FUZZ_CHECK (err == PST_OK && out == meteo, "synthesis of one");
	}

	if (size >= 7 * sizeof (double)) {
		double v[7];
		PstMeteoThresholds t;
		PstStatus status = data[0] % 7;

		memcpy (v, data, sizeof v);
		t.soleil = v[4];
		t.nuageux = v[5];
		t.pluie = v[6];
		check_result (pst_meteo_delais (v[0], v[1], v[2], v[3], status, NULL, &out), out, "delais");
		check_result (pst_meteo_delais (v[0], v[1], v[2], v[3], status, &t, &out), out, "delais t");
		check_result (pst_meteo_ressources (v[0], v[1], v[2], NULL, &out), out, "ressources");
		check_result (pst_meteo_ressources (v[0], v[1], v[2], &t, &out), out, "ressources t");
		check_result (pst_meteo_from_index (v[3], &t, &out), out, "index t");
		check_result (pst_meteo_from_index (v[3], NULL, &out), out, "index");
		meteo = pst_meteo_from_level (v[0]);
		FUZZ_CHECK (meteo >= PST_METEO_UNKNOWN && meteo <= PST_METEO_ORAGE, "level");
		(void) pst_meteo_thresholds_check (&t);
	}
	g_free (text);
	return 0;
}
