/*
 * pst-values.c: the edge between Gnumeric values and the PST engine.
 */
#include "pst-values.h"
#include "taux.h"
#include "status.h"
#include "periode.h"

#include <sheet.h>
#include <cell.h>
#include <dependent.h>
#include <position.h>
#include <number-match.h>
#include <goffice/goffice.h>
#include <time.h>

GnmValue *
pst_value_error_at (GnmEvalPos const *pos, PstError err)
{
	switch (err) {
	case PST_ERROR_NUM:
		return value_new_error_NUM (pos);
	case PST_ERROR_NA:
		return value_new_error_NA (pos);
	case PST_ERROR_DIV0:
		return value_new_error_DIV0 (pos);
	case PST_ERROR_VALUE:
	default:
		return value_new_error_VALUE (pos);
	}
}

GnmValue *
pst_value_error (GnmFuncEvalInfo *ei, PstError err)
{
	return pst_value_error_at (ei->pos, err);
}

char *
pst_value_text (GnmValue const *v)
{
	if (VALUE_IS_EMPTY (v))
		return NULL;
	if (VALUE_IS_STRING (v))
		return g_strdup (value_peek_string (v));
	return value_get_as_string (v);
}

GnmValue *
pst_value_progress (GnmFuncEvalInfo *ei, GnmValue const *v,
		    double *fraction, gboolean *blank)
{
	PstError err;

	*blank = FALSE;
	if (VALUE_IS_EMPTY (v)) {
		*blank = TRUE;
		return NULL;
	}
	if (VALUE_IS_ERROR (v))
		return value_dup (v);
	if (VALUE_IS_STRING (v)) {
		char const *s = value_peek_string (v);
		if (*s == '\0') {
			*blank = TRUE;
			return NULL;
		}
		err = pst_taux_from_text (s, fraction);
	} else if (VALUE_IS_FLOAT (v))
		err = pst_taux_from_number (value_get_as_float (v), fraction);
	else
		err = PST_ERROR_VALUE;
	return err == PST_OK ? NULL : pst_value_error (ei, err);
}

GnmValue *
pst_value_status (GnmFuncEvalInfo *ei, GnmValue const *v, PstStatus *status)
{
	*status = PST_STATUS_UNKNOWN;
	if (VALUE_IS_EMPTY (v))
		return NULL;
	if (VALUE_IS_ERROR (v))
		return value_dup (v);
	if (!VALUE_IS_STRING (v))
		return value_new_error_VALUE (ei->pos);
	if (*value_peek_string (v) == '\0')
		return NULL;
	*status = pst_status_parse (value_peek_string (v));
	return *status == PST_STATUS_UNKNOWN
		? value_new_error_VALUE (ei->pos) : NULL;
}

/* A blank weight counts 0, as in SUMPRODUCT. */
GnmValue *
pst_value_weight (GnmFuncEvalInfo *ei, GnmValue const *v, double *weight)
{
	*weight = 0;
	if (VALUE_IS_EMPTY (v))
		return NULL;
	if (VALUE_IS_ERROR (v))
		return value_dup (v);
	if (!VALUE_IS_FLOAT (v))
		return value_new_error_VALUE (ei->pos);
	*weight = value_get_as_float (v);
	if (!(*weight >= 0) || !go_finite (*weight))
		return value_new_error_NUM (ei->pos);
	return NULL;
}

/* A number, a date or a percentage typed as text, read as the sheet
 * would read it if typed in a cell. */
gboolean
pst_value_match_number (GnmFuncEvalInfo *ei, char const *text, double *x)
{
	GnmValue *parsed = format_match_number (text, NULL,
						sheet_date_conv (ei->pos->sheet));
	gboolean ok = parsed && VALUE_IS_FLOAT (parsed);

	if (ok)
		*x = value_get_as_float (parsed);
	value_release (parsed);
	return ok;
}

/* A date cell, or a date typed as text in the sheet's conventions. */
GnmValue *
pst_value_day (GnmFuncEvalInfo *ei, GnmValue const *v, double *day)
{
	if (VALUE_IS_EMPTY (v))
		return value_new_error_VALUE (ei->pos);
	if (VALUE_IS_ERROR (v))
		return value_dup (v);
	if (VALUE_IS_FLOAT (v)) {
		*day = value_get_as_float (v);
		return NULL;
	}
	if (VALUE_IS_STRING (v) &&
	    pst_value_match_number (ei, value_peek_string (v), day))
		return NULL;
	return value_new_error_VALUE (ei->pos);
}

double
pst_value_today (GnmFuncEvalInfo *ei)
{
	return go_date_timet_to_serial (time (NULL),
					sheet_date_conv (ei->pos->sheet));
}

/* Left out, an empty cell, or "" (as =IF(…;"") gives). */
gboolean
pst_value_is_blank (GnmValue const *v)
{
	return v == NULL || VALUE_IS_EMPTY (v) ||
		(VALUE_IS_STRING (v) && *value_peek_string (v) == '\0');
}

