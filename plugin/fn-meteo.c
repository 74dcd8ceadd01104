/*
 * fn-meteo.c: PST.METEO.DELAIS, PST.METEO.RESSOURCES, PST.METEO.GLOBALE,
 * PST.METEO.SYNTHESE and PST.METEO.NIVEAU.
 *
 * The weather rules live in the engine (meteo.h); these functions read
 * the cells, say what a blank means, and return the French word.  A value
 * that is not a weather is never skipped silently: #VALUE!.
 */
#include "pst-values.h"
#include "pst-functions.h"
#include "meteo.h"
#include "status.h"
#include "text.h"

/***************************************************************************/

/* A weather from a value: a word, a symbol or a level 1 to 4.  *blank is
 * set for an empty cell or blank text.  Returns NULL or the error value. */
static GnmValue *
value_meteo (GnmEvalPos const *ep, GnmValue const *v, PstMeteo *meteo,
	     gboolean *blank)
{
	*meteo = PST_METEO_UNKNOWN;
	*blank = FALSE;
	if (v == NULL || VALUE_IS_EMPTY (v)) {
		*blank = TRUE;
		return NULL;
	}
	if (VALUE_IS_ERROR (v))
		return value_dup (v);
	if (VALUE_IS_STRING (v)) {
		char const *s = value_peek_string (v);
		if (pst_text_is_blank (s)) {
			*blank = TRUE;
			return NULL;
		}
		*meteo = pst_meteo_parse (s);
	} else if (VALUE_IS_FLOAT (v))
		*meteo = pst_meteo_from_level (value_get_as_float (v));
	return *meteo == PST_METEO_UNKNOWN ? value_new_error_VALUE (ep) : NULL;
}

static GnmValue *
meteo_result (GnmFuncEvalInfo *ei, PstError err, PstMeteo meteo)
{
	if (err != PST_OK)
		return pst_value_error (ei, err);
	return value_new_string (pst_meteo_word (meteo));
}

/* The three optional thresholds that end the argument list; an omitted or
 * blank one keeps its default.  The engine checks their order. */
static void
read_thresholds (GnmValue const * const *argv, PstMeteoThresholds *t)
{
	pst_meteo_thresholds_init (t);
	if (argv[0])
		t->soleil = value_get_as_float (argv[0]);
	if (argv[1])
		t->nuageux = value_get_as_float (argv[1]);
	if (argv[2])
		t->pluie = value_get_as_float (argv[2]);
}

/***************************************************************************/

