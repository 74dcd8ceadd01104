/*
 * plan.h: the canonical PST plan (plan-schema.md): objectives, actions with
 * the columns of the Plan sheet, and the anomalies met while reading.
 */
#ifndef PST_PLAN_H
#define PST_PLAN_H

#include <glib.h>
#include <stdarg.h>
#include "grid.h"
#include "reading.h"

G_BEGIN_DECLS

/* The columns of the Plan sheet, in order; their headers are a contract. */
typedef enum {
	PST_FIELD_ENTITE,
	PST_FIELD_VOLET,
	PST_FIELD_REF_OS,
	PST_FIELD_OS,
	PST_FIELD_REF_OO,
	PST_FIELD_OO,
	PST_FIELD_REF,
	PST_FIELD_ACTION,
	PST_FIELD_SERVICE,
	PST_FIELD_RESPONSABLE,
	PST_FIELD_DEBUT,
	PST_FIELD_FIN,
	PST_FIELD_STATUT,
	PST_FIELD_AVANCEMENT,
	PST_FIELD_METEO_DELAIS,
	PST_FIELD_METEO_RESSOURCES,
	PST_FIELD_METEO_GLOBALE,
	PST_FIELD_ARTICLE,
	PST_FIELD_BUDGET,
	PST_FIELD_ENGAGE,
	PST_FIELD_FINANCEMENT,
	PST_FIELD_ETP,
	PST_FIELD_INDICATEUR,
	PST_FIELD_CIBLE,
	PST_FIELD_REALISE,
	PST_FIELD_PRIORITE,
	PST_FIELD_COMMENTAIRE,
	PST_FIELD_SMART,
	PST_FIELD_SOURCE,
	PST_N_FIELDS
} PstField;

char const *pst_field_header	(PstField field);

typedef struct {
	int	 level;		/* 1 OS, 2 OO */
	char	*entite, *volet, *ref, *label, *source;
	char	*original_ref;	/* the code as written, when renumbered */
} PstObjective;

typedef struct {
	int	 level;		/* 3 action, 4 sous-action */
	PstCell	 values[PST_N_FIELDS];
	char	*original_ref;
	GPtrArray *extras;	/* char *, parallel to PstPlan.extra_headers;
				 * may stop short: the rest are blank */
} PstAction;

/* 31/12/9999, the last day a spreadsheet shows, in the 1900 system. */
#define PST_DATE_SERIAL_MAX 2958465

/* A cell of an action as the checks read it: its text when not blank,
 * its number when it holds one (text that is no number is the
 * importer's business, kept in Commentaire), its day (a date or a number
 * within the spreadsheet's days, the time of day dropped). */
char const *pst_action_text	(PstAction const *a, PstField field);
gboolean pst_action_number	(PstAction const *a, PstField field, double *v);
gboolean pst_action_date	(PstAction const *a, PstField field, double *v);

typedef enum {
	PST_GRAVITE_INFO,
	PST_GRAVITE_AVERTISSEMENT,
	PST_GRAVITE_ERREUR
} PstGravite;

typedef struct {
	char	  *source;
	PstGravite gravite;
	char	  *probleme;	/* a French sentence */
	char	  *contenu;	/* the raw text of the row */
} PstAnomaly;

typedef struct {
	char	  *entite;
	GPtrArray *objectives;	/* PstObjective, OS then its OO, in order */
	GPtrArray *actions;	/* PstAction, in reference order */
	GPtrArray *anomalies;	/* PstAnomaly */
	GPtrArray *extra_headers; /* char *: source columns of no canonical field */
	PstReading *reading;	/* what the importer understood; NULL when the
				 * plan was not imported from a layout */
} PstPlan;

char const *pst_gravite_word	(PstGravite gravite);
PstPlan	*pst_plan_new		(char const *entite);
void	 pst_plan_free		(PstPlan *plan);
guint	 pst_plan_count		(PstPlan const *plan, int level);
void	 pst_plan_sort		(PstPlan *plan);
/* As pst_plan_take_anomaly, the problem written by @fmt and @args. */
void	 pst_plan_take_anomaly_valist (PstPlan *plan, char *source,
				       PstGravite gravite, char *contenu,
				       char const *fmt, va_list args);
void	 pst_plan_take_anomaly	(PstPlan *plan, char *source, PstGravite gravite,
				 char *probleme, char *contenu);

G_END_DECLS

#endif
