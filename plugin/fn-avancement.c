/*
 * fn-avancement.c: PST.AVANCEMENT, PST.AVANCEMENT.REF,
 * PST.AVANCEMENT.ATTENDU, PST.ECART, PST.AVANCEMENT.PROGRESSION and
 * PST.SYNTHESE.
 *
 * The roll-up rules live in the engine (avancement.h); these functions
 * read the ranges and say which rows take part.
 */
#include "pst-values.h"
#include "pst-functions.h"
#include "avancement.h"
#include "synthese.h"
#include "reference.h"

#include <sheet.h>
#include <goffice/goffice.h>
#include <math.h>

/***************************************************************************/

static GnmFuncHelp const help_pst_avancement[] = {
	{ GNM_FUNC_HELP_NAME, F_("PST.AVANCEMENT:weighted mean progress of actions") },
	{ GNM_FUNC_HELP_ARG, F_("avancements:progress of each action") },
	{ GNM_FUNC_HELP_ARG, F_("poids:weight of each action (default: equal weights)") },
	{ GNM_FUNC_HELP_ARG, F_("statuts:status of each action") },
	{ GNM_FUNC_HELP_DESCRIPTION, F_("PST.AVANCEMENT returns the mean of @{avancements}, weighted by @{poids}, following the rules of the PST: an action whose status is TERMINE counts 100 % whatever its progress cell says; an action whose status is ANNULE_ABANDONNE is left out; a blank progress is skipped, except that NON_COMMENCE counts 0 %.") },
	{ GNM_FUNC_HELP_DESCRIPTION, F_("Progress is read as by PST.TAUX (0.5, 50 or \"50 %\"); statuses as by PST.STATUT. A blank weight counts 0. The three ranges must have the same size.") },
	{ GNM_FUNC_HELP_NOTE, F_("When no action is left, or all weights are 0, the result is #DIV/0!. A progress that cannot be read, an unknown status, a text weight or ranges of different sizes give #VALUE!; a progress above 100 % or a negative weight gives #NUM!. An error in a cell is returned.") },
	{ GNM_FUNC_HELP_EXAMPLES, F_("If A1:A3 hold 20 %, 60 % and 10 % and C1:C3 hold \"En cours\", \"En cours\" and \"Terminé\", PST.AVANCEMENT(A1:A3,,C1:C3) returns 0.6.") },
	{ GNM_FUNC_HELP_EXAMPLES, "=PST.AVANCEMENT({0.2,0.6})" },
	{ GNM_FUNC_HELP_SEEALSO, "PST.AVANCEMENT.REF,PST.SYNTHESE,PST.TAUX" },
	{ GNM_FUNC_HELP_END }
};

static GnmValue *
gnumeric_pst_avancement (GnmFuncEvalInfo *ei, GnmValue const * const *argv)
{
	PstProgressAreas areas;
	PstProgressSum sum = { 0 };
	GnmValue *err;
	double mean;
	int i;

	if ((err = pst_progress_areas_init (ei, &areas, argv[0], argv[1],
					    argv[2], -1)))
		return err;
	for (i = 0; i < areas.n; i++) {
		PstProgressRow row;
		if ((err = pst_progress_row_at (ei, &areas, i, &row)))
			return err;
		pst_progress_sum_add (&sum, &row);
	}
	if (pst_progress_sum_mean (&sum, &mean) != PST_OK)
		return value_new_error_DIV0 (ei->pos);
	return value_new_float (mean);
}

/***************************************************************************/

/* Canonical reference of a cell; NULL for a blank cell, or *err set. */
static char *
cell_reference (GnmFuncEvalInfo *ei, GnmValue const *v, GnmValue **err)
{
	char *text, *ref;
	PstError e;

	*err = NULL;
	if (VALUE_IS_EMPTY (v))
		return NULL;
	if (VALUE_IS_ERROR (v)) {
		*err = value_dup (v);
		return NULL;
	}
	text = pst_value_text (v);
	if (text == NULL || *text == '\0') {
		g_free (text);
		return NULL;
	}
	ref = pst_ref_normalise (text, NULL, &e);
	g_free (text);
	if (ref == NULL)
		*err = pst_value_error (ei, e);
	return ref;
}

