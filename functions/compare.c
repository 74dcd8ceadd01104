/*
 * compare.c: two versions of a plan matched item by item, their changes
 * and the summary of the evolution (compare.h tells the rules).
 */
#include "compare.h"
#include "article.h"
#include "avancement.h"
#include "budget.h"
#include "consolidation.h"
#include "meteo.h"
#include "reference.h"
#include "status.h"
#include "text.h"
#include "verification.h"

#include <math.h>
#include <string.h>

#define BONUS_PARENT	0.15
#define BONUS_REF	0.05
#define BONUS_COLUMNS	0.10
#define BONUS_SAME	0.05
#define BONUS_RANK	0.005
#define SIM_MIN		0.5
#define SIM_MIN_CONTEXT	0.3
#define AMBIGUITY_MARGIN 0.03
/* As the verification: a fraction read back from a cell, and cents. */
#define PROGRESS_EPSILON 1e-9
#define AMOUNT_EPSILON	0.005
/* References listed after a count of the summary, at most. */
#define SUMMARY_MAX_REFS 15

/* The columns that tell two actions apart besides their label: the
 * tie-breaker of close pairs, and the "story" an ambiguity would change. */
static PstField const signature_fields[] = {
	PST_FIELD_SERVICE, PST_FIELD_RESPONSABLE, PST_FIELD_DEBUT, PST_FIELD_FIN,
	PST_FIELD_STATUT, PST_FIELD_AVANCEMENT, PST_FIELD_METEO_GLOBALE,
	PST_FIELD_ARTICLE, PST_FIELD_BUDGET
};

/* Short words that say nothing of what an item is. */
static char const *const stop_words[] = {
	"a", "au", "aux", "d", "de", "des", "du", "en", "et", "l", "la", "le",
	"les", "par", "pour", "sur", "un", "une", "dans", "avec", "ou"
};

typedef struct {
	int	     level;		/* 1..4 */
	int	     group;		/* the entity's pair */
	char	    *ref;		/* canonical, else as written, else "" */
	char	    *shown;		/* ref as shown: qualified when several */
	char const  *label;		/* NULL when none */
	char	    *folded;		/* words folded, one space apart */
	char const  *source;
	PstObjective const *obj;
	PstAction const *act;
	int	     parent;		/* index on the same side, or -1 */
	double	     rank;		/* place among its siblings, 0..1 */
	char	    *signature;
	GPtrArray   *words;		/* char *, sorted */
	GArray	    *bigrams;		/* guint64, sorted */
	char	   **keys;		/* cell keys of signature_fields */
	int	     match;		/* on the other side, or -1 */
	gboolean     doubtful;		/* in an ambiguous match */
	double	     sim;		/* the match's similarity */
} Item;

typedef struct {
	PstPlan const *plan;
	GArray	   *items;		/* Item */
	GHashTable *by_ref;		/* "group\nref" → index + 1 */
	double	    day;		/* serial day lateness is told at */
} Side;

typedef struct {
	int    o, n;
	double score, sim;
} Pair;

typedef struct {
	PstChange *change;
	int	   group;
	char	  *ref;		/* sort key, unqualified */
	guint	   seq;
} Pending;

typedef struct {
	Side	   old, new;
	gboolean   several;
	GArray	  *pending;	/* Pending */
	PstComparison *cmp;
} Comparer;

/* ------------------------------------------------------------------ */
/* Words                                                               */

char const *
pst_change_kind_word (PstChangeKind kind)
{
	static char const *const words[PST_N_CHANGE_KINDS] = {
		"Ajout", "Suppression", "Déplacement", "Renommage", "Statut",
		"Avancement", "Dates", "Budget", "Article", "Météo", "Ambigu"
	};
	return (guint) kind < PST_N_CHANGE_KINDS ? words[kind] : "";
}

char const *
pst_change_level_word (int level)
{
	switch (level) {
	case 0: return "Plan";
	case 1: return "OS";
	case 2: return "OO";
	case 3: return "Action";
	case 4: return "Sous-action";
	default: return "";
	}
}

char const *
pst_compare_set_title (PstCompareSet set)
{
	switch (set) {
	case PST_COMPARE_AJOUTEES: return "Actions ajoutées";
	case PST_COMPARE_SUPPRIMEES: return "Actions supprimées";
	case PST_COMPARE_TERMINEES: return "Actions terminées depuis";
	case PST_COMPARE_EN_RETARD: return "Actions en retard depuis";
	case PST_COMPARE_EN_DIFFICULTE: return "Actions nouvellement en difficulté (problème ou orage)";
	default: return "";
	}
}

/* "12", "+15", "-2,5": a signed number the French way. */
static char *
signed_number (double v)
{
	char buf[G_ASCII_DTOSTR_BUF_SIZE];
	char *s, *p;

	if (fabs (v) < 0.05)
		return g_strdup ("0");
	if (fabs (v - round (v)) < 1e-7)
		return g_strdup_printf ("%+.0f", round (v) + 0.0);
	g_ascii_formatd (buf, sizeof buf, "%+.1f", v);
	s = g_strdup (buf);
	if ((p = strchr (s, '.')) != NULL)
		*p = ',';
	return s;
}

static PstStatus
action_status (PstAction const *a)
{
	char const *t = pst_action_text (a, PST_FIELD_STATUT);
	return t ? pst_status_parse (t) : PST_STATUS_UNKNOWN;
}

/* What a cell says, for comparing: a number to the micro-unit, a text
 * folded; NULL when blank. */
static char *
cell_key (PstAction const *a, PstField field)
{
	PstCell const *c = &a->values[field];
	char buf[G_ASCII_DTOSTR_BUF_SIZE];

	if ((c->kind == PST_CELL_NUMBER || c->kind == PST_CELL_DATE) && isfinite (c->number))
		return g_strdup (g_ascii_formatd (buf, sizeof buf, "%.6f", c->number));
	if (field == PST_FIELD_STATUT && pst_action_text (a, field) &&
	    pst_status_parse (c->text) != PST_STATUS_UNKNOWN)
		return g_strdup (pst_status_code (pst_status_parse (c->text)));
	return pst_action_text (a, field) ? pst_text_fold (c->text) : NULL;
}

/* The worst météo of the three columns. */
static PstMeteo
action_meteo (PstAction const *a)
{
	static PstField const fields[] = {
		PST_FIELD_METEO_DELAIS, PST_FIELD_METEO_RESSOURCES, PST_FIELD_METEO_GLOBALE
	};
	PstMeteo worst = PST_METEO_UNKNOWN;
	gsize i;

	for (i = 0; i < G_N_ELEMENTS (fields); i++) {
		char const *t = pst_action_text (a, fields[i]);
		if (t)
			worst = pst_meteo_worst (worst, pst_meteo_parse (t));
	}
	return worst;
}

static gboolean
in_trouble (PstAction const *a)
{
	return action_status (a) == PST_STATUS_PROBLEME || action_meteo (a) == PST_METEO_ORAGE;
}

/* ------------------------------------------------------------------ */
/* Labels and their similarity                                         */

/* Folded, every run of what is no letter or digit made one space. */
static char *
fold_words (char const *text)
{
	char *folded, *p;
	GString *s;
	gboolean space = FALSE;

	if (text == NULL)
		return g_strdup ("");
	folded = pst_text_fold (text);
	s = g_string_new (NULL);
	for (p = folded; *p; p = g_utf8_next_char (p)) {
		gunichar c = g_utf8_get_char (p);
		if (g_unichar_isalnum (c)) {
			if (space && s->len)
				g_string_append_c (s, ' ');
			space = FALSE;
			g_string_append_unichar (s, c);
		} else
			space = TRUE;
	}
	g_free (folded);
	return g_string_free (s, FALSE);
}

