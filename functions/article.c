/*
 * article.c: articles budgétaires.
 */
#include "article.h"
#include "text.h"

#include <string.h>

#define MIN_FONCTION_DIGITS 3
#define MAX_FONCTION_DIGITS 5
#define ECO_DIGITS 3
#define SS_DIGITS 2
#define YEAR_DIGITS 4

typedef struct {
	char const    *name;	/* folded */
	PstArticlePart part;
} PartName;

static PartName const part_names[] = {
	{ "article",	PST_ARTICLE_PART_ARTICLE },
	{ "fonction",	PST_ARTICLE_PART_FONCTION },
	{ "fonction1",	PST_ARTICLE_PART_FONCTION1 },
	{ "economique",	PST_ARTICLE_PART_ECONOMIQUE },
	{ "eco",	PST_ARTICLE_PART_ECONOMIQUE },
	{ "code",	PST_ARTICLE_PART_CODE },
	{ "groupe",	PST_ARTICLE_PART_GROUPE },
	{ "service",	PST_ARTICLE_PART_SERVICE },
	{ "type",	PST_ARTICLE_PART_TYPE },
	{ "libelle",	PST_ARTICLE_PART_LIBELLE },
	{ "exercice",	PST_ARTICLE_PART_EXERCICE },
	{ "annee",	PST_ARTICLE_PART_EXERCICE },
};

typedef struct {
	char const *eco;	/* three characters, '?' for any digit */
	char	    type;
} TypeException;

/* Codes whose type does not follow their second digit (doc/domain.md §7). */
static TypeException const type_exceptions[] = {
	{ "?01", 'D' },		/* non-valeurs */
	{ "?02", 'D' },
	{ "302", 'D' },		/* déficit */
	{ "?06", 'R' },		/* récupérations */
	{ "307", 'R' },		/* excédent */
	{ "951", 'R' },		/* boni */
	{ "952", 'R' },
	{ "991", 'D' },		/* mali */
	{ "992", 'D' },
};

/* Single letters handed out as spans, so that they live for ever. */
static char const letters[] = "DEOR";

/* Reads articles character by character, without allocating: every kind
 * of space reads ' ' and every typographic dash '-'. */
typedef struct {
	char const *p;
	char const *next;
	gunichar    c;		/* 0 at the end */
} Scanner;

/* A character outside ASCII: folded, so that a non-breaking space reads
 * ' ' and a typographic dash '-'; invalid UTF-8 reads U+FFFD. */
static void
scanner_peek_utf8 (Scanner *s)
{
	gunichar c = g_utf8_get_char_validated (s->p, -1);

	if (c == (gunichar) -1 || c == (gunichar) -2) {
		s->c = 0xFFFD;
		s->next = s->p + 1;
		return;
	}
	s->c = pst_text_fold_char (c);
	s->next = g_utf8_next_char (s->p);
}

/* ASCII, as nearly every article is, without a call: PST.BUDGET reads
 * every row of a budget. */
static inline void
scanner_peek (Scanner *s)
{
	guchar b = (guchar) *s->p;

	if (G_LIKELY (b < 0x80)) {
		s->c = g_ascii_isspace (b) ? ' ' : b;
		s->next = b != '\0' ? s->p + 1 : s->p;
		return;
	}
	scanner_peek_utf8 (s);
}

static inline void
scanner_advance (Scanner *s)
{
	s->p = s->next;
	scanner_peek (s);
}

static inline void
scanner_skip_spaces (Scanner *s)
{
	while (s->c == ' ')
		scanner_advance (s);
}

static inline gboolean
scanner_accept (Scanner *s, gunichar c)
{
	if (s->c != c)
		return FALSE;
	scanner_advance (s);
	return TRUE;
}

/* Copies up to @max digits into @out; returns how many there were in a
 * row, which may exceed @max (then nothing past @max is copied). */
static guint
scanner_digits (Scanner *s, char *out, guint max)
{
	guint n = 0;

	while (s->c >= '0' && s->c <= '9') {
		if (n < max)
			out[n] = (char) s->c;
		n++;
		scanner_advance (s);
	}
	return n;
}

