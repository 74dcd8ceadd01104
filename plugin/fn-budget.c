/* fn-budget.c: placeholder until the budget functions are written. */
#include "pst-values.h"
#include "pst-functions.h"

G_MODULE_EXPORT GnmFuncDescriptor const budget_functions[] = {
	{ NULL }
};
