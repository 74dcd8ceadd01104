/*
 * smart.c: SMART heuristics over French labels.
 *
 * The label is folded and cut into tokens (pst_text_tokens); every rule
 * is a table of words or of short token patterns read by the small
 * functions below.  The patterns use these items, separated by spaces:
 *   a literal folded token, or alternatives "le|la|l";
 *   '#' a count (digits or a number word), 'Y' a year, 'M' a month name,
 *   'U' a unit of time, 'R' a role (service, DG, équipe…), '*' any token.
 *
 * Over 600 lines, on purpose: most of it is the word tables of the five
 * letters, which read best next to the rules that use them.
 */
#include "smart.h"
#include "echeance.h"
#include "frequence.h"
#include "text.h"

#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* Vocabularies                                                        */

/* Infinitives in -re and -oir, which share their ending with many nouns
 * (centre, cadre, membre, couloir): only these are verbs.  Verbs in -er
 * and -ir are recognised by their ending (see infinitive_kind). */
static char const *const action_verbs[] = {
	/* -re */
	"atteindre", "apprendre", "comprendre", "construire", "conduire",
	"combattre", "connaitre", "decrire", "detruire", "dire", "elire",
	"entreprendre", "etendre", "faire", "inclure", "inscrire",
	"introduire", "joindre", "lire", "mettre", "permettre", "poursuivre",
	"prendre", "produire", "promettre", "reconnaitre", "reconstruire",
	"redire", "reduire", "refaire", "rejoindre", "relire", "remettre",
	"rendre", "repondre", "reprendre", "resoudre", "soumettre", "suivre",
	"traduire", "transmettre", "vendre", "defendre", "descendre",
	"attendre", "entendre", "admettre", "exclure", "conclure",
	"instruire", "souscrire", "prescrire", "retranscrire", "extraire",
	"satisfaire", "interdire", "suffire", "vivre", "revivre", "battre",
	"abattre", "debattre", "peindre", "repeindre", "contraindre",
	"restreindre", "astreindre", "coudre", "rompre", "interrompre",
	"convaincre", "vaincre", "parfaire", "contrefaire", "distraire",
	"soustraire", "paraitre", "apparaitre", "disparaitre", "croire",
	"boire", "plaire", "taire", "defaire", "confondre",
	"fondre", "refondre", "correspondre", "repandre", "tendre",
	"pretendre", "surprendre", "dependre", "suspendre", "pendre",
	"perdre", "mordre", "tordre",
	/* -oir */
	"pouvoir", "savoir", "devoir", "voir", "revoir", "prevoir",
	"recevoir", "percevoir", "concevoir", "apercevoir", "decevoir",
	"pourvoir", "entrevoir", "valoir", "vouloir", "falloir", "mouvoir",
	"emouvoir", "asseoir", "surseoir",
};

/* Verbs that do not say what will be done.  Alone, without a target,
 * they fail S: the five of doc/domain.md §8 and their variants.  Other broad
 * verbs (développer, renforcer, dynamiser) pass, as the contract lists
 * only these. */
static char const *const vague_verbs[] = {
	"ameliorer", "favoriser", "promouvoir", "optimiser", "optimaliser",
	"sensibiliser", "confortabiliser",
};

/* The same verbs turned into nouns, after a verb that only says the work
 * goes on: "Poursuivre l'optimalisation de…" is as vague as
 * "Optimiser…". */
static char const *const vague_nouns[] = {
	"amelioration", "ameliorations", "promotion", "optimisation",
	"optimalisation", "sensibilisation",
};

static char const *const aspect_verbs[] = {
	"poursuivre", "continuer", "maintenir", "entamer", "commencer",
};

/* A state, not an action: "Être un CPAS qui…" is how an OS is worded;
 * "Disposer d'un personnel qualifié" is "avoir". */
static char const *const state_verbs[] = {
	"etre", "avoir", "disposer",
};

/* Nouns and adjectives that end like an infinitive ("-er", "-ir") and
 * that plans put first: "Atelier cuisine", "Dossier unique". */
