/* import-fixtures.h: plan grids written inline for the importer's tests. */
#ifndef PST_TEST_IMPORT_FIXTURES_H
#define PST_TEST_IMPORT_FIXTURES_H

#include "grid.h"
#include "plan.h"

/* One string per row, cells separated by '|'; "" is a blank row.  A cell
 * "#2021-06-30" is a date, "~0.5" a number, "!#N/A" an error value,
 * ">>text" text indented by two steps. */
void	pst_test_add_sheet	(PstGrid *grid, char const *name,
				 char const *const *rows, int n_rows);
/* Every non-empty row of every sheet is named by an objective, an action
 * or an anomaly. */
/* Cells of actions built by hand, as the importer leaves them. */
void	pst_test_set_text	(PstAction *a, PstField field, char const *text);
void	pst_test_set_number	(PstAction *a, PstField field, double v);
void	pst_test_set_date	(PstAction *a, PstField field, int day, int month, int year);
double	pst_test_serial		(int day, int month, int year);
void	pst_test_nothing_lost	(PstGrid const *grid, PstPlan const *plan);

#endif