static GnmFuncHelp const help_pst_meteo_delais[] = {
	{ GNM_FUNC_HELP_NAME, F_("PST.METEO.DELAIS:schedule weather of an action, from its progress and its dates") },
	{ GNM_FUNC_HELP_ARG, F_("avancement:progress of the action") },
	{ GNM_FUNC_HELP_ARG, F_("début:start date") },
	{ GNM_FUNC_HELP_ARG, F_("fin:end date (échéance)") },
	{ GNM_FUNC_HELP_ARG, F_("date:date of the assessment (default: today)") },
	{ GNM_FUNC_HELP_ARG, F_("statut:status of the action (default: EN_COURS)") },
	{ GNM_FUNC_HELP_ARG, F_("seuil_soleil:lowest SPI that is still soleil (default: 0.95)") },
	{ GNM_FUNC_HELP_ARG, F_("seuil_nuageux:lowest SPI that is still nuageux (default: 0.85)") },
	{ GNM_FUNC_HELP_ARG, F_("seuil_pluie:lowest SPI that is still pluie (default: 0.70)") },
	{ GNM_FUNC_HELP_DESCRIPTION, F_("PST.METEO.DELAIS compares @{avancement} with the progress expected at @{date} if work went at an even pace from @{début} to @{fin}, as PST.AVANCEMENT.ATTENDU computes it. Their ratio, the schedule performance index (SPI), gives soleil from @{seuil_soleil} up, nuageux from @{seuil_nuageux}, pluie from @{seuil_pluie}, and orage below.") },
	{ GNM_FUNC_HELP_DESCRIPTION, F_("These rules come first, in this order: a TERMINE action is soleil, whatever its progress cell says and whatever the date, and so is an action at 100 %; after @{fin} (the end day itself is not past), an action that is not finished is orage, even at 0 %; on or before @{début}, it is soleil, as nothing was due yet. When @{début} equals @{fin}, the action is a one-day milestone: soleil before that day, 100 % expected on it, orage after it. Last, a PROBLEME action is at least pluie, even before its start.") },
	{ GNM_FUNC_HELP_DESCRIPTION, F_("Progress is read as by PST.TAUX, dates as dates or date text, and @{statut} as by PST.STATUT; a blank @{statut} reads as EN_COURS and a blank @{date} as today. A blank @{avancement} counts 0 % for a NON_COMMENCE action and 100 % for a TERMINE one. Thresholds are ratios: write 0.9 or \"90 %\", not 90; an omitted threshold keeps its default, and the three must go down: @{seuil_soleil} ≥ @{seuil_nuageux} ≥ @{seuil_pluie} > 0. Make two equal for three colours.") },
	{ GNM_FUNC_HELP_NOTE, F_("A cancelled action (ANNULE_ABANDONNE) has no weather: #N/A, as has a blank @{avancement} with any status other than NON_COMMENCE and TERMINE. A progress, date, status or threshold that cannot be read, or a blank @{début} or @{fin}, gives #VALUE!; a progress outside 0 to 100 %, an end before the start, or thresholds out of order or not above 0 give #NUM!. An error in an argument is returned.") },
	{ GNM_FUNC_HELP_EXAMPLES, F_("PST.METEO.DELAIS(0.3,DATE(2021,1,1),DATE(2021,12,31),DATE(2021,7,2)) returns \"orage\": half of the year has gone by and 30 % of the work is done, an SPI of 0.6.") },
	{ GNM_FUNC_HELP_EXAMPLES, "=PST.METEO.DELAIS(0.45,DATE(2021,1,1),DATE(2021,12,31),DATE(2021,7,2))" },
	{ GNM_FUNC_HELP_SEEALSO, "PST.METEO.RESSOURCES,PST.METEO.GLOBALE,PST.AVANCEMENT.ATTENDU" },
	{ GNM_FUNC_HELP_END }
};

static GnmValue *
gnumeric_pst_meteo_delais (GnmFuncEvalInfo *ei, GnmValue const * const *argv)
{
	PstMeteoThresholds t;
	PstStatus status;
	PstMeteo meteo = PST_METEO_UNKNOWN;
	double progress, start, end, date;
	gboolean blank;
	GnmValue *err;
	PstError e;

	if ((err = pst_value_status (ei, argv[4], &status)) ||
	    (err = pst_value_progress (ei, argv[0], &progress, &blank)))
		return err;
	/* A blank progress as in the roll-up (avancement.h): 0 % when not
	 * started, 100 % when finished; a cancelled action has no weather
	 * anyway; otherwise there is nothing to judge. */
	if (blank) {
		if (status == PST_STATUS_TERMINE)
			progress = 1;
		else if (status == PST_STATUS_NON_COMMENCE ||
			 status == PST_STATUS_ANNULE_ABANDONNE)
			progress = 0;
		else
			return value_new_error_NA (ei->pos);
	}
	if ((err = pst_value_day (ei, argv[1], &start)) ||
	    (err = pst_value_day (ei, argv[2], &end)))
		return err;
	if (argv[3] == NULL)
		date = pst_value_today (ei);
	else if ((err = pst_value_day (ei, argv[3], &date)))
		return err;
	read_thresholds (argv + 5, &t);
	e = pst_meteo_delais (progress, start, end, date, status, &t, &meteo);
	return meteo_result (ei, e, meteo);
}

/***************************************************************************/

