/*
 * import.c: the importer's pipeline (import.h): the sheets of a workbook
 * read in turn, entity sheets and sheets about the plan, and what was
 * understood of it.
 */
#include "import-private.h"
#include "import-layout.h"
#include "import-fiches.h"
#include "headers.h"
#include "reference.h"
#include "text.h"
#include "phases.h"

#include <math.h>
#include <string.h>

double
pst_date_to_serial (GDate const *date)
{
	GDate epoch;
	g_date_clear (&epoch, 1);
	g_date_set_dmy (&epoch, 30, 12, 1899);
	return (double) g_date_get_julian (date) - g_date_get_julian (&epoch);
}

void
pst_date_or_today (GDate const *date, GDate *out)
{
	GDateTime *now;

	if (date && g_date_valid (date)) {
		*out = *date;
		return;
	}
	now = g_date_time_new_now_local ();
	g_date_clear (out, 1);
	g_date_set_dmy (out, g_date_time_get_day_of_month (now),
			g_date_time_get_month (now), g_date_time_get_year (now));
	g_date_time_unref (now);
}

gboolean
pst_serial_to_date (double serial, GDate *date)
{
	GDate epoch;

	g_date_clear (date, 1);
	if (!isfinite (serial) || serial < 1 || serial > PST_DATE_SERIAL_MAX)
		return FALSE;
	g_date_clear (&epoch, 1);
	g_date_set_dmy (&epoch, 30, 12, 1899);
	g_date_set_julian (date, g_date_get_julian (&epoch) + (guint32) floor (serial));
	return g_date_valid (date);
}

/* "CPAS de Virton", "Commune de Virton": a sheet that is a plan of its own. */
static gboolean
is_entity_name (char const *name)
{
	static char const *const words[] = {
		"cpas", "commune", "ville", "zone de police", "administration communale",
		"centre public", "province", "intercommunale"
	};
	return imp_starts_with_any (name, words, G_N_ELEMENTS (words));
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
		"menu", "sommaire", "lisez moi", "readme", "notice", "guide", "statistiques",
		"budget", "suivi budgetaire"
	};
	return imp_starts_with_any (name, words, G_N_ELEMENTS (words));
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
	char const *volet = imp_volet_of (sheet->name, FALSE);
	char **words = g_strsplit (sheet->name, " ", -1);

	/* "Interne", "PST externe": a sheet's short name names its volet. */
	if (volet == NULL && g_strv_length (words) <= 3)
		for (guint w = 0; words[w] && volet == NULL; w++) {
			char *f = pst_text_fold (words[w]);
			if (strcmp (f, "interne") == 0 || strcmp (f, "externe") == 0)
				volet = imp_volet_of (f, TRUE);
			g_free (f);
		}
	g_strfreev (words);

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
	g_clear_pointer (&imp->sheet_title, g_free);
	imp->unlabelled = NULL;
	imp_set_entite (imp, entite);
	imp->oo = NULL;
	imp->in_legend = FALSE;
	imp->action = NULL;
	if (volet)
		imp_set_volet (imp, volet);
	if (pst_ref_scan (sheet->name, &scan)) {
		/* "1.2" names an OO as "OO 1.2" does. */
		if (scan.keyword_level == PST_LEVEL_NONE && scan.n_numbers <= 2 &&
		    pst_text_is_blank (sheet->name + scan.label_offset))
			scan.keyword_level = scan.n_numbers;
		if (scan.keyword_level == PST_LEVEL_OS) {
			imp->sheet_os = g_strdup (sheet->name);
			imp->os = NULL;
		} else if (scan.keyword_level == PST_LEVEL_OO)
			imp->sheet_oo = g_strdup (sheet->name);
	}
}

/* The header row of a table on either side of @gap: three known columns
 * each, an action among them. */