static GnmFuncHelp const help_pst_avancement_ref[] = {
	{ GNM_FUNC_HELP_NAME, F_("PST.AVANCEMENT.REF:progress of an objective from the actions at or below its reference") },
	{ GNM_FUNC_HELP_ARG, F_("réfs:reference of each action") },
	{ GNM_FUNC_HELP_ARG, F_("avancements:progress of each action") },
	{ GNM_FUNC_HELP_ARG, F_("réf:reference of the objective") },
	{ GNM_FUNC_HELP_ARG, F_("poids:weight of each action (default: equal weights)") },
	{ GNM_FUNC_HELP_ARG, F_("statuts:status of each action") },
	{ GNM_FUNC_HELP_ARG, F_("si_vide:value returned when no action has a progress to average (default: #DIV/0!)") },
	{ GNM_FUNC_HELP_DESCRIPTION, F_("PST.AVANCEMENT.REF is PST.AVANCEMENT over the rows whose reference in @{réfs} is @{réf} or lies below it: for \"2.1\", the rows \"2.1\", \"2.1.1\" and \"2.1.3.2\" take part, but not \"2.10.1\".") },
	{ GNM_FUNC_HELP_DESCRIPTION, F_("References may be written in any form PST.REF reads; blank reference cells are skipped.") },
	{ GNM_FUNC_HELP_NOTE, F_("No row left gives #DIV/0!, or @{si_vide} when it is given (\"\" for a blank: an objective without actions yet). A reference cell that is not a reference gives #VALUE!, as do the errors of PST.AVANCEMENT on the rows that take part.") },
	{ GNM_FUNC_HELP_EXAMPLES, F_("PST.AVANCEMENT.REF(Plan!G2:G200,Plan!N2:N200,\"2.1\") returns the progress of objectif opérationnel 2.1.") },
	{ GNM_FUNC_HELP_EXAMPLES, "=PST.AVANCEMENT.REF({\"1.1.1\";\"1.1.2\";\"1.2.1\"},{0.5;1;0},\"1.1\")" },
	{ GNM_FUNC_HELP_EXAMPLES, "=PST.AVANCEMENT.REF({\"1.1.1\";\"1.1.2\"},{0.5;1},\"2.1\",,,\"\")" },
	{ GNM_FUNC_HELP_SEEALSO, "PST.AVANCEMENT,PST.SYNTHESE" },
	{ GNM_FUNC_HELP_END }
};

static GnmValue *
gnumeric_pst_avancement_ref (GnmFuncEvalInfo *ei, GnmValue const * const *argv)
{
	PstProgressAreas areas;
	PstProgressSum sum = { 0 };
	PstArea refs;
	GnmValue *err;
	char *text, *target;
	PstError e;
	double mean;
	int i, n = pst_area_size (ei, argv[0]);

	text = pst_value_text (argv[2]);
	target = text ? pst_ref_normalise (text, NULL, &e) : NULL;
	g_free (text);
	if (target == NULL)
		return value_new_error_VALUE (ei->pos);
	if ((err = pst_area_init (ei, &refs, argv[0], n)) ||
	    (err = pst_progress_areas_init (ei, &areas, argv[1], argv[3],
					    argv[4], n)))
		goto out;
	for (i = 0; i < n; i++) {
		PstProgressRow row;
		char *ref = cell_reference (ei, pst_area_get (ei, &refs, i), &err);
		gboolean within = ref && pst_ref_is_within (ref, target);

		g_free (ref);
		if (err)
			goto out;
		if (!within)
			continue;
		if ((err = pst_progress_row_at (ei, &areas, i, &row)))
			goto out;
		pst_progress_sum_add (&sum, &row);
	}
	if (pst_progress_sum_mean (&sum, &mean) == PST_OK)
		err = value_new_float (mean);
	else if (argv[5] && !VALUE_IS_ERROR (argv[5]))
		err = VALUE_IS_EMPTY (argv[5]) ? value_new_string ("") : value_dup (argv[5]);
	else
		err = value_new_error_DIV0 (ei->pos);
 out:
	g_free (target);
	return err;
}

