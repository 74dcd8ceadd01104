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

/* A row "Key | value", or "Key : value" in one cell. */
static gboolean
read_field (PstSheet const *sheet, int row, Field *f)
{
	int c, width = pst_sheet_row_width (sheet, row), first = -1, second = -1, n = 0;
	char const *t;

	memset (f, 0, sizeof *f);
	for (c = 0; c < width; c++)
		if (pst_cell_text (pst_sheet_cell (sheet, row, c))) {
			if (first < 0)
				first = c;
			else if (second < 0)
				second = c;
			n++;
		}
	if (n == 0 || n > 2)
		return FALSE;
	t = pst_cell_text (pst_sheet_cell (sheet, row, first));
	if (pst_sheet_cell (sheet, row, first)->kind != PST_CELL_TEXT)
		return FALSE;
	if (n == 2 && g_utf8_strlen (t, -1) <= MAX_KEY_LEN) {
		f->key = strip_key (t, strlen (t));
		f->role = pst_header_role (f->key);
		if (f->role == PST_ROLE_NONE && t[strlen (t) - 1] != ':') {
			field_clear (f);
			return FALSE;
		}
		f->value = pst_sheet_cell (sheet, row, second);
		return TRUE;
	}
	if (n == 1) {
		char const *colon = strchr (t, ':');
		if (colon == NULL || colon - t > MAX_KEY_LEN || pst_text_is_blank (colon + 1))
			return FALSE;
		f->key = strip_key (t, colon - t);
		f->role = pst_header_role (f->key);
		if (f->role == PST_ROLE_NONE) {
			field_clear (f);
			return FALSE;
		}
		f->inline_value = g_strstrip (g_strdup (colon + 1));
		return TRUE;
	}
	return FALSE;
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
	int r, filled = 0, fields = 0, labels = 0, n_blocks = 0, block = -1;
	GPtrArray *keys, *key_texts;
	GArray *block_of_row, *seen;
	PstSheet *table;
	guint i;

	*origin = NULL;
	for (r = 0; r < sheet->n_rows; r++) {
		Field f;
		int c, width = pst_sheet_row_width (sheet, r);
		for (c = 0; c < width && !pst_cell_filled (pst_sheet_cell (sheet, r, c)); c++)
			;
		if (c == width)
			continue;
		filled++;
		if (read_field (sheet, r, &f)) {
			fields++;
			labels += names_action (f.role);
			field_clear (&f);
		}
	}
	/* Mostly fields, and the action's name given at least twice. */
	if (labels < 2 || fields * 10 < filled * 6)
		return NULL;

	keys = g_ptr_array_new_with_free_func (g_free);
	key_texts = g_ptr_array_new_with_free_func (g_free);
	block_of_row = g_array_new (FALSE, FALSE, sizeof (int));
	seen = g_array_new (FALSE, TRUE, sizeof (guint8));
	/* The blocks and the keys: a block ends where a key it already has
	 * comes again. */
	for (r = 0; r < sheet->n_rows; r++) {
		Field f;
		int b = -1;
		if (read_field (sheet, r, &f)) {
			guint col = key_column (keys, f.key);
			if (col == key_texts->len)
				g_ptr_array_add (key_texts, g_strdup (f.key));
			if (seen->len <= col)
				g_array_set_size (seen, col + 1);
			if (block < 0 || g_array_index (seen, guint8, col)) {
				block = n_blocks++;
				memset (seen->data, 0, seen->len);
			}
			g_array_index (seen, guint8, col) = 1;
			b = block;
			field_clear (&f);
		}
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
		int b = g_array_index (block_of_row, int, r), col;
		Field f;
		if (b < 0) {
			if (pst_sheet_row_width (sheet, r) > 0)
				g_array_append_val (other_rows, r);
			continue;
		}
		read_field (sheet, r, &f);
		if ((*origin)[b + 1] < 0)
			(*origin)[b + 1] = r;
		else
			g_array_append_val (other_rows, r);
		col = key_column (keys, f.key);
		if (f.value)
			pst_sheet_set (table, b + 1, col, f.value->kind, f.value->text,
				       f.value->number);
		else
			pst_sheet_set (table, b + 1, col, PST_CELL_TEXT, f.inline_value, 0);
		field_clear (&f);
	}
	(*origin)[0] = (*origin)[1];
	g_array_free (seen, TRUE);
	g_array_free (block_of_row, TRUE);
	g_ptr_array_free (keys, TRUE);
	g_ptr_array_free (key_texts, TRUE);
	return table;
}
