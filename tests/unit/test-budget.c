/* test-budget.c: sums by article, the budget table, pro rata and
 * indicators. */
#include <glib.h>
#include <math.h>
#include <string.h>
#include "suites.h"
#include "article.h"
#include "budget.h"
#include "budget-lines.h"
#include "codes-economiques.h"
#include "indicateur.h"

static gboolean
criterion_matches (char const *criterion, char const *article)
{
	PstBudgetCriterion *c = NULL;
	PstArticle a;
	gboolean result;

	ck_assert_msg (pst_budget_criterion_new (criterion, &c) == PST_OK,
		       "criterion \"%s\" refused", criterion);
	ck_assert_msg (pst_article_parse (article, &a) == PST_OK,
		       "\"%s\" is not an article", article);
	result = pst_budget_criterion_match (c, &a);
	pst_budget_criterion_free (c);
	return result;
}

#define assert_match(crit, art) \
	ck_assert_msg (criterion_matches ((crit), (art)), \
		       "\"%s\" should match \"%s\"", (crit), (art))
#define assert_no_match(crit, art) \
	ck_assert_msg (!criterion_matches ((crit), (art)), \
		       "\"%s\" should not match \"%s\"", (crit), (art))

static void
assert_bad_criterion (char const *text)
{
	PstBudgetCriterion *c = NULL;
	PstError err = pst_budget_criterion_new (text, &c);
	ck_assert_msg (err == PST_ERROR_VALUE,
		       "criterion \"%s\" gave error %d, expected #VALUE!",
		       text ? text : "(null)", err);
	ck_assert_ptr_null (c);
}

static double
budget_sum (char const *criterion, char const *const *articles,
	    double const *amounts, int const *exercices, gsize n,
	    int exercice, PstError expected)
{
	PstBudgetCriterion *c = NULL;
	double sum = -1;
	PstError err;

	ck_assert_int_eq (pst_budget_criterion_new (criterion, &c), PST_OK);
	err = pst_budget_sum (c, articles, amounts, exercices, n, exercice, &sum);
	pst_budget_criterion_free (c);
	ck_assert_msg (err == expected, "\"%s\" gave error %d, expected %d",
		       criterion, err, expected);
	return sum;
}

START_TEST (patterns_over_the_canonical_article)
{
	assert_match ("104/*", "104/123-48");
	assert_match ("104/*", "104 / 123.48");
	assert_no_match ("104/*", "1040/123-48");
	assert_no_match ("104/*", "8352/124-02");
	assert_match ("83*/12*", "8352/124-02");
	assert_match ("83*/12*", "835/121-01");
	assert_no_match ("83*/12*", "8352/224-02");
	assert_no_match ("83*/12*", "8452/124-02");
	assert_match ("*/742-53", "104/742-53");
	assert_match ("*/742-53", "84011/742-53");
	assert_no_match ("*/742-53", "104/742-52");
	assert_match ("10?/123-48", "105/123-48");
	assert_no_match ("10?/123-48", "1050/123-48");
	assert_match ("*", "104/123-48");
	assert_match ("*-5?", "104/742-53");
	assert_no_match ("*-5?", "104/123-48");
	assert_match (" 104 / * ", "104/123-48");
}
END_TEST

START_TEST (a_plain_article_criterion_reads_like_an_article)
{
	assert_match ("8352 / 124.02", "8352/124-02");
	assert_match ("8352/12402", "8352/124-02");
	assert_no_match ("8352/124-02", "8352/124-03");
	assert_no_match ("8352/124-02", "835/124-02");
}
END_TEST

