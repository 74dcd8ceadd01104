/*
 * dashboard-sheet.c: the dashboard's sheet: references to the canonical
 * sheets' columns, the looks of its cells, its sections and how it prints
 * (one page wide, a page break before a section that would not fit).
 */
#include "dashboard-private.h"
#include "budget.h"

#include <workbook.h>
#include <sheet.h>
#include <cell.h>
#include <expr.h>
#include <parse-util.h>
#include <position.h>
#include <ranges.h>
#include <mstyle.h>
#include <sheet-style.h>
#include <style-color.h>
#include <print-info.h>
#include <sheet-object.h>
#include <sheet-object-graph.h>
#include <graph.h>
#include <goffice/goffice.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* Cells. */

/* "A5" for a cell of the dashboard. */
char *
dash_local_cell (int col, int row)
{
	return g_strdup_printf ("%s%d", col_name (col), row + 1);
}

/* "C5:C9": rows @first to @last (0-based) of one column of the dashboard. */
char *
dash_local_range (int col, int first, int last)
{
	char *c = g_strdup (col_name (col));
	char *s = g_strdup_printf ("%s%d:%s%d", c, first + 1, c, last + 1);
	g_free (c);
	return s;
}

/* "Plan!$G$2:$G$157": rows @first to @last (0-based) of one column. */
char *
dash_col_range (char const *sheet, int col, int first, int last)
{
	char *c = g_strdup (col_name (col));
	char *s = g_strdup_printf ("%s!$%s$%d:$%s$%d", sheet, c, first + 1, c, last + 1);
	g_free (c);
	return s;
}

/* A column of Plan over all actions, or NULL when the sheet lacks it. */
char *
dash_plan_range (Dash const *d, PstField field)
{
	if (d->plan_cols[field] < 0)
		return NULL;
	return dash_col_range ("Plan", d->plan_cols[field], 1, d->plan_last);
}

/* The same over the actions [first, last] (indices into plan->actions). */
char *
dash_plan_block (Dash const *d, PstField field, guint first, guint last)
{
	if (d->plan_cols[field] < 0)
		return NULL;
	return dash_col_range ("Plan", d->plan_cols[field], first + 1, last + 1);
}

char *
dash_absolute_cell (char const *sheet, int col, int row)
{
	return g_strdup_printf ("%s!$%s$%d", sheet, col_name (col), row + 1);
}

/* The column whose header (row 1) is @header, or -1. */
int
dash_header_col (Sheet const *sheet, char const *header)
{
	int c, n = sheet ? gnm_sheet_get_max_cols (sheet) : 0;

	for (c = 0; c < n; c++) {
		GnmCell const *cell = sheet_cell_get (sheet, c, 0);
		if (cell == NULL || cell->value == NULL || VALUE_IS_EMPTY (cell->value))
			break;
		if (VALUE_IS_STRING (cell->value) &&
		    strcmp (value_peek_string (cell->value), header) == 0)
			return c;
	}
	return -1;
}

/* ------------------------------------------------------------------ */
/* Looks. */