static char const *const not_infinitives[] = {
	"atelier", "ateliers", "dossier", "dossiers", "fichier", "fichiers",
	"calendrier", "courrier", "courriers", "papier", "papiers", "cahier",
	"chantier", "chantiers", "quartier", "quartiers", "premier",
	"premiere", "dernier", "particulier", "entier", "regulier",
	"metier", "metiers", "foyer", "foyers", "loyer", "loyers", "hiver",
	"hier", "fier", "cher", "super", "leader", "manager",
	"plaisir", "plaisirs", "avenir", "loisir", "loisirs", "desir",
	"escalier", "grenier", "panier", "verger", "potager", "danger",
	"dangers", "etranger", "leger", "boulanger", "clavier", "ouvrier",
	"ouvriers", "policier", "financier", "financiere", "immobilier",
	"hospitalier", "routier", "familier", "senior", "seniors", "poster",
	"cancer", "laser", "bazar", "collier", "pilier", "piliers",
	"conseillers", "sentier", "sentiers", "acier",
	"officier", "pompier", "pompiers", "tablier", "bouclier",
	"saladier", "mobilier",
};

/* The words that end a list of coordinated verbs at the head of a
 * label: "Maintenir, développer et renforcer". */
static char const *const verb_coordinators[] = {
	",", "/", "et", "ou", "-", "&", "+",
};

/* Lead-ins before the verb: "Tous les trimestres réaliser…". */
static char const *const lead_in_patterns[] = {
	"tous|toutes les # U",
	"tous|toutes les U",
	"chaque U",
	"# fois par U",
	"# x / U",
	"annuellement|trimestriellement|mensuellement|semestriellement",
	"systematiquement|regulierement|prioritairement|progressivement",
	"des|a partir de Y",
	"en Y",
	"d ' ici Y",
	"a l ' horizon Y",
};

/* Units of time, for "dans les 12 mois" and "tous les 6 mois". */
static char const *const time_units[] = {
	"jour", "jours", "semaine", "semaines", "quinzaine", "quinzaines",
	"mois", "trimestre", "trimestres", "semestre", "semestres", "an",
	"ans", "annee", "annees", "exercice", "exercices",
};

/* Who delivers an action, as a label names it: "par le service X". */
static char const *const role_words[] = {
	"service", "services", "cellule", "departement", "dg", "directeur",
	"directrice", "direction", "president", "presidente", "assistant",
	"assistante", "assistants", "assistantes", "agent", "agents",
	"equipe", "equipes", "responsable", "responsables", "coordinateur",
	"coordinatrice", "referent", "referente", "codir", "bureau",
	"secretariat", "receveur", "receveuse", "chef", "chefs", "pole",
	"travailleur", "travailleuse", "travailleurs", "juriste", "conseil",
	"tuteur", "tutrice", "educateur", "educatrice", "infirmier",
	"infirmiere", "psychologue", "mediateur", "mediatrice", "personnel",
	"rh", "grh", "comptabilite", "informaticien", "econome",
};

static char const *const responsible_patterns[] = {
	"par le|la|l|les|un|une|notre|nos|chaque R",
	"par l ' R",
	"qui ?|:",
	"responsable|responsables|pilote|porteur|porteuse|porteurs :",
	"referent|referente|gestionnaire :",
	"porte|portee par",
	"pilote|pilotee|coordonne|coordonnee|assure|assuree par",
	"sous la responsabilite",
	"a charge du|de|des R",
};

/* Means stated in the label. */
static char const *const resource_patterns[] = {
	"\xe2\x82\xac",			/* € */
	"eur|euro|euros|etp|keur",
	"subside|subsides|subsidie|subsidiee|subsidies|subsidiees",
	"subvention|subventions|subventionne|subventionnee",
	"financement|financements|cofinancement|cofinance|cofinancee",
	"finance|financee|finances|financees par",
	"fonds propres|europeens|feder|fse",
	"moyens humains|financiers|budgetaires",
	"budget|enveloppe|credit|credits de|maximum|max|estime|prevu #",
	"budget|enveloppe|credit|credits maximum|max|estime|prevu",
	"pour|avec|dans un budget|enveloppe",
	"article budgetaire",
	"cout|couts estime|estimes|previsionnel",
	"temps plein|partiel",
	"mi - temps",
};

