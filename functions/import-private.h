/*
 * import-private.h: what the importer's stages share (see import.h for the
 * pipeline): the state of one import and the helpers of each stage.
 */
#ifndef PST_IMPORT_PRIVATE_H
#define PST_IMPORT_PRIVATE_H

#include <glib.h>
#include "import.h"
#include "import-layout.h"
#include "headers.h"
#include "reading.h"
#include "reference.h"

G_BEGIN_DECLS

typedef struct {
	PstPlan	       *plan;
	PstGrid const  *grid;
	PstSheet const *sheet;

	PstImportOptions const *options;
	PstReading     *reading;
	GPtrArray      *tables;		/* PstTable of the sheet, in row order */
	guint		next_table;
	PstTable const *table;		/* the current one */
	/* A sheet of fiches is read as a table: its rows' source rows. */
	int const      *row_origin;
	PstSheet const *source_sheet;
	int	       *roles;		/* per column of the current table */
	gboolean	has_header;
	int	       *extra_of_col;	/* index in plan->extra_headers, or one
					 * of the EXTRA_ values below */
	GHashTable     *extra_index;	/* extra header → index + 1 */
	GArray	       *extra_table;	/* guint per extra header: the table
					 * that last placed a column there */
	guint		n_tables;
	guint		full_table;	/* the last table told Plan is full */
	int		role_col[PST_N_ROLES];	/* first column of each role */

	char	       *volet;
	char	       *axe;		/* a level above the OS, part of the path */
	int		axe_col;	/* the Axe column's extra column, or -1 */
	char const     *entite;		/* the row's entity, or the plan's */
	GHashTable     *entities;	/* the entities met in an Entité column */
	GHashTable     *legend;		/* a symbol of the sheet's legend → its
					 * words ("✔" → "terminé") */
	/* In a table whose rows name their parent: a code as written,
	 * folded → the PstObjective, or the PstAction, it made. */
	GHashTable     *objective_by_code, *action_by_code;
	char	       *sheet_os, *sheet_oo;	/* codes named by the sheet */
	char	       *sheet_title;	/* the first text alone above the tables */
	/* An objective read without its label ("Objectif stratégique 1"),
	 * and its row: the text alone on the next row is its label. */
	PstObjective   *unlabelled;
	int		unlabelled_row;
	PstObjective   *os, *oo;
	PstAction      *action;
	PstObjective   *orphan_oo;	/* made to carry actions without OO */
	PstObjective   *keyword_oo;	/* the last OO read from "OO 5 – …" */
	gboolean	in_legend;	/* below a "Légende" under the table */
	/* Two plans on one sheet, each under a title "CPAS de …",
	 * "Commune de …": row + 1 of a title → the entity (owned); NULL
	 * when the sheet has no such titles. */
	GHashTable     *entity_rows;
	int		action_row;	/* the row the current action was read on */
	guint		n_labels, n_capital_labels; /* actions' first letters */
	char	       *path_child;	/* the action a path cell ends with */
	gboolean	action_bulleted;	/* the current action's label is "- …" */
	guint		n_upper_rows;	/* rows of one cell in capitals: banners */
	/* Actions' labels → the sheet that first had them, to tell a sheet
	 * that repeats another (the plan at two dates). */
	GHashTable     *label_sheet;
	GHashTable     *repeats;	/* sheet name → its label's first sheet */
	char const     *source_sheet_name;
	guint		n_repeated, n_sheet_actions;
	guint		n_stray;	/* rows of a table outside any table read */
	guint		n_twice;	/* actions of this sheet met twice under one OO */
	GHashTable     *oo_labels;	/* "OO ref\tlabel key" → the sheet's name */

	GHashTable     *objective_keys;	/* context key → PstObjective */
	GHashTable     *refs;		/* canonical refs in use → owner */
	GHashTable     *max_child;	/* parent ref ("" for OS) → last number */
	GHashTable     *header_roles;	/* cell text → role, for speed */
	/* Plans repeat their statuts and échéances on every line: each text
	 * is read once (import-values.c). */
	GHashTable     *statuses;	/* text → PstStatus + 1 */
	GHashTable     *echeances;	/* text → EcheanceRead */
	GHashTable     *sheet_labels;	/* objectives labelled by a sheet name */

	/* What the sheet showed of its hierarchy, for the reading. */
	guint		n_banners, n_filled_down, n_coded_rows, n_niveau_rows,
			n_indent_rows;
	/* What makes the reading doubtful. */
	guint		n_orphans, n_conflicts, n_unplaced, n_shared_amounts;
	GPtrArray      *valued;		/* PstObjective whose row carried values */
	GArray	       *valued_amounts;	/* double, parallel: the row's budget, or NAN */
	guint		n_values[PST_N_FIELDS], n_unread[PST_N_FIELDS];
	/* Columns whose amounts add up in one field ("2025 | 2026 | 2027",
	 * "Budget ordinaire | Budget extraordinaire"), per column. */
	gboolean       *summed;
	double		amount_scale;	/* of the cell being read */
	gboolean	progress_of_ten; /* of the cell being read */
	gboolean	progress_of_hundred;
} Importer;