START_TEST (part_tests)
{
	assert_match ("service=E", "104/742-53");
	assert_no_match ("service=E", "104/123-48");
	assert_match ("service = o", "104/123-48");
	assert_match ("Service=ordinaire", "104/123-48");
	assert_match ("service=Extraordinaire", "104/742-53");
	assert_match ("type=D", "104/123-48");
	assert_no_match ("type=D", "104/161-01");
	assert_match ("type=recettes", "104/161-01");
	assert_match ("type=Dépense", "104/742-53");
	assert_match ("groupe=12", "8352/124-02");
	assert_no_match ("groupe=12", "8352/112-01");
	assert_match ("fonction=8*", "8352/124-02");
	assert_no_match ("fonction=8*", "104/124-02");
	assert_match ("fonction=104", "104/124-02");
	assert_no_match ("fonction=104", "1040/124-02");
	assert_match ("fonction1=8", "84011/124-02");
	assert_match ("code=124", "8352/124-02");
	assert_match ("code=12?", "8352/124-02");
	assert_match ("Économique=124-02", "8352/124-02");
	assert_match ("economique = 124.02", "8352/124-02");
	assert_match ("economique=*-5?", "8352/742-53");
	assert_match ("libellé=*personnel*", "131/111-01");
	assert_match ("libelle=*INFORMATIQUE*", "104/742-53");
	assert_no_match ("libelle=*informatique*", "104/123-48");
	assert_match ("libelle=achats de materiel informatique", "104/742-53");
	/* A code outside the list has no libellé to match. */
	assert_no_match ("libelle=*", "104/123-47");
	/* Nor a service, for the sub-codes 00 and 50. */
	assert_no_match ("service=*", "104/123-00");
	assert_match ("service=*", "104/123-01");
}
END_TEST

START_TEST (malformed_criteria_are_refused)
{
	assert_bad_criterion (NULL);
	assert_bad_criterion ("");
	assert_bad_criterion ("   ");
	assert_bad_criterion ("104");		/* no article is only a fonction */
	assert_bad_criterion ("104/abc*");
	assert_bad_criterion ("104/123.*");
	assert_bad_criterion ("*/1234-5");
	assert_bad_criterion ("104/123-48.2020");
	assert_bad_criterion ("service=X");
	assert_bad_criterion ("service=OE");
	assert_bad_criterion ("service=");
	assert_bad_criterion ("type=dépensé plus");
	assert_bad_criterion ("groupe=123");
	assert_bad_criterion ("fonction=12");
	assert_bad_criterion ("fonction=abc");
	assert_bad_criterion ("fonction1=83");
	assert_bad_criterion ("economique=124");
	assert_bad_criterion ("code=12-4");
	assert_bad_criterion ("montant=5");
	assert_bad_criterion ("=104/*");
	assert_bad_criterion ("exercice=2020");
	assert_bad_criterion ("service==E");
}
END_TEST

static char const *const small_articles[] = {
	"104/123-48",		/* D O */
	"104 / 123.48",		/* the same article */
	"8352/124-02.2020",	/* D O, year in the article */
	"8352/124-02",
	"104/742-53/2021",	/* D E */
	"84011/161-01",		/* R O */
	"xxx/wal-13.2019",	/* not an article */
	NULL,			/* empty cell */
	"104/123-00",		/* no service */
};
static double const small_amounts[] = {
	100, 50, 10, 20, 1000, 7, 99999, 88888, 3
};
static int const small_exercices[] = {
	2020, 2021, 0, 2021, 0, 2020, 2020, 2020, 0
};

START_TEST (sums_skip_rows_without_an_article)
{
	gsize n = G_N_ELEMENTS (small_articles);

	ck_assert_double_eq (budget_sum ("*", small_articles, small_amounts,
					 NULL, n, 0, PST_OK),
			     100 + 50 + 10 + 20 + 1000 + 7 + 3);
	ck_assert_double_eq (budget_sum ("104/*", small_articles, small_amounts,
					 NULL, n, 0, PST_OK), 1153);
	ck_assert_double_eq (budget_sum ("type=D", small_articles, small_amounts,
					 NULL, n, 0, PST_OK), 1183);
	ck_assert_double_eq (budget_sum ("type=R", small_articles, small_amounts,
					 NULL, n, 0, PST_OK), 7);
	ck_assert_double_eq (budget_sum ("service=E", small_articles, small_amounts,
					 NULL, n, 0, PST_OK), 1000);
	/* Nothing matches: 0, since there are valid rows. */
	ck_assert_double_eq (budget_sum ("999/*", small_articles, small_amounts,
					 NULL, n, 0, PST_OK), 0);
}
END_TEST