PstError
pst_article_parse (char const *text, PstArticle *article)
{
	Scanner s;
	char fonction[MAX_FONCTION_DIGITS], eco[ECO_DIGITS], ss[SS_DIGITS];
	char year[YEAR_DIGITS];
	guint n_fonction, i;
	char *out;

	if (text == NULL)
		return PST_ERROR_VALUE;
	s.p = text;
	scanner_peek (&s);

	scanner_skip_spaces (&s);
	n_fonction = scanner_digits (&s, fonction, MAX_FONCTION_DIGITS);
	if (n_fonction < MIN_FONCTION_DIGITS || n_fonction > MAX_FONCTION_DIGITS)
		return PST_ERROR_VALUE;
	scanner_skip_spaces (&s);
	if (!scanner_accept (&s, '/'))
		return PST_ERROR_VALUE;
	scanner_skip_spaces (&s);

	/* ECO and SS may run together ("12348"): take exactly 3 then 2. */
	for (i = 0; i < ECO_DIGITS; i++) {
		if (!(s.c >= '0' && s.c <= '9'))
			return PST_ERROR_VALUE;
		eco[i] = (char) s.c;
		scanner_advance (&s);
	}
	scanner_skip_spaces (&s);
	if (!scanner_accept (&s, '-'))
		scanner_accept (&s, '.');
	scanner_skip_spaces (&s);
	for (i = 0; i < SS_DIGITS; i++) {
		if (!(s.c >= '0' && s.c <= '9'))
			return PST_ERROR_VALUE;
		ss[i] = (char) s.c;
		scanner_advance (&s);
	}
	scanner_skip_spaces (&s);

	article->year = 0;
	article->exercice[0] = '\0';
	if (s.c == '.' || s.c == '/') {
		/* Only a year may follow, so "104/124.2020" (ECO 124, SS 20,
		 * then "20") is not read as an article with a year. */
		scanner_advance (&s);
		scanner_skip_spaces (&s);
		if (scanner_digits (&s, year, YEAR_DIGITS) != YEAR_DIGITS ||
		    year[0] == '0')
			return PST_ERROR_VALUE;
		memcpy (article->exercice, year, YEAR_DIGITS);
		article->exercice[YEAR_DIGITS] = '\0';
		for (i = 0; i < YEAR_DIGITS; i++)
			article->year = article->year * 10 + (year[i] - '0');
		scanner_skip_spaces (&s);
	}
	if (s.c != 0)
		return PST_ERROR_VALUE;

	out = article->canonical;
	memcpy (out, fonction, n_fonction);
	out += n_fonction;
	*out++ = '/';
	memcpy (out, eco, ECO_DIGITS);
	out += ECO_DIGITS;
	*out++ = '-';
	memcpy (out, ss, SS_DIGITS);
	out += SS_DIGITS;
	*out = '\0';
	article->fonction_len = n_fonction;
	return PST_OK;
}

/* "124-02": the canonical form ends with ECO-SS. */
static char const *
article_eco_ss (PstArticle const *article)
{
	return article->canonical + article->fonction_len + 1;
}

/* "124-02" as 12402; -1 for anything else. */
static int
eco_ss_number (char const *code)
{
	int i, n = 0;

	for (i = 0; i < ECO_DIGITS + 1 + SS_DIGITS; i++) {
		if (i == ECO_DIGITS) {
			if (code[i] != '-')
				return -1;
			continue;
		}
		if (!g_ascii_isdigit (code[i]))
			return -1;
		n = n * 10 + (code[i] - '0');
	}
	return code[i] == '\0' ? n : -1;
}

#define N_ECO_SS 100000

/* The list by ECO-SS number, built once: PST.BUDGET asks for the code of
 * every row, and one look in a table costs far less than a binary search
 * over strings.  0 for a code the list lacks, else its index plus 1. */
static guint16 code_index[N_ECO_SS];

