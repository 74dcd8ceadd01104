/*
 * plan-write.c: the canonical PST workbook (plan-schema.md) with live
 * formulas: Plan, Objectifs, Budget, Anomalies.
 *
 * Text from the source is stored as string values, never parsed: a label
 * starting with "=" stays a label.
 */
#include "plan-workbook.h"
#include "sheet-write.h"
#include "dashboard.h"
#include "import.h"
#include "reference.h"
#include "phases.h"
#include "pst-functions.h"
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

static char *
column_name (int col)
{
	return g_strdup (col_name (col));
}

static Sheet *
new_sheet (Workbook *wb, PstSheetWriter *w, char const *name, char const *const *headers,
	   int n_headers, int n_rows)
{
	GnmStyle *bold = gnm_style_new ();
	GnmRange range;
	int c, cols = MAX (n_headers, GNM_DEFAULT_COLS), rows = n_rows + 1;

	gnm_sheet_suggest_size (&cols, &rows);
	w->sheet = sheet_new (wb, name, cols, rows);
	workbook_sheet_attach (wb, w->sheet);
	for (c = 0; c < n_headers; c++)
		pst_put_text (w, c, 0, headers[c]);
	gnm_style_set_font_bold (bold, TRUE);
	sheet_style_apply_range (w->sheet, range_init (&range, 0, 0, MAX (n_headers - 1, 0), 0), bold);
	return w->sheet;
}

/* The number format of a field's whole column, set once as a style
 * rather than on each of its values. */
static GOFormat const *
column_format (int field)
{
	switch (field) {
	case PST_FIELD_DEBUT:
	case PST_FIELD_FIN:
		return go_format_default_date ();
	case PST_FIELD_AVANCEMENT:
		return go_format_default_percentage ();
	default:
		return NULL;
	}
}

static void
set_column_formats (Sheet *sheet, int n_rows)
{
	GnmRange range;
	int f;

	for (f = 0; f < PST_N_FIELDS; f++) {
		GOFormat const *fmt = column_format (f);
		if (fmt) {
			GnmStyle *style = gnm_style_new ();
			gnm_style_set_format (style, fmt);
			sheet_style_apply_range (sheet, range_init (&range, f, 1, f, MAX (n_rows, 1)), style);
		}
	}
}

/* A cell of a new Plan row, which no other write has created. */
static GnmCell *
put_cell (PstSheetWriter *w, int col, int row, PstCell const *cell, int field)
{
	GOFormat const *fmt = NULL, *column = column_format (field);
	GnmCell *out;
	GnmValue *v;

	switch (cell->kind) {
	case PST_CELL_BLANK:
		return NULL;
	case PST_CELL_DATE:
		v = value_new_float (cell->number);
		fmt = go_format_default_date ();
		break;
	case PST_CELL_NUMBER:
		v = value_new_float (cell->number);
		fmt = field == PST_FIELD_AVANCEMENT ? go_format_default_percentage ()
			: go_format_general ();
		break;
	default:
		v = value_new_string (cell->text ? cell->text : "");
		break;
	}
	if (column == NULL) {
		if (fmt && !go_format_is_general (fmt))
			value_set_fmt (v, fmt);
	} else if (fmt && fmt != column) {
		/* A number in a date column, say: its own format, as the
		 * column's would hide it (a cell's style wins over its value's
		 * format). */
		GnmStyle *style = gnm_style_new ();
		gnm_style_set_format (style, fmt);
		sheet_style_apply_pos (w->sheet, col, row, style);
	}
	out = sheet_cell_create (w->sheet, col, row);
	gnm_cell_set_value (out, v);
	return out;
}

/* ------------------------------------------------------------------ */
/* The SMART column of Plan: one formula per row, stored with its value.
 * The engine judges the rows on a second core as they are written, and
 * while the other sheets are; the values go in before anything is
 * computed (no formula reads this column). */

/* Rows handed to the judging thread at a time. */
#define SMART_BATCH 512

