/*
 * consolidated.c: the workbook of several plans consolidated.
 *
 * The workbook is the canonical one (plan-schema.md) over all the plans:
 * Plan, Objectifs, Budget and Anomalies, plus
 *   - Entités: one row per entity and a total row (objectives, actions,
 *     progress, météo, budget, anomalies);
 *   - Budget par entité: one row per entity and article;
 *   - Tableau de bord.
 * The Réf. column keeps each plan's own references and "Réf. consolidée"
 * qualifies them with the entity.  Since references restart in every
 * plan, every formula about an entity's objective reads that entity's
 * block of Plan rows only: the Objectifs sheet is written here rather
 * than by pst_plan_write, whose formulas read the whole Plan column
 * (right for one plan, wrong for several, and slow on thousands of
 * objectives).
 *
 * Shared by "pst consolidate" and the menu Données › PST › Consolider.
 */
#include "consolidated.h"
#include "sheet-write.h"
#include "plan-workbook.h"
#include "dashboard.h"
#include "consolidation.h"
#include "import.h"
#include "sumif-values.h"

#include <workbook.h>
#include <sheet.h>
#include <cell.h>
#include <expr.h>
#include <parse-util.h>
#include <position.h>
#include <ranges.h>
#include <mstyle.h>
#include <sheet-style.h>
#include <goffice/goffice.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* Cells. */

/* "Plan!$G$2:$G$157": sheet rows @first to @last (0-based) of a column;
 * "$G$2:$G$157" on the same sheet when @sheet is NULL. */
static char *
col_range (char const *sheet, int col, int first, int last)
{
	char *c = g_strdup (col_name (col));
	char *s = g_strdup_printf ("%s%s$%s$%d:$%s$%d", sheet ? sheet : "", sheet ? "!" : "",
				   c, first + 1, c, last + 1);
	g_free (c);
	return s;
}

/* A column of Plan over actions [first, last] (indices into the plan). */
static char *
plan_range (PstField field, guint first, guint last)
{
	return col_range ("Plan", field, first + 1, last + 1);
}

static int
header_col (Sheet const *sheet, char const *header, int *first_free)
{
	int c, n = gnm_sheet_get_max_cols (sheet);

	for (c = 0; c < n; c++) {
		GnmCell const *cell = sheet_cell_get (sheet, c, 0);
		if (cell == NULL || cell->value == NULL || VALUE_IS_EMPTY (cell->value))
			break;
		if (header && VALUE_IS_STRING (cell->value) &&
		    strcmp (value_peek_string (cell->value), header) == 0)
			return c;
	}
	if (first_free)
		*first_free = c;
	return -1;
}

static Sheet *
new_sheet (Workbook *wb, PstSheetWriter *w, char const *name, int pos,
	   char const *const *headers, int n_headers, int n_rows)
{
	GnmStyle *bold = gnm_style_new ();
	GnmRange range;
	int c, cols = MAX (n_headers, GNM_DEFAULT_COLS), rows = n_rows + 1;

	gnm_sheet_suggest_size (&cols, &rows);
	w->sheet = sheet_new (wb, name, cols, rows);
	workbook_sheet_attach_at_pos (wb, w->sheet, MIN (pos, workbook_sheet_count (wb)));
	g_object_unref (w->sheet);	/* the workbook holds it */
	for (c = 0; c < n_headers; c++)
		pst_put_text (w, c, 0, headers[c]);
	gnm_style_set_font_bold (bold, TRUE);
	sheet_style_apply_range (w->sheet, range_init (&range, 0, 0, n_headers - 1, 0), bold);
	return w->sheet;
}

static void
apply_format (Sheet *sheet, int col, int first, int last, char const *xl)
{
	GnmStyle *style = gnm_style_new ();
	GOFormat *fmt = go_format_new_from_XL (xl);
	GnmRange range;

	gnm_style_set_format (style, fmt);
	go_format_unref (fmt);
	sheet_style_apply_range (sheet, range_init (&range, col, first, col, MAX (first, last)), style);
}

