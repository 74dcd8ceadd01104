/*
 * import-values.c: an action's values read with the engine: dates and
 * échéances, amounts, statuses, progress, météo, articles; what cannot be
 * read kept in Commentaire and reported.
 */
#include "import-private.h"
#include "status.h"
#include "taux.h"
#include "periode.h"
#include "echeance.h"
#include "article.h"
#include "meteo.h"
#include "headers.h"
#include "reference.h"
#include "text.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* The value as written goes to Commentaire and to the anomalies. */
static void
keep_unread (Importer *imp, PstAction *a, int row, PstGravite gravite,
	     int field, char const *text, char const *why)
{
	char *note = g_strdup_printf ("%s : %s", pst_field_header (field), text);
	/* A recurring échéance ("1x/an") is read right: it has no date. */
	if (gravite != PST_GRAVITE_INFO)
		imp->n_unread[field]++;
	pst_cell_append_text (&a->values[PST_FIELD_COMMENTAIRE], " ; ", note);
	imp_anomaly (imp, row, gravite, "%s « %s » : %s ; gardé dans Commentaire.",
		 pst_field_header (field), text, why);
	g_free (note);
}

/* "permanent", "en continu", "à définir": an échéance that is no date,
 * rightly so. */
static gboolean
is_ongoing (char const *text)
{
	static char const *const words[] = {
		"permanent", "permanente", "en continu", "continu", "recurrent",
		"perenne", "a definir", "indetermine", "non defini", "en cours", "ongoing"
	};
	char *f = g_strstrip (pst_text_fold (text));
	gboolean yes = pst_text_in_table (f, words, G_N_ELEMENTS (words));

	g_free (f);
	return yes;
}

typedef struct {
	PstError err;
	guint32	 julian;	/* the day, when err is PST_OK */
} EcheanceRead;

static PstError
echeance_parse_once (Importer *imp, char const *text, GDate *date)
{
	EcheanceRead *read = g_hash_table_lookup (imp->echeances, text);

	if (read == NULL) {
		read = g_new (EcheanceRead, 1);
		g_date_clear (date, 1);
		read->err = pst_echeance_parse (text, 0, date);
		read->julian = read->err == PST_OK ? g_date_get_julian (date) : 0;
		g_hash_table_insert (imp->echeances, g_strdup (text), read);
	}
	if (read->err == PST_OK)
		g_date_set_julian (date, read->julian);
	return read->err;
}

static PstStatus
status_parse_once (Importer *imp, char const *text)
{
	gpointer known;

	if (text == NULL)
		return PST_STATUS_UNKNOWN;
	known = g_hash_table_lookup (imp->statuses, text);
	if (known == NULL) {
		PstStatus s = pst_status_parse (text);
		g_hash_table_insert (imp->statuses, g_strdup (text), GINT_TO_POINTER (s + 1));
		return s;
	}
	return (PstStatus) (GPOINTER_TO_INT (known) - 1);
}