static gboolean
is_stop_word (char const *w)
{
	gsize i;
	for (i = 0; i < G_N_ELEMENTS (stop_words); i++)
		if (strcmp (w, stop_words[i]) == 0)
			return TRUE;
	return FALSE;
}

static gint
compare_str_ptr (gconstpointer a, gconstpointer b)
{
	return strcmp (*(char * const *) a, *(char * const *) b);
}

static gint
compare_u64 (gconstpointer a, gconstpointer b)
{
	guint64 x = *(guint64 const *) a, y = *(guint64 const *) b;
	return x < y ? -1 : x > y;
}

static void
index_words (Item *it)
{
	char **words = g_strsplit (it->folded, " ", -1);
	char const *p, *prev = NULL;
	int i;

	it->words = g_ptr_array_new_with_free_func (g_free);
	for (i = 0; words[i]; i++)
		if (*words[i] && !is_stop_word (words[i]))
			g_ptr_array_add (it->words, g_strdup (words[i]));
	g_ptr_array_sort (it->words, compare_str_ptr);
	g_strfreev (words);

	it->bigrams = g_array_new (FALSE, FALSE, sizeof (guint64));
	for (p = it->folded; *p; p = g_utf8_next_char (p)) {
		if (prev) {
			guint64 b = ((guint64) g_utf8_get_char (prev) << 32) | g_utf8_get_char (p);
			g_array_append_val (it->bigrams, b);
		}
		prev = p;
	}
	g_array_sort (it->bigrams, compare_u64);
}

/* Dice's coefficient of two sorted multisets. */
static double
dice_words (GPtrArray const *a, GPtrArray const *b)
{
	guint i = 0, j = 0, common = 0;

	while (i < a->len && j < b->len) {
		int c = strcmp (g_ptr_array_index (a, i), g_ptr_array_index (b, j));
		if (c == 0) {
			common++;
			i++;
			j++;
		} else if (c < 0)
			i++;
		else
			j++;
	}
	return 2.0 * common / (a->len + b->len);
}

static double
dice_bigrams (GArray const *a, GArray const *b)
{
	guint i = 0, j = 0, common = 0;

	while (i < a->len && j < b->len) {
		guint64 x = g_array_index (a, guint64, i), y = g_array_index (b, guint64, j);
		if (x == y) {
			common++;
			i++;
			j++;
		} else if (x < y)
			i++;
		else
			j++;
	}
	return 2.0 * common / (a->len + b->len);
}

static double
similarity (Item const *a, Item const *b)
{
	gboolean has_words = a->words->len + b->words->len > 0;
	gboolean has_bigrams = a->bigrams->len + b->bigrams->len > 0;

	if (*a->folded == '\0' || *b->folded == '\0')
		return 0;
	if (strcmp (a->folded, b->folded) == 0)
		return 1;
	if (has_words && has_bigrams)
		return (dice_words (a->words, b->words) + dice_bigrams (a->bigrams, b->bigrams)) / 2;
	return has_words ? dice_words (a->words, b->words)
		: has_bigrams ? dice_bigrams (a->bigrams, b->bigrams) : 0;
}

/* The share of the signature columns filled on either side that agree. */
static double
columns_agreement (Item const *a, Item const *b)
{
	guint filled = 0, agree = 0;
	gsize f;

	if (a->keys == NULL || b->keys == NULL)
		return 0;
	for (f = 0; f < G_N_ELEMENTS (signature_fields); f++) {
		if (a->keys[f] == NULL && b->keys[f] == NULL)
			continue;
		filled++;
		if (a->keys[f] && b->keys[f] && strcmp (a->keys[f], b->keys[f]) == 0)
			agree++;
	}
	return filled ? (double) agree / filled : 0;
}

/* ------------------------------------------------------------------ */
/* The items of a plan                                                 */

static char *
canonical_ref (char const *text)
{
	PstError err;
	char *ref;

	if (text == NULL || pst_text_is_blank (text))
		return g_strdup ("");
	ref = pst_ref_normalise (text, NULL, &err);
	return ref ? ref : g_strstrip (g_strdup (text));
}

static char *
ref_key (int group, char const *ref)
{
	return g_strdup_printf ("%d\n%s", group, ref);
}

static int
lookup (Side const *side, int group, char const *ref, int level)
{
	char *k;
	int i;

	if (ref == NULL || *ref == '\0')
		return -1;
	k = ref_key (group, ref);
	i = GPOINTER_TO_INT (g_hash_table_lookup (side->by_ref, k)) - 1;
	g_free (k);
	if (i >= 0 && g_array_index (side->items, Item, i).level != level)
		return -1;
	return i;
}

/* The prefix of @ref of @depth levels, when it has more. */
static char *
ref_prefix (char const *ref, int depth)
{
	if (pst_ref_depth (ref) <= depth)
		return NULL;
	return g_strndup (ref, pst_ref_prefix_len (ref, depth));
}

/* The OO (else OS) an action sits under: its Réf. OO or Réf. OS column
 * when it names one, else the prefix of its reference. */
static int
objective_parent (Side const *side, Item const *it)
{
	static struct { PstField field; int depth; } const up[] = {
		{ PST_FIELD_REF_OO, 2 }, { PST_FIELD_REF_OS, 1 }
	};
	gsize i;

	for (i = 0; i < G_N_ELEMENTS (up); i++) {
		char *ref = NULL;
		int p = -1;
		if (it->act && pst_action_text (it->act, up[i].field)) {
			ref = canonical_ref (it->act->values[up[i].field].text);
			if (pst_ref_depth (ref) != up[i].depth) {
				g_free (ref);
				ref = NULL;
			}
		}
		if (ref == NULL)
			ref = ref_prefix (it->ref, up[i].depth);
		p = lookup (side, it->group, ref, up[i].depth);
		g_free (ref);
		if (p >= 0)
			return p;
	}
	return -1;
}

static void
find_parents (Side *side)
{
	GHashTable *counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
	GHashTable *seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
	guint i;

	for (i = 0; i < side->items->len; i++) {
		Item *it = &g_array_index (side->items, Item, i);
		char *k;

		it->parent = -1;
		if (it->level == 2) {
			char *os = ref_prefix (it->ref, 1);
			it->parent = lookup (side, it->group, os, 1);
			g_free (os);
		} else if (it->level == 4) {
			char *action = ref_prefix (it->ref, 3);
			it->parent = lookup (side, it->group, action, 3);
			g_free (action);
		}
		if (it->level >= 3 && it->parent < 0)
			it->parent = objective_parent (side, it);
		k = g_strdup_printf ("%d %d %d", it->group, it->level, it->parent);
		g_hash_table_insert (counts, k, GINT_TO_POINTER (
			GPOINTER_TO_INT (g_hash_table_lookup (counts, k)) + 1));
	}
	for (i = 0; i < side->items->len; i++) {
		Item *it = &g_array_index (side->items, Item, i);
		char *k = g_strdup_printf ("%d %d %d", it->group, it->level, it->parent);
		int n = GPOINTER_TO_INT (g_hash_table_lookup (counts, k));
		int r = GPOINTER_TO_INT (g_hash_table_lookup (seen, k));
		it->rank = n > 1 ? (double) r / (n - 1) : 0;
		g_hash_table_insert (seen, k, GINT_TO_POINTER (r + 1));
	}
	g_hash_table_destroy (counts);
	g_hash_table_destroy (seen);
}

