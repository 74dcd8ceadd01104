/*
 * smart.h: is an objective or an action SMART?  Heuristics over the
 * French label and the optional fiche fields.
 *
 * S (spécifique): the label starts with an infinitive action verb
 *   ("Organiser…", "Se munir…"), possibly after a lead-in that ends with
 *   a comma ("Pour le 31/01, établir…") or a frequency ("Tous les
 *   trimestres réaliser…").  The vague verbs are those of doc/domain.md §8
 *   and their variants (améliorer, favoriser, promouvoir, optimiser,
 *   optimaliser, sensibiliser, confortabiliser); other broad verbs
 *   (développer, renforcer, dynamiser) pass.  A vague verb passes only
 *   with a target, that is a quantity in the label or a filled
 *   indicateur, or when coordinated with a verb that is not vague
 *   ("Développer et améliorer…").  "Poursuivre l'optimalisation…" is as
 *   vague as "Optimiser…".  A label that starts with a state verb (être,
 *   avoir, disposer de) describes a state: "Être un CPAS qui…" fits an
 *   OS only, so it passes S when @niveau is 1 and fails otherwise (level
 *   unknown included: PST.SMART is meant for OO and actions, which must
 *   say what will be done).
 * M (mesurable): a quantity in the label: a number that is not a year, a
 *   date, an ordinal or a legal reference ("article 60", "art. 60 § 7 ou
 *   61"); a percentage; ½, "demi", "moitié"; ETP; a number word; "un" or
 *   "une" only when marked as a count ("au minimum un atelier", "une
 *   fois", "un atelier minimum"), else it is an article.  Or a filled
 *   indicateur.  A frequency without a number is no quantity
 *   ("trimestriellement"); its number is ("tous les 6 mois").  "Tous",
 *   "chaque", "plusieurs" and an amount left blank ("... €") are not
 *   quantities.
 * A (atteignable): a filled responsable, or the label names who does it:
 *   "par le service X", "par le DG", "Qui ? …", "Responsable : …".  A
 *   partner ("avec la Ville", "mises en place par la Ville") is not a
 *   responsible.
 * R (réaliste): a filled ressources, or the label states means: an amount
 *   (€, euros), ETP, a subside, a subvention, financing ("financé par",
 *   "financement"), "moyens humains/financiers", a work regime ("mi-temps",
 *   "temps partiel"), or a budget with an amount ("pour un budget de
 *   5.000 €").  A budget that is the subject ("Élaborer le budget de
 *   référence") is not a resource.  The second half of the rule, a
 *   deadline not already past at the start, needs a start date that
 *   PST.SMART does not take: it is not checked here.
 * T (temporel): a date, a year or a period (pst_echeance_match), a
 *   deadline phrase (d'ici, pour le 31/01, avant la fin, au plus tard,
 *   fin juin, mi-législature, dans les 12 mois, "/ 2 mois"…), a frequency
 *   (pst_frequence_match), or a filled échéance.  A period word that
 *   describes a thing is no frequency: "au quotidien", "dépenses
 *   quotidiennes", "la note annuelle", "un tableau annuel".
 *
 * tests/smart/corpus.tsv holds labels judged by hand under the same
 * conventions (its README); test-smart-corpus.c measures the agreement.
 *
 * "Filled" means not blank and not a placeholder such as "-", "?",
 * "à définir", "néant", "n/a".
 *
 * Matching is on folded text (pst_text_fold): case, accents, ’ and ',
 * « » and non-breaking spaces do not matter.  Every vocabulary is a table
 * in smart.c; a new spelling is one line.
 */
#ifndef PST_SMART_H
#define PST_SMART_H

#include <glib.h>
#include "errors.h"

G_BEGIN_DECLS

typedef enum {
	PST_SMART_S = 0,
	PST_SMART_M,
	PST_SMART_A,
	PST_SMART_R,
	PST_SMART_T,
	PST_SMART_N_LETTERS
} PstSmartLetter;

/* Why a letter is missing; PST_SMART_PRESENT when it is not. */
typedef enum {
	PST_SMART_PRESENT = 0,
	PST_SMART_NO_VERB,		/* S: no infinitive at the start */
	PST_SMART_VAGUE_VERB,		/* S: a vague verb and no target */
	PST_SMART_STATE,		/* S: "être…", a vision, not an action */
	PST_SMART_NO_QUANTITY,		/* M */
	PST_SMART_NO_RESPONSIBLE,	/* A */
	PST_SMART_NO_RESOURCES,		/* R */
	PST_SMART_NO_TIME		/* T */
} PstSmartReason;

typedef struct {
	char const *label;
	char const *echeance;		/* may be NULL, as the four below */
	char const *indicateur;
	char const *responsable;
	char const *ressources;
	int	    niveau;		/* 1 OS, 2 OO, 3 action, 4 sous-action;
					 * 0 unknown */
} PstSmartInput;

typedef struct {
	gboolean       letters[PST_SMART_N_LETTERS];
	PstSmartReason reasons[PST_SMART_N_LETTERS];
	char	       verb[48];	/* the head verb (or vague noun) in lower
					 * case, accents kept, for the
					 * diagnostic; "" when none */
} PstSmartResult;

/* A blank label: PST_ERROR_NA, there is nothing to judge. */
PstError pst_smart		(PstSmartInput const *input,
				 PstSmartResult *result);

/* "SM--T": each letter present, or '-'. */
char	*pst_smart_letters	(PstSmartResult const *result);
int	 pst_smart_score	(PstSmartResult const *result);
/* One French sentence per missing letter, in S M A R T order, joined
 * with "; " so that it fits one cell ("M : aucune quantité ni indicateur
 * chiffré; T : …"); all five present: "Objectif SMART : les cinq critères
 * sont remplis". */
char	*pst_smart_diagnostic	(PstSmartResult const *result);

/* Whether a fiche field is filled in the sense above: not NULL, not
 * blank, not a placeholder. */
gboolean pst_smart_filled	(char const *text);

G_END_DECLS

#endif
