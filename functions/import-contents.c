/*
 * import-contents.c: what a column holds, from its values: codes of
 * objectives, numberings, statuses, météos, percentages, dates, articles,
 * amounts, people and services, long labels (the importer's layout stage).
 */
#include "import-contents.h"
#include "headers.h"
#include "reference.h"
#include "status.h"
#include "meteo.h"
#include "taux.h"
#include "article.h"
#include "periode.h"
#include "text.h"

#include <math.h>
#include <string.h>

/* Statuses, météos, levels and owners are short: longer texts are labels. */
#define MAX_WORD_VALUE_LEN 60


static gboolean
has_year (char const *t)
{
	int run = 0;
	for (; *t; t++) {
		run = g_ascii_isdigit (*t) ? run + 1 : 0;
		if (run == 4)
			return TRUE;
	}
	return FALSE;
}

/* Who carries an action is written with a title or a function: "Mme
 * Dupont", "DG + Président", "équipe sociale", "Service travaux". */
static int
owner_kind (char const *t)
{
	static char const *const people[] = {
		"m", "mme", "mr", "mlle", "monsieur", "madame", "dg", "df", "drh",
		"directeur", "directrice", "president", "presidente", "echevin",
		"echevine", "bourgmestre", "responsable", "coordinateur",
		"coordinatrice", "assistant", "assistante", "agent", "chef",
		"secretaire", "conseiller", "conseillere", "receveur", "gestionnaire",
		"employe", "equipe", "as", "educateur", "educatrice", "juriste",
		"infirmier", "infirmiere", "comptable", "collaborateur", "referent"
	};
	static char const *const services[] = {
		"service", "cellule", "departement", "pole", "bureau", "secretariat",
		"direction", "division"
	};
	char *f;
	char **words;
	int kind = 0, i;
	gsize j;

	if (g_utf8_strlen (t, -1) > 60)
		return 0;
	f = pst_text_fold (t);
	g_strdelimit (f, ".,;:+/()-&", ' ');
	words = g_strsplit (f, " ", -1);
	for (j = 0; words[0] && j < G_N_ELEMENTS (services); j++)
		if (strcmp (words[0], services[j]) == 0)
			kind = K_SERVICE;
	for (i = 0; kind == 0 && words[i]; i++)
		for (j = 0; j < G_N_ELEMENTS (people); j++)
			if (strcmp (words[i], people[j]) == 0)
				kind = K_OWNER;
	g_strfreev (words);
	g_free (f);
	return kind;
}

/* A few characters with a digit, or a few capitals ("B", "IV"), without
 * a space: what a column of codes holds beside a column of labels. */
static gboolean
is_short_code (char const *t)
{
	gsize len = strlen (t), i;
	gboolean digit = FALSE, capitals = TRUE;

	if (len == 0 || len > 10)
		return FALSE;
	for (i = 0; i < len; i++) {
		if (t[i] == ' ' || (guchar) t[i] >= 0x80)
			return FALSE;
		digit |= g_ascii_isdigit (t[i]);
		capitals &= g_ascii_isupper (t[i]) != 0;
	}
	return digit || (capitals && len <= 4);
}

/* "1.1.a", "2.1.1 b)": a numbering whose last level is a letter; its
 * depth, or 0. */
static int
lettered_depth (char const *t)
{
	PstRefScan scan;
	gsize prefix_len = 0;

	if (pst_ref_scan_lettered (t, &scan, &prefix_len) == 0 || t[prefix_len] == '-' ||
	    scan.keyword_level != PST_LEVEL_NONE)
		return 0;
	return scan.n_numbers + 1;
}

/* An article as the importer reads it, exports' forms included. */
static gboolean
is_article (char const *t)
{
	PstArticle article;
	char *exercice = NULL;
	/* Every form has its slash or its dashes. */
	gboolean yes = (strchr (t, '/') || strchr (t, '-')) &&
		pst_article_parse_written (t, &article, &exercice) == PST_OK;

	g_free (exercice);
	return yes;
}

