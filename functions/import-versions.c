/*
 * import-versions.c: one field given by several columns: "Budget 2025 |
 * Budget 2026" add up, "Budget initial | Budget ajusté" and "Échéance
 * initiale | Échéance revue" are versions of one value.
 */
#include "import-versions.h"
#include "headers.h"
#include "text.h"

#include <string.h>

typedef enum {
	VERSION_PART,		/* ordinaire or extraordinaire: summed */
	VERSION_YEAR,		/* "Budget 2025": a part, or another year's */
	VERSION_BARE,		/* "Budget", beside "Budget 2024": the plan's */
	VERSION_TOTAL,		/* "Budget total": the sum itself */
	VERSION_REVISED,	/* "Budget ajusté (MB1)", "Échéance revue" */
	VERSION_INITIAL,	/* "Budget initial", "Échéance initiale" */
	VERSION_WITH_VAT,	/* "Budget TVAC" */
	VERSION_WITHOUT_VAT,	/* "Budget HTVA": the same amount without VAT */
	VERSION_ACTUAL		/* "Budget réalisé", "Date de fin réelle" */
} VersionKind;

static struct {
	char const *word;	/* folded */
	VersionKind kind;
} const version_words[] = {
	{ "total", VERSION_TOTAL }, { "global", VERSION_TOTAL }, { "cumul", VERSION_TOTAL },
	{ "cumule", VERSION_TOTAL },
	{ "ajuste", VERSION_REVISED }, { "ajustee", VERSION_REVISED },
	{ "revu", VERSION_REVISED }, { "revue", VERSION_REVISED },
	{ "revise", VERSION_REVISED }, { "revisee", VERSION_REVISED },
	{ "modifie", VERSION_REVISED }, { "modifiee", VERSION_REVISED },
	{ "actualise", VERSION_REVISED }, { "actualisee", VERSION_REVISED },
	{ "reporte", VERSION_REVISED }, { "reportee", VERSION_REVISED },
	{ "replanifie", VERSION_REVISED }, { "replanifiee", VERSION_REVISED },
	{ "nouveau", VERSION_REVISED }, { "nouvelle", VERSION_REVISED },
	{ "definitif", VERSION_REVISED }, { "definitive", VERSION_REVISED },
	{ "mb", VERSION_REVISED }, { "mb1", VERSION_REVISED }, { "mb2", VERSION_REVISED },
	{ "initial", VERSION_INITIAL }, { "initiale", VERSION_INITIAL },
	{ "tvac", VERSION_WITH_VAT }, { "ttc", VERSION_WITH_VAT }, { "tva comprise", VERSION_WITH_VAT },
	{ "htva", VERSION_WITHOUT_VAT }, { "hors tva", VERSION_WITHOUT_VAT }, { "ht", VERSION_WITHOUT_VAT },
	{ "realise", VERSION_ACTUAL }, { "realisee", VERSION_ACTUAL }, { "depense", VERSION_ACTUAL },
	{ "liquide", VERSION_ACTUAL }, { "paye", VERSION_ACTUAL }, { "consomme", VERSION_ACTUAL },
	{ "reel", VERSION_ACTUAL }, { "reelle", VERSION_ACTUAL }, { "effectif", VERSION_ACTUAL },
	{ "effective", VERSION_ACTUAL },
};

static gboolean
has_word (char const *folded, char const *word)
{
	gsize n = strlen (word);
	char const *p;
	for (p = strstr (folded, word); p; p = strstr (p + 1, word))
		if ((p == folded || !g_ascii_isalnum (p[-1])) && !g_ascii_isalnum (p[n]))
			return TRUE;
	return FALSE;
}

/* Four digits at @p in @text, no digit on either side: a year. */
static gboolean
four_digits_at (char const *text, char const *p)
{
	return g_ascii_isdigit (p[0]) && g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[2]) &&
		g_ascii_isdigit (p[3]) && !g_ascii_isdigit (p[4]) && (p == text || !g_ascii_isdigit (p[-1]));
}