START_TEST (sums_by_exercice)
{
	gsize n = G_N_ELEMENTS (small_articles);

	/* The exercice column, else the year after the article. */
	ck_assert_double_eq (budget_sum ("*", small_articles, small_amounts,
					 small_exercices, n, 2020, PST_OK),
			     100 + 10 + 7);
	ck_assert_double_eq (budget_sum ("*", small_articles, small_amounts,
					 small_exercices, n, 2021, PST_OK),
			     50 + 20 + 1000);
	ck_assert_double_eq (budget_sum ("type=D", small_articles, small_amounts,
					 small_exercices, n, 2020, PST_OK),
			     110);
	/* Without the column only the years written after articles. */
	ck_assert_double_eq (budget_sum ("*", small_articles, small_amounts,
					 NULL, n, 2021, PST_OK), 1000);
	ck_assert_double_eq (budget_sum ("*", small_articles, small_amounts,
					 NULL, n, 2019, PST_OK), 0);
}
END_TEST

START_TEST (no_valid_article_at_all_is_an_error_not_zero)
{
	static char const *const junk[] = {
		"xxx/wal-13.2019", NULL, "", "104/124.2020", "Total"
	};
	static double const amounts[] = { 1, 2, 3, 4, 5 };

	budget_sum ("*", junk, amounts, NULL, G_N_ELEMENTS (junk), 0,
		    PST_ERROR_VALUE);
	budget_sum ("*", junk, amounts, NULL, 0, 0, PST_ERROR_VALUE);
}
END_TEST

static void
assert_table (char const *level_name, char const *const *keys,
	      double const *sums, guint const *counts, gsize n_keys)
{
	PstArticlePart level;
	GPtrArray *lines = NULL;
	gsize i;

	ck_assert_int_eq (pst_budget_level_from_name (level_name, &level), PST_OK);
	ck_assert_int_eq (pst_budget_table (small_articles, small_amounts,
					    G_N_ELEMENTS (small_articles),
					    level, &lines), PST_OK);
	ck_assert_msg (lines->len == n_keys, "level %s: %u lines, expected %u",
		       level_name ? level_name : "(none)", lines->len,
		       (guint) n_keys);
	for (i = 0; i < n_keys; i++) {
		PstBudgetLine const *line = g_ptr_array_index (lines, i);
		ck_assert_str_eq (line->key, keys[i]);
		ck_assert_double_eq (line->sum, sums[i]);
		ck_assert_uint_eq (line->n_rows, counts[i]);
	}
	pst_budget_table_free (lines);
}

START_TEST (table_by_each_level)
{
	{
		static char const *const k[] = {
			"104/123-00", "104/123-48", "104/742-53",
			"8352/124-02", "84011/161-01"
		};
		static double const s[] = { 3, 150, 1000, 30, 7 };
		static guint const c[] = { 1, 2, 1, 2, 1 };
		assert_table (NULL, k, s, c, G_N_ELEMENTS (k));
		assert_table ("Article", k, s, c, G_N_ELEMENTS (k));
	}
	{
		static char const *const k[] = { "104", "8352", "84011" };
		static double const s[] = { 1153, 30, 7 };
		static guint const c[] = { 4, 2, 1 };
		assert_table ("fonction", k, s, c, G_N_ELEMENTS (k));
	}
	{
		static char const *const k[] = { "1", "8" };
		static double const s[] = { 1153, 37 };
		static guint const c[] = { 4, 3 };
		assert_table ("fonction1", k, s, c, G_N_ELEMENTS (k));
	}
	{
		static char const *const k[] = {
			"123-00", "123-48", "124-02", "161-01", "742-53"
		};
		static double const s[] = { 3, 150, 30, 7, 1000 };
		static guint const c[] = { 1, 2, 2, 1, 1 };
		assert_table ("économique", k, s, c, G_N_ELEMENTS (k));
	}
	{
		static char const *const k[] = { "123", "124", "161", "742" };
		static double const s[] = { 153, 30, 7, 1000 };
		static guint const c[] = { 3, 2, 1, 1 };
		assert_table ("code", k, s, c, G_N_ELEMENTS (k));
	}
	{
		static char const *const k[] = { "12", "16", "74" };
		static double const s[] = { 183, 7, 1000 };
		static guint const c[] = { 5, 1, 1 };
		assert_table ("groupe", k, s, c, G_N_ELEMENTS (k));
	}
	{
		/* "104/123-00" has no service: "?" rather than left out. */
		static char const *const k[] = { "?", "E", "O" };
		static double const s[] = { 3, 1000, 187 };
		static guint const c[] = { 1, 1, 5 };
		assert_table ("service", k, s, c, G_N_ELEMENTS (k));
	}
	{
		static char const *const k[] = { "D", "R" };
		static double const s[] = { 1183, 7 };
		static guint const c[] = { 6, 1 };
		assert_table ("TYPE", k, s, c, G_N_ELEMENTS (k));
	}
}
END_TEST