static void
set_date (Importer *imp, PstAction *a, int row, int field, PstCell const *cell)
{
	GDate date;
	PstError err;
	double v = cell->number;

	if (cell->kind == PST_CELL_DATE || cell->kind == PST_CELL_NUMBER) {
		/* A day number a spreadsheet can show (xlsx keeps 1e+400 as
		 * infinity, and (int) of it is undefined). */
		if (!isfinite (v) || v < 1 || v > PST_DATE_SERIAL_MAX) {
			keep_unread (imp, a, row, PST_GRAVITE_AVERTISSEMENT, field,
				     cell->text, "date hors des dates possibles");
			return;
		}
	}
	if (cell->kind == PST_CELL_DATE) {
		pst_cell_set (&a->values[field], PST_CELL_DATE, cell->text, v);
		return;
	}
	g_date_clear (&date, 1);
	if (cell->kind == PST_CELL_TEXT && strlen (cell->text) == 5 &&
	    strspn (cell->text, "0123456789") == 5 && atoi (cell->text) >= 36526 &&
	    atoi (cell->text) <= 73051) {
		/* "45657": a day number that lost its date format on the way
		 * (an export as text), 2000 to 2099. */
		pst_cell_set (&a->values[field], PST_CELL_DATE, cell->text, atoi (cell->text));
		return;
	}
	if (cell->kind == PST_CELL_NUMBER && v == floor (v) && v >= 1900 && v <= 2199) {
		/* A year: it starts on 1 January, ends on 31 December. */
		if (field == PST_FIELD_DEBUT)
			g_date_set_dmy (&date, 1, 1, (GDateYear) v);
		else
			g_date_set_dmy (&date, 31, 12, (GDateYear) v);
		err = PST_OK;
	} else if (cell->kind == PST_CELL_NUMBER) {
		pst_cell_set (&a->values[field], PST_CELL_DATE, cell->text, v);
		return;
	} else
		err = echeance_parse_once (imp, cell->text, &date);
	if (err == PST_OK) {
		pst_cell_set (&a->values[field], PST_CELL_DATE, cell->text,
			  pst_date_to_serial (&date));
		/* "03/2025 - 12/2025" in the one date column: the period
		 * gives the start too. */
		if (field == PST_FIELD_FIN && imp_role_column (imp, PST_FIELD_DEBUT) < 0 &&
		    a->values[PST_FIELD_DEBUT].kind == PST_CELL_BLANK &&
		    pst_echeance_range_start (cell->text, 0, &date))
			pst_cell_set (&a->values[PST_FIELD_DEBUT], PST_CELL_DATE, cell->text,
				      pst_date_to_serial (&date));
	} else if (err == PST_ERROR_NA)
		keep_unread (imp, a, row, PST_GRAVITE_INFO, field, cell->text,
			     "échéance récurrente, sans date unique");
	else if (is_ongoing (cell->text))
		keep_unread (imp, a, row, PST_GRAVITE_INFO, field, cell->text,
			     "action permanente, sans date de fin");
	else
		keep_unread (imp, a, row, PST_GRAVITE_AVERTISSEMENT, field, cell->text,
			     "date illisible");
}

/* A mark in a column "Avancement (sur 10)": 5 is half done. */
static gboolean
progress_out_of_ten (PstCell const *cell, double *fraction)
{
	char const *end;
	double v;

	if (cell->kind == PST_CELL_NUMBER)
		v = cell->number;
	else if (cell->kind != PST_CELL_TEXT || strchr (cell->text, '%') || strchr (cell->text, '/') ||
		 !pst_text_parse_decimal (cell->text, &v, &end) || !pst_text_is_blank (end))
		return FALSE;
	if (!isfinite (v))
		return FALSE;
	*fraction = v / 10;
	return TRUE;
}

static void
set_amount (Importer *imp, PstAction *a, int row, int field, PstCell const *cell)
{
	double v;
	char const *end, *text = cell->text;

	/* An amount too large for a double (1e+400) is no amount. */
	if (cell->kind == PST_CELL_NUMBER && isfinite (cell->number)) {
		pst_cell_set (&a->values[field], PST_CELL_NUMBER, cell->text,
			      cell->number * imp->amount_scale);
		return;
	}
	/* "€ 1.500", "EUR 1 500": the currency before the amount. */
	if (cell->kind == PST_CELL_TEXT) {
		text += strspn (text, " ");
		if (g_str_has_prefix (text, "€"))
			text += strlen ("€");
		else if (g_ascii_strncasecmp (text, "eur ", 4) == 0)
			text += 4;
	}
	if (cell->kind == PST_CELL_TEXT &&
	    pst_text_parse_decimal (text, &v, &end) && isfinite (v)) {
		/* "1.500" in euros is fifteen hundred: a dot before three
		 * digits and no decimal comma separates thousands. */
		char const *dot = strchr (text, '.');
		char *rest = pst_text_fold (end);
		gboolean thousands = strcmp (g_strstrip (rest), "k€") == 0 || strcmp (rest, "keur") == 0;
		gboolean unit_only = thousands || rest[0] == '\0' || strcmp (rest, "€") == 0 ||
			strcmp (rest, "eur") == 0 || strcmp (rest, "euros") == 0 ||
			strcmp (rest, "etp") == 0;

		g_free (rest);
		if ((field == PST_FIELD_BUDGET || field == PST_FIELD_ENGAGE) && dot &&
		    !strchr (text, ',') && strchr (dot + 1, '.') == NULL &&
		    strspn (dot + 1, "0123456789") == 3 && end == dot + 4)
			v *= 1000;
		if (unit_only) {
			/* "150 k€", or a column whose header says k€. */
			v *= thousands ? 1000 : imp->amount_scale;
			pst_cell_set (&a->values[field], PST_CELL_NUMBER, cell->text, v);
			return;
		}
	}
	if (field == PST_FIELD_CIBLE || field == PST_FIELD_REALISE)
		pst_cell_set (&a->values[field], PST_CELL_TEXT, cell->text, 0);
	else
		keep_unread (imp, a, row, PST_GRAVITE_AVERTISSEMENT, field, cell->text,
			     "montant illisible");
}

