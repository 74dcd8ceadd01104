/*
 * meteo.c: the weather of an action.
 */
#include "meteo.h"
#include "avancement.h"
#include "text.h"

#include <math.h>
#include <string.h>

typedef struct {
	char const *word;	/* folded */
	PstMeteo    meteo;
} MeteoWord;

/* Words, symbols and IMIO's health states.  Symbols are matched after
 * folding, which leaves them alone; variation selectors are removed
 * before the look-up. */
static MeteoWord const meteo_words[] = {
	{ "soleil",	PST_METEO_SOLEIL },
	{ "soleils",	PST_METEO_SOLEIL },
	{ "ensoleille",	PST_METEO_SOLEIL },
	{ "ensoleillee", PST_METEO_SOLEIL },
	{ "bon",	PST_METEO_SOLEIL },
	{ "bonne",	PST_METEO_SOLEIL },
	{ "\xe2\x98\x80",	PST_METEO_SOLEIL },	/* U+2600 ☀ */
	{ "\xf0\x9f\x8c\x9e",	PST_METEO_SOLEIL },	/* U+1F31E 🌞 */

	{ "nuageux",	PST_METEO_NUAGEUX },
	{ "nuageuse",	PST_METEO_NUAGEUX },
	{ "nuage",	PST_METEO_NUAGEUX },
	{ "nuages",	PST_METEO_NUAGEUX },
	{ "couvert",	PST_METEO_NUAGEUX },
	{ "eclaircie",	PST_METEO_NUAGEUX },
	{ "eclaircies",	PST_METEO_NUAGEUX },
	{ "pause",	PST_METEO_NUAGEUX },
	{ "\xe2\x9b\x85",	PST_METEO_NUAGEUX },	/* U+26C5 ⛅ */
	{ "\xe2\x98\x81",	PST_METEO_NUAGEUX },	/* U+2601 ☁ */
	{ "\xf0\x9f\x8c\xa4",	PST_METEO_NUAGEUX },	/* U+1F324 🌤 */
	{ "\xf0\x9f\x8c\xa5",	PST_METEO_NUAGEUX },	/* U+1F325 🌥 */

	{ "pluie",	PST_METEO_PLUIE },
	{ "pluies",	PST_METEO_PLUIE },
	{ "pluvieux",	PST_METEO_PLUIE },
	{ "pluvieuse",	PST_METEO_PLUIE },
	{ "averse",	PST_METEO_PLUIE },
	{ "averses",	PST_METEO_PLUIE },
	{ "risque",	PST_METEO_PLUIE },
	{ "risques",	PST_METEO_PLUIE },
	{ "\xf0\x9f\x8c\xa7",	PST_METEO_PLUIE },	/* U+1F327 🌧 */
	{ "\xf0\x9f\x8c\xa6",	PST_METEO_PLUIE },	/* U+1F326 🌦 */
	{ "\xe2\x9b\x86",	PST_METEO_PLUIE },	/* U+26C6 ⛆ */
	{ "\xe2\x98\x94",	PST_METEO_PLUIE },	/* U+2614 ☔ */

	{ "orage",	PST_METEO_ORAGE },
	{ "orages",	PST_METEO_ORAGE },
	{ "orageux",	PST_METEO_ORAGE },
	{ "orageuse",	PST_METEO_ORAGE },
	{ "tempete",	PST_METEO_ORAGE },
	{ "blocage",	PST_METEO_ORAGE },
	{ "bloque",	PST_METEO_ORAGE },
	{ "\xe2\x9b\x88",	PST_METEO_ORAGE },	/* U+26C8 ⛈ */
	{ "\xf0\x9f\x8c\xa9",	PST_METEO_ORAGE },	/* U+1F329 🌩 */

	{ "1",		PST_METEO_SOLEIL },
	{ "2",		PST_METEO_NUAGEUX },
	{ "3",		PST_METEO_PLUIE },
	{ "4",		PST_METEO_ORAGE },
};

/* Words and marks that may surround a météo without changing it:
 * "Météo : soleil", "niveau 2", "en pause", "à risque", "indice de
 * santé : bon", "orage (4)". */
static char const *const filler_words[] = {
	"meteo", "niveau", "indice", "de", "sante", "en", "a", "temps",
	":", "(", ")", "[", "]", "-", ".", ",", "\"", "'", "/", "=",
};

static char const *const level_words[] = {
	NULL, "soleil", "nuageux", "pluie", "orage"
};

static gboolean
is_filler (char const *token)
{
	gsize i;
	for (i = 0; i < G_N_ELEMENTS (filler_words); i++)
		if (strcmp (token, filler_words[i]) == 0)
			return TRUE;
	return FALSE;
}

