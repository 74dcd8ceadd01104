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

	{ "fiche action", PST_ROLE_CODE }, { "fiche action n", PST_ROLE_CODE },
	{ "fiche n", PST_ROLE_CODE }, { "n fiche", PST_ROLE_CODE },
	{ "fiche", PST_ROLE_CODE }, { "n ordre", PST_ROLE_CODE },

	{ "axe", PST_ROLE_AXE }, { "axe strategique", PST_ROLE_AXE },
	{ "theme", PST_ROLE_AXE }, { "thematique", PST_ROLE_AXE },
	{ "pilier", PST_ROLE_AXE }, { "domaine", PST_ROLE_AXE },
	{ "axis", PST_ROLE_AXE }, { "theme strategique", PST_ROLE_AXE },

	{ "parent", PST_ROLE_PARENT }, { "code parent", PST_ROLE_PARENT },
	{ "parent code", PST_ROLE_PARENT }, { "rattachement", PST_ROLE_PARENT },
	{ "rattache a", PST_ROLE_PARENT }, { "objectif parent", PST_ROLE_PARENT },
	{ "element parent", PST_ROLE_PARENT }, { "niveau superieur", PST_ROLE_PARENT },
	{ "ref parent", PST_ROLE_PARENT },

	{ "niveau", PST_ROLE_NIVEAU }, { "type", PST_ROLE_NIVEAU },
	{ "level", PST_ROLE_NIVEAU }, { "type de ligne", PST_ROLE_NIVEAU },
	{ "niv", PST_ROLE_NIVEAU }, { "niveau hierarchique", PST_ROLE_NIVEAU },
	{ "nature", PST_ROLE_NIVEAU },

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
	{ "projet action", PST_FIELD_ACTION }, { "action projet", PST_FIELD_ACTION },
	{ "intitule du projet", PST_FIELD_ACTION }, { "nom du projet", PST_FIELD_ACTION },
	{ "action envisagee", PST_FIELD_ACTION }, { "activite", PST_FIELD_ACTION },
	{ "initiative", PST_FIELD_ACTION },
	{ "actions a mener", PST_FIELD_ACTION },

	{ "code os", PST_FIELD_REF_OS }, { "ref os", PST_FIELD_REF_OS },
	{ "n os", PST_FIELD_REF_OS }, { "numero os", PST_FIELD_REF_OS },
	{ "os code", PST_FIELD_REF_OS }, { "os ref", PST_FIELD_REF_OS },
	{ "os", PST_FIELD_OS }, { "objectif strategique", PST_FIELD_OS },
	{ "o s", PST_FIELD_OS }, { "obj strat", PST_FIELD_OS },
	{ "obj strategique", PST_FIELD_OS }, { "strategique", PST_FIELD_OS },
	{ "objectif strat", PST_FIELD_OS }, { "objectif general", PST_FIELD_OS },
	{ "objectifs strategiques", PST_FIELD_OS }, { "libelle os", PST_FIELD_OS },
	{ "intitule os", PST_FIELD_OS }, { "strategic objective", PST_FIELD_OS },
	{ "strategic goal", PST_FIELD_OS },
	{ "code oo", PST_FIELD_REF_OO }, { "ref oo", PST_FIELD_REF_OO },
	{ "n oo", PST_FIELD_REF_OO }, { "numero oo", PST_FIELD_REF_OO },
	{ "oo code", PST_FIELD_REF_OO }, { "oo ref", PST_FIELD_REF_OO },
	{ "oo", PST_FIELD_OO }, { "objectif operationnel", PST_FIELD_OO },
	{ "o o", PST_FIELD_OO }, { "obj op", PST_FIELD_OO }, { "obj oper", PST_FIELD_OO },
	{ "obj operationnel", PST_FIELD_OO }, { "operationnel", PST_FIELD_OO },
	{ "objectif op", PST_FIELD_OO }, { "objectif specifique", PST_FIELD_OO },
	{ "objectifs operationnels", PST_FIELD_OO }, { "libelle oo", PST_FIELD_OO },
	{ "intitule oo", PST_FIELD_OO }, { "operational objective", PST_FIELD_OO },
	{ "operational goal", PST_FIELD_OO }, { "specific objective", PST_FIELD_OO },

	{ "volet", PST_FIELD_VOLET }, { "volets", PST_FIELD_VOLET },
	{ "entite", PST_FIELD_ENTITE }, { "entity", PST_FIELD_ENTITE },

	{ "service", PST_FIELD_SERVICE }, { "services", PST_FIELD_SERVICE },
	{ "departement", PST_FIELD_SERVICE }, { "service concerne", PST_FIELD_SERVICE },
	{ "service responsable", PST_FIELD_SERVICE }, { "direction", PST_FIELD_SERVICE },
	{ "department", PST_FIELD_SERVICE }, { "dpt", PST_FIELD_SERVICE },
	{ "dept", PST_FIELD_SERVICE }, { "service pilote", PST_FIELD_SERVICE },

	{ "responsable", PST_FIELD_RESPONSABLE }, { "responsables", PST_FIELD_RESPONSABLE },
	{ "pilote", PST_FIELD_RESPONSABLE }, { "porteur", PST_FIELD_RESPONSABLE },
	{ "porteur de projet", PST_FIELD_RESPONSABLE },
	{ "chef de projet", PST_FIELD_RESPONSABLE }, { "qui", PST_FIELD_RESPONSABLE },
	{ "agent", PST_FIELD_RESPONSABLE }, { "agent pilote", PST_FIELD_RESPONSABLE },
	{ "agent traitant", PST_FIELD_RESPONSABLE }, { "owner", PST_FIELD_RESPONSABLE },
	{ "responsible", PST_FIELD_RESPONSABLE }, { "lead", PST_FIELD_RESPONSABLE },
	{ "project manager", PST_FIELD_RESPONSABLE },
	{ "porteur du projet", PST_FIELD_RESPONSABLE }, { "gestionnaire", PST_FIELD_RESPONSABLE },
	{ "referent", PST_FIELD_RESPONSABLE }, { "pilote de l action", PST_FIELD_RESPONSABLE },
	{ "personne de contact", PST_FIELD_RESPONSABLE }, { "titulaire", PST_FIELD_RESPONSABLE },

	{ "debut", PST_FIELD_DEBUT }, { "date de debut", PST_FIELD_DEBUT },
	{ "date debut", PST_FIELD_DEBUT }, { "demarrage", PST_FIELD_DEBUT },
	{ "date de demarrage", PST_FIELD_DEBUT }, { "start", PST_FIELD_DEBUT },
	{ "start date", PST_FIELD_DEBUT },
	{ "annee de debut", PST_FIELD_DEBUT }, { "annee debut", PST_FIELD_DEBUT },

	{ "fin", PST_FIELD_FIN }, { "echeance", PST_FIELD_FIN },
	{ "echeances", PST_FIELD_FIN }, { "date de fin", PST_FIELD_FIN },
	{ "date fin", PST_FIELD_FIN }, { "date d echeance", PST_FIELD_FIN },
	{ "echeancier", PST_FIELD_FIN }, { "delai", PST_FIELD_FIN },
	{ "delais", PST_FIELD_FIN }, { "date limite", PST_FIELD_FIN },
	{ "deadline", PST_FIELD_FIN }, { "end", PST_FIELD_FIN },
	{ "end date", PST_FIELD_FIN }, { "due date", PST_FIELD_FIN },
	{ "fin prevue", PST_FIELD_FIN }, { "date de fin prevue", PST_FIELD_FIN },
	{ "calendrier", PST_FIELD_FIN }, { "quand", PST_FIELD_FIN },
	{ "terme", PST_FIELD_FIN }, { "date butoir", PST_FIELD_FIN },
	{ "date cible", PST_FIELD_FIN }, { "date de fin visee", PST_FIELD_FIN },
	{ "date de realisation", PST_FIELD_FIN }, { "planning", PST_FIELD_FIN },
	{ "horizon", PST_FIELD_FIN }, { "timing", PST_FIELD_FIN },
	{ "annee de fin", PST_FIELD_FIN }, { "annee fin", PST_FIELD_FIN },
	{ "annee d echeance", PST_FIELD_FIN }, { "annee de realisation", PST_FIELD_FIN },

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
	{ "realisation %", PST_FIELD_AVANCEMENT }, { "% de realisation", PST_FIELD_AVANCEMENT },
	{ "% real", PST_FIELD_AVANCEMENT }, { "% realisation", PST_FIELD_AVANCEMENT },
	{ "taux real", PST_FIELD_AVANCEMENT }, { "% avance", PST_FIELD_AVANCEMENT },
	{ "realisation", PST_FIELD_AVANCEMENT }, { "%", PST_FIELD_AVANCEMENT },
	{ "avancement %", PST_FIELD_AVANCEMENT }, { "etat d avancement %", PST_FIELD_AVANCEMENT },
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
	{ "art", PST_FIELD_ARTICLE }, { "code budgetaire", PST_FIELD_ARTICLE },
	{ "article du budget", PST_FIELD_ARTICLE }, { "poste budgetaire", PST_FIELD_ARTICLE },

	{ "budget", PST_FIELD_BUDGET }, { "cout", PST_FIELD_BUDGET },
	{ "couts", PST_FIELD_BUDGET }, { "cout estime", PST_FIELD_BUDGET },
	{ "montant", PST_FIELD_BUDGET }, { "montant prevu", PST_FIELD_BUDGET },
	{ "budget prevu", PST_FIELD_BUDGET }, { "budget estime", PST_FIELD_BUDGET },
	{ "estimation", PST_FIELD_BUDGET }, { "cost", PST_FIELD_BUDGET },
	{ "estimated cost", PST_FIELD_BUDGET },
	{ "budget previsionnel", PST_FIELD_BUDGET }, { "cout previsionnel", PST_FIELD_BUDGET },
	{ "montant estime", PST_FIELD_BUDGET }, { "prevu", PST_FIELD_BUDGET },
	{ "budget total", PST_FIELD_BUDGET }, { "cout total", PST_FIELD_BUDGET },
	/* The budget in two parts, added up (import-versions.c). */
	{ "ordinaire", PST_FIELD_BUDGET }, { "extraordinaire", PST_FIELD_BUDGET },
	{ "service ordinaire", PST_FIELD_BUDGET }, { "service extraordinaire", PST_FIELD_BUDGET },
	{ "budget ordinaire", PST_FIELD_BUDGET }, { "budget extraordinaire", PST_FIELD_BUDGET },
	{ "montant ordinaire", PST_FIELD_BUDGET }, { "montant extraordinaire", PST_FIELD_BUDGET },
	{ "credit", PST_FIELD_BUDGET }, { "credit budgetaire", PST_FIELD_BUDGET },
	{ "credit prevu", PST_FIELD_BUDGET }, { "credit inscrit", PST_FIELD_BUDGET },
	{ "depense prevue", PST_FIELD_BUDGET }, { "depense previsionnelle", PST_FIELD_BUDGET },
	{ "depense estimee", PST_FIELD_BUDGET },

	{ "engage", PST_FIELD_ENGAGE }, { "montant engage", PST_FIELD_ENGAGE },
	{ "engagements", PST_FIELD_ENGAGE }, { "depense", PST_FIELD_ENGAGE },
	{ "depenses", PST_FIELD_ENGAGE }, { "depense engagee", PST_FIELD_ENGAGE },
	{ "consomme", PST_FIELD_ENGAGE }, { "spent", PST_FIELD_ENGAGE },
	{ "montant depense", PST_FIELD_ENGAGE }, { "budget engage", PST_FIELD_ENGAGE },

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

	/* The ÖSHZ of the German-speaking Community write their plan in
	 * German. */
	{ "nr", PST_ROLE_CODE }, { "nummer", PST_ROLE_CODE },
	{ "bezeichnung", PST_ROLE_LABEL }, { "titel", PST_ROLE_LABEL },
	{ "achse", PST_ROLE_AXE }, { "themenbereich", PST_ROLE_AXE },
	{ "strategisches ziel", PST_FIELD_OS }, { "strategische ziele", PST_FIELD_OS },
	{ "sz", PST_FIELD_OS },
	{ "operatives ziel", PST_FIELD_OO }, { "operative ziele", PST_FIELD_OO },
	{ "oz", PST_FIELD_OO },
	{ "aktion", PST_FIELD_ACTION }, { "aktionen", PST_FIELD_ACTION },
	{ "maßnahme", PST_FIELD_ACTION }, { "maßnahmen", PST_FIELD_ACTION },
	{ "massnahme", PST_FIELD_ACTION }, { "massnahmen", PST_FIELD_ACTION },
	{ "projekt", PST_FIELD_ACTION },
	{ "dienst", PST_FIELD_SERVICE }, { "abteilung", PST_FIELD_SERVICE },
	{ "dienststelle", PST_FIELD_SERVICE },
	{ "verantwortlich", PST_FIELD_RESPONSABLE }, { "verantwortliche", PST_FIELD_RESPONSABLE },
	{ "verantwortlicher", PST_FIELD_RESPONSABLE }, { "zuständig", PST_FIELD_RESPONSABLE },
	{ "zuständigkeit", PST_FIELD_RESPONSABLE }, { "projektleiter", PST_FIELD_RESPONSABLE },
	{ "beginn", PST_FIELD_DEBUT }, { "startdatum", PST_FIELD_DEBUT },
	{ "anfang", PST_FIELD_DEBUT },
	{ "frist", PST_FIELD_FIN }, { "enddatum", PST_FIELD_FIN }, { "ende", PST_FIELD_FIN },
	{ "fälligkeit", PST_FIELD_FIN }, { "termin", PST_FIELD_FIN }, { "zieldatum", PST_FIELD_FIN },
	{ "stand", PST_FIELD_STATUT }, { "zustand", PST_FIELD_STATUT },
	{ "fortschritt", PST_FIELD_AVANCEMENT }, { "umsetzungsgrad", PST_FIELD_AVANCEMENT },
	{ "erfüllungsgrad", PST_FIELD_AVANCEMENT }, { "umsetzung %", PST_FIELD_AVANCEMENT },
	{ "kosten", PST_FIELD_BUDGET }, { "betrag", PST_FIELD_BUDGET },
	{ "geschätzte kosten", PST_FIELD_BUDGET },
	{ "ausgaben", PST_FIELD_ENGAGE }, { "gebunden", PST_FIELD_ENGAGE },
	{ "haushaltsartikel", PST_FIELD_ARTICLE }, { "haushaltsposten", PST_FIELD_ARTICLE },
	{ "haushaltsstelle", PST_FIELD_ARTICLE }, { "artikel", PST_FIELD_ARTICLE },
	{ "finanzierung", PST_FIELD_FINANCEMENT },
	{ "indikator", PST_FIELD_INDICATEUR }, { "kennzahl", PST_FIELD_INDICATEUR },
	{ "zielwert", PST_FIELD_CIBLE }, { "istwert", PST_FIELD_REALISE },
	{ "priorität", PST_FIELD_PRIORITE },
	{ "kommentar", PST_FIELD_COMMENTAIRE }, { "bemerkung", PST_FIELD_COMMENTAIRE },
	{ "bemerkungen", PST_FIELD_COMMENTAIRE }, { "anmerkungen", PST_FIELD_COMMENTAIRE },
};