START_TEST (table_levels_and_errors)
{
	static char const *const junk[] = { "xxx/wal-13.2019", NULL };
	static double const amounts[] = { 1, 2 };
	PstArticlePart level = PST_ARTICLE_PART_TYPE;
	GPtrArray *lines = NULL;

	ck_assert_int_eq (pst_budget_level_from_name ("", &level), PST_OK);
	ck_assert_int_eq (level, PST_ARTICLE_PART_ARTICLE);
	ck_assert_int_eq (pst_budget_level_from_name ("libelle", &level),
			  PST_ERROR_VALUE);
	ck_assert_int_eq (pst_budget_level_from_name ("exercice", &level),
			  PST_ERROR_VALUE);
	ck_assert_int_eq (pst_budget_level_from_name ("chapitre", &level),
			  PST_ERROR_VALUE);
	ck_assert_int_eq (pst_budget_table (junk, amounts, 2,
					    PST_ARTICLE_PART_ARTICLE, &lines),
			  PST_ERROR_VALUE);
	ck_assert_int_eq (pst_budget_table (small_articles, small_amounts, 2,
					    PST_ARTICLE_PART_LIBELLE, &lines),
			  PST_ERROR_VALUE);
	ck_assert_ptr_null (lines);
}
END_TEST

START_TEST (fonctions_sort_by_their_hierarchy)
{
	static char const *const articles[] = {
		"105/123-48", "1040/123-48", "104/123-48", "84/123-48",
		"10400/123-48", "835/123-48", "8352/123-48"
	};
	static double const amounts[] = { 1, 2, 3, 4, 5, 6, 7 };
	static char const *const expected[] = {
		"104/123-48", "1040/123-48", "10400/123-48", "105/123-48",
		"835/123-48", "8352/123-48"
	};
	GPtrArray *lines = NULL;
	gsize i;

	/* "84/123-48" has a two-digit fonction: not an article. */
	ck_assert_int_eq (pst_budget_table (articles, amounts,
					    G_N_ELEMENTS (articles),
					    PST_ARTICLE_PART_ARTICLE, &lines),
			  PST_OK);
	ck_assert_uint_eq (lines->len, G_N_ELEMENTS (expected));
	for (i = 0; i < G_N_ELEMENTS (expected); i++)
		ck_assert_str_eq (((PstBudgetLine *) g_ptr_array_index (lines, i))->key,
				  expected[i]);
	pst_budget_table_free (lines);
}
END_TEST

/* 100 000 rows over the whole list, written in several variants, one row
 * in a hundred junk; the totals are known from how they were made. */
#define N_ROWS 100000

