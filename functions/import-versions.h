/*
 * import-versions.h: one field given by several columns of a table (the
 * importer's layout stage): amounts that are parts of the budget and add
 * up, or versions of one value (a total, an adjusted budget, a revised
 * deadline) of which one is kept and the others kept as they are.
 */
#ifndef PST_IMPORT_VERSIONS_H
#define PST_IMPORT_VERSIONS_H

#include <glib.h>
#include "grid.h"
#include "import-layout.h"
#include "reading.h"

G_BEGIN_DECLS

/* Settles the Budget, Engagé, Début and Fin columns of @t, rewriting the
 * roles, confidences and explanations (@indices) of the columns it moves. */
void pst_versions_decide (PstSheet const *sheet, PstTable *t, PstConfiance *conf,
			  char **indices);

G_END_DECLS

#endif
