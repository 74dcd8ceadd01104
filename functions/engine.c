/*
 * engine.c: the tables the engine builds once, and their end.
 */
#include "engine.h"

typedef struct {
	gsize	      *once;
	gpointer      *table;
	GDestroyNotify destroy;
} OwnedTable;

G_LOCK_DEFINE_STATIC (owned);
static GSList *owned;

void
pst_engine_own (gsize *once, gpointer *table, GDestroyNotify destroy)
{
	OwnedTable *t = g_new (OwnedTable, 1);

	t->once = once;
	t->table = table;
	t->destroy = destroy;
	G_LOCK (owned);
	owned = g_slist_prepend (owned, t);
	G_UNLOCK (owned);
}

void
pst_engine_shutdown (void)
{
	GSList *tables, *l;

	G_LOCK (owned);
	tables = owned;
	owned = NULL;
	G_UNLOCK (owned);
	for (l = tables; l; l = l->next) {
		OwnedTable *t = l->data;
		gpointer table = *t->table;

		*t->table = NULL;
		if ((gpointer) t->once != (gpointer) t->table)
			*t->once = 0;
		if (table)
			t->destroy (table);
		g_free (t);
	}
	g_slist_free (tables);
}
