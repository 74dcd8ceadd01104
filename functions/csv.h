/*
 * csv.h: a CSV file as a one-sheet grid.
 *
 * Belgian spreadsheets write CSV with ";" and often in Windows-1252: the
 * separator is the one of ";", "," and tab that splits the first lines most
 * regularly, and text that is not UTF-8 is read as Windows-1252.  Every
 * cell is text; the importer reads numbers, dates and percentages itself,
 * in the Belgian way (31/01/2020 is the 31st of January).
 */
#ifndef PST_CSV_H
#define PST_CSV_H

#include <glib.h>
#include "grid.h"

G_BEGIN_DECLS

PstGrid	*pst_grid_from_csv	(char const *data, gsize len,
				 char const *file, char const *sheet_name);

G_END_DECLS

#endif