/* The cell's text in the extra column of Plan that column @col keeps,
 * when it has one. */
static void
keep_in_extra (Importer *imp, PstAction *a, int col, PstCell const *cell)
{
	guint i;

	if (imp->extra_of_col[col] < 0)
		return;
	i = imp->extra_of_col[col];
	g_ptr_array_set_size (a->extras, MAX (a->extras->len, i + 1));
	g_free (g_ptr_array_index (a->extras, i));
	g_ptr_array_index (a->extras, i) = g_strdup (cell->text);
}

/* One of several columns of amounts for one field: the field holds
 * their sum, and each column's value stays under its own header. */
static void
add_amount (Importer *imp, PstAction *a, int row, int col, int field,
	    PstCell const *cell)
{
	PstCell *sum = &a->values[field];
	double before = sum->kind == PST_CELL_NUMBER ? sum->number : 0;
	gboolean had = sum->kind == PST_CELL_NUMBER;

	if (had)
		pst_cell_set (sum, PST_CELL_BLANK, NULL, 0);
	set_amount (imp, a, row, field, cell);
	imp->n_values[field]++;
	if (sum->kind == PST_CELL_NUMBER) {
		char *text = g_strdup_printf ("%.15g", sum->number + before);
		pst_cell_set (sum, PST_CELL_NUMBER, text, sum->number + before);
		g_free (text);
	} else if (had) {
		char *text = g_strdup_printf ("%.15g", before);
		pst_cell_set (sum, PST_CELL_NUMBER, text, before);
		g_free (text);
	}
	keep_in_extra (imp, a, col, cell);
}

/* A progress typed as a fraction ("3/4", "½") or after a status ("en
 * cours (50 %)", the status kept when the row has none). */
static gboolean
progress_as_typed (PstAction *a, char const *text, double *fraction)
{
	static struct { char const *glyph; double value; } const glyphs[] = {
		{ "½", 0.5 }, { "¼", 0.25 }, { "¾", 0.75 }, { "⅓", 1.0 / 3 }, { "⅔", 2.0 / 3 }
	};
	char const *open = strchr (text, '(');
	char *end, *bare = g_strstrip (g_strdup (text));
	gsize i;
	double num, den;

	for (i = 0; i < G_N_ELEMENTS (glyphs); i++)
		if (strcmp (bare, glyphs[i].glyph) == 0) {
			*fraction = glyphs[i].value;
			g_free (bare);
			return TRUE;
		}
	g_free (bare);
	num = g_ascii_strtod (text, &end);
	if (end != text && *end == '/') {
		char const *d = end + 1;
		den = g_ascii_strtod (d, &end);
		if (end != d && pst_text_is_blank (end) && den > 0 && num >= 0 && num <= den) {
			*fraction = num / den;
			return TRUE;
		}
	}
	if (open && strchr (open, ')')) {
		char *inner = g_strndup (open + 1, strchr (open, ')') - open - 1);
		char *outer = g_strndup (text, open - text);
		gboolean ok = pst_taux_from_text (inner, fraction) == PST_OK;
		PstStatus s = pst_status_parse (outer);
		if (ok && s != PST_STATUS_UNKNOWN && a->values[PST_FIELD_STATUT].kind == PST_CELL_BLANK)
			pst_cell_set (&a->values[PST_FIELD_STATUT], PST_CELL_TEXT, pst_status_code (s), 0);
		g_free (inner);
		g_free (outer);
		return ok;
	}
	return FALSE;
}

/* One item of a legend, "✔ terminé" or "⏳ = en cours": a mark that is
 * no word, then the words it stands for. */