static PstMeteo
lookup (char const *folded)
{
	gsize i;
	for (i = 0; i < G_N_ELEMENTS (meteo_words); i++)
		if (strcmp (folded, meteo_words[i].word) == 0)
			return meteo_words[i].meteo;
	return PST_METEO_UNKNOWN;
}

/* Variation selectors (U+FE0E, U+FE0F) and the zero-width joiner only
 * change how a symbol is drawn. */
static void
strip_presentation (char *s)
{
	char *r = s, *w = s;
	while (*r) {
		gunichar c = g_utf8_get_char_validated (r, -1);
		char const *next;
		if (c == (gunichar) -1 || c == (gunichar) -2) {
			*w++ = *r++;
			continue;
		}
		next = g_utf8_next_char (r);
		if (c == 0xFE0E || c == 0xFE0F || c == 0x200D) {
			r = (char *) next;
			continue;
		}
		while (r < next)
			*w++ = *r++;
	}
	*w = '\0';
}

PstMeteo
pst_meteo_parse (char const *text)
{
	char *folded, **tokens;
	PstMeteo found = PST_METEO_UNKNOWN;
	double number;
	char const *end;
	int i;

	if (text == NULL)
		return PST_METEO_UNKNOWN;
	folded = pst_text_fold (text);
	strip_presentation (folded);

	/* "2", "2,0": a level typed as text. */
	if (pst_text_parse_decimal (folded, &number, &end)) {
		while (*end == ' ')
			end++;
		found = *end == '\0' ? pst_meteo_from_level (number)
			: PST_METEO_UNKNOWN;
		if (*end == '\0') {
			g_free (folded);
			return found;
		}
	}

	found = lookup (folded);
	if (found != PST_METEO_UNKNOWN || *folded == '\0') {
		g_free (folded);
		return found;
	}

	/* Several tokens: every one is filler or names the same level. */
	tokens = pst_text_tokens (folded);
	for (i = 0; tokens[i] != NULL; i++) {
		PstMeteo m;
		if (is_filler (tokens[i]))
			continue;
		m = lookup (tokens[i]);
		if (m == PST_METEO_UNKNOWN ||
		    (found != PST_METEO_UNKNOWN && m != found)) {
			found = PST_METEO_UNKNOWN;
			break;
		}
		found = m;
	}
	g_strfreev (tokens);
	g_free (folded);
	return found;
}

PstMeteo
pst_meteo_from_level (double level)
{
	if (level == 1)
		return PST_METEO_SOLEIL;
	if (level == 2)
		return PST_METEO_NUAGEUX;
	if (level == 3)
		return PST_METEO_PLUIE;
	if (level == 4)
		return PST_METEO_ORAGE;
	return PST_METEO_UNKNOWN;
}

char const *
pst_meteo_word (PstMeteo meteo)
{
	if (meteo < PST_METEO_SOLEIL || meteo > PST_METEO_ORAGE)
		return NULL;
	return level_words[meteo];
}

PstMeteo
pst_meteo_worst (PstMeteo a, PstMeteo b)
{
	return a > b ? a : b;
}

void
pst_meteo_thresholds_init (PstMeteoThresholds *t)
{
	PstMeteoThresholds const defaults = PST_METEO_THRESHOLDS_DEFAULT;
	*t = defaults;
}

PstError
pst_meteo_thresholds_check (PstMeteoThresholds const *t)
{
	if (!isfinite (t->soleil) || !isfinite (t->nuageux) ||
	    !isfinite (t->pluie))
		return PST_ERROR_NUM;
	if (!(t->pluie > 0) || t->nuageux < t->pluie || t->soleil < t->nuageux)
		return PST_ERROR_NUM;
	return PST_OK;
}

PstError
pst_meteo_from_index (double index, PstMeteoThresholds const *t,
		      PstMeteo *out)
{
	PstMeteoThresholds const defaults = PST_METEO_THRESHOLDS_DEFAULT;
	PstError err;

	if (t == NULL)
		t = &defaults;
	err = pst_meteo_thresholds_check (t);
	if (err != PST_OK)
		return err;
	if (isnan (index) || index < 0)
		return PST_ERROR_NUM;
	if (index >= t->soleil)
		*out = PST_METEO_SOLEIL;
	else if (index >= t->nuageux)
		*out = PST_METEO_NUAGEUX;
	else if (index >= t->pluie)
		*out = PST_METEO_PLUIE;
	else
		*out = PST_METEO_ORAGE;
	return PST_OK;
}

static PstError
check_progress (double progress)
{
	if (!isfinite (progress))
		return PST_ERROR_VALUE;
	if (progress < 0 || progress > 1)
		return PST_ERROR_NUM;
	return PST_OK;
}

