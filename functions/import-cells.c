/*
 * import-cells.c: the cells of a table as the importer reads them: texts,
 * roles, sources, anomalies, and the extra columns of Plan.
 */
#include "import-private.h"
#include "headers.h"
#include "reference.h"
#include "text.h"

#include <stdarg.h>
#include <string.h>

char const *
imp_text_at (Importer *imp, int row, int col)
{
	if (col < 0)
		return NULL;
	return pst_cell_text (pst_sheet_cell (imp->sheet, row, col));
}

int
imp_first_nonempty (Importer *imp, int row, int from)
{
	int c, width = pst_sheet_row_width (imp->sheet, row);
	for (c = MAX (from, 0); c < width; c++)
		if (imp_text_at (imp, row, c))
			return c;
	return -1;
}

int
imp_filled_cells (Importer *imp, int row)
{
	int c, n = 0, width = pst_sheet_row_width (imp->sheet, row);
	for (c = 0; c < width; c++)
		n += imp_text_at (imp, row, c) != NULL;
	return n;
}

static char *
row_contents (Importer *imp, int row)
{
	return pst_sheet_row_text (imp->sheet, row);
}

/* Named by its first filled cell, even an error value: a row of errors
 * only is accounted for like any other. */
char *
imp_row_source (Importer *imp, int row)
{
	if (imp->row_origin)
		return pst_row_source (imp->grid->file, imp->source_sheet,
				       MAX (imp->row_origin[row], 0));
	return pst_row_source (imp->grid->file, imp->sheet, row);
}

void
imp_anomaly (Importer *imp, int row, PstGravite gravite, char const *fmt, ...)
{
	va_list args;

	va_start (args, fmt);
	pst_plan_take_anomaly_valist (imp->plan, imp_row_source (imp, row), gravite,
				      row_contents (imp, row), fmt, args);
	va_end (args);
}

int
imp_role_column (Importer *imp, int role)
{
	if (!imp->has_header || role < 0 || role >= PST_N_ROLES)
		return -1;
	return imp->role_col[role];
}

char const *
imp_role_text (Importer *imp, int row, int role)
{
	return imp_text_at (imp, row, imp_role_column (imp, role));
}

/* "AB" for the column 27. */
static char *
column_letters (int col)
{
	char *name = pst_cell_name (0, col);
	name[strlen (name) - 1] = '\0';	/* "AB1" → "AB" */
	return name;
}

/* A column's title: its header, or its letters when it has none. */
char *
imp_column_title (Importer *imp, int col)
{
	char *header = imp->table ? pst_table_header (imp->sheet, imp->table, col) : NULL;
	char *letters, *title;

	if (header)
		return header;
	letters = column_letters (col);
	title = g_strdup_printf ("Colonne %s", letters);
	g_free (letters);
	return title;
}

/* The extra column of Plan named @name, made when new; EXTRA_IN_COMMENT
 * when it already holds a column of this table (its values would
 * overwrite each other) or when Plan has no room left. */
int
imp_extra_column (Importer *imp, char const *name)
{
	guint i = GPOINTER_TO_UINT (g_hash_table_lookup (imp->extra_index, name));

	if (i == 0) {
		if (imp->plan->extra_headers->len >= PST_MAX_EXTRA_COLUMNS)
			return EXTRA_IN_COMMENT;
		g_ptr_array_add (imp->plan->extra_headers, g_strdup (name));
		i = imp->plan->extra_headers->len;
		g_hash_table_insert (imp->extra_index, g_strdup (name), GUINT_TO_POINTER (i));
		g_array_set_size (imp->extra_table, i);
	} else if (g_array_index (imp->extra_table, guint, i - 1) == imp->n_tables)
		return EXTRA_IN_COMMENT;
	g_array_index (imp->extra_table, guint, i - 1) = imp->n_tables;
	return i - 1;
}

/* The extra column of Plan for the column @col of the table, reported on
 * @row when there is none left. */
static gboolean
is_field_header (char const *title)
{
	int f;
	for (f = 0; f < PST_N_FIELDS; f++)
		if (strcmp (title, pst_field_header (f)) == 0)
			return TRUE;
	return FALSE;
}