static void
legend_item (Importer *imp, char const *item)
{
	char const *p = item + strspn (item, " ");
	char const *words = p;
	char *mark, **alternatives;
	int i;

	while (*words && !g_unichar_isalnum (g_utf8_get_char (words)) && *words != ' ')
		words = g_utf8_next_char (words);
	if (words == p)
		return;
	mark = g_strndup (p, words - p);
	words += strspn (words, " =:");
	/* "problème / bloqué": one of the words the mark stands for. */
	alternatives = g_strsplit (words, "/", -1);
	for (i = 0; alternatives[i] && mark; i++) {
		g_strstrip (alternatives[i]);
		if (pst_status_parse (alternatives[i]) != PST_STATUS_UNKNOWN ||
		    pst_meteo_parse (alternatives[i]) != PST_METEO_UNKNOWN) {
			g_hash_table_insert (imp->legend, mark, g_strdup (alternatives[i]));
			mark = NULL;
		}
	}
	g_strfreev (alternatives);
	g_free (mark);
}

/* The items of a list written "a – b – c", "a - b", "a; b", "a, b". */
static char **
split_items (char const *text)
{
	static char const *const separators[] = { "–", "—", " - ", ";", ",", "|" };
	GString *s = g_string_new (text);
	char **items;
	gsize i;

	for (i = 0; i < G_N_ELEMENTS (separators); i++)
		g_string_replace (s, separators[i], "\n", 0);
	items = g_strsplit (s->str, "\n", -1);
	g_string_free (s, TRUE);
	return items;
}

/* "Légende : ✔ terminé – ⏳ en cours – ✖ abandonné", in one cell or one
 * item a cell: the marks a plan writes for its statuses and météos. */
void
imp_read_legend (Importer *imp, PstSheet const *sheet)
{
	int r, c;

	g_hash_table_remove_all (imp->legend);
	for (r = 0; r < sheet->n_rows; r++) {
		/* A legend stands above a table or below it. */
		if (r == 30 && sheet->n_rows > 60)
			r = sheet->n_rows - 30;
		for (c = 0; c < pst_sheet_row_width (sheet, r); c++) {
			char const *t = pst_cell_text (pst_sheet_cell (sheet, r, c));
			char *f, **items;
			int i;

			/* Most cells are no legend: fold only what may be one. */
			if (t == NULL || (t[0] != 'L' && t[0] != 'l') || strlen (t) > 400)
				continue;
			f = pst_text_fold (t);
			if (!g_str_has_prefix (f, "legende")) {
				g_free (f);
				continue;
			}
			g_free (f);
			t = strchr (t, ':') ? strchr (t, ':') + 1 : t + strlen ("Légende");
			items = split_items (t);
			for (i = 0; items[i]; i++)
				legend_item (imp, items[i]);
			g_strfreev (items);
			/* Items in the cells to the right of "Légende". */
			for (i = c + 1; i < pst_sheet_row_width (sheet, r); i++)
				if (pst_cell_text (pst_sheet_cell (sheet, r, i)))
					legend_item (imp, pst_cell_text (pst_sheet_cell (sheet, r, i)));
		}
	}
}

/* A status or météo written as a mark of the sheet's legend. */
static char const *
legend_words (Importer *imp, char const *text)
{
	char *key;
	char const *words;

	if (g_hash_table_size (imp->legend) == 0)
		return text;
	key = g_strstrip (g_strdup (text));
	words = g_hash_table_lookup (imp->legend, key);
	g_free (key);
	return words ? words : text;
}

/* "En cours - 40%", "En cours (50 %)", "100 % - Terminé", "En cours / 25 %":
 * the status's words, the percentage and what joins it taken out; the
 * percentage ("40%") in *@percent, NULL when the text has none. */
static char *
status_without_percent (char const *text, char **percent)
{
	char const *sign = strchr (text, '%'), *start, *end;
	GString *words;

	*percent = NULL;
	if (sign == NULL || strchr (sign + 1, '%'))
		return g_strdup (text);
	for (start = sign; start > text && start[-1] == ' '; start--)
		;
	if (start == text || !g_ascii_isdigit (start[-1]))
		return g_strdup (text);
	while (start > text && g_ascii_isdigit (start[-1]))
		start--;
	/* "12,5 %": a decimal part, not the comma of "En cours, 60%". */
	if (start - text >= 2 && (start[-1] == ',' || start[-1] == '.') && g_ascii_isdigit (start[-2]))
		for (start--; start > text && g_ascii_isdigit (start[-1]); start--)
			;
	*percent = g_strndup (start, sign + 1 - start);
	/* The joining characters on either side go with it. */
	for (end = sign + 1; *end && strchr (" -/,;:)", *end); end++)
		;
	while (start > text && strchr (" -/,;:(", start[-1]))
		start--;
	words = g_string_new_len (text, start - text);
	if (words->len > 0 && *end)
		g_string_append_c (words, ' ');
	g_string_append (words, end);
	return g_string_free (words, FALSE);
}

