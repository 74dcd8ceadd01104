/*
 * echeance.c: deadlines written as text.
 */
#include "echeance.h"
#include "tokens.h"
#include "text.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
	char const *word;
	int	    month;
} MonthName;

static MonthName const month_names[] = {
	{ "janvier", 1 }, { "janv", 1 }, { "jan", 1 }, { "january", 1 },
	{ "fevrier", 2 }, { "fevr", 2 }, { "fev", 2 }, { "february", 2 },
	{ "mars", 3 }, { "mar", 3 }, { "march", 3 },
	{ "avril", 4 }, { "avr", 4 }, { "april", 4 },
	{ "mai", 5 }, { "may", 5 },
	{ "juin", 6 }, { "june", 6 },
	{ "juillet", 7 }, { "juil", 7 }, { "july", 7 },
	{ "aout", 8 }, { "august", 8 },
	{ "septembre", 9 }, { "sept", 9 }, { "sep", 9 }, { "september", 9 },
	{ "octobre", 10 }, { "oct", 10 }, { "october", 10 },
	{ "novembre", 11 }, { "nov", 11 }, { "november", 11 },
	{ "decembre", 12 }, { "dec", 12 }, { "december", 12 },
	/* German */
	{ "januar", 1 }, { "februar", 2 }, { "marz", 3 }, { "juni", 6 }, { "juli", 7 },
	{ "oktober", 10 }, { "okt", 10 }, { "dezember", 12 }, { "dez", 12 },
};

/* Ordinal suffixes: "3e", "3ème", "1er", "2nd". */
static char const *const ordinal_suffixes[] = {
	"e", "er", "ere", "eme", "ieme", "nd", "nde", "d"
};

typedef struct {
	PstTokens t;
	int    default_year;
	GDate *date;
	gboolean invalid;	/* a date was written, but no such day exists */
	gboolean start;		/* the first day of the period, not the last */
} Scan;

static gboolean
tok_int (Scan const *s, int i, int *value)
{
	char const *t = pst_tok (&s->t, i);
	if (!g_ascii_isdigit (*t) || strlen (t) > 4)
		return FALSE;
	*value = atoi (t);
	return TRUE;
}

static gboolean
tok_year (Scan const *s, int i, int *year)
{
	return strlen (pst_tok (&s->t, i)) == 4 && tok_int (s, i, year) &&
		*year >= 1900 && *year <= 2199;
}

static gboolean
tok_month (Scan const *s, int i, int *month)
{
	gsize k;
	for (k = 0; k < G_N_ELEMENTS (month_names); k++)
		if (strcmp (pst_tok (&s->t, i), month_names[k].word) == 0) {
			*month = month_names[k].month;
			return TRUE;
		}
	return FALSE;
}

static gboolean
tok_date_sep (Scan const *s, int i)
{
	return pst_tok_is (&s->t, i, "/") || pst_tok_is (&s->t, i, "-") || pst_tok_is (&s->t, i, ".");
}

/* Skips an ordinal suffix after a number; returns the next index. */
static int
skip_ordinal (Scan const *s, int i)
{
	gsize k;
	for (k = 0; k < G_N_ELEMENTS (ordinal_suffixes); k++)
		if (pst_tok_is (&s->t, i, ordinal_suffixes[k]))
			return i + 1;
	return i;
}

/* Always ends the search: "31/02/2021" must not fall back to "2021".
 * A year before 1900 has no day number in a spreadsheet ("2.3.1004" is
 * no deadline), and GDate years stop at 65535. */
static gboolean
set_dmy (Scan *s, int day, int month, int year)
{
	if (day < 1 || day > 31 || month < 1 || month > 12 ||
	    year < 1900 || year > 9999 ||
	    !g_date_valid_dmy (day, month, year))
		s->invalid = TRUE;
	else
		g_date_set_dmy (s->date, day, month, year);
	return TRUE;
}

/* The months @first to @last of @year: their first day or their last. */
static gboolean
set_months (Scan *s, int first, int last, int year)
{
	if (s->start)
		return set_dmy (s, 1, first, year);
	if (last < 1 || last > 12 || year < 1 || year > 9999) {
		s->invalid = TRUE;
		return TRUE;
	}
	return set_dmy (s, g_date_get_days_in_month (last, year), last, year);
}