static gboolean
tables_beside (PstSheet const *sheet, int gap)
{
	int r, c;

	for (r = 0; r < MIN (sheet->n_rows, 30); r++) {
		int known[2] = { 0, 0 };
		gboolean action[2] = { FALSE, FALSE };
		for (c = 0; c < pst_sheet_row_width (sheet, r); c++) {
			char const *t = pst_cell_text (pst_sheet_cell (sheet, r, c));
			int role = t && c != gap && strlen (t) <= 60 ? pst_header_role (t) : PST_ROLE_NONE;
			if (role == PST_ROLE_NONE)
				continue;
			known[c > gap]++;
			action[c > gap] |= role == PST_FIELD_ACTION || role == PST_ROLE_LABEL;
		}
		if (known[0] >= 3 && known[1] >= 3 && action[0] && action[1])
			return TRUE;
	}
	return FALSE;
}

/* The cells of @sheet in columns [@from, @to), at their places. */
static PstSheet *
sheet_columns (PstSheet const *sheet, int from, int to)
{
	PstSheet *part = pst_sheet_new (sheet->name, sheet->n_rows, sheet->n_cols);
	int r, c;

	part->hidden = sheet->hidden;
	for (r = 0; r < sheet->n_rows; r++)
		for (c = from; c < MIN (to, pst_sheet_row_width (sheet, r)); c++) {
			PstCell const *cell = pst_sheet_cell (sheet, r, c);
			if (cell->kind == PST_CELL_BLANK)
				continue;
			pst_sheet_set (part, r, c, cell->kind, cell->text, cell->number);
			pst_sheet_set_indent (part, r, c, cell->indent);
		}
	return part;
}

/* Two tables side by side (the volet interne on the left, the externe on
 * the right): the sheet read as two, split at the empty column between
 * them.  NULL for any other sheet. */
static GPtrArray *
side_by_side (PstSheet const *sheet)
{
	gboolean *used;
	GPtrArray *parts = NULL;
	int r, c, gap;

	if (sheet->n_cols < 7 || sheet->n_cols > 200)
		return NULL;
	used = g_new0 (gboolean, sheet->n_cols);
	for (r = 0; r < sheet->n_rows; r++)
		for (c = 0; c < pst_sheet_row_width (sheet, r); c++)
			used[c] |= pst_cell_filled (pst_sheet_cell (sheet, r, c));
	for (gap = 3; gap < sheet->n_cols - 3 && parts == NULL; gap++)
		if (!used[gap] && used[gap - 1] && used[gap + 1] && tables_beside (sheet, gap)) {
			parts = g_ptr_array_new_with_free_func ((GDestroyNotify) pst_sheet_free);
			g_ptr_array_add (parts, sheet_columns (sheet, 0, gap));
			g_ptr_array_add (parts, sheet_columns (sheet, gap + 1, sheet->n_cols));
		}
	g_free (used);
	return parts;
}

