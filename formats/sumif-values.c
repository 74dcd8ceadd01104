/*
 * sumif-values.c: the values of SUMIF and COUNTIF cells of the sheets we
 * write, computed in one pass (sumif-values.h).
 *
 * Gnumeric evaluates each SUMIF over its whole range, comparing every
 * cell through a regular expression: one row per article of the Budget
 * sheet costs articles × actions comparisons, minutes for all of
 * Wallonia's plans.  Here the range is read once into a table by text,
 * and each cell then costs one lookup.  Only what is certain is answered:
 * a criterion Gnumeric would read otherwise than as plain text (an
 * operator, a wildcard, a number, a date, a boolean, an error), a range
 * holding anything but text and numbers, a text outside ASCII (whose case
 * Gnumeric folds its own way) leaves the cell to Gnumeric.
 */
#include "sumif-values.h"
#include "pst-functions.h"

#include <sheet.h>
#include <cell.h>
#include <value.h>
#include <number-match.h>
#include <ranges.h>
#include <goffice/goffice.h>
#include <string.h>

struct _PstSumsByText {
	GHashTable  *sums;	/* folded text → GOAccumulator *[n_sums] */
	GHashTable  *unsure;	/* folded texts Gnumeric may match otherwise */
	int	     n_sums;
	gboolean     all_unsure;
	GODateConventions const *conv;
};

static gboolean
is_ascii (char const *s)
{
	for (; *s; s++)
		if ((guchar) *s >= 0x80)
			return FALSE;
	return TRUE;
}

static void
accumulators_free (gpointer data)
{
	GOAccumulator **accs = data;
	int i;

	for (i = 0; accs[i]; i++)
		go_accumulator_free (accs[i]);
	g_free (accs);
}

PstSumsByText *
pst_sums_by_text_new (Sheet *sheet, int key_col, int first_row, int last_row,
		      int const *sum_cols, int n_sums)
{
	PstSumsByText *s = g_new0 (PstSumsByText, 1);
	void *state = go_accumulator_start ();
	int row, i;

	s->sums = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, accumulators_free);
	s->unsure = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
	s->n_sums = n_sums;
	s->conv = sheet_date_conv (sheet);
	for (row = first_row; row <= last_row && !s->all_unsure; row++) {
		GnmCell const *key_cell = sheet_cell_get (sheet, key_col, row);
		GnmValue const *key = key_cell ? key_cell->value : NULL;
		GOAccumulator **accs;
		char *folded;

		if (key == NULL || VALUE_IS_EMPTY (key))
			continue;
		if (!VALUE_IS_STRING (key)) {
			/* A number, a boolean or an error among the texts:
			 * Gnumeric's comparisons take over. */
			s->all_unsure = TRUE;
			break;
		}
		if (!is_ascii (value_peek_string (key))) {
			/* Unicode folding may map it onto plain letters
			 * ("K", the Kelvin sign): that text is not certain. */
			char *fold = g_utf8_casefold (value_peek_string (key), -1);
			if (is_ascii (fold))
				g_hash_table_add (s->unsure, g_ascii_strdown (fold, -1));
			g_free (fold);
			continue;
		}
		folded = g_ascii_strdown (value_peek_string (key), -1);
		accs = g_hash_table_lookup (s->sums, folded);
		if (accs == NULL) {
			accs = g_new0 (GOAccumulator *, n_sums + 1);
			for (i = 0; i < n_sums; i++)
				accs[i] = go_accumulator_new ();
			g_hash_table_insert (s->sums, g_strdup (folded), accs);
		}
		for (i = 0; i < n_sums; i++) {
			GnmCell const *cell = sheet_cell_get (sheet, sum_cols[i], row);
			GnmValue const *v = cell ? cell->value : NULL;
			if (v == NULL)
				continue;
			/* SUMIF skips text, blanks and booleans; an error would
			 * be its answer. */
			if (VALUE_IS_ERROR (v))
				g_hash_table_add (s->unsure, g_strdup (folded));
			else if (VALUE_IS_FLOAT (v))
				go_accumulator_add (accs[i], value_get_as_float (v));
		}
		g_free (folded);
	}
	go_accumulator_end (state);
	return s;
}

