/*
 * import-fiches.h: the importer's first stage for plans written as one
 * "fiche action" block per action (Intitulé : … / Pilote : … / Échéance :
 * …): the sheet seen as a table, one row per block (see import.h).
 */
#ifndef PST_IMPORT_FICHES_H
#define PST_IMPORT_FICHES_H

#include <glib.h>
#include "grid.h"

G_BEGIN_DECLS

/*
 * The table of @sheet's fiches (a header row of the keys, then a row per
 * block; free with pst_sheet_free), or NULL when the sheet is no series
 * of fiches.  *origin[r] is the source row of the table's row r (its
 * block's first field); the other rows of the source, fields after the
 * first and titles, are appended to @other_rows.
 */
PstSheet *pst_fiches_as_table	(PstSheet const *sheet, int **origin,
				 GArray *other_rows);

G_END_DECLS

#endif
