/*
 * import-rows.c: each row of a table placed in the hierarchy: codes in
 * columns or labels, banner rows, paths in one cell, Niveau columns,
 * indentation, totals and notes.
 */
#include "import-private.h"
#include "headers.h"
#include "reference.h"
#include "text.h"

#include <math.h>
#include <string.h>

/* The label after a code in the same cell, or the next text cell that
 * is not a value column, a code or a parent's code. */
static char *
label_after (Importer *imp, int row, int col, gsize offset)
{
	char const *t = imp_text_at (imp, row, col);
	int c;

	if (t && t[offset] && !pst_text_is_blank (t + offset))
		return g_strstrip (g_strdup (t + offset));
	for (c = col + 1; c < pst_sheet_row_width (imp->sheet, row); c++) {
		char const *next = imp_text_at (imp, row, c);
		if (next == NULL)
			continue;
		if (imp->has_header && pst_role_is_value (imp->roles[c]))
			break;
		/* "OO1.1 | OS1 | Renforcer…": the parent's code is no label. */
		if (imp->has_header && (imp->roles[c] == PST_ROLE_PARENT || imp->roles[c] == PST_ROLE_CODE))
			continue;
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
		if (pst_role_is_value (imp->roles[c]) && imp_text_at (imp, row, c))
			return TRUE;
	return FALSE;
}

static void
add_actions (Importer *imp, int row, char const *code, char const *label,
	     int level)
{
	char const *tache = imp_role_text (imp, row, PST_ROLE_TACHE);
	PstAction *a;

	if (level == PST_LEVEL_SOUS_ACTION && imp->action == NULL)
		level = PST_LEVEL_ACTION;
	if ((label == NULL || *label == '\0') && tache && imp->action) {
		/* A task row under the action written above it. */
		a = imp_new_action (imp, row, PST_LEVEL_SOUS_ACTION, NULL, tache);
		if (a) {
			imp_fill_values (imp, a, row);
			imp_check_consistency (imp, a, row);
		}
		return;
	}
	if (label == NULL || *label == '\0') {
		gboolean values = row_has_values (imp, row);
		imp->n_unplaced += values;
		imp_anomaly (imp, row, values ? PST_GRAVITE_AVERTISSEMENT : PST_GRAVITE_INFO,
			 "Ligne sans libellé d’action : elle ne peut être placée dans le plan.");
		return;
	}
	if (level != PST_LEVEL_SOUS_ACTION)
		imp_ensure_action_parent (imp, row);
	a = imp_new_action (imp, row, level, code, label);
	if (a && level == PST_LEVEL_ACTION) {
		gunichar first = g_utf8_get_char_validated (label, -1);
		imp->action_row = row;
		imp->n_labels++;
		imp->n_capital_labels += first != (gunichar) -1 && first != (gunichar) -2 &&
			g_unichar_isupper (first);
	}
	if (a && tache) {
		/* The action's first task shares its row: the values are the task's. */
		a = imp_new_action (imp, row, PST_LEVEL_SOUS_ACTION, NULL, tache);
	}
	if (a == NULL)
		return;
	imp_fill_values (imp, a, row);
	imp_check_consistency (imp, a, row);
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
			imp->n_coded_rows++;
		}
	}
	if (level == PST_LEVEL_OS)
		imp_ensure_os (imp, row, code, text ? text : child ? NULL : label);
	else
		imp_ensure_oo (imp, row, code, text ? text : child ? NULL : label);
	g_free (text);
	return child;
}

