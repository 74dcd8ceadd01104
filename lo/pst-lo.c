/*
 * pst-lo.c: the PST functions of the LibreOffice add-in, on the values
 * that pst-addin.cxx takes from Calc.
 *
 * Each function reads its arguments as its Gnumeric twin in plugin/fn-*.c
 * does, with the readers of plugin/pst-values.c, and asks the same engine
 * calls for the answer: the same inputs give the same results and the
 * same error values in both programs.  Nothing of the PST rules is here.
 *
 * What Calc hands an add-in differs from Gnumeric's values in two ways,
 * and the readers below say where it matters:
 * - an empty cell given alone as an argument arrives as the number 0
 *   (PstLoValue.maybe_empty).  Where 0 is no possible value (a text, a
 *   status, a date, a weather), it reads as the empty cell it must have
 *   been; a progress or an indicator of 0 stays 0;
 * - an empty cell inside a range arrives as "", which pst-addin.cxx turns
 *   back into an empty cell (PST_LO_EMPTY).
 *
 * Over 600 lines, on purpose: one twin per Gnumeric function, in the
 * order of plugin/fn-*.c, each short; splitting them would scatter the
 * value readers they all share.
 */
#include "pst-lo.h"
#define PST_LO_PROTOTYPES_ONLY
#include "pst-table.h"
#include "reference.h"
#include "status.h"
#include "taux.h"
#include "echeance.h"
#include "periode.h"
#include "frequence.h"
#include "avancement.h"
#include "synthese.h"
#include "meteo.h"
#include "smart.h"
#include "article.h"
#include "budget.h"
#include "budget-lines.h"
#include "indicateur.h"
#include "text.h"

#include <math.h>
#include <string.h>

/***************************************************************************/
/* Values. */

PstLoValue *
pst_lo_value_new (PstLoKind kind)
{
	PstLoValue *v = g_new0 (PstLoValue, 1);
	v->kind = kind;
	return v;
}

PstLoValue *
pst_lo_value_new_error (PstError err)
{
	PstLoValue *v = pst_lo_value_new (PST_LO_ERROR);
	v->error = err;
	return v;
}

void
pst_lo_value_clear (PstLoValue *v)
{
	int i;

	if (v->kind == PST_LO_ARRAY && v->cells) {
		for (i = 0; i < v->rows * v->cols; i++)
			pst_lo_value_clear (&v->cells[i]);
		g_free (v->cells);
	}
	g_free (v->string);
	memset (v, 0, sizeof (*v));
}

void
pst_lo_value_free (PstLoValue *v)
{
	if (v == NULL)
		return;
	pst_lo_value_clear (v);
	g_free (v);
}

static PstLoValue *
value_error (PstError err)
{
	return pst_lo_value_new_error (err);
}

static PstLoValue *
value_float (double x)
{
	PstLoValue *v = pst_lo_value_new (PST_LO_NUMBER);
	v->number = x;
	return v;
}

static PstLoValue *
value_string_nocopy (char *s)
{
	PstLoValue *v = pst_lo_value_new (PST_LO_STRING);
	v->string = s;
	return v;
}

static PstLoValue *
value_string (char const *s)
{
	return value_string_nocopy (g_strdup (s));
}

static PstLoValue *
value_bool (gboolean b)
{
	PstLoValue *v = pst_lo_value_new (PST_LO_BOOLEAN);
	v->number = b ? 1 : 0;
	return v;
}

/* Gnumeric's VALUE_IS_EMPTY: no argument, or an empty cell. */
static gboolean
is_empty (PstLoValue const *v)
{
	return v == NULL || v->kind == PST_LO_MISSING || v->kind == PST_LO_EMPTY;
}

/* An empty cell, counting the 0 Calc passes for an empty cell: for the
 * readers of texts, statuses, dates and weathers, where 0 is no value. */
static gboolean
is_empty_cell (PstLoValue const *v)
{
	return is_empty (v) || (v->kind == PST_LO_NUMBER && v->maybe_empty);
}

static gboolean
is_string (PstLoValue const *v)
{
	return v != NULL && v->kind == PST_LO_STRING;
}

/* Gnumeric's VALUE_IS_FLOAT: Calc has no logical values, TRUE is 1. */
static gboolean
is_number (PstLoValue const *v)
{
	return v != NULL && v->kind == PST_LO_NUMBER;
}

/* The text of a number as Gnumeric's value_get_as_string writes it: the
 * shortest decimal that reads back as the same number, C locale. */
static char *
number_text (double x)
{
	char buf[G_ASCII_DTOSTR_BUF_SIZE];
	int precision;

	for (precision = 15; precision <= 17; precision++) {
		char format[8];
		g_snprintf (format, sizeof (format), "%%.%dg", precision);
		g_ascii_formatd (buf, sizeof (buf), format, x);
		if (g_ascii_strtod (buf, NULL) == x)
			break;
	}
	return g_strdup (buf);
}

/* pst_value_text: the text of a scalar; NULL when blank. */
static char *
value_text (PstLoValue const *v)
{
	if (is_empty_cell (v))
		return NULL;
	if (is_string (v))
		return g_strdup (v->string);
	if (v->kind == PST_LO_NUMBER)
		return number_text (v->number);
	return NULL;
}

