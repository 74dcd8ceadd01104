/*
 * check-help.c: every PST function's help follows Gnumeric's own rules
 * (those of gnm_func_sanity_check1 in Gnumeric's sstest, which is not
 * packaged), in English and, with LANGUAGE=fr, in French, where every
 * text must also be translated and keep the function's name.
 *
 * Usage: check-help LOCALEDIR
 */
#include <pst-gnumeric.h>
#include <libgnumeric.h>
#include <workbook.h>
#include <sheet.h>
#include <expr.h>
#include <parse-util.h>
#include <position.h>
#include <gutils.h>
#include <goffice/goffice.h>

#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "pst-functions.h"


static int n_errors;
static GHashTable *builtin_names;	/* functions of Gnumeric's own plugins */
static gboolean french;
static Sheet *sheet;

static void
report (char const *fn, char const *what, char const *text)
{
	fprintf (stderr, "%s: %s%s%s%s\n", fn, what, text ? " in \"" : "",
		 text ? text : "", text ? "\"" : "");
	n_errors++;
}

/* Each @{name} names an argument. */
static void
check_argument_refs (char const *fn, char const *text, GHashTable *args)
{
	char const *p = text;
	while ((p = strstr (p, "@{")) != NULL) {
		char const *end = strchr (p, '}');
		char *name;
		if (end == NULL) {
			report (fn, "unclosed @{", text);
			return;
		}
		name = g_strndup (p + 2, end - p - 2);
		if (!g_hash_table_contains (args, name))
			report (fn, "reference to no argument", text);
		g_free (name);
		p = end;
	}
}

static void
check_function (GnmFunc *func, GnmFuncDescriptor const *desc)
{
	char const *fn = desc->name;
	gsize nlen = strlen (fn);
	GHashTable *args = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
	int i, n_help, n_names = 0, n_args = 0, n_seealso = 0, n_examples = 0;
	GnmFuncHelp const *help = gnm_func_get_help (func, &n_help);

	/* Argument names first: descriptions may name any of them. */
	for (i = 0; i < n_help; i++)
		if (help[i].type == GNM_FUNC_HELP_ARG) {
			char const *t = gnm_func_gettext (func, help[i].text);
			char const *colon = strchr (t, ':');
			if (colon && colon != t)
				g_hash_table_add (args, g_strndup (t, colon - t));
		}

	for (i = 0; i < n_help; i++) {
		char const *raw = help[i].text;
		char const *t = raw ? gnm_func_gettext (func, raw) : NULL;
		gsize len = t ? strlen (t) : 0;

		if (t && !g_utf8_validate (t, -1, NULL)) {
			report (fn, "invalid UTF-8", NULL);
			continue;
		}
		if (french && t && t == raw &&
		    (help[i].type == GNM_FUNC_HELP_NAME ||
		     help[i].type == GNM_FUNC_HELP_ARG ||
		     help[i].type == GNM_FUNC_HELP_DESCRIPTION ||
		     help[i].type == GNM_FUNC_HELP_NOTE ||
		     (help[i].type == GNM_FUNC_HELP_EXAMPLES && raw[0] != '=')))
			report (fn, "no French translation", raw);

		switch (help[i].type) {
		case GNM_FUNC_HELP_NAME:
			n_names++;
			if (g_ascii_strncasecmp (fn, t, nlen) || t[nlen] != ':')
				report (fn, "NAME does not start with the function name and a colon", t);
			else if (t[nlen + 1] == ' ' || t[len - 1] == ' ')
				report (fn, "unwanted space in NAME", t);
			else if (t[len - 1] == '.')
				report (fn, "unwanted period in NAME", t);
			break;
		case GNM_FUNC_HELP_ARG: {
			char const *colon = strchr (t, ':');
			n_args++;
			if (colon == NULL || colon == t) {
				report (fn, "ARG is not name:text", t);
				break;
			}
			if (colon[1] == ' ')
				report (fn, "unwanted space in ARG", t);
			if (colon[1] == '\0')
				report (fn, "empty ARG", t);
			if (t[len - 1] == '.')
				report (fn, "unwanted period in ARG", t);
			check_argument_refs (fn, colon + 1, args);
			break;
		}
		case GNM_FUNC_HELP_DESCRIPTION: {
			char const *p = t;
			check_argument_refs (fn, t, args);
			while (g_ascii_isupper (*p) ||
			       (p != t && (*p == '_' || *p == '.' || g_ascii_isdigit (*p))))
				p++;
			if (*p == ' ' && p - t >= 2 && g_ascii_strncasecmp (t, fn, nlen))
				report (fn, "DESCRIPTION starts with a capitalised word that is not the function name", t);
			break;
		}
		case GNM_FUNC_HELP_NOTE:
			check_argument_refs (fn, t, args);
			break;
		case GNM_FUNC_HELP_EXAMPLES:
			n_examples++;
			if (t[0] == '=') {
				GnmParsePos pp;
				GnmExprTop const *texpr;
				parse_pos_init_sheet (&pp, sheet);
				texpr = gnm_expr_parse_str (t + 1, &pp,
							    GNM_EXPR_PARSE_DEFAULT,
							    NULL, NULL);
				if (texpr == NULL)
					report (fn, "EXAMPLE does not parse", t);
				else
					gnm_expr_top_unref (texpr);
			}
			break;
		case GNM_FUNC_HELP_SEEALSO: {
			char **refs, **r;
			n_seealso++;
			if (len == 0 || strchr (t, ' ')) {
				report (fn, "SEEALSO is not a comma-separated list", t);
				break;
			}
			refs = g_strsplit (t, ",", -1);
			for (r = refs; *r; r++)
				if (gnm_func_lookup (*r, NULL) == NULL &&
				    !g_hash_table_contains (builtin_names, *r))
					report (fn, "SEEALSO names an unknown function", *r);
			g_strfreev (refs);
			break;
		}
		default:
			break;
		}
	}

	if (n_names != 1)
		report (fn, "not exactly one NAME record", NULL);
	if (n_seealso > 1)
		report (fn, "more than one SEEALSO record", NULL);
	if (n_examples == 0)
		report (fn, "no example", NULL);
	if (n_seealso == 0)
		report (fn, "no SEEALSO record", NULL);
	if (gnm_func_is_fixargs (func)) {
		int min, max;
		gnm_func_count_args (func, &min, &max);
		if (n_args != max)
			report (fn, "not one ARG record per argument", NULL);
	}
	/* Gnumeric names a function after its translated NAME record. */
	if (strcmp (gnm_func_get_name (func, TRUE), fn) != 0)
		report (fn, "the translated NAME renames the function",
			gnm_func_get_name (func, TRUE));
	g_hash_table_destroy (args);
}

