/*
 * consolidation.c: several plans stacked into one, each under its entity.
 */
#include "consolidation.h"
#include "reference.h"

#include <string.h>

char *
pst_ref_qualify (char const *entite, char const *ref)
{
	if (ref == NULL || *ref == '\0')
		return NULL;
	return g_strconcat (entite ? entite : "", ":", ref, NULL);
}

/* ------------------------------------------------------------------ */
/* The entity named in a title. */

/*
 * A CPAS, commune or ville, a connector ("de", "d’", "du", "de la"…) and
 * a name of capitalised words, which may be joined by lower-case
 * connectors ("Mont de l’Enclus", "Saint-Georges-sur-Meuse" is one word).
 * The name stops at anything else: " – Programme…", ", suivi 2021".
 * Capitals are spelled out rather than matched caselessly, since PCRE
 * versions disagree on whether \p{Lu} follows the caseless flag.
 */
#define SP "[ \\x{a0}]"
#define WORD "\\p{Lu}[\\p{L}\\p{M}'’-]*"
#define LINK "(?:sur|sous|en|lez|lès|les|le|la|de|du|des|aux|au|et|d['’]|l['’])"
static char const title_pattern[] =
	"(?<!\\p{L})"
	"(?:CPAS|C\\.P\\.A\\.S\\.?|[Cc]entre " "[Pp]ublic d['’][Aa]ction [Ss]ociale"
	"|Commune|COMMUNE|Ville|VILLE|Administration communale)"
	SP "+"
	"(?:de la|de l['’]|du|des|de|d['’]|DE LA|DE L['’]|DU|DES|DE|D['’])" SP "*"
	WORD "(?:" SP "(?:" LINK SP "|[ld]['’])*" WORD ")*";

/* Words that start what follows the name in a title, not the name:
 * "CPAS de Burdinne PST 2019-2024". */
static char const *const title_stop_words[] = {
	"PST", "Programme", "PROGRAMME", "Plan", "PLAN", "Suivi", "SUIVI",
	"Tableau", "TABLEAU", "Rapport", "RAPPORT", "Projet", "Version",
	"Législature", "Mise", "Situation"
};

static GRegex *
title_regex (void)
{
	static GRegex *regex;
	if (g_once_init_enter (&regex)) {
		GRegex *r = g_regex_new (title_pattern, 0, 0, NULL);
		g_assert (r != NULL);
		g_once_init_leave (&regex, r);
	}
	return regex;
}

/* Spaces collapsed, a no-break space read as a space, and the name cut
 * before a stop word. */
static char *
tidy_title_name (char const *match)
{
	char **words = g_regex_split_simple ("[ \\x{a0}]+", match, 0, 0);
	GString *out = g_string_new (NULL);
	int i;
	gsize s;

	for (i = 0; words[i]; i++) {
		gboolean stop = FALSE;
		if (*words[i] == '\0')
			continue;
		for (s = 0; i >= 2 && s < G_N_ELEMENTS (title_stop_words); s++)
			if (strcmp (words[i], title_stop_words[s]) == 0)
				stop = TRUE;
		if (stop)
			break;
		if (out->len)
			g_string_append_c (out, ' ');
		g_string_append (out, words[i]);
	}
	g_strfreev (words);
	return g_string_free (out, FALSE);
}

char *
pst_plan_title_entite (PstPlan const *plan)
{
	guint i;

	for (i = 0; i < plan->anomalies->len; i++) {
		PstAnomaly const *a = g_ptr_array_index (plan->anomalies, i);
		GMatchInfo *info;
		char *found = NULL;

		if (a->gravite != PST_GRAVITE_INFO || a->contenu == NULL ||
		    !g_utf8_validate (a->contenu, -1, NULL))
			continue;
		if (g_regex_match (title_regex (), a->contenu, 0, &info)) {
			char *match = g_match_info_fetch (info, 0);
			found = tidy_title_name (match);
			g_free (match);
		}
		g_match_info_free (info);
		if (found)
			return found;
	}
	return NULL;
}

/* ------------------------------------------------------------------ */

static void
set_text (PstCell *cell, char const *text)
{
	g_free (cell->text);
	cell->text = g_strdup (text);
	cell->kind = text ? PST_CELL_TEXT : PST_CELL_BLANK;
	cell->number = 0;
}

