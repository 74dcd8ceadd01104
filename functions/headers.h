/*
 * headers.h: what a column of a plan workbook holds, from its header, in
 * French or English ("N°", "Actions et projets", "Qui ?", "% réalisé",
 * "Art. budg.", "Due date"…).
 */
#ifndef PST_HEADERS_H
#define PST_HEADERS_H

#include <glib.h>
#include "plan.h"

G_BEGIN_DECLS

/* A column's role: a canonical field (PstField) or one of these. */
enum {
	PST_ROLE_NONE = -1,		/* kept under its own header */
	PST_ROLE_CODE = PST_N_FIELDS,	/* "N°", "Réf.": a code of any level */
	PST_ROLE_LABEL,			/* "Libellé": a label of any level */
	PST_ROLE_TACHE,			/* "Tâche": a sous-action */
	PST_ROLE_AXE,			/* "Axe", "Thème": a level above the OS */
	PST_ROLE_NIVEAU,		/* "Niveau", "Type": OS, OO or action */
	PST_ROLE_PARENT,		/* "Parent": the code of the level above */
	PST_N_ROLES
};

int	 pst_header_role	(char const *header);
/* As pst_header_role, and whether the header is a synonym as a whole
 * (exact) rather than one that starts it ("Budget 2021"). */
int	 pst_header_role_full	(char const *header, gboolean *exact);
/* The level a "Niveau" cell names: "OS", "Objectif opérationnel",
 * "Action", "Tâche"…; PST_LEVEL_NONE (0) when none, -1 for an axe. */
int	 pst_niveau_word	(char const *text);
/* "1" to "4", a level written as its number (1 the OS, 4 the
 * sous-action); 0 for any other text. */
int	 pst_niveau_number	(char const *text);
/* The role's name as the user types it in --colonne ("responsable") and
 * back; PST_ROLE_NONE for "autre". */
char const *pst_role_name	(int role);
gboolean pst_role_from_name	(char const *name, int *role);
gboolean pst_role_is_value	(int role);
/* Whether a header says its amounts are in thousands ("Budget (k€)",
 * "Coût en milliers d’euros"). */
gboolean pst_header_thousands	(char const *header);
/* Whether a header says its progress is a mark out of ten
 * ("Avancement (sur 10)", "Avancement /10", "Avancement (0-10)"). */
gboolean pst_header_out_of_ten	(char const *header);
/* A column that looks like one of the action's fields and is none: an
 * amount beside the budget that is no part of it (a recette, a subside's
 * amount, what is liquidé, a charge nette, a solde), the date of the
 * row's last update. */
gboolean pst_header_kept_aside	(char const *header);
/* 1 for "Fonction" (the article's first half, "104"), 2 for "Code
 * économique" ("123-48"), 0 otherwise. */
int	 pst_header_article_part	(char const *header);
/* "Dépenses", bare: what is spent, or, with no budget beside, what the
 * action will spend. */
gboolean pst_header_names_spending	(char const *header);
/* "2025", "2026 (k€)", "Total": a header that names no field, over
 * amounts the budget of a year or the sum of them. */
gboolean pst_header_year_or_total	(char const *header);
/* A person's column that names someone other than who delivers the
 * action: "Pilote politique", "Échevin", "Personne de contact", "E-mail". */
gboolean pst_header_person_aside	(char const *header);

G_END_DECLS

#endif
