/*
 * ecomptes-private.h: what the eComptes writer and reader share (the
 * mapping is in ecomptes.h): the names of the file's fixed parts, the
 * fields carried in Description, and the plan seen as eComptes sees it
 * (ecomptes-model.c).
 */
#ifndef PST_ECOMPTES_PRIVATE_H
#define PST_ECOMPTES_PRIVATE_H

#include <glib.h>
#include "ecomptes.h"
#include "import.h"
#include "status.h"
#include "avancement.h"

G_BEGIN_DECLS

#ifndef PACKAGE_VERSION
#define PACKAGE_VERSION "0"
#endif

#define GENERATEUR	"pst " PACKAGE_VERSION
#define NO_VOLET_ID	"neant"
#define NO_VOLET_LABEL	"NEANT"
#define LIBELLE_PREFIX	"Programme stratégique transversal – "
#define FULL_LABEL	"Libellé complet"
#define NOT_GIVEN	"non renseigné"

/* The fields that have no element of their own travel in Description,
 * one line "Champ : valeur" each, in this order. */
extern PstField const ecomptes_description_fields[];
extern gsize const ecomptes_n_description_fields;

typedef struct {
	PstAction const *action;
	char const	*ref;
	char		*oo_ref;
	PstStatus	 status;	/* UNKNOWN when the plan has none */
	gboolean	 has_progress;
	gint64		 bp;		/* progress, hundredths of a percent */
	gboolean	 etp_ok;
	gint64		 etp;		/* hundredths, >= 0 */
} Row;

typedef struct {
	PstProgressSum sum;
	guint	  considered, cancelled;
	PstStatus shared;
	gboolean  mixed;
	gint64	  etp;
} Tally;

typedef struct {
	char const *ref, *label, *volet;	/* volet "" when none */
} Node;

typedef struct {
	GPtrArray  *os, *oo;		/* Node */
	GHashTable *by_ref;		/* "1:ref" / "2:ref" → Node */
	GPtrArray  *strings;		/* owned by the tree */
} Tree;

char *	ecomptes_clean_text (char const *text);
char *	ecomptes_hundredths_text (gint64 n);
char *	ecomptes_cell_iso_date (PstCell const *cell);
char *	ecomptes_cell_text (PstCell const *cell);
gboolean	ecomptes_cell_is_blank (PstCell const *cell);
void	ecomptes_row_init (Row *row, PstAction const *a);
void	ecomptes_tally_within (Tally *t, GArray const *rows, char const *ref);
gint64	ecomptes_tally_bp (Tally const *t);
PstStatus	ecomptes_tally_status (Tally const *t);
char const *	ecomptes_tree_own (Tree *tree, char *s);
void	ecomptes_tree_build (Tree *tree, PstPlan const *plan, GArray const *rows);
void	ecomptes_tree_clear (Tree *tree);

gint	ecomptes_row_compare (gconstpointer a, gconstpointer b);

G_END_DECLS

#endif
