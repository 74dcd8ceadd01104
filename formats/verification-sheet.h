/*
 * verification-sheet.h: "Vérifier le plan" written into a workbook, the
 * sheet "Vérification" (functions/verification.h holds the rules).
 */
#ifndef PST_VERIFICATION_SHEET_H
#define PST_VERIFICATION_SHEET_H

#include "pst-gnumeric.h"
#include "plan.h"

G_BEGIN_DECLS

#define PST_VERIFICATION_SHEET "Vérification"

/*
 * The sheet PST_VERIFICATION_SHEET of @wb, made anew (in the place of
 * the previous one, else last): a title naming the entity and the date,
 * the counts by gravité, then one row per finding of
 * pst_plan_verify (@plan, @today) under the headers Gravité, Réf.,
 * Libellé, Règle, Message, Source, erreurs first, with an autofilter;
 * a single row "Aucun problème détecté." when there is none.  @today
 * NULL: the current date.  Every cell is a string or a date, never
 * parsed: a label that starts with "=" stays text.
 */
void	pst_verification_write	(Workbook *wb, PstPlan const *plan,
				 GDate const *today);

/* The same with findings already made by pst_plan_verify (@plan, @today),
 * for a caller that also shows them. */
void	pst_verification_write_findings (Workbook *wb, PstPlan const *plan,
					 GPtrArray const *findings,
					 GDate const *today);

G_END_DECLS

#endif
