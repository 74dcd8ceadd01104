/*
 * synthese.h: one line per node of a level (OS, OO, action), built in one
 * pass over the rows of a plan.
 */
#ifndef PST_SYNTHESE_H
#define PST_SYNTHESE_H

#include <glib.h>
#include "avancement.h"

G_BEGIN_DECLS

typedef struct {
	char	      *ref;
	PstProgressSum sum;
} PstSyntheseNode;

/* @refs are canonical references (NULL: the row is skipped); a row counts
 * for the node of @level that is its ancestor or itself.  Returns the
 * nodes sorted by reference; free with pst_synthese_free. */
GPtrArray *pst_synthese		(char const *const *refs,
				 PstProgressRow const *rows, gsize n,
				 int level);
void	   pst_synthese_free	(GPtrArray *nodes);

G_END_DECLS

#endif
