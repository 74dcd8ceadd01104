/*
 * budget.c: sums by article, the table by level, pro rata of days.
 */
#include "budget.h"
#include "engine.h"
#include "text.h"

#include <math.h>
#include <string.h>

struct _PstBudgetCriterion {
	PstArticlePart part;
	char	      *pattern;	/* as the part's values are written */
	gsize	       len;
	gboolean       literal;	/* no wildcard: compare, do not match */
};

/* The values a part can take, one string per length: '#' stands for a
 * digit, 'S' for a service letter, 'T' for a type letter; other
 * characters stand for themselves.  A pattern that matches none of them
 * would match no row at all, which is a mistake worth a #VALUE!. */
typedef struct {
	PstArticlePart part;
	char const    *shapes[4];	/* NULL-terminated */
} PartShape;

static PartShape const part_shapes[] = {
	{ PST_ARTICLE_PART_ARTICLE,
	  { "###/###-##", "####/###-##", "#####/###-##", NULL } },
	{ PST_ARTICLE_PART_FONCTION,	{ "###", "####", "#####", NULL } },
	{ PST_ARTICLE_PART_FONCTION1,	{ "#", NULL } },
	{ PST_ARTICLE_PART_ECONOMIQUE,	{ "###-##", NULL } },
	{ PST_ARTICLE_PART_CODE,	{ "###", NULL } },
	{ PST_ARTICLE_PART_GROUPE,	{ "##", NULL } },
	{ PST_ARTICLE_PART_SERVICE,	{ "S", NULL } },
	{ PST_ARTICLE_PART_TYPE,	{ "T", NULL } },
};

typedef struct {
	char const    *word;	/* folded */
	PstArticlePart part;
	char const    *letter;
} PartWord;

/* Words that may stand for a service or a type letter: "service=ordinaire". */
static PartWord const part_words[] = {
	{ "ordinaire",		PST_ARTICLE_PART_SERVICE,	"O" },
	{ "extraordinaire",	PST_ARTICLE_PART_SERVICE,	"E" },
	{ "depense",		PST_ARTICLE_PART_TYPE,		"D" },
	{ "depenses",		PST_ARTICLE_PART_TYPE,		"D" },
	{ "recette",		PST_ARTICLE_PART_TYPE,		"R" },
	{ "recettes",		PST_ARTICLE_PART_TYPE,		"R" },
};

/* The levels of PST.BUDGET.TABLE, among the parts of an article. */
static PstArticlePart const table_levels[] = {
	PST_ARTICLE_PART_ARTICLE,
	PST_ARTICLE_PART_FONCTION,
	PST_ARTICLE_PART_FONCTION1,
	PST_ARTICLE_PART_ECONOMIQUE,
	PST_ARTICLE_PART_CODE,
	PST_ARTICLE_PART_GROUPE,
	PST_ARTICLE_PART_SERVICE,
	PST_ARTICLE_PART_TYPE,
};

/* ------------------------------------------------------------------ */
/* Compensated sums: 100 000 amounts in cents should add up to the cent. */

typedef struct {
	double sum;
	double compensation;
} Accumulator;

static void
accumulator_add (Accumulator *acc, double x)
{
	double t = acc->sum + x;

	if (fabs (acc->sum) >= fabs (x))
		acc->compensation += (acc->sum - t) + x;
	else
		acc->compensation += (x - t) + acc->sum;
	acc->sum = t;
}

static double
accumulator_total (Accumulator const *acc)
{
	return acc->sum + acc->compensation;
}

/* ------------------------------------------------------------------ */
/* Wildcards. */

static char const *
utf8_next (char const *p, char const *end)
{
	p = g_utf8_next_char (p);
	return p > end ? end : p;
}

/* '*' any run, '?' any one character, over @len bytes of @text.  The
 * usual greedy scan that backs up to the last star: linear in practice,
 * and no allocation. */
