/*
 * cli-common.c: reading and writing plans from the command line, on
 * Gnumeric's own library.
 */
#include "pst-cli.h"
#include "plan-workbook.h"

#include <workbook.h>
#include <workbook-view.h>
#include <goffice/goffice.h>
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
	char *error = NULL;
	PstPlan *plan = pst_plan_read_path (path, entite, options, cli_context, &error);

	if (plan == NULL) {
		pst_cli_error ("%s", error);
		g_free (error);
	} else
		remember_file_read (path);
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

/* "31/12/2024" or "2024-12-31": a day the user names, checked. */
gboolean
pst_cli_parse_date (char const *text, GDate *date)
{
	int d, m, y;
	char end;

	g_date_clear (date, 1);
	if (sscanf (text, "%d/%d/%d%c", &d, &m, &y, &end) == 3 ||
	    sscanf (text, "%d-%d-%d%c", &y, &m, &d, &end) == 3) {
		if (y >= 1900 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 &&
		    g_date_valid_dmy (d, m, y)) {
			g_date_set_dmy (date, d, m, y);
			return TRUE;
		}
	}
	return FALSE;
}
