/*
 * import-objectives.c: the hierarchy being built: volets and axes above
 * the OS, references made unique, objectives identified by their path,
 * actions and sous-actions numbered under them.
 */
#include "import-private.h"
#include "headers.h"
#include "reference.h"
#include "text.h"

#include <string.h>

char const *
imp_volet_of (char const *text, gboolean alone)
{
	char *f = pst_text_fold (text);
	char const *volet = NULL;
	/* A Volet column's own abbreviations. */
	if (alone && (strcmp (f, "vi") == 0 || strcmp (f, "int") == 0 || strcmp (f, "int.") == 0))
		volet = "interne";
	else if (alone && (strcmp (f, "ve") == 0 || strcmp (f, "ext") == 0 || strcmp (f, "ext.") == 0))
		volet = "externe";
	else if (alone || strstr (f, "volet")) {
		if (strstr (f, "externe"))
			volet = "externe";
		else if (strstr (f, "interne"))
			volet = "interne";
		else if (strstr (f, "commun") && !strstr (f, "commune"))
			/* "volet commun", not the "Volet Commune" of a commune's plan. */
			volet = "commun";
	}
	g_free (f);
	return volet;
}

/* A volet or an axe is a level above the OS: when it changes, the OS
 * and OO met before are no longer current, and numbers may start again. */
static void
set_level_above_os (Importer *imp, char **slot, char const *value)
{
	if (g_strcmp0 (*slot, value) == 0)
		return;
	g_free (*slot);
	*slot = g_strdup (value);
	imp->os = imp->oo = NULL;
	imp->action = NULL;
}

void
imp_set_volet (Importer *imp, char const *volet)
{
	set_level_above_os (imp, &imp->volet, volet);
}

void
imp_set_axe (Importer *imp, char const *axe)
{
	set_level_above_os (imp, &imp->axe, axe);
}

/* Another plan (a sheet "CPAS de …", a row whose Entité column says
 * "Commune"): its own volets, axes and objectives. */
void
imp_set_entite (Importer *imp, char const *entite)
{
	char *own;

	if (g_strcmp0 (entite, imp->entite) == 0)
		return;
	own = g_strcmp0 (entite, imp->plan->entite) == 0 ? imp->plan->entite
		: g_hash_table_lookup (imp->entities, entite);
	if (own == NULL) {
		own = g_strdup (entite);
		g_hash_table_add (imp->entities, own);
	}
	imp->entite = own;
	imp_set_volet (imp, NULL);
	imp_set_axe (imp, NULL);
}

/* "Axe 2 : Cohésion sociale", "Thème 3 – Logement", "AXE 1". */
gboolean
imp_is_axe_title (char const *text)
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

