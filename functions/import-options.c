/*
 * import-options.c: the user's corrections of the reading of a plan:
 * --colonne "Pilote=responsable", --colonne "G=avancement", --entete 4,
 * --feuille PST.
 */
#include "import.h"
#include "headers.h"
#include "text.h"

#include <stdlib.h>
#include <string.h>

static void
choice_clear (gpointer data)
{
	g_free (((PstColumnChoice *) data)->column);
}

PstImportOptions *
pst_import_options_new (void)
{
	PstImportOptions *o = g_new0 (PstImportOptions, 1);
	o->columns = g_array_new (FALSE, TRUE, sizeof (PstColumnChoice));
	g_array_set_clear_func (o->columns, choice_clear);
	return o;
}

void
pst_import_options_free (PstImportOptions *options)
{
	if (options == NULL)
		return;
	g_free (options->sheet);
	g_array_free (options->columns, TRUE);
	g_free (options);
}

gboolean
pst_import_option_is_known (char const *option)
{
	return strcmp (option, "--colonne") == 0 || strcmp (option, "--entete") == 0 ||
		strcmp (option, "--feuille") == 0;
}

/* "G", "AB": a column given by its letters. */
static int
column_of_letters (char const *text)
{
	int col = 0, n = 0;
	for (; *text; text++, n++) {
		if (!g_ascii_isalpha (*text) || n >= 3)
			return -1;
		col = col * 26 + (g_ascii_toupper (*text) - 'A' + 1);
	}
	return n > 0 ? col - 1 : -1;
}

gboolean
pst_import_options_take (PstImportOptions *options, char const *option,
			 char const *value, char **error)
{
	*error = NULL;
	if (strcmp (option, "--entete") == 0) {
		char *end;
		long row = strtol (value, &end, 10);
		if (*value == '\0' || *end != '\0' || row < 1 || row > 1048576) {
			*error = g_strdup_printf ("--entete attend le numéro de la ligne d’en-tête (1, 2, …), pas « %s ».", value);
			return FALSE;
		}
		options->header_row = row;
		return TRUE;
	}
	if (strcmp (option, "--feuille") == 0) {
		g_free (options->sheet);
		options->sheet = g_strdup (value);
		return TRUE;
	}
	if (strcmp (option, "--colonne") == 0) {
		char const *eq = strrchr (value, '=');
		PstColumnChoice choice;
		if (eq == NULL || eq == value || eq[1] == '\0') {
			*error = g_strdup_printf ("--colonne attend COLONNE=RÔLE (par exemple « Pilote=responsable » ou « G=avancement »), pas « %s ».", value);
			return FALSE;
		}
		if (!pst_role_from_name (eq + 1, &choice.role)) {
			*error = g_strdup_printf ("rôle « %s » inconnu dans --colonne ; rôles possibles : os, oo, axe, volet, action, sous-action, ref, libelle, niveau, responsable, service, debut, fin, statut, avancement, meteo, meteo-delais, meteo-ressources, budget, engage, article, financement, etp, indicateur, cible, realise, priorite, commentaire, autre.",
						  eq + 1);
			return FALSE;
		}
		choice.column = g_strndup (value, eq - value);
		g_strstrip (choice.column);
		g_array_append_val (options->columns, choice);
		return TRUE;
	}
	*error = g_strdup_printf ("option « %s » inconnue.", option);
	return FALSE;
}

gboolean
pst_import_options_parse (PstImportOptions *options, char const *text,
			  char **error)
{
	char **argv = NULL;
	int argc, i;
	GError *err = NULL;

	*error = NULL;
	if (text == NULL || pst_text_is_blank (text))
		return TRUE;
	if (!g_shell_parse_argv (text, &argc, &argv, &err)) {
		*error = g_strdup_printf ("options de lecture illisibles : %s", err->message);
		g_error_free (err);
		return FALSE;
	}
	for (i = 0; i < argc; i += 2) {
		if (i + 1 >= argc) {
			*error = g_strdup_printf ("l’option « %s » attend une valeur.", argv[i]);
			break;
		}
		if (!pst_import_options_take (options, argv[i], argv[i + 1], error))
			break;
	}
	g_strfreev (argv);
	return *error == NULL;
}

gboolean
pst_import_options_role (PstImportOptions const *options, int col,
			 char const *header, int *role)
{
	guint i;
	gboolean found = FALSE;
	char *folded = header ? pst_text_fold (header) : NULL;

	/* The last choice of a column wins, as on a command line. */
	for (i = 0; i < options->columns->len; i++) {
		PstColumnChoice const *c = &g_array_index (options->columns, PstColumnChoice, i);
		gboolean match = column_of_letters (c->column) == col;
		if (!match && folded) {
			char *f = pst_text_fold (c->column);
			match = strcmp (g_strstrip (f), g_strstrip (folded)) == 0;
			g_free (f);
		}
		if (match) {
			*role = c->role;
			found = TRUE;
		}
	}
	g_free (folded);
	return found;
}