START_TEST (a_hundred_thousand_rows_add_up)
{
	static char const *const fonctions[] = {
		"104", "8352", "84011", "8790", "121", "8441"
	};
	gsize n_codes, i;
	PstEconomicCode const *codes = pst_economic_codes (&n_codes);
	char **articles = g_new (char *, N_ROWS);
	double *amounts = g_new (double, N_ROWS);
	int *exercices = g_new (int, N_ROWS);
	double total = 0, total_d = 0, total_r = 0, total_o = 0, total_e = 0;
	double total_2020 = 0, total_104_5x = 0, total_junk = 0;
	guint n_valid = 0;
	GPtrArray *lines = NULL;
	PstBudgetCriterion *c = NULL;
	double sum;
	GHashTable *distinct = g_hash_table_new_full (g_str_hash, g_str_equal,
						      g_free, NULL);

	for (i = 0; i < N_ROWS; i++) {
		PstEconomicCode const *code = &codes[(i * 7919) % n_codes];
		char const *fonction = fonctions[i % G_N_ELEMENTS (fonctions)];
		/* Multiples of 1/4: every partial sum is exact. */
		double amount = (double) ((i * 37) % 100000) / 4;
		int year = 2019 + (int) (i % 3);

		amounts[i] = amount;
		exercices[i] = year;
		if (i % 100 == 99) {
			articles[i] = g_strdup (i % 200 == 199 ? "xxx/wal-13.2019"
						: "93/123-48");
			total_junk += amount;
			continue;
		}
		switch (i % 4) {
		case 0:
			articles[i] = g_strdup_printf ("%s/%s", fonction, code->code);
			break;
		case 1:
			articles[i] = g_strdup_printf ("%s / %.3s.%s", fonction,
						       code->code, code->code + 4);
			break;
		case 2:
			articles[i] = g_strdup_printf ("%s/%.3s%s", fonction,
						       code->code, code->code + 4);
			break;
		default:
			articles[i] = g_strdup_printf ("%s/%s.%d", fonction,
						       code->code, year);
			exercices[i] = 0;	/* the year is in the article */
			break;
		}
		g_hash_table_add (distinct, g_strdup_printf ("%s/%s", fonction,
							     code->code));
		n_valid++;
		total += amount;
		if (code->type == 'D')
			total_d += amount;
		else
			total_r += amount;
		if (code->service == 'O')
			total_o += amount;
		else
			total_e += amount;
		if (year == 2020)
			total_2020 += amount;
		if (strcmp (fonction, "104") == 0 && code->code[4] == '5')
			total_104_5x += amount;
	}
	ck_assert_uint_eq (n_valid, N_ROWS - N_ROWS / 100);
	ck_assert (total_junk > 0);

	ck_assert_int_eq (pst_budget_table ((char const *const *) articles,
					    amounts, N_ROWS,
					    PST_ARTICLE_PART_TYPE, &lines), PST_OK);
	ck_assert_uint_eq (lines->len, 2);
	ck_assert_str_eq (((PstBudgetLine *) lines->pdata[0])->key, "D");
	ck_assert_double_eq (((PstBudgetLine *) lines->pdata[0])->sum, total_d);
	ck_assert_str_eq (((PstBudgetLine *) lines->pdata[1])->key, "R");
	ck_assert_double_eq (((PstBudgetLine *) lines->pdata[1])->sum, total_r);
	pst_budget_table_free (lines);

	ck_assert_int_eq (pst_budget_table ((char const *const *) articles,
					    amounts, N_ROWS,
					    PST_ARTICLE_PART_SERVICE, &lines), PST_OK);
	ck_assert_uint_eq (lines->len, 2);
	ck_assert_str_eq (((PstBudgetLine *) lines->pdata[0])->key, "E");
	ck_assert_double_eq (((PstBudgetLine *) lines->pdata[0])->sum, total_e);
	ck_assert_str_eq (((PstBudgetLine *) lines->pdata[1])->key, "O");
	ck_assert_double_eq (((PstBudgetLine *) lines->pdata[1])->sum, total_o);
	pst_budget_table_free (lines);

	ck_assert_int_eq (pst_budget_table ((char const *const *) articles,
					    amounts, N_ROWS,
					    PST_ARTICLE_PART_ARTICLE, &lines), PST_OK);
	ck_assert_uint_eq (lines->len, g_hash_table_size (distinct));
	sum = 0;
	{
		guint rows = 0;
		for (i = 0; i < lines->len; i++) {
			PstBudgetLine const *line = lines->pdata[i];
			ck_assert (g_hash_table_contains (distinct, line->key));
			if (i > 0)
				ck_assert (strcmp (((PstBudgetLine *) lines->pdata[i - 1])->key,
						   line->key) < 0);
			sum += line->sum;
			rows += line->n_rows;
		}
		ck_assert_uint_eq (rows, n_valid);
	}
	ck_assert_double_eq (sum, total);
	pst_budget_table_free (lines);

	ck_assert_int_eq (pst_budget_criterion_new ("*", &c), PST_OK);
	ck_assert_int_eq (pst_budget_sum (c, (char const *const *) articles,
					  amounts, exercices, N_ROWS, 0, &sum),
			  PST_OK);
	ck_assert_double_eq (sum, total);
	ck_assert_int_eq (pst_budget_sum (c, (char const *const *) articles,
					  amounts, exercices, N_ROWS, 2020, &sum),
			  PST_OK);
	ck_assert_double_eq (sum, total_2020);
	pst_budget_criterion_free (c);

	ck_assert_int_eq (pst_budget_criterion_new ("type=R", &c), PST_OK);
	ck_assert_int_eq (pst_budget_sum (c, (char const *const *) articles,
					  amounts, NULL, N_ROWS, 0, &sum),
			  PST_OK);
	ck_assert_double_eq (sum, total_r);
	pst_budget_criterion_free (c);

	ck_assert_int_eq (pst_budget_criterion_new ("104/*-5?", &c), PST_OK);
	ck_assert_int_eq (pst_budget_sum (c, (char const *const *) articles,
					  amounts, NULL, N_ROWS, 0, &sum),
			  PST_OK);
	ck_assert_double_eq (sum, total_104_5x);
	pst_budget_criterion_free (c);

	for (i = 0; i < N_ROWS; i++)
		g_free (articles[i]);
	g_free (articles);
	g_free (amounts);
	g_free (exercices);
	g_hash_table_destroy (distinct);
}
END_TEST