static char *
structure_from_columns (Importer *imp, int row)
{
	char const *volet = imp_role_text (imp, row, PST_FIELD_VOLET);
	char const *os_code = imp_role_text (imp, row, PST_FIELD_REF_OS);
	char const *os_label = imp_role_text (imp, row, PST_FIELD_OS);
	char const *oo_code = imp_role_text (imp, row, PST_FIELD_REF_OO);
	char const *oo_label = imp_role_text (imp, row, PST_FIELD_OO);
	char const *axe = imp_role_text (imp, row, PST_ROLE_AXE);
	char const *entite = imp_role_text (imp, row, PST_FIELD_ENTITE);
	char *child = NULL;

	if (entite)
		imp_set_entite (imp, entite);
	if (volet)
		imp_set_volet (imp, imp_volet_of (volet, TRUE) ? imp_volet_of (volet, TRUE) : volet);
	if (axe)
		imp_set_axe (imp, axe);
	/* A group written on its first row only, or merged down over it. */
	if ((imp_role_column (imp, PST_FIELD_OS) >= 0 || imp_role_column (imp, PST_FIELD_OO) >= 0 ||
	     imp_role_column (imp, PST_FIELD_REF_OO) >= 0) &&
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
		? imp_ensure_os (imp, row, code, label)
		: imp_ensure_oo (imp, row, code, label);
	char *source = imp_row_source (imp, row);
	double amount = NAN;
	int c;

	/* Erezée repeats its OS on every sheet: one OS, each row accounted for. */
	if (strcmp (o->source, source) != 0)
		imp_anomaly (imp, row, PST_GRAVITE_INFO,
			 "Objectif %s déjà lu plus haut (%s) : ligne répétée.",
			 o->ref, o->source);
	g_free (source);
	/* Its amount, in the budget column or in one that gives the
	 * objectives' ("Budget OO"). */
	for (c = 0; imp->has_header && c < imp->table->n_cols && isnan (amount); c++) {
		PstCell const *cell = pst_sheet_cell (imp->sheet, row, c);
		if ((imp->roles[c] == PST_FIELD_BUDGET || imp->table->objective_amount[c]) &&
		    cell->kind == PST_CELL_NUMBER && isfinite (cell->number))
			amount = cell->number * (imp->table->thousands[c] ? 1000 : 1);
	}
	if (row_has_values (imp, row) || !isnan (amount)) {
		imp_anomaly (imp, row, PST_GRAVITE_INFO,
			 "Valeurs sur la ligne d’un objectif : l’avancement d’un objectif est calculé à partir de ses actions.");
		g_ptr_array_add (imp->valued, o);
		g_array_append_val (imp->valued_amounts, amount);
	}
}

/* A row of placement columns only names its objectives; when they were
 * all read on rows above, the row itself must still be accounted for. */
static void
placement_row (Importer *imp, int row)
{
	PstObjective const *o = imp->oo &&
		(imp_role_text (imp, row, PST_FIELD_OO) || imp_role_text (imp, row, PST_FIELD_REF_OO))
		? imp->oo : imp->os;
	char *source = imp_row_source (imp, row);

	if (o == NULL)
		imp_anomaly (imp, row, PST_GRAVITE_INFO,
			 "Ligne sans action ni objectif lisible : elle ne peut être placée dans le plan.");
	else if (strcmp (o->source, source) != 0)
		imp_anomaly (imp, row, PST_GRAVITE_INFO,
			 "Objectif %s déjà lu plus haut (%s) : ligne répétée.",
			 o->ref, o->source);
	g_free (source);
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
	int lead = imp_first_nonempty (imp, row, 0);
	char const *first = lead_text ? lead_text : imp_text_at (imp, row, lead);
	char *f;
	gsize i;
	gboolean skip = FALSE;

	if (first == NULL)
		return FALSE;
	/* Most rows are neither: fold only what may be one. */
	if (g_ascii_strncasecmp (first, "tot", 3) != 0 && g_ascii_strncasecmp (first, "sous", 4) != 0 &&
	    g_ascii_strncasecmp (first, "grand", 5) != 0 && imp_first_nonempty (imp, row, lead + 1) >= 0)
		return FALSE;
	f = pst_text_fold (first);
	g_strdelimit (f, "-.", ' ');
	for (i = 0; i < G_N_ELEMENTS (totals) && !skip; i++)
		if (imp_starts_with_word (f, totals[i])) {
			skip = TRUE;
			imp_anomaly (imp, row, PST_GRAVITE_INFO,
				 "Ligne de total : ce n’est pas une action ; le classeur PST refait ses totaux.");
		}
	for (i = 0; i < G_N_ELEMENTS (notes) && !skip; i++)
		if (imp_first_nonempty (imp, row, lead + 1) < 0 && imp_starts_with_word (f, notes[i]) &&
		    (imp->plan->actions->len > 0 || notes[i][0] == '*')) {
			skip = TRUE;
			/* The rows under "Légende :" explain the words of the
			 * table; they are no actions. */
			imp->in_legend = strcmp (notes[i], "legende") == 0;
			imp_anomaly (imp, row, PST_GRAVITE_INFO,
				     imp->in_legend ? "Titre de la légende sous le tableau." : "Note sous le tableau.");
		}
	g_free (f);
	return skip;
}

/* The level a "Niveau" column or the label's indentation gives the row:
 * 1 OS to 4 sous-action, -1 an axe, 0 when neither says. */
static int
row_level (Importer *imp, int row, char const *label)
{
	char const *niveau = imp_role_text (imp, row, PST_ROLE_NIVEAU);
	PstTable const *t = imp->table;
	int label_col, i;

	if (niveau) {
		int level = t && t->numeric_levels && pst_niveau_number (niveau)
			? pst_niveau_number (niveau) : pst_niveau_word (niveau);
		if (level != 0)
			imp->n_niveau_rows++;
		return level;
	}
	if (t == NULL || t->n_indents == 0 || label == NULL)
		return 0;
	label_col = imp_role_column (imp, PST_FIELD_ACTION);
	if (label_col < 0)
		label_col = imp_role_column (imp, PST_ROLE_LABEL);
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
		imp_set_axe (imp, label ? label : "");
		imp_anomaly (imp, row, PST_GRAVITE_INFO, "Axe « %s ».", imp->axe);
	} else if (level <= PST_LEVEL_OO)
		objective_row (imp, row, level, code, text);
	else
		add_actions (imp, row, code, text, level);
	g_free (text);
}

