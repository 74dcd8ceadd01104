/*
 * fuzz-plan.h: what must hold of any plan the importer makes, whatever
 * the grid it read.
 */
#ifndef PST_FUZZ_PLAN_H
#define PST_FUZZ_PLAN_H

#include "fuzz-common.h"
#include "import.h"
#include "reference.h"
#include "text.h"

#include <math.h>

/* The Source of a row, as the importer names it: its first non-blank
 * cell; NULL for a row with none. */
static char *
fuzz_row_source (PstGrid const *grid, PstSheet const *sheet, int row)
{
	int c;

	for (c = 0; c < sheet->n_cols; c++) {
		PstCell const *pc = pst_sheet_cell (sheet, row, c);
		if (pc->kind != PST_CELL_BLANK && pc->text && !pst_text_is_blank (pc->text))
			return pst_source_name (grid->file, sheet->name, row, c);
	}
	return NULL;
}

static gboolean
fuzz_is_ref (char const *ref)
{
	PstError err;
	char *again;
	gboolean same;

	if (ref == NULL || *ref == '\0')
		return FALSE;
	again = pst_ref_normalise (ref, NULL, &err);
	same = again && strcmp (again, ref) == 0;
	g_free (again);
	return same;
}

static void
fuzz_check_plan (PstGrid const *grid, PstPlan const *plan)
{
	GHashTable *named = g_hash_table_new (g_str_hash, g_str_equal);
	GHashTable *refs = g_hash_table_new (g_str_hash, g_str_equal);
	GHashTable *objectives = g_hash_table_new (g_str_hash, g_str_equal);
	guint s, i;

	for (i = 0; i < plan->objectives->len; i++) {
		PstObjective const *o = g_ptr_array_index (plan->objectives, i);
		FUZZ_CHECK (o->level == 1 || o->level == 2, "objective level %d", o->level);
		FUZZ_CHECK (fuzz_is_ref (o->ref) && pst_ref_depth (o->ref) == o->level,
			    "objective ref \"%s\"", o->ref);
		FUZZ_CHECK (!g_hash_table_contains (refs, o->ref), "ref %s twice", o->ref);
		g_hash_table_add (refs, o->ref);
		g_hash_table_insert (objectives, o->ref, (gpointer) o);
		FUZZ_CHECK (o->source, "objective %s without source", o->ref);
		g_hash_table_add (named, o->source);
		FUZZ_CHECK_UTF8 (o->label);
		FUZZ_CHECK_UTF8 (o->volet);
		FUZZ_CHECK_UTF8 (o->source);
		FUZZ_CHECK_UTF8 (o->original_ref);
		if (i > 0)
			FUZZ_CHECK (pst_ref_compare (((PstObjective *) g_ptr_array_index (plan->objectives, i - 1))->ref,
						     o->ref) < 0, "objectives out of order at %s", o->ref);
	}
	for (i = 0; i < plan->objectives->len; i++) {
		PstObjective const *o = g_ptr_array_index (plan->objectives, i);
		if (o->level == 2) {
			char *parent = g_strndup (o->ref, pst_ref_prefix_len (o->ref, 1));
			FUZZ_CHECK (g_hash_table_contains (objectives, parent),
				    "OO %s without its OS", o->ref);
			g_free (parent);
		}
	}
	for (i = 0; i < plan->actions->len; i++) {
		PstAction const *a = g_ptr_array_index (plan->actions, i);
		char const *ref = a->values[PST_FIELD_REF].text;
		char const *ref_oo = a->values[PST_FIELD_REF_OO].text;
		int f;

		FUZZ_CHECK (a->level == 3 || a->level == 4, "action level %d", a->level);
		FUZZ_CHECK (fuzz_is_ref (ref) && pst_ref_depth (ref) == a->level,
			    "action ref \"%s\"", ref ? ref : "(null)");
		FUZZ_CHECK (!g_hash_table_contains (refs, ref), "ref %s twice", ref);
		g_hash_table_add (refs, (gpointer) ref);
		FUZZ_CHECK (ref_oo && g_hash_table_contains (objectives, ref_oo) &&
			    pst_ref_is_within (ref, ref_oo), "action %s under OO %s", ref,
			    ref_oo ? ref_oo : "(null)");
		FUZZ_CHECK (a->values[PST_FIELD_SOURCE].text, "action %s without source", ref);
		g_hash_table_add (named, a->values[PST_FIELD_SOURCE].text);
		for (f = 0; f < PST_N_FIELDS; f++) {
			PstCell const *cell = &a->values[f];
			FUZZ_CHECK_UTF8 (cell->text);
			if (cell->kind == PST_CELL_NUMBER || cell->kind == PST_CELL_DATE)
				FUZZ_CHECK (isfinite (cell->number), "action %s, %s: %g",
					    ref, pst_field_header (f), cell->number);
		}
		if (a->values[PST_FIELD_AVANCEMENT].kind == PST_CELL_NUMBER)
			FUZZ_CHECK (a->values[PST_FIELD_AVANCEMENT].number >= 0 &&
				    a->values[PST_FIELD_AVANCEMENT].number <= 1,
				    "action %s: progress %g", ref,
				    a->values[PST_FIELD_AVANCEMENT].number);
		FUZZ_CHECK_UTF8 (a->original_ref);
		FUZZ_CHECK (a->extras->len <= plan->extra_headers->len &&
			    plan->extra_headers->len <= PST_MAX_EXTRA_COLUMNS,
			    "action %s: %u extras of %u", ref, a->extras->len,
			    plan->extra_headers->len);
		for (f = 0; f < (int) a->extras->len; f++)
			FUZZ_CHECK_UTF8 ((char const *) g_ptr_array_index (a->extras, f));
		if (i > 0)
			FUZZ_CHECK (pst_ref_compare (((PstAction *) g_ptr_array_index (plan->actions, i - 1))->values[PST_FIELD_REF].text,
						     ref) < 0, "actions out of order at %s", ref);
	}
	for (i = 0; i < plan->extra_headers->len; i++)
		FUZZ_CHECK_UTF8 ((char const *) g_ptr_array_index (plan->extra_headers, i));
	for (i = 0; i < plan->anomalies->len; i++) {
		PstAnomaly const *a = g_ptr_array_index (plan->anomalies, i);
		FUZZ_CHECK (a->source && a->probleme && *a->probleme, "anomaly without text");
		FUZZ_CHECK_UTF8 (a->source);
		FUZZ_CHECK_UTF8 (a->probleme);
		FUZZ_CHECK_UTF8 (a->contenu);
		g_hash_table_add (named, a->source);
	}

	/* Nothing is lost: every non-empty row is named by a line. */
	for (s = 0; s < grid->sheets->len; s++) {
		PstSheet const *sheet = g_ptr_array_index (grid->sheets, s);
		int r;
		for (r = 0; r < sheet->n_rows; r++) {
			char *source = fuzz_row_source (grid, sheet, r);
			if (source)
				FUZZ_CHECK (g_hash_table_contains (named, source),
					    "row %s is lost", source);
			g_free (source);
		}
	}
	g_hash_table_destroy (named);
	g_hash_table_destroy (refs);
	g_hash_table_destroy (objectives);
}

#endif
