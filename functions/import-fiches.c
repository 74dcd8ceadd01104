/*
 * import-fiches.c: a sheet of "fiche action" blocks read as a table.
 *
 * Some plans write one block per action, a field a row: "Intitulé :" and
 * its value, "Pilote :", "Échéance :"…, the key in one cell and the value
 * in the next, or both in one cell.  Each block becomes one row of a
 * table whose header is the keys, so that the rest of the importer reads
 * it as any other table.
 */
#include "import-fiches.h"
#include "headers.h"
#include "reference.h"
#include "text.h"

#include <string.h>

/* No key of a fiche is this long. */
#define MAX_KEY_LEN 50

typedef struct {
	char	      *key;	/* as written, without its colon */
	int	       role;
	PstCell const *value;	/* NULL when the value shares the key's cell */
	char	      *inline_value;
} Field;

static void
field_clear (Field *f)
{
	g_free (f->key);
	g_free (f->inline_value);
}

static char *
strip_key (char const *text, gsize len)
{
	char *key = g_strndup (text, len);
	g_strstrip (key);
	while (*key && (key[strlen (key) - 1] == ':' || key[strlen (key) - 1] == ' '))
		key[strlen (key) - 1] = '\0';
	return key;
}

/* "Pilote :", "Échéance": a field's name, not a value ("O.S. 1" is a
 * code, whatever the synonyms say of "O.S."). */
static gboolean
is_key (char const *text, int *role)
{
	PstRefScan scan;
	char *key;
	if (g_utf8_strlen (text, -1) > MAX_KEY_LEN ||
	    (pst_ref_scan (text, &scan) && scan.n_numbers > 0))
		return FALSE;
	key = strip_key (text, strlen (text));
	*role = pst_header_role (key);
	g_free (key);
	return *role != PST_ROLE_NONE || text[strlen (text) - 1] == ':';
}

/* A value that is a header as a whole ("Objectif stratégique" beside
 * "Code OS"): the row is a table's header, not a fiche's fields. */
static gboolean
is_header_word (PstCell const *cell)
{
	gboolean exact;
	return cell->kind == PST_CELL_TEXT &&
		pst_header_role_full (cell->text, &exact) != PST_ROLE_NONE && exact;
}

/* "FICHE ACTION 1.2.3", "Fiche n° 4": a block's title, read as its code. */
static gboolean
read_title (char const *t, Field *f)
{
	char *folded = pst_text_fold (t);
	gboolean title = g_str_has_prefix (folded, "fiche") && strlen (t) <= MAX_KEY_LEN;
	char const *p = t;

	g_free (folded);
	if (!title)
		return FALSE;
	while (*p && !g_ascii_isdigit (*p))
		p++;
	f->key = g_strdup ("Fiche action");
	f->role = PST_ROLE_CODE;
	f->inline_value = g_strstrip (g_strdup (p));
	return TRUE;
}

/*
 * The fields of a row: "Key | value", several such pairs side by side
 * ("Pilote | Mme Dupont | Service | Service social"), "Key : value" in
 * one cell, or a block's title.  Appends to @fields (Field) and returns
 * how many; none when the row is no row of fields.
 */
static int
read_fields (PstSheet const *sheet, int row, GArray *fields)
{
	int c, width = pst_sheet_row_width (sheet, row), n = 0, i;
	int cols[64];
	char const *t;
	Field f;

	for (c = 0; c < width; c++)
		if (pst_cell_text (pst_sheet_cell (sheet, row, c))) {
			if (n == G_N_ELEMENTS (cols))
				return 0;
			cols[n++] = c;
		}
	/* A fiche's row holds a field or a few side by side; a table's row
	 * holds more. */
	if (n == 0 || n > 8)
		return 0;
	for (i = 0; i < n; i += 2)
		if (pst_sheet_cell (sheet, row, cols[i])->kind != PST_CELL_TEXT)
			return 0;
	t = pst_cell_text (pst_sheet_cell (sheet, row, cols[0]));
	memset (&f, 0, sizeof f);
	if (n == 1) {
		char const *colon = strchr (t, ':');
		if (read_title (t, &f)) {
			g_array_append_val (fields, f);
			return 1;
		}
		if (colon == NULL || colon - t > MAX_KEY_LEN || pst_text_is_blank (colon + 1))
			return 0;
		f.key = strip_key (t, colon - t);
		f.role = pst_header_role (f.key);
		if (f.role == PST_ROLE_NONE) {
			g_free (f.key);
			return 0;
		}
		f.inline_value = g_strstrip (g_strdup (colon + 1));
		g_array_append_val (fields, f);
		return 1;
	}
	/* Pairs side by side; a last key left without its value ("% de
	 * réalisation" not filled in yet) says nothing. */
	for (i = 0; i < n; i += 2) {
		int role;
		if (!is_key (pst_cell_text (pst_sheet_cell (sheet, row, cols[i])), &role) ||
		    (i + 1 < n && is_header_word (pst_sheet_cell (sheet, row, cols[i + 1]))))
			return 0;
	}
	for (i = 0; i + 1 < n; i += 2) {
		t = pst_cell_text (pst_sheet_cell (sheet, row, cols[i]));
		memset (&f, 0, sizeof f);
		f.key = strip_key (t, strlen (t));
		f.role = pst_header_role (f.key);
		f.value = pst_sheet_cell (sheet, row, cols[i + 1]);
		g_array_append_val (fields, f);
	}
	return n / 2;
}

