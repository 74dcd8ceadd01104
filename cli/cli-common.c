/*
 * cli-common.c: reading and writing plans from the command line, on
 * Gnumeric's own library.
 */
#include "pst-cli.h"
#include "plan-workbook.h"
#include "phases.h"
#include "gzip-pipe.h"

#include <gnumeric-conf.h>
#include <gsf/gsf-output-stdio.h>

#include <workbook.h>
#include <workbook-view.h>
#include <goffice/goffice.h>
#include <glib/gstdio.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static GOCmdContext *cli_context;
/* Workbooks written and left for the end of the process, still
 * reachable from here. */
static GSList *left_for_exit;

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

/* A workbook of 30 000 actions takes a tenth of a second to free, cell by
 * cell, just before the process ends and gives all its memory back at
 * once: a batch tool does not pay that twice. */
void
pst_cli_done_with (Workbook *wb)
{
	gint64 t;

	if (g_getenv ("PST_FREE_AT_EXIT") == NULL) {
		left_for_exit = g_slist_prepend (left_for_exit, wb);
		return;
	}
	t = pst_phase_start ();
	g_object_unref (wb);
	pst_phase_stop ("libération du classeur écrit", t);
}

gboolean
pst_cli_exit_early (void)
{
	return left_for_exit != NULL;
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

PstPlanReading *
pst_cli_read_plan_begin (char const *path, char const *entite,
			 PstImportOptions const *options)
{
	char *error = NULL;
	PstPlanReading *reading = pst_plan_read_path_begin (path, entite, options,
							    cli_context, &error);

	if (reading == NULL) {
		pst_cli_error ("%s", error);
		g_free (error);
	} else
		remember_file_read (path);
	return reading;
}

PstPlan *
pst_cli_read_plan_with (char const *path, char const *entite,
			PstImportOptions const *options)
{
	PstPlanReading *reading = pst_cli_read_plan_begin (path, entite, options);
	return reading ? pst_plan_read_end (reading) : NULL;
}

GOFileSaver *
pst_cli_saver_for (char const *path)
{
	GOFileSaver *fs = go_file_saver_for_file_name (path);
	if (fs == NULL)
		pst_cli_error ("format de sortie inconnu pour « %s » (utilisez .xlsx, .ods ou .gnumeric).", path);
	return fs;
}

/* A .gnumeric file as Gnumeric's saver writes it, gzipped by a second
 * thread while the XML is formatted: the compression is half of the
 * saver's time.  Written to @file; FALSE with a French message naming
 * @path, the file the user asked for, on failure. */
static gboolean
save_gnumeric_in_parallel (WorkbookView *wbv, char const *file, char const *path)
{
	GOFileSaver *xml = go_file_saver_for_id ("Gnumeric_XmlIO:sax:0");
	GError *err = NULL;
	GsfOutput *sink, *pipe;
	GOIOContext *io;
	gboolean ok;

	sink = gsf_output_stdio_new (file, &err);
	if (sink == NULL) {
		pst_cli_error ("impossible d’écrire « %s » : %s", path, err->message);
		g_error_free (err);
		return FALSE;
	}
	pipe = pst_gzip_pipe_new (sink, &err);
	if (pipe == NULL) {
		pst_cli_error ("impossible d’écrire « %s » : %s", path, err->message);
		g_error_free (err);
		g_object_unref (sink);
		return FALSE;
	}
	io = go_io_context_new (cli_context);
	workbook_view_save_to_output (wbv, xml, pipe, io);
	ok = !go_io_error_occurred (io) && gsf_output_close (sink);
	if (go_io_error_occurred (io))
		go_io_error_display (io);
	g_object_unref (io);
	g_object_unref (pipe);
	g_object_unref (sink);
	return ok;
}

static gboolean
is_compressed_gnumeric (GOFileSaver *fs)
{
	return strcmp (go_file_saver_get_id (fs), "Gnumeric_XmlIO:sax") == 0 &&
		go_file_saver_for_id ("Gnumeric_XmlIO:sax:0") != NULL &&
		gnm_conf_get_core_xml_compression_level () > 0;
}

/* Written beside the target then renamed: a failure never leaves a
 * half-written file in place of a good one. */
gboolean
pst_cli_save_workbook (Workbook *wb, GOFileSaver *fs, char const *path)
{
	char *id = file_identity (path);
	char *dir, *base, *tmp, *uri;
	WorkbookView *wbv;
	gint64 t;
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
	t = pst_phase_start ();
	if (is_compressed_gnumeric (fs))
		ok = save_gnumeric_in_parallel (wbv, tmp, path);
	else
		ok = workbook_view_save_as (wbv, fs, uri, cli_context);
	pst_phase_stop ("enregistrement", t);

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
pst_cli_save_plan (PstPlan *plan, char const *path)
{
	GOFileSaver *fs = pst_cli_saver_for (path);
	Workbook *wb;
	gint64 t;
	gboolean ok;

	if (fs == NULL) {
		pst_plan_free (plan);
		return FALSE;
	}
	wb = workbook_new ();
	pst_plan_write (wb, plan);
	t = pst_phase_start ();
	pst_plan_free (plan);
	pst_phase_stop ("libération du plan", t);
	ok = pst_cli_save_workbook (wb, fs, path);
	pst_cli_done_with (wb);
	return ok;
}

/* "31/12/2024" or "2024-12-31": a day the user names, checked; anything
 * else is said in French. */
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
	pst_cli_error ("date « %s » illisible : écrivez-la JJ/MM/AAAA "
		       "(31/12/2024) ou AAAA-MM-JJ.", text);
	return FALSE;
}
