/*
 * reference.c: PST references.
 */
#include "reference.h"
#include "text.h"

#include <stdlib.h>
#include <string.h>

/* Components above this are years or amounts, not positions in a plan. */
#define MAX_COMPONENT PST_REF_MAX_NUMBER

typedef struct {
	char const *word;	/* folded; ' ' matches spaces or a hyphen */
	gboolean    abbrev;	/* letters may be dotted and spaced: "O. S." */
	gboolean    needs_dot;	/* "A." but not "à" */
	PstLevel    level;
} RefKeyword;

/* Longest first: "sous-action" before "action", "oo" before a bare "o". */
static RefKeyword const ref_keywords[] = {
	{ "objectifs strategiques",	FALSE, FALSE, PST_LEVEL_OS },
	{ "objectif strategique",	FALSE, FALSE, PST_LEVEL_OS },
	{ "objectifs operationnels",	FALSE, FALSE, PST_LEVEL_OO },
	{ "objectif operationnel",	FALSE, FALSE, PST_LEVEL_OO },
	{ "strategic objectives",	FALSE, FALSE, PST_LEVEL_OS },
	{ "strategic objective",	FALSE, FALSE, PST_LEVEL_OS },
	{ "operational objectives",	FALSE, FALSE, PST_LEVEL_OO },
	{ "operational objective",	FALSE, FALSE, PST_LEVEL_OO },
	{ "strategic goals",		FALSE, FALSE, PST_LEVEL_OS },
	{ "strategic goal",		FALSE, FALSE, PST_LEVEL_OS },
	{ "operational goals",		FALSE, FALSE, PST_LEVEL_OO },
	{ "operational goal",		FALSE, FALSE, PST_LEVEL_OO },
	/* "Objectif 1.2 : …": the level from the numbers (see below). */
	{ "objectifs",			FALSE, FALSE, PST_LEVEL_NONE },
	{ "objectif",			FALSE, FALSE, PST_LEVEL_NONE },
	{ "strategisches ziel",		FALSE, FALSE, PST_LEVEL_OS },
	{ "operatives ziel",		FALSE, FALSE, PST_LEVEL_OO },
	{ "massnahme",			FALSE, FALSE, PST_LEVEL_ACTION },
	{ "aktion",			FALSE, FALSE, PST_LEVEL_ACTION },
	{ "sous actions",		FALSE, FALSE, PST_LEVEL_SOUS_ACTION },
	{ "sous action",		FALSE, FALSE, PST_LEVEL_SOUS_ACTION },
	{ "actions",			FALSE, FALSE, PST_LEVEL_ACTION },
	{ "action",			FALSE, FALSE, PST_LEVEL_ACTION },
	{ "act",			FALSE, TRUE,  PST_LEVEL_ACTION },
	{ "os",				TRUE,  FALSE, PST_LEVEL_OS },
	{ "oo",				TRUE,  FALSE, PST_LEVEL_OO },
	{ "so",				TRUE,  FALSE, PST_LEVEL_OS },	/* English plans */
	{ "sg",				TRUE,  FALSE, PST_LEVEL_OS },
	{ "og",				TRUE,  FALSE, PST_LEVEL_OO },
	{ "sz",				TRUE,  FALSE, PST_LEVEL_OS },	/* German */
	{ "oz",				TRUE,  FALSE, PST_LEVEL_OO },
	{ "sa",				TRUE,  FALSE, PST_LEVEL_SOUS_ACTION },
	{ "a",				TRUE,  TRUE,  PST_LEVEL_ACTION },
};

static gunichar
peek (char const *p, char const **next)
{
	gunichar c = g_utf8_get_char_validated (p, -1);
	if (c == (gunichar) -1 || c == (gunichar) -2) {
		*next = p + 1;
		return 0xFFFD;
	}
	*next = g_utf8_next_char (p);
	return pst_text_fold_char (c);
}