/* pst_value_progress */
static PstLoValue *
value_progress (PstLoValue const *v, double *fraction, gboolean *blank)
{
	PstError err;

	*blank = FALSE;
	if (is_empty (v)) {
		*blank = TRUE;
		return NULL;
	}
	if (is_string (v)) {
		if (*v->string == '\0') {
			*blank = TRUE;
			return NULL;
		}
		err = pst_taux_from_text (v->string, fraction);
	} else if (is_number (v))
		err = pst_taux_from_number (v->number, fraction);
	else
		err = PST_ERROR_VALUE;
	return err == PST_OK ? NULL : value_error (err);
}

/* pst_value_status */
static PstLoValue *
value_status (PstLoValue const *v, PstStatus *status)
{
	*status = PST_STATUS_UNKNOWN;
	if (is_empty_cell (v))
		return NULL;
	if (!is_string (v))
		return value_error (PST_ERROR_VALUE);
	if (*v->string == '\0')
		return NULL;
	*status = pst_status_parse (v->string);
	return *status == PST_STATUS_UNKNOWN ? value_error (PST_ERROR_VALUE) : NULL;
}

/* pst_value_weight: a blank weight counts 0, as in SUMPRODUCT. */
static PstLoValue *
value_weight (PstLoValue const *v, double *weight)
{
	*weight = 0;
	if (is_empty (v))
		return NULL;
	if (!is_number (v))
		return value_error (PST_ERROR_VALUE);
	*weight = v->number;
	if (!(*weight >= 0) || !isfinite (*weight))
		return value_error (PST_ERROR_NUM);
	return NULL;
}

/* Text read as a number or a date, as Gnumeric's format_match_number
 * reads it in the sheet's conventions: Calc's own number reader, in the
 * document's locale (pst-addin.cxx). */
static gboolean
parse_number (PstLoContext const *ctx, char const *text, double *x)
{
	return ctx->parse_number && ctx->parse_number (ctx->data, text, x);
}

/* pst_value_day: a date cell, or a date typed as text. */
static PstLoValue *
value_day (PstLoContext const *ctx, PstLoValue const *v, double *day)
{
	if (is_empty_cell (v))
		return value_error (PST_ERROR_VALUE);
	if (is_number (v)) {
		*day = v->number;
		return NULL;
	}
	if (is_string (v) && parse_number (ctx, v->string, day))
		return NULL;
	return value_error (PST_ERROR_VALUE);
}

/* Gnumeric's "f" argument: a number, or text read as one; an empty cell
 * is 0. */
static PstLoValue *
value_float_arg (PstLoContext const *ctx, PstLoValue const *v, double *x)
{
	*x = 0;
	if (is_empty (v))
		return NULL;
	if (is_number (v) || v->kind == PST_LO_BOOLEAN) {
		*x = v->number;
		return NULL;
	}
	if (is_string (v) && parse_number (ctx, v->string, x))
		return NULL;
	return value_error (PST_ERROR_VALUE);
}

/***************************************************************************/
/* Ranges, read as one list of cells, row by row (PstArea). */

typedef struct {
	PstLoValue const *area;		/* NULL: every cell blank */
	int		  n;
} Area;

/* pst_area_left_blank: a range left out, or the 0 of an argument left
 * blank, as the weights in PST.AVANCEMENT(A1:A9;;C1:C9). */
static gboolean
area_left_blank (PstLoValue const *v, gboolean zero_is_blank)
{
	if (is_empty (v))
		return TRUE;
	return zero_is_blank && is_number (v) && v->number == 0;
}

static int
area_size (PstLoValue const *v)
{
	if (v != NULL && v->kind == PST_LO_ARRAY)
		return v->rows * v->cols;
	return 1;
}

/* @n_cells < 0: any size. */
static PstLoValue *
area_init (Area *area, PstLoValue const *v, int n_cells)
{
	area->area = v;
	if (v == NULL) {
		area->n = n_cells;
		return NULL;
	}
	area->n = area_size (v);
	if (n_cells >= 0 && area->n != n_cells)
		return value_error (PST_ERROR_VALUE);
	return NULL;
}

static PstLoValue const *
area_get (Area const *area, int i)
{
	if (area->area == NULL)
		return NULL;
	if (area->area->kind == PST_LO_ARRAY)
		return &area->area->cells[i];
	return area->area;
}

typedef struct {
	Area	 progress, weights, statuses;
	gboolean weighted;
	int	 n;
} ProgressAreas;

static PstLoValue *
progress_areas_init (ProgressAreas *areas, PstLoValue const *progress,
		     PstLoValue const *weights, PstLoValue const *statuses,
		     int n_cells)
{
	PstLoValue *err;

	areas->n = n_cells >= 0 ? n_cells : area_size (progress);
	if (area_left_blank (weights, TRUE))
		weights = NULL;
	if (area_left_blank (statuses, TRUE))
		statuses = NULL;
	areas->weighted = weights != NULL;
	if ((err = area_init (&areas->progress, progress, areas->n)) ||
	    (err = area_init (&areas->weights, weights, areas->n)) ||
	    (err = area_init (&areas->statuses, statuses, areas->n)))
		return err;
	return NULL;
}

static PstLoValue *
progress_row_at (ProgressAreas const *areas, int i, PstProgressRow *row)
{
	PstLoValue *err;
	gboolean blank;

	if ((err = value_progress (area_get (&areas->progress, i),
				   &row->progress, &blank)))
		return err;
	row->has_progress = !blank;
	row->weight = 1;
	if (areas->weighted &&
	    (err = value_weight (area_get (&areas->weights, i), &row->weight)))
		return err;
	return value_status (area_get (&areas->statuses, i), &row->status);
}

