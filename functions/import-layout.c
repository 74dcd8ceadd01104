/*
 * import-layout.c: tables and column roles, from headers and contents.
 */
#include "import-layout.h"
#include "import-contents.h"
#include "import-versions.h"
#include "headers.h"
#include "article.h"
#include "reference.h"
#include "text.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* No header of a plan is this long; labels usually are. */
#define MAX_HEADER_LEN 60
/* Rows of a table whose contents are looked at: enough to tell, and a
 * bound on the cost of a 100 000-row sheet. */
#define MAX_PROFILED_ROWS 200

void
pst_table_free (PstTable *table)
{
	if (table == NULL)
		return;
	g_free (table->roles);
	g_free (table->hundreds);
	g_free (table->thousands);
	g_free (table->out_of_ten);
	g_free (table->series);
	g_free (table->objective_amount);
	g_free (table);
}

GHashTable *
pst_layout_role_cache_new (void)
{
	return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/* Statuses, names and dates repeat down a plan: each text is looked up
 * once.  The cache holds role + 2, plus 1000 for an exact synonym. */
static int
cached_role (GHashTable *cache, char const *text, gboolean *exact)
{
	gpointer hit = g_hash_table_lookup (cache, text);
	int v, role;

	if (hit) {
		v = GPOINTER_TO_INT (hit);
		*exact = v >= 1000;
		return v % 1000 - 2;
	}
	role = pst_header_role_full (text, exact);
	g_hash_table_insert (cache, g_strdup (text),
			     GINT_TO_POINTER (role + 2 + (*exact ? 1000 : 0)));
	return role;
}

static char const *
text_at (PstSheet const *sheet, int row, int col)
{
	return col < 0 ? NULL : pst_cell_text (pst_sheet_cell (sheet, row, col));
}

static int
filled_count (PstSheet const *sheet, int row)
{
	int c, n = 0, width = pst_sheet_row_width (sheet, row);
	for (c = 0; c < width; c++)
		if (text_at (sheet, row, c))
			n++;
	return n;
}

/* "O. S. 2 : …": a code with its number is a value, never a header. */
static gboolean
is_coded (char const *text)
{
	PstRefScan scan;
	return pst_ref_scan (text, &scan) && scan.keyword_level != PST_LEVEL_NONE &&
		scan.n_numbers > 0;
}

/* "janv.", "Février 2025", "T3", "2026": a column of a calendar or of a
 * year beside the plan's own columns. */
static gboolean
is_period_header (PstCell const *cell)
{
	static char const *const months[] = {
		"janv", "fevr", "mars", "avr", "mai", "juin", "juil", "aout", "sept",
		"oct", "nov", "dec", "jan", "feb", "mar", "apr", "may", "jun", "jul",
		"aug", "sep"
	};
	char *f;
	gsize i;
	gboolean period = FALSE;

	if (cell->kind == PST_CELL_NUMBER)
		return cell->number == floor (cell->number) && cell->number >= 1990 &&
			cell->number <= 2100;
	if (cell->kind != PST_CELL_TEXT || strlen (cell->text) > 20)
		return FALSE;
	f = pst_text_fold (cell->text);
	g_strstrip (f);
	for (i = 0; i < G_N_ELEMENTS (months) && !period; i++)
		period = g_str_has_prefix (f, months[i]);
	if (!period && (f[0] == 't' || f[0] == 's' || f[0] == 'q') && g_ascii_isdigit (f[1]) &&
	    (f[2] == '\0' || f[2] == ' '))
		period = TRUE;
	if (!period && strlen (f) == 4 && strspn (f, "0123456789") == 4)
		period = TRUE;
	g_free (f);
	return period;
}

/* A row of periods only: "2025 | 2026 | 2027", "janv. | févr. | …". */
static gboolean
is_period_row (PstSheet const *sheet, int row)
{
	int c, n = 0, width = pst_sheet_row_width (sheet, row);
	for (c = 0; c < width; c++) {
		PstCell const *cell = pst_sheet_cell (sheet, row, c);
		if (pst_cell_text (cell) == NULL)
			continue;
		if (!is_period_header (cell))
			return FALSE;
		n++;
	}
	return n >= 2;
}

/* A header names at least two known columns, holds no number, and most
 * of its cells are known headers; months and years beside them (a
 * calendar, budgets per year) count for nothing. */
static gboolean
is_header_row (PstSheet const *sheet, int row, GHashTable *cache)
{
	int c, known = 0, filled = 0, unknown = 0;
	int width = pst_sheet_row_width (sheet, row);

	/* Rows are read up to their last cell: a sheet 16 384 columns wide
	 * costs its cells, not its width times its rows. */
	for (c = 0; c < width; c++) {
		PstCell const *cell = pst_sheet_cell (sheet, row, c);
		char const *t = pst_cell_text (cell);
		gboolean exact;
		if (t == NULL)
			continue;
		if (known > 0 && is_period_header (cell))
			continue;
		filled++;
		if (cell->kind != PST_CELL_TEXT)
			return FALSE;
		/* The cached lookup first: most cells of a plan are no header. */
		if (strlen (t) <= MAX_HEADER_LEN &&
		    cached_role (cache, t, &exact) != PST_ROLE_NONE && !is_coded (t))
			known++;
		else if (++unknown > 3 && unknown * 2 > known)
			return FALSE;	/* a data row: stop reading early */
	}
	return known >= 2 && known * 3 >= filled * 2;
}

/* Short texts only: a header the synonyms do not know ("Col1", "Info"). */
static gboolean
is_plain_header_row (PstSheet const *sheet, int row)
{
	int c, filled = 0, width = pst_sheet_row_width (sheet, row);
	for (c = 0; c < width; c++) {
		PstCell const *cell = pst_sheet_cell (sheet, row, c);
		char const *t = pst_cell_text (cell);
		if (t == NULL)
			continue;
		if (cell->kind != PST_CELL_TEXT || g_utf8_strlen (t, -1) > 40 || is_coded (t))
			return FALSE;
		filled++;
	}
	return filled >= 3;
}

/* "Type", "Nature": as often a type of expense as a level. */
static gboolean
is_type_header (char const *header)
{
	char *f = header ? pst_text_fold (header) : NULL;
	gboolean type = f && (g_str_has_prefix (f, "type") || g_str_has_prefix (f, "nature"));
	g_free (f);
	return type;
}

/* Whole numbers 1 to 4 down the column, 1 (an OS) among them, and at
 * least three of them. */
static gboolean
holds_level_numbers (PstSheet const *sheet, PstTable const *t, int end, int col)
{
	int r, n = 0, levels = 0, ones = 0;

	for (r = t->header_row + 1; r < end && n < MAX_PROFILED_ROWS; r++) {
		char const *text = pst_cell_text (pst_sheet_cell (sheet, r, col));
		int level = pst_niveau_number (text);
		if (text == NULL)
			continue;
		n++;
		levels += level > 0;
		ones += level == 1;
	}
	return levels >= 3 && ones > 0 && levels * 10 >= n * 9;
}

/* Amounts, or small numbers under a header in thousands: never only
 * fractions, which are as often progress. */
static gboolean
holds_amounts (PstProfile const *p, char const *header)
{
	int large = p->k[K_AMOUNT] + p->k[K_SERIAL];
	int numbers = large + p->k[K_SMALL];

	if (pst_header_thousands (header))
		return p->n > 0 && (numbers + p->k[K_FRACTION]) * 10 >= p->n * 8;
	return p->n > 0 && large > 0 && numbers * 10 >= p->n * 8;
}

/* "Fonction | Code économique": the two halves of the article, when their
 * values make articles together. */
static void
find_article_parts (PstSheet const *sheet, PstTable *t, int end, PstConfiance *conf,
		    char **indices)
{
	int c, fonction = -1, economique = -1, r, n = 0, good = 0;

	for (c = 0; c < t->n_cols; c++) {
		char *header;
		if (t->roles[c] == PST_FIELD_ARTICLE)
			return;
		if (t->roles[c] != PST_ROLE_NONE)
			continue;
		header = pst_table_header (sheet, t, c);
		switch (pst_header_article_part (header)) {
		case 1: if (fonction < 0) fonction = c; break;
		case 2: if (economique < 0) economique = c; break;
		default: break;
		}
		g_free (header);
	}
	if (fonction < 0 || economique < 0)
		return;
	for (r = t->header_row + 1; r < end && n < MAX_PROFILED_ROWS; r++) {
		char const *f = pst_cell_text (pst_sheet_cell (sheet, r, fonction));
		char const *e = pst_cell_text (pst_sheet_cell (sheet, r, economique));
		char *joined;
		PstArticle article;
		if (f == NULL || e == NULL)
			continue;
		n++;
		joined = g_strconcat (f, "/", e, NULL);
		good += pst_article_parse (joined, &article) == PST_OK;
		g_free (joined);
	}
	if (n == 0 || good * 10 < n * 8)
		return;
	t->article_fonction = fonction;
	t->article_economique = economique;
	conf[fonction] = conf[economique] = PST_CONFIANCE_MOYENNE;
	g_free (indices[fonction]);
	indices[fonction] = g_strdup ("la fonction de l’article budgétaire : avec la colonne du code économique, l’Article ; gardée aussi telle quelle");
	g_free (indices[economique]);
	indices[economique] = g_strdup ("le code économique de l’article budgétaire : avec la colonne de la fonction, l’Article ; gardé aussi tel quel");
}

static gboolean
is_label_role (int role)
{
	switch (role) {
	case PST_FIELD_ACTION: case PST_ROLE_LABEL: case PST_ROLE_TACHE:
	case PST_FIELD_OS: case PST_FIELD_OO: case PST_ROLE_AXE:
	case PST_FIELD_VOLET: case PST_FIELD_COMMENTAIRE: case PST_FIELD_INDICATEUR:
	case PST_FIELD_SERVICE: case PST_FIELD_RESPONSABLE: case PST_FIELD_FINANCEMENT:
	case PST_FIELD_PRIORITE: case PST_FIELD_ENTITE: case PST_FIELD_CIBLE:
	case PST_FIELD_REALISE:
		return TRUE;
	default:
		return FALSE;
	}
}

/* Whether contents of kind @content agree with a header saying @header. */
static gboolean
agrees (int header, int content)
{
	if (content == header)
		return TRUE;
	switch (header) {
	case PST_FIELD_DEBUT:
		return content == PST_FIELD_FIN;
	case PST_FIELD_RESPONSABLE: case PST_FIELD_SERVICE:
		return content == PST_FIELD_RESPONSABLE || content == PST_FIELD_SERVICE ||
			content == PST_ROLE_LABEL;
	case PST_FIELD_METEO_DELAIS: case PST_FIELD_METEO_RESSOURCES:
		return content == PST_FIELD_METEO_GLOBALE;
	case PST_FIELD_ENGAGE: case PST_FIELD_CIBLE: case PST_FIELD_REALISE:
	case PST_FIELD_ETP:
		return content == PST_FIELD_BUDGET || content == PST_FIELD_AVANCEMENT;
	case PST_FIELD_AVANCEMENT:
		/* "Avancement : en cours" (a status where a rate was asked). */
		return content == PST_FIELD_STATUT;
	case PST_FIELD_OS: case PST_FIELD_OO: case PST_ROLE_CODE:
	case PST_FIELD_REF_OS: case PST_FIELD_REF_OO: case PST_ROLE_PARENT:
		return content == PST_FIELD_OS || content == PST_FIELD_OO ||
			content == PST_ROLE_CODE || content == PST_ROLE_LABEL;
	default:
		return is_label_role (header) && content == PST_ROLE_LABEL;
	}
}

/* Contents that suggest a role but never contradict a header: long
 * texts, names of people or services. */
static gboolean
is_soft (int content)
{
	return content == PST_ROLE_LABEL || content == PST_FIELD_RESPONSABLE ||
		content == PST_FIELD_SERVICE;
}

/* Roles that place a row: one column each. */
static gboolean
is_structural (int role)
{
	return role != PST_ROLE_NONE && !pst_role_is_value (role);
}

/* ------------------------------------------------------------------ */
/* Headers */

static char const *
group_text (PstSheet const *sheet, int group_row, int col)
{
	int c;
	/* A merged group cell holds its text in its first column only. */
	for (c = col; c >= 0; c--) {
		char const *t = text_at (sheet, group_row, c);
		if (t)
			return t;
	}
	return NULL;
}

char *
pst_table_header (PstSheet const *sheet, PstTable const *table, int col)
{
	char const *own = text_at (sheet, table->header_row, col);
	char const *group = table->group_row >= 0
		? text_at (sheet, table->group_row, col) : NULL;

	if (table->group_row >= 0 && group == NULL && own)
		group = group_text (sheet, table->group_row, col);
	if (group && own)
		return g_strdup_printf ("%s / %s", group, own);
	return g_strdup (own ? own : group);
}

/* The role a header gives; exact when a synonym says it as a whole. */
static int
header_role (PstSheet const *sheet, PstTable const *table, int col,
	     GHashTable *cache, gboolean *exact)
{
	char const *own = text_at (sheet, table->header_row, col);
	int role = PST_ROLE_NONE;

	*exact = FALSE;
	if (table->group_row >= 0) {
		/* "Météo" above "Délais": the pair is a synonym, "Délais"
		 * alone another one. */
		char const *group = group_text (sheet, table->group_row, col);
		if (group && own && g_strcmp0 (group, own) != 0) {
			char *pair = g_strdup_printf ("%s %s", group, own);
			gboolean pair_exact;
			int pair_role = pst_header_role_full (pair, &pair_exact);
			g_free (pair);
			if (pair_exact) {
				*exact = TRUE;
				return pair_role;
			}
		} else if (own == NULL && (group = text_at (sheet, table->group_row, col)))
			/* A header merged down over the two rows. */
			return cached_role (cache, group, exact);
	}
	if (own && pst_sheet_cell (sheet, table->header_row, col)->kind == PST_CELL_TEXT &&
	    strlen (own) <= MAX_HEADER_LEN && !is_coded (own))
		role = cached_role (cache, own, exact);
	return role;
}

/* The group headers above a header: a row of short texts, a header
 * itself (headers merged down over both rows) or one at least one of
 * whose cells makes a synonym with the header under it ("Météo" above
 * "Délais"). */
static int
find_group_row (PstSheet const *sheet, int header_row, GHashTable *cache)
{
	int r = header_row - 1, c, width, n = 0;
	PstTable probe = { .header_row = header_row, .group_row = r };

	if (r < 0 || filled_count (sheet, r) == 0)
		return -1;
	width = pst_sheet_row_width (sheet, r);
	for (c = 0; c < width; c++) {
		PstCell const *cell = pst_sheet_cell (sheet, r, c);
		char const *t = pst_cell_text (cell);
		if (t && (cell->kind != PST_CELL_TEXT || strlen (t) > MAX_HEADER_LEN || is_coded (t)))
			return -1;
	}
	if (is_header_row (sheet, r, cache))
		return r;
	width = pst_sheet_row_width (sheet, header_row);
	for (c = 0; c < width; c++) {
		gboolean exact;
		char const *own = text_at (sheet, header_row, c);
		int role = header_role (sheet, &probe, c, cache, &exact);
		gboolean own_exact;
		int own_role = own ? cached_role (cache, own, &own_exact) : PST_ROLE_NONE;
		if (exact && (role != own_role || !own_exact))
			n++;
	}
	return n > 0 ? r : -1;
}

/* ------------------------------------------------------------------ */
/* Roles */

static char *
column_letters (int col)
{
	char *name = pst_cell_name (0, col);
	name[strlen (name) - 1] = '\0';
	return name;
}


gboolean
pst_layout_is_column_numbers (PstSheet const *sheet, int row)
{
	int c, width = pst_sheet_row_width (sheet, row), next = 1;

	for (c = 0; c < width; c++) {
		PstCell const *cell = pst_sheet_cell (sheet, row, c);
		char const *t = pst_cell_text (cell);
		if (t == NULL)
			continue;
		if (cell->kind == PST_CELL_TEXT) {
			/* "3", "(3)", "3." */
			char const *d = t + (*t == '(');
			gsize n = strspn (d, "0123456789");
			char const *rest = d + n;
			if (n == 0 || atoi (d) != next ||
			    !(*rest == '\0' || ((*rest == ')' || *rest == '.') && rest[1] == '\0')) ||
			    (*t == '(' && *rest != ')'))
				return FALSE;
		} else if (cell->kind != PST_CELL_NUMBER || cell->number != next)
			return FALSE;
		next++;
	}
	return next > 4;
}

/* Whether every row of the table with a text beside column @code has a
 * code in it. */
static gboolean
every_label_coded (PstSheet const *sheet, PstTable const *t, int end, int code)
{
	int r, seen = 0;
	for (r = t->header_row + 1; r < end && seen < MAX_PROFILED_ROWS; r++) {
		int width = MIN (pst_sheet_row_width (sheet, r), t->n_cols), c;
		gboolean text = FALSE;
		for (c = 0; c < width && !text; c++)
			text = c != code && pst_cell_text (pst_sheet_cell (sheet, r, c)) != NULL;
		if (!text)
			continue;
		seen++;
		if (code >= width || pst_cell_text (pst_sheet_cell (sheet, r, code)) == NULL)
			return FALSE;
	}
	return seen > 0;
}

/* Whether the values of column @col are the volets' names, "Interne",
 * "Externe", "Volet interne". */
static gboolean
holds_volets (PstSheet const *sheet, PstTable const *t, int end, int col)
{
	int r, seen = 0, volets = 0;

	for (r = t->header_row + 1; r < end && seen < MAX_PROFILED_ROWS; r++) {
		char const *text = pst_cell_text (pst_sheet_cell (sheet, r, col));
		char *f;
		if (text == NULL)
			continue;
		seen++;
		f = pst_text_fold (text);
		volets += strcmp (f, "interne") == 0 || strcmp (f, "externe") == 0 ||
			strcmp (f, "volet interne") == 0 || strcmp (f, "volet externe") == 0;
		g_free (f);
	}
	return seen > 0 && volets * 10 >= seen * 9;
}

static void
profile_table (PstSheet const *sheet, PstTable const *t, int end, PstProfile *profiles)
{
	int r, c, seen = 0;
	for (r = t->header_row + 1; r < end && seen < MAX_PROFILED_ROWS; r++) {
		int width = MIN (pst_sheet_row_width (sheet, r), t->n_cols);
		if (width == 0 || (r == t->header_row + 1 && pst_layout_is_column_numbers (sheet, r)))
			continue;
		seen++;
		for (c = 0; c < width; c++)
			pst_profile_cell (&profiles[c], pst_sheet_cell (sheet, r, c));
	}
}

/* Roles that place a row in the hierarchy by themselves. */
static gboolean
places_rows (int role)
{
	return role == PST_FIELD_OS || role == PST_FIELD_OO || role == PST_FIELD_REF_OS ||
		role == PST_FIELD_REF_OO || role == PST_ROLE_CODE || role == PST_ROLE_NIVEAU;
}

static void
decide_roles (PstSheet const *sheet, PstTable *t, int end,
	      PstImportOptions const *options, GHashTable *cache,
	      PstSheetReading *sr, PstReading *reading)
{
	PstProfile *profiles = g_new0 (PstProfile, t->n_cols);
	PstConfiance *conf = g_new0 (PstConfiance, t->n_cols);
	char **indices = g_new0 (char *, t->n_cols);
	gboolean *from_content = g_new0 (gboolean, t->n_cols);
	gboolean has_label = FALSE, imposed_any = FALSE, placed = FALSE, parented = FALSE;
	int c, d;

	profile_table (sheet, t, end, profiles);
	for (c = 0; c < t->n_cols; c++) {
		gboolean exact;
		char *header = pst_table_header (sheet, t, c);
		int hr = header_role (sheet, t, c, cache, &exact);
		int percent, imposed;
		char const *what;
		int cr = pst_profile_role (&profiles[c], &percent, &what);

		t->roles[c] = PST_ROLE_NONE;
		if (options && pst_import_options_role (options, c, header, &imposed)) {
			t->roles[c] = imposed;
			conf[c] = PST_CONFIANCE_IMPOSEE;
			indices[c] = g_strdup ("choisi par l’utilisateur (--colonne)");
			imposed_any = TRUE;
		} else if (pst_header_kept_aside (header)) {
			/* "Recettes", "Montant liquidé", "Dernière mise à jour":
			 * never the budget or the échéance, whatever their values
			 * look like. */
			conf[c] = PST_CONFIANCE_FORTE;
			indices[c] = g_strdup ("ni le budget ni une date de l’action (recette, subside, liquidé, solde, "
					       "mise à jour) : colonne gardée sous son titre");
		} else if (hr == PST_ROLE_NIVEAU && cr != PST_ROLE_NIVEAU && holds_volets (sheet, t, end, c)) {
			/* "Type : Interne / Externe". */
			t->roles[c] = PST_FIELD_VOLET;
			conf[c] = PST_CONFIANCE_MOYENNE;
			indices[c] = g_strdup ("en-tête « type », et les valeurs sont des volets (interne, externe)");
		} else if (hr == PST_ROLE_NIVEAU && cr != PST_ROLE_NIVEAU && exact &&
			   !is_type_header (header) && holds_level_numbers (sheet, t, end, c)) {
			/* "Niv. | 1, 2, 3": the levels by number. */
			t->roles[c] = PST_ROLE_NIVEAU;
			t->numeric_levels = TRUE;
			conf[c] = PST_CONFIANCE_MOYENNE;
			indices[c] = g_strdup ("en-tête de niveau, et les valeurs sont les niveaux 1 (OS) à 4 (sous-action)");
		} else if (hr == PST_ROLE_NIVEAU && cr != PST_ROLE_NIVEAU) {
			/* "Type" is as often a type of expense. */
			if (header)
				indices[c] = g_strdup ("en-tête « niveau/type » sans niveaux dessous");
		} else if ((cr == PST_FIELD_OS || cr == PST_FIELD_OO || cr == PST_ROLE_NIVEAU ||
			    cr == PST_ROLE_CODE) && !agrees (hr, cr) && hr != PST_ROLE_NIVEAU) {
			/* "O.S. 2 : …" down a column is the OS whatever its header. */
			t->roles[c] = cr;
			conf[c] = percent >= 90 ? PST_CONFIANCE_FORTE : PST_CONFIANCE_MOYENNE;
			indices[c] = g_strdup_printf ("contenu : %d %% des valeurs sont %s", percent, what);
			from_content[c] = hr == PST_ROLE_NONE;
		} else if (hr != PST_ROLE_NONE) {
			t->roles[c] = hr;
			if (cr != PST_ROLE_NONE && agrees (hr, cr)) {
				conf[c] = PST_CONFIANCE_FORTE;
				indices[c] = g_strdup_printf ("en-tête, et %d %% des valeurs sont %s", percent, what);
			} else if ((hr == PST_FIELD_DEBUT || hr == PST_FIELD_FIN) && profiles[c].n > 0 &&
				   profiles[c].years * 10 >= profiles[c].n * 9) {
				/* "Année de fin : 2026". */
				conf[c] = PST_CONFIANCE_FORTE;
				indices[c] = g_strdup_printf ("en-tête, et %d %% des valeurs sont des années",
							      profiles[c].years * 100 / profiles[c].n);
			} else if (cr != PST_ROLE_NONE && !is_soft (cr)) {
				conf[c] = PST_CONFIANCE_FAIBLE;
				indices[c] = g_strdup_printf ("en-tête, mais %d %% des valeurs sont %s",
							      percent, what);
			} else {
				conf[c] = exact ? PST_CONFIANCE_FORTE : PST_CONFIANCE_MOYENNE;
				indices[c] = g_strdup (exact ? "en-tête" : "début de l’en-tête");
			}
		} else if (pst_header_year_or_total (header) && holds_amounts (&profiles[c], header)) {
			/* "2025 (k€) | 2026 (k€) | Total (k€)": the header names
			 * no field, but a year's budget or their sum. */
			t->roles[c] = PST_FIELD_BUDGET;
			conf[c] = PST_CONFIANCE_MOYENNE;
			indices[c] = g_strdup ("en-tête d’année ou de total, et les valeurs sont des montants");
		} else if (cr != PST_ROLE_NONE && cr != PST_ROLE_LABEL) {
			t->roles[c] = cr;
			conf[c] = percent >= 90 ? PST_CONFIANCE_MOYENNE : PST_CONFIANCE_FAIBLE;
			indices[c] = g_strdup_printf ("contenu : %d %% des valeurs sont %s", percent, what);
			from_content[c] = TRUE;
		} else
			indices[c] = g_strdup (header ? "en-tête inconnu : colonne gardée sous son titre"
					       : "sans en-tête : colonne gardée");
		g_free (header);
	}

	for (c = 0; c < t->n_cols; c++)
		if (t->roles[c] == PST_ROLE_CODE) {
			if ((profiles[c].depths & 2) && (profiles[c].depths & 8u))
				t->outline = TRUE;
			if ((profiles[c].depths & ~1u) == 6u)
				t->two_levels = every_label_coded (sheet, t, end, c);
		}

	for (c = 0; c < t->n_cols; c++) {
		int role = t->roles[c], numbers;
		PstProfile const *pr = &profiles[c];
		if ((role != PST_FIELD_ACTION && role != PST_ROLE_LABEL && role != PST_ROLE_TACHE) ||
		    conf[c] == PST_CONFIANCE_IMPOSEE || from_content[c] || pr->n == 0)
			continue;
		numbers = (pr->k[K_SMALL] + pr->k[K_FRACTION] + pr->k[K_AMOUNT] + pr->k[K_PERCENT]) * 100 / pr->n;
		if (numbers >= 80 && pr->k[K_LONG] == 0) {
			/* "Étapes réalisées": numbers under a header that
			 * begins like a column of labels. */
			t->roles[c] = PST_ROLE_NONE;
			g_free (indices[c]);
			indices[c] = g_strdup_printf ("en-tête de libellés, mais %d %% des valeurs sont des nombres : colonne gardée sous son titre",
						      numbers);
		} else if (pr->short_codes * 100 / pr->n >= 90 && c + 1 < t->n_cols &&
			   t->roles[c + 1] == PST_ROLE_NONE && profiles[c + 1].n > 0 &&
			   pst_profile_share (&profiles[c + 1], K_LONG) >= 50) {
			char *next = pst_table_header (sheet, t, c + 1);
			if (next == NULL) {
				/* "Action" over two columns: the codes, then the
				 * labels under no header of their own. */
				t->roles[c] = PST_ROLE_CODE;
				t->roles[c + 1] = role;
				conf[c + 1] = conf[c];
				g_free (indices[c]);
				indices[c] = g_strdup ("en-tête sur deux colonnes : la première tient les codes");
				g_free (indices[c + 1]);
				indices[c + 1] = g_strdup ("en-tête de la colonne précédente, étendu sur celle-ci : les libellés");
			}
			g_free (next);
		}
	}

	/* "Axe stratégique | Objectif opérationnel | Projet": with OO and no
	 * OS, the axes are the level above the OO, the plan's OS. */
	{
		int axe = -1, has_os = FALSE, has_oo = FALSE;
		for (c = 0; c < t->n_cols; c++) {
			int role = t->roles[c];
			if (role == PST_ROLE_AXE && axe < 0)
				axe = c;
			has_os |= role == PST_FIELD_OS || role == PST_FIELD_REF_OS || role == PST_ROLE_CODE ||
				role == PST_ROLE_NIVEAU || role == PST_ROLE_PARENT;
			has_oo |= role == PST_FIELD_OO || role == PST_FIELD_REF_OO;
		}
		if (axe >= 0 && has_oo && !has_os && conf[axe] != PST_CONFIANCE_IMPOSEE) {
			t->roles[axe] = PST_FIELD_OS;
			g_free (indices[axe]);
			indices[axe] = g_strdup ("en-tête d’axe, et aucune colonne d’OS au-dessus des OO : les axes sont les OS");
		}
	}

	/* "OS | Intitulé OS": a column headed OS or OO that holds only
	 * codes is the objective's reference, the label beside it. */
	for (c = 0; c < t->n_cols; c++)
		if ((t->roles[c] == PST_FIELD_OS || t->roles[c] == PST_FIELD_OO) && !from_content[c] &&
		    conf[c] != PST_CONFIANCE_IMPOSEE && profiles[c].n > 0 &&
		    profiles[c].short_codes * 100 / profiles[c].n >= 90) {
			t->roles[c] = t->roles[c] == PST_FIELD_OS ? PST_FIELD_REF_OS : PST_FIELD_REF_OO;
			g_free (indices[c]);
			indices[c] = g_strdup_printf ("en-tête, et %d %% des valeurs sont des codes sans libellé",
						      profiles[c].short_codes * 100 / profiles[c].n);
		}

	/* One column per structural role, the header's before the contents';
	 * a value the contents found is left to a column whose header says it. */
	for (c = 0; c < t->n_cols; c++) {
		int role = t->roles[c];
		if (role == PST_ROLE_NONE)
			continue;
		for (d = 0; d < t->n_cols; d++) {
			if (d == c || t->roles[d] != role)
				continue;
			if (from_content[c] && !from_content[d] && conf[d] != PST_CONFIANCE_FAIBLE) {
				t->roles[c] = PST_ROLE_NONE;
				break;
			}
			if (is_structural (role) && d < c && from_content[c] == from_content[d]) {
				t->roles[c] = PST_ROLE_NONE;
				break;
			}
		}
		if (t->roles[c] == PST_ROLE_NONE && role == PST_FIELD_FIN && from_content[c]) {
			/* Two date columns without headers: from, then to. */
			gboolean has_debut = FALSE;
			for (d = 0; d < t->n_cols; d++)
				has_debut |= t->roles[d] == PST_FIELD_DEBUT;
			for (d = c + 1; !has_debut && d < t->n_cols; d++)
				if (t->roles[d] == PST_FIELD_FIN && from_content[d]) {
					t->roles[c] = PST_FIELD_DEBUT;
					break;
				}
		}
		if (t->roles[c] == PST_ROLE_NONE) {
			g_free (indices[c]);
			indices[c] = g_strdup ("rôle déjà tenu par une autre colonne : colonne gardée");
		}
	}
	/* "Pilote politique | Pilote administratif", "Responsable | Personne
	 * de contact": the Responsable is who delivers the action; the élu
	 * or the contact beside is kept under its title, not joined to it. */
	for (c = 0; c < t->n_cols; c++) {
		char *header, *kept = NULL;
		gboolean aside;
		if (t->roles[c] != PST_FIELD_RESPONSABLE || conf[c] == PST_CONFIANCE_IMPOSEE)
			continue;
		header = pst_table_header (sheet, t, c);
		aside = pst_header_person_aside (header);
		/* The first other Responsable column that names who delivers. */
		for (d = 0; aside && d < t->n_cols && kept == NULL; d++)
			if (d != c && t->roles[d] == PST_FIELD_RESPONSABLE) {
				char *other = pst_table_header (sheet, t, d);
				if (pst_header_person_aside (other))
					g_free (other);
				else
					kept = other;
			}
		if (kept) {
			t->roles[c] = PST_ROLE_NONE;
			g_free (indices[c]);
			indices[c] = g_strdup_printf ("une autre personne que celle qui mène l’action : colonne gardée sous son titre, "
						      "le Responsable est lu dans « %s »", kept);
		}
		g_free (kept);
		g_free (header);
	}
	/* "Budget" hidden beside "Budget" shown: last year's, kept as it is. */
	for (c = 0; sheet->col_hidden && c < t->n_cols && c < sheet->n_cols; c++) {
		if (!sheet->col_hidden[c] || !pst_role_is_value (t->roles[c]) ||
		    conf[c] == PST_CONFIANCE_IMPOSEE)
			continue;
		for (d = 0; d < t->n_cols; d++)
			if (d != c && t->roles[d] == t->roles[c] &&
			    (d >= sheet->n_cols || !sheet->col_hidden[d])) {
				char *shown = pst_table_header (sheet, t, d);
				t->roles[c] = PST_ROLE_NONE;
				g_free (indices[c]);
				indices[c] = g_strdup_printf ("colonne masquée, gardée telle quelle : le champ est lu dans « %s »",
							      shown ? shown : "");
				g_free (shown);
				break;
			}
	}
	/* "Dépenses" and no budget beside: what the action will spend. */
	{
		int spend = -1, n_spend = 0, has_budget = FALSE;
		for (c = 0; c < t->n_cols; c++) {
			char *header;
			has_budget |= t->roles[c] == PST_FIELD_BUDGET;
			if (t->roles[c] != PST_FIELD_ENGAGE || conf[c] == PST_CONFIANCE_IMPOSEE)
				continue;
			header = pst_table_header (sheet, t, c);
			if (pst_header_names_spending (header)) {
				spend = c;
				n_spend++;
			}
			g_free (header);
		}
		if (!has_budget && n_spend == 1) {
			t->roles[spend] = PST_FIELD_BUDGET;
			g_free (indices[spend]);
			indices[spend] = g_strdup ("en-tête « dépenses », sans colonne de budget : ce que l’action dépensera");
		}
	}
	find_article_parts (sheet, t, end, conf, indices);
	pst_versions_decide (sheet, t, conf, indices);
	for (c = 0; c < t->n_cols; c++)
		if (t->roles[c] == PST_FIELD_ACTION || t->roles[c] == PST_ROLE_LABEL ||
		    t->roles[c] == PST_ROLE_NIVEAU || t->roles[c] == PST_ROLE_TACHE)
			has_label = TRUE;
	if (!has_label && !imposed_any) {
		/* No column says "action": the one of the longest texts. */
		int best = -1, rivals = 0;
		for (c = 0; c < t->n_cols; c++)
			if (t->roles[c] == PST_ROLE_NONE && profiles[c].k[K_LONG] * 10 >= profiles[c].n * 3) {
				rivals++;
				if (best < 0 || profiles[c].k[K_LONG] > profiles[best].k[K_LONG])
					best = c;
			}
		if (best >= 0) {
			t->roles[best] = PST_FIELD_ACTION;
			/* The one column of long texts, on most rows: the actions. */
			conf[best] = rivals == 1 && pst_profile_share (&profiles[best], K_LONG) >= 80
				? PST_CONFIANCE_MOYENNE : PST_CONFIANCE_FAIBLE;
			g_free (indices[best]);
			indices[best] = g_strdup_printf ("aucune colonne « action » : celle des textes les plus longs (%d sur %d)",
							 profiles[best].k[K_LONG], profiles[best].n);
		}
	}

	for (c = 0; c < t->n_cols; c++) {
		placed |= places_rows (t->roles[c]);
		parented |= t->roles[c] == PST_ROLE_PARENT;
	}
	/* "1. Être un CPAS…", "1.1 Réduire…", "1.1.1 Créer…" down the label
	 * column, and no column of codes or objectives: an outline. */
	for (c = 0; c < t->n_cols && !placed && !parented; c++)
		if ((t->roles[c] == PST_FIELD_ACTION || t->roles[c] == PST_ROLE_LABEL) &&
		    profiles[c].n > 0 && profiles[c].numbered_labels * 100 / profiles[c].n >= 80 &&
		    (profiles[c].label_depths & 14u) == 14u) {
			t->numbered_labels = t->outline = TRUE;
			break;
		}

	/* Levels shown by indentation only: no column places the rows. */
	if (!placed && !t->numbered_labels) {
		int label = -1, r, seen = 0;
		for (c = 0; c < t->n_cols && label < 0; c++)
			if (t->roles[c] == PST_FIELD_ACTION || t->roles[c] == PST_ROLE_LABEL)
				label = c;
		for (r = t->header_row + 1; label >= 0 && r < end && seen < MAX_PROFILED_ROWS; r++) {
			PstCell const *cell = pst_sheet_cell (sheet, r, label);
			int i, j;
			if (pst_cell_text (cell) == NULL)
				continue;
			seen++;
			for (i = 0; i < t->n_indents && t->indents[i] < cell->indent; i++)
				;
			if (i < t->n_indents && t->indents[i] == cell->indent)
				continue;
			if (t->n_indents == G_N_ELEMENTS (t->indents))
				break;
			for (j = t->n_indents; j > i; j--)
				t->indents[j] = t->indents[j - 1];
			t->indents[i] = cell->indent;
			t->n_indents++;
		}
		if (t->n_indents < 2)
			t->n_indents = 0;
	}

	for (c = 0; c < t->n_cols; c++)
		t->hundreds[c] = t->roles[c] == PST_FIELD_AVANCEMENT && profiles[c].k[K_SMALL] >= 2 &&
			!profiles[c].fractional && profiles[c].k[K_PERCENT] == 0;

	/* The scale a header gives its values. */
	for (c = 0; c < t->n_cols; c++) {
		char *header, *more = NULL;
		int role = t->roles[c];
		if (role != PST_FIELD_BUDGET && role != PST_FIELD_ENGAGE && role != PST_FIELD_AVANCEMENT)
			continue;
		header = pst_table_header (sheet, t, c);
		t->thousands[c] = role != PST_FIELD_AVANCEMENT && pst_header_thousands (header);
		t->out_of_ten[c] = role == PST_FIELD_AVANCEMENT && pst_header_out_of_ten (header);
		if (indices[c] && t->thousands[c])
			more = g_strconcat (indices[c], " ; montants en milliers d’euros (×1000)", NULL);
		else if (indices[c] && t->out_of_ten[c])
			more = g_strconcat (indices[c], " ; une note sur 10 (5 : 50 %)", NULL);
		if (more) {
			g_free (indices[c]);
			indices[c] = more;
		}
		g_free (header);
	}
	if (sr && sr->columns->len == 0)
		for (c = 0; c < t->n_cols; c++) {
			char *header = pst_table_header (sheet, t, c);
			if (header || t->roles[c] != PST_ROLE_NONE)
				pst_reading_add_column (sr, c, header, t->roles[c], conf[c], indices[c]);
			if (t->roles[c] != PST_ROLE_NONE && conf[c] == PST_CONFIANCE_FAIBLE) {
				char *letters = column_letters (c);
				pst_reading_doubt (reading,
						   "Feuille « %s », colonne %s « %s » : lue comme « %s » sur un indice faible (%s).",
						   sheet->name, letters, header ? header : "",
						   pst_role_title (t->roles[c]), indices[c]);
				g_free (letters);
			}
			g_free (header);
		}
	for (c = 0; c < t->n_cols; c++)
		g_free (indices[c]);
	g_free (indices);
	g_free (conf);
	g_free (from_content);
	g_free (profiles);
}

/* ------------------------------------------------------------------ */
/* Tables */

static PstTable *
new_table (PstSheet const *sheet, int header_row, int group_row)
{
	PstTable *t = g_new0 (PstTable, 1);
	t->header_row = header_row;
	t->group_row = group_row;
	t->n_cols = MAX (sheet->n_cols, 1);
	t->roles = g_new (int, t->n_cols);
	t->hundreds = g_new0 (gboolean, t->n_cols);
	t->thousands = g_new0 (gboolean, t->n_cols);
	t->out_of_ten = g_new0 (gboolean, t->n_cols);
	t->series = g_new0 (gboolean, t->n_cols);
	t->objective_amount = g_new0 (gboolean, t->n_cols);
	t->article_fonction = t->article_economique = -1;
	return t;
}

static GArray *
header_rows (PstSheet const *sheet, PstImportOptions const *options,
	     GHashTable *cache)
{
	GArray *rows = g_array_new (FALSE, FALSE, sizeof (int));
	int r;

	if (options && options->header_row > 0) {
		r = options->header_row - 1;
		if (r < sheet->n_rows)
			g_array_append_val (rows, r);
		return rows;
	}
	for (r = 0; r < sheet->n_rows; r++) {
		if (!is_header_row (sheet, r, cache))
			continue;
		/* Years or months under the header ("Budget" over 2025 | 2026):
		 * the header's second row. */
		if (r + 1 < sheet->n_rows && is_period_row (sheet, r + 1))
			r++;
		/* Two header rows in a row: the upper one groups the lower. */
		if (rows->len > 0 && g_array_index (rows, int, rows->len - 1) == r - 1)
			g_array_index (rows, int, rows->len - 1) = r;
		else
			g_array_append_val (rows, r);
	}
	if (rows->len == 0) {
		/* Headers no synonym knows: the first row of short texts with
		 * a table under it. */
		for (r = 0; r + 1 < sheet->n_rows; r++)
			if (is_plain_header_row (sheet, r) &&
			    filled_count (sheet, r + 1) >= 3 &&
			    !is_plain_header_row (sheet, r + 1)) {
				g_array_append_val (rows, r);
				break;
			}
	}
	return rows;
}

GPtrArray *
pst_layout_tables (PstSheet const *sheet, PstImportOptions const *options,
		   GHashTable *cache, PstSheetReading *sr, PstReading *reading)
{
	GPtrArray *tables = g_ptr_array_new_with_free_func ((GDestroyNotify) pst_table_free);
	GArray *rows = header_rows (sheet, options, cache);
	guint i;

	for (i = 0; i < rows->len; i++) {
		int h = g_array_index (rows, int, i);
		int end = i + 1 < rows->len ? g_array_index (rows, int, i + 1) : sheet->n_rows;
		int group = find_group_row (sheet, h, cache);
		PstTable *t;

		if (group >= 0 && i > 0 && g_array_index (rows, int, i - 1) >= group)
			group = -1;
		t = new_table (sheet, h, group);
		decide_roles (sheet, t, end, options, cache, sr, reading);
		g_ptr_array_add (tables, t);
	}
	if (sr && tables->len > 0) {
		PstTable const *first = g_ptr_array_index (tables, 0);
		sr->header_row = first->header_row;
		sr->group_row = first->group_row;
		sr->n_tables = tables->len;
	}
	g_array_free (rows, TRUE);
	return tables;
}