static void
code_index_init (void)
{
	static gsize done = 0;

	if (g_once_init_enter (&done)) {
		gsize n, i;
		PstEconomicCode const *codes = pst_economic_codes (&n);

		for (i = 0; i < n && i < G_MAXUINT16; i++) {
			int number = eco_ss_number (codes[i].code);
			if (number >= 0)
				code_index[number] = (guint16) (i + 1);
		}
		g_once_init_leave (&done, 1);
	}
}

PstEconomicCode const *
pst_article_economic_code (PstArticle const *article)
{
	char const *eco = article_eco_ss (article);
	int number = (eco[0] - '0') * 10000 + (eco[1] - '0') * 1000 +
		(eco[2] - '0') * 100 + (eco[4] - '0') * 10 + (eco[5] - '0');
	gsize n;
	PstEconomicCode const *codes = pst_economic_codes (&n);

	code_index_init ();
	return code_index[number] ? &codes[code_index[number] - 1] : NULL;
}

gboolean
pst_article_valid (char const *text)
{
	PstArticle article;

	return pst_article_parse (text, &article) == PST_OK &&
		pst_article_economic_code (&article) != NULL;
}

char
pst_article_rule_type (char const *eco)
{
	gsize i;
	int second;

	if (eco == NULL || !g_ascii_isdigit (eco[0]) ||
	    !g_ascii_isdigit (eco[1]) || !g_ascii_isdigit (eco[2]))
		return 0;
	for (i = 0; i < G_N_ELEMENTS (type_exceptions); i++) {
		char const *x = type_exceptions[i].eco;
		int k;
		for (k = 0; k < ECO_DIGITS; k++)
			if (x[k] != '?' && x[k] != eco[k])
				break;
		if (k == ECO_DIGITS)
			return type_exceptions[i].type;
	}
	second = eco[1] - '0';
	if (second >= 1 && second <= 5)
		return 'D';
	if (second >= 6)
		return 'R';
	return 0;
}

char
pst_article_rule_service (char const *ss)
{
	int n;

	if (ss == NULL || !g_ascii_isdigit (ss[0]) || !g_ascii_isdigit (ss[1]))
		return 0;
	n = (ss[0] - '0') * 10 + (ss[1] - '0');
	if (n >= 1 && n <= 49)
		return 'O';
	if (n >= 51)
		return 'E';
	return 0;
}

char
pst_article_type (PstArticle const *article)
{
	PstEconomicCode const *code = pst_article_economic_code (article);

	if (code != NULL)
		return code->type;
	return pst_article_rule_type (article_eco_ss (article));
}

char
pst_article_service (PstArticle const *article)
{
	PstEconomicCode const *code = pst_article_economic_code (article);

	if (code != NULL)
		return code->service;
	return pst_article_rule_service (article_eco_ss (article) + ECO_DIGITS + 1);
}

PstError
pst_article_part_from_name (char const *name, PstArticlePart *part)
{
	char *folded;
	gsize i;
	PstError err = PST_ERROR_VALUE;

	if (pst_text_is_blank (name)) {
		*part = PST_ARTICLE_PART_ARTICLE;
		return PST_OK;
	}
	folded = pst_text_fold (name);
	for (i = 0; i < G_N_ELEMENTS (part_names); i++)
		if (strcmp (folded, part_names[i].name) == 0) {
			*part = part_names[i].part;
			err = PST_OK;
			break;
		}
	g_free (folded);
	return err;
}

static PstError
letter_span (char letter, char const **text, gsize *len)
{
	char const *p = letter ? strchr (letters, letter) : NULL;

	if (p == NULL)
		return PST_ERROR_NA;
	*text = p;
	*len = 1;
	return PST_OK;
}

