/*
 * import-contents.h: what a column holds, from its values (see
 * import-layout.h): each cell counted by kind, then the role the kinds
 * point to.
 */
#ifndef PST_IMPORT_CONTENTS_H
#define PST_IMPORT_CONTENTS_H

#include <glib.h>
#include "grid.h"

G_BEGIN_DECLS

enum {
	K_OS, K_OO, K_OUTLINE, K_STATUS, K_METEO, K_PERCENT, K_FRACTION,
	K_DATE, K_ARTICLE, K_AMOUNT, K_SMALL, K_SERIAL, K_NIVEAU, K_OWNER, K_SERVICE,
	K_LONG, K_N
};

typedef struct {
	int n;			/* cells with a value */
	int k[K_N];
	guint depths;		/* bit d: an outline code of d numbers */
	gboolean fractional;	/* a number in ]0, 1[ */
	int short_codes;	/* "1", "1.2", "1.a", "OS1", "II": a code, no label */
	int numbered_labels;	/* "1.2 Réduire les délais": a number, then a label */
	guint label_depths;	/* bit d: such a label numbered with d numbers */
	int years;		/* whole numbers from 1990 to 2100 */
} PstProfile;

void	pst_profile_cell	(PstProfile *p, PstCell const *cell);
/* The percentage of the values of kind @k. */
int	pst_profile_share	(PstProfile const *p, int k);
/* The role the contents alone point to, its share of the values in
 * *percent and the kind of value in *what (a French phrase);
 * PST_ROLE_NONE when they say nothing definite.  PST_ROLE_LABEL stands
 * for "long texts". */
int	pst_profile_role	(PstProfile const *p, int *percent,
				 char const **what);

G_END_DECLS

#endif