GnmValue *
pst_value_echeance (GnmFuncEvalInfo *ei, GnmValue const *v, double *day)
{
	GDate date;
	char *text;
	PstError err;

	if (pst_value_is_blank (v))
		return value_new_error_NA (ei->pos);
	if (VALUE_IS_ERROR (v))
		return value_dup (v);
	g_date_clear (&date, 1);
	if (VALUE_IS_FLOAT (v)) {
		*day = value_get_as_float (v);
		if (!pst_echeance_year (*day, &date))
			return NULL;
	} else {
		text = pst_value_text (v);
		err = pst_echeance_parse (text, 0, &date);
		g_free (text);
		if (err != PST_OK)
			return pst_value_error (ei, err);
	}
	*day = go_date_g_to_serial (&date, sheet_date_conv (ei->pos->sheet));
	return NULL;
}

/*
 * Gnumeric evaluates an area argument left blank, as the weights in
 * PST.AVANCEMENT(A1:A9,,C1:C9), to the number 0.  A scalar 0 (not a cell,
 * not a range) is therefore taken as "not given" when @zero_is_blank.
 */
gboolean
pst_area_left_blank (GnmValue const *v, gboolean zero_is_blank)
{
	if (v == NULL || VALUE_IS_EMPTY (v))
		return TRUE;
	return zero_is_blank && VALUE_IS_FLOAT (v) &&
		value_get_as_float (v) == 0;
}

int
pst_area_size (GnmFuncEvalInfo *ei, GnmValue const *v)
{
	return value_area_get_width (v, ei->pos) *
		value_area_get_height (v, ei->pos);
}

/* @n_cells < 0: any size.  A missing optional area has every cell blank. */
GnmValue *
pst_area_init (GnmFuncEvalInfo *ei, PstArea *area, GnmValue const *v,
	       int n_cells)
{
	area->area = v;
	area->sheet = NULL;
	if (v == NULL) {
		area->width = 1;
		area->height = n_cells;
		return NULL;
	}
	if (VALUE_IS_ERROR (v))
		return value_dup (v);
	area->width = value_area_get_width (v, ei->pos);
	area->height = value_area_get_height (v, ei->pos);
	if (n_cells >= 0 && area->width * area->height != n_cells)
		return value_new_error_VALUE (ei->pos);
	if (VALUE_IS_CELLRANGE (v)) {
		Sheet *start_sheet, *end_sheet;
		GnmRange r;

		gnm_rangeref_normalize (&v->v_range.cell, ei->pos,
					&start_sheet, &end_sheet, &r);
		if (start_sheet != NULL && start_sheet == end_sheet) {
			area->sheet = start_sheet;
			area->col = r.start.col;
			area->row = r.start.row;
		}
	}
	return NULL;
}

/* value_area_get_x_y, less the resolving of the range. */
GnmValue const *
pst_area_get (GnmFuncEvalInfo *ei, PstArea const *area, int i)
{
	int x = i % area->width, y = i / area->width;
	GnmCell *cell;

	if (area->area == NULL)
		return NULL;
	if (area->sheet == NULL)
		return value_area_get_x_y (area->area, x, y, ei->pos);
	x = (area->col + x) % gnm_sheet_get_max_cols (area->sheet);
	y = (area->row + y) % gnm_sheet_get_max_rows (area->sheet);
	if (area->sheet->cols.max_used < x || area->sheet->rows.max_used < y)
		return value_new_empty ();
	cell = sheet_cell_get (area->sheet, x, y);
	if (cell == NULL)
		return value_new_empty ();
	gnm_cell_eval (cell);
	return cell->value;
}

GnmValue *
pst_progress_areas_init (GnmFuncEvalInfo *ei, PstProgressAreas *areas,
			 GnmValue const *progress, GnmValue const *weights,
			 GnmValue const *statuses, int n_cells)
{
	GnmValue *err;

	areas->n = n_cells >= 0 ? n_cells : pst_area_size (ei, progress);
	if (pst_area_left_blank (weights, TRUE))
		weights = NULL;
	if (pst_area_left_blank (statuses, TRUE))
		statuses = NULL;
	areas->weighted = weights != NULL;
	if ((err = pst_area_init (ei, &areas->progress, progress, areas->n)) ||
	    (err = pst_area_init (ei, &areas->weights, weights, areas->n)) ||
	    (err = pst_area_init (ei, &areas->statuses, statuses, areas->n)))
		return err;
	return NULL;
}

GnmValue *
pst_progress_row_at (GnmFuncEvalInfo *ei, PstProgressAreas const *areas,
		     int i, PstProgressRow *row)
{
	GnmValue *err;
	gboolean blank;

	if ((err = pst_value_progress (ei, pst_area_get (ei, &areas->progress, i),
				       &row->progress, &blank)))
		return err;
	row->has_progress = !blank;
	row->weight = 1;
	if (areas->weighted &&
	    (err = pst_value_weight (ei, pst_area_get (ei, &areas->weights, i),
				     &row->weight)))
		return err;
	return pst_value_status (ei, pst_area_get (ei, &areas->statuses, i),
				 &row->status);
}
