/*
 * verification.c: "Vérifier le plan", the SMART and consistency checks of
 * a plan (verification.h lists the rules).
 */
#include "verification.h"
#include "article.h"
#include "consolidation.h"
#include "import.h"
#include "reference.h"
#include "smart.h"
#include "status.h"
#include "text.h"

#include <math.h>
#include <stdarg.h>
#include <string.h>

/* Progress is a fraction read from a cell: 0.6 comes back as
 * 0.59999999999999998, and 100 % may be 0.99999999999999989. */
#define PROGRESS_EPSILON 1e-9
/* Amounts are euros and cents: a difference under half a cent is the
 * rounding of a sum, not an overspend. */
#define AMOUNT_EPSILON 0.005

static char const RULE_REF_MISSING[]	= "Référence manquante";
static char const RULE_REF_INVALID[]	= "Référence invalide";
static char const RULE_REF_DUPLICATE[]	= "Référence en double";
static char const RULE_REF_OUTSIDE[]	= "Référence hors de son objectif";
static char const RULE_OO_UNKNOWN[]	= "Objectif opérationnel inconnu";
static char const RULE_NO_PARENT[]	= "Sous-action sans action";
static char const RULE_NO_LABEL[]	= "Libellé manquant";
static char const RULE_NOT_SMART[]	= "Action non SMART";
static char const RULE_DATES[]		= "Début après l’échéance";
static char const RULE_LATE[]		= "Échéance dépassée";
static char const RULE_LATE_START[]	= "Démarrage en retard";
static char const RULE_PROGRESS_RANGE[]	= "Avancement hors de 0 à 100 %";
static char const RULE_DONE_PARTLY[]	= "Terminée mais avancement incomplet";
static char const RULE_FULL_NOT_DONE[]	= "Avancement complet, statut non terminé";
static char const RULE_NOT_STARTED[]	= "Non commencée mais avancée";
static char const RULE_NO_PILOT[]	= "Responsable manquant";
static char const RULE_NEGATIVE[]	= "Montant négatif";
static char const RULE_NO_ARTICLE[]	= "Budget sans article";
static char const RULE_ARTICLE_BAD[]	= "Article budgétaire invalide";
static char const RULE_ARTICLE_CODE[]	= "Code économique inconnu";
static char const RULE_OVERSPENT[]	= "Engagé supérieur au budget";
static char const RULE_EMPTY_OBJ[]	= "Objectif sans action";
static char const RULE_EMPTY_PLAN[]	= "Plan sans action";

void
pst_finding_free (PstFinding *finding)
{
	if (finding == NULL)
		return;
	g_free (finding->ref);
	g_free (finding->libelle);
	g_free (finding->regle);
	g_free (finding->message);
	g_free (finding->source);
	g_free (finding);
}

/* A finding and what it is sorted by, kept apart from the public struct:
 * the displayed ref may be qualified by its entity. */
typedef struct {
	PstFinding *finding;
	char	   *ref;	/* canonical or as written, never NULL */
	guint	    entity;	/* the entity's rank in the plan */
	guint	    seq;	/* order found */
} Found;

typedef struct {
	PstPlan const *plan;
	double	    today;	/* serial day, 1900 system */
	gboolean    several;	/* several entities: keys and refs carry them */
	GHashTable *entity_rank; /* entity → rank + 1 */
	GArray	   *found;	/* Found */
	/* Keys "entity\nref": */
	GHashTable *first_action; /* canonical ref → index of its first action */
	GHashTable *oo;		/* OO refs of the objectives */
	GHashTable *os_with_oo;	/* OS refs of those OO */
	GHashTable *with_action; /* OS and OO refs that hold an action */
} Verifier;

/* ------------------------------------------------------------------ */
/* Values as the messages show them                                    */

char *
pst_date_text (double serial)
{
	GDate date;

	if (!pst_serial_to_date (serial, &date))
		return g_strdup_printf ("%g", serial);
	return g_strdup_printf ("%02d/%02d/%04d", g_date_get_day (&date),
				g_date_get_month (&date), g_date_get_year (&date));
}

