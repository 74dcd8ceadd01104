/*
 * fn-budget.c: PST.ARTICLE, PST.ARTICLE.VALIDE, PST.BUDGET,
 * PST.BUDGET.TABLE, PST.BUDGET.PRORATA and PST.INDICATEUR.
 *
 * Articles budgétaires, their sums and tables live in the engine
 * (article.h, budget.h); these functions read the ranges once, hand the
 * engine the article texts as the cells hold them (no copy per row) and
 * say which cells are wrong.  A budget line "counts" when its article
 * reads; a bad amount or year only matters on a line that is summed.
 */
#include "pst-values.h"
#include "pst-functions.h"
#include "article.h"
#include "budget.h"
#include "budget-lines.h"
#include "indicateur.h"
#include "text.h"

#include <sheet.h>
#include <goffice/goffice.h>
#include <math.h>
#include <string.h>

/***************************************************************************/

static GnmFuncHelp const help_pst_article[] = {
	{ GNM_FUNC_HELP_NAME, F_("PST.ARTICLE:canonical form of an article budgétaire, or one of its parts") },
	{ GNM_FUNC_HELP_ARG, F_("texte:article as written, such as \"8352 / 124.02\"") },
	{ GNM_FUNC_HELP_ARG, F_("partie:part to return: fonction, fonction1, economique, code, groupe, service, type, libelle or exercice (default: the whole article)") },
	{ GNM_FUNC_HELP_DESCRIPTION, F_("PST.ARTICLE reads an article budgétaire FONCTION/ECO-SS in the forms found in workbooks and returns it as \"8352/124-02\": spaces around the separators (\"104 / 123 - 48\"), a dot or nothing before the sub-code (\"8352/124.02\", \"104/12348\"), typographic dashes, non-breaking spaces, and a budget year after the article (\"123/45678.2020\", \"104/123-48/2020\"), which the canonical form leaves out. Join split columns first: PST.ARTICLE(A2&\"/\"&B2).") },
	{ GNM_FUNC_HELP_DESCRIPTION, F_("With @{partie}, named without regard to case or accents, it returns that part of the article: \"fonction\" (\"8352\"), \"fonction1\" (its first digit, \"8\"), \"economique\" (\"124-02\"), \"code\" (\"124\"), \"groupe\" (\"12\"), \"service\" (\"O\" ordinaire or \"E\" extraordinaire), \"type\" (\"D\" dépense or \"R\" recette), \"libelle\" (the label of the economic code in the official list) or \"exercice\" (the year written after the article, as a number). Every other part is text.") },
	{ GNM_FUNC_HELP_DESCRIPTION, F_("The service and the type come from the list of economic codes; for a code the list lacks, from the rules of the classification: sub-code 01 to 49 ordinaire, 51 to 99 extraordinaire; second digit of the code 1 to 5 dépense, 6 to 9 recette, save the non-valeurs, récupérations, boni and mali.") },
	{ GNM_FUNC_HELP_NOTE, F_("Text that is not an article, such as the placeholder \"xxx/wal-13.2019\" or the ambiguous \"104/124.2020\", and an unknown @{partie} give #VALUE!. A part the article does not have gives #N/A: an exercice when none is written, a libellé for a code missing from the list, a service for the sub-codes 00 and 50. A blank @{texte} gives #N/A.") },
	{ GNM_FUNC_HELP_EXAMPLES, F_("PST.ARTICLE(\"8352 / 124.02\") returns \"8352/124-02\" and PST.ARTICLE(\"104/742-53\",\"service\") returns \"E\".") },
	{ GNM_FUNC_HELP_EXAMPLES, "=PST.ARTICLE(\"104/12348\",\"groupe\")" },
	{ GNM_FUNC_HELP_SEEALSO, "PST.ARTICLE.VALIDE,PST.BUDGET,PST.BUDGET.TABLE" },
	{ GNM_FUNC_HELP_END }
};

