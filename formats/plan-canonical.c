/*
 * plan-canonical.c: the canonical workbook (plan-schema.md) read back by
 * its header names.
 *
 * The importer reads plans of any layout, and would take the sheets
 * Objectifs, Budget and Anomalies of a canonical workbook for more
 * actions; its header synonyms would also turn "SMART" and "Source" into
 * columns of their own.  The canonical sheets are a contract, so they are
 * read here column by column: the Plan gives the actions with their
 * references as they are, Objectifs the OS and OO (also those without
 * actions), Anomalies the problems met when the plan was first read.
 */
#include "ecomptes.h"
#include "article.h"
#include "import.h"
#include "reference.h"
#include "status.h"
#include "taux.h"
#include "text.h"

#include <string.h>

typedef struct {
	PstPlan		*plan;
	PstGrid const	*grid;
	PstSheet const	*sheet;
	GHashTable	*objectives;	/* "level:ref" → PstObjective */
} Canonical;

static PstSheet const *
find_sheet (PstGrid const *grid, char const *name)
{
	guint i;
	for (i = 0; i < grid->sheets->len; i++) {
		PstSheet const *sheet = g_ptr_array_index (grid->sheets, i);
		if (strcmp (sheet->name, name) == 0)
			return sheet;
	}
	return NULL;
}

static char const *
text_at (PstSheet const *sheet, int row, int col)
{
	PstCell const *cell;
	if (col < 0 || row >= sheet->n_rows || col >= sheet->n_cols)
		return NULL;
	cell = pst_sheet_cell (sheet, row, col);
	if (cell->kind == PST_CELL_BLANK || cell->text == NULL ||
	    pst_text_is_blank (cell->text))
		return NULL;
	return cell->text;
}

static int
find_column (PstSheet const *sheet, char const *header)
{
	int c;
	for (c = 0; c < sheet->n_cols; c++) {
		char const *t = text_at (sheet, 0, c);
		if (t && strcmp (t, header) == 0)
			return c;
	}
	return -1;
}

static char *
row_contents (PstSheet const *sheet, int row)
{
	GString *s = g_string_new (NULL);
	int c;
	for (c = 0; c < sheet->n_cols; c++) {
		char const *t = text_at (sheet, row, c);
		if (t)
			g_string_append_printf (s, "%s%s", s->len ? " | " : "", t);
	}
	return g_string_free (s, FALSE);
}

static char *
row_source (Canonical *cn, int row)
{
	return pst_source_name (cn->grid->file, cn->sheet->name, row, 0);
}

static void
anomaly (Canonical *cn, int row, PstGravite gravite, char const *fmt, ...)
	G_GNUC_PRINTF (4, 5);

static void
anomaly (Canonical *cn, int row, PstGravite gravite, char const *fmt, ...)
{
	va_list args;

	va_start (args, fmt);
	pst_plan_take_anomaly_valist (cn->plan, row_source (cn, row), gravite,
				      row_contents (cn->sheet, row), fmt, args);
	va_end (args);
}

static void
set_cell (PstCell *cell, PstCellKind kind, char const *text, double number)
{
	g_free (cell->text);
	cell->kind = kind;
	cell->text = g_strdup (text);
	cell->number = number;
}

static void
append_comment (PstAction *a, char const *header, char const *text)
{
	PstCell *cell = &a->values[PST_FIELD_COMMENTAIRE];
	char *note = g_strdup_printf ("%s : %s", header, text);
	if (cell->text && *cell->text) {
		char *joined = g_strdup_printf ("%s ; %s", cell->text, note);
		set_cell (cell, PST_CELL_TEXT, joined, 0);
		g_free (joined);
	} else
		set_cell (cell, PST_CELL_TEXT, note, 0);
	g_free (note);
}

/* A cell of the Plan sheet into its field, checked as the importer
 * would; the canonical workbook holds the values already normalised. */
