/* fn-smart.c: placeholder until the smart functions are written. */
#include "pst-values.h"
#include "pst-functions.h"

G_MODULE_EXPORT GnmFuncDescriptor const smart_functions[] = {
	{ NULL }
};
