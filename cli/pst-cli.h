/*
 * pst-cli.h: the pst command's shared pieces.
 */
#ifndef PST_CLI_H
#define PST_CLI_H

#include "pst-gnumeric.h"
#include "plan.h"
#include "import.h"
#include "plan-workbook.h"

G_BEGIN_DECLS

/* Exit statuses: 0 done, 1 a file could not be read or written, 2 usage,
 * 3 imported but the reading is doubtful (import.h), or verified and the
 * plan has erreurs (pst verifier). */
enum { PST_EXIT_OK = 0, PST_EXIT_FAILURE = 1, PST_EXIT_USAGE = 2,
       PST_EXIT_DOUBT = PST_IMPORT_EXIT_DOUBT };

GOCmdContext *pst_cli_context	(void);

PstPlan	*pst_cli_read_plan	(char const *path, char const *entite);
/* The first half of pst_cli_read_plan (see pst_plan_read_begin): the
 * file read, its import started; NULL after a French message.  Finish
 * with pst_plan_read_end. */
PstPlanReading *pst_cli_read_plan_begin	(char const *path, char const *entite,
					 PstImportOptions const *options);
PstPlan	*pst_cli_read_plan_with	(char const *path, char const *entite,
				 PstImportOptions const *options);
/* Writes the canonical workbook of @plan to @path; takes @plan, freed
 * once the workbook is written, before it is saved. */
gboolean pst_cli_save_plan	(PstPlan *plan, char const *path);
GOFileSaver *pst_cli_saver_for	(char const *path);
gboolean pst_cli_save_workbook	(Workbook *wb, GOFileSaver *fs, char const *path);
/* @wb, written, is of no more use: freed now when PST_FREE_AT_EXIT is
 * set (the memory checks), otherwise left to the end of the process
 * (pst_cli_exit_early). */
void	 pst_cli_done_with	(Workbook *wb);
gboolean pst_cli_exit_early	(void);
/* FALSE after a French message when @text is no day. */
gboolean pst_cli_parse_date	(char const *text, GDate *date);
void	 pst_cli_error		(char const *fmt, ...) G_GNUC_PRINTF (1, 2);

int	 pst_cmd_import		(int argc, char **argv);
int	 pst_cmd_export		(int argc, char **argv);
int	 pst_cmd_consolidate	(int argc, char **argv);
int	 pst_cmd_verify		(int argc, char **argv);
int	 pst_cmd_compare	(int argc, char **argv);
int	 pst_cmd_fiches		(int argc, char **argv);

G_END_DECLS

#endif
