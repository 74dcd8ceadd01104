/*
 * sheet-write.h: cells and live formulas written into the sheets we
 * generate (canonical workbook, dashboard, consolidation).
 *
 * Formulas are written in the C conventions ("," between arguments, "."
 * as decimal point) whatever the user's locale; text from a source is a
 * string value, never parsed.
 */
#ifndef PST_SHEET_WRITE_H
#define PST_SHEET_WRITE_H

#include "pst-gnumeric.h"

#include <gtk/gtk.h>
#include <print-info.h>

G_BEGIN_DECLS

GnmConventions *pst_formula_conventions_new (void);

/* Where the cells go: a sheet, and the conventions of its formulas. */
typedef struct {
	Sheet	       *sheet;
	GnmConventions *convs;
} PstSheetWriter;

void	pst_put_value	(PstSheetWriter const *w, int col, int row, GnmValue *v);
void	pst_put_text	(PstSheetWriter const *w, int col, int row, char const *text);
void	pst_put_formula	(PstSheetWriter const *w, int col, int row,
			 char const *fmt, ...) G_GNUC_PRINTF (4, 5);
/* A formula with the value it gives, computed by the caller as Gnumeric
 * would: not queued.  A NULL @value: as pst_put_formula.  Takes @value. */
void	pst_put_formula_value (PstSheetWriter const *w, int col, int row,
			       GnmValue *value, char const *fmt, ...) G_GNUC_PRINTF (5, 6);
/* @fmt parsed as a formula of the cell (@col, @row), for cells that
 * share it; NULL (with a warning) when it does not parse. */
GnmExprTop const *pst_formula_parse (PstSheetWriter const *w, int col, int row,
				     char const *fmt, ...) G_GNUC_PRINTF (4, 5);
/* Computes the formulas pst_put_formula queued, and only those. */
void	pst_sheets_compute (Workbook *wb);
/* The progress of an objective, =PST.AVANCEMENT.REF(@args,""), the five
 * arguments given: blank rather than #DIV/0! when none of its actions has
 * a progress yet (or it has no action), any other error shown as it is. */
void	pst_put_progress (PstSheetWriter const *w, int col, int row,
			  char const *fmt, ...) G_GNUC_PRINTF (4, 5);

/* A4 in @orientation, 1 cm margins and @body points from the paper's edge
 * to the body, top and bottom.  The four margins stay equal: with a
 * landscape page GTK turns Gnumeric's margins round. */
void	pst_print_a4		(GnmPrintInformation *pi,
				 GtkPageOrientation orientation, double body);
/* Scaled to one page wide, as many tall as it takes. */
void	pst_print_one_page_wide	(GnmPrintInformation *pi);
/* @text for a page header or footer: Gnumeric takes a lone "&" as itself,
 * but the .xlsx header would read "&" and the next letter as a field, so
 * "&" becomes "et". */
char   *pst_print_header_text	(char const *text);

G_END_DECLS

#endif