/* A number written the French way whatever the locale: decimal comma. */
static char *
decimal_text (double v, char const *format)
{
	char buf[G_ASCII_DTOSTR_BUF_SIZE];
	char *s, *p;

	g_ascii_formatd (buf, sizeof buf, format, v);
	s = g_strdup (buf);
	if ((p = strchr (s, '.')) != NULL) {
		char *end = s + strlen (s);
		while (end > p + 1 && end[-1] == '0')
			*--end = '\0';
		if (end == p + 1)
			*p = '\0';
		else
			*p = ',';
	}
	return s;
}

/* "60 %", "33,33 %": a fraction read back from a cell is 0.5999…, shown
 * as the officer typed it. */
char *
pst_percent_text (double fraction)
{
	double p = fraction * 100;
	char *number, *text;

	if (fabs (p - round (p)) < 1e-7)
		p = round (p) + 0.0;	/* + 0.0: no "-0 %" */
	number = decimal_text (p, "%.2f");
	text = g_strconcat (number, " %", NULL);
	g_free (number);
	return text;
}

/* "12 500 €", "1 250,5 €": thousands apart, cents only when there are. */
char *
pst_amount_text (double v)
{
	char *digits = decimal_text (fabs (v), "%.2f");
	char *comma = strchr (digits, ',');
	gsize int_len = comma ? (gsize) (comma - digits) : strlen (digits);
	GString *s = g_string_new (v < 0 && fabs (v) >= AMOUNT_EPSILON ? "-" : "");
	gsize i;

	for (i = 0; i < int_len; i++) {
		if (i > 0 && (int_len - i) % 3 == 0)
			g_string_append_c (s, ' ');
		g_string_append_c (s, digits[i]);
	}
	if (comma)
		g_string_append (s, comma);
	g_string_append (s, " €");
	g_free (digits);
	return g_string_free (s, FALSE);
}

static char const *
status_words (PstStatus status)
{
	switch (status) {
	case PST_STATUS_NON_COMMENCE: return "non commencé";
	case PST_STATUS_EN_COURS: return "en cours";
	case PST_STATUS_EN_ATTENTE: return "en attente";
	case PST_STATUS_PROBLEME: return "en problème";
	case PST_STATUS_TERMINE: return "terminé";
	case PST_STATUS_ANNULE_ABANDONNE: return "annulé ou abandonné";
	default: return "sans statut";
	}
}

/* What PST.SMART receives from the cell: its text, or the number of a
 * cell built without one.  NULL when blank. */
static char *
smart_field (PstAction const *a, PstField field)
{
	PstCell const *c = &a->values[field];
	char buf[G_ASCII_DTOSTR_BUF_SIZE];

	if (c->text)
		return g_strdup (c->text);
	if ((c->kind == PST_CELL_NUMBER || c->kind == PST_CELL_DATE) && isfinite (c->number))
		return g_strdup (g_ascii_dtostr (buf, sizeof buf, c->number));
	return NULL;
}

static PstStatus
action_status (PstAction const *a)
{
	char const *t = pst_action_text (a, PST_FIELD_STATUT);
	return t ? pst_status_parse (t) : PST_STATUS_UNKNOWN;
}

gboolean
pst_action_is_late (PstAction const *a, double today)
{
	PstStatus status = action_status (a);
	double end, progress;

	if (status == PST_STATUS_TERMINE || status == PST_STATUS_ANNULE_ABANDONNE ||
	    !pst_action_date (a, PST_FIELD_FIN, &end) || !(end < today))
		return FALSE;
	/* Work at 100 % is done whatever its status says; a progress out
	 * of 0..1 is no progress. */
	return !(pst_action_number (a, PST_FIELD_AVANCEMENT, &progress) &&
		 progress >= 1 - PROGRESS_EPSILON && progress <= 1 + PROGRESS_EPSILON);
}

/* ------------------------------------------------------------------ */
/* Findings                                                            */

static char const *
entity_key (Verifier const *v, char const *entite)
{
	return v->several && entite ? entite : "";
}

