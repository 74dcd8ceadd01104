/*
 * headers.c: column roles from header synonyms.
 */
#include "headers.h"
#include "engine.h"
#include "text.h"

#include <string.h>

typedef struct {
	char const *header;	/* folded, punctuation as spaces */
	int	    role;
} HeaderSynonym;

/* A new spelling met in a real plan is one line here. */
static HeaderSynonym const header_synonyms[] = {
	{ "n", PST_ROLE_CODE }, { "no", PST_ROLE_CODE }, { "num", PST_ROLE_CODE },
	{ "numero", PST_ROLE_CODE }, { "ref", PST_ROLE_CODE },
	{ "reference", PST_ROLE_CODE }, { "code", PST_ROLE_CODE },
	{ "id", PST_ROLE_CODE }, { "n action", PST_ROLE_CODE },
	{ "ref action", PST_ROLE_CODE }, { "code action", PST_ROLE_CODE },
	{ "numero action", PST_ROLE_CODE }, { "ref fiche", PST_ROLE_CODE },

	{ "libelle", PST_ROLE_LABEL }, { "intitule", PST_ROLE_LABEL },
	{ "label", PST_ROLE_LABEL }, { "title", PST_ROLE_LABEL },
	{ "titre", PST_ROLE_LABEL },

	{ "tache", PST_ROLE_TACHE }, { "taches", PST_ROLE_TACHE },
	{ "sous action", PST_ROLE_TACHE }, { "sous actions", PST_ROLE_TACHE },
	{ "etape", PST_ROLE_TACHE }, { "etapes", PST_ROLE_TACHE },
	{ "task", PST_ROLE_TACHE }, { "tasks", PST_ROLE_TACHE },
	{ "sub task", PST_ROLE_TACHE }, { "subtask", PST_ROLE_TACHE },

	{ "action", PST_FIELD_ACTION }, { "actions", PST_FIELD_ACTION },
	{ "actions et projets", PST_FIELD_ACTION },
	{ "action projet", PST_FIELD_ACTION }, { "projet", PST_FIELD_ACTION },
	{ "projets", PST_FIELD_ACTION }, { "libelle action", PST_FIELD_ACTION },
	{ "intitule action", PST_FIELD_ACTION },
	{ "libelle de l action", PST_FIELD_ACTION },
	{ "intitule de l action", PST_FIELD_ACTION },
	{ "description", PST_FIELD_ACTION }, { "mesure", PST_FIELD_ACTION },
	{ "mesures", PST_FIELD_ACTION }, { "action a mener", PST_FIELD_ACTION },
	{ "actions a mener", PST_FIELD_ACTION },

	{ "code os", PST_FIELD_REF_OS }, { "ref os", PST_FIELD_REF_OS },
	{ "n os", PST_FIELD_REF_OS }, { "numero os", PST_FIELD_REF_OS },
	{ "os code", PST_FIELD_REF_OS }, { "os ref", PST_FIELD_REF_OS },
	{ "os", PST_FIELD_OS }, { "objectif strategique", PST_FIELD_OS },
	{ "objectifs strategiques", PST_FIELD_OS }, { "libelle os", PST_FIELD_OS },
	{ "intitule os", PST_FIELD_OS }, { "strategic objective", PST_FIELD_OS },
	{ "strategic goal", PST_FIELD_OS },
	{ "code oo", PST_FIELD_REF_OO }, { "ref oo", PST_FIELD_REF_OO },
	{ "n oo", PST_FIELD_REF_OO }, { "numero oo", PST_FIELD_REF_OO },
	{ "oo code", PST_FIELD_REF_OO }, { "oo ref", PST_FIELD_REF_OO },
	{ "oo", PST_FIELD_OO }, { "objectif operationnel", PST_FIELD_OO },
	{ "objectifs operationnels", PST_FIELD_OO }, { "libelle oo", PST_FIELD_OO },
	{ "intitule oo", PST_FIELD_OO }, { "operational objective", PST_FIELD_OO },

	{ "volet", PST_FIELD_VOLET }, { "volets", PST_FIELD_VOLET },
	{ "entite", PST_FIELD_ENTITE }, { "entity", PST_FIELD_ENTITE },

	{ "service", PST_FIELD_SERVICE }, { "services", PST_FIELD_SERVICE },
	{ "departement", PST_FIELD_SERVICE }, { "service concerne", PST_FIELD_SERVICE },
	{ "service responsable", PST_FIELD_SERVICE }, { "direction", PST_FIELD_SERVICE },
	{ "department", PST_FIELD_SERVICE },

	{ "responsable", PST_FIELD_RESPONSABLE }, { "responsables", PST_FIELD_RESPONSABLE },
	{ "pilote", PST_FIELD_RESPONSABLE }, { "porteur", PST_FIELD_RESPONSABLE },
	{ "porteur de projet", PST_FIELD_RESPONSABLE },
	{ "chef de projet", PST_FIELD_RESPONSABLE }, { "qui", PST_FIELD_RESPONSABLE },
	{ "agent", PST_FIELD_RESPONSABLE }, { "agent pilote", PST_FIELD_RESPONSABLE },
	{ "agent traitant", PST_FIELD_RESPONSABLE }, { "owner", PST_FIELD_RESPONSABLE },
	{ "responsible", PST_FIELD_RESPONSABLE }, { "lead", PST_FIELD_RESPONSABLE },
	{ "project manager", PST_FIELD_RESPONSABLE },

	{ "debut", PST_FIELD_DEBUT }, { "date de debut", PST_FIELD_DEBUT },
	{ "date debut", PST_FIELD_DEBUT }, { "demarrage", PST_FIELD_DEBUT },
	{ "date de demarrage", PST_FIELD_DEBUT }, { "start", PST_FIELD_DEBUT },
	{ "start date", PST_FIELD_DEBUT },

	{ "fin", PST_FIELD_FIN }, { "echeance", PST_FIELD_FIN },
	{ "echeances", PST_FIELD_FIN }, { "date de fin", PST_FIELD_FIN },
	{ "date fin", PST_FIELD_FIN }, { "date d echeance", PST_FIELD_FIN },
	{ "echeancier", PST_FIELD_FIN }, { "delai", PST_FIELD_FIN },
	{ "delais", PST_FIELD_FIN }, { "date limite", PST_FIELD_FIN },
	{ "deadline", PST_FIELD_FIN }, { "end", PST_FIELD_FIN },
	{ "end date", PST_FIELD_FIN }, { "due date", PST_FIELD_FIN },
	{ "fin prevue", PST_FIELD_FIN }, { "date de fin prevue", PST_FIELD_FIN },
	{ "calendrier", PST_FIELD_FIN }, { "quand", PST_FIELD_FIN },

	{ "statut", PST_FIELD_STATUT }, { "etat", PST_FIELD_STATUT },
	{ "status", PST_FIELD_STATUT }, { "state", PST_FIELD_STATUT },
	{ "etat d avancement", PST_FIELD_STATUT }, { "situation", PST_FIELD_STATUT },

	{ "avancement", PST_FIELD_AVANCEMENT }, { "% realise", PST_FIELD_AVANCEMENT },
	{ "realise %", PST_FIELD_AVANCEMENT }, { "% d avancement", PST_FIELD_AVANCEMENT },
	{ "% avancement", PST_FIELD_AVANCEMENT },
	{ "taux d avancement", PST_FIELD_AVANCEMENT },
	{ "taux de realisation", PST_FIELD_AVANCEMENT },
	{ "degre de realisation", PST_FIELD_AVANCEMENT },
	{ "pourcentage", PST_FIELD_AVANCEMENT }, { "progression", PST_FIELD_AVANCEMENT },
	{ "progress", PST_FIELD_AVANCEMENT }, { "% complete", PST_FIELD_AVANCEMENT },
	{ "% done", PST_FIELD_AVANCEMENT }, { "percent complete", PST_FIELD_AVANCEMENT },

	{ "meteo delais", PST_FIELD_METEO_DELAIS }, { "delais meteo", PST_FIELD_METEO_DELAIS },
	{ "meteo ressources", PST_FIELD_METEO_RESSOURCES },
	{ "ressources meteo", PST_FIELD_METEO_RESSOURCES },
	{ "meteo", PST_FIELD_METEO_GLOBALE }, { "meteo globale", PST_FIELD_METEO_GLOBALE },
	{ "globale", PST_FIELD_METEO_GLOBALE }, { "indice de sante", PST_FIELD_METEO_GLOBALE },
	{ "sante", PST_FIELD_METEO_GLOBALE }, { "weather", PST_FIELD_METEO_GLOBALE },
	{ "health", PST_FIELD_METEO_GLOBALE },

	{ "article", PST_FIELD_ARTICLE }, { "article budgetaire", PST_FIELD_ARTICLE },
	{ "articles budgetaires", PST_FIELD_ARTICLE }, { "art budg", PST_FIELD_ARTICLE },
	{ "article budg", PST_FIELD_ARTICLE }, { "art budgetaire", PST_FIELD_ARTICLE },
	{ "imputation", PST_FIELD_ARTICLE }, { "imputation budgetaire", PST_FIELD_ARTICLE },
	{ "budget article", PST_FIELD_ARTICLE }, { "budget line", PST_FIELD_ARTICLE },

	{ "budget", PST_FIELD_BUDGET }, { "cout", PST_FIELD_BUDGET },
	{ "couts", PST_FIELD_BUDGET }, { "cout estime", PST_FIELD_BUDGET },
	{ "montant", PST_FIELD_BUDGET }, { "montant prevu", PST_FIELD_BUDGET },
	{ "budget prevu", PST_FIELD_BUDGET }, { "budget estime", PST_FIELD_BUDGET },
	{ "estimation", PST_FIELD_BUDGET }, { "cost", PST_FIELD_BUDGET },
	{ "estimated cost", PST_FIELD_BUDGET },

	{ "engage", PST_FIELD_ENGAGE }, { "montant engage", PST_FIELD_ENGAGE },
	{ "engagements", PST_FIELD_ENGAGE }, { "depense", PST_FIELD_ENGAGE },
	{ "depenses", PST_FIELD_ENGAGE }, { "depense engagee", PST_FIELD_ENGAGE },
	{ "consomme", PST_FIELD_ENGAGE }, { "spent", PST_FIELD_ENGAGE },

	{ "financement", PST_FIELD_FINANCEMENT },
	{ "mode de financement", PST_FIELD_FINANCEMENT },
	{ "source de financement", PST_FIELD_FINANCEMENT },
	{ "sources de financement", PST_FIELD_FINANCEMENT },
	{ "subside", PST_FIELD_FINANCEMENT }, { "subsides", PST_FIELD_FINANCEMENT },
	{ "funding", PST_FIELD_FINANCEMENT },

	{ "etp", PST_FIELD_ETP }, { "fte", PST_FIELD_ETP },

	{ "indicateur", PST_FIELD_INDICATEUR }, { "indicateurs", PST_FIELD_INDICATEUR },
	{ "indicateur de resultat", PST_FIELD_INDICATEUR },
	{ "kpi", PST_FIELD_INDICATEUR }, { "indicator", PST_FIELD_INDICATEUR },
	{ "cible", PST_FIELD_CIBLE }, { "valeur cible", PST_FIELD_CIBLE },
	{ "target", PST_FIELD_CIBLE },
	{ "realise", PST_FIELD_REALISE }, { "valeur atteinte", PST_FIELD_REALISE },
	{ "valeur realisee", PST_FIELD_REALISE }, { "actual", PST_FIELD_REALISE },

	{ "priorite", PST_FIELD_PRIORITE }, { "priorites", PST_FIELD_PRIORITE },
	{ "priority", PST_FIELD_PRIORITE },

	{ "commentaire", PST_FIELD_COMMENTAIRE }, { "commentaires", PST_FIELD_COMMENTAIRE },
	{ "remarque", PST_FIELD_COMMENTAIRE }, { "remarques", PST_FIELD_COMMENTAIRE },
	{ "observation", PST_FIELD_COMMENTAIRE }, { "observations", PST_FIELD_COMMENTAIRE },
	{ "notes", PST_FIELD_COMMENTAIRE }, { "note", PST_FIELD_COMMENTAIRE },
	{ "suivi", PST_FIELD_COMMENTAIRE }, { "comments", PST_FIELD_COMMENTAIRE },
	{ "comment", PST_FIELD_COMMENTAIRE },
};

