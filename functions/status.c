/*
 * status.c: status words.
 */
#include "status.h"
#include "engine.h"
#include "text.h"

#include <string.h>

typedef struct {
	char const *label;	/* folded */
	PstStatus   status;
} StatusLabel;

/* Labels seen in real plans (doc/domain.md §4) and the codes themselves.
 * Matching is on word stems, so plurals and feminine forms need no line. */
static StatusLabel const status_labels[] = {
	{ "non commence",		PST_STATUS_NON_COMMENCE },
	{ "a demarrer",			PST_STATUS_NON_COMMENCE },
	{ "en creation",		PST_STATUS_NON_COMMENCE },
	{ "pas commence",		PST_STATUS_NON_COMMENCE },
	{ "pas encore commence",	PST_STATUS_NON_COMMENCE },
	{ "non demarre",		PST_STATUS_NON_COMMENCE },
	{ "pas demarre",		PST_STATUS_NON_COMMENCE },
	{ "non debute",			PST_STATUS_NON_COMMENCE },
	{ "non entame",			PST_STATUS_NON_COMMENCE },
	{ "pas entame",			PST_STATUS_NON_COMMENCE },
	{ "pas debute",			PST_STATUS_NON_COMMENCE },
	{ "pas encore debute",		PST_STATUS_NON_COMMENCE },
	{ "pas encore demarre",		PST_STATUS_NON_COMMENCE },
	{ "a faire",			PST_STATUS_NON_COMMENCE },
	{ "a venir",			PST_STATUS_NON_COMMENCE },
	{ "a lancer",			PST_STATUS_NON_COMMENCE },
	{ "not started",		PST_STATUS_NON_COMMENCE },
	{ "to do",			PST_STATUS_NON_COMMENCE },
	{ "en cours",			PST_STATUS_EN_COURS },
	{ "en cours de realisation",	PST_STATUS_EN_COURS },
	{ "commence",			PST_STATUS_EN_COURS },
	{ "demarre",			PST_STATUS_EN_COURS },
	{ "debute",			PST_STATUS_EN_COURS },
	{ "en preparation",		PST_STATUS_EN_COURS },
	{ "en retard",			PST_STATUS_EN_COURS },
	{ "permanent",			PST_STATUS_EN_COURS },
	{ "perenne",			PST_STATUS_EN_COURS },
	{ "continu",			PST_STATUS_EN_COURS },
	{ "recurrent",			PST_STATUS_EN_COURS },
	{ "in progress",		PST_STATUS_EN_COURS },
	{ "ongoing",			PST_STATUS_EN_COURS },
	{ "en attente",			PST_STATUS_EN_ATTENTE },
	{ "a agender",			PST_STATUS_EN_ATTENTE },
	{ "a planifier",		PST_STATUS_EN_ATTENTE },
	{ "reporte",			PST_STATUS_EN_ATTENTE },
	{ "on hold",			PST_STATUS_EN_ATTENTE },
	{ "waiting",			PST_STATUS_EN_ATTENTE },
	{ "probleme",			PST_STATUS_PROBLEME },
	{ "suspendu",			PST_STATUS_PROBLEME },
	{ "en suspens",			PST_STATUS_PROBLEME },
	{ "bloque",			PST_STATUS_PROBLEME },
	{ "en difficulte",		PST_STATUS_PROBLEME },
	{ "blocked",			PST_STATUS_PROBLEME },
	{ "termine",			PST_STATUS_TERMINE },
	{ "fini",			PST_STATUS_TERMINE },
	{ "finalise",			PST_STATUS_TERMINE },
	{ "cloture",			PST_STATUS_TERMINE },
	{ "acheve",			PST_STATUS_TERMINE },
	{ "realise",			PST_STATUS_TERMINE },
	{ "fait",			PST_STATUS_TERMINE },
	{ "accompli",			PST_STATUS_TERMINE },
	{ "done",			PST_STATUS_TERMINE },
	{ "completed",			PST_STATUS_TERMINE },
	{ "finished",			PST_STATUS_TERMINE },
	{ "annule abandonne",		PST_STATUS_ANNULE_ABANDONNE },
	{ "annule",			PST_STATUS_ANNULE_ABANDONNE },
	{ "abandonne",			PST_STATUS_ANNULE_ABANDONNE },
	{ "supprime",			PST_STATUS_ANNULE_ABANDONNE },
	{ "cancelled",			PST_STATUS_ANNULE_ABANDONNE },
	/* German, as the ÖSHZ write it. */
	{ "nicht begonnen",		PST_STATUS_NON_COMMENCE },
	{ "noch nicht begonnen",	PST_STATUS_NON_COMMENCE },
	{ "geplant",			PST_STATUS_NON_COMMENCE },
	{ "offen",			PST_STATUS_NON_COMMENCE },
	{ "in bearbeitung",		PST_STATUS_EN_COURS },
	{ "laufend",			PST_STATUS_EN_COURS },
	{ "in umsetzung",		PST_STATUS_EN_COURS },
	{ "in arbeit",			PST_STATUS_EN_COURS },
	{ "begonnen",			PST_STATUS_EN_COURS },
	{ "zuruckgestellt",		PST_STATUS_EN_ATTENTE },
	{ "verschoben",			PST_STATUS_EN_ATTENTE },
	{ "wartend",			PST_STATUS_EN_ATTENTE },
	{ "pausiert",			PST_STATUS_EN_ATTENTE },
	{ "blockiert",			PST_STATUS_PROBLEME },
	{ "ausgesetzt",			PST_STATUS_PROBLEME },
	{ "abgeschlossen",		PST_STATUS_TERMINE },
	{ "erledigt",			PST_STATUS_TERMINE },
	{ "umgesetzt",			PST_STATUS_TERMINE },
	{ "beendet",			PST_STATUS_TERMINE },
	{ "abgebrochen",		PST_STATUS_ANNULE_ABANDONNE },
	{ "annulliert",			PST_STATUS_ANNULE_ABANDONNE },
	{ "gestrichen",			PST_STATUS_ANNULE_ABANDONNE },
	{ "canceled",			PST_STATUS_ANNULE_ABANDONNE },
};