/***************************************************************************/
/* Normalisation (plugin/fn-normalisation.c). */

PstLoValue *
lo_pst_ref (PstLoContext const *ctx, PstLoValue const *const *argv, int argc)
{
	char *text, *parent, *ref;
	PstError err;

	text = value_text (argv[0]);
	if (text == NULL)
		return value_error (PST_ERROR_NA);
	parent = argv[1] ? value_text (argv[1]) : NULL;
	ref = pst_ref_normalise (text, parent, &err);
	g_free (text);
	g_free (parent);
	return ref ? value_string_nocopy (ref) : value_error (err);
}

PstLoValue *
lo_pst_ref_niveau (PstLoContext const *ctx, PstLoValue const *const *argv, int argc)
{
	char *text = value_text (argv[0]);
	PstError err;
	int level;

	if (text == NULL)
		return value_error (PST_ERROR_NA);
	level = pst_ref_level (text, &err);
	g_free (text);
	return err == PST_OK ? value_float (level) : value_error (err);
}

PstLoValue *
lo_pst_ref_parent (PstLoContext const *ctx, PstLoValue const *const *argv, int argc)
{
	char *text = value_text (argv[0]), *parent;
	PstError err;

	if (text == NULL)
		return value_error (PST_ERROR_NA);
	parent = pst_ref_parent (text, &err);
	g_free (text);
	return parent ? value_string_nocopy (parent) : value_error (err);
}

PstLoValue *
lo_pst_statut (PstLoContext const *ctx, PstLoValue const *const *argv, int argc)
{
	PstStatus status;

	if (is_empty_cell (argv[0]) ||
	    (is_string (argv[0]) && *argv[0]->string == '\0'))
		return value_error (PST_ERROR_NA);
	if (!is_string (argv[0]))
		return value_error (PST_ERROR_VALUE);
	status = pst_status_parse (argv[0]->string);
	if (status == PST_STATUS_UNKNOWN)
		return value_error (PST_ERROR_VALUE);
	return value_string (pst_status_code (status));
}

PstLoValue *
lo_pst_taux (PstLoContext const *ctx, PstLoValue const *const *argv, int argc)
{
	double fraction;
	gboolean blank;
	PstLoValue *err = value_progress (argv[0], &fraction, &blank);

	if (err)
		return err;
	if (blank)
		return value_error (PST_ERROR_NA);
	return value_float (fraction);
}

/* A day of the calendar as the document's serial number. */
static double
serial_of_date (PstLoContext const *ctx, GDate const *date)
{
	return (double) g_date_get_julian (date) - (double) ctx->epoch_julian;
}

PstLoValue *
lo_pst_echeance (PstLoContext const *ctx, PstLoValue const *const *argv, int argc)
{
	int year = 0;
	char *text;
	GDate date;
	PstError err;

	if (is_empty_cell (argv[0]))
		return value_error (PST_ERROR_NA);
	if (is_number (argv[0])) {
		/* "2022" typed in a cell is a year, not 14/07/1905. */
		if (!pst_echeance_year (argv[0]->number, &date))
			return value_float (argv[0]->number);
		return value_float (serial_of_date (ctx, &date));
	}
	if (argv[1]) {
		double y = argv[1]->number;
		if (y != floor (y) || y < 1900 || y > 9999)
			return value_error (PST_ERROR_NUM);
		year = (int) y;
	}
	text = value_text (argv[0]);
	g_date_clear (&date, 1);
	err = pst_echeance_parse (text, year, &date);
	g_free (text);
	if (err != PST_OK)
		return value_error (err);
	return value_float (serial_of_date (ctx, &date));
}

/* Left out, an empty cell (or the 0 Calc passes for one), or "". */
static gboolean
is_blank (PstLoValue const *v)
{
	return is_empty_cell (v) || (is_string (v) && *v->string == '\0');
}

/* pst_value_echeance: an échéance as PST.ECHEANCE reads it, as a serial
 * number. */
static PstLoValue *
value_echeance (PstLoContext const *ctx, PstLoValue const *v, double *day)
{
	GDate date;
	char *text;
	PstError err;

	if (is_blank (v))
		return value_error (PST_ERROR_NA);
	g_date_clear (&date, 1);
	if (is_number (v)) {
		*day = v->number;
		if (!pst_echeance_year (*day, &date))
			return NULL;
	} else {
		text = value_text (v);
		err = text ? pst_echeance_parse (text, 0, &date) : PST_ERROR_VALUE;
		g_free (text);
		if (err != PST_OK)
			return value_error (err);
	}
	*day = serial_of_date (ctx, &date);
	return NULL;
}

PstLoValue *
lo_pst_echeance_retard (PstLoContext const *ctx, PstLoValue const *const *argv, int argc)
{
	double before, after, days;
	PstLoValue *err;
	PstError e;

	if ((err = value_echeance (ctx, argv[0], &before)) ||
	    (err = value_echeance (ctx, argv[1], &after)))
		return err;
	e = pst_echeance_retard (before, after, &days);
	return e == PST_OK ? value_float (days) : value_error (e);
}

PstLoValue *
lo_pst_frequence (PstLoContext const *ctx, PstLoValue const *const *argv, int argc)
{
	char *text = value_text (argv[0]);
	double per_year;
	PstError err;

	if (text == NULL)
		return value_error (PST_ERROR_NA);
	err = pst_frequence_parse (text, &per_year);
	g_free (text);
	return err == PST_OK ? value_float (per_year) : value_error (err);
}

