/*
 * pst.c: the command-line tool for batch work on PST plans, built on
 * Gnumeric's own library.
 */
#include "pst-cli.h"
#include "pst-functions.h"

#include <libgnumeric.h>
#include <command-context-stderr.h>
#include <gnm-plugin.h>
#include <goffice/goffice.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

void pst_cli_set_context (GOCmdContext *cc);

/* The generated formulas need the PST functions: the installed plugin's,
 * or this program's own copy when no plugin is installed. */
static GPtrArray *
ensure_functions (void)
{
	if (gnm_func_lookup ("pst.ref", NULL) != NULL)
		return NULL;
	return pst_functions_register ();
}

static int
usage (void)
{
	fputs ("usage : pst COMMANDE ...\n"
	       "  pst import PLAN -o SORTIE [--entite NOM]\n"
	       "      importe un plan PST de n’importe quelle mise en page\n", stderr);
	return PST_EXIT_USAGE;
}

int
main (int argc, char **argv)
{
	GOCmdContext *cc;
	GPtrArray *own_functions;
	int status;

	setlocale (LC_ALL, "");
	/* No desktop session to save settings to. */
	g_setenv ("GSETTINGS_BACKEND", "memory", FALSE);
	if (argc < 2)
		return usage ();
	if (strcmp (argv[1], "import") != 0)
		return usage ();

	gnm_pre_parse_init (1, (gchar const **) argv);
	gnm_init ();
	cc = gnm_cmd_context_stderr_new ();
	gnm_plugins_init (cc);
	go_component_set_default_command_context (cc);
	pst_cli_set_context (cc);
	own_functions = ensure_functions ();

	status = pst_cmd_import (argc - 2, argv + 2);

	pst_functions_unregister (own_functions);
	go_component_set_default_command_context (NULL);
	g_object_unref (cc);
	gnm_shutdown ();
	gnm_pre_parse_shutdown ();
	return status;
}
