/*
 * text.c: folding French text for matching.
 */
#include "text.h"

#include <stdlib.h>
#include <string.h>

static gboolean
is_space_like (gunichar c)
{
	return g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F ||
		c == 0x2007 || c == 0x2009 || c == 0x200B || c == 0xFEFF;
}

gunichar
pst_text_fold_char (gunichar c)
{
	gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
	gsize n;

	switch (c) {
	case 0x2018: case 0x2019: case 0x201B: case 0x02BC: case 0x0060:
	case 0x00B4: case 0x2032:
		return '\'';
	case 0x00AB: case 0x00BB: case 0x201C: case 0x201D: case 0x201E:
		return '"';
	case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
	case 0x2212:
		return '-';
	default:
		break;
	}
	if (is_space_like (c))
		return ' ';

	c = g_unichar_tolower (c);
	if (c < 0x80)
		return c;
	n = g_unichar_fully_decompose (c, FALSE, decomposed,
				       G_N_ELEMENTS (decomposed));
	if (n > 1 && decomposed[0] < 0x80)
		return decomposed[0];
	return c;
}

/* Lower case, no accents, plain punctuation, single spaces, trimmed.
 * Ligatures become two letters so that "œuvre" matches "oeuvre", and
 * "ß" "ss" ("Maßnahme", "Massnahme"). */
char *
pst_text_fold (char const *text)
{
	GString *out;
	char const *p;
	gboolean pending_space = FALSE;

	if (text == NULL)
		return g_strdup ("");
	out = g_string_sized_new (strlen (text));
	for (p = text; *p; ) {
		gunichar c = g_utf8_get_char_validated (p, -1);
		gunichar f;

		if (c == (gunichar) -1 || c == (gunichar) -2) {
			/* Not UTF-8: keep the byte's Latin-1 reading. */
			c = (guchar) *p;
			p++;
		} else
			p = g_utf8_next_char (p);

		f = pst_text_fold_char (c);
		if (f == ' ') {
			pending_space = out->len > 0;
			continue;
		}
		if (pending_space) {
			g_string_append_c (out, ' ');
			pending_space = FALSE;
		}
		if (f == 0x0153)
			g_string_append (out, "oe");
		else if (f == 0x00E6)
			g_string_append (out, "ae");
		else if (f == 0x00DF)
			g_string_append (out, "ss");
		else
			g_string_append_unichar (out, f);
	}
	return g_string_free (out, FALSE);
}

gboolean
pst_text_in_table (char const *s, char const *const *table, gsize n)
{
	gsize i;
	for (i = 0; i < n; i++)
		if (strcmp (s, table[i]) == 0)
			return TRUE;
	return FALSE;
}

char *
pst_text_trim (char const *text)
{
	char const *start = text, *end;

	while (*start && is_space_like (g_utf8_get_char (start)))
		start = g_utf8_next_char (start);
	end = start + strlen (start);
	while (end > start) {
		char const *prev = g_utf8_find_prev_char (start, end);
		if (prev == NULL || !is_space_like (g_utf8_get_char (prev)))
			break;
		end = prev;
	}
	return g_strndup (start, end - start);
}

gboolean
pst_text_is_blank (char const *text)
{
	char const *p;

	if (text == NULL)
		return TRUE;
	/* Most cells start with a printable ASCII character. */
	if ((guchar) text[0] > ' ' && (guchar) text[0] < 0x80)
		return FALSE;
	for (p = text; *p; p = g_utf8_next_char (p)) {
		gunichar c = g_utf8_get_char_validated (p, -1);
		if (c == (gunichar) -1 || c == (gunichar) -2)
			return FALSE;
		if (!is_space_like (c))
			return FALSE;
	}
	return TRUE;
}

/* Thousands separators seen in Belgian workbooks between digit groups. */
static int
group_separator_len (char const *p)
{
	if (*p == ' ' || *p == '\'')
		return 1;
	if ((guchar) p[0] == 0xC2 && (guchar) p[1] == 0xA0)
		return 2;	/* U+00A0 */
	if ((guchar) p[0] == 0xE2 && (guchar) p[1] == 0x80 &&
	    ((guchar) p[2] == 0xAF || (guchar) p[2] == 0x89 || (guchar) p[2] == 0x87))
		return 3;	/* U+202F, U+2009 (thin), U+2007 (figure) */
	return 0;
}

static gboolean
three_digits_follow (char const *p)
{
	return g_ascii_isdigit (p[0]) && g_ascii_isdigit (p[1]) &&
		g_ascii_isdigit (p[2]) && !g_ascii_isdigit (p[3]);
}

