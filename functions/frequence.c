/*
 * frequence.c: recurring frequencies written as text.
 */
#include "frequence.h"
#include "tokens.h"
#include "text.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
	char const *word;
	double	    per_year;
} FrequencyWord;

/* Periods, as in "1x/an", "tous les 6 mois", "par trimestre". */
static FrequencyWord const period_units[] = {
	{ "an", 1 }, { "ans", 1 }, { "annee", 1 }, { "annees", 1 },
	{ "exercice", 1 },
	{ "semestre", 2 }, { "semestres", 2 },
	{ "trimestre", 4 }, { "trimestres", 4 },
	{ "mois", 12 },
	{ "quinzaine", 26 }, { "quinzaines", 26 },
	{ "semaine", 52 }, { "semaines", 52 },
	{ "jour", 365 }, { "jours", 365 },
};

/* Adjectives and adverbs, matched on the start of a word
 * ("trimestrielle", "annuellement").  "Biannuel" is twice a year,
 * "bisannuel" and "biennal" once every two years. */
static FrequencyWord const frequency_stems[] = {
	{ "bimensuel", 24 }, { "bimestriel", 6 }, { "biannuel", 2 },
	{ "semiannuel", 2 }, { "bisannuel", 0.5 }, { "biennal", 0.5 },
	{ "triennal", 1.0 / 3 }, { "annuel", 1 }, { "semestriel", 2 },
	{ "trimestriel", 4 }, { "mensuel", 12 }, { "hebdomadaire", 52 },
	{ "quotidien", 365 }, { "journalier", 365 }, { "journellement", 365 },
	{ "quinzomadaire", 26 },
};


static gboolean
tok_unit (PstTokens const *t, int i, double *per_year)
{
	gsize k;
	for (k = 0; k < G_N_ELEMENTS (period_units); k++)
		if (strcmp (pst_tok (t, i), period_units[k].word) == 0) {
			*per_year = period_units[k].per_year;
			return TRUE;
		}
	return FALSE;
}

static gboolean
tok_count (PstTokens const *t, int i, int *n)
{
	char const *s = pst_tok (t, i);
	if (g_ascii_isdigit (*s) && strlen (s) <= 3) {
		*n = atoi (s);
		return *n > 0;
	}
	return pst_text_number_word (s, n);
}

static gboolean
tok_is_word (PstTokens const *t, int i)
{
	char const *s = pst_tok (t, i);
	return g_ascii_isalpha (*s) || (guchar) *s >= 0x80;
}

/* "1x/an", "2 fois par mois", "une fois l'an", "3 desserts par semaine". */
static gboolean
times_per_unit (PstTokens const *t, int i, double *per_year)
{
	int n, j, words;
	double unit;

	if (!tok_count (t, i, &n))
		return FALSE;
	j = i + 1;
	if (pst_tok_is (t, j, "x") || pst_tok_is (t, j, "fois")) {
		j++;
		if (pst_tok_is (t, j, "/") || pst_tok_is (t, j, "par") ||
		    pst_tok_is (t, j, "chaque"))
			j++;
		else if (pst_tok_is (t, j, "l") && pst_tok_is (t, j + 1, "'"))
			j += 2;
		else if (pst_tok_is (t, j, "tous") || pst_tok_is (t, j, "toutes"))
			return FALSE;
		if (pst_tok_is (t, j, "par"))
			j++;
		if (!tok_unit (t, j, &unit))
			return FALSE;
		*per_year = n * unit;
		return TRUE;
	}
	/* A count of things per period: at most three words in between. */
	for (words = 0; words < 3 && tok_is_word (t, j) &&
		     !pst_tok_is (t, j, "par"); words++)
		j++;
	if (words == 0 || !pst_tok_is (t, j, "par") || !tok_unit (t, j + 1, &unit))
		return FALSE;
	*per_year = n * unit;
	return TRUE;
}

/* "tous les 6 mois", "toutes les semaines", "tous les deux ans". */
static gboolean
every_n_units (PstTokens const *t, int i, double *per_year)
{
	int n = 1, j = i + 2;
	double unit;

	if (!(pst_tok_is (t, i, "tous") || pst_tok_is (t, i, "toutes")) ||
	    !pst_tok_is (t, i + 1, "les"))
		return FALSE;
	if (tok_count (t, j, &n))
		j++;
	if (!tok_unit (t, j, &unit))
		return FALSE;
	*per_year = unit / n;
	return TRUE;
}

static gboolean
frequency_adjective (PstTokens const *t, int i, double *per_year)
{
	gsize k;
	for (k = 0; k < G_N_ELEMENTS (frequency_stems); k++)
		if (g_str_has_prefix (pst_tok (t, i), frequency_stems[k].word)) {
			*per_year = frequency_stems[k].per_year;
			return TRUE;
		}
	return FALSE;
}

/* "chaque année", "par trimestre", "chaque mois". */
static gboolean
each_unit (PstTokens const *t, int i, double *per_year)
{
	return (pst_tok_is (t, i, "chaque") || pst_tok_is (t, i, "par")) &&
		tok_unit (t, i + 1, per_year);
}

typedef gboolean (*FrequencyPattern) (PstTokens const *t, int i, double *per_year);

static FrequencyPattern const patterns[] = {
	times_per_unit, every_n_units, frequency_adjective, each_unit
};

/* "bi-mensuel" → "bimensuel": hyphens inside words go. */
static void
join_hyphenated_words (char *s)
{
	char *w = s, *r;
	for (r = s; *r; r++) {
		if (*r == '-' && r > s && g_ascii_isalpha (r[-1]) &&
		    g_ascii_isalpha (r[1]))
			continue;
		*w++ = *r;
	}
	*w = '\0';
}

gboolean
pst_frequence_match (char const *text, double *per_year)
{
	char *folded;
	PstTokens t;
	gsize k;
	gboolean found = FALSE;

	if (text == NULL)
		return FALSE;
	folded = pst_text_fold (text);
	join_hyphenated_words (folded);
	pst_tokens_init (&t, folded);
	for (k = 0; k < G_N_ELEMENTS (patterns) && !found; k++) {
		int i;
		for (i = 0; i < t.n && !found; i++)
			found = patterns[k] (&t, i, per_year);
	}
	pst_tokens_clear (&t);
	g_free (folded);
	return found;
}
