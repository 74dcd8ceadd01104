/*
 * import-layout.h: the importer's second stage (see import.h): where the
 * tables of a sheet start and what each column holds, decided from the
 * header (synonyms, two header rows) and from the contents (codes "O.S. 2",
 * statuses, percentages, dates, articles), or as the user imposed it.
 */
#ifndef PST_IMPORT_LAYOUT_H
#define PST_IMPORT_LAYOUT_H

#include <glib.h>
#include "grid.h"
#include "import.h"
#include "reading.h"

G_BEGIN_DECLS

typedef struct {
	int	 header_row;	/* 0-based */
	int	 group_row;	/* the group headers above it, or -1 */
	int	 n_cols;
	int	*roles;		/* per column: a PstField or PST_ROLE_* */
	/* Per column: progress written from 0 to 100 (25, 50, 100), so
	 * that a 1 there is 1 %, not all of it. */
	gboolean *hundreds;
	/* Per column: the header's scale, amounts in k€ ("Budget (k€)"),
	 * progress out of ten ("Avancement (sur 10)"). */
	gboolean *thousands, *out_of_ten;
	/* Per column: one of a field's columns over time ("Avancement T1 …
	 * T4", "Statut 2024 | Statut 2025"): a row's last filled one gives
	 * the field, each is kept under its header. */
	gboolean *series;
	/* Per column: an objective's amount ("Budget OO"), on its own row or
	 * its first action's, kept as it is. */
	gboolean *objective_amount;
	/* The code column numbers every level (1 / 1.1 / 1.1.1): a bare
	 * number is an OS, not the next action. */
	gboolean outline;
	/* The code column numbers two levels only (1, 1.1), and every row
	 * with a label has a code: a plan of OS and actions, without OO,
	 * when the second level carries the values. */
	gboolean two_levels;
	/* No code column, but the labels start with such a numbering
	 * ("1.2 Réduire les délais"): the number is the row's code. */
	gboolean numbered_labels;
	/* The article written in two columns, the fonction ("104") and the
	 * code économique ("123-48"), read together where no column gives
	 * it; -1 when not. */
	int	 article_fonction, article_economique;
	/* The "Niveau" column gives the levels as numbers, 1 the OS to 4 the
	 * sous-action. */
	gboolean numeric_levels;
	/* Levels shown by indentation of the label column, smallest first
	 * (n_indents 0 when the table does not use them). */
	int	 n_indents;
	guint16	 indents[4];
} PstTable;

void	   pst_table_free	(PstTable *table);

/* A row "1 | 2 | 3 | 4 …" under a header: the columns' numbers. */
gboolean   pst_layout_is_column_numbers (PstSheet const *sheet, int row);

/* Header texts → role, shared by every sheet of one import. */
GHashTable *pst_layout_role_cache_new (void);

/* The tables of @sheet in row order; the first one's columns and any
 * weak guess recorded in @sr and @reading. */
GPtrArray *pst_layout_tables	(PstSheet const *sheet,
				 PstImportOptions const *options,
				 GHashTable *role_cache,
				 PstSheetReading *sr, PstReading *reading);

/* The header of @col as written (two rows joined by " / "), or NULL. */
char	  *pst_table_header	(PstSheet const *sheet, PstTable const *table,
				 int col);

G_END_DECLS

#endif
