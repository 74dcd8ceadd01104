/*
 * import.c: a plan workbook of any layout read into the canonical plan.
 */
#include "import.h"
#include "import-layout.h"
#include "import-fiches.h"
#include "headers.h"
#include "reference.h"
#include "status.h"
#include "taux.h"
#include "echeance.h"
#include "article.h"
#include "meteo.h"
#include "text.h"

#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* 31/12/9999, the last day a spreadsheet shows, in the 1900 system. */
#define MAX_DATE_SERIAL 2958465

typedef struct {
	PstPlan	       *plan;
	PstGrid const  *grid;
	PstSheet const *sheet;

	PstImportOptions const *options;
	PstReading     *reading;
	PstSheetReading *sheet_reading;
	GPtrArray      *tables;		/* PstTable of the sheet, in row order */
	guint		next_table;
	PstTable const *table;		/* the current one */
	/* A sheet of fiches is read as a table: its rows' source rows. */
	int const      *row_origin;
	PstSheet const *source_sheet;
	int	       *roles;		/* per column of the current table */
	gboolean	has_header;
	int		header_row;
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
	char const     *entite;		/* the sheet's entity, or the plan's */
	char	       *sheet_os, *sheet_oo;	/* codes named by the sheet */
	PstObjective   *os, *oo;
	PstAction      *action;
	PstObjective   *orphan_oo;	/* made to carry actions without OO */
	char	       *path_child;	/* the action a path cell ends with */
	gboolean	action_bulleted;	/* the current action's label is "- …" */
	/* Actions' labels → the sheet that first had them, to tell a sheet
	 * that repeats another (the plan at two dates). */
	GHashTable     *label_sheet;
	GHashTable     *repeats;	/* sheet name → its label's first sheet */
	char const     *source_sheet_name;
	guint		n_repeated, n_sheet_actions;

	GHashTable     *objective_keys;	/* context key → PstObjective */
	GHashTable     *refs;		/* canonical refs in use → owner */
	GHashTable     *max_child;	/* parent ref ("" for OS) → last number */
	GHashTable     *header_roles;	/* cell text → role, for speed */
	GHashTable     *sheet_labels;	/* objectives labelled by a sheet name */

	/* What the sheet showed of its hierarchy, for the reading. */
	guint		n_banners, n_filled_down, n_coded_rows, n_niveau_rows,
			n_indent_rows;
	/* What makes the reading doubtful. */
	guint		n_orphans, n_conflicts, n_unplaced;
	guint		n_values[PST_N_FIELDS], n_unread[PST_N_FIELDS];
	/* Columns whose amounts add up in one field ("2025 | 2026 | 2027",
	 * "Budget ordinaire | Budget extraordinaire"), per column. */
	gboolean       *summed;
} Importer;

double
pst_date_to_serial (GDate const *date)
{
	GDate epoch;
	g_date_clear (&epoch, 1);
	g_date_set_dmy (&epoch, 30, 12, 1899);
	return (double) g_date_get_julian (date) - g_date_get_julian (&epoch);
}

/* A column kept under its own header has an extra column of Plan; these
 * have none. */
enum {
	EXTRA_NONE = -1,	/* a column of a canonical field */
	EXTRA_IN_COMMENT = -2,	/* no room left in Plan: kept in Commentaire */
	EXTRA_LAZY = -3		/* no header: placed at its first value */
};

/* ------------------------------------------------------------------ */
/* Cells and rows */

#define cell_filled pst_cell_filled
/* An error value (#N/A, #DIV/0!) says that a formula of the source failed:
 * it is reported once (report_errors) and otherwise read as blank, never
 * as a label, a code or a value. */
#define cell_text pst_cell_text

static char const *
text_at (Importer *imp, int row, int col)
{
	if (col < 0)
		return NULL;
	return cell_text (pst_sheet_cell (imp->sheet, row, col));
}

static int
first_nonempty (Importer *imp, int row, int from)
{
	int c, width = pst_sheet_row_width (imp->sheet, row);
	for (c = MAX (from, 0); c < width; c++)
		if (text_at (imp, row, c))
			return c;
	return -1;
}

static char *
row_contents (Importer *imp, int row)
{
	return pst_sheet_row_text (imp->sheet, row);
}

/* Named by its first filled cell, even an error value: a row of errors
 * only is accounted for like any other. */
static char *
row_source (Importer *imp, int row)
{
	if (imp->row_origin)
		return pst_row_source (imp->grid->file, imp->source_sheet,
				       MAX (imp->row_origin[row], 0));
	return pst_row_source (imp->grid->file, imp->sheet, row);
}

static void
anomaly (Importer *imp, int row, PstGravite gravite, char const *fmt, ...)
	G_GNUC_PRINTF (4, 5);

static void
anomaly (Importer *imp, int row, PstGravite gravite, char const *fmt, ...)
{
	va_list args;
	char *probleme;

	va_start (args, fmt);
	probleme = g_strdup_vprintf (fmt, args);
	va_end (args);
	pst_plan_take_anomaly (imp->plan, row_source (imp, row), gravite,
			       probleme, row_contents (imp, row));
}

static int
role_column (Importer *imp, int role)
{
	if (!imp->has_header || role < 0 || role >= PST_N_ROLES)
		return -1;
	return imp->role_col[role];
}

static char const *
role_text (Importer *imp, int row, int role)
{
	return text_at (imp, row, role_column (imp, role));
}

/* ------------------------------------------------------------------ */
/* Header rows */

/* "AB" for the column 27. */
static char *
column_letters (int col)
{
	char *name = pst_cell_name (0, col);
	name[strlen (name) - 1] = '\0';	/* "AB1" → "AB" */
	return name;
}

/* A column's title: its header, or its letters when it has none. */
static char *
column_title (Importer *imp, int col)
{
	char *header = imp->table ? pst_table_header (imp->sheet, imp->table, col) : NULL;
	char *letters, *title;

	if (header)
		return header;
	letters = column_letters (col);
	title = g_strdup_printf ("Colonne %s", letters);
	g_free (letters);
	return title;
}

/* The extra column of Plan named @name, made when new; EXTRA_IN_COMMENT
 * when it already holds a column of this table (its values would
 * overwrite each other) or when Plan has no room left. */
static int
extra_column (Importer *imp, char const *name)
{
	guint i = GPOINTER_TO_UINT (g_hash_table_lookup (imp->extra_index, name));

	if (i == 0) {
		if (imp->plan->extra_headers->len >= PST_MAX_EXTRA_COLUMNS)
			return EXTRA_IN_COMMENT;
		g_ptr_array_add (imp->plan->extra_headers, g_strdup (name));
		i = imp->plan->extra_headers->len;
		g_hash_table_insert (imp->extra_index, g_strdup (name), GUINT_TO_POINTER (i));
		g_array_set_size (imp->extra_table, i);
	} else if (g_array_index (imp->extra_table, guint, i - 1) == imp->n_tables)
		return EXTRA_IN_COMMENT;
	g_array_index (imp->extra_table, guint, i - 1) = imp->n_tables;
	return i - 1;
}

/* The extra column of Plan for the column @col of the table, reported on
 * @row when there is none left. */
static int
place_extra (Importer *imp, int row, int col)
{
	char *title = column_title (imp, col);
	int extra = extra_column (imp, title);

	if (extra == EXTRA_IN_COMMENT) {
		/* Two columns of one title are two columns of Plan: the
		 * second is told apart by its letters. */
		char *letters = column_letters (col);
		char *name = g_strdup_printf ("%s (colonne %s)", title, letters);
		extra = extra_column (imp, name);
		g_free (name);
		g_free (letters);
	}
	if (extra == EXTRA_IN_COMMENT && imp->full_table != imp->n_tables) {
		imp->full_table = imp->n_tables;
		anomaly (imp, row, PST_GRAVITE_AVERTISSEMENT,
			 "Trop de colonnes sans champ PST (plus de %d) : à partir de « %s », leurs valeurs sont gardées dans Commentaire.",
			 PST_MAX_EXTRA_COLUMNS, title);
	}
	g_free (title);
	return extra;
}

static void
adopt_header (Importer *imp, int row, PstTable const *table)
{
	int c;
	imp->table = table;
	memcpy (imp->roles, table->roles, imp->sheet->n_cols * sizeof (int));
	imp->has_header = TRUE;
	imp->header_row = row;
	imp->n_tables++;
	/* Two columns of one role: the first places the row, the others
	 * are kept as they are. */
	for (c = 0; c < imp->sheet->n_cols; c++) {
		int d;
		if (imp->roles[c] == PST_ROLE_NONE || pst_role_is_value (imp->roles[c]))
			continue;
		for (d = c + 1; d < imp->sheet->n_cols; d++)
			if (imp->roles[d] == imp->roles[c])
				imp->roles[d] = PST_ROLE_NONE;
	}
	for (c = 0; c < PST_N_ROLES; c++)
		imp->role_col[c] = -1;
	for (c = imp->sheet->n_cols - 1; c >= 0; c--)
		if (imp->roles[c] != PST_ROLE_NONE)
			imp->role_col[imp->roles[c]] = c;
	/* A column with a header is a column of Plan even when empty; one
	 * without gets a column at its first value, so that a sheet 16 384
	 * columns wide does not fill Plan with empty ones. */
	for (c = 0; c < imp->sheet->n_cols; c++)
		imp->extra_of_col[c] = imp->roles[c] != PST_ROLE_NONE ? EXTRA_NONE
			: text_at (imp, row, c) ? place_extra (imp, row, c)
			: EXTRA_LAZY;
	if (imp->role_col[PST_ROLE_AXE] >= 0)
		imp->axe_col = place_extra (imp, row, imp->role_col[PST_ROLE_AXE]);
	for (c = 0; c < imp->sheet->n_cols; c++) {
		int d, role = imp->roles[c];
		imp->summed[c] = FALSE;
		if (role != PST_FIELD_BUDGET && role != PST_FIELD_ENGAGE && role != PST_FIELD_ETP)
			continue;
		for (d = 0; d < imp->sheet->n_cols; d++)
			if (d != c && imp->roles[d] == role)
				imp->summed[c] = TRUE;
		if (imp->summed[c])
			imp->extra_of_col[c] = place_extra (imp, row, c);
	}
}

/* ------------------------------------------------------------------ */
/* Volets */