/* Whether @text is written in capitals ("FAVORISER L'INSERTION…"). */
gboolean
imp_is_capitals (char const *text)
{
	int upper = 0;
	char const *p;

	for (p = text; *p; p = g_utf8_next_char (p)) {
		gunichar c = g_utf8_get_char (p);
		if (g_unichar_islower (c))
			return FALSE;
		upper += g_unichar_isupper (c);
	}
	return upper >= 8;
}

/*
 * Banners without codes: in a sheet whose OS are rows of one cell in
 * capitals, a row of one cell in capitals is an OS, and a row of one cell
 * in small letters under it an OO (the actions carry values).  Only in a
 * table that no column, code or indentation places.
 */
static gboolean
banner_without_code (Importer *imp, int row, char const *label)
{
	int lead = imp_first_nonempty (imp, row, 0), c;
	char *text;

	if (imp->n_upper_rows < 2 || row_has_values (imp, row) ||
	    imp_first_nonempty (imp, row, lead + 1) >= 0 || (imp->table && imp->table->n_indents))
		return FALSE;
	for (c = 0; c < PST_N_ROLES; c++)
		if (imp->role_col[c] >= 0 && !pst_role_is_value (c) && c != PST_FIELD_ACTION &&
		    c != PST_ROLE_LABEL && c != PST_FIELD_ENTITE)
			return FALSE;
	text = g_strdup (label);
	imp->n_banners++;
	if (imp_is_capitals (label))
		objective_row (imp, row, PST_LEVEL_OS, NULL, text);
	else if (imp->os)
		objective_row (imp, row, PST_LEVEL_OO, NULL, text);
	else {
		g_free (text);
		imp->n_banners--;
		return FALSE;
	}
	g_free (text);
	return TRUE;
}

/* "Indicateur : nombre de dossiers", "Cible : 30" alone on a row under an
 * action: a field of that action, not another action. */