static GnmValue *
gnumeric_pst_article (GnmFuncEvalInfo *ei, GnmValue const * const *argv)
{
	char *text = pst_value_text (argv[0]);
	char *part_name = argv[1] ? pst_value_text (argv[1]) : NULL;
	PstArticlePart part;
	PstArticle article;
	char *result;
	PstError err;
	GnmValue *res;

	if (pst_text_is_blank (text)) {
		res = value_new_error_NA (ei->pos);
		goto out;
	}
	if ((err = pst_article_part_from_name (part_name, &part)) != PST_OK ||
	    (err = pst_article_parse (text, &article)) != PST_OK) {
		res = pst_value_error (ei, err);
		goto out;
	}
	/* The year is a number, as PST.BUDGET's exercices are. */
	if (part == PST_ARTICLE_PART_EXERCICE)
		res = article.year != 0 ? value_new_int (article.year)
			: value_new_error_NA (ei->pos);
	else if ((err = pst_article_part (&article, part, &result)) == PST_OK)
		res = value_new_string_nocopy (result);
	else
		res = pst_value_error (ei, err);
 out:
	g_free (text);
	g_free (part_name);
	return res;
}

/***************************************************************************/

static GnmFuncHelp const help_pst_article_valide[] = {
	{ GNM_FUNC_HELP_NAME, F_("PST.ARTICLE.VALIDE:whether text is an article budgétaire whose economic code is in the official list") },
	{ GNM_FUNC_HELP_ARG, F_("texte:article as written") },
	{ GNM_FUNC_HELP_DESCRIPTION, F_("PST.ARTICLE.VALIDE returns TRUE when @{texte} reads as an article in one of the forms PST.ARTICLE accepts and its economic code ECO-SS is in the list of economic codes (classification économique); otherwise FALSE. A blank, a number and a placeholder such as \"xxx/wal-13.2019\" give FALSE.") },
	{ GNM_FUNC_HELP_DESCRIPTION, F_("As PST.BUDGET sums every line whose article reads, even when its code is missing from the list (so as not to drop a real amount), PST.ARTICLE.VALIDE beside the budget finds the codes that were mistyped or that the list lacks.") },
	{ GNM_FUNC_HELP_NOTE, F_("An error in @{texte} is returned.") },
	{ GNM_FUNC_HELP_EXAMPLES, F_("PST.ARTICLE.VALIDE(\"104/123-48\") returns TRUE; PST.ARTICLE.VALIDE(\"104/123-47\") returns FALSE, since the list has no code 123-47.") },
	{ GNM_FUNC_HELP_EXAMPLES, "=PST.ARTICLE.VALIDE(\"8352 / 124.02\")" },
	{ GNM_FUNC_HELP_SEEALSO, "PST.ARTICLE,PST.BUDGET" },
	{ GNM_FUNC_HELP_END }
};

static GnmValue *
gnumeric_pst_article_valide (GnmFuncEvalInfo *ei, GnmValue const * const *argv)
{
	gboolean valid;

	if (!VALUE_IS_STRING (argv[0]))
		return value_new_bool (FALSE);
	valid = pst_article_valid (value_peek_string (argv[0]));
	return value_new_bool (valid);
}

/***************************************************************************/
/* The budget lines of PST.BUDGET and PST.BUDGET.TABLE (budget-lines.h). */

/* A number, blank or "" (0); else the error to return should the line
 * be summed: a text amount is a typing mistake, not a 0. */
static GnmValue *
budget_amount (GnmFuncEvalInfo *ei, GnmValue const *v, double *amount)
{
	*amount = 0;
	if (VALUE_IS_EMPTY (v))
		return NULL;
	if (VALUE_IS_FLOAT (v)) {
		*amount = value_get_as_float (v);
		return NULL;
	}
	if (VALUE_IS_ERROR (v))
		return value_dup (v);
	if (VALUE_IS_STRING (v) && *value_peek_string (v) == '\0')
		return NULL;
	return value_new_error_VALUE (ei->pos);
}

/* A year from 1000 to 9999, as a number or text; blank: 0 (the year
 * after the article, if any). */
static GnmValue *
budget_year (GnmFuncEvalInfo *ei, GnmValue const *v, int *year)
{
	*year = 0;
	if (VALUE_IS_EMPTY (v))
		return NULL;
	if (VALUE_IS_ERROR (v))
		return value_dup (v);
	if (VALUE_IS_FLOAT (v))
		return pst_exercice_from_number (value_get_as_float (v), year) == PST_OK
			? NULL : value_new_error_NUM (ei->pos);
	if (VALUE_IS_STRING (v) && pst_exercice_from_text (value_peek_string (v), year))
		return NULL;
	return value_new_error_VALUE (ei->pos);
}