static void
read_value (Canonical *cn, PstAction *a, int row, PstField field,
	    PstCell const *cell)
{
	char const *text = cell->text;
	double fraction;

	switch (field) {
	case PST_FIELD_SMART:
		/* A formula of the workbook: written anew. */
		return;
	case PST_FIELD_DEBUT:
	case PST_FIELD_FIN:
		if (cell->kind == PST_CELL_DATE || cell->kind == PST_CELL_NUMBER)
			set_cell (&a->values[field], PST_CELL_DATE, text, cell->number);
		else
			set_cell (&a->values[field], cell->kind, text, cell->number);
		return;
	case PST_FIELD_STATUT: {
		PstStatus s = pst_status_parse (text);
		if (s != PST_STATUS_UNKNOWN)
			set_cell (&a->values[field], PST_CELL_TEXT, pst_status_code (s), 0);
		else {
			append_comment (a, pst_field_header (field), text);
			anomaly (cn, row, PST_GRAVITE_AVERTISSEMENT,
				 "Statut « %s » inconnu ; gardé dans Commentaire.", text);
		}
		return;
	}
	case PST_FIELD_AVANCEMENT:
		if (cell->kind == PST_CELL_NUMBER)
			set_cell (&a->values[field], PST_CELL_NUMBER, text, cell->number);
		else if (pst_taux_from_text (text, &fraction) == PST_OK)
			set_cell (&a->values[field], PST_CELL_NUMBER, text, fraction);
		else {
			append_comment (a, pst_field_header (field), text);
			anomaly (cn, row, PST_GRAVITE_AVERTISSEMENT,
				 "Avancement « %s » illisible ; gardé dans Commentaire.", text);
		}
		return;
	case PST_FIELD_ARTICLE: {
		PstArticle article;
		if (pst_article_parse (text, &article) == PST_OK)
			set_cell (&a->values[field], PST_CELL_TEXT, article.canonical, 0);
		else
			set_cell (&a->values[field], PST_CELL_TEXT, text, 0);
		return;
	}
	default:
		set_cell (&a->values[field], cell->kind == PST_CELL_DATE ? PST_CELL_DATE
			  : cell->kind == PST_CELL_NUMBER ? PST_CELL_NUMBER : PST_CELL_TEXT,
			  text, cell->number);
		return;
	}
}

static char *
canonical_ref (char const *text)
{
	PstError err;
	return text ? pst_ref_normalise (text, NULL, &err) : NULL;
}

static PstObjective *
add_objective (Canonical *cn, int level, char const *ref, char const *label,
	       char const *volet, char const *entite, char const *source)
{
	/* References restart in every entity of a consolidated workbook. */
	char *key = g_strdup_printf ("%d:%s:%s", level, ref,
				     entite ? entite : cn->plan->entite ? cn->plan->entite : "");
	PstObjective *o = g_hash_table_lookup (cn->objectives, key);

	if (o) {
		g_free (key);
		return o;
	}
	o = g_new0 (PstObjective, 1);
	o->level = level;
	o->ref = g_strdup (ref);
	o->label = g_strdup (label ? label : "");
	o->volet = g_strdup (volet);
	o->entite = g_strdup (entite ? entite : cn->plan->entite);
	o->source = g_strdup (source);
	g_hash_table_insert (cn->objectives, key, o);
	g_ptr_array_add (cn->plan->objectives, o);
	return o;
}

static void
read_plan_sheet (Canonical *cn, int const *cols, int original_col,
		 int const *extra_of_col)
{
	PstSheet const *sheet = cn->sheet;
	GHashTable *seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
	int r, c, f;

	for (r = 1; r < sheet->n_rows; r++) {
		PstAction *a;
		char *ref, *contents = row_contents (sheet, r);
		gboolean empty = *contents == '\0';

		g_free (contents);
		if (empty)
			continue;
		ref = canonical_ref (text_at (sheet, r, cols[PST_FIELD_REF]));
		if (ref == NULL || pst_ref_depth (ref) < 3) {
			anomaly (cn, r, PST_GRAVITE_AVERTISSEMENT,
				 "Ligne du Plan sans référence d’action (OS.OO.action) : elle ne peut être placée.");
			g_free (ref);
			continue;
		}
		if (g_hash_table_contains (seen, ref))
			anomaly (cn, r, PST_GRAVITE_AVERTISSEMENT,
				 "Référence %s en double dans le Plan.", ref);
		else
			g_hash_table_add (seen, g_strdup (ref));

		a = g_new0 (PstAction, 1);
		a->level = pst_ref_depth (ref) >= 4 ? PST_LEVEL_SOUS_ACTION : PST_LEVEL_ACTION;
		a->extras = g_ptr_array_new_with_free_func (g_free);
		for (f = 0; f < PST_N_FIELDS; f++) {
			PstCell const *cell;
			if (cols[f] < 0 || text_at (sheet, r, cols[f]) == NULL)
				continue;
			cell = pst_sheet_cell (sheet, r, cols[f]);
			read_value (cn, a, r, f, cell);
		}
		set_cell (&a->values[PST_FIELD_REF], PST_CELL_TEXT, ref, 0);
		if (a->values[PST_FIELD_ENTITE].kind == PST_CELL_BLANK && cn->plan->entite)
			set_cell (&a->values[PST_FIELD_ENTITE], PST_CELL_TEXT, cn->plan->entite, 0);
		if (a->values[PST_FIELD_SOURCE].kind == PST_CELL_BLANK) {
			a->values[PST_FIELD_SOURCE].kind = PST_CELL_TEXT;
			a->values[PST_FIELD_SOURCE].text = row_source (cn, r);
		}
		a->original_ref = g_strdup (text_at (sheet, r, original_col));
		for (c = 0; c < sheet->n_cols; c++) {
			char const *t = text_at (sheet, r, c);
			if (extra_of_col[c] < 0 || t == NULL)
				continue;
			while (a->extras->len <= (guint) extra_of_col[c])
				g_ptr_array_add (a->extras, NULL);
			g_free (g_ptr_array_index (a->extras, extra_of_col[c]));
			g_ptr_array_index (a->extras, extra_of_col[c]) = g_strdup (t);
		}
		g_ptr_array_add (cn->plan->actions, a);
		g_free (ref);
	}
	g_hash_table_destroy (seen);
}