/*
 * Reads a number written the French or the English way at the start of
 * @text (after white space): "50", "-3", "0,5", "12.5", "1 234,56",
 * "1.234.567", "1.234,5", "1,234.5".  When both '.' and ',' occur the last
 * one is the decimal mark; one kind repeated is a thousands separator; one
 * occurrence alone is the decimal mark.  *end points after the number.
 */
gboolean
pst_text_parse_decimal (char const *text, double *result, char const **end)
{
	GString *digits;
	char const *p = text, *last_dot = NULL, *last_comma = NULL;
	char const *start;
	int n_dots = 0, n_commas = 0;
	gboolean negative = FALSE, ok;
	char *q;

	while (*p == ' ' || *p == '\t')
		p++;
	if (*p == '-' || *p == '+') {
		negative = (*p == '-');
		p++;
		while (*p == ' ')
			p++;
	}
	if (!g_ascii_isdigit (*p) &&
	    !((*p == ',' || *p == '.') && g_ascii_isdigit (p[1])))
		return FALSE;

	start = p;
	for (;;) {
		int sep;
		if (g_ascii_isdigit (*p)) {
			p++;
			continue;
		}
		if ((*p == '.' || *p == ',') && g_ascii_isdigit (p[1])) {
			if (*p == '.') {
				n_dots++;
				last_dot = p;
			} else {
				n_commas++;
				last_comma = p;
			}
			p++;
			continue;
		}
		sep = group_separator_len (p);
		if (sep > 0 && p > start && g_ascii_isdigit (p[-1]) &&
		    three_digits_follow (p + sep)) {
			p += sep;
			continue;
		}
		break;
	}

	digits = g_string_new (negative ? "-" : "");
	{
		char const *decimal = NULL, *s;
		if (n_dots > 0 && n_commas > 0)
			decimal = last_dot > last_comma ? last_dot : last_comma;
		else if (n_dots == 1)
			decimal = last_dot;
		else if (n_commas == 1)
			decimal = last_comma;
		for (s = start; s < p; s++) {
			if (g_ascii_isdigit (*s))
				g_string_append_c (digits, *s);
			else if (s == decimal)
				g_string_append_c (digits, '.');
		}
	}
	*result = g_ascii_strtod (digits->str, &q);
	ok = (*q == '\0');
	g_string_free (digits, TRUE);
	if (ok && end)
		*end = p;
	return ok;
}

char **
pst_text_tokens (char const *folded)
{
	GPtrArray *tokens = g_ptr_array_new ();
	char const *p = folded;

	while (*p) {
		char const *start = p;
		gunichar c = g_utf8_get_char_validated (p, -1);
		if (c == (gunichar) -1 || c == (gunichar) -2) {
			p++;
			continue;
		}
		if (c == ' ') {
			p++;
			continue;
		}
		if (g_ascii_isdigit (*p)) {
			while (g_ascii_isdigit (*p))
				p++;
		} else if (g_unichar_isalpha (c)) {
			while (*p) {
				gunichar d = g_utf8_get_char_validated (p, -1);
				if (d == (gunichar) -1 || d == (gunichar) -2 ||
				    !g_unichar_isalpha (d))
					break;
				p = g_utf8_next_char (p);
			}
		} else
			p = g_utf8_next_char (p);
		g_ptr_array_add (tokens, g_strndup (start, p - start));
	}
	g_ptr_array_add (tokens, NULL);
	return (char **) g_ptr_array_free (tokens, FALSE);
}

typedef struct {
	char const *word;
	int	    value;
} NumberWord;

static NumberWord const number_words[] = {
	{ "un", 1 }, { "une", 1 }, { "deux", 2 }, { "trois", 3 },
	{ "quatre", 4 }, { "cinq", 5 }, { "six", 6 }, { "sept", 7 },
	{ "huit", 8 }, { "neuf", 9 }, { "dix", 10 }, { "onze", 11 },
	{ "douze", 12 }, { "treize", 13 }, { "quatorze", 14 },
	{ "quinze", 15 }, { "seize", 16 }, { "vingt", 20 }, { "trente", 30 },
	{ "quarante", 40 }, { "cinquante", 50 }, { "soixante", 60 },
	{ "septante", 70 }, { "huitante", 80 }, { "octante", 80 },
	{ "nonante", 90 }, { "cent", 100 }, { "mille", 1000 },
	{ "double", 2 }, { "triple", 3 },
	{ "dizaine", 10 }, { "douzaine", 12 }, { "vingtaine", 20 },
	{ "centaine", 100 },
};

/* French number words ("deux", "septante", "dizaine"), folded. */
gboolean
pst_text_number_word (char const *folded_word, int *value)
{
	gsize i;
	for (i = 0; i < G_N_ELEMENTS (number_words); i++)
		if (strcmp (folded_word, number_words[i].word) == 0) {
			*value = number_words[i].value;
			return TRUE;
		}
	return FALSE;
}