/* Folded, parentheses dropped, punctuation as spaces, each word in the
 * singular: "Coût estimé (€)" → "cout estime", "N°" → "n", "Qui ?" →
 * "qui", "Objectifs stratégiques" → "objectif strategique". */
static char *
header_key (char const *header)
{
	char *folded = pst_text_fold (header);
	GString *key = g_string_new (NULL);
	char const *p;
	int depth = 0;
	gsize word = 0;

	for (p = folded; ; p++) {
		char c = *p;
		if (c == '(' || c == '[') {
			depth++;
			continue;
		}
		if (c == ')' || c == ']') {
			depth = MAX (depth - 1, 0);
			continue;
		}
		if (depth > 0 && c != '\0')
			continue;
		if (c != '\0' && !g_ascii_isalnum (c) && c != '%')
			c = ' ';
		if (c == ' ' || c == '\0') {
			/* A plural "s" or "x" ends a word of more than three letters. */
			gsize len = key->len - word;
			if (len > 3 && (key->str[key->len - 1] == 's' || key->str[key->len - 1] == 'x'))
				g_string_truncate (key, key->len - 1);
			if (c == '\0')
				break;
			if (key->len == 0 || key->str[key->len - 1] == ' ')
				continue;
			g_string_append_c (key, ' ');
			word = key->len;
			continue;
		}
		g_string_append_c (key, c);
	}
	while (key->len > 0 && key->str[key->len - 1] == ' ')
		g_string_truncate (key, key->len - 1);
	g_free (folded);
	return g_string_free (key, FALSE);
}