/* Fields of one value; the others join their values with " ; ". */
static gboolean
field_is_single (int field)
{
	switch (field) {
	case PST_FIELD_SERVICE:
	case PST_FIELD_RESPONSABLE:
	case PST_FIELD_FINANCEMENT:
	case PST_FIELD_INDICATEUR:
	case PST_FIELD_PRIORITE:
	case PST_FIELD_COMMENTAIRE:
		return FALSE;
	default:
		return TRUE;
	}
}

static void
set_value (Importer *imp, PstAction *a, int row, int field, PstCell const *cell)
{
	char const *text = pst_cell_text (cell);
	double fraction;
	PstError err;

	imp->n_values[field]++;
	/* Two columns for one field ("Début" twice): the first is kept, the
	 * second would overwrite it. */
	if (field_is_single (field) && a->values[field].kind != PST_CELL_BLANK) {
		keep_unread (imp, a, row, PST_GRAVITE_AVERTISSEMENT, field, text,
			     "une autre colonne a déjà donné ce champ");
		return;
	}

	switch (field) {
	case PST_FIELD_DEBUT:
	case PST_FIELD_FIN:
		set_date (imp, a, row, field, cell);
		break;
	case PST_FIELD_STATUT: {
		char *percent = NULL;
		char *words = status_without_percent (text, &percent);
		PstStatus s = status_parse_once (imp, legend_words (imp, words));

		g_free (words);
		if (s == PST_STATUS_UNKNOWN) {
			keep_unread (imp, a, row, PST_GRAVITE_AVERTISSEMENT, field, text,
				     "statut inconnu");
			g_free (percent);
			break;
		}
		pst_cell_set (&a->values[field], PST_CELL_TEXT, pst_status_code (s), 0);
		/* "En cours (50 %)", "En cours - 40%", "100 % - Terminé": the
		 * progress beside the status, where no column gives it. */
		if (percent && imp_role_column (imp, PST_FIELD_AVANCEMENT) < 0 &&
		    a->values[PST_FIELD_AVANCEMENT].kind == PST_CELL_BLANK &&
		    pst_taux_from_text (percent, &fraction) == PST_OK)
			pst_cell_set (&a->values[PST_FIELD_AVANCEMENT], PST_CELL_NUMBER, percent, fraction);
		g_free (percent);
		break;
	}
	case PST_FIELD_AVANCEMENT:
		if (imp->progress_of_ten && progress_out_of_ten (cell, &fraction))
			err = fraction >= 0 && fraction <= 1 ? PST_OK : PST_ERROR_NUM;
		else if (imp->progress_of_hundred && cell->kind == PST_CELL_NUMBER && isfinite (cell->number))
			/* 25, 50, 1 in a column of 0 to 100: 1 is 1 %. */
			err = pst_taux_from_number (cell->number / 100, &fraction);
		else
			err = cell->kind == PST_CELL_NUMBER
				? pst_taux_from_number (cell->number, &fraction)
				: pst_taux_from_text (text, &fraction);
		if (err != PST_OK && cell->kind == PST_CELL_TEXT &&
		    progress_as_typed (a, text, &fraction))
			err = PST_OK;
		if (err == PST_OK)
			pst_cell_set (&a->values[field], PST_CELL_NUMBER, text, fraction);
		else if (err == PST_ERROR_NUM)
			keep_unread (imp, a, row, PST_GRAVITE_ERREUR, field, text,
				     "avancement hors de 0 à 100 %");
		else if (pst_status_parse (text) != PST_STATUS_UNKNOWN &&
			 a->values[PST_FIELD_STATUT].kind == PST_CELL_BLANK)
			/* Burdinne writes "Avancement : en cours". */
			pst_cell_set (&a->values[PST_FIELD_STATUT], PST_CELL_TEXT,
				  pst_status_code (pst_status_parse (text)), 0);
		else
			keep_unread (imp, a, row, PST_GRAVITE_AVERTISSEMENT, field, text,
				     "avancement illisible");
		break;
	case PST_FIELD_METEO_DELAIS:
	case PST_FIELD_METEO_RESSOURCES:
	case PST_FIELD_METEO_GLOBALE: {
		PstMeteo m = pst_meteo_parse (legend_words (imp, text));
		if (m != PST_METEO_UNKNOWN)
			pst_cell_set (&a->values[field], PST_CELL_TEXT, pst_meteo_word (m), 0);
		else
			keep_unread (imp, a, row, PST_GRAVITE_AVERTISSEMENT, field, text,
				     "météo inconnue");
		break;
	}
	case PST_FIELD_ARTICLE: {
		PstArticle article;
		char *exercice;
		PstError err = pst_article_parse_written (text, &article, &exercice);
		if (exercice) {
			/* "2025 922/723-60": the year goes to Commentaire. */
			char *note = g_strdup_printf ("Exercice de l’article : %s", exercice);
			pst_cell_append_text (&a->values[PST_FIELD_COMMENTAIRE], " ; ", note);
			g_free (note);
			g_free (exercice);
		}
		if (err == PST_OK) {
			pst_cell_set (&a->values[field], PST_CELL_TEXT, article.canonical, 0);
			if (pst_article_economic_code (&article) == NULL)
				imp_anomaly (imp, row, PST_GRAVITE_AVERTISSEMENT,
					 "Article « %s » : code économique absent de la classification.",
					 text);
		} else
			keep_unread (imp, a, row, PST_GRAVITE_AVERTISSEMENT, field, text,
				     "article budgétaire invalide");
		break;
	}
	case PST_FIELD_BUDGET:
	case PST_FIELD_ENGAGE:
	case PST_FIELD_ETP:
	case PST_FIELD_CIBLE:
	case PST_FIELD_REALISE:
		set_amount (imp, a, row, field, cell);
		break;
	case PST_FIELD_COMMENTAIRE:
		pst_cell_append_text (&a->values[field], " ; ", text);
		break;
	default: {
		/* "Marie Dupont " and "Marie Dupont" are one person. */
		char *trimmed = pst_text_trim (text);
		if (a->values[field].kind == PST_CELL_BLANK)
			pst_cell_set (&a->values[field], PST_CELL_TEXT, trimmed, 0);
		else
			pst_cell_append_text (&a->values[field], " ; ", trimmed);
		g_free (trimmed);
		break;
	}
	}
}

