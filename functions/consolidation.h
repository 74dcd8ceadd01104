/*
 * consolidation.h: several plans stacked into one canonical plan, each under
 * its entity (doc/domain.md §9).
 *
 * References restart in every plan, so a reference alone no longer names
 * an item once plans are stacked.  The Réf. column keeps each plan's own
 * reference (PST.REF and the roll-ups read it as they do in a single plan)
 * and the Entité column says whose it is; the extra column "Réf.
 * consolidée" holds the pair written "entité:réf" ("CPAS de Virton:2.1.3"),
 * unique in the consolidated plan.  Each entity's objectives and actions
 * stay contiguous and in their plan's order, so that a formula can be
 * restricted to one entity's block of rows.
 */
#ifndef PST_CONSOLIDATION_H
#define PST_CONSOLIDATION_H

#include <glib.h>
#include "plan.h"

G_BEGIN_DECLS

/* The extra Plan column of the qualified reference. */
#define PST_HEADER_REF_CONSOLIDEE "Réf. consolidée"

/* "CPAS de Virton", "2.1.3" → "CPAS de Virton:2.1.3". */
char	*pst_ref_qualify	(char const *entite, char const *ref);

/*
 * The entity a plan names in its own title, as the importer listed the
 * title rows in the anomalies (gravité info): "CPAS de Virton – Programme
 * stratégique transversal 2018-2024" → "CPAS de Virton"; "Programme
 * stratégique transversal du CPAS de Burdinne" → "CPAS de Burdinne";
 * "CPAS d’Erezée – …" → "CPAS d’Erezée".  A CPAS, a commune or a ville
 * followed by a capitalised name; NULL when no title names one.
 */
char	*pst_plan_title_entite	(PstPlan const *plan);

/* Gives the plan, its objectives and its actions the entity @entite. */
void	 pst_plan_set_entite	(PstPlan *plan, char const *entite);

/*
 * The plans (PstPlan *, left untouched) stacked in order into a new plan:
 * the objectives, actions and anomalies of each, under its entity (the
 * plan's entite, or "Plan n" when it has none).  Two plans of the same
 * entity would make the qualified references ambiguous: the second is
 * renamed "entité (2)" and the renaming listed in the anomalies.  The
 * extra columns are the union of the plans' extra columns, by header,
 * after "Réf. consolidée".  The new plan's own entite is "N entités", or
 * the entity of the only plan.
 */
PstPlan	*pst_plan_merge		(GPtrArray *plans);

/* One entity's rows in a plan: a run of actions and a run of objectives
 * with the same Entité. */
typedef struct {
	char const *entite;	/* owned by the plan */
	guint	    first_action, n_actions;
	guint	    first_objective, n_objectives;
} PstEntityBlock;

/*
 * The entities of @plan in order of first appearance, as a GArray of
 * PstEntityBlock.  Rows of one entity are expected to be contiguous, as
 * pst_plan_merge writes them; when they are not, the block of an entity
 * spans from its first to its last row, and *contiguous (when not NULL)
 * is set to FALSE.
 */
GArray	*pst_plan_entity_blocks	(PstPlan const *plan, gboolean *contiguous);

/* Actions [*first, *last] (indices into plan->actions) at or below @ref
 * within the block; FALSE when there is none.  Within one plan actions
 * are in reference order, so those under an objective are contiguous. */
gboolean pst_block_ref_range	(PstPlan const *plan, PstEntityBlock const *block,
				 char const *ref, guint *first, guint *last);

G_END_DECLS

#endif
