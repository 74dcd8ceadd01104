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
/* pst_plan_read in two halves: _begin has Gnumeric read the file and
 * starts the engine's import on a thread of its own; _end waits for the
 * plan.  Between the two, the caller may read the next file: a
 * consolidation reads one plan while the engine imports the one before.
 * @entite and @options must live until _end. */
typedef struct _PstPlanReading PstPlanReading;
PstPlanReading *pst_plan_read_begin	(GsfInput *input, char const *uri,
					 char const *entite,
					 PstImportOptions const *options,
					 GOIOContext *io, char **error);
PstPlan	*pst_plan_read_end	(PstPlanReading *reading);
/* @reading frees @options when it ends. */
void	 pst_plan_reading_take_options (PstPlanReading *reading,
					PstImportOptions *options);

/* The canonical workbook: sheets Plan, Objectifs, Budget, Anomalies with
 * live PST formulas, added to @wb. */
void	 pst_plan_write		(Workbook *wb, PstPlan const *plan);
/* pst_plan_write in two halves, for a workbook that adds sheets of its
 * own (the consolidation): _begin writes the sheets of plan-schema.md,
 * _end the dashboard (of @plan, which may differ from the first), then
 * computes every formula written.  Between the two, a second core
 * judges the SMART column. */
typedef struct _PstPlanWriting PstPlanWriting;
PstPlanWriting *pst_plan_write_begin	(Workbook *wb, PstPlan const *plan);
void	 pst_plan_write_end	(PstPlanWriting *writing, Workbook *wb,
				 PstPlan const *plan);

PstPlan	*pst_plan_read_path	(char const *path, char const *entite,
				 PstImportOptions const *options,
				 GOCmdContext *cc, char **error);
PstPlanReading *pst_plan_read_path_begin (char const *path, char const *entite,
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