int
imp_place_extra (Importer *imp, int row, int col)
{
	char *title = imp_column_title (imp, col);
	/* A "Budget" kept aside is no column Budget of Plan. */
	int extra = is_field_header (title) ? EXTRA_IN_COMMENT : imp_extra_column (imp, title);

	if (extra == EXTRA_IN_COMMENT) {
		/* Two columns of one title are two columns of Plan: the
		 * second is told apart by its letters. */
		char *letters = column_letters (col);
		char *name = g_strdup_printf ("%s (colonne %s)", title, letters);
		extra = imp_extra_column (imp, name);
		g_free (name);
		g_free (letters);
	}
	if (extra == EXTRA_IN_COMMENT && imp->full_table != imp->n_tables) {
		imp->full_table = imp->n_tables;
		imp_anomaly (imp, row, PST_GRAVITE_AVERTISSEMENT,
			 "Trop de colonnes sans champ PST (plus de %d) : à partir de « %s », leurs valeurs sont gardées dans Commentaire.",
			 PST_MAX_EXTRA_COLUMNS, title);
	}
	g_free (title);
	return extra;
}

void
imp_adopt_header (Importer *imp, int row, PstTable const *table)
{
	int c;
	imp->table = table;
	memcpy (imp->roles, table->roles, imp->sheet->n_cols * sizeof (int));
	imp->has_header = TRUE;
	imp->n_tables++;
	/* Two columns of one role: the first places the row, the others
	 * are kept as they are. */
	for (c = 0; c < imp->sheet->n_cols; c++) {
		int d;
		if (imp->roles[c] == PST_ROLE_NONE || pst_role_is_value (imp->roles[c]))
			continue;
		for (d = c + 1; d < imp->sheet->n_cols; d++)
			if (imp->roles[d] == imp->roles[c])
				imp->roles[d] = PST_ROLE_NONE;
	}
	for (c = 0; c < PST_N_ROLES; c++)
		imp->role_col[c] = -1;
	for (c = imp->sheet->n_cols - 1; c >= 0; c--)
		if (imp->roles[c] != PST_ROLE_NONE)
			imp->role_col[imp->roles[c]] = c;
	/* A column with a header is a column of Plan even when empty; one
	 * without gets a column at its first value, so that a sheet 16 384
	 * columns wide does not fill Plan with empty ones. */
	for (c = 0; c < imp->sheet->n_cols; c++)
		imp->extra_of_col[c] = imp->roles[c] != PST_ROLE_NONE ? EXTRA_NONE
			: imp_text_at (imp, row, c) ? imp_place_extra (imp, row, c)
			: EXTRA_LAZY;
	if (imp->role_col[PST_ROLE_AXE] >= 0)
		imp->axe_col = imp_place_extra (imp, row, imp->role_col[PST_ROLE_AXE]);
	for (c = 0; c < imp->sheet->n_cols; c++) {
		int d, role = imp->roles[c];
		imp->summed[c] = FALSE;
		if (table->series[c]) {
			imp->extra_of_col[c] = imp_place_extra (imp, row, c);
			continue;
		}
		if (role != PST_FIELD_BUDGET && role != PST_FIELD_ENGAGE && role != PST_FIELD_ETP)
			continue;
		for (d = 0; d < imp->sheet->n_cols; d++)
			if (d != c && imp->roles[d] == role)
				imp->summed[c] = TRUE;
		if (imp->summed[c])
			imp->extra_of_col[c] = imp_place_extra (imp, row, c);
	}
}

/* Each error value of the row, once: the cell is then read as blank. */
void
imp_report_errors (Importer *imp, int row)
{
	int c, width = pst_sheet_row_width (imp->sheet, row);

	for (c = 0; c < width; c++) {
		PstCell const *cell = pst_sheet_cell (imp->sheet, row, c);
		char *name;

		if (cell->kind != PST_CELL_ERROR || !pst_cell_filled (cell))
			continue;
		name = pst_cell_name (row, c);
		imp_anomaly (imp, row, PST_GRAVITE_AVERTISSEMENT,
			 "Valeur d’erreur « %s » en %s : une formule du classeur source a échoué ; la cellule est lue comme vide.",
			 cell->text, name);
		g_free (name);
	}
}

gboolean
imp_starts_with_word (char const *folded, char const *word)
{
	gsize n = strlen (word);
	return strncmp (folded, word, n) == 0 && !g_ascii_isalpha (folded[n]);
}

/* Whether @text, folded, its apostrophes and dashes as spaces, starts
 * with one of @words as a whole word. */
gboolean
imp_starts_with_any (char const *text, char const *const *words, gsize n_words)
{
	char *f = pst_text_fold (text);
	gsize i;
	gboolean yes = FALSE;

	g_strdelimit (f, "'’-_", ' ');
	for (i = 0; i < n_words && !yes; i++)
		yes = imp_starts_with_word (f, words[i]);
	g_free (f);
	return yes;
}
