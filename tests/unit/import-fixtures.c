/* import-fixtures.c: plan grids written inline for the importer's tests. */
#include <check.h>
#include <glib.h>
#include <string.h>
#include "import-fixtures.h"
#include "import.h"

/* One string per row, cells separated by '|'; "" is a blank row.  A cell
 * "#2021-06-30" is a date, "~0.5" a number, "!#N/A" an error value. */
void
pst_test_add_sheet (PstGrid *grid, char const *name, char const *const *rows, int n_rows)
{
	int r, n_cols = 0;
	PstSheet *sheet;

	for (r = 0; r < n_rows; r++) {
		char **cells = g_strsplit (rows[r], "|", -1);
		n_cols = MAX (n_cols, (int) g_strv_length (cells));
		g_strfreev (cells);
	}
	sheet = pst_grid_add_sheet (grid, name, n_rows, n_cols);
	for (r = 0; r < n_rows; r++) {
		char **cells = g_strsplit (rows[r], "|", -1);
		int c;
		for (c = 0; cells[c]; c++) {
			char const *t = cells[c];
			if (*t == '\0')
				continue;
			if (t[0] == '~')
				pst_sheet_set (sheet, r, c, PST_CELL_NUMBER, t + 1, g_ascii_strtod (t + 1, NULL));
			else if (t[0] == '#') {
				GDate d;
				g_date_clear (&d, 1);
				g_date_set_parse (&d, t + 1);
				pst_sheet_set (sheet, r, c, PST_CELL_DATE, t + 1, pst_date_to_serial (&d));
			} else if (t[0] == '!')
				pst_sheet_set (sheet, r, c, PST_CELL_ERROR, t + 1, 0);
			else if (t[0] == '>') {
				int indent = strspn (t, ">");
				pst_sheet_set (sheet, r, c, PST_CELL_TEXT, t + indent, 0);
				pst_sheet_set_indent (sheet, r, c, indent);
			} else
				pst_sheet_set (sheet, r, c, PST_CELL_TEXT, t, 0);
		}
		g_strfreev (cells);
	}
}

/* Every non-empty row of every sheet is named by exactly one objective,
 * action or anomaly, or by several lines that all come from it. */
void
pst_test_nothing_lost (PstGrid const *grid, PstPlan const *plan)
{
	GHashTable *named = g_hash_table_new (g_str_hash, g_str_equal);
	guint s, i;

	for (i = 0; i < plan->objectives->len; i++)
		g_hash_table_add (named, ((PstObjective *) g_ptr_array_index (plan->objectives, i))->source);
	for (i = 0; i < plan->actions->len; i++)
		g_hash_table_add (named, ((PstAction *) g_ptr_array_index (plan->actions, i))->values[PST_FIELD_SOURCE].text);
	for (i = 0; i < plan->anomalies->len; i++)
		g_hash_table_add (named, ((PstAnomaly *) g_ptr_array_index (plan->anomalies, i))->source);
	for (s = 0; s < grid->sheets->len; s++) {
		PstSheet const *sheet = g_ptr_array_index (grid->sheets, s);
		int r, c;
		for (r = 0; r < sheet->n_rows; r++) {
			for (c = 0; c < sheet->n_cols; c++)
				if (pst_sheet_cell (sheet, r, c)->text)
					break;
			if (c < sheet->n_cols) {
				char *cell = pst_cell_name (r, c);
				char *source = g_strdup_printf ("%s!'%s'!%s", grid->file, sheet->name, cell);
				ck_assert_msg (g_hash_table_contains (named, source),
					       "row %s is lost", source);
				g_free (source);
				g_free (cell);
			}
		}
	}
	g_hash_table_destroy (named);
}

/* Cells of actions built by hand, as the importer leaves them. */

void
pst_test_set_text (PstAction *a, PstField field, char const *text)
{
	g_free (a->values[field].text);
	a->values[field].kind = text ? PST_CELL_TEXT : PST_CELL_BLANK;
	a->values[field].text = g_strdup (text);
	a->values[field].number = 0;
}

void
pst_test_set_number (PstAction *a, PstField field, double v)
{
	char buf[G_ASCII_DTOSTR_BUF_SIZE];
	g_free (a->values[field].text);
	a->values[field].kind = PST_CELL_NUMBER;
	a->values[field].text = g_strdup (g_ascii_dtostr (buf, sizeof buf, v));
	a->values[field].number = v;
}

double
pst_test_serial (int day, int month, int year)
{
	GDate d;
	g_date_clear (&d, 1);
	g_date_set_dmy (&d, day, month, year);
	return pst_date_to_serial (&d);
}

void
pst_test_set_date (PstAction *a, PstField field, int day, int month, int year)
{
	g_free (a->values[field].text);
	a->values[field].kind = PST_CELL_DATE;
	a->values[field].text = g_strdup_printf ("%04d/%02d/%02d", year, month, day);
	a->values[field].number = pst_test_serial (day, month, year);
}