void
pst_plan_set_entite (PstPlan *plan, char const *entite)
{
	guint i;

	if (plan->entite != entite) {
		g_free (plan->entite);
		plan->entite = g_strdup (entite);
	}
	for (i = 0; i < plan->objectives->len; i++) {
		PstObjective *o = g_ptr_array_index (plan->objectives, i);
		g_free (o->entite);
		o->entite = g_strdup (entite);
	}
	for (i = 0; i < plan->actions->len; i++) {
		PstAction *a = g_ptr_array_index (plan->actions, i);
		set_text (&a->values[PST_FIELD_ENTITE], entite);
	}
}

/* ------------------------------------------------------------------ */
/* Merging. */

/* The file a plan was read from, as its sources name it
 * ("virton-pst.xlsx!'Suivi PST'!A5" → "virton-pst.xlsx"), for anomalies
 * about the plan as a whole. */
static char *
plan_file (PstPlan const *plan)
{
	char const *source = NULL;
	guint i;

	for (i = 0; source == NULL && i < plan->actions->len; i++)
		source = ((PstAction *) g_ptr_array_index (plan->actions, i))->values[PST_FIELD_SOURCE].text;
	for (i = 0; source == NULL && i < plan->objectives->len; i++)
		source = ((PstObjective *) g_ptr_array_index (plan->objectives, i))->source;
	for (i = 0; source == NULL && i < plan->anomalies->len; i++)
		source = ((PstAnomaly *) g_ptr_array_index (plan->anomalies, i))->source;
	if (source == NULL || *source == '\0')
		return g_strdup (plan->entite ? plan->entite : "");
	return g_strndup (source, strcspn (source, "!"));
}

/* The plan's entity, made unique among those already used. */
static char *
unique_entite (PstPlan *merged, GHashTable *used, PstPlan const *plan,
	       guint index)
{
	char *base = plan->entite && *plan->entite
		? g_strdup (plan->entite)
		: g_strdup_printf ("Plan %u", index + 1);
	char *name = g_strdup (base);
	guint n = 1;

	while (g_hash_table_contains (used, name)) {
		g_free (name);
		name = g_strdup_printf ("%s (%u)", base, ++n);
	}
	if (n > 1) {
		pst_plan_take_anomaly (
			merged, plan_file (plan), PST_GRAVITE_AVERTISSEMENT,
			g_strdup_printf ("Un autre plan porte déjà le nom d’entité « %s » : "
					 "celui-ci est consolidé sous le nom « %s ».",
					 base, name),
			g_strdup (base));
	}
	g_hash_table_add (used, g_strdup (name));
	g_free (base);
	return name;
}

static PstObjective *
objective_copy (PstObjective const *o, char const *entite)
{
	PstObjective *c = g_new0 (PstObjective, 1);
	c->level = o->level;
	c->entite = g_strdup (entite);
	c->volet = g_strdup (o->volet);
	c->ref = g_strdup (o->ref);
	c->label = g_strdup (o->label);
	c->source = g_strdup (o->source);
	c->original_ref = g_strdup (o->original_ref);
	return c;
}

/* @map[i]: the merged column of the plan's extra column i. */
static PstAction *
action_copy (PstAction const *a, char const *entite, guint n_extras,
	     guint const *map)
{
	PstAction *c = g_new0 (PstAction, 1);
	guint i;
	int f;

	c->level = a->level;
	for (f = 0; f < PST_N_FIELDS; f++) {
		c->values[f] = a->values[f];
		c->values[f].text = g_strdup (a->values[f].text);
	}
	set_text (&c->values[PST_FIELD_ENTITE], entite);
	c->original_ref = g_strdup (a->original_ref);
	c->extras = g_ptr_array_new_full (n_extras, g_free);
	g_ptr_array_set_size (c->extras, n_extras);
	c->extras->pdata[0] = pst_ref_qualify (entite, a->values[PST_FIELD_REF].text);
	for (i = 0; a->extras && i < a->extras->len; i++)
		if (map[i] > 0)
			c->extras->pdata[map[i]] = g_strdup (g_ptr_array_index (a->extras, i));
	return c;
}