/* ------------------------------------------------------------------ */
/* Objectifs: the columns of plan-schema.md, with formulas over the
 * objective's own entity. */

enum {
	OBJ_ENTITE, OBJ_TYPE, OBJ_REF, OBJ_LABEL, OBJ_VOLET, OBJ_ACTIONS,
	OBJ_AVANCEMENT, OBJ_METEO, OBJ_BUDGET, OBJ_SMART, OBJ_SOURCE
};

static void
write_objective (PstSheetWriter *w, PstPlan const *plan, PstEntityBlock const *b,
		 guint i, int original_col, int qualified_col)
{
	PstObjective const *o = g_ptr_array_index (plan->objectives, i);
	int row = i + 1;
	/* Actions are the rows of depth 3 below: "1.1.*" less "1.1.*.*". */
	char const *stars3 = o->level == 1 ? ".*.*" : ".*";
	char const *stars4 = o->level == 1 ? ".*.*.*" : ".*.*";
	char *qualified = pst_ref_qualify (b->entite, o->ref);
	guint first = 0, last = 0;
	gboolean has_rows;

	pst_put_text (w, OBJ_ENTITE, row, b->entite);
	pst_put_text (w, OBJ_TYPE, row, o->level == 1 ? "OS" : "OO");
	pst_put_text (w, OBJ_REF, row, o->ref);
	pst_put_text (w, OBJ_LABEL, row, o->label);
	pst_put_text (w, OBJ_VOLET, row, o->volet);
	pst_put_formula (w, OBJ_SMART, row, "=PST.SMART(D%d)", row + 1);
	pst_put_text (w, OBJ_SOURCE, row, o->source);
	if (original_col >= 0)
		pst_put_text (w, original_col, row, o->original_ref);
	pst_put_text (w, qualified_col, row, qualified);
	g_free (qualified);

	/* The Plan is sorted by reference within an entity: the objective's
	 * actions are one block of rows, which its formulas read; without
	 * any, the entity's rows, so that actions added later count. */
	has_rows = o->ref && pst_block_ref_range (plan, b, o->ref, &first, &last);
	if (!has_rows && b->n_actions > 0) {
		first = b->first_action;
		last = b->first_action + b->n_actions - 1;
	}
	if (has_rows || b->n_actions > 0) {
		char *ref = plan_range (PST_FIELD_REF, first, last);
		char *av = plan_range (PST_FIELD_AVANCEMENT, first, last);
		char *st = plan_range (PST_FIELD_STATUT, first, last);
		pst_put_formula (w, OBJ_ACTIONS, row,
			     "=COUNTIF(%s,C%d&\"%s\")-COUNTIF(%s,C%d&\"%s\")",
			     ref, row + 1, stars3, ref, row + 1, stars4);
		pst_put_progress (w, OBJ_AVANCEMENT, row, "%s,%s,C%d,,%s",
			      ref, av, row + 1, st);
		g_free (ref);
		g_free (av);
		g_free (st);
	} else
		pst_put_value (w, OBJ_ACTIONS, row, value_new_int (0));
	if (has_rows) {
		char *meteo = plan_range (PST_FIELD_METEO_GLOBALE, first, last);
		char *budget = plan_range (PST_FIELD_BUDGET, first, last);
		pst_put_formula (w, OBJ_METEO, row, "=IF(ISNA(PST.METEO.SYNTHESE(%1$s)),\"\",PST.METEO.SYNTHESE(%1$s))", meteo);
		pst_put_formula (w, OBJ_BUDGET, row, "=SUM(%s)", budget);
		g_free (meteo);
		g_free (budget);
	} else
		pst_put_value (w, OBJ_BUDGET, row, value_new_int (0));
}

