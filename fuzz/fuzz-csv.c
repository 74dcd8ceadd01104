/*
 * fuzz-csv.c: CSV files (any separator, quotes, Windows-1252, a BOM) read
 * into a grid, then imported.
 */
#include "fuzz-plan.h"
#include "csv.h"

static gboolean
same_without (char const *data, gsize size, char sep, char const *cells)
{
	gsize i;

	for (i = 0; i < size; i++) {
		if (data[i] == sep || data[i] == '\r' || data[i] == '\n')
			continue;
		if (*cells++ != data[i])
			return FALSE;
	}
	return *cells == '\0';
}

static void
check_nothing_dropped (PstSheet const *sheet, uint8_t const *data, size_t size)
{
	GString *cells = g_string_new (NULL);
	char const *text = (char const *) data;
	int r, c;

	if (size >= 3 && memcmp (text, "\xef\xbb\xbf", 3) == 0) {
		text += 3;
		size -= 3;
	}
	for (r = 0; r < sheet->n_rows; r++)
		for (c = 0; c < sheet->n_cols; c++) {
			PstCell const *cell = pst_sheet_cell (sheet, r, c);
			if (cell->text)
				g_string_append (cells, cell->text);
		}
	FUZZ_CHECK (same_without (text, size, ';', cells->str) ||
		    same_without (text, size, '\t', cells->str) ||
		    same_without (text, size, ',', cells->str),
		    "cells \"%s\"", cells->str);
	g_string_free (cells, TRUE);
}

int
LLVMFuzzerTestOneInput (uint8_t const *data, size_t size)
{
	PstGrid *grid = pst_grid_from_csv ((char const *) data, size, "plan.csv", "plan.csv");
	PstSheet const *sheet;
	PstPlan *plan;
	int r, c;

	FUZZ_CHECK (grid->sheets->len == 1, "%u sheets", grid->sheets->len);
	sheet = g_ptr_array_index (grid->sheets, 0);
	FUZZ_CHECK (sheet->n_rows >= 0 && sheet->n_cols >= 0, "size");
	for (r = 0; r < sheet->n_rows; r++)
		for (c = 0; c < sheet->n_cols; c++) {
			PstCell const *cell = pst_sheet_cell (sheet, r, c);
			if (cell->kind == PST_CELL_BLANK) {
				FUZZ_CHECK (cell->text == NULL, "blank with text");
				continue;
			}
			FUZZ_CHECK (cell->kind == PST_CELL_TEXT && cell->text && *cell->text,
				    "cell %d,%d", r, c);
			FUZZ_CHECK_UTF8 (cell->text);
		}
	/* Without quotes, every character but the separators and the line
	 * breaks is in a cell, in order: nothing is dropped on the way. */
	if (g_utf8_validate ((char const *) data, size, NULL) &&
	    memchr (data, '"', size) == NULL)
		check_nothing_dropped (sheet, data, size);
	plan = pst_import (grid, "fuzz");
	fuzz_check_plan (grid, plan);
	pst_plan_free (plan);
	pst_grid_free (grid);
	return 0;
}