static char const *
volet_of (char const *text, gboolean alone)
{
	char *f = pst_text_fold (text);
	char const *volet = NULL;
	if (alone || strstr (f, "volet")) {
		if (strstr (f, "externe"))
			volet = "externe";
		else if (strstr (f, "interne"))
			volet = "interne";
		else if (strstr (f, "commun"))
			volet = "commun";
	}
	g_free (f);
	return volet;
}

static void
set_volet (Importer *imp, char const *volet)
{
	if (g_strcmp0 (imp->volet, volet) == 0)
		return;
	g_free (imp->volet);
	imp->volet = g_strdup (volet);
	imp->os = imp->oo = NULL;
	imp->action = NULL;
}

/* "Axe 2 : Cohésion sociale", "Thème 3 – Logement", "AXE 1". */
static gboolean
is_axe_title (char const *text)
{
	char *f = pst_text_fold (text);
	gboolean axe = FALSE;
	static char const *const words[] = { "axe", "theme", "pilier" };
	gsize i, n;

	for (i = 0; i < G_N_ELEMENTS (words) && !axe; i++) {
		n = strlen (words[i]);
		axe = strncmp (f, words[i], n) == 0 &&
			(f[n] == ' ' || f[n] == ':' || f[n] == '-' || g_ascii_isdigit (f[n])) &&
			strlen (f) < 200;
	}
	g_free (f);
	return axe;
}

/* An axe is a level above the OS: its OS numbers may start again. */
static void
set_axe (Importer *imp, char const *axe)
{
	if (g_strcmp0 (imp->axe, axe) == 0)
		return;
	g_free (imp->axe);
	imp->axe = g_strdup (axe);
	imp->os = imp->oo = NULL;
	imp->action = NULL;
}

/* ------------------------------------------------------------------ */
/* References */

static char *
numbers_string (PstRefScan const *scan, int from, int to)
{
	GString *s = g_string_new (NULL);
	int i;
	for (i = from; i < to; i++)
		g_string_append_printf (s, i > from ? ".%u" : "%u", scan->numbers[i]);
	return g_string_free (s, FALSE);
}

static guint
next_child (Importer *imp, char const *parent)
{
	guint n = GPOINTER_TO_UINT (g_hash_table_lookup (imp->max_child, parent));
	return n + 1;
}

static void
claim_ref (Importer *imp, char const *parent, guint number, char const *ref,
	   gpointer owner)
{
	guint n = GPOINTER_TO_UINT (g_hash_table_lookup (imp->max_child, parent));
	if (number > n)
		g_hash_table_insert (imp->max_child, g_strdup (parent),
				     GUINT_TO_POINTER (number));
	g_hash_table_insert (imp->refs, g_strdup (ref), owner);
}

/*
 * The canonical reference of a child of @parent written @code: its last
 * number when the code is relative or lies under the parent as written,
 * the next free number otherwise.  Sets *original when the code as
 * written is not the result, and reports why.
 */
static char *
child_ref (Importer *imp, int row, char const *parent, char const *parent_written,
	   char const *code, int level, char **original, guint *number)
{
	PstRefScan scan;
	guint wanted = 0;
	char *ref;

	*original = NULL;
	if (code && pst_ref_scan (code, &scan)) {
		int expected = parent[0] ? pst_ref_depth (parent) + 1 : 1;
		gboolean mismatch = FALSE;
		char *written = numbers_string (&scan, 0, scan.n_numbers);
		if (scan.n_numbers == 1) {
			wanted = scan.numbers[0];
			/* "action 3" under an OO written 1.2 but renumbered 7.2. */
			if (parent_written && g_strcmp0 (parent, parent_written) != 0) {
				g_free (written);
				written = g_strdup_printf ("%s.%u", parent_written, wanted);
			}
		} else {
			char *wparent = numbers_string (&scan, 0, scan.n_numbers - 1);
			wanted = scan.numbers[scan.n_numbers - 1];
			mismatch = g_strcmp0 (wparent, parent) != 0 &&
				g_strcmp0 (wparent, parent_written) != 0;
			/* An OS has no objective above it: "O.S.1.1" only has a
			 * level too many. */
			if (mismatch && parent[0] == '\0')
				anomaly (imp, row, PST_GRAVITE_AVERTISSEMENT,
					 "Le code « %s » a un niveau de trop pour un objectif stratégique : l’objectif est numéroté d’après son dernier nombre et le code écrit est gardé dans Réf. source.",
					 code);
			else if (mismatch && ++imp->n_conflicts)
				anomaly (imp, row, PST_GRAVITE_AVERTISSEMENT,
					 "Le code « %s » n’appartient pas à l’objectif %s sous lequel il est écrit ; il y est rattaché.",
					 code, parent);
			g_free (wparent);
		}
		if ((scan.n_numbers > 1 && scan.n_numbers != expected) || mismatch ||
		    (parent_written && g_strcmp0 (parent, parent_written) != 0))
			*original = g_strdup (written);
		g_free (written);
	} else if (code && level != PST_LEVEL_ACTION && level != PST_LEVEL_SOUS_ACTION)
		anomaly (imp, row, PST_GRAVITE_AVERTISSEMENT,
			 "Code « %s » illisible : l’objectif est numéroté à la suite.", code);

	if (wanted > 0) {
		ref = parent[0] ? g_strdup_printf ("%s.%u", parent, wanted)
			: g_strdup_printf ("%u", wanted);
		if (!g_hash_table_contains (imp->refs, ref)) {
			*number = wanted;
			return ref;
		}
		if (level == PST_LEVEL_OS && (imp->volet || imp->axe || imp->entite != imp->plan->entite))
			/* Numbers that start again under each volet, axe or
			 * entity are the plan's own: nothing to doubt. */
			anomaly (imp, row, PST_GRAVITE_INFO,
				 "La numérotation recommence (%s) : la référence %s est déjà prise, l’objectif est renuméroté et son code gardé dans Réf. source.",
				 imp->axe ? imp->axe : imp->volet ? imp->volet : imp->entite, ref);
		else {
			imp->n_conflicts++;
			anomaly (imp, row, PST_GRAVITE_AVERTISSEMENT,
				 "Référence en double %s : elle est renumérotée.", ref);
		}
		if (*original == NULL)
			*original = g_strdup (ref);
		g_free (ref);
	}
	*number = next_child (imp, parent);
	/* "1.1.1000" is no reference: PST.REF, and every roll-up of the
	 * workbook with it, would answer #VALUE!.  The caller finds room. */
	if (*number > PST_REF_MAX_NUMBER) {
		g_free (*original);
		*original = NULL;
		return NULL;
	}
	return parent[0] ? g_strdup_printf ("%s.%u", parent, *number)
		: g_strdup_printf ("%u", *number);
}

static char *
objective_key (Importer *imp, char const *parent, char const *code,
	       char const *label)
{
	PstRefScan scan;
	/* A code by its numbers: "OO 1.1 : Accompagner" and "OS1 / OO1.1"
	 * name one objective. */
	char *folded = code && pst_ref_scan (code, &scan) && scan.n_numbers > 0
		? numbers_string (&scan, 0, scan.n_numbers) : pst_text_fold (code ? code : label);
	/* The path, never the printed number alone. */
	char *key = g_strdup_printf ("%s|%s|%s|%s|%s:%s", imp->entite,
				     imp->volet ? imp->volet : "", imp->axe ? imp->axe : "",
				     parent, code ? "code" : "label", folded);
	g_free (folded);
	return key;
}

static PstObjective *ensure_os (Importer *imp, int row, char const *code,
				char const *label);

/* A label on one line: the line breaks typed to fit a narrow column
 * (Alt+Entrée) are spaces. */
static char *
one_line (char const *text)
{
	GString *s = g_string_sized_new (strlen (text));
	char const *p;

	for (p = text; *p; p++) {
		char c = *p == '\n' || *p == '\r' || *p == '\t' ? ' ' : *p;
		if (c == ' ' && (s->len == 0 || s->str[s->len - 1] == ' '))
			continue;
		g_string_append_c (s, c);
	}
	if (s->len > 0 && s->str[s->len - 1] == ' ')
		g_string_truncate (s, s->len - 1);
	return g_string_free (s, FALSE);
}

static void
set_label (PstObjective *o, char const *label)
{
	g_free (o->label);
	o->label = one_line (label ? label : "");
}

static gboolean
same_label (char const *a, char const *b)
{
	char *fa = pst_text_fold (a), *fb = pst_text_fold (b);
	gboolean same = strcmp (g_strstrip (fa), g_strstrip (fb)) == 0;
	g_free (fa);
	g_free (fb);
	return same;
}

static PstObjective *
ensure_objective (Importer *imp, int row, int level, char const *code,
		  char const *label)
{
	PstObjective *parent = level == 2 ? imp->os : NULL;
	char const *parent_ref = parent ? parent->ref : "";
	char *key, *original, *ref;
	PstObjective *o;
	guint number;

	if (code == NULL && label == NULL)
		label = "";
	key = objective_key (imp, parent_ref, code, label);
	o = g_hash_table_lookup (imp->objective_keys, key);
	if (o && label && *label && g_hash_table_remove (imp->sheet_labels, o))
		set_label (o, label);
	if (o && code && label && *label && o->label && *o->label &&
	    !same_label (o->label, label)) {
		/* Two objectives printed with one number in the same place. */
		char *folded = pst_text_fold (label);
		char *longer = g_strdup_printf ("%s|%s", key, folded);
		g_free (folded);
		g_free (key);
		key = longer;
		o = g_hash_table_lookup (imp->objective_keys, key);
		if (o == NULL) {
			imp->n_conflicts++;
			anomaly (imp, row, PST_GRAVITE_AVERTISSEMENT,
				 "Le code « %s » est déjà celui d’un autre objectif : « %s » est lu comme un objectif distinct, renuméroté.",
				 code, label);
		}
	}
	if (o) {
		if ((o->label == NULL || *o->label == '\0') && label && *label)
			set_label (o, label);
		g_free (key);
		return o;
	}
	ref = child_ref (imp, row, parent_ref,
			 parent ? (parent->original_ref ? parent->original_ref : parent->ref) : NULL,
			 code, level, &original, &number);
	if (ref == NULL) {
		/* 999 objectives under one parent already: the one numbered
		 * 999 (there is one, or the next number would not be past
		 * it) takes this one's rows. */
		char *last = parent_ref[0]
			? g_strdup_printf ("%s.%u", parent_ref, PST_REF_MAX_NUMBER)
			: g_strdup_printf ("%u", PST_REF_MAX_NUMBER);
		o = g_hash_table_lookup (imp->refs, last);
		anomaly (imp, row, PST_GRAVITE_AVERTISSEMENT,
			 "Plus de %d objectifs %s sous %s : « %s » est rattaché à l’objectif %s.",
			 PST_REF_MAX_NUMBER, level == 1 ? "stratégiques" : "opérationnels",
			 parent_ref[0] ? parent_ref : "le plan", code ? code : label, last);
		g_free (last);
		g_hash_table_insert (imp->objective_keys, key, o);
		return o;
	}
	o = g_new0 (PstObjective, 1);
	o->level = level;
	o->ref = ref;
	o->original_ref = original;
	set_label (o, label);
	o->volet = g_strdup (imp->volet);
	o->entite = g_strdup (imp->entite);
	o->source = row_source (imp, row);
	claim_ref (imp, parent_ref, number, o->ref, o);
	g_hash_table_insert (imp->objective_keys, key, o);
	g_ptr_array_add (imp->plan->objectives, o);
	return o;
}

