/*
 * indicateur.c: attainment of an indicator's target.
 */
#include "indicateur.h"

#include <math.h>

PstError
pst_indicateur (double initiale, double cible, double actuelle,
		double *attainment)
{
	if (!isfinite (initiale) || !isfinite (cible) || !isfinite (actuelle))
		return PST_ERROR_VALUE;
	if (cible == initiale)
		return PST_ERROR_DIV0;
	*attainment = (actuelle - initiale) / (cible - initiale);
	/* Finite inputs can still overflow: 1e308 - (-1e308). */
	if (!isfinite (*attainment))
		return PST_ERROR_NUM;
	return PST_OK;
}