static GnmFuncHelp const help_pst_meteo_ressources[] = {
	{ GNM_FUNC_HELP_NAME, F_("PST.METEO.RESSOURCES:cost weather of an action, from the money committed and its progress") },
	{ GNM_FUNC_HELP_ARG, F_("engagé:amount committed so far") },
	{ GNM_FUNC_HELP_ARG, F_("budget:budget of the action") },
	{ GNM_FUNC_HELP_ARG, F_("avancement:progress of the action") },
	{ GNM_FUNC_HELP_ARG, F_("seuil_soleil:lowest CPI that is still soleil (default: 0.95)") },
	{ GNM_FUNC_HELP_ARG, F_("seuil_nuageux:lowest CPI that is still nuageux (default: 0.85)") },
	{ GNM_FUNC_HELP_ARG, F_("seuil_pluie:lowest CPI that is still pluie (default: 0.70)") },
	{ GNM_FUNC_HELP_DESCRIPTION, F_("PST.METEO.RESSOURCES compares the work done with the money it took. The cost performance index (CPI) is @{avancement} × @{budget} / @{engagé}, the budgeted value of the work done over what was committed for it; it gives soleil from @{seuil_soleil} up, nuageux from @{seuil_nuageux}, pluie from @{seuil_pluie}, and orage below.") },
	{ GNM_FUNC_HELP_DESCRIPTION, F_("Nothing committed (@{engagé} 0 or blank) is soleil, even without a budget; money committed without a budget (@{budget} 0 or blank) is orage. Progress is read as by PST.TAUX. Thresholds are ratios: write 0.9 or \"90 %\", not 90; an omitted threshold keeps its default, and the three must go down: @{seuil_soleil} ≥ @{seuil_nuageux} ≥ @{seuil_pluie} > 0.") },
	{ GNM_FUNC_HELP_NOTE, F_("A blank @{avancement} gives #N/A. An amount, progress or threshold that cannot be read gives #VALUE!; a negative amount, a progress outside 0 to 100 %, or thresholds out of order or not above 0 give #NUM!. An error in an argument is returned.") },
	{ GNM_FUNC_HELP_EXAMPLES, F_("PST.METEO.RESSOURCES(5000,10000,0.5) returns \"soleil\": half of the budget is committed for half of the work, a CPI of 1.") },
	{ GNM_FUNC_HELP_EXAMPLES, "=PST.METEO.RESSOURCES(6000,10000,\"50 %\")" },
	{ GNM_FUNC_HELP_SEEALSO, "PST.METEO.DELAIS,PST.METEO.GLOBALE,PST.TAUX" },
	{ GNM_FUNC_HELP_END }
};

static GnmValue *
gnumeric_pst_meteo_ressources (GnmFuncEvalInfo *ei, GnmValue const * const *argv)
{
	PstMeteoThresholds t;
	PstMeteo meteo = PST_METEO_UNKNOWN;
	double progress;
	gboolean blank;
	GnmValue *err;
	PstError e;

	if ((err = pst_value_progress (ei, argv[2], &progress, &blank)))
		return err;
	if (blank)
		return value_new_error_NA (ei->pos);
	read_thresholds (argv + 3, &t);
	e = pst_meteo_ressources (value_get_as_float (argv[0]),
				  value_get_as_float (argv[1]), progress, &t,
				  &meteo);
	return meteo_result (ei, e, meteo);
}

/***************************************************************************/

static GnmFuncHelp const help_pst_meteo_globale[] = {
	{ GNM_FUNC_HELP_NAME, F_("PST.METEO.GLOBALE:the worst of several weathers") },
	{ GNM_FUNC_HELP_ARG, F_("météo1:weather, or range of weathers") },
	{ GNM_FUNC_HELP_ARG, F_("météo2:weather, or range of weathers") },
	{ GNM_FUNC_HELP_DESCRIPTION, F_("PST.METEO.GLOBALE returns, as a word, the worst of @{météo1}, @{météo2}, …: orage is worse than pluie, pluie than nuageux, nuageux than soleil. It combines, for instance, the schedule and the cost weathers of an action.") },
	{ GNM_FUNC_HELP_DESCRIPTION, F_("Each weather is read as by PST.METEO.NIVEAU: the word, the level 1 to 4, a symbol ☀ ⛅ 🌧 ⛈, or a health word bon, pause, risque, blocage. Ranges may be given; blank cells and blank arguments are skipped.") },
	{ GNM_FUNC_HELP_NOTE, F_("A value that is not a weather (another word, a colour, a number other than 1 to 4, TRUE) gives #VALUE!; no weather at all gives #N/A. An error in an argument or in a cell is returned.") },
	{ GNM_FUNC_HELP_EXAMPLES, F_("PST.METEO.GLOBALE(\"soleil\",\"pluie\") returns \"pluie\".") },
	{ GNM_FUNC_HELP_EXAMPLES, "=PST.METEO.GLOBALE(\"⛅\",3,\"bon\")" },
	{ GNM_FUNC_HELP_SEEALSO, "PST.METEO.SYNTHESE,PST.METEO.NIVEAU,PST.METEO.DELAIS" },
	{ GNM_FUNC_HELP_END }
};