static VersionKind
version_kind (PstSheet const *sheet, PstTable const *t, int col)
{
	char *header = pst_table_header (sheet, t, col);
	char *f = header ? pst_text_fold (header) : g_strdup ("");
	VersionKind kind = VERSION_PART;
	gsize i;

	for (i = 0; i < G_N_ELEMENTS (version_words) && kind == VERSION_PART; i++)
		if (has_word (f, version_words[i].word))
			kind = version_words[i].kind;
	if (kind == VERSION_PART) {
		char const *p;
		gboolean year = FALSE;
		for (p = f; *p && !year; p++)
			year = four_digits_at (f, p);
		if (year)
			kind = VERSION_YEAR;
		else if (has_word (f, "ordinaire") || has_word (f, "extraordinaire"))
			kind = VERSION_PART;	/* "Service ordinaire": one of two parts */
		else {
			gboolean exact;
			if (pst_header_role_full (header, &exact) == PST_FIELD_BUDGET && exact)
				kind = VERSION_BARE;
		}
	}
	g_free (f);
	g_free (header);
	return kind;
}

static gboolean
names_objective (PstSheet const *sheet, PstTable const *t, int col)
{
	char *header = pst_table_header (sheet, t, col);
	char *f = header ? pst_text_fold (header) : g_strdup ("");
	gboolean objective = has_word (f, "oo") || has_word (f, "os") || has_word (f, "objectif") ||
		has_word (f, "de l'objectif") || has_word (f, "par objectif");

	g_free (f);
	g_free (header);
	return objective;
}

/* Column @c keeps its values under its header (@what says why); @kept
 * gives the field. */
static void
set_aside (PstSheet const *sheet, PstTable *t, PstConfiance *conf, char **indices,
	   int c, int kept, char const *what)
{
	char *header = kept >= 0 ? pst_table_header (sheet, t, kept) : NULL;

	t->roles[c] = PST_ROLE_NONE;
	conf[c] = PST_CONFIANCE_FORTE;
	g_free (indices[c]);
	indices[c] = header
		? g_strdup_printf ("%s : le champ est lu dans « %s »", what, header)
		: g_strdup (what);
	g_free (header);
}

static void
set_role (PstTable *t, char **indices, int c, int role, char const *why)
{
	t->roles[c] = role;
	g_free (indices[c]);
	indices[c] = g_strdup (why);
}

/* "Réalisé (€)" beside a budget: the amount spent, not an indicator's
 * value. */
static int
engage_from_realise (PstSheet const *sheet, PstTable *t, PstConfiance *conf, char **indices)
{
	int c, b;

	for (b = 0; b < t->n_cols && t->roles[b] != PST_FIELD_BUDGET; b++)
		;
	if (b == t->n_cols)
		return -1;
	for (c = 0; c < t->n_cols; c++) {
		char *header, *f;
		gboolean money;

		if (t->roles[c] != PST_FIELD_REALISE || conf[c] == PST_CONFIANCE_IMPOSEE)
			continue;
		header = pst_table_header (sheet, t, c);
		f = header ? pst_text_fold (header) : g_strdup ("");
		money = strstr (f, "€") || has_word (f, "eur") || has_word (f, "euros") ||
			has_word (f, "montant");
		g_free (f);
		g_free (header);
		if (money) {
			set_role (t, indices, c, PST_FIELD_ENGAGE,
				  "en-tête : un montant réalisé, en euros, à côté du budget prévu");
			return c;
		}
	}
	return -1;
}

/* Budget columns are summed when they are parts of the amount (years,
 * ordinaire and extraordinaire).  A total, a revised version, an amount
 * with VAT is the amount itself: it is kept alone, the others beside it
 * as they are written; an amount spent is the Engagé. */