typedef struct {
	GHashTable *exact;	/* key → role + 2 */
	char	  **keys;	/* the synonyms' keys, in table order */
} SynonymTable;

static void
synonym_table_free (SynonymTable *t)
{
	g_hash_table_destroy (t->exact);
	g_strfreev (t->keys);
	g_free (t);
}

static SynonymTable *
synonym_table (void)
{
	static gsize inited = 0;
	static SynonymTable *table;

	if (g_once_init_enter (&inited)) {
		gsize i, n = G_N_ELEMENTS (header_synonyms);
		table = g_new0 (SynonymTable, 1);
		table->exact = g_hash_table_new (g_str_hash, g_str_equal);
		table->keys = g_new0 (char *, n + 1);
		for (i = 0; i < n; i++) {
			table->keys[i] = header_key (header_synonyms[i].header);
			if (!g_hash_table_contains (table->exact, table->keys[i]))
				g_hash_table_insert (table->exact, table->keys[i],
						     GINT_TO_POINTER (header_synonyms[i].role + 2));
		}
		pst_engine_own (&inited, (gpointer *) &table,
				(GDestroyNotify) synonym_table_free);
		g_once_init_leave (&inited, 1);
	}
	return table;
}

/* "Objectif stratégique / opérationnel / action", "OS / OO / Maßnahme":
 * a header that names several levels is a column of labels of any
 * level. */