struct _PstPlanWriting {
	GPtrArray	*cells;		/* GnmCell *, one per row */
	guint		 n;		/* rows */
	char const     **texts;		/* PST_SMART_N_ARGS per row, in... */
	GStringChunk	*strings;	/* ...these, each text once */
	PstError	*errors;
	PstSmartResult	*results;
	GAsyncQueue	*ready;		/* 1 + how many rows have their texts */
	GThread		*thread;
};

static gpointer
judge_rows (gpointer data)
{
	PstPlanWriting *job = data;
	guint done = 0;

	while (done < job->n) {
		guint ready = GPOINTER_TO_UINT (g_async_queue_pop (job->ready)) - 1;
		for (; done < ready; done++)
			job->errors[done] = pst_smart_judge_texts
				(job->texts + (gsize) done * PST_SMART_N_ARGS,
				 &job->results[done]);
	}
	return NULL;
}

static void
rows_ready (PstPlanWriting *job, guint n_rows)
{
	g_async_queue_push (job->ready, GUINT_TO_POINTER (n_rows + 1));
}

static void
smart_values_store (PstPlanWriting *job)
{
	guint i, n = job->cells->len;

	if (job->thread)
		g_thread_join (job->thread);
	g_async_queue_unref (job->ready);
	for (i = 0; i < n; i++) {
		GnmCell *cell = g_ptr_array_index (job->cells, i);
		GnmEvalPos ep;
		gnm_cell_assign_value (cell, pst_smart_letters_value (eval_pos_init_cell (&ep, cell),
								      job->errors[i], &job->results[i]));
	}
	g_string_chunk_free (job->strings);
	g_free (job->texts);
	g_free (job->errors);
	g_free (job->results);
	g_ptr_array_free (job->cells, TRUE);
	g_free (job);
}