static guint32
julian (int d, int m, int y)
{
	GDate date;
	g_date_clear (&date, 1);
	g_date_set_dmy (&date, d, m, y);
	return g_date_get_julian (&date);
}

static double
prorata (double amount, guint32 start, guint32 end, int year)
{
	double part = -1;
	ck_assert_int_eq (pst_budget_prorata (amount, start, end, year, &part),
			  PST_OK);
	return part;
}

START_TEST (a_one_day_span_falls_whole_in_its_year)
{
	guint32 d = julian (15, 6, 2021);
	ck_assert_double_eq (prorata (1200, d, d, 2021), 1200);
	ck_assert_double_eq (prorata (1200, d, d, 2022), 0);
	d = julian (31, 12, 2021);
	ck_assert_double_eq (prorata (1200, d, d, 2021), 1200);
	ck_assert_double_eq (prorata (1200, d, d, 2022), 0);
}
END_TEST

/* The errors of unreadable cells, kept as the caller's values: here
 * strings that say which cell they stand for. */
static void
read_budget_lines (PstBudgetLines *lines)
{
	static char const *const articles[] = {
		"104/123-48", "Sous-total", "8352/124-02", "104/742-53"
	};

	pst_budget_lines_init (lines, G_N_ELEMENTS (articles), TRUE, g_free);
	memcpy (lines->articles, articles, sizeof articles);
	lines->amounts[0] = 100;
	lines->exercices[0] = 2021;
	/* A title's unreadable amount never counts. */
	pst_budget_lines_bad_amount (lines, 1, g_strdup ("amount of row 2"));
	pst_budget_lines_bad_amount (lines, 2, g_strdup ("amount of row 3"));
	pst_budget_lines_bad_exercice (lines, 3, g_strdup ("year of row 4"));
}

START_TEST (an_unreadable_cell_is_an_error_only_where_its_line_counts)
{
	PstBudgetCriterion *fonction_104 = NULL, *service_o = NULL, *any = NULL;
	PstBudgetLines lines;
	char *error;

	ck_assert_int_eq (pst_budget_criterion_new ("104/*", &fonction_104), PST_OK);
	ck_assert_int_eq (pst_budget_criterion_new ("service=O", &service_o), PST_OK);

	read_budget_lines (&lines);
	ck_assert_int_eq (lines.exercices[3], -1);
	/* Fonction 104 in 2021: row 3 is another fonction; row 4, whose
	 * year cannot be read, might be of 2021. */
	error = pst_budget_lines_sum_error (&lines, fonction_104, 2021);
	ck_assert_str_eq (error, "year of row 4");
	g_free (error);
	/* Handed over once. */
	ck_assert_ptr_null (pst_budget_lines_sum_error (&lines, fonction_104, 2021));
	pst_budget_lines_clear (&lines);

	/* Found by fuzz-budget-criterion: an error handed over was still
	 * found first, as NULL, hiding the next line that counts. */
	read_budget_lines (&lines);
	error = pst_budget_lines_table_error (&lines);
	ck_assert_str_eq (error, "amount of row 3");
	g_free (error);
	ck_assert_int_eq (pst_budget_criterion_new ("*", &any), PST_OK);
	error = pst_budget_lines_sum_error (&lines, any, 0);
	ck_assert_pstr_eq (error, "year of row 4");
	g_free (error);
	pst_budget_criterion_free (any);
	pst_budget_lines_clear (&lines);

	read_budget_lines (&lines);
	/* Every year: a bad year does not matter, row 3's amount does. */
	error = pst_budget_lines_sum_error (&lines, service_o, 0);
	ck_assert_str_eq (error, "amount of row 3");
	g_free (error);
	pst_budget_lines_clear (&lines);

	read_budget_lines (&lines);
	/* The table sums every line with an article: the first bad one. */
	error = pst_budget_lines_table_error (&lines);
	ck_assert_str_eq (error, "amount of row 3");
	g_free (error);
	pst_budget_lines_clear (&lines);	/* frees the errors left */

	pst_budget_criterion_free (fonction_104);
	pst_budget_criterion_free (service_o);
}
END_TEST

