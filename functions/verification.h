/*
 * verification.h: "Vérifier le plan", the checks a CPAS finance officer
 * runs on a plan before it goes to the Conseil: is each action SMART, do
 * its dates, status, progress and money agree, does the hierarchy hold.
 *
 * Each problem is a finding with a gravité:
 *   erreur         the data cannot be right (a start after the end, a
 *                  progress of 140 %, a reference used twice…): a total
 *                  or a roll-up of the plan is wrong until it is fixed;
 *   avertissement  something to look at (an action late, a budget with no
 *                  article, spending above the budget…);
 *   info           a remark (a start date passed on an action not begun).
 *
 * The rules, by their French name (PstFinding.regle), in the order they
 * are checked for each action:
 *
 *   Référence manquante (erreur): an action without reference cannot be
 *     placed under any objective.
 *   Référence en double (erreur): two actions of one entity share a
 *     reference; the roll-ups count them under one code.  Reported on
 *     the second and later ones.
 *   Référence hors de son objectif (erreur): the Réf. OS or Réf. OO
 *     column names an objective that does not contain the action's
 *     reference (1.2.3 under OO 1.1).
 *   Objectif opérationnel inconnu (erreur): the action's OO (its Réf. OO,
 *     else the first two levels of its reference) is not an objective of
 *     the plan: no objective rolls the action up.
 *   Sous-action sans action (avertissement): a sous-action whose action
 *     (the first three levels of its reference) is not in the plan.
 *   Libellé manquant (avertissement): an action with no label.
 *   Action non SMART: a criterion of pst_smart missing, judged on the
 *     same five fields as the Plan sheet's SMART column (Action, Fin,
 *     Indicateur, Responsable, Budget); the message is
 *     pst_smart_diagnostic's.  Avertissement when S, M or T is missing
 *     (what, how much, by when: the action itself), info when only A or
 *     R is (who and with what means may be settled elsewhere; the
 *     pilote has a rule of its own).  Not for cancelled actions.
 *   Début après l’échéance (erreur): Début later than Fin.
 *   Échéance dépassée (avertissement): Fin before @today (the end day
 *     itself is not past, as for the météo) and the status neither
 *     TERMINE nor ANNULE_ABANDONNE.
 *   Démarrage en retard (info): NON_COMMENCE while Début is past.
 *   Avancement hors de 0 à 100 % (erreur).
 *   Terminée mais avancement incomplet (avertissement): TERMINE with a
 *     progress under 100 % (the roll-ups count it 100 %).
 *   Avancement complet, statut non terminé: progress 100 % and another
 *     status (avertissement), or no status at all (info).
 *   Non commencée mais avancée (avertissement): NON_COMMENCE with a
 *     progress above 0.
 *   Responsable manquant: neither Responsable nor Service filled
 *     (avertissement); a service but no named pilote (info).  "Filled"
 *     as for SMART: "-", "?", "à définir"… are blanks.  Not for
 *     cancelled actions.
 *   Montant négatif (erreur): Budget or Engagé below 0.
 *   Budget sans article (avertissement): a Budget above 0 with no
 *     article budgétaire: the Budget sheet cannot place it.
 *   Article budgétaire invalide (erreur): the Article is no
 *     FONCTION/ECO-SS (pst_article_parse).
 *   Code économique inconnu (avertissement): the article reads but its
 *     economic code is not in the list (pst_article_valid fails).
 *   Engagé supérieur au budget (avertissement): Engagé above Budget (no
 *     budget counts as 0).
 *
 * Then for each objective:
 *   Objectif sans action (avertissement): an OO with no action under it;
 *     an OS with neither OO nor action (an OS whose OOs are all empty is
 *     reported through them).
 * And for the plan:
 *   Plan sans action (avertissement): nothing to check.
 *
 * Blank, NULL and unreadable cells never fail a rule about their value:
 * a date given as text, a budget that is no number, are the importer's
 * anomalies, not findings.  Statuses are read with pst_status_parse, so
 * a hand-built plan may say "terminé" as well as TERMINE.
 *
 * Entities: in a plan of several entities (a consolidation), references
 * restart in each, so duplicates and objectives are looked up within
 * the item's own entity, and a finding's ref reads "entité:réf" as in
 * the column Réf. consolidée.
 */
#ifndef PST_VERIFICATION_H
#define PST_VERIFICATION_H

#include <glib.h>
#include "plan.h"

G_BEGIN_DECLS

typedef struct {
	PstGravite gravite;
	char	  *ref;		/* "2.1.3"; "" for the plan as a whole */
	char	  *libelle;	/* the action's or objective's label, or "" */
	char	  *regle;	/* the rule's French name, see above */
	char	  *message;	/* a French sentence naming the values */
	char	  *source;	/* the source row (PST_FIELD_SOURCE), or "" */
} PstFinding;

void	   pst_finding_free	(PstFinding *finding);

/*
 * The findings of @plan, as of @today (NULL or an invalid date: the
 * local date of today), sorted by gravité (erreur first), then
 * reference, then in the order they were found; a GPtrArray of
 * PstFinding that frees them.  Never NULL; empty when all is well.
 */
GPtrArray *pst_plan_verify	(PstPlan const *plan, GDate const *today);

/* counts[gravite]: how many findings of each gravité. */
void	   pst_findings_count	(GPtrArray const *findings,
				 guint counts[PST_GRAVITE_ERREUR + 1]);

/* "2 erreurs, 5 avertissements, 1 info", or "Aucun problème détecté." */
char	  *pst_findings_summary	(GPtrArray const *findings);

/* The day of @today as a serial of the 1900 date system (30/12/1899 is
 * 0); NULL or an invalid date: the local date of today. */
double	   pst_today_serial	(GDate const *today);

/* The rule "Échéance dépassée": Fin a date before @today (a serial; the
 * end day itself is not past), the status neither TERMINE nor
 * ANNULE_ABANDONNE, and the progress not 100 %. */
gboolean   pst_action_is_late	(PstAction const *action, double today);

/* Values as the messages show them, whatever the locale: "31/12/2024"
 * (a serial; a number out of range as it is), "60 %", "33,33 %" (a
 * fraction), "12 500 €", "1 250,5 €". */
char	  *pst_date_text	(double serial);
char	  *pst_percent_text	(double fraction);
char	  *pst_amount_text	(double amount);

G_END_DECLS

#endif
