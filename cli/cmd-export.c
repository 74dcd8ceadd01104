/*
 * cmd-export.c: pst export PLAN -o PST.xml [--ins N] [--type CPAS|AC]
 *               [--exercice AAAA] [--entite NOM]
 */
#include "pst-cli.h"
#include "ecomptes.h"

#include <goffice/goffice.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int
usage (void)
{
	fputs ("usage : pst export PLAN -o PST.xml [--ins N] [--type CPAS|AC] [--exercice AAAA] [--entite NOM]\n"
	       "  Exporte un plan PST au format XML eComptes de la Région wallonne\n"
	       "  (schéma PST_eComptes_Export_201805V1) dans PST.xml.  PLAN est un plan\n"
	       "  de n’importe quelle mise en page (xlsx, ods, gnumeric, csv), le classeur\n"
	       "  PST canonique écrit par « pst import », ou un export eComptes (.xml).\n"
	       "  --ins N          code INS de la commune (défaut : 0, non renseigné)\n"
	       "  --type CPAS|AC   administration : CPAS (défaut) ou AC, l’administration communale\n"
	       "  --exercice AAAA  exercice budgétaire (défaut : l’année en cours)\n"
	       "  --entite NOM     nom de l’entité (défaut : celui du plan)\n"
	       "  Un export eComptes relu garde son en-tête, sauf les options données.\n", stderr);
	return PST_EXIT_USAGE;
}

static gboolean
has_suffix (char const *path, char const *const *suffixes)
{
	char const *dot = strrchr (path, '.');
	for (; dot && *suffixes; suffixes++)
		if (g_ascii_strcasecmp (dot, *suffixes) == 0)
			return TRUE;
	return FALSE;
}

/* An export read back: its header is the default of the new one. */
static PstPlan *
read_xml (char const *path, PstEcomptesHeader *header)
{
	GError *err = NULL;
	char *data, *error = NULL, *file;
	gsize len;
	PstPlan *plan;

	if (!g_file_get_contents (path, &data, &len, &err)) {
		pst_cli_error ("impossible de lire « %s » : %s", path, err->message);
		g_error_free (err);
		return NULL;
	}
	file = g_path_get_basename (path);
	plan = pst_ecomptes_read (data, len, file, header, &error);
	if (plan == NULL) {
		pst_cli_error ("%s", error);
		g_free (error);
	}
	g_free (file);
	g_free (data);
	return plan;
}

static PstPlan *
read_plan (char const *path, char const *entite, PstEcomptesHeader *header)
{
	static char const *const xml_suffixes[] = { ".xml", NULL };

	if (!g_file_test (path, G_FILE_TEST_IS_REGULAR)) {
		pst_cli_error ("le fichier « %s » n’existe pas ou n’est pas un fichier.", path);
		return NULL;
	}
	if (has_suffix (path, xml_suffixes))
		return read_xml (path, header);
	return pst_cli_read_plan (path, entite);
}

static gboolean
parse_integer (char const *text, gint64 min, gint64 max, gint64 *value)
{
	char *end;
	gint64 v;

	if (text == NULL || !g_ascii_isdigit (*text))
		return FALSE;
	v = g_ascii_strtoll (text, &end, 10);
	if (*end != '\0' || v < min || v > max)
		return FALSE;
	*value = v;
	return TRUE;
}

static char *
plural (guint n, char const *one, char const *many)
{
	return g_strdup_printf ("%u %s", n, n > 1 ? many : one);
}