static char *
key (Verifier const *v, char const *entite, char const *ref)
{
	return g_strconcat (entity_key (v, entite), "\n", ref, NULL);
}

static void
add (Verifier *v, PstGravite gravite, char const *entite, char const *ref,
     char const *libelle, char const *source, char const *regle,
     char const *fmt, ...) G_GNUC_PRINTF (8, 9);

static void
add (Verifier *v, PstGravite gravite, char const *entite, char const *ref,
     char const *libelle, char const *source, char const *regle,
     char const *fmt, ...)
{
	PstFinding *f = g_new0 (PstFinding, 1);
	Found found;
	va_list args;

	f->gravite = gravite;
	f->ref = v->several && ref && *ref ? pst_ref_qualify (entite, ref)
		: g_strdup (ref ? ref : "");
	f->libelle = g_strdup (libelle ? libelle : "");
	f->regle = g_strdup (regle);
	va_start (args, fmt);
	f->message = g_strdup_vprintf (fmt, args);
	va_end (args);
	f->source = g_strdup (source ? source : "");

	found.finding = f;
	found.ref = g_strdup (ref ? ref : "");
	found.entity = GPOINTER_TO_UINT (g_hash_table_lookup (v->entity_rank,
							      entity_key (v, entite)));
	found.seq = v->found->len;
	g_array_append_val (v->found, found);
}

/* ------------------------------------------------------------------ */
/* What the plan holds, before any action is checked                   */

static void
rank_entity (Verifier *v, char const *entite)
{
	char const *k = entity_key (v, entite);
	if (!g_hash_table_contains (v->entity_rank, k))
		g_hash_table_insert (v->entity_rank, (gpointer) k,
				     GUINT_TO_POINTER (g_hash_table_size (v->entity_rank) + 1));
}

static gboolean
plan_has_several_entities (PstPlan const *plan)
{
	char const *first = NULL;
	guint i;

	for (i = 0; i < plan->actions->len; i++) {
		char const *e = ((PstAction *) g_ptr_array_index (plan->actions, i))->values[PST_FIELD_ENTITE].text;
		if (e == NULL)
			continue;
		if (first == NULL)
			first = e;
		else if (strcmp (first, e) != 0)
			return TRUE;
	}
	for (i = 0; i < plan->objectives->len; i++) {
		char const *e = ((PstObjective *) g_ptr_array_index (plan->objectives, i))->entite;
		if (e == NULL)
			continue;
		if (first == NULL)
			first = e;
		else if (strcmp (first, e) != 0)
			return TRUE;
	}
	return FALSE;
}

/* The canonical form of a reference as written; NULL when it is none. */
static char *
canonical (char const *text)
{
	PstError err;
	return text && !pst_text_is_blank (text) ? pst_ref_normalise (text, NULL, &err) : NULL;
}

static void
index_plan (Verifier *v)
{
	PstPlan const *plan = v->plan;
	guint i;

	for (i = 0; i < plan->actions->len; i++) {
		PstAction const *a = g_ptr_array_index (plan->actions, i);
		char const *e = a->values[PST_FIELD_ENTITE].text;
		char *ref = canonical (a->values[PST_FIELD_REF].text), *k;
		int d;

		rank_entity (v, e);
		/* One that is no action's reference is reported on its own. */
		if (ref == NULL || pst_ref_depth (ref) < 3) {
			g_free (ref);
			continue;
		}
		k = key (v, e, ref);
		if (g_hash_table_contains (v->first_action, k))
			g_free (k);
		else
			g_hash_table_insert (v->first_action, k, GUINT_TO_POINTER (i));
		for (d = 1; d <= 2; d++) {
			char *prefix = g_strndup (ref, pst_ref_prefix_len (ref, d));
			g_hash_table_add (v->with_action, key (v, e, prefix));
			g_free (prefix);
		}
		g_free (ref);
	}
	for (i = 0; i < plan->objectives->len; i++) {
		PstObjective const *o = g_ptr_array_index (plan->objectives, i);
		char *ref = canonical (o->ref);

		rank_entity (v, o->entite);
		if (ref && o->level == 2 && pst_ref_depth (ref) == 2) {
			char *os = g_strndup (ref, pst_ref_prefix_len (ref, 1));
			g_hash_table_add (v->oo, key (v, o->entite, ref));
			g_hash_table_add (v->os_with_oo, key (v, o->entite, os));
			g_free (os);
		}
		g_free (ref);
	}
}