/* Deadline phrases (doc/domain.md §8: d'ici, pour le, avant, au plus tard,
 * fin, dans les N mois). */
static char const *const time_patterns[] = {
	"d ' ici",
	"au plus tard",
	"pour le|la * Y",
	"pour le #",
	"pour le|la fin|debut|mi",
	"pour fin|debut|mi",
	"pour M",
	"avant le|la|fin|debut|mi|Y|M|#",
	"avant l ' ete|automne|hiver|echeance|annee",
	"fin|debut|courant|mi M|Y",
	"mi - M|Y|legislature|mandature|parcours",
	"en|a|au|de fin|debut de|d",
	"fin de|du legislature|mandature|mandat|l|la|annee|exercice|projet|programme",
	"fin d ' annee|exercice",
	"a la fin",
	"en M",
	"# M",
	"# er|ere|e M",
	"dans|endeans|sous les # U",
	"dans|endeans|sous|en # U",
	"dans un delai de",
	"a l ' horizon",
	"a|au|pour|avant la rentree",
	"au cours de l|la|cette|chaque",
	"durant|pendant la legislature|mandature|annee",
	"U prochain|prochaine|suivant|suivante",
	"U en cours",
	"cette annee",
	"des|a partir de|du # M",
	"des|a partir de|du Y",
	"/ # U",		/* "1 réunion / 2 mois" */
	"/ U",
};

/* Phrases in which a frequency word is no frequency: "au quotidien"
 * is a manner, "les dépenses quotidiennes" a kind of expense. */
static char const *const not_frequency_phrases[] = {
	"au quotidien", "vie quotidienne", "depenses quotidiennes",
	"gestion quotidienne", "travail quotidien", "travail au quotidien",
	"quotidien des", "quotidien du", "quotidiens des", "note annuelle",
	"tableau annuel", "tableaux annuels", "rapport annuel",
};

/* Words before a number that make it a reference, not a quantity:
 * "article 60", "art. 27", "§ 7", "T3 2021", "phase 2". */
static char const *const reference_words[] = {
	"article", "articles", "art", "\xc2\xa7", "n", "no", "numero", "loi",
	"decret", "arrete", "ar", "chapitre", "titre", "annexe", "point",
	"t", "q", "s", "phase", "etape", "volet", "axe", "os", "oo",
	"action", "objectif", "fiche", "page", "version", "niveau",
	"covid", "agenda", "pcs", "ris",
};

/* Ordinal suffixes after a number: "2e phase", "1er janvier". */
static char const *const ordinal_suffixes[] = {
	"e", "er", "ere", "eme", "ieme", "nd", "nde", "d",
};

/* Before "un"/"une", these make it a count: "au minimum un atelier",
 * "au moins une fois". */
static char const *const count_markers[] = {
	"minimum", "maximum", "min", "max", "moins", "mini", "exactement",
	"environ",
};

/* After the noun, only this one does: "un atelier minimum par an", but
 * "un budget maximum de … €" is no count of budgets. */
static char const *const count_markers_after[] = {
	"minimum",
};

/* Quantities on their own: "½ ETP", "un demi-jour", "10 %". */
static char const *const quantity_marks[] = {
	"\xc2\xbd", "\xc2\xbc", "\xc2\xbe", "\xe2\x85\x93", "\xe2\x85\x94",
	"%", "etp", "pourcent", "pourcents", "demi", "moitie",
};

/* Numbers that name rather than count: "les 2 entités" are the Ville
 * and the CPAS. */
static char const *const not_quantity_patterns[] = {
	"# entites",
};

/* Values that fill a field without saying anything. */
static char const *const placeholders[] = {
	"", "-", "--", "---", "?", "??", "/", ".", "...", "x", "na", "n/a",
	"nc", "n.c.", "neant", "aucun", "aucune", "a definir", "a determiner",
	"a preciser", "a completer", "tbd", "todo", "non", "pas de", "0",
	"des que possible", "asap", "inconnu", "/ /", "nihil",
};

