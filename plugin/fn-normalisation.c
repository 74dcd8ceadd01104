/*
 * fn-normalisation.c: PST.REF, PST.REF.NIVEAU, PST.REF.PARENT, PST.STATUT,
 * PST.TAUX, PST.ECHEANCE, PST.ECHEANCE.RETARD and PST.FREQUENCE.
 *
 * Each turns what people write in plan workbooks into one canonical value.
 * A blank input gives #N/A (nothing to normalise), text that cannot be read
 * #VALUE!, a value out of range #NUM!.
 */
#include "pst-values.h"
#include "pst-functions.h"
#include "reference.h"
#include "status.h"
#include "echeance.h"
#include "periode.h"
#include "frequence.h"

#include <sheet.h>
#include <goffice/goffice.h>

/***************************************************************************/

static GnmFuncHelp const help_pst_ref[] = {
	{ GNM_FUNC_HELP_NAME, F_("PST.REF:canonical PST reference of a code as written in a plan") },
	{ GNM_FUNC_HELP_ARG, F_("texte:reference as written, possibly followed by its label") },
	{ GNM_FUNC_HELP_ARG, F_("parent:reference of the parent, for a code written relative to it") },
	{ GNM_FUNC_HELP_DESCRIPTION, F_("PST.REF reads the code at the start of @{texte} and returns it in canonical form, the dotted numbers without a trailing dot: \"O.O. 1.2.\", \"OO 1.2\" and \"Objectif opérationnel 1.2 : Réduire…\" all give \"1.2\"; \"OS.1 - OO.2 - A.4\" gives \"1.2.4\".") },
	{ GNM_FUNC_HELP_DESCRIPTION, F_("A code written relative to its parent, such as \"action 3\", \"OO1\" or a bare \"3\", is completed with @{parent}: \"action 3\" under \"1.2\" gives \"1.2.3\".") },
	{ GNM_FUNC_HELP_NOTE, F_("Text without a code, a relative code without @{parent}, or a number above 999 in a code gives #VALUE!. A blank @{texte} gives #N/A.") },
	{ GNM_FUNC_HELP_NOTE, F_("Type references as text: a cell holding the number 1.10 is the same as 1.1.") },
	{ GNM_FUNC_HELP_EXAMPLES, F_("PST.REF(\"O. O. 1.1.\") returns \"1.1\".") },
	{ GNM_FUNC_HELP_EXAMPLES, "=PST.REF(\"action 3\",\"1.2\")" },
	{ GNM_FUNC_HELP_SEEALSO, "PST.REF.NIVEAU,PST.REF.PARENT" },
	{ GNM_FUNC_HELP_END }
};

static GnmValue *
gnumeric_pst_ref (GnmFuncEvalInfo *ei, GnmValue const * const *argv)
{
	char *text, *parent, *ref;
	PstError err;

	text = pst_value_text (argv[0]);
	if (text == NULL)
		return value_new_error_NA (ei->pos);
	parent = argv[1] ? pst_value_text (argv[1]) : NULL;
	ref = pst_ref_normalise (text, parent, &err);
	g_free (text);
	g_free (parent);
	return ref ? value_new_string_nocopy (ref) : pst_value_error (ei, err);
}

/***************************************************************************/

static GnmFuncHelp const help_pst_ref_niveau[] = {
	{ GNM_FUNC_HELP_NAME, F_("PST.REF.NIVEAU:level of a reference in the plan: 1 OS, 2 OO, 3 action, 4 sous-action") },
	{ GNM_FUNC_HELP_ARG, F_("réf:reference, canonical or as written") },
	{ GNM_FUNC_HELP_DESCRIPTION, F_("PST.REF.NIVEAU counts the numbers of @{réf}: \"2\" is an objectif stratégique (1), \"2.1\" an objectif opérationnel (2), \"2.1.3\" an action (3), \"2.1.3.1\" a sous-action (4).") },
	{ GNM_FUNC_HELP_DESCRIPTION, F_("When @{réf} names its level with a keyword, the keyword wins: \"O.S.1.1\" is 1 and \"action 3\" is 3.") },
	{ GNM_FUNC_HELP_NOTE, F_("Deeper than a sous-action gives #NUM!; text without a code gives #VALUE!; a blank gives #N/A.") },
	{ GNM_FUNC_HELP_EXAMPLES, F_("PST.REF.NIVEAU(\"2.1.3\") returns 3.") },
	{ GNM_FUNC_HELP_EXAMPLES, "=PST.REF.NIVEAU(\"OO 1.2\")" },
	{ GNM_FUNC_HELP_SEEALSO, "PST.REF,PST.REF.PARENT" },
	{ GNM_FUNC_HELP_END }
};