static gboolean
write_objectives (Workbook *wb, PstSheetWriter *w, PstPlan const *plan, GArray *blocks,
		  char **error)
{
	int original_col, qualified_col;
	guint i, b;

	w->sheet = workbook_sheet_by_name (wb, "Objectifs");
	if (w->sheet == NULL)
		return FALSE;
	if ((int) plan->objectives->len >= gnm_sheet_get_max_rows (w->sheet)) {
		*error = g_strdup_printf ("trop d’objectifs (%u) pour une feuille.",
					  plan->objectives->len);
		return FALSE;
	}
	original_col = header_col (w->sheet, PST_HEADER_ORIGINAL_REF, NULL);
	header_col (w->sheet, NULL, &qualified_col);
	pst_put_text (w, qualified_col, 0, PST_HEADER_REF_CONSOLIDEE);
	{
		GnmStyle *bold = gnm_style_new ();
		GnmRange range;
		gnm_style_set_font_bold (bold, TRUE);
		sheet_style_apply_range (w->sheet, range_init (&range, qualified_col, 0, qualified_col, 0), bold);
	}
	for (b = 0; b < blocks->len; b++) {
		PstEntityBlock const *block = &g_array_index (blocks, PstEntityBlock, b);
		for (i = 0; i < block->n_objectives; i++)
			write_objective (w, plan, block, block->first_objective + i,
					 original_col, qualified_col);
	}
	apply_format (w->sheet, OBJ_AVANCEMENT, 1, plan->objectives->len, "0%");
	return TRUE;
}

/* ------------------------------------------------------------------ */
/* Entités: one row per entity, then the total over all of them. */

/* COUNTIF reads "*", "?" and "~" in a criterion as wildcards. */
static char *
criterion_literal (char const *text)
{
	GString *s = g_string_new (NULL);
	for (; *text; text++) {
		if (*text == '*' || *text == '?' || *text == '~')
			g_string_append_c (s, '~');
		if (*text == '"')
			g_string_append_c (s, '"');
		g_string_append_c (s, *text);
	}
	return g_string_free (s, FALSE);
}

enum {
	ENT_ENTITE, ENT_FICHIER, ENT_OS, ENT_OO, ENT_ACTIONS, ENT_SOUS_ACTIONS,
	ENT_AVANCEMENT, ENT_METEO, ENT_BUDGET, ENT_ENGAGE, ENT_ORDINAIRE,
	ENT_EXTRAORDINAIRE, ENT_ANOMALIES, ENT_N
};

/* Rows of Anomalies (1-based, after the header): the first and the last
 * whose Source begins with a given "file!". */
typedef struct {
	int first, last;
} RowSpan;

/* For each of @files, folded as COUNTIF compares text, the span of its
 * anomalies: one pass over Anomalies for all the entities. */
static GHashTable *
anomaly_spans (PstPlan const *plan, GPtrArray *files)
{
	GHashTable *spans = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
	guint i;

	for (i = 0; i < files->len; i++) {
		char const *file = g_ptr_array_index (files, i);
		if (file)
			g_hash_table_replace (spans, g_utf8_casefold (file, -1), g_new0 (RowSpan, 1));
	}
	for (i = 0; i < plan->anomalies->len; i++) {
		char const *source = ((PstAnomaly *) g_ptr_array_index (plan->anomalies, i))->source;
		char const *bang;

		/* A file name may itself hold a "!": try each. */
		for (bang = source ? strchr (source, '!') : NULL; bang; bang = strchr (bang + 1, '!')) {
			char *key = g_utf8_casefold (source, bang - source);
			RowSpan *span = g_hash_table_lookup (spans, key);
			g_free (key);
			if (span) {
				if (span->first == 0)
					span->first = i + 1;
				span->last = i + 1;
			}
		}
	}
	return spans;
}