static gboolean
set_month (Scan *s, int month, int year)
{
	return set_months (s, month, month, year);
}

static gboolean
full_date (Scan *s, int i)
{
	int d, m, y;
	if (tok_year (s, i, &y) && tok_date_sep (s, i + 1) &&
	    tok_int (s, i + 2, &m) && pst_tok_is (&s->t, i + 3, pst_tok (&s->t, i + 1)) &&
	    tok_int (s, i + 4, &d))
		return set_dmy (s, d, m, y);
	if (!tok_int (s, i, &d) || !tok_date_sep (s, i + 1) ||
	    !tok_int (s, i + 2, &m) || !pst_tok_is (&s->t, i + 3, pst_tok (&s->t, i + 1)) ||
	    !tok_int (s, i + 4, &y))
		return FALSE;
	if (strlen (pst_tok (&s->t, i + 4)) == 2)
		y += 2000;
	else if (strlen (pst_tok (&s->t, i + 4)) != 4)
		return FALSE;
	return set_dmy (s, d, m, y);
}

static gboolean
day_month_year (Scan *s, int i)
{
	int d, m, y, j;
	if (!tok_int (s, i, &d))
		return FALSE;
	j = skip_ordinal (s, i + 1);
	return tok_month (s, j, &m) && tok_year (s, j + 1, &y) &&
		set_dmy (s, d, m, y);
}

/* "T3 2021", "Q3 2021", "3e trimestre 2021"; "S1 2021", "2e semestre 2021". */
static gboolean
period_of_year (Scan *s, int i, char const *letter, char const *word,
		int n_periods)
{
	int n, y, j;
	if (pst_tok_is (&s->t, i, letter) && tok_int (s, i + 1, &n))
		j = i + 2;
	else if (tok_int (s, i, &n) && pst_tok_is (&s->t, skip_ordinal (s, i + 1), word))
		j = skip_ordinal (s, i + 1) + 1;
	else
		return FALSE;
	if (pst_tok_is (&s->t, j, "/") || pst_tok_is (&s->t, j, "-") || pst_tok_is (&s->t, j, "de"))
		j++;
	if (n < 1 || n > n_periods || !tok_year (s, j, &y))
		return FALSE;
	return set_months (s, (n - 1) * 12 / n_periods + 1, n * 12 / n_periods, y);
}

static gboolean
quarter (Scan *s, int i)
{
	return period_of_year (s, i, "t", "trimestre", 4) ||
		period_of_year (s, i, "q", "trimestre", 4);
}

static gboolean
semester (Scan *s, int i)
{
	return period_of_year (s, i, "s", "semestre", 2);
}

static gboolean
month_year (Scan *s, int i)
{
	int m, y;
	return tok_month (s, i, &m) && tok_year (s, i + 1, &y) &&
		set_month (s, m, y);
}

/* "06/2025", "6-2025": a month by its number. */
static gboolean
numeric_month_year (Scan *s, int i)
{
	int m, y;
	return tok_int (s, i, &m) && strlen (pst_tok (&s->t, i)) <= 2 && m >= 1 && m <= 12 &&
		tok_date_sep (s, i + 1) && tok_year (s, i + 2, &y) &&
		!tok_date_sep (s, i + 3) && set_month (s, m, y);
}

static gboolean
year_range (Scan *s, int i)
{
	int y1, y2;
	char const *short_year = pst_tok (&s->t, i + 2);
	if (!tok_year (s, i, &y1) ||
	    !(pst_tok_is (&s->t, i + 1, "-") || pst_tok_is (&s->t, i + 1, "/") ||
	      pst_tok_is (&s->t, i + 1, "a") || pst_tok_is (&s->t, i + 1, "au") ||
	      pst_tok_is (&s->t, i + 1, "et")))
		return FALSE;
	/* "2025/26", "2025-26": a season over two years, its second year
	 * written short. */
	if (strlen (short_year) == 2 && g_ascii_isdigit (short_year[0]) &&
	    g_ascii_isdigit (short_year[1]) && pst_tok (&s->t, i + 3)[0] != '/' &&
	    (y1 + 1) % 100 == atoi (short_year))
		y2 = y1 + 1;
	else if (!tok_year (s, i + 2, &y2))
		return FALSE;
	if (y2 < y1)
		s->invalid = TRUE;
	return s->start ? set_dmy (s, 1, 1, y1) : set_dmy (s, 31, 12, y2);
}

