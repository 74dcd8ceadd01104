/* fn-meteo.c: placeholder until the meteo functions are written. */
#include "pst-values.h"
#include "pst-functions.h"

G_MODULE_EXPORT GnmFuncDescriptor const meteo_functions[] = {
	{ NULL }
};