static void
make_signature (Item *it)
{
	GString *s = g_string_new (it->folded);
	gsize f;

	if (it->act) {
		it->keys = g_new0 (char *, G_N_ELEMENTS (signature_fields));
		for (f = 0; f < G_N_ELEMENTS (signature_fields); f++) {
			it->keys[f] = cell_key (it->act, signature_fields[f]);
			g_string_append_c (s, '\t');
			if (it->keys[f])
				g_string_append (s, it->keys[f]);
		}
	}
	it->signature = g_string_free (s, FALSE);
}

static void
add_item (Side *side, Comparer *c, GHashTable *groups, int level, char const *entite,
	  char const *ref, char const *label, char const *source,
	  PstObjective const *obj, PstAction const *act)
{
	Item it = { 0 };
	char *k;

	it.level = level;
	it.group = GPOINTER_TO_INT (g_hash_table_lookup (groups, entite ? entite : ""));
	it.ref = canonical_ref (ref);
	it.shown = c->several && *it.ref ? pst_ref_qualify (entite ? entite : "", it.ref)
		: g_strdup (it.ref);
	it.label = label && !pst_text_is_blank (label) ? label : NULL;
	it.folded = fold_words (it.label);
	it.source = source ? source : "";
	it.obj = obj;
	it.act = act;
	it.match = -1;
	index_words (&it);
	make_signature (&it);
	g_array_append_val (side->items, it);
	k = ref_key (it.group, it.ref);
	if (*it.ref && !g_hash_table_contains (side->by_ref, k))
		g_hash_table_insert (side->by_ref, k, GINT_TO_POINTER (side->items->len));
	else
		g_free (k);
}

static void
load_side (Comparer *c, Side *side, GHashTable *groups)
{
	PstPlan const *plan = side->plan;
	guint i;

	side->items = g_array_new (FALSE, TRUE, sizeof (Item));
	side->by_ref = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
	for (i = 0; plan && i < plan->objectives->len; i++) {
		PstObjective const *o = g_ptr_array_index (plan->objectives, i);
		if (o->level == 1 || o->level == 2)
			add_item (side, c, groups, o->level, o->entite, o->ref, o->label,
				  o->source, o, NULL);
	}
	for (i = 0; plan && i < plan->actions->len; i++) {
		PstAction const *a = g_ptr_array_index (plan->actions, i);
		add_item (side, c, groups, a->level >= 4 ? 4 : 3,
			  a->values[PST_FIELD_ENTITE].text, a->values[PST_FIELD_REF].text,
			  a->values[PST_FIELD_ACTION].text, pst_action_text (a, PST_FIELD_SOURCE),
			  NULL, a);
	}
	find_parents (side);
}

static void
free_side (Side *side)
{
	guint i;
	gsize f;

	for (i = 0; i < side->items->len; i++) {
		Item *it = &g_array_index (side->items, Item, i);
		g_free (it->ref);
		g_free (it->shown);
		g_free (it->folded);
		g_free (it->signature);
		g_ptr_array_free (it->words, TRUE);
		g_array_free (it->bigrams, TRUE);
		if (it->keys)
			for (f = 0; f < G_N_ELEMENTS (signature_fields); f++)
				g_free (it->keys[f]);
		g_free (it->keys);
	}
	g_array_free (side->items, TRUE);
	g_hash_table_destroy (side->by_ref);
}

/* The entities of both plans paired: one each, whatever their names;
 * else by folded name.  Each entity name of either plan → its pair. */
static GHashTable *
pair_entities (Comparer *c, GHashTable **new_groups)
{
	GHashTable *old_groups = g_hash_table_new (g_str_hash, g_str_equal);
	GHashTable *by_fold = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
	GPtrArray *names[2] = { g_ptr_array_new (), g_ptr_array_new () };
	PstPlan const *plans[2] = { c->old.plan, c->new.plan };
	GHashTable *groups[2];
	int side, next = 0;
	guint i;

	*new_groups = g_hash_table_new (g_str_hash, g_str_equal);
	groups[0] = old_groups;
	groups[1] = *new_groups;
	for (side = 0; side < 2; side++) {
		GHashTable *seen = g_hash_table_new (g_str_hash, g_str_equal);
		for (i = 0; plans[side] && i < plans[side]->objectives->len; i++) {
			char const *e = ((PstObjective *) g_ptr_array_index (plans[side]->objectives, i))->entite;
			if (g_hash_table_add (seen, (gpointer) (e ? e : "")))
				g_ptr_array_add (names[side], (gpointer) (e ? e : ""));
		}
		for (i = 0; plans[side] && i < plans[side]->actions->len; i++) {
			char const *e = ((PstAction *) g_ptr_array_index (plans[side]->actions, i))->values[PST_FIELD_ENTITE].text;
			if (g_hash_table_add (seen, (gpointer) (e ? e : "")))
				g_ptr_array_add (names[side], (gpointer) (e ? e : ""));
		}
		g_hash_table_destroy (seen);
	}
	c->several = names[0]->len > 1 || names[1]->len > 1;
	for (side = 0; side < 2; side++)
		for (i = 0; i < names[side]->len; i++) {
			char const *name = g_ptr_array_index (names[side], i);
			char *folded = pst_text_fold (name);
			int g;

			if (!c->several)
				g = 0;
			else if (side == 1 && g_hash_table_contains (by_fold, folded))
				g = GPOINTER_TO_INT (g_hash_table_lookup (by_fold, folded)) - 1;
			else {
				g = next++;
				if (side == 0 && !g_hash_table_contains (by_fold, folded)) {
					g_hash_table_insert (by_fold, folded, GINT_TO_POINTER (g + 1));
					folded = NULL;
				}
			}
			g_free (folded);
			g_hash_table_insert (groups[side], (gpointer) name, GINT_TO_POINTER (g));
		}
	g_ptr_array_free (names[0], TRUE);
	g_ptr_array_free (names[1], TRUE);
	g_hash_table_destroy (by_fold);
	return old_groups;
}

/* ------------------------------------------------------------------ */
/* Matching                                                            */

#define OLD(c, i) (&g_array_index ((c)->old.items, Item, (i)))
#define NEW(c, i) (&g_array_index ((c)->new.items, Item, (i)))

static gboolean
taken (Item const *it)
{
	return it->match >= 0 || it->doubtful;
}

/* The parent of old @o is matched to the parent of new @n. */
static gboolean
parents_agree (Comparer const *c, Item const *o, Item const *n)
{
	return o->parent >= 0 && n->parent >= 0 && OLD (c, o->parent)->match == n->parent;
}

static gint
pair_compare (gconstpointer pa, gconstpointer pb)
{
	Pair const *a = pa, *b = pb;

	if (a->score != b->score)
		return a->score > b->score ? -1 : 1;
	if (a->o != b->o)
		return a->o < b->o ? -1 : 1;
	return a->n < b->n ? -1 : a->n > b->n;
}

static GArray *
candidates (Comparer *c, int level)
{
	GArray *pairs = g_array_new (FALSE, FALSE, sizeof (Pair));
	guint i, j;

	for (i = 0; i < c->old.items->len; i++) {
		Item const *o = OLD (c, i);
		if (o->level != level || taken (o))
			continue;
		for (j = 0; j < c->new.items->len; j++) {
			Item const *n = NEW (c, j);
			gboolean same_ref, parent_ok;
			Pair p;

			if (n->level != level || n->group != o->group || taken (n))
				continue;
			p.sim = similarity (o, n);
			same_ref = *o->ref && strcmp (o->ref, n->ref) == 0;
			parent_ok = level == 1 || parents_agree (c, o, n);
			if (!(p.sim >= SIM_MIN || (p.sim >= SIM_MIN_CONTEXT && same_ref && parent_ok)))
				continue;
			p.o = i;
			p.n = j;
			p.score = p.sim + (level > 1 && parent_ok ? BONUS_PARENT : 0) +
				(same_ref ? BONUS_REF : 0) +
				BONUS_COLUMNS * columns_agreement (o, n) +
				(strcmp (o->signature, n->signature) == 0 ? BONUS_SAME : 0) +
				BONUS_RANK * (1 - fabs (o->rank - n->rank));
			g_array_append_val (pairs, p);
		}
	}
	g_array_sort (pairs, pair_compare);
	return pairs;
}