static void
decide_amounts (PstSheet const *sheet, PstTable *t, PstConfiance *conf, char **indices)
{
	static VersionKind const preferred[] = { VERSION_TOTAL, VERSION_REVISED, VERSION_WITH_VAT };
	VersionKind kinds[64];
	int cols[64], n = 0, i, keep = -1, engage = -1, c, summed = 0, bare;
	gsize p;

	for (c = 0; c < t->n_cols; c++)
		if (t->roles[c] == PST_FIELD_ENGAGE)
			engage = c;
	if (engage < 0)
		engage = engage_from_realise (sheet, t, conf, indices);
	/* "Budget OO", "Budget de l'objectif": an objective's amount, on one
	 * of its actions' rows, is no action's budget. */
	for (c = 0; c < t->n_cols; c++)
		if ((t->roles[c] == PST_FIELD_BUDGET || t->roles[c] == PST_FIELD_ENGAGE) &&
		    conf[c] != PST_CONFIANCE_IMPOSEE && names_objective (sheet, t, c)) {
			set_aside (sheet, t, conf, indices, c, -1,
				   "le montant d’un objectif, pas d’une action : gardé tel quel");
			t->objective_amount[c] = TRUE;
		}
	for (c = 0; c < t->n_cols && n < (int) G_N_ELEMENTS (cols); c++)
		if (t->roles[c] == PST_FIELD_BUDGET) {
			cols[n] = c;
			kinds[n++] = version_kind (sheet, t, c);
		}
	if (n < 2)
		return;
	for (i = 0; i < n; i++)
		if (kinds[i] == VERSION_ACTUAL && engage < 0) {
			engage = cols[i];
			set_role (t, indices, cols[i], PST_FIELD_ENGAGE,
				  "en-tête : un montant dépensé, à côté du budget prévu");
		}
	for (p = 0; p < G_N_ELEMENTS (preferred) && keep < 0; p++)
		for (i = n - 1; i >= 0 && keep < 0; i--)
			if (kinds[i] == preferred[p])
				keep = cols[i];
	for (i = 0; i < n; i++) {
		c = cols[i];
		if (t->roles[c] != PST_FIELD_BUDGET || c == keep)
			continue;
		if (keep >= 0 || (kinds[i] != VERSION_PART && kinds[i] != VERSION_YEAR &&
				  kinds[i] != VERSION_BARE))
			set_aside (sheet, t, conf, indices, c, keep, "un autre montant du même budget, gardé tel quel");
	}
	/* "Budget 2024 | Budget": the plain one is the plan's, the year
	 * another year's or a part of it. */
	for (i = 0, bare = -1; keep < 0 && i < n && bare < 0; i++)
		if (kinds[i] == VERSION_BARE && t->roles[cols[i]] == PST_FIELD_BUDGET)
			bare = cols[i];
	for (i = 0; bare >= 0 && i < n; i++)
		if ((kinds[i] == VERSION_YEAR || kinds[i] == VERSION_BARE) && cols[i] != bare &&
		    t->roles[cols[i]] == PST_FIELD_BUDGET) {
			set_aside (sheet, t, conf, indices, cols[i], bare, "un autre montant, gardé tel quel");
			if (kinds[i] == VERSION_BARE) {
				/* Two plain "Budget": nothing says which one. */
				conf[bare] = PST_CONFIANCE_FAIBLE;
				g_free (indices[bare]);
				indices[bare] = g_strdup ("deux colonnes de budget sans autre précision : la première est lue");
			}
		}
	for (i = 0; i < n; i++)
		summed += t->roles[cols[i]] == PST_FIELD_BUDGET;
	for (i = 0; summed >= 2 && i < n; i++)
		if (t->roles[cols[i]] == PST_FIELD_BUDGET) {
			char *more = g_strconcat (indices[cols[i]] ? indices[cols[i]] : "",
						  " ; parties du budget, additionnées", NULL);
			g_free (indices[cols[i]]);
			indices[cols[i]] = more;
		}
}

/* "Échéance initiale | Échéance revue": the revised date is the
 * deadline; "Date de fin prévue | Date de fin réelle": the planned one.
 * The others are kept under their headers. */