static GnmValue *
cb_meteo_worst (GnmEvalPos const *ep, GnmValue const *v, gpointer user)
{
	PstMeteo *worst = user, meteo;
	gboolean blank;
	GnmValue *err = value_meteo (ep, v, &meteo, &blank);

	if (err == NULL && !blank)
		*worst = pst_meteo_worst (*worst, meteo);
	return err;
}

static GnmValue *
gnumeric_pst_meteo_globale (GnmFuncEvalInfo *ei, int argc,
			    GnmExprConstPtr const *argv)
{
	PstMeteo worst = PST_METEO_UNKNOWN;
	GnmValue *err = function_iterate_argument_values
		(ei->pos, cb_meteo_worst, &worst, argc, argv, TRUE,
		 CELL_ITER_IGNORE_BLANK);

	if (err != NULL)
		return err;
	if (worst == PST_METEO_UNKNOWN)
		return value_new_error_NA (ei->pos);
	return value_new_string (pst_meteo_word (worst));
}

/***************************************************************************/

static GnmFuncHelp const help_pst_meteo_synthese[] = {
	{ GNM_FUNC_HELP_NAME, F_("PST.METEO.SYNTHESE:one weather summing up a range of weathers") },
	{ GNM_FUNC_HELP_ARG, F_("météos:range of weathers") },
	{ GNM_FUNC_HELP_ARG, F_("mode:\"pire\" (default), \"majorite\" or \"moyenne\"") },
	{ GNM_FUNC_HELP_DESCRIPTION, F_("PST.METEO.SYNTHESE sums up the weathers of @{météos}, read as by PST.METEO.NIVEAU, as @{mode} says: \"pire\" returns the worst; \"majorite\" the most frequent, a tie going to the worse level; \"moyenne\" the mean level rounded half up, so that a mean of 1.5 is nuageux.") },
	{ GNM_FUNC_HELP_DESCRIPTION, F_("Blank cells are skipped. @{mode} is read regardless of case and accents (\"Majorité\" will do); blank, it is \"pire\".") },
	{ GNM_FUNC_HELP_NOTE, F_("A cell that is not a weather gives #VALUE! rather than being left out, so that a typing error does not go unnoticed; an error in a cell is returned. An unknown @{mode} gives #VALUE!; a range without any weather, #N/A.") },
	{ GNM_FUNC_HELP_EXAMPLES, F_("If O2:O5 hold soleil, pluie, pluie and orage, PST.METEO.SYNTHESE(O2:O5) returns \"orage\", PST.METEO.SYNTHESE(O2:O5,\"majorite\") \"pluie\", and PST.METEO.SYNTHESE(O2:O5,\"moyenne\") \"pluie\" (a mean of 2.75).") },
	{ GNM_FUNC_HELP_EXAMPLES, "=PST.METEO.SYNTHESE({\"soleil\",\"nuageux\",\"orage\"},\"moyenne\")" },
	{ GNM_FUNC_HELP_SEEALSO, "PST.METEO.GLOBALE,PST.METEO.NIVEAU" },
	{ GNM_FUNC_HELP_END }
};

static GnmValue *
cb_meteo_count (GnmValueIter const *iter, gpointer user)
{
	PstMeteoCount *count = user;
	PstMeteo meteo;
	gboolean blank;
	GnmValue *err = value_meteo (iter->ep, iter->v, &meteo, &blank);

	if (err == NULL && !blank)
		pst_meteo_count_add (count, meteo);
	return err;
}

static GnmValue *
gnumeric_pst_meteo_synthese (GnmFuncEvalInfo *ei, GnmValue const * const *argv)
{
	PstMeteoCount count;
	PstMeteoMode mode;
	PstMeteo meteo = PST_METEO_UNKNOWN;
	char *text = argv[1] ? pst_value_text (argv[1]) : NULL;
	PstError e = pst_meteo_mode_parse (text, &mode);
	GnmValue *err;

	g_free (text);
	if (e != PST_OK)
		return pst_value_error (ei, e);
	pst_meteo_count_init (&count);
	err = value_area_foreach (argv[0], ei->pos, CELL_ITER_IGNORE_BLANK,
				  cb_meteo_count, &count);
	if (err != NULL)
		return err;
	e = pst_meteo_synthese_result (&count, mode, &meteo);
	return meteo_result (ei, e, meteo);
}

