/*
 * dashboard-sheet.c: the dashboard's sheet: references to the canonical
 * sheets' columns, the looks of its cells, its sections and how it prints
 * (A4 landscape, one page wide, a page break before a section that would
 * not fit).
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
	case LOOK_SUBTITLE:
		gnm_style_set_font_bold (style, TRUE);
		gnm_style_set_font_size (style, 12);
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
	/* Rows keep their default height unless told: 12 points would be
	 * cut at the top. */
	sheet_row_set_size_pts (d->out.sheet, d->row, 18, TRUE);
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

/* The page: A4 landscape, 1 cm margins (pst_print_a4), 2 cm from the
 * edges to the body, in points. */
#define PAGE_BODY	(2.0 * 72 / 2.54)
/* Points of the sheet left free at the foot of every page: the heights and
 * margins read back from a saved .xlsx may differ by a rounding. */
#define PAGE_SLACK	4.

static void
set_page_geometry (GnmPrintInformation *pi)
{
	pst_print_a4 (pi, GTK_PAGE_ORIENTATION_LANDSCAPE, PAGE_BODY);
}

/* The sheet prints on A4 landscape pages, one page wide, with the entity
 * and the date of the figures in the header and the page number in the
 * footer; sets d->page_height, the height of rows a page holds at the
 * scale that fits the width.
 *
 * Every other sheet of the workbook gets the same paper, orientation and
 * margins: Gnumeric lays out the pages of every sheet it prints, whatever
 * the sheet, on the page of the workbook's active sheet, and only then
 * prints each on its own paper (GNOME/gnumeric src/print.c,
 * gnm_print_sheet and compute_sheet_pages).  ssconvert printing the
 * dashboard of a workbook opened on Plan would otherwise lay out landscape
 * pages on portrait ones and cut them. */
void
dash_set_up_page (Dash *d)
{
	Sheet *sheet = d->out.sheet;
	GnmPrintInformation *pi = sheet->print_info;
	double width = sheet_col_get_distance_pts (sheet, 0, COL_END);
	double paper_w, paper_h, top, bottom, left, right, below_header, above_footer;
	double scale;
	char *left_text, *right_text;
	int i;

	set_page_geometry (pi);
	pi->scaling.type = PRINT_SCALE_FIT_PAGES;
	pi->scaling.dim.cols = 1;
	pi->scaling.dim.rows = 0;
	pi->print_grid_lines = FALSE;
	pi->print_titles = FALSE;

	left_text = pst_print_header_text (d->who);
	right_text = g_strdup_printf ("Situation au %s", d->when);
	gnm_print_hf_free (pi->header);
	pi->header = gnm_print_hf_new (left_text, "&[TAB]", right_text);
	gnm_print_hf_free (pi->footer);
	pi->footer = gnm_print_hf_new ("", "Page &[PAGE] sur &[PAGES]", "");
	g_free (left_text);
	g_free (right_text);

	for (i = 0; i < workbook_sheet_count (sheet->workbook); i++) {
		Sheet *other = workbook_sheet_by_index (sheet->workbook, i);
		if (other != sheet)
			set_page_geometry (other->print_info);
	}

	/* As Gnumeric scales to fit the width: the columns and 2 points of
	 * grid lines over the width between the margins, never above 100 %. */
	paper_w = print_info_get_paper_width (pi, GTK_UNIT_POINTS);
	paper_h = print_info_get_paper_height (pi, GTK_UNIT_POINTS);
	print_info_get_margins (pi, &top, &bottom, &left, &right, &below_header, &above_footer);
	scale = MIN (1., (paper_w - left - right) / (width + 2.));
	/* Less the point of the top grid line that Gnumeric counts. */
	d->page_height = (paper_h - below_header - above_footer) / scale - 1. - PAGE_SLACK;
}

/* Every page break is set here rather than left to Gnumeric, so that the
 * pages do not depend on its arithmetic: a section that fits on a page
 * starts a page when it would not fit on what is left of the current one
 * (a chart is a section of its own, never taller than a page, so that no
 * chart is cut); a longer section flows from where it is, a page break
 * before the row that would not fit. */
void
dash_set_page_breaks (Dash *d)
{
	Sheet *sheet = d->out.sheet;
	GnmPageBreaks *breaks = gnm_page_breaks_new (FALSE);
	double y = 0;
	guint s = 0;
	int row, last = 0;

	if (d->sections->len >= 2)
		last = g_array_index (d->sections, int, d->sections->len - 1);
	for (row = 0; row <= last; row++) {
		double h = sheet_row_get_distance_pts (sheet, row, row + 1);

		for (; s + 1 < d->sections->len &&
		       g_array_index (d->sections, int, s) <= row; s += 2) {
			int first = g_array_index (d->sections, int, s);
			int end = g_array_index (d->sections, int, s + 1);
			double section = sheet_row_get_distance_pts (sheet, first, end + 1);
			if (first == row && y > 0 && y + section > d->page_height &&
			    section <= d->page_height) {
				gnm_page_breaks_append_break (breaks, row, GNM_PAGE_BREAK_MANUAL);
				y = 0;
			}
		}
		if (y > 0 && y + h > d->page_height) {
			gnm_page_breaks_append_break (breaks, row, GNM_PAGE_BREAK_MANUAL);
			y = 0;
		}
		y += h;
	}
	print_info_set_breaks (sheet->print_info, breaks);
}