static void
read_objectives_sheet (Canonical *cn)
{
	PstSheet const *sheet = find_sheet (cn->grid, "Objectifs");
	int type_col, ref_col, label_col, volet_col, entite_col, source_col, original_col, r;

	if (sheet == NULL)
		return;
	cn->sheet = sheet;
	type_col = find_column (sheet, "Type");
	ref_col = find_column (sheet, "Réf.");
	label_col = find_column (sheet, "Libellé");
	volet_col = find_column (sheet, "Volet");
	entite_col = find_column (sheet, "Entité");
	source_col = find_column (sheet, "Source");
	original_col = find_column (sheet, PST_HEADER_ORIGINAL_REF);
	if (type_col < 0 || ref_col < 0)
		return;
	for (r = 1; r < sheet->n_rows; r++) {
		char const *type = text_at (sheet, r, type_col);
		char *ref = canonical_ref (text_at (sheet, r, ref_col));
		int level = type && g_ascii_strcasecmp (type, "OS") == 0 ? 1
			: type && g_ascii_strcasecmp (type, "OO") == 0 ? 2 : 0;
		PstObjective *o;

		if (level == 0 || ref == NULL || pst_ref_depth (ref) != level) {
			if (text_at (sheet, r, ref_col) || type)
				anomaly (cn, r, PST_GRAVITE_AVERTISSEMENT,
					 "Objectif sans type (OS, OO) ou sans référence valable : ignoré.");
			g_free (ref);
			continue;
		}
		o = add_objective (cn, level, ref, text_at (sheet, r, label_col),
				   text_at (sheet, r, volet_col), text_at (sheet, r, entite_col),
				   text_at (sheet, r, source_col));
		if (o->source == NULL)
			o->source = row_source (cn, r);
		if (o->original_ref == NULL)
			o->original_ref = g_strdup (text_at (sheet, r, original_col));
		g_free (ref);
	}
}

static void
read_anomalies_sheet (Canonical *cn)
{
	PstSheet const *sheet = find_sheet (cn->grid, "Anomalies");
	int cols[4], r, i;
	static char const *const headers[4] = { "Source", "Gravité", "Problème", "Contenu" };

	if (sheet == NULL)
		return;
	for (i = 0; i < 4; i++)
		cols[i] = find_column (sheet, headers[i]);
	if (cols[2] < 0)
		return;
	for (r = 1; r < sheet->n_rows; r++) {
		char const *gravite = text_at (sheet, r, cols[1]);

		if (text_at (sheet, r, cols[2]) == NULL)
			continue;
		pst_plan_take_anomaly (
			cn->plan, g_strdup (text_at (sheet, r, cols[0])),
			g_strcmp0 (gravite, "erreur") == 0 ? PST_GRAVITE_ERREUR
			: g_strcmp0 (gravite, "avertissement") == 0 ? PST_GRAVITE_AVERTISSEMENT
			: PST_GRAVITE_INFO,
			g_strdup (text_at (sheet, r, cols[2])),
			g_strdup (text_at (sheet, r, cols[3])));
	}
}

/* Objectives the Objectifs sheet lacks (or no such sheet): from the
 * actions' own columns. */