/* "mi-2021": the middle of the year; "début 2020": its first quarter. */
static gboolean
part_of_year (Scan *s, int i)
{
	int y, j = i + 1, first, month, next_year = 0;
	if (pst_tok_is (&s->t, i, "mi"))
		first = month = 6;
	else if (pst_tok_is (&s->t, i, "debut"))
		first = 1, month = 3;
	/* The seasons of a school year, as the plans write them. */
	else if (pst_tok_is (&s->t, i, "printemps"))
		first = 3, month = 6;
	else if (pst_tok_is (&s->t, i, "ete"))
		first = 6, month = 8;
	else if (pst_tok_is (&s->t, i, "rentree"))
		first = month = 9;
	else if (pst_tok_is (&s->t, i, "automne"))
		first = 9, month = 11;
	else if (pst_tok_is (&s->t, i, "hiver"))
		first = 12, month = 2, next_year = 1;
	else
		return FALSE;
	if (pst_tok_is (&s->t, j, "-"))
		j++;
	if (!tok_year (s, j, &y))
		return FALSE;
	return s->start ? set_months (s, first, first, y) : set_months (s, month, month, y + next_year);
}

/* "2026 (T2)", "2025 - S1": the period after its year. */
static gboolean
year_then_period (Scan *s, int i)
{
	int y, n, j = i + 1, periods;
	if (!tok_year (s, i, &y))
		return FALSE;
	if (pst_tok_is (&s->t, j, "(") || pst_tok_is (&s->t, j, "-") || pst_tok_is (&s->t, j, ","))
		j++;
	if (pst_tok_is (&s->t, j, "t") || pst_tok_is (&s->t, j, "q"))
		periods = 4;
	else if (pst_tok_is (&s->t, j, "s"))
		periods = 2;
	else
		return FALSE;
	if (!tok_int (s, j + 1, &n) || n < 1 || n > periods)
		return FALSE;
	return set_months (s, (n - 1) * 12 / periods + 1, n * 12 / periods, y);
}

/* "déc-25", "juin 26": a month and the year's last two digits. */
static gboolean
month_short_year (Scan *s, int i)
{
	int m, y;
	char const *t = pst_tok (&s->t, i + 1);
	/* 20 to 49: "mars 15" is more often a count than 2015. */
	return tok_month (s, i, &m) && strlen (t) == 2 && tok_int (s, i + 1, &y) && y >= 20 && y <= 49 &&
		!tok_date_sep (s, i + 2) && set_month (s, m, 2000 + y);
}

static gboolean
lone_year (Scan *s, int i)
{
	int y;
	return tok_year (s, i, &y) && set_months (s, 1, 12, y);
}

static gboolean
day_month (Scan *s, int i)
{
	int d, m, j;
	if (s->default_year == 0 || !tok_int (s, i, &d))
		return FALSE;
	if (pst_tok_is (&s->t, i + 1, "/") || pst_tok_is (&s->t, i + 1, ".") ||
	    pst_tok_is (&s->t, i + 1, "-")) {
		if (!tok_int (s, i + 2, &m))
			return FALSE;
	} else {
		j = skip_ordinal (s, i + 1);
		if (!tok_month (s, j, &m))
			return FALSE;
	}
	return set_dmy (s, d, m, s->default_year);
}

static gboolean
lone_month (Scan *s, int i)
{
	int m;
	return s->default_year != 0 && tok_month (s, i, &m) &&
		set_month (s, m, s->default_year);
}

typedef gboolean (*PatternFn) (Scan *s, int i);

/* Most specific first: a full date beats the year inside it. */
static PatternFn const patterns[] = {
	full_date, day_month_year, quarter, semester, month_year,
	numeric_month_year, year_then_period, year_range, part_of_year, lone_year,
	day_month, month_short_year, lone_month
};

static gboolean
is_month_word (char const *tok)
{
	gsize k;
	for (k = 0; k < G_N_ELEMENTS (month_names); k++)
		if (strcmp (tok, month_names[k].word) == 0)
			return TRUE;
	return FALSE;
}

/* "30 sept. 2025", "30-sep-2025": the abbreviation's dot and the dashes
 * around a month's name say nothing; dropped, the patterns read
 * "30 sept 2025". */
