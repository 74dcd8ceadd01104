/*
 * import-entities.c: two plans on one sheet, the CPAS's then the
 * commune's, each table under a title that names its entity ("CPAS de
 * Havelange", "PST 2025-2030 — Commune de Havelange").  Each table is
 * then read as its entity's plan, and the titles are no objectives.
 */
#include "import-private.h"
#include "reference.h"
#include "text.h"

#include <string.h>

/* Rows looked at above a table's header for its title. */
#define TITLE_ROWS_UP 4

/* The entity a title names, from its "CPAS de", "Commune de" or "Ville
 * de" to its end, or its last word "CPAS" or "Commune", as written;
 * NULL when it names none.  "Objectif stratégique 1 : Être un CPAS
 * accueillant" names an objective. */
static char *
entity_of_title (char const *title)
{
	static char const *const words[] = { "cpas", "commune", "ville", "administration communale" };
	static char const *const links[] = { " de ", " d'", " d\xe2\x80\x99", " du " };
	char *lower = g_utf8_strdown (title, -1);
	char const *from = NULL;
	char *entity = NULL;
	PstRefScan scan;
	PstLevel level;
	gsize i, j, offset;

	if (pst_ref_scan (title, &scan) || pst_ref_scan_keyword (title, &level, &offset)) {
		g_free (lower);
		return NULL;
	}
	for (i = 0; i < G_N_ELEMENTS (words); i++)
		for (j = 0; j < G_N_ELEMENTS (links); j++) {
			char *phrase = g_strconcat (words[i], links[j], NULL);
			char const *at = strstr (lower, phrase);
			/* A word of the title, not the end of another. */
			if (at && (at == lower || !g_ascii_isalpha (at[-1])) && (from == NULL || at < from))
				from = at;
			g_free (phrase);
		}
	/* "PST 2025-2030 — Volet Commune": the entity ends the title. */
	for (i = 0; from == NULL && i < G_N_ELEMENTS (words); i++) {
		gsize n = strlen (words[i]), len = strlen (lower);
		if (len > n && strcmp (lower + len - n, words[i]) == 0 && lower[len - n - 1] == ' ')
			from = lower + len - n;
	}
	if (from && strlen (lower) == strlen (title))
		entity = g_strstrip (g_strdup (title + (from - lower)));
	g_free (lower);
	if (entity && g_utf8_strlen (entity, -1) > 60)
		g_clear_pointer (&entity, g_free);
	return entity;
}

/* The title of the table whose header is @header: a text alone on its
 * row at most TITLE_ROWS_UP rows above, past blank rows and objectives'
 * titles ("Objectif stratégique 1 : …"); its row in *row. */
static char *
title_above (Importer *imp, int header, int *row)
{
	int r;
	for (r = header - 1; r >= 0 && r >= header - TITLE_ROWS_UP; r--) {
		int lead = imp_first_nonempty (imp, r, 0);
		char const *text;
		char *entity;
		if (lead < 0)
			continue;
		if (imp_first_nonempty (imp, r, lead + 1) >= 0)
			return NULL;
		text = imp_text_at (imp, r, lead);
		entity = text ? entity_of_title (text) : NULL;
		if (entity) {
			*row = r;
			return entity;
		}
	}
	return NULL;
}

void
imp_find_entity_titles (Importer *imp)
{
	GHashTable *rows = g_hash_table_new_full (NULL, NULL, NULL, g_free);
	GHashTable *names = g_hash_table_new (g_str_hash, g_str_equal);
	guint t;

	g_clear_pointer (&imp->entity_rows, g_hash_table_destroy);
	for (t = 0; imp->tables && t < imp->tables->len; t++) {
		PstTable const *table = g_ptr_array_index (imp->tables, t);
		int title = -1;
		char *entity = title_above (imp, table->header_row, &title);
		if (entity == NULL)
			continue;
		g_hash_table_add (names, entity);
		g_hash_table_insert (rows, GINT_TO_POINTER (title + 1), entity);
	}
	/* One title naming the CPAS above the only plan says nothing new. */
	if (g_hash_table_size (names) >= 2)
		imp->entity_rows = rows;
	else
		g_hash_table_destroy (rows);
	g_hash_table_destroy (names);
}

gboolean
imp_entity_title_row (Importer *imp, int row)
{
	char const *entity = imp->entity_rows
		? g_hash_table_lookup (imp->entity_rows, GINT_TO_POINTER (row + 1)) : NULL;

	if (entity == NULL)
		return FALSE;
	/* What follows, objectives' titles included, is this entity's. */
	imp_set_entite (imp, entity);
	imp->os = imp->oo = NULL;
	imp->action = NULL;
	imp_anomaly (imp, row, PST_GRAVITE_INFO, "Titre du plan de « %s » : le tableau qui suit est le sien.",
		     entity);
	return TRUE;
}
