/*
 * pst-module.c: the plugin module's entry points.
 *
 * Gnumeric refuses a module built for another version without a word in
 * the sheet (every cell then reads "Function implementation not
 * available."), which is why the tests check computed values.
 */
#include "pst-gnumeric.h"
#include "engine.h"

#include <goffice/goffice.h>
#include <locale.h>

GNM_PLUGIN_MODULE_HEADER;

G_MODULE_EXPORT void go_plugin_init (GOPlugin *plugin, GOCmdContext *cc);
G_MODULE_EXPORT void go_plugin_shutdown (GOPlugin *plugin, GOCmdContext *cc);

/* The French help lives next to the module, in DIR/locale, so that a
 * plugin directory is complete wherever it is installed or built. */
G_MODULE_EXPORT void
go_plugin_init (GOPlugin *plugin, GOCmdContext *cc)
{
	char *localedir = g_build_filename (go_plugin_get_dir_name (plugin),
					    "locale", NULL);
	bindtextdomain (GETTEXT_PACKAGE, localedir);
	bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
	g_free (localedir);
}

/* The module is unloaded while Gnumeric runs on: the engine's tables go
 * with it, or they would be memory lost for good. */
G_MODULE_EXPORT void
go_plugin_shutdown (GOPlugin *plugin, GOCmdContext *cc)
{
	pst_engine_shutdown ();
}