void
imp_set_value (Importer *imp, PstAction *a, int row, int field, PstCell const *cell)
{
	set_value (imp, a, row, field, cell);
}

/* A value written as text on a row of its own ("Indicateur : …"). */
void
imp_set_text_value (Importer *imp, PstAction *a, int row, int field,
		    char const *text)
{
	PstCell cell = { PST_CELL_TEXT, 0, (char *) text, 0 };
	set_value (imp, a, row, field, &cell);
}

/* Whether a later column of @col's series has a value on @row. */
static gboolean
filled_later_in_series (Importer *imp, int row, int col)
{
	int d, width = pst_sheet_row_width (imp->sheet, row);

	for (d = col + 1; d < width && d < imp->table->n_cols; d++)
		if (imp->table->series[d] && imp->roles[d] == imp->roles[col] &&
		    pst_cell_text (pst_sheet_cell (imp->sheet, row, d)))
			return TRUE;
	return FALSE;
}

/* A value cell merged down over this action's row from a row above:
 * the value of the area's top, except an amount, which the actions share
 * and which is counted once, on the first. */
static PstCell const *
merged_value (Importer *imp, int row, int col)
{
	int top = pst_sheet_merged_from (imp->sheet, row, col), role = imp->roles[col];

	if (top < 0 || (imp->table && top <= imp->table->header_row) || !pst_role_is_value (role))
		return NULL;
	if (role == PST_FIELD_BUDGET || role == PST_FIELD_ENGAGE || role == PST_FIELD_ETP) {
		if (pst_cell_text (pst_sheet_cell (imp->sheet, top, col))) {
			imp->n_shared_amounts++;
			imp_anomaly (imp, row, PST_GRAVITE_AVERTISSEMENT,
				     "Montant « %s » fusionné sur plusieurs actions : compté une fois, sur la première.",
				     pst_cell_text (pst_sheet_cell (imp->sheet, top, col)));
		}
		return NULL;
	}
	return pst_sheet_cell (imp->sheet, top, col);
}

