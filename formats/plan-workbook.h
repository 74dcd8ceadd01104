/*
 * plan-workbook.h: plans between Gnumeric workbooks and the engine.
 */
#ifndef PST_PLAN_WORKBOOK_H
#define PST_PLAN_WORKBOOK_H

#include "pst-gnumeric.h"
#include "grid.h"
#include "plan.h"
#include "import.h"

G_BEGIN_DECLS

/* Every sheet of @wb, cells as values; @file names the Source column. */
PstGrid	*pst_grid_from_workbook	(Workbook const *wb, char const *file);

/* Reads any workbook Gnumeric can open and imports it; NULL with a French
 * message in *error when the file cannot be read. */
PstPlan	*pst_plan_read		(GsfInput *input, char const *uri,
				 char const *entite,
				 PstImportOptions const *options,
				 GOIOContext *io, char **error);

/* The canonical workbook: sheets Plan, Objectifs, Budget, Anomalies with
 * live PST formulas, added to @wb. */
void	 pst_plan_write		(Workbook *wb, PstPlan const *plan);

/* "virton-pst.xlsx" → "virton-pst". */
char	*pst_entite_from_uri	(char const *uri);

G_END_DECLS

#endif
