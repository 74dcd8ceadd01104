/*
 * dashboard-private.h: what the parts of the dashboard share: its columns,
 * the looks of its cells, the state of the sheet being written, the
 * helpers that place cells and sections (dashboard-sheet.c) and charts
 * (dashboard-charts.c).
 */
#ifndef PST_DASHBOARD_PRIVATE_H
#define PST_DASHBOARD_PRIVATE_H

#include "dashboard.h"
#include "sheet-write.h"
#include "consolidation.h"

#include <goffice/goffice.h>

G_BEGIN_DECLS

/* Columns of the layout. */
enum {
	COL_LABEL, COL_TEXT, COL_V1, COL_V2, COL_V3, COL_V4, COL_END
};

typedef enum {
	LOOK_NONE,
	LOOK_TITLE, LOOK_SUBTITLE, LOOK_NOTE, LOOK_SECTION, LOOK_HEADER, LOOK_TOTAL,
	LOOK_PERCENT, LOOK_EURO, LOOK_INTEGER
} Look;

typedef struct {
	PstSheetWriter	out;		/* the dashboard's sheet */
	PstPlan const  *plan;
	GArray	       *blocks;		/* PstEntityBlock */
	int		row;		/* the next free row */
	int		section_start;
	GArray	       *sections;	/* int pairs: first and last row */
	double		page_height;	/* the rows one printed page holds, in
					 * points of the sheet */
	char	       *who;		/* the entity, or "Consolidation de n entités" */
	char	       *when;		/* the date of the figures, "6 décembre 2026" */

	int		plan_last;	/* last data row of Plan (0-based) */
	int		plan_cols[PST_N_FIELDS];
	int		obj_entite, obj_type, obj_ref, obj_label, obj_actions,
			obj_avancement, obj_meteo, obj_budget;
	Sheet	       *budget;
	int		budget_article, budget_service, budget_amount, budget_last;
} Dash;

char *	dash_absolute_cell (char const *sheet, int col, int row);
GogSeries *	dash_add_series (Dash *d, GogPlot *plot, int name_col, int name_row, int label_col, int value_col, int first, int last);
void	dash_axis_bounds (Dash *d, GogPlot *plot, char const *axis_name, double min, double max);
void	dash_axis_format (GogPlot *plot, char const *axis_name, char const *xl_format);
void	dash_axis_title (Dash *d, GogPlot *plot, char const *axis_name, char const *title);
void	dash_begin_section (Dash *d);
GogObject *	dash_chart_of (GogPlot *plot);
char *	dash_col_range (char const *sheet, int col, int first, int last);
void	dash_end_section (Dash *d, int last_row);
void	dash_fill_color (GOStyle *style, guint8 r, guint8 g, guint8 b);
int	dash_header_col (Sheet const *sheet, char const *header);
char *	dash_local_cell (int col, int row);
char *	dash_local_range (int col, int first, int last);
GogPlot *	dash_new_chart (Dash *d, GogGraph **graph, char const *title, char const *plot_type);
int	dash_place_graph (Dash *d, GogGraph *graph, char const *name, int n_rows);
char *	dash_plan_block (Dash const *d, PstField field, guint first, guint last);
char *	dash_plan_range (Dash const *d, PstField field);
void	dash_section_title (Dash *d, char const *title);
void	dash_series_color (GogSeries *series, guint8 r, guint8 g, guint8 b);
void	dash_set_look (Dash *d, int c0, int r0, int c1, int r1, Look look);
void	dash_set_page_breaks (Dash *d);
void	dash_set_up_page (Dash *d);
void	dash_table_header (Dash *d, char const *const *headers);
void	dash_value_grid (GogPlot *plot, char const *axis_name);

G_END_DECLS

#endif