/* A column kept under its own header has an extra column of Plan; these
 * have none. */
enum {
	EXTRA_NONE = -1,	/* a column of a canonical field */
	EXTRA_IN_COMMENT = -2,	/* no room left in Plan: kept in Commentaire */
	EXTRA_LAZY = -3		/* no header: placed at its first value */
};


/* import-cells.c: a table's cells, sources, anomalies, extra columns. */
char const	*imp_text_at		(Importer *imp, int row, int col);
int		 imp_first_nonempty	(Importer *imp, int row, int from);
int		 imp_filled_cells	(Importer *imp, int row);
/* A field of @a from @cell as a column of the current sheet gives it. */
void		 imp_set_value		(Importer *imp, PstAction *a, int row, int field,
					 PstCell const *cell);
char		*imp_row_source		(Importer *imp, int row);
void		 imp_anomaly		(Importer *imp, int row, PstGravite gravite,
					 char const *fmt, ...) G_GNUC_PRINTF (4, 5);
int		 imp_role_column	(Importer *imp, int role);
char const	*imp_role_text		(Importer *imp, int row, int role);
char		*imp_column_title	(Importer *imp, int col);
int		 imp_extra_column	(Importer *imp, char const *name);
int		 imp_place_extra	(Importer *imp, int row, int col);
void		 imp_adopt_header	(Importer *imp, int row, PstTable const *table);
void		 imp_report_errors	(Importer *imp, int row);
gboolean	 imp_starts_with_word	(char const *folded, char const *word);
gboolean	 imp_starts_with_any	(char const *text, char const *const *words,
					 gsize n_words);

/* import-objectives.c: volets, axes, references, objectives, actions. */
char const	*imp_volet_of		(char const *text, gboolean alone);
void		 imp_set_volet		(Importer *imp, char const *volet);
void		 imp_set_axe		(Importer *imp, char const *axe);
void		 imp_set_entite		(Importer *imp, char const *entite);
gboolean	 imp_is_axe_title	(char const *text);
char		*imp_numbers_string	(PstRefScan const *scan, int from, int to);
void		 imp_set_label		(PstObjective *o, char const *label);
PstObjective	*imp_ensure_os		(Importer *imp, int row, char const *code,
					 char const *label);
PstObjective	*imp_ensure_oo		(Importer *imp, int row, char const *code,
					 char const *label);
char const	*imp_bullet_text	(char const *label);
char		*imp_lettered_code	(char const *code);
void		 imp_find_entity_titles	(Importer *imp);
gboolean	 imp_entity_title_row	(Importer *imp, int row);
PstAction	*imp_new_action		(Importer *imp, int row, int level,
					 char const *code, char const *label);
void		 imp_ensure_action_parent (Importer *imp, int row);

/* import-values.c: an action's values. */
void		 imp_read_legend	(Importer *imp, PstSheet const *sheet);
void		 imp_fill_values	(Importer *imp, PstAction *a, int row);
void		 imp_check_consistency	(Importer *imp, PstAction *a, int row);
void		 imp_set_text_value	(Importer *imp, PstAction *a, int row,
					 int field, char const *text);

/* import-rows.c: each row placed in the hierarchy. */
void		 imp_import_row		(Importer *imp, int row);
gboolean	 imp_is_capitals	(char const *text);
void		 imp_import_by_parent	(Importer *imp, int first, int end);

G_END_DECLS

#endif