static gboolean
attach_field_row (Importer *imp, int row, char const *label)
{
	char const *colon = strchr (label, ':');
	char *key, *value;
	int field;

	if (colon == NULL || colon - label > 40 || pst_text_is_blank (colon + 1) ||
	    imp_first_nonempty (imp, row, imp_first_nonempty (imp, row, 0) + 1) >= 0)
		return FALSE;
	key = g_strstrip (g_strndup (label, colon - label));
	field = pst_header_role (key);
	g_free (key);
	if (!pst_role_is_value (field))
		return FALSE;
	value = g_strstrip (g_strdup (colon + 1));
	imp_set_text_value (imp, imp->action, row, field, value);
	g_free (value);
	imp_anomaly (imp, row, PST_GRAVITE_INFO, "Ligne « %s » lue comme un champ de l’action %s.",
		     label, imp->action->values[PST_FIELD_REF].text);
	return TRUE;
}

/* "Objectif stratégique 1" alone on its row, "Être un CPAS accueillant"
 * alone on the next: the objective's label. */
static gboolean
label_of_objective_above (Importer *imp, int row, char const *text)
{
	PstObjective *o = imp->unlabelled;
	PstRefScan scan;

	if (o == NULL || imp->unlabelled_row != row - 1 || (o->label && *o->label) ||
	    pst_ref_scan (text, &scan))
		return FALSE;
	imp_set_label (o, text);
	imp->unlabelled = NULL;
	imp_anomaly (imp, row, PST_GRAVITE_INFO, "Libellé de l’objectif %s, écrit sous son code.", o->ref);
	return TRUE;
}

/* "Rénover la salle d'attente et" on the action's row, "installer un
 * système de tickets" alone on the next (a label over two rows, or two
 * merged cells): the rest of the label, where the plan's actions start
 * with a capital. */
static gboolean
continues_label (Importer *imp, int row, char const *label)
{
	int lead = imp_first_nonempty (imp, row, 0);
	PstCell *action_label;
	gunichar first = g_utf8_get_char_validated (label, -1);
	gsize len;
	char *joined;

	if (imp->action == NULL || imp->action_row != row - 1 || row_has_values (imp, row) ||
	    imp_first_nonempty (imp, row, lead + 1) >= 0 || imp->n_labels == 0 ||
	    imp->n_capital_labels * 10 < imp->n_labels * 9 ||
	    first == (gunichar) -1 || first == (gunichar) -2 || !g_unichar_islower (first))
		return FALSE;
	action_label = &imp->action->values[PST_FIELD_ACTION];
	len = action_label->text ? strlen (action_label->text) : 0;
	if (len == 0 || strchr (".;!?", action_label->text[len - 1]))
		return FALSE;
	joined = g_strconcat (action_label->text, " ", label, NULL);
	pst_cell_set (action_label, PST_CELL_TEXT, joined, 0);
	g_free (joined);
	imp->action_row = row;
	imp_anomaly (imp, row, PST_GRAVITE_INFO, "Ligne lue comme la suite du libellé de l’action %s.",
		     imp->action->values[PST_FIELD_REF].text);
	return TRUE;
}

/* A row whose code @scan read (a code column, or the number a label
 * starts with): its numbers say its level. */
static void
import_numbered_row (Importer *imp, int row, char const *code, char const *label,
		     PstRefScan const *scan)
{
	int depth = scan->n_numbers;

	/* A bare number is an action under the current OO, or the
	 * next level down from what is current. */
	if (depth == 1 && !imp->table->outline && !imp->table->two_levels)
		depth = imp->oo ? 3 : imp->os ? 2 : 1;
	/* "OO 5 – …" on its row, then "5.1", "5.2" carrying values:
	 * the OO's actions, numbered after the OO's own number.  Or a plan
	 * of two levels, 1 and 1.1, the second carrying the values: actions
	 * under their OS, without OO (the import doubts). */
	if (depth == 2 && label && row_has_values (imp, row) &&
	    ((imp->oo && imp->oo == imp->keyword_oo) ||
	     (imp->os && scan->keyword_level == PST_LEVEL_NONE && imp->table->two_levels))) {
		char *number = g_strdup_printf ("%u", scan->numbers[1]);
		add_actions (imp, row, number, label, PST_LEVEL_ACTION);
		if (imp->action && imp->action->original_ref == NULL &&
		    g_strcmp0 (imp->action->values[PST_FIELD_REF].text, code) != 0)
			imp->action->original_ref = g_strdup (code);
		g_free (number);
		return;
	}
	if (depth <= 2) {
		char *l = g_strdup (label ? label : "");
		imp->n_coded_rows++;
		objective_row (imp, row, depth, code, l);
		g_free (l);
		return;
	}
	add_actions (imp, row, code, label, MIN (depth, PST_LEVEL_SOUS_ACTION));
}