/* The rules are listed, in this order, in meteo.h. */
static PstError
schedule_weather (double progress, double start, double end, double date,
		  PstStatus status, PstMeteoThresholds const *t,
		  PstMeteo *out)
{
	double expected;
	PstError err;

	err = pst_avancement_attendu (start, end, date, &expected);
	if (err != PST_OK)
		return err;
	if (status == PST_STATUS_ANNULE_ABANDONNE)
		return PST_ERROR_NA;
	if (status == PST_STATUS_TERMINE || progress >= 1) {
		*out = PST_METEO_SOLEIL;
		return PST_OK;
	}
	if (date > end) {
		*out = PST_METEO_ORAGE;
		return PST_OK;
	}
	if (date <= start && date < end) {
		*out = PST_METEO_SOLEIL;
		return PST_OK;
	}
	return pst_meteo_from_index (progress / expected, t, out);
}

PstError
pst_meteo_delais (double progress, double start, double end, double date,
		  PstStatus status, PstMeteoThresholds const *t,
		  PstMeteo *out)
{
	PstError err;
	PstMeteo meteo;

	err = check_progress (progress);
	if (err == PST_OK && t != NULL)
		err = pst_meteo_thresholds_check (t);
	if (err == PST_OK)
		err = schedule_weather (progress, start, end, date, status,
					t, &meteo);
	if (err != PST_OK)
		return err;
	if (status == PST_STATUS_PROBLEME)
		meteo = pst_meteo_worst (meteo, PST_METEO_PLUIE);
	*out = meteo;
	return PST_OK;
}

PstError
pst_meteo_ressources (double engage, double budget, double progress,
		      PstMeteoThresholds const *t, PstMeteo *out)
{
	PstError err;

	if (!isfinite (engage) || !isfinite (budget))
		return PST_ERROR_VALUE;
	err = check_progress (progress);
	if (err != PST_OK)
		return err;
	if (engage < 0 || budget < 0)
		return PST_ERROR_NUM;
	if (t != NULL && (err = pst_meteo_thresholds_check (t)) != PST_OK)
		return err;
	if (engage == 0) {
		*out = PST_METEO_SOLEIL;
		return PST_OK;
	}
	if (budget == 0) {
		*out = PST_METEO_ORAGE;
		return PST_OK;
	}
	return pst_meteo_from_index (progress * budget / engage, t, out);
}

typedef struct {
	char const  *word;	/* folded */
	PstMeteoMode mode;
} ModeWord;

static ModeWord const mode_words[] = {
	{ "pire",	PST_METEO_MODE_PIRE },
	{ "majorite",	PST_METEO_MODE_MAJORITE },
	{ "moyenne",	PST_METEO_MODE_MOYENNE },
};

PstError
pst_meteo_mode_parse (char const *text, PstMeteoMode *mode)
{
	char *folded;
	gsize i;
	PstError err = PST_ERROR_VALUE;

	if (pst_text_is_blank (text)) {
		*mode = PST_METEO_MODE_PIRE;
		return PST_OK;
	}
	folded = pst_text_fold (text);
	for (i = 0; i < G_N_ELEMENTS (mode_words); i++)
		if (strcmp (folded, mode_words[i].word) == 0) {
			*mode = mode_words[i].mode;
			err = PST_OK;
			break;
		}
	g_free (folded);
	return err;
}

void
pst_meteo_count_init (PstMeteoCount *count)
{
	memset (count, 0, sizeof *count);
}

gboolean
pst_meteo_count_add (PstMeteoCount *count, PstMeteo meteo)
{
	if (meteo < PST_METEO_SOLEIL || meteo > PST_METEO_ORAGE)
		return FALSE;
	count->n[meteo]++;
	return TRUE;
}

PstError
pst_meteo_synthese_result (PstMeteoCount const *count, PstMeteoMode mode,
			   PstMeteo *out)
{
	guint64 n = 0, sum = 0;
	guint best = 0;
	int level;

	for (level = PST_METEO_SOLEIL; level <= PST_METEO_ORAGE; level++) {
		n += count->n[level];
		sum += (guint64) level * count->n[level];
	}
	if (n == 0)
		return PST_ERROR_NA;

	switch (mode) {
	case PST_METEO_MODE_PIRE:
		for (level = PST_METEO_ORAGE; count->n[level] == 0; level--)
			;
		*out = level;
		return PST_OK;
	case PST_METEO_MODE_MAJORITE:
		/* ">=" going up: a tie goes to the worse level. */
		for (level = PST_METEO_SOLEIL; level <= PST_METEO_ORAGE; level++)
			if (count->n[level] > 0 && count->n[level] >= best) {
				best = count->n[level];
				*out = level;
			}
		return PST_OK;
	case PST_METEO_MODE_MOYENNE:
		/* floor (sum / n + 1/2) in integers: no 2.4999… surprise. */
		*out = (PstMeteo) ((2 * sum + n) / (2 * n));
		return PST_OK;
	default:
		return PST_ERROR_VALUE;
	}
}
