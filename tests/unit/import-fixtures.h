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
void	pst_test_nothing_lost	(PstGrid const *grid, PstPlan const *plan);

#endif