static PstObjective *
ensure_os (Importer *imp, int row, char const *code, char const *label)
{
	PstObjective *os = ensure_objective (imp, row, 1, code, label);
	if (os != imp->os) {
		imp->os = os;
		imp->oo = NULL;
		imp->action = NULL;
	}
	return os;
}

static PstObjective *
ensure_oo (Importer *imp, int row, char const *code, char const *label)
{
	PstObjective *oo;
	if (imp->os == NULL) {
		if (imp->sheet_os) {
			/* "OS 1 - Social": the sheet names its OS, until a
			 * title gives its whole label. */
			PstRefScan scan;
			char *label = g_strdup ("");
			if (pst_ref_scan (imp->sheet_os, &scan))
				label = g_strstrip (g_strdup (imp->sheet_os + scan.label_offset));
			g_hash_table_add (imp->sheet_labels, ensure_os (imp, row, imp->sheet_os, label));
			g_free (label);
		}
		else {
			anomaly (imp, row, PST_GRAVITE_AVERTISSEMENT,
				 "Objectif opérationnel sans objectif stratégique : un OS sans libellé est créé pour le porter.");
			ensure_os (imp, row, NULL, "");
		}
	}
	oo = ensure_objective (imp, row, 2, code, label);
	if (oo != imp->oo) {
		imp->oo = oo;
		imp->action = NULL;
	}
	return oo;
}

/* ------------------------------------------------------------------ */
/* Values of an action */

/* The value as written goes to Commentaire and to the anomalies. */
static void
keep_unread (Importer *imp, PstAction *a, int row, PstGravite gravite,
	     int field, char const *text, char const *why)
{
	char *note = g_strdup_printf ("%s : %s", pst_field_header (field), text);
	/* A recurring échéance ("1x/an") is read right: it has no date. */
	if (gravite != PST_GRAVITE_INFO)
		imp->n_unread[field]++;
	pst_cell_append_text (&a->values[PST_FIELD_COMMENTAIRE], " ; ", note);
	anomaly (imp, row, gravite, "%s « %s » : %s ; gardé dans Commentaire.",
		 pst_field_header (field), text, why);
	g_free (note);
}

static void
set_date (Importer *imp, PstAction *a, int row, int field, PstCell const *cell)
{
	GDate date;
	PstError err;
	double v = cell->number;

	if (cell->kind == PST_CELL_DATE || cell->kind == PST_CELL_NUMBER) {
		/* A day number a spreadsheet can show (xlsx keeps 1e+400 as
		 * infinity, and (int) of it is undefined). */
		if (!isfinite (v) || v < 1 || v > MAX_DATE_SERIAL) {
			keep_unread (imp, a, row, PST_GRAVITE_AVERTISSEMENT, field,
				     cell->text, "date hors des dates possibles");
			return;
		}
	}
	if (cell->kind == PST_CELL_DATE) {
		pst_cell_set (&a->values[field], PST_CELL_DATE, cell->text, v);
		return;
	}
	g_date_clear (&date, 1);
	if (cell->kind == PST_CELL_NUMBER && v == floor (v) && v >= 1900 && v <= 2199) {
		g_date_set_dmy (&date, 31, 12, (GDateYear) v);
		err = PST_OK;
	} else if (cell->kind == PST_CELL_NUMBER) {
		pst_cell_set (&a->values[field], PST_CELL_DATE, cell->text, v);
		return;
	} else
		err = pst_echeance_parse (cell->text, 0, &date);
	if (err == PST_OK)
		pst_cell_set (&a->values[field], PST_CELL_DATE, cell->text,
			  pst_date_to_serial (&date));
	else if (err == PST_ERROR_NA)
		keep_unread (imp, a, row, PST_GRAVITE_INFO, field, cell->text,
			     "échéance récurrente, sans date unique");
	else
		keep_unread (imp, a, row, PST_GRAVITE_AVERTISSEMENT, field, cell->text,
			     "date illisible");
}

static void
set_amount (Importer *imp, PstAction *a, int row, int field, PstCell const *cell)
{
	double v;
	char const *end, *text = cell->text;

	/* An amount too large for a double (1e+400) is no amount. */
	if (cell->kind == PST_CELL_NUMBER && isfinite (cell->number)) {
		pst_cell_set (&a->values[field], PST_CELL_NUMBER, cell->text, cell->number);
		return;
	}
	/* "€ 1.500", "EUR 1 500": the currency before the amount. */
	if (cell->kind == PST_CELL_TEXT) {
		text += strspn (text, " ");
		if (g_str_has_prefix (text, "€"))
			text += strlen ("€");
		else if (g_ascii_strncasecmp (text, "eur ", 4) == 0)
			text += 4;
	}
	if (cell->kind == PST_CELL_TEXT &&
	    pst_text_parse_decimal (text, &v, &end) && isfinite (v)) {
		/* "1.500" in euros is fifteen hundred: a dot before three
		 * digits and no decimal comma separates thousands. */
		char const *dot = strchr (text, '.');
		if ((field == PST_FIELD_BUDGET || field == PST_FIELD_ENGAGE) && dot &&
		    !strchr (text, ',') && strchr (dot + 1, '.') == NULL &&
		    strspn (dot + 1, "0123456789") == 3 && end == dot + 4)
			v *= 1000;
		char *rest = pst_text_fold (end);
		gboolean unit_only = rest[0] == '\0' || strcmp (rest, "€") == 0 ||
			strcmp (rest, "eur") == 0 || strcmp (rest, "euros") == 0 ||
			strcmp (rest, "etp") == 0;
		g_free (rest);
		if (unit_only) {
			pst_cell_set (&a->values[field], PST_CELL_NUMBER, cell->text, v);
			return;
		}
	}
	if (field == PST_FIELD_CIBLE || field == PST_FIELD_REALISE)
		pst_cell_set (&a->values[field], PST_CELL_TEXT, cell->text, 0);
	else
		keep_unread (imp, a, row, PST_GRAVITE_AVERTISSEMENT, field, cell->text,
			     "montant illisible");
}

/* One of several columns of amounts for one field: the field holds
 * their sum, and each column's value stays under its own header. */
static void
add_amount (Importer *imp, PstAction *a, int row, int col, int field,
	    PstCell const *cell)
{
	PstCell *sum = &a->values[field];
	guint i = imp->extra_of_col[col];
	double before = sum->kind == PST_CELL_NUMBER ? sum->number : 0;
	gboolean had = sum->kind == PST_CELL_NUMBER;

	if (had)
		pst_cell_set (sum, PST_CELL_BLANK, NULL, 0);
	set_amount (imp, a, row, field, cell);
	imp->n_values[field]++;
	if (sum->kind == PST_CELL_NUMBER) {
		char *text = g_strdup_printf ("%.15g", sum->number + before);
		pst_cell_set (sum, PST_CELL_NUMBER, text, sum->number + before);
		g_free (text);
	} else if (had) {
		char *text = g_strdup_printf ("%.15g", before);
		pst_cell_set (sum, PST_CELL_NUMBER, text, before);
		g_free (text);
	}
	if (imp->extra_of_col[col] >= 0) {
		g_ptr_array_set_size (a->extras, MAX (a->extras->len, i + 1));
		g_free (g_ptr_array_index (a->extras, i));
		g_ptr_array_index (a->extras, i) = g_strdup (cell->text);
	}
}

/* Fields of one value; the others join their values with " ; ". */
static gboolean
field_is_single (int field)
{
	switch (field) {
	case PST_FIELD_SERVICE:
	case PST_FIELD_RESPONSABLE:
	case PST_FIELD_FINANCEMENT:
	case PST_FIELD_INDICATEUR:
	case PST_FIELD_PRIORITE:
	case PST_FIELD_COMMENTAIRE:
		return FALSE;
	default:
		return TRUE;
	}
}

