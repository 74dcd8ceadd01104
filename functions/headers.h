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
	PST_N_ROLES
};

int	 pst_header_role	(char const *header);
gboolean pst_role_is_value	(int role);

G_END_DECLS

#endif