/***************************************************************************/

static GnmFuncHelp const help_pst_avancement_attendu[] = {
	{ GNM_FUNC_HELP_NAME, F_("PST.AVANCEMENT.ATTENDU:progress expected at a date if work went at an even pace") },
	{ GNM_FUNC_HELP_ARG, F_("début:start date") },
	{ GNM_FUNC_HELP_ARG, F_("fin:end date (échéance)") },
	{ GNM_FUNC_HELP_ARG, F_("date:date of the assessment (default: today)") },
	{ GNM_FUNC_HELP_DESCRIPTION, F_("PST.AVANCEMENT.ATTENDU returns the share of the period from @{début} to @{fin} that has elapsed at @{date}: 0 up to the start, 1 from the end on. When @{début} equals @{fin}, it is 0 before that day and 1 from it.") },
	{ GNM_FUNC_HELP_NOTE, F_("An end before the start gives #NUM!; a blank or unreadable date gives #VALUE!.") },
	{ GNM_FUNC_HELP_EXAMPLES, F_("PST.AVANCEMENT.ATTENDU(DATE(2021,1,1),DATE(2021,12,31),DATE(2021,7,2)) returns 0.5.") },
	{ GNM_FUNC_HELP_EXAMPLES, "=PST.AVANCEMENT.ATTENDU(DATE(2021,1,1),DATE(2021,12,31),DATE(2021,4,1))" },
	{ GNM_FUNC_HELP_SEEALSO, "PST.ECART,PST.AVANCEMENT" },
	{ GNM_FUNC_HELP_END }
};

static GnmValue *
expected_progress (GnmFuncEvalInfo *ei, GnmValue const *start_v,
		   GnmValue const *end_v, GnmValue const *date_v,
		   double *expected)
{
	double start, end, date;
	GnmValue *err;
	PstError e;

	if ((err = pst_value_day (ei, start_v, &start)) ||
	    (err = pst_value_day (ei, end_v, &end)))
		return err;
	if (date_v == NULL)
		date = pst_value_today (ei);
	else if ((err = pst_value_day (ei, date_v, &date)))
		return err;
	e = pst_avancement_attendu (start, end, date, expected);
	return e == PST_OK ? NULL : pst_value_error (ei, e);
}

static GnmValue *
gnumeric_pst_avancement_attendu (GnmFuncEvalInfo *ei, GnmValue const * const *argv)
{
	double expected;
	GnmValue *err = expected_progress (ei, argv[0], argv[1], argv[2], &expected);
	return err ? err : value_new_float (expected);
}

/***************************************************************************/

static GnmFuncHelp const help_pst_ecart[] = {
	{ GNM_FUNC_HELP_NAME, F_("PST.ECART:progress minus the progress expected at a date") },
	{ GNM_FUNC_HELP_ARG, F_("avancement:progress of the action") },
	{ GNM_FUNC_HELP_ARG, F_("début:start date") },
	{ GNM_FUNC_HELP_ARG, F_("fin:end date (échéance)") },
	{ GNM_FUNC_HELP_ARG, F_("date:date of the assessment (default: today)") },
	{ GNM_FUNC_HELP_DESCRIPTION, F_("PST.ECART returns @{avancement} minus PST.AVANCEMENT.ATTENDU(@{début},@{fin},@{date}): below 0 the action is late, above 0 ahead of time.") },
	{ GNM_FUNC_HELP_NOTE, F_("Progress is read as by PST.TAUX; a blank progress gives #N/A. The errors of PST.TAUX and PST.AVANCEMENT.ATTENDU apply.") },
	{ GNM_FUNC_HELP_EXAMPLES, F_("PST.ECART(\"30 %\",DATE(2021,1,1),DATE(2021,12,31),DATE(2021,7,2)) returns -0.2.") },
	{ GNM_FUNC_HELP_EXAMPLES, "=PST.ECART(0.3,DATE(2021,1,1),DATE(2021,12,31),DATE(2021,7,2))" },
	{ GNM_FUNC_HELP_SEEALSO, "PST.AVANCEMENT.ATTENDU,PST.TAUX" },
	{ GNM_FUNC_HELP_END }
};

