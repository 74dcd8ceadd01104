/*
 * budget-lines.h: the budget lines of PST.BUDGET and PST.BUDGET.TABLE as
 * a spreadsheet hands them over, whatever the spreadsheet.
 *
 * Only a line whose article reads can count.  So a cell of amount or year
 * that cannot be read is not an error at once: it is kept with the error
 * value the spreadsheet would show, and that error is the answer only if
 * the engine says its line counts.  The error is the caller's own value
 * (a GnmValue, a Calc value), freed with the caller's function; the
 * Gnumeric functions and the LibreOffice add-in read their cells their own
 * way and share everything else here.
 */
#ifndef PST_BUDGET_LINES_H
#define PST_BUDGET_LINES_H

#include <glib.h>
#include "errors.h"
#include "budget.h"

G_BEGIN_DECLS

/* Budget years, in @exercices and as the year asked for. */
#define PST_EXERCICE_MIN 1000
#define PST_EXERCICE_MAX 9999

typedef struct {
	int	       n;
	char const   **articles;	/* the cells' own strings, or NULL */
	double	      *amounts;
	int	      *exercices;	/* NULL unless a year is asked for;
					 * -1 where it could not be read */
	GArray	      *suspects;	/* private */
	GDestroyNotify free_error;
} PstBudgetLines;

void	 pst_budget_lines_init		(PstBudgetLines *lines, int n,
					 gboolean with_exercices,
					 GDestroyNotify free_error);
void	 pst_budget_lines_clear		(PstBudgetLines *lines);

/* Line @row's amount or year could not be read: @error (taken) is the
 * answer should the line count.  A line without a year is in no year. */
void	 pst_budget_lines_bad_amount	(PstBudgetLines *lines, int row,
					 gpointer error);
void	 pst_budget_lines_bad_exercice	(PstBudgetLines *lines, int row,
					 gpointer error);

/* The error (handed over) of the first unreadable line that counts, or
 * NULL: for PST.BUDGET, a bad amount on a line summed or a bad year on a
 * line whose article matches; for PST.BUDGET.TABLE, any line whose
 * article reads. */
gpointer pst_budget_lines_sum_error	(PstBudgetLines *lines,
					 PstBudgetCriterion const *criterion,
					 int exercice);
gpointer pst_budget_lines_table_error	(PstBudgetLines *lines);
/* Whether some line's amount or year could not be read. */
gboolean pst_budget_lines_has_suspects	(PstBudgetLines const *lines);

/* A budget year from a number (PST_ERROR_NUM unless a whole year of
 * PST_EXERCICE_MIN..MAX) or a text (FALSE unless such a year, or blank:
 * 0, no year). */
PstError pst_exercice_from_number	(double value, int *year);
gboolean pst_exercice_from_text		(char const *text, int *year);

G_END_DECLS

#endif
