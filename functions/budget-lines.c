/*
 * budget-lines.c: budget lines read from a spreadsheet, and the errors
 * of their unreadable cells.
 */
#include "budget-lines.h"

#include <math.h>
#include <string.h>

typedef struct {
	int	 row;
	gboolean bad_exercice;	/* else the amount */
	gpointer error;
} Suspect;

void
pst_budget_lines_init (PstBudgetLines *lines, int n, gboolean with_exercices,
		       GDestroyNotify free_error)
{
	memset (lines, 0, sizeof (*lines));
	lines->n = MAX (n, 0);
	lines->articles = g_new0 (char const *, lines->n + 1);
	lines->amounts = g_new0 (double, lines->n + 1);
	if (with_exercices)
		lines->exercices = g_new0 (int, lines->n + 1);
	lines->free_error = free_error;
}

void
pst_budget_lines_clear (PstBudgetLines *lines)
{
	guint i;

	for (i = 0; lines->suspects && i < lines->suspects->len; i++) {
		gpointer error = g_array_index (lines->suspects, Suspect, i).error;
		if (error && lines->free_error)
			lines->free_error (error);
	}
	if (lines->suspects)
		g_array_free (lines->suspects, TRUE);
	g_free (lines->articles);
	g_free (lines->amounts);
	g_free (lines->exercices);
	memset (lines, 0, sizeof (*lines));
}

static void
add_suspect (PstBudgetLines *lines, int row, gboolean bad_exercice,
	     gpointer error)
{
	Suspect s = { row, bad_exercice, error };

	g_return_if_fail (row >= 0 && row < lines->n);
	if (lines->suspects == NULL)
		lines->suspects = g_array_new (FALSE, FALSE, sizeof (Suspect));
	g_array_append_val (lines->suspects, s);
}

void
pst_budget_lines_bad_amount (PstBudgetLines *lines, int row, gpointer error)
{
	add_suspect (lines, row, FALSE, error);
}

void
pst_budget_lines_bad_exercice (PstBudgetLines *lines, int row, gpointer error)
{
	g_return_if_fail (lines->exercices != NULL && row >= 0 && row < lines->n);
	add_suspect (lines, row, TRUE, error);
	lines->exercices[row] = -1;
}

typedef gboolean (*CountsFn) (PstBudgetLines const *lines, Suspect const *s,
			      gconstpointer data);

static gpointer
first_error (PstBudgetLines *lines, CountsFn counts, gconstpointer data)
{
	guint i;

	for (i = 0; lines->suspects && i < lines->suspects->len; i++) {
		Suspect *s = &g_array_index (lines->suspects, Suspect, i);
		/* An error already handed over is the caller's now. */
		if (s->error != NULL && counts (lines, s, data)) {
			gpointer error = s->error;
			s->error = NULL;
			return error;
		}
	}
	return NULL;
}

typedef struct {
	PstBudgetCriterion const *criterion;
	int			  exercice;
} SumQuery;

/* By the engine's own rules, on the line alone: a bad amount counts if
 * the line is summed; a bad year if the line would be summed in some
 * year. */
static gboolean
sum_counts (PstBudgetLines const *lines, Suspect const *s, gconstpointer data)
{
	SumQuery const *q = data;
	double const one = 1;
	int year = lines->exercices ? lines->exercices[s->row] : 0;
	int exercice = s->bad_exercice ? 0 : q->exercice;
	double sum = 0;

	return pst_budget_sum (q->criterion, &lines->articles[s->row], &one,
			       exercice ? &year : NULL, 1, exercice,
			       &sum) == PST_OK && sum != 0;
}

gpointer
pst_budget_lines_sum_error (PstBudgetLines *lines,
			    PstBudgetCriterion const *criterion, int exercice)
{
	SumQuery q = { criterion, exercice };
	return first_error (lines, sum_counts, &q);
}

static gboolean
table_counts (PstBudgetLines const *lines, Suspect const *s,
	      G_GNUC_UNUSED gconstpointer data)
{
	PstArticle article;
	return pst_article_parse (lines->articles[s->row], &article) == PST_OK;
}

gpointer
pst_budget_lines_table_error (PstBudgetLines *lines)
{
	return first_error (lines, table_counts, NULL);
}

gboolean
pst_budget_lines_has_suspects (PstBudgetLines const *lines)
{
	return lines->suspects != NULL && lines->suspects->len > 0;
}

PstError
pst_exercice_from_number (double value, int *year)
{
	*year = 0;
	if (!(value == floor (value) && value >= PST_EXERCICE_MIN &&
	      value <= PST_EXERCICE_MAX))
		return PST_ERROR_NUM;
	*year = (int) value;
	return PST_OK;
}

gboolean
pst_exercice_from_text (char const *text, int *year)
{
	char *t = g_strstrip (g_strdup (text ? text : ""));
	guint64 y = 0;
	gboolean ok = *t == '\0' ||
		g_ascii_string_to_unsigned (t, 10, PST_EXERCICE_MIN,
					    PST_EXERCICE_MAX, &y, NULL);

	*year = ok ? (int) y : 0;
	g_free (t);
	return ok;
}