static GnmValue *
gnumeric_pst_ref_niveau (GnmFuncEvalInfo *ei, GnmValue const * const *argv)
{
	char *text = pst_value_text (argv[0]);
	PstError err;
	int level;

	if (text == NULL)
		return value_new_error_NA (ei->pos);
	level = pst_ref_level (text, &err);
	g_free (text);
	return err == PST_OK ? value_new_int (level) : pst_value_error (ei, err);
}

/***************************************************************************/

static GnmFuncHelp const help_pst_ref_parent[] = {
	{ GNM_FUNC_HELP_NAME, F_("PST.REF.PARENT:reference of the parent of a reference") },
	{ GNM_FUNC_HELP_ARG, F_("réf:reference, canonical or as written") },
	{ GNM_FUNC_HELP_DESCRIPTION, F_("PST.REF.PARENT drops the last number of @{réf}: the parent of the action \"2.1.3\" is the objectif opérationnel \"2.1\", whose parent is the objectif stratégique \"2\".") },
	{ GNM_FUNC_HELP_NOTE, F_("An objectif stratégique has no parent: #N/A. Text without a code gives #VALUE!.") },
	{ GNM_FUNC_HELP_EXAMPLES, F_("PST.REF.PARENT(\"2.1.3\") returns \"2.1\".") },
	{ GNM_FUNC_HELP_EXAMPLES, "=PST.REF.PARENT(\"O.O. 2.1.\")" },
	{ GNM_FUNC_HELP_SEEALSO, "PST.REF,PST.REF.NIVEAU" },
	{ GNM_FUNC_HELP_END }
};

static GnmValue *
gnumeric_pst_ref_parent (GnmFuncEvalInfo *ei, GnmValue const * const *argv)
{
	char *text = pst_value_text (argv[0]), *parent;
	PstError err;

	if (text == NULL)
		return value_new_error_NA (ei->pos);
	parent = pst_ref_parent (text, &err);
	g_free (text);
	return parent ? value_new_string_nocopy (parent) : pst_value_error (ei, err);
}

/***************************************************************************/

static GnmFuncHelp const help_pst_statut[] = {
	{ GNM_FUNC_HELP_NAME, F_("PST.STATUT:status code of the regional exchange format for a status as written") },
	{ GNM_FUNC_HELP_ARG, F_("texte:status as written in the plan") },
	{ GNM_FUNC_HELP_DESCRIPTION, F_("PST.STATUT returns one of NON_COMMENCE, EN_COURS, EN_ATTENTE, PROBLEME, TERMINE and ANNULE_ABANDONNE for the codes themselves and for the French words found in plans, ignoring case, accents and plurals: \"À démarrer\", \"En création\" and \"Non commencé\" give NON_COMMENCE; \"En cours\", \"Permanent\" and \"Pérenne\" give EN_COURS; \"À agender\" and \"En attente\" give EN_ATTENTE; \"Suspendu\" gives PROBLEME; \"Terminé\", \"Finalisé\" and \"Clôturé\" give TERMINE; \"Annulé\" and \"Abandonné\" give ANNULE_ABANDONNE.") },
	{ GNM_FUNC_HELP_NOTE, F_("Unknown text gives #VALUE!; a blank gives #N/A.") },
	{ GNM_FUNC_HELP_EXAMPLES, F_("PST.STATUT(\"À démarrer\") returns \"NON_COMMENCE\".") },
	{ GNM_FUNC_HELP_EXAMPLES, "=PST.STATUT(\"Clôturé\")" },
	{ GNM_FUNC_HELP_SEEALSO, "PST.TAUX,PST.AVANCEMENT" },
	{ GNM_FUNC_HELP_END }
};