static void
set_value (Importer *imp, PstAction *a, int row, int field, PstCell const *cell)
{
	char const *text = cell_text (cell);
	double fraction;
	PstError err;

	imp->n_values[field]++;
	/* Two columns for one field ("Début" twice): the first is kept, the
	 * second would overwrite it. */
	if (field_is_single (field) && a->values[field].kind != PST_CELL_BLANK) {
		keep_unread (imp, a, row, PST_GRAVITE_AVERTISSEMENT, field, text,
			     "une autre colonne a déjà donné ce champ");
		return;
	}

	switch (field) {
	case PST_FIELD_DEBUT:
	case PST_FIELD_FIN:
		set_date (imp, a, row, field, cell);
		break;
	case PST_FIELD_STATUT: {
		PstStatus s = pst_status_parse (text);
		if (s != PST_STATUS_UNKNOWN)
			pst_cell_set (&a->values[field], PST_CELL_TEXT, pst_status_code (s), 0);
		else
			keep_unread (imp, a, row, PST_GRAVITE_AVERTISSEMENT, field, text,
				     "statut inconnu");
		break;
	}
	case PST_FIELD_AVANCEMENT:
		err = cell->kind == PST_CELL_NUMBER
			? pst_taux_from_number (cell->number, &fraction)
			: pst_taux_from_text (text, &fraction);
		if (err == PST_OK)
			pst_cell_set (&a->values[field], PST_CELL_NUMBER, text, fraction);
		else if (err == PST_ERROR_NUM)
			keep_unread (imp, a, row, PST_GRAVITE_ERREUR, field, text,
				     "avancement hors de 0 à 100 %");
		else if (pst_status_parse (text) != PST_STATUS_UNKNOWN &&
			 a->values[PST_FIELD_STATUT].kind == PST_CELL_BLANK)
			/* Burdinne writes "Avancement : en cours". */
			pst_cell_set (&a->values[PST_FIELD_STATUT], PST_CELL_TEXT,
				  pst_status_code (pst_status_parse (text)), 0);
		else
			keep_unread (imp, a, row, PST_GRAVITE_AVERTISSEMENT, field, text,
				     "avancement illisible");
		break;
	case PST_FIELD_METEO_DELAIS:
	case PST_FIELD_METEO_RESSOURCES:
	case PST_FIELD_METEO_GLOBALE: {
		PstMeteo m = pst_meteo_parse (text);
		if (m != PST_METEO_UNKNOWN)
			pst_cell_set (&a->values[field], PST_CELL_TEXT, pst_meteo_word (m), 0);
		else
			keep_unread (imp, a, row, PST_GRAVITE_AVERTISSEMENT, field, text,
				     "météo inconnue");
		break;
	}
	case PST_FIELD_ARTICLE: {
		PstArticle article;
		if (pst_article_parse (text, &article) == PST_OK) {
			pst_cell_set (&a->values[field], PST_CELL_TEXT, article.canonical, 0);
			if (pst_article_economic_code (&article) == NULL)
				anomaly (imp, row, PST_GRAVITE_AVERTISSEMENT,
					 "Article « %s » : code économique absent de la classification.",
					 text);
		} else
			keep_unread (imp, a, row, PST_GRAVITE_AVERTISSEMENT, field, text,
				     "article budgétaire invalide");
		break;
	}
	case PST_FIELD_BUDGET:
	case PST_FIELD_ENGAGE:
	case PST_FIELD_ETP:
	case PST_FIELD_CIBLE:
	case PST_FIELD_REALISE:
		set_amount (imp, a, row, field, cell);
		break;
	case PST_FIELD_COMMENTAIRE:
		pst_cell_append_text (&a->values[field], " ; ", text);
		break;
	default:
		if (a->values[field].kind == PST_CELL_BLANK)
			pst_cell_set (&a->values[field], PST_CELL_TEXT, text, 0);
		else
			pst_cell_append_text (&a->values[field], " ; ", text);
		break;
	}
}

static void
fill_values (Importer *imp, PstAction *a, int row)
{
	int c, width = pst_sheet_row_width (imp->sheet, row);
	if (!imp->has_header)
		return;
	for (c = 0; c < width; c++) {
		PstCell const *cell = pst_sheet_cell (imp->sheet, row, c);
		int role = imp->roles[c];
		if (cell_text (cell) == NULL)
			continue;
		if (role == PST_ROLE_NONE && imp->extra_of_col[c] == EXTRA_LAZY)
			imp->extra_of_col[c] = place_extra (imp, row, c);
		if (pst_role_is_value (role) && imp->summed[c])
			add_amount (imp, a, row, c, role, cell);
		else if (pst_role_is_value (role))
			set_value (imp, a, row, role, cell);
		else if (role == PST_FIELD_ENTITE)
			pst_cell_set (&a->values[role], PST_CELL_TEXT, cell->text, 0);
		else if (role == PST_ROLE_NONE && imp->extra_of_col[c] >= 0) {
			guint i = imp->extra_of_col[c];
			while (a->extras->len <= i)
				g_ptr_array_add (a->extras, NULL);
			g_free (g_ptr_array_index (a->extras, i));
			g_ptr_array_index (a->extras, i) = g_strdup (cell->text);
		} else if (role == PST_ROLE_NONE &&
			   imp->extra_of_col[c] == EXTRA_IN_COMMENT) {
			char *title = column_title (imp, c);
			char *note = g_strdup_printf ("%s : %s", title, cell->text);
			pst_cell_append_text (&a->values[PST_FIELD_COMMENTAIRE], " ; ", note);
			g_free (note);
			g_free (title);
		}
	}
}

/* A status and a progress that contradict each other: the roll-ups follow
 * the status, and the officer should know. */
static void
check_consistency (Importer *imp, PstAction *a, int row)
{
	PstCell const *st = &a->values[PST_FIELD_STATUT];
	PstCell const *av = &a->values[PST_FIELD_AVANCEMENT];

	if (st->text == NULL || av->kind != PST_CELL_NUMBER)
		return;
	if (strcmp (st->text, "TERMINE") == 0 && av->number < 1)
		anomaly (imp, row, PST_GRAVITE_AVERTISSEMENT,
			 "Action %s terminée mais avancée à %.0f %% : elle compte pour 100 %%.",
			 a->values[PST_FIELD_REF].text, av->number * 100);
	else if (strcmp (st->text, "NON_COMMENCE") == 0 && av->number > 0)
		anomaly (imp, row, PST_GRAVITE_AVERTISSEMENT,
			 "Action %s non commencée mais avancée à %.0f %%.",
			 a->values[PST_FIELD_REF].text, av->number * 100);
}

static char *
action_ref (Importer *imp, int row, int level, char const *code,
	    char **original, guint *number)
{
	char const *parent_ref, *parent_written;

	if (level == PST_LEVEL_SOUS_ACTION) {
		PstCell const *pref = &imp->action->values[PST_FIELD_REF];
		parent_ref = pref->text;
		parent_written = imp->action->original_ref ? imp->action->original_ref : parent_ref;
	} else {
		parent_ref = imp->oo->ref;
		parent_written = imp->oo->original_ref ? imp->oo->original_ref : parent_ref;
	}
	return child_ref (imp, row, parent_ref, parent_written, code, level,
			  original, number);
}

/* "- contacter les partenaires": the text after a list bullet, or NULL. */
static char const *
bullet_text (char const *label)
{
	static char const *const bullets[] = { "- ", "– ", "— ", "• ", "* ", "· ", "o " };
	gsize i;

	label += strspn (label, " ");
	for (i = 0; i < G_N_ELEMENTS (bullets); i++)
		if (g_str_has_prefix (label, bullets[i]))
			return label + strlen (bullets[i]);
	return NULL;
}

/* "2.1.1.a", "2.1.1 b)": a sous-action numbered by a letter, as
 * "2.1.1.1", "2.1.1.2"; NULL for any other code. */
static char *
lettered_code (char const *code)
{
	gsize n = strlen (code);
	PstRefScan scan;
	char *prefix, *result = NULL;
	char letter;

	while (n > 0 && (code[n - 1] == ')' || code[n - 1] == ' '))
		n--;
	if (n < 3 || !g_ascii_isalpha (code[n - 1]) || g_ascii_isalpha (code[n - 2]) ||
	    (code[n - 2] != '.' && code[n - 2] != ' ' && code[n - 2] != '-'))
		return NULL;
	letter = g_ascii_tolower (code[n - 1]);
	prefix = g_strndup (code, n - 2);
	if (pst_ref_scan (prefix, &scan) && scan.n_numbers >= 3 &&
	    pst_text_is_blank (prefix + scan.label_offset))
		result = g_strdup_printf ("%s.%d", prefix, letter - 'a' + 1);
	g_free (prefix);
	return result;
}

/* NULL, and the row reported, when the action cannot be numbered. */
static PstAction *
new_action (Importer *imp, int row, int level, char const *code, char const *label)
{
	PstAction *a;
	char *ref, *original, *flat;
	guint number;

	ref = action_ref (imp, row, level, code, &original, &number);
	if (ref == NULL && level == PST_LEVEL_ACTION) {
		/* 999 actions under the OO: the next ones go to an OO that
		 * follows it, rather than to an unreadable "1.1.1000". */
		char *label_suite = g_strstrip (g_strdup_printf ("%s (suite)", imp->oo->label));
		char const *full = imp->oo->ref;
		anomaly (imp, row, PST_GRAVITE_AVERTISSEMENT,
			 "Plus de %d actions sous l’objectif %s : la suite est placée sous l’objectif opérationnel « %s ».",
			 PST_REF_MAX_NUMBER, full, label_suite);
		ensure_oo (imp, row, NULL, label_suite);
		g_free (label_suite);
		ref = action_ref (imp, row, level, code, &original, &number);
	}
	if (ref == NULL) {
		anomaly (imp, row, PST_GRAVITE_ERREUR,
			 "Plus de %d %s sous %s : la ligne ne peut être numérotée ; elle n’est pas placée dans le plan.",
			 PST_REF_MAX_NUMBER,
			 level == PST_LEVEL_ACTION ? "actions" : "sous-actions",
			 level == PST_LEVEL_ACTION ? imp->oo->ref
			 : imp->action->values[PST_FIELD_REF].text);
		return NULL;
	}
	a = g_new0 (PstAction, 1);
	claim_ref (imp, level == PST_LEVEL_SOUS_ACTION
		   ? imp->action->values[PST_FIELD_REF].text : imp->oo->ref,
		   number, ref, a);
	a->level = level;
	a->original_ref = original;
	a->extras = g_ptr_array_new_with_free_func (g_free);
	pst_cell_set (&a->values[PST_FIELD_ENTITE], PST_CELL_TEXT, imp->entite, 0);
	if (imp->axe) {
		/* The axe has no field of Plan: a column of its own, filled
		 * down as the plan meant it. */
		if (imp->axe_col < 0)
			imp->axe_col = extra_column (imp, "Axe");
		if (imp->axe_col >= 0) {
			g_ptr_array_set_size (a->extras, MAX (a->extras->len, (guint) imp->axe_col + 1));
			g_ptr_array_index (a->extras, imp->axe_col) = g_strdup (imp->axe);
		}
	}
	if (imp->volet)
		pst_cell_set (&a->values[PST_FIELD_VOLET], PST_CELL_TEXT, imp->volet, 0);
	pst_cell_set (&a->values[PST_FIELD_REF_OS], PST_CELL_TEXT, imp->os->ref, 0);
	pst_cell_set (&a->values[PST_FIELD_OS], PST_CELL_TEXT, imp->os->label, 0);
	pst_cell_set (&a->values[PST_FIELD_REF_OO], PST_CELL_TEXT, imp->oo->ref, 0);
	pst_cell_set (&a->values[PST_FIELD_OO], PST_CELL_TEXT, imp->oo->label, 0);
	pst_cell_set (&a->values[PST_FIELD_REF], PST_CELL_TEXT, ref, 0);
	flat = one_line (label);
	pst_cell_set (&a->values[PST_FIELD_ACTION], PST_CELL_TEXT, flat, 0);
	g_free (flat);
	a->values[PST_FIELD_SOURCE].kind = PST_CELL_TEXT;
	a->values[PST_FIELD_SOURCE].text = row_source (imp, row);
	g_free (ref);
	g_ptr_array_add (imp->plan->actions, a);
	if (level == PST_LEVEL_ACTION)
		imp->action = a;
	if (level == PST_LEVEL_ACTION && imp->oo == imp->orphan_oo)
		imp->n_orphans++;
	if (level == PST_LEVEL_ACTION) {
		char const *first = g_hash_table_lookup (imp->label_sheet, label);
		imp->action_bulleted = bullet_text (label) != NULL;
		imp->n_sheet_actions++;
		if (first == NULL)
			g_hash_table_insert (imp->label_sheet, g_strdup (label),
					     (gpointer) imp->source_sheet_name);
		else if (first != imp->source_sheet_name) {
			imp->n_repeated++;
			g_hash_table_insert (imp->repeats, (gpointer) imp->source_sheet_name,
					     (gpointer) first);
		}
	}
	return a;
}

