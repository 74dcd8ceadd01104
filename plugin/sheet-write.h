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
#include <stdarg.h>

G_BEGIN_DECLS

GnmConventions *pst_formula_conventions_new (void);

void	pst_cell_put_value	(Sheet *sheet, int col, int row, GnmValue *v);
void	pst_cell_put_text	(Sheet *sheet, int col, int row, char const *text);
void	pst_cell_put_formula_v	(Sheet *sheet, GnmConventions const *convs,
				 int col, int row, char const *fmt, va_list args);

G_END_DECLS

#endif