static void
decide_dates (PstSheet const *sheet, PstTable *t, PstConfiance *conf, char **indices, int role)
{
	int c, keep = -1, first = -1, n = 0, versions = 0;

	for (c = 0; c < t->n_cols; c++) {
		VersionKind kind;
		if (t->roles[c] != role || conf[c] == PST_CONFIANCE_IMPOSEE)
			continue;
		n++;
		kind = version_kind (sheet, t, c);
		versions += kind != VERSION_PART && kind != VERSION_YEAR && kind != VERSION_BARE;
		if (kind == VERSION_REVISED)
			keep = c;
		else if (kind != VERSION_ACTUAL && first < 0)
			first = c;
	}
	/* Two columns "Début" say nothing of which is right: the second is
	 * read as unreadable, and the import doubts. */
	if (n < 2 || versions == 0)
		return;
	if (keep < 0)
		keep = first;
	for (c = 0; keep >= 0 && c < t->n_cols; c++)
		if (t->roles[c] == role && c != keep && conf[c] != PST_CONFIANCE_IMPOSEE)
			set_aside (sheet, t, conf, indices, c, keep,
				   role == PST_FIELD_FIN ? "une autre date de fin, gardée telle quelle"
				   : "une autre date de début, gardée telle quelle");
}

/* Whether a header names a moment: "T3", "Q1", "S2", "2025",
 * "au 30/06/2025". */
static gboolean
names_period (PstSheet const *sheet, PstTable const *t, int col)
{
	char *header = pst_table_header (sheet, t, col);
	char *f = header ? pst_text_fold (header) : g_strdup ("");
	char const *p;
	gboolean period = FALSE;

	for (p = f; *p && !period; p++) {
		gboolean word_start = p == f || !g_ascii_isalnum (p[-1]);
		period = (word_start && strchr ("tqs", p[0]) && g_ascii_isdigit (p[1]) && !g_ascii_isalnum (p[2])) ||
			(word_start && four_digits_at (f, p) && (p[0] == '1' || p[0] == '2'));
	}
	period |= strstr (f, "trimestre") != NULL || strstr (f, "semestre") != NULL;
	g_free (f);
	g_free (header);
	return period;
}

/* "Avancement T1 | … | T4", "Statut 2024 | Statut 2025": the field
 * followed over time, the last filled column the row's value. */
static void
decide_series (PstSheet const *sheet, PstTable *t, PstConfiance *conf, char **indices, int role)
{
	int c, n = 0, periods = 0;

	for (c = 0; c < t->n_cols; c++)
		if (t->roles[c] == role && conf[c] != PST_CONFIANCE_IMPOSEE) {
			n++;
			periods += names_period (sheet, t, c);
		}
	if (n < 2 || periods < n)
		return;
	for (c = 0; c < t->n_cols; c++)
		if (t->roles[c] == role && conf[c] != PST_CONFIANCE_IMPOSEE) {
			char *more = g_strconcat (indices[c] ? indices[c] : "",
						  " ; suivi dans le temps : la dernière colonne remplie de la ligne est lue",
						  NULL);
			t->series[c] = TRUE;
			g_free (indices[c]);
			indices[c] = more;
		}
}

void
pst_versions_decide (PstSheet const *sheet, PstTable *t, PstConfiance *conf, char **indices)
{
	static int const followed[] = {
		PST_FIELD_STATUT, PST_FIELD_AVANCEMENT, PST_FIELD_METEO_GLOBALE,
		PST_FIELD_METEO_DELAIS, PST_FIELD_METEO_RESSOURCES
	};
	gsize i;

	for (i = 0; i < G_N_ELEMENTS (followed); i++)
		decide_series (sheet, t, conf, indices, followed[i]);
	decide_amounts (sheet, t, conf, indices);
	decide_dates (sheet, t, conf, indices, PST_FIELD_FIN);
	decide_dates (sheet, t, conf, indices, PST_FIELD_DEBUT);
}