/* ------------------------------------------------------------------ */
/* Tokens                                                              */

typedef struct {
	char **tok;
	int    n;
} Words;

static char const *
word (Words const *w, int i)
{
	return i >= 0 && i < w->n ? w->tok[i] : "";
}

#define IN(s, table) pst_text_in_table ((s), (table), G_N_ELEMENTS (table))

static gboolean
is_digits (char const *t)
{
	if (!g_ascii_isdigit (*t))
		return FALSE;
	while (g_ascii_isdigit (*t))
		t++;
	return *t == '\0';
}

static gboolean
is_alpha_word (char const *t)
{
	return *t != '\0' && g_unichar_isalpha (g_utf8_get_char (t));
}

static gboolean
is_year (char const *t)
{
	int y;
	if (!is_digits (t) || strlen (t) != 4)
		return FALSE;
	y = atoi (t);
	return y >= 1900 && y <= 2199;
}

/* The month names live in echeance.c: a lone month with a default year
 * is an échéance there, so ask it rather than keep a second list. */
static gboolean
is_month (char const *t)
{
	GDate date;
	if (!is_alpha_word (t) || strcmp (t, "sept") == 0)
		return FALSE;	/* "sept" is seven more often than September */
	g_date_clear (&date, 1);
	return pst_echeance_match (t, 2000, &date);
}

static gboolean
is_count (char const *t)
{
	int v;
	return (is_digits (t) && strlen (t) <= 6) ||
		pst_text_number_word (t, &v);
}

static gboolean
is_placeholder (char const *text)
{
	char *folded;
	gboolean result;

	if (pst_text_is_blank (text))
		return TRUE;
	folded = pst_text_fold (text);
	result = IN (folded, placeholders);
	g_free (folded);
	return result;
}

static gboolean
filled (char const *text)
{
	return text != NULL && !is_placeholder (text);
}

gboolean
pst_smart_filled (char const *text)
{
	return filled (text);
}

/* ------------------------------------------------------------------ */
/* Patterns                                                            */

static gboolean
item_matches (char const *item, gsize len, char const *t)
{
	char const *p, *end = item + len;

	if (*t == '\0')
		return FALSE;
	if (len == 1) {
		switch (item[0]) {
		case '#': return is_count (t);
		case 'Y': return is_year (t);
		case 'M': return is_month (t);
		case 'U': return IN (t, time_units);
		case 'R': return IN (t, role_words);
		case '*': return TRUE;
		default: break;
		}
	}
	/* Alternatives: "le|la|l"; a special item may be one of them. */
	for (p = item; p < end; ) {
		char const *bar = memchr (p, '|', end - p);
		gsize n = (bar ? bar : end) - p;
		if (n == 1 && strchr ("#YMUR*", *p) != NULL && *p != '\0') {
			if (item_matches (p, 1, t))
				return TRUE;
		} else if (strlen (t) == n && strncmp (p, t, n) == 0)
			return TRUE;
		p += n + (bar ? 1 : 0);
		if (!bar)
			break;
	}
	return FALSE;
}

/* Number of tokens the pattern covers from @i, or 0 when it does not
 * match there. */
static int
pattern_at (Words const *w, int i, char const *pattern)
{
	char const *p = pattern;
	int k = i;

	while (*p) {
		char const *space = strchr (p, ' ');
		gsize len = space ? (gsize) (space - p) : strlen (p);
		if (!item_matches (p, len, word (w, k)))
			return 0;
		k++;
		p += len;
		while (*p == ' ')
			p++;
	}
	return k - i;
}

static gboolean
any_pattern (Words const *w, char const *const *patterns, gsize n)
{
	int i;
	gsize k;
	for (i = 0; i < w->n; i++)
		for (k = 0; k < n; k++)
			if (pattern_at (w, i, patterns[k]) > 0)
				return TRUE;
	return FALSE;
}

#define ANY(w, patterns) any_pattern ((w), (patterns), G_N_ELEMENTS (patterns))