/***************************************************************************/
/* Avancement (plugin/fn-avancement.c). */

PstLoValue *
lo_pst_avancement (PstLoContext const *ctx, PstLoValue const *const *argv, int argc)
{
	ProgressAreas areas;
	PstProgressSum sum = { 0 };
	PstLoValue *err;
	double mean;
	int i;

	if ((err = progress_areas_init (&areas, argv[0], argv[1], argv[2], -1)))
		return err;
	for (i = 0; i < areas.n; i++) {
		PstProgressRow row;
		if ((err = progress_row_at (&areas, i, &row)))
			return err;
		pst_progress_sum_add (&sum, &row);
	}
	if (pst_progress_sum_mean (&sum, &mean) != PST_OK)
		return value_error (PST_ERROR_DIV0);
	return value_float (mean);
}

/* Canonical reference of a cell; NULL for a blank cell, or *err set. */
static char *
cell_reference (PstLoValue const *v, PstLoValue **err)
{
	char *text, *ref;
	PstError e;

	*err = NULL;
	text = value_text (v);
	if (text == NULL || *text == '\0') {
		g_free (text);
		return NULL;
	}
	ref = pst_ref_normalise (text, NULL, &e);
	g_free (text);
	if (ref == NULL)
		*err = value_error (e);
	return ref;
}

PstLoValue *
lo_pst_avancement_ref (PstLoContext const *ctx, PstLoValue const *const *argv, int argc)
{
	ProgressAreas areas;
	PstProgressSum sum = { 0 };
	Area refs;
	PstLoValue *err;
	char *text, *target;
	PstError e;
	double mean;
	int i, n = area_size (argv[0]);

	text = value_text (argv[2]);
	target = text ? pst_ref_normalise (text, NULL, &e) : NULL;
	g_free (text);
	if (target == NULL)
		return value_error (PST_ERROR_VALUE);
	if ((err = area_init (&refs, argv[0], n)) ||
	    (err = progress_areas_init (&areas, argv[1], argv[3], argv[4], n)))
		goto out;
	for (i = 0; i < n; i++) {
		PstProgressRow row;
		char *ref = cell_reference (area_get (&refs, i), &err);
		gboolean within = ref && pst_ref_is_within (ref, target);

		g_free (ref);
		if (err)
			goto out;
		if (!within)
			continue;
		if ((err = progress_row_at (&areas, i, &row)))
			goto out;
		pst_progress_sum_add (&sum, &row);
	}
	if (pst_progress_sum_mean (&sum, &mean) == PST_OK)
		err = value_float (mean);
	else if (argc > 5 && argv[5] && argv[5]->kind == PST_LO_NUMBER)
		err = value_float (argv[5]->number);
	else if (argc > 5 && argv[5] && argv[5]->kind == PST_LO_STRING)
		err = value_string (argv[5]->string);
	else if (argc > 5 && argv[5] && argv[5]->kind == PST_LO_EMPTY)
		err = value_string ("");
	else
		err = value_error (PST_ERROR_DIV0);
 out:
	g_free (target);
	return err;
}

static PstLoValue *
expected_progress (PstLoContext const *ctx, PstLoValue const *start_v,
		   PstLoValue const *end_v, PstLoValue const *date_v,
		   double *expected)
{
	double start, end, date;
	PstLoValue *err;
	PstError e;

	if ((err = value_day (ctx, start_v, &start)) ||
	    (err = value_day (ctx, end_v, &end)))
		return err;
	if (date_v == NULL)
		date = ctx->today;
	else if ((err = value_day (ctx, date_v, &date)))
		return err;
	e = pst_avancement_attendu (start, end, date, expected);
	return e == PST_OK ? NULL : value_error (e);
}

PstLoValue *
lo_pst_avancement_attendu (PstLoContext const *ctx, PstLoValue const *const *argv, int argc)
{
	double expected;
	PstLoValue *err = expected_progress (ctx, argv[0], argv[1], argv[2], &expected);
	return err ? err : value_float (expected);
}

PstLoValue *
lo_pst_ecart (PstLoContext const *ctx, PstLoValue const *const *argv, int argc)
{
	double progress, expected;
	gboolean blank;
	PstLoValue *err;

	if ((err = value_progress (argv[0], &progress, &blank)))
		return err;
	if (blank)
		return value_error (PST_ERROR_NA);
	if ((err = expected_progress (ctx, argv[1], argv[2], argv[3], &expected)))
		return err;
	return value_float (progress - expected);
}

/* The date of an assessment, as PST.ECHEANCE reads it. */
static PstLoValue *
assessment_date (PstLoContext const *ctx, PstLoValue const *v, GDate *date)
{
	double day, julian;
	PstLoValue *err = value_echeance (ctx, v, &day);

	g_date_clear (date, 1);
	if (err) {
		pst_lo_value_free (err);
		return value_error (PST_ERROR_VALUE);
	}
	julian = floor (day) + ctx->epoch_julian;
	if (julian >= 1 && julian < G_MAXUINT32)
		g_date_set_julian (date, (guint32) julian);
	return NULL;
}