/* Two items of one side that would tell the same story as a match. */
static gboolean
same_story (Item const *a, Item const *b)
{
	return strcmp (a->signature, b->signature) == 0 && a->parent == b->parent;
}

static void pend (Comparer *c, PstChange *change, int group, char const *ref);
static PstChange *change_new (PstChangeKind kind, int level, PstField field);

static char *
percent_of (double sim)
{
	return g_strdup_printf ("%.0f %%", floor (sim * 100 + 0.5));
}

/* The ambiguity of @center (old when @center_old) among @others (the
 * other side's indices, with their similarities), as one change. */
static void
report_ambiguity (Comparer *c, Item *center, gboolean center_old,
		  GArray const *others, GArray const *sims)
{
	PstChange *ch = change_new (PST_CHANGE_AMBIGU, center->level, PST_N_FIELDS);
	GString *refs = g_string_new (NULL), *labels = g_string_new (NULL);
	GString *what = g_string_new (NULL), *sources = g_string_new (NULL);
	double best = 0;
	guint i;

	for (i = 0; i < others->len; i++) {
		int k = g_array_index (others, int, i);
		double sim = g_array_index (sims, double, i);
		Item *it = center_old ? NEW (c, k) : OLD (c, k);
		char *pc = percent_of (sim);
		char const *sep = i == 0 ? "" : i + 1 == others->len ? " ou " : ", ";

		it->doubtful = TRUE;
		best = MAX (best, sim);
		g_string_append_printf (refs, "%s%s", sep, *it->shown ? it->shown : "?");
		g_string_append_printf (labels, "%s%s", sep, it->label ? it->label : "");
		g_string_append_printf (what, "%s« %s » (%s, %s)", sep,
					it->label ? it->label : "sans libellé",
					*it->shown ? it->shown : "sans référence", pc);
		if (*it->source)
			g_string_append_printf (sources, "%s%s", sources->len ? " ; " : "", it->source);
		g_free (pc);
	}
	center->doubtful = TRUE;
	ch->confidence = best;
	ch->doubt_old = center_old;
	if (center_old) {
		ch->ref_old = g_strdup (center->shown);
		ch->label_old = g_strdup (center->label ? center->label : "");
		ch->source_old = g_strdup (center->source);
		ch->before = g_strdup (ch->label_old);
		ch->ref_new = g_string_free (refs, FALSE);
		ch->label_new = g_string_free (labels, FALSE);
		ch->after = g_string_free (what, FALSE);
		ch->source_new = g_string_free (sources, FALSE);
	} else {
		ch->ref_new = g_strdup (center->shown);
		ch->label_new = g_strdup (center->label ? center->label : "");
		ch->source_new = g_strdup (center->source);
		ch->after = g_strdup (ch->label_new);
		ch->ref_old = g_string_free (refs, FALSE);
		ch->label_old = g_string_free (labels, FALSE);
		ch->before = g_string_free (what, FALSE);
		ch->source_old = g_string_free (sources, FALSE);
	}
	pend (c, ch, center->group, center->ref);
}

static gboolean
array_has (GArray const *a, int v)
{
	guint i;
	for (i = 0; i < a->len; i++)
		if (g_array_index (a, int, i) == v)
			return TRUE;
	return FALSE;
}

/* The free items linked to @p by pairs within the margin of its score,
 * step by step: two old twins and their two new versions are one
 * cluster. */
static void
close_cluster (Comparer *c, GArray const *pairs, guint i, GArray *olds, GArray *news)
{
	Pair const *p = &g_array_index (pairs, Pair, i);
	gboolean grew = TRUE;
	guint j;

	g_array_append_val (olds, p->o);
	g_array_append_val (news, p->n);
	while (grew) {
		grew = FALSE;
		for (j = i + 1; j < pairs->len; j++) {
			Pair const *q = &g_array_index (pairs, Pair, j);
			gboolean has_o, has_n;
			if (q->score < p->score - AMBIGUITY_MARGIN)
				break;
			if (taken (OLD (c, q->o)) || taken (NEW (c, q->n)))
				continue;
			has_o = array_has (olds, q->o);
			has_n = array_has (news, q->n);
			if (has_o == has_n)
				continue;
			if (!has_o)
				g_array_append_val (olds, q->o);
			else
				g_array_append_val (news, q->n);
			grew = TRUE;
		}
	}
}

/* The close partners of one item of a cluster, and their similarities. */
static void
partners (Comparer *c, GArray const *pairs, guint i, int item, gboolean item_old,
	  GArray *others, GArray *sims)
{
	Pair const *p = &g_array_index (pairs, Pair, i);
	guint j;

	for (j = i; j < pairs->len; j++) {
		Pair const *q = &g_array_index (pairs, Pair, j);
		if (q->score < p->score - AMBIGUITY_MARGIN)
			break;
		if (taken (OLD (c, q->o)) || taken (NEW (c, q->n)))
			continue;
		if (item_old ? q->o == item : q->n == item) {
			int other = item_old ? q->n : q->o;
			g_array_append_val (others, other);
			g_array_append_val (sims, q->sim);
		}
	}
}

static void
match_level (Comparer *c, int level)
{
	GArray *pairs = candidates (c, level);
	guint i, k;

	for (i = 0; i < pairs->len; i++) {
		Pair const *p = &g_array_index (pairs, Pair, i);
		Item *o = OLD (c, p->o), *n = NEW (c, p->n);
		GArray *olds, *news;
		gboolean differ = FALSE;

		if (taken (o) || taken (n))
			continue;
		olds = g_array_new (FALSE, FALSE, sizeof (int));
		news = g_array_new (FALSE, FALSE, sizeof (int));
		close_cluster (c, pairs, i, olds, news);
		for (k = 1; k < olds->len; k++)
			differ |= !same_story (OLD (c, g_array_index (olds, int, k)), o);
		for (k = 1; k < news->len; k++)
			differ |= !same_story (NEW (c, g_array_index (news, int, k)), n);
		if (!differ) {
			o->match = p->n;
			n->match = p->o;
			o->sim = n->sim = p->sim;
		} else {
			/* One change per item of the smaller side, naming its
			 * close partners; all of them are in doubt. */
			gboolean by_old = olds->len <= news->len;
			GArray *centers = by_old ? olds : news;
			GArray *others = g_array_new (FALSE, FALSE, sizeof (int));
			GArray *sims = g_array_new (FALSE, FALSE, sizeof (double));
			GPtrArray *found = g_ptr_array_new ();

			for (k = 0; k < centers->len; k++) {
				int center = g_array_index (centers, int, k);
				g_array_set_size (others, 0);
				g_array_set_size (sims, 0);
				partners (c, pairs, i, center, by_old, others, sims);
				g_ptr_array_add (found, g_memdup2 (others->data, others->len * sizeof (int)));
				g_ptr_array_add (found, g_memdup2 (sims->data, sims->len * sizeof (double)));
				g_ptr_array_add (found, GUINT_TO_POINTER (others->len));
			}
			/* Reported once all partners are known: reporting marks
			 * them taken. */
			for (k = 0; k < centers->len; k++) {
				int *ids = g_ptr_array_index (found, 3 * k);
				double *ss = g_ptr_array_index (found, 3 * k + 1);
				guint n_ids = GPOINTER_TO_UINT (g_ptr_array_index (found, 3 * k + 2));
				int center = g_array_index (centers, int, k);
				g_array_set_size (others, 0);
				g_array_set_size (sims, 0);
				g_array_append_vals (others, ids, n_ids);
				g_array_append_vals (sims, ss, n_ids);
				report_ambiguity (c, by_old ? OLD (c, center) : NEW (c, center),
						  by_old, others, sims);
				g_free (ids);
				g_free (ss);
			}
			g_ptr_array_free (found, TRUE);
			g_array_free (others, TRUE);
			g_array_free (sims, TRUE);
		}
		g_array_free (olds, TRUE);
		g_array_free (news, TRUE);
	}
	g_array_free (pairs, TRUE);
}

