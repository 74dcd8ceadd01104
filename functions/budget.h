/*
 * budget.h: amounts summed by article budgétaire, and spread over years.
 *
 * The functions take the article column as the workbook has it: text in
 * any variant pst_article_parse reads (canonical forms included), NULL or
 * blank for an empty cell.  A row "has a valid article" when its text
 * reads as an article; a code missing from the list of economic codes
 * still counts, since dropping a real amount because the list lacks its
 * code would make a silently wrong total.  Rows whose article is not
 * valid are skipped; when no row at all has a valid article the answer is
 * PST_ERROR_VALUE, never 0.
 */
#ifndef PST_BUDGET_H
#define PST_BUDGET_H

#include <glib.h>
#include "errors.h"
#include "article.h"

G_BEGIN_DECLS

/*
 * A criterion of PST.BUDGET, compiled once and matched against many rows.
 *
 * - A pattern over the canonical article, '*' any run and '?' any one
 *   character: "104/\*", "83*\/12*", "*\/742-53" (the backslashes only
 *   keep this comment open).  Spaces are ignored and
 *   a pattern without wildcards is read as an article, so "8352 / 124.02"
 *   means "8352/124-02".
 * - A part test "partie=valeur", spaces tolerated around '=', the part
 *   named as in pst_article_part_from_name: "service=E", "type=D",
 *   "groupe=12", "fonction=8*", "libelle=*personnel*".  The value may use
 *   wildcards.  service and type also take the words ("ordinaire",
 *   "extraordinaire", "dépense", "recette"); libellé is compared folded
 *   (no case, no accents).
 *
 * PST_ERROR_VALUE for an empty criterion, an unknown part, the part
 * "exercice" (PST.BUDGET has its own exercice argument), an article with
 * a year, and a pattern that cannot match any article or part value:
 * "104", "104/abc*", "service=X", "groupe=123".
 */
typedef struct _PstBudgetCriterion PstBudgetCriterion;

PstError pst_budget_criterion_new	(char const *text,
					 PstBudgetCriterion **criterion);
void	 pst_budget_criterion_free	(PstBudgetCriterion *criterion);
gboolean pst_budget_criterion_match	(PstBudgetCriterion const *criterion,
					 PstArticle const *article);

/*
 * PST.BUDGET: the sum of @amounts over the rows whose article matches
 * @criterion.  @exercices (may be NULL; 0 in a row means blank) gives
 * each row's budget year; a row without one there takes the year written
 * after its article ("123/45678.2020").  With @exercice (0: no filter)
 * only rows of that year count, and a row with no year at all does not.
 * No row with a valid article: PST_ERROR_VALUE.
 */
PstError pst_budget_sum		(PstBudgetCriterion const *criterion,
				 char const *const *articles,
				 double const *amounts,
				 int const *exercices, gsize n,
				 int exercice, double *sum);

typedef struct {
	char  *key;
	double sum;
	guint  n_rows;
} PstBudgetLine;

/* Levels of PST.BUDGET.TABLE: article (NULL or blank), fonction,
 * fonction1, economique, code, groupe, service, type.  Other names:
 * PST_ERROR_VALUE. */
PstError pst_budget_level_from_name	(char const *name,
					 PstArticlePart *level);

/*
 * PST.BUDGET.TABLE: one line per key of @level, in one pass, sorted by
 * key in byte order.  Every key of a level has the same shape except
 * fonctions, whose lengths differ; byte order then follows the functional
 * hierarchy ("104" < "1040" < "105", and "104/…" < "1040/…" since '/'
 * sorts before the digits).  A service or type that cannot be told (see
 * article.h) is the key "?", which sorts first, rather than a row left
 * out.  No row with a valid article: PST_ERROR_VALUE.  Free the lines
 * with pst_budget_table_free.
 */
PstError pst_budget_table	(char const *const *articles,
				 double const *amounts, gsize n,
				 PstArticlePart level, GPtrArray **lines);
void	 pst_budget_table_free	(GPtrArray *lines);

/*
 * PST.BUDGET.PRORATA: the part of @amount falling in calendar year @year
 * when it is spread evenly over the days from @start to @end, both
 * counted (a one-day span has one day).  Days are Julian day numbers as
 * g_date_get_julian gives them.  @start after @end, an invalid day or
 * year: PST_ERROR_NUM; a year outside the span: 0.
 */
PstError pst_budget_prorata	(double amount, guint32 start, guint32 end,
				 int year, double *part);

G_END_DECLS

#endif