static GnmValue *
gnumeric_pst_ecart (GnmFuncEvalInfo *ei, GnmValue const * const *argv)
{
	double progress, expected;
	gboolean blank;
	GnmValue *err;

	if ((err = pst_value_progress (ei, argv[0], &progress, &blank)))
		return err;
	if (blank)
		return value_new_error_NA (ei->pos);
	if ((err = expected_progress (ei, argv[1], argv[2], argv[3], &expected)))
		return err;
	return value_new_float (progress - expected);
}

/***************************************************************************/

static GnmFuncHelp const help_pst_avancement_progression[] = {
	{ GNM_FUNC_HELP_NAME, F_("PST.AVANCEMENT.PROGRESSION:change in progress between two assessments, or its pace per year") },
	{ GNM_FUNC_HELP_ARG, F_("avant:progress at the earlier assessment") },
	{ GNM_FUNC_HELP_ARG, F_("après:progress at the later assessment") },
	{ GNM_FUNC_HELP_ARG, F_("date_avant:date of the earlier assessment") },
	{ GNM_FUNC_HELP_ARG, F_("date_après:date of the later assessment") },
	{ GNM_FUNC_HELP_DESCRIPTION, F_("PST.AVANCEMENT.PROGRESSION returns @{après} minus @{avant}, as a fraction: from 40 % to 60 % is 0.2, below 0 when progress was revised downwards. Given @{date_avant} and @{date_après}, it returns that change per year: 0.2 in six months is 0.4 a year.") },
	{ GNM_FUNC_HELP_DESCRIPTION, F_("Progress is read as by PST.TAUX (0.6, 60 or \"60 %\"). Dates are read as by PST.ECHEANCE, so \"fin 2022\" and \"S1 2023\" are their last day. The time between them is counted in calendar months, an end of month falling on an end of month (31/12/2022 to 30/06/2023 is 6 months), the days left over as a share of a month; a year is 12 months.") },
	{ GNM_FUNC_HELP_NOTE, F_("A blank progress gives #N/A, and the errors of PST.TAUX apply. Two blank dates count as left out (the change, not its pace); one date without the other, or a date that cannot be read, gives #VALUE!; @{date_après} before @{date_avant} gives #NUM!; twice the same day, #DIV/0!.") },
	{ GNM_FUNC_HELP_EXAMPLES, F_("PST.AVANCEMENT.PROGRESSION(\"40 %\",\"60 %\",\"fin 2022\",\"S1 2023\") returns 0.4.") },
	{ GNM_FUNC_HELP_EXAMPLES, "=PST.AVANCEMENT.PROGRESSION(0.4,\"60 %\")" },
	{ GNM_FUNC_HELP_SEEALSO, "PST.ECART,PST.TAUX,PST.ECHEANCE.RETARD" },
	{ GNM_FUNC_HELP_END }
};

/* The date of an assessment, as PST.ECHEANCE reads it. */
static GnmValue *
assessment_date (GnmFuncEvalInfo *ei, GnmValue const *v, GDate *date)
{
	double day;
	GnmValue *err = pst_value_echeance (ei, v, &day);

	g_date_clear (date, 1);
	if (err) {
		value_release (err);
		return value_new_error_VALUE (ei->pos);
	}
	if (day >= 1 && day < G_MAXINT)
		go_date_serial_to_g (date, (int) floor (day),
				     sheet_date_conv (ei->pos->sheet));
	return NULL;
}