static gboolean
glob_match (char const *pat, char const *text, gsize len)
{
	char const *end = text + len;
	char const *star = NULL, *resume = NULL;

	while (text < end) {
		if (*pat == '*') {
			star = ++pat;
			resume = text;
		} else if (*pat == '?') {
			pat++;
			text = utf8_next (text, end);
		} else if (*pat != '\0' && *pat == *text) {
			pat++;
			text++;
		} else if (star != NULL) {
			pat = star;
			resume = utf8_next (resume, end);
			text = resume;
		} else
			return FALSE;
	}
	while (*pat == '*')
		pat++;
	return *pat == '\0';
}

static gboolean
shape_accepts (char shape, char c)
{
	switch (shape) {
	case '#':
		return g_ascii_isdigit (c);
	case 'S':
		return c == 'O' || c == 'E';
	case 'T':
		return c == 'D' || c == 'R';
	default:
		return c == shape;
	}
}

/* Whether @pat matches at least one string of @shape: matched[i][t]
 * says whether pat[i..] can match shape[t..]. */
static gboolean
glob_can_match_shape (char const *pat, char const *shape)
{
	gsize np = strlen (pat), ns = strlen (shape);
	gsize i, t, w = ns + 1;
	gboolean *matched = g_new0 (gboolean, (np + 1) * w);
	gboolean result;

	matched[np * w + ns] = TRUE;
	for (i = np; i-- > 0; ) {
		for (t = ns + 1; t-- > 0; ) {
			gboolean m;
			if (pat[i] == '*')
				m = matched[(i + 1) * w + t] ||
					(t < ns && matched[i * w + t + 1]);
			else if (pat[i] == '?')
				m = t < ns && matched[(i + 1) * w + t + 1];
			else
				m = t < ns && shape_accepts (shape[t], pat[i]) &&
					matched[(i + 1) * w + t + 1];
			matched[i * w + t] = m;
		}
	}
	result = matched[0];
	g_free (matched);
	return result;
}

static PartShape const *
part_shape (PstArticlePart part)
{
	gsize i;

	for (i = 0; i < G_N_ELEMENTS (part_shapes); i++)
		if (part_shapes[i].part == part)
			return &part_shapes[i];
	return NULL;
}

/* ------------------------------------------------------------------ */
/* Libellés folded once, in the order of the list, for "libelle=…". */

static char const *
folded_libelle (PstEconomicCode const *code)
{
	static char **folded = NULL;
	gsize n, i;
	PstEconomicCode const *codes = pst_economic_codes (&n);

	if (g_once_init_enter (&folded)) {
		char **table = g_new0 (char *, n + 1);
		for (i = 0; i < n; i++)
			table[i] = pst_text_fold (codes[i].libelle);
		pst_engine_own ((gsize *) &folded, (gpointer *) &folded,
				(GDestroyNotify) g_strfreev);
		g_once_init_leave (&folded, table);
	}
	return folded[code - codes];
}

/* ------------------------------------------------------------------ */
/* Criteria. */

static gboolean
has_wildcard (char const *s)
{
	return strpbrk (s, "*?") != NULL;
}

/* Folded, without any space: articles and codes are written without. */
static char *
fold_without_spaces (char const *text)
{
	char *folded = pst_text_fold (text);
	char *in, *out;

	for (in = out = folded; *in; in++)
		if (*in != ' ')
			*out++ = *in;
	*out = '\0';
	return folded;
}

/* The value side of a criterion as the part's values are written, or
 * NULL when no value of the part could ever match it. */
