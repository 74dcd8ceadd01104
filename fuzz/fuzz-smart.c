/*
 * fuzz-smart.c: the SMART analysis of a label and its fiche fields.  The
 * first byte is the level (0 to 4), then the label, the échéance, the
 * indicateur, the responsable and the ressources, one per line.
 */
#include "fuzz-common.h"
#include "smart.h"

static void
check (PstSmartInput const *input, gboolean utf8)
{
	PstSmartResult result;
	PstError err;
	char *letters, *diagnostic;
	int i, score = 0;

	memset (&result, 0x5a, sizeof result);
	err = pst_smart (input, &result);
	if (err != PST_OK) {
		FUZZ_CHECK (err == PST_ERROR_NA, "error %d", err);
		return;
	}
	FUZZ_CHECK (memchr (result.verb, '\0', sizeof result.verb) != NULL, "verb not ended");
	if (utf8)
		FUZZ_CHECK_UTF8 (result.verb);
	for (i = 0; i < PST_SMART_N_LETTERS; i++) {
		FUZZ_CHECK (result.letters[i] == TRUE || result.letters[i] == FALSE,
			    "letter %d: %d", i, result.letters[i]);
		FUZZ_CHECK (result.letters[i] == (result.reasons[i] == PST_SMART_PRESENT),
			    "letter %d and its reason %d", i, result.reasons[i]);
		FUZZ_CHECK (result.reasons[i] >= PST_SMART_PRESENT &&
			    result.reasons[i] <= PST_SMART_NO_TIME, "reason %d", result.reasons[i]);
		score += result.letters[i];
	}
	FUZZ_CHECK (pst_smart_score (&result) == score, "score");

	letters = pst_smart_letters (&result);
	FUZZ_CHECK (strlen (letters) == PST_SMART_N_LETTERS, "letters \"%s\"", letters);
	for (i = 0; i < PST_SMART_N_LETTERS; i++)
		FUZZ_CHECK (letters[i] == (result.letters[i] ? "SMART"[i] : '-'),
			    "letters \"%s\"", letters);
	diagnostic = pst_smart_diagnostic (&result);
	FUZZ_CHECK (diagnostic && *diagnostic, "no diagnostic");
	if (utf8)
		FUZZ_CHECK_UTF8 (diagnostic);
	g_free (letters);
	g_free (diagnostic);
}

int
LLVMFuzzerTestOneInput (uint8_t const *data, size_t size)
{
	PstSmartInput input;
	char **fields, **valid;
	int i;

	if (size == 0)
		return 0;
	fields = fuzz_fields (data + 1, size - 1, 5);
	valid = g_new0 (char *, 6);
	for (i = 0; fields[i]; i++)
		valid[i] = fuzz_utf8 (fields[i], -1);

	memset (&input, 0, sizeof input);
	input.niveau = data[0] % 5;
	input.label = fields[0] ? fields[0] : "";
	input.echeance = fields[0] ? fields[1] : NULL;
	input.indicateur = input.echeance ? fields[2] : NULL;
	input.responsable = input.indicateur ? fields[3] : NULL;
	input.ressources = input.responsable ? fields[4] : NULL;
	check (&input, FALSE);

	/* As Gnumeric passes them: valid UTF-8, then every result is too. */
	input.label = valid[0] ? valid[0] : "";
	input.echeance = valid[0] ? valid[1] : NULL;
	input.indicateur = input.echeance ? valid[2] : NULL;
	input.responsable = input.indicateur ? valid[3] : NULL;
	input.ressources = input.responsable ? valid[4] : NULL;
	check (&input, TRUE);

	g_strfreev (valid);
	g_strfreev (fields);
	return 0;
}