/*
 * Reads the lines once.  Only text can be an article, so the amount and
 * year of any other line are not even looked at; an error in @articles is
 * returned at once, since it hides a line that might count.  @exercices
 * is NULL when no year is asked for.
 */
static GnmValue *
budget_lines_read (GnmFuncEvalInfo *ei, PstBudgetLines *lines,
		   GnmValue const *articles_v, GnmValue const *amounts_v,
		   GnmValue const *exercices_v)
{
	PstArea articles, amounts, exercices;
	GnmValue *err;
	int i, n = pst_area_size (ei, articles_v);

	pst_budget_lines_init (lines, n, exercices_v != NULL,
			       (GDestroyNotify) value_release);
	if ((err = pst_area_init (ei, &articles, articles_v, n)) ||
	    (err = pst_area_init (ei, &amounts, amounts_v, n)) ||
	    (err = pst_area_init (ei, &exercices, exercices_v, n)))
		return err;

	for (i = 0; i < n; i++) {
		GnmValue const *v = pst_area_get (ei, &articles, i);

		if (VALUE_IS_EMPTY (v))
			continue;
		if (VALUE_IS_ERROR (v))
			return value_dup (v);
		if (!VALUE_IS_STRING (v))
			continue;
		lines->articles[i] = value_peek_string (v);
		if ((err = budget_amount (ei, pst_area_get (ei, &amounts, i),
					  &lines->amounts[i])))
			pst_budget_lines_bad_amount (lines, i, err);
		if (lines->exercices &&
		    (err = budget_year (ei, pst_area_get (ei, &exercices, i),
					&lines->exercices[i])))
			pst_budget_lines_bad_exercice (lines, i, err);
	}
	return NULL;
}

/***************************************************************************/

static GnmFuncHelp const help_pst_budget[] = {
	{ GNM_FUNC_HELP_NAME, F_("PST.BUDGET:sum of the amounts of the articles budgétaires that match a criterion") },
	{ GNM_FUNC_HELP_ARG, F_("articles:article of each budget line") },
	{ GNM_FUNC_HELP_ARG, F_("montants:amount of each budget line") },
	{ GNM_FUNC_HELP_ARG, F_("critère:pattern over the article, such as \"104/*\", or test of a part, such as \"service=E\"") },
	{ GNM_FUNC_HELP_ARG, F_("exercices:budget year of each line") },
	{ GNM_FUNC_HELP_ARG, F_("exercice:budget year to sum (default: every year)") },
	{ GNM_FUNC_HELP_DESCRIPTION, F_("PST.BUDGET returns the sum of @{montants} over the lines whose article in @{articles} matches @{critère}. Articles are read in every form PST.ARTICLE accepts. A line whose article does not read, such as a title, a subtotal or a blank, is skipped; a line whose economic code is missing from the list still counts.") },
	{ GNM_FUNC_HELP_DESCRIPTION, F_("@{critère} is either a pattern over the canonical article, where * stands for any characters and ? for one: \"104/*\" (fonction 104), \"83*/12*\", \"*/742-53\", or a plain article such as \"8352 / 124.02\"; or the test of a part of the article, \"partie=valeur\", with the parts of PST.ARTICLE and the same wildcards: \"fonction=8*\", \"fonction1=8\", \"economique=124-02\", \"code=12?\", \"groupe=12\", \"service=E\" or \"service=extraordinaire\", \"type=D\" or \"type=recette\", \"libelle=*personnel*\" (without regard to case or accents). Spaces are ignored.") },
	{ GNM_FUNC_HELP_DESCRIPTION, F_("With @{exercice}, only the lines of that budget year are summed: the year in @{exercices} or, where that cell is blank or @{exercices} is left out, the year written after the article (\"123/45678.2020\"). A line with no year at all is left out. Without @{exercice}, @{exercices} is not read.") },
	{ GNM_FUNC_HELP_DESCRIPTION, F_("A blank amount counts 0. The rows are read once, and the criterion compiled once, so that a budget of 100 000 lines is summed at least as fast as by SUMIF.") },
	{ GNM_FUNC_HELP_NOTE, F_("When no line at all has an article that reads, the result is #VALUE!, never 0; when some have but none matches, it is 0. A malformed @{critère} (\"104\", \"service=X\", \"groupe=123\", \"exercice=2020\"), ranges of different sizes and a text amount on a line that is summed give #VALUE!. An @{exercice} that is not a year from 1000 to 9999 gives #NUM!, and so does such a year in @{exercices} on a line that matches @{critère}. An error in @{articles}, or in the amount of a line that is summed, is returned.") },
	{ GNM_FUNC_HELP_EXAMPLES, F_("If A2:A4 hold \"104/123-48\", \"104 / 742.53\" and \"8352/124-02\" and B2:B4 hold 100, 2000 and 30, PST.BUDGET(A2:A4,B2:B4,\"104/*\") returns 2100 and PST.BUDGET(A2:A4,B2:B4,\"service=O\") returns 130.") },
	{ GNM_FUNC_HELP_EXAMPLES, "=PST.BUDGET({\"104/123-48\";\"104/742-53\"},{100;2000},\"service=E\")" },
	{ GNM_FUNC_HELP_SEEALSO, "PST.BUDGET.TABLE,PST.ARTICLE,SUMIF" },
	{ GNM_FUNC_HELP_END }
};

