/*
 * compare.h: two versions of a plan side by side, for the mid-term and
 * final evaluations: what was added, removed, moved, renamed, and how
 * each action's status, progress, dates, money and weather evolved.
 *
 * Matching.  Items are matched level by level (OS, then OO, then
 * actions, then sous-actions), within one entity: a plan of one entity
 * is paired with the other plan of one entity whatever their names; in
 * consolidations entities are paired by name (folded), and the items of
 * an entity the other version lacks are added or removed.  A pair of
 * items of the same level scores
 *
 *   similarity of the labels (0 to 1)
 *   + 0.15 when their parents match each other (the OO of an action,
 *     the OS of an OO, the action of a sous-action)
 *   + 0.05 when their references are the same
 *   + up to 0.04 for the other columns that agree (actions: service,
 *     responsable, dates, statut, avancement, météo, article, budget)
 *   + up to 0.01 for the same rank among the siblings.
 *
 * The similarity folds case, accents and punctuation: labels the same
 * once folded score 1; otherwise it is the mean of a Dice coefficient
 * over the words (short French words such as "de", "la", "pour" left
 * out) and one over the pairs of characters, so that "4 ateliers" and
 * "5 ateliers" stay close and a reworded label drifts away.  A pair is
 * a candidate when the similarity reaches 0.5, or 0.3 when the
 * references are the same and the parents match.  Candidates are taken
 * best first, each item once: a plan renumbered without other change
 * matches every item with itself at 100 %.
 *
 * Ambiguity.  When another free candidate of either item scores within
 * 0.03 of the best pair, and choosing it would tell a different story
 * (its label or its columns differ from the chosen one's), no pair is
 * chosen: one change PST_CHANGE_AMBIGU names the item and every close
 * candidate, and none of them is reported added or removed.  Identical
 * twins (the same label and columns twice under one OO) are paired in
 * their order, since any pairing tells the same story.
 *
 * Changes of a matched pair, in this order:
 *   déplacement  its parent is not the match of its former parent;
 *   renommage    labels differ once folded; confidence = similarity;
 *   statut       the status codes differ (pst_status_parse);
 *   avancement   the progress differs; delta in points (60 % → 75 %: 15);
 *   dates        Début or Fin moved, one change each; delta in days
 *                (later: positive);
 *   budget       the Budget differs; delta in euros (blank counts 0);
 *   article      the articles differ (compared in canonical form);
 *   météo        Météo délais, ressources or globale, one change each;
 *                delta in levels (soleil 1 … orage 4: worse is positive).
 * A changed reference alone is no change: renumbering is not reported.
 * An unmatched old item is a suppression, an unmatched new one an ajout.
 * Every change carries the confidence of its pair (1 for an exact
 * label), and the sources of both versions' rows.
 *
 * Summary.  Over actions and sous-actions (cancelled ones included in
 * the counts of added and removed):
 *   ajoutées, supprimées: unmatched new and old ones;
 *   terminées depuis: TERMINE now and not in the old version (or new);
 *   en retard depuis: late now at @today (pst_action_is_late, the rule
 *     "Échéance dépassée" of the verification) and not late in the old
 *     version at the old date (pst_plan_compare_at; by default @today);
 *   nouvellement en difficulté: PROBLEME or a météo orage (any of the
 *     three) now, and neither in the old version (or new).
 * Progress then and now of the plan, each OS and each OO: the roll-up of
 * the Objectifs sheet (PST.AVANCEMENT.REF: the actions and sous-actions
 * at or below the objective's reference, TERMINE counting 100 %,
 * cancelled ones left out, blank progress skipped but NON_COMMENCE
 * counting 0).  Budget then and now by fonction and by service O/E
 * (PST.BUDGET.TABLE over the Budget column), the budgets without a valid
 * article, and the total.
 *
 * References of a plan of several entities read "entité:réf".
 */
#ifndef PST_COMPARE_H
#define PST_COMPARE_H

#include <glib.h>
#include "plan.h"

G_BEGIN_DECLS

typedef enum {
	PST_CHANGE_AJOUT,
	PST_CHANGE_SUPPRESSION,
	PST_CHANGE_DEPLACEMENT,
	PST_CHANGE_RENOMMAGE,
	PST_CHANGE_STATUT,
	PST_CHANGE_AVANCEMENT,
	PST_CHANGE_DATES,
	PST_CHANGE_BUDGET,
	PST_CHANGE_ARTICLE,
	PST_CHANGE_METEO,
	PST_CHANGE_AMBIGU,
	PST_N_CHANGE_KINDS
} PstChangeKind;

/* "Ajout", "Suppression", "Déplacement", "Renommage", "Statut",
 * "Avancement", "Dates", "Budget", "Article", "Météo", "Ambigu". */