/* ------------------------------------------------------------------ */
/* Changes                                                             */

static PstChange *
change_new (PstChangeKind kind, int level, PstField field)
{
	PstChange *ch = g_new0 (PstChange, 1);
	ch->kind = kind;
	ch->level = level;
	ch->field = field;
	ch->confidence = -1;
	return ch;
}

static void
change_free (PstChange *ch)
{
	if (ch == NULL)
		return;
	g_free (ch->ref_old);
	g_free (ch->ref_new);
	g_free (ch->label_old);
	g_free (ch->label_new);
	g_free (ch->before);
	g_free (ch->after);
	g_free (ch->source_old);
	g_free (ch->source_new);
	g_free (ch);
}

static void
pend (Comparer *c, PstChange *ch, int group, char const *ref)
{
	Pending p;

#define FILL(f) if (ch->f == NULL) ch->f = g_strdup ("")
	FILL (ref_old); FILL (ref_new); FILL (label_old); FILL (label_new);
	FILL (before); FILL (after); FILL (source_old); FILL (source_new);
#undef FILL
	p.change = ch;
	p.group = group;
	p.ref = g_strdup (ref ? ref : "");
	p.seq = c->pending->len;
	g_array_append_val (c->pending, p);
}

/* A change of the matched pair @o, @n, its identity filled in. */
static PstChange *
pair_change (Item const *o, Item const *n, PstChangeKind kind, PstField field,
	     char *before, char *after)
{
	PstChange *ch = change_new (kind, n->level, field);

	ch->ref_old = g_strdup (o->shown);
	ch->ref_new = g_strdup (n->shown);
	ch->label_old = g_strdup (o->label ? o->label : "");
	ch->label_new = g_strdup (n->label ? n->label : "");
	ch->source_old = g_strdup (o->source);
	ch->source_new = g_strdup (n->source);
	ch->confidence = n->sim;
	ch->before = before ? before : g_strdup ("");
	ch->after = after ? after : g_strdup ("");
	return ch;
}

/* "OO 1.2 « Former les agents »", where an item sits. */
static char *
place_text (Comparer *c, gboolean old, int parent)
{
	Item const *p;

	if (parent < 0)
		return g_strdup ("");
	p = old ? OLD (c, parent) : NEW (c, parent);
	return g_strdup_printf ("%s %s « %s »", pst_change_level_word (p->level),
				*p->shown ? p->shown : "sans référence",
				p->label ? p->label : "sans libellé");
}

static char *
value_or_dash (char const *text)
{
	return g_strdup (text && *text ? text : "—");
}

static char *
status_text (PstAction const *a)
{
	char const *t = pst_action_text (a, PST_FIELD_STATUT);
	PstStatus s = t ? pst_status_parse (t) : PST_STATUS_UNKNOWN;
	return value_or_dash (s != PST_STATUS_UNKNOWN ? pst_status_code (s) : t);
}

static char *
progress_text (PstAction const *a, gboolean *has, double *v)
{
	*has = pst_action_number (a, PST_FIELD_AVANCEMENT, v);
	return *has ? pst_percent_text (*v) : value_or_dash (pst_action_text (a, PST_FIELD_AVANCEMENT));
}

static char *
date_cell_text (PstAction const *a, PstField field, gboolean *has, double *v)
{
	*has = pst_action_date (a, field, v);
	return *has ? pst_date_text (*v) : value_or_dash (pst_action_text (a, field));
}

static char *
article_key (PstAction const *a)
{
	char const *t = pst_action_text (a, PST_FIELD_ARTICLE);
	PstArticle art;

	if (t == NULL)
		return NULL;
	if (pst_article_parse (t, &art) == PST_OK)
		return g_strdup (art.canonical);
	return g_strstrip (g_strdup (t));
}

static guint
compare_actions (Comparer *c, Item const *o, Item const *n, int group)
{
	PstAction const *a = o->act, *b = n->act;
	static PstField const dates[] = { PST_FIELD_DEBUT, PST_FIELD_FIN };
	static PstField const meteos[] = {
		PST_FIELD_METEO_DELAIS, PST_FIELD_METEO_RESSOURCES, PST_FIELD_METEO_GLOBALE
	};
	guint count = 0;
	gsize i;

	/* Statut. */
	{
		char *x = status_text (a), *y = status_text (b);
		char *kx = cell_key (a, PST_FIELD_STATUT), *ky = cell_key (b, PST_FIELD_STATUT);
		if (g_strcmp0 (kx, ky) != 0) {
			pend (c, pair_change (o, n, PST_CHANGE_STATUT, PST_FIELD_STATUT, x, y), group, n->ref);
			count++;
		} else {
			g_free (x);
			g_free (y);
		}
		g_free (kx);
		g_free (ky);
	}
	/* Avancement. */
	{
		gboolean hx, hy;
		double vx = 0, vy = 0;
		char *x = progress_text (a, &hx, &vx), *y = progress_text (b, &hy, &vy);
		gboolean differ = hx && hy ? fabs (vx - vy) > PROGRESS_EPSILON : strcmp (x, y) != 0;
		if (differ) {
			PstChange *ch = pair_change (o, n, PST_CHANGE_AVANCEMENT,
						     PST_FIELD_AVANCEMENT, x, y);
			if (hx && hy) {
				ch->has_delta = TRUE;
				ch->delta = (vy - vx) * 100;
			}
			pend (c, ch, group, n->ref);
			count++;
		} else {
			g_free (x);
			g_free (y);
		}
	}
	/* Dates. */
	for (i = 0; i < G_N_ELEMENTS (dates); i++) {
		gboolean hx, hy;
		double vx = 0, vy = 0;
		char *x = date_cell_text (a, dates[i], &hx, &vx);
		char *y = date_cell_text (b, dates[i], &hy, &vy);
		gboolean differ = hx && hy ? vx != vy : strcmp (x, y) != 0;
		if (differ) {
			PstChange *ch = pair_change (o, n, PST_CHANGE_DATES, dates[i], x, y);
			if (hx && hy) {
				ch->has_delta = TRUE;
				ch->delta = vy - vx;
			}
			pend (c, ch, group, n->ref);
			count++;
		} else {
			g_free (x);
			g_free (y);
		}
	}
	/* Budget: a blank is no money. */
	{
		double vx = 0, vy = 0;
		gboolean hx = pst_action_number (a, PST_FIELD_BUDGET, &vx);
		gboolean hy = pst_action_number (b, PST_FIELD_BUDGET, &vy);
		if (fabs (vx - vy) >= AMOUNT_EPSILON) {
			PstChange *ch = pair_change (o, n, PST_CHANGE_BUDGET, PST_FIELD_BUDGET,
						     hx ? pst_amount_text (vx) : g_strdup ("—"),
						     hy ? pst_amount_text (vy) : g_strdup ("—"));
			ch->has_delta = TRUE;
			ch->delta = vy - vx;
			pend (c, ch, group, n->ref);
			count++;
		}
	}
	/* Article. */
	{
		char *x = article_key (a), *y = article_key (b);
		if (g_strcmp0 (x, y) != 0) {
			pend (c, pair_change (o, n, PST_CHANGE_ARTICLE, PST_FIELD_ARTICLE,
					      value_or_dash (x), value_or_dash (y)), group, n->ref);
			count++;
		}
		g_free (x);
		g_free (y);
	}
	/* Météo. */
	for (i = 0; i < G_N_ELEMENTS (meteos); i++) {
		char const *tx = pst_action_text (a, meteos[i]), *ty = pst_action_text (b, meteos[i]);
		PstMeteo mx = tx ? pst_meteo_parse (tx) : PST_METEO_UNKNOWN;
		PstMeteo my = ty ? pst_meteo_parse (ty) : PST_METEO_UNKNOWN;
		gboolean differ;
		char *kx, *ky;

		if (mx != PST_METEO_UNKNOWN || my != PST_METEO_UNKNOWN)
			differ = mx != my;
		else {
			kx = tx ? pst_text_fold (tx) : NULL;
			ky = ty ? pst_text_fold (ty) : NULL;
			differ = g_strcmp0 (kx, ky) != 0;
			g_free (kx);
			g_free (ky);
		}
		if (differ) {
			PstChange *ch = pair_change (
				o, n, PST_CHANGE_METEO, meteos[i],
				value_or_dash (mx ? pst_meteo_word (mx) : tx),
				value_or_dash (my ? pst_meteo_word (my) : ty));
			if (mx && my) {
				ch->has_delta = TRUE;
				ch->delta = (double) my - (double) mx;
			}
			pend (c, ch, group, n->ref);
			count++;
		}
	}
	return count;
}