static void
complete_objectives (Canonical *cn)
{
	guint i;

	for (i = 0; i < cn->plan->actions->len; i++) {
		PstAction *a = g_ptr_array_index (cn->plan->actions, i);
		char const *ref = a->values[PST_FIELD_REF].text;
		char *os_ref = canonical_ref (a->values[PST_FIELD_REF_OS].text);
		char *oo_ref = canonical_ref (a->values[PST_FIELD_REF_OO].text);
		char const *volet = a->values[PST_FIELD_VOLET].text;
		char const *source = a->values[PST_FIELD_SOURCE].text;

		if (oo_ref == NULL || pst_ref_depth (oo_ref) != 2 || !pst_ref_is_within (ref, oo_ref)) {
			g_free (oo_ref);
			oo_ref = g_strndup (ref, pst_ref_prefix_len (ref, 2));
			set_cell (&a->values[PST_FIELD_REF_OO], PST_CELL_TEXT, oo_ref, 0);
		}
		if (os_ref == NULL || pst_ref_depth (os_ref) != 1 || !pst_ref_is_within (ref, os_ref)) {
			g_free (os_ref);
			os_ref = g_strndup (ref, pst_ref_prefix_len (ref, 1));
			set_cell (&a->values[PST_FIELD_REF_OS], PST_CELL_TEXT, os_ref, 0);
		}
		add_objective (cn, 1, os_ref, a->values[PST_FIELD_OS].text, volet,
			       a->values[PST_FIELD_ENTITE].text, source);
		add_objective (cn, 2, oo_ref, a->values[PST_FIELD_OO].text, volet,
			       a->values[PST_FIELD_ENTITE].text, source);
		g_free (os_ref);
		g_free (oo_ref);
	}
}

PstPlan *
pst_plan_from_canonical (PstGrid const *grid, char const *entite)
{
	PstSheet const *sheet = find_sheet (grid, "Plan");
	Canonical cn = { 0 };
	int cols[PST_N_FIELDS], *extra_of_col, original_col, c, f;
	char *name = NULL;
	guint i;

	if (sheet == NULL)
		return NULL;
	/* Every column of the schema, in its order (other columns may come
	 * between): a sheet "Plan" of a person's own with a Réf. and an
	 * Action, its deadline under "Échéance", is a layout to import. */
	for (f = 0; f < PST_N_FIELDS; f++) {
		cols[f] = find_column (sheet, pst_field_header (f));
		if (cols[f] < 0 || (f > 0 && cols[f] < cols[f - 1]))
			return NULL;
	}
	original_col = find_column (sheet, PST_HEADER_ORIGINAL_REF);

	if (entite == NULL) {
		int r;
		for (r = 1; r < sheet->n_rows && name == NULL; r++)
			if (text_at (sheet, r, cols[PST_FIELD_ENTITE]))
				name = g_strdup (text_at (sheet, r, cols[PST_FIELD_ENTITE]));
		if (name == NULL) {
			char *dot;
			name = g_strdup (grid->file ? grid->file : "plan");
			dot = strrchr (name, '.');
			if (dot && dot != name)
				*dot = '\0';
		}
		entite = name;
	}
	cn.plan = pst_plan_new (entite);
	cn.grid = grid;
	cn.sheet = sheet;
	cn.objectives = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

	/* Columns of no canonical field are kept under their header. */
	extra_of_col = g_new (int, MAX (sheet->n_cols, 1));
	for (c = 0; c < sheet->n_cols; c++) {
		char const *header = text_at (sheet, 0, c);
		extra_of_col[c] = -1;
		if (header == NULL || c == original_col)
			continue;
		for (f = 0; f < PST_N_FIELDS; f++)
			if (cols[f] == c)
				break;
		if (f < PST_N_FIELDS)
			continue;
		for (i = 0; i < cn.plan->extra_headers->len; i++)
			if (strcmp (g_ptr_array_index (cn.plan->extra_headers, i), header) == 0)
				break;
		if (i == cn.plan->extra_headers->len)
			g_ptr_array_add (cn.plan->extra_headers, g_strdup (header));
		extra_of_col[c] = i;
	}
	read_plan_sheet (&cn, cols, original_col, extra_of_col);
	for (i = 0; i < cn.plan->actions->len; i++) {
		PstAction *a = g_ptr_array_index (cn.plan->actions, i);
		while (a->extras->len < cn.plan->extra_headers->len)
			g_ptr_array_add (a->extras, NULL);
	}
	read_objectives_sheet (&cn);
	complete_objectives (&cn);
	read_anomalies_sheet (&cn);

	pst_plan_sort (cn.plan);
	g_hash_table_destroy (cn.objectives);
	g_free (extra_of_col);
	g_free (name);
	return cn.plan;
}