/* ------------------------------------------------------------------ */
/* The checks of one action                                            */

/* Where the action sits: FALSE when it cannot be placed at all, and the
 * checks of its place stop there. */
static gboolean
check_reference (Verifier *v, PstAction const *a, guint index, char const *ref,
		 char const *label, char const *source)
{
	char const *e = a->values[PST_FIELD_ENTITE].text;
	char const *written = pst_action_text (a, PST_FIELD_REF);
	static struct { PstField field; int depth; char const *name; } const parents[] = {
		{ PST_FIELD_REF_OS, 1, "Réf. OS" },
		{ PST_FIELD_REF_OO, 2, "Réf. OO" },
	};
	char *k, *oo;
	gsize i;

	if (written == NULL) {
		add (v, PST_GRAVITE_ERREUR, e, "", label, source, RULE_REF_MISSING,
		     "Action sans référence : elle ne peut être placée sous aucun objectif.");
		return FALSE;
	}
	if (ref == NULL || pst_ref_depth (ref) < 3) {
		add (v, PST_GRAVITE_ERREUR, e, written, label, source, RULE_REF_INVALID,
		     "La référence « %s » n’est pas celle d’une action (OS.OO.action).",
		     written);
		return FALSE;
	}

	k = key (v, e, ref);
	if (GPOINTER_TO_UINT (g_hash_table_lookup (v->first_action, k)) != index) {
		PstAction const *first = g_ptr_array_index (
			v->plan->actions,
			GPOINTER_TO_UINT (g_hash_table_lookup (v->first_action, k)));
		char const *where = pst_action_text (first, PST_FIELD_SOURCE);
		char const *what = pst_action_text (first, PST_FIELD_ACTION);
		if (where)
			add (v, PST_GRAVITE_ERREUR, e, ref, label, source, RULE_REF_DUPLICATE,
			     "La référence %s est déjà celle de l’action en %s : les totaux "
			     "de son objectif les comptent ensemble.", ref, where);
		else
			add (v, PST_GRAVITE_ERREUR, e, ref, label, source, RULE_REF_DUPLICATE,
			     "La référence %s est déjà celle de l’action « %s » : les totaux "
			     "de son objectif les comptent ensemble.", ref, what ? what : "sans libellé");
	}
	g_free (k);

	for (i = 0; i < G_N_ELEMENTS (parents); i++) {
		char const *t = pst_action_text (a, parents[i].field);
		char *p = canonical (t);
		if (t && (p == NULL || pst_ref_depth (p) != parents[i].depth ||
			  !pst_ref_is_within (ref, p)))
			add (v, PST_GRAVITE_ERREUR, e, ref, label, source, RULE_REF_OUTSIDE,
			     "La colonne %s dit « %s », mais l’action %s n’est pas sous cet "
			     "objectif.", parents[i].name, t, ref);
		g_free (p);
	}

	oo = g_strndup (ref, pst_ref_prefix_len (ref, 2));
	k = key (v, e, oo);
	if (!g_hash_table_contains (v->oo, k))
		add (v, PST_GRAVITE_ERREUR, e, ref, label, source, RULE_OO_UNKNOWN,
		     "L’objectif opérationnel %s de l’action %s n’est pas dans le plan : "
		     "aucun objectif ne compte cette action.", oo, ref);
	g_free (k);
	g_free (oo);

	if (pst_ref_depth (ref) >= 4) {
		char *parent = g_strndup (ref, pst_ref_prefix_len (ref, 3));
		k = key (v, e, parent);
		if (!g_hash_table_contains (v->first_action, k))
			add (v, PST_GRAVITE_AVERTISSEMENT, e, ref, label, source, RULE_NO_PARENT,
			     "La sous-action %s n’a pas d’action %s dans le plan.", ref, parent);
		g_free (k);
		g_free (parent);
	}
	return TRUE;
}