static GnmValue *
gnumeric_pst_budget (GnmFuncEvalInfo *ei, GnmValue const * const *argv)
{
	PstBudgetCriterion *criterion = NULL;
	GnmValue const *exercices = argv[3];
	PstBudgetLines lines = { 0 };
	GnmValue *res;
	char *text;
	double sum;
	int exercice = 0;
	PstError err;

	if (argv[4] &&
	    pst_exercice_from_number (value_get_as_float (argv[4]), &exercice) != PST_OK)
		return value_new_error_NUM (ei->pos);
	/* PST.BUDGET(A:A,B:B,"*",,2020): a range left out reads 0. */
	if (pst_area_left_blank (exercices, TRUE))
		exercices = NULL;
	else if (pst_area_size (ei, exercices) != pst_area_size (ei, argv[0]))
		return value_new_error_VALUE (ei->pos);

	text = pst_value_text (argv[2]);
	err = pst_budget_criterion_new (text, &criterion);
	g_free (text);
	if (err != PST_OK)
		return pst_value_error (ei, err);

	if ((res = budget_lines_read (ei, &lines, argv[0], argv[1],
				      exercice ? exercices : NULL)))
		goto out;
	err = pst_budget_sum (criterion, lines.articles, lines.amounts,
			      lines.exercices, lines.n, exercice, &sum);
	if (err != PST_OK)
		res = pst_value_error (ei, err);
	else if (!(res = pst_budget_lines_sum_error (&lines, criterion, exercice)))
		res = value_new_float (sum);
 out:
	pst_budget_lines_clear (&lines);
	pst_budget_criterion_free (criterion);
	return res;
}

void
pst_budget_values (GnmEvalPos const *pos, GnmValue const *articles,
		   GnmValue const *amounts, char const * const *criteria, int n,
		   GnmValue **values)
{
	GnmFuncEvalInfo ei;
	PstBudgetLines lines = { 0 };
	GnmValue *err;
	int i;

	memset (&ei, 0, sizeof ei);
	ei.pos = pos;
	for (i = 0; i < n; i++)
		values[i] = NULL;
	err = budget_lines_read (&ei, &lines, articles, amounts, NULL);
	/* An error in the articles, or an amount that does not read, is
	 * left to the formulas themselves, which say it each their way. */
	if (err == NULL && !pst_budget_lines_has_suspects (&lines)) {
		for (i = 0; i < n; i++) {
			PstBudgetCriterion *criterion = NULL;
			PstError e = pst_budget_criterion_new (criteria[i], &criterion);
			double sum = 0;

			if (e == PST_OK)
				e = pst_budget_sum (criterion, lines.articles, lines.amounts,
						    NULL, lines.n, 0, &sum);
			pst_budget_criterion_free (criterion);
			values[i] = e == PST_OK ? value_new_float (sum) : pst_value_error (&ei, e);
		}
	}
	value_release (err);
	pst_budget_lines_clear (&lines);
}