PstError
pst_article_part_span (PstArticle const *article, PstArticlePart part,
		       char const **text, gsize *len)
{
	char const *eco = article_eco_ss (article);
	PstEconomicCode const *code;

	switch (part) {
	case PST_ARTICLE_PART_ARTICLE:
		*text = article->canonical;
		*len = article->fonction_len + 1 + ECO_DIGITS + 1 + SS_DIGITS;
		return PST_OK;
	case PST_ARTICLE_PART_FONCTION:
		*text = article->canonical;
		*len = article->fonction_len;
		return PST_OK;
	case PST_ARTICLE_PART_FONCTION1:
		*text = article->canonical;
		*len = 1;
		return PST_OK;
	case PST_ARTICLE_PART_ECONOMIQUE:
		*text = eco;
		*len = ECO_DIGITS + 1 + SS_DIGITS;
		return PST_OK;
	case PST_ARTICLE_PART_CODE:
		*text = eco;
		*len = ECO_DIGITS;
		return PST_OK;
	case PST_ARTICLE_PART_GROUPE:
		*text = eco;
		*len = 2;
		return PST_OK;
	case PST_ARTICLE_PART_SERVICE:
		return letter_span (pst_article_service (article), text, len);
	case PST_ARTICLE_PART_TYPE:
		return letter_span (pst_article_type (article), text, len);
	case PST_ARTICLE_PART_LIBELLE:
		code = pst_article_economic_code (article);
		if (code == NULL)
			return PST_ERROR_NA;
		*text = code->libelle;
		*len = strlen (code->libelle);
		return PST_OK;
	case PST_ARTICLE_PART_EXERCICE:
		if (article->year == 0)
			return PST_ERROR_NA;
		*text = article->exercice;
		*len = YEAR_DIGITS;
		return PST_OK;
	default:
		return PST_ERROR_VALUE;
	}
}

PstError
pst_article_part (PstArticle const *article, PstArticlePart part,
		  char **result)
{
	char const *text;
	gsize len;
	PstError err = pst_article_part_span (article, part, &text, &len);

	if (err == PST_OK)
		*result = g_strndup (text, len);
	return err;
}

PstError
pst_article_get (char const *text, char const *part_name, char **result)
{
	PstArticle article;
	PstArticlePart part;
	PstError err;

	err = pst_article_part_from_name (part_name, &part);
	if (err != PST_OK)
		return err;
	err = pst_article_parse (text, &article);
	if (err != PST_OK)
		return err;
	return pst_article_part (&article, part, result);
}

/* An article as accounting exports write it: "834-723-60" (dashes only)
 * as "834/723-60", "2025 922/723-60" (the exercice first, in *@exercice)
 * as "922/723-60"; NULL when the text is neither. */
static char *
article_from_export (char const *text, char **exercice)
{
	char const *p = text;
	int f, e, s;

	*exercice = NULL;
	p += strspn (p, " ");
	if ((p[0] == '1' || p[0] == '2') && strspn (p, "0123456789") == 4 && p[4] == ' ' &&
	    g_ascii_isdigit (p[4 + strspn (p + 4, " ")])) {
		*exercice = g_strndup (p, 4);
		return g_strstrip (g_strdup (p + 4));
	}
	/* FFF-EEE-SS: the fonction, the économique and its subdivision. */
	f = strspn (p, "0123456789");
	if (f >= 2 && f <= 5 && p[f] == '-') {
		e = strspn (p + f + 1, "0123456789");
		if (e == 3 && p[f + 1 + e] == '-') {
			s = strspn (p + f + 2 + e, "0123456789");
			if (s == 2 && pst_text_is_blank (p + f + 2 + e + s))
				return g_strdup_printf ("%.*s/%.*s", f, p, e + 1 + s, p + f + 1);
		}
	}
	return NULL;
}

PstError
pst_article_parse_written (char const *text, PstArticle *article, char **exercice)
{
	PstError err = pst_article_parse (text, article);
	char *plain;

	*exercice = NULL;
	if (err == PST_OK || (plain = article_from_export (text, exercice)) == NULL)
		return err;
	err = pst_article_parse (plain, article);
	g_free (plain);
	if (err != PST_OK)
		g_clear_pointer (exercice, g_free);
	return err;
}