static void
write_entity_row (PstSheetWriter *w, PstPlan const *plan, PstEntityBlock const *b,
		  char const *file, GHashTable *spans, int row)
{
	guint end = b->first_action + b->n_actions - 1;
	int n_anomalies = MAX ((int) plan->anomalies->len, 1);

	pst_put_text (w, ENT_ENTITE, row, b->entite);
	pst_put_text (w, ENT_FICHIER, row, file);
	if (b->n_objectives > 0) {
		int of = b->first_objective + 1, ol = b->first_objective + b->n_objectives;
		char *types = col_range ("Objectifs", OBJ_TYPE, of, ol);
		char *actions = col_range ("Objectifs", OBJ_ACTIONS, of, ol);
		pst_put_formula (w, ENT_OS, row, "=COUNTIF(%s,\"OS\")", types);
		pst_put_formula (w, ENT_OO, row, "=COUNTIF(%s,\"OO\")", types);
		/* The actions are those the entity's OS count. */
		pst_put_formula (w, ENT_ACTIONS, row, "=SUMIF(%s,\"OS\",%s)", types, actions);
		g_free (types);
		g_free (actions);
	}
	if (b->n_actions > 0) {
		char *ref = plan_range (PST_FIELD_REF, b->first_action, end);
		char *av = plan_range (PST_FIELD_AVANCEMENT, b->first_action, end);
		char *st = plan_range (PST_FIELD_STATUT, b->first_action, end);
		char *meteo = plan_range (PST_FIELD_METEO_GLOBALE, b->first_action, end);
		char *art = plan_range (PST_FIELD_ARTICLE, b->first_action, end);
		char *bud = plan_range (PST_FIELD_BUDGET, b->first_action, end);
		char *eng = plan_range (PST_FIELD_ENGAGE, b->first_action, end);
		pst_put_formula (w, ENT_SOUS_ACTIONS, row, "=COUNTA(%s)-%s%d", ref,
			     col_name (ENT_ACTIONS), row + 1);
		pst_put_formula (w, ENT_AVANCEMENT, row, "=IFERROR(PST.AVANCEMENT(%s,,%s),\"\")", av, st);
		pst_put_formula (w, ENT_METEO, row, "=IF(ISNA(PST.METEO.SYNTHESE(%1$s)),\"\",PST.METEO.SYNTHESE(%1$s))", meteo);
		pst_put_formula (w, ENT_BUDGET, row, "=SUM(%s)", bud);
		pst_put_formula (w, ENT_ENGAGE, row, "=SUM(%s)", eng);
		/* An entity without any valid article has 0 in either service;
		 * its budget is still in the Budget column. */
		pst_put_formula (w, ENT_ORDINAIRE, row, "=IFERROR(PST.BUDGET(%s,%s,\"service=O\"),0)", art, bud);
		pst_put_formula (w, ENT_EXTRAORDINAIRE, row, "=IFERROR(PST.BUDGET(%s,%s,\"service=E\"),0)", art, bud);
		g_free (ref);
		g_free (av);
		g_free (st);
		g_free (meteo);
		g_free (art);
		g_free (bud);
		g_free (eng);
	}
	if (file) {
		char *literal = criterion_literal (file);
		char *key = g_utf8_casefold (file, -1);
		RowSpan const *span = g_hash_table_lookup (spans, key);
		int first = n_anomalies, last = n_anomalies;
		/* Over the rows from the entity's first anomaly to its last: the
		 * same count as over the whole sheet, but each entity reads its
		 * own rows, not the anomalies of the 261 others. */
		if (span && span->first > 0) {
			first = span->first;
			last = span->last;
		}
		pst_put_formula (w, ENT_ANOMALIES, row, "=COUNTIF(Anomalies!$A$%d:$A$%d,\"%s!*\")",
			     first + 1, last + 1, literal);
		g_free (key);
		g_free (literal);
	}
}