/* ------------------------------------------------------------------ */
/* S                                                                   */

typedef enum {
	VERB_NONE,
	VERB_ACTION,
	VERB_VAGUE,
	VERB_STATE
} VerbKind;

static gboolean
ends_with (char const *s, char const *suffix)
{
	gsize n = strlen (s), m = strlen (suffix);
	return n >= m && strcmp (s + n - m, suffix) == 0;
}

static VerbKind
infinitive_kind (char const *t)
{
	if (IN (t, vague_verbs))
		return VERB_VAGUE;
	if (IN (t, state_verbs))
		return VERB_STATE;
	if (IN (t, not_infinitives))
		return VERB_NONE;
	if (IN (t, action_verbs))
		return VERB_ACTION;
	/* The first group and most of the second: "organiser", "agir",
	 * "établir".  Short words ("mer", "fer") are nouns. */
	if (strlen (t) >= 4 && (ends_with (t, "er") || ends_with (t, "ir")) &&
	    !ends_with (t, "eur") && !ends_with (t, "oir"))
		return VERB_ACTION;
	return VERB_NONE;
}

/* Skips "se", "s'" before a verb: "Se munir", "S'inscrire". */
static int
skip_reflexive (Words const *w, int i)
{
	if (strcmp (word (w, i), "se") == 0 && is_alpha_word (word (w, i + 1)))
		return i + 1;
	if (strcmp (word (w, i), "s") == 0 && strcmp (word (w, i + 1), "'") == 0)
		return i + 2;
	return i;
}

/* Skips numbering and bullets: "Action 3 :", "- ", "o ", "2.", "OO 1.2". */
static int
skip_numbering (Words const *w)
{
	int i = 0;
	for (;;) {
		char const *t = word (w, i);
		if (*t == '\0')
			return i;
		if (!g_unichar_isalnum (g_utf8_get_char (t)) || is_digits (t)) {
			i++;
			continue;
		}
		if ((strcmp (t, "action") == 0 || strcmp (t, "oo") == 0 ||
		     strcmp (t, "os") == 0 || strcmp (t, "sa") == 0) &&
		    is_digits (word (w, i + 1))) {
			i += 2;
			continue;
		}
		if (i == 0 && strcmp (t, "o") == 0 &&
		    is_alpha_word (word (w, i + 1))) {
			i++;	/* a bullet: "o Organiser…" */
			continue;
		}
		return i;
	}
}

/* The index of the verb that heads the label, or -1. */
static int
head_verb (Words const *w)
{
	int start = skip_numbering (w), i, k;
	gsize p;

	i = skip_reflexive (w, start);
	if (infinitive_kind (word (w, i)) != VERB_NONE)
		return i;

	/* "Tous les trimestres réaliser…" */
	for (p = 0; p < G_N_ELEMENTS (lead_in_patterns); p++) {
		int len = pattern_at (w, start, lead_in_patterns[p]);
		if (len > 0) {
			k = start + len;
			if (strcmp (word (w, k), ",") == 0)
				k++;
			k = skip_reflexive (w, k);
			if (infinitive_kind (word (w, k)) != VERB_NONE)
				return k;
		}
	}
	/* "Pour le 31/01, établir…", "En fonction du résultat, remplacer…" */
	for (k = start; k < w->n && k < start + 10; k++)
		if (strcmp (word (w, k), ",") == 0) {
			int v = skip_reflexive (w, k + 1);
			if (infinitive_kind (word (w, v)) != VERB_NONE)
				return v;
			break;
		}
	return -1;
}

/* Whether a coordinated verb that is not vague follows the head verb:
 * "Développer et améliorer", "Informer, sensibiliser et conseiller". */
static gboolean
coordinated_action (Words const *w, int verb)
{
	int i = verb + 1;
	while (IN (word (w, i), verb_coordinators)) {
		int v = skip_reflexive (w, i + 1);
		VerbKind kind = infinitive_kind (word (w, v));
		if (kind == VERB_ACTION)
			return TRUE;
		if (kind == VERB_NONE)
			return FALSE;
		i = v + 1;
	}
	return FALSE;
}

