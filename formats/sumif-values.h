/*
 * sumif-values.h: SUMIF and PST.BUDGET cells stored with their value,
 * computed in one pass over their range rather than by Gnumeric cell by
 * cell.
 */
#ifndef PST_SUMIF_VALUES_H
#define PST_SUMIF_VALUES_H

#include "pst-gnumeric.h"

G_BEGIN_DECLS

/* Sums of columns @sum_cols of @sheet per distinct text of column
 * @key_col, over rows @first_row to @last_row (0-based), as SUMIF sums
 * them: numbers only, exactly (Gnumeric's accumulator), texts compared
 * without regard to case. */
typedef struct _PstSumsByText PstSumsByText;

PstSumsByText *pst_sums_by_text_new	(Sheet *sheet, int key_col,
					 int first_row, int last_row,
					 int const *sum_cols, int n_sums);
void	       pst_sums_by_text_free	(PstSumsByText *sums);
/* The value of =SUMIF(keys, @criterion, the @i-th sum column), or NULL
 * when only Gnumeric can tell it exactly: a criterion with an operator or
 * a wildcard, or that reads as a number, a date, a boolean or an error; a
 * key column holding anything but text; text outside ASCII. */
GnmValue      *pst_sums_by_text_sumif	(PstSumsByText const *sums,
					 char const *criterion, int i);

/* What =PST.BUDGET(column @article_col, column @amount_col, criterion),
 * both over rows @first_row to @last_row (0-based) of @sheet, gives in
 * sheet @at for each of the @n @criteria: the columns read once for all
 * (pst_budget_values, NULL where only the formula can tell). */
void	       pst_budget_column_values	(Sheet *sheet, int article_col, int amount_col,
					 int first_row, int last_row, Sheet *at,
					 char const * const *criteria, int n,
					 GnmValue **values);

/* =SUM(column @col, rows @first_row to @last_row): NULL when a cell holds
 * an error, which is then SUM's answer. */
GnmValue      *pst_column_sum_value	(Sheet *sheet, int col,
					 int first_row, int last_row);
/* =ROWS(r)-COUNTIF(r,"*.*.*.*") over that column: the rows whose
 * reference has fewer than four parts (actions, not sous-actions); NULL
 * when a cell holds anything but text. */
GnmValue      *pst_column_actions_value	(Sheet *sheet, int col,
					 int first_row, int last_row);

G_END_DECLS

#endif