PstLoValue *
lo_pst_avancement_progression (PstLoContext const *ctx, PstLoValue const *const *argv, int argc)
{
	double before, after, change;
	gboolean blank_before, blank_after;
	gboolean dated = !(is_blank (argc > 2 ? argv[2] : NULL) &&
			   is_blank (argc > 3 ? argv[3] : NULL));
	GDate start, end;
	PstLoValue *err;
	PstError e;

	if ((err = value_progress (argv[0], &before, &blank_before)) ||
	    (err = value_progress (argv[1], &after, &blank_after)))
		return err;
	if (blank_before || blank_after)
		return value_error (PST_ERROR_NA);
	if (dated &&
	    ((err = assessment_date (ctx, argc > 2 ? argv[2] : NULL, &start)) ||
	     (err = assessment_date (ctx, argc > 3 ? argv[3] : NULL, &end))))
		return err;
	e = pst_avancement_progression (before, after, dated ? &start : NULL,
					dated ? &end : NULL, &change);
	return e == PST_OK ? value_float (change) : value_error (e);
}

PstLoValue *
lo_pst_synthese (PstLoContext const *ctx, PstLoValue const *const *argv, int argc)
{
	ProgressAreas areas;
	Area refs_area;
	PstProgressRow *rows = NULL;
	char **refs = NULL;
	GPtrArray *nodes = NULL;
	PstLoValue *res = NULL;
	int i, level = 2, n = area_size (argv[0]);

	if (argv[2]) {
		double l = argv[2]->number;
		if (l != floor (l) || l < 1 || l > 4)
			return value_error (PST_ERROR_NUM);
		level = (int) l;
	}
	if ((res = area_init (&refs_area, argv[0], n)) ||
	    (res = progress_areas_init (&areas, argv[1], argv[3], argv[4], n)))
		return res;

	rows = g_new0 (PstProgressRow, MAX (n, 1));
	refs = g_new0 (char *, MAX (n, 1));
	for (i = 0; i < n; i++) {
		refs[i] = cell_reference (area_get (&refs_area, i), &res);
		if (res)
			goto out;
		if (refs[i] == NULL || pst_ref_depth (refs[i]) < level)
			continue;
		if ((res = progress_row_at (&areas, i, &rows[i])))
			goto out;
	}

	nodes = pst_synthese ((char const * const *) refs, rows, n, level);
	if (nodes->len == 0) {
		res = value_error (PST_ERROR_NA);
		goto out;
	}
	res = pst_lo_value_new (PST_LO_ARRAY);
	res->rows = nodes->len;
	res->cols = 4;
	res->cells = g_new0 (PstLoValue, res->rows * res->cols);
	for (i = 0; i < (int) nodes->len; i++) {
		PstSyntheseNode const *node = g_ptr_array_index (nodes, i);
		PstLoValue *row = &res->cells[i * 4];
		double mean;

		row[0].kind = PST_LO_STRING;
		row[0].string = g_strdup (node->ref);
		if (pst_progress_sum_mean (&node->sum, &mean) == PST_OK) {
			row[1].kind = PST_LO_NUMBER;
			row[1].number = mean;
		} else {
			row[1].kind = PST_LO_ERROR;
			row[1].error = PST_ERROR_DIV0;
		}
		row[2].kind = PST_LO_NUMBER;
		row[2].number = node->sum.n_rows;
		row[3].kind = PST_LO_NUMBER;
		row[3].number = node->sum.n_finished;
	}
 out:
	if (nodes)
		pst_synthese_free (nodes);
	for (i = 0; i < n; i++)
		g_free (refs[i]);
	g_free (refs);
	g_free (rows);
	return res;
}

/***************************************************************************/
/* Météo (plugin/fn-meteo.c). */

/* A weather from a value: a word, a symbol or a level 1 to 4; *blank for
 * an empty cell or blank text. */
static PstLoValue *
value_meteo (PstLoValue const *v, PstMeteo *meteo, gboolean *blank)
{
	*meteo = PST_METEO_UNKNOWN;
	*blank = FALSE;
	if (is_empty_cell (v)) {
		*blank = TRUE;
		return NULL;
	}
	if (is_string (v)) {
		if (pst_text_is_blank (v->string)) {
			*blank = TRUE;
			return NULL;
		}
		*meteo = pst_meteo_parse (v->string);
	} else if (is_number (v))
		*meteo = pst_meteo_from_level (v->number);
	return *meteo == PST_METEO_UNKNOWN ? value_error (PST_ERROR_VALUE) : NULL;
}

static PstLoValue *
meteo_result (PstError err, PstMeteo meteo)
{
	if (err != PST_OK)
		return value_error (err);
	return value_string (pst_meteo_word (meteo));
}

/* The three optional thresholds; one left out keeps its default. */
static void
read_thresholds (PstLoValue const *const *argv, PstMeteoThresholds *t)
{
	pst_meteo_thresholds_init (t);
	if (argv[0])
		t->soleil = argv[0]->number;
	if (argv[1])
		t->nuageux = argv[1]->number;
	if (argv[2])
		t->pluie = argv[2]->number;
}

