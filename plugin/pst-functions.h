/*
 * pst-functions.h: the descriptor table of each function group; the
 * service ids of plugin.xml are these names without "_functions".
 */
#ifndef PST_FUNCTIONS_H
#define PST_FUNCTIONS_H

#include "pst-gnumeric.h"

extern GnmFuncDescriptor const normalisation_functions[];
extern GnmFuncDescriptor const avancement_functions[];
extern GnmFuncDescriptor const meteo_functions[];
extern GnmFuncDescriptor const smart_functions[];
extern GnmFuncDescriptor const budget_functions[];

/* For programs that register the functions themselves. */
GPtrArray *pst_functions_register	(void);
void	   pst_functions_unregister	(GPtrArray *funcs);
GnmFuncDescriptor const *const *pst_function_tables (gsize *n);

#endif
