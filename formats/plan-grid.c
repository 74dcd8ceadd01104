/*
 * plan-grid.c: a Gnumeric workbook seen as the importer's grid.
 */
#include "plan-workbook.h"
#include "import.h"
#include "csv.h"
#include "ecomptes.h"
#include "phases.h"

#include <workbook.h>
#include <workbook-view.h>
#include <sheet.h>
#include <cell.h>
#include <ranges.h>
#include <mstyle.h>
#include <goffice/goffice.h>
#include <gsf/gsf-input.h>
#include <string.h>


static void
read_cell (PstSheet *out, int row, int col, GnmCell const *cell,
	   GODateConventions const *conv)
{
	GnmValue const *v = cell->value;
	char *text;

	if (v == NULL || VALUE_IS_EMPTY (v))
		return;
	if (VALUE_IS_STRING (v)) {
		GnmStyle const *style = gnm_cell_get_style (cell);
		/* Copied once, from the cell's own string. */
		pst_sheet_set (out, row, col, PST_CELL_TEXT, value_peek_string (v), 0);
		/* Some plans show the level of a line by its indentation only. */
		if (style && gnm_style_get_indent (style) > 0)
			pst_sheet_set_indent (out, row, col, gnm_style_get_indent (style));
		return;
	}
	text = value_get_as_string (v);
	if (VALUE_IS_BOOLEAN (v))
		pst_sheet_set (out, row, col, PST_CELL_BOOLEAN, text, 0);
	else if (VALUE_IS_ERROR (v))
		pst_sheet_set (out, row, col, PST_CELL_ERROR, text, 0);
	else if (VALUE_IS_NUMBER (v)) {
		GOFormat const *fmt = gnm_cell_get_format (cell);
		double number = value_get_as_float (v);
		/* (int) of a serial past 9999, or of the infinity an xlsx
		 * "1e+400" reads as, is undefined: such a cell is a number. */
		if (fmt && go_format_is_date (fmt) > 0 && number >= 1 &&
		    number <= PST_DATE_SERIAL_MAX) {
			/* The engine counts days in the 1900 system. */
			GDate date;
			go_date_serial_to_g (&date, (int) number, conv);
			if (g_date_valid (&date)) {
				char shown[16];
				/* As a Belgian reads it, for Commentaire and Anomalies. */
				g_date_strftime (shown, sizeof shown, "%d/%m/%Y", &date);
				pst_sheet_set (out, row, col, PST_CELL_DATE, shown,
					       pst_date_to_serial (&date));
				g_free (text);
				return;
			}
		}
		pst_sheet_set (out, row, col, PST_CELL_NUMBER, text, number);
	}
	g_free (text);
}

typedef struct {
	PstSheet		*out;
	GODateConventions const *conv;
} GridFill;

static void
cb_read_cell (G_GNUC_UNUSED gpointer key, gpointer value, gpointer data)
{
	GnmCell const *cell = value;
	GridFill const *fill = data;

	read_cell (fill->out, cell->pos.row, cell->pos.col, cell, fill->conv);
}