static char const *
skip_spaces (char const *p)
{
	char const *next;
	while (*p && peek (p, &next) == ' ')
		p = next;
	return p;
}

static gboolean
is_word_char (gunichar c)
{
	return g_unichar_isalnum (c);
}

/* Returns where the keyword ends in @p, or NULL. */
static char const *
match_keyword (char const *p, RefKeyword const *kw)
{
	char const *k, *next;
	gboolean dotted = FALSE;
	gunichar c;

	for (k = kw->word; *k; k++) {
		if (*k == ' ') {
			char const *q = p;
			while (*q && ((c = peek (q, &next)) == ' ' || c == '-'))
				q = next;
			if (q == p)
				return NULL;
			p = q;
			continue;
		}
		if (!*p || peek (p, &next) != (gunichar) *k)
			return NULL;
		p = next;
		if (kw->abbrev) {
			char const *q = skip_spaces (p);
			if (*q == '.') {
				p = skip_spaces (q + 1);
				dotted = TRUE;
			} else if (k[1] != '\0')
				p = q;
		}
	}
	/* "A.", or "A1" in a code such as "OS1.OO2.A3", but not "à". */
	if (kw->needs_dot && !dotted && !g_ascii_isdigit (*p)) {
		if (*p != '.')
			return NULL;
		p++;
	}
	if (*p && is_word_char (peek (p, &next)) && !g_ascii_isdigit (*p))
		return NULL;
	return p;
}

static char const *
match_any_keyword (char const *p, PstLevel *level)
{
	gsize i;
	/* Every keyword starts with a letter: "1.2.3" needs none tried. */
	if (g_ascii_isdigit (*p) || *p == '\0')
		return NULL;
	for (i = 0; i < G_N_ELEMENTS (ref_keywords); i++) {
		char const *end = match_keyword (p, &ref_keywords[i]);
		if (end) {
			*level = ref_keywords[i].level;
			return end;
		}
	}
	return NULL;
}

/* A keyword after another group of a code: there "A 3" is an action,
 * where alone it would be "à 3". */
static char const *
match_group_keyword (char const *p, PstLevel *level)
{
	char const *end = match_any_keyword (p, level), *next;

	if (end == NULL && peek (p, &next) == 'a' && g_ascii_isdigit (*skip_spaces (next))) {
		*level = PST_LEVEL_ACTION;
		end = next;
	}
	return end;
}

/* "n°", "no", "nr", "#", ":" between a keyword and its number. */
static char const *
skip_number_sign (char const *p)
{
	char const *next;
	p = skip_spaces (p);
	if ((p[0] == 'n' || p[0] == 'N') &&
	    (strncmp (p + 1, "\xc2\xb0", 2) == 0 || strncmp (p + 1, "\xc2\xba", 2) == 0))
		p += 3;
	else if (g_ascii_strncasecmp (p, "no ", 3) == 0 ||
		 g_ascii_strncasecmp (p, "nr ", 3) == 0 ||
		 g_ascii_strncasecmp (p, "no.", 3) == 0)
		p += 3;
	else if (*p == '#' || *p == ':')
		p++;
	p = skip_spaces (p);
	if (*p == '.' && g_ascii_isdigit (p[1]))
		p++;
	(void) next;
	return p;
}

/* Dotted numbers "1.2.3." at @p; appends them to @scan. */
static char const *
scan_numbers (char const *p, PstRefScan *scan)
{
	int n = scan->n_numbers;
	PstLevel level;

	while (g_ascii_isdigit (*p)) {
		guint v = 0;
		int digits = 0;
		while (g_ascii_isdigit (*p)) {
			v = v * 10 + (*p - '0');
			p++;
			if (++digits > 3)
				return NULL;
		}
		if (v == 0 || v > MAX_COMPONENT || n >= PST_REF_MAX_DEPTH)
			return NULL;
		scan->numbers[n++] = v;
		if (*p == '.' && g_ascii_isdigit (p[1]))
			p++;
		else
			break;
	}
	if (n == scan->n_numbers)
		return NULL;
	/* "OS1.OO2.A3": the dot joins the next keyword group. */
	if (*p == '.' && match_group_keyword (p + 1, &level)) {
		scan->n_numbers = n;
		return p;
	}
	if (*p == '.')
		p++;
	if (*p && (g_ascii_isalpha (*p) || g_ascii_isdigit (*p) ||
		   ((guchar) *p >= 0x80 && is_word_char (g_utf8_get_char_validated (p, -1)))))
		return NULL;
	scan->n_numbers = n;
	return p;
}