static gboolean
names_levels (char const *header)
{
	char **parts;
	int i, n = 0;
	gboolean os = FALSE, oo = FALSE, action = FALSE;

	if (strchr (header, '/') == NULL)
		return FALSE;
	parts = g_strsplit (header, "/", -1);
	for (i = 0; parts[i]; i++) {
		gboolean exact;
		int role = pst_header_role_full (parts[i], &exact);
		os |= role == PST_FIELD_OS;
		oo |= role == PST_FIELD_OO;
		action |= role == PST_FIELD_ACTION || role == PST_ROLE_TACHE;
	}
	g_strfreev (parts);
	n = os + oo + action;
	return n >= 2;
}

/* Exact synonym, else the longest synonym of 3+ letters that starts the
 * header as a word ("Budget 2021", "Échéance prévue"). */
int
pst_header_role_full (char const *header, gboolean *exact)
{
	SynonymTable *table;
	char *key;
	gpointer hit;
	int role = PST_ROLE_NONE;
	gsize best = 0, i;

	*exact = FALSE;
	if (header == NULL || *header == '\0')
		return PST_ROLE_NONE;
	if (names_levels (header)) {
		*exact = TRUE;
		return PST_ROLE_LABEL;
	}
	table = synonym_table ();
	key = header_key (header);
	hit = g_hash_table_lookup (table->exact, key);
	if (hit) {
		role = GPOINTER_TO_INT (hit) - 2;
		*exact = TRUE;
	} else
		/* The header's leading words, longest first: a lookup per
		 * word rather than a comparison per synonym. */
		for (i = strlen (key); i > 0 && best == 0; i--) {
			if (key[i] != ' ' || i < 3)
				continue;
			key[i] = '\0';
			hit = g_hash_table_lookup (table->exact, key);
			if (hit) {
				best = i;
				role = GPOINTER_TO_INT (hit) - 2;
			}
			key[i] = ' ';
		}
	g_free (key);
	return role;
}