char const *pst_change_kind_word	(PstChangeKind kind);
/* 1 "OS", 2 "OO", 3 "Action", 4 "Sous-action"; 0 "Plan". */
char const *pst_change_level_word	(int level);

typedef struct {
	PstChangeKind kind;
	int	  level;	/* 1 OS, 2 OO, 3 action, 4 sous-action */
	PstField  field;	/* the column compared (PST_FIELD_FIN…), or
				 * PST_N_FIELDS for a change of the item */
	char	 *ref_old, *ref_new;	/* "" when that version lacks it; an
					 * ambiguity lists "2.1.3 ou 2.1.4" */
	char	 *label_old, *label_new;
	char	 *before, *after;	/* the values as shown, French */
	gboolean  has_delta;
	double	  delta;	/* points, days, euros or météo levels */
	double	  confidence;	/* 0..1, the pair's; < 0 for none */
	char	 *source_old, *source_new;	/* the rows' Source, or "" */
	gboolean  doubt_old;	/* PST_CHANGE_AMBIGU: the item in doubt is the
				 * old one and its candidates are new (else
				 * the reverse) */
} PstChange;

/* One line of the progress table: the plan (level 0), an OS or an OO. */
typedef struct {
	int	  level;
	char	 *ref_old, *ref_new, *label;
	gboolean  has_before, has_after;
	double	  before, after;	/* fractions */
} PstCompareProgress;

typedef enum {
	PST_BUDGET_FONCTION,
	PST_BUDGET_SERVICE,	/* key "O", "E", or "?" when it cannot be told */
	PST_BUDGET_SANS_ARTICLE,
	PST_BUDGET_TOTAL
} PstCompareBudgetKind;

typedef struct {
	PstCompareBudgetKind kind;
	char	 *key;		/* "8352", "O"…; "" for the last two */
	double	  before, after;
} PstCompareBudget;

/* The summary's sets of actions and sous-actions, by reference. */
typedef enum {
	PST_COMPARE_AJOUTEES,
	PST_COMPARE_SUPPRIMEES,
	PST_COMPARE_TERMINEES,
	PST_COMPARE_EN_RETARD,
	PST_COMPARE_EN_DIFFICULTE,
	PST_COMPARE_N_SETS
} PstCompareSet;

typedef struct {
	GPtrArray *changes;	/* PstChange, by reference (new, else old) */
	guint	   unchanged[5];	/* matched items without change, by
					 * level (1..4) */
	guint	   n_old[5], n_new[5];	/* items of each version, by level */
	guint	   n_ambiguous;	/* items in an ambiguous match */
	GPtrArray *sets[PST_COMPARE_N_SETS];	/* char *: references */
	GPtrArray *progress;	/* PstCompareProgress: the plan, then the
				 * objectives in the new plan's order, then
				 * those removed */
	GPtrArray *budget;	/* PstCompareBudget: fonctions by key, then
				 * services, then sans article, total */
	gboolean   several;	/* several entities: refs are qualified */
} PstComparison;

/*
 * The comparison of @ancien with @nouveau (both left untouched) as of
 * @today (NULL or invalid: the local date), which tells which actions
 * are late now.  Never NULL; free with pst_comparison_free.
 */
PstComparison *pst_plan_compare	(PstPlan const *ancien,
				 PstPlan const *nouveau,
				 GDate const *today);
/* The same, the lateness of @ancien judged at @ancien_date (the day that
 * version was drawn up; NULL or invalid: @today). */
PstComparison *pst_plan_compare_at (PstPlan const *ancien,
				    PstPlan const *nouveau,
				    GDate const *ancien_date,
				    GDate const *today);
void	 pst_comparison_free	(PstComparison *cmp);

/* Matched items without change, objectives (OS and OO) and actions
 * (actions and sous-actions). */
guint	 pst_comparison_unchanged_objectives (PstComparison const *cmp);
guint	 pst_comparison_unchanged_actions    (PstComparison const *cmp);

/* The French title of a summary set, "Actions ajoutées"… */
char const *pst_compare_set_title	(PstCompareSet set);

/* The lines of the summary in French, for a terminal or a sheet:
 * "Actions ajoutées : 2 (1.1.6, 3.2.4)"…; a GPtrArray of char * that
 * frees them. */
GPtrArray *pst_comparison_summary	(PstComparison const *cmp);

/* "Inchangés : 150 actions, 44 objectifs" (or "Aucun élément
 * inchangé."). */
char	*pst_comparison_unchanged_text	(PstComparison const *cmp);

/* One change in a French sentence: "Action 1.1.3 « Organiser… » :
 * statut EN_COURS → TERMINE". */
char	*pst_change_describe		(PstChange const *change);

G_END_DECLS

#endif
