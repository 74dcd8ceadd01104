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

#endif