/* An action needs an OO: the sheet's, or one made to carry it. */
static void
ensure_action_parent (Importer *imp, int row)
{
	if (imp->oo)
		return;
	if (imp->sheet_oo) {
		PstRefScan scan;
		char const *label = imp->sheet_oo;
		if (pst_ref_scan (imp->sheet_oo, &scan))
			label = imp->sheet_oo + scan.label_offset;
		ensure_oo (imp, row, imp->sheet_oo, label);
		return;
	}
	anomaly (imp, row, PST_GRAVITE_AVERTISSEMENT,
		 "Action sans objectif opérationnel : un OO sans libellé est créé pour la porter.");
	ensure_oo (imp, row, NULL, "");
	imp->orphan_oo = imp->oo;
}

/* ------------------------------------------------------------------ */
/* Rows */

/* The label after a code in the same cell, or the next text cell that
 * is not a value column. */
static char *
label_after (Importer *imp, int row, int col, gsize offset)
{
	char const *t = text_at (imp, row, col);
	int c;

	if (t && t[offset] && !pst_text_is_blank (t + offset))
		return g_strstrip (g_strdup (t + offset));
	for (c = col + 1; c < pst_sheet_row_width (imp->sheet, row); c++) {
		char const *next = text_at (imp, row, c);
		if (next == NULL)
			continue;
		if (imp->has_header && pst_role_is_value (imp->roles[c]))
			break;
		return g_strstrip (g_strdup (next));
	}
	return g_strdup ("");
}

static gboolean
row_has_values (Importer *imp, int row)
{
	int c, width = pst_sheet_row_width (imp->sheet, row);
	if (!imp->has_header)
		return FALSE;
	for (c = 0; c < width; c++)
		if (pst_role_is_value (imp->roles[c]) && text_at (imp, row, c))
			return TRUE;
	return FALSE;
}

static void
add_actions (Importer *imp, int row, char const *code, char const *label,
	     int level)
{
	char const *tache = role_text (imp, row, PST_ROLE_TACHE);
	PstAction *a;

	if (level == PST_LEVEL_SOUS_ACTION && imp->action == NULL)
		level = PST_LEVEL_ACTION;
	if ((label == NULL || *label == '\0') && tache && imp->action) {
		/* A task row under the action written above it. */
		a = new_action (imp, row, PST_LEVEL_SOUS_ACTION, NULL, tache);
		if (a) {
			fill_values (imp, a, row);
			check_consistency (imp, a, row);
		}
		return;
	}
	if (label == NULL || *label == '\0') {
		gboolean values = row_has_values (imp, row);
		imp->n_unplaced += values;
		anomaly (imp, row, values ? PST_GRAVITE_AVERTISSEMENT : PST_GRAVITE_INFO,
			 "Ligne sans libellé d’action : elle ne peut être placée dans le plan.");
		return;
	}
	if (level != PST_LEVEL_SOUS_ACTION)
		ensure_action_parent (imp, row);
	a = new_action (imp, row, level, code, label);
	if (a && tache) {
		/* The action's first task shares its row: the values are the task's. */
		a = new_action (imp, row, PST_LEVEL_SOUS_ACTION, NULL, tache);
	}
	if (a == NULL)
		return;
	fill_values (imp, a, row);
	check_consistency (imp, a, row);
}

/*
 * A cell of a hierarchy column.  A label column may carry its code ("O.S.1.1
 * être un CPAS…"), and the code says the level when it has a keyword:
 * "OS1 : …" in a column of OO is an OS.  A path ending in a label after a
 * slash ("OS1 / OO1.1 / Remplacer le logiciel") names the action under
 * that OO: its label is returned.
 */
static char *
hierarchy_cell (Importer *imp, int row, PstLevel level, char const *code,
		char const *label)
{
	PstRefScan scan;
	char *text = NULL, *child = NULL;

	if (!code && pst_ref_scan (label, &scan)) {
		code = label;
		text = g_strstrip (g_strdup (label + scan.label_offset));
		if (scan.keyword_level == PST_LEVEL_OS || scan.keyword_level == PST_LEVEL_OO)
			level = scan.keyword_level;
		if (text[0] == '/') {
			child = g_strstrip (g_strdup (text + 1));
			g_free (text);
			text = NULL;
		}
	}
	if (level == PST_LEVEL_OS)
		ensure_os (imp, row, code, text ? text : child ? NULL : label);
	else
		ensure_oo (imp, row, code, text ? text : child ? NULL : label);
	g_free (text);
	return child;
}

static char *
structure_from_columns (Importer *imp, int row)
{
	char const *volet = role_text (imp, row, PST_FIELD_VOLET);
	char const *os_code = role_text (imp, row, PST_FIELD_REF_OS);
	char const *os_label = role_text (imp, row, PST_FIELD_OS);
	char const *oo_code = role_text (imp, row, PST_FIELD_REF_OO);
	char const *oo_label = role_text (imp, row, PST_FIELD_OO);
	char const *axe = role_text (imp, row, PST_ROLE_AXE);
	char *child = NULL;

	if (volet)
		set_volet (imp, volet_of (volet, TRUE) ? volet_of (volet, TRUE) : volet);
	if (axe)
		set_axe (imp, axe);
	/* A group written on its first row only, or merged down over it. */
	if ((role_column (imp, PST_FIELD_OS) >= 0 || role_column (imp, PST_FIELD_OO) >= 0 ||
	     role_column (imp, PST_FIELD_REF_OO) >= 0) &&
	    (imp->oo || imp->os) && !os_label && !oo_label && !os_code && !oo_code)
		imp->n_filled_down++;
	if (os_code || os_label)
		child = hierarchy_cell (imp, row, PST_LEVEL_OS, os_code, os_label);
	if (oo_code || oo_label) {
		g_free (child);
		child = hierarchy_cell (imp, row, PST_LEVEL_OO, oo_code, oo_label);
	}
	return child;
}

static void
objective_row (Importer *imp, int row, int level, char const *code, char *label)
{
	PstObjective *o = level == PST_LEVEL_OS
		? ensure_os (imp, row, code, label)
		: ensure_oo (imp, row, code, label);
	char *source = row_source (imp, row);

	/* Erezée repeats its OS on every sheet: one OS, each row accounted for. */
	if (strcmp (o->source, source) != 0)
		anomaly (imp, row, PST_GRAVITE_INFO,
			 "Objectif %s déjà lu plus haut (%s) : ligne répétée.",
			 o->ref, o->source);
	g_free (source);
	if (row_has_values (imp, row))
		anomaly (imp, row, PST_GRAVITE_INFO,
			 "Valeurs sur la ligne d’un objectif : l’avancement d’un objectif est calculé à partir de ses actions.");
}

/* A row of placement columns only names its objectives; when they were
 * all read on rows above, the row itself must still be accounted for. */
static void
placement_row (Importer *imp, int row)
{
	PstObjective const *o = imp->oo &&
		(role_text (imp, row, PST_FIELD_OO) || role_text (imp, row, PST_FIELD_REF_OO))
		? imp->oo : imp->os;
	char *source = row_source (imp, row);

	if (o == NULL)
		anomaly (imp, row, PST_GRAVITE_INFO,
			 "Ligne sans action ni objectif lisible : elle ne peut être placée dans le plan.");
	else if (strcmp (o->source, source) != 0)
		anomaly (imp, row, PST_GRAVITE_INFO,
			 "Objectif %s déjà lu plus haut (%s) : ligne répétée.",
			 o->ref, o->source);
	g_free (source);
}

/* Each error value of the row, once: the cell is then read as blank. */
static void
report_errors (Importer *imp, int row)
{
	int c, width = pst_sheet_row_width (imp->sheet, row);

	for (c = 0; c < width; c++) {
		PstCell const *cell = pst_sheet_cell (imp->sheet, row, c);
		char *name;

		if (cell->kind != PST_CELL_ERROR || !cell_filled (cell))
			continue;
		name = pst_cell_name (row, c);
		anomaly (imp, row, PST_GRAVITE_AVERTISSEMENT,
			 "Valeur d’erreur « %s » en %s : une formule du classeur source a échoué ; la cellule est lue comme vide.",
			 cell->text, name);
		g_free (name);
	}
}

static gboolean
starts_with_word (char const *folded, char const *word)
{
	gsize n = strlen (word);
	return strncmp (folded, word, n) == 0 && !g_ascii_isalpha (folded[n]);
}

/* A totals row under a table is no action (the canonical workbook sums
 * by itself), nor is a note ("Source : …", "* mis à jour le …"). */