static void
set_add (Comparer *c, PstCompareSet set, Item const *it)
{
	g_ptr_array_add (c->cmp->sets[set], g_strdup (*it->shown ? it->shown : "sans référence"));
}

static void
compare_items (Comparer *c)
{
	guint i, count;

	for (i = 0; i < c->old.items->len; i++) {
		Item *o = OLD (c, i);
		c->cmp->n_old[o->level]++;
		c->cmp->n_ambiguous += o->doubtful;
		if (taken (o))
			continue;
		{
			PstChange *ch = change_new (PST_CHANGE_SUPPRESSION, o->level, PST_N_FIELDS);
			ch->ref_old = g_strdup (o->shown);
			ch->label_old = g_strdup (o->label ? o->label : "");
			ch->source_old = g_strdup (o->source);
			ch->before = place_text (c, TRUE, o->parent);
			pend (c, ch, o->group, o->ref);
		}
		if (o->level >= 3)
			set_add (c, PST_COMPARE_SUPPRIMEES, o);
	}
	for (i = 0; i < c->new.items->len; i++) {
		Item *n = NEW (c, i), *o;
		c->cmp->n_new[n->level]++;
		c->cmp->n_ambiguous += n->doubtful;
		if (n->doubtful)
			continue;
		if (n->match < 0) {
			PstChange *ch = change_new (PST_CHANGE_AJOUT, n->level, PST_N_FIELDS);
			ch->ref_new = g_strdup (n->shown);
			ch->label_new = g_strdup (n->label ? n->label : "");
			ch->source_new = g_strdup (n->source);
			ch->after = place_text (c, FALSE, n->parent);
			pend (c, ch, n->group, n->ref);
			if (n->level >= 3) {
				set_add (c, PST_COMPARE_AJOUTEES, n);
				if (action_status (n->act) == PST_STATUS_TERMINE)
					set_add (c, PST_COMPARE_TERMINEES, n);
				if (pst_action_is_late (n->act, c->new.day))
					set_add (c, PST_COMPARE_EN_RETARD, n);
				if (in_trouble (n->act))
					set_add (c, PST_COMPARE_EN_DIFFICULTE, n);
			}
			continue;
		}
		o = OLD (c, n->match);
		count = 0;
		/* Moved: its parent is not what became of its former parent
		 * (unless that one's fate is in doubt). */
		if (n->level > 1 && (o->parent < 0 || !OLD (c, o->parent)->doubtful) &&
		    (o->parent >= 0 || n->parent >= 0) &&
		    (o->parent < 0 || OLD (c, o->parent)->match != n->parent)) {
			pend (c, pair_change (o, n, PST_CHANGE_DEPLACEMENT, PST_N_FIELDS,
					      place_text (c, TRUE, o->parent),
					      place_text (c, FALSE, n->parent)),
			      n->group, n->ref);
			count++;
		}
		if (strcmp (o->folded, n->folded) != 0) {
			pend (c, pair_change (o, n, PST_CHANGE_RENOMMAGE, PST_N_FIELDS,
					      g_strdup (o->label ? o->label : ""),
					      g_strdup (n->label ? n->label : "")),
			      n->group, n->ref);
			count++;
		}
		if (n->level >= 3) {
			count += compare_actions (c, o, n, n->group);
			if (action_status (n->act) == PST_STATUS_TERMINE &&
			    action_status (o->act) != PST_STATUS_TERMINE)
				set_add (c, PST_COMPARE_TERMINEES, n);
			if (pst_action_is_late (n->act, c->new.day) &&
			    !pst_action_is_late (o->act, c->old.day))
				set_add (c, PST_COMPARE_EN_RETARD, n);
			if (in_trouble (n->act) && !in_trouble (o->act))
				set_add (c, PST_COMPARE_EN_DIFFICULTE, n);
		}
		if (count == 0)
			c->cmp->unchanged[n->level]++;
	}
}

static gint
pending_compare (gconstpointer pa, gconstpointer pb)
{
	Pending const *a = pa, *b = pb;
	int r;

	if (a->group != b->group)
		return a->group < b->group ? -1 : 1;
	if ((r = pst_ref_compare (a->ref, b->ref)) != 0)
		return r;
	return a->seq < b->seq ? -1 : a->seq > b->seq;
}

/* ------------------------------------------------------------------ */
/* Progress and budget                                                 */

/* The roll-up of the Objectifs sheet over the actions at or below @ref
 * (NULL: all) of @group (-1: all). */
static gboolean
rollup (Side const *side, int group, char const *ref, double *mean)
{
	PstProgressSum sum = { 0 };
	guint i;

	for (i = 0; i < side->items->len; i++) {
		Item const *it = &g_array_index (side->items, Item, i);
		PstProgressRow row;

		if (it->level < 3 || (group >= 0 && it->group != group) ||
		    (ref && !pst_ref_is_within (it->ref, ref)))
			continue;
		row.has_progress = pst_action_number (it->act, PST_FIELD_AVANCEMENT, &row.progress);
		row.weight = 1;
		row.status = action_status (it->act);
		pst_progress_sum_add (&sum, &row);
	}
	return pst_progress_sum_mean (&sum, mean) == PST_OK;
}

static void
add_progress (Comparer *c, Item const *o, Item const *n)
{
	PstCompareProgress *p = g_new0 (PstCompareProgress, 1);
	Item const *it = n ? n : o;

	p->level = it->level;
	p->ref_old = g_strdup (o ? o->shown : "");
	p->ref_new = g_strdup (n ? n->shown : "");
	p->label = g_strdup (it->label ? it->label : "");
	if (o)
		p->has_before = rollup (&c->old, o->group, o->ref, &p->before);
	if (n)
		p->has_after = rollup (&c->new, n->group, n->ref, &p->after);
	g_ptr_array_add (c->cmp->progress, p);
}