int
pst_header_role (char const *header)
{
	gboolean exact;
	return pst_header_role_full (header, &exact);
}

gboolean
pst_header_thousands (char const *header)
{
	char *f = header ? pst_text_fold (header) : NULL;
	gboolean k = f && (strstr (f, "k€") || strstr (f, "keur") || strstr (f, "k eur") ||
			   strstr (f, "milliers") || strstr (f, "x 1000") || strstr (f, "x1000"));
	g_free (f);
	return k;
}

gboolean
pst_header_out_of_ten (char const *header)
{
	char *f = header ? pst_text_fold (header) : NULL;
	gboolean ten = f && (strstr (f, "sur 10") || strstr (f, "/10") || strstr (f, "/ 10") ||
			     strstr (f, "0-10") || strstr (f, "0 a 10")) &&
		!strstr (f, "sur 100") && !strstr (f, "/100") && !strstr (f, "0-100");
	g_free (f);
	return ten;
}

gboolean
pst_header_kept_aside (char const *header)
{
	static char const *const starts[] = {
		"recette", "montant subside", "montant du subside", "montant de subside",
		"montant subvention", "montant de la subvention", "charge nette", "montant liquide",
		"liquide", "liquidation", "solde",
		/* The date of the row's last update is none of the action's. */
		"derniere mise a jour", "mise a jour", "mis a jour", "date de mise a jour",
		"date mise a jour", "date de maj", "date maj", "maj", "modifie le", "date de modification",
		"date de saisie"
	};
	char *key = header ? header_key (header) : NULL;
	gboolean aside = FALSE;
	gsize i;

	for (i = 0; key && i < G_N_ELEMENTS (starts) && !aside; i++) {
		gsize n = strlen (starts[i]);
		aside = strncmp (key, starts[i], n) == 0 && (key[n] == '\0' || key[n] == ' ');
	}
	g_free (key);
	return aside;
}