/***************************************************************************/

static GnmFuncHelp const help_pst_budget_table[] = {
	{ GNM_FUNC_HELP_NAME, F_("PST.BUDGET.TABLE:table of the amounts summed by article budgétaire or by a part of the article") },
	{ GNM_FUNC_HELP_ARG, F_("articles:article of each budget line") },
	{ GNM_FUNC_HELP_ARG, F_("montants:amount of each budget line") },
	{ GNM_FUNC_HELP_ARG, F_("niveau:part of the article to group by: article (default), fonction, fonction1, economique, code, groupe, service or type") },
	{ GNM_FUNC_HELP_DESCRIPTION, F_("PST.BUDGET.TABLE returns an array of two columns with one row per value of @{niveau} found in @{articles}: the key, as text, and the sum of @{montants} over its lines. It reads the rows once, whatever their number, where a block of SUMIF formulas reads them once per key.") },
	{ GNM_FUNC_HELP_DESCRIPTION, F_("The rows are sorted by key, character by character, which follows the functional classification: \"104\" before \"1040\" before \"105\". A line whose service or type cannot be told (for a code missing from the list: the sub-codes 00 and 50 have no service, a code whose second digit is 0 no type) has the key \"?\", which comes first. As in PST.BUDGET, lines whose article does not read are skipped and a blank amount counts 0.") },
	{ GNM_FUNC_HELP_NOTE, F_("When no line has an article that reads, the result is #VALUE!. An unknown @{niveau} (libelle and exercice included), ranges of different sizes and a text amount on a line with an article give #VALUE!. An error in @{articles}, or in the amount of a line with an article, is returned.") },
	{ GNM_FUNC_HELP_EXAMPLES, F_("Entered as an array formula over D2:E30, PST.BUDGET.TABLE(A2:A500,B2:B500,\"fonction\") lists each fonction with its total.") },
	{ GNM_FUNC_HELP_EXAMPLES, "=INDEX(PST.BUDGET.TABLE({\"104/123-48\";\"8352/124-02\";\"104/742-53\"},{100;30;2000},\"fonction\"),1,2)" },
	{ GNM_FUNC_HELP_SEEALSO, "PST.BUDGET,PST.ARTICLE" },
	{ GNM_FUNC_HELP_END }
};

static GnmValue *
gnumeric_pst_budget_table (GnmFuncEvalInfo *ei, GnmValue const * const *argv)
{
	PstBudgetLines lines = { 0 };
	GPtrArray *table = NULL;
	PstArticlePart level;
	GnmValue *res;
	char *text;
	PstError err;
	guint i;

	text = argv[2] ? pst_value_text (argv[2]) : NULL;
	err = pst_budget_level_from_name (text, &level);
	g_free (text);
	if (err != PST_OK)
		return pst_value_error (ei, err);

	if ((res = budget_lines_read (ei, &lines, argv[0], argv[1], NULL)))
		goto out;
	err = pst_budget_table (lines.articles, lines.amounts, lines.n,
				level, &table);
	if (err != PST_OK) {
		res = pst_value_error (ei, err);
		goto out;
	}
	if ((res = pst_budget_lines_table_error (&lines)))
		goto out;

	res = value_new_array_non_init (2, table->len);
	res->v_array.vals[0] = g_new (GnmValue *, table->len);
	res->v_array.vals[1] = g_new (GnmValue *, table->len);
	for (i = 0; i < table->len; i++) {
		PstBudgetLine const *line = g_ptr_array_index (table, i);
		res->v_array.vals[0][i] = value_new_string (line->key);
		res->v_array.vals[1][i] = value_new_float (line->sum);
	}
 out:
	pst_budget_table_free (table);
	pst_budget_lines_clear (&lines);
	return res;
}

/***************************************************************************/