static void
compare_progress (Comparer *c)
{
	PstCompareProgress *plan = g_new0 (PstCompareProgress, 1);
	guint i;

	plan->ref_old = g_strdup ("");
	plan->ref_new = g_strdup ("");
	plan->label = g_strdup ("Ensemble du plan");
	plan->has_before = rollup (&c->old, -1, NULL, &plan->before);
	plan->has_after = rollup (&c->new, -1, NULL, &plan->after);
	g_ptr_array_add (c->cmp->progress, plan);
	for (i = 0; i < c->new.items->len; i++) {
		Item const *n = NEW (c, i);
		if (n->level <= 2)
			add_progress (c, n->match >= 0 ? OLD (c, n->match) : NULL, n);
	}
	for (i = 0; i < c->old.items->len; i++) {
		Item const *o = OLD (c, i);
		if (o->level <= 2 && o->match < 0)
			add_progress (c, o, NULL);
	}
}

typedef struct {
	double before, after;
} Amounts;

/* Each key of @level and its sum in @lines added to @table (key →
 * Amounts), before or after. */
static void
budget_lines (Side const *side, PstArticlePart level, GHashTable *table,
	      gboolean after, double *sans_article, double *total)
{
	GPtrArray *articles = g_ptr_array_new ();
	GArray *amounts = g_array_new (FALSE, FALSE, sizeof (double));
	GPtrArray *lines = NULL;
	guint i;

	for (i = 0; i < side->items->len; i++) {
		Item const *it = &g_array_index (side->items, Item, i);
		PstArticle art;
		double v;

		if (it->level < 3 || !pst_action_number (it->act, PST_FIELD_BUDGET, &v))
			continue;
		g_ptr_array_add (articles, (gpointer) pst_action_text (it->act, PST_FIELD_ARTICLE));
		g_array_append_val (amounts, v);
		if (total)
			*total += v;
		if (sans_article && (pst_action_text (it->act, PST_FIELD_ARTICLE) == NULL ||
				     pst_article_parse (pst_action_text (it->act, PST_FIELD_ARTICLE), &art) != PST_OK))
			*sans_article += v;
	}
	if (articles->len &&
	    pst_budget_table ((char const *const *) articles->pdata,
			      (double const *) amounts->data, articles->len,
			      level, &lines) == PST_OK) {
		for (i = 0; i < lines->len; i++) {
			PstBudgetLine const *l = g_ptr_array_index (lines, i);
			Amounts *a = g_hash_table_lookup (table, l->key);
			if (a == NULL) {
				a = g_new0 (Amounts, 1);
				g_hash_table_insert (table, g_strdup (l->key), a);
			}
			if (after)
				a->after += l->sum;
			else
				a->before += l->sum;
		}
		pst_budget_table_free (lines);
	}
	g_ptr_array_free (articles, TRUE);
	g_array_free (amounts, TRUE);
}

static void
add_budget (Comparer *c, PstCompareBudgetKind kind, char const *key,
	    double before, double after)
{
	PstCompareBudget *b = g_new0 (PstCompareBudget, 1);
	b->kind = kind;
	b->key = g_strdup (key);
	b->before = before;
	b->after = after;
	g_ptr_array_add (c->cmp->budget, b);
}

static void
compare_budget (Comparer *c)
{
	static PstArticlePart const levels[] = {
		PST_ARTICLE_PART_FONCTION, PST_ARTICLE_PART_SERVICE
	};
	double sans[2] = { 0, 0 }, total[2] = { 0, 0 };
	gsize l;

	for (l = 0; l < G_N_ELEMENTS (levels); l++) {
		GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
		GPtrArray *keys = g_ptr_array_new ();
		GHashTableIter iter;
		gpointer k;
		guint i;

		budget_lines (&c->old, levels[l], table, FALSE,
			      l == 0 ? &sans[0] : NULL, l == 0 ? &total[0] : NULL);
		budget_lines (&c->new, levels[l], table, TRUE,
			      l == 0 ? &sans[1] : NULL, l == 0 ? &total[1] : NULL);
		g_hash_table_iter_init (&iter, table);
		while (g_hash_table_iter_next (&iter, &k, NULL))
			g_ptr_array_add (keys, k);
		/* Byte order, as PST.BUDGET.TABLE sorts its keys. */
		g_ptr_array_sort (keys, compare_str_ptr);
		for (i = 0; i < keys->len; i++) {
			Amounts const *a = g_hash_table_lookup (table, g_ptr_array_index (keys, i));
			add_budget (c, l == 0 ? PST_BUDGET_FONCTION : PST_BUDGET_SERVICE,
				    g_ptr_array_index (keys, i), a->before, a->after);
		}
		g_ptr_array_free (keys, TRUE);
		g_hash_table_destroy (table);
	}
	add_budget (c, PST_BUDGET_SANS_ARTICLE, "", sans[0], sans[1]);
	add_budget (c, PST_BUDGET_TOTAL, "", total[0], total[1]);
}

/* ------------------------------------------------------------------ */

static void
progress_free (PstCompareProgress *p)
{
	g_free (p->ref_old);
	g_free (p->ref_new);
	g_free (p->label);
	g_free (p);
}

static void
budget_free (PstCompareBudget *b)
{
	g_free (b->key);
	g_free (b);
}

PstComparison *
pst_plan_compare_at (PstPlan const *ancien, PstPlan const *nouveau,
		     GDate const *ancien_date, GDate const *today)
{
	PstComparison *cmp = g_new0 (PstComparison, 1);
	GHashTable *old_groups, *new_groups;
	Comparer c;
	int level, s;
	guint i;

	memset (&c, 0, sizeof c);
	cmp->changes = g_ptr_array_new_with_free_func ((GDestroyNotify) change_free);
	cmp->progress = g_ptr_array_new_with_free_func ((GDestroyNotify) progress_free);
	cmp->budget = g_ptr_array_new_with_free_func ((GDestroyNotify) budget_free);
	for (s = 0; s < PST_COMPARE_N_SETS; s++)
		cmp->sets[s] = g_ptr_array_new_with_free_func (g_free);

	c.cmp = cmp;
	c.old.plan = ancien && ancien->objectives && ancien->actions ? ancien : NULL;
	c.new.plan = nouveau && nouveau->objectives && nouveau->actions ? nouveau : NULL;
	c.new.day = pst_today_serial (today);
	c.old.day = ancien_date && g_date_valid (ancien_date)
		? pst_today_serial (ancien_date) : c.new.day;
	c.pending = g_array_new (FALSE, FALSE, sizeof (Pending));
	old_groups = pair_entities (&c, &new_groups);
	cmp->several = c.several;
	load_side (&c, &c.old, old_groups);
	load_side (&c, &c.new, new_groups);
	g_hash_table_destroy (old_groups);
	g_hash_table_destroy (new_groups);

	for (level = 1; level <= 4; level++)
		match_level (&c, level);
	compare_items (&c);
	compare_progress (&c);
	compare_budget (&c);

	g_array_sort (c.pending, pending_compare);
	for (i = 0; i < c.pending->len; i++) {
		Pending *p = &g_array_index (c.pending, Pending, i);
		g_ptr_array_add (cmp->changes, p->change);
		g_free (p->ref);
	}
	g_array_free (c.pending, TRUE);
	free_side (&c.old);
	free_side (&c.new);
	return cmp;
}

PstComparison *
pst_plan_compare (PstPlan const *ancien, PstPlan const *nouveau, GDate const *today)
{
	return pst_plan_compare_at (ancien, nouveau, NULL, today);
}