static PstPlanWriting *
write_plan_sheet (Workbook *wb, PstSheetWriter *w, PstPlan const *plan,
		  gboolean with_original)
{
	GPtrArray *headers = g_ptr_array_new ();
	PstPlanWriting *job = g_new0 (PstPlanWriting, 1);
	int n = plan->actions->len, extra0, r, f;
	char *smart_cols[PST_SMART_N_ARGS];
	GnmExprTop const *smart = NULL;
	static int const smart_fields[PST_SMART_N_ARGS] = {
		PST_FIELD_ACTION, PST_FIELD_FIN, PST_FIELD_INDICATEUR,
		PST_FIELD_RESPONSABLE, PST_FIELD_BUDGET
	};

	for (f = 0; f < PST_N_FIELDS; f++)
		g_ptr_array_add (headers, (gpointer) pst_field_header (f));
	if (with_original)
		g_ptr_array_add (headers, (gpointer) PST_HEADER_ORIGINAL_REF);
	extra0 = headers->len;
	for (f = 0; f < (int) plan->extra_headers->len; f++)
		g_ptr_array_add (headers, g_ptr_array_index (plan->extra_headers, f));
	new_sheet (wb, w, "Plan", (char const * const *) headers->pdata, headers->len, n);

	set_column_formats (w->sheet, n);
	for (f = 0; f < PST_SMART_N_ARGS; f++)
		smart_cols[f] = column_name (smart_fields[f]);
	/* One expression with relative references, shared by every row:
	 * parsed once, and saved once. */
	smart = pst_formula_parse (w, PST_FIELD_SMART, 1, "=PST.SMART(%s2,%s2,%s2,%s2,%s2)",
				   smart_cols[0], smart_cols[1], smart_cols[2],
				   smart_cols[3], smart_cols[4]);
	job->cells = g_ptr_array_sized_new (n);
	job->n = n;
	job->texts = g_new0 (char const *, (gsize) n * PST_SMART_N_ARGS);
	job->strings = g_string_chunk_new (64 * 1024);
	job->errors = g_new (PstError, MAX (n, 1));
	job->results = g_new (PstSmartResult, MAX (n, 1));
	job->ready = g_async_queue_new ();
	if (smart && n > 0)
		job->thread = g_thread_new ("pst-smart", judge_rows, job);
	for (r = 0; r < n; r++) {
		PstAction const *a = g_ptr_array_index (plan->actions, r);
		GnmCell *cells[PST_N_FIELDS], *cell;
		GnmValue const *args[PST_SMART_N_ARGS];
		char *texts[PST_SMART_N_ARGS];
		guint e;

		for (f = 0; f < PST_N_FIELDS; f++)
			cells[f] = f != PST_FIELD_SMART ? put_cell (w, f, r + 1, &a->values[f], f) : NULL;
		/* The texts PST.SMART would read from the cells just written;
		 * the value is stored once judged. */
		if (smart) {
			for (f = 0; f < PST_SMART_N_ARGS; f++)
				args[f] = cells[smart_fields[f]] ? cells[smart_fields[f]]->value : NULL;
			pst_smart_args_texts (args, texts);
			for (f = 0; f < PST_SMART_N_ARGS; f++) {
				job->texts[(gsize) r * PST_SMART_N_ARGS + f] =
					texts[f] ? g_string_chunk_insert_const (job->strings, texts[f]) : NULL;
				g_free (texts[f]);
			}
			cell = sheet_cell_create (w->sheet, PST_FIELD_SMART, r + 1);
			gnm_cell_set_expr_and_value (cell, smart, value_new_empty (), TRUE);
			g_ptr_array_add (job->cells, cell);
			if ((r + 1) % SMART_BATCH == 0)
				rows_ready (job, r + 1);
		}
		if (with_original)
			pst_put_text (w, PST_N_FIELDS, r + 1, a->original_ref);
		for (e = 0; e < a->extras->len; e++)
			pst_put_text (w, extra0 + e, r + 1, g_ptr_array_index (a->extras, e));
	}
	for (f = 0; f < PST_SMART_N_ARGS; f++)
		g_free (smart_cols[f]);
	if (smart)
		gnm_expr_top_unref (smart);
	g_ptr_array_free (headers, TRUE);
	if (job->thread)
		rows_ready (job, n);
	return job;
}

/* Rows [first, last] of Plan (1-based sheet rows) under @ref; the Plan
 * is sorted by reference, so they are contiguous. */
