/*
 * fn-smart.c: PST.SMART, PST.SMART.SCORE and PST.SMART.DIAGNOSTIC.
 *
 * The three take the same arguments, the label and four optional fields
 * of the fiche action, and show the same judgement (smart.h) three ways.
 */
#include "pst-values.h"
#include "pst-functions.h"
#include "smart.h"

/***************************************************************************/

void
pst_smart_args_texts (GnmValue const * const *args, char **texts)
{
	int i;

	for (i = 0; i < PST_SMART_N_ARGS; i++)
		texts[i] = args[i] ? pst_value_text (args[i]) : NULL;
}

PstError
pst_smart_judge_texts (char const * const *texts, PstSmartResult *result)
{
	PstSmartInput input = { NULL };

	input.label = texts[0];
	input.echeance = texts[1];
	input.indicateur = texts[2];
	input.responsable = texts[3];
	input.ressources = texts[4];
	input.niveau = 0;
	return pst_smart (&input, result);
}

GnmValue *
pst_smart_letters_value (GnmEvalPos const *pos, PstError e, PstSmartResult const *result)
{
	return e == PST_OK ? value_new_string_nocopy (pst_smart_letters (result))
		: pst_value_error_at (pos, e);
}

/* Judges the label and the fields of @argv; NULL or the error value. */
static GnmValue *
smart_judge (GnmEvalPos const *pos, GnmValue const * const *argv,
	     PstSmartResult *result)
{
	char *texts[PST_SMART_N_ARGS];
	PstError e;
	int i;

	/* pst_value_text copies: five texts may be alive at once. */
	pst_smart_args_texts (argv, texts);
	e = pst_smart_judge_texts ((char const * const *) texts, result);
	for (i = 0; i < PST_SMART_N_ARGS; i++)
		g_free (texts[i]);
	return e == PST_OK ? NULL : pst_value_error_at (pos, e);
}

/***************************************************************************/

static GnmFuncHelp const help_pst_smart[] = {
	{ GNM_FUNC_HELP_NAME, F_("PST.SMART:the SMART criteria that an objective or action meets, as five letters") },
	{ GNM_FUNC_HELP_ARG, F_("libellé:label of the objective or action") },
	{ GNM_FUNC_HELP_ARG, F_("échéance:deadline given in the fiche, as text or as a date") },
	{ GNM_FUNC_HELP_ARG, F_("indicateur:indicator given in the fiche") },
	{ GNM_FUNC_HELP_ARG, F_("responsable:person or service responsible, given in the fiche") },
	{ GNM_FUNC_HELP_ARG, F_("ressources:resources given in the fiche (budget, ETP, financing)") },
	{ GNM_FUNC_HELP_DESCRIPTION, F_("PST.SMART returns five characters, S M A R T, each replaced by \"-\" when the criterion is missing: \"SM--T\" is specific, measurable and time-bound, but says neither who does the work nor with what means. It reads the French @{libellé} and, when they are given, the fields of the fiche action.") },
	{ GNM_FUNC_HELP_DESCRIPTION, F_("S (spécifique): @{libellé} starts with an infinitive action verb, possibly after a lead-in such as \"Pour le 31/01,\" or \"Tous les trimestres\"; améliorer, favoriser, promouvoir, optimiser and sensibiliser pass only with a target, a quantity in the label or a filled @{indicateur}; a label that starts with être, avoir or disposer describes a state, which suits an objectif stratégique only, and fails. M (mesurable): a number, a percentage, an amount or a number word in the label (not a year, a date or an article of law), or a filled @{indicateur}.") },
	{ GNM_FUNC_HELP_DESCRIPTION, F_("A (atteignable): a filled @{responsable}, or the label says who does the work (\"par le service…\", \"Responsable : …\"); a partner (\"avec la Ville\") is not enough. R (réaliste): a filled @{ressources}, or the label states means: an amount in euros, ETP, a subside, a financing. T (temporel): a date, a year, a period, a deadline phrase (d'ici, pour le, avant, au plus tard, fin juin, dans les 12 mois) or a frequency in the label, or a filled @{échéance}.") },
	{ GNM_FUNC_HELP_DESCRIPTION, F_("A field is filled when it is neither blank nor a placeholder such as \"-\", \"?\", \"à définir\", \"néant\", \"n/a\" or 0; a date cell given as @{échéance} counts as filled. Case and accents do not matter. The second half of R, a deadline not already past at the start, needs a start date and is not checked.") },
	{ GNM_FUNC_HELP_NOTE, F_("A blank @{libellé} gives #N/A; an error in an argument is returned. These are heuristics over the wording: they point at what to reread, they do not replace reading the plan.") },
	{ GNM_FUNC_HELP_EXAMPLES, F_("PST.SMART(\"Organiser tous les 6 mois une plateforme insertion inter-CPAS\") returns \"SM--T\".") },
	{ GNM_FUNC_HELP_EXAMPLES, "=PST.SMART(\"Augmenter de 20% le nombre de conventions de partenariat\",\"fin 2024\",,\"Service insertion\")" },
	{ GNM_FUNC_HELP_SEEALSO, "PST.SMART.SCORE,PST.SMART.DIAGNOSTIC" },
	{ GNM_FUNC_HELP_END }
};

static GnmValue *
gnumeric_pst_smart (GnmFuncEvalInfo *ei, GnmValue const * const *argv)
{
	PstSmartResult result;
	GnmValue *err = smart_judge (ei->pos, argv, &result);

	return err ? err : pst_smart_letters_value (ei->pos, PST_OK, &result);
}

/***************************************************************************/

