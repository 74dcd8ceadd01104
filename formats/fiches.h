/*
 * fiches.h: the fiches actions, one printable A4 page per action (or per
 * objectif opérationnel): the sheet the pilote brings to the meeting.
 */
#ifndef PST_FICHES_H
#define PST_FICHES_H

#include "pst-gnumeric.h"
#include "plan.h"

G_BEGIN_DECLS

#define PST_FICHES_SHEET "Fiches"

typedef enum {
	PST_FICHES_PAR_ACTION = 0,	/* one fiche per action and sous-action */
	PST_FICHES_PAR_OO		/* one fiche per objectif opérationnel */
} PstFichesPar;

/* "action" / "actions", "oo" / "objectif" (case-insensitive): TRUE and
 * *par set; anything else FALSE. */
gboolean  pst_fiches_par_parse	(char const *text, PstFichesPar *par);

/* How many fiches pst_fiches_workbook makes of @plan: the actions (and
 * sous-actions), or the objectifs opérationnels, counting an OO named by
 * actions but missing from the objectives as one more. */
guint	  pst_fiches_count	(PstPlan const *plan, PstFichesPar par);

/*
 * A new workbook whose single sheet PST_FICHES_SHEET holds one fiche per
 * action (or per OO), each a block of rows that prints on one A4
 * portrait page, with a manual page break before every fiche but the
 * first.  Values are written as values (dates, percentages, amounts),
 * texts as string values, never parsed: a label "=…" stays text; no
 * formula at all.  Long texts wrap, and are shortened ("…") where they
 * would not fit the page.  @today (NULL: the local date) is the date of
 * the "Situation au" line and of the météo computed for an action whose
 * plan gives none.
 *
 * An action fiche: "Fiche action 2.1.3", the label, the entity and the
 * date, then one row per field: Objectif stratégique, Objectif
 * opérationnel, Pilote (responsable), Service, Début, Échéance, Statut,
 * Avancement, Météo, Budget, Engagé, Article budgétaire (with the libellé
 * of its economic code), Financement, Indicateur, Cible, Réalisé,
 * Critères SMART, Diagnostic SMART, Commentaire; then "Notes de réunion".
 * An OO fiche: "Fiche objectif opérationnel 2.1", its label, its OS, its
 * counts, mean progress and budget, then a table of its actions: Réf.,
 * Action, Pilote, Échéance, Statut, Avancement, Météo, Budget.
 *
 * No fiche to make (a plan without action, or without OO): NULL and
 * *error (when @error is not NULL) a French sentence.
 */
Workbook *pst_fiches_workbook	(PstPlan const *plan, PstFichesPar par,
				 GDate const *today, char **error);

G_END_DECLS

#endif