START_TEST (budget_years_from_numbers_and_texts)
{
	int year;

	ck_assert_int_eq (pst_exercice_from_number (2021, &year), PST_OK);
	ck_assert_int_eq (year, 2021);
	ck_assert_int_eq (pst_exercice_from_number (2021.5, &year), PST_ERROR_NUM);
	ck_assert_int_eq (pst_exercice_from_number (999, &year), PST_ERROR_NUM);
	ck_assert_int_eq (pst_exercice_from_number (NAN, &year), PST_ERROR_NUM);
	ck_assert_int_eq (pst_exercice_from_number (1e300, &year), PST_ERROR_NUM);
	ck_assert (pst_exercice_from_text (" 2020 ", &year));
	ck_assert_int_eq (year, 2020);
	ck_assert (pst_exercice_from_text ("  ", &year));
	ck_assert_int_eq (year, 0);
	ck_assert (!pst_exercice_from_text ("2020b", &year));
	ck_assert (!pst_exercice_from_text ("10000", &year));
	ck_assert (!pst_exercice_from_text ("-2020", &year));
}
END_TEST

START_TEST (a_leap_year_has_366_days)
{
	/* A year from 1 July 2023: 184 days in 2023, 182 in 2024 with the
	 * 29th of February. */
	guint32 start = julian (1, 7, 2023), end = julian (30, 6, 2024);
	ck_assert_double_eq_tol (prorata (366, start, end, 2023), 184, 1e-9);
	ck_assert_double_eq_tol (prorata (366, start, end, 2024), 182, 1e-9);
	ck_assert_double_eq_tol (prorata (366, julian (1, 1, 2024),
					  julian (31, 12, 2024), 2024), 366, 1e-9);
	ck_assert_double_eq_tol (prorata (1000, julian (1, 2, 2024),
					  julian (29, 2, 2024), 2024), 1000, 1e-9);
}
END_TEST

START_TEST (a_span_over_three_years_shares_the_amount)
{
	/* 31/12/2019 to 01/01/2021: 1 + 366 + 1 days. */
	guint32 start = julian (31, 12, 2019), end = julian (1, 1, 2021);
	double a = prorata (368, start, end, 2019);
	double b = prorata (368, start, end, 2020);
	double c = prorata (368, start, end, 2021);

	ck_assert_double_eq_tol (a, 1, 1e-9);
	ck_assert_double_eq_tol (b, 366, 1e-9);
	ck_assert_double_eq_tol (c, 1, 1e-9);
	ck_assert_double_eq_tol (prorata (100000, julian (1, 3, 2021),
					  julian (28, 2, 2024), 2021)
				 + prorata (100000, julian (1, 3, 2021),
					    julian (28, 2, 2024), 2022)
				 + prorata (100000, julian (1, 3, 2021),
					    julian (28, 2, 2024), 2023)
				 + prorata (100000, julian (1, 3, 2021),
					    julian (28, 2, 2024), 2024),
				 100000, 1e-6);
	ck_assert_double_eq_tol (prorata (-500, start, end, 2020),
				 -500.0 * 366 / 368, 1e-9);
}
END_TEST

START_TEST (a_year_outside_the_span_gets_nothing)
{
	guint32 start = julian (1, 3, 2021), end = julian (31, 8, 2022);
	ck_assert_double_eq (prorata (1000, start, end, 2020), 0);
	ck_assert_double_eq (prorata (1000, start, end, 2023), 0);
}
END_TEST

START_TEST (prorata_refuses_backwards_spans_and_bad_days)
{
	double part;
	guint32 start = julian (1, 3, 2021), end = julian (31, 8, 2022);

	ck_assert_int_eq (pst_budget_prorata (1000, end, start, 2021, &part),
			  PST_ERROR_NUM);
	ck_assert_int_eq (pst_budget_prorata (1000, 0, end, 2021, &part),
			  PST_ERROR_NUM);
	ck_assert_int_eq (pst_budget_prorata (1000, start, end, 0, &part),
			  PST_ERROR_NUM);
	ck_assert_int_eq (pst_budget_prorata (1000, start, end, -2021, &part),
			  PST_ERROR_NUM);
	ck_assert_int_eq (pst_budget_prorata (1000, start, end, 70000, &part),
			  PST_ERROR_NUM);
	ck_assert_int_eq (pst_budget_prorata (NAN, start, end, 2021, &part),
			  PST_ERROR_VALUE);
}
END_TEST