static GnmValue *
gnumeric_pst_avancement_progression (GnmFuncEvalInfo *ei, GnmValue const * const *argv)
{
	double before, after, change;
	gboolean blank_before, blank_after;
	gboolean dated = !(pst_value_is_blank (argv[2]) &&
			   pst_value_is_blank (argv[3]));
	GDate start, end;
	GnmValue *err;
	PstError e;

	if ((err = pst_value_progress (ei, argv[0], &before, &blank_before)) ||
	    (err = pst_value_progress (ei, argv[1], &after, &blank_after)))
		return err;
	if (blank_before || blank_after)
		return value_new_error_NA (ei->pos);
	if (dated &&
	    ((err = assessment_date (ei, argv[2], &start)) ||
	     (err = assessment_date (ei, argv[3], &end))))
		return err;
	e = pst_avancement_progression (before, after, dated ? &start : NULL,
					dated ? &end : NULL, &change);
	return e == PST_OK ? value_new_float (change) : pst_value_error (ei, e);
}

/***************************************************************************/

static GnmFuncHelp const help_pst_synthese[] = {
	{ GNM_FUNC_HELP_NAME, F_("PST.SYNTHESE:table of progress per objective, one row per node of a level") },
	{ GNM_FUNC_HELP_ARG, F_("réfs:reference of each action") },
	{ GNM_FUNC_HELP_ARG, F_("avancements:progress of each action") },
	{ GNM_FUNC_HELP_ARG, F_("niveau:level of the rows of the table: 1 OS, 2 OO (default), 3 action") },
	{ GNM_FUNC_HELP_ARG, F_("poids:weight of each action (default: equal weights)") },
	{ GNM_FUNC_HELP_ARG, F_("statuts:status of each action") },
	{ GNM_FUNC_HELP_DESCRIPTION, F_("PST.SYNTHESE returns an array with one row per objective of level @{niveau} found in @{réfs}, sorted by reference (1.2 before 1.10), and four columns: the reference, its progress by the rules of PST.AVANCEMENT, the number of its actions that are not cancelled, and the number of those that are TERMINE.") },
	{ GNM_FUNC_HELP_DESCRIPTION, F_("It reads the rows once, whatever their number. Rows above @{niveau} and rows with a blank reference are skipped.") },
	{ GNM_FUNC_HELP_NOTE, F_("An objective whose actions are all cancelled or without progress shows #DIV/0! in its progress cell. A @{niveau} other than 1 to 4 gives #NUM!; no row at that level, #N/A. A reference cell that is not a reference gives #VALUE!, as do the errors of PST.AVANCEMENT.") },
	{ GNM_FUNC_HELP_EXAMPLES, F_("Entered as an array formula over F1:I10, PST.SYNTHESE(Plan!G2:G200,Plan!N2:N200) lists each objectif opérationnel with its progress, its number of actions and of finished actions.") },
	{ GNM_FUNC_HELP_EXAMPLES, "=INDEX(PST.SYNTHESE({\"1.1.1\";\"1.1.2\";\"1.2.1\"},{0.5;1;0}),1,2)" },
	{ GNM_FUNC_HELP_SEEALSO, "PST.AVANCEMENT.REF,PST.AVANCEMENT" },
	{ GNM_FUNC_HELP_END }
};