static GnmFuncHelp const help_pst_smart_score[] = {
	{ GNM_FUNC_HELP_NAME, F_("PST.SMART.SCORE:number of SMART criteria that an objective or action meets, from 0 to 5") },
	{ GNM_FUNC_HELP_ARG, F_("libellé:label of the objective or action") },
	{ GNM_FUNC_HELP_ARG, F_("échéance:deadline given in the fiche, as text or as a date") },
	{ GNM_FUNC_HELP_ARG, F_("indicateur:indicator given in the fiche") },
	{ GNM_FUNC_HELP_ARG, F_("responsable:person or service responsible, given in the fiche") },
	{ GNM_FUNC_HELP_ARG, F_("ressources:resources given in the fiche (budget, ETP, financing)") },
	{ GNM_FUNC_HELP_DESCRIPTION, F_("PST.SMART.SCORE counts the criteria that PST.SMART finds with the same arguments: 5 when @{libellé} and the fiche meet all of them, 0 when they meet none. It suits sorting or a conditional format.") },
	{ GNM_FUNC_HELP_NOTE, F_("A blank @{libellé} gives #N/A; an error in an argument is returned.") },
	{ GNM_FUNC_HELP_EXAMPLES, F_("PST.SMART.SCORE(\"Organiser tous les 6 mois une plateforme insertion inter-CPAS\") returns 3.") },
	{ GNM_FUNC_HELP_EXAMPLES, "=PST.SMART.SCORE(\"Améliorer l'accueil\")" },
	{ GNM_FUNC_HELP_SEEALSO, "PST.SMART,PST.SMART.DIAGNOSTIC" },
	{ GNM_FUNC_HELP_END }
};

static GnmValue *
gnumeric_pst_smart_score (GnmFuncEvalInfo *ei, GnmValue const * const *argv)
{
	PstSmartResult result;
	GnmValue *err = smart_judge (ei->pos, argv, &result);

	return err ? err : value_new_int (pst_smart_score (&result));
}

/***************************************************************************/

static GnmFuncHelp const help_pst_smart_diagnostic[] = {
	{ GNM_FUNC_HELP_NAME, F_("PST.SMART.DIAGNOSTIC:what an objective or action lacks to be SMART, in French") },
	{ GNM_FUNC_HELP_ARG, F_("libellé:label of the objective or action") },
	{ GNM_FUNC_HELP_ARG, F_("échéance:deadline given in the fiche, as text or as a date") },
	{ GNM_FUNC_HELP_ARG, F_("indicateur:indicator given in the fiche") },
	{ GNM_FUNC_HELP_ARG, F_("responsable:person or service responsible, given in the fiche") },
	{ GNM_FUNC_HELP_ARG, F_("ressources:resources given in the fiche (budget, ETP, financing)") },
	{ GNM_FUNC_HELP_DESCRIPTION, F_("PST.SMART.DIAGNOSTIC returns one French sentence per criterion that PST.SMART finds missing, in the order S M A R T, joined by \"; \" so that the answer fits one cell, such as \"M : aucune quantité ni indicateur chiffré; T : aucune échéance, date, période ni fréquence\". A vague verb is quoted: \"S : « améliorer » est trop vague sans cible chiffrée\".") },
	{ GNM_FUNC_HELP_DESCRIPTION, F_("When nothing is missing, it returns \"Objectif SMART : les cinq critères sont remplis\". The sentences are in French whatever the language of Gnumeric.") },
	{ GNM_FUNC_HELP_NOTE, F_("A blank @{libellé} gives #N/A; an error in an argument is returned.") },
	{ GNM_FUNC_HELP_EXAMPLES, F_("PST.SMART.DIAGNOSTIC(\"Organiser tous les 6 mois une plateforme insertion inter-CPAS\") returns \"A : aucun responsable ni service désigné; R : aucune ressource indiquée (budget, ETP, financement)\".") },
	{ GNM_FUNC_HELP_EXAMPLES, "=PST.SMART.DIAGNOSTIC(\"Améliorer l'accueil\",\"2025\")" },
	{ GNM_FUNC_HELP_SEEALSO, "PST.SMART,PST.SMART.SCORE" },
	{ GNM_FUNC_HELP_END }
};

static GnmValue *
gnumeric_pst_smart_diagnostic (GnmFuncEvalInfo *ei, GnmValue const * const *argv)
{
	PstSmartResult result;
	GnmValue *err = smart_judge (ei->pos, argv, &result);

	return err ? err
		: value_new_string_nocopy (pst_smart_diagnostic (&result));
}

/***************************************************************************/

GnmFuncDescriptor const smart_functions[] = {
	{ "pst.smart", "S|SSSS", help_pst_smart, gnumeric_pst_smart, NULL,
	  GNM_FUNC_SIMPLE, GNM_FUNC_IMPL_STATUS_UNIQUE_TO_GNUMERIC, GNM_FUNC_TEST_STATUS_BASIC },
	{ "pst.smart.score", "S|SSSS", help_pst_smart_score, gnumeric_pst_smart_score, NULL,
	  GNM_FUNC_SIMPLE, GNM_FUNC_IMPL_STATUS_UNIQUE_TO_GNUMERIC, GNM_FUNC_TEST_STATUS_BASIC },
	{ "pst.smart.diagnostic", "S|SSSS", help_pst_smart_diagnostic, gnumeric_pst_smart_diagnostic, NULL,
	  GNM_FUNC_SIMPLE, GNM_FUNC_IMPL_STATUS_UNIQUE_TO_GNUMERIC, GNM_FUNC_TEST_STATUS_BASIC },
	{ NULL }
};