static gboolean
skip_total_or_note (Importer *imp, int row, char const *lead_text)
{
	static char const *const totals[] = {
		"total", "totaux", "sous total", "grand total", "total general"
	};
	static char const *const notes[] = {
		"source", "note", "nb", "n b", "remarque", "legende", "mise a jour",
		"mis a jour", "document", "approuve", "etabli", "*"
	};
	int lead = first_nonempty (imp, row, 0);
	char const *first = lead_text ? lead_text : text_at (imp, row, lead);
	char *f;
	gsize i;
	gboolean skip = FALSE;

	if (first == NULL)
		return FALSE;
	/* Most rows are neither: fold only what may be one. */
	if (g_ascii_strncasecmp (first, "tot", 3) != 0 && g_ascii_strncasecmp (first, "sous", 4) != 0 &&
	    g_ascii_strncasecmp (first, "grand", 5) != 0 && first_nonempty (imp, row, lead + 1) >= 0)
		return FALSE;
	f = pst_text_fold (first);
	g_strdelimit (f, "-.", ' ');
	for (i = 0; i < G_N_ELEMENTS (totals) && !skip; i++)
		if (starts_with_word (f, totals[i])) {
			skip = TRUE;
			anomaly (imp, row, PST_GRAVITE_INFO,
				 "Ligne de total : ce n’est pas une action ; le classeur PST refait ses totaux.");
		}
	for (i = 0; i < G_N_ELEMENTS (notes) && !skip; i++)
		if (first_nonempty (imp, row, lead + 1) < 0 && starts_with_word (f, notes[i]) &&
		    (imp->plan->actions->len > 0 || notes[i][0] == '*')) {
			skip = TRUE;
			anomaly (imp, row, PST_GRAVITE_INFO, "Note sous le tableau.");
		}
	g_free (f);
	return skip;
}

/* The level a "Niveau" column or the label's indentation gives the row:
 * 1 OS to 4 sous-action, -1 an axe, 0 when neither says. */
static int
row_level (Importer *imp, int row, char const *label)
{
	char const *niveau = role_text (imp, row, PST_ROLE_NIVEAU);
	PstTable const *t = imp->table;
	int label_col, i;

	if (niveau) {
		int level = pst_niveau_word (niveau);
		if (level != 0)
			imp->n_niveau_rows++;
		return level;
	}
	if (t == NULL || t->n_indents == 0 || label == NULL)
		return 0;
	label_col = role_column (imp, PST_FIELD_ACTION);
	if (label_col < 0)
		label_col = role_column (imp, PST_ROLE_LABEL);
	for (i = 0; i < t->n_indents; i++)
		if (t->indents[i] == pst_sheet_cell (imp->sheet, row, label_col)->indent) {
			imp->n_indent_rows++;
			/* Two levels are OO and actions; three start at the OS. */
			return i + (t->n_indents == 2 ? 2 : 1);
		}
	return 0;
}

static void
leveled_row (Importer *imp, int row, int level, char const *code, char const *label)
{
	PstRefScan scan;
	char *text = g_strdup (label ? label : "");

	if (code == NULL && pst_ref_scan (text, &scan) && scan.keyword_level != PST_LEVEL_NONE) {
		/* "OS 1 : Être un CPAS…" in the label column. */
		char *rest = g_strstrip (g_strdup (text + scan.label_offset));
		code = label;
		g_free (text);
		text = rest;
	}
	if (level < 0) {
		set_axe (imp, label ? label : "");
		anomaly (imp, row, PST_GRAVITE_INFO, "Axe « %s ».", imp->axe);
	} else if (level <= PST_LEVEL_OO)
		objective_row (imp, row, level, code, text);
	else
		add_actions (imp, row, code, text, level);
	g_free (text);
}

static void
import_row (Importer *imp, int row)
{
	int lead = first_nonempty (imp, row, 0);
	char const *lead_text, *code, *label;
	char *lettered;
	PstRefScan scan;
	PstLevel level;
	gsize offset;
	int code_col;

	report_errors (imp, row);
	if (lead < 0)
		return;
	if (imp->next_table < imp->tables->len) {
		PstTable const *t = g_ptr_array_index (imp->tables, imp->next_table);
		if (t->header_row == row) {
			imp->next_table++;
			adopt_header (imp, row, t);
			if (imp->row_origin == NULL)
				anomaly (imp, row, PST_GRAVITE_INFO, "Ligne d’en-tête du tableau.");
			return;
		}
		if (t->group_row == row) {
			anomaly (imp, row, PST_GRAVITE_INFO,
				 "Ligne des groupes de colonnes, au-dessus de l’en-tête du tableau.");
			return;
		}
	}
	lead_text = text_at (imp, row, lead);
	if (imp->has_header && skip_total_or_note (imp, row, lead_text))
		return;
	/* "Axe 2 : Cohésion sociale" alone on its row. */
	if (lead_text && first_nonempty (imp, row, lead + 1) < 0 && is_axe_title (lead_text)) {
		set_axe (imp, lead_text);
		imp->n_banners++;
		anomaly (imp, row, PST_GRAVITE_INFO, "Titre de l’axe « %s ».", lead_text);
		return;
	}
	/* "VOLET EXTERNE", "Volet interne « administration générale »",
	 * alone on its row, whatever the column it stands in. */
	if (lead_text && first_nonempty (imp, row, lead + 1) < 0 &&
	    volet_of (lead_text, FALSE) && !pst_ref_scan (lead_text, &scan)) {
		set_volet (imp, volet_of (lead_text, FALSE));
		anomaly (imp, row, PST_GRAVITE_INFO, "Titre du volet %s.", imp->volet);
		return;
	}
	/* Codes in hierarchy columns are read by structure_from_columns. */
	if (imp->has_header && imp->roles[lead] != PST_ROLE_NONE &&
	    imp->roles[lead] != PST_ROLE_CODE && imp->roles[lead] != PST_ROLE_LABEL &&
	    imp->roles[lead] != PST_FIELD_ACTION)
		lead_text = NULL;
	g_clear_pointer (&imp->path_child, g_free);
	if (imp->has_header)
		imp->path_child = structure_from_columns (imp, row);

	/* A keyword code leads the row: "O. S. 1 - …", "O.O. 1.2.", "action 3". */
	if (lead_text && pst_ref_scan (lead_text, &scan) &&
	    scan.keyword_level != PST_LEVEL_NONE) {
		char *after = label_after (imp, row, lead, scan.label_offset);
		label = role_text (imp, row, PST_FIELD_ACTION);
		if (scan.keyword_level <= PST_LEVEL_OO && after[0] == '/') {
			/* "OS1 / OO1.1 / Remplacer le logiciel": an action. */
			char *child = hierarchy_cell (imp, row, scan.keyword_level, NULL, lead_text);
			add_actions (imp, row, NULL, child, PST_LEVEL_ACTION);
			g_free (child);
		} else if (scan.keyword_level <= PST_LEVEL_OO) {
			imp->n_banners++;
			objective_row (imp, row, scan.keyword_level, lead_text, after);
		}
		else
			add_actions (imp, row, lead_text,
				     label && role_column (imp, PST_FIELD_ACTION) != lead ? label : after,
				     scan.keyword_level);
		g_free (after);
		return;
	}
	/* "Objectif stratégique : Être un CPAS…", a keyword without number. */
	if (lead_text && pst_ref_scan_keyword (lead_text, &level, &offset) &&
	    level <= PST_LEVEL_OO) {
		char *after = label_after (imp, row, lead, offset);
		objective_row (imp, row, level, NULL, after);
		g_free (after);
		return;
	}

	code_col = role_column (imp, PST_ROLE_CODE);
	code = text_at (imp, row, code_col);
	label = role_text (imp, row, PST_FIELD_ACTION);
	if (label == NULL)
		label = role_text (imp, row, PST_ROLE_LABEL);
	if (label == NULL)
		label = imp->path_child;
	if (imp->has_header && (level = row_level (imp, row, label)) != PST_LEVEL_NONE) {
		leveled_row (imp, row, level, code, label);
		return;
	}

	if (!imp->has_header) {
		anomaly (imp, row, PST_GRAVITE_INFO, "Titre ou texte hors des tableaux.");
		return;
	}
	if (code && (lettered = lettered_code (code))) {
		add_actions (imp, row, lettered, label, PST_LEVEL_SOUS_ACTION);
		g_free (lettered);
		return;
	}
	if (code && pst_ref_scan (code, &scan)) {
		int depth = scan.n_numbers;
		/* A bare number is an action under the current OO, or the
		 * next level down from what is current. */
		if (depth == 1 && !imp->table->outline)
			depth = imp->oo ? 3 : imp->os ? 2 : 1;
		if (depth <= 2) {
			imp->n_coded_rows++;
			char *l = g_strdup (label ? label : "");
			objective_row (imp, row, depth, code, l);
			g_free (l);
			return;
		}
		add_actions (imp, row, code, label, MIN (depth, PST_LEVEL_SOUS_ACTION));
		return;
	}
	if (code && label == NULL) {
		anomaly (imp, row, PST_GRAVITE_AVERTISSEMENT,
			 "Code « %s » illisible et sans libellé : ligne non placée.", code);
		return;
	}
	if (code)
		anomaly (imp, row, PST_GRAVITE_AVERTISSEMENT,
			 "Code « %s » illisible : l’action est numérotée à la suite.", code);
	if (label == NULL && role_text (imp, row, PST_ROLE_TACHE) == NULL &&
	    !row_has_values (imp, row) && lead_text &&
	    role_column (imp, PST_FIELD_ACTION) < 0 && role_column (imp, PST_ROLE_LABEL) < 0)
		label = lead_text;
	if (label == NULL && role_text (imp, row, PST_ROLE_TACHE) == NULL) {
		/* Only placement columns: the row defined its objectives. */
		if (!row_has_values (imp, row) &&
		    (role_text (imp, row, PST_FIELD_OS) || role_text (imp, row, PST_FIELD_OO) ||
		     role_text (imp, row, PST_FIELD_REF_OS) || role_text (imp, row, PST_FIELD_REF_OO))) {
			placement_row (imp, row);
			return;
		}
	}
	if (label && bullet_text (label) && imp->action && !imp->action_bulleted && imp->oo &&
	    g_strcmp0 (imp->action->values[PST_FIELD_REF_OO].text, imp->oo->ref) == 0) {
		/* A step listed under its action, which itself had none. */
		add_actions (imp, row, NULL, bullet_text (label), PST_LEVEL_SOUS_ACTION);
		return;
	}
	add_actions (imp, row, NULL, label, PST_LEVEL_ACTION);
}