static GnmValue *
gnumeric_pst_statut (GnmFuncEvalInfo *ei, GnmValue const * const *argv)
{
	PstStatus status;

	if (VALUE_IS_EMPTY (argv[0]) ||
	    (VALUE_IS_STRING (argv[0]) && *value_peek_string (argv[0]) == '\0'))
		return value_new_error_NA (ei->pos);
	if (!VALUE_IS_STRING (argv[0]))
		return value_new_error_VALUE (ei->pos);
	status = pst_status_parse (value_peek_string (argv[0]));
	if (status == PST_STATUS_UNKNOWN)
		return value_new_error_VALUE (ei->pos);
	return value_new_string (pst_status_code (status));
}

/***************************************************************************/

static GnmFuncHelp const help_pst_taux[] = {
	{ GNM_FUNC_HELP_NAME, F_("PST.TAUX:progress as a fraction from 0 to 1") },
	{ GNM_FUNC_HELP_ARG, F_("valeur:progress as a fraction, a percentage or text") },
	{ GNM_FUNC_HELP_DESCRIPTION, F_("PST.TAUX reads progress however it was typed: a number from 0 to 1 is a fraction, a number above 1 and up to 100 a percentage; text reads \"50 %\", \"50%\", \"0,5\" or \"50\". Text with a percent sign is always a percentage, so \"0,5 %\" is 0.005.") },
	{ GNM_FUNC_HELP_NOTE, F_("A value below 0 % or above 100 % gives #NUM!; text that is not a number gives #VALUE!; a blank gives #N/A.") },
	{ GNM_FUNC_HELP_EXAMPLES, F_("PST.TAUX(\"75 %\") returns 0.75.") },
	{ GNM_FUNC_HELP_EXAMPLES, "=PST.TAUX(40)" },
	{ GNM_FUNC_HELP_SEEALSO, "PST.AVANCEMENT,PST.STATUT" },
	{ GNM_FUNC_HELP_END }
};

static GnmValue *
gnumeric_pst_taux (GnmFuncEvalInfo *ei, GnmValue const * const *argv)
{
	double fraction;
	gboolean blank;
	GnmValue *err = pst_value_progress (ei, argv[0], &fraction, &blank);

	if (err)
		return err;
	if (blank)
		return value_new_error_NA (ei->pos);
	return value_new_float (fraction);
}

/***************************************************************************/

static GnmFuncHelp const help_pst_echeance[] = {
	{ GNM_FUNC_HELP_NAME, F_("PST.ECHEANCE:date of a deadline written as text") },
	{ GNM_FUNC_HELP_ARG, F_("texte:deadline as written in the plan") },
	{ GNM_FUNC_HELP_ARG, F_("année:year for a deadline written without one") },
	{ GNM_FUNC_HELP_DESCRIPTION, F_("PST.ECHEANCE returns the last day of the period that @{texte} names: \"janvier 2020\" is 31/01/2020, \"fin 2019\" 31/12/2019, \"2019 - 2020\" 31/12/2020, \"T3 2021\" and \"3e trimestre 2021\" 30/09/2021, \"S1 2022\" 30/06/2022, \"mi-2021\" 30/06/2021, \"début 2020\" 31/03/2020, \"15/03/2021\" that day. Words after the deadline are ignored, as in \"janvier 2020 - Rapport au Conseil\".") },
	{ GNM_FUNC_HELP_DESCRIPTION, F_("A day or month written without a year, \"31/01\" or \"juin\", takes @{année}. A whole number from 1900 to 2199 is a year (\"2022\" typed in a cell); any other number is a date and is returned as it is.") },
	{ GNM_FUNC_HELP_NOTE, F_("A recurring deadline such as \"1x/an\" or \"trimestriel\" has no single date: #N/A (see PST.FREQUENCE). Text that names no date, a day that does not exist or a missing @{année} gives #VALUE!; an @{année} outside 1900 to 9999 gives #NUM!.") },
	{ GNM_FUNC_HELP_EXAMPLES, F_("PST.ECHEANCE(\"fin 2019\") returns 31/12/2019.") },
	{ GNM_FUNC_HELP_EXAMPLES, "=PST.ECHEANCE(\"31/01\",2021)" },
	{ GNM_FUNC_HELP_SEEALSO, "PST.FREQUENCE,PST.AVANCEMENT.ATTENDU" },
	{ GNM_FUNC_HELP_END }
};

