/*
 * ecomptes-model.c: the plan as eComptes sees it: values written as text,
 * the actions in reference order with their progress in hundredths, and
 * the tree of volets, OS and OO, those the plan lacks included.
 */
#include "ecomptes-private.h"
#include "article.h"
#include "avancement.h"
#include "reference.h"
#include "text.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

PstField const ecomptes_description_fields[] = {
	PST_FIELD_RESPONSABLE,
	PST_FIELD_STATUT,		/* only "non renseigné" */
	PST_FIELD_AVANCEMENT,		/* only "non renseigné" */
	PST_FIELD_DEBUT,		/* a date that is not one */
	PST_FIELD_FIN,
	PST_FIELD_METEO_DELAIS,
	PST_FIELD_METEO_RESSOURCES,
	PST_FIELD_METEO_GLOBALE,
	PST_FIELD_ARTICLE,		/* when not an article */
	PST_FIELD_BUDGET,		/* when it has no article */
	PST_FIELD_ENGAGE,
	PST_FIELD_FINANCEMENT,
	PST_FIELD_ETP,			/* when not a number >= 0 */
	PST_FIELD_INDICATEUR,
	PST_FIELD_CIBLE,
	PST_FIELD_REALISE,
	PST_FIELD_PRIORITE
};

gsize const ecomptes_n_description_fields = G_N_ELEMENTS (ecomptes_description_fields);

/* ------------------------------------------------------------------ */
/* Values as text */

/* Valid UTF-8 without the control characters XML 1.0 forbids. */
char *
ecomptes_clean_text (char const *text)
{
	char *s = g_utf8_make_valid (text ? text : "", -1);
	char *p;

	for (p = s; *p; p++)
		if ((guchar) *p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r')
			*p = ' ';
	return s;
}

/* 3333 → "33.33", 5000 → "50", 1250 → "12.5": hundredths, trimmed. */
char *
ecomptes_hundredths_text (gint64 n)
{
	gint64 whole = n / 100, frac = ABS (n % 100);

	if (frac == 0)
		return g_strdup_printf ("%" G_GINT64_FORMAT, whole);
	if (frac % 10 == 0)
		return g_strdup_printf ("%s%" G_GINT64_FORMAT ".%" G_GINT64_FORMAT,
					n < 0 && whole == 0 ? "-" : "", whole, frac / 10);
	return g_strdup_printf ("%s%" G_GINT64_FORMAT ".%02" G_GINT64_FORMAT,
				n < 0 && whole == 0 ? "-" : "", whole, frac);
}

/* The xs:date of a cell, or NULL. */
char *
ecomptes_cell_iso_date (PstCell const *cell)
{
	GDate date;

	if ((cell->kind != PST_CELL_DATE && cell->kind != PST_CELL_NUMBER) ||
	    !pst_serial_to_date (cell->number, &date))
		return NULL;
	return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date),
				g_date_get_month (&date), g_date_get_day (&date));
}

static char *
number_text (double v)
{
	char buf[G_ASCII_DTOSTR_BUF_SIZE];
	if (v == 0)
		v = 0;	/* no "-0" */
	return g_strdup (g_ascii_formatd (buf, sizeof buf, "%.15g", v));
}

/* A cell as a line of Description, or NULL when blank. */
char *
ecomptes_cell_text (PstCell const *cell)
{
	switch (cell->kind) {
	case PST_CELL_BLANK:
		return NULL;
	case PST_CELL_NUMBER:
		return number_text (cell->number);
	case PST_CELL_DATE: {
		char *iso = ecomptes_cell_iso_date (cell);
		return iso ? iso : number_text (cell->number);
	}
	default:
		if (cell->text == NULL || pst_text_is_blank (cell->text))
			return NULL;
		return ecomptes_clean_text (cell->text);
	}
}

gboolean
ecomptes_cell_is_blank (PstCell const *cell)
{
	char *text = ecomptes_cell_text (cell);
	gboolean blank = text == NULL;
	g_free (text);
	return blank;
}

/* ------------------------------------------------------------------ */
/* Rows: the actions and sous-actions as they are written */



gint
ecomptes_row_compare (gconstpointer a, gconstpointer b)
{
	return pst_ref_compare (((Row const *) a)->ref, ((Row const *) b)->ref);
}

void
ecomptes_row_init (Row *row, PstAction const *a)
{
	PstCell const *av = &a->values[PST_FIELD_AVANCEMENT];
	PstCell const *etp = &a->values[PST_FIELD_ETP];
	PstCell const *oo = &a->values[PST_FIELD_REF_OO];
	int depth;

	row->action = a;
	row->ref = a->values[PST_FIELD_REF].text;
	depth = pst_ref_depth (row->ref);
	if (oo->text && *oo->text && pst_ref_is_within (row->ref, oo->text) &&
	    strcmp (row->ref, oo->text) != 0)
		row->oo_ref = g_strdup (oo->text);
	else
		row->oo_ref = g_strndup (row->ref, pst_ref_prefix_len (row->ref, MIN (depth - 1, 2)));
	row->status = pst_status_parse (a->values[PST_FIELD_STATUT].text);
	row->has_progress = av->kind == PST_CELL_NUMBER && isfinite (av->number);
	if (row->has_progress)
		row->bp = llround (CLAMP (av->number, 0, 1) * 10000);
	row->etp_ok = etp->kind == PST_CELL_NUMBER && isfinite (etp->number) &&
		etp->number >= 0;
	if (row->etp_ok)
		row->etp = llround (etp->number * 100);
}

/* A row without status, told by its progress; UNKNOWN when it says
 * nothing at all. */
