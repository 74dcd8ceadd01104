/*
 * import.h: a plan workbook of any layout, seen as a grid of cells, read
 * into the canonical plan, with what was understood of it.
 *
 * The pipeline, from file to canonical plan:
 * 1. grid      the workbook as sheets of cells: plugin/plan-grid.c
 *              (Gnumeric's readers, cells' indentation kept) or csv.c
 *              (UTF-8 or Windows-1252, ";", "," or tab);
 * 2. fiches    a sheet of "fiche action" blocks becomes a table, one row
 *              per block (import-fiches.c);
 * 3. layout    the tables of each sheet (header rows, group headers above
 *              them) and each column's role from its header and its
 *              contents, with a confidence, or as the user imposed it
 *              (import-layout.c, headers.c, import-options.c);
 * 4. hierarchy row by row, the objectives and actions: codes in columns
 *              or in labels, banner rows, sheet names, hierarchy columns
 *              filled down, a Niveau column, indentation, outline
 *              numbers; axes, volets and entities are part of an
 *              objective's path (import.c);
 * 5. values    statuses, progress, dates and échéances, articles, météo,
 *              amounts normalised with the engine (import.c);
 * 6. reading   what was understood and the doubts (reading.c), kept in
 *              plan->reading.
 *
 * Nothing is lost: every non-empty source row becomes an objective, an
 * action or an anomaly, and every one of them names its source row.  A
 * value that cannot be normalised is kept, as written, in Commentaire and
 * reported in the anomalies.  References are made unique: a code written
 * with an extra level (Burdinne's "O.S.1.1"), a numbering that restarts
 * (a second volet or axe starting again at OS 1) or a duplicate is
 * renumbered, the code as written kept in the column "Réf. source".
 */
#ifndef PST_IMPORT_H
#define PST_IMPORT_H

#include <glib.h>
#include "grid.h"
#include "plan.h"

G_BEGIN_DECLS

/* The extra column holding the code as written. */
#define PST_HEADER_ORIGINAL_REF "Réf. source"

/* Each source column of no canonical field gets a column of Plan, after
 * the fields and "Réf. source", up to this many; the others are kept in
 * Commentaire.  Far more than any plan has, well within the 16 384
 * columns of a sheet, and a bound on memory: an action holds one pointer
 * per extra column up to its last value. */
#define PST_MAX_EXTRA_COLUMNS 256

/* The user's corrections of the reading (pst import --colonne, --entete,
 * --feuille; the opener's PST_LECTURE). */
typedef struct {
	char	*column;	/* letters ("G") or a header as written */
	int	 role;		/* a PstField or PST_ROLE_* (headers.h) */
} PstColumnChoice;

typedef struct {
	int	 header_row;	/* 1-based as the user counts; 0 to detect */
	char	*sheet;		/* read only this sheet; NULL for all */
	GArray	*columns;	/* PstColumnChoice */
} PstImportOptions;

PstImportOptions *pst_import_options_new	(void);
void		  pst_import_options_free	(PstImportOptions *options);
/* Takes "--colonne" "Pilote=responsable", "--entete" "4" or "--feuille"
 * "PST": FALSE, with a French message in *error, when @value is wrong. */
gboolean	  pst_import_options_take	(PstImportOptions *options,
						 char const *option,
						 char const *value, char **error);
gboolean	  pst_import_option_is_known	(char const *option);
/* The same options written in one string ("--entete 4 --colonne G=avancement"). */
gboolean	  pst_import_options_parse	(PstImportOptions *options,
						 char const *text, char **error);
/* Whether @col of a sheet whose header row reads @header is chosen by
 * the user; its role in *role. */
gboolean	  pst_import_options_role	(PstImportOptions const *options,
						 int col, char const *header,
						 int *role);

PstPlan *pst_import		(PstGrid const *grid, char const *entite);
/* With the user's corrections (NULL for none); plan->reading says what
 * was understood. */
PstPlan *pst_import_with	(PstGrid const *grid, char const *entite,
				 PstImportOptions const *options);

/* Exit status of pst import when the plan is written but its reading is
 * doubtful (plan->reading->doutes not empty). */
#define PST_IMPORT_EXIT_DOUBT 3

/* Days since 30/12/1899 (the 1900 date system) of a GDate, and back. */
double	 pst_date_to_serial	(GDate const *date);
/* FALSE, *@date cleared, outside 1 to PST_DATE_SERIAL_MAX; the time of
 * day is dropped. */
gboolean pst_serial_to_date	(double serial, GDate *date);
/* @date when it is a valid day, else today's local date. */
void	 pst_date_or_today	(GDate const *date, GDate *out);

G_END_DECLS

#endif