static GnmValue *
gnumeric_pst_echeance (GnmFuncEvalInfo *ei, GnmValue const * const *argv)
{
	GODateConventions const *conv = sheet_date_conv (ei->pos->sheet);
	int year = 0;
	char *text;
	GDate date;
	PstError err;
	GnmValue *res;

	if (VALUE_IS_EMPTY (argv[0]))
		return value_new_error_NA (ei->pos);
	if (VALUE_IS_FLOAT (argv[0])) {
		/* "2022" typed in a cell is a year, not 14/07/1905. */
		if (!pst_echeance_year (value_get_as_float (argv[0]), &date))
			return value_dup (argv[0]);
		goto out;
	}
	if (argv[1]) {
		gnm_float y = value_get_as_float (argv[1]);
		if (y != gnm_floor (y) || y < 1900 || y > 9999)
			return value_new_error_NUM (ei->pos);
		year = (int) y;
	}
	text = pst_value_text (argv[0]);
	g_date_clear (&date, 1);
	err = pst_echeance_parse (text, year, &date);
	g_free (text);
	if (err != PST_OK)
		return pst_value_error (ei, err);
 out:
	res = value_new_int (go_date_g_to_serial (&date, conv));
	value_set_fmt (res, go_format_default_date ());
	return res;
}

/***************************************************************************/

static GnmFuncHelp const help_pst_echeance_retard[] = {
	{ GNM_FUNC_HELP_NAME, F_("PST.ECHEANCE.RETARD:days by which an échéance moved between two versions of a plan") },
	{ GNM_FUNC_HELP_ARG, F_("avant:échéance in the earlier version, a date or a text such as \"fin 2024\"") },
	{ GNM_FUNC_HELP_ARG, F_("après:échéance in the later version, a date or a text such as \"T3 2025\"") },
	{ GNM_FUNC_HELP_DESCRIPTION, F_("PST.ECHEANCE.RETARD returns the number of days from @{avant} to @{après}: above 0 the échéance was pushed back, below 0 brought forward, 0 if it did not move.") },
	{ GNM_FUNC_HELP_DESCRIPTION, F_("Each échéance is read as by PST.ECHEANCE, a period as its last day: from \"fin 2024\" to \"T3 2025\" (31/12/2024 to 30/09/2025) is 273 days. A whole number from 1900 to 2199 is a year; the time of day of a date is ignored.") },
	{ GNM_FUNC_HELP_NOTE, F_("A blank échéance, or a recurring one such as \"1x/an\", gives #N/A; text that names no date gives #VALUE!.") },
	{ GNM_FUNC_HELP_EXAMPLES, F_("PST.ECHEANCE.RETARD(\"fin 2024\",\"T3 2025\") returns 273.") },
	{ GNM_FUNC_HELP_EXAMPLES, "=PST.ECHEANCE.RETARD(DATE(2025,6,30),\"fin 2024\")" },
	{ GNM_FUNC_HELP_SEEALSO, "PST.ECHEANCE,PST.AVANCEMENT.PROGRESSION" },
	{ GNM_FUNC_HELP_END }
};

static GnmValue *
gnumeric_pst_echeance_retard (GnmFuncEvalInfo *ei, GnmValue const * const *argv)
{
	double before, after, days;
	GnmValue *err;
	PstError e;

	if ((err = pst_value_echeance (ei, argv[0], &before)) ||
	    (err = pst_value_echeance (ei, argv[1], &after)))
		return err;
	e = pst_echeance_retard (before, after, &days);
	return e == PST_OK ? value_new_float (days) : pst_value_error (ei, e);
}

/***************************************************************************/