static gboolean
action_block (PstPlan const *plan, char const *ref, int *first, int *last)
{
	guint lo = 0, hi = plan->actions->len, i;

	/* Binary search for the first row at or after @ref. */
	while (lo < hi) {
		guint mid = (lo + hi) / 2;
		PstAction const *a = g_ptr_array_index (plan->actions, mid);
		if (pst_ref_compare (a->values[PST_FIELD_REF].text, ref) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	*first = *last = -1;
	for (i = lo; i < plan->actions->len; i++) {
		PstAction const *a = g_ptr_array_index (plan->actions, i);
		if (!pst_ref_is_within (a->values[PST_FIELD_REF].text, ref))
			break;
		if (*first < 0)
			*first = i + 2;
		*last = i + 2;
	}
	return *first > 0;
}

static void
write_objectives_sheet (Workbook *wb, PstSheetWriter *w, PstPlan const *plan, int n_actions)
{
	static char const *const headers[] = {
		"Entité", "Type", "Réf.", "Libellé", "Volet", "Actions",
		"Avancement", "Météo", "Budget", "SMART", "Source",
		PST_HEADER_ORIGINAL_REF
	};
	int last_row = MAX (n_actions + 1, 2), r;
	char *ref_col = column_name (PST_FIELD_REF);
	char *av_col = column_name (PST_FIELD_AVANCEMENT);
	char *st_col = column_name (PST_FIELD_STATUT);
	char *meteo_col = column_name (PST_FIELD_METEO_GLOBALE);
	char *budget_col = column_name (PST_FIELD_BUDGET);
	Sheet *plan_sheet = workbook_sheet_by_name (wb, "Plan");

	new_sheet (wb, w, "Objectifs", headers, G_N_ELEMENTS (headers),
		   plan->objectives->len);
	for (r = 0; r < (int) plan->objectives->len; r++) {
		PstObjective const *o = g_ptr_array_index (plan->objectives, r);
		int row = r + 1, first, last;

		pst_put_text (w, 0, row, o->entite);
		pst_put_text (w, 1, row, o->level == 1 ? "OS" : "OO");
		pst_put_text (w, 2, row, o->ref);
		pst_put_text (w, 3, row, o->label);
		pst_put_text (w, 4, row, o->volet);
		/* The Plan is sorted by reference: an objective's actions are one
		 * block of rows, so each formula reads its block, not the plan.
		 * Absolute references: a relative one wraps round at the size of
		 * this sheet, and past its last row (65 536 objectives' worth)
		 * would read the wrong rows of Plan, a block gone huge. */
		if (action_block (plan, o->ref, &first, &last)) {
			pst_put_formula_value (w, 5, row,
				     pst_column_actions_value (plan_sheet, PST_FIELD_REF, first - 1, last - 1),
				     "=ROWS(Plan!$%1$s$%2$d:$%1$s$%3$d)-COUNTIF(Plan!$%1$s$%2$d:$%1$s$%3$d,\"*.*.*.*\")",
				     ref_col, first, last);
			pst_put_progress (w, 6, row,
				     "Plan!$%1$s$%3$d:$%1$s$%4$d,Plan!$%2$s$%3$d:$%2$s$%4$d,C%5$d,,Plan!$%6$s$%3$d:$%6$s$%4$d",
				     ref_col, av_col, first, last, row + 1, st_col);
			pst_put_formula (w, 7, row, "=IF(ISNA(PST.METEO.SYNTHESE(Plan!$%1$s$%2$d:$%1$s$%3$d)),\"\","
				     "PST.METEO.SYNTHESE(Plan!$%1$s$%2$d:$%1$s$%3$d))",
				     meteo_col, first, last);
			pst_put_formula_value (w, 8, row,
				     pst_column_sum_value (plan_sheet, PST_FIELD_BUDGET, first - 1, last - 1),
				     "=SUM(Plan!$%1$s$%2$d:$%1$s$%3$d)", budget_col, first, last);
		} else {
			/* No action yet: over the whole Plan, so that actions
			 * added later count. */
			pst_put_value (w, 5, row, value_new_int (0));
			pst_put_progress (w, 6, row,
				     "Plan!$%s$2:$%s$%d,Plan!$%s$2:$%s$%d,C%d,,Plan!$%s$2:$%s$%d",
				     ref_col, ref_col, last_row, av_col, av_col, last_row,
				     row + 1, st_col, st_col, last_row);
			pst_put_value (w, 8, row, value_new_int (0));
		}
		pst_put_formula (w, 9, row, "=PST.SMART(D%d)", row + 1);
		pst_put_text (w, 10, row, o->source);
		pst_put_text (w, 11, row, o->original_ref);
	}
	g_free (ref_col);
	g_free (av_col);
	g_free (st_col);
	g_free (meteo_col);
	g_free (budget_col);
}

static gint
compare_strings (gconstpointer a, gconstpointer b)
{
	return strcmp (*(char * const *) a, *(char * const *) b);
}

static void
write_budget_sheet (Workbook *wb, PstSheetWriter *w, PstPlan const *plan, int n_actions)
{
	static char const *const headers[] = {
		"Article", "Libellé", "Service", "Type", "Budget", "Engagé"
	};
	GHashTable *seen = g_hash_table_new (g_str_hash, g_str_equal);
	GHashTable *fonctions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
	GPtrArray *articles = g_ptr_array_new (), *keys;
	int last_row = MAX (n_actions + 1, 2), row;
	static int const sum_cols[] = { PST_FIELD_BUDGET, PST_FIELD_ENGAGE };
	PstSumsByText *sums;
	GPtrArray *criteria;
	GnmValue **budgets, **engages;
	Sheet *plan_sheet = workbook_sheet_by_name (wb, "Plan");
	guint n_fonctions;
	char *art = column_name (PST_FIELD_ARTICLE);
	char *bud = column_name (PST_FIELD_BUDGET);
	char *eng = column_name (PST_FIELD_ENGAGE);
	guint i;

	new_sheet (wb, w, "Budget", headers, G_N_ELEMENTS (headers),
		   plan->actions->len * 2 + 10);
	for (i = 0; i < plan->actions->len; i++) {
		PstAction const *a = g_ptr_array_index (plan->actions, i);
		char const *t = a->values[PST_FIELD_ARTICLE].text;
		if (t && !g_hash_table_contains (seen, t)) {
			g_hash_table_add (seen, (gpointer) t);
			g_ptr_array_add (articles, (gpointer) t);
			g_hash_table_add (fonctions, g_strndup (t, strcspn (t, "/")));
		}
	}
	g_ptr_array_sort (articles, compare_strings);
	if (articles->len == 0) {
		pst_put_text (w, 0, 1, "Aucun article budgétaire dans le plan.");
		goto out;
	}
	/* Every article's sums in one pass over Plan, stored with the
	 * SUMIF formulas (sumif-values.h). */
	sums = pst_sums_by_text_new (plan_sheet, PST_FIELD_ARTICLE,
				     1, last_row - 1, sum_cols, G_N_ELEMENTS (sum_cols));
	for (i = 0; i < articles->len; i++) {
		char const *article = g_ptr_array_index (articles, i);
		row = i + 1;
		pst_put_text (w, 0, row, article);
		pst_put_formula (w, 1, row, "=IFERROR(PST.ARTICLE(A%d,\"libelle\"),\"\")", row + 1);
		pst_put_formula (w, 2, row, "=IFERROR(PST.ARTICLE(A%d,\"service\"),\"\")", row + 1);
		pst_put_formula (w, 3, row, "=IFERROR(PST.ARTICLE(A%d,\"type\"),\"\")", row + 1);
		pst_put_formula_value (w, 4, row, pst_sums_by_text_sumif (sums, article, 0),
				       "=SUMIF(Plan!$%s$2:$%s$%d,A%d,Plan!$%s$2:$%s$%d)",
				       art, art, last_row, row + 1, bud, bud, last_row);
		pst_put_formula_value (w, 5, row, pst_sums_by_text_sumif (sums, article, 1),
				       "=SUMIF(Plan!$%s$2:$%s$%d,A%d,Plan!$%s$2:$%s$%d)",
				       art, art, last_row, row + 1, eng, eng, last_row);
	}
	pst_sums_by_text_free (sums);
	row = articles->len + 2;
	keys = g_ptr_array_new ();
	{
		GHashTableIter iter;
		gpointer key;
		g_hash_table_iter_init (&iter, fonctions);
		while (g_hash_table_iter_next (&iter, &key, NULL))
			g_ptr_array_add (keys, key);
	}
	g_ptr_array_sort (keys, compare_strings);
	/* The subtotals' values: Plan read once for all of them; the
	 * services' for the budget only. */
	n_fonctions = keys->len;
	criteria = g_ptr_array_new_with_free_func (g_free);
	for (i = 0; i < n_fonctions; i++)
		g_ptr_array_add (criteria, g_strdup_printf ("fonction=%s", (char *) g_ptr_array_index (keys, i)));
	g_ptr_array_add (criteria, g_strdup ("service=O"));
	g_ptr_array_add (criteria, g_strdup ("service=E"));
	budgets = g_new (GnmValue *, criteria->len);
	engages = g_new (GnmValue *, MAX (n_fonctions, 1));
	pst_budget_column_values (plan_sheet, PST_FIELD_ARTICLE, PST_FIELD_BUDGET, 1, last_row - 1,
				  w->sheet, (char const * const *) criteria->pdata,
				  criteria->len, budgets);
	pst_budget_column_values (plan_sheet, PST_FIELD_ARTICLE, PST_FIELD_ENGAGE, 1, last_row - 1,
				  w->sheet, (char const * const *) criteria->pdata,
				  n_fonctions, engages);
	for (i = 0; i < n_fonctions; i++, row++) {
		char const *fonction = g_ptr_array_index (keys, i);
		char *label = g_strdup_printf ("Sous-total fonction %s", fonction);
		pst_put_text (w, 0, row, label);
		pst_put_formula_value (w, 4, row, budgets[i],
				       "=PST.BUDGET(Plan!$%s$2:$%s$%d,Plan!$%s$2:$%s$%d,\"%s\")",
				       art, art, last_row, bud, bud, last_row,
				       (char *) g_ptr_array_index (criteria, i));
		pst_put_formula_value (w, 5, row, engages[i],
				       "=PST.BUDGET(Plan!$%s$2:$%s$%d,Plan!$%s$2:$%s$%d,\"%s\")",
				       art, art, last_row, eng, eng, last_row,
				       (char *) g_ptr_array_index (criteria, i));
		g_free (label);
	}
	g_ptr_array_free (keys, TRUE);
	pst_put_text (w, 0, row, "Service ordinaire");
	pst_put_formula_value (w, 4, row, budgets[n_fonctions],
			       "=PST.BUDGET(Plan!$%s$2:$%s$%d,Plan!$%s$2:$%s$%d,\"service=O\")",
			       art, art, last_row, bud, bud, last_row);
	row++;
	pst_put_text (w, 0, row, "Service extraordinaire");
	pst_put_formula_value (w, 4, row, budgets[n_fonctions + 1],
			       "=PST.BUDGET(Plan!$%s$2:$%s$%d,Plan!$%s$2:$%s$%d,\"service=E\")",
			       art, art, last_row, bud, bud, last_row);
	row++;
	g_free (budgets);
	g_free (engages);
	g_ptr_array_free (criteria, TRUE);
	pst_put_text (w, 0, row, "Total des actions");
	pst_put_formula (w, 4, row, "=SUM(Plan!$%s$2:$%s$%d)", bud, bud, last_row);
	pst_put_formula (w, 5, row, "=SUM(Plan!$%s$2:$%s$%d)", eng, eng, last_row);
 out:
	g_hash_table_destroy (seen);
	g_hash_table_destroy (fonctions);
	g_ptr_array_free (articles, TRUE);
	g_free (art);
	g_free (bud);
	g_free (eng);
}

static void
write_anomalies_sheet (Workbook *wb, PstSheetWriter *w, PstPlan const *plan)
{
	static char const *const headers[] = {
		"Source", "Gravité", "Problème", "Contenu"
	};
	guint i;

	new_sheet (wb, w, "Anomalies", headers, G_N_ELEMENTS (headers),
		   plan->anomalies->len);
	for (i = 0; i < plan->anomalies->len; i++) {
		PstAnomaly const *a = g_ptr_array_index (plan->anomalies, i);
		pst_put_text (w, 0, i + 1, a->source);
		pst_put_text (w, 1, i + 1, pst_gravite_word (a->gravite));
		pst_put_text (w, 2, i + 1, a->probleme);
		pst_put_text (w, 3, i + 1, a->contenu);
	}
}

/* What the importer understood, for the officer who checks the import. */
static void
write_reading_sheet (Workbook *wb, PstSheetWriter *w, PstReading const *reading)
{
	static char const *const headers[] = {
		"Feuille", "Élément", "Lecture", "Confiance", "Indice"
	};
	guint i, j;
	int row = 1;

	new_sheet (wb, w, "Lecture du plan", headers, G_N_ELEMENTS (headers), 0);
	for (i = 0; i < reading->sheets->len; i++) {
		PstSheetReading const *sr = g_ptr_array_index (reading->sheets, i);
		char *text;

		pst_put_text (w, 0, row, sr->sheet);
		if (sr->note) {
			pst_put_text (w, 1, row, "Feuille");
			pst_put_text (w, 2, row++, sr->note);
			continue;
		}
		if (sr->entite) {
			pst_put_text (w, 0, row, sr->sheet);
			pst_put_text (w, 1, row, "Entité");
			pst_put_text (w, 2, row++, sr->entite);
		}
		pst_put_text (w, 0, row, sr->sheet);
		pst_put_text (w, 1, row, "Ligne d’en-tête");
		if (sr->header_row >= 0)
			pst_put_value (w, 2, row++, value_new_int (sr->header_row + 1));
		else
			pst_put_text (w, 2, row++, "aucune");
		for (j = 0; j < sr->columns->len; j++) {
			PstColumnReading const *c = &g_array_index (sr->columns, PstColumnReading, j);
			char *label = g_strdup_printf ("Colonne %s « %s »", col_name (c->col),
						       c->header ? c->header : "");
			pst_put_text (w, 0, row, sr->sheet);
			pst_put_text (w, 1, row, label);
			pst_put_text (w, 2, row, pst_role_title (c->role));
			pst_put_text (w, 3, row, pst_confiance_word (c->confiance));
			pst_put_text (w, 4, row++, c->indice);
			g_free (label);
		}
		pst_put_text (w, 0, row, sr->sheet);
		pst_put_text (w, 1, row, "Hiérarchie");
		pst_put_text (w, 2, row++, sr->forme);
		text = g_strdup_printf ("%u OS, %u OO, %u actions", sr->n_os, sr->n_oo, sr->n_actions);
		pst_put_text (w, 0, row, sr->sheet);
		pst_put_text (w, 1, row, "Lu");
		pst_put_text (w, 2, row++, text);
		g_free (text);
	}
	for (i = 0; i < reading->doutes->len; i++) {
		pst_put_text (w, 1, row, "Doute");
		pst_put_text (w, 2, row++, g_ptr_array_index (reading->doutes, i));
	}
	if (reading->doutes->len == 0) {
		pst_put_text (w, 1, row, "Doute");
		pst_put_text (w, 2, row, "aucun");
	}
}

PstPlanWriting *
pst_plan_write_begin (Workbook *wb, PstPlan const *plan)
{
	PstSheetWriter w;
	PstPlanWriting *job;
	gboolean with_original = FALSE;
	int n_actions = plan->actions->len;
	gint64 t = pst_phase_start ();
	guint i;

	w.convs = pst_formula_conventions_new ();

	for (i = 0; i < plan->actions->len; i++)
		if (((PstAction *) g_ptr_array_index (plan->actions, i))->original_ref)
			with_original = TRUE;
	job = write_plan_sheet (wb, &w, plan, with_original);
	write_objectives_sheet (wb, &w, plan, n_actions);
	write_budget_sheet (wb, &w, plan, n_actions);
	write_anomalies_sheet (wb, &w, plan);
	if (plan->reading)
		write_reading_sheet (wb, &w, plan->reading);
	gnm_conventions_unref (w.convs);
	pst_phase_stop ("feuilles", t);
	return job;
}

void
pst_plan_write_end (PstPlanWriting *job, Workbook *wb, PstPlan const *plan)
{
	gint64 t = pst_phase_start ();

	pst_dashboard_write (wb, plan);
	pst_phase_stop ("tableau de bord", t);
	t = pst_phase_start ();
	smart_values_store (job);
	pst_phase_stop ("attente des SMART", t);
	t = pst_phase_start ();
	pst_sheets_compute (wb);
	pst_phase_stop ("recalcul", t);
}

void
pst_plan_write (Workbook *wb, PstPlan const *plan)
{
	pst_plan_write_end (pst_plan_write_begin (wb, plan), wb, plan);
}