static void
check_smart (Verifier *v, PstAction const *a, char const *ref, char const *label,
	     char const *source)
{
	char const *e = a->values[PST_FIELD_ENTITE].text;
	PstSmartInput input = { NULL };
	PstSmartResult result;
	char *fields[4];
	int i;

	if (label == NULL) {
		add (v, PST_GRAVITE_AVERTISSEMENT, e, ref, label, source, RULE_NO_LABEL,
		     "L’action %s n’a pas de libellé : on ne sait pas ce qui sera fait.",
		     ref ? ref : "");
		return;
	}
	/* The fields of the Plan sheet's SMART column, so that a finding
	 * and the letters the sheet shows agree. */
	fields[0] = smart_field (a, PST_FIELD_FIN);
	fields[1] = smart_field (a, PST_FIELD_INDICATEUR);
	fields[2] = smart_field (a, PST_FIELD_RESPONSABLE);
	fields[3] = smart_field (a, PST_FIELD_BUDGET);
	input.label = label;
	input.echeance = fields[0];
	input.indicateur = fields[1];
	input.responsable = fields[2];
	input.ressources = fields[3];
	input.niveau = a->level;
	if (pst_smart (&input, &result) == PST_OK && pst_smart_score (&result) < PST_SMART_N_LETTERS) {
		char *letters = pst_smart_letters (&result);
		char *diagnostic = pst_smart_diagnostic (&result);
		/* What, how much and by when are the action itself; who and
		 * with what means may be settled elsewhere (the pilote has a
		 * rule of its own). */
		gboolean core = !result.letters[PST_SMART_S] || !result.letters[PST_SMART_M] ||
			!result.letters[PST_SMART_T];
		add (v, core ? PST_GRAVITE_AVERTISSEMENT : PST_GRAVITE_INFO, e, ref, label,
		     source, RULE_NOT_SMART, "SMART %s — %s.", letters, diagnostic);
		g_free (letters);
		g_free (diagnostic);
	}
	for (i = 0; i < 4; i++)
		g_free (fields[i]);
}