void
dash_set_look (Dash *d, int c0, int r0, int c1, int r1, Look look)
{
	GnmStyle *style = gnm_style_new ();
	GOFormat *fmt = NULL;
	GnmRange range;

	switch (look) {
	case LOOK_NONE:
		break;
	case LOOK_TITLE:
		gnm_style_set_font_bold (style, TRUE);
		gnm_style_set_font_size (style, 16);
		break;
	case LOOK_NOTE:
		gnm_style_set_font_italic (style, TRUE);
		gnm_style_set_font_color (style, gnm_color_new_rgb8 (0x55, 0x55, 0x55));
		break;
	case LOOK_SECTION:
		gnm_style_set_font_bold (style, TRUE);
		gnm_style_set_font_size (style, 12);
		gnm_style_set_font_color (style, gnm_color_new_rgb8 (0x1f, 0x3b, 0x5c));
		break;
	case LOOK_HEADER:
		gnm_style_set_font_bold (style, TRUE);
		gnm_style_set_back_color (style, gnm_color_new_rgb8 (0xdd, 0xe6, 0xef));
		gnm_style_set_pattern (style, 1);
		break;
	case LOOK_TOTAL:
		gnm_style_set_font_bold (style, TRUE);
		break;
	case LOOK_PERCENT:
		fmt = go_format_new_from_XL ("0%");
		break;
	case LOOK_EURO:
		fmt = go_format_new_from_XL ("#,##0\\ \"€\"");
		break;
	case LOOK_INTEGER:
		fmt = go_format_new_from_XL ("0");
		break;
	}
	if (fmt) {
		gnm_style_set_format (style, fmt);
		go_format_unref (fmt);
	}
	sheet_style_apply_range (d->out.sheet, range_init (&range, c0, r0, c1, r1), style);
}

void
dash_section_title (Dash *d, char const *title)
{
	pst_put_text (&d->out, COL_LABEL, d->row, title);
	dash_set_look (d, COL_LABEL, d->row, COL_V4, d->row, LOOK_SECTION);
	d->row++;
}

void
dash_table_header (Dash *d, char const *const *headers)
{
	int c;
	for (c = COL_LABEL; c <= COL_V4; c++)
		pst_put_text (&d->out, c, d->row, headers[c]);
	dash_set_look (d, COL_LABEL, d->row, COL_V4, d->row, LOOK_HEADER);
	d->row++;
}

void
dash_begin_section (Dash *d)
{
	d->section_start = d->row;
}

/* Ends a section at the last row used by its tables or its chart. */
void
dash_end_section (Dash *d, int last_row)
{
	int pair[2] = { d->section_start, MAX (last_row, d->row - 1) };
	g_array_append_vals (d->sections, pair, 2);
	d->row = pair[1] + 2;
}


/* ------------------------------------------------------------------ */
/* Printing. */

void
dash_set_up_printing (Dash *d)
{
	GnmPrintInformation *pi = d->out.sheet->print_info;
	GnmPageBreaks *breaks;
	double width = sheet_col_get_distance_pts (d->out.sheet, 0, COL_END);
	double paper_w, paper_h, top, bottom, left, right, below_header, above_footer;
	double scale, page, y = 0;
	guint i;

	gnm_print_info_load_defaults (pi);
	pi->scaling.type = PRINT_SCALE_FIT_PAGES;
	pi->scaling.dim.cols = 1;
	pi->scaling.dim.rows = 0;

	/* A section starts a page when it would not fit on the current one.
	 * A section longer than a page flows from where it is, and the next
	 * one starts a page: where a long table ends on its last page is
	 * Gnumeric's to say, and an estimate would drift page after page.
	 * The body's height is counted in the sheet's points at the scale
	 * that fits the width, less a margin for the rounding of row
	 * heights. */
	paper_w = print_info_get_paper_width (pi, GTK_UNIT_POINTS);
	paper_h = print_info_get_paper_height (pi, GTK_UNIT_POINTS);
	print_info_get_margins (pi, &top, &bottom, &left, &right, &below_header, &above_footer);
	scale = MIN (1., (paper_w - left - right) / width);
	page = 0.95 * (paper_h - below_header - above_footer) / scale;
	breaks = gnm_page_breaks_new (FALSE);
	for (i = 0; i + 1 < d->sections->len; i += 2) {
		int first = g_array_index (d->sections, int, i);
		int last = g_array_index (d->sections, int, i + 1);
		double h = sheet_row_get_distance_pts (d->out.sheet, first, last + 2);
		if (y > 0 && y + h > page && (h <= page || y >= page)) {
			gnm_page_breaks_append_break (breaks, first, GNM_PAGE_BREAK_MANUAL);
			y = 0;
		}
		y = MIN (y + h, page);
	}
	print_info_set_breaks (pi, breaks);
}
