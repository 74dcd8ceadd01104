/*
 * fuzz-reference.c: PST references ("O. O. 1.2.", "action 3" under a
 * parent).  The input is the text, then after a '\n' an optional parent.
 */
#include "fuzz-common.h"
#include "reference.h"

/* "1.2.3": numbers 1..999 without leading zeros, joined by dots. */
static gboolean
is_canonical (char const *ref, int *depth)
{
	char const *p = ref;

	*depth = 0;
	for (;;) {
		int digits = 0;
		if (*p < '1' || *p > '9')
			return FALSE;
		while (g_ascii_isdigit (*p)) {
			p++;
			digits++;
		}
		if (digits > 3)
			return FALSE;
		(*depth)++;
		if (*p == '\0')
			return TRUE;
		if (*p != '.')
			return FALSE;
		p++;
	}
}

/* Where the label starts must cut the text between two characters: the
 * importer copies the rest into a cell. */
static void
check_offset (char const *text, gsize offset)
{
	FUZZ_CHECK (offset <= strlen (text), "offset %zu past the end", offset);
	if (g_utf8_validate (text, -1, NULL))
		FUZZ_CHECK (g_utf8_validate (text + offset, -1, NULL),
			    "offset %zu inside a character of \"%s\"", offset, text);
}

static void
check_canonical (char const *text, char const *ref)
{
	PstError err;
	char *again, *parent;
	int depth, level;

	FUZZ_CHECK (is_canonical (ref, &depth), "\"%s\" gave \"%s\"", text, ref);
	FUZZ_CHECK (depth <= PST_REF_MAX_DEPTH, "\"%s\" has %d levels", ref, depth);
	FUZZ_CHECK (pst_ref_depth (ref) == depth, "depth of \"%s\"", ref);

	again = pst_ref_normalise (ref, NULL, &err);
	FUZZ_CHECK (again && err == PST_OK && strcmp (again, ref) == 0,
		    "\"%s\" → \"%s\" → \"%s\"", text, ref, again ? again : "(null)");
	g_free (again);

	level = pst_ref_level (ref, &err);
	if (depth <= PST_LEVEL_SOUS_ACTION)
		FUZZ_CHECK (err == PST_OK && level == depth, "level of \"%s\": %d", ref, level);
	else
		FUZZ_CHECK (err == PST_ERROR_NUM, "level of \"%s\": %d", ref, err);

	FUZZ_CHECK (pst_ref_compare (ref, ref) == 0, "\"%s\" ≠ itself", ref);
	parent = pst_ref_parent (ref, &err);
	if (depth >= 2 && depth <= PST_LEVEL_SOUS_ACTION) {
		FUZZ_CHECK (parent && err == PST_OK, "no parent for \"%s\"", ref);
		FUZZ_CHECK (pst_ref_is_within (ref, parent), "\"%s\" not within \"%s\"", ref, parent);
		FUZZ_CHECK (!pst_ref_is_within (parent, ref), "\"%s\" within \"%s\"", parent, ref);
		FUZZ_CHECK (pst_ref_compare (parent, ref) < 0 && pst_ref_compare (ref, parent) > 0,
			    "\"%s\" not before \"%s\"", parent, ref);
		FUZZ_CHECK (pst_ref_prefix_len (ref, depth - 1) == strlen (parent),
			    "prefix of \"%s\"", ref);
	} else
		FUZZ_CHECK (parent == NULL && err != PST_OK, "parent of \"%s\"", ref);
	g_free (parent);
}

static void
check_text (char const *text, char const *parent)
{
	PstRefScan scan;
	PstLevel level;
	gsize offset;
	PstError err;
	char *ref, *p;

	if (pst_ref_scan (text, &scan)) {
		FUZZ_CHECK (scan.n_numbers >= 1 && scan.n_numbers <= PST_REF_MAX_DEPTH,
			    "%d numbers", scan.n_numbers);
		check_offset (text, scan.label_offset);
	}
	if (pst_ref_scan_keyword (text, &level, &offset)) {
		FUZZ_CHECK (level >= PST_LEVEL_OS && level <= PST_LEVEL_SOUS_ACTION,
			    "level %d", level);
		check_offset (text, offset);
	}

	ref = pst_ref_normalise (text, parent, &err);
	if (ref) {
		FUZZ_CHECK (err == PST_OK, "a reference and error %d", err);
		check_canonical (text, ref);
		g_free (ref);
	} else
		FUZZ_CHECK (err != PST_OK, "no reference and no error");

	(void) pst_ref_level (text, &err);
	p = pst_ref_parent (text, &err);
	if (p) {
		int depth;
		FUZZ_CHECK (is_canonical (p, &depth), "parent \"%s\"", p);
	}
	g_free (p);
}

int
LLVMFuzzerTestOneInput (uint8_t const *data, size_t size)
{
	char **fields = fuzz_fields (data, size, 2);
	char *whole = fuzz_string (data, size);

	if (fields[0]) {
		check_text (fields[0], fields[1]);
		check_text (fields[0], NULL);
	}
	check_text (whole, NULL);
	g_strfreev (fields);
	g_free (whole);
	return 0;
}