static void
clear_fields (GArray *fields)
{
	guint i;
	for (i = 0; i < fields->len; i++)
		field_clear (&g_array_index (fields, Field, i));
	g_array_set_size (fields, 0);
}

static gboolean
names_action (int role)
{
	return role == PST_FIELD_ACTION || role == PST_ROLE_LABEL;
}

static int
key_column (GPtrArray *keys, char const *key)
{
	char *folded = pst_text_fold (key);
	guint i;
	for (i = 0; i < keys->len; i++)
		if (strcmp (g_ptr_array_index (keys, i), folded) == 0)
			break;
	if (i == keys->len)
		g_ptr_array_add (keys, folded);
	else
		g_free (folded);
	return i;
}

PstSheet *
pst_fiches_as_table (PstSheet const *sheet, int **origin, GArray *other_rows)
{
	int r, filled = 0, field_rows = 0, labels = 0, n_blocks = 0, block = -1;
	GPtrArray *keys, *key_texts;
	GArray *block_of_row, *seen, *fields = g_array_new (FALSE, TRUE, sizeof (Field));
	PstSheet *table;
	guint i;

	*origin = NULL;
	for (r = 0; r < sheet->n_rows; r++) {
		int c, width = pst_sheet_row_width (sheet, r);
		for (c = 0; c < width && !pst_cell_filled (pst_sheet_cell (sheet, r, c)); c++)
			;
		if (c == width)
			continue;
		filled++;
		if (read_fields (sheet, r, fields) > 0)
			field_rows++;
		/* A sheet of fiches is fields from its first rows on. */
		if (filled >= 200 && field_rows * 2 < filled) {
			clear_fields (fields);
			break;
		}
		for (i = 0; i < fields->len; i++)
			labels += names_action (g_array_index (fields, Field, i).role);
		clear_fields (fields);
	}
	/* Mostly fields, and the action's name given at least twice. */
	if (labels < 2 || field_rows * 10 < filled * 6) {
		g_array_free (fields, TRUE);
		return NULL;
	}

	keys = g_ptr_array_new_with_free_func (g_free);
	key_texts = g_ptr_array_new_with_free_func (g_free);
	block_of_row = g_array_new (FALSE, FALSE, sizeof (int));
	seen = g_array_new (FALSE, TRUE, sizeof (guint8));
	/* The blocks and the keys: a block ends where a key it already has
	 * comes again. */
	for (r = 0; r < sheet->n_rows; r++) {
		int b = -1;
		read_fields (sheet, r, fields);
		for (i = 0; i < fields->len; i++) {
			Field const *f = &g_array_index (fields, Field, i);
			guint col = key_column (keys, f->key);
			if (col == key_texts->len)
				g_ptr_array_add (key_texts, g_strdup (f->key));
			if (seen->len <= col)
				g_array_set_size (seen, col + 1);
			if (block < 0 || g_array_index (seen, guint8, col)) {
				block = n_blocks++;
				memset (seen->data, 0, seen->len);
			}
			g_array_index (seen, guint8, col) = 1;
			b = block;
		}
		clear_fields (fields);
		g_array_append_val (block_of_row, b);
	}

	table = pst_sheet_new (sheet->name, n_blocks + 1, MAX (keys->len, 1));
	table->hidden = sheet->hidden;
	*origin = g_new (int, table->n_rows);
	for (i = 0; i < (guint) table->n_rows; i++)
		(*origin)[i] = -1;
	for (i = 0; i < key_texts->len; i++)
		pst_sheet_set (table, 0, i, PST_CELL_TEXT, g_ptr_array_index (key_texts, i), 0);
	for (r = 0; r < sheet->n_rows; r++) {
		int b = g_array_index (block_of_row, int, r);
		if (b < 0) {
			if (pst_sheet_row_width (sheet, r) > 0)
				g_array_append_val (other_rows, r);
			continue;
		}
		if ((*origin)[b + 1] < 0)
			(*origin)[b + 1] = r;
		else
			g_array_append_val (other_rows, r);
		read_fields (sheet, r, fields);
		for (i = 0; i < fields->len; i++) {
			Field const *f = &g_array_index (fields, Field, i);
			int col = key_column (keys, f->key);
			/* A pair that starts the next block still belongs to
			 * its row's block: rows are not split. */
			if (f->value)
				pst_sheet_set (table, b + 1, col, f->value->kind, f->value->text,
					       f->value->number);
			else
				pst_sheet_set (table, b + 1, col, PST_CELL_TEXT, f->inline_value, 0);
		}
		clear_fields (fields);
	}
	(*origin)[0] = (*origin)[1];
	g_array_free (fields, TRUE);
	g_array_free (seen, TRUE);
	g_array_free (block_of_row, TRUE);
	g_ptr_array_free (keys, TRUE);
	g_ptr_array_free (key_texts, TRUE);
	return table;
}