void
pst_profile_cell (PstProfile *p, PstCell const *cell)
{
	char const *t = pst_cell_text (cell);
	PstRefScan scan;
	double v;
	char const *end;

	if (t == NULL)
		return;
	p->n++;
	if (cell->kind != PST_CELL_DATE && is_short_code (t))
		p->short_codes++;
	if (cell->kind == PST_CELL_DATE) {
		p->k[K_DATE]++;
		return;
	}
	if (cell->kind == PST_CELL_NUMBER) {
		v = cell->number;
		if (v == floor (v) && v >= 1990 && v <= 2100)
			p->years++;
		/* 1 and 1.1 typed as numbers in a numbering column. */
		if (pst_ref_scan (t, &scan) && pst_text_is_blank (t + scan.label_offset) &&
		    scan.n_numbers <= 2 && v < 1000)
			p->depths |= 1u << scan.n_numbers;
		if (v >= 0 && v <= 1) {
			p->k[K_FRACTION]++;
			if (v > 0 && v < 1)
				p->fractional = TRUE;
		} else if (v > 1 && v <= 100)
			p->k[K_SMALL]++;	/* a number, a rate or a count */
		else if (v == floor (v) && v >= 36526 && v <= 73051)
			/* 2000 to 2099 as day numbers: dates that lost their
			 * format as much as amounts. */
			p->k[K_SERIAL]++;
		else if (v > 100)
			p->k[K_AMOUNT]++;
		return;
	}
	if (cell->kind != PST_CELL_TEXT)
		return;
	if (pst_ref_scan (t, &scan)) {
		if (scan.keyword_level == PST_LEVEL_OS && scan.n_numbers > 0) {
			p->k[K_OS]++;
			return;
		}
		if (scan.keyword_level == PST_LEVEL_OO && scan.n_numbers > 0) {
			p->k[K_OO]++;
			return;
		}
		if (scan.keyword_level == PST_LEVEL_NONE && pst_text_is_blank (t + scan.label_offset) &&
		    scan.n_numbers < 32) {
			p->k[K_OUTLINE]++;
			p->depths |= 1u << scan.n_numbers;
			return;
		}
		if (scan.keyword_level == PST_LEVEL_NONE && scan.n_numbers < 32) {
			p->numbered_labels++;
			p->label_depths |= 1u << scan.n_numbers;
		}
	}
	if (strlen (t) <= 12 && lettered_depth (t) > 1) {
		p->k[K_OUTLINE]++;
		p->depths |= 1u << lettered_depth (t);
		return;
	}
	if (strlen (t) > MAX_WORD_VALUE_LEN) {
		p->k[K_LONG]++;
		return;
	}
	if (pst_niveau_word (t) != 0) {
		p->k[K_NIVEAU]++;
		return;
	}
	if (pst_status_parse (t) != PST_STATUS_UNKNOWN) {
		p->k[K_STATUS]++;
		return;
	}
	if (pst_meteo_parse (t) != PST_METEO_UNKNOWN) {
		p->k[K_METEO]++;
		return;
	}
	if (strchr (t, '%') && pst_taux_from_text (t, &v) == PST_OK) {
		p->k[K_PERCENT]++;
		return;
	}
	if (strlen (t) <= 25 && is_article (t)) {
		p->k[K_ARTICLE]++;
		return;
	}
	if (has_year (t) && strlen (t) <= 30) {
		GDate date;
		g_date_clear (&date, 1);
		if (pst_echeance_parse (t, 0, &date) == PST_OK) {
			p->k[K_DATE]++;
			return;
		}
	}
	if (pst_text_parse_decimal (t, &v, &end) && (strstr (end, "€") || strstr (t, "€"))) {
		p->k[K_AMOUNT]++;
		return;
	}
	if (owner_kind (t) != 0) {
		p->k[owner_kind (t)]++;
		/* "Service social" is a service, and who carries the action. */
		if (owner_kind (t) == K_SERVICE)
			p->k[K_OWNER]++;
		return;
	}
	if (g_utf8_strlen (t, -1) >= 30 ||
	    (g_utf8_strlen (t, -1) >= 20 && strchr (t, ' ') && strchr (strchr (t, ' ') + 1, ' ')))
		p->k[K_LONG]++;
}

int
pst_profile_share (PstProfile const *p, int k)
{
	return p->n ? p->k[k] * 100 / p->n : 0;
}

/* The role the contents alone point to, its share of the values in
 * *percent and the kind of value in *what; PST_ROLE_NONE when they say
 * nothing definite.  PST_ROLE_LABEL stands for "long texts". */
int
pst_profile_role (PstProfile const *p, int *percent, char const **what)
{
	static struct {
		int k, threshold, role;
		char const *what;
	} const rules[] = {
		{ K_OS, 60, PST_FIELD_OS, "des codes d’objectif stratégique" },
		{ K_OO, 60, PST_FIELD_OO, "des codes d’objectif opérationnel" },
		{ K_NIVEAU, 60, PST_ROLE_NIVEAU, "des niveaux (OS, OO, action)" },
		{ K_STATUS, 60, PST_FIELD_STATUT, "des statuts" },
		{ K_METEO, 60, PST_FIELD_METEO_GLOBALE, "des météos" },
		{ K_ARTICLE, 60, PST_FIELD_ARTICLE, "des articles budgétaires" },
		{ K_DATE, 60, PST_FIELD_FIN, "des dates" },
		{ K_PERCENT, 60, PST_FIELD_AVANCEMENT, "des pourcentages" },
		{ K_AMOUNT, 70, PST_FIELD_BUDGET, "des montants" },
		{ K_SERVICE, 80, PST_FIELD_SERVICE, "des noms de service" },
		{ K_OWNER, 60, PST_FIELD_RESPONSABLE, "des personnes ou des fonctions" },
		{ K_LONG, 50, PST_ROLE_LABEL, "des textes longs" },
	};
	gsize i;

	*percent = 0;
	*what = NULL;
	if (p->n == 0)
		return PST_ROLE_NONE;
	/* 1 / 1.1 / 1.1.1: a numbering of every level down to the actions
	 * (some of its numbers may be typed as numbers). */
	if (pst_profile_share (p, K_OUTLINE) + pst_profile_share (p, K_SMALL) + pst_profile_share (p, K_FRACTION) >= 80 &&
	    p->k[K_OUTLINE] > 0 && (p->depths & 8u) && (p->depths & 6u)) {
		*percent = pst_profile_share (p, K_OUTLINE);
		*what = "des numéros à plusieurs niveaux";
		return PST_ROLE_CODE;
	}
	/* Fractions with some percentages, or fractions that are not all 0
	 * and 1 (a column of 0 and 1 is as likely a flag). */
	if (pst_profile_share (p, K_PERCENT) + pst_profile_share (p, K_FRACTION) >= 70 &&
	    (p->k[K_PERCENT] > 0 || p->fractional)) {
		*percent = pst_profile_share (p, K_PERCENT) + pst_profile_share (p, K_FRACTION);
		*what = "des pourcentages";
		return PST_FIELD_AVANCEMENT;
	}
	for (i = 0; i < G_N_ELEMENTS (rules); i++)
		if (pst_profile_share (p, rules[i].k) >= rules[i].threshold) {
			*percent = pst_profile_share (p, rules[i].k);
			*what = rules[i].what;
			return rules[i].role;
		}
	return PST_ROLE_NONE;
}