void
imp_import_row (Importer *imp, int row)
{
	int lead = imp_first_nonempty (imp, row, 0);
	char const *lead_text, *code, *label;
	char *lettered;
	PstRefScan scan;
	PstLevel level;
	gsize offset;
	int code_col;

	imp_report_errors (imp, row);
	if (lead < 0)
		return;
	if (imp->next_table < imp->tables->len) {
		PstTable const *t = g_ptr_array_index (imp->tables, imp->next_table);
		if (t->header_row == row) {
			imp->next_table++;
			imp->in_legend = FALSE;
			imp_adopt_header (imp, row, t);
			if (imp->row_origin == NULL)
				imp_anomaly (imp, row, PST_GRAVITE_INFO, "Ligne d’en-tête du tableau.");
			return;
		}
		if (t->group_row == row) {
			imp_anomaly (imp, row, PST_GRAVITE_INFO,
				 "Ligne des groupes de colonnes, au-dessus de l’en-tête du tableau.");
			return;
		}
	}
	if (imp_entity_title_row (imp, row))
		return;
	lead_text = imp_text_at (imp, row, lead);
	if (imp->has_header && row == imp->table->header_row + 1 &&
	    pst_layout_is_column_numbers (imp->sheet, row)) {
		imp_anomaly (imp, row, PST_GRAVITE_INFO, "Ligne des numéros de colonnes, sous l’en-tête.");
		return;
	}
	if (imp->in_legend) {
		imp_anomaly (imp, row, PST_GRAVITE_INFO, "Ligne de la légende sous le tableau.");
		return;
	}
	if (imp->has_header && skip_total_or_note (imp, row, lead_text))
		return;
	/* "Axe 2 : Cohésion sociale" alone on its row. */
	if (lead_text && imp_first_nonempty (imp, row, lead + 1) < 0 && imp_is_axe_title (lead_text)) {
		imp_set_axe (imp, lead_text);
		imp->n_banners++;
		imp_anomaly (imp, row, PST_GRAVITE_INFO, "Titre de l’axe « %s ».", lead_text);
		return;
	}
	/* "VOLET EXTERNE", "Volet interne « administration générale »",
	 * alone on its row, whatever the column it stands in. */
	if (lead_text && imp_first_nonempty (imp, row, lead + 1) < 0 &&
	    imp_volet_of (lead_text, FALSE) && !pst_ref_scan (lead_text, &scan)) {
		imp_set_volet (imp, imp_volet_of (lead_text, FALSE));
		imp_anomaly (imp, row, PST_GRAVITE_INFO, "Titre du volet %s.", imp->volet);
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
		label = imp_role_text (imp, row, PST_FIELD_ACTION);
		if (scan.keyword_level <= PST_LEVEL_OO && after[0] == '/') {
			/* "OS1 / OO1.1 / Remplacer le logiciel": an action. */
			char *child = hierarchy_cell (imp, row, scan.keyword_level, NULL, lead_text);
			add_actions (imp, row, NULL, child, PST_LEVEL_ACTION);
			g_free (child);
		} else if (scan.keyword_level <= PST_LEVEL_OO) {
			imp->n_banners++;
			objective_row (imp, row, scan.keyword_level, lead_text, after);
			if (scan.keyword_level == PST_LEVEL_OO)
				imp->keyword_oo = imp->oo;
			if (*after == '\0' && imp_first_nonempty (imp, row, lead + 1) < 0) {
				imp->unlabelled = scan.keyword_level == PST_LEVEL_OS ? imp->os : imp->oo;
				imp->unlabelled_row = row;
			}
		} else
			add_actions (imp, row, lead_text,
				     label && imp_role_column (imp, PST_FIELD_ACTION) != lead ? label : after,
				     scan.keyword_level);
		g_free (after);
		return;
	}
	/* "Objectif stratégique : Être un CPAS…", a keyword without number. */
	if (lead_text && pst_ref_scan_keyword (lead_text, &level, &offset) &&
	    level <= PST_LEVEL_OO) {
		char *after = label_after (imp, row, lead, offset);
		imp->n_banners++;
		objective_row (imp, row, level, NULL, after);
		g_free (after);
		return;
	}

	code_col = imp_role_column (imp, PST_ROLE_CODE);
	code = imp_text_at (imp, row, code_col);
	label = imp_role_text (imp, row, PST_FIELD_ACTION);
	if (label == NULL)
		label = imp_role_text (imp, row, PST_ROLE_LABEL);
	if (label == NULL)
		label = imp->path_child;
	if (imp->has_header && imp->table->numbered_labels && label && code == NULL &&
	    pst_ref_scan (label, &scan) && scan.keyword_level == PST_LEVEL_NONE &&
	    !pst_text_is_blank (label + scan.label_offset)) {
		/* "1.2 Réduire les délais": the code, then the label. */
		char *number = g_strndup (label, scan.label_offset);
		char *rest = g_strdup (label + scan.label_offset);
		import_numbered_row (imp, row, g_strstrip (number), g_strstrip (rest), &scan);
		g_free (number);
		g_free (rest);
		return;
	}
	if (imp->has_header && (level = row_level (imp, row, label)) != PST_LEVEL_NONE) {
		leveled_row (imp, row, level, code, label);
		return;
	}

	if (!imp->has_header) {
		if (lead_text && imp_first_nonempty (imp, row, lead + 1) < 0 && label_of_objective_above (imp, row, lead_text))
			return;
		/* "Améliorer l'accueil" above the table of a sheet "OO1.1". */
		if (lead_text && imp->sheet_title == NULL && imp_first_nonempty (imp, row, lead + 1) < 0)
			imp->sheet_title = g_strdup (lead_text);
		imp_anomaly (imp, row, PST_GRAVITE_INFO, "Titre ou texte hors des tableaux.");
		if (imp_filled_cells (imp, row) >= 4)
			imp->n_stray++;
		return;
	}
	if (code && (lettered = imp_lettered_code (code))) {
		/* "1.1.a" an action of OO 1.1, "1.1.1.a" a sous-action. */
		add_actions (imp, row, lettered, label,
			     MIN (pst_ref_depth (lettered), PST_LEVEL_SOUS_ACTION));
		g_free (lettered);
		return;
	}
	if (code && pst_ref_scan (code, &scan)) {
		import_numbered_row (imp, row, code, label, &scan);
		return;
	}
	/* "M 1.1.1", "P. 2.3": a letter or two of the plan's own before
	 * the numbers, which alone say the level. */
	if (code && g_ascii_isalpha (code[0])) {
		gsize letters = 0;
		char const *numbers;
		while (g_ascii_isalpha (code[letters]))
			letters++;
		numbers = code + letters + strspn (code + letters, ". ");
		if (letters <= 3 && numbers > code + letters && pst_ref_scan (numbers, &scan) &&
		    scan.keyword_level == PST_LEVEL_NONE && pst_text_is_blank (numbers + scan.label_offset)) {
			import_numbered_row (imp, row, numbers, label, &scan);
			return;
		}
	}
	if (code && label == NULL) {
		imp_anomaly (imp, row, PST_GRAVITE_AVERTISSEMENT,
			 "Code « %s » illisible et sans libellé : ligne non placée.", code);
		return;
	}
	if (code)
		imp_anomaly (imp, row, PST_GRAVITE_AVERTISSEMENT,
			 "Code « %s » illisible : l’action est numérotée à la suite.", code);
	if (label == NULL && imp_role_text (imp, row, PST_ROLE_TACHE) == NULL &&
	    !row_has_values (imp, row) && lead_text &&
	    imp_role_column (imp, PST_FIELD_ACTION) < 0 && imp_role_column (imp, PST_ROLE_LABEL) < 0)
		label = lead_text;
	if (label == NULL && imp_role_text (imp, row, PST_ROLE_TACHE) == NULL) {
		/* Only placement columns: the row defined its objectives. */
		if (!row_has_values (imp, row) &&
		    (imp_role_text (imp, row, PST_FIELD_OS) || imp_role_text (imp, row, PST_FIELD_OO) ||
		     imp_role_text (imp, row, PST_FIELD_REF_OS) || imp_role_text (imp, row, PST_FIELD_REF_OO))) {
			placement_row (imp, row);
			return;
		}
	}
	if (label && imp->action && attach_field_row (imp, row, label))
		return;
	if (label && continues_label (imp, row, label))
		return;
	if (label && banner_without_code (imp, row, label))
		return;
	if (label && imp_bullet_text (label) && imp->action && !imp->action_bulleted && imp->oo &&
	    g_strcmp0 (imp->action->values[PST_FIELD_REF_OO].text, imp->oo->ref) == 0) {
		/* A step listed under its action, which itself had none. */
		add_actions (imp, row, NULL, imp_bullet_text (label), PST_LEVEL_SOUS_ACTION);
		return;
	}
	add_actions (imp, row, NULL, label, PST_LEVEL_ACTION);
}