/* This program loads no plugin, so SUMIF and friends are looked up in the
 * plugin.xml files of Gnumeric's installed plugins. */
static GHashTable *
read_builtin_names (void)
{
	GHashTable *names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
	char *dirname = g_build_filename (gnm_sys_lib_dir (), "plugins", NULL);
	GDir *dir = g_dir_open (dirname, 0, NULL);
	GRegex *re = g_regex_new ("<function name=\"([^\"]+)\"", 0, 0, NULL);
	char const *entry;

	while (dir && (entry = g_dir_read_name (dir)) != NULL) {
		char *xml = g_build_filename (dirname, entry, "plugin.xml", NULL);
		char *text = NULL;
		GMatchInfo *match;
		if (g_file_get_contents (xml, &text, NULL, NULL)) {
			g_regex_match (re, text, 0, &match);
			while (g_match_info_matches (match)) {
				char *name = g_match_info_fetch (match, 1);
				g_hash_table_add (names, g_ascii_strup (name, -1));
				g_free (name);
				g_match_info_next (match, NULL);
			}
			g_match_info_free (match);
		}
		g_free (text);
		g_free (xml);
	}
	if (dir)
		g_dir_close (dir);
	g_regex_unref (re);
	g_free (dirname);
	return names;
}

int
main (int argc, char const **argv)
{
	GnmFuncDescriptor const *const *tables;
	GPtrArray *funcs;
	Workbook *wb;
	gsize t, n_tables;
	int n_functions = 0;

	if (argc != 2) {
		fprintf (stderr, "usage: check-help LOCALEDIR\n");
		return 2;
	}
	setlocale (LC_ALL, "");
	bindtextdomain (GETTEXT_PACKAGE, argv[1]);
	bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
	french = g_str_has_prefix (g_getenv ("LANGUAGE") ? g_getenv ("LANGUAGE") : "", "fr");

	gnm_pre_parse_init (argc, argv);
	gnm_init ();
	wb = workbook_new_with_sheets (1);
	sheet = workbook_sheet_by_index (wb, 0);

	builtin_names = read_builtin_names ();
	funcs = pst_functions_register ();
	tables = pst_function_tables (&n_tables);
	for (t = 0; t < n_tables; t++) {
		GnmFuncDescriptor const *d;
		for (d = tables[t]; d->name; d++) {
			check_function (gnm_func_lookup (d->name, NULL), d);
			n_functions++;
		}
	}
	g_object_unref (wb);
	pst_functions_unregister (funcs);
	g_hash_table_destroy (builtin_names);
	printf ("help of %d functions (%s): %d passed, %d failed\n", n_functions,
		french ? "français" : "English", n_errors ? 0 : n_functions,
		n_errors);
	return n_errors ? 1 : 0;
}