int
pst_header_article_part (char const *header)
{
	static char const *const fonction[] = {
		"fonction", "code fonction", "code fonctionnel", "fonctionnel", "fonctionnelle",
		"code fonctionnelle"
	};
	static char const *const economique[] = {
		"economique", "code economique", "nature economique", "code eco", "eco"
	};
	char *key = header ? header_key (header) : NULL;
	int part = key == NULL ? 0
		: pst_text_in_table (key, fonction, G_N_ELEMENTS (fonction)) ? 1
		: pst_text_in_table (key, economique, G_N_ELEMENTS (economique)) ? 2 : 0;

	g_free (key);
	return part;
}

gboolean
pst_header_names_spending (char const *header)
{
	char *key = header ? header_key (header) : NULL;
	gboolean yes = key && strcmp (key, "depense") == 0;
	g_free (key);
	return yes;
}

gboolean
pst_header_year_or_total (char const *header)
{
	char *key = header ? header_key (header) : NULL;
	/* "Total", "Total général", "Total 2025-2030". */
	gboolean yes = key && ((strncmp (key, "total", 5) == 0 &&
				(strcmp (key + 5, " general") == 0 ||
				 strspn (key + 5, " 0123456789") == strlen (key + 5))) ||
			       (strlen (key) == 4 && (key[0] == '1' || key[0] == '2') &&
				strspn (key, "0123456789") == 4));
	g_free (key);
	return yes;
}

gboolean
pst_header_person_aside (char const *header)
{
	static char const *const words[] = {
		"politique", "elu", "elus", "echevin", "mandataire", "president",
		"presidente", "contact", "mail", "courriel", "telephone", "tel", "gsm"
	};
	char *f = header ? pst_text_fold (header) : NULL;
	char **tokens = f ? pst_text_tokens (f) : NULL;
	gboolean aside = FALSE;
	gsize i;

	for (i = 0; tokens && tokens[i] && !aside; i++)
		aside = pst_text_in_table (tokens[i], words, G_N_ELEMENTS (words));
	g_strfreev (tokens);
	g_free (f);
	return aside;
}

/* Columns that describe an action rather than place it. */
gboolean
pst_role_is_value (int role)
{
	return role >= PST_FIELD_SERVICE && role <= PST_FIELD_COMMENTAIRE;
}