PstPlan *
pst_plan_merge (GPtrArray *plans)
{
	PstPlan *merged = pst_plan_new (NULL);
	GHashTable *headers = g_hash_table_new (g_str_hash, g_str_equal);
	GHashTable *used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
	guint p, i;

	/* Every extra column first, so that each action gets them all. */
	g_ptr_array_add (merged->extra_headers, g_strdup (PST_HEADER_REF_CONSOLIDEE));
	g_hash_table_insert (headers, (gpointer) PST_HEADER_REF_CONSOLIDEE, GUINT_TO_POINTER (0));
	for (p = 0; p < plans->len; p++) {
		PstPlan const *plan = g_ptr_array_index (plans, p);
		for (i = 0; i < plan->extra_headers->len; i++) {
			char const *h = g_ptr_array_index (plan->extra_headers, i);
			if (!g_hash_table_contains (headers, h)) {
				g_hash_table_insert (headers, (gpointer) h,
						     GUINT_TO_POINTER (merged->extra_headers->len));
				g_ptr_array_add (merged->extra_headers, g_strdup (h));
			}
		}
	}

	for (p = 0; p < plans->len; p++) {
		PstPlan const *plan = g_ptr_array_index (plans, p);
		char *entite = unique_entite (merged, used, plan, p);
		guint *map = g_new0 (guint, plan->extra_headers->len + 1);

		/* A source column named like ours is left out rather than
		 * allowed to overwrite the qualified reference. */
		for (i = 0; i < plan->extra_headers->len; i++)
			map[i] = GPOINTER_TO_UINT (g_hash_table_lookup (
				headers, g_ptr_array_index (plan->extra_headers, i)));
		for (i = 0; i < plan->objectives->len; i++)
			g_ptr_array_add (merged->objectives,
					 objective_copy (g_ptr_array_index (plan->objectives, i), entite));
		for (i = 0; i < plan->actions->len; i++)
			g_ptr_array_add (merged->actions,
					 action_copy (g_ptr_array_index (plan->actions, i), entite,
						      merged->extra_headers->len, map));
		for (i = 0; i < plan->anomalies->len; i++) {
			PstAnomaly const *a = g_ptr_array_index (plan->anomalies, i);
			pst_plan_take_anomaly (merged, g_strdup (a->source), a->gravite,
					       g_strdup (a->probleme), g_strdup (a->contenu));
		}
		g_free (map);
		g_free (entite);
	}

	if (plans->len == 1)
		merged->entite = g_strdup (((PstPlan *) g_ptr_array_index (plans, 0))->entite);
	else
		merged->entite = g_strdup_printf ("%u entités", plans->len);
	g_hash_table_destroy (headers);
	g_hash_table_destroy (used);
	return merged;
}

/* ------------------------------------------------------------------ */

static PstEntityBlock *
block_for (GArray *blocks, GHashTable *index, char const *entite)
{
	gpointer found;
	PstEntityBlock b = { entite, 0, 0, 0, 0 };

	if (g_hash_table_lookup_extended (index, entite, NULL, &found))
		return &g_array_index (blocks, PstEntityBlock, GPOINTER_TO_UINT (found));
	g_hash_table_insert (index, (gpointer) entite, GUINT_TO_POINTER (blocks->len));
	g_array_append_val (blocks, b);
	return &g_array_index (blocks, PstEntityBlock, blocks->len - 1);
}

/* Extends a run [*first, *first + *n) to take row @i. */
static void
extend_run (guint *first, guint *n, guint i, gboolean *contiguous)
{
	if (*n == 0)
		*first = i;
	else if (*first + *n != i)
		*contiguous = FALSE;
	*n = i - *first + 1;
}

GArray *
pst_plan_entity_blocks (PstPlan const *plan, gboolean *contiguous)
{
	GArray *blocks = g_array_new (FALSE, TRUE, sizeof (PstEntityBlock));
	GHashTable *index = g_hash_table_new (g_str_hash, g_str_equal);
	gboolean ok = TRUE;
	guint i;

	for (i = 0; i < plan->actions->len; i++) {
		PstAction const *a = g_ptr_array_index (plan->actions, i);
		char const *e = a->values[PST_FIELD_ENTITE].text;
		PstEntityBlock *b = block_for (blocks, index, e ? e : "");
		extend_run (&b->first_action, &b->n_actions, i, &ok);
	}
	for (i = 0; i < plan->objectives->len; i++) {
		PstObjective const *o = g_ptr_array_index (plan->objectives, i);
		PstEntityBlock *b = block_for (blocks, index, o->entite ? o->entite : "");
		extend_run (&b->first_objective, &b->n_objectives, i, &ok);
	}
	g_hash_table_destroy (index);
	if (contiguous)
		*contiguous = ok;
	return blocks;
}

gboolean
pst_block_ref_range (PstPlan const *plan, PstEntityBlock const *block,
		     char const *ref, guint *first, guint *last)
{
	guint i, end = block->first_action + block->n_actions;
	gboolean found = FALSE;

	for (i = block->first_action; ref && i < end && i < plan->actions->len; i++) {
		PstAction const *a = g_ptr_array_index (plan->actions, i);
		char const *r = a->values[PST_FIELD_REF].text;
		if (r && pst_ref_is_within (r, ref)) {
			if (!found)
				*first = i;
			*last = i;
			found = TRUE;
		}
	}
	return found;
}