static char *
criterion_pattern (PstArticlePart part, char const *value)
{
	PartShape const *shape;
	char *pattern;
	gsize i;

	if (pst_text_is_blank (value))
		return NULL;

	switch (part) {
	case PST_ARTICLE_PART_EXERCICE:
		return NULL;
	case PST_ARTICLE_PART_LIBELLE:
		return pst_text_fold (value);
	case PST_ARTICLE_PART_ARTICLE:
	case PST_ARTICLE_PART_ECONOMIQUE:
		/* A plain article or ECO-SS in any variant: "124.02". */
		if (!has_wildcard (value)) {
			PstArticle article;
			char *text = part == PST_ARTICLE_PART_ARTICLE
				? g_strdup (value)
				: g_strconcat ("000/", value, NULL);
			PstError err = pst_article_parse (text, &article);
			g_free (text);
			if (err != PST_OK || article.year != 0)
				return NULL;
			return pst_article_part (&article, part, &pattern) == PST_OK
				? pattern : NULL;
		}
		break;
	default:
		break;
	}

	pattern = fold_without_spaces (value);
	if (part == PST_ARTICLE_PART_SERVICE || part == PST_ARTICLE_PART_TYPE) {
		for (i = 0; i < G_N_ELEMENTS (part_words); i++)
			if (part_words[i].part == part &&
			    strcmp (pattern, part_words[i].word) == 0) {
				g_free (pattern);
				return g_strdup (part_words[i].letter);
			}
		for (i = 0; pattern[i]; i++)
			pattern[i] = g_ascii_toupper (pattern[i]);
	}

	shape = part_shape (part);
	for (i = 0; shape != NULL && shape->shapes[i] != NULL; i++)
		if (glob_can_match_shape (pattern, shape->shapes[i]))
			return pattern;
	g_free (pattern);
	return NULL;
}

PstError
pst_budget_criterion_new (char const *text, PstBudgetCriterion **criterion)
{
	PstBudgetCriterion *c;
	PstArticlePart part = PST_ARTICLE_PART_ARTICLE;
	char const *equal, *value = text;
	char *pattern;

	if (pst_text_is_blank (text))
		return PST_ERROR_VALUE;
	equal = strchr (text, '=');
	if (equal != NULL) {
		char *name = g_strndup (text, equal - text);
		PstError err = PST_ERROR_VALUE;
		/* A blank name is no part: "=104" is a mistake, not an article. */
		if (!pst_text_is_blank (name))
			err = pst_article_part_from_name (name, &part);
		g_free (name);
		if (err != PST_OK)
			return err;
		value = equal + 1;
	}

	pattern = criterion_pattern (part, value);
	if (pattern == NULL)
		return PST_ERROR_VALUE;
	c = g_new (PstBudgetCriterion, 1);
	c->part = part;
	c->pattern = pattern;
	c->len = strlen (pattern);
	c->literal = !has_wildcard (pattern);
	*criterion = c;
	return PST_OK;
}

void
pst_budget_criterion_free (PstBudgetCriterion *criterion)
{
	if (criterion == NULL)
		return;
	g_free (criterion->pattern);
	g_free (criterion);
}

gboolean
pst_budget_criterion_match (PstBudgetCriterion const *criterion,
			    PstArticle const *article)
{
	char const *text;
	gsize len;

	if (criterion->part == PST_ARTICLE_PART_LIBELLE) {
		PstEconomicCode const *code = pst_article_economic_code (article);
		if (code == NULL)
			return FALSE;
		text = folded_libelle (code);
		len = strlen (text);
	} else if (pst_article_part_span (article, criterion->part,
					  &text, &len) != PST_OK)
		return FALSE;

	if (criterion->literal)
		return len == criterion->len &&
			memcmp (text, criterion->pattern, len) == 0;
	return glob_match (criterion->pattern, text, len);
}

/* ------------------------------------------------------------------ */
/* Sums. */

static gboolean
row_article (char const *const *articles, gsize i, PstArticle *article)
{
	return articles[i] != NULL &&
		pst_article_parse (articles[i], article) == PST_OK;
}

PstError
pst_budget_sum (PstBudgetCriterion const *criterion,
		char const *const *articles, double const *amounts,
		int const *exercices, gsize n, int exercice, double *sum)
{
	Accumulator acc = { 0, 0 };
	gboolean any_valid = FALSE;
	gsize i;

	for (i = 0; i < n; i++) {
		PstArticle article;

		if (!row_article (articles, i, &article))
			continue;
		any_valid = TRUE;
		if (exercice != 0) {
			int year = exercices != NULL && exercices[i] != 0
				? exercices[i] : article.year;
			if (year != exercice)
				continue;
		}
		if (pst_budget_criterion_match (criterion, &article))
			accumulator_add (&acc, amounts[i]);
	}
	if (!any_valid)
		return PST_ERROR_VALUE;
	*sum = accumulator_total (&acc);
	return PST_OK;
}