static void
check_dates_and_progress (Verifier *v, PstAction const *a, char const *ref,
			  char const *label, char const *source)
{
	char const *e = a->values[PST_FIELD_ENTITE].text;
	PstStatus status = action_status (a);
	double start = 0, end = 0, progress = 0;
	gboolean has_start = pst_action_date (a, PST_FIELD_DEBUT, &start);
	gboolean has_end = pst_action_date (a, PST_FIELD_FIN, &end);
	gboolean has_progress = pst_action_number (a, PST_FIELD_AVANCEMENT, &progress);
	gboolean complete = FALSE, late = FALSE;

	if (has_start && has_end && start > end) {
		char *s = pst_date_text (start), *t = pst_date_text (end);
		add (v, PST_GRAVITE_ERREUR, e, ref, label, source, RULE_DATES,
		     "Début le %s, après l’échéance du %s.", s, t);
		g_free (s);
		g_free (t);
	}

	if (has_progress && (progress < -PROGRESS_EPSILON || progress > 1 + PROGRESS_EPSILON)) {
		char *p = pst_percent_text (progress);
		/* 50 in a column of fractions was meant as 50 %; 1.4 may be
		 * anything. */
		if (progress >= 2 && progress <= 100 && progress == floor (progress)) {
			char *n = decimal_text (progress, "%.2f");
			add (v, PST_GRAVITE_ERREUR, e, ref, label, source, RULE_PROGRESS_RANGE,
			     "Avancement de %s : un avancement va de 0 à 100 %% (pour %s %%, "
			     "écrivez %s %% ou la fraction).", p, n, n);
			g_free (n);
		} else
			add (v, PST_GRAVITE_ERREUR, e, ref, label, source, RULE_PROGRESS_RANGE,
			     "Avancement de %s : un avancement va de 0 à 100 %%.", p);
		g_free (p);
		has_progress = FALSE;
	}
	if (has_progress) {
		char *p = pst_percent_text (progress);
		complete = progress >= 1 - PROGRESS_EPSILON;
		if (status == PST_STATUS_TERMINE && !complete)
			add (v, PST_GRAVITE_AVERTISSEMENT, e, ref, label, source, RULE_DONE_PARTLY,
			     "Statut terminé mais avancement de %s : les totaux la comptent "
			     "pour 100 %%.", p);
		else if (complete && status == PST_STATUS_UNKNOWN)
			add (v, PST_GRAVITE_INFO, e, ref, label, source, RULE_FULL_NOT_DONE,
			     "Avancement de 100 %% sans statut : indiquez « terminé » si "
			     "l’action est achevée.");
		else if (complete && status != PST_STATUS_TERMINE)
			add (v, PST_GRAVITE_AVERTISSEMENT, e, ref, label, source, RULE_FULL_NOT_DONE,
			     "Avancement de 100 %% mais statut %s.", status_words (status));
		else if (status == PST_STATUS_NON_COMMENCE && progress > PROGRESS_EPSILON)
			add (v, PST_GRAVITE_AVERTISSEMENT, e, ref, label, source, RULE_NOT_STARTED,
			     "Statut non commencé mais avancement de %s.", p);
		g_free (p);
	}

	/* The end day itself is not past, as for the météo; work at 100 %
	 * is done, whatever its status says (reported above). */
	if (pst_action_is_late (a, v->today)) {
		char *t = pst_date_text (end);
		char *p = has_progress ? pst_percent_text (progress) : NULL;
		double days = v->today - end;
		late = TRUE;
		add (v, PST_GRAVITE_AVERTISSEMENT, e, ref, label, source, RULE_LATE,
		     "Échéance du %s dépassée de %.0f jour%s ; %s%s, %s%s.",
		     t, days, days > 1 ? "s" : "",
		     status == PST_STATUS_UNKNOWN ? "" : "statut ", status_words (status),
		     p ? "avancement " : "sans avancement", p ? p : "");
		g_free (t);
		g_free (p);
	}
	/* A late action says it already. */
	if (has_start && start < v->today && status == PST_STATUS_NON_COMMENCE && !late) {
		char *s = pst_date_text (start);
		add (v, PST_GRAVITE_INFO, e, ref, label, source, RULE_LATE_START,
		     "Début prévu le %s, mais l’action n’est pas commencée.", s);
		g_free (s);
	}
}

static void
check_pilot (Verifier *v, PstAction const *a, char const *ref, char const *label,
	     char const *source)
{
	char const *e = a->values[PST_FIELD_ENTITE].text;
	char const *service = a->values[PST_FIELD_SERVICE].text;

	if (pst_smart_filled (a->values[PST_FIELD_RESPONSABLE].text))
		return;
	if (pst_smart_filled (service))
		add (v, PST_GRAVITE_INFO, e, ref, label, source, RULE_NO_PILOT,
		     "Aucun pilote nommé : seul le service « %s » est indiqué.", service);
	else
		add (v, PST_GRAVITE_AVERTISSEMENT, e, ref, label, source, RULE_NO_PILOT,
		     "Ni responsable ni service : personne ne porte l’action.");
}

