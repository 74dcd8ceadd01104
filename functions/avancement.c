/*
 * avancement.c: progress rolled up the hierarchy.
 */
#include "avancement.h"
#include "periode.h"

#include <math.h>

void
pst_progress_sum_add (PstProgressSum *sum, PstProgressRow const *row)
{
	double value;

	if (row->status == PST_STATUS_ANNULE_ABANDONNE)
		return;
	sum->n_rows++;
	if (row->status == PST_STATUS_TERMINE) {
		sum->n_finished++;
		value = 1;
	} else if (row->has_progress)
		value = row->progress;
	else if (row->status == PST_STATUS_NON_COMMENCE)
		value = 0;
	else
		return;
	sum->sum_weighted += row->weight * value;
	sum->sum_weights += row->weight;
}

PstError
pst_progress_sum_mean (PstProgressSum const *sum, double *mean)
{
	if (!(sum->sum_weights > 0))
		return PST_ERROR_DIV0;
	*mean = sum->sum_weighted / sum->sum_weights;
	/* Rounding must not push a mean of fractions past 100 %. */
	if (*mean > 1)
		*mean = 1;
	return PST_OK;
}

PstError
pst_avancement (PstProgressRow const *rows, gsize n, double *mean)
{
	PstProgressSum sum = { 0 };
	gsize i;

	for (i = 0; i < n; i++)
		pst_progress_sum_add (&sum, &rows[i]);
	return pst_progress_sum_mean (&sum, mean);
}

PstError
pst_avancement_attendu (double start, double end, double date,
			double *expected)
{
	if (!isfinite (start) || !isfinite (end) || !isfinite (date))
		return PST_ERROR_VALUE;
	if (end < start)
		return PST_ERROR_NUM;
	if (date >= end)
		*expected = 1;
	else if (date <= start)
		*expected = 0;
	else
		*expected = (date - start) / (end - start);
	return PST_OK;
}

PstError
pst_avancement_progression (double before, double after, GDate const *start,
			    GDate const *end, double *change)
{
	double months;
	PstError e;

	if (!isfinite (before) || !isfinite (after))
		return PST_ERROR_VALUE;
	if (start == NULL && end == NULL) {
		*change = after - before;
		return PST_OK;
	}
	if (start == NULL || end == NULL)
		return PST_ERROR_VALUE;
	if ((e = pst_mois_ecoules (start, end, &months)) != PST_OK)
		return e;
	if (months == 0)
		return PST_ERROR_DIV0;
	*change = (after - before) * 12 / months;
	return PST_OK;
}
