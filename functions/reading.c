/*
 * reading.c: what the importer understood, kept and told in French.
 */
#include "reading.h"
#include "headers.h"
#include "grid.h"
#include "plan.h"

#include <stdarg.h>
#include <string.h>

static void
column_reading_clear (gpointer data)
{
	PstColumnReading *c = data;
	g_free (c->header);
	g_free (c->indice);
}

static void
sheet_reading_free (gpointer data)
{
	PstSheetReading *sr = data;
	g_free (sr->sheet);
	g_free (sr->entite);
	g_free (sr->note);
	g_free (sr->forme);
	g_array_free (sr->columns, TRUE);
	g_free (sr);
}

PstReading *
pst_reading_new (void)
{
	PstReading *reading = g_new0 (PstReading, 1);
	reading->sheets = g_ptr_array_new_with_free_func (sheet_reading_free);
	reading->doutes = g_ptr_array_new_with_free_func (g_free);
	return reading;
}

void
pst_reading_free (PstReading *reading)
{
	if (reading == NULL)
		return;
	g_ptr_array_free (reading->sheets, TRUE);
	g_ptr_array_free (reading->doutes, TRUE);
	g_free (reading);
}

PstSheetReading *
pst_reading_add_sheet (PstReading *reading, char const *sheet)
{
	PstSheetReading *sr = g_new0 (PstSheetReading, 1);
	sr->sheet = g_strdup (sheet);
	sr->header_row = sr->group_row = -1;
	sr->columns = g_array_new (FALSE, TRUE, sizeof (PstColumnReading));
	g_array_set_clear_func (sr->columns, column_reading_clear);
	g_ptr_array_add (reading->sheets, sr);
	return sr;
}

void
pst_reading_add_column (PstSheetReading *sr, int col, char const *header,
			int role, PstConfiance confiance, char const *indice)
{
	PstColumnReading c;
	c.col = col;
	c.header = g_strdup (header);
	c.role = role;
	c.confiance = confiance;
	c.indice = g_strdup (indice);
	g_array_append_val (sr->columns, c);
}

void
pst_reading_doubt (PstReading *reading, char const *fmt, ...)
{
	va_list args;
	va_start (args, fmt);
	g_ptr_array_add (reading->doutes, g_strdup_vprintf (fmt, args));
	va_end (args);
}

char const *
pst_confiance_word (PstConfiance confiance)
{
	switch (confiance) {
	case PST_CONFIANCE_FAIBLE: return "faible";
	case PST_CONFIANCE_MOYENNE: return "moyenne";
	case PST_CONFIANCE_FORTE: return "forte";
	default: return "imposée";
	}
}

char const *
pst_role_title (int role)
{
	switch (role) {
	case PST_ROLE_NONE: return "colonne gardée telle quelle";
	case PST_ROLE_CODE: return "Réf. (tout niveau)";
	case PST_ROLE_LABEL: return "Libellé (tout niveau)";
	case PST_ROLE_TACHE: return "Sous-action";
	case PST_ROLE_AXE: return "Axe";
	case PST_ROLE_NIVEAU: return "Niveau (OS, OO, action)";
	case PST_ROLE_PARENT: return "Parent (code du niveau au-dessus)";
	default:
		return role >= 0 && role < PST_N_FIELDS ? pst_field_header (role) : "?";
	}
}

static char *
plural (guint n, char const *one, char const *many)
{
	return g_strdup_printf ("%u %s", n, n > 1 ? many : one);
}

char *
pst_reading_describe (PstReading const *reading)
{
	GString *s = g_string_new ("Lecture du plan :\n");
	guint i, j;

	for (i = 0; i < reading->sheets->len; i++) {
		PstSheetReading const *sr = g_ptr_array_index (reading->sheets, i);
		char *os, *oo, *ac;

		g_string_append_printf (s, "  Feuille « %s »", sr->sheet);
		if (sr->note) {
			g_string_append_printf (s, " : %s\n", sr->note);
			continue;
		}
		if (sr->entite)
			g_string_append_printf (s, " (entité « %s »)", sr->entite);
		if (sr->header_row >= 0) {
			g_string_append_printf (s, " : en-tête ligne %d", sr->header_row + 1);
			if (sr->group_row >= 0)
				g_string_append_printf (s, " (sous les groupes de la ligne %d)",
							sr->group_row + 1);
			if (sr->n_tables > 1)
				g_string_append_printf (s, ", %d tableaux", sr->n_tables);
		} else
			g_string_append (s, " : pas de ligne d’en-tête");
		g_string_append (s, "\n");
		for (j = 0; j < sr->columns->len; j++) {
			PstColumnReading const *c = &g_array_index (sr->columns, PstColumnReading, j);
			char *letters = pst_cell_name (0, c->col);
			letters[strlen (letters) - 1] = '\0';
			g_string_append_printf (s, "    %-3s « %s » → %s (confiance %s : %s)\n",
						letters, c->header ? c->header : "",
						pst_role_title (c->role),
						pst_confiance_word (c->confiance), c->indice);
			g_free (letters);
		}
		g_string_append_printf (s, "    Hiérarchie : %s\n", sr->forme ? sr->forme : "aucune");
		os = plural (sr->n_os, "OS", "OS");
		oo = plural (sr->n_oo, "OO", "OO");
		ac = plural (sr->n_actions, "action", "actions");
		g_string_append_printf (s, "    Lu : %s, %s, %s\n", os, oo, ac);
		g_free (os);
		g_free (oo);
		g_free (ac);
	}
	if (reading->doutes->len == 0)
		g_string_append (s, "Aucun doute sur la lecture.\n");
	else {
		g_string_append_printf (s, "Doutes (%u) : vérifiez ces points, et corrigez la lecture au besoin avec --colonne, --entete ou --feuille :\n",
					reading->doutes->len);
		for (i = 0; i < reading->doutes->len; i++)
			g_string_append_printf (s, "  - %s\n",
						(char *) g_ptr_array_index (reading->doutes, i));
	}
	return g_string_free (s, FALSE);
}