static struct {
	char const *word;	/* folded, as header_key writes it */
	int	    level;
} const niveau_words[] = {
	{ "os", 1 }, { "o s", 1 }, { "objectif strategique", 1 }, { "strategique", 1 },
	{ "oo", 2 }, { "o o", 2 }, { "objectif operationnel", 2 }, { "operationnel", 2 },
	{ "action", 3 }, { "projet", 3 }, { "mesure", 3 }, { "a", 3 },
	{ "sous action", 4 }, { "tache", 4 }, { "etape", 4 }, { "sa", 4 },
	{ "axe", -1 }, { "theme", -1 },
};

int
pst_niveau_word (char const *text)
{
	char *key = header_key (text);
	gsize i;
	int level = 0;

	for (i = 0; i < G_N_ELEMENTS (niveau_words); i++)
		if (strcmp (key, niveau_words[i].word) == 0)
			level = niveau_words[i].level;
	g_free (key);
	return level;
}

int
pst_niveau_number (char const *text)
{
	return text && text[0] >= '1' && text[0] <= '4' && text[1] == '\0' ? text[0] - '0' : 0;
}

/* The names --colonne takes, first the one shown. */
static struct {
	char const *name;
	int	    role;
} const role_names[] = {
	{ "entite", PST_FIELD_ENTITE }, { "volet", PST_FIELD_VOLET },
	{ "ref-os", PST_FIELD_REF_OS }, { "os", PST_FIELD_OS },
	{ "ref-oo", PST_FIELD_REF_OO }, { "oo", PST_FIELD_OO },
	{ "action", PST_FIELD_ACTION }, { "service", PST_FIELD_SERVICE },
	{ "responsable", PST_FIELD_RESPONSABLE }, { "pilote", PST_FIELD_RESPONSABLE },
	{ "porteur", PST_FIELD_RESPONSABLE },
	{ "debut", PST_FIELD_DEBUT }, { "fin", PST_FIELD_FIN },
	{ "echeance", PST_FIELD_FIN }, { "statut", PST_FIELD_STATUT },
	{ "avancement", PST_FIELD_AVANCEMENT },
	{ "meteo-delais", PST_FIELD_METEO_DELAIS },
	{ "meteo-ressources", PST_FIELD_METEO_RESSOURCES },
	{ "meteo", PST_FIELD_METEO_GLOBALE }, { "meteo-globale", PST_FIELD_METEO_GLOBALE },
	{ "article", PST_FIELD_ARTICLE }, { "budget", PST_FIELD_BUDGET },
	{ "engage", PST_FIELD_ENGAGE }, { "financement", PST_FIELD_FINANCEMENT },
	{ "etp", PST_FIELD_ETP }, { "indicateur", PST_FIELD_INDICATEUR },
	{ "cible", PST_FIELD_CIBLE }, { "realise", PST_FIELD_REALISE },
	{ "priorite", PST_FIELD_PRIORITE }, { "commentaire", PST_FIELD_COMMENTAIRE },
	{ "ref", PST_ROLE_CODE }, { "code", PST_ROLE_CODE },
	{ "libelle", PST_ROLE_LABEL }, { "sous-action", PST_ROLE_TACHE },
	{ "tache", PST_ROLE_TACHE }, { "axe", PST_ROLE_AXE },
	{ "niveau", PST_ROLE_NIVEAU }, { "parent", PST_ROLE_PARENT },
	{ "autre", PST_ROLE_NONE },
};

char const *
pst_role_name (int role)
{
	gsize i;
	for (i = 0; i < G_N_ELEMENTS (role_names); i++)
		if (role_names[i].role == role)
			return role_names[i].name;
	return "autre";
}

gboolean
pst_role_from_name (char const *name, int *role)
{
	char *f = pst_text_fold (name);
	gsize i;
	gboolean found = FALSE;

	g_strstrip (f);
	for (i = 0; i < G_N_ELEMENTS (role_names) && !found; i++) {
		/* "meteo delais" as well as "meteo-delais". */
		char *alt = g_strdelimit (g_strdup (role_names[i].name), "-", ' ');
		if (strcmp (f, role_names[i].name) == 0 || strcmp (f, alt) == 0) {
			*role = role_names[i].role;
			found = TRUE;
		}
		g_free (alt);
	}
	g_free (f);
	return found;
}