static void
check_money (Verifier *v, PstAction const *a, char const *ref, char const *label,
	     char const *source)
{
	char const *e = a->values[PST_FIELD_ENTITE].text;
	char const *article = pst_action_text (a, PST_FIELD_ARTICLE);
	double budget = 0, engage = 0;
	gboolean has_budget = pst_action_number (a, PST_FIELD_BUDGET, &budget);
	gboolean has_engage = pst_action_number (a, PST_FIELD_ENGAGE, &engage);
	gboolean negative = FALSE;
	PstArticle parsed;

	if (has_budget && budget < 0) {
		char *m = pst_amount_text (budget);
		add (v, PST_GRAVITE_ERREUR, e, ref, label, source, RULE_NEGATIVE,
		     "Budget de %s : un budget prévu n’est jamais négatif.", m);
		g_free (m);
		negative = TRUE;
	}
	if (has_engage && engage < 0) {
		char *m = pst_amount_text (engage);
		add (v, PST_GRAVITE_ERREUR, e, ref, label, source, RULE_NEGATIVE,
		     "Engagé de %s : un montant engagé n’est jamais négatif.", m);
		g_free (m);
		negative = TRUE;
	}

	if (article == NULL && has_budget && budget >= AMOUNT_EPSILON) {
		char *m = pst_amount_text (budget);
		add (v, PST_GRAVITE_AVERTISSEMENT, e, ref, label, source, RULE_NO_ARTICLE,
		     "Budget de %s sans article budgétaire : il n’apparaît dans aucune "
		     "ligne de la feuille Budget.", m);
		g_free (m);
	} else if (article && pst_article_parse (article, &parsed) != PST_OK)
		add (v, PST_GRAVITE_ERREUR, e, ref, label, source, RULE_ARTICLE_BAD,
		     "« %s » n’est pas un article budgétaire (FONCTION/ECO-SS, par exemple "
		     "8320/123-16).", article);
	else if (article && !pst_article_valid (article)) {
		char const *eco = "";
		gsize eco_len = 0;
		pst_article_part_span (&parsed, PST_ARTICLE_PART_ECONOMIQUE, &eco, &eco_len);
		add (v, PST_GRAVITE_AVERTISSEMENT, e, ref, label, source, RULE_ARTICLE_CODE,
		     "Article %s : le code économique %.*s n’est pas dans la classification.",
		     parsed.canonical, (int) eco_len, eco);
	}

	if (!negative && has_engage && engage > (has_budget ? budget : 0) + AMOUNT_EPSILON) {
		char *m = pst_amount_text (engage);
		if (has_budget && budget >= AMOUNT_EPSILON) {
			char *b = pst_amount_text (budget);
			add (v, PST_GRAVITE_AVERTISSEMENT, e, ref, label, source, RULE_OVERSPENT,
			     "Engagé de %s pour un budget de %s.", m, b);
			g_free (b);
		} else
			add (v, PST_GRAVITE_AVERTISSEMENT, e, ref, label, source, RULE_OVERSPENT,
			     "Engagé de %s sans budget prévu.", m);
		g_free (m);
	}
}

static void
check_action (Verifier *v, PstAction const *a, guint index)
{
	char *ref = canonical (a->values[PST_FIELD_REF].text);
	char const *label = pst_action_text (a, PST_FIELD_ACTION);
	char const *source = pst_action_text (a, PST_FIELD_SOURCE);
	char const *shown;
	gboolean cancelled = action_status (a) == PST_STATUS_ANNULE_ABANDONNE;

	if (!check_reference (v, a, index, ref, label, source)) {
		/* Shown as written when it is no reference. */
		g_free (ref);
		ref = g_strdup (pst_action_text (a, PST_FIELD_REF));
	}
	shown = ref ? ref : "";
	/* A cancelled action will not be done: whether it says how, and by
	 * whom, no longer matters. */
	if (!cancelled || label == NULL)
		check_smart (v, a, shown, label, source);
	check_dates_and_progress (v, a, shown, label, source);
	if (!cancelled)
		check_pilot (v, a, shown, label, source);
	check_money (v, a, shown, label, source);
	g_free (ref);
}

static void
check_objective (Verifier *v, PstObjective const *o)
{
	char *ref = canonical (o->ref);
	char *k;

	if (ref == NULL || (o->level != 1 && o->level != 2) || pst_ref_depth (ref) != o->level) {
		g_free (ref);
		return;
	}
	k = key (v, o->entite, ref);
	if (!g_hash_table_contains (v->with_action, k)) {
		if (o->level == 2)
			add (v, PST_GRAVITE_AVERTISSEMENT, o->entite, ref, o->label, o->source,
			     RULE_EMPTY_OBJ, "L’objectif opérationnel %s n’a aucune action.", ref);
		else if (!g_hash_table_contains (v->os_with_oo, k))
			add (v, PST_GRAVITE_AVERTISSEMENT, o->entite, ref, o->label, o->source,
			     RULE_EMPTY_OBJ, "L’objectif stratégique %s n’a ni objectif "
			     "opérationnel ni action.", ref);
	}
	g_free (k);
	g_free (ref);
}