PstGrid *
pst_grid_from_workbook (Workbook const *wb, char const *file)
{
	PstGrid *grid = pst_grid_new (file);
	GODateConventions const *conv = workbook_date_conv (wb);
	int s, c, n = workbook_sheet_count (wb);

	for (s = 0; s < n; s++) {
		Sheet *sheet = workbook_sheet_by_index (wb, s);
		GnmRange extent = sheet_get_extent (sheet, FALSE, TRUE);
		int rows = extent.end.row + 1, cols = extent.end.col + 1;
		GridFill fill;

		if (sheet_cell_get (sheet, extent.end.col, extent.end.row) == NULL &&
		    extent.end.row == 0 && extent.end.col == 0 &&
		    sheet_cell_get (sheet, 0, 0) == NULL)
			rows = cols = 0;
		fill.out = pst_grid_add_sheet (grid, sheet->name_unquoted, rows, cols);
		fill.out->hidden = !sheet_is_visible (sheet);
		for (c = 0; c < cols; c++)
			if (sheet_col_is_hidden (sheet, c)) {
				if (fill.out->col_hidden == NULL)
					fill.out->col_hidden = g_new0 (gboolean, cols);
				fill.out->col_hidden[c] = TRUE;
			}
		fill.conv = conv;
		/* A value merged down over rows of one column. */
		for (GSList *m = sheet->list_merged; m && rows > 0; m = m->next) {
			GnmRange const *range = m->data;
			int r;
			if (range->start.col != range->end.col || range->end.row <= range->start.row ||
			    range->end.row >= rows || range->start.col >= cols)
				continue;
			if (fill.out->merge_top == NULL)
				fill.out->merge_top = g_hash_table_new (NULL, NULL);
			for (r = range->start.row + 1; r <= range->end.row; r++)
				g_hash_table_insert (fill.out->merge_top,
						     pst_sheet_merge_key (r, range->start.col),
						     GINT_TO_POINTER (range->start.row + 1));
		}
		/* The cells that exist, not every position of the extent (a
		 * cell in XFD1 over 100 000 rows is 1.6 billion positions), in
		 * any order: no sorted copy of the sheet's cells. */
		if (rows > 0)
			sheet_cell_foreach (sheet, cb_read_cell, &fill);
	}
	return grid;
}

char *
pst_entite_from_uri (char const *uri)
{
	char *path = g_filename_from_uri (uri, NULL, NULL);
	char *base = g_path_get_basename (path ? path : uri);
	char *dot = strrchr (base, '.');
	if (dot && dot != base)
		*dot = '\0';
	g_free (path);
	return base;
}

/* Gnumeric's own reader for the usual suffixes, so that nothing is
 * probed; any other file is probed by content. */
static GOFileOpener const *
opener_for (char const *file)
{
	static char const *const openers[][2] = {
		{ ".xlsx", "Gnumeric_Excel:xlsx" },
		{ ".xlsm", "Gnumeric_Excel:xlsx" },
		{ ".xls", "Gnumeric_Excel:excel" },
		{ ".ods", "Gnumeric_OpenCalc:openoffice" },
		{ ".gnumeric", "Gnumeric_XmlIO:sax" },
	};
	char const *dot = strrchr (file, '.');
	gsize i;

	for (i = 0; dot && i < G_N_ELEMENTS (openers); i++)
		if (g_ascii_strcasecmp (dot, openers[i][0]) == 0)
			return go_file_opener_for_id (openers[i][1]);
	return NULL;
}

/* CSV is read by the engine: Gnumeric's text importer splits on "," only
 * and reads 01/02/2020 the American way. */
static gboolean
is_text_file (char const *file)
{
	char const *dot = strrchr (file, '.');
	return dot && (g_ascii_strcasecmp (dot, ".csv") == 0 ||
		       g_ascii_strcasecmp (dot, ".tsv") == 0 ||
		       g_ascii_strcasecmp (dot, ".txt") == 0);
}

static PstGrid *
read_text_file (GsfInput *input, char const *file, char const *sheet_name,
		char **error)
{
	gsf_off_t size = gsf_input_size (input);
	guint8 const *data;

	gsf_input_seek (input, 0, G_SEEK_SET);
	data = size > 0 ? gsf_input_read (input, size, NULL) : NULL;
	if (size > 0 && data == NULL) {
		*error = g_strdup_printf ("impossible de lire « %s ».", file);
		return NULL;
	}
	return pst_grid_from_csv ((char const *) data, size > 0 ? size : 0,
				  file, sheet_name);
}

/* A plan being read: Gnumeric has read the file into the grid, and the
 * engine builds the plan from it on a thread of its own. */
struct _PstPlanReading {
	PstGrid		       *grid;
	char		       *entite, *name;
	PstImportOptions const *options;
	PstImportOptions       *owned;	/* freed with the reading */
	GThread		       *thread;
};