void
pst_comparison_free (PstComparison *cmp)
{
	int s;

	if (cmp == NULL)
		return;
	g_ptr_array_free (cmp->changes, TRUE);
	g_ptr_array_free (cmp->progress, TRUE);
	g_ptr_array_free (cmp->budget, TRUE);
	for (s = 0; s < PST_COMPARE_N_SETS; s++)
		g_ptr_array_free (cmp->sets[s], TRUE);
	g_free (cmp);
}

guint
pst_comparison_unchanged_objectives (PstComparison const *cmp)
{
	return cmp->unchanged[1] + cmp->unchanged[2];
}

guint
pst_comparison_unchanged_actions (PstComparison const *cmp)
{
	return cmp->unchanged[3] + cmp->unchanged[4];
}

/* ------------------------------------------------------------------ */
/* French texts                                                        */

static char *
progress_pair_text (PstCompareProgress const *p)
{
	char *x = p->has_before ? pst_percent_text (p->before) : g_strdup ("—");
	char *y = p->has_after ? pst_percent_text (p->after) : g_strdup ("—");
	char *d = p->has_before && p->has_after
		? signed_number (floor ((p->after - p->before) * 1000 + 0.5) / 10) : NULL;
	char *text = d ? g_strdup_printf ("%s → %s (%s point%s)", x, y, d,
					  fabs (p->after - p->before) >= 0.0195 ? "s" : "")
		: g_strdup_printf ("%s → %s", x, y);
	g_free (x);
	g_free (y);
	g_free (d);
	return text;
}

static char *
amount_delta_text (double delta)
{
	char *a = pst_amount_text (delta);
	char *t = delta >= AMOUNT_EPSILON ? g_strconcat ("+", a, NULL) : g_strdup (a);
	g_free (a);
	return t;
}

GPtrArray *
pst_comparison_summary (PstComparison const *cmp)
{
	GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
	int s;
	guint i;

	for (s = 0; s < PST_COMPARE_N_SETS; s++) {
		GPtrArray const *set = cmp->sets[s];
		GString *line = g_string_new (NULL);
		g_string_printf (line, "%s : %u", pst_compare_set_title (s), set->len);
		for (i = 0; i < set->len && i < SUMMARY_MAX_REFS; i++)
			g_string_append_printf (line, "%s%s", i ? ", " : " (",
						(char const *) g_ptr_array_index (set, i));
		if (set->len > SUMMARY_MAX_REFS)
			g_string_append (line, ", …");
		if (set->len)
			g_string_append_c (line, ')');
		g_ptr_array_add (lines, g_string_free (line, FALSE));
	}
	if (cmp->n_ambiguous)
		g_ptr_array_add (lines, g_strdup_printf (
			"Correspondances ambiguës : %u élément%s à vérifier à la main",
			cmp->n_ambiguous, cmp->n_ambiguous > 1 ? "s" : ""));
	if (cmp->progress->len) {
		char *t = progress_pair_text (g_ptr_array_index (cmp->progress, 0));
		g_ptr_array_add (lines, g_strdup_printf ("Avancement du plan : %s", t));
		g_free (t);
	}
	for (i = 0; i < cmp->budget->len; i++) {
		PstCompareBudget const *b = g_ptr_array_index (cmp->budget, i);
		if (b->kind == PST_BUDGET_TOTAL) {
			char *x = pst_amount_text (b->before), *y = pst_amount_text (b->after);
			char *d = amount_delta_text (b->after - b->before);
			g_ptr_array_add (lines, g_strdup_printf ("Budget total des actions : %s → %s (%s)",
								 x, y, d));
			g_free (x);
			g_free (y);
			g_free (d);
		}
	}
	return lines;
}

char *
pst_comparison_unchanged_text (PstComparison const *cmp)
{
	guint a = pst_comparison_unchanged_actions (cmp);
	guint o = pst_comparison_unchanged_objectives (cmp);

	if (a + o == 0)
		return g_strdup ("Aucun élément inchangé");
	return g_strdup_printf ("Inchangés : %u action%s, %u objectif%s", a, a > 1 ? "s" : "",
				o, o > 1 ? "s" : "");
}

static char const *
field_words (PstField field)
{
	switch (field) {
	case PST_FIELD_DEBUT: return "début";
	case PST_FIELD_FIN: return "fin";
	case PST_FIELD_METEO_DELAIS: return "météo délais";
	case PST_FIELD_METEO_RESSOURCES: return "météo ressources";
	case PST_FIELD_METEO_GLOBALE: return "météo globale";
	case PST_FIELD_STATUT: return "statut";
	case PST_FIELD_AVANCEMENT: return "avancement";
	case PST_FIELD_BUDGET: return "budget";
	case PST_FIELD_ARTICLE: return "article";
	default: return "";
	}
}

char *
pst_change_describe (PstChange const *ch)
{
	GString *s = g_string_new (pst_change_level_word (ch->level));
	char const *label = *ch->label_new ? ch->label_new : ch->label_old;
	char *d = NULL;

	if (ch->kind == PST_CHANGE_AMBIGU) {
		g_string_append_printf (s, " %s", ch->doubt_old ? ch->ref_old : ch->ref_new);
		label = ch->doubt_old ? ch->label_old : ch->label_new;
	} else if (*ch->ref_old && *ch->ref_new && strcmp (ch->ref_old, ch->ref_new) != 0)
		g_string_append_printf (s, " %s → %s", ch->ref_old, ch->ref_new);
	else
		g_string_append_printf (s, " %s", *ch->ref_new ? ch->ref_new : ch->ref_old);
	if (ch->kind != PST_CHANGE_RENOMMAGE)
		g_string_append_printf (s, " « %s »", label);
	g_string_append (s, " : ");

	if (ch->has_delta) {
		switch (ch->kind) {
		case PST_CHANGE_AVANCEMENT: {
			char *n = signed_number (ch->delta);
			d = g_strdup_printf ("%s point%s", n, fabs (ch->delta) >= 2 ? "s" : "");
			g_free (n);
			break;
		}
		case PST_CHANGE_DATES: {
			char *n = signed_number (ch->delta);
			d = g_strdup_printf ("%s jour%s", n, fabs (ch->delta) >= 2 ? "s" : "");
			g_free (n);
			break;
		}
		case PST_CHANGE_BUDGET:
			d = amount_delta_text (ch->delta);
			break;
		default:
			break;
		}
	}
	switch (ch->kind) {
	case PST_CHANGE_AJOUT:
		g_string_append (s, "ajout");
		if (*ch->after)
			g_string_append_printf (s, ", dans %s", ch->after);
		break;
	case PST_CHANGE_SUPPRESSION:
		g_string_append (s, "suppression");
		if (*ch->before)
			g_string_append_printf (s, " (était dans %s)", ch->before);
		break;
	case PST_CHANGE_DEPLACEMENT:
		g_string_append_printf (s, "déplacement de %s vers %s",
					*ch->before ? ch->before : "aucun objectif",
					*ch->after ? ch->after : "aucun objectif");
		break;
	case PST_CHANGE_RENOMMAGE: {
		char *pc = percent_of (ch->confidence);
		g_string_append_printf (s, "renommage de « %s » en « %s » (confiance %s)",
					ch->before, ch->after, pc);
		g_free (pc);
		break;
	}
	case PST_CHANGE_AMBIGU:
		g_string_append_printf (s, "correspondance ambiguë, dans %s plan : %s",
					ch->doubt_old ? "le nouveau" : "l’ancien",
					ch->doubt_old ? ch->after : ch->before);
		break;
	default:
		g_string_append_printf (s, "%s %s → %s", field_words (ch->field),
					ch->before, ch->after);
		if (d)
			g_string_append_printf (s, " (%s)", d);
		break;
	}
	g_free (d);
	return g_string_free (s, FALSE);
}
