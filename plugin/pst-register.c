/*
 * pst-register.c: the PST functions registered from code, by the plugin's
 * module (go_plugin_init, see pst-module.c) and by programs of ours (the
 * command-line tool, the help checker).
 *
 * Two copies of the plugin may be installed (a distribution's in Gnumeric's
 * directory, a newer one in ~/.gnumeric or GNUMERIC_PLUGIN_PATH) and
 * ssconvert activates both.  So a function is only ever added when nobody
 * defines it yet, and taken away only by whoever added it, if it is still
 * the one registered under its name: an older copy that declares its
 * functions in plugin.xml disposes of them itself when it stops.
 */
#include "pst-functions.h"

#include <goffice/goffice.h>

static GnmFuncDescriptor const *const function_tables[] = {
	normalisation_functions, avancement_functions, meteo_functions,
	smart_functions, budget_functions
};

/* A function defined by someone: a placeholder (the name of an unknown
 * function in a workbook read before the plugin started) does not count. */
static gboolean
is_defined (char const *name)
{
	GnmFunc *func = gnm_func_lookup (name, NULL);
	return func != NULL &&
		(gnm_func_get_flags (func) & GNM_FUNC_IS_PLACEHOLDER) == 0;
}

gboolean
pst_functions_defined (void)
{
	gsize t;

	for (t = 0; t < G_N_ELEMENTS (function_tables); t++) {
		GnmFuncDescriptor const *d;
		for (d = function_tables[t]; d->name; d++)
			if (is_defined (d->name))
				return TRUE;
	}
	return FALSE;
}

/* As Gnumeric does for the functions a plugin.xml declares: while a cell
 * calls one of the plugin's functions, the plugin is in use and cannot be
 * deactivated (its module unloaded) under the sheet.  Gnumeric only counts
 * the uses of an active plugin; the module may also be loaded for one
 * whose activation failed. */
static void
cb_in_use (GnmFunc *func, G_GNUC_UNUSED GParamSpec *pspec, GOPlugin *plugin)
{
	if (!go_plugin_is_active (plugin))
		return;
	if (gnm_func_get_in_use (func))
		go_plugin_use_ref (plugin);
	else if (!go_plugin_can_deactivate (plugin))
		go_plugin_use_unref (plugin);
}

GPtrArray *
pst_functions_register_for (GOPlugin *plugin)
{
	GnmFuncGroup *group = gnm_func_group_fetch ("PST", NULL);
	GPtrArray *funcs = g_ptr_array_new ();
	gsize t;

	for (t = 0; t < G_N_ELEMENTS (function_tables); t++) {
		GnmFuncDescriptor const *d;
		for (d = function_tables[t]; d->name; d++) {
			GnmFunc *func = gnm_func_lookup (d->name, NULL);

			if (func == NULL)
				func = gnm_func_add (group, d, GETTEXT_PACKAGE);
			else if (gnm_func_get_flags (func) & GNM_FUNC_IS_PLACEHOLDER) {
				/* The formulas already point to the placeholder:
				 * it becomes the function, and the reference the
				 * registry held on it becomes ours. */
				gnm_func_set_translation_domain (func, GETTEXT_PACKAGE);
				gnm_func_set_from_desc (func, d);
				gnm_func_set_function_group (func, group);
			} else
				continue;	/* defined by someone else */
			if (func == NULL)
				continue;

			/* Our own reference: the pointer stays valid even if
			 * someone else disposes of the function. */
			g_ptr_array_add (funcs, g_object_ref (func));
			if (plugin != NULL) {
				g_signal_connect (func, "notify::in-use",
						  G_CALLBACK (cb_in_use), plugin);
				if (gnm_func_get_in_use (func) &&
				    go_plugin_is_active (plugin))
					go_plugin_use_ref (plugin);
			}
		}
	}
	return funcs;
}

GPtrArray *
pst_functions_register (void)
{
	return pst_functions_register_for (NULL);
}

/* A function an older copy of the plugin took over: its plugin.xml
 * declares the functions, and Gnumeric then turns the function we added
 * into a stub loaded from that copy, which disposes of it when it stops. */
static gboolean
taken_over (GnmFunc *func)
{
	return g_signal_has_handler_pending (func,
		g_signal_lookup ("load-stub", GNM_FUNC_TYPE), 0, FALSE);
}

void
pst_functions_unregister (GPtrArray *funcs)
{
	guint i;

	if (funcs == NULL)
		return;
	for (i = 0; i < funcs->len; i++) {
		GnmFunc *func = g_ptr_array_index (funcs, i);

		g_signal_handlers_disconnect_matched (func, G_SIGNAL_MATCH_FUNC,
						      0, 0, NULL, cb_in_use, NULL);
		if (gnm_func_lookup (gnm_func_get_name (func, FALSE), NULL) == func &&
		    !taken_over (func)) {
			gnm_func_dispose (func);
			g_object_unref (func);	/* the registry's */
		}
		g_object_unref (func);		/* ours */
	}
	g_ptr_array_free (funcs, TRUE);
}

GnmFuncDescriptor const *const *
pst_function_tables (gsize *n)
{
	*n = G_N_ELEMENTS (function_tables);
	return function_tables;
}