/* A canonical workbook is read back by its headers, not re-imported. */
static gpointer
import_grid (gpointer data)
{
	PstPlanReading const *r = data;
	PstPlan *plan = pst_plan_from_canonical (r->grid, r->entite);

	return plan ? plan : pst_import_with (r->grid, r->name, r->options);
}

static PstPlanReading *
reading_start (PstGrid *grid, char const *entite, char *name,
	       PstImportOptions const *options)
{
	PstPlanReading *r = g_new0 (PstPlanReading, 1);

	r->grid = grid;
	r->entite = g_strdup (entite);
	r->name = name;
	r->options = options;
	r->thread = g_thread_new ("pst-import", import_grid, r);
	return r;
}

PstPlanReading *
pst_plan_read_begin (GsfInput *input, char const *uri, char const *entite,
		     PstImportOptions const *options, GOIOContext *io, char **error)
{
	WorkbookView *wbv;
	Workbook *wb;
	PstGrid *grid;
	PstPlanReading *r = NULL;
	gint64 t;
	char *path = g_filename_from_uri (uri, NULL, NULL);
	char *file = g_path_get_basename (path ? path : uri);
	char *name = entite ? g_strdup (entite) : pst_entite_from_uri (uri);

	*error = NULL;
	if (is_text_file (file)) {
		/* Gnumeric names the sheet of a CSV file after the file. */
		grid = read_text_file (input, file, file, error);
		if (grid) {
			r = reading_start (grid, entite, name, options);
			name = NULL;
		}
		goto out;
	}
	gsf_input_seek (input, 0, G_SEEK_SET);
	t = pst_phase_start ();
	/* Gnumeric computes the formulas of a file that keeps no values
	 * (.gnumeric) as it opens it. */
	wbv = workbook_view_new_from_input (input, uri, opener_for (file), io, NULL);
	if (wbv == NULL || go_io_error_occurred (io)) {
		*error = g_strdup_printf ("impossible de lire « %s » : ce n’est pas un classeur que Gnumeric sait ouvrir.", file);
		if (wbv)
			g_object_unref (wb_view_get_workbook (wbv));
		goto out;
	}
	wb = wb_view_get_workbook (wbv);
	pst_phase_stop ("lecture (Gnumeric)", t);
	t = pst_phase_start ();
	grid = pst_grid_from_workbook (wb, file);
	pst_phase_stop ("grille", t);
	/* The grid holds all the importer reads.  The engine, which knows
	 * nothing of Gnumeric, builds the plan on a second core while
	 * Gnumeric frees the workbook on this one. */
	r = reading_start (grid, entite, name, options);
	name = NULL;
	t = pst_phase_start ();
	g_object_unref (wb);
	pst_phase_stop ("libération du classeur lu", t);
 out:
	g_free (path);
	g_free (file);
	g_free (name);
	return r;
}

PstPlan *
pst_plan_read_end (PstPlanReading *r)
{
	PstPlan *plan;
	gint64 t = pst_phase_start ();

	plan = g_thread_join (r->thread);
	pst_phase_stop ("attente de l’import", t);
	t = pst_phase_start ();
	pst_grid_free (r->grid);
	pst_phase_stop ("libération de la grille", t);
	pst_import_options_free (r->owned);
	g_free (r->entite);
	g_free (r->name);
	g_free (r);
	return plan;
}

void
pst_plan_reading_take_options (PstPlanReading *r, PstImportOptions *options)
{
	g_return_if_fail (r->owned == NULL);
	r->owned = options;
}

PstPlan *
pst_plan_read (GsfInput *input, char const *uri, char const *entite,
	       PstImportOptions const *options, GOIOContext *io, char **error)
{
	PstPlanReading *r = pst_plan_read_begin (input, uri, entite, options, io, error);
	return r ? pst_plan_read_end (r) : NULL;
}