static void
write_entities (Workbook *wb, PstSheetWriter *w, PstPlan const *plan, GArray *blocks,
		GPtrArray *files)
{
	static char const *const headers[ENT_N] = {
		"Entité", "Fichier", "OS", "OO", "Actions", "Sous-actions",
		"Avancement", "Météo", "Budget", "Engagé", "Ordinaire",
		"Extraordinaire", "Anomalies"
	};
	int last = MAX ((int) plan->actions->len, 1), row, c;
	int n_anomalies = MAX ((int) plan->anomalies->len, 1);
	GHashTable *spans;
	guint b;

	new_sheet (wb, w, "Entités", 2, headers, ENT_N, blocks->len + 1);
	spans = anomaly_spans (plan, files);
	for (b = 0; b < blocks->len; b++)
		write_entity_row (w, plan, &g_array_index (blocks, PstEntityBlock, b),
				  b < files->len ? g_ptr_array_index (files, b) : NULL, spans, b + 1);
	g_hash_table_destroy (spans);
	row = blocks->len + 1;
	pst_put_text (w, ENT_ENTITE, row, "Total");
	pst_put_value (w, ENT_FICHIER, row, value_new_int (blocks->len));
	for (c = ENT_OS; c <= ENT_ANOMALIES; c++) {
		if (c == ENT_AVANCEMENT || c == ENT_METEO || c == ENT_ANOMALIES)
			continue;
		char *column = col_range (NULL, c, 1, row - 1);
		pst_put_formula (w, c, row, "=SUM(%s)", column);
		g_free (column);
	}
	{
		char *av = plan_range (PST_FIELD_AVANCEMENT, 0, last - 1);
		char *st = plan_range (PST_FIELD_STATUT, 0, last - 1);
		char *meteo = plan_range (PST_FIELD_METEO_GLOBALE, 0, last - 1);
		/* Over all the actions, each counting once whatever its entity. */
		pst_put_formula (w, ENT_AVANCEMENT, row, "=IFERROR(PST.AVANCEMENT(%s,,%s),\"\")", av, st);
		pst_put_formula (w, ENT_METEO, row, "=IF(ISNA(PST.METEO.SYNTHESE(%1$s)),\"\",PST.METEO.SYNTHESE(%1$s))", meteo);
		pst_put_formula (w, ENT_ANOMALIES, row, "=COUNTA(Anomalies!$A$2:$A$%d)", n_anomalies + 1);
		g_free (av);
		g_free (st);
		g_free (meteo);
	}
	{
		GnmStyle *bold = gnm_style_new ();
		GnmRange range;
		gnm_style_set_font_bold (bold, TRUE);
		sheet_style_apply_range (w->sheet, range_init (&range, 0, row, ENT_N - 1, row), bold);
	}
	apply_format (w->sheet, ENT_AVANCEMENT, 1, row, "0%");
}

/* ------------------------------------------------------------------ */
/* Budget par entité: one row per entity and article. */

static gint
compare_strings (gconstpointer a, gconstpointer b)
{
	return strcmp (*(char * const *) a, *(char * const *) b);
}