/* ------------------------------------------------------------------ */
/* The table. */

typedef struct {
	PstBudgetLine line;
	Accumulator   acc;
} TableEntry;

static void
entry_free (gpointer data)
{
	TableEntry *entry = data;

	g_free (entry->line.key);
	g_free (entry);
}

static gint
entry_compare (gconstpointer a, gconstpointer b)
{
	TableEntry const *ea = *(TableEntry * const *) a;
	TableEntry const *eb = *(TableEntry * const *) b;

	return strcmp (ea->line.key, eb->line.key);
}

PstError
pst_budget_level_from_name (char const *name, PstArticlePart *level)
{
	PstArticlePart part;
	gsize i;

	if (pst_article_part_from_name (name, &part) != PST_OK)
		return PST_ERROR_VALUE;
	for (i = 0; i < G_N_ELEMENTS (table_levels); i++)
		if (table_levels[i] == part) {
			*level = part;
			return PST_OK;
		}
	return PST_ERROR_VALUE;
}

PstError
pst_budget_table (char const *const *articles, double const *amounts,
		  gsize n, PstArticlePart level, GPtrArray **lines)
{
	GHashTable *by_key;
	GPtrArray *entries;
	gboolean any_valid = FALSE;
	gsize i;

	for (i = 0; i < G_N_ELEMENTS (table_levels); i++)
		if (table_levels[i] == level)
			break;
	if (i == G_N_ELEMENTS (table_levels))
		return PST_ERROR_VALUE;

	by_key = g_hash_table_new (g_str_hash, g_str_equal);
	entries = g_ptr_array_new_with_free_func (entry_free);
	for (i = 0; i < n; i++) {
		PstArticle article;
		TableEntry *entry;
		char key[PST_ARTICLE_MAX_LEN];
		char const *text;
		gsize len;

		if (!row_article (articles, i, &article))
			continue;
		any_valid = TRUE;
		if (pst_article_part_span (&article, level, &text, &len) != PST_OK) {
			text = "?";
			len = 1;
		}
		memcpy (key, text, len);
		key[len] = '\0';

		entry = g_hash_table_lookup (by_key, key);
		if (entry == NULL) {
			entry = g_new0 (TableEntry, 1);
			entry->line.key = g_strdup (key);
			g_hash_table_insert (by_key, entry->line.key, entry);
			g_ptr_array_add (entries, entry);
		}
		accumulator_add (&entry->acc, amounts[i]);
		entry->line.n_rows++;
	}
	g_hash_table_destroy (by_key);

	if (!any_valid) {
		g_ptr_array_unref (entries);
		return PST_ERROR_VALUE;
	}
	for (i = 0; i < entries->len; i++) {
		TableEntry *entry = g_ptr_array_index (entries, i);
		entry->line.sum = accumulator_total (&entry->acc);
	}
	g_ptr_array_sort (entries, entry_compare);
	*lines = entries;
	return PST_OK;
}

void
pst_budget_table_free (GPtrArray *lines)
{
	if (lines != NULL)
		g_ptr_array_unref (lines);
}

/* ------------------------------------------------------------------ */
/* Pro rata. */

static guint32
julian_of (int day, GDateMonth month, int year)
{
	GDate date;

	g_date_clear (&date, 1);
	g_date_set_dmy (&date, day, month, year);
	return g_date_get_julian (&date);
}

PstError
pst_budget_prorata (double amount, guint32 start, guint32 end, int year,
		    double *part)
{
	guint32 first, last, from, to;

	if (!isfinite (amount))
		return PST_ERROR_VALUE;
	if (!g_date_valid_julian (start) || !g_date_valid_julian (end) ||
	    year < 1 || year > G_MAXUINT16)
		return PST_ERROR_NUM;
	if (start > end)
		return PST_ERROR_NUM;

	first = julian_of (1, G_DATE_JANUARY, year);
	last = julian_of (31, G_DATE_DECEMBER, year);
	from = MAX (start, first);
	to = MIN (end, last);
	if (from > to)
		*part = 0;
	else
		*part = amount * ((double) (to - from + 1) /
				  (double) (end - start + 1));
	return PST_OK;
}