char *
imp_numbers_string (PstRefScan const *scan, int from, int to)
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
		char *written = imp_numbers_string (&scan, 0, scan.n_numbers);
		if (scan.n_numbers == 1) {
			wanted = scan.numbers[0];
			/* "action 3" under an OO written 1.2 but renumbered 7.2. */
			if (parent_written && g_strcmp0 (parent, parent_written) != 0) {
				g_free (written);
				written = g_strdup_printf ("%s.%u", parent_written, wanted);
			}
		} else {
			char *wparent = imp_numbers_string (&scan, 0, scan.n_numbers - 1);
			wanted = scan.numbers[scan.n_numbers - 1];
			mismatch = g_strcmp0 (wparent, parent) != 0 &&
				g_strcmp0 (wparent, parent_written) != 0;
			/* An OS has no objective above it: "O.S.1.1" only has a
			 * level too many. */
			if (mismatch && parent[0] == '\0')
				imp_anomaly (imp, row, PST_GRAVITE_AVERTISSEMENT,
					 "Le code « %s » a un niveau de trop pour un objectif stratégique : l’objectif est numéroté d’après son dernier nombre et le code écrit est gardé dans Réf. source.",
					 code);
			else if (mismatch && ++imp->n_conflicts)
				imp_anomaly (imp, row, PST_GRAVITE_AVERTISSEMENT,
					 "Le code « %s » n’appartient pas à l’objectif %s sous lequel il est écrit ; il y est rattaché.",
					 code, parent);
			g_free (wparent);
		}
		if ((scan.n_numbers > 1 && scan.n_numbers != expected) || mismatch ||
		    (parent_written && g_strcmp0 (parent, parent_written) != 0))
			*original = g_strdup (written);
		g_free (written);
	} else if (code && level != PST_LEVEL_ACTION && level != PST_LEVEL_SOUS_ACTION)
		imp_anomaly (imp, row, PST_GRAVITE_AVERTISSEMENT,
			 "Code « %s » illisible : l’objectif est numéroté à la suite.", code);

	if (wanted > 0) {
		ref = parent[0] ? g_strdup_printf ("%s.%u", parent, wanted)
			: g_strdup_printf ("%u", wanted);
		if (!g_hash_table_contains (imp->refs, ref)) {
			*number = wanted;
			return ref;
		}
		if (level == PST_LEVEL_OS && (imp->volet || imp->axe || g_strcmp0 (imp->entite, imp->plan->entite) != 0))
			/* Numbers that start again under each volet, axe or
			 * entity are the plan's own: nothing to doubt. */
			imp_anomaly (imp, row, PST_GRAVITE_INFO,
				 "La numérotation recommence (%s) : la référence %s est déjà prise, l’objectif est renuméroté et son code gardé dans Réf. source.",
				 imp->axe ? imp->axe : imp->volet ? imp->volet : imp->entite, ref);
		else {
			imp->n_conflicts++;
			imp_anomaly (imp, row, PST_GRAVITE_AVERTISSEMENT,
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
		? imp_numbers_string (&scan, 0, scan.n_numbers) : pst_text_fold (code ? code : label);
	/* The path, never the printed number alone. */
	char *key = g_strdup_printf ("%s|%s|%s|%s|%s:%s", imp->entite,
				     imp->volet ? imp->volet : "", imp->axe ? imp->axe : "",
				     parent, code ? "code" : "label", folded);
	g_free (folded);
	return key;
}

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
	/* A non-breaking space at either end, as a spreadsheet keeps it. */
	if (s->len > 1 && ((guchar) s->str[0] >= 0x80 || (guchar) s->str[s->len - 1] >= 0x80)) {
		char *trimmed = pst_text_trim (s->str);
		g_string_free (s, TRUE);
		return trimmed;
	}
	return g_string_free (s, FALSE);
}

void
imp_set_label (PstObjective *o, char const *label)
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
		imp_set_label (o, label);
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
			imp_anomaly (imp, row, PST_GRAVITE_AVERTISSEMENT,
				 "Le code « %s » est déjà celui d’un autre objectif : « %s » est lu comme un objectif distinct, renuméroté.",
				 code, label);
		}
	}
	if (o) {
		if ((o->label == NULL || *o->label == '\0') && label && *label)
			imp_set_label (o, label);
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
		imp_anomaly (imp, row, PST_GRAVITE_AVERTISSEMENT,
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
	imp_set_label (o, label);
	o->volet = g_strdup (imp->volet);
	o->entite = g_strdup (imp->entite);
	o->source = imp_row_source (imp, row);
	claim_ref (imp, parent_ref, number, o->ref, o);
	g_hash_table_insert (imp->objective_keys, key, o);
	g_ptr_array_add (imp->plan->objectives, o);
	if (code && imp_role_column (imp, PST_ROLE_PARENT) >= 0)
		g_hash_table_insert (imp->objective_by_code, pst_text_fold (code), o);
	return o;
}

PstObjective *
imp_ensure_os (Importer *imp, int row, char const *code, char const *label)
{
	PstObjective *os = ensure_objective (imp, row, 1, code, label);
	if (os != imp->os) {
		imp->os = os;
		imp->oo = NULL;
		imp->action = NULL;
	}
	return os;
}

/* "Axe 2 – Cohésion sociale": its number ("2", or NULL) and its label. */
static void
axe_parts (char const *axe, char **code, char **label)
{
	char const *p = axe;
	gsize digits;

	while (*p && !g_ascii_isdigit (*p) && *p != ' ' && *p != ':' && *p != '-')
		p = g_utf8_next_char (p);
	p += strspn (p, " ");
	digits = strspn (p, "0123456789");
	*code = digits > 0 ? g_strndup (p, digits) : NULL;
	p += digits;
	/* The separators: ":", "-", "–", ".", spaces. */
	while (*p == ' ' || *p == ':' || *p == '-' || *p == '.' ||
	       g_str_has_prefix (p, "\xe2\x80\x93") || g_str_has_prefix (p, "\xe2\x80\x94"))
		p += (guchar) *p >= 0x80 ? 3 : 1;
	*label = g_strstrip (g_strdup (p));
}

PstObjective *
imp_ensure_oo (Importer *imp, int row, char const *code, char const *label)
{
	PstObjective *oo;
	if (imp->os == NULL) {
		if (imp->sheet_os) {
			/* "OS 1 - Social": the sheet names its OS, until a
			 * title gives its whole label. */
			PstRefScan scan;
			char *name = pst_ref_scan (imp->sheet_os, &scan)
				? g_strstrip (g_strdup (imp->sheet_os + scan.label_offset)) : NULL;
			g_hash_table_add (imp->sheet_labels,
					  imp_ensure_os (imp, row, imp->sheet_os, name ? name : ""));
			g_free (name);
		} else if (imp->axe) {
			/* "AXE 1 : ÊTRE UN CPAS…", then "Objectif 1.1 : …":
			 * no OS between, the axes are the plan's OS. */
			char *axe_code = NULL, *axe_label = NULL;
			axe_parts (imp->axe, &axe_code, &axe_label);
			imp_anomaly (imp, row, PST_GRAVITE_INFO,
				 "Objectifs opérationnels directement sous l’axe « %s » : l’axe est lu comme leur objectif stratégique.",
				 imp->axe);
			imp_ensure_os (imp, row, axe_code, axe_label);
			g_free (axe_code);
			g_free (axe_label);
		} else {
			imp_anomaly (imp, row, PST_GRAVITE_AVERTISSEMENT,
				 "Objectif opérationnel sans objectif stratégique : un OS sans libellé est créé pour le porter.");
			imp_ensure_os (imp, row, NULL, "");
		}
	}
	oo = ensure_objective (imp, row, 2, code, label);
	if (oo != imp->oo) {
		imp->oo = oo;
		imp->action = NULL;
	}
	return oo;
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
char const *
imp_bullet_text (char const *label)
{
	static char const *const bullets[] = { "- ", "– ", "— ", "• ", "* ", "· ", "o " };
	gsize i;

	label += strspn (label, " ");
	/* Every bullet starts with one of these bytes: most labels stop here. */
	if (strchr ("-\xe2\xc2*o", *label) == NULL || *label == '\0')
		return NULL;
	for (i = 0; i < G_N_ELEMENTS (bullets); i++)
		if (g_str_has_prefix (label, bullets[i]))
			return label + strlen (bullets[i]);
	return NULL;
}

/* "2.1.1.a", "2.1.1 b)": a sous-action numbered by a letter, as
 * "2.1.1.1", "2.1.1.2"; "2.1.a" an action, as "2.1.1"; NULL for any
 * other code. */
char *
imp_lettered_code (char const *code)
{
	PstRefScan scan;
	gsize prefix_len = 0;
	int rank = pst_ref_scan_lettered (code, &scan, &prefix_len);

	if (rank == 0 || scan.n_numbers < 2)
		return NULL;
	return g_strdup_printf ("%.*s.%d", (int) prefix_len, code, rank);
}

/* An action's label as two sheets of one plan may write it: the case,
 * the punctuation, the spaces and the kind of apostrophe or dash set
 * aside ("Créer l’agence." and "créer l'agence" are one).  Bytes, not
 * folding: it runs for every action. */
static char *
label_key (char const *label)
{
	GString *key = g_string_sized_new (strlen (label));
	guchar const *p = (guchar const *) label;

	while (*p) {
		if (*p < 0x80) {
			if (g_ascii_isalnum (*p))
				g_string_append_c (key, g_ascii_tolower (*p));
			p++;
		} else if ((p[0] == 0xe2 && p[1] == 0x80) || (p[0] == 0xc2 && (p[1] == 0xa0 ||
								      p[1] == 0xab || p[1] == 0xbb))) {
			/* ’ ‘ – — … and the non-breaking space, « » */
			p += p[0] == 0xe2 && p[2] ? 3 : 2;
		} else
			g_string_append_c (key, *p++);
	}
	return g_string_free (key, FALSE);
}

/* NULL, and the row reported, when the action cannot be numbered. */
PstAction *
imp_new_action (Importer *imp, int row, int level, char const *code, char const *label)
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
		imp_anomaly (imp, row, PST_GRAVITE_AVERTISSEMENT,
			 "Plus de %d actions sous l’objectif %s : la suite est placée sous l’objectif opérationnel « %s ».",
			 PST_REF_MAX_NUMBER, full, label_suite);
		imp_ensure_oo (imp, row, NULL, label_suite);
		g_free (label_suite);
		ref = action_ref (imp, row, level, code, &original, &number);
	}
	if (ref == NULL) {
		imp_anomaly (imp, row, PST_GRAVITE_ERREUR,
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
			imp->axe_col = imp_extra_column (imp, "Axe");
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
	/* Most labels are on one line already. */
	flat = strpbrk (label, "\n\r\t") || strstr (label, "  ") ? one_line (label) : NULL;
	pst_cell_set (&a->values[PST_FIELD_ACTION], PST_CELL_TEXT, flat ? flat : label, 0);
	g_free (flat);
	a->values[PST_FIELD_SOURCE].kind = PST_CELL_TEXT;
	a->values[PST_FIELD_SOURCE].text = imp_row_source (imp, row);
	g_free (ref);
	g_ptr_array_add (imp->plan->actions, a);
	/* Only a table whose rows name their parent looks codes up. */
	if (code && imp_role_column (imp, PST_ROLE_PARENT) >= 0)
		g_hash_table_insert (imp->action_by_code, pst_text_fold (code), a);
	if (level == PST_LEVEL_ACTION)
		imp->action = a;
	if (level == PST_LEVEL_ACTION && imp->oo == imp->orphan_oo)
		imp->n_orphans++;
	if (level == PST_LEVEL_ACTION && a->values[PST_FIELD_ACTION].text) {
		char *key = label_key (a->values[PST_FIELD_ACTION].text);
		char const *first = g_hash_table_lookup (imp->label_sheet, key);
		imp->action_bulleted = imp_bullet_text (label) != NULL;
		imp->n_sheet_actions++;
		if (first == NULL)
			g_hash_table_insert (imp->label_sheet, g_strdup (key),
					     (gpointer) imp->source_sheet_name);
		else if (first != imp->source_sheet_name) {
			imp->n_repeated++;
			g_hash_table_insert (imp->repeats, (gpointer) imp->source_sheet_name,
					     (gpointer) first);
		}
		if (imp->oo && imp->oo->ref) {
			char *here = g_strconcat (imp->oo->ref, "\t", key, NULL);
			if (g_hash_table_lookup (imp->oo_labels, here) == imp->source_sheet_name)
				imp->n_twice++;
			g_hash_table_insert (imp->oo_labels, here, (gpointer) imp->source_sheet_name);
		}
		g_free (key);
	}
	return a;
}

/* An action needs an OO: the sheet's, or one made to carry it. */
void
imp_ensure_action_parent (Importer *imp, int row)
{
	if (imp->oo)
		return;
	if (imp->sheet_oo) {
		PstRefScan scan;
		char const *label = imp->sheet_oo;
		if (pst_ref_scan (imp->sheet_oo, &scan)) {
			label = imp->sheet_oo + scan.label_offset;
			/* "OO2.1" after the sheets of every OS: under OS 2. */
			if (scan.n_numbers == 2) {
				char *os_ref = g_strdup_printf ("%u", scan.numbers[0]);
				PstObjective *os = g_hash_table_lookup (imp->refs, os_ref);
				if (os && os->level == PST_LEVEL_OS && g_strcmp0 (os->entite, imp->entite) == 0)
					imp->os = os;
				g_free (os_ref);
			}
		}
		/* A sheet "OO1.1" whose title above the table is the label. */
		if (pst_text_is_blank (label) && imp->sheet_title && !pst_ref_scan (imp->sheet_title, &scan)) {
			label = imp->sheet_title;
			imp_anomaly (imp, row, PST_GRAVITE_INFO,
				     "Libellé de l’objectif opérationnel lu dans le titre de la feuille : « %s ».", label);
		}
		imp_ensure_oo (imp, row, imp->sheet_oo, label);
		return;
	}
	imp_anomaly (imp, row, PST_GRAVITE_AVERTISSEMENT,
		 "Action sans objectif opérationnel : un OO sans libellé est créé pour la porter.");
	imp_ensure_oo (imp, row, NULL, "");
	imp->orphan_oo = imp->oo;
}