PstLoValue *
lo_pst_meteo_delais (PstLoContext const *ctx, PstLoValue const *const *argv, int argc)
{
	PstMeteoThresholds t;
	PstStatus status;
	PstMeteo meteo = PST_METEO_UNKNOWN;
	double progress, start, end, date;
	gboolean blank;
	PstLoValue *err;
	PstError e;

	if ((err = value_status (argv[4], &status)) ||
	    (err = value_progress (argv[0], &progress, &blank)))
		return err;
	/* A blank progress as in the roll-up: 0 % when not started, 100 %
	 * when finished; otherwise there is nothing to judge. */
	if (blank) {
		if (status == PST_STATUS_TERMINE)
			progress = 1;
		else if (status == PST_STATUS_NON_COMMENCE ||
			 status == PST_STATUS_ANNULE_ABANDONNE)
			progress = 0;
		else
			return value_error (PST_ERROR_NA);
	}
	if ((err = value_day (ctx, argv[1], &start)) ||
	    (err = value_day (ctx, argv[2], &end)))
		return err;
	if (argv[3] == NULL)
		date = ctx->today;
	else if ((err = value_day (ctx, argv[3], &date)))
		return err;
	read_thresholds (argv + 5, &t);
	e = pst_meteo_delais (progress, start, end, date, status, &t, &meteo);
	return meteo_result (e, meteo);
}

PstLoValue *
lo_pst_meteo_ressources (PstLoContext const *ctx, PstLoValue const *const *argv, int argc)
{
	PstMeteoThresholds t;
	PstMeteo meteo = PST_METEO_UNKNOWN;
	double progress;
	gboolean blank;
	PstLoValue *err;
	PstError e;

	if ((err = value_progress (argv[2], &progress, &blank)))
		return err;
	if (blank)
		return value_error (PST_ERROR_NA);
	read_thresholds (argv + 3, &t);
	e = pst_meteo_ressources (argv[0]->number, argv[1]->number, progress,
				  &t, &meteo);
	return meteo_result (e, meteo);
}

/* Each value, or each cell of each range, not blank: as Gnumeric's
 * function_iterate_argument_values with CELL_ITER_IGNORE_BLANK. */
static PstLoValue *
meteo_worst (PstLoValue const *v, PstMeteo *worst)
{
	PstMeteo meteo;
	gboolean blank;
	PstLoValue *err;
	int i;

	if (v != NULL && v->kind == PST_LO_ARRAY) {
		for (i = 0; i < v->rows * v->cols; i++)
			if ((err = meteo_worst (&v->cells[i], worst)))
				return err;
		return NULL;
	}
	err = value_meteo (v, &meteo, &blank);
	if (err == NULL && !blank)
		*worst = pst_meteo_worst (*worst, meteo);
	return err;
}

PstLoValue *
lo_pst_meteo_globale (PstLoContext const *ctx, PstLoValue const *const *argv, int argc)
{
	PstMeteo worst = PST_METEO_UNKNOWN;
	PstLoValue *err;
	int i;

	for (i = 0; i < argc; i++)
		if ((err = meteo_worst (argv[i], &worst)))
			return err;
	if (worst == PST_METEO_UNKNOWN)
		return value_error (PST_ERROR_NA);
	return value_string (pst_meteo_word (worst));
}

PstLoValue *
lo_pst_meteo_synthese (PstLoContext const *ctx, PstLoValue const *const *argv, int argc)
{
	PstMeteoCount count;
	PstMeteoMode mode;
	PstMeteo meteo = PST_METEO_UNKNOWN;
	char *text = argv[1] ? value_text (argv[1]) : NULL;
	PstError e = pst_meteo_mode_parse (text, &mode);
	Area area;
	int i;

	g_free (text);
	if (e != PST_OK)
		return value_error (e);
	pst_meteo_count_init (&count);
	area_init (&area, argv[0], -1);
	for (i = 0; i < area.n; i++) {
		PstMeteo m;
		gboolean blank;
		PstLoValue *err = value_meteo (area_get (&area, i), &m, &blank);
		if (err)
			return err;
		if (!blank)
			pst_meteo_count_add (&count, m);
	}
	e = pst_meteo_synthese_result (&count, mode, &meteo);
	return meteo_result (e, meteo);
}

PstLoValue *
lo_pst_meteo_niveau (PstLoContext const *ctx, PstLoValue const *const *argv, int argc)
{
	PstMeteo meteo;
	gboolean blank;
	PstLoValue *err = value_meteo (argv[0], &meteo, &blank);

	if (err != NULL)
		return err;
	if (blank)
		return value_error (PST_ERROR_NA);
	return value_float (meteo);
}

/***************************************************************************/
/* SMART (plugin/fn-smart.c). */

static PstLoValue *
smart_judge (PstLoValue const *const *argv, PstSmartResult *result)
{
	char *texts[5];
	PstSmartInput input = { NULL };
	PstError e;
	int i;

	for (i = 0; i < 5; i++)
		texts[i] = argv[i] ? value_text (argv[i]) : NULL;
	input.label = texts[0];
	input.echeance = texts[1];
	input.indicateur = texts[2];
	input.responsable = texts[3];
	input.ressources = texts[4];
	input.niveau = 0;
	e = pst_smart (&input, result);
	for (i = 0; i < 5; i++)
		g_free (texts[i]);
	return e == PST_OK ? NULL : value_error (e);
}

PstLoValue *
lo_pst_smart (PstLoContext const *ctx, PstLoValue const *const *argv, int argc)
{
	PstSmartResult result;
	PstLoValue *err = smart_judge (argv, &result);

	return err ? err : value_string_nocopy (pst_smart_letters (&result));
}

PstLoValue *
lo_pst_smart_score (PstLoContext const *ctx, PstLoValue const *const *argv, int argc)
{
	PstSmartResult result;
	PstLoValue *err = smart_judge (argv, &result);

	return err ? err : value_float (pst_smart_score (&result));
}

