/*
 * dashboard-charts.c: the dashboard's charts, goffice graphs over its own
 * tables, each placed below its table and as wide.
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
/* Charts. */

static GOData *
scalar_text (Dash *d, char const *text)
{
	return gnm_go_data_scalar_new_expr (d->out.sheet,
		gnm_expr_top_new_constant (value_new_string (text)));
}

static GOData *
scalar_float (Dash *d, double x)
{
	return gnm_go_data_scalar_new_expr (d->out.sheet,
		gnm_expr_top_new_constant (value_new_float (x)));
}

static GOData *
scalar_cell (Dash *d, int col, int row)
{
	GnmRange r;
	range_init (&r, col, row, col, row);
	return gnm_go_data_scalar_new_expr (d->out.sheet,
		gnm_expr_top_new_constant (value_new_cellrange_r (d->out.sheet, &r)));
}

/* Rows [first, last] of one column of the dashboard. */
static GOData *
vector (Dash *d, int col, int first, int last)
{
	GnmRange r;
	range_init (&r, col, first, col, last);
	return gnm_go_data_vector_new_expr (d->out.sheet,
		gnm_expr_top_new_constant (value_new_cellrange_r (d->out.sheet, &r)));
}

GogPlot *
dash_new_chart (Dash *d, GogGraph **graph, char const *title, char const *plot_type)
{
	GogObject *chart, *label;
	GogPlot *plot;

	*graph = g_object_new (GOG_TYPE_GRAPH, NULL);
	chart = gog_object_add_by_name (GOG_OBJECT (*graph), "Chart", NULL);
	label = gog_object_add_by_name (chart, "Title", NULL);
	gog_dataset_set_dim (GOG_DATASET (label), 0, scalar_text (d, title), NULL);
	plot = gog_plot_new_by_name (plot_type);
	gog_object_add_by_name (chart, "Plot", GOG_OBJECT (plot));
	return plot;
}

GogObject *
dash_chart_of (GogPlot *plot)
{
	return gog_object_get_parent (GOG_OBJECT (plot));
}

void
dash_axis_title (Dash *d, GogPlot *plot, char const *axis_name, char const *title)
{
	GogObject *axis = gog_object_get_child_by_name (dash_chart_of (plot), axis_name);
	GogObject *label;
	if (axis == NULL)
		return;
	label = gog_object_add_by_name (axis, "Label", NULL);
	gog_dataset_set_dim (GOG_DATASET (label), 0, scalar_text (d, title), NULL);
}

void
dash_axis_format (GogPlot *plot, char const *axis_name, char const *xl_format)
{
	GogObject *axis = gog_object_get_child_by_name (dash_chart_of (plot), axis_name);
	if (axis)
		g_object_set (axis, "assigned-format-string-XL", xl_format, NULL);
}

void
dash_axis_bounds (Dash *d, GogPlot *plot, char const *axis_name, double min, double max)
{
	GogObject *axis = gog_object_get_child_by_name (dash_chart_of (plot), axis_name);
	if (axis == NULL)
		return;
	gog_dataset_set_dim (GOG_DATASET (axis), GOG_AXIS_ELEM_MIN, scalar_float (d, min), NULL);
	gog_dataset_set_dim (GOG_DATASET (axis), GOG_AXIS_ELEM_MAX, scalar_float (d, max), NULL);
}

/* A solid pattern is painted with the back colour. */
/* Grid lines across the plot from the value axis, to read the bars by;
 * cell values are not used as bar labels, since a one-bar chart would
 * show them unformatted. */
void
dash_value_grid (GogPlot *plot, char const *axis_name)
{
	GogObject *axis = gog_object_get_child_by_name (dash_chart_of (plot), axis_name);
	if (axis)
		gog_object_add_by_name (axis, "MajorGrid", NULL);
}

void
dash_fill_color (GOStyle *style, guint8 r, guint8 g, guint8 b)
{
	style->fill.type = GO_STYLE_FILL_PATTERN;
	style->fill.auto_type = FALSE;
	style->fill.pattern.pattern = GO_PATTERN_SOLID;
	style->fill.auto_pattern = FALSE;
	style->fill.pattern.back = style->fill.pattern.fore = GO_COLOR_FROM_RGB (r, g, b);
	style->fill.auto_back = style->fill.auto_fore = FALSE;
}

void
dash_series_color (GogSeries *series, guint8 r, guint8 g, guint8 b)
{
	dash_fill_color (go_styled_object_get_style (GO_STYLED_OBJECT (series)), r, g, b);
}

GogSeries *
dash_add_series (Dash *d, GogPlot *plot, int name_col, int name_row,
	    int label_col, int value_col, int first, int last)
{
	GogSeries *series = gog_plot_new_series (plot);
	gog_series_set_dim (series, 0, vector (d, label_col, first, last), NULL);
	gog_series_set_dim (series, 1, vector (d, value_col, first, last), NULL);
	if (name_col >= 0)
		gog_series_set_name (series, GO_DATA_SCALAR (scalar_cell (d, name_col, name_row)), NULL);
	return series;
}

/* The graph below the table, after a blank row, for @n_rows rows (fewer
 * if they would not fit on a printed page) and as wide as the table;
 * returns its last row.  The sheet keeps the only reference. */
int
dash_place_graph (Dash *d, GogGraph *graph, char const *name, int n_rows)
{
	/* From the left of its first cell to the right of its last: an
	 * anchor ending at the left edge of the next column would widen the
	 * printed area by that column.  From the middle of its first row to
	 * the middle of its last: the frame of a chart ending on the last row
	 * of a page, as the last one does, would lose its bottom side to
	 * the page's edge. */
	static double const offsets[4] = { 0., 0.5, 1., 0.5 };
	SheetObject *so = sheet_object_graph_new (graph);
	SheetObjectAnchor anchor;
	int first_row = d->row + 1;
	int table[2] = { d->section_start, d->row - 1 };
	GnmRange r;

	/* The chart is a section of its own: it goes to the next page when
	 * it does not fit under its table, and is never taller than a page. */
	g_array_append_vals (d->sections, table, 2);
	d->section_start = first_row;
	while (n_rows > 1 &&
	       sheet_row_get_distance_pts (d->out.sheet, first_row, first_row + n_rows) > d->page_height)
		n_rows--;

	range_init (&r, COL_LABEL, first_row, COL_END - 1, first_row + n_rows - 1);
	sheet_object_anchor_init (&anchor, &r, offsets, GOD_ANCHOR_DIR_DOWN_RIGHT,
				  GNM_SO_ANCHOR_TWO_CELLS);
	sheet_object_set_anchor (so, &anchor);
	g_object_set (so, "name", name, NULL);
	sheet_object_set_sheet (so, d->out.sheet);
	g_object_unref (so);
	g_object_unref (graph);
	return first_row + n_rows - 1;
}
