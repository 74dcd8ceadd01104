/*
 * cli-common.c: reading and writing plans from the command line, on
 * Gnumeric's own library.
 */
#include "pst-cli.h"
#include "plan-workbook.h"

#include <workbook.h>
#include <workbook-view.h>
#include <goffice/goffice.h>
#include <gsf/gsf-input-stdio.h>
#include <glib/gstdio.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static GOCmdContext *cli_context;

GOCmdContext *
pst_cli_context (void)
{
	return cli_context;
}

void
pst_cli_set_context (GOCmdContext *cc);

void
pst_cli_set_context (GOCmdContext *cc)
{
	cli_context = cc;
}

void
pst_cli_error (char const *fmt, ...)
{
	va_list args;
	fflush (stdout);
	fputs ("pst : ", stderr);
	va_start (args, fmt);
	vfprintf (stderr, fmt, args);
	va_end (args);
	fputc ('\n', stderr);
}

/* The files read in this run, as "device:inode": an output that is one
 * of them would replace a plan the user still needs by its import. */
static GHashTable *files_read;

static char *
file_identity (char const *path)
{
	GStatBuf st;
	if (g_stat (path, &st) != 0)
		return NULL;
	return g_strdup_printf ("%lu:%lu", (unsigned long) st.st_dev,
				(unsigned long) st.st_ino);
}

static void
remember_file_read (char const *path)
{
	char *id = file_identity (path);
	if (id == NULL)
		return;
	if (files_read == NULL)
		files_read = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
	g_hash_table_add (files_read, id);
}

PstPlan *
pst_cli_read_plan (char const *path, char const *entite)
{
	return pst_cli_read_plan_with (path, entite, NULL);
}

PstPlan *
pst_cli_read_plan_with (char const *path, char const *entite,
			PstImportOptions const *options)
{
	GError *err = NULL;
	GsfInput *input;
	GOIOContext *io;
	PstPlan *plan;
	char *uri, *error = NULL;

	if (!g_file_test (path, G_FILE_TEST_IS_REGULAR)) {
		pst_cli_error ("le fichier « %s » n’existe pas ou n’est pas un fichier.", path);
		return NULL;
	}
	input = gsf_input_stdio_new (path, &err);
	if (input == NULL) {
		pst_cli_error ("impossible d’ouvrir « %s » : %s", path, err->message);
		g_error_free (err);
		return NULL;
	}
	remember_file_read (path);
	uri = go_shell_arg_to_uri (path);
	io = go_io_context_new (cli_context);
	plan = pst_plan_read (input, uri, entite, options, io, &error);
	if (plan == NULL) {
		pst_cli_error ("%s", error);
		g_free (error);
	}
	g_object_unref (io);
	g_object_unref (input);
	g_free (uri);
	return plan;
}

GOFileSaver *
pst_cli_saver_for (char const *path)
{
	GOFileSaver *fs = go_file_saver_for_file_name (path);
	if (fs == NULL)
		pst_cli_error ("format de sortie inconnu pour « %s » (utilisez .xlsx, .ods ou .gnumeric).", path);
	return fs;
}

/* Written beside the target then renamed: a failure never leaves a
 * half-written file in place of a good one. */
gboolean
pst_cli_save_workbook (Workbook *wb, GOFileSaver *fs, char const *path)
{
	char *id = file_identity (path);
	char *dir, *base, *tmp, *uri;
	WorkbookView *wbv;
	gboolean ok;

	/* "pst import plan.xlsx -o plan.xlsx" would put the import in place
	 * of the plan itself. */
	if (id && files_read && g_hash_table_contains (files_read, id)) {
		pst_cli_error ("« %s » est un des plans lus : l’écrire le remplacerait. "
			       "Choisissez un autre fichier de sortie ; rien n’a été écrit.", path);
		g_free (id);
		return FALSE;
	}
	g_free (id);
	dir = g_path_get_dirname (path);
	base = g_path_get_basename (path);
	tmp = g_strdup_printf ("%s/.%s.%d.tmp%s", dir, base, (int) getpid (),
			       strrchr (base, '.') ? strrchr (base, '.') : "");
	uri = go_shell_arg_to_uri (tmp);
	wbv = workbook_view_new (wb);
	ok = workbook_view_save_as (wbv, fs, uri, cli_context);

	if (ok && g_rename (tmp, path) != 0) {
		pst_cli_error ("impossible d’écrire « %s ».", path);
		ok = FALSE;
	}
	if (!ok) {
		g_unlink (tmp);
		pst_cli_error ("l’enregistrement de « %s » a échoué ; aucun fichier n’a été modifié.", path);
	}
	g_free (uri);
	g_free (tmp);
	g_free (dir);
	g_free (base);
	return ok;
}

gboolean
pst_cli_save_plan (PstPlan const *plan, char const *path)
{
	GOFileSaver *fs = pst_cli_saver_for (path);
	Workbook *wb;
	gboolean ok;

	if (fs == NULL)
		return FALSE;
	wb = workbook_new ();
	pst_plan_write (wb, plan);
	ok = pst_cli_save_workbook (wb, fs, path);
	g_object_unref (wb);
	return ok;
}

static char *
count (guint n, char const *one, char const *many)
{
	return g_strdup_printf ("%u %s", n, n > 1 ? many : one);
}

char *
pst_cli_plan_summary (PstPlan const *plan)
{
	char *parts[6], *summary;
	guint i, errors = 0;

	for (i = 0; i < plan->anomalies->len; i++)
		if (((PstAnomaly *) g_ptr_array_index (plan->anomalies, i))->gravite == PST_GRAVITE_ERREUR)
			errors++;
	parts[0] = count (pst_plan_count (plan, 1), "objectif stratégique", "objectifs stratégiques");
	parts[1] = count (pst_plan_count (plan, 2), "objectif opérationnel", "objectifs opérationnels");
	parts[2] = count (pst_plan_count (plan, 3), "action", "actions");
	parts[3] = count (pst_plan_count (plan, 4), "sous-action", "sous-actions");
	parts[4] = count (plan->anomalies->len, "anomalie", "anomalies");
	parts[5] = count (errors, "erreur", "erreurs");
	summary = g_strdup_printf ("%s, %s, %s, %s ; %s dont %s", parts[0], parts[1],
				   parts[2], parts[3], parts[4], parts[5]);
	for (i = 0; i < G_N_ELEMENTS (parts); i++)
		g_free (parts[i]);
	return summary;
}