PstLoValue *
lo_pst_smart_diagnostic (PstLoContext const *ctx, PstLoValue const *const *argv, int argc)
{
	PstSmartResult result;
	PstLoValue *err = smart_judge (argv, &result);

	return err ? err : value_string_nocopy (pst_smart_diagnostic (&result));
}

/***************************************************************************/
/* Budget and indicators (plugin/fn-budget.c). */

PstLoValue *
lo_pst_article (PstLoContext const *ctx, PstLoValue const *const *argv, int argc)
{
	char *text = value_text (argv[0]);
	char *part_name = argv[1] ? value_text (argv[1]) : NULL;
	PstArticlePart part;
	PstArticle article;
	char *result;
	PstError err;
	PstLoValue *res;

	if (pst_text_is_blank (text)) {
		res = value_error (PST_ERROR_NA);
		goto out;
	}
	if ((err = pst_article_part_from_name (part_name, &part)) != PST_OK ||
	    (err = pst_article_parse (text, &article)) != PST_OK) {
		res = value_error (err);
		goto out;
	}
	/* The year is a number, as PST.BUDGET's exercices are. */
	if (part == PST_ARTICLE_PART_EXERCICE)
		res = article.year != 0 ? value_float (article.year)
			: value_error (PST_ERROR_NA);
	else if ((err = pst_article_part (&article, part, &result)) == PST_OK)
		res = value_string_nocopy (result);
	else
		res = value_error (err);
 out:
	g_free (text);
	g_free (part_name);
	return res;
}

PstLoValue *
lo_pst_article_valide (PstLoContext const *ctx, PstLoValue const *const *argv, int argc)
{
	if (!is_string (argv[0]))
		return value_bool (FALSE);
	return value_bool (pst_article_valid (argv[0]->string));
}

/* The budget lines of PST.BUDGET and PST.BUDGET.TABLE (budget-lines.h). */

/* A number, blank or "" (0); else the error should the line be summed. */
static PstLoValue *
budget_amount (PstLoValue const *v, double *amount)
{
	*amount = 0;
	if (is_empty (v))
		return NULL;
	if (is_number (v)) {
		*amount = v->number;
		return NULL;
	}
	if (is_string (v) && *v->string == '\0')
		return NULL;
	return value_error (PST_ERROR_VALUE);
}

/* A year from 1000 to 9999, as a number or text; blank: 0. */
static PstLoValue *
budget_year (PstLoValue const *v, int *year)
{
	*year = 0;
	if (is_empty (v))
		return NULL;
	if (is_number (v))
		return pst_exercice_from_number (v->number, year) == PST_OK
			? NULL : value_error (PST_ERROR_NUM);
	if (is_string (v) && pst_exercice_from_text (v->string, year))
		return NULL;
	return value_error (PST_ERROR_VALUE);
}

/* Only text can be an article, so the amount and year of any other line
 * are not even looked at. */
static PstLoValue *
budget_lines_read (PstBudgetLines *lines, PstLoValue const *articles_v,
		   PstLoValue const *amounts_v, PstLoValue const *exercices_v)
{
	Area articles, amounts, exercices;
	PstLoValue *err;
	int i, n = area_size (articles_v);

	pst_budget_lines_init (lines, n, exercices_v != NULL,
			       (GDestroyNotify) pst_lo_value_free);
	if ((err = area_init (&articles, articles_v, n)) ||
	    (err = area_init (&amounts, amounts_v, n)) ||
	    (err = area_init (&exercices, exercices_v, n)))
		return err;

	for (i = 0; i < n; i++) {
		PstLoValue const *v = area_get (&articles, i);

		if (!is_string (v))
			continue;
		lines->articles[i] = v->string;
		if ((err = budget_amount (area_get (&amounts, i),
					  &lines->amounts[i])))
			pst_budget_lines_bad_amount (lines, i, err);
		if (lines->exercices &&
		    (err = budget_year (area_get (&exercices, i),
					&lines->exercices[i])))
			pst_budget_lines_bad_exercice (lines, i, err);
	}
	return NULL;
}

PstLoValue *
lo_pst_budget (PstLoContext const *ctx, PstLoValue const *const *argv, int argc)
{
	PstBudgetCriterion *criterion = NULL;
	PstLoValue const *exercices = argv[3];
	PstBudgetLines lines = { 0 };
	PstLoValue *res;
	char *text;
	double sum;
	int exercice = 0;
	PstError err;

	if (argv[4] && pst_exercice_from_number (argv[4]->number, &exercice) != PST_OK)
		return value_error (PST_ERROR_NUM);
	if (area_left_blank (exercices, TRUE))
		exercices = NULL;
	else if (area_size (exercices) != area_size (argv[0]))
		return value_error (PST_ERROR_VALUE);

	text = value_text (argv[2]);
	err = pst_budget_criterion_new (text, &criterion);
	g_free (text);
	if (err != PST_OK)
		return value_error (err);

	if ((res = budget_lines_read (&lines, argv[0], argv[1],
				      exercice ? exercices : NULL)))
		goto out;
	err = pst_budget_sum (criterion, lines.articles, lines.amounts,
			      lines.exercices, lines.n, exercice, &sum);
	if (err != PST_OK)
		res = value_error (err);
	else if (!(res = pst_budget_lines_sum_error (&lines, criterion, exercice)))
		res = value_float (sum);
 out:
	pst_budget_lines_clear (&lines);
	pst_budget_criterion_free (criterion);
	return res;
}