/* List bullets: "- ", "• ", "o ", and section letters "A. " before a keyword. */
static char const *
skip_bullets (char const *p)
{
	char const *next;
	for (;;) {
		gunichar c;
		p = skip_spaces (p);
		c = peek (p, &next);
		if (c == '-' || c == '*' || c == '>' || c == 0x2022 ||
		    c == 0x25AA || c == 0x25E6 || c == 0x00B7 || c == 0x2023 ||
		    c == 0x25CF || c == 0x2043 || c == 0xF0A7 || c == 0xF0B7) {
			p = next;
			continue;
		}
		if ((c == 'o' || c == 0x2713) && *next == ' ' &&
		    !g_ascii_isdigit (*skip_spaces (next))) {
			p = next;
			continue;
		}
		if (g_ascii_isalpha (*p) && p[1] == '.' && p[2] == ' ') {
			PstLevel level;
			char const *q = skip_spaces (p + 2);
			if (match_any_keyword (q, &level)) {
				p = q;
				continue;
			}
		}
		return p;
	}
}

gboolean
pst_ref_scan (char const *text, PstRefScan *scan)
{
	char const *p, *end;
	PstLevel level = PST_LEVEL_NONE;
	gboolean by_numbers;

	memset (scan, 0, sizeof *scan);
	if (text == NULL)
		return FALSE;

	p = skip_bullets (text);
	end = match_any_keyword (p, &level);
	by_numbers = end != NULL && level == PST_LEVEL_NONE;
	if (end)
		p = skip_number_sign (end);
	else
		level = PST_LEVEL_NONE;
	end = scan_numbers (p, scan);
	if (end == NULL)
		return FALSE;
	if (by_numbers) {
		/* "Objectif 1.2 : …" is an OO, "Objectif 1 – …" an OS; but
		 * "Objectif 100 % dématérialisé" is a label. */
		char const *q = skip_spaces (end), *next;
		gunichar c = peek (q, &next);
		if (*q && c != ':' && c != '-' && c != '.' && c != ')')
			return FALSE;
		level = scan->n_numbers == 1 ? PST_LEVEL_OS : PST_LEVEL_OO;
	}
	scan->keyword_level = level;
	p = end;

	/* IMIO writes "OS.1 - OO.2 - A.4": further keyword groups. */
	for (;;) {
		char const *q = skip_spaces (p), *kw_end;
		PstLevel next_level;
		int before = scan->n_numbers, i;
		if (*p == '.') {
			/* scan_numbers stopped there for a joined group. */
			kw_end = match_group_keyword (p + 1, &next_level);
		} else {
			if (*q == '-' || *q == ',' || *q == '/' || *q == ':')
				q = skip_spaces (q + 1);
			kw_end = match_any_keyword (q, &next_level);
			/* "OS 1 OO 2 A 3": a capital A after an OO is no "à". */
			if (kw_end == NULL && *q == 'A' && scan->keyword_level == PST_LEVEL_OO)
				kw_end = match_group_keyword (q, &next_level);
		}
		if (!kw_end || next_level <= scan->keyword_level)
			break;
		kw_end = scan_numbers (skip_number_sign (kw_end), scan);
		if (!kw_end)
			break;
		/* "OS1 / OO1.1": a group numbered in full is the whole
		 * reference, not a part to add to the one before. */
		if (scan->n_numbers - before >= (int) next_level) {
			for (i = before; i < scan->n_numbers; i++)
				scan->numbers[i - before] = scan->numbers[i];
			scan->n_numbers -= before;
		}
		scan->keyword_level = next_level;
		p = kw_end;
	}

	/* The label starts after separators: "O.S. 2 - Etre…", "action 1 : …". */
	for (;;) {
		char const *next;
		gunichar c = peek (p, &next);
		if (*p && (c == ' ' || c == '-' || c == ':' || c == ')' ||
			   c == '.' || c == 0x2022))
			p = next;
		else
			break;
	}
	scan->label_offset = p - text;
	return TRUE;
}

