/*
 * pst-register.c: the PST functions registered by a program of ours (the
 * command-line tool, the help checker) rather than by the plugin loader.
 */
#include "pst-functions.h"

static GnmFuncDescriptor const *const function_tables[] = {
	normalisation_functions, avancement_functions, meteo_functions,
	smart_functions, budget_functions
};

GPtrArray *
pst_functions_register (void)
{
	GnmFuncGroup *group = gnm_func_group_fetch ("PST", NULL);
	GPtrArray *funcs = g_ptr_array_new ();
	gsize t;

	for (t = 0; t < G_N_ELEMENTS (function_tables); t++) {
		GnmFuncDescriptor const *d;
		for (d = function_tables[t]; d->name; d++)
			g_ptr_array_add (funcs, gnm_func_add (group, d, GETTEXT_PACKAGE));
	}
	return funcs;
}

void
pst_functions_unregister (GPtrArray *funcs)
{
	guint i;
	if (funcs == NULL)
		return;
	for (i = 0; i < funcs->len; i++) {
		GnmFunc *func = g_ptr_array_index (funcs, i);
		gnm_func_dispose (func);
		g_object_unref (func);
	}
	g_ptr_array_free (funcs, TRUE);
}

GnmFuncDescriptor const *const *
pst_function_tables (gsize *n)
{
	*n = G_N_ELEMENTS (function_tables);
	return function_tables;
}
