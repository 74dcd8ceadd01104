/*
 * plan.c: the canonical PST plan.
 */
#include "plan.h"
#include "reference.h"
#include "text.h"

#include <math.h>

static char const *const field_headers[PST_N_FIELDS] = {
	"Entité", "Volet", "Réf. OS", "Objectif stratégique", "Réf. OO",
	"Objectif opérationnel", "Réf.", "Action", "Service", "Responsable",
	"Début", "Fin", "Statut", "Avancement", "Météo délais",
	"Météo ressources", "Météo globale", "Article", "Budget", "Engagé",
	"Financement", "ETP", "Indicateur", "Cible", "Réalisé", "Priorité",
	"Commentaire", "SMART", "Source"
};

char const *
pst_field_header (PstField field)
{
	return field < PST_N_FIELDS ? field_headers[field] : NULL;
}

char const *
pst_gravite_word (PstGravite gravite)
{
	switch (gravite) {
	case PST_GRAVITE_ERREUR: return "erreur";
	case PST_GRAVITE_AVERTISSEMENT: return "avertissement";
	default: return "info";
	}
}

static void
objective_free (gpointer data)
{
	PstObjective *o = data;
	g_free (o->entite);
	g_free (o->volet);
	g_free (o->ref);
	g_free (o->label);
	g_free (o->source);
	g_free (o->original_ref);
	g_free (o);
}

static void
action_free (gpointer data)
{
	PstAction *a = data;
	int i;
	for (i = 0; i < PST_N_FIELDS; i++)
		g_free (a->values[i].text);
	g_free (a->original_ref);
	if (a->extras)
		g_ptr_array_free (a->extras, TRUE);
	g_free (a);
}

static void
anomaly_free (gpointer data)
{
	PstAnomaly *a = data;
	g_free (a->source);
	g_free (a->probleme);
	g_free (a->contenu);
	g_free (a);
}

/* Takes the three strings; a NULL one is stored as "", as a blank cell
 * of the Anomalies sheet reads back. */
void
pst_plan_take_anomaly (PstPlan *plan, char *source, PstGravite gravite,
		       char *probleme, char *contenu)
{
	PstAnomaly *a = g_new0 (PstAnomaly, 1);
	a->source = source ? source : g_strdup ("");
	a->gravite = gravite;
	a->probleme = probleme ? probleme : g_strdup ("");
	a->contenu = contenu ? contenu : g_strdup ("");
	g_ptr_array_add (plan->anomalies, a);
}

void
pst_plan_take_anomaly_valist (PstPlan *plan, char *source, PstGravite gravite,
			      char *contenu, char const *fmt, va_list args)
{
	pst_plan_take_anomaly (plan, source, gravite, g_strdup_vprintf (fmt, args),
			       contenu);
}

PstPlan *
pst_plan_new (char const *entite)
{
	PstPlan *plan = g_new0 (PstPlan, 1);
	plan->entite = g_strdup (entite);
	plan->objectives = g_ptr_array_new_with_free_func (objective_free);
	plan->actions = g_ptr_array_new_with_free_func (action_free);
	plan->anomalies = g_ptr_array_new_with_free_func (anomaly_free);
	plan->extra_headers = g_ptr_array_new_with_free_func (g_free);
	return plan;
}

void
pst_plan_free (PstPlan *plan)
{
	if (plan == NULL)
		return;
	g_ptr_array_free (plan->objectives, TRUE);
	g_ptr_array_free (plan->actions, TRUE);
	g_ptr_array_free (plan->anomalies, TRUE);
	g_ptr_array_free (plan->extra_headers, TRUE);
	pst_reading_free (plan->reading);
	g_free (plan->entite);
	g_free (plan);
}

guint
pst_plan_count (PstPlan const *plan, int level)
{
	guint i, n = 0;
	if (level <= 2) {
		for (i = 0; i < plan->objectives->len; i++)
			if (((PstObjective *) g_ptr_array_index (plan->objectives, i))->level == level)
				n++;
	} else {
		for (i = 0; i < plan->actions->len; i++)
			if (((PstAction *) g_ptr_array_index (plan->actions, i))->level == level)
				n++;
	}
	return n;
}

/* The rank of an entity: the order in which the plan meets them, so that
 * a consolidated plan read back keeps its entities apart and in order. */
static gint
entity_rank (GHashTable *ranks, char const *entite)
{
	return GPOINTER_TO_INT (g_hash_table_lookup (ranks, entite ? entite : ""));
}

static void
rank_entity (GHashTable *ranks, char const *entite)
{
	if (!g_hash_table_contains (ranks, entite ? entite : ""))
		g_hash_table_insert (ranks, (gpointer) (entite ? entite : ""),
				     GINT_TO_POINTER (g_hash_table_size (ranks)));
}

static gint
objective_compare (gconstpointer a, gconstpointer b, gpointer ranks)
{
	PstObjective const *x = *(PstObjective * const *) a, *y = *(PstObjective * const *) b;
	gint d = entity_rank (ranks, x->entite) - entity_rank (ranks, y->entite);

	return d != 0 ? d : pst_ref_compare (x->ref, y->ref);
}

static gint
action_compare (gconstpointer a, gconstpointer b, gpointer ranks)
{
	PstAction const *x = *(PstAction * const *) a, *y = *(PstAction * const *) b;
	gint d = entity_rank (ranks, x->values[PST_FIELD_ENTITE].text) -
		 entity_rank (ranks, y->values[PST_FIELD_ENTITE].text);

	return d != 0 ? d : pst_ref_compare (x->values[PST_FIELD_REF].text,
					     y->values[PST_FIELD_REF].text);
}

/* Reference order within each entity: 1.2 before 1.10, a parent before
 * its children, so that an objective's actions are one block of the Plan
 * sheet. */
void
pst_plan_sort (PstPlan *plan)
{
	GHashTable *ranks = g_hash_table_new (g_str_hash, g_str_equal);
	guint i;

	for (i = 0; i < plan->objectives->len; i++)
		rank_entity (ranks, ((PstObjective *) g_ptr_array_index (plan->objectives, i))->entite);
	for (i = 0; i < plan->actions->len; i++)
		rank_entity (ranks, ((PstAction *) g_ptr_array_index (plan->actions, i))->values[PST_FIELD_ENTITE].text);
	g_ptr_array_sort_with_data (plan->objectives, objective_compare, ranks);
	g_ptr_array_sort_with_data (plan->actions, action_compare, ranks);
	g_hash_table_destroy (ranks);
}

char const *
pst_action_text (PstAction const *a, PstField field)
{
	char const *t = a->values[field].text;
	return t && !pst_text_is_blank (t) ? t : NULL;
}

gboolean
pst_action_number (PstAction const *a, PstField field, double *v)
{
	PstCell const *c = &a->values[field];
	if (c->kind != PST_CELL_NUMBER || !isfinite (c->number))
		return FALSE;
	*v = c->number;
	return TRUE;
}

gboolean
pst_action_date (PstAction const *a, PstField field, double *v)
{
	PstCell const *c = &a->values[field];
	if ((c->kind != PST_CELL_DATE && c->kind != PST_CELL_NUMBER) ||
	    !isfinite (c->number) || c->number < 1 || c->number > PST_DATE_SERIAL_MAX)
		return FALSE;
	*v = floor (c->number);
	return TRUE;
}