static PstStatus
row_class (Row const *row)
{
	if (row->status != PST_STATUS_UNKNOWN || !row->has_progress)
		return row->status;
	if (row->bp >= 10000)
		return PST_STATUS_TERMINE;
	return row->bp <= 0 ? PST_STATUS_NON_COMMENCE : PST_STATUS_EN_COURS;
}



static void
tally_row (Tally *t, Row const *row)
{
	PstProgressRow pr;
	PstStatus s = row_class (row);

	pr.progress = row->bp / 10000.0;
	pr.has_progress = row->has_progress;
	pr.weight = 1;
	pr.status = row->status;
	pst_progress_sum_add (&t->sum, &pr);
	if (row->etp_ok)
		t->etp += row->etp;
	if (s == PST_STATUS_UNKNOWN)
		return;
	t->considered++;
	if (s == PST_STATUS_ANNULE_ABANDONNE) {
		t->cancelled++;
		return;
	}
	if (t->shared == PST_STATUS_UNKNOWN)
		t->shared = s;
	else if (t->shared != s)
		t->mixed = TRUE;
}

/* The rows at or below @ref (all rows when @ref is NULL) added to @t. */
void
ecomptes_tally_within (Tally *t, GArray const *rows, char const *ref)
{
	guint i;
	for (i = 0; i < rows->len; i++) {
		Row const *row = &g_array_index (rows, Row, i);
		if (ref == NULL || pst_ref_is_within (row->ref, ref))
			tally_row (t, row);
	}
}

gint64
ecomptes_tally_bp (Tally const *t)
{
	double mean;
	if (pst_progress_sum_mean (&t->sum, &mean) != PST_OK)
		return 0;
	return llround (CLAMP (mean, 0, 1) * 10000);
}

PstStatus
ecomptes_tally_status (Tally const *t)
{
	if (t->considered == 0)
		return PST_STATUS_NON_COMMENCE;
	if (t->considered == t->cancelled)
		return PST_STATUS_ANNULE_ABANDONNE;
	return t->mixed ? PST_STATUS_EN_COURS : t->shared;
}

/* ------------------------------------------------------------------ */
/* Objectives as they are written: those of the plan, and those its
 * actions name but it lacks */





static gint
node_compare (gconstpointer a, gconstpointer b)
{
	return pst_ref_compare ((*(Node * const *) a)->ref, (*(Node * const *) b)->ref);
}

char const *
ecomptes_tree_own (Tree *tree, char *s)
{
	g_ptr_array_add (tree->strings, s);
	return s;
}

static Node *
tree_find (Tree *tree, int level, char const *ref)
{
	char *key = g_strdup_printf ("%d:%s", level, ref);
	Node *n = g_hash_table_lookup (tree->by_ref, key);
	g_free (key);
	return n;
}

static Node *
tree_add (Tree *tree, int level, char const *ref, char const *label,
	  char const *volet)
{
	Node *n = tree_find (tree, level, ref);

	if (n)
		return n;
	n = g_new0 (Node, 1);
	n->ref = ref;
	n->label = label ? label : "";
	n->volet = volet ? volet : "";
	g_ptr_array_add (level == 1 ? tree->os : tree->oo, n);
	g_hash_table_insert (tree->by_ref, g_strdup_printf ("%d:%s", level, ref), n);
	return n;
}

void
ecomptes_tree_build (Tree *tree, PstPlan const *plan, GArray const *rows)
{
	guint i;

	tree->os = g_ptr_array_new_with_free_func (g_free);
	tree->oo = g_ptr_array_new_with_free_func (g_free);
	tree->by_ref = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
	tree->strings = g_ptr_array_new_with_free_func (g_free);

	for (i = 0; i < plan->objectives->len; i++) {
		PstObjective const *o = g_ptr_array_index (plan->objectives, i);
		if (o->ref && (o->level == 1 || o->level == 2) &&
		    pst_ref_depth (o->ref) == o->level)
			tree_add (tree, o->level, o->ref, o->label, o->volet);
	}
	/* An action under an objective the plan does not list: the
	 * objective from the action's own columns. */
	for (i = 0; i < rows->len; i++) {
		Row const *row = &g_array_index (rows, Row, i);
		PstAction const *a = row->action;
		if (tree_find (tree, 2, row->oo_ref) == NULL)
			tree_add (tree, 2, row->oo_ref, a->values[PST_FIELD_OO].text,
				  a->values[PST_FIELD_VOLET].text);
	}
	for (i = 0; i < tree->oo->len; i++) {
		Node *oo = g_ptr_array_index (tree->oo, i);
		char *os_ref = g_strndup (oo->ref, pst_ref_prefix_len (oo->ref, 1));
		if (tree_find (tree, 1, os_ref) == NULL) {
			char const *label = NULL;
			guint r;
			for (r = 0; r < rows->len && label == NULL; r++) {
				Row const *row = &g_array_index (rows, Row, r);
				if (pst_ref_is_within (row->ref, os_ref))
					label = row->action->values[PST_FIELD_OS].text;
			}
			tree_add (tree, 1, ecomptes_tree_own (tree, os_ref), label, oo->volet);
		} else
			g_free (os_ref);
	}
	g_ptr_array_sort (tree->os, node_compare);
	g_ptr_array_sort (tree->oo, node_compare);
}

void
ecomptes_tree_clear (Tree *tree)
{
	g_ptr_array_free (tree->os, TRUE);
	g_ptr_array_free (tree->oo, TRUE);
	g_hash_table_destroy (tree->by_ref);
	g_ptr_array_free (tree->strings, TRUE);
}