void
imp_fill_values (Importer *imp, PstAction *a, int row)
{
	int c, width = pst_sheet_row_width (imp->sheet, row);
	if (!imp->has_header)
		return;
	/* Merged cells leave the rows under their top empty. */
	if (imp->sheet->merge_top)
		width = imp->sheet->n_cols;
	for (c = 0; c < width; c++) {
		PstCell const *cell = pst_sheet_cell (imp->sheet, row, c);
		int role = imp->roles[c];
		if (pst_cell_text (cell) == NULL && imp->sheet->merge_top &&
		    (cell = merged_value (imp, row, c)) == NULL)
			continue;
		if (pst_cell_text (cell) == NULL)
			continue;
		if (role == PST_ROLE_NONE && imp->extra_of_col[c] == EXTRA_LAZY)
			imp->extra_of_col[c] = imp_place_extra (imp, row, c);
		/* A column whose header says k€: its amounts in thousands. */
		imp->amount_scale = imp->table->thousands[c] ? 1000 : 1;
		imp->progress_of_ten = imp->table->out_of_ten[c];
		imp->progress_of_hundred = imp->table->hundreds[c];
		if (pst_role_is_value (role) && c < imp->table->n_cols && imp->table->series[c]) {
			keep_in_extra (imp, a, c, cell);
			if (!filled_later_in_series (imp, row, c))
				set_value (imp, a, row, role, cell);
		} else if (pst_role_is_value (role) && imp->summed[c])
			add_amount (imp, a, row, c, role, cell);
		else if (pst_role_is_value (role))
			set_value (imp, a, row, role, cell);
		else if (role == PST_FIELD_ENTITE)
			pst_cell_set (&a->values[role], PST_CELL_TEXT, cell->text, 0);
		else if (role == PST_ROLE_NONE && imp->extra_of_col[c] >= 0)
			keep_in_extra (imp, a, c, cell);
		else if (role == PST_ROLE_NONE &&
			   imp->extra_of_col[c] == EXTRA_IN_COMMENT) {
			char *title = imp_column_title (imp, c);
			char *note = g_strdup_printf ("%s : %s", title, cell->text);
			pst_cell_append_text (&a->values[PST_FIELD_COMMENTAIRE], " ; ", note);
			g_free (note);
			g_free (title);
		}
		imp->amount_scale = 1;
		imp->progress_of_ten = FALSE;
		imp->progress_of_hundred = FALSE;
	}
	if (imp->table->article_fonction >= 0) {
		char const *f = imp_text_at (imp, row, imp->table->article_fonction);
		char const *e = imp_text_at (imp, row, imp->table->article_economique);
		if (f && e) {
			char *joined = g_strconcat (f, "/", e, NULL);
			PstCell article = { PST_CELL_TEXT, 0, joined, 0 };
			set_value (imp, a, row, PST_FIELD_ARTICLE, &article);
			g_free (joined);
		}
	}
}

/* A status and a progress that contradict each other: the roll-ups follow
 * the status, and the officer should know. */
void
imp_check_consistency (Importer *imp, PstAction *a, int row)
{
	PstCell const *st = &a->values[PST_FIELD_STATUT];
	PstCell const *av = &a->values[PST_FIELD_AVANCEMENT];

	if (st->text == NULL || av->kind != PST_CELL_NUMBER)
		return;
	if (strcmp (st->text, "TERMINE") == 0 && av->number < 1)
		imp_anomaly (imp, row, PST_GRAVITE_AVERTISSEMENT,
			 "Action %s terminée mais avancée à %.0f %% : elle compte pour 100 %%.",
			 a->values[PST_FIELD_REF].text, av->number * 100);
	else if (strcmp (st->text, "NON_COMMENCE") == 0 && av->number > 0)
		imp_anomaly (imp, row, PST_GRAVITE_AVERTISSEMENT,
			 "Action %s non commencée mais avancée à %.0f %%.",
			 a->values[PST_FIELD_REF].text, av->number * 100);
}