static void
write_budget_by_entity (Workbook *wb, PstSheetWriter *w, PstPlan const *plan, GArray *blocks)
{
	static char const *const headers[] = {
		"Entité", "Article", "Libellé", "Service", "Type", "Budget", "Engagé"
	};
	GPtrArray *rows = g_ptr_array_new ();	/* block index, article: pairs */
	static int const sum_cols[] = { PST_FIELD_BUDGET, PST_FIELD_ENGAGE };
	Sheet *plan_sheet = workbook_sheet_by_name (wb, "Plan");
	PstSumsByText *sums = NULL;
	guint sums_block = G_MAXUINT;
	int row = 1;
	guint b, i;

	for (b = 0; b < blocks->len; b++) {
		PstEntityBlock const *block = &g_array_index (blocks, PstEntityBlock, b);
		GHashTable *seen = g_hash_table_new (g_str_hash, g_str_equal);
		GPtrArray *articles = g_ptr_array_new ();
		for (i = block->first_action; i < block->first_action + block->n_actions; i++) {
			PstAction const *a = g_ptr_array_index (plan->actions, i);
			char const *t = a->values[PST_FIELD_ARTICLE].text;
			if (t && *t && !g_hash_table_contains (seen, t)) {
				g_hash_table_add (seen, (gpointer) t);
				g_ptr_array_add (articles, (gpointer) t);
			}
		}
		g_ptr_array_sort (articles, compare_strings);
		for (i = 0; i < articles->len; i++) {
			g_ptr_array_add (rows, GUINT_TO_POINTER (b));
			g_ptr_array_add (rows, g_ptr_array_index (articles, i));
		}
		g_ptr_array_free (articles, TRUE);
		g_hash_table_destroy (seen);
	}

	new_sheet (wb, w, "Budget par entité", 4, headers, G_N_ELEMENTS (headers), rows->len / 2 + 1);
	if (rows->len == 0)
		pst_put_text (w, 0, 1, "Aucun article budgétaire dans les plans.");
	for (i = 0; i + 1 < rows->len; i += 2, row++) {
		guint b = GPOINTER_TO_UINT (g_ptr_array_index (rows, i));
		PstEntityBlock const *block = &g_array_index (blocks, PstEntityBlock, b);
		char const *article = g_ptr_array_index (rows, i + 1);
		guint end = block->first_action + block->n_actions - 1;
		char *art = plan_range (PST_FIELD_ARTICLE, block->first_action, end);
		char *bud = plan_range (PST_FIELD_BUDGET, block->first_action, end);
		char *eng = plan_range (PST_FIELD_ENGAGE, block->first_action, end);

		/* The entity's sums, in one pass over its rows of Plan. */
		if (sums_block != b) {
			pst_sums_by_text_free (sums);
			sums = pst_sums_by_text_new (plan_sheet, PST_FIELD_ARTICLE,
						     block->first_action + 1, end + 1,
						     sum_cols, G_N_ELEMENTS (sum_cols));
			sums_block = b;
		}
		pst_put_text (w, 0, row, block->entite);
		pst_put_text (w, 1, row, article);
		pst_put_formula (w, 2, row, "=IFERROR(PST.ARTICLE(B%d,\"libelle\"),\"\")", row + 1);
		pst_put_formula (w, 3, row, "=IFERROR(PST.ARTICLE(B%d,\"service\"),\"\")", row + 1);
		pst_put_formula (w, 4, row, "=IFERROR(PST.ARTICLE(B%d,\"type\"),\"\")", row + 1);
		pst_put_formula_value (w, 5, row, pst_sums_by_text_sumif (sums, article, 0),
				       "=SUMIF(%s,B%d,%s)", art, row + 1, bud);
		pst_put_formula_value (w, 6, row, pst_sums_by_text_sumif (sums, article, 1),
				       "=SUMIF(%s,B%d,%s)", art, row + 1, eng);
		g_free (art);
		g_free (bud);
		g_free (eng);
	}
	pst_sums_by_text_free (sums);
	g_ptr_array_free (rows, TRUE);
}

/* ------------------------------------------------------------------ */

/* The consolidated workbook.  @files[k]: the file of the k-th entity.
 * NULL, with a French *@error, when it cannot be written. */
Workbook *
pst_consolidated_workbook (PstPlan const *merged, GPtrArray *files, char **error)
{
	Workbook *wb = workbook_new ();
	GPtrArray *no_objectives = g_ptr_array_new ();
	PstPlan view = *merged;
	GArray *blocks = pst_plan_entity_blocks (merged, NULL);
	PstSheetWriter w;
	PstPlanWriting *writing;
	gboolean ok;

	w.convs = pst_formula_conventions_new ();

	/* Plan, Budget and Anomalies as for one plan; Objectifs only gets
	 * its headers there, its rows are written per entity below. */
	view.objectives = no_objectives;
	writing = pst_plan_write_begin (wb, &view);
	g_ptr_array_free (no_objectives, TRUE);
	ok = write_objectives (wb, &w, merged, blocks, error);
	if (ok) {
		write_entities (wb, &w, merged, blocks, files);
		write_budget_by_entity (wb, &w, merged, blocks);
	}
	/* The dashboard is built once, over all the sheets. */
	pst_plan_write_end (writing, wb, merged);
	if (!ok) {
		g_object_unref (wb);
		wb = NULL;
	}

	gnm_conventions_unref (w.convs);
	g_array_free (blocks, TRUE);
	return wb;
}
