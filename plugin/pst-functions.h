/*
 * pst-functions.h: the descriptor table of each function group, all in the
 * category "PST", registered from code (pst-register.c) by the plugin's
 * module and by programs of ours.
 */
#ifndef PST_FUNCTIONS_H
#define PST_FUNCTIONS_H

#include "pst-gnumeric.h"
#include "smart.h"

extern GnmFuncDescriptor const normalisation_functions[];
extern GnmFuncDescriptor const avancement_functions[];
extern GnmFuncDescriptor const meteo_functions[];
extern GnmFuncDescriptor const smart_functions[];
extern GnmFuncDescriptor const budget_functions[];

/* Whether a PST function is defined already (by another copy of the
 * plugin); placeholders for unknown names in a workbook do not count. */
gboolean   pst_functions_defined	(void);
/* Adds the functions nobody defines yet, and returns them for
 * pst_functions_unregister; with a plugin, the plugin is in use while a
 * cell calls one of them. */
GPtrArray *pst_functions_register_for	(GOPlugin *plugin);
GPtrArray *pst_functions_register	(void);
/* Takes away those of the functions that are still the ones registered. */
void	   pst_functions_unregister	(GPtrArray *funcs);
GnmFuncDescriptor const *const *pst_function_tables (gsize *n);

/* PST.SMART in three steps, so that the canonical workbook can store
 * the value of its SMART formulas, judged on a second core, rather than
 * recalculate them: the texts of the five arguments (each a cell's value
 * or NULL for an empty cell; NULL texts for blanks; to be freed), their
 * judgement (the engine's alone: any thread), and the value the formula
 * gives at @pos. */
#define PST_SMART_N_ARGS 5
void	   pst_smart_args_texts		(GnmValue const * const *args, char **texts);
PstError   pst_smart_judge_texts	(char const * const *texts,
					 PstSmartResult *result);
GnmValue  *pst_smart_letters_value	(GnmEvalPos const *pos, PstError e,
					 PstSmartResult const *result);

/* What =PST.BUDGET(@articles, @amounts, @criteria[i]) gives at @pos for
 * each criterion, the lines read once for all: a sheet of subtotals
 * stores them with its formulas.  @values[i] is NULL where only the
 * formula can tell (an error in @articles, an amount that does not
 * read). */
void	   pst_budget_values		(GnmEvalPos const *pos,
					 GnmValue const *articles,
					 GnmValue const *amounts,
					 char const * const *criteria, int n,
					 GnmValue **values);

#endif