int
pst_cmd_export (int argc, char **argv)
{
	char const *input = NULL, *output = NULL, *entite = NULL;
	PstEcomptesHeader header, given;
	gboolean has_ins = FALSE, has_type = FALSE, has_exercice = FALSE;
	PstEcomptesStats stats;
	GError *err = NULL;
	PstPlan *plan;
	char *xml, *parts[6];
	gsize len = 0;
	gint64 v;
	int i, status = PST_EXIT_OK;

	pst_ecomptes_header_init (&given);
	for (i = 0; i < argc; i++) {
		char const *value = i + 1 < argc ? argv[i + 1] : NULL;

		if ((strcmp (argv[i], "-o") == 0 || strcmp (argv[i], "--sortie") == 0) && value)
			output = argv[++i];
		else if (strcmp (argv[i], "--entite") == 0 && value)
			entite = argv[++i];
		else if (strcmp (argv[i], "--ins") == 0 && value) {
			if (!parse_integer (value, 0, 999999999, &v)) {
				pst_cli_error ("--ins attend le code INS, un nombre entier positif (par exemple 85045), pas « %s ».", value);
				return PST_EXIT_USAGE;
			}
			given.ins = v;
			has_ins = TRUE;
			i++;
		} else if (strcmp (argv[i], "--type") == 0 && value) {
			if (!pst_ecomptes_parse_type_admin (value, &given)) {
				pst_cli_error ("--type attend CPAS ou AC (administration communale), pas « %s ».", value);
				return PST_EXIT_USAGE;
			}
			has_type = TRUE;
			i++;
		} else if (strcmp (argv[i], "--exercice") == 0 && value) {
			if (!parse_integer (value, 1900, 2199, &v)) {
				pst_cli_error ("--exercice attend une année (par exemple 2025), pas « %s ».", value);
				return PST_EXIT_USAGE;
			}
			given.exercice = (int) v;
			has_exercice = TRUE;
			i++;
		} else if (argv[i][0] == '-' && argv[i][1] != '\0')
			return usage ();
		else if (input == NULL)
			input = argv[i];
		else
			return usage ();
	}
	if (input == NULL || output == NULL)
		return usage ();

	pst_ecomptes_header_init (&header);
	plan = read_plan (input, entite, &header);
	if (plan == NULL)
		return PST_EXIT_FAILURE;
	if (has_ins)
		header.ins = given.ins;
	if (has_type)
		header.cpas = given.cpas;
	if (has_exercice)
		header.exercice = given.exercice;
	header.entite = entite;
	if (pst_plan_count (plan, 3) + pst_plan_count (plan, 4) == 0) {
		pst_cli_error ("aucune action trouvée dans « %s » : est-ce bien un plan PST ? "
			       "Rien n’a été écrit.", input);
		pst_plan_free (plan);
		return PST_EXIT_FAILURE;
	}
	xml = pst_ecomptes_write (plan, &header, &stats, &len);
	if (xml == NULL) {
		pst_cli_error ("le XML eComptes n’a pas pu être produit (mémoire insuffisante) ; "
			       "rien n’a été écrit.");
		pst_plan_free (plan);
		return PST_EXIT_FAILURE;
	}
	/* g_file_set_contents writes a temporary file beside the target and
	 * renames it: a failure never leaves a half-written file. */
	if (!g_file_set_contents (output, xml, len, &err)) {
		pst_cli_error ("impossible d’écrire « %s » : %s ; aucun fichier n’a été modifié.",
			       output, err->message);
		g_error_free (err);
		status = PST_EXIT_FAILURE;
		goto out;
	}

	parts[0] = plural (stats.volets, "volet", "volets");
	parts[1] = plural (stats.os, "objectif stratégique", "objectifs stratégiques");
	parts[2] = plural (stats.oo, "objectif opérationnel", "objectifs opérationnels");
	parts[3] = plural (stats.actions, "action", "actions");
	parts[4] = plural (stats.sous_actions, "sous-action", "sous-actions");
	parts[5] = plural (stats.articles, "article budgétaire", "articles budgétaires");
	printf ("« %s » exporté : %s, %s, %s, %s, %s, %s → %s (%s, INS %" G_GINT64_FORMAT ", exercice %d)\n",
		input, parts[0], parts[1], parts[2], parts[3], parts[4], parts[5], output,
		header.cpas ? "CPAS" : "AC", header.ins, header.exercice);
	for (i = 0; i < (int) G_N_ELEMENTS (parts); i++)
		g_free (parts[i]);
	if (stats.truncated > 0)
		printf ("attention : %u libellé%s de plus de %d caractères coupé%s ; "
			"le texte complet est dans la Description.\n",
			stats.truncated, stats.truncated > 1 ? "s" : "",
			PST_ECOMPTES_LIBELLE_MAX, stats.truncated > 1 ? "s" : "");
	if (stats.skipped > 0)
		printf ("attention : %u action%s sans référence OS.OO.action non exportée%s.\n",
			stats.skipped, stats.skipped > 1 ? "s" : "", stats.skipped > 1 ? "s" : "");
	if (header.ins == 0)
		printf ("attention : code INS non renseigné (0) ; précisez-le avec --ins.\n");
 out:
	g_free (xml);
	pst_plan_free (plan);
	return status;
}
