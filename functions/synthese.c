/*
 * synthese.c: roll-up per node in one pass.
 */
#include "synthese.h"
#include "reference.h"

#include <string.h>

static void
node_free (gpointer data)
{
	PstSyntheseNode *node = data;
	g_free (node->ref);
	g_free (node);
}

static gint
node_compare (gconstpointer a, gconstpointer b)
{
	PstSyntheseNode const *na = *(PstSyntheseNode * const *) a;
	PstSyntheseNode const *nb = *(PstSyntheseNode * const *) b;
	return pst_ref_compare (na->ref, nb->ref);
}

GPtrArray *
pst_synthese (char const *const *refs, PstProgressRow const *rows, gsize n,
	      int level)
{
	GHashTable *by_ref = g_hash_table_new (g_str_hash, g_str_equal);
	GPtrArray *nodes = g_ptr_array_new_with_free_func (node_free);
	GString *key = g_string_new (NULL);
	gsize i;

	for (i = 0; i < n; i++) {
		PstSyntheseNode *node;
		char const *ref = refs[i];

		if (ref == NULL || pst_ref_depth (ref) < level)
			continue;
		g_string_truncate (key, 0);
		g_string_append_len (key, ref, pst_ref_prefix_len (ref, level));
		node = g_hash_table_lookup (by_ref, key->str);
		if (node == NULL) {
			node = g_new0 (PstSyntheseNode, 1);
			node->ref = g_strdup (key->str);
			g_hash_table_insert (by_ref, node->ref, node);
			g_ptr_array_add (nodes, node);
		}
		pst_progress_sum_add (&node->sum, &rows[i]);
	}
	g_string_free (key, TRUE);
	g_hash_table_destroy (by_ref);
	g_ptr_array_sort (nodes, node_compare);
	return nodes;
}

void
pst_synthese_free (GPtrArray *nodes)
{
	g_ptr_array_unref (nodes);
}