/* ------------------------------------------------------------------ */

static gint
found_compare (gconstpointer pa, gconstpointer pb)
{
	Found const *a = pa, *b = pb;
	int c;

	if (a->finding->gravite != b->finding->gravite)
		return a->finding->gravite > b->finding->gravite ? -1 : 1;
	if (a->entity != b->entity)
		return a->entity < b->entity ? -1 : 1;
	if ((c = pst_ref_compare (a->ref, b->ref)) != 0)
		return c;
	return a->seq < b->seq ? -1 : a->seq > b->seq;
}

double
pst_today_serial (GDate const *today)
{
	GDate date;

	pst_date_or_today (today, &date);
	return pst_date_to_serial (&date);
}

GPtrArray *
pst_plan_verify (PstPlan const *plan, GDate const *today)
{
	GPtrArray *findings = g_ptr_array_new_with_free_func ((GDestroyNotify) pst_finding_free);
	Verifier v = { 0 };
	guint i;

	if (plan == NULL || plan->actions == NULL || plan->objectives == NULL)
		return findings;
	v.plan = plan;
	v.today = pst_today_serial (today);
	v.several = plan_has_several_entities (plan);
	v.entity_rank = g_hash_table_new (g_str_hash, g_str_equal);
	v.found = g_array_new (FALSE, FALSE, sizeof (Found));
	v.first_action = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
	v.oo = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
	v.os_with_oo = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
	v.with_action = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

	index_plan (&v);
	if (plan->actions->len == 0)
		add (&v, PST_GRAVITE_AVERTISSEMENT, NULL, "", "", "", RULE_EMPTY_PLAN,
		     "Le plan n’a aucune action : il n’y a rien à vérifier.");
	for (i = 0; i < plan->actions->len; i++)
		check_action (&v, g_ptr_array_index (plan->actions, i), i);
	for (i = 0; i < plan->objectives->len; i++)
		check_objective (&v, g_ptr_array_index (plan->objectives, i));

	g_array_sort (v.found, found_compare);
	for (i = 0; i < v.found->len; i++) {
		Found *f = &g_array_index (v.found, Found, i);
		g_ptr_array_add (findings, f->finding);
		g_free (f->ref);
	}
	g_array_free (v.found, TRUE);
	g_hash_table_destroy (v.entity_rank);
	g_hash_table_destroy (v.first_action);
	g_hash_table_destroy (v.oo);
	g_hash_table_destroy (v.os_with_oo);
	g_hash_table_destroy (v.with_action);
	return findings;
}

void
pst_findings_count (GPtrArray const *findings, guint counts[PST_GRAVITE_ERREUR + 1])
{
	guint i;

	memset (counts, 0, (PST_GRAVITE_ERREUR + 1) * sizeof counts[0]);
	for (i = 0; findings && i < findings->len; i++) {
		PstFinding const *f = g_ptr_array_index (findings, i);
		if (f->gravite <= PST_GRAVITE_ERREUR)
			counts[f->gravite]++;
	}
}

char *
pst_findings_summary (GPtrArray const *findings)
{
	guint n[PST_GRAVITE_ERREUR + 1];

	pst_findings_count (findings, n);
	if (n[PST_GRAVITE_ERREUR] + n[PST_GRAVITE_AVERTISSEMENT] + n[PST_GRAVITE_INFO] == 0)
		return g_strdup ("Aucun problème détecté.");
	return g_strdup_printf ("%u erreur%s, %u avertissement%s, %u info%s",
				n[PST_GRAVITE_ERREUR], n[PST_GRAVITE_ERREUR] > 1 ? "s" : "",
				n[PST_GRAVITE_AVERTISSEMENT], n[PST_GRAVITE_AVERTISSEMENT] > 1 ? "s" : "",
				n[PST_GRAVITE_INFO], n[PST_GRAVITE_INFO] > 1 ? "s" : "");
}