/* "CPAS de Virton", "Commune de Virton": a sheet that is a plan of its own. */
static gboolean
is_entity_name (char const *name)
{
	static char const *const words[] = {
		"cpas", "commune", "ville", "zone de police", "administration communale",
		"centre public", "province", "intercommunale"
	};
	char *f = pst_text_fold (name);
	gsize i;
	gboolean yes = FALSE;

	for (i = 0; i < G_N_ELEMENTS (words) && !yes; i++)
		yes = starts_with_word (f, words[i]);
	g_free (f);
	return yes;
}

/* "Synthèse", "Mode d'emploi", "Listes": a sheet about the plan, not a
 * part of it. */
static gboolean
is_aside_name (char const *name)
{
	static char const *const words[] = {
		"synthese", "recapitulatif", "recap", "resume", "tableau de bord",
		"dashboard", "graphique", "graphiques", "mode d emploi", "instructions",
		"aide", "legende", "parametres", "parametrage", "liste", "listes",
		"referentiel", "nomenclature", "lexique",
		"menu", "sommaire", "lisez moi", "readme", "notice", "guide", "statistiques"
	};
	char *f = pst_text_fold (name);
	gsize i;
	gboolean yes = FALSE;

	g_strdelimit (f, "'’-_", ' ');
	for (i = 0; i < G_N_ELEMENTS (words) && !yes; i++)
		yes = starts_with_word (f, words[i]);
	g_free (f);
	return yes;
}

/* Whether the sheets about the plan are set aside: only when another
 * sheet may hold the plan itself. */
static gboolean
has_plan_sheets (PstGrid const *grid)
{
	guint s;
	for (s = 0; s < grid->sheets->len; s++) {
		PstSheet const *sheet = g_ptr_array_index (grid->sheets, s);
		if (sheet->n_rows > 0 && !is_aside_name (sheet->name))
			return TRUE;
	}
	return FALSE;
}

/* The sheets' own entities, when the workbook holds several plans. */
static gboolean
has_entity_sheets (PstGrid const *grid)
{
	guint s, n = 0;
	for (s = 0; s < grid->sheets->len; s++) {
		PstSheet const *sheet = g_ptr_array_index (grid->sheets, s);
		if (sheet->n_rows > 0 && is_entity_name (sheet->name))
			n++;
	}
	return n >= 2;
}

/* A sheet named "OO1 Accompagnement" or "Volet interne" sets the context. */
static void
start_sheet (Importer *imp, PstSheet const *sheet, char const *entite)
{
	PstRefScan scan;
	char const *volet = volet_of (sheet->name, FALSE);

	imp->sheet = sheet;
	imp->has_header = FALSE;
	imp->table = NULL;
	imp->next_table = 0;
	imp->n_banners = imp->n_filled_down = imp->n_coded_rows = 0;
	imp->n_niveau_rows = imp->n_indent_rows = 0;
	g_free (imp->roles);
	g_free (imp->extra_of_col);
	g_free (imp->summed);
	imp->roles = g_new (int, MAX (sheet->n_cols, 1));
	imp->extra_of_col = g_new (int, MAX (sheet->n_cols, 1));
	imp->summed = g_new0 (gboolean, MAX (sheet->n_cols, 1));
	g_clear_pointer (&imp->sheet_os, g_free);
	g_clear_pointer (&imp->sheet_oo, g_free);
	if (g_strcmp0 (entite, imp->entite) != 0) {
		/* Another plan: its own volets, axes and objectives. */
		imp->entite = entite;
		set_volet (imp, NULL);
		set_axe (imp, NULL);
	}
	imp->oo = NULL;
	imp->action = NULL;
	if (volet)
		set_volet (imp, volet);
	if (pst_ref_scan (sheet->name, &scan)) {
		if (scan.keyword_level == PST_LEVEL_OS) {
			imp->sheet_os = g_strdup (sheet->name);
			imp->os = NULL;
		} else if (scan.keyword_level == PST_LEVEL_OO)
			imp->sheet_oo = g_strdup (sheet->name);
	}
}

/* How the sheet showed its hierarchy, in the words of the reading. */
static char *
sheet_form (Importer *imp)
{
	if (imp->row_origin)
		return g_strdup ("fiches action (un bloc « Intitulé : … », « Pilote : … » par action)");
	gboolean columns = imp->table &&
		(imp->role_col[PST_FIELD_OS] >= 0 || imp->role_col[PST_FIELD_OO] >= 0 ||
		 imp->role_col[PST_FIELD_REF_OO] >= 0);

	if (imp->n_niveau_rows)
		return g_strdup ("niveaux (une colonne « Niveau » dit OS, OO ou action)");
	if (imp->n_indent_rows)
		return g_strdup ("retraits (le niveau d’une ligne est donné par son retrait)");
	if (imp->n_coded_rows)
		return g_strdup ("numérotation (le niveau d’après le numéro : 1 / 1.1 / 1.1.1)");
	if (imp->sheet_os || imp->sheet_oo)
		return g_strdup_printf ("feuilles (une feuille par %s%s)", imp->sheet_os ? "OS" : "OO",
					columns ? ", puis les colonnes" : "");
	if (imp->n_banners)
		return g_strdup ("bandeaux (lignes « OS 1 – … », « OO 1.1 – … » au-dessus des actions)");
	if (columns && imp->n_filled_down)
		return g_strdup ("colonnes recopiées vers le bas (OS et OO écrits sur la première ligne de leur groupe, ou fusionnés)");
	if (columns)
		return g_strdup ("colonnes (OS et OO sur chaque ligne)");
	return g_strdup ("aucune lue : les actions sont sans objectifs");
}

static void
count_levels (PstPlan const *plan, guint from_objective, guint from_action,
	      PstSheetReading *sr)
{
	guint i;
	for (i = from_objective; i < plan->objectives->len; i++) {
		PstObjective const *o = g_ptr_array_index (plan->objectives, i);
		if (o->level == 1)
			sr->n_os++;
		else
			sr->n_oo++;
	}
	for (i = from_action; i < plan->actions->len; i++)
		if (((PstAction *) g_ptr_array_index (plan->actions, i))->level == PST_LEVEL_ACTION)
			sr->n_actions++;
}

static int
compare_uint (gconstpointer a, gconstpointer b)
{
	guint x = *(guint const *) a, y = *(guint const *) b;
	return x < y ? -1 : x > y;
}

/* An objective's label may come after its actions (a title further
 * down, a sheet of labels by code): each action shows its objectives'
 * labels as they are at the end. */
static void
refresh_labels (PstPlan *plan)
{
	GHashTable *by_ref = g_hash_table_new (g_str_hash, g_str_equal);
	guint i;

	for (i = 0; i < plan->objectives->len; i++) {
		PstObjective *o = g_ptr_array_index (plan->objectives, i);
		g_hash_table_insert (by_ref, o->ref, o);
	}
	for (i = 0; i < plan->actions->len; i++) {
		PstAction *a = g_ptr_array_index (plan->actions, i);
		PstObjective const *os = a->values[PST_FIELD_REF_OS].text
			? g_hash_table_lookup (by_ref, a->values[PST_FIELD_REF_OS].text) : NULL;
		PstObjective const *oo = a->values[PST_FIELD_REF_OO].text
			? g_hash_table_lookup (by_ref, a->values[PST_FIELD_REF_OO].text) : NULL;
		if (os && g_strcmp0 (os->label, a->values[PST_FIELD_OS].text) != 0)
			pst_cell_set (&a->values[PST_FIELD_OS], PST_CELL_TEXT, os->label, 0);
		if (oo && g_strcmp0 (oo->label, a->values[PST_FIELD_OO].text) != 0)
			pst_cell_set (&a->values[PST_FIELD_OO], PST_CELL_TEXT, oo->label, 0);
	}
	g_hash_table_destroy (by_ref);
}

/* What makes the import one to check before trusting its totals. */
static void
find_doubts (Importer *imp)
{
	PstPlan *plan = imp->plan;
	GHashTable *per_oo = g_hash_table_new (g_str_hash, g_str_equal);
	GArray *counts = g_array_new (FALSE, FALSE, sizeof (guint));
	GHashTableIter it;
	gpointer key, value;
	char const *crowded = NULL;
	guint i, most = 0;

	if (imp->n_orphans)
		pst_reading_doubt (imp->reading,
				   "%u action(s) sans objectif opérationnel lisible : un OO sans libellé a été créé pour les porter.",
				   imp->n_orphans);
	if (imp->n_conflicts)
		pst_reading_doubt (imp->reading,
				   "%u conflit(s) de numérotation (code en double, ou écrit sous un autre objectif) : voir Anomalies.",
				   imp->n_conflicts);
	if (imp->n_unplaced)
		pst_reading_doubt (imp->reading,
				   "%u ligne(s) portant des valeurs n’ont pu être placées (pas de libellé d’action) : voir Anomalies.",
				   imp->n_unplaced);
	for (i = 0; i < PST_N_FIELDS; i++)
		/* A column whose values mostly cannot be read was likely
		 * given the wrong role, or holds a notation of its own. */
		if (imp->n_unread[i] >= 3 && imp->n_unread[i] * 2 >= imp->n_values[i])
			pst_reading_doubt (imp->reading,
					   "Champ « %s » : %u valeur(s) sur %u n’ont pu être lues (gardées dans Commentaire) : la colonne a peut-être été mal comprise.",
					   pst_field_header (i), imp->n_unread[i], imp->n_values[i]);
	for (i = 0; i < plan->actions->len; i++) {
		PstAction const *a = g_ptr_array_index (plan->actions, i);
		char const *oo = a->values[PST_FIELD_REF_OO].text;
		if (a->level != PST_LEVEL_ACTION || oo == NULL)
			continue;
		g_hash_table_insert (per_oo, (gpointer) oo,
				     GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (per_oo, oo)) + 1));
	}
	g_hash_table_iter_init (&it, per_oo);
	while (g_hash_table_iter_next (&it, &key, &value)) {
		guint n = GPOINTER_TO_UINT (value);
		g_array_append_val (counts, n);
		if (n > most) {
			most = n;
			crowded = key;
		}
	}
	if (counts->len >= 3) {
		guint median;
		g_array_sort (counts, compare_uint);
		median = g_array_index (counts, guint, counts->len / 2);
		/* One OO holding much of the plan is the mark of a hierarchy
		 * read wrong (its end never seen); a large OO among many is not. */
		if (most >= 10 && most > 5 * median && most * 10 >= plan->actions->len * 3)
			pst_reading_doubt (imp->reading,
					   "L’objectif opérationnel %s porte %u actions, bien plus que les autres (médiane %u) : la hiérarchie a peut-être été mal lue.",
					   crowded, most, median);
	}
	g_array_free (counts, TRUE);
	g_hash_table_destroy (per_oo);
	/* In Anomalies too: they travel with the plan into a consolidation. */
	for (i = 0; i < imp->reading->doutes->len; i++)
		pst_plan_take_anomaly (plan, g_strdup (imp->grid->file), PST_GRAVITE_AVERTISSEMENT,
				       g_strdup_printf ("Lecture douteuse : %s",
							(char *) g_ptr_array_index (imp->reading->doutes, i)),
				       NULL);
}