static GnmFuncHelp const help_pst_budget_prorata[] = {
	{ GNM_FUNC_HELP_NAME, F_("PST.BUDGET.PRORATA:part of an amount spread evenly over a period that falls in one calendar year") },
	{ GNM_FUNC_HELP_ARG, F_("montant:amount spread over the period") },
	{ GNM_FUNC_HELP_ARG, F_("début:first day of the period") },
	{ GNM_FUNC_HELP_ARG, F_("fin:last day of the period") },
	{ GNM_FUNC_HELP_ARG, F_("exercice:calendar year of the budget") },
	{ GNM_FUNC_HELP_DESCRIPTION, F_("PST.BUDGET.PRORATA returns the part of @{montant} that falls in the year @{exercice} when it is spread evenly over the days from @{début} to @{fin}, both included: @{montant} times the number of days of the period within @{exercice}, divided by the number of days of the period. A period outside @{exercice} gives 0, a period within it the whole @{montant}.") },
	{ GNM_FUNC_HELP_DESCRIPTION, F_("The dates are date cells or text in the workbook's date format; a time of day is ignored. Leap years count their 366 days.") },
	{ GNM_FUNC_HELP_NOTE, F_("A blank or unreadable date gives #VALUE!. An end before the start, a date before the start of the workbook's calendar, or an @{exercice} that is not a whole year from 1 to 9999, gives #NUM!.") },
	{ GNM_FUNC_HELP_EXAMPLES, F_("A grant of 12000 for 1 July 2021 to 30 June 2022: PST.BUDGET.PRORATA(12000,DATE(2021,7,1),DATE(2022,6,30),2021) returns 12000 × 184 / 365, about 6049.32.") },
	{ GNM_FUNC_HELP_EXAMPLES, "=PST.BUDGET.PRORATA(12000,DATE(2021,7,1),DATE(2022,6,30),2022)" },
	{ GNM_FUNC_HELP_SEEALSO, "PST.BUDGET,PST.AVANCEMENT.ATTENDU" },
	{ GNM_FUNC_HELP_END }
};

/* A day of the sheet's calendar as a Julian day number for GDate. */
static GnmValue *
budget_julian (GnmFuncEvalInfo *ei, GnmValue const *v, guint32 *julian)
{
	GDate date;
	double day;
	GnmValue *err;

	if ((err = pst_value_day (ei, v, &day)))
		return err;
	day = floor (day);
	if (!(day >= 0 && day < G_MAXINT))
		return value_new_error_NUM (ei->pos);
	go_date_serial_to_g (&date, (int) day, sheet_date_conv (ei->pos->sheet));
	if (!g_date_valid (&date))
		return value_new_error_NUM (ei->pos);
	*julian = g_date_get_julian (&date);
	return NULL;
}

static GnmValue *
gnumeric_pst_budget_prorata (GnmFuncEvalInfo *ei, GnmValue const * const *argv)
{
	gnm_float year = value_get_as_float (argv[3]);
	guint32 start, end;
	double part;
	GnmValue *err;
	PstError e;

	if ((err = budget_julian (ei, argv[1], &start)) ||
	    (err = budget_julian (ei, argv[2], &end)))
		return err;
	if (year != gnm_floor (year) || year < 1 || year > PST_EXERCICE_MAX)
		return value_new_error_NUM (ei->pos);
	e = pst_budget_prorata (value_get_as_float (argv[0]), start, end,
				(int) year, &part);
	return e == PST_OK ? value_new_float (part) : pst_value_error (ei, e);
}

/***************************************************************************/

static GnmFuncHelp const help_pst_indicateur[] = {
	{ GNM_FUNC_HELP_NAME, F_("PST.INDICATEUR:how far an indicator has gone from its initial value towards its target") },
	{ GNM_FUNC_HELP_ARG, F_("initiale:initial value of the indicator") },
	{ GNM_FUNC_HELP_ARG, F_("cible:target value of the indicator") },
	{ GNM_FUNC_HELP_ARG, F_("actuelle:current value of the indicator") },
	{ GNM_FUNC_HELP_DESCRIPTION, F_("PST.INDICATEUR returns (@{actuelle} - @{initiale}) / (@{cible} - @{initiale}): 0 at the start, 1 on target. A target below the initial value, such as fewer complaints or a shorter waiting time, reads the same way.") },
	{ GNM_FUNC_HELP_DESCRIPTION, F_("The result is not clamped: above 1 the target is exceeded, below 0 the indicator went the wrong way. Values may be numbers, or text read as a number typed in a cell would be (\"12.5\", \"60 %\").") },
	{ GNM_FUNC_HELP_NOTE, F_("When @{cible} equals @{initiale}, the result is #DIV/0!. A blank value gives #N/A, since nothing was measured; text that is not a number gives #VALUE!; a result too large for a number gives #NUM!.") },
	{ GNM_FUNC_HELP_EXAMPLES, F_("A waiting time of 30 days, with a target of 10 days, is now 15 days: PST.INDICATEUR(30,10,15) returns 0.75.") },
	{ GNM_FUNC_HELP_EXAMPLES, "=PST.INDICATEUR(0,20,5)" },
	{ GNM_FUNC_HELP_SEEALSO, "PST.AVANCEMENT,PST.TAUX" },
	{ GNM_FUNC_HELP_END }
};

