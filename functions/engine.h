/*
 * engine.h: the tables the engine builds once, on first use (status words,
 * header synonyms, folded libellés), and their end.
 *
 * Gnumeric unloads the plugin module at exit while the program runs on: a
 * table the module still held would be memory lost for good, and memcheck
 * says so.  The module frees them with pst_engine_shutdown.
 */
#ifndef PST_ENGINE_H
#define PST_ENGINE_H

#include <glib.h>

G_BEGIN_DECLS

/* Called inside the g_once_init_enter block that builds *@table:
 * pst_engine_shutdown will destroy it and clear both *@table and *@once,
 * so that a later use builds it again.  @once may be @table itself when
 * the table's pointer is the g_once location. */
void	 pst_engine_own		(gsize *once, gpointer *table,
				 GDestroyNotify destroy);

/* Frees every table owned so far. */
void	 pst_engine_shutdown	(void);

G_END_DECLS

#endif