static GnmValue *
gnumeric_pst_synthese (GnmFuncEvalInfo *ei, GnmValue const * const *argv)
{
	PstProgressAreas areas;
	PstArea refs_area;
	PstProgressRow *rows = NULL;
	char **refs = NULL;
	GPtrArray *nodes = NULL;
	GnmValue *res = NULL;
	int i, level = 2, n = pst_area_size (ei, argv[0]);

	if (argv[2]) {
		gnm_float l = value_get_as_float (argv[2]);
		if (l != gnm_floor (l) || l < 1 || l > 4)
			return value_new_error_NUM (ei->pos);
		level = (int) l;
	}
	if ((res = pst_area_init (ei, &refs_area, argv[0], n)) ||
	    (res = pst_progress_areas_init (ei, &areas, argv[1], argv[3],
					    argv[4], n)))
		return res;

	rows = g_new0 (PstProgressRow, MAX (n, 1));
	refs = g_new0 (char *, MAX (n, 1));
	for (i = 0; i < n; i++) {
		refs[i] = cell_reference (ei, pst_area_get (ei, &refs_area, i), &res);
		if (res)
			goto out;
		if (refs[i] == NULL || pst_ref_depth (refs[i]) < level)
			continue;
		if ((res = pst_progress_row_at (ei, &areas, i, &rows[i])))
			goto out;
	}

	nodes = pst_synthese ((char const * const *) refs, rows, n, level);
	if (nodes->len == 0) {
		res = value_new_error_NA (ei->pos);
		goto out;
	}
	res = value_new_array_non_init (4, nodes->len);
	for (i = 0; i < 4; i++)
		res->v_array.vals[i] = g_new (GnmValue *, nodes->len);
	for (i = 0; i < (int) nodes->len; i++) {
		PstSyntheseNode const *node = g_ptr_array_index (nodes, i);
		double mean;

		res->v_array.vals[0][i] = value_new_string (node->ref);
		res->v_array.vals[1][i] =
			pst_progress_sum_mean (&node->sum, &mean) == PST_OK
			? value_new_float (mean)
			: value_new_error_DIV0 (ei->pos);
		res->v_array.vals[2][i] = value_new_int (node->sum.n_rows);
		res->v_array.vals[3][i] = value_new_int (node->sum.n_finished);
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

GnmFuncDescriptor const avancement_functions[] = {
	{ "pst.avancement", "A|AA", help_pst_avancement, gnumeric_pst_avancement, NULL,
	  GNM_FUNC_SIMPLE, GNM_FUNC_IMPL_STATUS_UNIQUE_TO_GNUMERIC, GNM_FUNC_TEST_STATUS_BASIC },
	{ "pst.avancement.ref", "AAS|AA?", help_pst_avancement_ref, gnumeric_pst_avancement_ref, NULL,
	  GNM_FUNC_SIMPLE, GNM_FUNC_IMPL_STATUS_UNIQUE_TO_GNUMERIC, GNM_FUNC_TEST_STATUS_BASIC },
	{ "pst.avancement.attendu", "SS|S", help_pst_avancement_attendu, gnumeric_pst_avancement_attendu, NULL,
	  GNM_FUNC_SIMPLE, GNM_FUNC_IMPL_STATUS_UNIQUE_TO_GNUMERIC, GNM_FUNC_TEST_STATUS_BASIC },
	{ "pst.ecart", "SSS|S", help_pst_ecart, gnumeric_pst_ecart, NULL,
	  GNM_FUNC_SIMPLE, GNM_FUNC_IMPL_STATUS_UNIQUE_TO_GNUMERIC, GNM_FUNC_TEST_STATUS_BASIC },
	{ "pst.avancement.progression", "SS|SS", help_pst_avancement_progression, gnumeric_pst_avancement_progression, NULL,
	  GNM_FUNC_SIMPLE, GNM_FUNC_IMPL_STATUS_UNIQUE_TO_GNUMERIC, GNM_FUNC_TEST_STATUS_BASIC },
	{ "pst.synthese", "AA|fAA", help_pst_synthese, gnumeric_pst_synthese, NULL,
	  GNM_FUNC_RETURNS_NON_SCALAR, GNM_FUNC_IMPL_STATUS_UNIQUE_TO_GNUMERIC, GNM_FUNC_TEST_STATUS_BASIC },
	{ NULL }
};