/* Folded, parentheses dropped, punctuation as spaces: "Coût estimé (€)"
 * → "cout estime", "N°" → "n", "Qui ?" → "qui". */
static char *
header_key (char const *header)
{
	char *folded = pst_text_fold (header);
	GString *key = g_string_new (NULL);
	char const *p;
	int depth = 0;

	for (p = folded; *p; p++) {
		char c = *p;
		if (c == '(' || c == '[') {
			depth++;
			continue;
		}
		if (c == ')' || c == ']') {
			depth = MAX (depth - 1, 0);
			continue;
		}
		if (depth > 0)
			continue;
		if (!g_ascii_isalnum (c) && c != '%')
			c = ' ';
		if (c == ' ' && (key->len == 0 || key->str[key->len - 1] == ' '))
			continue;
		g_string_append_c (key, c);
	}
	while (key->len > 0 && key->str[key->len - 1] == ' ')
		g_string_truncate (key, key->len - 1);
	g_free (folded);
	return g_string_free (key, FALSE);
}

static GHashTable *
synonym_table (void)
{
	static gsize inited = 0;
	static GHashTable *table;

	if (g_once_init_enter (&inited)) {
		gsize i;
		table = g_hash_table_new (g_str_hash, g_str_equal);
		for (i = 0; i < G_N_ELEMENTS (header_synonyms); i++)
			g_hash_table_insert (table, (gpointer) header_synonyms[i].header,
					     GINT_TO_POINTER (header_synonyms[i].role + 2));
		pst_engine_own (&inited, (gpointer *) &table,
				(GDestroyNotify) g_hash_table_destroy);
		g_once_init_leave (&inited, 1);
	}
	return table;
}

/* Exact synonym, else the longest synonym of 3+ letters that starts the
 * header as a word ("Budget 2021", "Échéance prévue"). */
int
pst_header_role (char const *header)
{
	char *key;
	gpointer hit;
	int role = PST_ROLE_NONE;
	gsize best = 0, i;

	if (header == NULL || *header == '\0')
		return PST_ROLE_NONE;
	key = header_key (header);
	hit = g_hash_table_lookup (synonym_table (), key);
	if (hit)
		role = GPOINTER_TO_INT (hit) - 2;
	else
		for (i = 0; i < G_N_ELEMENTS (header_synonyms); i++) {
			char const *syn = header_synonyms[i].header;
			gsize n = strlen (syn);
			if (n >= 3 && n > best && strncmp (key, syn, n) == 0 &&
			    key[n] == ' ') {
				best = n;
				role = header_synonyms[i].role;
			}
		}
	g_free (key);
	return role;
}

/* Columns that describe an action rather than place it. */
gboolean
pst_role_is_value (int role)
{
	return role >= PST_FIELD_SERVICE && role <= PST_FIELD_COMMENTAIRE;
}