int
pst_ref_scan_lettered (char const *text, PstRefScan *scan, gsize *prefix_len)
{
	gsize n = strlen (text);
	char *prefix;
	int rank = 0;

	while (n > 0 && (text[n - 1] == ')' || text[n - 1] == ' '))
		n--;
	if (n < 3 || !g_ascii_isalpha (text[n - 1]) || g_ascii_isalpha (text[n - 2]) ||
	    (text[n - 2] != '.' && text[n - 2] != ' ' && text[n - 2] != '-'))
		return 0;
	prefix = g_strndup (text, n - 2);
	if (pst_ref_scan (prefix, scan) && pst_text_is_blank (prefix + scan->label_offset)) {
		rank = g_ascii_tolower (text[n - 1]) - 'a' + 1;
		*prefix_len = n - 2;
	}
	g_free (prefix);
	return rank;
}

/* "Objectif stratégique : Être un CPAS…": a keyword and a label, no number. */
gboolean
pst_ref_scan_keyword (char const *text, PstLevel *level, gsize *label_offset)
{
	char const *p, *end;
	char const *next;
	gunichar c;

	if (text == NULL)
		return FALSE;
	p = skip_bullets (text);
	end = match_any_keyword (p, level);
	/* "Objectif : …" says no level. */
	if (end == NULL || *level == PST_LEVEL_NONE)
		return FALSE;
	p = skip_spaces (end);
	c = peek (p, &next);
	if (c != ':' && c != '-')
		return FALSE;
	p = skip_spaces (next);
	if (*p == '\0')
		return FALSE;
	*label_offset = p - text;
	return TRUE;
}

static char *
numbers_to_string (guint const *numbers, int n)
{
	GString *s = g_string_new (NULL);
	int i;
	for (i = 0; i < n; i++)
		g_string_append_printf (s, i ? ".%u" : "%u", numbers[i]);
	return g_string_free (s, FALSE);
}

/* Whether @text is a canonical reference already ("2.1.3": numbers from
 * 1 to PST_REF_MAX_NUMBER without leading zeros, one dot between them),
 * as every Réf. of the canonical workbook is; *@n_numbers set. */
static gboolean
is_canonical (char const *text, int *n_numbers)
{
	char const *p = text;

	*n_numbers = 0;
	for (;;) {
		int digits = 0;
		if (*p < '1' || *p > '9')
			return FALSE;
		while (*p >= '0' && *p <= '9' && digits < 4) {
			p++;
			digits++;
		}
		if (digits > 3 || ++*n_numbers > PST_REF_MAX_DEPTH)
			return FALSE;
		if (*p == '\0')
			return TRUE;
		if (*p++ != '.')
			return FALSE;
	}
}

