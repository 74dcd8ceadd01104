/*
 * fuzz-import.c: the layout detector (pst_import) on grids of cells made
 * from the input, as Gnumeric would hand them over.
 *
 * The input is read as text: sheets are separated by '\f', each begins
 * with its name on one line ('^' first: a hidden sheet), then one line per
 * row, cells separated by '|' or '\t'.  A cell "~12.5" is a number, "#44197"
 * a date (a day number), "!#N/A" an error, "?VRAI" a boolean, anything
 * else text.  Text is made valid UTF-8, as Gnumeric gives it; numbers may
 * be infinite ("~1e400"), as Gnumeric reads them from an xlsx file.
 */
#include "fuzz-plan.h"

/* Wide enough for every layout seen, small enough to stay fast. */
#define MAX_COLS 64

static char **
split_cells (char const *line)
{
	char *copy = g_strdup (line), *p;
	char **cells;

	for (p = copy; *p; p++)
		if (*p == '\t')
			*p = '|';
	cells = g_strsplit (copy, "|", MAX_COLS);
	g_free (copy);
	return cells;
}

static void
set_cell (PstSheet *sheet, int r, int c, char const *t)
{
	double number;
	char *end;

	if (*t == '\0')
		return;
	switch (t[0]) {
	case '~':
	case '#':
		number = g_ascii_strtod (t + 1, &end);
		if (end != t + 1) {
			pst_sheet_set (sheet, r, c, t[0] == '~' ? PST_CELL_NUMBER : PST_CELL_DATE,
				       t + 1, number);
			return;
		}
		break;
	case '!':
		pst_sheet_set (sheet, r, c, PST_CELL_ERROR, t + 1, 0);
		return;
	case '?':
		pst_sheet_set (sheet, r, c, PST_CELL_BOOLEAN, t + 1, t[1] == 'V');
		return;
	default:
		break;
	}
	pst_sheet_set (sheet, r, c, PST_CELL_TEXT, t, 0);
}

static void
add_sheet (PstGrid *grid, char const *text)
{
	char **lines = g_strsplit (text, "\n", -1);
	int n_rows = MAX ((int) g_strv_length (lines) - 1, 0), n_cols = 0, r;
	char const *name = lines[0] ? lines[0] : "";
	gboolean hidden = name[0] == '^';
	PstSheet *sheet;

	for (r = 0; r < n_rows; r++) {
		char **cells = split_cells (lines[r + 1]);
		n_cols = MAX (n_cols, (int) g_strv_length (cells));
		g_strfreev (cells);
	}
	sheet = pst_grid_add_sheet (grid, hidden ? name + 1 : name, n_rows, n_cols);
	sheet->hidden = hidden;
	for (r = 0; r < n_rows; r++) {
		char **cells = split_cells (lines[r + 1]);
		int c;
		for (c = 0; cells[c]; c++)
			set_cell (sheet, r, c, cells[c]);
		g_strfreev (cells);
	}
	g_strfreev (lines);
}

int
LLVMFuzzerTestOneInput (uint8_t const *data, size_t size)
{
	char *text = fuzz_utf8 ((char const *) data, size);
	char **sheets = g_strsplit (text, "\f", 16);
	PstGrid *grid = pst_grid_new ("plan.xlsx");
	PstPlan *plan;
	int s;

	for (s = 0; sheets[s]; s++)
		add_sheet (grid, sheets[s]);
	plan = pst_import (grid, "fuzz");
	fuzz_check_plan (grid, plan);
	pst_plan_free (plan);
	pst_grid_free (grid);
	g_strfreev (sheets);
	g_free (text);
	return 0;
}