static double
indicateur (double initiale, double cible, double actuelle)
{
	double r = G_MAXDOUBLE;
	ck_assert_int_eq (pst_indicateur (initiale, cible, actuelle, &r), PST_OK);
	return r;
}

START_TEST (an_increasing_target)
{
	ck_assert_double_eq_tol (indicateur (0, 100, 50), 0.5, 1e-12);
	ck_assert_double_eq_tol (indicateur (20, 80, 20), 0, 1e-12);
	ck_assert_double_eq_tol (indicateur (20, 80, 80), 1, 1e-12);
}
END_TEST

START_TEST (a_decreasing_target)
{
	/* Waiting time from 20 days down to 10: at 15, half way. */
	ck_assert_double_eq_tol (indicateur (20, 10, 15), 0.5, 1e-12);
	ck_assert_double_eq_tol (indicateur (20, 10, 10), 1, 1e-12);
	ck_assert_double_eq_tol (indicateur (20, 10, 20), 0, 1e-12);
}
END_TEST

START_TEST (overshooting_and_going_backwards_are_not_clamped)
{
	ck_assert_double_eq_tol (indicateur (0, 100, 120), 1.2, 1e-12);
	ck_assert_double_eq_tol (indicateur (20, 10, 8), 1.2, 1e-12);
	ck_assert_double_eq_tol (indicateur (0, 100, -10), -0.1, 1e-12);
	ck_assert_double_eq_tol (indicateur (20, 10, 25), -0.5, 1e-12);
}
END_TEST

START_TEST (a_target_equal_to_the_start_divides_by_zero)
{
	double r;
	ck_assert_int_eq (pst_indicateur (50, 50, 60, &r), PST_ERROR_DIV0);
	ck_assert_int_eq (pst_indicateur (0, 0, 0, &r), PST_ERROR_DIV0);
	ck_assert_int_eq (pst_indicateur (NAN, 10, 5, &r), PST_ERROR_VALUE);
	ck_assert_int_eq (pst_indicateur (0, INFINITY, 5, &r), PST_ERROR_VALUE);
	ck_assert_int_eq (pst_indicateur (0, 1e-300, 1e300, &r), PST_ERROR_NUM);
}
END_TEST

Suite *
budget_suite (void)
{
	Suite *s = suite_create ("budget");
	TCase *tc = tcase_create ("budget");
	tcase_set_timeout (tc, 60);
	tcase_add_test (tc, patterns_over_the_canonical_article);
	tcase_add_test (tc, a_plain_article_criterion_reads_like_an_article);
	tcase_add_test (tc, part_tests);
	tcase_add_test (tc, malformed_criteria_are_refused);
	tcase_add_test (tc, sums_skip_rows_without_an_article);
	tcase_add_test (tc, sums_by_exercice);
	tcase_add_test (tc, no_valid_article_at_all_is_an_error_not_zero);
	tcase_add_test (tc, table_by_each_level);
	tcase_add_test (tc, table_levels_and_errors);
	tcase_add_test (tc, fonctions_sort_by_their_hierarchy);
	tcase_add_test (tc, a_hundred_thousand_rows_add_up);
	tcase_add_test (tc, a_one_day_span_falls_whole_in_its_year);
	tcase_add_test (tc, an_unreadable_cell_is_an_error_only_where_its_line_counts);
	tcase_add_test (tc, budget_years_from_numbers_and_texts);
	tcase_add_test (tc, a_leap_year_has_366_days);
	tcase_add_test (tc, a_span_over_three_years_shares_the_amount);
	tcase_add_test (tc, a_year_outside_the_span_gets_nothing);
	tcase_add_test (tc, prorata_refuses_backwards_spans_and_bad_days);
	tcase_add_test (tc, an_increasing_target);
	tcase_add_test (tc, a_decreasing_target);
	tcase_add_test (tc, overshooting_and_going_backwards_are_not_clamped);
	tcase_add_test (tc, a_target_equal_to_the_start_divides_by_zero);
	suite_add_tcase (s, tc);
	return s;
}
