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

PstPlan	*pst_plan_read_path	(char const *path, char const *entite,
				 PstImportOptions const *options,
				 GOCmdContext *cc, char **error);
void	 pst_plan_name_entite_from_title (PstPlan *plan);
char	*pst_plan_summary	(PstPlan const *plan);

char	*pst_plan_corrections_path (char const *plan_path);
char	*pst_plan_corrections_load (char const *plan_path);
gboolean pst_plan_corrections_save (char const *plan_path, char const *text,
				    char **error);

/* "virton-pst.xlsx" → "virton-pst". */
char	*pst_entite_from_uri	(char const *uri);

G_END_DECLS

#endif
