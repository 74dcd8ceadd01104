/*
 * indicateur.h: how far an indicator has gone from its initial value
 * towards its target.
 *
 * attainment = (actuelle - initiale) / (cible - initiale), so that a
 * target below the initial value (fewer complaints, shorter waiting
 * times) reads the same way as one above it: 0 at the start, 1 on
 * target.  The value is not clamped: above 1 the target is exceeded,
 * below 0 the indicator went the wrong way, and both are worth seeing.
 */
#ifndef PST_INDICATEUR_H
#define PST_INDICATEUR_H

#include <glib.h>
#include "errors.h"

G_BEGIN_DECLS

/* cible = initiale: PST_ERROR_DIV0; a value that is not a finite number:
 * PST_ERROR_VALUE; a ratio too large for a double: PST_ERROR_NUM. */
PstError pst_indicateur	(double initiale, double cible, double actuelle,
			 double *attainment);

G_END_DECLS

#endif
