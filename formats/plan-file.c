/*
 * plan-file.c: a plan read from a file of any layout, the way "pst import"
 * and the menu Données › PST read it.
 */
#include "plan-workbook.h"
#include "consolidation.h"

#include <goffice/goffice.h>
#include <gsf/gsf-input-stdio.h>
#include <glib/gstdio.h>
#include <errno.h>

/* Without @options, the corrections kept beside the plan ("plan.xlsx.lecture")
 * apply, as they do when Gnumeric opens it: a plan that reads right only
 * with them is consolidated and exported right too. */
PstPlanReading *
pst_plan_read_path_begin (char const *path, char const *entite,
			  PstImportOptions const *options, GOCmdContext *cc,
			  char **error)
{
	GError *err = NULL;
	GsfInput *input;
	GOIOContext *io;
	PstImportOptions *kept = NULL;
	PstPlanReading *reading;
	char *uri, *corrections;

	*error = NULL;
	if (!g_file_test (path, G_FILE_TEST_IS_REGULAR)) {
		*error = g_strdup_printf ("le fichier « %s » n’existe pas ou n’est pas un fichier.", path);
		return NULL;
	}
	if (options == NULL && (corrections = pst_plan_corrections_load (path)) != NULL) {
		char *why = NULL;
		kept = pst_import_options_new ();
		if (!pst_import_options_parse (kept, corrections, &why)) {
			char *side = pst_plan_corrections_path (path);
			*error = g_strdup_printf ("« %s » : %s", side, why);
			g_free (side);
			g_free (why);
			g_free (corrections);
			pst_import_options_free (kept);
			return NULL;
		}
		g_free (corrections);
		options = kept;
	}
	input = gsf_input_stdio_new (path, &err);
	if (input == NULL) {
		*error = g_strdup_printf ("impossible d’ouvrir « %s » : %s", path, err->message);
		g_error_free (err);
		pst_import_options_free (kept);
		return NULL;
	}
	uri = go_shell_arg_to_uri (path);
	io = go_io_context_new (cc);
	reading = pst_plan_read_begin (input, uri, entite, options, io, error);
	g_object_unref (io);
	g_object_unref (input);
	g_free (uri);
	if (reading)
		pst_plan_reading_take_options (reading, kept);
	else
		pst_import_options_free (kept);
	return reading;
}

PstPlan *
pst_plan_read_path (char const *path, char const *entite,
		    PstImportOptions const *options, GOCmdContext *cc,
		    char **error)
{
	PstPlanReading *reading = pst_plan_read_path_begin (path, entite, options, cc, error);
	return reading ? pst_plan_read_end (reading) : NULL;
}

/* The entity a plan is filed under when the user names none: the CPAS or
 * commune its title names, else what pst_plan_read chose (the file). */
void
pst_plan_name_entite_from_title (PstPlan *plan)
{
	char *title = pst_plan_title_entite (plan);
	if (title)
		pst_plan_set_entite (plan, title);
	g_free (title);
}

static char *
count_of (guint n, char const *one, char const *many)
{
	return g_strdup_printf ("%u %s", n, n > 1 ? many : one);
}

char *
pst_plan_summary (PstPlan const *plan)
{
	char *parts[6], *summary;
	guint i, errors = 0;

	for (i = 0; i < plan->anomalies->len; i++)
		if (((PstAnomaly *) g_ptr_array_index (plan->anomalies, i))->gravite == PST_GRAVITE_ERREUR)
			errors++;
	parts[0] = count_of (pst_plan_count (plan, 1), "objectif stratégique", "objectifs stratégiques");
	parts[1] = count_of (pst_plan_count (plan, 2), "objectif opérationnel", "objectifs opérationnels");
	parts[2] = count_of (pst_plan_count (plan, 3), "action", "actions");
	parts[3] = count_of (pst_plan_count (plan, 4), "sous-action", "sous-actions");
	parts[4] = count_of (plan->anomalies->len, "anomalie", "anomalies");
	parts[5] = count_of (errors, "erreur", "erreurs");
	summary = g_strdup_printf ("%s, %s, %s, %s ; %s dont %s", parts[0], parts[1],
				   parts[2], parts[3], parts[4], parts[5]);
	for (i = 0; i < G_N_ELEMENTS (parts); i++)
		g_free (parts[i]);
	return summary;
}

/* The corrections of a plan's reading kept beside it, "plan.xlsx.lecture":
 * the options of pst import, one or several per line. */
char *
pst_plan_corrections_path (char const *plan_path)
{
	return g_strconcat (plan_path, ".lecture", NULL);
}

char *
pst_plan_corrections_load (char const *plan_path)
{
	char *side = pst_plan_corrections_path (plan_path);
	char *text = NULL;

	if (!g_file_get_contents (side, &text, NULL, NULL))
		text = NULL;
	g_free (side);
	return text;
}

gboolean
pst_plan_corrections_save (char const *plan_path, char const *text, char **error)
{
	char *side = pst_plan_corrections_path (plan_path);
	GError *err = NULL;
	gboolean ok;

	if (text == NULL || *text == '\0')
		ok = g_unlink (side) == 0 || !g_file_test (side, G_FILE_TEST_EXISTS);
	else {
		char *line = g_strconcat (text, "\n", NULL);
		ok = g_file_set_contents (side, line, -1, &err);
		g_free (line);
	}
	if (!ok) {
		*error = g_strdup_printf ("impossible d’écrire « %s » : %s", side,
					  err ? err->message : g_strerror (errno));
		g_clear_error (&err);
	}
	g_free (side);
	return ok;
}
