/*
 * test-smart-corpus.c: the SMART heuristics against labels from real plans,
 * judged by hand in tests/smart/corpus.tsv.
 *
 * The corpus is tab-separated: source, niveau (OS, OO, action), libellé,
 * then S, M and T, each holding its letter when the label has it or "-"
 * when it has not, then a note.  Lines starting with '#' and the header
 * line are skipped.  Only the label is given to pst_smart (and its level,
 * so that an OS may be worded "Être un CPAS qui…"): A and R depend on
 * fiche fields that the corpus does not hold.
 *
 * The file is $PST_SMART_CORPUS, else $srcdir/tests/smart/corpus.tsv
 * under automake, else tests/smart/corpus.tsv from the current directory.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <glib.h>
#include "suites.h"
#include "smart.h"

/* Agreement below these fails the suite. */
#define MIN_AGREEMENT_S 0.90
#define MIN_AGREEMENT_M 0.95
#define MIN_AGREEMENT_T 0.95

enum { COL_SOURCE, COL_NIVEAU, COL_LABEL, COL_S, COL_M, COL_T, N_COLS };

typedef struct {
	char const    *name;
	PstSmartLetter letter;
	int	       column;
	double	       minimum;
} CorpusLetter;

static CorpusLetter const corpus_letters[] = {
	{ "S", PST_SMART_S, COL_S, MIN_AGREEMENT_S },
	{ "M", PST_SMART_M, COL_M, MIN_AGREEMENT_M },
	{ "T", PST_SMART_T, COL_T, MIN_AGREEMENT_T },
};

static char *
corpus_path (void)
{
	char const *env = g_getenv ("PST_SMART_CORPUS");
	char const *srcdir = g_getenv ("srcdir");

	if (env != NULL && *env != '\0')
		return g_strdup (env);
	if (srcdir != NULL && *srcdir != '\0')
		return g_build_filename (srcdir, "tests", "smart",
					 "corpus.tsv", NULL);
	return g_strdup ("tests/smart/corpus.tsv");
}

static int
niveau_of (char const *text)
{
	char *copy = g_strstrip (g_strdup (text));
	char *folded = g_ascii_strdown (copy, -1);
	int niveau = 0;

	g_free (copy);

	if (strcmp (folded, "os") == 0)
		niveau = 1;
	else if (strcmp (folded, "oo") == 0)
		niveau = 2;
	else if (g_str_has_prefix (folded, "action"))
		niveau = 3;
	else if (g_str_has_prefix (folded, "sous"))
		niveau = 4;
	g_free (folded);
	return niveau;
}

/* "-" or blank: the letter is missing; anything else ("S", "✓"): present. */
static gboolean
judged_present (char const *cell)
{
	char *s = g_strstrip (g_strdup (cell));
	gboolean present = *s != '\0' && strcmp (s, "-") != 0;
	g_free (s);
	return present;
}

START_TEST (heuristics_agree_with_the_hand_judged_corpus)
{
	char *path = corpus_path (), *contents = NULL, **lines;
	GError *error = NULL;
	GString *disagreements = g_string_new (NULL);
	guint agree[G_N_ELEMENTS (corpus_letters)] = { 0 };
	guint n_labels = 0, i, k;
	gboolean ok = TRUE;

	if (!g_file_get_contents (path, &contents, NULL, &error))
		ck_abort_msg ("cannot read the SMART corpus %s: %s", path,
			      error->message);

	lines = g_strsplit (contents, "\n", -1);
	for (i = 0; lines[i] != NULL; i++) {
		char **cols;
		PstSmartInput in = { 0 };
		PstSmartResult r;
		char *letters;
		gboolean differs = FALSE;

		g_strchomp (lines[i]);	/* a CRLF file */
		if (lines[i][0] == '\0' || lines[i][0] == '#')
			continue;
		cols = g_strsplit (lines[i], "\t", -1);
		if (g_strv_length (cols) < N_COLS ||
		    g_ascii_strcasecmp (cols[COL_SOURCE], "source") == 0) {
			g_strfreev (cols);
			continue;
		}
		in.label = cols[COL_LABEL];
		in.niveau = niveau_of (cols[COL_NIVEAU]);
		if (pst_smart (&in, &r) != PST_OK) {
			g_strfreev (cols);
			continue;
		}
		n_labels++;
		for (k = 0; k < G_N_ELEMENTS (corpus_letters); k++) {
			CorpusLetter const *c = &corpus_letters[k];
			if (!r.letters[c->letter] ==
			    !judged_present (cols[c->column]))
				agree[k]++;
			else
				differs = TRUE;
		}
		if (differs) {
			letters = pst_smart_letters (&r);
			g_string_append_printf (disagreements,
				"  %s/%s/%s expected, %c/%c/%c found: %s [%s]\n",
				cols[COL_S], cols[COL_M], cols[COL_T],
				letters[PST_SMART_S], letters[PST_SMART_M],
				letters[PST_SMART_T], cols[COL_LABEL],
				cols[COL_SOURCE]);
			g_free (letters);
		}
		g_strfreev (cols);
	}
	g_strfreev (lines);
	g_free (contents);

	ck_assert_msg (n_labels > 0, "the SMART corpus %s holds no label", path);
	printf ("SMART corpus: %u labels", n_labels);
	for (k = 0; k < G_N_ELEMENTS (corpus_letters); k++) {
		double share = (double) agree[k] / n_labels;
		printf ("%s%s %.1f %%", k == 0 ? "; " : ", ",
			corpus_letters[k].name, 100 * share);
		if (share < corpus_letters[k].minimum)
			ok = FALSE;
	}
	printf ("\n");
	if (disagreements->len > 0)
		printf ("Disagreements (corpus S/M/T, then ours):\n%s",
			disagreements->str);
	fflush (stdout);
	g_string_free (disagreements, TRUE);
	g_free (path);
	ck_assert_msg (ok, "SMART agreement below %.0f %% (S) or %.0f %% (M, T)",
		       100 * MIN_AGREEMENT_S, 100 * MIN_AGREEMENT_M);
}
END_TEST

Suite *
smart_corpus_suite (void)
{
	Suite *s = suite_create ("smart-corpus");
	TCase *tc = tcase_create ("corpus");
	tcase_add_test (tc, heuristics_agree_with_the_hand_judged_corpus);
	suite_add_tcase (s, tc);
	return s;
}
