/*
 * pst.c: the command-line tool for batch work on PST plans, built on
 * Gnumeric's own library.
 */
#include "pst-cli.h"
#include "pst-functions.h"
#include "phases.h"

#include <libgnumeric.h>
#include <command-context-stderr.h>
#include <gnm-plugin.h>
#include <goffice/goffice.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

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

typedef struct {
	char const *name;
	int	  (*run) (int argc, char **argv);
	char const *help;
} Command;

static Command const commands[] = {
	{ "import", pst_cmd_import,
	  "pst import PLAN -o SORTIE [--entite NOM] [--explique] [--colonne C=RÔLE]... [--entete N] [--feuille NOM]\n"
	  "      importe un plan PST de n’importe quelle mise en page" },
	{ "consolidate", pst_cmd_consolidate,
	  "pst consolidate PLAN... -o SORTIE\n"
	  "      consolide plusieurs plans dans un seul classeur, avec tableau de bord" },
	{ "export", pst_cmd_export,
	  "pst export PLAN -o PST.xml\n"
	  "      exporte un plan au format XML eComptes de la Région" },
	{ "verifier", pst_cmd_verify,
	  "pst verifier PLAN [-o SORTIE] [--date JJ/MM/AAAA]\n"
	  "      vérifie un plan (alias : verify) : actions SMART, dates, statuts, budget, références" },
	{ "fiches", pst_cmd_fiches,
	  "pst fiches PLAN -o SORTIE.pdf [--par action|oo] [--date JJ/MM/AAAA] [--entite NOM]\n"
	  "      imprime une fiche A4 par action (ou par objectif opérationnel) pour les réunions" },
	{ "compare", pst_cmd_compare,
	  "pst compare ANCIEN NOUVEAU [-o SORTIE] [--date JJ/MM/AAAA] [--date-ancien JJ/MM/AAAA]\n"
	  "      compare deux versions d’un plan (alias : comparer) : ajouts, suppressions, statuts, avancement, budget" },
	/* Aliases, not listed: the same command under another spelling. */
	{ "vérifier", pst_cmd_verify, NULL },
	{ "verify", pst_cmd_verify, NULL },
	{ "comparer", pst_cmd_compare, NULL },
	{ "fiche", pst_cmd_fiches, NULL },
};

static int
usage (void)
{
	gsize i;
	fputs ("usage : pst COMMANDE ...\n", stderr);
	for (i = 0; i < G_N_ELEMENTS (commands); i++)
		if (commands[i].help)
			fprintf (stderr, "  %s\n", commands[i].help);
	return PST_EXIT_USAGE;
}

int
main (int argc, char **argv)
{
	GOCmdContext *cc;
	GPtrArray *own_functions;
	Command const *command = NULL;
	gsize i;
	gint64 t;
	int status;

	setlocale (LC_ALL, "");
	/* No desktop session to save settings to. */
	g_setenv ("GSETTINGS_BACKEND", "memory", FALSE);
	for (i = 0; argc >= 2 && i < G_N_ELEMENTS (commands); i++)
		if (strcmp (argv[1], commands[i].name) == 0)
			command = &commands[i];
	if (command == NULL)
		return usage ();

	t = pst_phase_start ();
	gnm_pre_parse_init (1, (gchar const **) argv);
	gnm_init ();
	cc = gnm_cmd_context_stderr_new ();
	gnm_plugins_init (cc);
	go_component_set_default_command_context (cc);
	pst_cli_set_context (cc);
	own_functions = ensure_functions ();
	pst_phase_stop ("démarrage", t);

	status = command->run (argc - 2, argv + 2);

	/* What is left is freed by the end of the process; Gnumeric's
	 * shutdown would free it first. */
	if (pst_cli_exit_early ()) {
		pst_phases_report (stderr);
		fflush (NULL);
		_exit (status);
	}
	t = pst_phase_start ();
	pst_functions_unregister (own_functions);
	go_component_set_default_command_context (NULL);
	g_object_unref (cc);
	gnm_shutdown ();
	gnm_pre_parse_shutdown ();
	pst_phase_stop ("fin", t);
	pst_phases_report (stderr);
	return status;
}
