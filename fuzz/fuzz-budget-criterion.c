/*
 * fuzz-budget-criterion.c: the criteria of PST.BUDGET ("104/…",
 * "service=E", "libelle=*personnel*") against articles, and the sums and
 * tables over them.  The first line is the criterion, every further line
 * an article of the column.
 */
#include "fuzz-common.h"
#include "budget.h"
#include "budget-lines.h"

#include <math.h>

/* The name of each part, as PST.BUDGET's users write it. */
static char const *const part_names[] = {
	"article", "fonction", "fonction1", "economique", "code", "groupe",
	"service", "type", "libelle"
};

/* A part test built from the article's own value must match it. */
static void
check_own_parts (PstArticle const *article)
{
	gsize i;

	for (i = 0; i < G_N_ELEMENTS (part_names); i++) {
		PstBudgetCriterion *c = NULL;
		char *value = NULL, *text;
		PstError err;

		if (pst_article_part (article, (PstArticlePart) i, &value) != PST_OK)
			continue;
		if (strpbrk (value, "*?") != NULL) {
			g_free (value);
			continue;
		}
		text = g_strdup_printf ("%s = %s", part_names[i], value);
		err = pst_budget_criterion_new (text, &c);
		FUZZ_CHECK (err == PST_OK, "\"%s\" refused", text);
		FUZZ_CHECK (pst_budget_criterion_match (c, article),
			    "\"%s\" does not match %s", text, article->canonical);
		pst_budget_criterion_free (c);
		g_free (text);
		g_free (value);
	}
}

/* Unreadable cells on some lines (every third amount, and the year of
 * every line that does not read as one); returns the first line with one
 * whose article reads, or -1. */
static int
fill_budget_lines (PstBudgetLines *bl, char **texts, int n)
{
	PstArticle article;
	int i, year, first_valid = -1;

	pst_budget_lines_init (bl, n, TRUE, g_free);
	for (i = 0; i < n; i++) {
		bl->articles[i] = texts[i];
		if (pst_exercice_from_text (texts[i], &year))
			FUZZ_CHECK (year == 0 || (year >= PST_EXERCICE_MIN &&
						  year <= PST_EXERCICE_MAX),
				    "\"%s\": year %d", texts[i], year);
		else
			pst_budget_lines_bad_exercice (bl, i, g_strdup_printf ("%d", i));
		if (i % 3 == 0)
			pst_budget_lines_bad_amount (bl, i, g_strdup_printf ("%d", i));
		if (first_valid < 0 && (i % 3 == 0 || bl->exercices[i] == -1) &&
		    pst_article_parse (texts[i], &article) == PST_OK)
			first_valid = i;
	}
	return first_valid;
}

/* An error is handed over only for a line that counts, once; the
 * table's is that of the first line that reads. */
static void
check_budget_lines (PstBudgetCriterion const *criterion, char **texts, int n)
{
	PstBudgetLines bl;
	PstArticle article;
	char *error;
	int first_valid;

	if (criterion) {
		fill_budget_lines (&bl, texts, n);
		while ((error = pst_budget_lines_sum_error (&bl, criterion, 2020))) {
			int i = atoi (error);
			FUZZ_CHECK (pst_article_parse (texts[i], &article) == PST_OK &&
				    pst_budget_criterion_match (criterion, &article),
				    "error of line %d, which does not count", i);
			g_free (error);
		}
		pst_budget_lines_clear (&bl);
	}
	first_valid = fill_budget_lines (&bl, texts, n);
	error = pst_budget_lines_table_error (&bl);
	FUZZ_CHECK ((error == NULL) == (first_valid < 0) &&
		    (error == NULL || atoi (error) == first_valid),
		    "table error %s, first readable suspect %d", error ? error : "none",
		    first_valid);
	g_free (error);
	pst_budget_lines_clear (&bl);
}

int
LLVMFuzzerTestOneInput (uint8_t const *data, size_t size)
{
	char **lines = fuzz_fields (data, size, 64);
	guint n = g_strv_length (lines), i, n_valid = 0;
	PstBudgetCriterion *criterion = NULL;
	PstArticle article;
	PstArticlePart level;
	char const *const *articles;
	double *amounts;
	int *exercices;
	double sum;
	PstError err;

	if (n == 0) {
		g_strfreev (lines);
		return 0;
	}
	err = pst_budget_criterion_new (lines[0], &criterion);
	FUZZ_CHECK (err == PST_OK || err == PST_ERROR_VALUE, "error %d", err);
	FUZZ_CHECK ((err == PST_OK) == (criterion != NULL), "criterion and error %d", err);

	/* A criterion that is itself an article matches that article. */
	if (criterion && strpbrk (lines[0], "*?=") == NULL &&
	    pst_article_parse (lines[0], &article) == PST_OK && article.year == 0)
		FUZZ_CHECK (pst_budget_criterion_match (criterion, &article),
			    "\"%s\" does not match itself", lines[0]);

	articles = (char const *const *) lines + 1;
	amounts = g_new (double, n);
	exercices = g_new (int, n);
	for (i = 1; i < n; i++) {
		amounts[i - 1] = (double) i * 1.25 - 7;
		exercices[i - 1] = i % 3 ? 0 : 2018 + i % 5;
		if (pst_article_parse (lines[i], &article) != PST_OK)
			continue;
		n_valid++;
		check_own_parts (&article);
		if (criterion)
			(void) pst_budget_criterion_match (criterion, &article);
	}

	if (criterion) {
		err = pst_budget_sum (criterion, articles, amounts, exercices, n - 1, 0, &sum);
		FUZZ_CHECK (err == (n_valid ? PST_OK : PST_ERROR_VALUE), "sum: error %d", err);
		if (err == PST_OK)
			FUZZ_CHECK (isfinite (sum), "sum %g", sum);
		(void) pst_budget_sum (criterion, articles, amounts, NULL, n - 1, 2020, &sum);
		(void) pst_budget_sum (criterion, articles, amounts, exercices, n - 1, 2019, &sum);
	}

	for (level = PST_ARTICLE_PART_ARTICLE; level <= PST_ARTICLE_PART_TYPE; level++) {
		GPtrArray *table = NULL;
		guint rows = 0, k;

		err = pst_budget_table (articles, amounts, n - 1, level, &table);
		FUZZ_CHECK (err == (n_valid ? PST_OK : PST_ERROR_VALUE), "table: error %d", err);
		if (err != PST_OK)
			continue;
		for (k = 0; k < table->len; k++) {
			PstBudgetLine const *line = g_ptr_array_index (table, k);
			rows += line->n_rows;
			FUZZ_CHECK (line->key && *line->key, "empty key");
			if (k > 0)
				FUZZ_CHECK (strcmp (((PstBudgetLine *) g_ptr_array_index (table, k - 1))->key,
						    line->key) < 0, "keys out of order");
		}
		FUZZ_CHECK (rows == n_valid, "level %d: %u rows of %u", level, rows, n_valid);
		pst_budget_table_free (table);
	}
	check_budget_lines (criterion, lines + 1, n - 1);

	if (pst_budget_level_from_name (lines[0], &level) == PST_OK)
		FUZZ_CHECK (level <= PST_ARTICLE_PART_TYPE, "level %d", level);

	pst_budget_criterion_free (criterion);
	g_free (amounts);
	g_free (exercices);
	g_strfreev (lines);
	return 0;
}