/***************************************************************************/

static GnmFuncHelp const help_pst_meteo_niveau[] = {
	{ GNM_FUNC_HELP_NAME, F_("PST.METEO.NIVEAU:level of a weather, from 1 (soleil) to 4 (orage)") },
	{ GNM_FUNC_HELP_ARG, F_("météo:weather as a word, a symbol, a level or a health word") },
	{ GNM_FUNC_HELP_DESCRIPTION, F_("PST.METEO.NIVEAU returns 1 for soleil, 2 for nuageux, 3 for pluie and 4 for orage. It reads the words and their forms (\"ensoleillé\", \"nuages\", \"couvert\", \"pluvieux\", \"orageux\", \"tempête\"), also among filler words such as \"Météo : pluie\" or \"niveau 2\"; the level as a number or as text (\"2\"); the symbols ☀ 🌞, ⛅ ☁ 🌤 🌥, 🌧 🌦 ☔ and ⛈ 🌩, alone or next to their own word (\"☀️ Soleil\"); and the health words bon (1), pause (2), risque (3) and blocage (4). Case and accents do not matter.") },
	{ GNM_FUNC_HELP_NOTE, F_("Colours (vert, orange, rouge) are not read: orange would be a guess between nuageux and pluie. Text that is not a weather, a number other than 1 to 4, or a symbol next to a word that disagrees gives #VALUE!; a blank gives #N/A.") },
	{ GNM_FUNC_HELP_EXAMPLES, F_("PST.METEO.NIVEAU(\"⛅\") returns 2.") },
	{ GNM_FUNC_HELP_EXAMPLES, "=PST.METEO.NIVEAU(\"Orageux\")" },
	{ GNM_FUNC_HELP_SEEALSO, "PST.METEO.GLOBALE,PST.METEO.SYNTHESE" },
	{ GNM_FUNC_HELP_END }
};

static GnmValue *
gnumeric_pst_meteo_niveau (GnmFuncEvalInfo *ei, GnmValue const * const *argv)
{
	PstMeteo meteo;
	gboolean blank;
	GnmValue *err = value_meteo (ei->pos, argv[0], &meteo, &blank);

	if (err != NULL)
		return err;
	if (blank)
		return value_new_error_NA (ei->pos);
	return value_new_int (meteo);
}

/***************************************************************************/

GnmFuncDescriptor const meteo_functions[] = {
	{ "pst.meteo.delais", "SSS|SSfff", help_pst_meteo_delais, gnumeric_pst_meteo_delais, NULL,
	  GNM_FUNC_SIMPLE, GNM_FUNC_IMPL_STATUS_UNIQUE_TO_GNUMERIC, GNM_FUNC_TEST_STATUS_BASIC },
	{ "pst.meteo.ressources", "ffS|fff", help_pst_meteo_ressources, gnumeric_pst_meteo_ressources, NULL,
	  GNM_FUNC_SIMPLE, GNM_FUNC_IMPL_STATUS_UNIQUE_TO_GNUMERIC, GNM_FUNC_TEST_STATUS_BASIC },
	{ "pst.meteo.globale", NULL, help_pst_meteo_globale, NULL, gnumeric_pst_meteo_globale,
	  GNM_FUNC_SIMPLE, GNM_FUNC_IMPL_STATUS_UNIQUE_TO_GNUMERIC, GNM_FUNC_TEST_STATUS_BASIC },
	{ "pst.meteo.synthese", "A|S", help_pst_meteo_synthese, gnumeric_pst_meteo_synthese, NULL,
	  GNM_FUNC_SIMPLE, GNM_FUNC_IMPL_STATUS_UNIQUE_TO_GNUMERIC, GNM_FUNC_TEST_STATUS_BASIC },
	{ "pst.meteo.niveau", "S", help_pst_meteo_niveau, gnumeric_pst_meteo_niveau, NULL,
	  GNM_FUNC_SIMPLE, GNM_FUNC_IMPL_STATUS_UNIQUE_TO_GNUMERIC, GNM_FUNC_TEST_STATUS_BASIC },
	{ NULL }
};
