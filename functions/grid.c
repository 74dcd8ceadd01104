/*
 * grid.c: a workbook as the importer sees it.
 */
#include "grid.h"
#include "text.h"

#include <string.h>

PstGrid *
pst_grid_new (char const *file)
{
	PstGrid *grid = g_new0 (PstGrid, 1);
	grid->file = g_strdup (file);
	grid->sheets = g_ptr_array_new ();
	return grid;
}

void
pst_sheet_free (PstSheet *sheet)
{
	int r;
	if (sheet == NULL)
		return;
	for (r = 0; r < sheet->n_rows; r++)
		g_free (sheet->rows[r].cells);
	g_free (sheet->rows);
	g_string_chunk_free (sheet->texts);
	g_free (sheet->col_hidden);
	if (sheet->merge_top)
		g_hash_table_destroy (sheet->merge_top);
	g_free (sheet->name);
	g_free (sheet);
}

void
pst_grid_free (PstGrid *grid)
{
	guint i;
	if (grid == NULL)
		return;
	for (i = 0; i < grid->sheets->len; i++)
		pst_sheet_free (g_ptr_array_index (grid->sheets, i));
	g_ptr_array_free (grid->sheets, TRUE);
	g_free (grid->file);
	g_free (grid);
}

int
pst_sheet_merged_from (PstSheet const *sheet, int row, int col)
{
	gpointer top = sheet->merge_top
		? g_hash_table_lookup (sheet->merge_top, pst_sheet_merge_key (row, col)) : NULL;
	return top ? GPOINTER_TO_INT (top) - 1 : -1;
}

PstSheet *
pst_sheet_new (char const *name, int n_rows, int n_cols)
{
	PstSheet *sheet = g_new0 (PstSheet, 1);
	sheet->name = g_strdup (name);
	sheet->n_rows = MAX (n_rows, 0);
	sheet->n_cols = MAX (n_cols, 0);
	sheet->rows = g_new0 (PstRow, sheet->n_rows + 1);
	sheet->texts = g_string_chunk_new (64 * 1024);
	return sheet;
}

PstSheet *
pst_grid_add_sheet (PstGrid *grid, char const *name, int n_rows, int n_cols)
{
	PstSheet *sheet = pst_sheet_new (name, n_rows, n_cols);
	g_ptr_array_add (grid->sheets, sheet);
	return sheet;
}

void
pst_sheet_set (PstSheet *sheet, int row, int col, PstCellKind kind,
	       char const *text, double number)
{
	PstRow *r;
	PstCell *cell;
	g_return_if_fail (row >= 0 && row < sheet->n_rows &&
			  col >= 0 && col < sheet->n_cols);
	r = &sheet->rows[row];
	if (col >= r->n_cells) {
		if (kind == PST_CELL_BLANK)
			return;
		if (col >= r->n_alloc) {
			/* Cells come left to right: grow by doubling. */
			int n_alloc = MIN (MAX (col + 1, 2 * r->n_alloc), sheet->n_cols);
			r->cells = g_renew (PstCell, r->cells, n_alloc);
			memset (r->cells + r->n_alloc, 0,
				(n_alloc - r->n_alloc) * sizeof (PstCell));
			r->n_alloc = n_alloc;
		}
		r->n_cells = col + 1;
	}
	/* A text replaced stays in the chunk until the sheet is freed. */
	cell = &r->cells[col];
	cell->kind = kind;
	cell->text = kind == PST_CELL_BLANK || text == NULL ? NULL
		: g_string_chunk_insert (sheet->texts, text);
	cell->number = number;
}

PstCell const *
pst_sheet_cell (PstSheet const *sheet, int row, int col)
{
	static PstCell const blank = { PST_CELL_BLANK, 0, NULL, 0 };
	if (row < 0 || row >= sheet->n_rows || col < 0 ||
	    col >= sheet->rows[row].n_cells)
		return &blank;
	return &sheet->rows[row].cells[col];
}

char *
pst_sheet_row_text (PstSheet const *sheet, int row)
{
	GString *s = g_string_new (NULL);
	int c, width = pst_sheet_row_width (sheet, row);
	for (c = 0; c < width; c++) {
		PstCell const *cell = pst_sheet_cell (sheet, row, c);
		if (!pst_cell_filled (cell))
			continue;
		if (s->len)
			g_string_append (s, " | ");
		g_string_append (s, cell->text);
	}
	return g_string_free (s, FALSE);
}

char *
pst_row_source (char const *file, PstSheet const *sheet, int row)
{
	int col, width = pst_sheet_row_width (sheet, row);
	for (col = 0; col < width; col++)
		if (pst_cell_filled (pst_sheet_cell (sheet, row, col)))
			break;
	return pst_source_name (file, sheet->name, row, col == width ? 0 : col);
}

gboolean
pst_cell_filled (PstCell const *cell)
{
	return cell->kind != PST_CELL_BLANK && cell->text != NULL &&
		!pst_text_is_blank (cell->text);
}

char const *
pst_cell_text (PstCell const *cell)
{
	if (!pst_cell_filled (cell) || cell->kind == PST_CELL_ERROR)
		return NULL;
	return cell->text;
}

void
pst_sheet_set_indent (PstSheet *sheet, int row, int col, int indent)
{
	if (row < 0 || row >= sheet->n_rows || col < 0 ||
	    col >= sheet->rows[row].n_cells)
		return;
	sheet->rows[row].cells[col].indent = CLAMP (indent, 0, G_MAXUINT16);
}

int
pst_sheet_row_width (PstSheet const *sheet, int row)
{
	if (row < 0 || row >= sheet->n_rows)
		return 0;
	return sheet->rows[row].n_cells;
}

/* "A1" notation, 0-based row and column. */
char *
pst_cell_name (int row, int col)
{
	char letters[8];
	int i = G_N_ELEMENTS (letters) - 1;
	letters[i] = '\0';
	col++;
	while (col > 0 && i > 0) {
		letters[--i] = 'A' + (col - 1) % 26;
		col = (col - 1) / 26;
	}
	return g_strdup_printf ("%s%d", letters + i, row + 1);
}

/* "plan.xlsx!'Suivi PST'!A12": a row of a source, as the Source column and
 * the anomalies name it; a ' in the sheet name is doubled, as in formulas. */
char *
pst_source_name (char const *file, char const *sheet, int row, int col)
{
	GString *name = g_string_new (NULL);
	char *cell = pst_cell_name (row, col);
	char const *p;
	char *source;

	for (p = sheet; *p; p++) {
		if (*p == '\'')
			g_string_append_c (name, '\'');
		g_string_append_c (name, *p);
	}
	source = g_strdup_printf ("%s!'%s'!%s", file, name->str, cell);
	g_string_free (name, TRUE);
	g_free (cell);
	return source;
}

void
pst_cell_set (PstCell *cell, PstCellKind kind, char const *text, double number)
{
	char *copy = kind == PST_CELL_BLANK ? NULL : g_strdup (text);

	g_free (cell->text);
	cell->kind = kind;
	cell->text = copy;
	cell->number = number;
}

void
pst_cell_append_text (PstCell *cell, char const *sep, char const *text)
{
	if (cell->text && *cell->text) {
		char *joined = g_strconcat (cell->text, sep, text, NULL);
		g_free (cell->text);
		cell->text = joined;
		cell->kind = PST_CELL_TEXT;
	} else
		pst_cell_set (cell, PST_CELL_TEXT, text, 0);
}