/* Rows of one cell written in capitals: the sheet's banners, maybe. */
static guint
count_capital_rows (PstSheet const *sheet)
{
	guint n = 0;
	int r, c;

	for (r = 0; r < sheet->n_rows; r++) {
		char const *only = NULL;
		int filled = 0;
		for (c = 0; c < pst_sheet_row_width (sheet, r) && filled < 2; c++) {
			char const *t = pst_cell_text (pst_sheet_cell (sheet, r, c));
			if (t) {
				only = t;
				filled++;
			}
		}
		if (filled == 1 && imp_is_capitals (only))
			n++;
	}
	return n;
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

	if (imp->n_niveau_rows && imp_role_column (imp, PST_ROLE_PARENT) >= 0)
		return g_strdup ("niveaux (une colonne « Niveau » dit OS, OO ou action, chaque ligne rattachée par le code de son parent)");
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
refresh_labels (Importer *imp)
{
	PstPlan *plan = imp->plan;
	GHashTable *by_ref = imp->refs;	/* an OS's or OO's reference: the objective */
	guint i;

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
}

/* @v added to the sum kept under @key in @sums; TRUE when @key was new
 * and the table took it. */
static gboolean
add_to_sum (GHashTable *sums, char const *key, double v)
{
	double *sum = g_hash_table_lookup (sums, key);
	gboolean taken = sum == NULL;
	if (taken) {
		sum = g_new0 (double, 1);
		g_hash_table_insert (sums, (gpointer) key, sum);
	}
	*sum += v;
	return taken;
}

/* Objectives whose own row carried values.  Without any action under
 * them: actions the numbering made objectives ("3.1" under OS 3 with a
 * pilote and a statut).  With actions, and an amount that is not theirs
 * ("OO 1.2 … 65 000 €" in a "Budget OO" column): an amount no total
 * counts. */
static void
doubt_valued_objectives (Importer *imp)
{
	PstPlan const *plan = imp->plan;
	GHashTable *budgets = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
	GHashTable *with_actions = g_hash_table_new (g_str_hash, g_str_equal);
	GHashTable *said = g_hash_table_new (NULL, NULL);
	guint i, empty = 0, uncounted = 0;

	for (i = 0; imp->valued->len > 0 && i < plan->actions->len; i++) {
		PstAction const *a = g_ptr_array_index (plan->actions, i);
		char const *refs[2] = { a->values[PST_FIELD_REF_OS].text, a->values[PST_FIELD_REF_OO].text };
		double v;
		int k;
		for (k = 0; k < 2; k++)
			if (refs[k]) {
				g_hash_table_add (with_actions, (gpointer) refs[k]);
				if (a->level == PST_LEVEL_ACTION && pst_action_number (a, PST_FIELD_BUDGET, &v))
					add_to_sum (budgets, refs[k], v);
			}
	}
	for (i = 0; i < imp->valued->len; i++) {
		PstObjective const *o = g_ptr_array_index (imp->valued, i);
		double amount = g_array_index (imp->valued_amounts, double, i);
		double const *sum;
		if (o->ref == NULL || !g_hash_table_add (said, (gpointer) o))
			continue;
		sum = g_hash_table_lookup (budgets, o->ref);
		if (!g_hash_table_contains (with_actions, o->ref))
			empty++;
		else if (!isnan (amount) && amount != 0 && fabs ((sum ? *sum : 0) - amount) >= 0.5)
			uncounted++;
	}
	if (empty)
		pst_reading_doubt (imp->reading,
				   "%u objectif(s) sans action portent les valeurs d’une action (statut, pilote, avancement, montant) : "
				   "des actions écrites directement sous leur objectif stratégique ? Elles ne sont pas lues comme actions ; voir Anomalies.",
				   empty);
	if (uncounted)
		pst_reading_doubt (imp->reading,
				   "%u objectif(s) portent sur leur ligne un montant qui n’est pas la somme de leurs actions : ce montant n’est compté dans aucun total (voir Anomalies).",
				   uncounted);
	g_hash_table_destroy (said);
	g_hash_table_destroy (with_actions);
	g_hash_table_destroy (budgets);
}

/* An action's budget that is the sum of its sous-actions': the
 * objectives' totals count those amounts twice. */
static void
doubt_sums_of_sous_actions (Importer *imp)
{
	PstPlan const *plan = imp->plan;
	GHashTable *children = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
	guint i, summed = 0;

	for (i = 0; i < plan->actions->len; i++) {
		PstAction const *a = g_ptr_array_index (plan->actions, i);
		double v;
		char *parent;
		PstError e;
		if (a->level != PST_LEVEL_SOUS_ACTION || !pst_action_number (a, PST_FIELD_BUDGET, &v) ||
		    a->values[PST_FIELD_REF].text == NULL ||
		    (parent = pst_ref_parent (a->values[PST_FIELD_REF].text, &e)) == NULL)
			continue;
		if (!add_to_sum (children, parent, v))
			g_free (parent);
	}
	for (i = 0; g_hash_table_size (children) > 0 && i < plan->actions->len; i++) {
		PstAction const *a = g_ptr_array_index (plan->actions, i);
		double v;
		double const *sum;
		if (a->level == PST_LEVEL_ACTION && a->values[PST_FIELD_REF].text &&
		    pst_action_number (a, PST_FIELD_BUDGET, &v) && v != 0 &&
		    (sum = g_hash_table_lookup (children, a->values[PST_FIELD_REF].text)) &&
		    fabs (*sum - v) < 0.005)
			summed++;
	}
	if (summed)
		pst_reading_doubt (imp->reading,
				   "%u action(s) ont pour budget la somme de celui de leurs sous-actions : les totaux des objectifs comptent ces montants deux fois. "
				   "Gardez le montant soit sur l’action, soit sur ses sous-actions.",
				   summed);
	g_hash_table_destroy (children);
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
	if (imp->n_shared_amounts)
		pst_reading_doubt (imp->reading,
				   "%u montant(s) fusionné(s) sur plusieurs actions : chacun est compté une fois, sur la première action ; vérifiez à quelle action il revient.",
				   imp->n_shared_amounts);
	doubt_valued_objectives (imp);
	doubt_sums_of_sous_actions (imp);
	if (imp->n_unplaced)
		pst_reading_doubt (imp->reading,
				   "%u ligne(s) portant des valeurs n’ont pu être placées (pas de libellé d’action) : voir Anomalies.",
				   imp->n_unplaced);
	for (i = 0; i < PST_N_FIELDS; i++)
		/* A column whose values mostly cannot be read was likely
		 * given the wrong role, or holds a notation of its own. */
		if (imp->n_unread[i] >= 3 && imp->n_unread[i] * 4 >= imp->n_values[i])
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
aside_objective (Importer *imp, PstSheet const *sheet,
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
		/* A reference of the keyword's depth is an objective's. */
		if (scan.n_numbers != (int) scan.keyword_level)
			return NULL;
		ref = imp_numbers_string (&scan, 0, scan.n_numbers);
		o = g_hash_table_lookup (imp->refs, ref);
		g_free (ref);
		if (o == NULL)
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

/* The column of @t holding @role, or -1. */
static int
table_column (PstTable const *t, int role)
{
	int c;
	for (c = 0; c < t->n_cols; c++)
		if (t->roles[c] == role)
			return c;
	return -1;
}

/* A sheet "Budget" beside the plan: "Code action | Article | Montant",
 * the actions named by their codes.  When the plan's own sheets give no
 * budget and no article, and the codes are the plan's, each action takes
 * its amounts (added up over its rows) and its article from there; the
 * rows read are marked in @joined. */
static gboolean
join_budget_sheet (Importer *imp, PstSheet const *sheet, gboolean *joined)
{
	GPtrArray *tables;
	PstTable const *t;
	GHashTable *by_code, *budgeted;
	PstSheet const *saved_sheet = imp->sheet;
	int const *saved_origin = imp->row_origin;
	int code_col, budget_col, article_col, r, end, coded = 0, found = 0;
	guint i;

	for (i = 0; i < imp->plan->actions->len; i++) {
		PstAction const *a = g_ptr_array_index (imp->plan->actions, i);
		if (a->values[PST_FIELD_BUDGET].kind != PST_CELL_BLANK ||
		    a->values[PST_FIELD_ARTICLE].kind != PST_CELL_BLANK)
			return FALSE;
	}
	tables = pst_layout_tables (sheet, NULL, imp->header_roles, NULL, imp->reading);
	if (tables->len == 0) {
		g_ptr_array_free (tables, TRUE);
		return FALSE;
	}
	t = g_ptr_array_index (tables, 0);
	code_col = table_column (t, PST_ROLE_CODE);
	if (code_col < 0)
		code_col = table_column (t, PST_FIELD_REF);
	budget_col = table_column (t, PST_FIELD_BUDGET);
	article_col = table_column (t, PST_FIELD_ARTICLE);
	end = tables->len > 1 ? ((PstTable *) g_ptr_array_index (tables, 1))->header_row : sheet->n_rows;
	by_code = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
	for (i = 0; i < imp->plan->actions->len; i++) {
		PstAction *a = g_ptr_array_index (imp->plan->actions, i);
		if (a->original_ref)
			g_hash_table_insert (by_code, pst_text_fold (a->original_ref), a);
		if (a->values[PST_FIELD_REF].text)
			g_hash_table_insert (by_code, pst_text_fold (a->values[PST_FIELD_REF].text), a);
	}
	for (r = t->header_row + 1; code_col >= 0 && r < end; r++) {
		char const *code = pst_cell_text (pst_sheet_cell (sheet, r, code_col));
		char *key;
		if (code == NULL)
			continue;
		coded++;
		key = pst_text_fold (code);
		found += g_hash_table_contains (by_code, key);
		g_free (key);
	}
	/* Most codes the plan's: the sheet speaks of its actions. */
	if (code_col < 0 || (budget_col < 0 && article_col < 0) || found < 2 || found * 10 < coded * 8) {
		g_hash_table_destroy (by_code);
		g_ptr_array_free (tables, TRUE);
		return FALSE;
	}
	imp->sheet = sheet;
	imp->row_origin = NULL;
	budgeted = g_hash_table_new (NULL, NULL);
	for (r = t->header_row + 1; r < end; r++) {
		char const *code = pst_cell_text (pst_sheet_cell (sheet, r, code_col));
		char *key = code ? pst_text_fold (code) : NULL;
		PstAction *a = key ? g_hash_table_lookup (by_code, key) : NULL;
		PstCell const *amount = budget_col >= 0 ? pst_sheet_cell (sheet, r, budget_col) : NULL;
		PstCell const *article = article_col >= 0 ? pst_sheet_cell (sheet, r, article_col) : NULL;
		double before;

		g_free (key);
		if (a == NULL)
			continue;
		joined[r] = TRUE;
		if (amount && pst_cell_text (amount) &&
		    g_hash_table_contains (budgeted, a) && pst_action_number (a, PST_FIELD_BUDGET, &before)) {
			/* One row per article: the action's amounts add up. */
			PstCell *budget = &a->values[PST_FIELD_BUDGET];
			char text[G_ASCII_DTOSTR_BUF_SIZE];
			double sum;
			pst_cell_set (budget, PST_CELL_BLANK, NULL, 0);
			imp_set_value (imp, a, r, PST_FIELD_BUDGET, amount);
			sum = before + (budget->kind == PST_CELL_NUMBER ? budget->number : 0);
			pst_cell_set (budget, PST_CELL_NUMBER, g_ascii_dtostr (text, sizeof text, sum), sum);
		} else if (amount && pst_cell_text (amount)) {
			imp_set_value (imp, a, r, PST_FIELD_BUDGET, amount);
			g_hash_table_add (budgeted, a);
		}
		if (article && pst_cell_text (article)) {
			if (a->values[PST_FIELD_ARTICLE].kind == PST_CELL_BLANK)
				imp_set_value (imp, a, r, PST_FIELD_ARTICLE, article);
			else {
				char *note = g_strdup_printf ("%s : %s", pst_field_header (PST_FIELD_ARTICLE),
							      pst_cell_text (article));
				pst_cell_append_text (&a->values[PST_FIELD_COMMENTAIRE], " ; ", note);
				g_free (note);
			}
		}
		imp_anomaly (imp, r, PST_GRAVITE_INFO,
			     "Budget de l’action %s lu dans la feuille « %s », par son code.",
			     a->values[PST_FIELD_REF].text, sheet->name);
	}
	imp->sheet = saved_sheet;
	imp->row_origin = saved_origin;
	g_hash_table_destroy (budgeted);
	g_hash_table_destroy (by_code);
	g_ptr_array_free (tables, TRUE);
	return TRUE;
}

/* A sheet about the plan ("Synthèse", "Référentiel"): not read as rows
 * of the plan, each row accounted for; the objectives it names complete
 * those known only by a code or a sheet's name, and a Budget sheet by
 * action code the actions' budgets. */
static void
set_aside (Importer *imp, PstSheet const *sheet)
{
	gboolean *joined = g_new0 (gboolean, sheet->n_rows + 1);
	int r;

	join_budget_sheet (imp, sheet, joined);
	for (r = 0; r < sheet->n_rows; r++) {
		char *text = pst_sheet_row_text (sheet, r), *label = NULL;
		PstObjective *o;

		if (*text == '\0' || joined[r]) {
			g_free (text);
			continue;
		}
		o = aside_objective (imp, sheet, r, &label);
		if (o && *label && (*o->label == '\0' || g_hash_table_remove (imp->sheet_labels, o))) {
			imp_set_label (o, label);
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
	g_free (joined);
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
	gint64 t;
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
	imp.amount_scale = 1;
	imp.entite = imp.plan->entite;
	imp.objective_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
	imp.refs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
	imp.max_child = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
	imp.header_roles = pst_layout_role_cache_new ();
	imp.statuses = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
	imp.echeances = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
	imp.sheet_labels = g_hash_table_new (NULL, NULL);
	imp.entities = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
	imp.objective_by_code = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
	imp.action_by_code = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
	imp.legend = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
	imp.label_sheet = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
	imp.oo_labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
	imp.valued = g_ptr_array_new ();
	imp.valued_amounts = g_array_new (FALSE, FALSE, sizeof (double));
	imp.repeats = g_hash_table_new (g_str_hash, g_str_equal);
	imp.extra_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
	imp.extra_table = g_array_new (FALSE, TRUE, sizeof (guint));

	for (s = 0; s < grid->sheets->len; s++) {
		PstSheet const *whole = g_ptr_array_index (grid->sheets, s);
		GPtrArray *parts = is_aside_name (whole->name) ? NULL : side_by_side (whole);
		guint part;

		for (part = 0; part < (parts ? parts->len : 1); part++) {
		PstSheet const *sheet = parts ? g_ptr_array_index (parts, part) : whole;
		PstSheetReading *sr = pst_reading_add_sheet (imp.reading, sheet->name);

		if (parts) {
			g_free (sr->sheet);
			sr->sheet = g_strdup_printf ("%s (tableau %s)", sheet->name,
						     part == 0 ? "de gauche" : "de droite");
		}
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
		t = pst_phase_start ();
		fiches = pst_fiches_as_table (sheet, &origin, other_rows);
		start_sheet (&imp, fiches ? fiches : sheet, own ? sheet->name : imp.plan->entite);
		imp.row_origin = origin;
		imp.source_sheet = sheet;
		imp.source_sheet_name = whole->name;
		imp.n_repeated = imp.n_sheet_actions = imp.n_stray = imp.n_twice = 0;
		imp.tables = pst_layout_tables (imp.sheet, options, imp.header_roles, sr, imp.reading);
		imp_find_entity_titles (&imp);
		imp_read_legend (&imp, sheet);
		imp.n_upper_rows = count_capital_rows (imp.sheet);
		pst_phase_stop ("détection", t);
		t = pst_phase_start ();
		if (sheet->hidden)
			imp_anomaly (&imp, 0, PST_GRAVITE_INFO,
				 "La feuille « %s » est masquée ; elle est lue comme les autres.",
				 sheet->name);
		for (r = 0; r < imp.sheet->n_rows; r++) {
			imp_import_row (&imp, r);
			/* An export whose rows name their parent's code: the
			 * table's rows read level by level, whatever their order. */
			if (imp.table && imp.table->header_row == r &&
			    imp_role_column (&imp, PST_ROLE_PARENT) >= 0) {
				int end = imp.next_table < imp.tables->len
					? ((PstTable *) g_ptr_array_index (imp.tables, imp.next_table))->header_row
					: imp.sheet->n_rows;
				imp_import_by_parent (&imp, r + 1, end);
				r = end - 1;
			}
		}
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
		/* The same actions again under the same objectives: a sheet
		 * that gives the plan at two dates ("Année" 2025, then 2026). */
		if (imp.n_twice >= 3 && imp.n_twice * 4 >= imp.n_sheet_actions)
			pst_reading_doubt (imp.reading,
					   "La feuille « %s » donne %u actions deux fois sous le même objectif, avec le même libellé : le même plan à deux dates (une colonne « Année » ?) ? Chacune est comptée deux fois ; n’importez qu’une période.",
					   sheet->name, imp.n_twice);
		/* "Plan (suite)" without its header: rows of a table that no
		 * header makes readable. */
		if (imp.n_stray >= 3 && imp.n_sheet_actions == 0)
			pst_reading_doubt (imp.reading,
					   "La feuille « %s » a %u lignes de tableau sans en-tête reconnu, qui ne sont pas lues (voir Anomalies) : la suite du plan ? Recopiez-y la ligne d’en-tête du plan, puis importez à nouveau.",
					   sheet->name, imp.n_stray);
		count_levels (imp.plan, first_objective, first_action, sr);
		g_ptr_array_free (imp.tables, TRUE);
		imp.tables = NULL;
		imp.table = NULL;
		imp.row_origin = NULL;
		g_free (origin);
		pst_sheet_free (fiches);
		pst_phase_stop ("modèle", t);
		}
		if (parts)
			g_ptr_array_free (parts, TRUE);
	}
	g_array_free (other_rows, TRUE);
	/* After the plan's own sheets: their objectives are then known. */
	for (s = 0; s < asides_read->len; s++)
		set_aside (&imp, g_ptr_array_index (asides_read, s));
	g_ptr_array_free (asides_read, TRUE);
	t = pst_phase_start ();
	find_doubts (&imp);
	refresh_labels (&imp);

	/* An action's extras stop at its last value (plan.h): padding every
	 * action to every extra column would cost actions × columns, 2 GB for
	 * a workbook of 16 000 small tables. */
	pst_plan_sort (imp.plan);
	pst_phase_stop ("modèle", t);

	g_free (imp.roles);
	g_free (imp.extra_of_col);
	g_free (imp.summed);
	g_free (imp.path_child);
	g_free (imp.volet);
	g_free (imp.axe);
	g_free (imp.sheet_os);
	g_free (imp.sheet_oo);
	g_free (imp.sheet_title);
	g_hash_table_destroy (imp.objective_keys);
	g_hash_table_destroy (imp.refs);
	g_hash_table_destroy (imp.max_child);
	g_hash_table_destroy (imp.header_roles);
	g_hash_table_destroy (imp.statuses);
	g_hash_table_destroy (imp.echeances);
	g_hash_table_destroy (imp.sheet_labels);
	g_hash_table_destroy (imp.entities);
	g_hash_table_destroy (imp.objective_by_code);
	g_hash_table_destroy (imp.action_by_code);
	g_hash_table_destroy (imp.legend);
	g_hash_table_destroy (imp.label_sheet);
	g_hash_table_destroy (imp.oo_labels);
	g_ptr_array_free (imp.valued, TRUE);
	g_array_free (imp.valued_amounts, TRUE);
	g_clear_pointer (&imp.entity_rows, g_hash_table_destroy);
	g_hash_table_destroy (imp.repeats);
	g_hash_table_destroy (imp.extra_index);
	g_array_free (imp.extra_table, TRUE);
	return imp.plan;
}