void
pst_sums_by_text_free (PstSumsByText *s)
{
	if (s == NULL)
		return;
	g_hash_table_destroy (s->sums);
	g_hash_table_destroy (s->unsure);
	g_free (s);
}

/* Whether SUMIF and COUNTIF read @criterion as plain text, matched
 * without regard to case: no operator, no wildcard, nothing that reads
 * as a number, a date, a boolean or an error. */
static gboolean
is_plain_text (char const *criterion, GODateConventions const *conv)
{
	GnmValue *v;

	if (criterion == NULL || *criterion == '\0' || !is_ascii (criterion) ||
	    strchr ("<>=#", criterion[0]) != NULL ||
	    strpbrk (criterion, "*?~") != NULL ||
	    g_ascii_strcasecmp (criterion, "TRUE") == 0 ||
	    g_ascii_strcasecmp (criterion, "FALSE") == 0)
		return FALSE;
	v = format_match_number (criterion, NULL, conv);
	if (v) {
		value_release (v);
		return FALSE;
	}
	return TRUE;
}

GnmValue *
pst_sums_by_text_sumif (PstSumsByText const *s, char const *criterion, int i)
{
	GOAccumulator **accs;
	char *folded;
	GnmValue *v = NULL;
	void *state;

	g_return_val_if_fail (i >= 0 && i < s->n_sums, NULL);
	if (s->all_unsure || !is_plain_text (criterion, s->conv))
		return NULL;
	folded = g_ascii_strdown (criterion, -1);
	if (!g_hash_table_contains (s->unsure, folded)) {
		accs = g_hash_table_lookup (s->sums, folded);
		state = go_accumulator_start ();
		v = value_new_float (accs ? go_accumulator_value (accs[i]) : 0.);
		go_accumulator_end (state);
	}
	g_free (folded);
	return v;
}

void
pst_budget_column_values (Sheet *sheet, int article_col, int amount_col,
			  int first_row, int last_row, Sheet *at,
			  char const * const *criteria, int n, GnmValue **values)
{
	GnmRange range;
	GnmValue *articles, *amounts;
	GnmEvalPos ep;

	articles = value_new_cellrange_r (sheet, range_init (&range, article_col, first_row,
							     article_col, last_row));
	amounts = value_new_cellrange_r (sheet, range_init (&range, amount_col, first_row,
							    amount_col, last_row));
	eval_pos_init_sheet (&ep, at);
	pst_budget_values (&ep, articles, amounts, criteria, n, values);
	value_release (articles);
	value_release (amounts);
}

/* Summed as SUM sums a range: numbers only, with Gnumeric's exact
 * accumulator, so that the value stored is the one a recalculation
 * gives. */
GnmValue *
pst_column_sum_value (Sheet *sheet, int col, int first_row, int last_row)
{
	void *state = gnm_accumulator_start ();
	GOAccumulatorl *acc = gnm_accumulator_new ();
	GnmValue *sum = NULL;
	int row;

	for (row = first_row; row <= last_row; row++) {
		GnmCell const *cell = sheet_cell_get (sheet, col, row);
		GnmValue const *v = cell ? cell->value : NULL;
		if (v && VALUE_IS_ERROR (v))
			goto out;	/* SUM's answer is the error */
		if (v && VALUE_IS_FLOAT (v))
			gnm_accumulator_add (acc, value_get_as_float (v));
	}
	sum = value_new_float (gnm_accumulator_value (acc));
 out:
	gnm_accumulator_free (acc);
	gnm_accumulator_end (state);
	return sum;
}

/* COUNTIF's wildcard pattern goes through a regular expression for each
 * cell: the costliest formula of the Objectifs sheet. */
GnmValue *
pst_column_actions_value (Sheet *sheet, int col, int first_row, int last_row)
{
	int row, deeper = 0;

	for (row = first_row; row <= last_row; row++) {
		GnmCell const *cell = sheet_cell_get (sheet, col, row);
		GnmValue const *v = cell ? cell->value : NULL;
		char const *p;
		int dots = 0;

		if (v == NULL || VALUE_IS_EMPTY (v))
			continue;
		if (!VALUE_IS_STRING (v))
			return NULL;
		for (p = value_peek_string (v); *p; p++)
			dots += *p == '.';
		deeper += dots >= 3;	/* what "*.*.*.*" matches */
	}
	return value_new_int (last_row - first_row + 1 - deeper);
}