char *
pst_ref_normalise (char const *text, char const *parent, PstError *err)
{
	PstRefScan scan, pscan;
	gboolean relative;
	int n;

	*err = PST_OK;
	/* A lone number under a parent is relative: it takes the scan. */
	if (text && is_canonical (text, &n) && !(n == 1 && parent && *parent))
		return g_strdup (text);
	if (!pst_ref_scan (text, &scan)) {
		*err = PST_ERROR_VALUE;
		return NULL;
	}
	/* "action 3", "OO1" and a bare "3" under a parent are relative. */
	relative = scan.keyword_level != PST_LEVEL_NONE
		? scan.n_numbers < (int) scan.keyword_level
		: scan.n_numbers == 1 && parent != NULL && *parent;
	if (!relative)
		return numbers_to_string (scan.numbers, scan.n_numbers);

	if (parent == NULL || !*parent || !pst_ref_scan (parent, &pscan) ||
	    (pscan.keyword_level != PST_LEVEL_NONE &&
	     pscan.n_numbers < (int) pscan.keyword_level)) {
		*err = PST_ERROR_VALUE;
		return NULL;
	}
	if (pscan.n_numbers + scan.n_numbers > PST_REF_MAX_DEPTH) {
		*err = PST_ERROR_NUM;
		return NULL;
	}
	memcpy (pscan.numbers + pscan.n_numbers, scan.numbers,
		scan.n_numbers * sizeof scan.numbers[0]);
	return numbers_to_string (pscan.numbers,
				  pscan.n_numbers + scan.n_numbers);
}

int
pst_ref_level (char const *text, PstError *err)
{
	PstRefScan scan;
	int level;

	*err = PST_OK;
	if (!pst_ref_scan (text, &scan)) {
		*err = PST_ERROR_VALUE;
		return 0;
	}
	level = scan.keyword_level != PST_LEVEL_NONE
		? (int) scan.keyword_level : scan.n_numbers;
	if (level > PST_LEVEL_SOUS_ACTION) {
		*err = PST_ERROR_NUM;
		return 0;
	}
	return level;
}

char *
pst_ref_parent (char const *text, PstError *err)
{
	PstRefScan scan;
	int level = pst_ref_level (text, err);

	if (*err != PST_OK)
		return NULL;
	pst_ref_scan (text, &scan);
	if (level <= PST_LEVEL_OS || scan.n_numbers < 2) {
		*err = level <= PST_LEVEL_OS ? PST_ERROR_NA : PST_ERROR_VALUE;
		return NULL;
	}
	return numbers_to_string (scan.numbers, scan.n_numbers - 1);
}

int
pst_ref_depth (char const *ref)
{
	int depth = 1;
	if (ref == NULL || *ref == '\0')
		return 0;
	for (; *ref; ref++)
		if (*ref == '.')
			depth++;
	return depth;
}

/* Length of the first @depth components of a canonical reference. */
gsize
pst_ref_prefix_len (char const *ref, int depth)
{
	char const *p = ref;
	int seen = 0;
	for (; *p; p++)
		if (*p == '.' && ++seen == depth)
			break;
	return p - ref;
}

gboolean
pst_ref_is_within (char const *ref, char const *ancestor)
{
	gsize n = strlen (ancestor);
	return strncmp (ref, ancestor, n) == 0 &&
		(ref[n] == '\0' || ref[n] == '.');
}

/* Position order: 1.2 < 1.10 < 2, and a parent before its children. */
int
pst_ref_compare (char const *a, char const *b)
{
	while (*a && *b) {
		char *ea, *eb;
		unsigned long va = strtoul (a, &ea, 10);
		unsigned long vb = strtoul (b, &eb, 10);
		if (ea == a || eb == b)
			return strcmp (a, b);
		if (va != vb)
			return va < vb ? -1 : 1;
		a = *ea == '.' ? ea + 1 : ea;
		b = *eb == '.' ? eb + 1 : eb;
	}
	return (*a != '\0') - (*b != '\0');
}

char const *
pst_level_name (PstLevel level)
{
	switch (level) {
	case PST_LEVEL_OS: return "OS";
	case PST_LEVEL_OO: return "OO";
	case PST_LEVEL_ACTION: return "action";
	case PST_LEVEL_SOUS_ACTION: return "sous-action";
	default: return "";
	}
}
