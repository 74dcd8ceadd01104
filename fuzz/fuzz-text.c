/*
 * fuzz-text.c: folding, tokens and decimal numbers, under every parser.
 */
#include "fuzz-common.h"
#include "text.h"

#include <math.h>

int
LLVMFuzzerTestOneInput (uint8_t const *data, size_t size)
{
	char *text = fuzz_string (data, size);
	char *folded = pst_text_fold (text);
	char **tokens, **t;
	char const *end = NULL;
	double value;
	gsize len = strlen (folded);
	int n;

	/* Invalid bytes are read as Latin-1: the folded text is always
	 * UTF-8, trimmed, with single spaces. */
	FUZZ_CHECK_UTF8 (folded);
	FUZZ_CHECK (len == 0 || (folded[0] != ' ' && folded[len - 1] != ' '),
		    "\"%s\" not trimmed", folded);
	FUZZ_CHECK (strstr (folded, "  ") == NULL, "\"%s\": double space", folded);
	FUZZ_CHECK (pst_text_is_blank (folded) == (len == 0), "blank \"%s\"", folded);
	if (pst_text_is_blank (text))
		FUZZ_CHECK (len == 0, "blank text folded to \"%s\"", folded);

	tokens = pst_text_tokens (folded);
	for (t = tokens; *t; t++) {
		FUZZ_CHECK (**t != '\0' && strchr (*t, ' ') == NULL, "token \"%s\"", *t);
		FUZZ_CHECK_UTF8 (*t);
		(void) pst_text_number_word (*t, &n);
	}
	g_strfreev (tokens);

	if (pst_text_parse_decimal (text, &value, &end)) {
		FUZZ_CHECK (!isnan (value), "NaN from \"%s\"", text);
		FUZZ_CHECK (end > text && end <= text + strlen (text), "end of \"%s\"", text);
	}
	if (pst_text_parse_decimal (folded, &value, &end))
		FUZZ_CHECK (end > folded && end <= folded + len, "end of \"%s\"", folded);

	g_free (folded);
	g_free (text);
	return 0;
}
