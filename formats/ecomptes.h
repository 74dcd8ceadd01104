/*
 * ecomptes.h: the regional eComptes PST XML (PST_eComptes_Export_201805V1.xsd,
 * doc/domain.md §10), written from a plan and read back into one.
 *
 * The mapping, element by element:
 *
 *   Identifiants	Id "<INS>-<TypeAdmin>-<Exercice>" (the entity of
 *			doc/domain.md §9), TypeAdmin, INS, Type PST, Exercice,
 *			Version 201805V1, Generateur "pst <version>".
 *   DescriptionPST	IdPST "PST-<INS>-<TypeAdmin>-<début>-<fin>", Libelle
 *			"Programme stratégique transversal – <entité>" (read
 *			back into the entity), ExerciceDebut and ExerciceFin: the
 *			first and last years of the actions' dates (the
 *			exercice when no action has a date).
 *   Volet		one per volet of the plan, in the order of their
 *			first OS: ElementId the volet ("interne"…), Libelle
 *			"Volet interne".  OS without a volet go to the volet
 *			"neant" / "NEANT", as IMIO's PST software writes it.
 *   OS, OO, Action	ElementId the canonical reference; sous-actions are
 *			Action elements too (the schema does not nest
 *			actions), told apart by their four-level reference.
 *
 * Every element carries the exercice of the header in its Exercice
 * attribute, and:
 *   Libelle		the label; over 255 characters it is cut to 254 and
 *			"…", the whole label kept in Description.
 *   DateDebut/Fin	the action's Début and Fin (xs:date).
 *   Description	Mode TEXTE; for an action, one line "Champ : valeur"
 *			per canonical field that has no element of its own
 *			(Responsable, météos, Engagé, Financement,
 *			Indicateur, Cible, Réalisé, Priorité; Budget when
 *			there is no article), so that reading gets them
 *			back.  A Responsable element would need a civilité
 *			the plans do not give: none is invented.
 *   Statut		the action's status; an action without one is given
 *			the status of its rows (below), with the line
 *			"Statut : non renseigné".
 *   Departement	the action's Service.
 *   TauxAvancement	percent, two decimals at most.  An action: its own
 *			progress (TERMINE 100, NON_COMMENCE without figure
 *			0); without one, the roll-up of its sous-actions
 *			(0 when none has a figure) and the line
 *			"Avancement : non renseigné".  OO, OS, volet: the
 *			roll-up of every action and sous-action below them
 *			by the rules of PST.AVANCEMENT.REF (avancement.h),
 *			computed from the written action figures so that a
 *			file read back and written again is identical; 0
 *			when nothing below has a figure.
 *   RemarqueStatut	Mode TEXTE, the action's Commentaire.
 *   ETP		the action's ETP; above an action, the sum below.
 *   Articles		an action's article: Exercice (the header's),
 *			Service and Type from the article (O and D when the
 *			list and the rules cannot tell), CodeArticle the
 *			canonical article, Libelle the economic code's
 *			label, Montant the action's Budget.  Empty above
 *			the actions: budgets are not summed twice.
 *   Plans, Partenaires, Projections	empty.
 *
 * The status of a volet, OS or OO (and of an action without one) comes
 * from the rows at or below it: none that says anything, NON_COMMENCE;
 * all cancelled, ANNULE_ABANDONNE; otherwise the status the other rows
 * share (a row without status counts as TERMINE at 100 %, NON_COMMENCE
 * at 0 %, EN_COURS in between), or EN_COURS when they differ.
 */
#ifndef PST_ECOMPTES_H
#define PST_ECOMPTES_H

#include <glib.h>
#include "plan.h"
#include "grid.h"

G_BEGIN_DECLS

/* The schema's Version, and the maximum lengths it sets. */
#define PST_ECOMPTES_VERSION		"201805V1"
#define PST_ECOMPTES_LIBELLE_MAX	255
#define PST_ECOMPTES_GENERATEUR_MAX	50
#define PST_ECOMPTES_IDPST_MAX		40

/* The header of an export: who the plan belongs to and for which year. */
typedef struct {
	gboolean    cpas;	/* TypeAdmin CPAS, else AC (commune) */
	gint64	    ins;	/* code INS; 0 when not given */
	int	    exercice;
	char const *entite;	/* NULL: the plan's */
} PstEcomptesHeader;

/* What a written file holds, for the summary of the command line. */
typedef struct {
	guint volets, os, oo, actions, sous_actions, articles;
	guint truncated;	/* labels cut to 255 characters */
	guint skipped;		/* actions without a reference: not written */
} PstEcomptesStats;

/* CPAS, INS 0, the current year, the plan's entity. */
void	 pst_ecomptes_header_init	(PstEcomptesHeader *header);

/* "CPAS" or "AC" (case-insensitive) into header->cpas. */
gboolean pst_ecomptes_parse_type_admin	(char const *text,
					 PstEcomptesHeader *header);

/* The XML, UTF-8, NUL-terminated; @stats may be NULL. */
char	*pst_ecomptes_write		(PstPlan const *plan,
					 PstEcomptesHeader const *header,
					 PstEcomptesStats *stats, gsize *len);

/*
 * An eComptes PST file read back into a plan; @file names the Source
 * column ("pst.xml:42", the line of the element).  NULL with a French
 * message in *error when the data is not such a file.  A document type
 * declaration is refused (no entity is ever expanded, no DTD loaded, no
 * network access).  Files from other software are read too: an ElementId
 * that is not a reference under its parent is renumbered and kept as the
 * code as written.  @header may be NULL.
 */
PstPlan	*pst_ecomptes_read		(char const *data, gsize len,
					 char const *file,
					 PstEcomptesHeader *header,
					 char **error);

/*
 * plan-canonical.c: the canonical workbook (plan-schema.md) read back by
 * its header names: sheet Plan (one action per row), Objectifs (OS and
 * OO, also those without actions) and Anomalies.  NULL when @grid has no
 * sheet "Plan" with the columns "Réf." and "Action".  @entite NULL: the
 * Entité of the first row, else the file name.
 */
gboolean pst_ecomptes_validate		(char const *xml, gsize len,
					 char const *xsd_path, char **report);

PstPlan	*pst_plan_from_canonical	(PstGrid const *grid,
					 char const *entite);

G_END_DECLS

#endif