/* Words that introduce a status without being one: "Statut : en cours",
 * Burdinne's "Avancement en cours". */
static char const *const status_preambles[] = {
	"statut", "etat", "avancement", "status"
};

static char const *const status_codes[] = {
	NULL, "NON_COMMENCE", "EN_COURS", "EN_ATTENTE", "PROBLEME",
	"TERMINE", "ANNULE_ABANDONNE"
};

/* Stem of each word: no final "s", "ee" → "e" (terminées → termine). */
static char *
status_key (char const *text)
{
	char *folded = pst_text_fold (text);
	GString *key = g_string_new (NULL);
	char **words, **w;
	gsize i;

	for (i = 0; folded[i]; i++)
		if (folded[i] == '_' || folded[i] == '-' || folded[i] == '/' ||
		    folded[i] == '.' || folded[i] == ';' || folded[i] == ':' ||
		    folded[i] == '!' || folded[i] == '(' || folded[i] == ')' ||
		    folded[i] == ',')
			folded[i] = ' ';
	words = g_strsplit (folded, " ", -1);
	for (w = words; *w; w++) {
		gsize len = strlen (*w);
		if (len == 0)
			continue;
		if (len > 3 && (*w)[len - 1] == 's')
			(*w)[--len] = '\0';
		if (len > 3 && (*w)[len - 1] == 'e' && (*w)[len - 2] == 'e')
			(*w)[--len] = '\0';
		if (key->len == 0) {
			gsize k;
			gboolean preamble = FALSE;
			for (k = 0; k < G_N_ELEMENTS (status_preambles); k++)
				if (strcmp (*w, status_preambles[k]) == 0)
					preamble = TRUE;
			if (preamble && w[1] != NULL)
				continue;
		}
		if (key->len)
			g_string_append_c (key, ' ');
		g_string_append (key, *w);
	}
	g_strfreev (words);
	g_free (folded);
	return g_string_free (key, FALSE);
}

static GHashTable *
status_table (void)
{
	static gsize inited = 0;
	static GHashTable *table;

	if (g_once_init_enter (&inited)) {
		gsize i;
		table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
		for (i = 0; i < G_N_ELEMENTS (status_labels); i++)
			g_hash_table_insert (table,
					     status_key (status_labels[i].label),
					     GINT_TO_POINTER (status_labels[i].status));
		pst_engine_own (&inited, (gpointer *) &table,
				(GDestroyNotify) g_hash_table_destroy);
		g_once_init_leave (&inited, 1);
	}
	return table;
}

PstStatus
pst_status_parse (char const *text)
{
	char *key;
	gpointer status;

	if (text == NULL)
		return PST_STATUS_UNKNOWN;
	/* The canonical workbook holds the codes themselves: every cell of
	 * its Statut column, read by every roll-up, skips the folding. */
	for (gsize i = 1; i < G_N_ELEMENTS (status_codes); i++)
		if (strcmp (text, status_codes[i]) == 0)
			return (PstStatus) i;
	key = status_key (text);
	status = g_hash_table_lookup (status_table (), key);
	g_free (key);
	if (status == NULL) {
		/* "Reporté à 2027", "Abandonné (budget)", "En cours - retard":
		 * a status, then what qualifies it. */
		static char const *const qualifiers[] = {
			" (", "(", " - ", " \xe2\x80\x93 ", ":", ",", ";", " \xc3\xa0 ", " a ", " au "
		};
		char const *cut = NULL;
		gsize i;
		for (i = 0; i < G_N_ELEMENTS (qualifiers); i++) {
			char const *at = strstr (text, qualifiers[i]);
			if (at && at > text && (cut == NULL || at < cut))
				cut = at;
		}
		if (cut) {
			char *head = g_strndup (text, cut - text);
			key = status_key (head);
			status = key[0] ? g_hash_table_lookup (status_table (), key) : NULL;
			g_free (key);
			g_free (head);
		}
	}
	return (PstStatus) GPOINTER_TO_INT (status);
}

char const *
pst_status_code (PstStatus status)
{
	if ((gsize) status >= G_N_ELEMENTS (status_codes))
		return NULL;
	return status_codes[status];
}