/* ------------------------------------------------------------------ */
/* M                                                                   */

static gboolean
is_ordinal_suffix (char const *t)
{
	return IN (t, ordinal_suffixes);
}

/* "31/01", "31/01/2021", "15.03": a date, not a quantity. */
static int
date_length (Words const *w, int i)
{
	char const *sep = word (w, i + 1);
	int d, m;

	if (!is_digits (word (w, i)) ||
	    !(strcmp (sep, "/") == 0 || strcmp (sep, ".") == 0 ||
	      strcmp (sep, "-") == 0) ||
	    !is_digits (word (w, i + 2)))
		return 0;
	d = atoi (word (w, i));
	m = atoi (word (w, i + 2));
	if (d < 1 || d > 31 || m < 1 || m > 12 || strlen (word (w, i + 2)) > 2)
		return 0;
	if (strcmp (word (w, i + 3), sep) == 0 && is_digits (word (w, i + 4)))
		return 5;
	return 3;
}

/* Tokens that may sit between a reference word and its number:
 * "art. 60", "article 60/61", "articles 60 § 7 ou 61". */
static char const *const reference_links[] = {
	".", ":", "/", ",", "-", "ou", "et", "\xc2\xa7",
};

static gboolean
after_reference_word (Words const *w, int i)
{
	int k;
	for (k = i - 1; k >= 0; k--) {
		char const *t = word (w, k);
		if (IN (t, reference_words))
			return TRUE;
		if (!IN (t, reference_links) && !is_digits (t))
			return FALSE;
	}
	return FALSE;
}

/* "au minimum un atelier", "une fois", "un atelier minimum par an". */
static gboolean
article_is_count (Words const *w, int i)
{
	int k;
	if (IN (word (w, i - 1), count_markers) ||
	    strcmp (word (w, i + 1), "fois") == 0 ||
	    strcmp (word (w, i + 1), "seul") == 0 ||
	    strcmp (word (w, i + 1), "seule") == 0)
		return TRUE;
	for (k = i + 1; k <= i + 3 && is_alpha_word (word (w, k)); k++)
		if (IN (word (w, k), count_markers_after))
			return TRUE;
	return FALSE;
}

static gboolean
has_quantity (Words const *w)
{
	int i, v;
	gsize k;

	for (i = 0; i < w->n; i++) {
		char const *t = word (w, i);
		int len;

		if (IN (t, quantity_marks))
			return TRUE;
		if (strcmp (t, "pour") == 0 && strcmp (word (w, i + 1), "cent") == 0)
			return TRUE;
		for (k = 0; k < G_N_ELEMENTS (not_quantity_patterns); k++)
			if (pattern_at (w, i, not_quantity_patterns[k]) > 0)
				break;
		if (k < G_N_ELEMENTS (not_quantity_patterns))
			continue;
		if (is_digits (t)) {
			len = date_length (w, i);
			if (len > 0) {
				i += len - 1;
				continue;
			}
			if (is_year (t) || after_reference_word (w, i) ||
			    is_ordinal_suffix (word (w, i + 1)) ||
			    is_month (word (w, i + 1)))
				continue;
			return TRUE;
		}
		if (strcmp (t, "un") == 0 || strcmp (t, "une") == 0) {
			if (article_is_count (w, i))
				return TRUE;
			continue;
		}
		if (pst_text_number_word (t, &v) && !after_reference_word (w, i))
			return TRUE;
	}
	return FALSE;
}

/* ------------------------------------------------------------------ */
/* T                                                                   */

/* Blanks the phrases where a frequency word is no frequency. */
static char *
without_false_frequencies (char const *folded)
{
	char *copy = g_strdup (folded);
	gsize k;

	for (k = 0; k < G_N_ELEMENTS (not_frequency_phrases); k++) {
		char const *phrase = not_frequency_phrases[k];
		gsize n = strlen (phrase);
		char *hit = copy;
		while ((hit = strstr (hit, phrase)) != NULL) {
			memset (hit, ' ', n);
			hit += n;
		}
	}
	return copy;
}