/* A number, or text read as one in the sheet's conventions; a blank is
 * no measure yet. */
static GnmValue *
indicator_value (GnmFuncEvalInfo *ei, GnmValue const *v, double *x)
{
	if (VALUE_IS_EMPTY (v) ||
	    (VALUE_IS_STRING (v) && pst_text_is_blank (value_peek_string (v))))
		return value_new_error_NA (ei->pos);
	if (VALUE_IS_FLOAT (v)) {
		*x = value_get_as_float (v);
		return NULL;
	}
	if (VALUE_IS_STRING (v) &&
	    pst_value_match_number (ei, value_peek_string (v), x))
		return NULL;
	return value_new_error_VALUE (ei->pos);
}

static GnmValue *
gnumeric_pst_indicateur (GnmFuncEvalInfo *ei, GnmValue const * const *argv)
{
	double initiale, cible, actuelle, attainment;
	GnmValue *err;
	PstError e;

	if ((err = indicator_value (ei, argv[0], &initiale)) ||
	    (err = indicator_value (ei, argv[1], &cible)) ||
	    (err = indicator_value (ei, argv[2], &actuelle)))
		return err;
	e = pst_indicateur (initiale, cible, actuelle, &attainment);
	return e == PST_OK ? value_new_float (attainment) : pst_value_error (ei, e);
}

/***************************************************************************/

GnmFuncDescriptor const budget_functions[] = {
	{ "pst.article", "S|S", help_pst_article, gnumeric_pst_article, NULL,
	  GNM_FUNC_SIMPLE, GNM_FUNC_IMPL_STATUS_UNIQUE_TO_GNUMERIC, GNM_FUNC_TEST_STATUS_BASIC },
	{ "pst.article.valide", "S", help_pst_article_valide, gnumeric_pst_article_valide, NULL,
	  GNM_FUNC_SIMPLE, GNM_FUNC_IMPL_STATUS_UNIQUE_TO_GNUMERIC, GNM_FUNC_TEST_STATUS_BASIC },
	{ "pst.budget", "AAS|Af", help_pst_budget, gnumeric_pst_budget, NULL,
	  GNM_FUNC_SIMPLE, GNM_FUNC_IMPL_STATUS_UNIQUE_TO_GNUMERIC, GNM_FUNC_TEST_STATUS_BASIC },
	{ "pst.budget.table", "AA|S", help_pst_budget_table, gnumeric_pst_budget_table, NULL,
	  GNM_FUNC_RETURNS_NON_SCALAR, GNM_FUNC_IMPL_STATUS_UNIQUE_TO_GNUMERIC, GNM_FUNC_TEST_STATUS_BASIC },
	{ "pst.budget.prorata", "fSSf", help_pst_budget_prorata, gnumeric_pst_budget_prorata, NULL,
	  GNM_FUNC_SIMPLE, GNM_FUNC_IMPL_STATUS_UNIQUE_TO_GNUMERIC, GNM_FUNC_TEST_STATUS_BASIC },
	{ "pst.indicateur", "SSS", help_pst_indicateur, gnumeric_pst_indicateur, NULL,
	  GNM_FUNC_SIMPLE, GNM_FUNC_IMPL_STATUS_UNIQUE_TO_GNUMERIC, GNM_FUNC_TEST_STATUS_BASIC },
	{ NULL }
};