/* The objective of canonical reference @ref written on a row of a sheet
 * set aside ("OS 1 – Être un CPAS…"), with the label the row gives it. */
static PstObjective *
aside_objective (Importer *imp, GHashTable *by_ref, PstSheet const *sheet,
		 int row, char **label)
{
	int c, width = pst_sheet_row_width (sheet, row);

	for (c = 0; c < width; c++) {
		char const *t = pst_cell_text (pst_sheet_cell (sheet, row, c));
		PstRefScan scan;
		PstObjective *o;
		char *ref;

		if (t == NULL || !pst_ref_scan (t, &scan) || scan.n_numbers == 0 ||
		    (scan.keyword_level != PST_LEVEL_OS && scan.keyword_level != PST_LEVEL_OO))
			continue;
		ref = numbers_string (&scan, 0, scan.n_numbers);
		o = g_hash_table_lookup (by_ref, ref);
		g_free (ref);
		if (o == NULL || o->level != (int) scan.keyword_level)
			return NULL;
		*label = g_strstrip (g_strdup (t + scan.label_offset));
		if (**label == '\0' && c + 1 < width && pst_cell_text (pst_sheet_cell (sheet, row, c + 1))) {
			g_free (*label);
			*label = g_strdup (pst_cell_text (pst_sheet_cell (sheet, row, c + 1)));
		}
		return o;
	}
	return NULL;
}

/* A sheet about the plan ("Synthèse", "Référentiel"): not read as rows
 * of the plan, each row accounted for; the objectives it names complete
 * those known only by a code or a sheet's name. */
static void
set_aside (Importer *imp, PstSheet const *sheet)
{
	GHashTable *by_ref = g_hash_table_new (g_str_hash, g_str_equal);
	guint i;
	int r;

	for (i = 0; i < imp->plan->objectives->len; i++) {
		PstObjective *o = g_ptr_array_index (imp->plan->objectives, i);
		g_hash_table_insert (by_ref, o->ref, o);
	}
	for (r = 0; r < sheet->n_rows; r++) {
		char *text = pst_sheet_row_text (sheet, r), *label = NULL;
		PstObjective *o;

		if (*text == '\0') {
			g_free (text);
			continue;
		}
		o = aside_objective (imp, by_ref, sheet, r, &label);
		if (o && *label && (*o->label == '\0' || g_hash_table_remove (imp->sheet_labels, o))) {
			set_label (o, label);
			pst_plan_take_anomaly (imp->plan, pst_row_source (imp->grid->file, sheet, r),
					       PST_GRAVITE_INFO,
					       g_strdup_printf ("Libellé de l’objectif %s lu dans la feuille « %s ».",
								o->ref, sheet->name),
					       text);
		} else
			pst_plan_take_anomaly (imp->plan, pst_row_source (imp->grid->file, sheet, r),
					       PST_GRAVITE_INFO,
					       g_strdup_printf ("Feuille « %s » : une synthèse ou une aide, non lue comme plan (pst import --feuille « %s » la lirait).",
								sheet->name, sheet->name),
					       text);
		g_free (label);
	}
	g_hash_table_destroy (by_ref);
}

PstPlan *
pst_import (PstGrid const *grid, char const *entite)
{
	return pst_import_with (grid, entite, NULL);
}

PstPlan *
pst_import_with (PstGrid const *grid, char const *entite,
		 PstImportOptions const *options)
{
	Importer imp;
	guint s;
	gboolean entity_sheets = has_entity_sheets (grid);
	gboolean asides = has_plan_sheets (grid);
	GPtrArray *asides_read = g_ptr_array_new ();
	GArray *other_rows = g_array_new (FALSE, FALSE, sizeof (int));

	memset (&imp, 0, sizeof imp);
	imp.plan = pst_plan_new (entite);
	imp.plan->reading = imp.reading = pst_reading_new ();
	imp.options = options;
	imp.grid = grid;
	imp.axe_col = -1;
	imp.entite = imp.plan->entite;
	imp.objective_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
	imp.refs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
	imp.max_child = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
	imp.header_roles = pst_layout_role_cache_new ();
	imp.sheet_labels = g_hash_table_new (NULL, NULL);
	imp.label_sheet = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
	imp.repeats = g_hash_table_new (g_str_hash, g_str_equal);
	imp.extra_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
	imp.extra_table = g_array_new (FALSE, TRUE, sizeof (guint));

	for (s = 0; s < grid->sheets->len; s++) {
		PstSheet const *sheet = g_ptr_array_index (grid->sheets, s);
		PstSheetReading *sr = pst_reading_add_sheet (imp.reading, sheet->name);
		guint first_objective = imp.plan->objectives->len;
		guint first_action = imp.plan->actions->len;
		gboolean own = entity_sheets && is_entity_name (sheet->name);
		PstSheet *fiches;
		int r, *origin = NULL;
		guint i;

		if (options && options->sheet && strcmp (options->sheet, sheet->name) != 0) {
			sr->note = g_strdup ("non lue (--feuille en désigne une autre)");
			if (sheet->n_rows > 0)
				pst_plan_take_anomaly (imp.plan, pst_source_name (grid->file, sheet->name, 0, 0),
						       PST_GRAVITE_INFO,
						       g_strdup_printf ("Feuille « %s » non lue : l’option --feuille en désigne une autre.", sheet->name),
						       NULL);
			continue;
		}
		if (sheet->n_rows == 0) {
			sr->note = g_strdup ("vide");
			continue;
		}
		if (asides && is_aside_name (sheet->name) &&
		    !(options && options->sheet)) {
			sr->note = g_strdup ("non lue : une synthèse ou une aide, pas le plan (--feuille la ferait lire) ; les libellés d’objectifs qu’elle donne complètent le plan");
			g_ptr_array_add (asides_read, (gpointer) sheet);
			continue;
		}
		if (own)
			sr->entite = g_strdup (sheet->name);
		fiches = pst_fiches_as_table (sheet, &origin, other_rows);
		start_sheet (&imp, fiches ? fiches : sheet, own ? sheet->name : imp.plan->entite);
		imp.row_origin = origin;
		imp.source_sheet = sheet;
		imp.source_sheet_name = sheet->name;
		imp.n_repeated = imp.n_sheet_actions = 0;
		imp.sheet_reading = sr;
		imp.tables = pst_layout_tables (imp.sheet, options, imp.header_roles, sr, imp.reading);
		if (sheet->hidden)
			anomaly (&imp, 0, PST_GRAVITE_INFO,
				 "La feuille « %s » est masquée ; elle est lue comme les autres.",
				 sheet->name);
		for (r = 0; r < imp.sheet->n_rows; r++)
			import_row (&imp, r);
		for (i = 0; i < other_rows->len; i++) {
			int row = g_array_index (other_rows, int, i);
			pst_plan_take_anomaly (imp.plan, pst_row_source (grid->file, sheet, row),
					       PST_GRAVITE_INFO,
					       g_strdup ("Ligne d’une fiche action, lue avec la fiche."),
					       pst_sheet_row_text (sheet, row));
		}
		sr->forme = sheet_form (&imp);
		/* The plan copied per year or per month: summing both would
		 * count every action twice. */
		if (imp.n_repeated >= 3 && imp.n_repeated * 2 >= imp.n_sheet_actions)
			pst_reading_doubt (imp.reading,
					   "La feuille « %s » reprend %u actions déjà lues dans la feuille « %s » : le même plan à deux dates ? Importez-en une seule avec --feuille.",
					   sheet->name, imp.n_repeated,
					   (char const *) g_hash_table_lookup (imp.repeats, sheet->name));
		count_levels (imp.plan, first_objective, first_action, sr);
		g_ptr_array_free (imp.tables, TRUE);
		imp.tables = NULL;
		imp.table = NULL;
		imp.row_origin = NULL;
		g_free (origin);
		pst_sheet_free (fiches);
	}
	g_array_free (other_rows, TRUE);
	/* After the plan's own sheets: their objectives are then known. */
	for (s = 0; s < asides_read->len; s++)
		set_aside (&imp, g_ptr_array_index (asides_read, s));
	g_ptr_array_free (asides_read, TRUE);
	find_doubts (&imp);
	refresh_labels (imp.plan);

	/* An action's extras stop at its last value (plan.h): padding every
	 * action to every extra column would cost actions × columns, 2 GB for
	 * a workbook of 16 000 small tables. */
	pst_plan_sort (imp.plan);

	g_free (imp.roles);
	g_free (imp.extra_of_col);
	g_free (imp.summed);
	g_free (imp.path_child);
	g_free (imp.volet);
	g_free (imp.axe);
	g_free (imp.sheet_os);
	g_free (imp.sheet_oo);
	g_hash_table_destroy (imp.objective_keys);
	g_hash_table_destroy (imp.refs);
	g_hash_table_destroy (imp.max_child);
	g_hash_table_destroy (imp.header_roles);
	g_hash_table_destroy (imp.sheet_labels);
	g_hash_table_destroy (imp.label_sheet);
	g_hash_table_destroy (imp.repeats);
	g_hash_table_destroy (imp.extra_index);
	g_array_free (imp.extra_table, TRUE);
	return imp.plan;
}