static gboolean
has_time (char const *folded, Words const *w)
{
	GDate date;
	double per_year;
	char *cleaned;
	gboolean found;

	if (ANY (w, time_patterns))
		return TRUE;
	cleaned = without_false_frequencies (folded);
	g_date_clear (&date, 1);
	found = pst_echeance_match (cleaned, 0, &date) ||
		pst_frequence_match (cleaned, &per_year);
	g_free (cleaned);
	return found;
}

/* ------------------------------------------------------------------ */
/* The analysis                                                        */

/* Copies the word of @label whose folded form is @folded_word, in lower
 * case, so that the diagnostic quotes "améliorer" and not "ameliorer". */
static void
copy_original_word (char const *label, char const *folded_word,
		    char *out, gsize size)
{
	char const *p = label;

	out[0] = '\0';
	while (*p) {
		char const *start;
		char *run, *f;
		gunichar c = g_utf8_get_char_validated (p, -1);
		if (c == (gunichar) -1 || c == (gunichar) -2)
			return;
		if (!g_unichar_isalpha (c)) {
			p = g_utf8_next_char (p);
			continue;
		}
		start = p;
		while (*p) {
			c = g_utf8_get_char_validated (p, -1);
			if (c == (gunichar) -1 || c == (gunichar) -2 ||
			    !g_unichar_isalpha (c))
				break;
			p = g_utf8_next_char (p);
		}
		run = g_utf8_strdown (start, p - start);
		f = pst_text_fold (run);
		if (strcmp (f, folded_word) == 0 && strlen (run) < size) {
			strcpy (out, run);
			g_free (run);
			g_free (f);
			return;
		}
		g_free (run);
		g_free (f);
	}
}

static void
set_letter (PstSmartResult *r, PstSmartLetter letter, gboolean present,
	    PstSmartReason reason)
{
	r->letters[letter] = present;
	r->reasons[letter] = present ? PST_SMART_PRESENT : reason;
}

/* Determiners between a verb and its object: "l'", "de la". */
static char const *const determiners[] = {
	"le", "la", "l", "'", "les", "du", "de", "des", "d", "notre", "nos",
	"leur", "leurs", "son", "sa", "ses",
};

/* "Poursuivre l'optimalisation": the index of the vague noun, or -1. */
static int
vague_object (Words const *w, int verb)
{
	int k;
	if (!IN (word (w, verb), aspect_verbs))
		return -1;
	for (k = verb + 1; k <= verb + 4 && IN (word (w, k), determiners); k++)
		;
	return IN (word (w, k), vague_nouns) ? k : -1;
}

static void
check_specific (Words const *w, char const *label, int niveau,
		gboolean target, PstSmartResult *r)
{
	int v = head_verb (w), noun;
	VerbKind kind = v < 0 ? VERB_NONE : infinitive_kind (word (w, v));

	if (kind == VERB_ACTION && (noun = vague_object (w, v)) >= 0) {
		kind = VERB_VAGUE;
		v = noun;
	}
	if (v >= 0)
		copy_original_word (label, word (w, v), r->verb,
				    sizeof r->verb);
	switch (kind) {
	case VERB_ACTION:
		set_letter (r, PST_SMART_S, TRUE, PST_SMART_PRESENT);
		break;
	case VERB_VAGUE:
		set_letter (r, PST_SMART_S,
			    target || coordinated_action (w, v),
			    PST_SMART_VAGUE_VERB);
		break;
	case VERB_STATE:
		set_letter (r, PST_SMART_S, niveau == 1, PST_SMART_STATE);
		break;
	case VERB_NONE:
	default:
		set_letter (r, PST_SMART_S, FALSE, PST_SMART_NO_VERB);
		break;
	}
}