static GnmFuncHelp const help_pst_frequence[] = {
	{ GNM_FUNC_HELP_NAME, F_("PST.FREQUENCE:occurrences per year of a recurring deadline written as text") },
	{ GNM_FUNC_HELP_ARG, F_("texte:frequency as written in the plan") },
	{ GNM_FUNC_HELP_DESCRIPTION, F_("PST.FREQUENCE reads \"1x/an\" (1), \"2x/an\" (2), \"1x/ trimestre\" and \"trimestriel\" (4), \"tous les 6 mois\" (2), \"tous les 2 ans\" (0.5), \"mensuellement\" (12), \"bimensuel\" (24), \"hebdomadaire\" (52), \"deux fois par mois\" (24), \"chaque année\" (1).") },
	{ GNM_FUNC_HELP_NOTE, F_("A one-off deadline such as \"janvier 2020\" is no frequency: #N/A (see PST.ECHEANCE). Text that names neither gives #VALUE!.") },
	{ GNM_FUNC_HELP_EXAMPLES, F_("PST.FREQUENCE(\"tous les 6 mois\") returns 2.") },
	{ GNM_FUNC_HELP_EXAMPLES, "=PST.FREQUENCE(\"1x/an\")" },
	{ GNM_FUNC_HELP_SEEALSO, "PST.ECHEANCE" },
	{ GNM_FUNC_HELP_END }
};

static GnmValue *
gnumeric_pst_frequence (GnmFuncEvalInfo *ei, GnmValue const * const *argv)
{
	char *text = pst_value_text (argv[0]);
	double per_year;
	PstError err;

	if (text == NULL)
		return value_new_error_NA (ei->pos);
	err = pst_frequence_parse (text, &per_year);
	g_free (text);
	return err == PST_OK ? value_new_float (per_year) : pst_value_error (ei, err);
}

/***************************************************************************/

GnmFuncDescriptor const normalisation_functions[] = {
	{ "pst.ref", "S|S", help_pst_ref, gnumeric_pst_ref, NULL,
	  GNM_FUNC_SIMPLE, GNM_FUNC_IMPL_STATUS_UNIQUE_TO_GNUMERIC, GNM_FUNC_TEST_STATUS_BASIC },
	{ "pst.ref.niveau", "S", help_pst_ref_niveau, gnumeric_pst_ref_niveau, NULL,
	  GNM_FUNC_SIMPLE, GNM_FUNC_IMPL_STATUS_UNIQUE_TO_GNUMERIC, GNM_FUNC_TEST_STATUS_BASIC },
	{ "pst.ref.parent", "S", help_pst_ref_parent, gnumeric_pst_ref_parent, NULL,
	  GNM_FUNC_SIMPLE, GNM_FUNC_IMPL_STATUS_UNIQUE_TO_GNUMERIC, GNM_FUNC_TEST_STATUS_BASIC },
	{ "pst.statut", "S", help_pst_statut, gnumeric_pst_statut, NULL,
	  GNM_FUNC_SIMPLE, GNM_FUNC_IMPL_STATUS_UNIQUE_TO_GNUMERIC, GNM_FUNC_TEST_STATUS_BASIC },
	{ "pst.taux", "S", help_pst_taux, gnumeric_pst_taux, NULL,
	  GNM_FUNC_SIMPLE, GNM_FUNC_IMPL_STATUS_UNIQUE_TO_GNUMERIC, GNM_FUNC_TEST_STATUS_BASIC },
	{ "pst.echeance", "S|f", help_pst_echeance, gnumeric_pst_echeance, NULL,
	  GNM_FUNC_SIMPLE, GNM_FUNC_IMPL_STATUS_UNIQUE_TO_GNUMERIC, GNM_FUNC_TEST_STATUS_BASIC },
	{ "pst.echeance.retard", "SS", help_pst_echeance_retard, gnumeric_pst_echeance_retard, NULL,
	  GNM_FUNC_SIMPLE, GNM_FUNC_IMPL_STATUS_UNIQUE_TO_GNUMERIC, GNM_FUNC_TEST_STATUS_BASIC },
	{ "pst.frequence", "S", help_pst_frequence, gnumeric_pst_frequence, NULL,
	  GNM_FUNC_SIMPLE, GNM_FUNC_IMPL_STATUS_UNIQUE_TO_GNUMERIC, GNM_FUNC_TEST_STATUS_BASIC },
	{ NULL }
};