static void
drop_month_marks (PstTokens *t)
{
	int i, j = 0;

	for (i = 0; i < t->n; i++) {
		char const *tok = t->tok[i];
		/* The token kept before: the one at i - 1 may be freed. */
		gboolean after_month = j > 0 && is_month_word (t->tok[j - 1]);
		gboolean before_month = i + 1 < t->n && is_month_word (t->tok[i + 1]);
		if ((strcmp (tok, ".") == 0 && after_month) ||
		    (strcmp (tok, "-") == 0 && (after_month || before_month))) {
			g_free (t->tok[i]);
			continue;
		}
		t->tok[j++] = t->tok[i];
	}
	t->tok[j] = NULL;
	t->n = j;
}

static gboolean
match_folded (char const *folded, int default_year, gboolean start, GDate *date)
{
	Scan s;
	gsize k;
	gboolean found = FALSE;

	pst_tokens_init (&s.t, folded);
	drop_month_marks (&s.t);
	s.default_year = default_year;
	s.date = date;
	s.invalid = FALSE;
	s.start = start;
	for (k = 0; k < G_N_ELEMENTS (patterns) && !found; k++) {
		int i;
		for (i = 0; i < s.t.n && !found; i++)
			found = patterns[k] (&s, i);
	}
	pst_tokens_clear (&s.t);
	return found && !s.invalid;
}

/* Where a period "du 01/03/2025 au 30/06/2025", "01/2025 - 06/2025",
 * "janvier à juin 2026" is cut in two (in a folded text): the words of
 * a range, or a dash between spaces ("31-12-2025" is one date). */
static char const *const range_marks[] = { " - ", " au ", " a ", " jusqu'au ", " -> ", " > " };

static gboolean
split_range (char const *folded, char **left, char **right)
{
	char const *cut = NULL;
	gsize i, len = 0;

	for (i = 0; i < G_N_ELEMENTS (range_marks); i++) {
		char const *at = strstr (folded, range_marks[i]);
		if (at && (cut == NULL || at < cut)) {
			cut = at;
			len = strlen (range_marks[i]);
		}
	}
	if (cut == NULL)
		return FALSE;
	*left = g_strndup (folded, cut - folded);
	*right = g_strdup (cut + len);
	return TRUE;
}

/* A range "A - B" in @folded: the end of B in @end and, when A is
 * readable, the start of A in @start (A in B's year when it has none:
 * "du 01/03 au 30/06/2025").  FALSE when @folded is no range with a
 * readable end, or when it ends before it starts. */
static gboolean
match_range (char const *folded, int default_year, GDate *start, gboolean *has_start,
	     GDate *end, gboolean *backwards)
{
	char *left, *right;
	gboolean found;

	*has_start = *backwards = FALSE;
	if (!split_range (folded, &left, &right))
		return FALSE;
	found = match_folded (right, default_year, FALSE, end);
	if (found) {
		*has_start = match_folded (left, default_year, TRUE, start) ||
			match_folded (left, g_date_get_year (end), TRUE, start);
		*backwards = *has_start && g_date_compare (start, end) > 0;
	}
	g_free (left);
	g_free (right);
	return found && !*backwards;
}

/* The deadline @text names, or with @want_start the first day of the
 * range it names. */
static gboolean
match_text (char const *text, int default_year, GDate *date, gboolean want_start)
{
	char *folded;
	gboolean found, has_start, backwards;
	GDate other;

	if (text == NULL)
		return FALSE;
	folded = pst_text_fold (text);
	g_date_clear (&other, 1);
	if (want_start)
		found = match_range (folded, default_year, date, &has_start, &other, &backwards) &&
			has_start;
	else {
		/* A period ends on the day its second part names. */
		found = match_range (folded, default_year, &other, &has_start, date, &backwards);
		if (!found && !backwards)
			found = match_folded (folded, default_year, FALSE, date);
	}
	g_free (folded);
	return found;
}

gboolean
pst_echeance_match (char const *text, int default_year, GDate *date)
{
	return match_text (text, default_year, date, FALSE);
}

gboolean
pst_echeance_range_start (char const *text, int default_year, GDate *date)
{
	return match_text (text, default_year, date, TRUE);
}
