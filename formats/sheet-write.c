/*
 * sheet-write.c: cells and live formulas of the sheets we generate.
 */
#include "sheet-write.h"

#include <stdarg.h>
#include <sheet.h>
#include <cell.h>
#include <expr.h>
#include <parse-util.h>
#include <position.h>
#include <dependent.h>
#include <workbook.h>

GnmConventions *
pst_formula_conventions_new (void)
{
	GnmConventions *convs = gnm_conventions_new ();
	convs->arg_sep = ',';
	convs->array_col_sep = ',';
	convs->array_row_sep = ';';
	convs->decimal_sep_dot = TRUE;
	return convs;
}

void
pst_put_value (PstSheetWriter const *w, int col, int row, GnmValue *v)
{
	gnm_cell_set_value (sheet_cell_fetch (w->sheet, col, row), v);
}

/* A blank text leaves the cell empty. */
void
pst_put_text (PstSheetWriter const *w, int col, int row, char const *text)
{
	if (text && *text)
		pst_put_value (w, col, row, value_new_string (text));
}

void
pst_put_progress (PstSheetWriter const *w, int col, int row, char const *fmt, ...)
{
	va_list args;
	char *args_text;

	va_start (args, fmt);
	args_text = g_strdup_vprintf (fmt, args);
	va_end (args);
	pst_put_formula (w, col, row, "=PST.AVANCEMENT.REF(%s,\"\")", args_text);
	g_free (args_text);
}

static GnmExprTop const *
parse_formula (PstSheetWriter const *w, int col, int row, char const *fmt, va_list args)
{
	GnmExprTop const *texpr;
	GnmParsePos pp;
	char *text = g_strdup_vprintf (fmt, args);

	parse_pos_init (&pp, NULL, w->sheet, col, row);
	/* The parser takes the expression without its leading "=". */
	texpr = gnm_expr_parse_str (text + (text[0] == '='), &pp,
				    GNM_EXPR_PARSE_DEFAULT, w->convs, NULL);
	if (texpr == NULL)
		g_warning ("pst: cannot parse generated formula %s", text);
	g_free (text);
	return texpr;
}

GnmExprTop const *
pst_formula_parse (PstSheetWriter const *w, int col, int row, char const *fmt, ...)
{
	GnmExprTop const *texpr;
	va_list args;

	va_start (args, fmt);
	texpr = parse_formula (w, col, row, fmt, args);
	va_end (args);
	return texpr;
}

/* The formula is linked to what it reads; without a value, it is queued:
 * pst_sheets_compute (or Gnumeric, for a workbook it opens) computes the
 * queued cells, and only those. */
static void
put_formula (PstSheetWriter const *w, int col, int row, GnmValue *value,
	     char const *fmt, va_list args)
{
	GnmExprTop const *texpr = parse_formula (w, col, row, fmt, args);
	GnmCell *cell;

	if (texpr == NULL) {
		value_release (value);
		return;
	}
	cell = sheet_cell_fetch (w->sheet, col, row);
	if (value)
		gnm_cell_set_expr_and_value (cell, texpr, value, TRUE);
	else {
		gnm_cell_set_expr (cell, texpr);
		cell_queue_recalc (cell);
	}
	gnm_expr_top_unref (texpr);
}

void
pst_put_formula (PstSheetWriter const *w, int col, int row, char const *fmt, ...)
{
	va_list args;

	va_start (args, fmt);
	put_formula (w, col, row, NULL, fmt, args);
	va_end (args);
}

void
pst_put_formula_value (PstSheetWriter const *w, int col, int row, GnmValue *value,
		       char const *fmt, ...)
{
	va_list args;

	va_start (args, fmt);
	put_formula (w, col, row, value, fmt, args);
	va_end (args);
}

void
pst_sheets_compute (Workbook *wb)
{
	workbook_recalc (wb);
}

void
pst_print_a4 (GnmPrintInformation *pi, GtkPageOrientation orientation, double body)
{
	double margin = 1.0 * 72 / 2.54;

	gnm_print_info_load_defaults (pi);
	print_info_set_paper (pi, "iso_a4");
	print_info_set_paper_orientation (pi, orientation);
	print_info_set_margins (pi, margin, margin, margin, margin);
	print_info_set_edge_to_below_header (pi, body);
	print_info_set_edge_to_above_footer (pi, body);
}

void
pst_print_one_page_wide (GnmPrintInformation *pi)
{
	pi->scaling.type = PRINT_SCALE_FIT_PAGES;
	pi->scaling.dim.cols = 1;
	pi->scaling.dim.rows = 0;
}

char *
pst_print_header_text (char const *text)
{
	char **parts = g_strsplit (text, "&", -1);
	char *s = g_strjoinv ("et", parts);
	g_strfreev (parts);
	return s;
}