PstError
pst_smart (PstSmartInput const *input, PstSmartResult *result)
{
	char *folded;
	Words w;
	gboolean quantity;

	memset (result, 0, sizeof *result);
	if (input == NULL || pst_text_is_blank (input->label))
		return PST_ERROR_NA;

	folded = pst_text_fold (input->label);
	w.tok = pst_text_tokens (folded);
	w.n = g_strv_length (w.tok);

	quantity = has_quantity (&w);
	check_specific (&w, input->label, input->niveau,
			quantity || filled (input->indicateur), result);
	set_letter (result, PST_SMART_M,
		    quantity || filled (input->indicateur),
		    PST_SMART_NO_QUANTITY);
	set_letter (result, PST_SMART_A,
		    filled (input->responsable) || ANY (&w, responsible_patterns),
		    PST_SMART_NO_RESPONSIBLE);
	set_letter (result, PST_SMART_R,
		    filled (input->ressources) || ANY (&w, resource_patterns),
		    PST_SMART_NO_RESOURCES);
	set_letter (result, PST_SMART_T,
		    filled (input->echeance) || has_time (folded, &w),
		    PST_SMART_NO_TIME);

	g_strfreev (w.tok);
	g_free (folded);
	return PST_OK;
}

static char const smart_letters[PST_SMART_N_LETTERS] = {
	'S', 'M', 'A', 'R', 'T'
};

char *
pst_smart_letters (PstSmartResult const *result)
{
	char *s = g_malloc (PST_SMART_N_LETTERS + 1);
	int i;
	for (i = 0; i < PST_SMART_N_LETTERS; i++)
		s[i] = result->letters[i] ? smart_letters[i] : '-';
	s[PST_SMART_N_LETTERS] = '\0';
	return s;
}

int
pst_smart_score (PstSmartResult const *result)
{
	int i, score = 0;
	for (i = 0; i < PST_SMART_N_LETTERS; i++)
		if (result->letters[i])
			score++;
	return score;
}

/* Each sentence says what is missing.  Those about the head verb quote
 * it, as written, between @before and @after; without a verb they read
 * @sentence alone. */
typedef struct {
	PstSmartReason reason;
	char const    *sentence;
	char const    *before;		/* NULL: the verb is not quoted */
	char const    *after;
} ReasonSentence;

static ReasonSentence const reason_sentences[] = {
	{ PST_SMART_NO_VERB,
	  "S : ne commence pas par un verbe d'action à l'infinitif",
	  NULL, NULL },
	{ PST_SMART_VAGUE_VERB,
	  "S : verbe trop vague sans cible chiffrée",
	  "S : « ", " » est trop vague sans cible chiffrée" },
	{ PST_SMART_STATE,
	  "S : décrit un état, formulation réservée à un objectif stratégique",
	  "S : « ", " » décrit un état, formulation réservée à un objectif "
	  "stratégique" },
	{ PST_SMART_NO_QUANTITY,
	  "M : aucune quantité ni indicateur chiffré", NULL, NULL },
	{ PST_SMART_NO_RESPONSIBLE,
	  "A : aucun responsable ni service désigné", NULL, NULL },
	{ PST_SMART_NO_RESOURCES,
	  "R : aucune ressource indiquée (budget, ETP, financement)",
	  NULL, NULL },
	{ PST_SMART_NO_TIME,
	  "T : aucune échéance, date, période ni fréquence", NULL, NULL },
};

static void
append_reason (GString *out, PstSmartResult const *result,
	       PstSmartReason reason)
{
	gsize k;
	for (k = 0; k < G_N_ELEMENTS (reason_sentences); k++) {
		ReasonSentence const *s = &reason_sentences[k];
		if (s->reason != reason)
			continue;
		if (out->len > 0)
			g_string_append (out, "; ");
		if (s->before != NULL && result->verb[0] != '\0') {
			g_string_append (out, s->before);
			g_string_append (out, result->verb);
			g_string_append (out, s->after);
		} else
			g_string_append (out, s->sentence);
		return;
	}
}

char *
pst_smart_diagnostic (PstSmartResult const *result)
{
	GString *out = g_string_new (NULL);
	int i;

	for (i = 0; i < PST_SMART_N_LETTERS; i++)
		if (!result->letters[i])
			append_reason (out, result, result->reasons[i]);
	if (out->len == 0)
		g_string_append (out, "Objectif SMART : les cinq critères sont remplis");
	return g_string_free (out, FALSE);
}