/* The level a row of a table with a Parent column says: its Niveau, or
 * the keyword of its code ("OO.9", "A.21"). */
static int
parent_table_level (Importer *imp, int row)
{
	char const *niveau = imp_role_text (imp, row, PST_ROLE_NIVEAU);
	char const *code = imp_role_text (imp, row, PST_ROLE_CODE);
	PstRefScan scan;

	if (niveau && pst_niveau_word (niveau) > 0)
		return pst_niveau_word (niveau);
	if (code && pst_ref_scan (code, &scan) && scan.keyword_level != PST_LEVEL_NONE)
		return scan.keyword_level;
	return PST_LEVEL_ACTION;
}

/* Makes the objective or action whose code @parent names the current one
 * of its level, and those above it; FALSE when no row had that code. */
static gboolean
enter_parent (Importer *imp, char const *parent)
{
	char *key = g_strstrip (pst_text_fold (parent));
	PstObjective *o = g_hash_table_lookup (imp->objective_by_code, key);
	PstAction *a = o ? NULL : g_hash_table_lookup (imp->action_by_code, key);
	char const *os_ref, *oo_ref;
	char *ref;

	g_free (key);
	if (o == NULL && a == NULL)
		return FALSE;
	if (o) {
		if (o->level == PST_LEVEL_OS) {
			imp->os = o;
			imp->oo = NULL;
			return TRUE;
		}
		ref = g_strndup (o->ref, strcspn (o->ref, "."));
		imp->os = g_hash_table_lookup (imp->refs, ref);
		g_free (ref);
		imp->oo = o;
		imp->action = NULL;
		return TRUE;
	}
	imp->action = a;
	os_ref = imp->action->values[PST_FIELD_REF_OS].text;
	oo_ref = imp->action->values[PST_FIELD_REF_OO].text;
	imp->os = os_ref ? g_hash_table_lookup (imp->refs, os_ref) : NULL;
	imp->oo = oo_ref ? g_hash_table_lookup (imp->refs, oo_ref) : NULL;
	return TRUE;
}

void
imp_import_by_parent (Importer *imp, int first, int end)
{
	int level, row;

	for (level = PST_LEVEL_OS; level <= PST_LEVEL_SOUS_ACTION; level++)
		for (row = first; row < end; row++) {
			char const *parent;
			int row_level;

			if (imp_first_nonempty (imp, row, 0) < 0)
				continue;
			row_level = parent_table_level (imp, row);
			if (row_level != level && !(row_level < 0 && level == PST_LEVEL_OS))
				continue;
			parent = imp_role_text (imp, row, PST_ROLE_PARENT);
			if (parent && !enter_parent (imp, parent)) {
				imp->n_conflicts++;
				imp_anomaly (imp, row, PST_GRAVITE_AVERTISSEMENT,
					     "Parent « %s » introuvable : la ligne est rattachée à l’objectif lu juste avant.",
					     parent);
			}
			imp_import_row (imp, row);
		}
}