PstLoValue *
lo_pst_budget_table (PstLoContext const *ctx, PstLoValue const *const *argv, int argc)
{
	PstBudgetLines lines = { 0 };
	GPtrArray *table = NULL;
	PstArticlePart level;
	PstLoValue *res;
	char *text;
	PstError err;
	guint i;

	text = argv[2] ? value_text (argv[2]) : NULL;
	err = pst_budget_level_from_name (text, &level);
	g_free (text);
	if (err != PST_OK)
		return value_error (err);

	if ((res = budget_lines_read (&lines, argv[0], argv[1], NULL)))
		goto out;
	err = pst_budget_table (lines.articles, lines.amounts, lines.n,
				level, &table);
	if (err != PST_OK) {
		res = value_error (err);
		goto out;
	}
	if ((res = pst_budget_lines_table_error (&lines)))
		goto out;

	res = pst_lo_value_new (PST_LO_ARRAY);
	res->rows = table->len;
	res->cols = 2;
	res->cells = g_new0 (PstLoValue, MAX (table->len, 1) * 2);
	for (i = 0; i < table->len; i++) {
		PstBudgetLine const *line = g_ptr_array_index (table, i);
		PstLoValue *row = &res->cells[i * 2];

		row[0].kind = PST_LO_STRING;
		row[0].string = g_strdup (line->key);
		row[1].kind = PST_LO_NUMBER;
		row[1].number = line->sum;
	}
 out:
	pst_budget_table_free (table);
	pst_budget_lines_clear (&lines);
	return res;
}

/* A day of the document's calendar as a Julian day number for GDate. */
static PstLoValue *
budget_julian (PstLoContext const *ctx, PstLoValue const *v, guint32 *julian)
{
	double day, j;
	PstLoValue *err;

	if ((err = value_day (ctx, v, &day)))
		return err;
	day = floor (day);
	if (!(day >= 0 && day < G_MAXINT))
		return value_error (PST_ERROR_NUM);
	j = (double) ctx->epoch_julian + day;
	if (!(j > 0 && j < G_MAXUINT32) || !g_date_valid_julian ((guint32) j))
		return value_error (PST_ERROR_NUM);
	*julian = (guint32) j;
	return NULL;
}

PstLoValue *
lo_pst_budget_prorata (PstLoContext const *ctx, PstLoValue const *const *argv, int argc)
{
	double year = argv[3]->number;
	guint32 start, end;
	double part;
	PstLoValue *err;
	PstError e;

	if ((err = budget_julian (ctx, argv[1], &start)) ||
	    (err = budget_julian (ctx, argv[2], &end)))
		return err;
	if (year != floor (year) || year < 1 || year > PST_EXERCICE_MAX)
		return value_error (PST_ERROR_NUM);
	e = pst_budget_prorata (argv[0]->number, start, end, (int) year, &part);
	return e == PST_OK ? value_float (part) : value_error (e);
}

/* A number, or text read as one; a blank is no measure yet. */
static PstLoValue *
indicator_value (PstLoContext const *ctx, PstLoValue const *v, double *x)
{
	if (is_empty (v) || (is_string (v) && pst_text_is_blank (v->string)))
		return value_error (PST_ERROR_NA);
	if (is_number (v)) {
		*x = v->number;
		return NULL;
	}
	if (is_string (v) && parse_number (ctx, v->string, x))
		return NULL;
	return value_error (PST_ERROR_VALUE);
}

PstLoValue *
lo_pst_indicateur (PstLoContext const *ctx, PstLoValue const *const *argv, int argc)
{
	double initiale, cible, actuelle, attainment;
	PstLoValue *err;
	PstError e;

	if ((err = indicator_value (ctx, argv[0], &initiale)) ||
	    (err = indicator_value (ctx, argv[1], &cible)) ||
	    (err = indicator_value (ctx, argv[2], &actuelle)))
		return err;
	e = pst_indicateur (initiale, cible, actuelle, &attainment);
	return e == PST_OK ? value_float (attainment) : value_error (e);
}

/***************************************************************************/

/*
 * Calls @f as Gnumeric calls a function of that argument specification:
 * a scalar argument ("S", "f") given a range of one cell takes that cell
 * (Gnumeric would take the cell of the range in the formula's row or
 * column, which an add-in cannot know: a larger range is #VALUE!), and an
 * "f" argument is read as a number.  @argv holds NULL for an optional
 * argument left out.
 */
PstLoValue *
pst_lo_call (PstLoFunction const *f, PstLoContext const *ctx,
	     PstLoValue **argv, int argc)
{
	char const *spec = f->arg_spec;
	int i;

	for (i = 0; spec && *spec && i < argc; spec++) {
		PstLoValue *v = argv[i];
		if (*spec == '|')
			continue;
		if (v && (*spec == 'S' || *spec == 'f') && v->kind == PST_LO_ARRAY) {
			PstLoValue cell;
			if (v->rows * v->cols != 1)
				return value_error (PST_ERROR_VALUE);
			cell = v->cells[0];
			g_free (v->cells);
			*v = cell;
		}
		if (v && *spec == 'f') {
			double x;
			PstLoValue *err = value_float_arg (ctx, v, &x);
			if (err)
				return err;
			pst_lo_value_clear (v);
			v->kind = PST_LO_NUMBER;
			v->number = x;
		}
		i++;
	}
	return f->fn (ctx, (PstLoValue const *const *) argv, argc);
}
