/*
 * grid.h: a workbook as the importer sees it, sheets of cells, whatever
 * program and format it came from.
 */
#ifndef PST_GRID_H
#define PST_GRID_H

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
	PST_CELL_BLANK = 0,
	PST_CELL_TEXT,
	PST_CELL_NUMBER,
	PST_CELL_DATE,		/* number: a day in the workbook's date system */
	PST_CELL_BOOLEAN,
	PST_CELL_ERROR		/* text: the error as displayed */
} PstCellKind;

typedef struct {
	PstCellKind kind;
	guint16	    indent;	/* the cell's indentation, in steps */
	char	   *text;	/* the value as displayed; NULL when blank */
	double	    number;
} PstCell;

/* A row holds its cells up to the last one set: a sheet with a cell in
 * XFD1 and 100 000 rows below costs 100 000 cells, not 1.6 billion. */
typedef struct {
	int	 n_cells, n_alloc;
	PstCell	*cells;
} PstRow;

typedef struct {
	char	*name;
	gboolean hidden;
	int	 n_rows, n_cols;
	PstRow	*rows;		/* n_rows; read them with pst_sheet_cell */
	gboolean *col_hidden;	/* n_cols, or NULL when no column is hidden */
	/* Cells under the top of a merged area of one column: the key
	 * pst_sheet_merge_key (row, col) → the area's top row + 1; NULL
	 * when the sheet has no such area. */
	GHashTable *merge_top;
	/* The cells' texts, one block after another rather than one
	 * allocation each: a sheet of 100 000 rows is built, read and freed
	 * at the speed of memory. */
	GStringChunk *texts;
} PstSheet;

#define pst_sheet_merge_key(row, col) GSIZE_TO_POINTER ((gsize) (row) * 65536u + (gsize) (col) + 1u)
/* The top row of the merged area over (@row, @col), or -1. */
int	pst_sheet_merged_from	(PstSheet const *sheet, int row, int col);

typedef struct {
	char	  *file;	/* base name, for the Source column */
	GPtrArray *sheets;	/* of PstSheet */
} PstGrid;

PstGrid	*pst_grid_new		(char const *file);
void	 pst_grid_free		(PstGrid *grid);
PstSheet *pst_grid_add_sheet	(PstGrid *grid, char const *name,
				 int n_rows, int n_cols);
/* A sheet of no grid, freed by pst_sheet_free. */
PstSheet *pst_sheet_new		(char const *name, int n_rows, int n_cols);
void	 pst_sheet_free		(PstSheet *sheet);
void	 pst_sheet_set		(PstSheet *sheet, int row, int col,
				 PstCellKind kind, char const *text,
				 double number);
PstCell const *pst_sheet_cell	(PstSheet const *sheet, int row, int col);
/* The indentation of a cell already set (plans show levels by it). */
void	 pst_sheet_set_indent	(PstSheet *sheet, int row, int col, int indent);

/* A cell's value replaced; text appended after @sep (or set when the cell
 * is blank), the cell becoming text. */
void	 pst_cell_set		(PstCell *cell, PstCellKind kind,
				 char const *text, double number);
void	 pst_cell_append_text	(PstCell *cell, char const *sep,
				 char const *text);
/* The cell's text as the importer reads it: NULL when blank or an error
 * value (#N/A…: a formula of the source failed, reported elsewhere). */
char const *pst_cell_text	(PstCell const *cell);
/* Anything written in the cell, error values included. */
gboolean pst_cell_filled	(PstCell const *cell);

/* The row as written, error values included, cells joined by " | ". */
char	*pst_sheet_row_text	(PstSheet const *sheet, int row);

/* The columns of @row up to its last cell set: past it all are blank. */
int	 pst_sheet_row_width	(PstSheet const *sheet, int row);

char	*pst_cell_name		(int row, int col);
/* "plan.xlsx!'Feuil1'!B12": a row named by its first filled cell, even
 * an error value. */
char	*pst_row_source		(char const *file, PstSheet const *sheet,
				 int row);
char	*pst_source_name	(char const *file, char const *sheet,
				 int row, int col);

G_END_DECLS

#endif
