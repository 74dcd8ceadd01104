/*
 * evolution-sheet.h: the comparison of two versions of a plan written
 * into a workbook, the sheet "Évolution" (functions/compare.h holds the
 * matching and the rules).
 */
#ifndef PST_EVOLUTION_SHEET_H
#define PST_EVOLUTION_SHEET_H

#include "pst-gnumeric.h"
#include "plan.h"
#include "compare.h"

G_BEGIN_DECLS

#define PST_EVOLUTION_SHEET "Évolution"

/*
 * The sheet PST_EVOLUTION_SHEET of @wb, made anew (in the place of the
 * previous one, else first: it is what the Conseil reads first):
 *   - the title "Évolution du PST — <entité> : <ancien_name> →
 *     <nouveau_name>", the entity being @nouveau's (else @ancien's);
 *   - the summary in French (pst_comparison_summary), one sentence a row;
 *   - the progress table: Niveau, Réf. avant, Réf. après, Libellé, Avant,
 *     Maintenant, Écart (points), for the plan, each OS and each OO;
 *   - the budget table by fonction, by service (ordinaire, extraordinaire)
 *     with the budgets without article and the total: Avant, Maintenant,
 *     Écart;
 *   - the change table, one row per change of @cmp under Niveau,
 *     Changement, Réf. avant, Réf. après, Libellé, Avant, Après, Écart,
 *     Confiance, Source avant, Source après, with an autofilter, or the
 *     row "Aucun changement." when there is none;
 *   - the line "Inchangés : N actions, M objectifs".
 * The progress and budget tables sit in the same columns as the change
 * table (Libellé, Avant, Après/Maintenant, Écart), so that one set of
 * widths reads all three.  Text is stored as strings, never parsed.
 * Printed on A4 landscape, one page wide.
 */
void	pst_evolution_write	(Workbook *wb, PstPlan const *ancien,
				 PstPlan const *nouveau,
				 PstComparison const *cmp,
				 char const *ancien_name,
				 char const *nouveau_name);

G_END_DECLS

#endif
