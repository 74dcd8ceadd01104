/*
 * pst-module.c: the plugin module's entry points.
 *
 * Gnumeric refuses a module built for another version without a word in
 * the sheet (every cell then reads "Function implementation not
 * available."), which is why the tests check computed values.
 */
#include "pst-functions.h"
#include "engine.h"

#include <goffice/goffice.h>
#include <locale.h>

GNM_PLUGIN_MODULE_HEADER;

G_MODULE_EXPORT void go_plugin_init (GOPlugin *plugin, GOCmdContext *cc);
G_MODULE_EXPORT void go_plugin_shutdown (GOPlugin *plugin, GOCmdContext *cc);

/* The functions this copy of the plugin registered, NULL when another copy
 * had registered them first. */
static GPtrArray *registered;

/* The directories of the other active copies of this plugin. */
static char *
other_copies (GOPlugin *plugin)
{
	GString *dirs = g_string_new (NULL);
	GSList *l;

	for (l = go_plugins_get_available_plugins (); l != NULL; l = l->next) {
		GOPlugin *other = l->data;
		if (other == plugin || !go_plugin_is_active (other) ||
		    g_strcmp0 (go_plugin_get_id (other), go_plugin_get_id (plugin)) != 0)
			continue;
		if (dirs->len > 0)
			g_string_append (dirs, ", ");
		g_string_append (dirs, go_plugin_get_dir_name (other));
	}
	return g_string_free (dirs, FALSE);
}

/* plugin.xml asks for the module at start-up (<autoload/>): the functions
 * are registered here rather than declared in plugin.xml, so that a second
 * copy of the plugin (ssconvert activates every copy it finds) leaves them
 * to the first instead of disposing of them twice at exit.  Gnumeric
 * activates first the copy of the last directory it reads
 * (GNUMERIC_PLUGIN_PATH, then ~/.gnumeric, then its own): that one gives
 * the functions.
 *
 * The French help lives next to the module, in DIR/locale, so that a
 * plugin directory is complete wherever it is installed or built; the
 * copy that registers the functions binds the text domain to its own. */
G_MODULE_EXPORT void
go_plugin_init (GOPlugin *plugin, GOCmdContext *cc)
{
	char *localedir;

	if (pst_functions_defined ()) {
		char *others = other_copies (plugin);
		g_message ("PST : les fonctions PST sont déjà fournies par %s%s ; "
			   "la copie du greffon dans %s ne les enregistre pas.",
			   *others ? "le greffon de " : "un autre module",
			   others, go_plugin_get_dir_name (plugin));
		g_free (others);
		return;
	}
	localedir = g_build_filename (go_plugin_get_dir_name (plugin),
				      "locale", NULL);
	bindtextdomain (GETTEXT_PACKAGE, localedir);
	bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
	g_free (localedir);
	registered = pst_functions_register_for (plugin);
}

/* The module is unloaded while Gnumeric runs on: the functions this copy
 * registered go first (their code goes with the module), then the
 * engine's tables, or they would be memory lost for good. */
G_MODULE_EXPORT void
go_plugin_shutdown (GOPlugin *plugin, GOCmdContext *cc)
{
	pst_functions_unregister (registered);
	registered = NULL;
	pst_engine_shutdown ();
}
